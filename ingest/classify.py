"""Categories of a measure sentence: the cue table, read after setting aside what is no measure.

Statistics (复工率达90%), problems a body helps with (解决用工、资金等困难),
what targeted firms make (对生产口罩的企业), reported troubles, opinions, praise,
surveys, remarks on a policy's effect (红利持续释放), a notice's preamble and application
procedure, conditions to meet, the pressure a measure eases, resumption named as the aim of a summary (多措并举帮助企业复工复产), and
what firms do themselves or buy themselves (企业…采购) give no category; prevention firms
are told to carry out is workplace prevention, not supplies; costs listed before one subsidy
(用工、物流等费用补助) each count, and so do the areas of support a sentence lists
(在税费、融资、用工等方面) and the one concrete problem solved (解决住宿问题); money
set aside, obtained from above or issued as vouchers is a fund, the loans of a sentence naming
startup loans are those loans, benefits paid to the jobless and a rate saying how much interest is
subsidised name nothing, and otherwise untyped money or a subsidy granted a subsidy (for staff a hiring
subsidy, for tenants rent relief); a weak cue counts for a category the headings above name.
"""

from __future__ import annotations

import re

from kg.taxonomy import taxonomy

from . import categories as cats
from .amounts import find_amounts
from .gate import first_checked, gated, switched

MIN_AMOUNT = 10_000
# 了解企业存在的用工、物资等问题: problems learned of, whoever the firm, say nothing of what was done
# 了解企业经营和用工情况, 收集企业提出的诉求: what was learned in a survey is no help given
# (据了解 is a reporter's opener, not a survey)
_LEARNED_PROBLEMS = re.compile(r"((?<!据)了解|掌握|摸清|询问|听取|调查|收集|收到|汇报|查看|察看)[^。;]{0,60}?(困难|问题|难题|诉求|需求|情况)")
#: what each character of a firm's name is written as in the sentence classify_measure reads (see measures._masked)
FIRM_MASK = "某"
# 来到某某公司 (a firm's name masked), 走进了该公司, 先后到某某、某某: a visit to a named firm
# 来到企业现场, 深入生产车间, 深入企业开展调研: a visit to the firms' premises
_VISITED = first_checked(
    rf"(?<!记者)(?<!记者近日)(来到|莅临|走进|深入到|深入|前往|走访|赴|(?:先后|分别|相继)到)了?({FIRM_MASK}{{2}}|该公司|该企业|企业(现场|一线|车间|厂区)|生产(一线|车间)|项目(现场|工地)|施工现场"
    r"|(生产|重点|辖区|园区|规上)?企业(?=[、,，]|开展|进行|调研|了解|一线))"
    # 先后来到某管委会、甲鸭业、乙新能源等地: a round of visits that takes in named firms
    rf"|(?:先后|分别|相继)(?:来到|到|走访|深入)[^,，;。]{{0,16}}?、{FIRM_MASK}{{2}}"
    # 对接甲公司复工, 去某园对接两家企业——甲公司、乙公司: liaising with named firms
    rf"|对接[^,，;。]{{0,12}}?{FIRM_MASK}{{2}}"
    # 在某某公司，某某一行…: a party of officials at a named firm's premises
    rf"|^在[^,，;。]{{0,10}}?{FIRM_MASK}{{2}}[^,，;。]{{0,6}}[,，][^,，;。]{{1,12}}?一行"
)
# the verbs of solving a problem (解决, and 纾解/化解/破解 as reports write it)
_SOLVE_VERB = "解决|纾解|化解|破解"
# 解决用工、原材料、资金等困难: the problems a body helps with, not what it provides; 面对…的需求, 聚焦企业复工需求: the occasion
# 问题集中在…: the rest of the clause lists them
# 对于企业遇到的物资短缺、招聘难等情况: the troubles a body answers, listed before what it does
# 企业在采购、周转等方面的需求: the areas of the firms' needs, whatever is done about them
_PROBLEMS = re.compile("(" + _SOLVE_VERB + r"|针对|面临|克服|围绕|反映)[^。;]{0,40}?(困难|问题|难题|难处|瓶颈)|(面对|面临|聚焦)[^。;,]{0,30}?(需求|问题|困难)|集中在[^。;]{0,80}"
                       r"|(对于|针对)[^。;,]{0,20}?遇到的[^。;,]{0,40}?(情况|问题|困难|难题)"
                       r"|在[^。;,]{0,60}?方面的(迫切|实际|现实|主要|具体)?(需求|诉求|问题|困难|难题)")
