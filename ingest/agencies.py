"""Government bodies: a place (written or implied) plus a body suffix, or a national body.

A body written after a chain of places (某市某区人民政府) is named with the chain;
its place-less and short forms (某区政府, 市人社局 for 市人力资源和社会保障局) join it.

``河南省工信厅`` names its place; ``区应急管理局`` and ``省商务厅`` imply the
nearest district or province named before them (or, when none is named, the
one containing the nearest place: 省委 in a city's notice); a bare
``财政金融局`` after a zone belongs to the place last named, a bare 管委会
to the zone in focus.  Offices (金融办), party departments (区委组织部),
divisions (某厅某处) and attached offices (办公厅, 党组) are named with their
parent.  Bodies in a cited title (《市政府关于…》), unless it lists joint issuers, or a distributive list
(各市、县人民政府) are not bodies of this document.  National bodies without a
place come from a table of the State Council's ministries and agencies and
the central party and state organs.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import replace
from functools import lru_cache
from importlib import resources

from typing import TYPE_CHECKING

import ahocorasick

from .gate import HanRuns, first_checked
from .mentions import FUNCTION, PREDICATE, Mention, SpanIndex, Words, is_han, occurrences
from .places import LEARNT, SECRETARIAT, SECRETARIATS, TOWN_STATIONS, TOWNSHIP_OFFICE, default_gazetteer, outlet_city, written_county, written_forms

if TYPE_CHECKING:
    from kg.gazetteer import Gazetteer, Place

#: a place's party committee (省委, 区委); 自治区党委 for autonomous regions
PARTY_COMMITTEES = ("党委", "省委", "市委", "区委", "县委", "州委", "盟委", "旗委", "地委")
#: a Taiwan county's or city's council (某县议会, 县议会), named by the place alone (not 会议会商)
COUNCIL = "议会"
# longest first, so that the regex alternation prefers them
STRONG = (
    "领导小组办公室", "指挥部办公室", "卫生健康委", "行政审批服务局", "市场监督管理局", "政务服务中心", "行政服务中心",
    "管理委员会", "人民检察院", "行政公署", "发展改革委", "政务服务办", "政务服务局", "人民政府", "人民法院", "领导小组", "领导组",
    # a county's or city's branch of the central bank written by its place (某县人民银行, 县人民银行)
    "人民银行", "委员会", "管委会", "党工委", "发改委", "经信委", "经发委", "国资委", "住建委", "交通委", "卫计委", "规自委", "教委",
    "农委", "工信委", "卫健委", "商务委", "指挥部", "监管局", "管理局",
    "服务局", "办事处", "研考会", "行署", "民委", "民宗委", "纪委监委", "政法委", "人大常委会", "法院", "政府", "政协", COUNCIL, TOWNSHIP_OFFICE, *TOWN_STATIONS, "海关", "纪委", "科委", "工委", "局", "厅", "办",
) + PARTY_COMMITTEES
#: suffixes too common to stand without a written place (他们的工作组)
WEAK = ("工作小组", "工作组", "保障组", "督导组", "督查组", "巡查组", "指导组", "服务组", "工作队", "办公室", "工作专班", "专班")
#: the weak suffixes that name a team by its role (某镇督查组): a body when its place is written before it
ROLE_TEAMS = ("督导组", "督查组", "指导组")
#: the bodies that govern a zone, named alone when the zone is in focus
ZONE_BODIES = ("管委会", "党工委", "管理委员会")
# the level index's key for county-level cities (某某市 under a prefecture): what 市 may stand for
_COUNTY_CITY = "county-city"
# the level index's key for cities that write their bodies with 市: what 市 stands for (not an autonomous
# prefecture, a league or a prefecture, whose bodies take their own word: 州工信局)
_CITY_BY_SHI = "city-by-shi"
# the level index's key for counties at a city's level (Taiwan's 某某县): what 县 may stand for too
_CITY_COUNTY = "city-county"
# the level index's key for zones not named 某某区 (产业基地, 科学城): a zone, but not what 区委 stands for
_PARK = "park"
#: service halls and centres: bodies only when their place is written before them (某县政务服务大厅)
PLACED_ONLY = ("行政审批服务大厅", "政务服务大厅", "行政服务大厅", "政务大厅", "社保中心", "就业中心", "医保中心", "营商服务中心", "企业服务中心", "营商中心", "财政中心", "管理中心", "服务中心", "促进中心", "交易中心", "发展中心", "运营中心", "指挥中心", "支队", "大队")
# a short form ending in 委 is no short form when 员会 follows (交通委员会), 办 before 理, 法, 事… is the verb
# (办理, 办法, 办事), and 政府 before 性 an adjective (政府性融资担保机构)
# the characters after 办 that make it the verb (办理, 办法, 办事), not an office
_OFFICE_VERB = re.compile("[理法事学好成到结件证照]")
_STAFF_AFTER = re.compile("员")
_ADJECTIVE_AFTER = re.compile("性")
_SUFFIX = Words(
    (w, "会", None) if w == COUNCIL else (w, "", None, "乡镇市") if w == TOWNSHIP_OFFICE else (w, "", _STAFF_AFTER) if w.endswith("委") or w == "政协" else (w, "", _OFFICE_VERB) if w == "办" else (w, "", _ADJECTIVE_AFTER) if w.endswith("政府") else (w, "", None)
    for w in sorted(STRONG + WEAK + PLACED_ONLY, key=len, reverse=True)
)
# characters that make 区 a word for an area (辖区, 社区, 园区, 小区, 景区, 矿区, 片区), not a district's level word
_AREA_BEFORE = frozenset("辖社园小景矿片特")
# a leader's title written after a place or its level word (市长, 副区长, 常务副县长): a person, no body's name
_PERSON_TITLE = re.compile(r"(?:常务)?副?[省市区县镇乡州旗]?长")
# words that end in 局/厅/政府 but are not bodies, the bodies a text leaves unnamed (相关局), halls (演艺厅) and a site's visitor
# centre (某景区游客服务中心)
_NOT_BODY = first_checked(r"(相关局|有关局|格局|布局|结局|大局|全局|开局|当局|变局|破局|僵局|时局|终局|(?<!创)新局|大厅|客厅|餐厅|展厅|门厅|演艺厅|音乐厅|宴会厅|歌舞厅|舞厅|地方政府|各级政府|基层政府|有为政府|服务型政府|数字政府|游客服务中心|游客中心)$")
_LEVEL_CHAR = {"省": "province", "市": "city", "区": "county", "县": "county", "镇": "town", "乡": "town"}
#: the level words of autonomous prefectures, leagues and banners (州卫健委, 盟行署, 旗委): each stands only for a
#: place whose name ends with it (昌吉回族自治州, 阿拉善盟, 鄂伦春自治旗), never a city or county of another kind
_OWN_LEVEL_CHAR = {"州": "city", "盟": "city", "旗": "county"}
# the level word of a prefecture (喀什地区): 地区财政局, 地委
_PREFECTURE = "地区"
#: the governments of prefectures and leagues, which no other place has
_PREFECTURE_GOVERNMENTS = ("行政公署", "行署")
# collective nouns of bodies (直属机关厅局, 委办局, 旗直属科局): every department, not one
_COLLECTIVE = re.compile("委办厅局|委办局|厅局|直属科局")
# a body's name opening a website's (某自治区政府网站消息): the body is named, but its website reports and it does not act
WEBSITE_AFTER = re.compile("网站|门户网|网(?![格络点购上])")
# the zone a zone's body is named after (某某开发区 of 某某开发区党工委)
_ZONE_NAME = re.compile(r".+?(?:区|园|城)(?=管委会|党工委|管理委员会)")
_ZONE_PREFIX = re.compile(r"^(新区|园区|高新区|开发区|经开区|片区|综保区|保税区|集聚区|示范区|自贸区|度假区)")
# the zone words above that name one kind of zone: the zone in focus must be of that kind (综保区管委会 of 某综合保税区)
_ZONE_KIND_ENDS = {"综保区": ("综保区", "综合保税区"), "保税区": ("保税区",), "集聚区": ("集聚区",), "示范区": ("示范区",), "度假区": ("度假区",), "自贸区": ("自贸区", "自由贸易试验区", "自贸试验区")}
_INNER_OK = set("的和")
# the characters after 部 that make it part of another word (部署, 部分, 部位, 部件)
_NOT_MINISTRY_AFTER = frozenset("署分位件")
# a national body's name continued into an institution (国务院发展研究中心)
_INSTITUTION_AFTER = re.compile(r"[\u4e00-\u9fff]{0,6}?(研究中心|研究所|研究院|大学|学院|医院)")
# the last word of a department's name, when no place is written before it (财政金融局, 科创局)
_DEPARTMENT = re.compile(
    r"(财政|金融|信息化|科创|科技|发展|改革|监管|商务|工信|经信|发改|教育|民政|司法|人社|交通|农业|农村|水利|文旅|卫健|应急|统计|税务|审批|"
    r"服务|管理|监督|建设|规划|环境|环保|生态|公安|资源|外事|招商|投资|经济|信息|药监|医保|林业|能源|国资|住建|城管|执法|市场|海关|"
    r"卫生|健康|人力|保障|安监|质监|粮食|物价|审计|档案|宣传|组织|统战|政法|机关|事务|合作|促进|创新|开放|运输|工业|产业|文化|体育|旅游|"
    r"监督管理|市场监管|人才工作|行政审批服务|政务服务|社保|人力社保|资规|自规|水务|园林|绿化|城乡|住房|数据|大数据|文广|广电|退役军人|"
    r"信访|民宗|侨务|机关事务|供销|公积金|行政执法|综合执法|城市管理|交警|消防救援|经发|观光|观旅|劳工|劳动|乡村振兴|金管|创科)$"
)
# an office (办) is a body only with an office's subject before it (金融办, 政府办), not a verb (举办, 承办)
_OFFICE = re.compile(
    r"(政府|金融|防控|疫情防控|台|侨|外事|外|网信|编|农|工|扶贫|商务|招商|政务|营商|复工|文明|综治|应急|审批|督查|信访|研究|法制|人防|口岸|"
    r"协作|合作交流|改革|创建|新闻|国资|大数据|数据|乡村振兴|对口支援|重大项目|项目|前期|产业|服务业|兑现|劳动|工业|安监|指挥|"
    r"人大|党政|党建|经发|经济发展|社会事务|城建|环保)$"
)
# words with a function character that a working body's name may hold (应对疫情工作领导小组, 对外开放办公室; the 及
# joining two fields of one bureau: 商务及经济发展局, as Hong Kong and Macao name theirs, not two bodies: 某局及某委, nor
# the conjunction 以及)
_WORD_WITH_FUNCTION = re.compile("应对|对外|对口|对台|为民|为企|就业|(?<=[\u4e00-\u9fff])(?<![府局委厅部办会处室署以])及(?=[\u4e00-\u9fff])")
# a verb opening the words between a place and a suffix: the words are a clause, not a body's name
_CLAUSE_OPEN = re.compile(r"^(通过|依托|利用|借助|经过|联合|会同|协调|组织|指导|要求|推动|积极|加快|成立|设立|组建|开通|上线|启用|建立)")
# the role a team is named by when the place writes it (某县指导服务组, 某市督导工作组): not a verb opening a clause
_TEAM_ROLE = re.compile("指导|督导|督查|帮扶|联络")
# 通过电子税务局: a means of doing something, never inside a body's name
_MEANS = re.compile("通过|依托|利用|借助")
# a party committee's department, named with the committee (区委组织部, 市委社治委)
_PARTY_DEPARTMENT = re.compile(r"(组织部|宣传部|统战部|政法委|社治委|编办|网信办|外办|台办|农办|人才办|改革办|深改办|财经办|巡察办|政研室|[\u4e00-\u9fff]{2}工委)")
# a department a committee's standing member heads, written as the title after 常委 (县委常委、统战部部长)
_TITLED_DEPARTMENT = re.compile(r"常委[、,]?(" + _PARTY_DEPARTMENT.pattern + r")(?:常务)?副?部?长")
# a division or section of a body (某厅中小企业处, 某局外贸科; not a rank: 副科级, 处级; nor the 科 opening another
# body's name: 科创局, 科协, 科工局, 科信局)
_DIVISION = re.compile(r"[\u4e00-\u9fff]{2,6}?(?:处(?![理置罚室境长级])|科(?![技学研普室长员级创协工信]))")
# a bureau's branch for a district (某市某局某某分局) or a body's office elsewhere (某海关驻某地办事处)
_LOCAL_BRANCH = re.compile(r"[\u4e00-\u9fff]{2,4}?分局|驻[\u4e00-\u9fff]{2,8}?办事处")
# a national body's local branch, one body with it (人民银行某某中心支行)
_BRANCH = re.compile(r"[\u4e00-\u9fff]{2,4}?(中心支行|分行营业管理部|分行营管部|分行|支行|监管分局|监管局|分局)")
# verbs sending goods to a place (运往某地通关): the place is a destination
_DESTINATION = re.compile("(运往|发往|销往|送往|运至|运抵|出口到|出口至)$")
# verbs of aid sent to a place (驰援武汉, 支持某省某市等疫情严重地区): the place helped, not the one whose bodies act
_AIDED = re.compile("(支援|驰援|援助|援建)$")
_AIDED_AREAS = re.compile(r"支持((?:[\u4e00-\u9fff]{2,4}?[、和]?){1,4})等[^,;。，；]{0,10}?地区")
# the places people come back from (从甲市、乙市等地返回的员工) and those whose practice is followed (参照甲市、乙市做法):
# elsewhere, not the place whose bodies act
_ELSEWHERE_AREAS = re.compile(
    r"(?:从|自|来自)((?:[\u4e00-\u9fff]{2,4}?[、和及]){0,6}[\u4e00-\u9fff]{2,4}?)(?:等(?:地区?|省份?|市|城市|县市))?(?:返回|返岗|返乡|返|回到|回|来|抵)"
    r"|(?:参照|借鉴|参考|学习|仿照|效仿|比照)((?:[\u4e00-\u9fff]{2,4}?[、和及]){0,6}[\u4e00-\u9fff]{2,4}?)(?:等(?:地区?|省份?|市|城市|县市))?的?(?:做法|经验|模式|办法)"
)
# the word of a branch named by its city (人行某某分行)
_BRANCH_WORD = re.compile("分行|中心支行|支行")
# a zone's department: the work it does, then 部 (创新发展部, 企业服务部); not 部署, 部分, 部门
_ZONE_DEPARTMENT = re.compile(
    r"[\u4e00-\u9fff]{0,4}?(?:发展|服务|招商|管理|建设|经济|事务|工作|财政|金融|规划|运营|促进|合作|保障|创新|协调|宣传|组织|人力资源)部(?![署分门位件])"
)
# an office inside a street's office or a zone's committee (某街道办事处招商办, 某管委会招商办)
_SUB_OFFICE = re.compile(r"([\u4e00-\u9fff]{2,4}?)办(?![理法事学好成到结件证照公])")
_OFFICE_PARENTS = ("办事处", "管委会")
# a working group inside a body (指挥部物资保障组)
_SUBUNIT = re.compile(r"[\u4e00-\u9fff]{2,6}?(?:组|专班)(?![织成建队合长员])")
# words that make a team's name a count or an act of setting it up (下设六个工作组, 组织工作组; not 组织保障组), not a unit's name
_NOT_SUBUNIT = re.compile("[一二三四五六七八九十两几个多各]|下设|成立|组建|组成|设立|抽调|派出|建立|^(?:组织|选派|安排|牵头)(?:工作小组|工作组|工作专班|专班|工作队|服务组|督导组|督查组|指导组)$")
# a leading group or headquarters of a party committee or government, under its name (县委某某工作领导小组)
_WORKING_BODY = re.compile(r"[\u4e00-\u9fff()]{2,20}?(?:领导小组|指挥部)(?:指挥部|办公室)?")
#: the last words of a working team's name (复工复产专班, 某某帮扶小组), longest first
TEAMS = ("工作专班", "工作小组", "帮扶小组", "工作组", "工作队", "服务队", "服务组", "专班", "小组")
#: how long the words before a team's last words must be to name it, unless quoted (复工复产专班; not 服务专班)
TEAM_NAME_SHORTEST = 4
# a leading group, headquarters or working team a place or body sets up (某镇成立某某工作领导小组): a body of that name
_SET_UP = re.compile(
    r"(?:成立|组建|设立)了?(“[\u4e00-\u9fff()+]{2,16}?(?:领导小组|领导组|指挥部|办公室|" + "|".join(TEAMS) + r")”"
    r"|(?:“[^”\n]{1,10}”)?[\u4e00-\u9fff()+]{0,24}?(?:领导小组|领导组|指挥部|" + "|".join(TEAMS) + r")(?![织成建合长员]))"
)
# an office or party group attached to a body (省政府办公厅, 发改委党组, 某局党支部, 市政府新闻办, 县政府督查室), or the
# commission a government keeps for its own firms (省政府国资委)
_ATTACHED = re.compile(r"(办公厅|新闻办公室|新闻办|党组|党委|党总支|党支部|办公室|督查室|国资委|办(?![理法事学好成到结件证照]))")
# the word joining two posts of one official (某委副主任兼某园管委会主任): the second body's name starts after it
_JOINS = {"兼"}
# characters that make 市/区 the end of a common noun (城市, 社区, 园区, 特区), not a level word
_NOT_PLACE_END = set("城都社园辖小景片矿本全该特")
# a firm's own office (某某有限公司办公室, 某某企业办公室) is not a government body
_FIRM_WORD = re.compile(r"公司|集团|银行|企业$")
_SHORT_GOVERNMENT = re.compile(r"(?<![人民])政府")
_GOVERNMENT_LEVEL = re.compile(r"(自治区|省|市|区|县|镇|乡)?(人民)?政府$")
# a place's word for its own level when the gazetteer's full name carries it (内蒙古自治区)
_REGION_WORD = re.compile(r"(自治区|特别行政区)$")
# marks after which a name opens a clause
_CLAUSE_MARKS = set(",、;:。()\n ")
#: how far back a clause or a title's opening mark is looked for
CLAUSE_LOOKBACK = 200
#: how many later places may supply the place of a body named before any place
_LOOKAHEAD = 20
# places whose city-level government sits at province level
MUNICIPALITIES = frozenset({"北京", "天津", "上海", "重庆"})


#: the place of a national body whose table row names none
COUNTRY = "中国"
#: what follows a bare 中央 written beside a party committee or the State Council (中央和市委, 中央、自治区和市委,
#: 中央和国务院): the party centre (党中央), a body, not the country
CENTRE_BESIDE_BODIES = r"[、和及与](?:(?:省|市|自治区|县|区)[、和及与])*(?:[\u4e00-\u9fff]{0,6}?(?:省委|市委|区委|县委|州委|党委)|国务院)"
_PARTY_CENTRE = re.compile(f"(?<![党共])中央(?={CENTRE_BESIDE_BODIES})")


@lru_cache(maxsize=1)
def _national_table() -> tuple[dict[str, str], dict[str, str]]:
    """Every name of a national body -> its canonical name, and each canonical name -> the body's place."""
    names: dict[str, str] = {}
    places: dict[str, str] = {}
    text = resources.files("ingest").joinpath("data/national.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        canon, others, place = (line.split("\t") + ["", ""])[:3]
        names[canon] = canon
        places[canon] = place or COUNTRY
        for alias in filter(None, others.split(",")):
            names[alias] = canon
    return names, places


def national_bodies() -> dict[str, str]:
    """Every name of a national body -> its canonical name."""
    return _national_table()[0]


def national_place(name: str) -> str:
    """The place of a national body named ``name`` (中国, or 台湾 for the Executive Yuan's bodies)."""
    names, places = _national_table()
    return places.get(names.get(name, ""), COUNTRY)


@lru_cache(maxsize=1)
def _national_automaton() -> ahocorasick.Automaton:
    """Every national body's name in one automaton (a long alternation would be slow to scan)."""
    auto = ahocorasick.Automaton()
    for name in national_bodies():
        auto.add_word(name, name)
    auto.make_automaton()
    return auto


def _national_matches(text: str) -> list[tuple[int, int, str]]:
    """Longest non-overlapping national names, left to right."""
    return [(e + 1 - len(w), e + 1, w) for e, w in _national_automaton().iter_long(text)]


#: the place of Taiwan's executive bodies in the national table
TAIWAN = "台湾"
# an administration, bureau, division or department under one of Taiwan's ministries (工业局, 中小企业处,
# 劳动力发展署, 商业司), written right after it; not a verb (部署) or premises (处所)
_TAIWAN_SUB = re.compile(r"[\u4e00-\u9fff]{2,7}?(?:署|局|处|司)(?![理置罚于在长所分])")


def _taiwan_sub_body(text: str, end: int) -> str | None:
    """The name of a Taiwan ministry's administration written right after the ministry (经济部工业局)."""
    m = _TAIWAN_SUB.match(text, end)
    if m is None or any(c in FUNCTION for c in m.group(0)) or PREDICATE.match(m.group(0)) or _CLAUSE_OPEN.match(m.group(0)):
        return None
    return m.group(0)


def find_agencies(text: str, places: list[Mention]) -> list[Mention]:
    """Agency mentions of the text (analysis view), given its place mentions."""
    out: list[Mention] = []
    place_starts = {p.start for p in places if p.level in ("province", "city", "county")}
    heads: dict[int, int] = {}  # 国家税务总局某市税务局: where a local body's national head starts
    place_order = [p.start for p in places]
    for start, stop, name in _national_matches(text):
        if _INSTITUTION_AFTER.match(text, stop) or text[stop : stop + 1] == "门" or name.endswith("部") and text[stop : stop + 1] in _NOT_MINISTRY_AFTER:
            # 农业部门, 经济部署: a sector or a verb, not the ministry
            continue
        if len(name) == 2 and text.startswith("道", stop):
            # 人行道: a two-character short name opening a common noun (the pavement), not the bank
            continue
        if name.endswith("办") and _OFFICE_VERB.match(text, stop):
            # 寒风中办理: the verb 办理, not the office 中办
            continue
        if (start and text[start - 1] in _LEVEL_CHAR or text.endswith("政府", 0, start)) and not name.startswith(("国家", "国务院", "中国", "中央", "全国")):
            # 市国资委, 省政府国资委: a local body named like a national one
            continue
        branch = _BRANCH.match(text, stop)
        if branch and any(text[i] in FUNCTION and not _in_place(places, place_order, i) for i in range(branch.start(), branch.end())):
            # 人民银行和某某局: a conjunction, not a branch's name (the 都 of 成都分行 is the place's)
            branch = None
        if branch is None and stop in place_starts and name.endswith("总局"):
            heads[stop] = start
            continue
        end = branch.end() if branch else stop
        if text.endswith("国家", 0, start) and not name.startswith(("国家", "国务院", "中国", "中央", "全国")):
            start -= 2  # 国家市场监管总局: the short name written with 国家 before it
        place, level = national_place(name), "country" if national_place(name) == COUNTRY else "province"
        # 台湾经济部: the place written before the body is part of its mention, not of its name
        written = start - len(TAIWAN) if place == TAIWAN and text.endswith(TAIWAN, 0, start) else start
        local = [p for p in places if stop <= p.start and p.end <= end and p.type == "Region" and not p.weak] if branch else []
        if local:
            # 人民银行某某县支行: a national body's branch belongs to the place it serves
            place, level = local[-1].name, local[-1].level
        out.append(Mention(written, end, "Agency", text[start:end], text[written:end], None, level, place))
        if place == TAIWAN and (sub := _taiwan_sub_body(text, end)) is not None:
            # 经济部工业局, 劳动部劳动力发展署: a ministry's administration, one body with the ministry named too
            out.append(_extend(out[-1], sub))
    for c in _PARTY_CENTRE.finditer(text):
        out.append(Mention(c.start(), c.end(), "Agency", "党中央", "中央", None, "country", COUNTRY))
    taken = SpanIndex([(a.start, a.end) for a in out])
    starts = [p.start for p in places]
    # a name wedged inside a word (白银 of 真金白银) is no place in focus for a level word, unless it names a
    # bank's branch (人行某某分行: the city whose 市财政局 the list goes on with); a destination (运往某地) is
    # where goods go, not the place whose bodies act
    aided = _aided_places(text, places) + _visited_provinces(text, places)
    in_focus = [p for p in places if (not p.weak or _BRANCH_WORD.match(text, p.end)) and not _DESTINATION.search(text, max(0, p.start - 3), p.start) and p not in aided]
    # a local paper's own city (某某日报), written nowhere else, is the home of the bodies it writes as 市人社局
    home = outlet_city(text, places)
    levels = _LevelIndex(sorted(in_focus + [home], key=lambda p: p.start) if home else in_focus, text)
    floor = 0
    collective = SpanIndex([c.span() for c in _COLLECTIVE.finditer(text)])
    earlier = _PlacedEndings(out)
    for ss, e in _SUFFIX.spans(text):
        if taken.overlaps(ss, e) or _place_across(places, starts, ss, e) or collective.overlaps(ss, e):
            continue
        suffix = text[ss:e]
        if suffix in PARTY_COMMITTEES:
            agency = _party_committee(text, places, starts, levels, ss, e, suffix)
        elif out and (item := _list_item(text, out[-1], ss, e, suffix)) is not None and not _place_between(starts, out[-1].end, ss):
            agency = item
        else:
            agency = _agency(text, places, starts, levels, max(floor, ss - 28), ss, e, suffix) or _named_earlier(text, earlier, ss, e)
        if agency is not None and agency.surface == suffix and suffix in ZONE_BODIES:
            agency = _written_zone_body(out, agency)
        if agency is not None and (agency.name != agency.surface or is_unplaced(agency)) and (_inside_title(text, ss) and not _joint(text, agency) or _addressed(text, ss)):
            # 《市政府关于…》: the issuer of a cited title; 各市、县人民政府: every such body, not one
            agency = None
        if agency is not None:
            if suffix == "党委" and text.startswith("政府", agency.end) and agency.name.endswith("党委"):
                # 镇党委政府: the committee and the government of one place
                out.append(agency)
                agency = Mention(agency.end, agency.end + 2, "Agency", agency.name[:-2] + "政府", "政府", None, agency.level, agency.place)
            elif suffix in PARTY_COMMITTEES and (dept := _PARTY_DEPARTMENT.match(text, agency.end)):
                out.append(agency)
                agency = _extend(agency, dept.group(0))
            elif suffix in PARTY_COMMITTEES and (titled := _TITLED_DEPARTMENT.match(text, agency.end)):
                # 县委常委、统战部部长某某: the standing member heads one of the committee's departments
                out.append(agency)
                agency = Mention(titled.start(1), titled.end(1), "Agency", agency.name + titled.group(1), titled.group(1), None, agency.level, agency.place)
            branch = _LOCAL_BRANCH.match(text, agency.end) if agency.name.endswith(("局", "海关")) else None
            if branch and not any(text[i] in FUNCTION and not _in_place(places, starts, i) for i in range(branch.start(), branch.end())):
                agency = _extend(agency, branch.group(0))
            elif agency.name.endswith("局") and (zone := _zone_branch(text, places, starts, agency.end)) is not None:
                # 某市某局某某经济开发区分局: its branch in a zone, acting for that zone
                agency = replace(_extend(agency, text[agency.end : zone.end + 2]), place=zone.name)
            division = _DIVISION.match(text, agency.end)
            verb = division and PREDICATE.match(division.group(0)) and not _WORD_WITH_FUNCTION.match(division.group(0))
            if division and not any(c in FUNCTION for c in _WORD_WITH_FUNCTION.sub("", division.group(0))) and not verb:
                # (某局积极沟通科…: a verb after the body opens a clause, no section's name; 对外贸易处 is one)
                out.append(agency)
                agency = _extend(agency, division.group(0))
            elif (listed := _listed_division(text, agency)) is not None:
                out.append(agency)
                agency = listed
            office = _SUB_OFFICE.match(text, agency.end) if agency.name.endswith(_OFFICE_PARENTS) else None
            if office and _OFFICE.search(office.group(1)) and not any(c in FUNCTION for c in office.group(1)):
                out.append(agency)  # 某街道办事处招商办: an office of the body, the body named too
                agency = _extend(agency, office.group(0))
            sub = _SUBUNIT.match(text, agency.end)
            if sub and not any(c in FUNCTION for c in sub.group(0)) and not _NOT_SUBUNIT.search(sub.group(0)):
                agency = _extend(agency, sub.group(0))
            group = _WORKING_BODY.match(text, agency.end) if agency.name.endswith(PARTY_COMMITTEES + ("政府",)) else None
            if group and _names_a_group(group.group(0)) and not any(c in _LEVEL_CHAR for c in group.group(0)):
                # 县委某某领导小组; not 某办致函省某某领导小组, where a level word opens another body's name
                out.append(agency)
                joint = out[-2] if len(out) > 1 and out[-2].end == agency.start and out[-2].name.endswith(PARTY_COMMITTEES) and out[-2].place == agency.place else None
                agency = _extend(agency, group.group(0))
                if joint is not None and agency.name.startswith(joint.name[: -len(next(w for w in PARTY_COMMITTEES if joint.name.endswith(w)))]):
                    # 省委省政府某某领导小组: one group of the committee and the government together
                    agency = Mention(joint.start, agency.end, "Agency", joint.name + text[agency.start : agency.end], text[joint.start : agency.end], None, agency.level, agency.place)
            attached = _ATTACHED.match(text, agency.end)
            if attached:
                # the parent body is named too (省政府办公厅 names 省政府), but not by its press office,
                # which speaks for it without acting, nor by the short office written as one word (县政府办, 区委办)
                if not attached.group(0).startswith("新闻") and attached.group(0) != "办":
                    out.append(agency)
                agency = _extend(agency, attached.group(0))
            out.append(agency)
            floor = agency.end
    out += _finance(text, out, levels)
    out += _seats(text, levels)
    out += _councils(text, levels, out)
    out += _sar_departments(text, levels, out)
    out += _set_up_groups(text, out, places)
    out += _listed_zone_bodies(text, out, places)
    out += _town_sections(text, out, places, levels)
    out += _community_branches(text, out, places)
    out += _zone_party_bodies(text, out, places)
    out += _zone_departments(text, out, places)
    out += _subordinate_offices(text, out)
    out += _pronoun_party_bodies(text, out)
    # the local bureau of a national administration is named with its head (国家税务总局某省税务局)
    out = [replace(a, start=heads[a.start], name=text[heads[a.start] : a.start] + a.name, surface=text[heads[a.start] : a.end]) if a.start in heads else a for a in out]
    out = [replace(a, name="".join(a.name.split())) if " " in a.name else a for a in out]
    out = [replace(a, name=a.name.replace("“", "").replace("”", "")) if "“" in a.name else a for a in out]
    out = [_level_once(a) for a in _zone_body_names(out, places)]
    return _party_names(text, _merge_short_names(_merge_chains(_written_in_full(_merge_government_names(sorted(out, key=lambda a: a.start))))))


# a local party committee or one of its departments (某省委, 某市委统战部, 某自治区委员会), which 中共 may open
_PARTY_BODY = re.compile("(?:" + "|".join(PARTY_COMMITTEES) + "|委员会)")
_CPC = "中共"


def _party_names(text: str, agencies: list[Mention]) -> list[Mention]:
    """A party body the text writes after 中共 (中共某省委) is named so, the most complete form written, and so
    are its mentions without it (省委 of that province): one entity, whose short forms are aliases."""
    full = {a.name: _CPC + a.name for a in agencies if text.endswith(_CPC, 0, a.start) and not a.name.startswith(_CPC) and a.level != "country" and _PARTY_BODY.search(a.name)}
    for name in [n for n in full if n.endswith("委员会")]:
        # 中共某自治区委员会: the committee whose short names are 某自治区党委 and 某省委
        place = name[: -len("委员会")]
        full.update(dict.fromkeys([place + "党委"] + [place + "委"] * (place[-1:] in _LEVEL_CHAR), full[name]))
    if not full:
        return agencies
    out = []
    for a in agencies:
        if text.endswith(_CPC, 0, a.start) and a.name in full:
            a = replace(a, start=a.start - len(_CPC), surface=_CPC + a.surface)
        out.append(replace(a, name=full.get(a.name, a.name)))
    return out


# a community's or village's party branch (某某社区党支部, 某某村党总支)
_COMMUNITY_BRANCH = re.compile("(?:社区|村)(?:党支部|党总支|党委)")


def _community_branches(text: str, found: list[Mention], places: list[Mention]) -> list[Mention]:
    """The party branches of communities and villages, whose names open a clause or follow a body or place
    (某街道办事处某某社区党支部): party bodies of the town or street named last before them."""
    taken = SpanIndex([(a.start, a.end) for a in found])
    ends = {x.end for x in found} | {p.end for p in places}
    towns = [p for p in places if p.level == "town"]
    out: list[Mention] = []
    for m in _COMMUNITY_BRANCH.finditer(text):
        # the community's name: two to four characters, opening where a clause, a body or a place ends
        s = next((s for s in range(m.start() - 2, max(0, m.start() - 4) - 1, -1)
                  if all(is_han(c) and c not in FUNCTION for c in text[s : m.start()]) and (not s or not is_han(text[s - 1]) or text[s - 1] in FUNCTION or s in ends)), None)
        if s is None or taken.overlaps(s, m.end()):
            continue
        town = next((t for t in reversed(towns) if t.end <= s), None)
        out.append(Mention(s, m.end(), "Agency", text[s : m.end()], text[s : m.end()], None, "town" if town else None, town.name if town else None))
    return out


# a zone's party committee or branch right after its name (某某产业园党支部, 某某科技园党总支)
_ZONE_PARTY = re.compile("党工委|党委|党总支|党支部")


def _zone_party_bodies(text: str, found: list[Mention], places: list[Mention]) -> list[Mention]:
    """The party committee or branch of a zone written right after the zone (某某智汇园党支部书记…): the zone's body."""
    taken = SpanIndex([(a.start, a.end) for a in found])
    out: list[Mention] = []
    for p in places:
        m = _ZONE_PARTY.match(text, p.end) if p.type == "Zone" else None
        if m is not None and not taken.overlaps(p.start, m.end()):
            out.append(Mention(p.start, m.end(), "Agency", text[p.start : m.end()], text[p.start : m.end()], None, "zone", p.name))
    return out


# a section of a town's or street's office for one field of its work (经济科 of 某街道经济科)
_TOWN_SECTION = re.compile(r"([\u4e00-\u9fff]{2,4}?)科(?![技学研普室长员])")
# the level words of a town or street written alone before one of its sections (由街道经济科…)
_TOWN_LEVEL = re.compile("街道|镇|乡")


def _town_sections(text: str, found: list[Mention], places: list[Mention], levels: "_LevelIndex") -> list[Mention]:
    """Sections a town or street keeps for a field of its work: after its name (某街道经济科) or after its level word
    opening a clause or following a function word (由街道经济科印发…: the town in focus's). A town has no bureaus,
    so its sections stand on their own, unlike a bureau's (某局外贸科)."""
    taken = SpanIndex([(a.start, a.end) for a in found])
    out: list[Mention] = []
    heads = [(p.start, p.end, p) for p in places if p.level == "town"]
    for m in _TOWN_LEVEL.finditer(text):
        if m.start() and is_han(text[m.start() - 1]) and text[m.start() - 1] not in FUNCTION:
            continue
        place = levels.nearest(m.start(), {"town"})
        if place is not None and not _other_town_word(place, m.group(0)):
            heads.append((m.start(), m.end(), place))
    for start, end, place in heads:
        section = _TOWN_SECTION.match(text, end)
        if section is None or not _DEPARTMENT.search(section.group(1)) or any(c in FUNCTION for c in section.group(1)) or taken.overlaps(start, section.end()):
            continue
        out.append(Mention(start, section.end(), "Agency", place.name + section.group(0), text[start : section.end()], None, "town", place.name))
    return out


def _zone_departments(text: str, found: list[Mention], places: list[Mention]) -> list[Mention]:
    """A zone's departments written after it (某经开区创新发展部, 某高新区招商服务部): zones name their
    bureaus 部 as often as 局, which no place's body suffix covers; after the bare zone word (，高新区财政管理部…)
    they are the departments of the zone of that word named last before it."""
    taken = SpanIndex([(a.start, a.end) for a in found])
    out = []
    for z in places:
        m = _ZONE_DEPARTMENT.match(text, z.end) if z.type == "Zone" else None
        if m and not taken.overlaps(z.start, m.end()) and not any(c in FUNCTION for c in m.group(0)):
            out.append(Mention(z.start, m.end(), "Agency", z.name + m.group(0), text[z.start : m.end()], None, "zone", z.name))
    zones = [z for z in places if z.type == "Zone"]
    held = SpanIndex([(p.start, p.end) for p in places] + [(a.start, a.end) for a in found + out])
    for w in _BARE_ZONE_WORD.finditer(text) if zones else ():
        m = _ZONE_DEPARTMENT.match(text, w.end())
        if m is None or held.overlaps(w.start(), m.end()) or any(c in FUNCTION for c in m.group(0)):
            continue
        zone = next((z for z in reversed(zones) if z.end <= w.start() and z.name.endswith(w.group(0))), None)
        if zone is not None:
            out.append(Mention(w.start(), m.end(), "Agency", zone.name + m.group(0), text[w.start() : m.end()], None, "zone", zone.name))
    return out


# a zone's bare kind word opening a clause (，高新区…): it stands for the zone of that kind in focus
_BARE_ZONE_WORD = re.compile(r"(?<![\u4e00-\u9fff])(?:高新区|经开区|开发区|新区|保税区|综保区|集聚区)")


# a customs house or branch bureau its parent names as its own (某海关所属某某海关, 某局下属某某分局), named after
# a district or road rather than a place the gazetteer lists
_SUBORDINATE = re.compile(r"(?:所属|下属|隶属)的?([\u4e00-\u9fff]{2,4}?(?:海关|分局))")


def _subordinate_offices(text: str, found: list[Mention]) -> list[Mention]:
    """The offices a body writes as its own (上海海关所属某某海关) and their later mentions: they belong to the
    parent's place."""
    taken = SpanIndex([(a.start, a.end) for a in found])
    out: list[Mention] = []
    for a in found:
        m = _SUBORDINATE.match(text, a.end) if a.name.endswith(("海关", "局")) else None
        if m is None or any(c in FUNCTION for c in m.group(1)):
            continue
        name = m.group(1)
        for i in occurrences(text).starts(name):
            if not taken.overlaps(i, i + len(name)) and not any(x.start == i for x in out):
                out.append(Mention(i, i + len(name), "Agency", name, name, None, a.level, a.place))
    return out


# a body's party group, committee or branch written by the pronoun for the body (该局党组, 该委党委)
_PRONOUN_PARTY = re.compile("该([局委厅办])(党组|党委|党总支|党支部)")


def _pronoun_party_bodies(text: str, found: list[Mention]) -> list[Mention]:
    """``该局党组``: the party group of the body of that kind named last before it (某区某局 … 该局党组)."""
    out: list[Mention] = []
    latest_first = sorted(found, key=lambda a: -a.end)
    for m in _PRONOUN_PARTY.finditer(text):
        parent = next((a for a in latest_first if a.end <= m.start() and a.name.endswith(m.group(1))), None)
        if parent is not None and not parent.name.endswith(PARTY_COMMITTEES):
            out.append(Mention(m.start(), m.end(), "Agency", parent.name + m.group(2), m.group(0), None, parent.level, parent.place))
    return out


# a verb by which a place sets up, works with or directs one of its own bodies (某县专门成立…领导小组, 某区配合经信局,
# 市长表示，他交代经发局…)
_VERB_BEFORE_BODY = re.compile("(?:成立|组建|设立)了?|配合|联合|会同|协同|浏览|登入|登录|致电|收到|接到|联系|交代|要求|责成|督促|指示|沟通|对接")
#: verbs opening with a function character, whose 对 opens no name (对接财政局: no 接财政局)
_FUNCTION_VERBS = ("对接",)
#: the last characters of a body's name, after which a verb opens a clause of that body's (某局积极沟通财政局)
_BODY_ENDS = "局厅委办"
#: the bodies only a district or county elects (区人大办, 区政协): 区 before them is never a zone's
_ELECTED_BODIES = ("人大", "政协")
#: the suffixes of a body set up by its task
_GROUPS = ("领导小组", "领导组", "指挥部")


def _body_after_verb(body: str, suffix: str) -> str | None:
    """The name of the place's own body written after a verb between the place and the suffix (专门成立某某工作,
    配合经信, 可浏览经济: a department reached through its website or phone, 将接到经济: one sending word): a group named by its
    task, or a department."""
    verb = _VERB_BEFORE_BODY.search(body)
    if verb is None or verb.start() > 4:
        return None
    rest = body[verb.end() :]
    if not rest or any(c in FUNCTION for c in rest) or _VERB_BEFORE_BODY.search(rest) or rest[0] in _LEVEL_CHAR or rest[0] in _OWN_LEVEL_CHAR:
        # (某区联合区工信局: a level word after the verb names the body's place itself)
        return None
    if suffix in _GROUPS and _names_a_group(rest) or suffix in ("局", "厅") and 2 <= len(rest) <= 6 and _DEPARTMENT.search(rest) and not PREDICATE.match(rest):
        return rest
    return None


def _names_a_group(name: str) -> bool:
    """Whether the words before a group's suffix read as its name, not a clause or a count (下设两个领导小组)."""
    return not _NOT_SUBUNIT.search(name) and not _CLAUSE_OPEN.match(name) and not any(
        c in FUNCTION for c in _WORD_WITH_FUNCTION.sub("", name)
    )


def _set_up_groups(text: str, found: list[Mention], places: list[Mention]) -> list[Mention]:
    """Leading groups, headquarters and working teams a clause sets up (某镇成立某某工作领导小组, 镇成立了“某某”工作专班):
    named as written, with the place written right before the verb, or the town its level word stands for; a body
    setting one up keeps its own name."""
    if "成立" not in text and "组建" not in text and "设立" not in text:
        return []
    taken = SpanIndex([(a.start, a.end) for a in found])
    place_at = {p.end: p for p in places if p.type == "Region" and p.level in ("province", "city", "county", "town") or p.type == "Zone"}
    out: list[Mention] = []
    for m in _SET_UP.finditer(text):
        s, e = m.span(1)
        written = m.group(1)
        name = written.replace("“", "").replace("”", "")
        whole = written.endswith("”")  # 成立“某某办公室”: the whole name quoted
        plain = name if whole else re.sub("“[^”]*”", "", written)
        group = next((g for g in ("领导小组", "领导组", "指挥部", "办公室") if name.endswith(g)), None)
        team = None if group else next(t for t in TEAMS if name.endswith(t))
        shortest = 0 if written.startswith("“") and not group else TEAM_NAME_SHORTEST
        if taken.overlaps(s, e) or not _names_a_group(plain) or len(name) - len(group or team) < shortest:
            continue
        place = place_at.get(m.start()) or _zone_word_place(text, m.start(), places) or (_town_word_place(text, m.start(), places) if team else None)
        if team is not None and (place is None or place.level not in ("town", "zone")):
            # a team is a body in the reports of a town, street or zone that sets it up (某镇成立某某专班, 某经开区成立
            # 某某专班); elsewhere too common a word to stand for one (某县成立服务专班 names the county's work, not a body)
            continue
        out.append(Mention(s, e, "Agency", (place.name if place else "") + name, written, None, place.level if place else None, place.name if place else None))
    return out


# a zone word opening a clause for the zone in focus (园区成立…)
_ZONE_WORD_BEFORE = re.compile("(?:园区|新区|开发区|高新区|经开区|集聚区|示范区)$")


def _zone_word_place(text: str, pos: int, places: list[Mention]) -> Mention | None:
    """The zone last named, when a zone word standing for it opens the clause that sets a body up (园区成立…)."""
    word = _ZONE_WORD_BEFORE.search(text, max(0, pos - 3), pos)
    if word is None or word.start() and is_han(text[word.start() - 1]) and text[word.start() - 1] not in FUNCTION:
        return None
    return next((p for p in reversed(places[: bisect_left([q.start for q in places], pos)]) if p.type == "Zone"), None)


def _town_word_place(text: str, pos: int, places: list[Mention]) -> Mention | None:
    """The town or county whose sentence sets a team up (某镇对…并成立…; 街道提前谋划,成立…: the town its level
    word stands for), when no place is written right before the verb."""
    start = max(text.rfind(c, 0, pos) for c in "。!?\n") + 1
    before = places[: bisect_left([q.start for q in places], pos)]
    own = next((p for p in reversed(before) if p.start >= start and p.type == "Region" and p.level in ("county", "town")), None)
    if own is not None:
        return own
    lead = text[start:pos].lstrip()
    word = next((w for w in ("街道", "镇", "乡") if lead.startswith(w) or text.endswith(w, 0, pos)), None)
    if word is None:
        return None
    return next((p for p in reversed(before) if p.level == "town" and p.name.endswith(word)), None)


def _written_zone_body(found: list[Mention], bare: Mention) -> Mention:
    """A bare 党工委 (管委会) is the last such body written with its zone's name (某区党工委 … 党工委委员),
    not the committee of a zone named since for another of its bodies."""
    for a in reversed(found):
        if a.name.endswith(bare.surface) and a.surface != bare.surface and a.level == "zone":
            return replace(bare, name=a.name, place=a.place)
    return bare


def _zone_body_names(agencies: list[Mention], places: list[Mention]) -> list[Mention]:
    """A zone's body written with another form of the zone's name beside one written with the zone's
    own name (某国家高新区管委会 beside 某高新区管委会) is that body: one body, not two."""
    zones = {(p.start, p.name): p for p in places if p.type == "Zone"}
    names = {a.name for a in agencies}
    out = []
    for a in agencies:
        z = zones.get((a.start, a.place)) if a.level == "zone" and a.place else None
        if z is not None and not a.name.startswith(a.place) and a.name.startswith(z.surface) and (own := a.place + a.name[len(z.surface) :]) in names:
            a = replace(a, name=own)
        out.append(a)
    return out


def _listed_zone_bodies(text: str, found: list[Mention], places: list[Mention]) -> list[Mention]:
    """The zones listed before a zone's body share its suffix (甲开发区、乙高新区管委会): each zone's body."""
    zones = {p.end: p for p in places if p.type == "Zone"}
    out: list[Mention] = []
    for a in found:
        suffix = next((b for b in ZONE_BODIES if a.name.endswith(b)), None)
        zone = zones.get(a.end - len(suffix)) if suffix else None
        if zone is None or zone.start != a.start:
            continue
        end = zone.start - 1
        while end > 0 and text[end] == "、" and (prev := zones.get(end)) is not None:
            name = prev.name + suffix
            out.append(Mention(prev.start, prev.end, "Agency", name, name, None, "zone", prev.name))
            end = prev.start - 1
    return out


# 省财政统筹资金, 市财政给予贴息: a level's treasury acting is its finance department
_TREASURY = re.compile(r"财政(?=[给再统按安予拨补从全继将对每累共已])")
_TREASURY_LEVEL = re.compile(r"(自治区|省|市|区|县)$")


def _finance(text: str, found: list[Mention], levels: "_LevelIndex") -> list[Mention]:
    """``省财政`` acting: the finance department of the place of that level (named as the document names it)."""
    out: list[Mention] = []
    if "财政" not in text:
        return out
    taken = SpanIndex([(a.start, a.end) for a in found])
    names = {a.name for a in found}
    for t in _TREASURY.finditer(text):
        m = _TREASURY_LEVEL.search(text, max(0, t.start() - 3), t.start())
        if m is None or m.start() and is_han(text[m.start() - 1]) and text[m.start() - 1] not in _TIME_END or taken.overlaps(m.start(), t.end()):
            continue  # (每年县财政安排…: after a time word too)
        lead = m.group(1)
        level = "province" if lead == "自治区" else _LEVEL_CHAR[lead]
        place = levels.nearest(m.start(), _wanted(level, lead), municipal=level == "city")
        if place is None:
            continue
        prefix = _prefix(place, lead, levels.written)
        written = next((n for n in (prefix + "财政厅", prefix + "财政局") if n in names), None)
        name = written or prefix + ("财政厅" if level == "province" else "财政局")
        out.append(Mention(m.start(), t.end(), "Agency", name, text[m.start() : t.end()], None, place.level, place.name))
    return out


# the last characters of a time word (每年, 同时, 此后) a clause may open with before its subject
_TIME_END = frozenset("年月日时后起")


# 市府, 县府 opening a clause: the government of the city (county) in focus, as Taiwan's reports write it
_SEAT = re.compile(r"(?<![\u4e00-\u9fff])([市县])府(?![办院])")


def _seats(text: str, levels: "_LevelIndex") -> list[Mention]:
    """``市府`` for the government of the city in focus (named as 某市政府, which its full form then joins)."""
    out: list[Mention] = []
    if "府" not in text:
        return out
    for m in _SEAT.finditer(text):
        lead = m.group(1)
        place = levels.nearest(m.start(), _wanted(_LEVEL_CHAR[lead], lead), municipal=lead == "市")
        if place is not None:
            name = _prefix(place, lead, levels.written) + "政府"
            out.append(Mention(m.start(), m.end(), "Agency", name, m.group(0), None, place.level, place.name))
    return out


# a special administrative region's legislature and its committees (立法会, 立法会财务委员会)
_COUNCIL = re.compile(r"立法会(?:[\u4e00-\u9fff]{2,6}?委员会|[\u4e00-\u9fff]{1,2}委会)?")


def _councils(text: str, levels: "_LevelIndex", found: list[Mention]) -> list[Mention]:
    """The legislature of the special administrative region in focus, named with it (香港立法会财务委员会)."""
    out: list[Mention] = []
    if "立法会" not in text:
        return out
    taken = SpanIndex([(a.start, a.end) for a in found])
    for m in _COUNCIL.finditer(text):
        sar = _special_region(levels.nearest(m.start(), {"province"}))
        if sar is not None and not taken.overlaps(*m.span()):
            out.append(Mention(m.start(), m.end(), "Agency", sar.name + m.group(0), m.group(0), None, "province", sar.name))
    return out


# how a Taiwan county's or city's government is written before its departments (县政府文化处, 县府社会处)
_TAIWAN_GOVERNMENTS = ("政府", "县府", "市府")
# a special administrative region's department (工业贸易署, 劳工处, 地政总署) or secretariat (财政司), written
# bare; not a verb or a common noun ending so (全面部署, 签署, 不足之处, 好处), nor a scheme's 秘书处 or premises (餐饮处所)
_SAR_DEPARTMENT = HanRuns(rf"(?:[\u4e00-\u9fff]{{2,8}}?(?<![部签布公])(?:总署|署)|[\u4e00-\u9fff]{{2,8}}?(?<![之好用到难住深益去相此一二三四五六七八九十各多两几数事局])(?<!秘书)处(?![理置罚于在长所分]))|{SECRETARIAT.pattern}")


_CLOSING_QUOTES = set("”」』\"")


def _after_function_word(stretch: str) -> int:
    """Where a name may start in ``stretch``: after its last function character that no name's word holds."""
    masked = _WORD_WITH_FUNCTION.sub(lambda w: "_" * len(w.group(0)), stretch)
    return max((i + 1 for i, c in enumerate(masked) if c in FUNCTION), default=0)


def _bare_department_place(levels: "_LevelIndex", pos: int) -> Mention | None:
    """The place in focus whose government's departments are written bare: a special administrative region
    (劳工处 is Hong Kong's), or else a Taiwan county or city, whose 处 are its departments (云林县建设处)."""
    sar = _special_region(levels.nearest(pos, {"province"}))
    if sar is not None:
        return sar
    city = levels.nearest(pos, {"city"})
    found = default_gazetteer().get(city.code) if city is not None and city.code else None
    return city if found is not None and found.parent == default_gazetteer().lookup(TAIWAN)[0].code else None


def _sar_departments(text: str, levels: "_LevelIndex", found: list[Mention]) -> list[Mention]:
    """The departments and secretariats of the special administrative region (or Taiwan county) in focus, written
    bare where a name can start or after its government (特区政府劳工处, 县府文化处): named with the region
    (香港劳工处, 香港财政司) or the county's government (屏东县政府文化处)."""
    out: list[Mention] = []
    taken = SpanIndex([(a.start, a.end) for a in found])
    for m in _SAR_DEPARTMENT.finditer(text):
        s = m.start()
        secretariat = SECRETARIAT.search(m.group(0))
        if secretariat is not None:
            # a stretch ending with a secretariat (表示财政司) names that secretariat only
            s += secretariat.start()
        else:
            # 由食物及环境卫生署: the name starts after the last function word outside a name's own words (及 of 食物及)
            s += _after_function_word(text[s : m.end()])
            if (joined := _CONNECTIVE.match(text, s, m.end())) is not None and _CLAUSE_MARKS.intersection(text[s - 1 : s] or "\n"):
                s = joined.end()  # ,因此工业贸易署: a connective opening the clause is no part of the name
        # (a secretariat names its own region: 财政司 is Hong Kong's)
        place = default_gazetteer().get(SECRETARIATS[secretariat.group(0)]) if secretariat is not None else _bare_department_place(levels, s)
        county = place is not None and place.level == "city"
        if county:
            # 屏东县府文化处: the department starts after its government, and is a short word (文化处, not 可关注文化处)
            s = max([s] + [k + len(w) for w in _TAIWAN_GOVERNMENTS if (k := text.rfind(w, s, m.end())) >= 0])
        before = "\n" if not s or _CONNECTIVE.fullmatch(text, max(0, s - 2), s) else text[s - 1]
        government = text.endswith("特区政府", 0, s) or county and text.endswith(_TAIWAN_GOVERNMENTS, 0, s)
        if (m.end() - s < 3 or county and m.end() - s > 5 or taken.overlaps(s, m.end())
                or is_han(before) and before not in FUNCTION and not government or before in _CLOSING_QUOTES):
            # (「某某计划」秘书处: the office of a scheme, no department)
            continue
        if place is not None:
            prefix = place.name + "政府" if county else _sar_prefix(text, place.name, s)
            level = "province" if secretariat is not None else place.level
            out.append(Mention(s, m.end(), "Agency", prefix + text[s : m.end()], text[s : m.end()], None, level, place.name))
    return out


# connectives a clause may open with before a body's name (因此, 同时, 此外)
_CONNECTIVE = re.compile("因此|所以|于是|同时|此外|另外|并且|而且|随后")


# the words of a park (工业园, 产业园区, 某某基地): a site of its county, with no government of its own
_PARK_END = ("园", "园区", "基地")


def _is_park(place: Mention) -> bool:
    """Whether ``place`` is a park named after its host place (某县工业园, 宁波某某科技园)."""
    return place.type == "Zone" and bool(place.place) and place.name.endswith(_PARK_END)


def _park_host(place: Mention) -> str | None:
    """The county a park is named after (某县工业园 → 某县), when ``place`` is such a park."""
    if not _is_park(place):
        return None
    return place.place if any(p.level == "county" for p in default_gazetteer().lookup(place.place)) else None


def _sar_prefix(text: str, sar: str, k: int) -> str:
    """How a special administrative region's bodies are named: by the region (香港创新及科技局), with its
    government where the text writes the body after it (香港特区政府环境局)."""
    return sar + ("特区政府" if text.endswith("特区政府", 0, k) else "")


def _split_word(text: str, i: int) -> bool:
    """A single space between two characters of one word (能 源局, as text taken from a PDF writes it)."""
    return text[i] == " " and 0 < i < len(text) - 1 and is_han(text[i - 1]) and is_han(text[i + 1])


def _inside_title(text: str, pos: int) -> bool:
    """Whether ``pos`` lies inside a 《》 title (looking back along its line only)."""
    floor = max(0, pos - CLAUSE_LOOKBACK)
    line_start = max(text.rfind("\n", floor, pos) + 1, floor)
    opened = text.rfind("《", line_start, pos)
    return opened >= 0 and text.rfind("》", opened, pos) < 0


def _joint(text: str, agency: Mention) -> bool:
    """Whether a body in a title is one of its joint issuers (《市委组织部、市财政局关于…》): departments
    that issue a document together are the bodies of the place whose documents cite it."""
    dept = _PARTY_DEPARTMENT.match(text, agency.end)  # 市委组织部、: the committee's department is the issuer
    end = dept.end() if dept else agency.end
    return text[end : end + 1] == "、" or agency.start > 0 and text[agency.start - 1] == "、"


def _addressed(text: str, pos: int) -> bool:
    """Whether ``pos`` lies in a distributive list opened by 各 in its clause (各盟行政公署、市人民政府)."""
    floor = max(0, pos - CLAUSE_LOOKBACK)
    lo = max(max(text.rfind(c, floor, pos) for c in "\n,。;:"), floor - 1)
    return text.find("各", lo + 1, pos) >= 0


# the marks between the items of a list of bodies (省财政厅、工信厅和商务厅)
_LIST_MARKS = frozenset("、和及与")
# the rest of an autonomous region's full name after its short name (广西 of 广西壮族自治区, 内蒙古 of 内蒙古自治区)
_REGION_AFTER = re.compile(r"[\u4e00-\u9fff]{0,4}?自治区")


def _named_earlier(text: str, found: "_PlacedEndings", ss: int, e: int) -> Mention | None:
    """A bare department (经促局) whose place the text wrote with it before (某镇经促局): that body, named so."""
    b = ss
    while b > 0 and e - b < _BARE_DEPARTMENT_MAX and is_han(text[b - 1]) and text[b - 1] not in FUNCTION:
        b -= 1
    word = text[b:e]
    if len(word) < 3 or word[0] in _LEVEL_CHAR or PREDICATE.match(word):
        return None
    earlier = found.last(word, b)
    return Mention(b, e, "Agency", earlier.name, word, None, earlier.level, earlier.place) if earlier is not None else None


#: how long a bare department named earlier with its place may be (经促局, 农业农村局)
_BARE_DEPARTMENT_MAX = 6


class _PlacedEndings:
    """The placed bodies of a list that only grows (the bodies found so far), by their names' last 3 to
    ``_BARE_DEPARTMENT_MAX`` characters: a bare department is looked up, not compared with every body before it."""

    def __init__(self, found: list[Mention]) -> None:
        self.found = found
        self.seen = 0
        self.by_ending: dict[str, list[Mention]] = {}

    def last(self, word: str, b: int) -> Mention | None:
        """The last placed body ending before ``b`` whose name ends with ``word`` and is longer."""
        for a in self.found[self.seen :]:
            if a.place:
                for n in range(3, min(len(a.name) - 1, _BARE_DEPARTMENT_MAX) + 1):
                    self.by_ending.setdefault(a.name[-n:], []).append(a)
        self.seen = len(self.found)
        return next((a for a in reversed(self.by_ending.get(word, ())) if a.end <= b), None)


def _list_item(text: str, prev: Mention, ss: int, e: int, suffix: str) -> Mention | None:
    """A bare department listed right after a placed body shares its place (省财政厅、工信厅)."""
    if prev.level == "country" or text[prev.end : prev.end + 1] not in _LIST_MARKS or suffix in WEAK:
        return None
    if prev.place is None and not (is_unplaced(prev) and prev.name[0] in _LEVEL_CHAR):
        return None
    start = prev.end + 1
    while text[start].isspace():
        start += 1
    if e - start > 14:
        return None
    body = "".join(text[i] for i in range(start, e) if not _split_word(text, i))
    if not 2 <= len(body) <= 12 or any(not is_han(c) or c in FUNCTION and c not in _INNER_OK for c in body):
        return None
    if body[0] in _LEVEL_CHAR or body[0] in _OWN_LEVEL_CHAR or body.startswith(("自治区", _STREET)) or not (suffix not in ("局", "厅", "办") or _DEPARTMENT.search(body[: -len(suffix)]) or len(body) <= 4):
        return None
    if suffix == "办" and not _OFFICE.search(body[:-1]):
        return None
    if prev.place is None:
        # 区发改局、人社局 in a text naming no district: the level word the list opened with
        return Mention(start, e, "Agency", prev.name[0] + body, body, None, prev.level, None)
    at = prev.name.find(prev.place)
    if at < 0 and prev.level == "zone" and body in ZONE_BODIES and (zone := _ZONE_NAME.match(prev.name)):
        # 某开发区党工委、管委会: the bodies of one zone, written as the first names it
        return Mention(start, e, "Agency", zone.group(0) + body, body, None, prev.level, prev.place)
    if at < 0:
        return None
    cut = at + len(prev.place)
    rest = prev.name[cut:]
    cut += len(region.group(0)) if (region := _REGION_AFTER.match(rest)) else 1 if rest[:1] in _LEVEL_CHAR and not rest.startswith("市场") else 0
    # 某园区经发委、园区财政局; 某某新区工信局、新区科技局
    own = body[zone.end() :] if (zone := _ZONE_PREFIX.match(body)) and (prev.level == "zone" or prev.place.endswith(zone.group(0))) else body
    return Mention(start, e, "Agency", prev.name[:cut] + own, body, None, prev.level, prev.place)


# 咨询单位:市经信局,某某处: a division written after its bureau and a comma, ending the line
_COMMA_DIVISION = re.compile(r"[,，]([\u4e00-\u9fff]{2,12}?(?:处|科))(?=\s*(?:\n|$|[。;；]))")


def _listed_division(text: str, agency: Mention) -> Mention | None:
    """The division a contact line names after its bureau (市某局,某某处): one body, the bureau's division."""
    m = _COMMA_DIVISION.match(text, agency.end)
    if m is None or not agency.name.endswith(("局", "厅", "委")) or any(c in FUNCTION and c not in "与和" for c in m.group(1)):
        return None
    return Mention(agency.start, m.end(), "Agency", agency.name + m.group(1), text[agency.start : m.end()], None, agency.level, agency.place)


def _extend(a: Mention, tail: str) -> Mention:
    return Mention(a.start, a.end + len(tail), "Agency", a.name + tail, a.surface + tail, None, a.level, a.place)


def _merge_government_names(agencies: list[Mention]) -> list[Mention]:
    """One name per government: 某省政府 is 某省人民政府 when the document writes the full form."""
    governments: dict[str, str] = {}
    for a in agencies:
        if "人民政府" in a.name:
            full = a.name[: a.name.index("人民政府") + 4]
            governments.setdefault(_government_key(full), full)
            if (own := _own_part(a)) != a.name:
                # 某市某区人民政府 is also the government of 某区政府
                governments.setdefault(_government_key(own[: own.index("人民政府") + 4]), full)
    out = []
    for a in agencies:
        short = _SHORT_GOVERNMENT.search(a.name)
        full = governments.get(_government_key(a.name[: short.end()])) if short else None
        out.append(replace(a, name=full + a.name[short.end() :]) if full else a)
    return out


def _written_in_full(agencies: list[Mention]) -> list[Mention]:
    """A body named by its level word (区行政审批局) is the one the document writes in full with its place
    (崇川区行政审批局 in the source line), not the body of the nearest zone or district of that level; and
    once 区 is so shown to be a district, its other bodies are that district's too."""
    full: dict[tuple[str, str], dict[str, Mention]] = {}
    for a in agencies:
        if not (a.place and a.surface == a.name and a.name.startswith(a.place)):
            continue
        rest = a.name[len(a.place) :]
        full.setdefault(("", rest), {})[a.name] = a  # 某某园区 + 经济发展局: the body a bare 经济发展局 is
        if rest[:1] in _LEVEL_CHAR:  # 崇川 + 区行政审批局
            full.setdefault((rest[0], rest[1:]), {})[a.name] = a
        elif a.place[-1] in _LEVEL_CHAR:  # 崇川区 + 行政审批局
            full.setdefault((a.place[-1], rest), {})[a.name] = a
    # the district each level word was written with in full (区 -> 崇川区), when it is one
    districts: dict[str, set[tuple[str, str, str]]] = {}
    for (lead, rest), named in full.items():
        for own in named.values():
            if own.level == "county":
                districts.setdefault(lead, set()).add((own.name[: len(own.name) - len(rest)], own.place, own.level))
    out = []
    for a in agencies:
        named = full.get((a.surface[:1], a.surface[1:]), {}) or full.get(("", a.surface), {}) if a.surface != a.name else {}
        # only 区 is both a district's and a zone's level word; a zone's own committee stays the zone's
        homes = districts.get("区", set()) if a.surface[:1] == "区" and a.surface != a.name and a.level == "zone" and not a.name.endswith(ZONE_BODIES) else set()
        if len(named) == 1 and a.name not in named:
            (own,) = named.values()
            a = replace(a, name=own.name, place=own.place, level=own.level)
        elif len(homes) == 1:
            # 区工信局 beside 崇川区行政审批局: the district's bureau, not the nearer zone's
            ((prefix, place, level),) = homes
            a = replace(a, name=prefix + a.surface[1:], place=place, level=level)
        out.append(a)
    return out


def _merge_chains(agencies: list[Mention]) -> list[Mention]:
    """One name per body: 某区财政局 beside 某市某区财政局 is the body the document names in full, and so is
    某某区财政局, the places above written without their level words (a headline's 淄博周村区 for 淄博市周村区)."""
    chained: dict[str, set[str]] = {}
    for a in agencies:
        if (own := _own_part(a)) != a.name:
            chained.setdefault(own, set()).add(a.name)
    full: dict[str, str] = {}
    for own, names in chained.items():
        if len({_unleveled(n[: len(n) - len(own)]) for n in names}) == 1:
            fullest = max(names, key=lambda n: (len(n), n))
            full.update(dict.fromkeys(names | {own}, fullest))
    return [replace(a, name=full[a.name]) if a.name in full else a for a in agencies]


def _unleveled(places: str) -> str:
    """Places written before a body's own part, without their level words (淄博市 and 淄博 are one)."""
    return "".join(c for c in places if c not in _LEVEL_CHAR)


def _own_part(a: Mention) -> str:
    """A body's name from its own place on (某区财政局 of 某市某区财政局)."""
    if a.place and a.level != "country" and not a.name.startswith(a.place[:2]) and a.place[:2] in a.name:
        return a.name[a.name.index(a.place[:2]) :]
    return a.name


def _split_place(a: Mention) -> tuple[str, str] | None:
    """A local body's name as its place (with the level word) and its own part: 安顺市 + 人社局."""
    if not a.place or a.level == "country":
        return None
    # the place as named (宁乡市) or written with another level word (宁乡县委)
    own = a.place if a.place in a.name else a.place[:-1] if a.place.endswith(_COUNTY_WORDS) and len(a.place) > 2 else ""
    # ...after the places written before it (苏州市吴江区 + 行政审批局)
    at = a.name.find(own) if own else -1
    if at < 0:
        return None
    cut = at + len(own)
    rest = a.name[cut:]
    cut += 3 if rest.startswith("自治区") else 1 if rest[:1] in _LEVEL_CHAR and not rest.startswith("市场") else 0
    return a.name[:cut], a.name[cut:]


# the qualifiers a body's short name drops (行政审批局 → 审批局, 综合执法局 → 执法局, 地方金融监管局 → 金融监管局)
_QUALIFIERS = frozenset({"行政", "综合", "地方"})


def _merge_short_names(agencies: list[Mention]) -> list[Mention]:
    """One name per body: 市人社局 beside 市人力资源和社会保障局 is that bureau's short name.

    A short name keeps the full name's first character and, in order, characters of it, and ends in the
    same body word (委 standing for 委员会), or is the full name without its qualifier (审批局 of 行政审批局); the full name may
    write the places above the body's own (苏州市吴江区行政审批局 for 区审批局); it is merged only when one full name of the same place fits, and not
    with a body attached to it (市卫健委党委 is not the full name of 市卫健委)."""
    parts = {a.name: p for a in agencies if (p := _split_place(a)) is not None}
    place_of = {a.name: a.place for a in agencies}
    by_prefix: dict[str, list[str]] = {}  # the bodies of one place, however many places their names write before it
    for name in parts:
        by_prefix.setdefault(place_of[name] or "", []).append(name)
    full: dict[str, str] = {}
    for names in by_prefix.values():
        if len(names) < 2:
            continue
        for short in names:
            body = _short_form(parts[short][1])
            fits = [
                n for n in names
                if len(n) > len(short) and ((long := _short_form(parts[n][1])) == body or len(long) > len(body) >= 3
                and (long[0] == body[0] and long[-1] == body[-1] and _in_order(body, long) and not long.startswith(body) or long.endswith(body) and long[: -len(body)] in _QUALIFIERS))
            ]
            if len(fits) == 1:
                full[short] = fits[0]
    return [replace(a, name=full[a.name]) if a.name in full else a for a in agencies]


def _short_form(body: str) -> str:
    """A body's own name with its last word as short names write it (委 for 委员会, 办 for 办公室, 管委会 for 管理委员会)."""
    return _LONG_WORD.sub(lambda m: _SHORT_WORD[m.group(0)], body)


_SHORT_WORD = {"管理委员会": "管委会", "委员会": "委", "办公室": "办"}
_LONG_WORD = re.compile("(管理委员会|委员会|办公室)$")


def _in_order(short: str, long: str) -> bool:
    """Whether the characters of ``short`` occur in ``long`` in the same order."""
    it = iter(long)
    return all(c in it for c in short)


def _government_key(name: str) -> str:
    """A government's name without its level word and 人民 (内蒙古自治区人民政府 and 内蒙古政府 are one)."""
    return _GOVERNMENT_LEVEL.sub("政府", name)


def _bare_town(place: Mention) -> bool:
    """Whether ``place`` is a town written without its town word (某某 of 某某镇): its bodies take the full name."""
    return place.level == "town" and place.surface != place.name and place.name.startswith(place.surface)


def _party_committee(text: str, places: list[Mention], starts: list[int], levels: "_LevelIndex", ss: int, e: int, suffix: str) -> Mention | None:
    """A place's party committee: 某省委 as written, or 省委/自治区党委 of the place in focus."""
    if text.startswith("员", e):
        return None
    i = bisect_left(starts, ss - 12)
    for p in places[i:]:
        if p.start >= ss:
            break
        if p.end in (ss, ss + 1) and (p.level in ("province", "city", "county", "town") or p.end == ss and suffix == "党委" and p.type == "Zone" or p.end == ss + 1 and p.surface.endswith(text[ss])):
            # 某经济开发区党委: a zone's party committee as well as a place's
            # a district standing for its zone (某区 of 某高新区(某区)) keeps its written name: 某区委
            name = text[p.start : e] if p.end == ss and not _bare_town(p) or suffix != "党委" else p.name + suffix
            if p.end == ss and suffix != "党委" and p.surface.endswith(suffix[0]) and name.startswith(p.surface):
                # 某某旗旗委, 某某县县委: the level word written twice names the committee 某某旗委
                name = p.surface + suffix[1:]
            return Mention(p.start, e, "Agency", name, text[p.start : e], None, p.level, p.name)
    if suffix == "党委":
        if text.startswith("自治区", ss - 3):
            start, level, lead = ss - 3, "province", "自治区"
        elif ss and text[ss - 1] in "镇乡":
            # 镇党委: the committee of the town in focus
            start, lead = ss - 1, text[ss - 1]
            level = _LEVEL_CHAR[lead]
        else:
            return None
    elif suffix == "地委":
        # 地委: the committee of the prefecture (某某地区) in focus
        start, lead, level = ss, _PREFECTURE, "city"
    else:
        start, lead = ss, suffix[0]
        level = _OWN_LEVEL_CHAR.get(lead) or _LEVEL_CHAR[lead]
    if start > 0 and text[start - 1] in _NOT_PLACE_END and text[start - 1] != "该":
        # 社区党委 is no district's; but 该镇党委 is the committee of the town in focus
        return None
    place = levels.nearest(start, _wanted(level, lead, suffix), municipal=level == "city")
    if place is None:
        return _unplaced(text, start, e, level)
    if _other_town_word(place, lead):
        return None
    # a zone's district (某高新区(某区)) has the party committee: 区委 is the district's, as written
    prefix = place.surface if place.type == "Zone" and place.surface.endswith(lead) and place.surface != place.name else _prefix(place, lead, levels.written)
    if lead == _PREFECTURE:
        # 某某地区 + 地委 is named 某某地委
        return Mention(start, e, "Agency", prefix.removesuffix(_PREFECTURE) + suffix, text[start:e], None, place.level, place.name)
    return Mention(start, e, "Agency", prefix + text[start + len(lead) : e], text[start:e], None, place.level, place.name)


# the longest body named by its level word alone (县行政审批服务局); longer stretches hold a clause
_UNPLACED_LONGEST = 12


def _unplaced(text: str, s: int, e: int, level: str) -> Mention | None:
    """A body named by its level word in a text that names no place of that level (市工信局 in a city paper
    that never writes its city): the key names it as written; but 市、区国资委 lists every district's, and
    镇成立某某领导小组 is a clause, not a name."""
    if s >= 2 and text[s - 1] == "、" and text[s - 2] in _LEVEL_CHAR:
        return None
    if e - s > _UNPLACED_LONGEST or _NOT_SUBUNIT.search(text, s, e) or _CLAUSE_OPEN.match(text, s + 1, e):
        return None
    return Mention(s, e, "Agency", text[s:e], text[s:e], None, level, None)


def is_unplaced(agency: Mention) -> bool:
    """Whether the body was named by its level word alone, with no place to widen it to."""
    return agency.place is None and agency.level in _LEVEL_CHAR.values()


_STREET = "街道"


def _other_town_word(place: Mention, lead: str) -> bool:
    """Whether a bare 乡 body (乡党委) would be given a 镇, or a 镇 body a 乡, or a 街道 body either: a
    township is no town, nor a town a street."""
    if lead == _STREET:
        return not place.name.endswith(_STREET)
    return lead in ("镇", "乡") and place.level == "town" and place.name.endswith(("镇", "乡")) and not place.name.endswith(lead)


def _wanted(level: str, lead: str, suffix: str = "") -> set[str]:
    """The levels of place a level word may stand for: 区 also for a zone named 某某区 (区委), and for any zone
    when the body is a zone's own (区管委会 of a 科学城); 县 only for a county (also one at a city's level:
    Taiwan's 某某县)."""
    if lead == "市":
        # a county-level city's own bodies are 市某局 too (该市经信局 of 某某市 under its prefecture)
        return {_CITY_BY_SHI, _COUNTY_CITY}
    if lead in _OWN_LEVEL_CHAR or lead == _PREFECTURE:
        return {lead}
    if lead == "县":
        return {level, _CITY_COUNTY}
    if level != "county":
        return {level}
    return {"county", "zone", _PARK} if suffix in ZONE_BODIES else {"county", "zone"}


def _prefix(place: Mention, lead: str, written: dict[tuple[str, str], str] | None = None) -> str:
    """The place's name with its level word (黑龙江省, 内蒙古自治区; a county-level city keeps its 市,
    unless the document writes it with the level word of its bodies: 宁乡县 … 县财政局)."""
    if written and (form := written.get((place.name, lead))):
        return form
    if lead in ("省", "自治区") and place.code:
        found = default_gazetteer().get(place.code)
        if found is not None and _REGION_WORD.search(found.full_name):
            return found.full_name
    if place.name.endswith(lead) or place.level == "county" and place.name.endswith(_COUNTY_WORDS):
        return place.name
    return place.name + lead


def _level_team(text: str, levels: "_LevelIndex", ss: int, e: int) -> Mention | None:
    """A team a level word's place names by its role (市指导服务组, 县督导工作组, 镇督查组), opening a clause: that
    place's team."""
    width = 1 if text[ss:e] in ROLE_TEAMS else 3  # the role is the suffix's own (督查组) or written before it
    start = ss - width
    lead, role = text[start : start + 1], text[start + 1 : ss]
    if start < 0 or lead not in _LEVEL_CHAR or role and not _TEAM_ROLE.fullmatch(role) or start and is_han(text[start - 1]) and text[start - 1] not in FUNCTION:
        return None
    level = _LEVEL_CHAR[lead]
    place = levels.nearest(start, _wanted(level, lead), municipal=level == "city")
    if place is None or _other_town_word(place, lead):
        return None
    return Mention(start, e, "Agency", _prefix(place, lead, levels.written) + role + text[ss:e], text[start:e], None, place.level, place.name)


def _special_region(place: Mention | None) -> Mention | None:
    """``place`` when it is a special administrative region (香港, 澳门)."""
    found = default_gazetteer().get(place.code) if place is not None and place.code else None
    return place if found is not None and found.full_name.endswith("特别行政区") else None


# the level words that end a county-level name (宁乡市, 长安区, 某某旗)
_COUNTY_WORDS = ("市", "区", "县", "旗")


# a short quoted word inside a body's name (某科技城“两金”管理中心), its marks at ``group(1)`` and ``group(2)``
_QUOTED_WORD = re.compile("(“)[\u4e00-\u9fff]{2,6}(”)(?=[\u4e00-\u9fff])")


def _quoted_inside(text: str, i: int) -> bool:
    """Whether the quotation mark at ``i`` opens or closes a short word quoted inside a body's name, which
    goes on after it (某科技城“两金”管理中心): the name reads on past the marks, and is written without them."""
    if text[i] == "”":
        m = _QUOTED_WORD.match(text, max(0, text.rfind("“", max(0, i - 7), i)))
        return m is not None and m.start(2) == i
    return text[i] == "“" and (m := _QUOTED_WORD.match(text, i)) is not None


# the end of an outlet's dateline (某某日报讯, 本报讯, 某某网讯, 某某网南宁讯 before a space or a bracket): a name written
# after it starts there
_DATELINE_END = re.compile(r"(?:[报网]讯|(?<=[\u4e00-\u9fff])讯(?=[ \u3000(（]))\s*")


def _agency(text: str, places: list[Mention], starts: list[int], levels: "_LevelIndex", floor: int, ss: int, e: int, suffix: str) -> Mention | None:
    k = ss
    floor = max([floor] + [d.end() for d in _DATELINE_END.finditer(text, max(floor, ss - 20), ss)])
    while k > floor and (is_han(text[k - 1]) or text[k - 1] in "()" or _split_word(text, k - 1) or _quoted_inside(text, k - 1)) and (
        text[k - 1] not in FUNCTION or text[k - 1] in _INNER_OK or _in_place(places, starts, k - 1) or _in_word(text, k - 1)
        or text.startswith(_FUNCTION_VERBS, k - 1)
    ):
        k -= 1
    if (suffix not in PLACED_ONLY or suffix.endswith("中心")) and _NOT_BODY.search(text[max(0, ss - 6) : e]):
        return None
    # the first place of a chain of adjacent places inside the stretch
    lo, hi = bisect_left(starts, k), bisect_left(starts, ss)
    inside = [p for p in places[lo:hi] if p.end <= ss]
    if inside:
        # the place that reaches the suffix (a zone written with its city starts before the city's own places)
        head = max(inside, key=lambda p: (p.end, p.type == "Zone", -p.start))
        first = head
        chain = [head]
        for p in reversed([p for p in inside if p.end <= head.start]):
            if p.end != first.start:
                break
            first = p
            chain.append(p)
        # 某省某市某县工信局 is named from the city, as no key names a body with its province before a lower place
        # (a municipality is the city: 上海市某区人民政府)
        outer = chain[-2] if len(chain) > 1 and first.level == "province" and first.name not in MUNICIPALITIES else first
        body = text[head.end : ss]
        if (title := _PERSON_TITLE.match(body)) is not None:
            # 某市长某某要求市财政局…: a leader's title, after which a body may still be named
            return _agency(text, places, starts, levels, head.end + title.end(), ss, e, suffix)
        if body.startswith(")") and head.start and text[head.start - 1] == "(" and len(body) <= 9 and not any(c in FUNCTION for c in body):
            # 经开区(某区)工信局: the bracketed host district stands for the zone whose bureau this is
            lo = head.start - 1
            while lo > max(0, head.start - 10) and is_han(text[lo - 1]) and text[lo - 1] not in FUNCTION:
                lo -= 1
            return Mention(lo, e, "Agency", head.name + body[1:] + text[ss:e], text[lo:e], None, head.level, head.name)
        if (own := _own_office(body, suffix)) is not None and head.level in ("county", "town", "zone"):
            # 某街道指派工业办: the place acts through an office of its own
            name = head.name + own + suffix
            return Mention(ss - len(own), e, "Agency", name, own + suffix, None, head.level, head.name)
        if (own_body := _body_after_verb(body, suffix)) is not None:
            # 某县专门成立某某领导小组, 某区配合经信局: the place's body, named after the verb
            name = text[outer.start if outer is not head and head.type == "Region" else head.start : head.end] + own_body + text[ss:e]
            if outer is head and head.type == "Region" and head.surface != head.name and head.name.startswith(head.surface):
                # 岫岩成立…领导小组: named with the county's fullest written form (岫岩满族自治县…, else 岫岩县…)
                name = max((p.surface for p in places if p.name == head.name), key=len) + own_body + text[ss:e]
            return Mention(ss - len(own_body), e, "Agency", name, own_body + text[ss:e], None, head.level, head.name)
        whole = head.surface.startswith("全") and head.surface != head.name
        clause = whole or _CLAUSE_OPEN.match(body.lstrip("省市区县")) and not (suffix in WEAK and _TEAM_ROLE.fullmatch(body))
        # a firm has offices (某某企业办公室) but no bureau: 某区企业服务局 is the district's
        firm = _FIRM_WORD.search(body) and not (suffix.endswith(("局", "厅")) and body.endswith("企业"))
        if any(c in FUNCTION and c not in _INNER_OK for c in _WORD_WITH_FUNCTION.sub("", body)) or firm or clause or _MEANS.search(body):
            # 某园区主动对接区经信局: the place acts; the body after it may be named by a level word (and 全澳居民…局:
            # a whole territory is the people it covers, no body's owner)
            return _agency(text, places, starts, levels, head.end, ss, e, suffix) if head.end > floor else None
        if suffix == "办" and not (_OFFICE.search(body) or _DEPARTMENT.search(body) or not body and head.type == "Zone"):
            return None
        if suffix in TOWN_STATIONS and body not in ("", "镇", "乡", _STREET):
            # 某镇经济科联合镇安监站: a station is named by its town alone; the words before are another clause's
            return _agency(text, places, starts, levels, head.end, ss, e, suffix) if head.end > floor else None
        if suffix in WEAK and (not body and suffix not in ROLE_TEAMS or "的" in body) or suffix == COUNCIL and body:
            # 某区工作组, 某区的工作组: a team of the place, not a named body (某镇督查组 is named by its role)
            return None
        if suffix.endswith("政府") and body not in ("", "人民", "市", "省", "区", "县", "特区", "特别行政区"):
            return None
        surface = text[first.start : e]
        # a zone written after its city (某市某高新区) names its body by the zone's own name
        own = head.end - len(head.surface) if head.type == "Zone" and text.endswith(head.surface, head.start, head.end) else head.start
        if head.type == "Region" and outer is not head and outer.level in ("province", "city") and head.level in ("city", "county", "town") and suffix != TOWNSHIP_OFFICE:
            # (a township's office is named by its township alone, as it names itself: 某某乡公所)
            # 某市某区人民政府: named in full with the places written before it
            own = outer.start
        elif head.type == "Region" and first is not head and first.type == "Zone" and suffix in ZONE_BODIES:
            # 某新区某地管委会: the committee of the zone's area named after a place, named with the zone
            own = first.start
        name = text[own:e]
        if own == head.start and suffix.endswith("政府") and head.level == "town" and head.name != head.surface and head.name.startswith(head.surface):
            # 某县某某政府: the government of a town written without its town word, named with it (某某镇政府)
            name = head.name + text[head.end : e]
        if head.type == "Zone" and head.place and not text.startswith(head.name, head.start):
            # 县经开区管委会: the zone's full name (a zone implied by its level word carries its host)
            name = head.name + text[head.end : e]
        return Mention(first.start, e, "Agency", name, surface, None, head.level, head.name)
    if suffix in WEAK and (team := _level_team(text, levels, ss, e)) is not None:
        return team
    if (suffix in WEAK or suffix in PLACED_ONLY and (suffix == "指挥中心" or not _level_centre(text, k, ss))) and not (suffix == "指挥中心" and text.endswith("政府", 0, k)):
        return None
    stretch = text[k:e]
    marks = FUNCTION | _INNER_OK | _JOINS
    cut = next((i + 1 for i in range(len(stretch) - 1, -1, -1) if stretch[i] in marks and not _in_word(text, k + i) and not stretch.startswith(_FUNCTION_VERBS, i)), 0)
    if stretch[cut - 1 : cut] == "和":
        # 和 inside a department's name (省工业和信息化厅, 会同省人力资源和社会保障厅) rather than between two bodies:
        # the name starts at the level word a few characters before it
        before = max(stretch.rfind(c) for c in FUNCTION - {"和"}) + 1
        lead = next((j for j in range(cut - 2, max(before, cut - 8) - 1, -1) if stretch[j] in _LEVEL_CHAR or stretch[j] in _OWN_LEVEL_CHAR or stretch.startswith("自治区", j)), None)
        if lead is not None and lead >= 2 and stretch.startswith("自治区", lead - 2):
            lead -= 2
        if lead is not None and not (lead and stretch[lead - 1] in _NOT_PLACE_END):
            cut = lead
    stretch, k = stretch[cut:], k + cut
    while stretch[:1] in ("(", ")"):
        # (某局牵头): a bracket opening a note, not part of the name
        stretch, k = stretch[1:], k + 1
    if suffix.endswith("政府") and text.endswith("特区", 0, ss):
        # 特区政府: the government of the special administrative region in focus (香港特区政府), no district's
        sar = _special_region(levels.nearest(ss - 2, {"province"}))
        return None if sar is None else Mention(ss - 2, e, "Agency", sar.name + "特区" + suffix, text[ss - 2 : e], None, "province", sar.name)
    if suffix.endswith("政府") and len(stretch) - len(suffix) > 1 and text[ss - 1] in _LEVEL_CHAR and text[ss - 2] not in _NOT_PLACE_END:
        # 根据市政府…: the government of the level word, after the words that introduce it (自治区人民政府: all three
        # characters of 自治区)
        back = 3 if text.endswith("自治区", 0, ss) else 1
        stretch, k = text[ss - back : e], ss - back
    if stretch == suffix and suffix in _PREFECTURE_GOVERNMENTS:
        # a bare 行署 is the administrative office of the prefecture or league in focus
        place = levels.nearest(k, {_PREFECTURE, "盟"})
        return None if place is None else Mention(k, e, "Agency", place.name + suffix, stretch, None, place.level, place.name)
    if len(stretch) < 3 or suffix.endswith("政府") and len(stretch) - len(suffix) - (2 if stretch.startswith("自治区") else 0) > 1:
        return None
    if stretch == suffix and suffix in ZONE_BODIES:
        # a bare 管委会 is the management committee of the zone in focus
        place = levels.nearest(k, {"zone", _PARK})
        return None if place is None else Mention(k, e, "Agency", place.name + suffix, stretch, None, "zone", place.name)
    zone = _ZONE_PREFIX.match(stretch)
    focus = (levels.nearest(k, {"zone", _PARK}) or levels.next_zone(k, zone.group(0))) if zone else None
    if zone and focus is not None and (kind := _ZONE_KIND_ENDS.get(zone.group(0))) and not focus.name.endswith(kind):
        zone = None  # 综保区管委会 beside a high-tech zone: no committee of that zone
    if zone and (verb := _CLAUSE_OPEN.match(after := stretch[len(zone.group(0)) :])) and after[verb.end() : verb.end() + 1] in _LEVEL_CHAR:
        zone = None  # 开发区会同县人社局: the zone acts with a body its level word names, read below
    if zone:
        place = focus
        if place is None and (county := levels.nearest(k, {"county"})) is not None and county.name.endswith(zone.group(0)):
            place = county  # 新区工信局 of a district that is a new area (某某新区)
        rest = stretch[len(zone.group(0)) : -len(suffix)]
        # (园区办, 开发区办: the zone's own office, its zone word the office's subject)
        if place is None or len(rest) > 10 or suffix == "办" and rest and not (_OFFICE.search(rest) or _DEPARTMENT.search(rest)) or _CLAUSE_OPEN.match(rest):
            # (园区成立某某领导组: the zone sets a body up, named by what it is set up as)
            return None
        return Mention(k, e, "Agency", place.name + stretch[len(zone.group(0)) :], stretch, None, place.level, place.name)
    # an implied place: 区应急管理局, 获得省商务厅 (the level word starts the name)
    for i in range(len(stretch) - len(suffix) - 1, -1, -1):
        lead = stretch[i]
        listed = i == 0 and (k == 0 or text[k - 1] in "、,;:(\n ")
        if (lead == "区" and not stretch.startswith("自治区", i - 2) or lead in "园城") and i and suffix in ZONE_BODIES:
            # 某某旅游区管委会, 某某园管委会: 区 (园, 城) ends the name of a zone, whose own committee this is, not the district's
            body = _unlisted_zone_body(text, k, e, stretch, i)
            if body is not None:
                return body
        # 街道党工委, 街道办事处: the bodies of the street in focus
        street = i == 0 and stretch.startswith(_STREET) and len(stretch) > len(_STREET)
        # 州卫健委, 旗农牧和科技局, 要求旗工信局: those level words open the name or follow a verb (the 州 of 杭州 ends a city's)
        own_level = lead in _OWN_LEVEL_CHAR and (i == 0 or _after_verb(stretch, i))
        # 乡村振兴局: the 乡 of 乡村 (the countryside) is no township's level word
        if _PERSON_TITLE.match(stretch, i + 1) is not None and stretch[i + 1] == "长" and not _in_place(places, starts, k + i + 1):
            continue  # 副区长某某到办事处: the level word of a leader's title
        if lead == "区" and i and stretch[i - 1] in _AREA_BEFORE:
            continue  # 辖区市场监管所, 园区财政所: an area's word, no district's level word
        if lead == "乡" and i and stretch[i - 1] == "城":
            continue  # 城乡建设管理局: the 乡 of 城乡 (town and country) names a department's field, no township
        if street or (lead in _LEVEL_CHAR and not stretch.startswith(("市场", "乡村"), i) or own_level) and _is_department(stretch[i + 1 :], suffix, listed):
            lead, level = (_STREET, "town") if street else (lead, _LEVEL_CHAR.get(lead) or _OWN_LEVEL_CHAR[lead])
            if i >= 2 and stretch.startswith("自治区", i - 2):
                i, lead, level = i - 2, "自治区", "province"
            elif i >= 1 and stretch.startswith(_PREFECTURE, i - 1) and (i == 1 or _after_verb(stretch, i - 1)):
                i, lead, level = i - 1, _PREFECTURE, "city"
            wanted = _wanted(level, lead, suffix)
            if level == "county" and stretch.startswith(_ELECTED_BODIES, i + 1):
                wanted -= {"zone", _PARK}  # 区人大办, 区政协: a zone elects no congress, so 区 is the district
            place = levels.nearest(k + i, wanted, municipal=level == "city")
            if place is None:
                return None if street else _unplaced(text, k + i, e, level)
            if _other_town_word(place, lead):
                return None
            own = stretch[i + len(lead) :]
            if (after_verb := _body_after_verb(own[: -len(suffix)], suffix)) is not None:
                own = after_verb + suffix  # 该镇成立某某领导小组: the group set up, named without the verb
            return Mention(k + i, e, "Agency", _prefix(place, lead, levels.written) + own, stretch[i:], None, place.level, place.name)
    # a bare department after the place in focus: 财政金融局, 市场监管局
    # ...or after its government or committee (某市政府经发局, 某市政府研考会, as Taiwan's reports write a city's bodies;
    # 某高新区管委会经济发展局, also by the committee's full name: 某开发区管理委员会财政局)
    # ...and a command body named by its task opening a clause (疫情防控指挥部要求…): the place in focus's own
    after_government = text.endswith(("政府", "管委会", "管理委员会"), 0, k)
    opened = k  # where the stretch opens, before a verb it may start with
    if (own_body := _body_after_verb(stretch[: -len(suffix)], suffix) or _own_office(stretch[: -len(suffix)], suffix)) is not None:
        # ,配合经信局: a department the place in focus works with, named after the verb (并组织防控办: the office sent)
        stretch, k = own_body + suffix, e - len(own_body) - len(suffix)
    if suffix in TOWN_STATIONS and _SENDS.fullmatch(stretch[: -len(suffix)]):
        # 镇工办联合安监站: the station a town's office works with, the town in focus's
        town = levels.nearest(k, {"town"})
        return None if town is None else Mention(e - len(suffix), e, "Agency", town.name + suffix, suffix, None, town.level, town.name)
    department = stretch[-1] in "局厅" and 3 <= len(stretch) <= 9 and _DEPARTMENT.search(stretch[:-1]) and not _MEANS.match(stretch)
    # ...or an office (金融办协调…): the place in focus's office
    department = department or suffix == "办" and 3 <= len(stretch) <= 6 and _OFFICE.search(stretch[:-1]) is not None and not _MEANS.match(stretch)
    command = _TASK_BODY.fullmatch(stretch) is not None and (k == 0 or text[k - 1] in _CLAUSE_MARKS)
    # 某市政府研考会, 某市政府疫情指挥中心: a Taiwan city government's commission or command centre
    department = department or after_government and len(stretch) <= 8 and stretch.endswith(("研考会", "指挥中心"))
    # (某局积极沟通科创局: a department the body before the verb works with, of the place in focus too)
    after_body = own_body is not None and 0 < opened == floor and text[opened - 1] in _BODY_ENDS
    if (department or command) and (opened == 0 or not is_han(text[opened - 1]) or text[opened - 1] in FUNCTION | _INNER_OK or after_government or after_body):
        # (a town keeps offices, 某镇防控办, but no bureaus)
        place = levels.nearest(k, {"province", "city", "county", "zone", _PARK} | ({"town"} if suffix == "办" else set()))
        if place is None:
            return None
        if (host := _park_host(place)) is not None:
            # 某县工业园、人社局: a county's park keeps no bureaus; those listed after it are the county's
            return Mention(k, e, "Agency", host + stretch, stretch, None, "county", host)
        if _is_park(place) and not text.endswith(ZONE_BODIES, 0, opened):
            # 宁波某某科技园 … 科技局: nor does a city's park; the bureau is the nearest place's, else the city's
            # (one written right after the park's committee is that committee's: 某产业园区管委会投资促进局)
            # (a place opening a firm's name, 山东甲乙线缆有限公司, is the firm's registration, not the park's host)
            near = levels.nearest(k, {"province", "city", "county"})
            if near is None or levels.opens_firm(near):
                return Mention(k, e, "Agency", place.place + "市" + stretch, stretch, None, "city", place.place)
            place = near
        # (an autonomous prefecture or a league keeps its own word, as written: 某某州财政局, not 某某自治州市财政局)
        lead_char = _own_level_word(place) or {"province": "省", "city": "市"}.get(place.level or "", "")
        prefix = _sar_prefix(text, place.name, k) if _special_region(place) else _prefix(place, lead_char, levels.written) if lead_char else place.name
        return Mention(k, e, "Agency", prefix + stretch, stretch, None, place.level, place.name)
    return None


# a command body named by the task it commands (疫情防控指挥部, 复工复产工作领导小组), written without its place
_TASK_BODY = re.compile(r"(?:新冠肺炎|新型冠状病毒肺炎|新冠)?(?:疫情防控|防疫|复工复产|疫情防控和复工复产)(?:工作)?(?:领导小组|指挥部)(?:办公室)?")


# verbs by which a place sends or gathers one of its own offices (某街道指派工业办, 某镇组织防控办)
_SENDS = re.compile("指派|选派|委派|组织|安排|协调|联合")


def _own_office(body: str, suffix: str) -> str | None:
    """The name of an office a place's verb sends (指派 + 工业 of 工业办), or None."""
    verb = _SENDS.match(body)
    if verb is None or suffix not in ("办", "局"):
        return None
    own = body[verb.end() :]
    if not 2 <= len(own) <= 4 or own[0] in _LEVEL_CHAR or any(c in FUNCTION for c in own):
        return None
    return own if (_OFFICE.search(own) if suffix == "办" else _DEPARTMENT.search(own)) else None


def _unlisted_zone_body(text: str, k: int, e: int, stretch: str, i: int) -> Mention | None:
    """The committee of a zone the gazetteer does not list, named as written when its name opens a clause
    (not after 各: 各工业园区管委会 is every park's)."""
    zone = stretch[: i + 1]
    if k and text[k - 1] == "各" or not 3 <= len(zone) <= 10 or k and text[k - 1] not in _CLAUSE_MARKS | FUNCTION | _JOINS or PREDICATE.match(zone) or _CLAUSE_OPEN.match(zone) or LEARNT.match(zone):
        return None  # (当得知开发区管委会…: what a clause learnt opens no zone's name)
    return Mention(k, e, "Agency", stretch, stretch, None, "zone", None)


def _is_department(rest: str, suffix: str, listed: bool = False) -> bool:
    """Whether ``rest`` (ending in ``suffix``) reads as a department or working body's name.

    A body standing alone in a list (、区公园城市局、) may have any short name."""
    body = rest[: -len(suffix)]
    if suffix == COUNCIL:
        return not body
    if listed and suffix in ("局", "厅") and 2 <= len(body) <= 5:
        return True
    if suffix == "办":
        return 1 <= len(body) <= 8 and bool(_OFFICE.search(body) or _DEPARTMENT.search(body))
    if suffix in ("局", "厅"):
        # a department's name may join two fields (人力资源和社会保障厅, 政务服务和大数据管理局)
        return 1 <= len(body) <= 12 and bool(_DEPARTMENT.search(body)) or 1 <= len(body) <= 3
    return len(body) <= 20


def _in_word(text: str, i: int) -> bool:
    """Whether the function character at ``i`` belongs to a word a body's name may hold (the 对 of 应对)."""
    return any(_WORD_WITH_FUNCTION.match(text, j) for j in (i - 1, i) if j >= 0)


def _place_between(starts: list[int], lo: int, hi: int) -> bool:
    return bisect_left(starts, lo) < bisect_left(starts, hi)


def _in_place(places: list[Mention], starts: list[int], i: int) -> bool:
    """Whether character ``i`` belongs to a place name (the 都 of 成都 is no function word there)."""
    j = bisect_right(starts, i) - 1
    return j >= 0 and places[j].start <= i < places[j].end


def _zone_branch(text: str, places: list[Mention], starts: list[int], pos: int) -> Mention | None:
    """The zone written right at ``pos`` that names a bureau's branch (…局某某经济开发区分局), if one does."""
    j = bisect_right(starts, pos) - 1
    zone = places[j] if j >= 0 and places[j].start == pos and places[j].type == "Zone" else None
    return zone if zone is not None and text.startswith("分局", zone.end) else None


def _place_across(places: list[Mention], starts: list[int], ss: int, e: int) -> bool:
    """Whether a place name runs through the end of the suffix (the suffix is part of the place)."""
    i = bisect_right(starts, e) - 1
    while i >= 0 and places[i].start >= ss - 12:
        if places[i].start < e < places[i].end:
            return True
        i -= 1
    return False


def _after_verb(stretch: str, i: int) -> bool:
    """Whether a verb (要求, 协调) ends right before position ``i`` of ``stretch``."""
    return any((v := PREDICATE.match(stretch[j:i])) is not None and v.end() == i - j for j in range(max(0, i - 5), i))


# words opening with a level word that are no level word there (区域, 市民, 县城)
_NOT_LEVEL_WORD = ("区域", "市民", "县城", "市场", "乡村", "市内", "区内", "县内", "镇区")


def _level_once(a: Mention) -> Mention:
    """A body named after its place with the place's level word written again (某乡乡经发办, 某区区财政局): the
    word is said once in its name (某乡经发办), as it is when written once."""
    place = a.place or ""
    lead = place[-1:]
    if lead not in _LEVEL_CHAR or not a.name.startswith(place + lead) or a.name.startswith(_NOT_LEVEL_WORD, len(place)):
        return a
    return replace(a, name=place + a.name[len(place) + 1 :])


def _level_centre(text: str, k: int, ss: int) -> bool:
    """Whether a centre's name opens with a level word right before it (县财政中心, 区就业服务中心): the centre of
    the place that word stands for, as much a placed centre as one written after its place."""
    lead = text[k : k + 1]
    return (lead in _LEVEL_CHAR or lead in _OWN_LEVEL_CHAR) and ss - k <= 7 and not text.startswith(_NOT_LEVEL_WORD, k) and (
        k == 0 or not is_han(text[k - 1]) or text[k - 1] in FUNCTION
    )


def _own_level_word(p: Mention) -> str | None:
    """The level word an autonomous prefecture, a league, a banner or a prefecture writes its bodies with (州, 盟,
    旗, 地区), if ``p`` is one."""
    if p.type != "Region":
        return None
    if p.level == "city" and p.name.endswith(("自治州", "盟")) or p.level == "county" and p.name.endswith("旗"):
        return p.name[-1]
    return _PREFECTURE if p.level == "city" and p.name.endswith(_PREFECTURE) else None


# the rest of a firm's legal name after the place opening it (扬州甲乙汽车有限公司)
_FIRM_TAIL = re.compile(r"[\u4e00-\u9fff()]{2,16}?(?:有限公司|有限责任公司|股份公司|集团)")


class _LevelIndex:
    """Places (sorted by start) grouped by level, so the closest one before a position is found in log time."""

    MUNICIPAL = "municipal"

    def __init__(self, places: list[Mention], text: str = "") -> None:
        self.places = places
        self.text = text
        # a place written with a level word other than its own (宁乡县 for 宁乡市): the form its bodies take
        self.written: dict[tuple[str, str], str] = {}
        forms = written_forms(places)
        for p in places:
            lead = text[p.end : p.end + 1]
            if p.level == "county" and lead in ("县", "区", "市") and not p.surface.endswith(_COUNTY_WORDS) and not p.name.endswith(lead):
                self.written.setdefault((p.name, lead), p.surface + lead)
            elif form := written_county(forms, p, p.surface[-1:]):
                self.written.setdefault((p.name, p.surface[-1]), form)
        # a prefecture the text writes only by its short form (海西州): its bodies by 州 take that form (海西州工信局)
        in_full = {p.name for p in places if p.surface == p.name}
        for p in places:
            if (word := _own_level_word(p)) and p.name not in in_full and p.surface.endswith(word):
                self.written.setdefault((p.name, word), p.surface)
        self.starts = [p.start for p in places]
        self.groups: dict[str, tuple[list[int], list[int]]] = {}
        for i, p in enumerate(places):
            # a zone stands for 区 (区管委会) only when its name ends with it: not 某某产业基地 before 区委
            level = p.level if p.level != "zone" or p.name.endswith("区") else _PARK
            county_city = [_COUNTY_CITY] if p.level == "county" and p.name.endswith("市") else [_CITY_COUNTY] if p.level == "city" and p.name.endswith("县") else []
            own = [word] if (word := _own_level_word(p)) else [_CITY_BY_SHI] if p.level == "city" else []
            for key in [level or ""] + county_city + own + ([self.MUNICIPAL] if p.name in MUNICIPALITIES else []):
                starts, index = self.groups.setdefault(key, ([], []))
                starts.append(p.start)
                index.append(i)

    def nearest(self, pos: int, levels: set[str], municipal: bool = False) -> Mention | None:
        """The closest place before ``pos`` at one of ``levels`` (a municipality counts as a city when asked)."""
        best = in_name = -1  # (in_name: the closest place opening a firm's legal name, 山东甲乙线缆有限公司)
        for key in levels | ({self.MUNICIPAL} if municipal else set()):
            starts, index = self.groups.get(key, ([], []))
            j = bisect_right(starts, pos) - 1
            while j >= 0 and self.places[index[j]].end > pos:
                j -= 1
            while j >= 0 and self.opens_firm(self.places[index[j]]):
                in_name = max(in_name, index[j])
                j -= 1
            if j >= 0:
                best = max(best, index[j])
        if best >= 0:
            return self.places[best]
        if (above := self._city_above(pos, levels)) is not None:
            return above
        # a document may name its own place just after its first reference to 省委, 市政府
        first = bisect_right(self.starts, pos)
        in_firm = None  # 扬州甲乙汽车有限公司: a place opening a firm's name, taken only when no other place follows
        for p in self.places[first : first + _LOOKAHEAD]:  # a slice: islice would walk from the start
            county_city = _COUNTY_CITY in levels and p.level == "county" and p.name.endswith("市")
            by_shi = _CITY_BY_SHI in levels and p.level == "city" and not _own_level_word(p)
            if p.level in levels and p.level != "zone" or county_city or by_shi or municipal and p.name in MUNICIPALITIES or _own_level_word(p) in levels:
                if not self.opens_firm(p):
                    return p
                in_firm = in_firm or p
        return (self.places[in_name] if in_name >= 0 else in_firm) or self._ancestor(pos, levels | ({"city"} if _CITY_BY_SHI in levels else set()))

    def _city_above(self, pos: int, levels: set[str]) -> Mention | None:
        """The province of the last city written before ``pos`` (省委 after 某市人民政府 in a city's notice): it
        makes the province plain before any place written later, which may be one the text helps (支持某省…)."""
        if "province" not in levels:
            return None
        starts, index = self.groups.get("city", ([], []))
        j = bisect_right(starts, pos) - 1
        while j >= 0 and (self.places[index[j]].end > pos or self.opens_firm(self.places[index[j]])):
            j -= 1
        if j < 0:
            return None
        city = self.places[index[j]]
        gaz = default_gazetteer()
        found = gaz.get(city.code) if city.code else None
        anc = next((a for a in gaz.ancestors(found) if a.level == "province"), None) if found else None
        return _written_as(city, anc) if anc else None

    def opens_firm(self, place: Mention) -> bool:
        """Whether ``place`` opens a firm's legal name (山东甲乙线缆有限公司): the firm's registration, which a body
        written after it takes as its place only when no other place of its level is written."""
        return _FIRM_TAIL.match(self.text, place.end) is not None

    def next_zone(self, pos: int, word: str) -> Mention | None:
        """The first zone named after ``pos`` with the zone word a body opened with (高新区党工委 … 某某高新区):
        a report may name its zone in full only after its first reference."""
        first = bisect_right(self.starts, pos)
        return next((p for p in self.places[first : first + _LOOKAHEAD] if p.type == "Zone" and p.name.endswith(word)), None)

    def _ancestor(self, pos: int, levels: set[str]) -> Mention | None:
        """No place of the level is named: the one that contains the nearest place, when that place is a city
        (省委 in a city's notice) or a place's name holds the container's (a zone named after its province); a
        county does not make plain a province or city the text writes nowhere but in an outlet's name (省委 in
        a county's report stays 省委); a zone named after its county or city (某某经济开发区 of 某某县) makes plain that
        place for its bodies (县工信局, 市工信局)."""
        if not levels & {"province", "city", "county"}:
            return None
        i = bisect_right(self.starts, pos)
        gaz = default_gazetteer()
        near = list(self.places[max(0, i - 3) : i])[::-1] + list(self.places[i : i + 3])
        for level in ("county", "city"):
            if level not in levels:
                continue
            host = next((h for p in near if p.type == "Zone" and (h := _host_place(gaz, p, level)) is not None), None)
            if host is not None:
                return _written_as(host[0], host[1])
            if level == "county":
                return None  # nothing but a zone named after it makes a county plain
        for p in near:
            found = gaz.get(p.code) if p.code else next(iter(gaz.lookup(p.name)), None)
            if found is None:
                continue
            for anc in gaz.ancestors(found):
                if anc.level in levels and (found.level == "city" or any(anc.name in q.surface for q in self.places)):
                    return _written_as(p, anc)
        return None


def _written_as(at: Mention, place: Place) -> Mention:
    """``place`` read where ``at`` is written: a place the text makes plain without naming it (省委 after a city)."""
    return Mention(at.start, at.end, "Region", place.name, place.name, place.code, place.level)


def elsewhere_spans(text: str, s: int = 0, e: int | None = None) -> list[tuple[int, int]]:
    """The spans of ``text[s:e]`` listing places people come back from or whose practice is followed (从甲市、乙市等地
    返回, 参照甲市、乙市做法): places elsewhere, neither actors nor homes of bare bodies."""
    return [m.span(m.lastindex or 0) for m in _ELSEWHERE_AREAS.finditer(text, s, len(text) if e is None else e)]


def _aided_places(text: str, places: list[Mention]) -> list[Mention]:
    """Places written as where aid goes (驰援武汉, 支持某省某市等疫情严重地区), where people come back from or whose
    practice is followed (从甲市、乙市等地返回, 参照甲市做法), a place right after one such (某省某市) too: a notice's bare
    bodies (市财政局) are never theirs."""
    spans = [m.span(1) for m in _AIDED_AREAS.finditer(text)]
    spans += elsewhere_spans(text)
    out: list[Mention] = []
    for p in places:
        if _AIDED.search(text, max(0, p.start - 2), p.start) or any(s <= p.start and p.end <= e for s, e in spans) or out and out[-1].end == p.start:
            out.append(p)
    return out


# verbs of a trip to a place (赴某省考察): a destination, not the home of the bodies written after it
_TRIP = re.compile("(赴|前往|远赴|奔赴)$")


def _visited_provinces(text: str, places: list[Mention]) -> list[Mention]:
    """Provinces written only as where a trip goes (某县县长赴某省考察) in a text about a place outside them: a
    bare 省农业农村厅 after it is the home province's (or stays bare), never the one visited."""
    gaz = default_gazetteer()
    found = [(p, gaz.get(p.code)) for p in places if p.type == "Region" and p.code]
    trips = {p.name for p, _ in found if p.level == "province" and _TRIP.search(text, max(0, p.start - 2), p.start)}
    out: list[Mention] = []
    for name in trips:
        written = [(p, f) for p, f in found if p.name == name]
        if any(not _TRIP.search(text, max(0, p.start - 2), p.start) for p, _ in written):
            continue  # also written as a place of its own
        province = written[0][1]
        if province is not None and any(f is not None and f.level in ("city", "county") and not gaz.within(f, province) for _, f in found):
            out += [p for p, _ in written]
    return out


def _host_place(gaz: Gazetteer, zone: Mention, level: str) -> tuple[Mention, Place] | None:
    """The county or city a zone's name opens with (仙游 of 仙游经济开发区 → 仙游县, 广安 of 广安经开区 → 广安市: a
    listed zone may be filed under its province only), when one place of that level has that name; after a
    province opening the name (广西某某经济开发区), the one of that name in the province."""
    province = next((f for k in (3, 2) for f in gaz.lookup(zone.name[:k]) if f.level == "province"), None)
    skip = len(province.name) if province is not None and zone.name.startswith(province.name) else 0
    province = province if skip else None
    for k in (3, 2):
        stem = zone.name[skip : skip + k]
        # (in its province, a county whose bare name is a common word: 广西资源经济开发区 → 资源县)
        found = gaz.lookup(stem) or (gaz.lookup(stem + "县") if skip and level == "county" else [])
        hosts = [f for f in found if f.level == level and (province is None or gaz.within(f, province))]
        if len(hosts) == 1 and len(zone.name) > skip + k + 2:
            return zone, hosts[0]
    return None
