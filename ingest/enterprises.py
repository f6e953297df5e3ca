"""Enterprises: legal names by their suffix, short names by the context around them.

The patterns, all general:

* a legal or customary suffix (有限公司, 集团, 银行, 农商行...) and the name
  before it, back to a break, a boundary word, a zone or an agency;
* lists that the text itself calls enterprises: ``甲、乙等企业``, ``甲和乙2家公司``
  (not when the list names products, sectors or activities: 生产口罩、防护服等企业);
* a zone directly followed by names and then a verb (某某高新区甲乙科技加快…,
  中关村甲、乙、丙在内的…), or by a name ending in a trade word (生物, 科技…);
* a place, a few characters and a trade word at the start of a clause
  (青岛甲乙智能);
* the words after a name that say it is a firm, searched from those words
  back: a speaker's title (甲乙智能副总经理表示), a qualified 企业 before it
  (重点企业甲乙), what a body helps it do (帮助甲乙解决), a project it owns
  (实施甲乙500台电机项目), a partner (携手丙丁), its premises (甲乙的车间),
  是一家…企业, a firm's verb after a trade name opening a clause;
* what a body or the text does with a trade name: signs with it (与甲乙签约),
  visits, organises or guides it (走访了甲乙、丙丁), serves it (为甲乙发放贷款),
  its works resuming or staff returning (甲乙已复工), 是园区的龙头企业;
* items listed beside a found firm (甲乙集团、丙丁文具);
* cells under a table column of firms' names (企业名称).

A name never swallows a zone it starts with (the zone is where the firm
is) unless only a business word follows (某园区控股公司), and never is a
generic description (相关企业, 有关担保公司).  A short name declared (简称) or
written as an abbreviation of a full legal name (甲乙担保公司) is that firm.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import replace
from functools import lru_cache
from typing import Callable

from .amounts import chinese_number
from .gate import first_checked, gated
from .mentions import BANK_SHORT, BREAK, FUNCTION, PREDICATE as _PREDICATE, Mention, SpanIndex, Words, is_han, occurrences, word_automaton
from .tables import split_cells

LEGAL = ("股份有限公司", "有限责任公司", "集团有限公司", "有限公司", "集团", "公司", "银行", "农商行", "农商银行", "分行", "支行", "信用社", "联合社", "联社", "合作社", "家庭农场", "人寿", "财险", "金控")
_LEGAL = re.compile("|".join(sorted(LEGAL, key=len, reverse=True)))
# the last word of many short company names; general trade vocabulary, not names
TRADE = (
    "生物", "科技", "医疗", "医药", "药业", "制药", "基因", "医学", "智能", "机器人", "电子", "微电子", "光电", "光学",
    "股份", "控股", "物流", "通讯", "通信", "信息", "软件", "网络", "材料", "化成", "细胞", "电气", "电器", "汽车",
    "能源", "新材", "卫材", "器械", "用品", "照明", "卫浴", "纸业", "食品", "化工", "钢铁", "重工", "精密", "仪器",
    "科贸", "商贸", "贸易", "实业", "机械", "装备", "纺织", "服饰", "家居", "建材", "半导体", "动力", "电池", "光伏",
    "包装", "塑业", "塑胶", "橡胶", "陶瓷", "涂料", "牧业", "乳业", "饮品", "酒业", "粮油", "电机", "汽配", "车业",
    "机电", "精工", "化纤", "锂业", "铜业", "铝业", "矿业", "鞋业", "数控", "模具", "仓储", "速运", "新能源", "环保", "汽贸", "电脑",
    "自动化", "米业", "油业", "茶业", "木业", "竹业", "蛋业", "禽业", "肉业", "果业", "棉业", "粮业", "石业",
    "金属", "电工", "水泥", "石材",
)
_LEGAL_END = gated(f"({_LEGAL.pattern})$")
_TRADE_END = gated(f"({'|'.join(sorted(TRADE, key=len, reverse=True))})$")
# (甲、乙等“行业巨头”: the leaders of a trade are firms too; 汽车、电子等行业巨头 names sectors)
_LIST_HEAD = first_checked(r"(等|在内的)(?!地(?!方))(\d+|[两二三四五六七八九十几多数]+[家户]?|一批|一些|多家|多户|众多)?[家户]?([\u4e00-\u9fff]{0,7}?)(企业|公司|厂家|厂商|商户|商家|业者|银行|央企|国企|民企|外企|车企|药企|房企|险企|超市|商超|商场|合作社)|(\d+|[两二三四五六七八九十几]+)[家户](公司|企业)|等(?:[“\"](?:行业)?(?:巨头|龙头|领军者)[”\"]|巨头)")
# 以甲、乙等为代表的…企业: a list of firms named as examples of a kind of firm
_REPRESENTED = gated(r"等?为代表的[^,。;]{0,24}?(?:企业|公司|厂商|品牌)")
# a count of firms closing a list (等7家, 等三户), and the words of what firms make that it lets stand in its noun
# where the listed firms settled, before the word closing the list (进驻某某产业园的)
_SETTLED = r"(?:进驻|入驻|落户|位于)[^,。;]{2,24}?的[\u4e00-\u9fff]{0,4}?"
# a list closed by its count, the firm word further on (甲、乙两家进驻某园的企业, 甲和乙两大连锁超市)
_COUNT_CLOSED = first_checked(r"(?<![等第前后])([两二三四五六七八九])(?:家|大)(?![家户企公])(?:" + _SETTLED + r"|[^,。;]{0,12}?)(?:企业|公司|超市|商场|银行|集团)")
# ...or by 等 and where they settled (甲、乙等入驻某高新区的企业)
_SETTLED_LIST = re.compile(r"等(?:\d+|[两二三四五六七八九十几多]+)?[家户]?" + _SETTLED + r"(?:企业|公司)")
_COUNTED_FIRMS = re.compile(r"等(\d+|[两二三四五六七八九十几多]+)[家户]")
_MADE_WORDS = frozenset(("物资", "产品", "用品"))
_MIDDLE_BAD = re.compile(r"(因素|方面|层面|致使|导致|问题|物资|领域|行业|产业|业态|部门|产品|措施|用品|机构|的|形式|方式|手段|渠道|途径|协助|帮助|服务|支持|推动|引导|园区|开发区|高新区|地区|城市|区县|乡镇|街道|片区|基地)")
_ITEM_SEP = re.compile("[、和与及]")
# descriptions of a kind of firm, not names
_GENERIC = first_checked(
    r"^(相关|有关|各类?|该|本|其|这|那|每|任何|个别|此类|同类|个[子分]|一家|多家|两家|优秀|所有|全部|国有|民营|外资|小贷|小额贷款|融资担保|担保|保险|商业|地方法人|地方|"
    r"农民|专业|市属|省属|区属|县属|政策性|开发性|园区|高新区|开发区|经开区|新区|平台|燃气|下属|子|母|总|级|商业银行|国有商业|银行业|重点|龙头|头部|上市|合作|股份制|股份合作|股份(?=公司$)|城商|农村|中小|大型|"
    r"科技型|高新技术|规上|规模以上|部分|其他|上述|一批|多个|全国|国内|外地|当地|本地|各地|我国|各大|省内|市内|区内|辖区|邻省|外省|省外|市外|邻县|邻市|异地|"
    r"目前|当前|现在|如今|今年|近日|日前|此前|随后|同时|我们|我|全市|全省|全区|全县|全镇|全国|辖内|域内|上级|下级|驻区|定点|有实力|"
    r"多(?:措|举|管|方|点|维|渠道|部门|种|项|次|批|个|家)|[一二三四五六七八九十两]+(?:招|措|举|项|条|批|个|间|季度|月份?|周))"
)
_INDUSTRY = re.compile(r"^(互联网|人工智能|云计算|大数据|物联网|区块链|生物医药|新能源|新材料|高端装备|电子信息|智能制造|数字经济|新经济|新业态|医疗器械|集成电路|普惠金融|商家|商户|店家|业者|摊商|摊贩|小贩|持牌小贩|经济联社|经济社)$")
_KIND_END = first_checked(
    r"(企业|单位|机构|行业|厂家|厂商|平台|系统|产品|项目|中心|医院|大学|学院|协会|商会|联合会|促进会|研究会|基金会|学会|联盟|俱乐部|研究所|报社|电视台|日报|新闻网|融媒体|"
    r"建设|发展|管理|服务|工作|治理|业务|团队|部门|大厅|窗口|政策|措施|会议|方式|形式|委员会|小组|工作组|专班|基地|园区|社区|街道|学校|[省市县区]委|局|厅|同志|"
    r"片区|新区|开发区|高新区|示范区|保税区|自贸区|新城|度假区|旅游区|风景区|景区)$"
)
_BUSINESS = re.compile(f"({'|'.join(TRADE)})?(业务|板块|团队|部门)$")
# words inside a run of characters after which a new name starts
# nouns (which may also sit inside a name: 甲乙企业集团) and verbs that end the phrase before a name
_CUT_NOUNS = ("企业", "本土", "旗下", "台企", "外企", "民企", "国企", "央企", "辖区", "辖区内", "辖内", "区内", "当地", "本地")
# a firm's role written before its name (园区运营方甲乙公司, 出租方丙丁置业)
_ROLE_NOUNS = ("运营方", "出租方", "承租方", "业主方", "房东", "供应商", "服务商", "承运商", "运营商", "合作方", "投资方", "承建方", "建设方")
_CUT_VERBS = (
    "联合", "协调", "推动", "帮助", "支持", "组织", "引导", "动员", "鼓励", "对接", "携手", "包括", "其中", "相关", "有关",
    "责成", "放宽", "落实", "优秀", "指导", "邀请", "设立", "成立", "注册", "开办", "组建", "例如", "比如", "解决", "了解",
    "得知", "获悉", "走访", "慰问", "来到", "莅临", "前往", "出台", "之后", "以后", "以来", "联系", "拜访", "调研", "考察",
    "获得", "取得", "得到", "既有", "也有", "还有", "进驻", "派驻", "入驻", "走进", "深入", "确保", "保证",
    "聘请", "聘用", "委托", "依托", "引进", "来自", "接到", "收到", "分属", "推荐", "促成", "获批", "促使", "负责", "争取",
    "协助", "办理", "申请", "引入", "会同", "期间", "沉入", "包含", "补助", "资助", "视察", "察看", "查看", "看望", "诚邀", "推介", "助力", "包联", "包保", "接回", "送往", "运往", "返回", "进入",
)
_CUT = _CUT_NOUNS + _ROLE_NOUNS + _CUT_VERBS
# any cut word: most stretches hold none, and one search tells
_CUT_IN = re.compile("|".join(_CUT))
_CUT_VERB_IN = gated("|".join(_CUT_VERBS))
# verbs that, right after a zone and a short name, mark the name as a firm acting
_FIRM_VERB = re.compile(r"(成功|紧急|加快|加紧|积极|第一时间|仅用|仅|全力|研发|研制|推出|参与|携手|联合|组建|承建|助力|交付|火速|迅速|率先|免费|牵头|自主|旗下|宣布|建成|捐赠|作为|是|与|在|向)")
# words that end a name written before its verb (甲乙加快…, 丙丁成功研制…)
_VERB = re.compile(
    r"(成功|紧急|加快|加紧|加速|积极|第一时间|仅用|仅|全力|研发|研制|推出|参与|携手|联合|组建|承建|助力|开发|提供|交付|生产|发布|作为|"
    r"是|与|和|向|在|为|的|等|于|已|将|也|还|再|火速|迅速|率先|首创|免费|针对|利用|采用|牵头|组织|自主|面对|旗下|下属|宣布|建成|"
    r"捐赠|向|主动|通过|入选|获得|被|正|大批|全部|及时|依托|与|解决)"
)
# a preposition before a name the scan took in (据某公司副总经理介绍, 及时与某银行联系)
# (随着甲乙集团等一批企业通过…: the preposition opens no name, in either script's form)
_LEAD_PREP = re.compile(r"据|伴?随[着著]|[\u4e00-\u9fff]{1,3}?与")
# words that start a predicate, never a name
NAME_MAX = 20
_BREAK_RE = re.compile("[" + re.escape("".join(sorted(BREAK))) + "]")
# the services a kind of firm provides (供电公司, 快递公司): no name of its own
# (also advisers, agents and firms named by their stage or trade: 顾问公司, 物管公司, 初创公司, 劳务公司)
_SERVICE_KIND = first_checked(r"(工业|供电|供水|供气|供热|燃气|水务|电力|热力|快递|物业|物管|外卖|公交|客运|货运|运输|交通|运营|物流|出租车|保安|安保|创业投资|风险投资|产业投资|平台|"
                           r"顾问|咨询|中介|劳务|初创|新创|培育|外贸|贸易|进出口|律师|会计|审计|评估)+")
# newspapers, broadcasters and their groups: media, not the firms the text is about
_MEDIA = re.compile("日报|晚报|报业|报社|广播电视|电视台|新闻网|融媒体")
# pronouns, the aspect particle 了 before a count (聚集了上千家) and agency words never stand inside a firm's name
# (nor do people (外来人员), a trade at large (餐饮行业) or a community of a field: 学术界, 工商界)
_NOT_IN_NAME = first_checked(r"([两三各]级|按照|依照|根据|我们|他们|你们|管委会|党工委|党委(?!书记|副书记)|党组|政府|或|简称|了(?=[上近超\d一二三四五六七八九十两几数多百千万])|"
                          r"人员|行业|(?:学术|业|各|商|政|金融|企业|产业|科技|工商)界|适当|减免|租户|车间|"
                          # (nor a clause of cause or outcome: 为因疫情导致资金短缺而获银行…)
                          r"疫情|导致|致使|而获|而得|"
                          # (nor the banks of a whole place or its own: 全县银行, 本土银行)
                          r"全[省市县区镇乡]|本[土地](?=银行))")
# what a firm pays or owes, written where a bare brand name could stand (企业租金, 企业社保费)
_COST = re.compile(r"(?:房屋|厂房|店铺|商铺)?(?:租金|房租|租赁费|物业费|管理费|水电费|电费|水费|气费|税费|税款|费用|社保费?|保费|贷款|利息|工资|成本)")
# a kind of financial firm, not a name (融资租赁公司, 贷款银行)
_FINANCE_KIND = re.compile(
    r"^(财务|消费金融|融资租赁|金融租赁|小额贷款|小贷|商业保理|典当|信托|证券|基金|期货|保险|担保|融资担保|再担保|资产管理|贷款|放贷|承贷|"
    r"合作|开户|经办|主办|托管|代理|收款|结算|存款|商业|驻[县市区镇地])(公司|银行|行)$|^(农村)?信用(合作)?(联社|社)$"
)
# the role a bank plays, whatever is written before it (澳门持牌银行, 可透过贷款银行): no bank's name ends so; nor is
# a body's verb before the word a bank's name (通知银行, 要求银行: the banks at large)
_BANK_ROLE = re.compile(r"(持牌|贷款|放贷|承贷|开户|经办|主办|托管|收款|结算|存款|往来|授信)(银行|行)$|^(通知|要求|督促|引导|鼓励|动员|组织|协调)银行$")
# (简称“甲乙”): a short name declared for the firm just named
_SHORT_NAME = re.compile(r"[(]?(?:以下)?简称[:]?(?:[“\"「]([^”\"」]{2,12})[”\"」][)]?|([\u4e00-\u9fff]{2,8})[)])")
# a clause opening with two or more trade names and a verb (甲生物、乙科技加强…, 园区内的丙电子、丁光电获得…)
_TRADE_LIST = gated(
    r"(?:^|(?<=[。,;\n])|(?<=园区内的)|(?<=区内的))((?:[\u4e00-\u9fff]{2,8}、)+[\u4e00-\u9fff]{2,8}?)"
    r"(?=加强|加快|积极|紧急|联合|推出|研发|研制|提供|开展|助力|参与|携手|共同|全力|获得|获批|荣获|入选|相继|先后|均已|分别获|分别得到|均获)"
)

# a brand name before a role title and a speech verb (甲乙智能副总经理表示)
_TITLES = (
    "总经理|董事长|总裁|创始人|总监|首席执行官|负责人|厂长|党委书记|办公室主任|车间主任|"
    "(?:人事|人力资源|财务|行政|销售|生产|技术|市场|综合|采购|运营|质量)(?:部经理|部主管|部总监|部部长|部长|经理|主管|总监)"
)
_SPEAKER = gated(
    f"(?:{_TITLES})(?:、(?:{_TITLES}))*(?:助理)?"
    r"[\u4e00-\u9fff]{0,3}?(?:说|表示|介绍|坦言|告诉记者|透露|感慨|称)"
)
# titles only a firm's officers have (an alternation of plain words, so that scanning for it stays fast)...
_FIRM_TITLE = re.compile(r"董事长|总经理|总裁|创始人|首席执行官|CEO|执行董事")
# ...and the words right before them that belong to the title: a party title the firm's committee gives (党委书记、董事长)
_FIRM_TITLE_LEAD = ("党委书记、", "党委副书记、", "党总支书记、", "党支部书记、", "副", "联合")
# words that say the words before such a title are a clause, not a name (记者采访了, 他们的, 某某任…)
_NOT_FIRM_HEAD = re.compile("[了们着过是任]|记者|采访")
# 以甲乙科技为例, 像戊己科技一样, 对丙丁机械进行走访: a trade name the text takes as its example, or that a body visits or helps
_EXAMPLE_FIRM = re.compile(r"以([\u4e00-\u9fffA-Za-z]{2,8}?)为例|像([\u4e00-\u9fffA-Za-z]{2,8}?)一样|对([\u4e00-\u9fffA-Za-z]{2,8}?)(?:进行|开展)(?:走访|调研|帮扶|服务|指导|慰问|回访)")
# 来自甲乙科技的王某说: the firm a speaker comes from
_FROM_FIRM = re.compile(r"来自([\u4e00-\u9fffA-Za-z]{2,8}?)的[\u4e00-\u9fff]{2,4}?(?:说|表示|介绍|坦言|告诉记者)")
# 他是甲乙的总经理, 王某任丙丁董事长: the firm whose officer a person is
_OFFICER_OF = re.compile(
    r"(?:是|任|担任|系)([\u4e00-\u9fffA-Za-z]{2,8}?)的?(?=(?:副|常务副)?(?:董事长|总经理|总裁|创始人|首席执行官|CEO|执行董事|厂长))"
)
# 甲乙的子公司, 丙丁旗下, 戊己的被投企业: the words before name the parent firm
_PARENT = re.compile("子公司|孙公司|被投企业|旗下")
# 甲集团旗下子公司乙有限公司: 子公司 says what 乙 is to its parent, it ends no name (电子公司 does)
_SUBSIDIARY_WORD = re.compile("(旗下|下属|所属|控股|全资|的|集团)[子孙]$")
_SUBSIDIARY_OF = re.compile("(?:旗下|下属|所属|控股|全资|的|集团)[子孙]公司")
# words between a parent's name and 子公司 (甲乙的全资子公司)
_PARENT_LEAD = ("的全资", "的控股", "全资", "控股", "的")
#: the longest parent firm's name read before those words
PARENT_MAX = 8
# words reporting a speaker before the firm's name (据某某公司负责人介绍)
_REPORTED = re.compile("(?:据|记者从|从)(?=[\u4e00-\u9fff]{2})")
# words before a title that belong to it (副总经理, 相关负责人)
_TITLE_LEAD = ("副", "相关", "的")
# the words right after 企业 that continue a phrase about firms (企业用工, 企业负责人), not a name
_FIRM_TOPIC = re.compile(
    r"^(用工|生产|经营|员工|职工|复工|复产|用电|用气|用水|融资|贷款|需求|诉求|困难|问题|名单|数量|家数|负担|成本|产能|订单|效益|利润|营收|"
    r"稳定|安全|健康|正常|有序|提供|申请|享受|缴纳|自身|负责|开工|达产|投产|纳税|上市|发展|主体|人员|负责人|代表|认定|申报|培育|入库|认证|评价|"
    r"授信|放贷|发放|续贷|还款|信贷|"
    r"优先|尽快|全面|加快|逐步|陆续|按时|如期|集中|全部|基本|纷纷|普遍|大多|多数|正在|已经|"
    r"家|和|与|及)"
)
# 重点企业甲乙解决了…, 独角兽企业丙丁的…: a qualified 企业 followed by the firm's name
_APPOSITIVE_KINDS = (
    "重点", "龙头", "骨干", "独角兽", "领军", "瞪羚", "链主", "入驻", "规上", "规模以上", "本土", "外资", "台资", "港资", "合资", "民营", "上市", "头部",
    "标杆", "明星", "科技型", "高新技术", "配套", "外贸", "出口", "园区", "辖区",
)
_APPOSITIVE = Words((kind + "企业", "", None) for kind in _APPOSITIVE_KINDS)
# 医疗器械企业甲乙反映…, 食品企业丙丁负责人说: a firm a sector's 企业 introduces, as its words or its officer's are told
# (a sector's firms at large go on with what they do: 化工企业转型升级的…, 食品企业复工)
_SECTOR_FIRM = re.compile(
    r"(?:医疗器械|食品加工|食品|纺织|服装|化工|机械|汽车|生物医药|医药|制药|建材|家具|农产品加工)企业"
    r"([\u4e00-\u9fffA-Za-z]{2,6}?)(?=反映|表示|介绍|坦言|告诉记者|负责人|董事长|总经理)"
)
# 走访包联企业甲乙鞋业, 重点企业丙丁科技,: the one trade name such words introduce, standing alone
_SERVED_FIRM = Words((kind + "企业", "", None) for kind in ("包联", "包保", "联系", "帮扶", "结对") + _APPOSITIVE_KINDS)
_ALONE_AFTER = re.compile(r"[,。;、]|$")
# the digits of a count written in characters (十八家, 十余家, 几家)
_COUNT_DIGITS = frozenset("一二两三四五六七八九十百千几多数余")
# a count or determiner before a kind of firm (一家外资企业, 该重点企业): one firm described, not named
_COUNTED_KIND = re.compile("(?:[家个户]|[该这那某其])$")
# ...and the words that follow the names it introduces
_APPOSITIVE_END = re.compile(
    "的|解决|复工|复产|恢复|获得|实现|表示|负责人|董事长|总经理|已|将|也|还|正|积极|成功|紧急|加快|第一时间|全力|迅速|率先|累计|推出|研发|生产|在|遇到|面临|急需"
)
# 帮助甲乙解决…, 帮助丙丁向银行申请…, 帮助戊己从某地采购…: the firm a body helps, named between the help and what was done
_HELPED = re.compile(
    r"(?:帮助|协助|帮扶|帮(?!助|扶|忙)|助力|指导)(?!下)([\u4e00-\u9fffA-Za-z]{2,6}?)(?=向[^,;。]{2,12}?申请|从[^,;。]{2,12}?(?:采购|购买|调运|调配|引进)|解决|做好|复工|复产|渡过|恢复|打通|办理|申请|争取|招聘|招工|拿到|获得|融资|接回|对接|运输|销售|采购|扩大|拓展|开拓|提升|提高|降低)"
)
# 为甲乙发放贷款, 解决了丙丁的原料问题: a trade name served by a body (the name's trade word says it is a firm)
_SERVED = re.compile(
    r"(?:为|向|给予|给|对|帮扶|服务|解决了?)(?:[\u4e00-\u9fff]{1,4}的)?([\u4e00-\u9fffA-Za-z]{2,8}?)(?=发放|提供|给予|予以|实行|办理|减免|授信|放贷|贷款|送去|送上|开通|协调|解决|争取|对接|兑现|兑付|拨付|落实|招聘|招工|招募|调配|调运|运送|配送|代购|采购|申请|申报|派驻|派出|选派|开辟|量身|定制|制定|保障|"
    r"(?:的[^,;。]{0,8}|用地|用工|用电|用气|资金|融资|原料|原材料|物流|运输|招工|通行|防疫物资)(?:问题|困难|难题|需求))"
)
# what a firm lacks, never its name (解决了原材料运输问题)
_NEEDS = re.compile("原材料|材料|原料|物资|资金|设备|用工|运输|物流|用地|用电|用气")
# 某银行已为甲乙授信…: a bank lending to a firm, which a brand alone names
_LENT = re.compile(
    f"(?:银行|农商行|支行|分行|{BANK_SHORT})(?:已经|已|先后|累计|共|首批|分别|还)*为"
    r"([\u4e00-\u9fffA-Za-z]{2,6}?)(?=授信|放贷|发放[^,;。]{0,6}贷款|提供[^,;。]{0,6}贷款|贷款|续贷)"
)
# 为甲乙科技、丙丁纺织分别减免…: a list of trade names served by a body
_SERVED_LIST = re.compile(
    r"(?:为|向|给予|给|对|帮助|协助|帮扶)((?:[\u4e00-\u9fff]{2,8}、)+[\u4e00-\u9fff]{2,8}?)"
    r"(?=分别|各|等|发放|提供|办理|减免|授信|贷款|拨付|兑现|落实|协调|解决|给予|予以|招工|招聘|复工|复产|申请|争取|对接)"
)
# 将甲乙药业纳入重点保障名单: the trade name a body puts on a list
_LISTED = re.compile(r"将([\u4e00-\u9fffA-Za-z]{2,8}?)(?:纳入|列入|列为|推荐为|认定为)")
# 发放给甲乙科技, 了解到丙丁纺织面临…: a trade name receiving what is given, or found in need
_GIVEN_TO = first_checked(
    r"(?:发放|拨付|提供|交付|配送|分配|送)给([\u4e00-\u9fff]{2,8}?)(?=[,。;、]|等)|(?:了解到|得知|获悉|发现)([\u4e00-\u9fff]{2,8}?)(?=面临|遇到|存在|出现|急需|缺少|因)"
)
# 拨付甲乙科技200万元, 调运烟煤发往某县丙丁生物: the recipient of money paid or goods sent
_PAID_TO = first_checked(r"(?:拨付|下拨|拨给)([\u4e00-\u9fff]{3,9}?)(?=\d+(?:\.\d+)?[万亿]?元)|(?:发往|运往|送往|运抵)([\u4e00-\u9fff]{3,9}?)(?=[,。;、])")
# 推进甲乙纺织、丙丁智汇等12个技改项目列入…: the firms a body puts forward by their projects
_PUT_FORWARD = re.compile(r"(?:推进|推动|推荐|选推|支持|帮助|指导|组织)((?:[\u4e00-\u9fff]{2,8}、)+[\u4e00-\u9fff]{2,8}?)等(?:\d+|[一二三四五六七八九十两几多]+)个[\u4e00-\u9fff]{0,4}?项目")
# people and groups helped, never a firm
_PEOPLE = re.compile(
    r"(人员|员工|群众|居民|工人|农民工|商户|个体户|工商户|企业|单位|群体|家庭|学生|职工|农户|市民|村民|客户|困难户|贫困户|园区|项目|他们|我们|大家|对方|各方|基层|一线|高校|院所|专家|院士|业者|经营者|"
    r"[菜果茶瓜蔗棉烟渔牧林花]农|农民|种植户|养殖户|种植大户|承包户)$"
)
# words opening a group of firms or people, no name (商户, 店主: shopkeepers at large, whatever verb follows: 帮助商户做好…)
_GROUP_START = re.compile(r"(企业|公司|台企|外企|民企|国企|央企|中小|小微|广大|各|该|其|本|全|有关|相关|商户|商家|店家|店主|个体户|工商户|经营户|摊主)")
# 实施甲乙500台电机项目: a project named after its owner, then a quantity
_PROJECT_SIZE = re.compile(r"(?:\d+(?:\.\d+)?[万亿]?(?:台|套|吨|件|辆|千瓦|兆瓦|平方米|立方米|亩|条|座|只|片|支)|年产)[^,。;]{0,16}$")
_PROJECT_VERB = re.compile(r"(?:(?:实施|建设|推进|投资|签约|引进|开工|落地|推动|服务|保障)了?)+")
# a clause opening with one trade name and a firm's verb (甲乙通讯携手…, 丙丁生物成功研制…)
_FIRM_ACTS = re.compile(r"成功|紧急|加快|加紧|第一时间|全力|研发|研制|推出|携手|联合|承建|交付|火速|迅速|率先|宣布|捐赠|获得|获批|荣获|入选|顺利|拿到|收到|领到|节省|节约|享受|投资(?=\d|[一二三四五六七八九十百千]+[万亿])")
# 在甲乙科技生产车间…: the premises name the firm they belong to
_PREMISES = gated(
    r"(?:在|走进|来到|进入|深入|前往)(?!厂区|车间|厂房|仓库|工地)([\u4e00-\u9fff]{2,10}?)的?(?=生产车间|车间|厂区|生产线|厂房|门店|仓库|工地)"
)
# 去甲乙电子调研: a trade name an official goes to, and what the visit does there
# what a visit to a place is for, right after the place (调研, 考察)
# the firms a place holds, written right after it (某某产业园各家企业, 园区内企业)
_ZONE_FIRMS = re.compile("(?:各家|各|全部|所有|内的?|的)?企业")
_VISIT_PURPOSE = re.compile("调研|考察|走访|检查|指导|慰问|视察|现场|蹲点")
_VISIT_AT = gated(r"(?:去|到|赴|来到|走进|深入)([\u4e00-\u9fff]{2,8}?)" + f"(?={_VISIT_PURPOSE.pattern})")
# 带领甲乙贸易前往…: a firm an official takes along to a site or office
_LED = re.compile(r"带领([^,;。]{0,10}?企业)?([\u4e00-\u9fffA-Za-z]{2,8}?)(?=前往|考察|参观|赴|到)")
# 某地知名伴手礼品牌甲乙鸭也…: a name a description introduces as a brand, when the text goes on about it as a
# firm (甲乙鸭成立于…, 甲乙鸭创办人…); a brand no firm's words follow may be a product's
_BRAND_INTRO = re.compile(r"(?<=[\u4e00-\u9fff])品牌([\u4e00-\u9fff]{2,4}?)(?=也|的|已|在|是|[,;。、])")
_AS_FIRM = "成立于|创办人|创始人|门市|门店|负责人|董事长|总经理"
# 在甲乙科技,工人们…: a trade name visited, standing alone after the verb
_AT_FIRM = re.compile(r"(?:在|走进|来到|进入|深入)([\u4e00-\u9fff]{2,8}?)(?=,|看到|见到|了解到)")
# the words that end a shop's or a service firm's name (甲乙咖啡店, 丙丁大药房), for the contexts of a visit
_SHOPS = "咖啡店|超市|商场|大药房|药房|酒店|饭店|餐厅|商行|琴行|专卖店|旗舰店"
_SHOP_END = re.compile(f"(?:{_SHOPS})$")
# 在某人经营的甲乙咖啡店,…: a shop visited, after the words that describe it; also one a body goes to and hands
# something out in or checks (某局到甲乙超市发放口罩, a photo's caption)
_AT_SHOP = gated(f"(?:在|走进|来到|进入|走访|到)(?:[^,。;]{{0,10}}的)?([\u4e00-\u9fff]{{2,4}}(?:{_SHOPS}))"
                 r"(?=[,。、\n]|发放|赠送|送去|送上|送来|宣传|调研|检查|走访|慰问|指导)")
# the words that say which shops, not whose (辖区超市, 大型商场): no name
_SHOP_KIND = re.compile(r"^(?:辖区|附近|周边|大型|小型|各大|各类|全市|全区|全县|区内|市内|县内|社区|连锁|部分|多家|当地|本地|沿街|临街|城区|商场|超市|农贸|药店)")
# 餐厅“甲乙饭店”, 老字号「丙丁酒店」: a shop's name quoted after the kind of business it is
_QUOTED_SHOP = re.compile(f"(?:餐厅|饭店|酒店|商家|门店|老字号|企业|公司)[“「\"]([\u4e00-\u9fff]{{1,6}}(?:{_SHOPS}))[”」\"]")
# 甲乙科技是一家…企业: a clause that says what kind of firm the name is
_IS_A = re.compile(r"(?:是|作为)(?:一家|国内|全国|全球|省内|国家级|园区|全市|全省|全区|全县|当地|本地|区内|市内|我市|我区|我县)[^。;]{0,30}?(?:企业|公司|厂商|制造商|供应商)")
# ...or, for a name with a trade word, any words that end by saying it is a firm (是某县唯一一家生产…的企业, 作为防疫物资生产企业)
_IS_A_FIRM = re.compile(r"(?:是|作为)[^。;,]{0,20}?(?:企业|公司|厂商|制造商|供应商)")
# ,甲乙科贸,: a trade name standing alone between breaks (kept when the text names it twice)
_ALONE_TRADE = re.compile(r"(?:科技|生物|医疗|医药|药业|制药|基因|智能|电子|光电|科贸|商贸|实业|股份|控股|电气|精密|重工|纸业|卫浴|卫材)(?=[,。;、])")
# a brand opening a clause with what firms do for others (甲乙推出…, 丙丁宣布免去…, 戊己捐赠…)
_GIVES = re.compile(r"推出|宣布|上线|捐赠|捐款|捐资")
# the last character of a place's, a body's or a time's word, never of a brand opening a clause
# (nor a clause's activity: 安排车间生产的总经理助理)
_NOT_BRAND_END = re.compile(r"[省市区县镇乡村局委办厅部府处组年月日天后前时里内外道会家校门队站所院体方]$|我们|他们|大家|各地|全国|同时|此外|近期|目前|生产$|工作$|车间$")
# 甲乙、丙丁等推出…, 甲乙、丙丁纷纷捐赠…: brands listed at a clause's start, doing what firms do
_BRANDS_ACT = re.compile(r"(?:等|纷纷|等企业纷纷|也纷纷|相继|先后)(?=推出|宣布|捐赠|捐款|捐资|上线|开放|发布|分别为|为租户|为商户|减免|免收)")
# 甲公司携手乙…: the partner a firm works with is a firm too
# 与甲乙签约: the other party of a signing
_SIGNED = re.compile(r"(?:与|同)([\u4e00-\u9fffA-Za-z]{2,8}?)(?=签署|签订|签约|达成|举行签约)")
# the other party of a signing named by its kind (投资方, 客商, 合作伙伴), not by its name
_PARTY_KIND = re.compile("[方商者家人户员伴校]$")
# 走访了甲乙、丙丁: the firms a visit goes to, each named by its trade word
_VISITED = Words(
    (verb, "", None)
    for verb in (
        "走访", "深入", "来到", "前往", "调研", "慰问", "看望", "实地查看", "赶到", "赶赴", "奔赴", "联系", "服务", "帮扶", "包联", "挂钩", "结对", "组织", "邀请",
        "推荐", "推动", "指导", "引导", "支持", "鼓励", "协调", "督促", "对接", "进驻", "派驻", "驻点", "包括", "其中有",
        *(when + to for when in ("先后", "随后", "又", "再", "分别") for to in ("到", "赴")),
    )
)
# a trade or legal word, whose presence right after such a verb is worth reading the list for
_FIRM_WORD_NEAR = re.compile("|".join(sorted(TRADE + LEGAL, key=len, reverse=True)))
# ...and the words that follow the firms it names
_VISITED_END = re.compile("[,。;]|等地|调研|了解|检查|指导|现场|看望|慰问|考察|察看|等企业|等企|等公司|等厂家|等(?:重点)?项目|等(?=\\d|[一二三四五六七八九十多几数]+[家个户])|参加|参与|开展|进行|加快|实现|完成|申报|入选|获评|扩大|做好|落实|解决|共同|为|向|给|提供")
#: how far after a visit's verb a trade or legal word is looked for
VISITED_NEAR = 16
# 甲乙已复工, 丙丁员工返岗…: a trade name opening a clause, then what a firm's works do
_WORKS = re.compile(
    r"恢复产能|恢复生产|复工|复产|开工|投产|达产|满产|产能|生产|员工|职工|工人|订单|产值|车间|生产线|厂区|厂房|总部|首批|转产|成立于|落户|位于|于\d{4}年|"
    r"今年|目前|日前|近日|近期|急需|面临|遇到"
)
# the words between such a name and its works (甲乙已恢复产能, 丙丁全面复工)
_WORKS_LEAD = ("已经", "已", "全面", "率先", "陆续", "正式", "顺利", "基本", "逐步", "的")
_PARTNER = re.compile(r"(?:携手|联合)([\u4e00-\u9fff]{2,8}?)(?=,|在|为|共同|助力|打造|推出|开发|研发|建设|合作|开展|提供)")


# 甲乙有限公司丙丁分公司: a branch named after its parent's full legal name
_BRANCH_OF_FIRM = re.compile(r"[\u4e00-\u9fff()]{2,}?(?:有限责任公司|有限公司)[\u4e00-\u9fff]{2,8}分公司")


# a company's name in Latin letters: capitalised words before a legal ending (Company Limited, Ltd., Inc.)
_LATIN_NAME = first_checked(
    r"(?<![A-Za-z&.])[A-Z][A-Za-z0-9&'.-]*(?:[ ]+(?:[A-Z][A-Za-z0-9&'.-]*|\([A-Z][A-Za-z ]*\)|&|and|of))*?"
    r"[ ]+(?:(?:Company|Co\.,?)[ ]+(?:Limited|Ltd\.?)|Limited|Ltd\.?|Inc\.?|Corporation|Corp\.|LLC|GmbH)(?![A-Za-z])"
)


# verbs of using, reaching or linking a firm, glued to a bare legal word (租赁集团厂房, 用好银行贷款, 可利用银行,
# 搭建银行与企业的桥梁), also a verb with its result 好 (帮助企业匹配好银行): no name
_GLUED_VERB = re.compile(
    f"[可将已也还就都并又再均需应要能会仍早]{{0,2}}(?:租赁|租用|承租|用好|用足|用活|利用|使用|借助|依托|依靠|对接|联系|协调|申请|走访|通过|透过|经由|提供|借力|搭建|搭起|架起|打通|促进|[\u4e00-\u9fff]{{2}}好)(?:{_LEGAL.pattern})+"
)


# a place's inside before a name (某工业园内的, 某镇里的): where the firm is, no part of its name
_INSIDE_DE = re.compile("[内里中]的")


def _after_count(text: str, s: int) -> bool:
    """Whether ``s`` follows a count's digits (6家, 十余家, 2022年): a measure word or a date there opens no name."""
    return s > 0 and (text[s - 1].isdigit() or text[s - 1] in _COUNT_DIGITS)


