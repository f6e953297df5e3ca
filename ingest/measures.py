"""Measures: sentences and table rows in which a government actor supports enterprises.

A sentence is a measure when its categories (:mod:`ingest.classify`) are not
empty and a government actor can be found: the subject of the sentence (the
first place or agency that is not the object of a preposition; a run of
coordinated places gives several measures), a word standing for one (我们,
全区, 园区, 该局, a team such as 督导组 for the body it belongs to), a body
whose help frames the clause (在某局的协调下), the place in focus (the last
subject, carried within a paragraph), else the place the headings or the
document put in scope
(:mod:`ingest.scope`).  Reporting frames (datelines, 记者从某局获悉) name no
actor; a quotation belongs to the body whose spokesperson follows it.  A
sentence whose subject is an enterprise describes what firms do, not a
measure, unless a government body acts on the firm in it (入选…名单,
获得…授信); state-owned platform companies act for their place.
Beneficiaries are the firms helped, named or by anaphora (该企业, 为公司,
我们 of a firm's spokesperson), never providers, partners, banks or kinds of
firms (:mod:`ingest.roles`).  A sentence opening with a firm is a measure when
a body acts on the firm in it, or when a later clause's actor does something
for it (甲公司急需原料，区经信局第一时间协调…).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field, replace
from functools import lru_cache

from . import categories as cats
from . import roles
from .amounts import Amount, find_amounts
from .classify import EFFORT_OPENER, FIRM_MASK, MIN_AMOUNT, PERSONAL_BENEFIT, classify_measure
from .agencies import MUNICIPALITIES, WEBSITE_AFTER, elsewhere_spans, is_unplaced
from .enterprises import FIRM_HEADER
from .gate import first_checked, gated
from .mentions import HAN, Mention, SpanIndex
from .places import ZONE_SUFFIX, default_gazetteer
from .scope import MentionIndex, Scope, actors, chain_head, document_place, heading_actors
from .structure import Unit, heading_level

#: how far into its clause a subject may stand (after 如, 其中, a date...)
SUBJECT_REACH = 8
#: how many place mentions back a row with a blank first cell looks for the place of the row above
CARRY_REACH = 200
# a line wholly inside 【】 or 「」: a column's name or a headline
_COLUMN_LINE = re.compile(r"【[^【】]*】|「[^「」]*」")
# 责任单位：某局、某公司 (or a line of its own closing an item: （某局牵头，某局配合）) under a notice's item: the units that
# carry it out state no measure (a firm's name there, 某融资担保公司, is no guarantee given) and, written as a short line,
# open no section whose actor they would be
_UNITS_LINE = re.compile(r"\s*(?:(?:责任|牵头|配合|实施|承办)(?:单位|部门)[:：]|[(（][^()（）]{0,80}?(?:牵头|负责)[^()（）]{0,80}[)）]\s*$)")
# paragraph openings that continue the place in focus (also a cited document telling its content, 《措施》明确，…:
# the issuer named before is still the one acting)
_CONTINUE = first_checked(
    r"^(——)?([一二三四五六七八九十]是|其[一二三四五]|其中|此外|另外|同时|对于|在.{1,12}方面|该[区市省县镇]|当地|全[市省区县]|园区|新区"
    r"|[该此]?《[^《》]{1,40}》(?:还|同时|也|中|里)?(?:提出|明确|指出|规定|要求|强调|提到))"
)
# characters before a place that make it an object, not the subject
_OBJECT_BEFORE = set("向对为给与同和帮助协助到赴往去在从自至及于")  # 去: 去某园对接, a destination; 于: 位于某区, 坐落于某地 say where, not who
# words after which a place or body is an object or a source, not the actor (根据市政府安排, 依托全国平台, 按人民银行利率; 参照某市做法:
# the model followed), the body
# a list is sent up to (汇总上报国家某委名单), or the place a body supports (安排资金…支持某市), and the body whose
# supplies or letter are received or passed on (接收并分发市指挥部下拨的口罩, 收到某局的通知)
_OBJECT_WORD = re.compile(r"(随着|随著|根据|按照|依据|依照|遵照|贯彻|落实|传达|依托|通过|利用|借助|围绕|对照|参照|借鉴|参考|仿照|效仿|比照|报请|上报|报送|呈报|经|协调|会同|督促|指导|邀请|要求|配合|支持|联系|联络|对接|按|接收|分发|转发|收到|接到)$")
# bare level words listed before the place after such a word (按照省、市、某区指挥部的要求): objects too
_LEVEL_LIST = re.compile(r"(?:[省市区县镇乡][、和及])+$")
_COORDINATORS = ("、", "和", "与", "及", "以及")
# a verb of the actor before a firm opening the clause (鼓励某银行…, 协调某供电公司…, 推荐某公司…), or 将/把 putting
# the object first (已将某集团等企业上报至…名单): the firm is its object
# and a visit's verb before the firm visited (一行来到某公司)
# 在台胞经营的某某咖啡店，…: the firm's premises where the sentence happens, not its subject
_AT_PREMISES = re.compile(r"在[^,;。在]{0,10}$")
# ...unless 在 only says where a firm of that kind is based (在沪央企总部甲集团…): the firm is the subject
_HOME_KIND = re.compile(r"(央企|中央企业|国企)(总部)?$")
_DIRECTED = re.compile(r"(协调|组织|动员|鼓励|引导|支持|推动|督促|要求|指导|邀请|会同|联合|依托|通过|帮助|协助|推荐|来到|莅临|走进|深入到|深入|前往|走访|慰问|调研|考察|将|把)了?$")
_GENERIC_SUBJECT = re.compile(
    r"^[“\"]?(企业(?!服务)|(?:园区|辖区|区内)内?(?:企业(?!服务)|台企|外企|民企)|台企|外企|民企|台资企业|外资企业|各地|多地|部分|不少|国家高新区|高新区|各级|业内|专家|记者|我们|平台企业|龙头企业|行业|社会|员工|用户|消费者|市民|群众|医院|高校|他|她|该企业|该公司|公司)"
)
# the firms a generic subject names (企业…, 区内企业…, 该公司…), not people
_FIRMS_OPEN = re.compile(r"^[“\"]?(?:(?:园区|辖区|区内)内?)?(?:企业|公司|台企|外企|民企|台资企业|外资企业|平台企业|龙头企业|该企业|该公司)")
# teams of officials (专班人员, 督导组, 驻企指导员): a clause they open is the act of the body they belong to
_TEAM_WORDS = r"工作专班|专班|督导组|工作组|工作队|小分队|分队|服务队|先锋队|调研组|帮扶组|专项组|指导组|服务组|联络员|指导员|服务专员|驻企(?:指导员|联络员|干部|人员)|包联干部|工作人员"
_TEAM_SUBJECT = f"({_TEAM_WORDS})(?:人员|成员|们)?(?![^,;。]{{0,3}}?(?:说|表示|介绍|告诉))"
_TEAM = re.compile(f"[“\"]?{_TEAM_SUBJECT}")
# subjects that stand for the place in scope (the section's, else the document's): 我们, 全区, 该区; the
# zone words (园区, 新区) only when that place is a zone, and not before its firms (园区台企: the firms act); a team of
# officials (group 5)
_SCOPE_SUBJECT = re.compile(
    r"[“\"]?(?:(我们|我区|我市|我县|我镇|我省|本区|本市|本县|本镇|全区|全市|全县|全镇|全省|该区|该市|该县|该镇|区里|市里|县里|镇里|区政府|市政府|县政府|镇政府|政府|当地(?!企业|公司))|"
    r"(该新区|新片区|园区|新区|开发区|经开区|高新区|示范区|片区|基地|管委会)(?!内?(?:企业(?!服务)|台企|外企|民企|台资企业|外资企业))|[该我本](局|委|厅|办|部门|中心)|"
    r"((?:该|本|我|全)?(?:街道|乡)(?:办事处|办|政府|党工委|党委)?(?![^,;。]{0,2}(?:两旁|两侧|上|边)))|"
    f"{_TEAM_SUBJECT})"
)
# a government spokesperson and a speech verb after a body's or place's name
# (某特区行政长官某某18日会见传媒时宣布: Hong Kong's and Macao's heads and secretaries announce too)
_SPOKESPERSON = re.compile(
    r"[^,;。“”]{0,8}?(负责人|主任|局长|书记|区长|市长|县长|镇长|厅长|处长|科长|工作人员|行政长官|司长|部长|省长)[^,;。“”]{0,24}?(介绍|说|表示|指出|坦言|宣布|提到|透露)"
)
# what a state-owned platform company does, and the public owner its name gives
_PLATFORM = re.compile(r"(国投|国资|国有|平台|高新投|金控|投控|城投|城建|城发|交投|建投|产投|文投|旅投|财金|投资发展|发展集团|投资集团|投资控股|建设投资|投资建设|投资开发|开发建设|产业投资|置业|担保|租赁|小额贷款|小贷|转贷)")
_PLATFORM_OWNER = re.compile(r"^(?!.*(银行|证券|保险)).*(高新|经开|开发区|园区|新区|示范区|[省市区县]|国有|国资)")
# a platform named by its kind alone (担保集团, 融资担保公司, 城投公司): the place's own, written without it
_BARE_PLATFORM = re.compile(r"^(?:融资)?再?(?:担保|城投|交投|建投|国投|金控|投控)(?:集团|公司)(?:有限公司)?$")
# a note naming who carries an item out
_NOTE = gated(r"[(（][^()（）]{0,80}?(牵头|责任单位|配合|负责单位)[^()（）]{0,80}[)）]?")
_OFFICIAL = re.compile(r"负责人|主任|局长|书记|区长|市长|县长|镇长|厅长|处长|科长|工作人员|行政长官|司长|部长|省长")
# 他说, 她介绍, 她再次呼吁: an official introduced before speaks
_HE_SAYS = re.compile(r"[他她][^,;。“”]{0,4}?(说|表示|介绍|指出|强调|提到|宣布|呼吁|透露)")
# the lead unit of a notice's item: 牵头单位：某局 or 某局牵头 (every match holds 牵头, which _lead_unit looks for first)
_LEAD = re.compile(r"(牵头单位[:：]?)|牵头")
# the spokesperson of the firm just reported, named by a bare noun (企业相关负责人介绍, 该公司总经理说)
_BARE_VOICE = re.compile(r"[“\"]?(该|这家)?(企业|公司|工厂|厂)(相关)?(负责人|总经理|董事长|经理|厂长)")
# a firm's spokesperson speaking (某公司总经理说, 企业负责人表示)
_FIRM_SPEAKER = re.compile(r"[^,;。“”]{0,20}?(公司|企业|集团|厂)[^,;。“”]{0,10}?(负责人|总经理|董事长|经理|总监|厂长|员工|职工)[^,;。“”]{0,6}?(说|表示|介绍|坦言)")
# a reporting frame at the start of a sentence
_FRAME = re.compile(
    r"[^,;。]{0,20}?\d{1,2}月\d{1,2}日(电|讯|消息)[)）]?[,:]?"
    r"|[^,;。\s]{1,16}?[社网][^,;。\s]{2,8}?电(?=[\s(（])"
    r"|(据)?[^,;。“”]{0,16}?记者[^,;。]{0,24}?(获悉|了解到|得知|获知|注意到|看到)[,:]?"
    r"|据[^,;。]{0,20}?(介绍|了解|悉|报道|消息)[,:]"
    r"|[^,;。]{0,12}?(网|日报|晚报)(消息|讯)([(][^()]{0,20}[)])?[,:]?\s*"
    r"|[^,;。“”\s]{2,20}?讯(?=[\s(])([(][^()]{0,30}[)])?[,:]?\s*"  # 某某网某地讯 记者…, 某地讯(记者 某某)
    r"|[^,;。“”\s]{1,12}?报道[(][^()]{0,30}(通讯员|记者)[^()]{0,30}[)][,:]?\s*"  # 某某报道(通讯员 某某 记者 某某)
    r"|[^,;。“”\s]{2,12}?(?:网|在线|日报|晚报|新闻|客户端)\s+(?=[“\"])"  # 某某网 “…”: the outlet's byline before a quotation
)
_CLAUSE_CUT = re.compile(r"[,;、]")
_CLAUSE_BREAK = re.compile(r"[,;:]")
# a clause stating an aim (为继续抓好某省某市防控工作，…): the places it names are what the help is for, not who gives it
_AIM_OPEN = re.compile(r"为(?!此)")
# 位于某某街道辖区的某开发区…: a clause opening with where its subject lies, the subject written after it
# an opening clause of aim (为确保市场供应，…) and the firm reported before as the subject after it (该企业组织员工…):
# what the firm does
_AIM_CLAUSE = re.compile(r"为(?!此)[^,;。]{2,24}?,")
_THAT_FIRM_SUBJECT = re.compile(r"(?:该|这家|此家)(?:企业|公司|厂)(?!的)")
_SITED_OPEN = re.compile(r"(?:位于|地处|坐落于)[^,;，；。的]{1,16}的")
_CLAUSE_END = re.compile(r"[,;]")
# a body brought in by the actor (协调区经信局, 会同市商务局) that then gives the help (为公司…, 向企业…)
_ENLIST_BEFORE = re.compile(r"(协调|会同|联合|组织|督促)$")
_ENLIST_AFTER = re.compile(r"(为|向|给|帮助|协助)")
# the kind a zone's name ends with (places.ZONE_SUFFIX, and the looser 经济开发区, 基地): no distinctive name alone
_ZONE_KIND = re.compile(f"(经济开发区|基地|{ZONE_SUFFIX})$")
# what a body does for a firm in a later clause (…，区经信局第一时间协调…, …，园区为其开辟…)
_ACTS_ON = re.compile(r"帮|协助|协调|联系|满足|解决|支持|保障|提供|给予|减免|开辟|办理|组织|安排|派出|派驻|送|对接|为(其|企业|该企业|该公司|公司)")
_COMMA = re.compile(r"[,:]")
# getting in touch with a body named before (与某局取得联系, 同某市对接)
_CONTACT = re.compile(r"[^,;。]{0,12}?(?:取得联系|取得联络|联系|联络|对接|沟通|协商|衔接)")
# a government department named by its field alone (工信部门, 有关部门): no body of its own, the place's
_SECTOR_BODY = re.compile(r"(?:有关|相关|职能|主管|工信|经信|商务|发改|人社|税务|金融监管|交通|卫健|市场监管|应急管理|政府)部门")
# the national government as a clause's subject, written without a body's name
_CENTRAL = re.compile(r"中央(?=财政|预算|政府|层面|出台|设立|安排)|国家(?=对|将|出台|设立|安排|实行|实施|决定|下达|拨付|阶段性)")
# 2.中央财政安排…, （三）国家对…: an item's number before the clause's subject
_ITEM_LABEL = re.compile(r"\s*(?:[（(]?[\d一二三四五六七八九十]{1,3}[)）.．、]\s*)?")
# a reporter's credit in brackets and a time word opening the story ((通讯员 某某 记者 某某)近日,): no subject
_CREDIT_LINE = re.compile(r"\s*(?:[(（](?:通讯员|记者|实习生|见习记者)[^()（）]{0,30}[)）])?\s*(?:近日|日前|近期|目前)?[,，]?")
# words that open a clause before its subject (据介绍, 同时)
# a foundation, association or institution opening a clause as its subject (甲乙基金会为…, 某某商会向…)
_ORGANISATION_OPENING = re.compile(f"[{HAN}]{{2,12}}?(?:基金会|协会|商会|联合会|促进会|研究会|学会|联盟|研究院|研究所|大学|学院)(?=[为向对将已在与和,、]|提供|设立|发放|推出|开展|出资|捐)")
_OPENER = re.compile(r"(据介绍|据了解|据悉|同时|此外|另外|目前|近期|近日|日前|随后|为此|对此|其中|特别是|与此同时)?[,:]?")
# a clause addressed to the bodies that carry a notice out (各区县政府要…): the issuer's measure
_ADDRESSED = re.compile(r"^各[^;。]{0,60}?(要|应|须|必须|负责|[:：])")
# 得到 only of help (得到…资金支持), not of a state reached (供应紧张得到缓解)
# 承担“某省…专项”: a programme the firm undertakes is given by the body or place named after the verb
_PASSIVE = first_checked(
    r"(入选|纳入|列入|获得|获批|进入|被评为|享受|得到(?=[^,;。]{0,20}?(支持|帮助|补贴|补助|资助|贷款|授信|奖励|扶持|资金|减免|指导))"
    r"|(牵头)?(承担|开展|实施)(?=[^,;。]{0,30}?(专项|课题|攻关项目|研发项目|科技项目|重点项目)))"
)
# 在某局的帮助下: the body whose help a firm received, named before the firm
_HELPED_BY = re.compile(r"在([^,;。]{2,30}?)的?(?:大力)?(?:帮助|支持|协调|指导|推动|帮扶|服务)下")
# words thanking a body for help (多亏了某街道的工作人员, 离不开某管委会的帮助): the body helped the speaker's firm
_THANKS = re.compile(r"(?:多亏了?|离不开|得益于|感谢|感激|幸亏)")
# ...a frame naming the government by its bare word (在地方政府的帮助下): the government of the place in scope
_LOCAL_GOVERNMENT = re.compile(r"(?:当地|属地|地方)?(?:党委)?政府(?:部门)?的?(?:大力)?(?:支持和|帮助和|关心和)?")
_BACKGROUND = re.compile(r"(已先期|基础上|此前)")
# a firm's or a place's business figures (价值25亿元订单, 产值3亿元, 总产值完成131亿元, 融资需求2亿元), the investment projects have made or plan (完成投资3亿元, 完成技改投资3亿元, 计划投资8000万元)
# and a balance outstanding (贷款余额2216亿元), not money the measure gives
_BUSINESS_BEFORE = re.compile(r"(价值|产值|完成[\u4e00-\u9fff]{0,3}?投资|(?:计划|拟)总?投资|营收|营业收入|业务收入|销售额|销售收入|出口额|进出口额|交易额|成交额|利润|订单|合同额|需求|余额|增加值)(?:完成|实现)?(?:超过|[达约近超逾了为≤≥<>]){0,2}$")
# 为企业发放口罩等防疫物资价值101万元: the worth of supplies handed out is the sum of the measure
_GIVEN_WORTH = re.compile(r"(发放|配送|调拨|送去|提供|捐赠)[^,;。，；]{0,30}?(物资|口罩|设备)[^,;。，；]{0,4}?价值[约近达逾]?$")
_BUSINESS_AFTER = re.compile(r"的?(订单|产值|营收|销售额|合同|项目订单)")
# 每年租金2万余元, 每月约亏损200万元: what a firm pays or loses, unless the clause gives relief on it
# (减免房屋租金350万元, 降低融资成本1亿元)
_COST_BEFORE = re.compile(r"(租金|房租|租费|工资|薪资|薪酬|亏损|损失|营业额|收入|成本|开支|支出)[达约近超逾了为是共计]{0,2}$")
# 授信2.5亿元，贷款到位1.3亿元; 成立300亿元基金，动用金额接近50亿元: how much of the sum stated first has been
# used or paid, no further sum
_PROGRESS = re.compile(r"到位|动用|已使用|已投放|已拨付|已到账")
_RELIEF_VERB = re.compile(r"减免|免收|免除|免征|减收|减征|减少|减轻|降低|节省|节约|退还|返还|补贴|补助|资助|奖励|缓缴|缓交|发放|给予|兑现|拨付|支付|承担|代缴")
# 获贴息的贷款金额约30亿元: the loans a subsidy is paid on, not the subsidy (所涉贴息约为2亿元)
_SUBSIDISED_LOANS = re.compile(r"(?:获|受)(?:补贴|贴息|补助)的[\u4e00-\u9fff]{0,4}?贷款(?:金额|额|总额)?[达约近超逾为]{0,2}$")
# 带动消费1.2亿元, 撬动社会资本投入10亿元: what a measure is said to bring about, not its money
# (为企业节约周转成本10余万元: the saving a measure brings; 较上年增加334万元: a change against another year)
_EFFECT_BEFORE = re.compile(
    r"(带动|拉动|撬动|节约|节省)[\u4e00-\u9fff\d]{0,10}?[达约近超逾了为]{0,2}$|(较|比)[^,;。，；]{0,12}?(增加|增长|减少|下降|提高|多)了?$"
)
# 带动全县企业新增技改投资3亿元: a clause telling what a measure brought about, however long its object
_BROUGHT = re.compile(r"带动|拉动|撬动")
_ALLOCATED = re.compile(r"安排|设立|下达|拨|奖补")
# 截至6月底，全区银行业金融机构累计发放贷款850亿元: a clause whose subject is the banks, a time before it at most
# (某地6家银行支持28家商户拿到贷款9亿元: a place and a count of banks before them; not the lender of a loan
# received: 获得某银行3700万元授信, nor the central bank, a body of the state)
_BANK_HEADLINE = re.compile(
    r"\s*(?:[^,;]{0,14}?(?:以来|底|末|目前|全年|年内)[,，]?)?\s*(?:(?![获得向从与由经对为])[^,;]){0,6}?(?:[\d一二三四五六七八九十]+家|各家?)?"
    r"(?:银行业(?:金融)?机构|金融机构|各银行|(?<!人民)银行)"
)
# 引导, 推动, 协调: a body steering the banks makes their lending its measure's money, and so does a body joining
# them (联合各银行统筹资金, 会同金融机构…)
_STEERED = re.compile(r"引导|推动|协调|组织|督促|鼓励|帮助|对接|推荐|争取|联合|会同|携手")
# 已有20家企业获得…5亿元的授信贷款, 12家企业获得授信3亿多元: firms counted getting credit in a clause of their
# own tell the banks' lending, no money of the measure (帮助12家企业获得贷款 is the body's help: _STEERED; so is a
# figure the sentence's opening bid obtained: 经过积极争取，16户企业获批…)
_FIRMS_GOT_CREDIT = re.compile(r"\d+(?:余|多)?(?:家|户)[^,;，；]{0,10}?(?:获得|获|拿到)(?P<between>[^,;，；]{0,16})$")
_CREDIT_WORD = re.compile(r"贷款|授信|融资|信贷")
# 共发放贷款20353万元，…实现发放贷款突破2亿元: a milestone passed restates the sum before, no sum of its own
_MILESTONE = re.compile(r"突破[^,;。]{0,4}$")
# the join between two items of a list of sums (5亿元、10亿元和20亿元)
_SUM_LIST = re.compile(r"\s*[、和及]\s*")
# 向第三批雇主发放补贴，涉及补贴额逾60亿港元; 截至5月底，已发放的资助总额约3亿港元: what a scheme has paid out to one
# batch or so far, by its label, a statistic of the scheme and no money of a measure (the total of a scheme done,
# 计划已完成处理，涉及补贴总额约400亿元, is its sum)
# (开放申请迄今，已核准236家，补贴金额已超过1.5亿元: the approvals so far)
_PAID_LABEL = re.compile(r"(?:(?:涉及|获发放|已发放)[^,;。，；]{0,6}?)?总?(?:补贴|资助|补助金?)总?金?额已?[约逾达超过近为]{0,3}$")
# 第四批资助获得批准，涉及2万名雇主，共52亿港元: what one batch of a scheme comes to, by a bare tally
_BATCH = re.compile(r"第[\d一二三四五六七八九十]{1,3}批")
_BATCH_OR_SO_FAR = re.compile(_BATCH.pattern + r"|^\s*截[至止]|迄今|至今")
_BATCH_TALLY = re.compile(r"(?:共|合共|共计|合计)[约逾达超过近]{0,2}$")
# 力保本年度发放2亿元贴息贷款的既定目标: a target restated, no money given
_TARGET_AFTER = re.compile(r"[^,;。，；]{0,12}?的(?:既定|年度|全年)?目标")
# 甲市、乙市分别安排3亿元、2亿元: sums given to coordinated actors one each, in order
_RESPECTIVELY = re.compile("分别")
# 共, 合计: a sum told of coordinated actors together (甲、乙两地共发放6亿元), not each one's
_JOINT = re.compile(r"(?<![一总])共(?!同|享|建|克|渡|计划)|合计|共计|总计|累计|合共")
# 其中制造业贷款12亿元: a clause telling a part of the sum before it
_PART = re.compile(r"\s*其中")
# 其中一次性补贴部分,共计3亿元: a 其中 clause naming the part, its sum in the clause after it (no ; between)
_PART_NAMED = re.compile(r"(?:^|[,，])\s*其中[^;；。]*[,，]\s*$")
# 设立5000万元基金，已帮助企业获得贷款12亿元: a later clause telling what the help achieved is no sum of its own
_OUTCOME = re.compile(r"(?:已|累计|共|先后)(?:帮助|为|助力|协助)[^,;。]{0,20}?(?:获得|争取|拿到|融资|解决)")
# 给予…100万元奖励: an award to each beneficiary, not a total
_PER_AWARD_AFTER = re.compile(r"(一次性)?(奖励|补贴|补助|资助)")
# 对…的企业，给予一次性奖励5万元: the award named before its sum, to firms of a kind, just as much each one's
# (对某某有限公司给予补助200万元 is what the one firm gets)
_PER_AWARD_BEFORE = re.compile(r"(一次性)?(奖励|补贴|补助|资助|奖补)(资金)?\s*$")
_FIRMS_OF_A_KIND = re.compile(r"对[^;。]{0,60}?(企业|单位|项目|商户|个体工商户|市场主体)")
# a place followed by these words and a firm is the firm's home (吴江本土企业某集团)
_LOCAL_FIRM = re.compile(r"(本土|辖区内?|区内|当地)(企业|公司)")
# 生产口罩、防护服等企业, 保障能源供应、交通物流等企业: a kind of firm named by what it does, not firms
# (a 的 closes the description and the names of the firms follow: 涉及民生必需的甲、乙等企业)
_TARGET_KINDS = re.compile(r"(生产|生产经营|制造|经营|保障|涉及|从事)[^,;。为向给帮协组的]{1,40}?等[^,;。]{0,6}?(企业|厂家|单位)")
# 在浙江湖州, …: a place set off by a comma is the scene, not the subject
_TOPIC_END = re.compile(r"[^,;。]{0,2},")
# 对生产口罩的甲、乙等企业: the firms a clause opening with 对 is for
_TARGETED = re.compile(r"(?<![针相面应])对[^,;。]{0,40}?的[^,;。]{2,60}?等?(?:企业|公司|厂家|单位)")
# a subject followed by 的 only modifies a noun (甲高新区的企业)
_POSSESSIVE = re.compile(r"(等[^,;。]{0,8})?的")
# ...unless the noun is the place's own officials or team (某园区的“包联干部”某某, 某镇的工作人员): they act for it
_OWN_OFFICIALS = re.compile(f"的[“\"]?(?:[^,;。“”\"企公]{{0,4}}?(?:干部|党员)|{_TEAM_WORDS})")
# firms of a size class after a place (某市中小微企业生产经营遭受…): the place tells where the firms are, it does not act
_SIZED_FIRMS = re.compile(r"(?:中小微|中小|小微|规上|规模以上)(?:工业)?(?:企业|商户)")
# people after the place they come from (贵州务工人员, 四川籍员工): the place is their home, it does not act
_HOME_PEOPLE = re.compile(r"籍|(?:外来)?(?:务工人员|务工者|农民工|劳动力|员工|工人)")
# a rank within a place (是某市首家…的金融机构, 某省唯一一家): the place measures the rank, it does not act
_RANKED = re.compile(r"(?:首家|第一家|唯一一家|唯一)")
_BANK = roles.BANK
# a bank named again as the subject (该行, 该分行): the bank goes on acting
# a time a story's sentence opens with (截至3月11日, 2020年以来, 今年以来): no subject
_TIME_OPEN = r"(?:截至|截止)[^,;。]{1,12}?|\d{4}年(?:以来|来)?|今年以来|今年来"
_THAT_BANK = re.compile(f"(?:[一二三四五六七八九十]是|同时|此外|另外|目前|{_TIME_OPEN})?[,，]?该(?:银?行|分行|支行|社(?!区|会))")
# (or the occasion, 在与疫情赛跑的过程中，某银行…)
_TIME_OPENER = re.compile(f"(?:{_TIME_OPEN}|在[^,;。]{{2,16}}?(?:过程中|期间|之际|关键时期|关键时刻))[,，]")
# the firm being reported on, named again by a pronoun or a bare noun after a word of help (帮助我们, 为该公司, 为其办理;
# not 为其配套企业, where 其 owns a noun)
_ANAPHOR = re.compile(r"(为了?(?:让|使)|为|帮助|协助|帮|给|向|助力|支持|服务|指导|走访|了解|解决了?|将(?=(?:其|该企业|该公司)(?:列入|纳入)))(该企业|该公司|我们|我司|他们|公司|企业|工厂|其(?!配套|上下游|员工|职工|工人|产品|企业|公司|项目|客户|供应))(?![们等家他余中次])")
# 出台了“暖企8条”：, 推出以下措施： a sentence introducing the items of a package listed in the next paragraph
_PACKAGE_LEAD = re.compile(r"(出台|推出|印发|制定|发布|提出)[^,;。]{0,30}[:：]\s*$")
# 对此，…, 针对这些问题，…: a sentence answering the trouble told just before (by firms at large)
_ANSWER = re.compile(r"(对此|为此|针对(这一|这些|上述|此类?)(情况|问题|难题|困难|痛点|需求))[,，]")
# a clause opening with what a body learned of (了解到这些情况后, 得知企业的困难后): its help answers the firms just reported
_RESPONSE = re.compile(r"在?(了解到?|得知|获悉|听说|接到|收到)[^,;。]{0,12}?(情况|问题|困难|难题|诉求|需求|求助|消息)[^,;。]{0,2}?(后|之后|以后)")
# 通过某部纾困方案协助，…业绩回温: an opening frame of the help a sentence's story got (Taiwan writes 透过), told right after
# a firm's trouble, is help to that firm
_HELP_FRAME = re.compile(r"(?:通过|透过|经过|借助)[^,;。]{2,30}?的?(?:协助|帮助|帮扶)下?[,，]")
# what the firm just reported lacks, told by a bare 企业 (…，企业一时难以采购原料，某局…): the help answers it
_FIRM_NEEDS = re.compile(r"(?<![\u4e00-\u9fff])(?:企业|公司)(?!普遍|大多|多数|均|都|纷纷)[^,;。]{0,12}?(?:难以|急需|缺少|短缺|紧缺|受阻)")
#: the words that tell a firm is short of something or held up
_SHORTAGE = "(?:告急|紧缺|短缺|紧张|不足|受阻|断供|难以|急需|缺少|滞留)"
# the firm reported, named again, and its trouble (该企业原料告急, 公司资金紧张): a body's act right after answers it
_FIRM_TROUBLE = re.compile(r"(?:该|这家|此家|(?<![\u4e00-\u9fff]))(?:企业|公司)[^,;。]{0,10}?" + _SHORTAGE)
# ...or a named firm's, told right after its name (甲公司急需的面料滞留…, 甲公司原料告急)
_NEED_AFTER = re.compile(r"[^,;。]{0,6}?" + _SHORTAGE)
# words after which a firm is what a body learned of or responds to (得知某公司物料受阻后)
_LEARNED = re.compile(r"(得知|了解到|获悉|听说|针对|面对|对于|接到)$")
# words saying a sentence is about firms at large, where a bare 企业 is no anaphor (出台《…》, 帮助131家企业)
_AT_LARGE = gated(r"《|[\d一二三四五六七八九十百千]+(余|多)?家|各类|各家|广大|中小|所有|全部|(?<!第)一批|多家|企业们|规上企业|园区企业|辖区企业|全区企业|全市企业|企业(?:及|和|与|、)(?:商户|个体工商户|个体户|居民|市民|单位)")
# an enumerated item (二是…, （三）…): a line of work for firms at large, where a bare 企业 is no anaphor
_ITEM = re.compile(r"[(]?[一二三四五六七八九十\d]+(是|[、.)])")
# the firm reported before, named again wherever it stands (联系该企业管理人)
_THAT_FIRM = re.compile(r"(?:该|这家|此家)(企业|公司|厂|集团)")
# a firm whose spokesperson speaks (甲乙科技总经理说, or a transcript's 甲乙科技总经理某某：): its 我们 is the firm
_SPEAKS = re.compile(r"[^,;。“”]{0,10}?(说|表示|介绍|坦言|告诉记者)|[^,;。“”:]{0,6}?(负责人|总经理|董事长|总裁|经理|总监|厂长)[^,;。“”:]{0,4}:")
_WE = re.compile(r"(我们|我司)")
# what opens a spokesperson's words before their subject: a colon or comma, a quote, a time (去年，)
_SPEECH_OPEN = re.compile(r"[,:]?[“\"]?([^,;。“”]{0,8}?(年|月|日|前|后|以来|期间|目前|现在|如今|当前),)?")
# a firm's spokesperson's own firm (公司, 企业) and help it tells of receiving (帮我们, 得到…), in the words quoted
_OWN_FIRM = re.compile(r"我们|我司|我公司|本公司|公司|企业|工厂|厂里")
# a firm's words naming the officials assigned to it (镇里包保我们的干部, 联系我们的服务专员)
# what a firm thanking such help says it achieved with it (复工, 投产, 解决了…), not its hopes (有信心渡过难关)
_HELP_OUTCOME = re.compile(r"复工|复产|投产|开工|达产|恢复了?生产|返岗|解决了")
_LIAISED = re.compile(r"(?:包保|包联|联系|结对|挂钩|对接)(?:我们|我司|我公司|本公司|我们公司|我们厂)")
_GOT_HELP = re.compile(r"(帮助?|为|给|替|协助|协调)(了)?(我们|我司|我公司|本公司|公司|厂里)|得到|获得|享受|帮助下|支持下|送来|送到|上门")
# or a government body named beside a word of help (有问题与管委会随时沟通解决), not beside cooperation (配合政府…)
_GOV_WORD = re.compile(r"政府|管委会|园区|新区|开发区|街道|部门|工作组|专班|(?<!企业)服务专员")
_HELP_WORD = re.compile(r"帮|协调|解决|提供|支持|指导|办理|对接|沟通|服务|送")
# 在甲、乙公司的支持下: firms that give the help, not receive it
_PROVIDERS = gated(
    r"在[^,;。]{0,40}?的(支持|帮助|协助|配合|指导)下|由[^,;。]{0,30}?(提供|承担|负责|承建|承办|运营|开发|实施|配送|供应)"
    r"|(鼓励|引导|动员|倡导)[^,;。]{0,30}?(对|为|向)[^,;。]{0,20}?(减免|减租|让利|免收|提供|给予)"  # 引导某置业公司为承租户免收租金: the landlord gives
)
# sections and labelled paragraphs that say whom a policy is for and how to apply, or what a plan aims
# at (一、扶持对象; 申报材料：1.…; 申请条件：…; 办理方式：…; 总体要求): they restate no measure
_ASIDE = (
    "(扶持|支持|适用|补贴|奖励)(对象|范围)|(申报|申请)(材料|程序|流程|方式|时间|条件)|享受条件|(操作|办理)流程|办理(方式|程序|渠道|地点|时限)"
    "|政策依据|受理(申报)?单位|政策咨询(单位)?|咨询(电话|方式)|联系(人|方式)|总体要求|指导思想|(基本|工作)原则|(工作|主要|发展)目标"
)
# (the formal numerals 壹、贰、 of Taiwan's documents too)
_NUMBERING = r"(\(?[一二三四五六七八九十壹贰叁肆伍陆柒捌玖拾\d]+[、.)]\s*)?"
_ASIDE_HEAD = re.compile(f"{_NUMBERING}({_ASIDE})\\s*$")
_ASIDE_LABEL = first_checked(f"{_NUMBERING}({_ASIDE})[:：]")
#: how far back (in characters) a word standing for a zone or a body (示范区, 该局) looks for it
LOOKBACK = 3000
#: how far back (in characters, within a section) the firm an anaphor names may stand
ANAPHOR_REACH = 400


# 批出25宗申请, 批准6515宗“某计划”的申请: applications approved under a scheme, told with their sum
_APPROVED = re.compile(r"(批准|批出|核准|获批)[^,;。，；]{0,8}?\d[\d,]*(宗|项|份|件|个)[^,;。，；]{0,20}?申请")
#: how far (characters) an approval's sum may follow the measure of its scheme
APPROVAL_REACH = 200


@dataclass
class Draft:
    """A measure before names are final: region and agency are mentions."""

    region: Mention
    categories: list[str]
    start: int
    end: int
    agency: Mention | None = None
    document: Mention | None = None
    beneficiaries: list[Mention] = field(default_factory=list)
    amount: int | None = None
    cap: int | None = None
    summary: str | None = None
    #: a body brought in by the actor (协调某局为企业…): it helps, but says nothing of where the firms are
    enlisted: bool = False








def _object_word(text: str, s: int, pos: int) -> bool:
    """Whether a word making an object (根据, 按照…) ends right before ``pos``, or a word or preposition before the
    bare level words listed there (按照省、市、某区…; 在市、区政府推出政策后)."""
    levels = _LEVEL_LIST.search(text, max(s, pos - 8), pos)
    end = levels.start() if levels else pos
    return _OBJECT_WORD.search(text, max(s, end - 4), end) is not None or levels is not None and end > s and text[end - 1] in _OBJECT_BEFORE


def subjects(text: str, s: int, e: int, actors: list[Mention], firms: list[Mention], titles: list[Mention]) -> tuple[list[Mention], bool]:
    """The subject actors of the unit ``[s, e)`` and whether an enterprise is the subject instead."""
    if titles:
        held = SpanIndex([(t.start, t.end) for t in titles])
        inside = [a for a in actors if not held.holds(a.start, a.end)]  # (in log time: a long unit holds many of both)
    else:
        inside = list(actors)  # (most units name no document: no index to build)
    firms = [f for f in firms if not _LEARNED.search(text, max(s, f.start - 6), f.start)]  # 得知某公司…后: the occasion, not the subject
    if "对" in text[s:e]:  # 对…的甲、乙等企业，某区…: the firms a measure is for, not its subject
        targets = SpanIndex([m.span() for m in _TARGETED.finditer(text, s, e)])
        firms = [f for f in firms if not targets.holds(f.start, f.end)]
        # ...nor a place their description names (对承租某市市属物业的企业): where the firms rent, no actor
        inside = [a for a in inside if not targets.holds(a.start, a.end)]
    if away := elsewhere_spans(text, s, e):
        # 从甲市、乙市等地返回的员工, 借鉴甲市、乙市经验: places elsewhere, however many of the list are recognised
        held_away = SpanIndex(away)
        inside = [a for a in inside if not held_away.holds(a.start, a.end)]
    firm_starts = {f.start for f in firms}
    topic: list[Mention] = []
    object_end = -1  # end of the last place taken as an object: places coordinated with it, or written on after it (赴某省某市), are objects too
    breaks = [m.start() for m in _CLAUSE_BREAK.finditer(text, s, e)] if inside else []  # found once: a long sentence stays linear
    for i, a in enumerate(inside):
        before = text[a.start - 1] if a.start > s else ""
        k = bisect_left(breaks, a.start)
        clause = breaks[k - 1] + 1 if k else s  # the start of the actor's clause
        is_topic = before == "在" and a.start - 1 == clause and _TOPIC_END.match(text, inside[chain_head(inside, i)].end) is not None
        if not is_topic and (
            before in _OBJECT_BEFORE or _object_word(text, s, a.start) or object_end >= 0 and (text[object_end : a.start] in _COORDINATORS or object_end == a.start)
            or _AIM_OPEN.match(text, clause) or WEBSITE_AFTER.match(text, a.end)  # 某自治区政府网站消息: the website reports
        ):
            object_end = a.end
            continue
        sited = _SITED_OPEN.match(text, clause)
        if a.start - (sited.end() if sited and sited.end() <= a.start else clause) > SUBJECT_REACH:
            continue
        if any(f.start < a.start and f.end <= a.start for f in firms):
            return [], True
        j = chain_head(inside, i)
        if inside[j].end in firm_starts or _LOCAL_FIRM.match(text, inside[j].end) and _LOCAL_FIRM.match(text, inside[j].end).end() in firm_starts:
            return [], True
        out = [inside[j]]
        # coordinated subjects: 甲、乙和丙
        while j + 1 < len(inside):
            gap = text[inside[j].end : inside[j + 1].start]
            if gap not in _COORDINATORS and gap != ",":
                break
            j = chain_head(inside, j + 1)
            out.append(inside[j])
        if any(f.start < out[0].start for f in firms):
            return [], True
        if _POSSESSIVE.match(text, out[-1].end) and not _OWN_OFFICIALS.match(text, out[-1].end) or _SIZED_FIRMS.match(text, out[-1].end) or _RANKED.match(text, out[-1].end) or _HOME_PEOPLE.match(text, out[-1].end):
            continue
        if is_topic:
            topic = topic or out
            continue
        return out, False
    if topic:
        return topic, False
    lead = firms[0] if firms else None
    if lead is None and _ORGANISATION_OPENING.match(text, _OPENER.match(text, s).end()):
        return [], True  # 某某基金会为中小企业提供担保: a foundation's or an association's own help, no body's
    return [], (
        lead is not None
        and not _TEAM.match(text, _OPENER.match(text, s).end())
        # (为保障甲、乙等企业原料运输，…: firms inside an opening clause of aim are what the help is for)
        and not (_AIM_OPEN.match(text, _OPENER.match(text, s).end()) and _COMMA.search(text, lead.end, e) is not None)
        and lead.start - _CREDIT_LINE.match(text, s).end() <= 12
        and text[lead.start - 1 : lead.start] not in _OBJECT_BEFORE
        and not _DIRECTED.search(text, max(s, lead.start - 4), lead.start)
        and not (_AT_PREMISES.match(text, s, lead.start) and not _HOME_KIND.search(text, s, lead.start))
    )


def detect(
    text: str,
    units: list[Unit],
    places: list[Mention],
    agencies: list[Mention],
    firms: list[Mention],
    documents: list[Mention],
) -> list[Draft]:
    """Measures of a document, in text order."""
    act_ix = MentionIndex(actors(text, places, agencies, firms))
    tails = _zone_tails(places)
    kinds = SpanIndex(kinds_of_firms(text, firms))
    notes = SpanIndex([m.span() for m in _NOTE.finditer(text)])
    firm_ix, doc_ix, place_ix = MentionIndex(firms), MentionIndex(documents), MentionIndex(places)
    firm_spans = SpanIndex([(f.start, f.end) for f in firms])
    zone_firms = firms_named_after_zones(text, firms, places)
    stated = stated_platforms(text, firms) | set(zone_firms)
    out: list[Draft] = []
    focus: list[Mention] = []
    doc = document_place(text, units, places, agencies, act_ix, [f for f in firms if is_platform(f.name)], firms)
    strong, own, default, first_body = doc.strong, doc.own, doc.default, doc.title_index
    scope = Scope()
    reported: list[Mention] = []  # the firms of the latest sentence that named one, in this section
    reported_by: list[Mention] = []  # the actor in focus when they were named
    pending = False
    troubled = -1  # the unit that last told of the reported firm's trouble, with no actor
    official: Mention | None = None  # the place or body whose official spoke last
    spoke_at = -1  # where that official last spoke (by title, or by the name a title gave: 林某某说)
    named_officials = _named_officials(text, act_ix)  # 某区委书记张某某 … 张某某一行来到…: the body of the official named
    officers = _firm_officers(text, firm_ix)  # 该公司总经理张某某说 … “…帮我们…”张某某说: the firm of the officer named
    para_start: dict[int, int] = {}  # where each paragraph starts
    leads: list[tuple[int, int, Mention]] = []  # (from, to, lead body) of the items a 牵头 note closes
    thanked: list[tuple[Mention, list[Mention]]] = []  # (actor in scope, firms) of firms' words on help of no kind told
    aside: tuple[int | None] | None = None  # the level of the aside section in force (扶持对象, 总体要求)
    aside_para = -1  # the paragraph a label opens (申报材料：…)
    aside_end = -1  # the end of the line a label opens: the items it lists inline (申报材料：1.…;2.…) are its own
    instructed = -1  # where the clause after an official's instruction ending in ；starts (it goes on instructing)
    story: list[Mention] = []  # the actor in focus last
    lender = False  # a bank is the subject the story goes on with (某银行为企业授信…。一是…): no government acts
    package: tuple[int, list[Mention]] | None = None  # the paragraph listing a package's items, and its issuer
    topics: list[tuple[int, frozenset[str]]] = []  # (depth, categories) of the headings in force, outermost first
    topic: frozenset[str] = frozenset()  # the categories those headings name together
    item_topic: tuple[int, frozenset[str]] = (-1, frozenset())  # the paragraph of a numbered item and the categories its opening names
    titled: tuple[Unit, list[str]] | None = None  # a numbered heading naming a measure, until a body follows it
    for n, u in enumerate(units):
        if titled is not None and u.kind != "heading":
            if u.first and _ASIDE_LABEL.match(text, u.start, u.end) and (by := focus or ([scope.actor()] if scope.actor() else []) or ([default] if default else [])):
                out.extend(_titled_measure(titled, by[0], doc_ix))  # its body only says how to apply: the heading is the measure
            titled = None
        if n > first_body and _UNITS_LINE.match(text, u.start, u.end):
            # 责任单位：某局 under an item: who carries it out, no heading and no measure; a lead unit named
            # (牵头单位：某局) is the agency of the item it closes, the paragraph before when it stands alone
            if (lead := _lead_unit(text, u, act_ix)) is not None:
                item = max((p for p in para_start if p < u.para), default=None) if u.first else u.para
                lo = max(para_start.get(item, u.start) if item is not None else u.start, leads[-1][1] if leads else 0)
                leads.append((lo, u.end, lead))
            continue
        if u.kind == "heading" and n > first_body and out and (pictured := _caption_firms(text, u, act_ix, firm_ix, out[-1])):
            for d in (d for d in out if d.end == out[-1].end):  # a photo's caption under the paragraph: no heading
                d.beneficiaries += [f for f in pictured if f not in d.beneficiaries]
            continue
        if u.kind == "heading" and n > first_body:
            level = heading_level(text[u.start : u.end])
            if aside is not None and (aside[0] is None or level is not None and level <= aside[0]):
                aside = None
            if _ASIDE_HEAD.match(text, u.start, u.end):
                aside = (level,)
            heads = heading_actors(text, u, act_ix)
            head = heads[chain_head(heads, 0)] if heads else None
            scope.open(heading_level(text[u.start : u.end]), head)
            depth = level if level is not None else 0  # an unnumbered heading opens a top section
            while topics and topics[-1][0] >= depth:
                topics.pop()
            topics.append((depth, frozenset(classify_measure(text[u.start : u.end]))))
            topic = frozenset().union(*(t for _, t in topics))
            titled = (u, sorted(topics[-1][1])) if level is not None and topics[-1][1] else None
            focus = [head] if head else []
            reported = []
            continue
        if u.kind == "row":
            out.extend(_row(text, u, place_ix, act_ix, doc_ix, firm_ix, focus[0] if focus else default))
            continue
        if u.first and _ASIDE_LABEL.match(text, u.start, u.end):
            aside_para = u.para
            aside_end = _line_end(text, u.start)
        if aside is not None or u.para == aside_para or u.start < aside_end:
            continue
        para_start.setdefault(u.para, u.start)
        lead = _lead_unit(text, u, act_ix)
        if lead is not None:  # （某局牵头）: the lead body is the agency of its item's measures
            lo = max(para_start[u.para], leads[-1][1] if leads else 0)
            leads.append((lo, u.end, lead))
        if pending:  # the actor in focus after the sentence that named the firms
            reported_by, pending = focus, False
        s, e = u.start, u.end
        sentence = text[s:e]
        if _COLUMN_LINE.fullmatch(sentence.strip()):
            continue  # 【某地“大走访”系列之三】: a column's or headline's label, not a statement
        if u.first and not _CONTINUE.match(sentence):
            focus = []
        if u.first and heading_level(sentence) is not None:
            reported = []  # a numbered item (三、对…) opens a new matter: its 企业 are not the firms of the item before
            # 2.降低融资成本。银行要…: the item's opening sentence names the topic of its paragraph
            item_topic = (u.para, frozenset(classify_measure(sentence)))
        found = act_ix.within(s, e)
        if not found and _FIRM_TROUBLE.search(text, s, e) or any(_NEED_AFTER.match(text, f.end, e) for f in firm_ix.within(s, e)):
            # 受疫情影响，该企业原料告急。某局第一时间…; 某局得知，甲公司急需的面料滞留…。某指挥部随即协调…: the next
            # sentence's help answers that firm's trouble
            troubled = n
        # state-owned platform companies act for their place: neither the subject firm nor a beneficiary
        in_firms = [f for f in firm_ix.within(s, e) if not kinds.overlaps(f.start, f.end) and not is_platform(f.name) and f.name not in stated]
        prior, named = reported, _not_providers(text, s, e, [f for f in in_firms if not _BANK.search(f.name)], acting=False)
        if named:
            reported, pending = named, True
        elif not in_firms and _about_firms_at_large(text, s, e, place_ix):
            reported = []  # 甲公司…。某区推动全区企业复工…。帮助企业…: the story has turned to firms at large
        speakers = [f for f in in_firms if _SPEAKS.match(text, f.end)] + _quote_firm(text, u, units[n + 1] if n + 1 < len(units) else None, firm_ix, officers)
        listed = in_firms  # (speakers too: 甲、乙等参会企业介绍了…)
        if speakers:
            in_firms = [f for f in in_firms if f not in speakers]
        titles = doc_ix.within(s, e)
        fs = _frame_end(text, s, e)  # the report's own frame (记者从某局获悉, 某某网北京3月1日电) names no actor
        speaker, fs = _speech_frame(text, fs, e, found)  # 某市召开发布会，某区副区长某某表示，…: the speaker's words
        voice = 0 if speakers else _unknown_voice(text, fs, e, found, firm_ix)
        if voice and not _BARE_VOICE.match(text, fs):
            prior = []  # another firm speaks: its 我们 is its own, not the firm reported before (企业负责人说: that firm)
        # （某局牵头，某局配合）: who does it, not the subject
        candidates = [a for a in found if a.start >= max(fs, voice) and not notes.overlaps(a.start, a.start + 1)]
        subj, firm_subject = subjects(text, max(fs, voice), e, candidates, [f for f in in_firms if f.start >= fs], titles)
        if subj:
            subj = _titled_place(text, subj, e, place_ix)
        elif not firm_subject and speaker is None:
            subj = _subject_ahead(text, u, units[n + 1] if n + 1 < len(units) else None, act_ix, doc_ix)
        if speaker is not None and not subj and not firm_subject:
            subj = [speaker]
        # 某某一行在会议室听取了某镇的汇报: the official opening the clause acts, not a place their words name
        if not firm_subject and all(m.type != "Agency" for m in subj) and (body := _official_opening(text, fs, e, named_officials)) is not None:
            subj, official, spoke_at = [body], body, fs
        helper = None if subj or firm_subject and _PASSIVE.search(text, s, e) else _helper(
            text, max(fs, voice), e, candidates, focus or ([scope.actor()] if scope.actor() else []) or ([default] if default else []))
        if helper is not None:  # 他们在镇政府的协调下，…: the help was that body's
            subj, firm_subject = [helper], False
        if _INSTRUCTION.search(text, fs, e) and (any(name in text[s:e] for name in named_officials) or named_officials and _PRONOUN_OPENING.match(text, fs)) or s == instructed and _MUST.match(text, s, e):
            instructed = e if text[e - 1] == ";" else -1
            continue  # 张某某叮嘱有关部门要…; 各部门要…: an official's instruction, no action yet
        sentence = text[fs:e]
        section = scope.actor()
        spoke = next((a for a in found if _SPOKESPERSON.match(text, a.end)), None) if _OFFICIAL.search(text, s, e) else None
        if spoke is not None:
            official, spoke_at = spoke, spoke.end  # 某区区长某某介绍: the 我们 and 他说 that follow are that place's
        elif official is not None and s - spoke_at > ANAPHOR_REACH:
            official = None
        lifted = firm_subject and package is not None and u.para == package[0]
        if lifted:  # 某局出台了“暖企8条”：某燃气公司对…: an item of the package is its issuer's, the firm carries it out
            subj, firm_subject = package[1], False
        # (a sentence of no actor may open with the firms' description far from their names: 补助的五家公司，包括城西园区的甲)
        if (firm_subject or not found) and out and s - out[-1].end <= ANAPHOR_REACH and (gained := roles.gained(text, s, listed)):
            # 目前，已有甲、乙等3家企业获得…资金: the firms the measure just told of served (the sentence may still
            # be a measure of its own: 获得…扶持资金)
            for d in (d for d in out if d.end == out[-1].end):
                d.beneficiaries += [f for f in gained if f not in d.beneficiaries]
        if (firm_subject or not found) and out and s - out[-1].end <= ANAPHOR_REACH and (granted := roles.approved(text, s, in_firms) or roles.took_part(text, s, listed)
                                                                        or "PREFERENTIAL_CREDIT" in out[-1].categories and roles.lent_to(text, s, listed)):
            # 某局批出五宗申请。获批的申请包括甲、乙…: the firms the measure just told of was given to (or that took
            # part in the meeting it held: 会上，甲、乙等参会企业…, or a bank lent to after its credit measure)
            for d in (d for d in out if d.end == out[-1].end):
                d.beneficiaries += [f for f in granted if f not in d.beneficiaries]
            continue
        if firm_subject:
            lender = _bank_opens(text, fs, in_firms) or lender
            in_scope = focus or ([section] if section else []) or ([default] if default else [])
            passive = _passive(text, s, e, found, in_firms, titles, in_scope)
            later = [] if passive else _later_actor(text, fs, e, found, in_firms, in_scope, act_ix, place_ix)
            out.extend(passive or _firm_helped_later(text, s, e, later, in_firms, titles))
            focus = later
            continue
        if _ADDRESSED.match(sentence) and default is not None and (strong or not subj) and (u.first or not focus):
            focus = [default]  # 各区县政府要…: the issuer tells the addressees what to do (某部印发通知，…，各区要…: that body)
        elif subj:
            focus, lender = subj, False
        elif (owner := _platform_owner(text, fs, e, firm_ix, place_ix, zone_firms)) is not None:
            focus = [owner]  # 某新区投资发展有限公司为企业减免房租: the platform acts for the place in its name
        elif fs > s and (source := [a for a in found if a.end <= fs and a.start > s and text[a.start - 1] in "从据"]):
            focus = source[-1:]  # 记者从某局获悉，…: what is reported is the source's, unless the clause names another actor
        elif (speaker := _quote_speaker(text, u, units[n + 1] if n + 1 < len(units) else None, act_ix)) is not None:
            focus = [speaker]  # “…”某管委会相关负责人介绍: the quote is that body's
        elif _WE.match(sentence) and _SPEAKS.match(text, prior[-1].end) if prior else False:
            focus = []  # 我们 of a firm's spokesperson: what the firm does
            continue
        elif _firm_tells_own_doing(text, s, e, speakers):
            if _LIAISED.search(text, s, e) and (in_scope := focus or ([section] if section else []) or ([default] if default else [])):
                thanked.append((in_scope[0], speakers))  # “…包保我们的干部常来…”: the firm the place's liaison serves
            focus = []  # 某公司总经理说，公司已招聘…: what the firm does, with no help told of
            continue
        elif (m := _scope_word(text, fs, e, _GENERIC_SUBJECT.match(sentence) is None)) is not None:
            if m.group(5):  # 专班人员, 督导组: the body the team belongs to, else the actor in focus or scope
                body = _team_body(act_ix, m.start(), m.group(5))
                stand_in = [body] if body else focus or ([section] if section else []) or ([default] if default else [])
            elif m.group(4):  # 街道, 该乡: the street or township named last
                stand_in = _last_town(place_ix, m.start()) or focus or ([section] if section else []) or ([default] if default else [])
            elif m.group(3):  # 该局, 我局: the body named last
                body = _last_agency(act_ix, m.start(), m.group(3) if len(m.group(3)) == 1 else "")
                stand_in = [body] if body else []
            elif m.group(2):  # 园区, 示范区: the zone in focus, else the zone last named with that word
                zones = [a for a in focus + ([section] if section else []) + ([default] if default else []) if a.type == "Zone"]
                named = zones[:1] or _last_zone(place_ix, s, m.group(2))
                stand_in = named
            elif _WE.fullmatch(m.group(1) or "") and (
                speakers or prior and _SPEAKS.match(text, prior[-1].end) or _firm_voice(text, s, m.start(), units[n + 1] if n + 1 < len(units) else None)
            ):
                stand_in = []  # 我们 in a firm spokesperson's words: the firm
            elif _WE.fullmatch(m.group(1) or "") and official is not None:
                stand_in = [official]  # 我们 in an official's words: the official's place
            else:
                stand_in = focus or ([section] if section else []) or ([default] if default else []) or _sole_place(place_ix, m)
                if m.group(1) == "当地":
                    stand_in = _last_place(place_ix, m.start(), firm_spans) or stand_in
                stand_in = _of_that_level(act_ix, m.start(), m.group(1) or "", _of_its_level(act_ix, m.start(), m.group(1) or "", stand_in))
            if not stand_in:
                focus = []
                continue
            focus = stand_in
        elif (zone := _zone_by_tail(text, fs, e, tails)) is not None:
            focus = [zone]  # 生物医药产业基地积极协调…: the zone named before with its host place
        elif official is not None and _HE_SAYS.match(sentence):
            focus = [official]  # 他说，… after an official is introduced
        elif _GENERIC_SUBJECT.match(sentence) or _GENERIC_SUBJECT.match(text[fs + len(_SPEECH_OPEN.match(text, fs).group(0)) : e]) or (
            (aim := _AIM_CLAUSE.match(sentence)) is not None and _THAT_FIRM_SUBJECT.match(sentence, aim.end())
        ):
            # 企业…, “去年，企业投入…: what firms do, unless a later clause's government acts for them
            # (企业急需原料，经信部门马上协调…)
            in_scope = focus or ([section] if section else []) or ([default] if default else [])
            # (not one opening with a person, 她表示，政府…: a speaker's report)
            focus = _later_actor(text, fs, e, found, [], in_scope, act_ix, place_ix) if _FIRMS_OPEN.match(sentence) else []
            drafts = _firm_helped_later(text, s, e, focus, in_firms, titles)
            if prior and s - prior[-1].end <= ANAPHOR_REACH and _FIRM_NEEDS.search(text, fs, e):
                for d in drafts:  # 甲公司… 企业急需原料，工信部门…: the firm just reported
                    d.beneficiaries = d.beneficiaries or list(prior)
            out.extend(drafts)
            if not focus and _department_clause(text, fs, e):
                focus = in_scope[:1]  # …，经信部门马上与某局取得联系 | 协调…: the next part goes on with its help
            continue
        if not focus and (lender or _THAT_BANK.match(sentence) or _bank_opens(text, fs, in_firms)):
            lender = True  # 该行已向6户企业投放贷款: the bank lends on its own, a measure of no government
            continue
        if not focus and _ANSWER.match(sentence):
            focus = story  # 对此，…: the actor of the story answers the trouble just told of
        story = focus or story
        actors_now = focus or ([section] if section else []) or ([default] if default is not None and (own or all(_same_place(a, default) for a in _not_destinations(text, found) if a.start >= fs and not _contacted(text, a))) else [])
        if not actors_now:
            continue
        if _PACKAGE_LEAD.search(sentence):
            package = (u.para + 1, actors_now)
        # (a firm acting right after a frame of the actor's help, 在某局的帮助下，甲公司克服…, is the one helped)
        direct = _not_providers(text, s, e, [f for f in in_firms if not _BANK.search(f.name) and (not subj or f.start > subj[0].end)], acting=helper is None)
        # (also right after the subject: 某局了解情况后，…)
        responds = (_RESPONSE.match(text, _OPENER.match(text, fs).end(), e) is not None or _FIRM_NEEDS.search(text, fs, e) is not None
                    or _HELP_FRAME.match(text, _OPENER.match(text, fs).end(), e) is not None
                    or bool(subj) and _RESPONSE.match(text, subj[-1].end, e) is not None or troubled == n - 1 and units[n - 1].para == u.para)
        if not responds and subj and reported_by and not _same_place(subj[0], reported_by[0]):
            prior = []  # another actor's story: its 企业 are not the firms reported before
        learned = [f for f in in_firms if subj and f.end <= subj[0].start and _LEARNED.search(text, max(s, f.start - 6), f.start)]
        beneficiaries = direct or (speakers if _speaker_helped(text, s, e, speakers) else _anaphora(text, s, e, learned or prior))
        if not beneficiaries and (responds or helper is not None) and prior and s - prior[-1].end <= ANAPHOR_REACH:
            beneficiaries = prior  # 了解到这些情况后，…: the help answers the trouble of the firms just reported
        beneficiaries = [] if lifted else beneficiaries or roles.counted(text, s, e, firm_ix.items)
        # help to a firm named, or named again by more than a bare 企业 (为该公司…, 帮助公司…), or told of by its
        # spokesperson in the first person, is concrete enough for a weak cue
        if direct or beneficiaries == speakers:
            concrete = bool(direct) or bool(speakers) and _WE.search(text, s, e) is not None
        else:
            concrete = bool(beneficiaries) and (responds or helper is not None or _named_again(text, s, e))
        # (so is a named firm the body directs to supply or serve others: 协调甲铝业加大原料供应)
        concrete = concrete or any(_DIRECTED.search(text, max(s, f.start - 6), f.start) for f in in_firms if f not in direct)
        codes = classify_measure(_masked(text, s, e, in_firms + speakers), concrete, (topic | item_topic[1]) if item_topic[0] == u.para else topic)
        if not codes and out and s - out[-1].end <= APPROVAL_REACH and _APPROVED.search(text, s, e) and find_amounts(text[s:e], MIN_AMOUNT):
            codes = list(out[-1].categories)  # 已批出25宗申请，涉及4280万元: the sum of the scheme just told of
        if not codes:
            if helper is not None and speakers and beneficiaries == speakers and _HELP_OUTCOME.search(text, s, e):
                thanked.append((helper, speakers))  # “在政府的帮助下，我们公司最早复产”: help of no kind told, with its outcome
            continue
        context = (topic | item_topic[1]) if item_topic[0] == u.para else topic
        later: list[Draft] = []
        if (other := _other_actor_clause(text, fs, e, found, actors_now)) is not None:
            # 某经开区为企业减免房租，某县政府为企业发放补贴: the later clause is its own actor's measure
            cs, head = other
            if later_codes := classify_measure(_masked(text, cs, e, in_firms + speakers), concrete, context):
                later = [Draft(head, later_codes, cs, e, head if head.type == "Agency" else None, titles[0] if titles else None)]
                codes = classify_measure(_masked(text, s, cs, in_firms + speakers), concrete, context)
                if not codes:
                    out.extend(later)
                    continue
        amount, cap, extra = _money(text[s:e], s)
        national = [] if any(_national(a) for a in actors_now) else _national_clauses(text, s, e, found)
        if national and not subj and national[0].start <= _ITEM_LABEL.match(text, s).end() and set(codes) <= {c for d in national for c in d.categories}:
            actors_now = []  # 国家对…实行…, 二、中央财政安排…: the nation's measure alone, no clause of the place in force
        extra = [x for x in extra if not any(n.start <= x[0] < n.end for n in national)]  # the national clause's money is its own
        enlisted = [b for b in _enlisted(text, s, e, found) if not any(_same_place(b, a) for a in actors_now)]
        # 甲市、乙市分别安排3亿元、2亿元: one sum each, in the order of the actors
        sums = [amount, *(value for _, _, value in extra)] if amount is not None else []
        respective = len(actors_now) > 1 and len(sums) == len(actors_now) and _RESPECTIVELY.search(text, s, e) is not None
        if len(actors_now) > 1 and not respective and _JOINT.search(text, s, e):
            amount, extra = None, []  # 甲、乙两地共发放6亿元: a sum of them together, none of them alone
        for i, actor in enumerate(actors_now + enlisted):
            agency = actor if actor.type == "Agency" else None
            document = titles[0] if titles else None
            if respective and i < len(actors_now):
                out.append(Draft(actor, codes, s, e, agency, document, beneficiaries, sums[i], cap))
                continue
            out.append(Draft(actor, codes, s, e, agency, document, beneficiaries, amount, cap, enlisted=actor in enlisted))
            for cs, ce, value in extra:
                out.append(Draft(actor, classify_measure(text[cs:ce]) or codes, cs, ce, agency, amount=value))
        out.extend(national)
        out.extend(later)
    _apply_leads(out, leads)
    _thanked_liaison(out, thanked)
    return out


# 某局到甲乙公司发放宣传资料 on a line of its own: a photo's caption, a body at a named firm's premises
_CAPTION_VISIT = re.compile("到|来到|走进|深入|走访")
_CAPTION_BREAK = re.compile(r"[,;。:，；：！？!?]")


def _caption_firms(text: str, u: Unit, act_ix: MentionIndex, firm_ix: MentionIndex, last: Draft) -> list[Mention]:
    """The firms a caption line (某局到甲乙公司发放宣传资料) shows the actor of the measure above at: the pictures
    illustrate that measure, so the firms are the ones it served."""
    if heading_level(text[u.start : u.end]) is not None or _CAPTION_BREAK.search(text, u.start, u.end):
        return []
    found, firms = act_ix.within(u.start, u.end), firm_ix.within(u.start, u.end)
    if not found or not firms or found[0].start != u.start or not {found[0].name, found[0].place} & {last.region.name, last.agency.name if last.agency else ""}:
        return []
    visit = _CAPTION_VISIT.match(text, found[0].end)
    return [firms[0]] if visit is not None and firms[0].start == visit.end() else []


def _line_end(text: str, at: int) -> int:
    """Where the line holding ``at`` ends."""
    end = text.find("\n", at)
    return len(text) if end < 0 else end


def _titled_measure(titled: tuple[Unit, list[str]], actor: Mention, doc_ix: MentionIndex) -> list[Draft]:
    """The measure a numbered heading names (（一）新增产能设备投资补助) when its body is only how to apply
    (申报条件：…, 申报材料：…), by the actor in force."""
    head, codes = titled
    titles = doc_ix.within(head.start, head.end)
    return [Draft(actor, codes, head.start, head.end, actor if actor.type == "Agency" else None, titles[0] if titles else None)]


def _thanked_liaison(drafts: list[Draft], thanked: list[tuple[Mention, list[Mention]]]) -> None:
    """Firms whose words thank a place's help of no kind told, or name the officials assigned to them, are
    helped by that place's liaison (包保, 驻企服务): the beneficiaries of its ENTERPRISE_LIAISON measure."""
    for actor, firms in thanked:
        liaison = next((d for d in drafts if "ENTERPRISE_LIAISON" in d.categories and _same_place(d.region, actor)), None)
        if liaison is not None:
            liaison.beneficiaries += [f for f in firms if f not in liaison.beneficiaries]