# 复工率达90%, 12家企业获得扶持资金3000万元: a figure reported, not a measure taken (a rate a measure sets, 利率15%以下, is no figure)
_STATISTIC = switched(
    r"[\u4e00-\u9fff]{1,6}(?<![利费税])率(已经?|分别)?(达到?|超过|为|提高到|升至|接近)?[\d.]+%"
    r"|(已|累计|共|全面)?(复工复产|复工|复产|开工|复市|投产)([^,;。\d]{0,8}?(企业|项目))?[\d.]+(余|多)?(家|个|户|万人|人)"
    r"|(复工复产|开复工|复工|复产|返岗|到岗)的?(人数|职工|员工|工人|人员)[^,;。\d]{0,4}?[\d.]+万?(余|多)?人"
    r"|[\d.]+%(的)?(企业|项目)?(已|实现)?(复工复产|复工|复产|开工|复市|投产|到岗|返岗)"
    # 预计60%的规上企业将陆续复产: the share expected to resume
    r"|[\d.]+%的[^,;。\d]{0,24}?(企业|项目)(已经?|将|可|能)(全面|全部|陆续|基本)?(复工复产|复工|复产|开工|投产)"
    # (not the procedure for them: 负责30家企业的复工申请 handles their applications)
    r"|[\d.]+(余|多)?(家|个|户)[^,;。\d]{0,10}?(企业|项目|工地|商户|商场)(已经?|全面|陆续|全部|均已|均|有序)*(开复工|复工复产|复工|复产|开工|复市|投产|开业)(?!申请|审批|审核|备案|验收|指导)"
    r"|[\u4e00-\u9fff]{1,6}率(还|仍|依然)?(比较|较|偏|很)(低|高)"
    r"|[\d.]+(余|多)?(家|户)[^,;。\d]{0,6}?(获得|获|拿到|争取到)[^,;。\d]{0,12}?(资金|贷款|授信|融资)[^,;。\d]{0,3}[\d.]+(余|多)?[万亿]?元"
    r"|(企业|项目|商户|员工|职工|工人|人员)(总数|数量)?(共|总计|合计|共计)有?[\d.]+(余|多)?万?(家|个|户|人|名)"
    # 累计开复工5000万元以上项目2088个, 复工面99.7%: projects counted past their size, the share of firms resumed
    r"|(累计|已|共)(开复工|复工|开工|复产)[^,;。]{0,16}?(项目|企业)[\d.]+(余|多)?(个|家|户)|(复工|复产|开工)面(达到?|为)?[\d.]+%"
    # 进出厂区运输车辆约80车次: traffic counted, a scene reported
    r"|(?:车辆|货车)(?:约|近|达到?|超过?)?[\d.]+万?(?:余|多)?(?:车次|辆次)"
    # 新增城镇就业6780人: jobs counted
    r"|(新增|转移)[^,;。\d]{0,6}?就业[\d.]+万?(余|多)?人"
    # 新增贷款额800亿元，比上月增加120亿元: a lending total told with its change, an indicator
    r"|(?:新增)?(?:贷款|信贷|授信|融资)(?:额|余额|总额|规模)?[\d.]+(?:余|多)?[万亿]?元[,，]?(?:比|较|同比|环比)[^,;。]{0,10}?(?:增加|增长|提高|多|上升)"
    # 开复工率、到岗率分别提升5.6个、4.4个百分点: rates that moved, one by one
    r"|[\u4e00-\u9fff]{1,6}率(、[\u4e00-\u9fff]{1,6}率)*(分别)?(提升|提高|上升|增长|增加|回升|下降)了?[\d.]+个?(、[\d.]+个?)*(百分点|%)"
    # 物流运输量恢复至去年同期的90%, 用电量回升到正常水平的85%: a volume back to a share of before, an indicator
    r"|[\u4e00-\u9fff]{1,6}(?:量|额|指数)(?:已经?)?(?:恢复|回升|回暖)(?:至|到)[^,;。\d]{0,8}?[\d.]+%"
)
_PROBLEM_WORD = re.compile(r"困难|问题|难题|难处|瓶颈|需求|诉求|情况")
# the items of a problem solved (解决员工口罩短缺问题 has one, 解决用工、资金等困难 a list, 解决口罩、酒精等
# 物资难题 a list of one kind); 为解决…问题 states the purpose of what follows, not what was done
_SOLVED = re.compile(rf"(?<![为以])(?:{_SOLVE_VERB})(?:了|好)?([^。;,]{{0,24}}?)((?:的|等)?(?:实际|现实)?(?:困难|问题|难题|难处|瓶颈))")
_LIST_MARK = re.compile(r"[、和及与]")
#: cue weight that counts for the one concrete problem solved, or an item of a list of areas of support
ITEM_THRESHOLD = 0.4
# 在税费、融资、用工等方面给予帮助, 从减租、招工…等8个方面, 从额度、利率、担保等给予支持: areas of support, each an item
# (not the areas of needs surveyed: 在融资、用工等方面的需求)
_AREAS = re.compile(r"(?:在|从|围绕)((?:[^,;。、]{2,8}、)+[^,;。、等]{2,8})(?:等?[^,;。、]{0,6}?(?:方面|领域)(?!(?:存在|遇到|面临|出现|反映)?的?(?:迫切|实际|现实|主要|具体)?(?:需求|问题|困难|难题|情况|诉求))|等(?=给予|提供|予以))")
# 给予贷款贴息、担保、设备补助等政策支持, 提供融资、担保服务: the kinds of support given, listed, each an item
_GIVEN_AREAS = re.compile(r"(?:给予|提供|予以)((?:[^,;。、]{2,8}、)+[^,;。、等]{2,8})等?(?:政策|方面)?(?:支持|扶持|服务|帮助)")
# words of a problem, or of resumption in general, are no concrete item (复工复产中存在的问题)
# 出台22条政策措施，包括降本减负、金融支持、援企稳岗等: the areas a package covers, each an item
# 推出包括甲专案贷款、乙规费减半等12项纾困方案: the items a package announced is said to include, named at length
_PACKAGE_AREAS = re.compile(
    r"(?:措施|举措|政策|条)[^;。]{0,4}?(?:包括|涵盖|涉及)((?:[^,;。、]{2,8}、)+[^,;。、等]{2,8})"
    r"|(?:推出|出台|公布)(?:了)?包括((?:[^,;。、]{2,20}、)+[^,;。、等]{2,20})"
)
# 聚焦批发零售、物流运输等消费领域, 对住宿餐饮、物流运输等行业: the trades a measure is for, no help of their kind
_SECTORS = re.compile(r"(?<=聚焦|针对|对受|受到)[^,;。]{0,16}?(?:[\u4e00-\u9fff]{2,6}、)+[\u4e00-\u9fff]{2,6}等?[\u4e00-\u9fff]{0,4}?(?:行业|领域|产业)")
_NO_ITEM = re.compile(r"困难|难题|问题|复工|复产|生产经营|发展")
# 对带动上下游配套的重点企业: who is targeted; its words count only when the rest of the sentence says nothing
# (对…的甲、乙等企业: the firms' names, masked, may stand between 的 and 企业)
# (对承担口罩等防疫物资保障的重点应急保供流通企业: a longer description, the firms' kind of a few words before 企业)
_TARGET_DESC = re.compile(rf"(?<=对)(?![接于外象标比话口])[^,;。]{{2,40}}?的(?:[{FIRM_MASK}、]{{2,60}}?等)?[\u4e00-\u9fff]{{0,8}}?(?:企业|单位|项目|商户)")
_DIGIT = re.compile(r"\d")
_MAKE_WORD = re.compile(r"生产|制造|经营|复工|复产|开工|投产|转产|扩产|增产|研制|研发|开发")
_COST_WORD = re.compile(r"费用|成本|补贴|补助")
# 用工、物流等费用补助, 薪资及营运资金补贴: a list of costs sharing one subsidy
_COST_LIST = re.compile(r"((?:[\u4e00-\u9fff]{2,4}[、和及与])+[\u4e00-\u9fff]{2,4})(等)?(费用|成本)?(补助|补贴|减免)")
# 对生产口罩、消毒液等物资的企业: what the targeted firms make, not what is given to them
# 对复工复产的企业: the state the targeted firms are in, not what is done for them
_TARGET_MAKERS = re.compile(
    r"(生产|生产经营|制造|经营)[^,;。]{1,60}?(的|等)(企业|厂家|单位)|[^,;。、]{1,8}?(生产|制造)(企业|厂家)(?!名单|名录)"
    r"|(复工复产|复工|复产|开工|投产)的(企业|单位|项目)"
)
# 转产医用酒精等防疫物资, 提升口罩生产能力: epidemic supplies a firm makes, no help obtaining them (nor those it
# develops: 研发可重用口罩)
_SUPPLIES_MADE = first_checked(
    r"(转产|生产|扩产|增产|研制|研发|开发)[^,;。]{0,16}?(防疫物资|防护用品|口罩|酒精|消毒[液剂水]|防护服|[测额]温枪)(等(防疫|防护)?(物资|用品))?"
    r"|(防疫物资|防护用品|口罩|酒精|消毒[液剂水]|防护服)的?(生产能力|产能)"
)
# a sentence reporting what firms lack or suffer, with nobody acting on it
# (成本压力很大, 很难找到, 招工困难。)
_TROUBLE = gated(
    r"(遇到|面临|出现|受到|存在|遭遇)[^,;。]{0,24}?(难题|困难|问题|限制|瓶颈|风险|冲击|短缺|紧缺|缺口)|(不足|短缺|紧缺|受阻|告急|困难)[,;。]?$"
    r"|(压力|负担)(很|较|非常|特别)?[大重]|很难|难以|积压"
)
# “我们公司也在进行技术攻关，希望…”: from the clause a firm opens speaking of itself, what it does, no help given to it
_FIRM_SPEAKS = re.compile(r"(?:^|(?<=[,;，；“\"]))(?:但|也|还|现在|目前)?(?:我们公司|我们企业|我们厂|我公司|我司|我厂)[^。]*")
# 员工均已返岗: the state of a firm's staff reported, not help given; 员工有序返乡返岗: the staging of their return, no labour found
_STAFF_BACK = re.compile(r"(员工|工人|职工)们?(已经?|均已|都已|有序|(?:正|也|都)?陆续)(全员|全部|陆续|基本)?(返[\u4e00-\u9fff]、?)?(返岗|到岗|复工)")
# 外资工厂纷纷有序复工, 工厂相继复产: firms' resumption told as an outcome, not the staging of it
_RESUMED = re.compile(r"(纷纷|陆续|相继)(有序)?(组织)?(复工复产|复产复工|复工|复产|开工)")
_ACTION = re.compile(r"(?<!难以)(?<!无法)(?<!不能)(帮助|协助|帮|解决|协调|支持|保障|提供|给予|减免|开辟|办理|出台|推出|实施|实行|落实|执行|免收|缓缴|组织|安排|设立|对接|走访|上门|调配|调拨|筹集|筹措|发放|配送)")
# 全部资助可能超出预估的300亿元: a guess that a total may run over its estimate, no measure
_GUESS = re.compile(r"(?:或会|可能会?|或将)超出[^,;。]{0,4}?(?:预计|预估|估计)")
# a plan for later (下一步，…将…) or a charge to do something (要加大…投入): no action taken yet
_PLAN = re.compile(r"(下一步|下步|接下来|下来(?=[,，]|如何))(?![的计])|要(?![求素件闻点])")
# 某局局长表示，下一步将…: a plan told by a speaker is a plan still
_SPEECH_FRAME = re.compile(r"[^,;。，；]{0,24}?(?:表示|说|介绍|指出|透露)[,，:：]\s*")
# how to apply (申报材料：1.申请表…, 操作流程：…, 受理单位：…): the procedure of a measure named before, not a measure
_PROCEDURE = re.compile(
    r"[(（]?[一二三四五六七八九十\d]{0,2}[)）.、]?\s*(申报|申请|办理|操作)(条件|材料|流程|程序|方式)[:：]"
    r"|[(（]?[一二三四五六七八九十\d]{0,2}[)）.、]?\s*(受理(申报)?(单位|部门|地点)|政策咨询(单位|电话)?|咨询电话|联系人|联系电话|联系方式)[:：]"
)
# commentary: an opinion or a question (我认为…, 能否…?), not an action
# or a wish (希望下一步…, 他希望…), a remark on what is urgent, typical or a record (…刻不容缓, 这只是…的一个缩影, 迄今…最大)
# praise (充分肯定…), a remark on what matters (…是…的关键一环), the preamble of a notice (为…,特制定本细则。)
# or its covering line (现将《…》印发给你们), what banks do of themselves (银行方面…), or what an expert opening the
# sentence says (某大学教授表示，应…; 业内专家指出，…: a view, no body's action; not experts a body sends: 组织专家指导…),
# an appeal to a government (促请政府推出…) or what legislators (立委, 民代 in Taiwan), parties or business ask or think of it (议员要求市府…,
# 商界认为…, 有议员批评…): help asked for or judged, none given
# legislators, parties or business opening a sentence (not after 针对/对/为…: a measure for them), before what they say
_NON_GOVERNMENT_SPEAKER = r"^(?:(?!针对|对|为|根据|按照|应)[^,;。，；]){0,8}?(议员|立委|民代|议会|党团|商界|业界|商会|工商界|业者)[^,;。，；]{0,8}?"
_OPINION = gated(
    r"(我想|我认为|我觉得|我相信|我们认为|我们相信|能否|希望(下一步|今后|尽快|能够|政府)|刻不容缓|迫在眉睫|缩影|迄今[^,;。]{0,12}?最"
    r"|充分肯定|赞扬|(?<!通报)表扬|(他|她|我|我们)(也|还|更)?希望|^希望|[?？][”\"’」』]*$|(特?制[定订]|现提出|提出)(本|以下|如下)[^,;。]{0,12}[。:：]?$|印发给你们|是[^,;。]{0,24}?(关键|重要)(一环|环节|所在)|^(据悉,)?(银行方面|各家银行|各银行)"
    r"|^(?:(?!邀请|组织|聘请|安排|派出|选派)[^,;。，；]){0,12}?(专家|学者|教授|研究员|分析师|经济学家|业内人士)[^,;。，；]{0,6}?(表示|认为|指出|称|说|建议|分析|提醒)"
    r"|(促请|敦促|吁请|呼吁|恳请)[^,;。，；]{0,4}?(政府|市府|县府|港府|当局)"
    r"|" + _NON_GOVERNMENT_SPEAKER + r"(要求|建议|认为|批评|质疑|促请|敦促|呼吁|希望|期望|期盼))"
)
# 业界代表表示，…资助只是杯水车薪: what business or legislators say, with no government body acting in their words, is
# their view (业者表示，市府协助… still tells the help)
_OTHERS_SAY = re.compile(_NON_GOVERNMENT_SPEAKER + "(?:表示|指出|称|说)")
_GOVERNMENT_WORD = re.compile(r"政府|市府|县府|港府|澳府|当局|管委会|[局委办署处]|(?<![内全外大局])部(?![分门])")
# someone's view told before what they think (某商户认为，…补贴是…): a remark on a measure, which states none
_VIEW = re.compile(r"^[^,;。，；]{1,20}?(?<!被)认为[,，:：]")
# a report's credit (某某在线2月26日讯, its reporters in brackets: (某某日报记者 某某 通讯员 某某)): the outlet's and the
# reporters' names are no cues (在线 of an outlet is no online service)
_NEWS_CREDIT = re.compile(
    r"^[^,;。，；()（）]{0,16}?\d{1,2}月\d{1,2}日[讯电](?:\s*[(（][^()（）]{0,80}[)）])?|[(（][^()（）]{0,40}(?:记者|通讯员)[^()（）]{0,60}[)）]"
    # a page header's source and an outlet's own credit (来源:某某在线, 某某在线消息(某某)): no cue of 在线 or 网上
    r"|来源[:：]\s*[^\s,;。，；:：]{1,16}|[\u4e00-\u9fff]{2,8}(?:在线|网)消息(?:\s*[(（][^()（）]{0,40}[)）])?"
)
# 减税降费红利持续释放, 企业获得感不断增强: a clause remarking on a policy's effect tells no action
_EFFECT_REMARK = re.compile(r"[^,;。，；]*(?:红利[^,;。，；]{0,6}?(?:释放|显现)|获得感|幸福感)[^,;。，；]*")
#: the loans of a sentence that names startup loans are those loans (创业担保贷款…累计发放贷款27亿元), no other credit
STARTUP_LOANS = "创业担保贷款"
# the doer named after 由 is a firm (由企业派车接送): what firms do
_FIRM_DOER = re.compile(r"由(企业|公司|厂家|厂方|单位)")
# firms at large opening the sentence with their own money (厂商也投入300万元整修, 企业自筹资金…): what firms do,
# unless a later clause grants money (企业投入技改，区里给予补助)
_FIRMS_SPEND = re.compile(r"(?:各|相关|参与的?)?(?:企业|厂商|厂家|公司|商户|业者)(?:也|还|亦|同时|共|累计|自行)*(?:投入|出资|自筹|投资)")
# 鼓励企业从境外采购物资, 经销商自行采购, 鼓励民众分流采购: firms or people buying, not the government (政府采购 stays)
_FIRMS_BUY = re.compile(r"(?:企业|公司|厂家|批发商|经销商|商户|民众|市民|居民|消费者)[^,;。政]{0,16}?(采购|购买|购置)")
# 奖励采购柑橘的果商: the buyers named after what they buy (traders, people), not the government
_BOUGHT_BY = re.compile(r"(采购|购买|购置)[^,;。，；政]{0,16}?的(?:客商|商贩|经纪人|经销商|批发商|商户|企业|市民|居民|消费者|个人)")
_BUY_WORD = re.compile(r"采购|购买|购置")
_SUBSIDY = re.compile(r"(补贴|补助|资助)")
# 给予该厂多项支持200万元: support given as a sum of money is a subsidy unless something else types it
_SUPPORT_SUM = re.compile(r"(?:给予|提供)[^,;。，；]{0,12}?支持(?:资金)?[约近逾超]?[\d.]+[万亿]?元")
# the words of money given or support offered, without which equipment, lines or expansion name no subsidy
_MONEY_GIVEN = re.compile(r"补贴|补助|奖励|资助|奖补|贴息|资金|基金|元|支持|扶持|投入|拨付|给予|予以|减免|优惠")
# technical upgrading (推进技改项目) a body pushes is its help, with or without money named
_UPGRADE = re.compile(r"技改|技术改造")
# “万人助万企”, “千名干部进千企”, “党员联企”: a campaign named for officials going into or paired with firms is liaison
# (not a bare 助企 of a package's name: “助企纾困”)
_CADRES_TO_FIRMS = re.compile(r"[“\"『「][^”\"』」]{0,6}?(?:干部|党员|人才|机关|专员|[万千百]人|[万千百]名)[^”\"』」]{0,4}?(?:进|助|帮|联|驻|包|结对)[万千百]?家?企")
# 延长特惠贷款的还款期至10年: a repayment period lengthened, the loan named between (还款期最长为8年 only states a term)
_REPAYMENT_EXTENDED = re.compile(r"(?:延长|延展|展延|放宽)[^,;。，；]{0,12}?还款期")
# 在某某基金下推出的计划: the fund a scheme was launched under, named as its frame, is no fund set up by the sentence
# (在某基金下安排… still sets money aside; 从某资金中给予补助 tells the fund the subsidy is paid from)
_FUND_SOURCE = re.compile(r"在(?:(?!安排|设立|筹集|筹措|拨付|统筹|下达|新增|出资|成立)[^,;。，；]){0,16}?(?:基金|资金)下")
# 给予商户一次性补助, 按档给予补贴: a subsidy granted, the sentence's action even when it names nothing else
# (食肆可获2万元, 一次性派发5万元: a sum handed to each recipient of a relief list names no subsidy word;
# 协调补助拨款, 拨付补助资金: a subsidy paid out, or arranged for the firms)
_GRANTED = first_checked(r"(给予|予以|发放|拨付|下拨|协调)[^,;。]{0,12}?(补贴|补助|资助)|(补贴|补助|资助)(资金)?(拨款|拨付|下拨)|(可获得?|可领取|获发|派发)(一次性)?(?=[\d.,]+万?元(?![^,;。]{0,4}?(贷款|授信|融资|信贷|额度)))")
#: categories that say what money is paid for (a rent subsidy is rent relief, not a subsidy to production)
_MONEY_CODES = frozenset(c.code for c in taxonomy().categories.values() if c.group in ("FISCAL", "FINANCE", "COST", "GRANT") or c.code == "EMPLOYMENT_SUBSIDY")
#: those that say what a subsidy granted pays for (a fund says where the money is set aside, not what it pays)
_PAYING_CODES = _MONEY_CODES - {"SPECIAL_FUND"}
# 让利部分的利息由财政补足: a subsidy of interest is an interest subsidy;
# 对返岗员工…给予补助, 失业保险扩围…发放补贴: a subsidy for the staff a firm employs or insures is a hiring subsidy;
# 对承租…的商户给予补贴: one for tenants is a rent subsidy
_PAID_FOR = (("LOAN_INTEREST_SUBSIDY", re.compile(r"利息")), ("EMPLOYMENT_SUBSIDY", re.compile(r"员工|职工|务工人员|工人|农民工|劳动者|从业人员|招用|就业|用工|失业保险|参保")), ("RENT_RELIEF", re.compile(r"承租|租户|租用")))
# 贷款只可用于支付工资、房租: what the money may pay for is the firms' own costs, no relief of them
_ALLOWED_USES = re.compile(r"(?:仅能|只能|仅限|限于|主要)?用于支付[^,;。，；]{0,24}")
# 缓解商户资金周转压力, 以缓解资金周转难: the pressure or hardship a measure eases is its effect, not what it gives
_EASED = re.compile(r"(减轻|缓解|纾缓|纾解|减缓)[^,;。]{0,16}?(压力|难题|难(?![\u4e00-\u9fff]))")
# 多措并举帮助企业复工复产, 某县多项举措推动企业有序复工: a summary of measures told after it names resumption as
# their aim, not as one of them
_SUMMARY = re.compile(r"多措并举|多项举措|多举措|一系列(?:措施|举措|政策)|组合拳|多项[^,;。，；]{0,12}?(?:措施|举措)")
_AIM = re.compile(r"(帮助|助力|推动|促进|支持|保障|推进|围绕)[^,;。]{0,8}?(有序)?(复工复产|复工|复产|开工)")
# 具备测温、消毒等条件的, 符合条件的: the conditions a firm must meet, not what it is given
_CONDITION = re.compile(r"(满足|具备|符合|达到)[^,;。]{0,40}?(条件|要求|标准)")
# 设立…资金, 成立…基金, 争取上级资金, 发放消费券 (or cards: 发放每张3,000元的消费卡): money set aside, obtained from above or handed out as vouchers is a fund (with a
# sum; not a loan quota: 设立3亿元小店应急资金贷款额度); so is a sum a budget allocates (拨款56亿元, 编列3亿元 in Taiwan's writing), a sum set aside for a purpose
# (安排4000万元开展…) and the money a measure needs (所需经费1亿元)
_FUND = gated(
    r"(设立|成立|安排|筹集|统筹|出资|争取|拿出)[^,;。]{0,24}?(资金(?!专项贷款|贷款)|基金(?!会)|专项债券?|债券额度)|(发放|投放)(?:[^,;。]|(?<=\d),(?=\d{3})){0,24}?消费(?:[券卡]|礼金)|(编列|拨款|拨出|拨付|划拨|下拨)[^,;。]{0,8}?[\d一二两三四五六七八九十]"
    r"|(安排了?|所需经费|经费(?:为|约|共计)?)(?:新台币|人民币)?[\d一二两三四五六七八九十][\d.,一二两三四五六七八九十百千万亿余多个]*(?:元|亿)"
    # 加码投入逾380亿元: money a body puts in (not what firms, society or a project's owner invest)
    r"|(?<!企业)(?<!公司)(?<!社会)(?<!带动)(?<!撬动)(?<!项目)(?<![总计])投入(?:资金)?(?:逾|超过?|约|近|共计|合计)?[\d一二两三四五六七八九十]"
    # 获得900万元专项支持: special support told by its sum
    r"|元的?专项支持"
)
# 为某大道道路工程、污水管网工程等项目争取预算内投资资金: money obtained for public works is project support, no
# relief fund for firms
_PUBLIC_WORKS = re.compile(r"(道路|管网|管线|污水|给水|排水|供水|市政|公路|桥梁|水利)[^,;。，；]{0,6}?工程")
# 消费券规模2.5亿元, 资金总额3000万元: a budget stated by its size, with no verb, is a fund too
_BUDGET = re.compile(r"(消费(?:[券卡]|礼金)|资金|基金)[^,;。，；]{0,4}?(规模|总额|总量|盘子)")
# 对购买家用汽车的个人给予补贴: money paid to people buying goods helps sellers, no subsidy to a firm's production
_BUYERS_PAID = re.compile(r"(购买|购置|消费)[^,;。，；]{0,30}?的(个人|居民|消费者|市民|家庭)")
# 据统计，各业主单位共为商户减免租金141万元, 某社区40家单位和房东给租户减免房租: what landlords give their
# tenants is their own doing, no measure
_LANDLORDS = re.compile(r"^(?:[^,;。，；]{0,24}[,，])*?(?:[\u4e00-\u9fff]{1,8}?(?:街道|社区|园区|镇|乡|区|县|市)(?=各|广大|辖区|部分|\d))?(?:各|广大|辖区|部分)?(?:\d+家)?(?:企业|单位|公司)?(?:或|和|及)?(?:业主单位|业主|房东|出租方|出租人)们?(?:共|累计|主动|自愿|已)*(?:为|给|向|对)")
# 协调解决甲乙科技原料次氯酸钠180吨、园区消毒剂1000公斤: goods obtained for firms, each item by its quantity
_QUANTITY = r"[\d.]+\s*(?:万|千)?(?:吨|公斤|千克|只|个|件|箱|瓶|升|套|台)"
_OBTAINED = re.compile(rf"(?:协调|调配|筹集|筹措)(?:解决)?了?((?:[^,;。，；、]{{2,40}}?{_QUANTITY}、)*[^,;。，；、]{{2,40}}?{_QUANTITY})")
# 某企业向区工信局求助，问题得以解决: what a firm asked for is its own doing; the help counts where a body acts on it
_ASKED = re.compile(r"向[^,;。，；]{1,20}?(求助|求援|寻求帮助)")
_BODY_ACTS = re.compile(r"(协调|帮助|协助|组织|安排|提供|派出|联系)")
# 全区共采购口罩27万只, 下拨资金用于防控设备、物资采购: epidemic supplies a body buys with no firm named are for its
# own epidemic work
_OWN_SUPPLIES = gated(
    r"(采购|购买|购置)[^。]{0,12}?(防控物资|防疫物资|口罩|防护服|防护用品|消毒|消杀|额温|测温)|(防控|防疫)[^,;。，；]{0,6}?(物资|设备)[^,;。，；]{0,4}?(采购|购置)"
)
# 为学校配备测温仪, 助力学生复学: help to schools and pupils is no help to firms
# 保障城乡低保、养老等民生支出: welfare spending for residents, no help to firms, nor are masks handed to households
# (为家户分发口罩) or meals to old people living alone, nor relief paid to families (家庭方面…慰助补助1户1万元)
# (also masks passed on to the elderly and the vulnerable: 转赠长者及弱势社群); in a sentence that helps firms too,
# the clause of such help alone gives no category
_WELFARE = re.compile(r"低保|民生支出|特困人员|养老金|家户|独居老人|慰助|家庭方面|长者|弱势社群|弱势群体")
_SCHOOLS = re.compile(r"(为|向|给|帮助|助力|协助)[^,;。，；]{0,8}?(学校|中小学|幼儿园|学生|师生)")
# 一手抓疫情防控，一手抓复工复产: the slogan names the two tasks, no action taken
_SLOGAN = re.compile(r"(?:一手抓|两手抓)[^,;。，；、]{0,12}")
# 免收房产租金: what is waived is rent, no government fee
_RENT_WAIVED = re.compile(r"免收(?=[^,;。，；]{0,6}?(?:租金|房租))")
# 使用费缓缴1年, 维护费可减半收取, 园区费用减收, 免收登记费: a fee charged at half, less, later or not at all (not social
# insurance, utilities or guarantees, which have categories of their own)
_FEE_RELIEF = first_checked(
    r"(?<![险保电水气暖])费用?(?:得|可|予以|一律)?(?:减半收取|减半征收|减收|缓缴|缓收|免收|免征)"
    r"|(?:免收|减收|缓收|减半收取|减免|免除|豁免)[^,;。，；]{0,16}?(?<![险保电水气暖])费(?!用?补)"
    # 使用费、租金、垃圾处理费均维持全免: the fees a list names, then waived
    r"|(?<![险保电水气暖])费[^,;。，；]{0,20}?(?:均|一律|全部)(?:维持|予以)?(?:全免|免收|减半)"
)
# 娱乐税减免, 增值税减征: a tax named, then relieved, is a tax cut (property and land taxes have a category of their own)
_TAX_RELIEVED = re.compile(
    r"(?<!房产|使用|房屋|地价)税费?(?:减免|减征|减半|豁免)"
    # 豁免旅游税, 宽减营业税: the word of relief written first (property and land taxes keep their own category)
    r"|(?:豁免|宽减|免征|减征|免除|减免)[^,;。，；]{0,12}?(?<!房产|使用|房屋|地价|物业)税"
)
# 暂免征收残疾人保障金, 免征教育费附加: a levy relieved whose object is a fee, no tax named, is a fee waiver
_FEE_LEVIED = re.compile(r"[免减]征收?[^,;。，；]{0,12}?(?:费|保障金)")
# 免收保证手续费: the fee of a guarantee waived is guarantee support
# (信保基金提供信保并免收手续费: the fee waived in a clause of the guarantee)
_GUARANTEE_FEE = re.compile(r"保证手续费|担保费|担保手续费|(?:信保|担保|信用保证)[^,;。，；]{0,16}?(?:免收|减免|减收|免除)手续费")
# 为失业人员提供职业介绍: services to the jobless themselves help no firm
_JOBLESS = re.compile(r"(为|向|对|帮助)(辖区|全区|全市)?(失业人员|失业者|失业职工|下岗职工|就业困难人员|零就业家庭)")
_FIRM_WORD = re.compile(r"企业|用人单位|公司|商户|商家|门店|市场主体|个体工商户")
# 失业补助金, 失业保险金, 救助金, 急难慰助: benefits paid to people themselves, no subsidy to firms and no sum of a measure
# (向参保单位返还失业保险金 refunds the firms' premiums)
PERSONAL_BENEFIT = gated(r"(?<!返还)(?<!退还)失业(?:补助|保险)?金|(?:临时|生活)?救助金|低保金|(?:急难)?慰助")
# 按再贷款利率的50%给予贴息, 月利率2‰的贴息补助: the rate says how much interest is subsidised, not cheaper credit
_SUBSIDISED_RATE = re.compile(
    r"(?:再贷款|贷款)?(?:基准|市场报价)?利率(?=的?[\d.]+\s*[%‰]?[^,;。]{0,6}?贴息)"
    # 补贴利率按某银行1年期定存利率计算: the rate of the subsidy, told by another rate
    r"|(?<=补贴利率按)[^,;。，；]{0,24}?利率(?:加[\d.]+%)?"
)
# 优先保障疫情防控、能源供应等企业复工复产: kinds of firms put first in line, a priority list
_PRIORITY_KINDS = re.compile(r"(优先|重点)(支持|保障|推动|推进|安排)[^。;]{0,40}?、[^。;]{0,40}?企业[^。;,]{0,16}?(复工|复产|开工|生产)")
# guidance, checks or ordering of resumption, as 复工指导 says: 指导该公司做好疫情防控工作, 核查企业复工复产情况,
# 复工前的安全检查 (the guidance named after; not a team's name, 复工督导组), 有序推进企业复工, 帮助企业完善复工的准备工作
_GUIDED_RESUMPTION = gated(
    r"(指导|检查|核查|督查|督导|督促|监督)[^,;。]{0,16}?(防疫|防控|消杀|消毒|测温|体温)|(指导|检查|核查|督查|督导)[^,;。]{0,16}?复工复产"
    r"|(指导|检查|核查|督查|督导)[^,;。、]{0,16}?(复工|复产|开工)|(防疫|防控|复工|复产)[^,;。、]{0,12}?(指导|检查|督导|隐患排查)(?![组队])"
    r"|有序(推进|推动|组织)[^,;。]{0,6}?(复工|复产)"
    r"|(指导|督导|帮助|协助)[^,;。]{0,12}?(复工|复产)[^,;。]{0,8}?准备"
    # 严把商户复工复产关: the check resumption passes
    r"|严把[^,;。]{0,12}?(复工|复产)"
)
# 要求各企业落实消毒、测温, 进厂车辆必须消毒: what firms are told to do against the epidemic is workplace
# prevention, not supplies given to them
# (企业要准备口罩、消毒水等物资: the supplies firms are told to have ready are their duty too)
_DUTY = re.compile(r"(要求|督促|监督|指导|引导|叮嘱|提醒)(各|全体|所有|辖区|园区)?(企业|单位|商户|厂家)|(必须|务必|应当)[^,;。]{0,12}?(消毒|测温|佩戴口罩|穿戴|佩戴)"
                   r"|(企业|单位|商户|厂家)(要|须|需|应|必须|应当)(提前)?(准备|储备|配备|备足|备齐)")