def _opens_after_de(text: str, s: int) -> bool:
    """Whether the name at ``s`` opens with a function character right after a 的 or a verb of visiting
    (…的给力机械公司, 走进为达机械): no preposition or verb follows them there, so the character is the name's own."""
    return s >= 1 and text[s] in _OPENS_AFTER_DE and (text[s - 1] == "的" or text.endswith(_VISIT_VERBS, 0, s))


# a group's plant or works written after the group's name (某某集团炼钢三厂, 某某集团二分厂)
_GROUP_PLANT = re.compile("集团[\u4e00-\u9fff]{0,6}?[一二三四五六七八九十0-9]*分?厂$")


@lru_cache(maxsize=16384)
def _valid(name: str) -> bool:
    """Whether a stretch can be a firm's name (cached: the scans of one text ask it of the same stretch again)."""
    if _GLUED_VERB.fullmatch(name):
        return False
    body = _LEGAL.sub("", name)
    if body == name and _KIND_END.search(name) or _NOT_IN_NAME.search(name) or "公司" in name[:-2] and not _BRANCH_OF_FIRM.fullmatch(name) or _MEDIA.search(name):
        return False
    if _GROUP_PLANT.search(name):
        return False  # 某某集团炼钢三厂: a plant of the group, which is the firm
    if name.endswith("银行") and "银行" in name[:-2]:
        # 某农商银行用行动彰显了地方银行: a bank's name holds no other bank, the stretch is a clause
        return False
    if body.endswith("了"):
        # 挽救了公司, 帮助了企业: a verb's aspect before a bare legal word
        return False
    if body == name and _COST.fullmatch(name):
        # 免收园区企业房租的: what a firm pays (rent, fees, taxes, loans) is no firm's name
        return False
    if body == name and _SCOPE.fullmatch(name):
        # 新能源汽车, 精密机械: trade words only name a sector
        return False
    if name.endswith(("公司", "集团")) and (_SCOPE.fullmatch(body) or _SERVICE_KIND.fullmatch(body)):
        # 供电公司, 投资公司, 科技公司: what a kind of firm does, not one firm's name
        return False
    # the words before the first legal word (建设 of 建设银行某省分行)
    legal = _LEGAL.search(name)
    head = name[: legal.start()] if legal else name
    return (
        2 <= len(body)
        and len(name) <= NAME_MAX
        and name not in _CUT_NOUNS  # (台企负责人表示: a kind of firm, no name)
        and not _GENERIC.match(name)
        and not _INDUSTRY.match(name)
        and not _FINANCE_KIND.match(name)
        and not _BANK_ROLE.search(name)
        # (为保障公司复工: a verb before the bare word 公司, no name; 建设银行 is a bank's)
        and not (_PREDICATE.match(head) and (head == name or len(head) > 2 or name == head + "公司"))
        and not _CUT_VERB_IN.search(body)
        and any(is_han(c) or c.isalpha() for c in body)
    )