def _masked(text: str, s: int, e: int, firms: list[Mention]) -> str:
    """The sentence ``[s, e)`` with the names of its firms written as 某: a firm's name says what it makes
    (某某天然气, 某某物流), not what the measure gives."""
    chars = list(text[s:e])
    for f in firms:
        for i in range(max(f.start, s), min(f.end, e)):
            chars[i - s] = FIRM_MASK
    return "".join(chars)


def _apply_leads(drafts: list[Draft], leads: list[tuple[int, int, Mention]]) -> None:
    """Give the measures of an item closed by a 牵头 note that note's lead body, when it is of the same place."""
    ends = [end for _, end, _ in leads]
    for d in drafts:
        i = bisect_left(ends, d.start + 1)
        if i < len(leads) and leads[i][0] <= d.start < leads[i][1] and _same_place(d.region, leads[i][2]):
            d.agency = leads[i][2]


def _bank_opens(text: str, s: int, firms: list[Mention]) -> bool:
    """Whether a bank is the subject opening the clause at ``s`` (某银行作为…, 近日，某银行为…), not a firm a
    body acts on (支持某银行…)."""
    lead = min(firms, key=lambda f: f.start) if firms else None
    opened = (time.end() if (time := _TIME_OPENER.match(text, s)) else s)
    return lead is not None and _BANK.search(lead.name) is not None and lead.start <= _OPENER.match(text, opened).end()