# 叮嘱企业落实扫码: a code firms are told to check is their duty (指导员工注册使用某码 is help with the code)
_TOLD = re.compile(r"(要求|督促|叮嘱|提醒)(各|全体|所有|辖区|园区)?(企业|单位|商户|厂家)")
# 协调口罩, 发放消毒液: epidemic supplies handed out or obtained for firms
# (not what firms are helped to make: 口罩生产企业)
# (口罩当天分发到各村: the supplies named first)
_SUPPLIED = gated(
    r"(协调|调配|调拨|调度|发放|派发|配送|筹集|筹措|提供|送去|送来|分发)[^,;。]{0,8}?(口罩|消毒|测温|额温枪|防护|酒精|防疫物资)(?![^,;。]{0,3}(生产|企业))"
    r"|(口罩|消毒液|额温枪|防护服|酒精|防疫物资)[^,;。]{0,6}?(发放|派发|配送|分发|送达)(至|到|给)"
    # 分发市指挥部下拨的5万只口罩: supplies counted by the piece, however long the words on where they come from
    r"|(发放|派发|配送|分发|调拨|调配)[^,;。]{0,40}?[\d.]+万?[余多]?[只个瓶桶箱件套台支把](防护|医用)?(口罩|消毒|额温枪|防护服|酒精)"
)
# 对外地返厂员工，与卡口对接放行: staff let through the checkpoints to reach their firms is labour supply
_STAFF_LET_THROUGH = re.compile(r"(员工|职工|务工人员|工人)[^;。]{0,20}?放行")
# 就用工缺口、原料涨价等问题开展座谈: the topics of a talk are no help of their kind (the visit or
# the talk itself may be liaison); not 就业, 就近
_DISCUSSED = re.compile(r"就(?![业近地是要会能可])[^,;。，；]{2,80}?(?:进行|开展)了?(?:深入|充分|广泛|面对面)?的?(?:交流|座谈|探讨|讨论|沟通|交谈)")
# 赴园区调研复工复产和防疫工作, 督导调研复产复工情况: resumption as the topic of a visit, no
# staged resumption (the visit itself is liaison)
_VISIT_TOPIC = re.compile(r"(?<=调研|督导|督查|视察|检查|查看|察看)[^,;。，；]{0,12}?(?:复工复产|复产复工|复工达产|复工)[^,;。，；]{0,10}?(?:工作|情况)")
# 核查防疫物资准备, 防疫物资到位, 完善厂区内的防疫物资储备: the firms' own readiness checked or required, no supplies
# given (协调防疫物资储备 is still help obtaining them)
_READINESS = re.compile(r"(?:防疫|防护|防控|抗疫)物资(?:的)?(?:准备|储备|到位)(?:情况)?")
_CHECKED = re.compile(r"(?:核查|检查|督查|查看|完善|做到|厂区)[^,;。，；]{0,12}$")
# 帮助企业采购口罩: help buying epidemic supplies (read on the sentence, as the firms' buying is set aside);
# 联系购入口罩, 购买消毒剂…供给企业: a purchase arranged for firms or handed on to them
_HELPED_BUY = first_checked(r"(帮助|协助|协调|联系)[^,;。]{0,6}?(采购|购买|购置|购入|代购)[^,;。]{0,8}?(口罩|消毒|测温|额温枪|防护|酒精|防疫物资)"
                         r"|(采购|购买|购置|购入)[^,;。]{0,8}?(口罩|消毒|测温|额温枪|防护|酒精|防疫物资)[^;。]{0,24}?(发放|分发|配发|送给|送到|赠送|调配|供给)")