# the usual short names of banks, and what may follow one (建行发放, 农行贷款, 农行首批)
_BANK_SHORT = re.compile(BANK_SHORT)
_AFTER_BANK = frozenset("发贷推提首")
# the bare level words a bank's branch is named by (市农行, 县工行), and the verbs of a body bringing it in
_BANK_LEVEL = frozenset("省市县区")
_BRINGS_IN = ("协调", "组织", "联合", "会同", "督促", "引导", "推动", "邀请")

def _branch_place(text: str, s: int) -> bool:
    """Whether the two characters before a bank's short name at ``s`` open their clause and may be a place's
    name (某某农行), not a time, an adverb or a phrase (今年农行, 此外农行)."""
    word = text[s - 2 : s]
    return (
        s >= 2 and (s == 2 or text[s - 3] in BREAK) and all(is_han(c) and c not in FUNCTION for c in word)
        and not (_GENERIC.match(word) or _PREDICATE.match(word) or _NOT_BRAND_END.search(word) or _GROUP_START.match(word))
    )


# a verb of existence (and the time word before it) opening a clause that names a firm
_EXIST_LEAD = re.compile(r"(?:此次|本次|目前|今年|现在|当前|全市|全县|全区)?(?:共有|还有|已经有|已有|均有|也有|现有|分别有|分别是|分别为)")

# a ranking written before a firm's name
_RANK_LEAD = re.compile(r"(?:世界|全球|中国|全国|国内|亚洲|行业)(?:\d+|[一二三四五六七八九十百千]+)强")

# words for the area a firm is in, written before its name (园区甲乙, 辖区内丙丁, 我市甲乙)
_AREA_LEAD = re.compile(r"(?:园区内?|区内|辖区内?|辖内|本地|当地|开发区|高新区|经开区|新区|入驻)?的?企业|园区内?|区内|辖区内?|辖内|本地|当地|开发区|高新区|经开区|新区|入驻"
                        r"|[我本全][省市区县镇州旗]")
# the words for the area around, before a name found by its context (本地甲乙重工)
_LOCAL_LEAD = re.compile("当地|本地|辖区内?|区内|辖内")
# a run of a page decoded with the wrong charset: a replaced byte (?) soon followed by a lone Latin letter between
# characters (?!敝薪h: the trail byte of a two-byte character); no name starts inside it
_GARBLED = re.compile(r"\?[!\"“”]?[\u4e00-\u9fff]{1,6}[A-Za-z@^_`{|}~](?=[\u4e00-\u9fff])")
# a pronoun and a bare level word before a name (该县, 本市): the place in focus, not the name's first character
_PLACE_PRONOUN = frozenset("该本我此")
_LEVEL_WORD = frozenset("省市县区镇乡旗州")
# 等相关企业, 等有关企业: a list of the fields the firms are in
_RELATED = ("相关", "有关")
#: the longest list of names read after the words that introduce it
LIST_MAX = 60


def _clause_start(text: str, pos: int) -> int:
    """Where the clause holding ``pos`` starts, looking back at most ``LIST_MAX`` characters."""
    lo = max(0, pos - LIST_MAX)
    return max([lo] + [text.rfind(c, lo, pos) + 1 for c in ",。;:!?\n"])


def _items_before(text: str, start: int, end_words: re.Pattern[str], seps: str) -> list[tuple[int, int]]:
    """The names of ``甲乙、丙丁`` from ``start`` to the first of ``end_words`` after which every item has 2 to 8
    characters (none when no such end follows); read in one pass, not by a backtracking pattern."""
    stop = start
    while stop < len(text) and stop - start < LIST_MAX and (_brand_char(text[stop]) or text[stop] == "、"):
        stop += 1
    for m in end_words.finditer(text, start + 2, min(len(text), stop + 1)):
        items, pos = [], start
        for sep in re.finditer(f"以及|[{seps}]", text[start : m.start()]):
            items.append((pos, start + sep.start()))
            pos = start + sep.end()
        items.append((pos, m.start()))
        if len(items) > 1 and (zone := _ZONE_LEAD.match(text, *items[0])) and items[0][1] - zone.end() >= 2:
            # 深入某开发区甲乙、丙丁公司: the first name after the zone visited
            items[0] = (zone.end(), items[0][1])
        elif (home := _HOME_LEAD.match(text, *items[0])) and items[0][1] - home.end() >= 2:
            # 走访某县企业甲乙机械: the place says where the firm is, the name follows
            items[0] = (home.end(), items[0][1])
        if all(2 <= b - a <= 8 for a, b in items):
            return items
    return []


def _place_and_one(scan: "_Scanner", conj: int) -> bool:
    """Whether a place and one character stand right before the conjunction at ``conj`` (浙江甲和乙丙冶金制品等公司):
    a place with a single character is no firm to list, so the conjunction is inside one name."""
    return conj >= 3 and bool(scan.protected[conj - 2]) and scan._one_before(conj)


# a firm named with its suppliers, chain or branches (甲乙及其配套企业, 丙丁及其上游供应商企业)
_WITH_ITS_FIRMS = re.compile(r"及其(?:配套|上下游|产业链|供应链|关联|下属|协作)[^,;。]{0,8}?(?:企业|公司|厂家|厂商)")


# a zone written before the first name of a list (县经济开发区甲乙、丙丁)
# a place and the word joining it to the firm listed after it (某县企业, 某区的)
_HOME_LEAD = re.compile(r"[\u4e00-\u9fff]{1,6}?(?:省|市|区|县|镇|乡|街道)(?:内的|的|辖区企业|企业)")
_ZONE_LEAD = re.compile(r"[\u4e00-\u9fff]{0,6}?(?:开发区|高新区|经开区|工业园区|产业园区|园区|工业园|产业园|集聚区|工业小区)")


def _brand_char(c: str) -> bool:
    """A character a brand's name may hold: Han, or a Latin letter (TCL科技, OPPO)."""
    return is_han(c) or c.isascii() and c.isalpha()


def _opens_predicate(word: str) -> bool:
    """Whether the whole of ``word`` is a word that starts a predicate (针对, 对于)."""
    m = _PREDICATE.match(word)
    return m is not None and m.end() == len(word)


# three or more digits between the characters of a name
_NUMBER_RUN = re.compile(r"\d{3,6}")


# one-character adverbs, modals, prepositions, pronouns and body words: never a name's first character before a function character (可向…, 该局向…)
_ADVERB = frozenset("可将已也还就都并又再更均需应要能会则仍正才另即便且或乃亦皆只特专多少不没未曾先后现请使让叫被把给至向朝往从自到当因由按依据经通凭趁比跟同替对于为与和及在是的等其该各以局厅委办府部区市县省镇乡村司行所院校会队站我你他她它们这那")
# function characters that open trade names (给力, 为民, 向阳), right after the 的 of a phrase qualifying the name
_OPENS_AFTER_DE = frozenset("给为向让由以对从将在与")
# verbs of visiting, after which a name opens
_VISIT_VERBS = ("走进", "来到", "莅临", "走访", "前往", "深入", "参观")
# bare business words: what a legal name says its firm does, never the whole name (科技, 管理, 药业)
_SCOPE = first_checked("(" + "|".join(sorted(TRADE, key=len, reverse=True)) + "|管理|发展|服务|咨询|孵化|投资|营销|策划|信用|技术|建设|开发|运营|集团|股份|控股|实业)+")
# what a zone's platform company is named for after the zone's name, one word or several (投资开发)
_ZONE_FIRM_BODY = re.compile(r"(控股|投资|发展|建设|实业|城投|产投|资产管理|资产|开发|运营|管理|创投|担保|融资担保|产业发展|科技发展)*")