def _national(a: Mention) -> bool:
    return (a.place if a.type == "Agency" else a.name) == "中国"


def _national_clauses(text: str, s: int, e: int, found: list[Mention]) -> list[Draft]:
    """Clauses of a local measure whose subject is the national government (…、中央财政按…给予贴息的基础上,
    省财政再给予…; 在人民银行再贷款支持…): national measures reported with the local one."""
    if not _CENTRAL.search(text, s, e) and not any(a.type == "Agency" and _national(a) for a in found):
        return []
    out = []
    starts = [s] + [m.end() for m in _CLAUSE_CUT.finditer(text, s, e)]
    ends = starts[1:] + [e]
    for cs, ce in zip(starts, ends):
        c = cs + 1 if text.startswith("在", cs) else cs
        m = _CENTRAL.match(text, _ITEM_LABEL.match(text, c).end())  # (a body after an item's number is the item's partner)
        body = next((a for a in found if a.start == c and a.type == "Agency" and _national(a)), None)
        if m is None and body is None:
            continue
        codes = classify_measure(text[cs:ce])
        if not codes:
            continue
        actor = body or Mention(m.start(), m.end(), "Region", "中国", m.group(0), "100000", "country")
        amount, cap, _ = _money(text[cs:ce], cs)  # 中央财政安排10亿元…: the national clause's own money
        out.append(Draft(actor, codes, cs, ce, agency=body, amount=amount, cap=cap))
    return out