# a body helping (or supporting: 对某公司予以支持复工) the firms a sentence names
_HELP = re.compile(r"(帮助|协助|帮|为|替|协调|解决|助力|支持)")
# 根据《某某奖励办法》精神, 请按照《某某办法》执行: a document cited as the basis or the rule to follow; its title's words are no action
_BASIS = re.compile(r"(根据|依据|按照|参照|遵照)《[^《》]{2,80}》(?=(有关|相关)?(精神|要求|规定|部署|文件|执行|办理|实施|等))")
# 根据国家和省有关减税降费政策，…: the policy a clause names as its basis, unquoted, is no action either
_BASIS_CLAUSE = re.compile(r"(?:根据|依据|按照|遵照)[^,;。，；]{0,24}?(?:政策|规定|精神|要求|部署)(?=[,，])")
# 对入驻企业减免房租, 为承租的入驻企业: a verb on 企业 after a preposition or 的 says which firms are meant
# (those settled in), not a visit
_TARGET_FIRMS = re.compile(r"(?<=[对为向给的])(入驻|进驻|下沉|联系|对接)(?=企业)")
# （超市、药店、物流等行业）: the trades of the firms a measure is for, not what it gives them
_TRADES = re.compile(r"[(（][^()（）]{2,80}?(行业|领域)[)）]")
# 为周转吃紧的企业按期还贷、续贷提供支持: money provided so firms can repay and renew their loans bridges them;
# the renewal is the bank's loan relief only where a bank grants it (对到期贷款给予续贷)
_BRIDGED = re.compile(r"还贷[、和及与]?续贷(?:等)?(?:提供|给予)")
# 授信审批绿色通道, 贷款“绿色通道”, 担保公司开辟绿色通道, 金融绿色通道: a fast lane for loans or guarantees is
# credit or a guarantee, not an administrative approval
_CREDIT_CLAUSE = re.compile(r"[^,;。，；、]*(?:(?:贷款|信贷|授信|融资|放贷|担保|金融)[^,;。，；、]*(?:审批|通道)|(?:审批|通道)[^,;。，；、]*(?:贷款|信贷|授信|融资|放贷|担保|金融))[^,;。，；、]*")
# 半个工作日内完成核验, 3个工作日内办结, 24小时内办理完毕: a matter settled within a set time is fast-track approval
# (a loan granted within days is credit)
_SERVICE_TIME = re.compile(r"(?:[\d.]+|半|一|两|三|五|七|十)个?(?:工作日|小时|天)之?内(?:办结|审结|办理完毕|出具|完成(?:审批|审核|核验|办理|登记|备案|受理))")
_LENDING = re.compile(r"贷|授信|融资|担保")
#: categories a description of the firms targeted gives of what they handle or are, not of what they receive
_DESCRIBED = frozenset({"PPE_SUPPLY", "PRIORITY_LIST"})
# 按研发经费支出额的2%给予补助: a subsidy of what firms spend on research funds research
_RD_SPENDING = re.compile(r"研发(?:经费|费用|投入)[^,;。，；]{0,24}?(?:补助|补贴|奖补|资助)")
# “安心码”, 某康码, 扫码: a health code by its local name
_HEALTH_CODE = re.compile(r"“(?![\u4e00-\u9fff]?(?:加|起|号|密|代|筹|价|编|页|砝)码)[\u4e00-\u9fff]{1,4}码”|[\u4e00-\u9fff]康码|[扫亮验]码")
# 为帮助企业复工复产，… (not 为企业…, who it is for; also after a reporter's source: 据某镇镇长介绍，为…), 在用工保障方面，…:
# the purpose or topic a sentence opens with;
# its words count only when the rest says nothing
# (为助推…，加大金融扶持力度，某区…: the aim goes on over the clauses before the actor, each an aim or a stepping-up)
_AIM_VERB = r"(?:帮助|支持|助力|助推|推动|促进|确保|保障|加快|缓解|减轻|落实|做好|应对|稳定|提振)"
_PURPOSE = re.compile(
    rf"^(?:据[^,;。，；]{{1,30}}?(?:介绍|表示|透露|称)[,，])?为了?(?:进一步|全力|更好地?)?{_AIM_VERB}[^,;。，；:：]{{2,40}}[,，](?:(?:{_AIM_VERB}|加大|强化)[^,;。，；:：]{{2,20}}?[,，](?=[^,;。，；]{{6}}))*"
    r"|^在[^,;。，；、]{2,10}方面[,，]"
)
# 帮助, 协调银行为: a help verb before a figure makes the figure what the help achieved
_HELPED_FIGURE = re.compile(r"帮助|协助|协调|促成|帮")
# 某专班下设复产调度、税费减免落实等5个工作组: the fields of the teams a body sets up name no help of their kind
_TEAM_TOPICS = re.compile(r"(?<=下设|成立|组建|设立)(?:[^,;。、]{2,10}、)+[^,;。、]{2,10}等[\d一二三四五六七八九十]+个(?:专项)?(?:工作组|专班|小组|组)")
# 传达核酸检测、运输保障等各方面政策: the topics of the policies a body relays are information, not help of each kind,
# and so are those of the information firms look up (让商户查询低息贷款或租金补贴等信息)
_RELAYED = re.compile(
    r"(?<=传达|宣传|宣讲|解读|讲解|推送|转发|查找|查询|查阅|获取)[^,;。]{0,40}?[、或][^,;。]{0,40}?等?(?:各方面|各类|各项|相关|最新)*的?(?:政策|文件|信息|资讯|知识)"
)
# 帮助企业申请到20万元扶持资金: money a body helps a firm obtain is a grant to it, no fund set up
_HELPED_MONEY = re.compile(r"(?:帮助|协助|帮)[^,;。，；]{0,12}?(?:申请到|获得|拿到|争取到|申领到)了?[^,;。，；]{0,16}?(?:资金|补助|补贴)")
# 帮助某集团贷款5000万元, 同时帮助其贷款: a loan a body helps a firm obtain is credit (not the interest subsidy of one)
_HELPED_LOAN = re.compile(r"(?:帮助|协助|帮)[^,;。，；的]{1,12}?贷款(?!贴息|利息|风险)")
# “某惠贷”, “信易贷”: a loan product by its quoted name is credit, whatever marks quote it ("某贷", 『某贷』, 《某贷》),
# also named as a loan (“某某贷款”) or by a version (“某e贷”, “某贷2.0”); so is one written bare before 产品 (某某贷产品)
_LOAN_PRODUCT = re.compile(
    r"(?P<name>[“\"『‘《「][\u4e00-\u9fffA-Za-z0-9]{1,7}贷款?[A-Za-z0-9.]{0,4}[”\"』’》」])|[\u4e00-\u9fff]{2,4}贷款?产品"
)
# 推出扩产贷、技改快贷等信贷品种: loan products listed by bare names ending in 贷
_LISTED_LOANS = re.compile(r"(?:[\u4e00-\u9fff]{2,6}贷、)+[\u4e00-\u9fff]{2,6}贷(?=等|产品|品种)")
_RELAY_WORD = re.compile(r"传达|宣传|宣讲|解读|讲解|推送|转发|查找|查询|查阅|获取")
# 招聘高校毕业生, 加大退役军人等重点人群招聘力度: jobs found for people (by public bodies or state firms) help no firm,
# nor do the registrations of job seekers (失业登记网上申请)
_PEOPLE_JOBS = first_checked(r"失业登记|求职登记|就业困难人员认定|(招聘|吸纳|安置|就业)[^,;。]{0,30}?(毕业生|退役军人|贫困(?:人员|劳动力|人口)|重点人群|就业困难|零就业|残疾人)|(毕业生|退役军人|贫困(?:人员|劳动力|人口)|重点人群|就业困难人员|残疾人)[^,;。]{0,30}?(招聘|就业|安置)")
# a firm that is the employer in its own right (国有企业, 事业单位) is no firm helped
_FIRM_HELP = re.compile(r"(?<!国有)(?<!国)(?<![市区县省]属)企业|用人单位|公司|商户|用工")
# 防疫物资保障事关企业员工健康: a remark on what a matter concerns, opening the sentence, tells no action
_CONCERNS = re.compile(r"^(?!针对|对|为|在)[^,;。]{2,16}?(事关|关乎|关系到)")
# 用工信息供需对接, 防疫物资供需对接: a matching service is of what it matches, named before it
_MATCHING = re.compile(r"([\u4e00-\u9fff]{2,6}?)(?:信息)?(?:供需|产需)对接")
# 经过积极争取，某市16户企业获批应急贷款3亿元: a sentence opening with the actor's bid that obtained the figure (not a
# matchmaking the figure merely followed: 经银企对接，12家企业拿到…)
EFFORT_OPENER = re.compile(r"\s*(?:经过|通过|经)[^,;。，；]{0,8}?(?:争取|推荐|申报)[^,;。，；]{0,8}[,，]")
# 降低企业融资成本: lowered financing costs are cheaper credit unless the sentence names other means of finance
_LOWERED_COST = re.compile(r"降低[^,;。，；、]{0,8}?融资成本")
_FINANCE = frozenset(c.code for c in taxonomy().categories.values() if c.group == "FINANCE")
_FINANCE_MEANS = _FINANCE - {"PREFERENTIAL_CREDIT"}
# 各类金融机构要…因企施策，靠前服务，不得抽贷: the lenders told how to serve the firms they lend to, no liaison of a body
_LENDERS_OPEN = re.compile(r"\s*(?:[^,;。，；]{0,6}?)(?:银行业?(?:金融)?机构|金融机构|各银行|银行)")
#: cue weight that counts when a named firm is helped
HELPED_THRESHOLD = 0.6