# verbs whose complement 到 the scan finds first (了解|到某公司, 接|到某银行)
_REACH_VERBS = ("了解", "收", "接", "找", "遇", "得", "受", "看", "来", "驻", "入")
# the officer of a firm's project (甲乙汽车项目负责人)
_PROJECT_OFFICER = re.compile("项目(?:负责人|经理|总经理|总监)")
# an adverb and the verb of a visit written before the firm visited (先到甲乙公司, 随后到丙丁公司, 深入到甲乙), also a bare
# 到 opening its clause (某某带领专班,到甲乙、丙丁等企业调研), not 到达, 到位, 到期, 到岗, 到账, 到场
_VISIT_LEAD = gated("(?:先后|先|随后|然后|之后|再|又|还|也|分别|一同|一起)(?:来到|走进|到|赴)|赴|(?<=深入)到|(?<=[,;:])到(?![达位期岗账场])")
# verbs that take a firm as object and are written right before its place-led legal name (服务某市甲乙公司, 帮扶某县丙丁厂)
_SERVE_VERBS = ("服务", "帮扶", "包联", "挂钩", "结对")
# verbs that reach across where a name's scan stopped (立即对接某银行: 对 ends the scan, 接 is the verb's)
_CUT_VERB_SET = frozenset(_CUT_VERBS)
#: how many of a name's own characters may stand between its place and a 联合 inside it (某省甲乙联合…有限公司)
_JOINT_OWN = 3
_VERB_ACROSS = max(len(w) for w in _CUT_VERBS) - 1


def _past_verb(text: str, start: int, end: int, protected: bytearray) -> int:
    """Where a name found from ``start`` to ``end`` really starts: after a cut verb that the scan entered
    halfway (对|接某银行), and after a verb's aspect or complement (接到了某联社, 了解|到某公司), keeping two characters."""
    for size in range(2, _VERB_ACROSS + 2):
        for lead in range(1, size):
            if start - lead >= 0 and text[start - lead : start - lead + size] in _CUT_VERB_SET and end - (start - lead + size) >= 2:
                start = start - lead + size
                break
    legal = _LEGAL.search(text, start, end)
    head_end = legal.start() if legal else end
    aspect = text.rfind("了", start, head_end)
    if aspect >= 0 and not protected[aspect] and not text.startswith("了么", aspect) and head_end - aspect > 2:
        # 第二天收到了甲乙公司, 找到了丙丁机械: the name follows the verb's aspect (a brand may hold 了么)
        return aspect + 1
    if text.startswith("到", start) and end - start >= 3 and (text.endswith(_REACH_VERBS, 0, start) or start and is_han(text[start - 1]) and not protected[start - 1]):
        # 了解到某公司, 走访到某公司: 到 completes the verb before it
        return start + 1
    reach = text.rfind("到", start + 1, head_end)
    if reach > 0 and not protected[reach] and head_end - reach > 2:
        # 每天准时到某某铸业公司: the verb of going ends the words before the name
        return reach + 1
    if text.startswith(_SERVE_VERBS, start) and start + 2 < end and protected[start + 2] and not protected[start]:
        return start + 2
    return _after_visit(text, start, head_end, protected)


def _after_visit(text: str, start: int, end: int, protected: bytearray) -> int:
    """Where a name read from ``start`` starts past the visitors and the adverb of a visit
    (某组先后到甲乙公司, 某某一行先到丙丁公司), keeping two characters before ``end``."""
    visits = [v for v in _VISIT_LEAD.finditer(text, start, end) if not protected[v.start()]]
    return visits[-1].end() if visits and end - visits[-1].end() >= 2 else start


# the end of a town, county or city written before a firm (某镇, 某街道)
_LOWER_PLACE_END = re.compile("(?:镇|乡|街道|县|区|市)$")


def _after_lower_place(text: str, s: int, e: int, scan: "_Scanner") -> int:
    """Where a legal name starts when a province opens it after a lower place (某镇山东甲乙有限公司):
    no firm's name puts its province after its town, so the town only says where the firm is. Nor after
    a preposition (机构同江西甲乙有限公司) or four characters of no place (有效破解江西甲乙有限公司): a parent's
    mark before the province is short (国网江西…) or ends in its own legal or trade word (某某集团江西…)."""
    i = bisect_right(scan.province_starts, s)
    p = scan.province_starts[i] if i < len(scan.province_starts) else e
    legal = _LEGAL_END.search(text, p, e)
    own = p
    while own < e and scan.protected[own]:
        own += 1
    if p >= e - 2 or not legal:
        return s
    lead = text[s:p]
    if legal.start() - own < 2 and not _LOWER_PLACE_END.search(lead):
        return s  # 某某啤酒江西有限公司: the province names a parent's subsidiary, the mark before it is the name
    if _LOWER_PLACE_END.search(lead) or lead and (lead[-1] in "同与向对给跟" or len(lead) >= 4 and "(" not in lead and not any(scan.protected[s:p]) and not _LEGAL_END.search(lead) and not _TRADE_END.search(lead)):
        return p
    return s


# the legal words of the bodies named with their town or village (某镇某某种植专业合作社)
_COOP = ("合作社", "联合社", "联社", "信用社")
# the kinds of firms a place's own service company is named for (某市中小企业服务中心有限公司)
_FIRM_KIND = re.compile("中小|小微|民营|乡镇")


# the marks that end a clause or sentence (not a quote closing a project's name: 甲公司“某项目”和乙公司)
_CLAUSE_END = frozenset("，。；：！？,.;:!?\n")
# conjunctions that open a clause, never a firm's name after a break (，而甲乙有限公司也获得…)
_CLAUSE_CONJUNCTIONS = frozenset("而但却")
# characters that take what follows as their object, so a 和 after them opens a name (为和丰饲料有限公司)
_NO_LEFT_PARTY = frozenset("为对向给把将被从由及和与") | _CLAUSE_CONJUNCTIONS


def _conjunction_start(text: str, k: int, pos: int, room: bool) -> int:
    """Where a legal name read back to ``k`` starts, past a clause's conjunction (，而甲乙有限公司: 甲乙有限公司)
    and before a 和 that nothing can coordinate with (为和丰饲料有限公司, ，和丰饲料有限公司是…): the trade
    mark's own first character; ``room`` says whether the scan may take one more character."""
    if _LEGAL.match(text, pos) is None:
        return k
    if text[k] in _CLAUSE_CONJUNCTIONS and (k == 0 or text[k - 1] in _CLAUSE_END) and pos - k > 3:
        k += 1
    if room and k >= 1 and _opens_after_party(text, k - 1) and pos - k >= 2:
        k -= 1
    return k


def _opens_after_party(text: str, s: int) -> bool:
    """Whether the 和 at ``s`` opens a name: nothing before it can be the first of two parties (为和顺…, ，和顺…)."""
    return text[s] == "和" and (s == 0 or text[s - 1] in _CLAUSE_END or text[s - 1] in _NO_LEFT_PARTY)


def _after_unopened(text: str, k: int, pos: int) -> int:
    """Where a name read back from ``pos`` to ``k`` starts past a bracket it closes without opening
    (通讯员某某)某省甲乙公司: the bracket ends a byline, a name's brackets are its own (甲乙(某省)有限公司)."""
    close = text.rfind(")", k, pos)
    if close < 0:
        return k
    depth = 0
    for i in range(close, k - 1, -1):
        depth += {")": 1, "(": -1}.get(text[i], 0)
    return close + 1 if depth > 0 and pos - close > 2 else k


class _Scanner:
    """Name boundaries of one text: characters inside place mentions never end a name."""

    def __init__(self, text: str, places: list[Mention], agencies: list[Mention]) -> None:
        self.text = text
        self.protected = bytearray(len(text))
        for p in places:
            self.protected[p.start : p.end] = b"\x01" * (p.end - p.start)
        self.walls = sorted({m.end for m in places if m.type == "Zone"})
        self.wall_start = {m.end: m.start for m in places if m.type == "Zone"}
        self.zone_starts = set(self.wall_start.values())
        self.zone_end = {m.start: m.end for m in places if m.type == "Zone"}
        self.wall_set = {w - 1 for w in self.walls}
        self.agencies = SpanIndex([(a.start, a.end) for a in agencies])
        self.agency_ends = sorted({a.end for a in agencies})
        self.places = {(p.start, p.end) for p in places}
        self.province_starts = sorted(p.start for p in places if p.level == "province")
        self._place_ends = {p.start: p.end for p in places}
        self.town_end = {p.start: p.end for p in places if p.level == "town"}
        self.digit_inside = bytearray(len(text))
        for m in _NUMBER_RUN.finditer(text):
            s, e = m.span()
            if s and e < len(text) and is_han(text[s - 1]) and is_han(text[e]) and not text[s - 1 : s + 1].isdigit():
                self.digit_inside[s:e] = b"\x01" * (e - s)

    def name_char(self, i: int) -> bool:
        c = self.text[i]
        if self.protected[i]:
            return True
        if c.isdigit():
            # 某某3543针织有限公司: a number inside a name, between its characters
            return self.digit_inside[i]
        return (is_han(c) or c.isalpha() or c in "()〔〕") and c not in FUNCTION

    def left(self, pos: int) -> int:
        """Where a name ending at ``pos`` starts."""
        text = self.text
        i = bisect_right(self.walls, pos) - 1
        wall = self.walls[i] if i >= 0 and self.walls[i] >= pos - 24 else -1
        j = bisect_right(self.agency_ends, pos - 2) - 1
        # scan back over name characters, but never into a zone or an agency just before the name
        # (某局会同某银行某分行: the bureau acts with the bank)
        stop = max(wall, self.agency_ends[j] if j >= 0 else -1)
        k = pos
        while k > max(0, pos - 24, stop) and self.name_char(k - 1):
            k -= 1
        after_place = k >= 3 and self.protected[k - 3] and _LEGAL.match(text, pos) is not None
        if (k >= 2 and text[k - 1] in FUNCTION and is_han(text[k - 2]) and text[k - 2] not in _ADVERB and not self.protected[k - 2] and (k < 3 or not self.name_char(k - 3) or after_place)
                and not _opens_predicate(text[k - 2 : k]) and not (k >= 3 and text[k - 3].isdigit()) and not _INSIDE_DE.fullmatch(text, k - 2, k)):
            # a function character as the second of a name's characters (某为技术有限公司), also after the place that
            # opens a legal name (湖北甲在乙食品有限公司), unless the two are a verb (针对), the first is a number's
            # unit or a date's (14日将某公司) or they place the firm inside the place (某工业园内的甲公司)
            k -= 2
            while after_place and k > max(0, pos - 24, stop) and self.protected[k - 1]:
                k -= 1
        if k >= 2 and _opens_after_de(text, k - 1) and not self.protected[k - 1] and pos - k >= 3:
            # 位于某开发区的给力机械公司: a 的 phrase qualifies the whole name, so the function character after it opens the name
            k -= 1
        k = _after_unopened(text, k, pos)
        k = _conjunction_start(text, k, pos, k > stop)
        if k == wall and _ZONE_FIRM_BODY.fullmatch(_LEGAL.sub("", text[k:pos])):
            # 某园区控股公司: a zone's own platform company is named with the zone
            return self.wall_start[wall]
        if k >= 2 and text[k - 1] in "和与及" and is_han(text[k - 2]) and (_SCOPE.fullmatch(_LEGAL.sub("", text[k:pos])) or self._one_before(k - 1)):
            # 某和科技有限公司: a bare business word is no name, so 和 is inside the name; so is a 和 after a
            # single character of the name's own (浙江甲和粉末冶金有限公司: 浙江甲 is no firm to coordinate with)
            k -= 1
            while k > max(0, pos - 24, stop) and self.name_char(k - 1):
                k -= 1
        if k >= 3 and text[k - 1] == "和" and text[k - 2] in "市县" and self.protected[k - 2] and _LEGAL.match(text, pos) is not None:
            # 某市和泰食品有限公司: a legal name opens with its city, and a trade mark may open with 和
            k -= 1
            while k > max(0, pos - 24, stop) and self.protected[k - 1]:
                k -= 1
        best = k
        for word in _CUT if _CUT_IN.search(text, k, pos) else ():
            i = text.rfind(word, k, pos)
            rest = _LEGAL.sub("", text[i + len(word) : pos]) if i >= 0 else ""
            if i >= 0 and len(rest) >= 2 and not self.protected[i] and not (word == "企业" and (_SCOPE.fullmatch(rest) or self._kind_in_name(k, i))) and word != "联合":
                # (甲乙企业管理有限公司: 企业 before a bare business word is part of the name)
                best = max(best, i + len(word))
        start = _past_verb(text, best, pos, self.protected)
        joint = text.rfind("联合", start, pos)
        if joint >= start and len(_LEGAL.sub("", text[joint + 2 : pos])) >= 2 and not self.protected[joint] and not self._joint_in_name(start, joint, pos):
            # (某局联合甲乙公司: the verb of a joint act; 某省甲乙联合丙丁有限公司: a word of the name)
            return _past_verb(text, joint + 2, pos, self.protected)
        return start

    def _one_before(self, conj: int) -> bool:
        """Whether the name characters before the conjunction at ``conj`` are one character of a name's own,
        alone or after a place (甲和…, 浙江甲和…), which no coordination leaves: no adverb, pronoun or level word."""
        own = conj - 1
        if self.protected[own] or self.text[own] in _ADVERB or not is_han(self.text[own]):
            return False
        return own == 0 or self.protected[own - 1] or not self.name_char(own - 1) or self.text[own - 1] in FUNCTION

    def _joint_in_name(self, k: int, i: int, pos: int) -> bool:
        """Whether 联合 at ``i`` is a word of the legal name ending at ``pos``, right after the place opening it
        and at most three characters of the name's own (某省甲乙联合丙丁股份有限公司): no verb of a joint act,
        whose subject is a body or a firm named in full."""
        own = k
        while own < i and self.protected[own]:
            own += 1
        legal = _LEGAL.match(self.text, pos) is not None or self.text.endswith(LEGAL, i, pos)
        return own > k and i - own <= _JOINT_OWN and not any(self.protected[own:i]) and legal

    def joint_name(self, s: int, e: int) -> bool:
        """Whether ``s``..``e`` is a legal name holding 联合 as a word of its own (某省甲乙联合丙丁有限公司), valid
        but for that word."""
        i = self.text.find("联合", s, e)
        return i > s and self._joint_in_name(s, i, e) and _valid(self.text[s:i] + self.text[i + 2 : e])

    def _kind_in_name(self, k: int, i: int) -> bool:
        """Whether 企业 at ``i`` closes a kind of firm right after the place that opens the name
        (某县中小企业担保有限公司: the guarantee company of the county's small firms)."""
        kind = _FIRM_KIND.match(self.text, i - 2 if i >= 2 else 0, i)
        return kind is not None and k < kind.start() and all(self.protected[k : kind.start()])

    def place_end(self, s: int) -> int:
        """Where the place mention starting at ``s`` ends (``s`` when none starts there)."""
        return self._place_ends.get(s, s)

    def in_agency(self, s: int, e: int) -> bool:
        return self.agencies.overlaps(s, e)


# the words introducing a firm as state-owned, also as its place's (国有平台公司甲乙集团, 高新区国资平台丙丁公司)
_STATE_LEAD = re.compile("(?:[\u4e00-\u9fff]{0,8}?[区园市县省](?:的|属)?)?(?:国有平台公司|国资平台公司|国有平台|国资平台|平台公司|国有企业|国企|(?:央企|中央企业)(?:总部)?|总部)")


# a bank's name ending right before the place a branch is named after (农业银行|某市…支行)
_BANK_BEFORE = re.compile(f"(?:银行|农商行|{BANK_SHORT})$")
#: the longest name of its own a branch writes after its place (某市城东支行: 城东)
BRANCH_NAME_MAX = 4


def _branch_bank_end(text: str, ss: int, place_at: dict[int, Mention]) -> int | None:
    """Where the bank's name ends before a branch named by a place and a name of its own (农业银行某市城东支行 with 支行
    at ``ss``), or None."""
    for k in range(ss - 2, max(0, ss - 12), -1):
        p = place_at.get(k)
        if p is not None and 0 < ss - p.end <= BRANCH_NAME_MAX and all(is_han(c) for c in text[p.end : ss]) and _BANK_BEFORE.search(text, max(0, k - 4), k):
            return k
    return None


# adverbs of sequence opening a clause (最终, 随后, 终于): what came next, never the start of a name
_SEQUENCE_LEAD = re.compile("最终|最后|随后|然后|终于|之后|后来|接着")
_CLAUSE_MARKS = frozenset(",;:。!?\n ")