# a clause's subject acting: the words right after it (还为企业…, 积极协调…)
_SUBJECT_ACTS = re.compile(r"(?:还|也|则|积极|主动|及时|同步|专门|全力)?(?:" + _ACTS_ON.pattern + ")")


def _other_actor_clause(text: str, s: int, e: int, found: list[Mention], actors_now: list[Mention]) -> tuple[int, Mention] | None:
    """The first later clause of ``[s, e)`` opened by a government actor of another place than the actors in
    force, acting right after its name (某经开区为企业…，某县人社局为企业…): where it starts and its actor."""
    for cut in _CLAUSE_END.finditer(text, s, e):
        c = _OPENER.match(text, cut.end()).end()
        heads = [a for a in found if a.start == c]
        if not heads:
            continue
        i = found.index(heads[0])
        head = found[chain_head(found, i)]
        placed = head.place if head.type == "Agency" else head.name
        if placed is None or _national(head) or any(_same_place(head, a) for a in actors_now) or not _SUBJECT_ACTS.match(text, head.end):
            continue
        return cut.end(), head
    return None


def kinds_of_firms(text: str, firms: list[Mention]) -> list[tuple[int, int]]:
    """Spans that name a kind of firm by what it makes or secures (生产口罩、防护服等企业): no firm names inside.
    A verb that ends a firm's name (甲乙制造、丙丁照明等企业) is the name's trade word, no kind."""
    ends = {f.end: f.start for f in firms}
    out: list[tuple[int, int]] = []
    pos = 0
    while (m := _TARGET_KINDS.search(text, pos)) is not None:
        if ends.get(m.end(1), m.start()) < m.start():
            pos = m.start() + 1
            continue
        out.append(m.span())
        pos = m.end()
    return out