def classify_measure(sentence: str, named_firm: bool = False, context: frozenset[str] = frozenset()) -> list[str]:
    """Categories of a measure sentence: cues inside a list of problems to solve do not count (unless
    solved for a named firm, where the problem says what was done), money set aside (设立…资金) is a
    fund, and otherwise untyped money handed out a subsidy.  Help given to a named firm (帮助某公司解决运输问题)
    is concrete enough for a weak cue to count, and a visit to one (来到某某公司, the name masked) is liaison.
    ``context`` holds the categories the headings above the sentence name (二、减免房租 over its items):
    a weak cue of one of them counts, as the heading says what the item is about."""
    if _PLAN.match(sentence) or (framed := _SPEECH_FRAME.match(sentence)) and _PLAN.match(sentence, framed.end()) or _PROCEDURE.match(sentence) or "超出" in sentence and _GUESS.search(sentence) or _FIRMS_SPEND.match(sentence) and not _SUBSIDY.search(sentence):
        return []
    if (asked := _ASKED.search(sentence)) and not _BODY_ACTS.search(sentence, asked.end()):
        return []
    if ("业主" in sentence or "房东" in sentence or "出租" in sentence) and _LANDLORDS.match(sentence):
        return []
    if "认为" in sentence and _VIEW.search(sentence):
        return []
    if (said := _OTHERS_SAY.match(sentence)) and not _GOVERNMENT_WORD.search(sentence, said.end()):
        return []
    if "失业" in sentence or "就业困难" in sentence or "下岗" in sentence:
        if _JOBLESS.search(sentence) and not _FIRM_WORD.search(sentence):
            return []
    if (_OWN_SUPPLIES.search(sentence) or _SCHOOLS.search(sentence) or _WELFARE.search(sentence)) and not _FIRM_WORD.search(sentence):
        return []
    helped = named_firm and _HELP.search(sentence) is not None
    text = _blank(_BASIS, sentence) if "《" in sentence else sentence
    if "据" in text or "按照" in text or "遵照" in text:
        text = _blank(_BASIS_CLAUSE, text)
    if "日讯" in text or "日电" in text or "记者" in text or "通讯员" in text or "来源" in text or "消息" in text:
        text = _blank(_NEWS_CREDIT, text)
    if "企业" in text:
        text = _blank(_TARGET_FIRMS, text)
    # each rewrite runs only when the words it needs are there (the common sentence needs none)
    listed = "、" in text and ("方面" in text or "领域" in text or "等给予" in text or "等提供" in text or "等予以" in text)
    items = [i for m in _AREAS.finditer(text) for i in m.group(1).split("、") if not _NO_ITEM.search(i)] if listed else []
    if "、" in text and ("给予" in text or "提供" in text or "予以" in text):
        items += [i for m in _GIVEN_AREAS.finditer(text) for i in m.group(1).split("、") if not _NO_ITEM.search(i)]
    if _DIGIT.search(text) and ("协调" in text or "调配" in text or "筹集" in text or "筹措" in text):
        items += [i for m in _OBTAINED.finditer(text) for i in m.group(1).split("、")]
    if "、" in text and ("包括" in text or "涵盖" in text or "涉及" in text):
        items += [i for m in _PACKAGE_AREAS.finditer(text) for i in (m.group(1) or m.group(2)).split("、") if not _NO_ITEM.search(i)]
    solved = False
    if _PROBLEM_WORD.search(text):
        text = _blank(_LEARNED_PROBLEMS, text)
        if not helped:
            # the problems an opening aim names (为助推企业解决融资难题，…) are no help given
            asked = _blank(_PURPOSE, text) if text[:1] in "为据" else text
            found, solved = _solved_items(asked) if re.search(_SOLVE_VERB, asked) else ([], False)
            items += found
            text = _blank(_PROBLEMS, text)
    if "金" in text:
        text = _blank(PERSONAL_BENEFIT, text)
    if _WELFARE.search(text):
        text = _blank_welfare(text)
    if "一手抓" in text or "两手抓" in text:
        text = _blank(_SLOGAN, text)
    if "免收" in text:
        text = _blank(_RENT_WAIVED, text)
    if "红利" in text or "感" in text:
        text = _blank(_EFFECT_REMARK, text)
    if STARTUP_LOANS in text:
        cut = text.index(STARTUP_LOANS) + len(STARTUP_LOANS)
        text = text[:cut] + re.sub(f"(?<!{STARTUP_LOANS[:-2]})贷款", "  ", text[cut:])
    if ("贴息" in text or "补贴利率" in text) and "利率" in text:
        text = _blank(_SUBSIDISED_RATE, text)
    if "用于" in text:
        text = _blank(_ALLOWED_USES, text)
    if "金" in text:
        text = _blank(_FUND_SOURCE, text)
    if _DIGIT.search(text):  # _STATISTIC is gated by the words its matches hold
        text = _blank_statistics(text)
    products = False  # whether loan products' names were blanked: they are credit
    if "贷" in text:
        text, products = _blank_loan_names(text)
    if _RELAY_WORD.search(text):
        text = _blank(_RELAYED, text)
    if "组" in text or "专班" in text:
        text = _blank(_TEAM_TOPICS, text)
    if "对接" in text:
        text = _blank_matched(text)
    if _PEOPLE_JOBS.search(text):
        text = _blank_people_jobs(text)
    if "就" in text and ("交" in text or "座谈" in text or "探讨" in text or "讨论" in text or "沟通" in text):
        text = _blank(_DISCUSSED, text)
    if "复" in text and ("调" in text or "督" in text or "察" in text or "查" in text):
        text = _blank(_VISIT_TOPIC, text)
    if "物资" in text:
        text = _READINESS.sub(lambda m: " " * len(m.group(0)) if _CHECKED.search(text, 0, m.start()) else m.group(0), text)
    if "已" in text or "陆续" in text or "有序" in text:
        text = _blank(_STAFF_BACK, text)
    if "复" in text or "开工" in text:
        text = _blank(_RESUMED, text)
    if "我" in text:
        text = _blank(_FIRM_SPEAKS, text)
    if _MAKE_WORD.search(text):
        text = _blank(_SUPPLIES_MADE, _blank(_TARGET_MAKERS, text))
    if _BUY_WORD.search(text):
        for buyers in (_FIRMS_BUY, _BOUGHT_BY):
            text = buyers.sub(lambda m: m.group(0)[: m.start(1) - m.start()] + " " * len(m.group(1)) + m.group(0)[m.end(1) - m.start() :], text)
    if "行业" in text or "领域" in text:
        text = _blank(_SECTORS, _blank(_TRADES, text))
    if _COST_WORD.search(text):
        text = _COST_LIST.sub(_spread_costs, text)
    if "压力" in text or "难" in text:
        text = _blank(_EASED, text)
    if _SUMMARY.search(text):
        text = _blank(_AIM, text)
    if "条件" in text or "要求" in text or "标准" in text:
        text = _blank(_CONDITION, text)
    threshold = HELPED_THRESHOLD if helped else cats.THRESHOLD
    weights = cats.scored(text)  # read again at the item threshold when headings give a context
    codes = cats.above(weights, threshold)
    targeted = False  # whether the codes come from the description of the firms targeted alone
    if "对" in text and "的" in text and (aimed := _blank(_TARGET_DESC, text)) != text:
        own = cats.classify(aimed, threshold)
        codes, targeted = own or codes, not own and bool(codes)
    # the supplies the firms targeted handle or their rank (承担防疫物资保供的重点企业) when money is what they get;
    # what they do with it (开展新产品研发的企业) may still be what the money is for
    described = _DESCRIBED.intersection(codes) if targeted else frozenset()
    if text[:1] in "为在据" and (aimed := _blank(_PURPOSE, text)) != text:
        codes = cats.classify(aimed, threshold) or codes
    if "FAST_TRACK_APPROVAL" in codes and "FAST_TRACK_APPROVAL" not in cats.classify(_blank(_CREDIT_CLAUSE, text), threshold):
        lane = "GUARANTEE_SUPPORT" if "担保" in text and not re.search("贷款|信贷|授信|放贷", text) else "PREFERENTIAL_CREDIT"
        codes = [c for c in codes if c != "FAST_TRACK_APPROVAL"] + [lane] * (lane not in codes)
    if "LOAN_RELIEF" in codes and "续贷" in text and "LOAN_RELIEF" not in cats.classify(_blank(_BRIDGED, text), threshold):
        codes = [c for c in codes if c != "LOAN_RELIEF"] + ["BRIDGE_FUND"] * ("BRIDGE_FUND" not in codes)
    if "PPE_SUPPLY" in codes and _DUTY.search(text) and not _SUPPLIED.search(text):
        codes = [c for c in codes if c != "PPE_SUPPLY"] + ["STAGED_RESUMPTION"] * ("STAGED_RESUMPTION" not in codes)
    if context:
        codes += [c for c in cats.above(weights, ITEM_THRESHOLD) if c in context and c not in codes]
    for item in items:  # an item's strong cue says what it is (贷款贴息 is no credit), else its weak one
        item_weights = cats.scored(item)
        codes += [c for c in cats.above(item_weights) or cats.above(item_weights, ITEM_THRESHOLD) if c not in codes]
    if "融资成本" in text and "PREFERENTIAL_CREDIT" in codes and _FINANCE_MEANS.intersection(codes):
        codes = _lowered_costs_by_means(text, codes, threshold)
    if not codes and (solved or helped and _SOLVED.search(sentence)) and _HELP.search(sentence):
        # help with problems left unnamed (帮助解决企业遇到的各种困难), also one a named firm had solved
        # by a task no cue names (帮助某公司清理积水，解决了出行难问题)
        codes.append("ENTERPRISE_LIAISON")
    if codes and (not _ACTION.search(sentence) and not _HELPED_BUY.search(sentence) and (_TROUBLE.search(sentence) or _FIRM_DOER.search(sentence)) or _OPINION.search(sentence) or _CONCERNS.search(sentence)):
        return []
    if "ENTERPRISE_LIAISON" in codes and _FINANCE.intersection(codes) and _LENDERS_OPEN.match(sentence):
        codes = [c for c in codes if c != "ENTERPRISE_LIAISON"]
    if "PRIORITY_LIST" not in codes and _PRIORITY_KINDS.search(sentence):
        codes.append("PRIORITY_LIST")
    if "TAX_REDUCTION" not in codes and "税" in text and _TAX_RELIEVED.search(text):
        codes.append("TAX_REDUCTION")
    if "LOAN_RELIEF" not in codes and "还款期" in text and _REPAYMENT_EXTENDED.search(text):
        codes.append("LOAN_RELIEF")
    if "TAX_REDUCTION" in codes and "税" not in text and _FEE_LEVIED.search(text):
        codes = [c for c in codes if c != "TAX_REDUCTION"] + ["FEE_WAIVER"] * ("FEE_WAIVER" not in codes)
    elif "FEE_WAIVER" not in codes and "费" in text and _FEE_RELIEF.search(text) and not _GUARANTEE_FEE.search(text):
        codes.append("FEE_WAIVER")
    if "FAST_TRACK_APPROVAL" not in codes and "内" in text and (timed := _SERVICE_TIME.search(text)) and not _LENDING.search(_clause(text, timed.start())):
        codes.append("FAST_TRACK_APPROVAL")
    if "RD_FUNDING" not in codes and "研发" in text and _RD_SPENDING.search(text):
        codes.append("RD_FUNDING")
    if "STAGED_RESUMPTION" not in codes and _GUIDED_RESUMPTION.search(text):
        codes.append("STAGED_RESUMPTION")
    if "LABOR_SUPPLY" not in codes and "放行" in text and _STAFF_LET_THROUGH.search(text):
        codes.append("LABOR_SUPPLY")
    if _HELPED_BUY.search(sentence):  # 协调采购口罩, 采购口罩…发放给企业: help obtaining supplies, no purchase by the government
        codes = [c for c in codes if c != "GOVERNMENT_PROCUREMENT"] + ["PPE_SUPPLY"] * ("PPE_SUPPLY" not in codes)
    elif "PPE_SUPPLY" not in codes and _SUPPLIED.search(text):
        codes.append("PPE_SUPPLY")
    if "DIGITAL_EPIDEMIC_CONTROL" not in codes and "码" in text and _HEALTH_CODE.search(text) and not _TOLD.search(text):
        codes.append("DIGITAL_EPIDEMIC_CONTROL")
    if "PREFERENTIAL_CREDIT" not in codes and (products or "贷" in text and _loan_product(text) or "贷款" in text and _HELPED_LOAN.search(text)):
        codes.append("PREFERENTIAL_CREDIT")
    if "ENTERPRISE_LIAISON" not in codes and "企" in text and _CADRES_TO_FIRMS.search(text):
        codes.append("ENTERPRISE_LIAISON")
    if "ENTERPRISE_LIAISON" not in codes and (_VISITED.search(text) or _VISITED.search(sentence)):
        codes.append("ENTERPRISE_LIAISON")
    fund = _FUND.search(sentence) or _BUDGET.search(sentence)
    money = find_amounts(sentence, MIN_AMOUNT) if fund or not codes else []
    if money and fund and _PUBLIC_WORKS.search(sentence):
        codes += ["PROJECT_SUPPORT"] * ("PROJECT_SUPPORT" not in codes)  # money for roads and pipes builds projects
    elif "SPECIAL_FUND" not in codes and money and fund:
        codes.append("SPECIAL_FUND")
    if "SPECIAL_FUND" in codes and _HELPED_MONEY.search(text):
        codes = [c for c in codes if c != "SPECIAL_FUND"]
        codes += ["PRODUCTION_SUBSIDY"] * (not _PAYING_CODES.intersection(codes))
    # money or a subsidy handed out and typed by nothing else (nor in its own clause) is a subsidy to production,
    # or to hiring or rent when it is for staff or tenants
    # (a fund the money comes from says where it is set aside, not what it pays for: 从产业扶持资金中给予补助)
    granted = _GRANTED.search(text)
    paid_for = bool(_PAYING_CODES.intersection(codes))
    untyped = not codes or targeted and not paid_for  # nothing but the firms targeted says what the money is for
    alone = granted is not None and not paid_for and set(cats.classify(_clause(text, granted.start()), ITEM_THRESHOLD)) <= {"PRODUCTION_SUBSIDY", "SPECIAL_FUND"}
    paid = _blank(PERSONAL_BENEFIT, sentence) if "金" in sentence else sentence
    if (untyped and (money and (_SUBSIDY.search(paid) or _SUPPORT_SUM.search(paid)) or granted) or alone) and not _BUYERS_PAID.search(sentence):
        # money granted is what the firms targeted get: the words describing them give no category of their own
        subsidy = next((code for code, words in _PAID_FOR if words.search(text)), "PRODUCTION_SUBSIDY")
        codes = [c for c in codes if c not in described] + [subsidy]
    if "PRODUCTION_SUBSIDY" in codes and context:
        codes = _headed_subsidy(text, codes, context)
    if "PRODUCTION_SUBSIDY" in codes and not _MONEY_GIVEN.search(sentence) and not _UPGRADE.search(sentence):
        # 保障某厂生产线正常运转, 加快投资扩产: a firm's lines and expansion, with no money for them, are no subsidy
        # (technical upgrading a body pushes, 推进技改项目, is its help all the same)
        codes = [c for c in codes if c != "PRODUCTION_SUBSIDY"]
    return codes