def find_enterprises(text: str, places: list[Mention], agencies: list[Mention]) -> list[Mention]:
    """Enterprise mentions of the text (analysis view), given its place and agency mentions."""
    scan = _Scanner(text, places, agencies)
    place_at = {p.start: p for p in places}
    garbled = [m.span() for m in _GARBLED.finditer(text)]
    found: dict[tuple[int, int], Mention] = {}
    ends: dict[int, list[int]] = {}  # ends of the found names by start; names are at most NAME_MAX long

    def add(s: int, e: int, kind: str = "") -> None:
        """Add the name at ``s``..``e``, completed by the kind a list of such names shares (甲、乙等种养合作社)."""
        while s < e and not (is_han(text[s]) or text[s].isalnum()) or s < e - 2 and text[s] in "了着":
            # no name opens with punctuation or an aspect particle (走访了某公司)
            s += 1
        if s < e - 3 and text[s] == "内" and s in scan.wall_start:
            s += 1  # 某科技园内甲乙公司: the firm is inside the zone, 内 opens no name
        if s < e - 2 and (text[s] == "到" and s > 0 and is_han(text[s - 1]) or text[s] in "家户" and _after_count(text, s)):
            # 推荐到某银行, 6家某银行: a verb's complement or a count's measure word opens no name
            s += 1
        if (prep := _LEAD_PREP.match(text, s, e)) and _valid(text[prep.end() : e]) and not _opens_after_de(text, s):
            # 据某公司…, (及)时与某银行联系: the name starts after the preposition
            s = prep.end()
        if ((lead := _AREA_LEAD.match(text, s, e)) and e - lead.end() >= 2 and (not _valid(text[s:e]) or text.startswith("企业", lead.end() - 2))
                and not (_LEGAL_END.search(text, lead.end(), e) and _ZONE_FIRM_BODY.fullmatch(_LEGAL.sub("", text[lead.end() : e])))):
            # 园区甲乙, 辖区丙丁, 园区企业戊己, 园区甲乙科技有限公司: the area word says where the firm is, it is not part
            # of the name (a platform's legal name keeps it: 开发区城投公司 is the zone's own firm)
            s = lead.end()
        s = next((ge for gs, ge in garbled if gs < s < ge and e - ge >= 4), s)  # ?!敝薪h甲乙有限公司: after the garbage
        s = _after_lower_place(text, s, e, scan)
        if s > 0 and text[s - 1] in _PLACE_PRONOUN and text[s] in _LEVEL_WORD and _valid(text[s + 1 : e]):
            s += 1  # 从该县甲乙村镇银行贷款: 该县 names the place the bank is in, the level word is no part of the name
        if (town := scan.town_end.get(s)) is not None and e - town >= 4 and not text.endswith(_COOP, s, e) and _valid(text[town:e]):
            s = town  # 某镇甲乙科技公司: the town says where the firm is (a cooperative is named with its town)
        if (have := _EXIST_LEAD.match(text, s, e)) and _valid(text[have.end() : e]):
            # 此次共有甲乙村镇银行等: the name after the verb of existence that introduces it
            s = have.end()
        elif text.startswith("有", s) and s > 0 and text[s - 1] in "已还共均也现" and _valid(text[s + 1 : e]):
            s += 1  # 目前已有甲乙公司 (the scan stopped at 已)
        if (s == 0 or text[s - 1] in _CLAUSE_MARKS) and (then := _SEQUENCE_LEAD.match(text, s, e)) and _valid(text[then.end() : e]):
            s = then.end()  # …沟通联系,最终甲乙银行为公司…: the adverb opening the clause opens no name (后来居上 after 走访了 may)
        if (rank := _RANK_LEAD.match(text, s, e)) and e - rank.end() >= 2:
            # 世界500强甲乙集团: a ranking the firm is in, not its name
            s = rank.end()
        if (owned := _STATE_LEAD.match(text, s, e)) and e - owned.end() >= 2 and _valid(text[owned.end() : e]):
            # 国资平台甲乙集团: what the firm is (a state-owned platform), not its name
            s = owned.end()
        name = text[s:e]
        if name.startswith(("家", "个", "户", "间", "年", "月")) and _after_count(text, s):
            return  # 18家股份合作公司, 2022年国有大型银行: a count of firms of a kind or a date, no name
        if len(name) > 2 and name[1] == "是" and name[0] in _COUNT_DIGITS:
            if not _valid(name[2:]):
                return  # 一是加强股份公司…: an enumerated item's words, no name
            s, name = s + 2, name[2:]
        if scan.zone_end.get(s) == e - 2 and name.endswith("银行"):
            return  # 某开发区银行新增贷款…: the banks of the zone, no bank's name
        opened = _opens_after_de(text, s) or _opens_after_party(text, s) and _LEGAL_END.search(name) is not None
        if not (_valid(name) or opened and _valid(name[1:]) or scan.joint_name(s, e)) or scan.in_agency(s, e) or (s, e) in scan.places:
            return
        for fs in range(max(0, e - NAME_MAX), s + 1):
            if fs in ends and any(e <= fe for fe in ends[fs]):
                return
        for fs in range(s, e):
            for fe in [fe for fe in ends.get(fs, ()) if fe <= e]:
                del found[(fs, fe)]
                ends[fs].remove(fe)
        found[(s, e)] = Mention(s, e, "Enterprise", name + kind, name)
        ends.setdefault(s, []).append(e)

    for m in _LEGAL.finditer(text):
        ss, e = m.span()
        if text[e : e + 1] == "业" or text[ss - 1 : ss] == "家" or _SUBSIDIARY_WORD.search(text, max(0, ss - 3), ss) or scan.in_agency(ss, e):
            continue
        start = scan.left(ss)
        if start and text[start - 1] == "等" and start > 1 and text[start - 2] not in BREAK:
            continue  # 甲、乙等种养合作社: the kind of the firms listed, no name of its own
        if sub := [w.end() for w in _SUBSIDIARY_OF.finditer(text, max(0, start - 2), ss)]:
            start = sub[-1]  # …旗下子公司乙有限公司: the subsidiary's name opens after the word
        if m.group(0) in ("分行", "支行") and start in scan.zone_starts:
            # 某银行某园区支行: a bank's branch named after the zone it serves
            bank = start
            if text.endswith("行", 0, bank):
                start = scan.left(bank)
        elif m.group(0) in ("分行", "支行") and (bank := _branch_bank_end(text, ss, place_at)) is not None:
            start = scan.left(bank)  # 某银行某市某某支行: the branch's own name after its city is the bank's too
        add(start, e)
    for m in _BANK_SHORT.finditer(text):
        # 工行, 建行为小微企业放贷, 某县农行: the large banks by their usual short names, as words of their own
        s, e = m.span()
        if e < len(text) and is_han(text[e]) and text[e] not in FUNCTION and text[e] not in _AFTER_BANK:
            continue
        if s > 0 and scan.protected[s - 1]:
            while s > 0 and scan.protected[s - 1]:
                s -= 1
        elif s > 0 and text[s - 1] in _BANK_LEVEL and (s == 1 or not is_han(text[s - 2]) or text[s - 2] in FUNCTION or text.endswith(_BRINGS_IN, 0, s - 1)):
            s -= 1  # 。县农行为…, 协调县农行…: the branch of the place the level word stands for
        elif s > 0 and is_han(text[s - 1]) and text[s - 1] not in FUNCTION and text[s - 1] != "了":
            if not _branch_place(text, s):
                continue
            s -= 2  # ,某某农行首批为…: a branch named by a place the gazetteer does not list
        add(s, e)
    for m in _FACTORY.finditer(text):
        # 某某调料厂, 某某水泥制品厂: a works named by a distinctive word before what it makes
        s = scan.left(m.start(1))
        own = s
        while own < m.start(1) and scan.protected[own]:
            # 某市某某纺织厂: the works' own word follows its place
            own += 1
        mark = text[own : m.start(1)]
        if m.group(1) == "化工" and _MODE_OF_WORK.search(mark):
            continue  # 智能化工厂, 数字化工厂: a way of working (智能化) before 工厂, no chemical works
        if 2 <= len(mark) <= 4 and not _PREDICATE.match(mark) and not _FACTORY_MARK_BAD.match(mark) and not mark.endswith(_VERB_COMPLEMENT):
            add(s, m.end())
    for m in _COUNT_CLOSED.finditer(text):
        # 甲、乙两家进驻某园的企业, 甲和乙两大连锁超市: the items are firms when they are as many as the count says
        items: list[tuple[int, int]] = []
        _list_items(text, m.start(), scan, lambda s, e: items.append((s, e)))
        if len(items) == chinese_number(m.group(1)):
            for s, e in items:
                add(s, e)
    for m in _SETTLED_LIST.finditer(text):
        _list_items(text, m.start(), scan, add)
    for m in _REPRESENTED.finditer(text):
        # 以甲、乙等为代表的一批科技企业: the firms the list stands for
        _list_items(text, m.start(), scan, add)
    for m in _LIST_HEAD.finditer(text):
        middle = m.group(3) or ""
        # (a bare zone word says where the listed firms are, 甲、乙等园区企业, as 辖区 does, unless the items are
        # parks themselves: 某创新园、某科学城等园区企业)
        bad = None if middle in _BARE_ZONE and not _PARK_WORD_END.search(text, max(0, m.start() - 3), m.start()) else _MIDDLE_BAD.search(middle)
        if bad and not (_COUNTED_FIRMS.match(m.group(0)) and bad.group(0) in _MADE_WORDS) or any(c in FUNCTION for c in middle) or len(middle) > 5 and not _COUNTED_FIRMS.match(m.group(0)):
            # (a count of firms says the items are firms, whatever they make: 甲、乙等7家消杀用品制造企业)
            continue
        if middle in _RELATED and not _FIRM_WORD_NEAR.search(text, _clause_start(text, m.start()), m.start()):
            # 畜禽屠宰、饲料等相关企业: firms related to fields, no names (unless a trade or legal word is near)
            continue
        # the items of a list of cooperatives are named with the kind they share (甲、乙等种养合作社: 甲种养合作社)
        shared = middle + m.group(4) if m.group(4) == "合作社" else ""
        _list_items(text, m.start(), scan, lambda s, e: add(s, e, shared))
    opened, closed = [m.start() for m in re.finditer("《", text)], [m.start() for m in re.finditer("》", text)]
    for zone in (p for p in places if p.type == "Zone"):
        if _last_before(opened, zone.end) <= _last_before(closed, zone.end):
            _after_zone(text, zone.end, add)

    for f in list(found.values()):
        m = _SHORT_NAME.match(text, f.end)
        if m:
            s, e = m.span(1) if m.group(1) else m.span(2)
            found[(s, e)] = Mention(s, e, "Enterprise", f.name, text[s:e])
            ends.setdefault(s, []).append(e)
    for p in places:
        if p.type == "Region" and (p.start == 0 or text[p.start - 1] in BREAK or text[p.start - 1] == "的"):
            # (…用品的某市甲乙纸业: a firm named after what is said of it)
            _place_trade(text, p, add)
    for s, e in _openers(text, _SPEAKER, ",。;:!?\n“”的", 2, 10, lead=_TITLE_LEAD):
        # a speaker's firm may open with its place (某市甲乙科技总经理), but is no place alone
        if (r := _REPORTED.match(text, s, e)) is not None:
            s = r.end()
        for word in _CUT:
            # 园区企业甲乙负责人表示: the name starts after the words that introduce it
            i = text.rfind(word, s, e)
            if i >= 0 and e - i - len(word) >= 2:
                s = i + len(word)
        if e - s <= 8 and not (text.startswith("的", e) and _NOT_BRAND_END.search(text, s, e)):
            add(s, e)  # (甲乙重工的负责人说, not 村里的负责人说)
    for m in _PROJECT_OFFICER.finditer(text):
        # 企业甲乙智能汽车项目负责人: the firm whose project the officer runs, named by its trade
        s = scan.left(m.start())
        if 2 <= m.start() - s <= 8 and _trade_name(text, s, m.start()):
            add(s, m.start())
    candidates = [m.span(1) for pattern in (_HELPED, _PREMISES) for m in pattern.finditer(text)]
    for s, e in _openers(text, _FIRM_TITLE, ",。;:!?\n“”的", 2, 8, lead=_FIRM_TITLE_LEAD):
        # 甲乙创始人兼CEO某某, 丙丁党委书记、董事长某某: titles only a firm has, with or without a speech verb
        # (the words before a second title hold the first one: no name)
        if not _REPORTED.match(text, s, e) and not any(w in text[s:e] for w in _CUT) and not _NOT_FIRM_HEAD.search(text, s, e) and not _FIRM_TITLE.search(text, s, e):
            candidates.append((s, e))
    candidates += _parents(text)
    candidates += [m.span(1) for m in _OFFICER_OF.finditer(text) if not scan.in_agency(*m.span(1)) and not _NOT_BRAND_END.search(m.group(1))]
    candidates += [m.span(1) for m in _FROM_FIRM.finditer(text) if _trade_name(text, *m.span(1))]
    candidates += [span for m in _EXAMPLE_FIRM.finditer(text) if (span := m.span(m.lastindex or 1)) and _trade_name(text, *span)]
    candidates += [m.span(1) for m in _AT_FIRM.finditer(text) if (t := _TRADE_END.search(m.group(1))) and t.start() > 0]
    candidates += [m.span(1) for pattern in (_AT_SHOP, _QUOTED_SHOP) for m in pattern.finditer(text) if not _SHOP_KIND.match(m.group(1))]
    candidates += [m.span(1) for m in _VISIT_AT.finditer(text) if _trade_name(text, *m.span(1)) and not scan.in_agency(*m.span(1))]
    # (a firm introduced as one needs no trade word: 带领重点企业甲乙前往)
    candidates += [m.span(2) for m in _LED.finditer(text) if (m.group(1) or _trade_name(text, *m.span(2))) and not scan.in_agency(*m.span(2))]
    candidates += [m.span(1) for m in _BRAND_INTRO.finditer(text) if re.search(re.escape(m.group(1)) + f"(?:{_AS_FIRM})", text)]
    acts = [m.start() for m in _FIRM_ACTS.finditer(text)]
    candidates += _after_bare_zone(text, acts, scan)
    for start, end in _APPOSITIVE.spans(text):
        # 重点企业甲乙、丙丁也…: each name of the list (一家外资企业出于…: a firm described by a count tells of no name,
        # and 甲、乙等重点企业检查… closes a list written before it)
        if _COUNTED_KIND.search(text, max(0, start - 2), start) or text.endswith("等", 0, start):
            continue
        items = _items_before(text, end, _APPOSITIVE_END, "、和")
        if len(items) == 1 or not any(_kind_item(text, a, b, scan) for a, b in items):
            candidates += items
    framed = [m.span(1) for m in _SECTOR_FIRM.finditer(text) if not _FIRM_TOPIC.match(m.group(1)) and not scan.in_agency(*m.span(1))]
    candidates += framed
    # 医疗器械企业江西甲乙反映…: a name the frame introduces may open with its province (no place of the text)
    provincial = {(a, b) for a, b in framed if a in scan.province_starts and b - scan.place_end(a) >= 2}
    for _start, end in _SERVED_FIRM.spans(text):
        t = _TRADE_OPENER.match(text, end)
        if t and _ALONE_AFTER.match(text, t.end()) and _trade_name(text, *t.span()):
            candidates.append(t.span())
    candidates += [m.span(1) for m in _SERVED.finditer(text) if _trade_name(text, *m.span(1)) and not scan.in_agency(*m.span(1)) and not _NEEDS.search(m.group(1))]
    candidates += [m.span(1) for m in _LENT.finditer(text) if not scan.in_agency(*m.span(1))]
    candidates += _park_owners(text, places, scan)
    candidates += [span for m in _GIVEN_TO.finditer(text) if (span := m.span(m.lastindex or 1)) and _trade_name(text, *span)]
    candidates += [m.span(1) for m in _LISTED.finditer(text) if _trade_name(text, *m.span(1))]
    for m in _SERVED_LIST.finditer(text):
        items, pos = [], m.start(1)
        for item in m.group(1).split("、"):
            items.append((pos, pos + len(item)))
            pos += len(item) + 1
        if all(_trade_name(text, a, b) or _LEGAL_END.search(text, a, b) for a, b in items):
            candidates += items
    candidates += _project_owners(text)
    for m in _WITH_ITS_FIRMS.finditer(text):
        # 支持甲乙集团、丙丁及其配套企业: the firm whose suppliers or chain are named with it
        start = scan.left(m.start())
        if 2 <= m.start() - start <= 8:
            candidates.append((start, m.start()))
    candidates += [(s, e) for s, e in _openers(text, _FIRM_ACTS, "。,;:!?\n的", 2, 9, ends=acts) if _trade_name(text, s, e)]
    candidates += _openers(text, _IS_A, "。,;:!?\n", 2, 10)
    candidates += [(s, e) for s, e in _openers(text, _IS_A_FIRM, "。,;:!?\n", 3, 10) if _trade_name(text, s, e) or _LEGAL_END.search(text, s, e)]
    candidates += [(s, e) for s, e in _openers(text, _WORKS, "。,;:!?\n的", 2, 9, lead=_WORKS_LEAD) if _trade_name(text, s, e)]
    candidates += [m.span(1) for m in _SIGNED.finditer(text) if not _PARTY_KIND.search(m.group(1))]
    for _start, end in _VISITED.spans(text):
        end += text.startswith("了", end)  # 走访了…
        if not (_FIRM_WORD_NEAR.search(text, end, end + VISITED_NEAR) or _PRODUCT_TRADE.search(text, end, end + VISITED_NEAR)):
            # most such verbs act on no named firm: only a trade or legal word near them names one
            continue
        items = _items_before(text, end, _VISITED_END, "、和与及")
        firmish = [bool(_TRADE_END.search(text, a, b) or _LEGAL_END.search(text, a, b) or text[b - 1] == "厂" or _SHOP_END.search(text, a, b) and b - a >= 4
                        or _PRODUCT_TRADE.fullmatch(text, a, b)) for a, b in items]
        if all(firmish):
            candidates += items
        elif len(items) >= 3 and 2 * sum(firmish) >= len(items):
            # 先后到甲乙加工厂、丙丁汽贸、戊己外卖: most of the places visited are firms by their words, the rest by reading as names
            candidates += [(a, b) for (a, b), firm in zip(items, firmish) if firm or _sibling(text, a, b, scan)]
    candidates += [(s, e) for s, e in _openers(text, _ALONE_TRADE, "的,。;:\n", 4, 8, at_end=True) if occurrences(text).count(text[s:e]) >= 2]
    candidates += [
        (s, e) for s, e in _openers(text, _GIVES, "。;!?\n", 2, 5)
        if not (_NOT_BRAND_END.search(text, s, e) or scan.in_agency(s, e) or _titled_person(text, text[s:e]))
    ]
    candidates += _brand_lists(text, scan)
    for m in _PUT_FORWARD.finditer(text):
        items, pos = [], m.start(1)
        for item in m.group(1).split("、"):
            items.append((pos, pos + len(item)))
            pos += len(item) + 1
        if any(_trade_name(text, a, b) for a, b in items) and all(b - a >= 3 or _trade_name(text, a, b) for a, b in items):
            candidates += items
    for m in _PAID_TO.finditer(text):
        _recipient(text, *m.span(m.lastindex or 1), scan, add)
    for s, e in candidates:
        if e in scan.wall_start and (_VISIT_PURPOSE.match(text, e) or _ZONE_FIRMS.match(text, e)):
            continue  # 到甲乙某地锰业产业园调研, 甲乙某地锰业园全体企业: a park ending with a zone is the place, no firm
        s = _after_visit(text, s, e, scan.protected)
        if (local := _LOCAL_LEAD.match(text, s, e)) and e - local.end() >= 2:
            s = local.end()  # 走访了本地甲乙重工: the area word says where the firm is
        s = _after_home(text, s, e, scan)
        if (not scan.protected[s] or (s, e) in provincial) and _name_like(text[s:e]):
            add(s, e)
    for f in list(found.values()):
        m = _PARTNER.match(text, f.end)
        if m and not any(c in FUNCTION for c in m.group(1)):
            # the partner's name may open with its place (携手某省某某电信)
            add(*m.span(1))
    for m in _TRADE_LIST.finditer(text):
        names = m.group(1).split("、")
        if all(_trade_name(n, 0, len(n)) for n in names):
            pos = m.start(1)
            for n in names:
                add(pos, pos + len(n))
                pos += len(n) + 1
    for s, e in _firm_column(text) + _firm_lines(text):
        add(s, e)
    for s, e in _siblings(text, sorted(set(found) | _written_again(text, found)), scan):
        add(s, e)
    for m in _LATIN_NAME.finditer(text):
        # Hong Kong Lion Production Company Limited: a name in Latin letters, whole, in place of its last words
        for span in [span for span in found if m.start() <= span[0] and span[1] <= m.end()]:
            del found[span]
        found[m.span()] = Mention(m.start(), m.end(), "Enterprise", m.group(0), m.group(0))
    declared = {f.surface: f.name for f in found.values() if f.surface != f.name}
    firms = [replace(f, name=declared[f.name]) if f.name in declared else f for f in found.values()]
    marks = _trade_marks(text, firms, scan)
    firms += _short_forms(text, marks, SpanIndex(list(found)), scan)
    return _abbreviations(sorted(firms, key=lambda x: x.start), marks)