# a firm introduced as state-owned (园区下属国有企业甲公司和乙公司, 区属国企甲公司)
_STATE_OWNED_BEFORE = re.compile(r"(国有企业|国有公司|国企|平台公司|国有平台|国资平台)$")
# ...or after it (甲公司作为高新区国有平台公司，…; 甲集团是园区的国资平台), or by a clause before it (作为园区国有平台，甲集团…)
_STATE_OWNED_AFTER = re.compile(r"(?:作为|是|系)[\u4e00-\u9fff]{0,10}?(?:国有企业|国有公司|国企|平台公司|国有平台|国资平台)")
_STATE_OWNED_CLAUSE = re.compile(r"作为[\u4e00-\u9fff]{0,10}?(?:国有企业|国有公司|国企|平台公司|国有平台|国资平台)[,，]$")


def stated_platforms(text: str, firms: list[Mention]) -> set[str]:
    """Names of the firms the text introduces as state-owned (with the firms listed right after them), or lists
    beside a place's platform company (甲集团公司、市建投公司等7家企业为商户减免租金): they act for their place,
    whatever their name says."""
    out: set[str] = set()
    for run in roles.runs(text, firms):
        if (
            len(run) > 1 and any(is_platform(f.name) for f in run)
            or _STATE_OWNED_BEFORE.search(text, max(0, run[0].start - 6), run[0].start)
            or _STATE_OWNED_AFTER.match(text, run[-1].end)
            or _STATE_OWNED_CLAUSE.search(text, max(0, run[0].start - 20), run[0].start)
        ):
            out.update(f.name for f in run)
    return out


def is_platform(name: str) -> bool:
    """A state-owned platform, investment or guarantee company of a place or zone (某高新区国投, 某高新小额贷款
    有限公司, 某省交投公司), which carries out that government's measures."""
    return _PLATFORM.search(name) is not None and (_PLATFORM_OWNER.search(name) is not None or _BARE_PLATFORM.match(name) is not None)


def _lead_unit(text: str, u: Unit, act_ix: MentionIndex) -> Mention | None:
    """The body a clause marks as the lead unit (牵头单位：某局, 某局牵头); a list of 责任单位 names none."""
    m = _LEAD.search(text, u.start, u.end) if text.find("牵头", u.start, u.end) >= 0 else None
    if m is None:
        return None
    if m.group(1) is not None:
        bodies = [a for a in act_ix.within(m.end(1), u.end) if a.type == "Agency"]
        return bodies[0] if bodies and bodies[0].start - m.end(1) <= 2 else None
    bodies = [a for a in act_ix.within(u.start, m.start()) if a.type == "Agency" and a.end == m.start()]
    return bodies[-1] if bodies else None


def _firm_voice(text: str, s: int, pos: int, nxt: Unit | None) -> bool:
    """Whether 我们 at ``pos`` is spoken for a firm, even one not recognised by name: 某公司总经理说：“我们…”
    or “我们…”公司负责人说."""
    if _FIRM_SPEAKER.search(text, max(s, pos - 40), pos):
        return True
    return nxt is not None and text.startswith(("“", "\""), s) and _FIRM_SPEAKER.match(text, nxt.start, min(nxt.end, nxt.start + 40)) is not None


def _speaker_helped(text: str, s: int, e: int, speakers: list[Mention]) -> bool:
    """Whether the words of a firm's spokesperson in ``[s, e)`` say the firm was helped: 我们 anywhere,
    or the firm named by a bare noun (公司, 企业) beside a word of help (随时沟通解决, 帮企业协调)."""
    if not speakers or _WE.search(text, s, e):
        return bool(speakers)
    for f in speakers:
        said = _SPEAKS.match(text, f.end) if s <= f.start < e else None
        start = said.end() if said else s
        if _OWN_FIRM.search(text, start, e) and _told_help(text, start, e):
            return True
    return False


def _unknown_voice(text: str, s: int, e: int, found: list[Mention], firm_ix: MentionIndex) -> int:
    """Where the words start of a firm's spokesperson opening the sentence when the firm's name was not
    recognised (某某集团人事总监某某说：…), 0 if none: a place in that name is no actor, and the
    我们 that follows is that firm."""
    m = _FIRM_SPEAKER.match(text, s, e)
    if m is None or firm_ix.within(s, m.end()) or any(a.type == "Agency" and a.start < m.end() for a in found):
        return 0
    return m.end() if any(a.start >= m.end() for a in found) else 0