def _loan_product(text: str) -> bool:
    """Whether ``text`` names a loan product: a quoted relief slogan (“不抽贷”, “无还本续贷”) is the relief its own
    cue names, no product."""
    for m in _LOAN_PRODUCT.finditer(text):
        if not (m.group("name") and _FINANCE_MEANS.intersection(cats.classify(m.group("name")[1:-1], ITEM_THRESHOLD))):
            return True
    return False


def _blank_loan_names(text: str) -> tuple[str, bool]:
    """``text`` with the words inside loan products' names blanked (“技改e贷”, 扩产贷、技改快贷等: credit, no subsidy
    to upgrading) where they name no means of finance of their own (“无还本续贷”, 不抽贷、不断贷 stay their relief),
    and whether any name was blanked."""
    spans = [(m.start() + 1, m.end() - 1) for m in _LOAN_PRODUCT.finditer(text) if m.group("name")]
    for m in _LISTED_LOANS.finditer(text):
        at = m.start()
        for item in m.group(0).split("、"):
            spans.append((at, at + len(item)))
            at += len(item) + 1
    blanked = False
    for a, b in spans:
        if not _FINANCE_MEANS.intersection(cats.classify(text[a:b], ITEM_THRESHOLD)):
            text, blanked = text[:a] + " " * (b - a) + text[b:], True
    return text, blanked