# 甲乙(某市)科技园, 甲乙(某地)生产基地: a firm's own site, named by the firm and the place it is in
_OWN_PARK = re.compile(r"\)(?:科技园|产业园|工业园|智造园|智能制造产业园|生产基地|产业基地|基地)")


# a park named by a place and a park word only (某市产业园): written right after a brand, the brand's own site
_PLACE_PARK = re.compile(r"[\u4e00-\u9fff]{2,8}(?:科技园|产业园|工业园|智造园|生产基地|产业基地)")
# ...but a park of a zone (某高新区科技园) is the zone's, and a verb of settling before it (落户某某科技园) is no brand
_ZONE_WORD_IN = re.compile("开发区|高新区|经开区|新区|园区|示范区|保税区")
_SITING_VERBS = ("落户", "位于", "入驻", "坐落", "迁入", "搬迁到", "进驻")


def _park_owners(text: str, places: list[Mention], scan: _Scanner) -> list[tuple[int, int]]:
    """A firm's own site, named by the firm, a place and a park word (甲乙(某市)科技园, 甲乙某市产业园): the site
    names the firm, as the text writes it."""
    out = []
    for p in places:
        if p.start > 2 and text[p.start - 1] == "(" and (park := _OWN_PARK.match(text, p.end)):
            brand, end = p.start - 1, park.end()
        elif (p.type == "Zone" and not p.code and p.start >= 2 and _PLACE_PARK.fullmatch(p.name) and not _ZONE_WORD_IN.search(p.name)
              and is_han(text[p.start - 1]) and not scan.protected[p.start - 1] and not text.endswith(_SITING_VERBS, 0, p.start)):
            brand, end = p.start, p.end
        else:
            continue
        s = scan.left(brand)
        if 2 <= brand - s <= 8 and not scan.protected[s] and not scan.in_agency(s, brand) and _name_like(text[s:brand]):
            out.append((s, end))
    return out


# what joins a place to the firm after it (某区的甲乙重工, 某区企业甲乙机械)
_HOME_JOIN = re.compile("内的|的|企业|辖区企业|内企业")


def _after_home(text: str, s: int, e: int, scan: _Scanner) -> int:
    """Where a name found from ``s`` starts past the place it is said to be in (某区的甲乙重工, 某区企业丙丁):
    the place says where the firm is and is no part of its name."""
    k = s
    while k < e and scan.protected[k]:
        k += 1
    join = _HOME_JOIN.match(text, k, e) if k > s else None
    return join.end() if join and e - join.end() >= 2 else s


def _trade_marks(text: str, firms: list[Mention], scan: _Scanner) -> dict[str, str]:
    """Each full legal name -> the words that follow its leading places, without the legal suffix
    (新疆甲乙金业珠宝有限公司 -> 甲乙金业珠宝): the part a text shortens the firm's name to."""
    out: dict[str, str] = {}
    for f in firms:
        legal = _FULL_LEGAL.search(f.name)
        if legal is None or f.name != f.surface:
            continue
        own = f.start
        while own < f.end and scan.protected[own]:
            own += 1
        mark = text[own : f.start + legal.start()]
        if len(mark) >= 2 and all(is_han(c) for c in mark):
            out[f.name] = mark
    return out


#: the longest short form looked for at the start of a full name's trade mark
SHORT_FORM_MAX = 6
# what may follow a firm's short form: a function word, a title, a legal word or a firm's verb
_AFTER_SHORT = re.compile(f"[{''.join(sorted(FUNCTION))}]|{_TITLES}|负责人|公司|集团|" + _FIRM_ACTS.pattern + "|" + _WORKS.pattern)


def _short_forms(text: str, marks: dict[str, str], known: SpanIndex, scan: _Scanner) -> list[Mention]:
    """``甲乙金业`` written alone after ``新疆甲乙金业珠宝有限公司``: the longest start (three to
    ``SHORT_FORM_MAX`` characters) of a trade mark that stands elsewhere as a word of its own, not inside
    another name, names that firm, and so do a long mark's first two or three characters with its last two
    (甲乙水泥 of 甲乙集团某地水泥有限公司); two characters do right between a word of help and its verb (为甲乙协调…).  A start that is itself a bare business word (科技发展), or that starts
    two firms' marks, names nothing.  One automaton pass over the text for all the starts."""
    owners: dict[str, set[str]] = {}
    for name, mark in marks.items():
        # the mark's start, and for a long mark its first words and last two (甲乙集团某地水泥 -> 甲乙水泥)
        ends = [mark[:k] + mark[-2:] for k in (2, 3) if len(mark) >= k + 4]
        for word in [mark[:size] for size in range(2, min(len(mark), SHORT_FORM_MAX) + 1)] + ends:
            if not (word != mark and _SCOPE.fullmatch(word) or not _valid(word) or _GROUP_START.match(word) or _PREDICATE.match(word)):
                owners.setdefault(word, set()).add(name)
    words = [w for w, names in owners.items() if len(names) == 1]
    if not words:
        return []
    hits: dict[str, dict[int, list[Mention]]] = {}
    helped: list[Mention] = []
    for last, word in word_automaton(words).iter(text):
        end = last + 1
        pos = end - len(word)
        if known.overlaps(pos, end) or scan.protected[pos]:
            continue
        (name,) = owners[word]
        if len(word) == 2:
            # 为甲乙协调…: two characters name the firm only right after a word of help, before a verb
            if _HELP_BEFORE.search(text, max(0, pos - 2), pos) and _HELP_VERB.match(text, end):
                helped.append(Mention(pos, end, "Enterprise", name, word))
        elif (pos == 0 or not _brand_char(text[pos - 1]) or text[pos - 1] in FUNCTION) and (end == len(text) or not _brand_char(text[end]) or _AFTER_SHORT.match(text, end)):
            hits.setdefault(name, {}).setdefault(len(word), []).append(Mention(pos, end, "Enterprise", name, word))
    return [m for by_size in hits.values() for m in by_size[max(by_size)]] + helped


# a word of help right before a firm's two-character short form (为甲乙, 帮助甲乙)
_HELP_BEFORE = re.compile("(?:为|帮助|协助|帮|给|替)$")
# the verbs a two-character short form is followed by after a word of help (为甲乙协调原料)
_HELP_VERB = re.compile("协调|解决|办理|争取|申请|提供|对接|发放|送去|送上|调配|联系|落实|开通|招聘")


# 园区甲乙科技加快…: a trade name after the zone in focus, written by its kind alone, and a firm's verb
_BARE_ZONE = ("园区", "开发区", "高新区", "经开区", "新区")
# what a works makes, before 厂 (调料厂, 机械厂)
_FACTORY = re.compile(
    r"(调料|食品|机械|纺织|服装|服饰|水泥|化工|制药|药|纸|造纸|钢|砖瓦|塑料|塑胶|电子|电器|家具|酒|茶|饮料|印刷|包装|汽配|五金|模具|铸造|锻造|"
    r"肉联|乳品|糖|油脂|粮油|饲料|化肥|肥料|陶瓷|玻璃|灯具|电机|电缆|针织|织布|制衣|鞋|橡胶|轴承|阀门|仪表|农机|酱菜|酱油|醋|面粉|米|"
    r"罐头|卷烟|啤酒|棉纺|毛纺|丝绸|皮革|木业|竹木|建材|板材|复合板|门窗|石材|混凝土|预制件|铝材|铸件|家纺)(?:制品|加工|配件)?厂"
)
# words before what a works makes that describe it rather than name it (小化工厂, 第一, 当地)
_FACTORY_MARK_BAD = re.compile(r"^(小|大|老|新|该|这|那|各|全|本|当地|附近|周边|一家|多家|第|关停|关闭|搬迁|改造|建设|新建|我们|他们|其)")
# the end of a verb with its complement or aspect before a works (考虑到纺织厂…, 关停了化工厂): no name
_VERB_COMPLEMENT = ("到", "了", "着", "过")
# words that take 化 to name a way of working (智能化, 数字化): before 化工厂 they read 智能化 + 工厂
_MODE_OF_WORK = re.compile("(?:智能|数字|数智|自动|信息|网络|现代|标准|绿色|规模|集约|精细|机械)$")
# the header of a table column that lists firms (企业名称, 申报单位)
FIRM_HEADER = re.compile(r"^((企业|公司|单位|申报单位|申报企业|受益企业|入选企业|获奖企业|承贷企业|借款企业)(名称|全称)?|名称)$")
#: longest cell read as a firm's name
CELL_MAX = 40


def _firm_column(text: str) -> list[tuple[int, int]]:
    """Cells under a table header that says the column holds firms' names."""
    out: list[tuple[int, int]] = []
    if "名称" not in text and "企业\t" not in text and "单位\t" not in text:
        return out
    column: int | None = None
    pos = 0
    for line in text.split("\n"):
        cells = split_cells(line, in_table=column is not None)
        if cells is None:
            column = None
        elif column is None:
            column = next((i for i, (s, e) in enumerate(cells) if FIRM_HEADER.match(line[s:e])), None)
        elif column < len(cells):
            s, e = cells[column]
            cell = line[s:e]
            if 2 <= len(cell) <= CELL_MAX and any(is_han(c) for c in cell) and not cell.isdigit():
                out.append((pos + s, pos + e))
        pos += len(line) + 1
    return out


# the number of an item of a list written one to a line (1. 2、 (3) 四、)
_ITEM_NUMBER = re.compile(r"(?:\d{1,3}[.、．)]|[(（]\d{1,3}[)）]|[一二三四五六七八九十]{1,3}、)?")


def _firm_lines(text: str) -> list[tuple[int, int]]:
    """Lines of a notice or annex that hold only firms' names (1.甲乙科技, 丙丁实业、戊己机电): each name,
    when every name of the line ends in a trade or legal word, or is a works (厂)."""
    out: list[tuple[int, int]] = []
    pos = 0
    for line in text.split("\n"):
        body = _ITEM_NUMBER.match(line).end()
        items, at = [], pos + body
        for item in line[body:].rstrip().split("、"):
            items.append((at, at + len(item)))
            at += len(item) + 1
        if all(2 <= e - s <= NAME_MAX and all(_brand_char(c) or c in "()（）" for c in text[s:e]) for s, e in items) and all(
            _LEGAL_END.search(text, s, e) or text[e - 1] == "厂" or _trade_name(text, s, e) for s, e in items
        ):
            out += items
        pos += len(line) + 1
    return out


_FULL_LEGAL = re.compile("(股份有限公司|有限责任公司|集团有限公司|有限公司)$")
# the words of a legal suffix that say only the firm is liable (a short name may keep 股份 or 集团: 甲乙股份)
_OWN_LEGAL = re.compile("(有限责任公司|有限公司)$")


def _is_subsequence(short: str, long: str) -> bool:
    it = iter(long)
    return all(c in it for c in short)


def _abbreviations(firms: list[Mention], marks: dict[str, str]) -> list[Mention]:
    """``某某高新担保公司`` after ``某某高新技术融资担保有限公司``: a short 公司 or 集团 name whose characters the full name has,
    in order (or, for two characters, side by side: 甲乙集团 of 某省甲乙钢铁集团有限公司), is that firm.

    So is a short trade name written inside the full name (甲乙光电 of 某省甲乙光电科技有限公司), or one that opens
    with two adjacent characters of the full name and ends in the same trade word (甲乙科技 of 某省甲乙智能科技有限公司),
    or that starts the full name's trade mark (``marks``: 甲乙 of 某省甲乙米业有限公司)."""
    full = {f.name: _OWN_LEGAL.sub("", f.name) for f in firms if _FULL_LEGAL.search(f.name)}
    # (a trade name with 公司 is full enough for a shorter 公司 name: 甲乙公司 of 甲乙铸业公司)
    full |= {f.name: f.name[:-2] for f in firms if f.name not in full and f.name.endswith("公司") and len(f.name) >= 6 and _ends_in_trade(f.name[:-2])}
    if not full:
        return firms
    having: dict[str, set[str]] = {}
    for name, body in full.items():
        for c in body:
            having.setdefault(c, set()).add(name)
    owner_of: dict[str, str | None] = {}
    # the marks in order, so that those a short name starts are one run found by bisection, not a scan of all
    by_mark = sorted((mark, n) for n, mark in marks.items())
    out = []
    for f in firms:
        short = f.name not in full and f.name == f.surface
        owners = _marked_by(by_mark, f.name) if short else []
        if len(owners) == 1:
            out.append(replace(f, name=owners[0]))
            continue
        kind = f.name[-2:] if short and f.name.endswith(("公司", "集团")) else ""
        trade = _TRADE_END.search(f.name) if short and not kind else None
        body = f.name[:-2] if kind else f.name if trade and len(f.name) >= 4 else ""
        if len(body) < 2 or len(body) == 2 and not kind:
            out.append(f)
            continue
        if body not in owner_of:
            candidates = set.intersection(*(having.get(c, set()) for c in body))
            owners = [n for n in candidates if len(full[n]) > len(body) and _short_of(body, full[n], kind, trade.group(0) if trade else "")]
            owner_of[body] = owners[0] if len(owners) == 1 else None
        owner = owner_of[body]
        out.append(replace(f, name=owner) if owner else f)
    return out