def _told_help(text: str, s: int, e: int) -> bool:
    """Whether words in ``[s, e)`` tell of help received: 帮我们, 得到…, or a government body beside a word of help."""
    return _GOT_HELP.search(text, s, e) is not None or _GOV_WORD.search(text, s, e) is not None and _HELP_WORD.search(text, s, e) is not None


def _firm_tells_own_doing(text: str, s: int, e: int, speakers: list[Mention]) -> bool:
    """Whether a firm's spokesperson's words in ``[s, e)`` open with the firm itself (公司已…, 去年，企业投入…)
    and tell of no help received: what the firm does, not a measure."""
    for f in speakers:
        said = _SPEAKS.match(text, f.end) if s <= f.start < e else None
        if said is None and f.start < e:
            continue
        start = said.end() if said else s  # a quotation before its speaker's name is all words
        start += len(_SPEECH_OPEN.match(text, start).group(0))
        if _OWN_FIRM.match(text, start) and not _told_help(text, start, e):
            return True
    return False


# an official's title and personal name after their body (区委书记张某某, 管委会副主任李某一行, 市委常委、组织部长王某)
# an official's personal name right after their title, before what they do (…书记张某某一行, …县长张某某带队)
_PERSON = r"([\u4e00-\u9fff]{2,4}?)(?=[,;。、]|一行|带领|率|深入|来到|莅临|来(?!自)|走进|前往|赴|到|在|主持|调研|带队|\d{1,2}日)"
_TITLED = re.compile(r"(?:特区|特别行政区)?(?:常委、|委员、)?(?:党工委|党委|管委会|委|组织|宣传|统战)?副?(?:书记|主任|局长|区长|市长|县长|镇长|厅长|州长|旗长|乡长|省长|主席|部长|行政长官|司长)"
    # a second title before the name (某市某局副局长、某某总支主委张某某; 某市委副书记、市长张某某)
    r"(?:、(?:[\u4e00-\u9fff]{2,10}?(?:书记|主任|主委|主席|局长|部长)|副?[省市区县镇乡州旗]长))?" + _PERSON)
# a local leader's title with no place written before it (，县长张某某带队…), and the levels of place it may lead
_BARE_TITLED = first_checked(r"(?<![\u4e00-\u9fff])(?:常务)?副?([县区市镇乡])(?:委书记|党委书记|长)" + _PERSON)
_TITLE_LEVELS = {"县": ("county",), "区": ("county",), "市": ("city", "county"), "镇": ("town",), "乡": ("town",)}
# what an official tells others to do (叮嘱有关部门要…, 指出…要)
_INSTRUCTION = re.compile(r"(叮嘱|嘱咐|指出|强调|要求|鼓励|希望)[^。;]{0,30}?要")
# the official just named, standing for their name (他鼓励…要…, 她强调…)
_PRONOUN_OPENING = re.compile(r"[他她](?:还|也|又|同时|进一步)?(?=叮嘱|嘱咐|指出|强调|要求|鼓励|希望)")
# a clause that tells someone what they must do (各级各部门要…)
_MUST = re.compile(r"[^,;。]{0,12}?(要|应|须|必须)")
# the time a speaker named after a quotation spoke (“…。”4月17日，某公司负责人表示)
_TIME_OPEN = re.compile(r"(\d{1,2}月\d{1,2}日|日前|近日|当天|当日|随后)?(上午|下午|晚上|晚)?,?")
#: how far back the opening of a quotation is looked for
QUOTE_REACH = 400


def _quote_firm(text: str, u: Unit, nxt: Unit | None, firm_ix: MentionIndex, officers: dict[str, Mention]) -> list[Mention]:
    """The firm whose spokesperson is named right after a quotation (“…帮我们…。”某公司负责人说), also after the
    time they spoke (“…。”4月17日，某公司负责人表示), by their personal name alone once the text has given their
    firm (“…。”张某某说), and for the last sentence of a quotation that opened sentences before."""
    if nxt is None or text[u.end - 1] not in "”\"" or not _quoted(text, _frame_end(text, u.start, u.end), u.end - 1):
        return []
    at = _TIME_OPEN.match(text, nxt.start).end()
    officer = next((f for name, f in officers.items() if text.startswith(name, at) and f.end <= at and _SPEAKS.match(text, at + len(name))), None)
    if officer is not None:
        return [officer]
    firms = firm_ix.within(at, at + 30)
    return firms[:1] if firms and firms[0].start == at and _SPEAKS.match(text, firms[0].end) else []


# a firm officer's title and personal name after their firm or its anaphor (甲公司总经理张某某说, 该公司董事长李某表示)
_OFFICER = first_checked(r"(该公司|该企业|这家企业|这家公司)?(?:副?总经理|董事长|总裁|负责人|厂长|总监)([\u4e00-\u9fff]{2,3}?)(?=说|表示|介绍|坦言|告诉|[,;:])")


def _firm_officers(text: str, firm_ix: MentionIndex) -> dict[str, Mention]:
    """Firm officers by their personal name, with the firm their title is written after (甲公司总经理张某某), or the
    firm last named for 该公司总经理张某某."""
    out: dict[str, Mention] = {}
    for m in _OFFICER.finditer(text):
        if m.group(1):
            before = firm_ix.within(max(0, m.start() - 400), m.start())
            firm = before[-1] if before else None
        else:
            firm = next((f for f in firm_ix.within(max(0, m.start() - 30), m.start()) if f.end == m.start()), None)
        if firm is not None:
            out.setdefault(m.group(2), firm)
    return out


def _quoted(text: str, s: int, close: int) -> bool:
    """Whether the quotation closing at ``close`` opened at ``s`` or earlier (a quotation may run over paragraphs)."""
    if text.startswith(("“", "\""), s):
        return True
    opened = text.rfind("“", max(0, s - QUOTE_REACH), s)
    return opened >= 0 and "”" not in text[opened:close]



def _named_officials(text: str, act_ix: MentionIndex) -> dict[str, Mention]:
    """Officials by their personal name, with the place or body whose title they carry (某区委书记张某某,), or
    for a title written without its place (，县长张某某带队调研…) the only place of that level the text names."""
    out: dict[str, Mention] = {}
    for a in act_ix.items:
        m = _TITLED.match(text, a.end)
        if m is not None:
            out.setdefault(m.group(1), a)
    for m in _BARE_TITLED.finditer(text):
        levels = _TITLE_LEVELS[m.group(1)]
        named = {a.name: a for a in act_ix.items if a.type == "Region" and a.level in levels}
        if len(named) == 1:
            out.setdefault(m.group(2), next(iter(named.values())))
    return out


def _official_opening(text: str, s: int, e: int, officials: dict[str, Mention]) -> Mention | None:
    """The body of the official whose name opens ``[s, e)`` (张某某一行来到…, 张某某指出): they act for it; in a
    list of officials opening it (李某、张某某一行…) the first one the text named with their body."""
    if not officials:
        return None
    at = _OPENER.match(text, s, e).end()
    for _ in range(OFFICIALS_LISTED):
        body = next((a for name, a in officials.items() if text.startswith(name, at) and a.end <= at), None)
        if body is not None or (listed := _LISTED_NAME.match(text, at, e)) is None:
            return body
        at = listed.end()
    return None


#: how many names a list of officials opening a sentence is read through for one named with their body
OFFICIALS_LISTED = 4
# a person's name and the list separator after it (李某某、张某某一行…)
_LISTED_NAME = re.compile(r"[\u4e00-\u9fff]{2,3}、")


def _subject_ahead(text: str, u: Unit, nxt: Unit | None, act_ix: MentionIndex, doc_ix: MentionIndex) -> list[Mention]:
    """The subject opening the next piece of a long sentence cut at a comma (减税、减免房租……，为减轻企业负担， | 某县政府
    出台了…): the clauses before it, naming no actor of their own, are its doing."""
    if nxt is None or nxt.kind != "sentence" or nxt.para != u.para or nxt.start - u.end > 1 or text[u.end - 1] not in ",，":
        return []
    subj, firm_subject = subjects(text, nxt.start, nxt.end, act_ix.within(nxt.start, nxt.end), [], doc_ix.within(nxt.start, nxt.end))
    return subj if subj and not firm_subject and subj[0].start == nxt.start else []


def _quote_speaker(text: str, u: Unit, nxt: Unit | None, act_ix: MentionIndex) -> Mention | None:
    """The body whose spokesperson is named right after a quotation (“…。”某区相关负责人介绍), also after the
    time they spoke (“…。”3月2日，某区相关负责人介绍)."""
    if nxt is None or nxt.kind != "sentence" or not text.startswith(("“", "\""), u.start) or text[u.end - 1] not in "”\"":
        return None
    at = _TIME_OPEN.match(text, nxt.start).end()
    heads = act_ix.within(at, at + 16)
    if (title := _BARE_TITLE_SAYS.match(text, at)) is not None:
        # “…”局长说: the official introduced before by that title alone (某县某局局长接到…), who is named by the body
        return next((a for a in reversed(act_ix.within(max(0, u.start - TITLE_REACH), u.start)) if text.startswith(title.group(1), a.end)), None)
    if not heads or heads[0].start != at:
        return None
    head = heads[chain_head(heads, 0)]
    return head if _SPOKESPERSON.match(text, head.end) else None


# an official's title alone and a speech verb after a quotation (“…”局长说): the official the title introduced before
_BARE_TITLE_SAYS = re.compile(r"((?:常务)?副?(?:局长|书记|主任|镇长|乡长|县长|区长|市长|厅长|处长|科长))(?:说|表示|介绍|指出|坦言|告诉记者)")
#: how far before a quotation the body whose official the title names is looked for
TITLE_REACH = 400


def _frame_end(text: str, s: int, e: int) -> int:
    """Where a sentence's content starts after a reporting frame: a dateline (某某社南京2月10日电),
    the reporter's source (记者从某局获悉) or an attribution (据介绍)."""
    m = _FRAME.match(text, s, e)
    return m.end() if m else s


def _speech_frame(text: str, s: int, e: int, found: list[Mention]) -> tuple[Mention | None, int]:
    """A later clause in which a place's or body's official speaks (某市召开发布会，某区副区长某某表示，…):
    the speaker, and where the words start; (None, ``s``) when no such clause frames the sentence."""
    for a in found:
        if a.start <= s or text[a.start - 1] != ",":
            continue
        m = _SPOKESPERSON.match(text, a.end, e)
        if m is not None and e - m.end() > 4:
            return a, m.end() + (text[m.end()] in ",:")
    return None, s


def _same_place(a: Mention, b: Mention) -> bool:
    """Whether two actors stand for the same place (a body and its place, or two bodies of one place)."""
    return (a.place if a.type == "Agency" else a.name) == (b.place if b.type == "Agency" else b.name)


def _scope_word(text: str, s: int, e: int, inner: bool) -> re.Match[str] | None:
    """A word standing for an actor (我们, 园区, 该局) as the subject of the sentence's first clause,
    or, with ``inner``, of a later one (为解决…, 新区为企业协调…)."""
    starts = [s] + ([m.end() for m in _COMMA.finditer(text, s, e)] if inner else [])
    for c in starts:
        m = _SCOPE_SUBJECT.match(text, _OPENER.match(text, c).end())
        if m:
            return m
    return None


def _last_zone(place_ix: MentionIndex, pos: int, word: str) -> list[Mention]:
    """The zone last named before ``pos`` (within ``LOOKBACK`` characters) whose name ends with ``word`` (示范区 → 某某综改示范区),
    else the only such zone the document names after it (a report that opens with 高新区 and names 某某高新区 later)."""
    i = bisect_left(place_ix.starts, pos) - 1
    while i >= 0 and place_ix.items[i].start >= pos - LOOKBACK:
        m = place_ix.items[i]
        if m.type == "Zone" and m.end <= pos and (m.name.endswith(word) or m.surface.endswith(word)):
            return [m]
        i -= 1
    later = [m for m in place_ix.items if m.type == "Zone" and m.start >= pos and (m.name.endswith(word) or m.surface.endswith(word))]
    return later[:1] if len({m.name for m in later}) == 1 else []


# a verb of travel: the places after it are where the actor goes (赴广西, 前往四川成都, 又去某园), not actors
_TRAVEL = re.compile(r"(赴|前往|奔赴|赶赴|远赴|飞赴|去往|去|抵达)$")


def _not_destinations(text: str, found: list[Mention]) -> list[Mention]:
    """The actors of ``found`` other than the places a travel verb leads to (with the places written on after them)."""
    out, dest_end = [], -1
    for a in found:
        if a.type != "Agency" and (_TRAVEL.search(text, max(0, a.start - 2), a.start) or a.start == dest_end):
            dest_end = a.end
            continue
        out.append(a)
    return out


def _contacted(text: str, a: Mention) -> bool:
    """Whether ``a`` is a body or place the actor gets in touch with (与某县商务局取得联系): a partner, no actor."""
    return text[a.start - 1 : a.start] in ("与", "同", "跟") and _CONTACT.match(text, a.end) is not None


def _last_town(place_ix: MentionIndex, pos: int) -> list[Mention]:
    """The town or street last named before ``pos`` (within ``LOOKBACK`` characters), else the only one the
    document names: a report on a street calls it 街道 once named."""
    i = bisect_left(place_ix.starts, pos) - 1
    while i >= 0 and place_ix.items[i].start >= pos - LOOKBACK:
        m = place_ix.items[i]
        if m.level == "town" and m.type == "Region" and m.end <= pos:
            return [m]
        i -= 1
    towns = [m for m in place_ix.items if m.level == "town" and m.type == "Region"]
    return towns[:1] if len({m.name for m in towns}) == 1 else []


_LEVEL_OF_WORD = {"县": "county", "区": "county", "镇": "town", "市": "city", "省": "province"}


def _sole_place(place_ix: MentionIndex, m: re.Match[str]) -> list[Mention]:
    """The one place of the level a word like 我县 or 全镇 (group 1 of ``m``), or a bare 政府, stands for that the
    document names anywhere, even only inside a name (某某县某公司, 某某县新闻网), when nothing else is in scope:
    that place, written by the word where it stands."""
    word = m.group(1)
    level = _LEVEL_OF_WORD.get(word[-1]) if word and len(word) == 2 and word[0] in "我本全该" else None
    if level is None and word != "政府":
        return []
    # a bare 政府 is the government of the one region the document names, whatever its level
    found = [p for p in place_ix.items if (p.level == level if level else p.level != "country") and p.type == "Region" and not p.weak]
    if len({p.name for p in found}) != 1:
        return []
    return [replace(found[0], start=m.start(1), end=m.end(1))]


def _team_body(act_ix: MentionIndex, pos: int, team: str) -> Mention | None:
    """The body a team of officials written alone belongs to: the last one named with that team's word
    (某区复工复产督导组 … 督导组来到…) within ``LOOKBACK`` characters before ``pos``."""
    i = bisect_left(act_ix.starts, pos) - 1
    while i >= 0 and act_ix.items[i].start >= pos - LOOKBACK:
        m = act_ix.items[i]
        if m.type == "Agency" and m.end <= pos and m.name.endswith(team):
            return m
        i -= 1
    return None