def _headed_subsidy(text: str, codes: list[str], context: frozenset[str]) -> list[str]:
    """``codes`` with a subsidy no other word types (补贴, 补助; not 设备补贴) paying for what the one heading above
    names (减轻用水用电成本负担 over 给予60%补贴: utility relief, no production subsidy)."""
    headed = sorted(c for c in context if c in _MONEY_CODES and c not in ("SPECIAL_FUND", "PRODUCTION_SUBSIDY"))
    if len(headed) != 1 or cats.scored(_blank(_SUBSIDY, text)).get("PRODUCTION_SUBSIDY"):
        return codes
    return [c for c in codes if c != "PRODUCTION_SUBSIDY"] + [headed[0]] * (headed[0] not in codes)


def _lowered_costs_by_means(text: str, codes: list[str], threshold: float) -> list[str]:
    """``codes`` without cheaper credit where lowering financing costs is all that names it and the sentence
    says by what other means (降低融资成本，担保费率再降一半: a guarantee)."""
    if "PREFERENTIAL_CREDIT" in cats.classify(_blank(_LOWERED_COST, text), threshold):
        return codes
    return [c for c in codes if c != "PREFERENTIAL_CREDIT"]


def _clause(text: str, at: int) -> str:
    """The clause of ``text`` (between commas or stops) that holds position ``at``."""
    start = max(text.rfind(c, 0, at) for c in ",;。，；") + 1
    ends = [i for i in (text.find(c, at) for c in ",;。，；") if i >= 0]
    return text[start : min(ends, default=len(text))]