def _marked_by(by_mark: list[tuple[str, str]], short: str) -> list[str]:
    """The firms of ``by_mark`` (pairs of trade mark and firm, sorted) whose mark is ``short`` and more."""
    owners = []
    for i in range(bisect_left(by_mark, (short,)), len(by_mark)):
        mark, name = by_mark[i]
        if not mark.startswith(short):
            break
        if len(mark) > len(short):
            owners.append(name)
    return owners


def _short_of(body: str, full: str, kind: str, trade: str) -> bool:
    """Whether ``body`` (of a short name ending in ``kind`` or ``trade``) abbreviates the full name's ``full`` body."""
    if kind:
        return body in full if len(body) == 2 else _is_subsequence(body, full) and (kind != "集团" or "集团" in full)
    return body in full or _is_subsequence(body, full) and full.endswith(trade) and body[:2] in full


# manners, stages and economic words that stand where a name could (帮助快速复产, 帮助消费恢复, 在施工车间)
_NOT_A_NAME = re.compile(
    r"^(快速|分批|有序|尽快|全面|稳定|返岗|逐步|及时|顺利|按时|如期|错峰|分期|分类|精准|有效|切实|相继|陆续|纷纷|督促|施工|生产|经营|经济|消费|"
    r"市场|线下|线上|实体|就业|民生|产业|行业|外贸|内需|供应链|产业链|"
    # an official's title before a person's name (局长某某, 副主任某某): a person, listed among bodies and firms
    r"(?:副|常务副)?(?:局长|处长|科长|主任|书记|区长|县长|市长|镇长|部长|厅长|主席|秘书长)(?![\u4e00-\u9fff]*(?:公司|集团)$))"
)


# a trade name closed by what it deals in and 业 (某某薯业, 某某物业), not by a sector (农业, 餐饮业, 服务业)
_PRODUCT_TRADE = re.compile(r"[\u4e00-\u9fff]{2}[^企农工商产行就创营作专事职学毕主副家饮造务筑游售输融险信通视演播媒育卫教医养旅运邮电\W\d]业")


def _ends_in_trade(body: str) -> bool:
    """Whether a name's body ends in a trade word or in what it deals in and 业 (某某铸业)."""
    return _TRADE_END.search(body) is not None or _PRODUCT_TRADE.fullmatch(body[-4:]) is not None


def _name_like(name: str) -> bool:
    """Whether words found where a firm's name stands can be one: no topic, group, manner, sector or clause."""
    if len(name) < 2 or _FIRM_TOPIC.match(name) or _PEOPLE.search(name) or _GROUP_START.match(name) or _NOT_A_NAME.match(name) or _PREDICATE.match(name):
        return False
    if "企业" in name and not _LEGAL_END.search(name):
        # 助力科技企业抗疫: a phrase about a kind of firm, not a name
        return False
    if name.endswith("业") and not (_TRADE_END.search(name) or _PRODUCT_TRADE.fullmatch(name)) or name.endswith(("门店", "主体")):
        # 餐饮业, 线下门店: a sector or a kind of business
        return False
    # a function character may sit inside a brand (华为), not at its edges or as a conjunction
    inner = any(c in FUNCTION for c in name[1:])
    return name[0] not in FUNCTION and name[-1] not in _EDGE and not any(c in "的和与及或是等" for c in name) and not (inner and name[0] in _ADVERB)


# verbs of going into a place, before the firm they name (走进甲乙精工的车间), and prepositions after a clause's
# subject, before the place it names (记者在…), which never stand in a name's middle
_ENTERING = gated("走进|来到|进入|深入|前往|走访|[在到从]")
# function characters that never end a name (华为 may end in 为)
_EDGE = FUNCTION - {"为", "和", "以"}


def _openers(
    text: str,
    anchor: re.Pattern[str],
    breaks: str,
    lo: int,
    hi: int,
    at_end: bool = False,
    ends: list[int] | None = None,
    lead: tuple[str, ...] = (),
) -> list[tuple[int, int]]:
    """Names of ``lo`` to ``hi`` characters that open a clause (after one of ``breaks``) and end where ``anchor`` starts
    (or, with ``at_end``, where it ends; ``ends`` are the anchor's starts when already known; a word of ``lead``
    right before the anchor belongs to it).  Anchoring on the words after the name keeps the search linear and fast."""
    out = []
    spans = [(a, a) for a in ends] if ends is not None else [m.span() for m in anchor.finditer(text)]
    for m_start, m_end in spans:
        end = m_end if at_end else m_start
        end -= next((len(w) for w in lead if text.endswith(w, 0, end)), 0) if text.endswith(lead, 0, end) else 0
        b = end - (m_end - m_start if at_end else 0)
        # back over the brand characters before b, up to hi characters before end: matched on the reversed window
        reach = max(0, min(b, hi - (end - b)))
        b -= _brand_run(breaks).match(text[b - reach : b][::-1]).end()
        if (b == 0 or text[b - 1] in breaks) and lo <= end - b <= hi and is_han(text[end - 1]):
            # 记者在甲乙电子…, 记者走进丙丁科技…: the clause's subject and its preposition or verb come before the name
            at = b
            for v in _ENTERING.finditer(text, b, end - 2):
                if v.end() - v.start() > 1 or v.start() >= b + 2:
                    at = v.end()
            out.append((at, end))
    return out


@lru_cache(maxsize=16)
def _brand_run(breaks: str) -> re.Pattern[str]:
    """A run of brand characters (:func:`_brand_char`) none of which is one of ``breaks``."""
    return re.compile(f"(?:(?![{re.escape(breaks)}])[\u4e00-\u9fffA-Za-z])*")


# an official's title right before a person's name (行政长官某某, 区长某某)
_OFFICIAL_TITLE = re.compile("(?:行政长官|特首|主席|省长|市长|区长|县长|镇长|乡长|书记|主任|局长|厅长|司长|署长|部长|总理|议员)$")


def _titled_person(text: str, name: str) -> bool:
    """Whether the text writes ``name`` after an official's title somewhere: a person who announces (某某宣布), no brand."""
    return any(_OFFICIAL_TITLE.search(text, max(0, p - 4), p) for p in occurrences(text).starts(name))


def _brand_lists(text: str, scan: _Scanner) -> list[tuple[int, int]]:
    """The items of ``甲、乙等推出…`` opening a clause, when none is a place, a body or a kind."""
    out = []
    for m in _BRANDS_ACT.finditer(text):
        b = m.start()
        while b > 0 and m.start() - b < 40 and (is_han(text[b - 1]) or text[b - 1] == "、"):
            b -= 1
        if b and text[b - 1] not in "。,;:!?\n":
            continue
        items, pos = [], b
        for item in text[b : m.start()].split("、"):
            items.append((pos, pos + len(item)))
            pos += len(item) + 1
        if len(items) >= 2 and all(2 <= e - s <= 6 and not scan.protected[s] and not scan.in_agency(s, e) and not _kind_item(text, s, e, scan) for s, e in items):
            out += items
    return out


def _after_bare_zone(text: str, acts: list[int], scan: _Scanner) -> list[tuple[int, int]]:
    """Trade names between a bare zone word and a firm's verb (园区甲乙科技加快…)."""
    out = []
    for end in acts:
        window = text[max(0, end - 12) : end]
        at = max(window.rfind(w) + len(w) if window.rfind(w) >= 0 else -1 for w in _BARE_ZONE)
        if at < 0:
            continue
        s = end - len(window) + at
        trade = _TRADE_END.search(text, s, end)
        if trade and 1 <= trade.start() - s and end - s <= 8 and not scan.protected[s - 1] and all(is_han(c) for c in text[s:end]):
            out.append((s, end))
    return out


# words that make what precedes a trade word a kind of product or sector (工业机器人, 医用防护用品, 高端医疗器械)
_SECTOR_HEAD = re.compile(
    "(?:工业|外贸|内贸|医用|现代|高端|中高端|绿色|特色|新型|智慧|传统|先进|民用|家用|农用|日用|办公|消费|电动|防护|防疫|应急|数字|跨境|冷链|"
    "农村|城市|社区|公共|综合|专业|精细|基础|战略|新兴|重点|优质|大宗|进口|出口|特种|功能|高性能|化学|"
    + "|".join(sorted(TRADE, key=len, reverse=True)) + ")+"
)


def _recipient(text: str, s: int, e: int, scan: _Scanner, add: Callable[[int, int], None]) -> None:
    """A firm that money is paid or goods are sent to: a trade name, or a short mark after the place that opens
    it (拨付某市甲乙丙200万元; the place alone or a body is no firm)."""
    own = s
    while own < e and scan.protected[own]:
        own += 1
    if scan.in_agency(s, e) or any(scan.protected[own:e]):
        return
    if _trade_name(text, own, e) or own > s and 2 <= e - own <= 4 and not _NOT_BRAND_END.search(text, own, e):
        add(s, e)


def _trade_name(text: str, s: int, e: int) -> bool:
    """Whether ``[s, e)`` ends in a trade word (or a dealt-in thing and 业) after a head of its own that is no
    product's or sector's modifier (甲乙科技, 甲乙菇业; not 工业机器人): the mark of a firm named without a legal suffix."""
    t = _TRADE_END.search(text, s, e)
    start = t.start() if t is not None else e - 2 if e - s >= 4 and _PRODUCT_TRADE.fullmatch(text, e - 4, e) else None
    # (or what it deals in and 业, 某某菇业: a word of that kind no list of trades holds)
    return start is not None and start > s and not _SECTOR_HEAD.fullmatch(text, s, start)


def _parents(text: str) -> list[tuple[int, int]]:
    """``也是甲乙的被投企业``, ``丙丁旗下``: the firm that owns another, back to a break or a function word."""
    out = []
    for m in _PARENT.finditer(text):
        end = m.start() - next((len(w) for w in _PARENT_LEAD if text.endswith(w, 0, m.start())), 0)
        b = end
        while b > 0 and end - b < PARENT_MAX and _brand_char(text[b - 1]) and text[b - 1] not in FUNCTION:
            b -= 1
        if (b == 0 or not _brand_char(text[b - 1]) or text[b - 1] in FUNCTION) and end - b >= 2:
            out.append((b, end))
    return out


def _project_owners(text: str) -> list[tuple[int, int]]:
    """``实施甲乙500台电机项目``: the name between the verb and the project's size; in a list of such projects
    (实施甲乙500台电机、丙丁科技伺服电机等项目) each later item opening with a trade name names its owner too."""
    out = []
    pos = text.find("项目")
    while pos >= 0:
        m = _PROJECT_SIZE.search(text, max(0, pos - 30), pos)
        tail = pos
        pos = text.find("项目", pos + 2)
        clause = max([tail - LIST_MAX - 1] + [text.rfind(c, max(0, tail - LIST_MAX), tail) for c in ",。;:\n"])
        seps = [i for i in range(clause + 1, tail) if text[i] == "、"]
        if m is None and seps:
            # the size belongs to the list's first item (甲乙500台电机、丙丁伺服电机等项目)
            m = _PROJECT_SIZE.search(text, max(0, seps[0] - 30), seps[0])
            if m is not None and m.start() <= clause:
                m = None
        if m is None:
            continue
        end = m.start()
        for size in range(8, 1, -1):
            if end - size < 2 or not all(is_han(c) for c in text[end - size : end]):
                continue
            verbs = [v for v in _PROJECT_VERB.finditer(text, max(0, end - size - 6), end - size + 1) if v.end() == end - size]
            if verbs:
                s = end - size
                while (v := _PROJECT_VERB.match(text, s, end)) and end - v.end() >= 2:
                    s = v.end()
                out.append((s, end))
                out += [
                    (i + 1, t.end()) for i in seps
                    if i > end and (t := _TRADE_OPENER.match(text, i + 1, tail)) and t.end() < tail and is_han(text[t.end()]) and not _PARK_AFTER.match(text, t.end())
                ]
                break
    return out


# a trade name opening a project's item (丙丁科技伺服电机): a few characters and a trade word
_TRADE_OPENER = re.compile(f"[\u4e00-\u9fff]{{1,4}}?(?:{'|'.join(sorted(TRADE, key=len, reverse=True))})")
# ...unless the trade word names a park or a building (甲乙科技产业园, 丙丁科技大厦)
_PARK_AFTER = re.compile("产业园|园|城|基地|小镇|中心|大厦|广场|港|谷")
_PARK_WORD_END = re.compile(f"(?:{_PARK_AFTER.pattern})$")


# where a listed item is, before its name (县城的丁丁, 当地的甲乙)
_WHERE_DE = re.compile(r"(?:县城|当地|本地|镇上|镇里|县里|市里|市区|城区|[\u4e00-\u9fff]{2,4}?(?:园区|开发区|高新区|工业园|产业园))的")
# the park word and 的 ending the words saying where an item is (…、城西园区的丁丁): the park's name runs back to the separator
_PARK_DE = re.compile(r"(?:园区|开发区|高新区|工业园|产业园)的")
#: the most characters a park's name opening a list item may have before its park word
PARK_NAME = 4


def _before_where(text: str, lead: int) -> int:
    """Where an item of a list starts when the words saying where it is open it (…和县城的丁丁, …、城西园区的丁丁)."""
    m = _WHERE_DE.search(text, max(0, lead - 3), lead)
    if m is not None and m.end() == lead:
        return m.start()
    park = _PARK_DE.search(text, max(0, lead - 4), lead)
    if park is None or park.end() != lead:
        return lead
    at = park.start()
    while at > park.start() - PARK_NAME and at > 0 and is_han(text[at - 1]) and text[at - 1] not in "、和与及":
        at -= 1
    return at if park.start() - at >= 2 and at > 0 and text[at - 1] in "、和与及" else lead


def _separator_before(text: str, lead: int) -> int:
    """The start of the list separator ending right before ``lead`` (、和与及, 以及, ,以及), or -1."""
    if lead > 2 and text.startswith("以及", lead - 2):
        return lead - 3 if text[lead - 3] == "," else lead - 2
    return lead - 1 if lead > 0 and text[lead - 1] in "、和与及" else -1