def _of_its_level(act_ix: MentionIndex, pos: int, word: str, stand_in: list[Mention]) -> list[Mention]:
    """The actor a level word (我市, 全县, 区里) stands for: a province in scope is no 市 or 县 of a city's or county's
    report (丹东新闻网 … 市人社局 … 我市 in a story the province's words put in scope), so the place or body of that
    level named last before ``pos`` (within ``LOOKBACK`` characters) stands in; a municipality is its own 市."""
    char = next((c for c in word if c in "市县区镇"), "")
    if char in "市县" and stand_in and (host := _zone_host(stand_in[0], char)) is not None:
        return [host]
    if not char or not stand_in or stand_in[0].level != "province" or stand_in[0].name in MUNICIPALITIES:
        return stand_in
    levels = {_LEVEL_OF_WORD[char], "zone"} if char == "区" else {_LEVEL_OF_WORD[char]}
    i = bisect_left(act_ix.starts, pos) - 1
    while i >= 0 and act_ix.items[i].start >= pos - LOOKBACK:
        if act_ix.items[i].level in levels and act_ix.items[i].end <= pos:
            return [act_ix.items[i]]
        i -= 1
    return stand_in


# the places a demonstrative of a level stands for (该县: a county; 该市: a city, or a county-level city)
_THAT_LEVEL = {"该县": ("county",), "该区": ("county", "zone"), "该市": ("city", "county"), "该镇": ("town",), "该省": ("province",)}


def _fits_level(m: Mention, word: str) -> bool:
    """Whether ``m`` is a place of the level the demonstrative ``word`` names (该市: a city, or a county named 某某市)."""
    levels = _THAT_LEVEL[word]
    return m.type in ("Region", "Zone") and m.level in levels and (word != "该市" or m.level == "city" or m.name.endswith("市"))


_THAT_WORD = re.compile("|".join(_THAT_LEVEL))


def _titled_place(text: str, subj: list[Mention], e: int, place_ix: MentionIndex) -> list[Mention]:
    """The place an official with several titles speaks for (某园区管委会主任、某镇党委书记某某介绍，…该镇…): the one
    of the level their words' demonstrative names, not the first title's; ``subj`` when no such word decides."""
    m = _SPOKESPERSON.match(text, subj[-1].end, e)
    that = _THAT_WORD.search(text, m.end(), e) if m else None
    if m is None or that is None or _fits_level(subj[0], that.group()):
        return subj
    titled = [p for p in place_ix.within(subj[0].start, m.end()) if _fits_level(p, that.group())]
    return titled[-1:] or subj


def _zone_host(zone: Mention, char: str) -> Mention | None:
    """The city or county opening the name of the zone in focus (资兴市 of 资兴市工业园区), as a place of its own:
    我市 in a report on the zone is that city, not the zone."""
    if zone.type != "Zone" or not zone.place or not zone.place.endswith(char):
        return None
    # the host as the zone's name writes it: in full, or by a short form with the same level word (某某县 of
    # 某某族自治县 in a zone's name written 某某县工业园)
    written = zone.place if zone.surface.startswith(zone.place) else zone.surface[: zone.surface.find(char) + 1]
    found = default_gazetteer().lookup(written) if written else []
    if len(found) != 1 or found[0].name != zone.place:
        return None
    return Mention(zone.start, zone.start + len(written), "Region", found[0].name, written, found[0].code, found[0].level)


def _of_that_level(act_ix: MentionIndex, pos: int, word: str, stand_in: list[Mention]) -> list[Mention]:
    """The place a demonstrative (该县, 该市) stands for: the actor in focus when it is of that level, else the
    place of that level named last before ``pos`` (某县某镇… 该县: the county, not its town)."""
    if word not in _THAT_LEVEL or not stand_in or _fits_level(stand_in[0], word):
        return stand_in
    i = bisect_left(act_ix.starts, pos) - 1
    while i >= 0 and act_ix.items[i].start >= pos - LOOKBACK:
        if act_ix.items[i].end <= pos and _fits_level(act_ix.items[i], word):
            return [act_ix.items[i]]
        i -= 1
    return stand_in


def _last_place(place_ix: MentionIndex, pos: int, firm_spans: SpanIndex) -> list[Mention]:
    """The place named last before ``pos``, within ``ANAPHOR_REACH`` characters, also as an object (记者来到某县。
    当地…): what 当地 stands for, rather than a province the title names; not one inside a firm's name."""
    i = bisect_left(place_ix.starts, pos) - 1
    while i >= 0 and place_ix.items[i].start >= pos - ANAPHOR_REACH:
        m = place_ix.items[i]
        if m.end <= pos and not m.weak and m.level != "country" and m.type in ("Region", "Zone") and not firm_spans.covers(m.start, m.end):
            return [m]
        i -= 1
    return []


def _last_agency(act_ix: MentionIndex, pos: int, kind: str = "") -> Mention | None:
    """The agency named last before ``pos`` (within ``LOOKBACK`` characters), one of ``kind`` (该局, 我局: a 局)
    first; else, for a kind, the first one of that kind named after ``pos`` (a report that opens with 我局).
    A body named by a level word with no place (列入市工信局名录 in a county's report) is no actor 该局 stands for."""
    before = []
    i = bisect_left(act_ix.starts, pos) - 1
    while i >= 0 and act_ix.items[i].start >= pos - LOOKBACK:
        m = act_ix.items[i]
        if m.type == "Agency" and m.end <= pos and not is_unplaced(m):
            if m.name.endswith(kind):
                return m
            before.append(m)
        i -= 1
    if before:
        return before[0]
    return next((m for m in act_ix.items if m.type == "Agency" and m.start >= pos and m.name.endswith(kind)), None) if kind else None




def _not_providers(text: str, s: int, e: int, firms: list[Mention], acting: bool = True) -> list[Mention]:
    """The firms of a sentence that are not named as giving the help (在…的支持下, 由…提供, 甲公司为企业…),
    as partners or as the means of the measure, and with ``acting`` not as a clause's own subject (:mod:`ingest.roles`)."""
    if not firms:
        return []
    spans = [m.span() for m in _PROVIDERS.finditer(text, s, e)]
    return roles.helped(text, s, e, [f for f in firms if not any(a <= f.start and f.end <= b for a, b in spans)], acting)


def _named_again(text: str, s: int, e: int) -> bool:
    """Whether ``[s, e)`` names a firm again by more than a bare 企业 (该公司, 帮助公司, 为我们): one firm, not firms at large."""
    return _THAT_FIRM.search(text, s, e) is not None or any(m.group(2) not in ("企业", "工厂") for m in _ANAPHOR.finditer(text, s, e))


def _anaphora(text: str, s: int, e: int, reported: list[Mention]) -> list[Mention]:
    """The firms a pronoun or bare 企业/公司 after a word of help stands for: those reported just before
    (其 only for one firm).
    A bare noun names them only in a sentence not about firms at large (a policy's title, 131家企业, 中小企业)
    nor in an enumerated item (二是…)."""
    if not reported or s - reported[-1].end > ANAPHOR_REACH:
        return []
    if _THAT_FIRM.search(text, s, e) or _SPEAKS.match(text, reported[-1].end) and _WE.search(text, s, e):
        return reported
    at_large = _AT_LARGE.search(text, s, e) is not None or _ITEM.match(text, s) is not None
    for m in _ANAPHOR.finditer(text, s, e):
        if m.group(2) == "其" and len({f.name for f in reported}) > 1:
            continue  # 为其…: one firm, not a list
        if m.group(2) in ("该企业", "该公司", "我们", "我司", "他们") or not at_large:
            return reported
    return []














def _about_firms_at_large(text: str, s: int, e: int, place_ix: MentionIndex) -> bool:
    """Whether the sentence ``[s, e)`` tells of firms at large (131家企业, 辖区企业, a place's 企业: 某开发区企业; a
    policy's title alone says nothing of whom the story is about)."""
    return any(m.group(0) != "《" for m in _AT_LARGE.finditer(text, s, e)) or any(
        text.startswith("企业", p.end) and not text.startswith("企业服务", p.end) for p in place_ix.within(s, e))


def _brought_about(sentence: str, start: int, at: int) -> bool:
    """Whether the clause from ``start`` tells before ``at`` what a measure brought about (带动…), no relief
    given between (对带动就业的企业给予奖励50万元 still gives money)."""
    effect = max((m.end() for m in _BROUGHT.finditer(sentence, start, at)), default=-1)
    return effect >= 0 and not _RELIEF_VERB.search(sentence, effect, at) and not _ALLOCATED.search(sentence, effect, at)


def _money(sentence: str, offset: int) -> tuple[int | None, int | None, list[tuple[int, int, int]]]:
    """Total and cap of a sentence; further totals come back with their clause spans.

    A rate per unit (每人1000元) is neither, unless bounded (每家最高50万元), nor is a threshold
    (超出200万元部分), a benefit paid to people (失业补助金), an effect (带动消费1.2亿元) or what a firm
    pays or loses with no relief on it (每年租金2万元)."""
    amount = cap = None
    extra: list[tuple[int, int, int]] = []
    dropped = False  # whether the sentence's last sum was no money of the measure
    last_end = -1  # where that sum ends
    for a in find_amounts(sentence, MIN_AMOUNT):
        clause_start = max(sentence.rfind(c, 0, a.start) for c in ",;") + 1
        clause_end = min([i for i in (sentence.find(c, a.end) for c in ",;、") if i >= 0] or [len(sentence)])
        if (dropped or amount is not None) and (
            _PART.match(sentence, clause_start) or _PART_NAMED.search(sentence, max(last_end, 0), clause_start)
        ):
            continue  # 安排2亿元，其中5000万元用于贴息: a part of the sum before is no sum of its own (of a sum that is none, none)
        # 收入首次突破5亿元、10亿元: the items of a list of figures are figures too
        dropped = dropped and _SUM_LIST.fullmatch(sentence, last_end, a.start) is not None or _dropped_sum(sentence, a, clause_start, clause_end)
        last_end = a.end
        if dropped:
            continue
        if a.cap or "给予" in sentence[clause_start : a.start] and (
            _PER_AWARD_AFTER.match(sentence, a.end)
            or _PER_AWARD_BEFORE.search(sentence, clause_start, a.start) and _FIRMS_OF_A_KIND.search(sentence, 0, a.start)
        ):
            cap = a.value if a.raised and a.cap else cap or a.value  # 上限由600万元增至700万元: the new cap
        elif amount is None:
            amount = a.value
        elif not _PROGRESS.search(sentence, clause_start, a.start) and not _OUTCOME.search(sentence, clause_start, a.start):
            extra.append((offset + clause_start, offset + clause_end, a.value))
    return amount, cap, extra


def _dropped_sum(sentence: str, a: Amount, clause_start: int, clause_end: int) -> bool:
    """Whether the sum ``a`` is no money of the measure: background, a rate per unit or a threshold, a benefit
    paid to people, a business figure, a cost with no relief on it, an effect, a scheme's payments so far, a target
    restated, a milestone passed, or the banks' own lending."""
    if _BACKGROUND.search(sentence[clause_start:clause_end]) or a.per_unit and not a.cap or a.threshold:
        return True
    if PERSONAL_BENEFIT.search(sentence, clause_start, clause_end):
        return True  # 累计发放失业补助金26.17亿元: money paid to people, not a sum of the measure
    if (
        _BUSINESS_BEFORE.search(sentence, max(clause_start, a.start - 8), a.start) or _BUSINESS_AFTER.match(sentence, a.end)
    ) and not _GIVEN_WORTH.search(sentence, clause_start, a.start):
        return True
    if _COST_BEFORE.search(sentence, max(clause_start, a.start - 6), a.start) and not _RELIEF_VERB.search(sentence, clause_start, a.start):
        return True
    if _SUBSIDISED_LOANS.search(sentence, max(clause_start, a.start - 16), a.start):
        return True
    if _EFFECT_BEFORE.search(sentence, max(clause_start, a.start - 12), a.start) or _brought_about(sentence, clause_start, a.start):
        return True
    if _PAID_LABEL.search(sentence, max(clause_start, a.start - 16), a.start) and _BATCH_OR_SO_FAR.search(sentence, 0, a.start):
        return True
    if _BATCH_TALLY.search(sentence, clause_start, a.start) and _BATCH.search(sentence, 0, a.start):
        return True
    if _TARGET_AFTER.match(sentence, a.end) or _MILESTONE.search(sentence, clause_start, a.start):
        return True  # (a milestone passed, 贷款突破2亿元, 收入首次突破5亿元, is a figure reached)
    if (got := _FIRMS_GOT_CREDIT.search(sentence[clause_start : a.start])) and not _STEERED.search(sentence, clause_start, a.start) and not EFFORT_OPENER.match(sentence) and (
        _CREDIT_WORD.search(got.group("between")) or _CREDIT_WORD.match(sentence, a.end + (sentence[a.end : a.end + 1] == "的"))
    ):
        return True
    # 今年以来辖内银行累计发放贷款850亿元: the banks' own lending told as a figure, not the measure's money
    return _BANK_HEADLINE.match(sentence, clause_start) is not None and not _STEERED.search(sentence, clause_start, a.start)


def _zone_tails(places: list[Mention]) -> dict[str, Mention]:
    """Zones by the distinctive rest of their name after the host place (大兴区生物医药产业基地 → 生物医药产业基地),
    which the text may write alone later; not a bare kind (经济开发区), nor a rest two zones share."""
    found: dict[str, Mention | None] = {}
    for z in places:
        if z.type != "Zone" or (tail := _host_tail(z.surface)) is None:
            continue
        if found.get(tail, z) is not None and found.get(tail, z).name != z.name:
            found[tail] = None  # two zones share it
        else:
            found[tail] = z
    return {t: z for t, z in found.items() if z is not None}


@lru_cache(maxsize=4096)
def _host_tail(surface: str) -> str | None:
    """The rest of a zone's name after the longest host place it opens with, when two or more characters of it are
    not a bare kind (经济开发区); cached, as a zone is written again and again."""
    gaz = default_gazetteer()
    for cut in range(min(len(surface) - 4, 8), 1, -1):  # the longest host place first
        tail = surface[cut:]
        if gaz.lookup(surface[:cut]) and len(_ZONE_KIND.sub("", tail)) >= 2:
            return tail
    return None


def _zone_by_tail(text: str, s: int, e: int, tails: dict[str, Mention]) -> Mention | None:
    """A zone named by the rest of its name opening one of the sentence's clauses (…，生物医药产业基地积极协调…)."""
    if not tails:
        return None
    starts = tuple(tails)
    for c in [s] + [m.end() for m in _CLAUSE_END.finditer(text, s, e)]:
        c = _OPENER.match(text, c).end()
        for tail, zone in tails.items() if text.startswith(starts, c) else ():
            if text.startswith(tail, c) and zone.end <= c:
                return zone
    return None


def _platform_owner(
    text: str, s: int, e: int, firm_ix: MentionIndex, place_ix: MentionIndex, zone_firms: dict[str, Mention]
) -> Mention | None:
    """The zone of a state-owned platform company opening the sentence: named inside it (某高新区国投…为企业…)
    or the zone's own company (``zone_firms``: 某高新区国投公司, 某某高新集团 of 某某高新区); a city alone
    (宁波高新担保公司) leaves the actor to the scope, which knows the zone it abbreviates."""
    lead = [f for f in firm_ix.within(s, min(e, s + SUBJECT_REACH + 30)) if f.start - s <= SUBJECT_REACH]
    for f in lead:
        if f.name in zone_firms:
            return zone_firms[f.name]
        if is_platform(f.name):
            zones = [p for p in place_ix.within(f.start, f.end) if p.type == "Zone"]
            return zones[-1] if zones else _abbreviated_zone(f.name, place_ix.items)
    return None