def _solved_items(text: str) -> tuple[list[str], bool]:
    """The problems solved in ``text`` that say what was done (one concrete problem, or a list of one kind),
    and whether any problem is solved at all."""
    items, solved = [], False
    for m in _SOLVED.finditer(text):
        solved = True
        if _NO_ITEM.search(m.group(1)):
            continue
        if not _LIST_MARK.search(m.group(1)):
            items.append(m.group(1) + m.group(2))  # 住宿问题 is a cue with its problem word
        elif _one_kind(_LIST_MARK.split(m.group(1))):
            items.append(m.group(1))
    return items, solved


def _one_kind(items: list[str]) -> bool:
    """Whether every item of a list of problems names help of one and the same kind (口罩、酒精等物资)."""
    kinds = [tuple(cats.classify(i, ITEM_THRESHOLD)) for i in items if i.strip("等")]
    return bool(kinds) and all(kinds) and len(set(kinds)) == 1


def _blank_statistics(text: str) -> str:
    """``text`` with its statistics blanked, unless a help verb of the clause comes before one (帮助12家企业获得贷款3000万元
    is help given) or the sentence opens with the effort that obtained it (经过积极争取，…获批贷款…); a figure whose
    clause has no action before it takes its subject with it (全区汽车零部件等行业开工率达到100%: the trades counted are
    no help either)."""
    matches = list(_STATISTIC.finditer(text))
    if not matches:
        return text  # (the common case: no copy of the text)
    out = list(text)
    for m in matches:
        start = max(text.rfind(c, 0, m.start()) for c in ",;。，；") + 1
        clause = text[max(start, m.start() - 40) : m.start()]
        if _HELPED_FIGURE.search(clause) or EFFORT_OPENER.match(text, 0, m.start()):
            continue
        cut = m.start() if _ACTION.search(text, start, m.start()) else start
        out[cut : m.end()] = " " * (m.end() - cut)
    return "".join(out)


def _blank_matched(text: str) -> str:
    """``text`` with a supply-and-demand matching blanked where what it matches, named before it, is help of another
    kind (用工信息供需对接 matches jobs, no supply chain)."""
    for m in _MATCHING.finditer(text):
        kinds = cats.classify(m.group(1), ITEM_THRESHOLD)
        if kinds and "SUPPLY_CHAIN" not in kinds:
            text = text[: m.end(1)] + " " * (m.end() - m.end(1)) + text[m.end() :]
    return text


def _blank_welfare(text: str) -> str:
    """``text`` with the clauses blanked that help residents in need and name no firm (转赠长者…, 向独居老人发放…)."""
    parts = re.split(r"(?<=[,;。，；])", text)
    return "".join(" " * len(p) if _WELFARE.search(p) and not _FIRM_WORD.search(p) else p for p in parts)


def _blank_people_jobs(text: str) -> str:
    """``text`` with the clauses blanked that find jobs for people and name no firm helped (招聘应届毕业生)."""
    parts = re.split(r"(?<=[,;。，；])", text)
    return "".join(" " * len(p) if _PEOPLE_JOBS.search(p) and not _FIRM_HELP.search(p) else p for p in parts)


def _spread_costs(m: re.Match[str]) -> str:
    """用工、物流等费用补助 read as 用工费用补助 物流费用补助 (薪资及营运资金补贴 as 薪资补贴 营运资金补贴): each listed
    cost is subsidised."""
    items = re.split(r"[、和及与]", m.group(1))
    tail = (m.group(3) or "") + m.group(4)
    return " ".join(item if item.endswith(tail) else item.removesuffix("等") + tail for item in items if item)


def _blank(pattern: re.Pattern[str], text: str) -> str:
    """``text`` with the matches of ``pattern`` replaced by spaces (offsets kept)."""
    return pattern.sub(lambda m: " " * len(m.group(0)), text)