def _list_items(text: str, end: int, scan: _Scanner, add: Callable[[int, int], None]) -> None:
    """Names of a list ``甲、乙、丙`` that ends at ``end`` (just before 等企业)."""
    if end and text[end - 1] in _NO_LEFT_PARTY:
        return  # 某银行与26家企业签约: the firms counted are the other party, no list's last item
    start = scan.left(end)
    # extend over the earlier items of the list: each one back to a break, a zone or a function word
    # (an item may open with its zone: 甲高新区乙乙、丙园区丁丁等企业; or with where it is: 和县城的丁丁)
    if text.startswith("以及", start):
        start += 2  # ，以及丙丁等企业: the list goes on before the comma
    while (lead := _before_where(text, scan.wall_start.get(start, start))) > 1 and (sep := _separator_before(text, lead)) > 0 and _brand_char(text[sep - 1]):
        start = lead
        k = sep
        while k > max(0, start - 14) and (is_han(text[k - 1]) or text[k - 1].isalnum()) and k - 1 not in scan.wall_set:
            k -= 1
        start = _after_boundary(text, k, sep, scan)
    pieces: list[tuple[int, int]] = []
    pos = start
    seps = [m.start() for m in _ITEM_SEP.finditer(text, start, end) if not scan.protected[m.start()]]
    for i, at in enumerate(seps):
        if at < pos:
            continue  # 甲乙和和丙精密: the second 和 opens the next name
        if text[at] != "、":
            # 和/与/及 inside a brand (丁和科技, 戊和药业): no split that leaves a side no name
            nxt = next((k for k in seps[i + 1 :] if k > at + 1), end)
            left, right = text[pos:at].lstrip("了着"), text[at + 1 : nxt]
            if len(left) < 2 or len(right) < 2 or _SCOPE.fullmatch(right) or _place_and_one(scan, at):
                continue
        stop = at - 1 if text.startswith("以及", at - 1) else at  # 甲超市以及乙酒店: 以 is the word's
        pieces.append((pos, stop - 1 if text[stop - 1] == "," else stop))  # (…乙酒店,以及丙: the comma too)
        pos = at + 1
    pieces.append((pos, end))
    s, e = pieces[0]
    inner = [i for i in range(s + 1, e) if scan.protected[i] and not scan.protected[i - 1]]
    if e - s > 8 and inner:
        pieces[0] = (inner[-1], e)
    pieces[0] = _after_example(text, *pieces[0])
    pieces[0] = (_after_visit(text, *pieces[0], scan.protected), pieces[0][1])
    if (verb := _ACTIVITY_VERB.match(text, pieces[0][0])) and pieces[0][1] - verb.end() >= 4 and _trade_name(text, verb.end(), pieces[0][1]):
        pieces[0] = (verb.end(), pieces[0][1])  # 保障甲乙包装、…: the verb opens no firm's name
    if _describes_kind(text, pieces, scan):
        return
    single = len(pieces) == 1
    own = pieces[0][0]
    while own < pieces[0][1] and scan.protected[own]:
        own += 1
    if have := _HAVE_LEAD.match(text, own, pieces[0][1]):
        # 目前已有甲乙等企业, 某县共有丙丁、戊己等: the list's first item after the verb (and place) that introduce it
        # (某市共有16户企业: a count of firms, no name)
        if pieces[0][1] - have.end() < 2:
            return
        pieces[0] = (have.end(), pieces[0][1])
    for s, e in pieces:
        zone_end = scan.zone_end.get(s)
        if zone_end is not None and e - zone_end >= 2:
            s = zone_end
        if (where := _WHERE_DE.match(text, s, e)) is not None:
            s = where.end()  # 县城的丁丁: the words saying where the item is
        item = text[s:e]
        if _kind_item(text, s, e, scan):
            continue
        if single and not (_TRADE_END.search(item) or _LEGAL.search(item) or scan.protected[s] or _introduced(text, s, item)):
            continue
        # inside a delimited list only a leading function word or 的 gives a phrase away (华为 is a name)
        if 2 <= e - s <= 10 and not _KIND_END.search(item) and not (item[0] in FUNCTION and not scan.protected[s] and not _opens_after_de(text, s)) and "的" not in item:
            add(s, e)


# verbs whose objects are products or activities: 生产口罩、防护服等企业 lists what firms make, not who they are
_ACTIVITY_VERB = re.compile(r"(生产|制造|研发|销售|经营|供应|提供|保障|涉及|从事|加工|进口|出口|属于|运营|承担)")
# sectors and kinds, never one firm's name (餐饮等企业)
_SECTOR = re.compile(
    r"(餐饮|零售|住宿|旅游|物流|制造|外贸|文旅|商贸|建筑|交通|运输|批发|娱乐|影院|酒店|景区|会展|养老|托育|教育|培训|家政|快递|电商|商超|"
    r"超市|药店|农贸|种植|养殖|加工|出口|进口|生产|服务|供应|运行|民生|防控|耗材|配套|上下游|中小微|小微|个体)$"
)
# the verbs that name the firms they act on: 协调甲等企业, 帮助乙等企业
_INTRODUCER = re.compile(r"(协调|帮助|协助|支持|推动|组织|引导|对接|走访|服务|指导|督促|如|例如|比如|包括|像|有)$")


# words that open a list of examples (像甲乙和丙丁公司一样)
_LIST_LEAD = re.compile("像|如|例如|比如|包括|其中")
# the end of a verb of existence the scan entered halfway (已|经有某某农行)
_HAVE_TAIL = re.compile("经有")
#: the longest item of a list read as a firm beside a firm
SIBLING_MAX = 8


def _written_again(text: str, found: dict[tuple[int, int], Mention]) -> set[tuple[int, int]]:
    """Later mentions of the names found (甲乙米业 again in a longer list of firms), whose neighbours are firms too."""
    names = {f.surface for f in found.values() if len(f.surface) >= 3}
    occ = occurrences(text)
    occ.find(names)  # all the names in one pass over the text, not a scan of it per name
    spans = {(pos, pos + len(name)) for name in names for pos in occ.starts(name)}
    return spans - set(found)


def _siblings(text: str, spans: list[tuple[int, int]], scan: _Scanner) -> list[tuple[int, int]]:
    """Items listed right beside a firm (甲乙集团、丙丁文具) are firms too, when each reads as a name."""
    out: list[tuple[int, int]] = []
    known = SpanIndex(spans)
    for s, e in spans:
        found: list[tuple[int, int]] = []
        # to the right: 、丙丁, up to the next mark of the list
        pos = e
        while pos < len(text) and text[pos] in "、和及":
            end = pos + 1
            while end < len(text) and is_han(text[end]) and end - pos <= SIBLING_MAX + 1 and text[end] not in "、和及与等":
                end += 1
            verb = _VERB.search(text, pos + 3, end)
            # the last item ends at its verb (丙丁获得补贴), or at a mark
            end = verb.start() if verb else end if end == len(text) or not is_han(text[end]) or text[end] in "、和及与等" else -1
            if end < 0 or known.overlaps(pos + 1, end) or not _sibling(text, pos + 1, end, scan):
                break
            if text[pos] != "、" and not _TRADE_END.search(text, pos + 1, end):
                # 甲乙生物和丙丁自动化: a conjunction joins a firm only to a name with a trade word
                break
            found.append((pos + 1, end))
            pos = end
        if _KIND_TAIL.match(text, pos):
            # 甲集团、邮政、电力等部门: the list names kinds of units, not firms
            continue
        # to the left: 甲乙、 before the firm, from a break or the word that introduces the list (包括)
        pos = s
        while pos > 1 and text[pos - 1] in "、和与及":
            start = scan.left(pos - 1)
            if (lead := _LIST_LEAD.match(text, start, pos - 1) or _EXIST_LEAD.match(text, start, pos - 1) or _HAVE_TAIL.match(text, start, pos - 1)) and pos - 1 - lead.end() >= 2:
                # (包括甲乙、…; 已经有市农行、建行…: the verb of existence introduces the list)
                start = lead.end()
            if known.overlaps(start, pos - 1) or not _sibling(text, start, pos - 1, scan):
                break
            if text[pos - 1] != "、" and not _TRADE_END.search(text, start, pos - 1):
                # 甲乙科技和丙丁有限公司: a conjunction joins two firms when the first has a trade word
                break
            found.append((start, pos - 1))
            pos = start
        out += found
    return out


# what a list ends with when it names kinds of units, goods or fields (等部门, 等物资)
_KIND_TAIL = re.compile(r"等?(?:\d+|[一二三四五六七八九十多几]+)?[个家类项]?(?:部门|单位|物资|行业|方面|领域|产品|地区|机构|医院|学校|群体|用品|材料|产业)")


def _sibling(text: str, s: int, e: int, scan: _Scanner) -> bool:
    """Whether ``[s, e)`` of a list beside a firm reads as a firm's name (not a place, body, kind or phrase)."""
    own = s
    while own < e and scan.protected[own]:
        # a name may open with its place (中国某某, 浙江某某), never be one
        own += 1
    rest = text[own:e]
    return (
        2 <= e - s <= SIBLING_MAX
        and (len(rest) >= 3 or own > s or _TRADE_END.search(rest) is not None)
        and not scan.in_agency(s, e)
        and not _kind_item(text, s, e, scan)
        and not any(c in FUNCTION for c in rest)
        and not (own > s and (_PREDICATE.match(rest) or _HAVE_LEAD.match(rest)))
        and not _KIND_END.search(rest)
        and not _PARK_END.search(rest)
        and _name_like(rest)
    )


# a park or base listed among firms (前往甲乙鞋业、丙丁科技产业园): a site with a park's word, no firm
_PARK_END = re.compile("(?:产业园|科技园|工业园|创业园|示范园|园区|产业基地|生产基地)$")


def _describes_kind(text: str, pieces: list[tuple[int, int]], scan: _Scanner) -> bool:
    """Whether a list before 等企业 names products, sectors or activities (保障供水、供电等企业) rather than firms."""
    s, e = pieces[0]
    if _ACTIVITY_VERB.match(text, s) and not scan.protected[s]:
        return True
    if _ACTIVITY_VERB.search(text[max(0, s - 2) : s]) and not (e - s >= 4 and _trade_name(text, s, e)):
        return True  # (保障甲乙包装、丙丁肉鸡3户企业原材料运输: a trade name after the verb is a firm whose supply it secures)
    return 2 * sum(_kind_item(text, a, b, scan) for a, b in pieces) > len(pieces)


def _kind_item(text: str, a: int, b: int, scan: _Scanner) -> bool:
    """An item naming a sector or an activity (能源供应, 疫情防控), not a firm."""
    item = text[a:b]
    if _INDUSTRY.match(item) or _PREDICATE.match(item) and not scan.protected[a] and not _opens_after_de(text, a):
        return True
    sector = _SECTOR.search(item)
    if not sector:
        return False
    # 能源供应, 某地医疗耗材: a sector word after a trade or sector word (or a place and one), not after a brand (某程旅游)
    rest = item[: sector.start()]
    k = a
    while k < a + len(rest) and scan.protected[k]:
        k += 1
    rest = text[k : a + len(rest)]
    return not rest or rest in TRADE or bool(_SECTOR.fullmatch(rest)) or bool(_INDUSTRY.match(rest))


# 已有, 已经有, 还有: a verb of existence before the only item of a list
_HAVE_LEAD = re.compile("[经还也均就共]?有")


def _introduced(text: str, s: int, item: str) -> bool:
    """A single item before 等企业 is a firm when a verb acting on firms introduces it (协调甲乙等企业)."""
    return 2 <= len(item) <= 6 and bool(_INTRODUCER.search(text[max(0, s - 2) : s])) and not any(c in FUNCTION for c in item)


# 缓解了如甲、乙等企业: the list starts after an aspect particle and 如 (例如, 比如)
_EXAMPLE = re.compile(r"(.*了)?(?:[例比诸]?如|像|不乏)")
# 该镇除甲、乙等合作社外: the list starts after the preposition leaving its items out
_EXCEPT = re.compile(r"[\u4e00-\u9fff]{0,3}?除了?")
_EXCEPT_CLOSE = re.compile(r"[^,。;:]{0,30}?外")


def _after_example(text: str, s: int, e: int) -> tuple[int, int]:
    """The first item of a list without the verb and 如 (像, 不乏) that introduce it, or the 除 leaving it out."""
    m = _EXAMPLE.match(text, s, e)
    if (x := _EXCEPT.match(text, s, e)) and e - x.end() >= 2 and _EXCEPT_CLOSE.match(text, e):
        return x.end(), e
    if m and m.group(1) is None and not text.startswith(("如", "像", "不乏"), s):
        return s, e
    return (m.end(), e) if m and e - m.end() >= 2 else (s, e)


def _after_boundary(text: str, k: int, e: int, scan: _Scanner) -> int:
    """Start of the last item in ``[k, e)``: after its last function word or cut word, keeping two characters."""
    best = k
    for word in _CUT if _CUT_IN.search(text, k, e) else ():
        i = text.rfind(word, k, e)
        if i >= 0 and len(_LEGAL.sub("", text[i + len(word) : e])) >= 2:
            best = max(best, i + len(word))
    cut = best
    for i in range(k, e - 2):
        # a function character right after an item's first character is part of the name (某为终端), and so is
        # a 和 right after the first character after a function word (为戊和药业)
        if text[i] in FUNCTION and not scan.protected[i] and i != cut + 1 and not (text[i] == "和" and i == best + 1) and not (i == cut and _opens_after_de(text, i)):
            best = max(best, i + 1)
    return best


def _last_before(positions: list[int], end: int) -> int:
    """The last of the sorted ``positions`` before ``end``, or -1."""
    i = bisect_left(positions, end) - 1
    return positions[i] if i >= 0 else -1


# 某高新区(的重点)企业甲, 某高新区唯一一家疫苗企业甲: the words before the name say it is the zone's firm
_FIRM_OF_ZONE = re.compile(r"内的|(内|的)?((本土|辖区内?|区内|重点|龙头|骨干|入驻|规上)?企业|(唯一|首家)[^,;。]{0,12}?企业)")


# how fast a firm did something (9天交付, 48小时内完成)
_SPEED = re.compile(r"\d+(?:天|小时|日|个月|周)(?:内|时间)?(?:就|即)?(?:交付|完成|研制|研发|推出|上线|生产|建成|改造|投产)")


# the common characters of the run _after_zone reads (Han, Latin letters, 、()), taken in one match
_AFTER_ZONE_RUN = re.compile(r"[\u4e00-\u9fffA-Za-z、()]*")


# 某新区某街道的一家公司: a description of a firm by a count or a determiner, no name
_DESCRIBED = re.compile("的(?:[一两二三四五六七八九十几多首这那该各每]|唯一)")


def _after_zone(text: str, end: int, add: Callable[[int, int], None]) -> None:
    """Names written right after a zone, up to the verb that follows them."""
    k = _AFTER_ZONE_RUN.match(text, end, end + 30).end()
    while k < len(text) and k - end < 30 and (is_han(text[k]) or text[k].isalpha() or text[k] in "、()"):
        k += 1
    lead = _FIRM_OF_ZONE.match(text, end, k)
    if lead:
        end = lead.end()
    run = text[end:k]
    if len(run) < 2 or _PREDICATE.match(run) or _PROJECT_VERB.match(run) or _CUT_VERB_IN.match(run) or run[0] == "(" or run[0] in "及和与等的":
        return
    legal = _LEGAL.search(run)
    if legal and legal.start() >= 2 and "、" not in run[: legal.start()] and not _DESCRIBED.search(run, 0, legal.start()):
        add(end, end + legal.end())
        return
    if len(run) <= 10 and "、" not in run and _SPEED.match(text, k):
        # 某高新区甲乙9天交付…, 某高新区丙丁仅用3天…: a name, then how fast it delivered
        verb = _VERB.search(run, 2)
        add(end, end + verb.start() if verb else k)
        return
    items: list[tuple[int, int]] = []
    pos = 0
    while pos < len(run):
        verb = _VERB.search(run, pos + 2)
        sep = run.find("、", pos)
        if sep >= 0 and (verb is None or sep < verb.start() or sep - pos <= 6) and 2 <= sep - pos <= 8:
            items.append((pos, sep))
            pos = sep + 1
            continue
        if verb is not None and 2 <= verb.start() - pos <= 8:
            business = _BUSINESS.search(run, pos, verb.start())
            items.append((pos, business.start() if business else verb.start()))
            firm_verb = _FIRM_VERB.match(run, verb.start())
            short = items[0][1] - items[0][0] <= 5 or firm_verb is not None and len(firm_verb.group(0)) > 1
            if len(items) > 1 or firm_verb and short or _TRADE_END.search(run[items[0][0] : items[0][1]]):
                for s, e in items:
                    add(end + s, end + e)
        elif not items:
            for stop in range(min(len(run), 10), 1, -1):
                piece = run[:stop]
                if _TRADE_END.search(piece) and not re.match(r"(业务|板块|团队|型|类|领域|产业)", run[stop:]):
                    add(end, end + stop)
                    break
        return


_PLACE_TRADE = re.compile(r"[\u4e00-\u9fff]{1,4}?(" + "|".join(TRADE) + r")")


def _place_trade(text: str, place: Mention, add: Callable[[int, int], None]) -> None:
    """``<place>XX<trade word>`` opening a clause (青岛甲乙智能火速推出…)."""
    m = _PLACE_TRADE.match(text[place.end : place.end + 8])
    if not m or text[place.end : place.end + 1] in "省市区县":
        return
    e = place.end + m.end()
    if text[place.end] in FUNCTION or _PREDICATE.match(text[place.end : e]):
        # 某县对甲乙科技…, 某县共有丙丁科技: a preposition or verb after the place opens its object, not a name
        return
    if _VERB.match(text, e) or text[e : e + 1] in BREAK:
        add(place.start, e)