def _abbreviated_zone(name: str, places: list[Mention]) -> Mention | None:
    """The one zone of the text a platform's name abbreviates, its characters in order (苏高新金控 of 苏州高新区,
    锡高新金控 of 无锡高新区): a short name keeps some characters of its place and of the zone's kind."""
    head = name[: m.start()] if (m := _PLATFORM.search(name)) else ""
    if len(head) < 2:
        return None
    pattern = re.compile(".*?".join(map(re.escape, head)))
    zones = {p.name: p for p in places if p.type == "Zone" and pattern.search(p.name)}
    return next(iter(zones.values())) if len(zones) == 1 else None


# what a firm named after its zone is besides the zone's short name (某某高新集团, 某某经开投资发展有限公司)
_ZONE_FIRM = re.compile(r"(控股|投资|发展|建设|实业|城投|产投|资产管理|资产|开发|运营|管理|创投|融资担保|担保)*(集团|集团有限公司|集团有限责任公司|有限公司|有限责任公司|公司)")


# the words introducing a firm as the state-owned company of the zone written right before them
# (某经开区国有平台公司甲集团, 某园区下属国企乙公司)
_ZONE_STATE_OWNED = re.compile(r"(?:的|下属)?(?:国有平台公司|国资平台公司|国有企业|国有公司|国企|平台公司|国有平台|国资平台)")


def firms_named_after_zones(text: str, firms: list[Mention], places: list[Mention]) -> dict[str, Mention]:
    """A zone's own platform companies: a platform written right after the zone (某高新区国投公司), a firm the
    text introduces as the zone's state-owned company (某经开区国有平台公司甲集团, with its short names) and
    firms named after a zone the text names, by the zone's name without its last character (某某高新集团 of
    某某高新区) or its 园区. They act for the zone."""
    stems = {p.name[:-1]: p for p in places if p.type == "Zone" and p.name.endswith("区") and len(p.name) >= 4}
    # (某某高新集团 of 某某高新园区 too: the park's name without its 园区)
    stems.update((p.name[:-2], p) for p in places if p.type == "Zone" and p.name.endswith("园区") and len(p.name) >= 6)
    ends = {p.end: p for p in places if p.type == "Zone"}
    # a firm is looked up by its prefixes of each stem length, not checked against every stem; when several
    # stems fit, the one the text names last wins
    order = {stem: i for i, stem in enumerate(stems)}
    lengths = sorted({len(stem) for stem in stems})
    out: dict[str, Mention] = {}
    for f in firms:
        if f.start in ends and _PLATFORM.search(f.name):
            out[f.name] = ends[f.start]
        fits = [f.name[:n] for n in lengths if f.name[:n] in stems and _ZONE_FIRM.fullmatch(f.name, n)]
        if fits:
            out[f.name] = stems[max(fits, key=order.__getitem__)]
        owner = next((z for n in range(f.start - 8, f.start) if (z := ends.get(n)) is not None and _ZONE_STATE_OWNED.fullmatch(text, n, f.start)), None)
        if owner is not None:
            out.update((g.name, owner) for g in firms if f.name.endswith(g.name))
    return out


def _enlisted(text: str, s: int, e: int, found: list[Mention]) -> list[Mention]:
    """Bodies the actor brings in to do the help themselves (协调区经信局为公司申请绿色通道): they act too."""
    return [
        a for a in found
        if a.type == "Agency" and _ENLIST_BEFORE.search(text, max(s, a.start - 4), a.start) and _ENLIST_AFTER.match(text, a.end, e)
    ]


def _later_actor(
    text: str, s: int, e: int, found: list[Mention], firms: list[Mention], in_scope: list[Mention], act_ix: MentionIndex, place_ix: MentionIndex
) -> list[Mention]:
    """The government actor of a later clause of a sentence that opens with a firm (甲公司急需原料，区经信局
    第一时间协调…; …，园区立即组织专车…): a place or body opening that clause, or a word standing for one."""
    lead = firms[0].end if firms else s
    for cut in _CLAUSE_END.finditer(text, lead, e):
        c = _OPENER.match(text, cut.end()).end()
        if not _ACTS_ON.search(text, c, e):
            break  # no later clause does anything for the firm (…，全市口罩供应得到缓解)
        heads = [a for a in found if a.start == c]
        if heads:
            i = found.index(heads[0])
            head = found[chain_head(found, i)]
            if not _POSSESSIVE.match(text, head.end) and not any(f.start == head.end for f in firms):
                return [head]
            continue
        if _SECTOR_BODY.match(text, c):
            return in_scope[:1]  # 经信部门马上协调…: a department of the government in scope
        m = _SCOPE_SUBJECT.match(text, c)
        if m is None or _WE.fullmatch(m.group(1) or ""):
            continue  # 我们 in a firm's sentence is the firm
        if m.group(5):
            body = _team_body(act_ix, m.start(), m.group(5))
            return [body] if body else in_scope[:1]
        if m.group(3):
            body = _last_agency(act_ix, m.start())
            return [body] if body else []
        if m.group(2):
            return [a for a in in_scope if a.type == "Zone"][:1] or _last_zone(place_ix, s, m.group(2))
        return in_scope[:1] or _sole_place(place_ix, m)
    return []


def _department_clause(text: str, s: int, e: int) -> bool:
    """Whether a clause after the first of ``[s, e)`` opens with a department named by its field (…，工信部门…):
    the government of the place in scope takes up what the sentence's firms face."""
    return any(_SECTOR_BODY.match(text, _OPENER.match(text, cut.end()).end()) for cut in _CLAUSE_END.finditer(text, s, e))


def _firm_helped_later(text: str, s: int, e: int, actors: list[Mention], firms: list[Mention], titles: list[Mention]) -> list[Draft]:
    """The measure of a sentence whose firm is helped by the actor of a later clause: the firms opening the
    sentence (not banks, not givers) are its beneficiaries, and the problem they had says what was done."""
    if not actors:
        return []
    actor = actors[0]
    helped = _not_providers(text, s, e, [f for f in firms if f.end <= actor.start and not _BANK.search(f.name)], acting=False)
    codes = classify_measure(text[s:e], bool(helped))
    if not codes:
        return []
    amount, cap, _ = _money(text[s:e], s)
    agency = actor if actor.type == "Agency" else None
    return [Draft(actor, codes, s, e, agency, titles[0] if titles else None, helped, amount, cap)]


def _passive(text: str, s: int, e: int, actors: list[Mention], firms: list[Mention], titles: list[Mention], fallback: list[Mention]) -> list[Draft]:
    """Firms acted upon by a government body named after the verb (入选某市…名单) or in a frame before them
    (在某局的帮助下，某公司获得…), or, when the firms
    receive help or a listing from nobody named (某公司获得500万元授信, 某公司入选首批白名单), by the actor in scope.
    Each clause with such a verb is a measure of its own giver (…牵头开展“某省…专项”，…已进入某局快速审批通道)."""
    hits = list(_PASSIVE.finditer(text, s, e))
    if not hits:
        return []
    # (firms named as giving the help, 甲集团所属房屋 of a landlord, are no receivers of it)
    before = _not_providers(text, s, e, [f for f in firms if f.end <= hits[0].start() and not _BANK.search(f.name)], acting=False)
    out: list[Draft] = []
    done: set[int] = set()
    for m in hits:
        cs, ce = (s, e) if len(hits) == 1 else _clause_span(text, s, e, m.start())
        if cs in done:
            continue
        done.add(cs)
        after = [a for a in actors if a.start >= m.end() and a.start - m.end() <= 6]
        if not after and (frame := _HELPED_BY.search(text, cs, m.start())):
            after = [a for a in actors if frame.start(1) <= a.start < frame.end(1)][:1]  # 在某局的帮助下，某公司获得…
        if not after and m.group(0).endswith(("承担", "开展", "实施")):
            continue  # a programme undertaken from nobody named: what the firm does
        codes = classify_measure(text[cs:ce])
        if not codes:
            continue
        if not after:
            givers = [f for f in firms if f.start >= m.end()]
            if givers or not fallback:
                continue
            after = fallback[:1]
        actor = after[0]
        amount, cap, _ = _money(text[cs:ce], cs)  # 获得500万元授信: what the firm receives
        out.append(Draft(actor, codes, cs, ce, agency=actor if actor.type == "Agency" else None, beneficiaries=before, amount=amount, cap=cap))
    return out


def _helper(text: str, s: int, e: int, actors: list[Mention], in_scope: list[Mention]) -> Mention | None:
    """The government actor of a frame opening a clause of ``[s, e)`` (在区经信局的协调下，…; 他们在镇政府的帮助下…;
    在当地政府支持下: the place in scope, ``in_scope``), or the one a firm's words thank (离不开某街道的帮助)."""
    for thanks in _THANKS.finditer(text, s, e):
        thanked = next((a for a in actors if thanks.end() <= a.start <= thanks.end() + 2), None)
        if thanked is not None:
            return thanked
    for frame in _HELPED_BY.finditer(text, s, e):
        if frame.start() - max(s, text.rfind(",", s, frame.start()) + 1) > 4:
            continue
        inside = [a for a in actors if frame.start(1) <= a.start and a.end <= frame.end(1)]
        if inside:
            return inside[0]
        if in_scope and _LOCAL_GOVERNMENT.fullmatch(frame.group(1)):
            return in_scope[0]
    return None


def _clause_span(text: str, s: int, e: int, pos: int) -> tuple[int, int]:
    """The clause of the sentence ``[s, e)`` holding ``pos``: between the commas or semicolons around it."""
    start = max(s, text.rfind(",", s, pos) + 1, text.rfind(";", s, pos) + 1)
    ends = [i for i in (text.find(c, pos, e) for c in ",;") if i >= 0]
    return start, min(ends) if ends else e


@lru_cache(maxsize=1024)
def _header_codes(label: str, threshold: float) -> tuple[str, ...]:
    """Categories of a header label, preferring its most specific (last) part (cached: every row of a table asks)."""
    parts = label.split()
    for part in reversed(parts):
        found = cats.classify(part, threshold)
        if found:
            return tuple(found[:1] if len(parts) > 1 else found)
    return tuple(cats.classify(label.replace(" ", ""), threshold))


# a table's serial number (1, 12, 一, （三）): a key cell naming nothing
_SERIAL = re.compile(r"[(（]?[\d一二三四五六七八九十]{1,3}[)）.、]?")


def _row(text: str, u: Unit, place_ix: MentionIndex, act_ix: MentionIndex, doc_ix: MentionIndex,
         firm_ix: MentionIndex | None = None, issuer: Mention | None = None) -> list[Draft]:
    """The measure of a table row: the place its key cells name, or for a row naming a firm (企业名称) the
    body in focus, which helps that firm (a place inside the firm's name, 某市甲乙公司, says where it is)."""
    row = u.row
    assert row is not None
    nkeys = len(row.keys)
    region = None
    firms: list[Mention] = []
    for j in range(len(u.cells)):
        cell_s, cell_e = u.cells[j]
        named = firm_ix.within(cell_s, cell_e) if firm_ix is not None and (j < nkeys or j < len(u.columns) and FIRM_HEADER.match(u.columns[j].strip())) else []
        firms += named
        if j >= nkeys:
            continue
        ps = [p for p in place_ix.within(cell_s, cell_e) if not any(f.start <= p.start and p.end <= f.end for f in named)]
        if ps:
            region = ps[-1]
        elif j == 0 and row.keys[0] and not row.cells[0]:
            region = _carried(u, place_ix)
    # a key naming the row's kind (1 | 减税降费 | …) lets the weak cues of its categories count in the row's cells
    kinds = frozenset(c for k in row.keys if not _SERIAL.fullmatch(k.strip()) for c in cats.classify(k.replace(" ", "")))
    if region is None and (firms or _SERIAL.fullmatch(row.keys[0].strip()) or kinds):
        # a row of firms helped, or an article of a notice laid out as a table (序号 | 措施 | 责任单位), also keyed by
        # its kind (政策类别 | 政策内容: 房租减免 | …, after its number or not), no place among its keys
        region = issuer
    if region is None:
        return []
    codes: list[str] = []
    marked = row.marked()
    for j in marked:
        if j < len(u.columns):
            codes += [c for c in _header_codes(u.columns[j], cats.THRESHOLD) if c not in codes]
    for j in range(nkeys, len(row.cells)):
        cell = row.cells[j]
        if not cell or j in marked:
            continue
        label = u.columns[j] if j < len(u.columns) else ""
        body = classify_measure(cell, context=kinds)
        head = [] if body or not label else cats.classify(label.replace(" ", ""), 0.3)
        codes += [c for c in body or head if c not in codes]
    if not codes:
        return []
    agencies = [a for a in act_ix.within(u.start, u.end) if a.type == "Agency" and a.place == region.name]
    docs = doc_ix.within(u.start, u.end)
    draft = Draft(region, codes, u.start, u.end, agency=agencies[0] if agencies else None, document=docs[0] if docs else None, beneficiaries=firms)
    draft.amount, draft.cap = _row_money(text, u, nkeys)
    draft.summary = _row_summary(u, region)
    # 中央财政按…贴息之外，省财政再给予…: a cell's national clauses are the nation's, as in a sentence
    national = [] if _national(region) else [d for cs, ce in u.cells[nkeys:] for d in _national_clauses(text, cs, ce, act_ix.within(cs, ce))]
    return [draft, *national]


def _row_money(text: str, u: Unit, nkeys: int) -> tuple[int | None, int | None]:
    """The total and cap a row's cells state (安排5000万元专项资金…, 最高100万元), the first of each, read as in a sentence."""
    amount = cap = None
    for cs, ce in u.cells[nkeys:]:
        total, bound, _ = _money(text[cs:ce], cs)
        if amount is None:
            amount = total
        if cap is None:
            cap = bound
    return amount, cap


def _row_summary(u: Unit, region: Mention) -> str:
    """A table row read out: its place and the column headings it marks, else its filled cells
    (上海: 延期纳税、社保减免), since the row's own text is a run of cells and marks."""
    row = u.row
    assert row is not None
    marks = row.marked()  # (once, not once per cell)
    marked = [u.columns[j].split()[-1] for j in marks if j < len(u.columns) and u.columns[j].strip()]
    cells = [c.strip() for j, c in enumerate(row.cells) if j >= len(row.keys) and c.strip() and j not in marks]
    return f"{region.surface}: " + ("、".join(marked) if marked else "；".join(cells))


def _carried(u: Unit, place_ix: MentionIndex) -> Mention | None:
    """The place of the row above, for a row whose first cell is blank: among the last places before the row."""
    key = u.row.keys[0] if u.row else ""
    end = bisect_left(place_ix.starts, u.start)
    for i in range(end - 1, max(end - CARRY_REACH, 0) - 1, -1):
        m = place_ix.items[i]
        if m.surface == key or m.name == key:
            return m
    return None
