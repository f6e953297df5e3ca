"""The role a firm plays in a measure sentence: helped, or giving the help, partnering or enabling it.

A measure names firms in several roles, and only the helped ones are its
beneficiaries.  Firms that give the help (甲物流公司为企业运送物资, 组织甲公司
向商户捐赠口罩, 甲置业作为出租方减免房租), partners (与甲公司签订合作协议,
联合甲保险公司推出…) and the means of a measure (依托甲公司的平台, 委托甲公司
为企业…) are not.  A firm right after a word of help (为甲公司提供…, 帮助甲公司…)
is helped whatever follows it.  A list of firms (甲、乙和丙等企业) shares one
role: the words before its first name and after its last decide it.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from .gate import first_checked, gated
from .mentions import BANK_SHORT, Mention

# names of the list left out as firms of another kind (a bank, a platform company): 高新国投、
_ITEMS = r"([^,;:。!?、为向给对帮与和]{1,12}、)*"
# separators inside a list of firms (甲、乙和丙, 甲、乙,以及丙), and the noun closing it (等重点企业)
# (a firm's project in quotes may follow each name: 甲公司“某改造项目”、乙公司“…”)
_PROJECT = r"(?:“[^”]{1,30}”)?"
# (an item may open with its park: 甲、城西园区的乙)
_PARK_OF = r"(?:[\u4e00-\u9fff]{2,4}?(?:园区|开发区|高新区|工业园|产业园)的)"
_LIST_GAP = re.compile(_PROJECT + r"(?:、|和|及|与|,?以及)" + _PARK_OF + "?")
_PROJECT_AFTER = re.compile(_PROJECT)
_LIST_TAIL = re.compile(r"((等|以及)?[\d一二三四五六七八九十两]+[家个户]|等)([^,;。为向给]{0,6}?(企业|公司|单位|机构|厂家|商户))?")
# a list opening its clause (，如甲、乙三家企业…): the firms are that clause's subject
_CLAUSE_OPEN = re.compile(r"(^|[,;:。!?])(如|例如|比如|像|其中|包括|特别是|尤其是)?" + _ITEMS + "$")
# what a subject firm may be said to receive (甲公司获得…, 甲公司被纳入…), or the outcome of the help
# the sentence told of before (…积极协调，甲公司顺利复工)
_RECEIVES_AFTER = re.compile(
    r"(也|还|均|都|已|已经|将|先后|分别|成功|顺利|率先|如期|提前|很快|迅速)*"
    r"(获得|获|得到|享受|享有|受益|入选|纳入|列入|被|拿到|收到|领到|申请到|争取到|通过|复工|复产|投产|恢复|符合[^,;。]{0,20}?(?:条件|要求)|"
    # (or take part in what the body holds: 甲、乙等企业代表出席座谈会)
    r"(?:代表)?(?:参加|出席)了?(?:座谈|会议|对接|洽谈|培训|招聘)|"
    # (or borrow from a lender: 甲公司从某银行贷款500万元, the credit a guarantee or a body's help backs)
    r"从[^,;。]{2,20}?(?:贷款|贷到|获得贷款|取得贷款))"
)
# a word of help or of a visit right before the list (为入驻的甲公司…, 一行来到甲公司, 派驻到甲公司的联络员, 为辖区甲超市):
# its firms receive what the sentence gives
_RECEIVES = first_checked(
    r"(为|向|给予|给|替|帮助|协助|帮|助力|支持|扶持|服务|走访|调研|考察|慰问|来到|莅临|走进|深入到|深入|前往|派驻到|对|针对|指导)(了)?,?(辖区内?|辖内|区内|园区内?|本地|当地)?"
    r"([^,;。为向给]{0,6}?(企业|公司)|[^,;。为向给的]{1,6}的)?" + _ITEMS + "$"
    # (对 with a longer 的 phrase naming which firms: 对涉及生活必需的甲、乙等企业, 对隔离衣生产企业丙公司)
    r"|(?:对|针对)[^,;。为向给]{1,30}?的(?:[^,;。为向给的]{0,10}?(?:企业|公司))?" + _ITEMS + "$"
)
# the list a sentence names as what it tells of (…予以公示,分别为:甲、乙): the complement, not a clause's subject
_NAMED_AS = re.compile(r"(分别为|分别是|分别有|依次为|名单如下|如下)[:,]?$")
# a reporter's own visit (记者走进甲公司, 笔者来到乙厂): the report's way in, no help to the firm
_REPORTER_VISIT = re.compile(r"(笔者|记者)(一行)?(近日|日前|再次)?(走进|来到|深入|前往|走访|探访|看到)(了)?$")
# help to firms at large, then the list of examples (为企业解决…，包括甲、乙): the firms of the list are the helped
_HELPED_EXAMPLES = gated(
    r"((帮助|协助|帮扶|帮|扶持|服务|走访|指导)[^;。]{0,16}?(企业|公司)|为[^;。,]{0,8}?(企业|公司)(解决|办理|提供|协调|争取|申请|落实|对接|送))"
    r"[^;。]{0,20}?[,:](包括|其中有|如|例如|比如|特别是|尤其是)$"
)
# after the list: the firms give or do the help themselves (甲公司为企业…, 甲公司捐赠…, 甲置业作为出租方, 甲铝业加大供应),
# or make what is given (采购甲公司生产的口罩, 上线甲公司开发的小程序)
# (甲公司负责人 is the firm's officer, not the firm taking charge of the help)
_GIVES = re.compile(
    r"(也|还|则|均|都|已|已经|又|主动|积极|紧急|免费|第一时间|迅速|及时|先后|分别|共|累计)*"
    r"((为|向|给|替)(?!主|例|首|准|止|题|由|何)|对(?!接|外|口|标|于|比|此|其)|提供|捐赠|捐献|捐出|捐助|供应|让利|出资|派出|派驻|减免|免收|免除|承担|承办|负责(?!人)|"
    r"作为(出租方|业主|房东|供应商|服务商|承建方|运营方|合作方|承办方|主办方|牵头方)|"
    r"(生产|研发|研制|开发|提供|捐赠|捐献|搭建|运营)的|安排|调派|调配|调集|输送|运送|配送|"
    # (or supply more of what the helped firm lacks: 协调甲铝业加大原料供应)
    r"(加大|增加|扩大|保障|确保|优先)[^,;。]{0,6}?(供应|供货|供给))"
)
# later in the firm's clause: it cuts the rent its tenants pay (甲置业已行动起来，减免入驻商户一个月租金), so it is
# the landlord giving the relief, unless it is said to receive it (获减免租金)
_LANDLORD_ACT = re.compile(r"[^。;!?]{0,40}?(减免|免收|免除|减收|减半收取)[^。;!?]{0,50}?(租金|房租|租赁费|物业费|物业管理费)")
_RECEIPT = re.compile("获|享受|得到|受益|申请|为|给|帮")
# 对租用甲集团所属厂房的企业: the firm owning the premises rented is the landlord, whoever the tenants helped are
_OWNS_PREMISES = re.compile(r"所属的?(?:国有)?(?:房屋|房产|物业|厂房|商铺|门面)")
# after a firm the text turns to (向甲公司…): what is handed to it or asked of it
_ADDRESSED_AFTER = re.compile(r"(提交|提出|递交|报送|申报|申请|反映|求助|咨询|了解)")
# after the list, a word of help right before another firm (…,为丙丁纺织): the list's firms give the help to that one
_FOR_OTHER = re.compile(r",?(为|向|给|帮助|协助)")
# before the list: the firm is a partner or the means of the measure (联合甲公司, 依托甲公司, 委托甲公司),
# named by its role (业主甲公司, 出租方甲置业, 供应商甲公司) or a source (从甲化工采购)
_PARTNER_BEFORE = re.compile(r"(联合|携手|联手|牵手|依托|借助|委托|聘请|邀请|组织|会同|通过|利用|引入|引进|联系|业主|房东|出租方|出租人|供应商|服务商|承运商|物业|从)$")
# ...unless the firms are brought in to take part in what the body holds (组织甲、乙参加招聘会, 推荐丙入选名单)
_BROUGHT_IN = re.compile(r"(组织|邀请|推荐)$")
_TAKES_PART = re.compile(r"(等[\d一二三四五六七八九十多几]*[家个户]?(企业|公司))?(参加|参与|参会|报名|入选|申报|对接|入驻)")
# 与甲公司签约: coordination with a firm is a partnership when a joint act follows (also across the names of
# the list left out: 与甲公司、某银行、乙公司签订协议)
_WITH_BEFORE = re.compile(r"(与|同|跟|和)" + _ITEMS + "$")
_JOINT_AFTER = re.compile(r"(?:、[^,;。、]{1,12})*[^,;。]{0,12}?(签订|签约|签署|合作|共建|共同|联合|携手|达成|结成|组建)")


def helped(text: str, s: int, e: int, firms: list[Mention], acting: bool = True) -> list[Mention]:
    """The firms of the sentence ``[s, e)`` (in text order) that are not named as giving the help,
    as partners or as the means of the measure; with ``acting``, nor as the subject of a clause of
    their own (，甲、乙等公司率先响应…), which still leaves them the firms the story is about."""
    out: list[Mention] = []
    starts = [f.start for f in firms]  # (a sentence may be a whole document: the firm after a run is found by bisection)
    for run in runs(text, firms):
        head, tail = run[0], run[-1]
        before = text[max(s, head.start - 40) : head.start]
        if before.endswith("向") and _ADDRESSED_AFTER.match(text, tail.end, e):
            continue  # 向甲公司提交申请: the firm takes the application (a landlord, a platform), it is not helped
        if _REPORTER_VISIT.search(before) or _OWNS_PREMISES.match(text, tail.end, e):
            continue
        if _RECEIVES.search(before) or _HELPED_EXAMPLES.search(before):
            out += run
            continue
        after = _PROJECT_AFTER.match(text, tail.end).end()
        closing = _LIST_TAIL.match(text, after, e)
        if closing:
            after = closing.end()
        if (land := _LANDLORD_ACT.match(text, after, e)) and not _RECEIPT.search(text, after, land.start(1)) and not _RECEIVES.search(before):
            continue
        if _GIVES.match(text, after, e) or _PARTNER_BEFORE.search(before) and not (_BROUGHT_IN.search(before) and _TAKES_PART.match(text, after, e)):
            continue
        if (i := bisect_left(starts, after)) < len(firms) and _FOR_OTHER.fullmatch(text, after, firms[i].start):
            continue  # 对接甲乙电力公司,为丙丁纺织开辟…: the help goes to the firm named after the word of help
        if _WITH_BEFORE.search(before) and _JOINT_AFTER.match(text, after, e):
            continue
        if acting and _CLAUSE_OPEN.search(before) and not _RECEIVES_AFTER.match(text, after, e) and not _NAMED_AS.search(before):
            continue
        out += run
    return out


# the end of a clause, looked for no farther than a clause runs (a text may hold no ! at all after a name)
_CLAUSE_STOP = re.compile("[,;。!?]")
CLAUSE_MAX = 400


def partners(text: str, firms: list[Mention]) -> set[int]:
    """The firm mentions (by id) a clause names as partners in a joint act (与甲、乙等企业洽谈合作, 与丙公司签约):
    parties the firms of a place deal with, which says nothing of where they are."""
    out: set[int] = set()
    for run in runs(text, firms):
        head, tail = run[0], run[-1]
        after = _PROJECT_AFTER.match(text, tail.end).end()
        closing = _LIST_TAIL.match(text, after)
        if closing:
            after = closing.end()
        stop = _CLAUSE_STOP.search(text, after, after + CLAUSE_MAX)
        end = stop.start() if stop else min(len(text), after + CLAUSE_MAX)
        before = text[max(0, head.start - 40) : head.start]
        if _WITH_BEFORE.search(before) and _JOINT_AFTER.match(text, after, end) or _CLIENTS_BEFORE.search(before):
            out.update(id(f) for f in run)
    return out


# a firm's clients or suppliers listed after it (其客户包括甲、乙等知名企业): the firms it deals with, anywhere
_CLIENTS_BEFORE = re.compile(r"(?:客户|供应商|合作伙伴)(?:群体)?(?:包括|涵盖|有|遍及|覆盖)了?[:：]?$")


def runs(text: str, firms: list[Mention]) -> list[list[Mention]]:
    """Firms grouped into the lists they stand in: neighbours joined only by a list separator."""
    runs: list[list[Mention]] = []
    for f in firms:
        if runs and runs[-1][-1].end <= f.start and _LIST_GAP.fullmatch(text[runs[-1][-1].end : f.start]):
            runs[-1].append(f)
        else:
            runs.append([f])
    return runs


# the applications or firms a scheme approved, then their names (获批的三宗申请包括甲、乙; 入选企业为丙):
# the firms the measure just told of was given to
# (also across a comma before the list's verb: 今次批出的生产线,分别有甲、乙)
_APPROVED = re.compile(r"(获批|批出|获得资助|获资助|受资助|入选|获评|获奖|获得补助|获得奖励|获得补贴|获得认定|被认定)的?[^,;。]{0,12}?,?(包括|分别为|分别是|分别有|为|是|有)[:,]?$")


# a sentence opening with the firms the measure before helped, then their names (补助的五家公司，包括甲、乙;
# 受益企业有丙): the help verb stands bare before 的, as the firms' description, only at the sentence's start
_HELPED_OPEN = re.compile(
    r"(?:(?:受|获|获得)?(?:补助|资助|奖励|补贴|扶持|帮扶|支持)的|受益的?|受惠的?)[^,;。]{0,8}?(?:企业|公司|厂商|商户)"
    r"[,:]?(?:包括|分别为|分别是|为|是|有)了?[:,]?"
    + _PARK_OF + "?"  # (the first one's park: 包括城西园区的甲)
)


def approved(text: str, s: int, firms: list[Mention]) -> list[Mention]:
    """The firms of the sentence from ``s`` listed as those a scheme approved, when the list opens the
    sentence's naming of firms (获批的五宗申请包括甲、乙…; 补助的五家公司，包括甲、乙), or the list the sentence
    before announced, cut from it at a comma (…予以公示，分别为：甲、乙)."""
    if not firms or not (_APPROVED.search(text, s, firms[0].start) or _NAMED_AS.fullmatch(text, s, firms[0].start)
                         or _HELPED_OPEN.fullmatch(text, _MEETING_OPEN.match(text, s).end(), firms[0].start)):
        return []
    return runs(text, firms)[0]


# the firms that took part in what the measure before held or gained from it, named at the sentence's start
# (会上，甲、乙等22家参会企业…, 甲、乙等企业代表参加了对接会, 甲、乙等10家企业从中受益)
_REST_OF_LIST = re.compile(r"(?:、[^,;:。、等]{1,12})*")
_MEETING_OPEN = re.compile(r"(?:会上|会议上|座谈会上|对接会上|活动中|活动现场|今年来|今年以来|近日|日前|目前|此外|同时)?[,:]?")
# the tally opening an outcome's list (目前,已有甲、乙等3家企业获得…): the list still opens the sentence
_TALLY_OPEN = re.compile(r"(?:已经?|现已|共|累计|先后)有")
# a later clause of the sentence, opening with the list (after the area word that places it: ，园区甲、乙…)
_CLAUSE_LEAD = re.compile(r"[,;](?:园区|辖区|区内|全区)?$")
_TOOK_PART = re.compile(
    r"等?[\d一二三四五六七八九十多几]*[家个户]?(?:参会|与会)(?:企业|单位)"
    r"|(?:等[\d一二三四五六七八九十多几]*[家个户]?(?:企业|公司))?(?:代表|负责人)?(?:参加|出席)了?[^,;。]{0,6}?(?:会议|座谈|对接|洽谈|活动)"
    r"|等?[\d一二三四五六七八九十多几]*[家个户]?[^,;。]{0,6}?(?:企业|公司)?(?:从中|因此|率先)?(?:受益|获益)(?!于)"
    # (or speak at it: 甲、乙等15家企业负责人围绕复工问题进行交流, 甲、乙等企业代表先后发言)
    r"|(?:等[\d一二三四五六七八九十多几]*[家个户]?(?:企业|公司))?(?:代表|负责人|企业家)们?,?(?:先后|分别|纷纷|现场)?"
    r"(?:(?:围绕|就|结合)[^,;。]{0,24}?)?(?:进行)?(?:交流|发言|座谈|提出)"
)
# receiving what the measure before brought about (获得600万元扶持资金; not 获得订单)
_GAINED = re.compile(
    r"(?:等[\d一二三四五六七八九十多几]*[家个户]?[^,;。]{0,6}?(?:企业|公司|商户))?(?:均|都|先后|分别|成功|共|累计)*"
    r"(?:获得|得到|享受到?|拿到|领到|争取到|申请到|获批)(?=[^,;。]{0,24}?(?:资金|补贴|补助|资助|贷款|授信|奖励|奖补|扶持|支持|减免|贴息)|\d[\d.]*[万亿]?元)"
)
# a part of the measure just told (其中，甲公司获得50万元)
_PART_OPEN = re.compile(r"(?:其中)?[,:]?")


def took_part(text: str, s: int, firms: list[Mention]) -> list[Mention]:
    """The firms of the sentence from ``s`` that it or one of its clauses opens with as taking part in a meeting
    (会上，甲、乙等参会企业介绍了…; 某某热情接待，园区甲、乙等企业代表出席座谈) or gaining (甲、乙等企业受益; 目前，已有甲、乙等
    5家企业获得…资金): those the measure before served."""
    opening = _MEETING_OPEN.match(text, s).end()
    for run in runs(text, firms):
        if run[0].start != opening and not _CLAUSE_LEAD.search(text, s, run[0].start):
            continue
        after = _REST_OF_LIST.match(text, run[-1].end).end()  # (past names of the list left out as firms)
        if _TOOK_PART.match(text, after):
            return run
    return []


def gained(text: str, s: int, firms: list[Mention]) -> list[Mention]:
    """The firms opening the sentence from ``s``, after a tally or a part's word at most, that it says received money
    or support (目前，已有甲、乙等3家企业获得…资金; 其中，甲公司获得50万元): what the measure before brought about,
    so the firms it served."""
    if not firms:
        return []
    opening = _PART_OPEN.match(text, _MEETING_OPEN.match(text, s).end()).end()
    if tally := _TALLY_OPEN.match(text, opening):
        opening = tally.end()
    listed = runs(text, firms)
    if listed[0][0].start != opening:
        return []
    # (and the firms opening its later clauses the same way: …，乙公司获得30万元)
    out = [f for i, run in enumerate(listed) if (i == 0 or text[run[0].start - 1] in ",;") for f in run
           if _GAINED.match(text, _REST_OF_LIST.match(text, run[-1].end).end())]
    return out if out and out[0] is listed[0][0] else []


# a bank opening the sentence that lends to named firms (会上，某银行为甲、乙授信; 某银行已为丙公司发放贷款…)
BANK = re.compile(f"(银行|分行|支行|农商行|信用社|联社|{BANK_SHORT})$")
_LENDS_TO = re.compile(r"(?:已经|已|首批|分别|现场|累计|共|先后)*为")
_LENT = re.compile(r"(?:等[\d一二三四五六七八九十多几]*[家个户]?(?:企业|公司))?(?:分别)?(?:授信|预授信|发放|提供|办理|新增|续贷|放贷|贷款)")


def lent_to(text: str, s: int, firms: list[Mention]) -> list[Mention]:
    """The firms a bank (or a list of banks: 某农行、某银行为…) opening the sentence from ``s`` lends to (某银行为甲、乙授信):
    after a credit measure of a body (a matching meeting, a loan scheme) the loans it brought about, so the firms it served."""
    if len(firms) < 2 or _MEETING_OPEN.match(text, s).end() != firms[0].start or not BANK.search(firms[0].name):
        return []
    lead = runs(text, firms)[0]
    banks = lead if all(BANK.search(f.name) for f in lead) else lead[:1]
    if len(banks) == len(firms):
        return []
    run = runs(text, firms[len(banks):])[0]
    if _LENDS_TO.fullmatch(text, banks[-1].end, run[0].start) is None or any(BANK.search(f.name) for f in run):
        return []
    return run if _LENT.match(text, _REST_OF_LIST.match(text, run[-1].end).end()) else []


# help to a counted number of firms (为街道6家企业接回员工), and the list that names that many (甲、乙等6家企业)
_COUNTED = re.compile(r"(?:为|帮助|助力|服务|支持|帮)[^,;。为]{0,8}?(\d+|[两二三四五六七八九十])家(?:企业|公司)")
_COUNT_TAIL = re.compile(r"等?(\d+|[两二三四五六七八九十])家(?:企业|公司)")
_HAN_COUNT = {c: i for i, c in enumerate("一二三四五六七八九十", 1)} | {"两": 2}


def _count(word: str) -> int:
    return int(word) if word.isdigit() else _HAN_COUNT[word]


def counted(text: str, s: int, e: int, firms: list[Mention]) -> list[Mention]:
    """The firms of the document's one list of as many firms as the sentence ``[s, e)`` says it helped."""
    m = _COUNTED.search(text, s, e)
    if m is None or (n := _count(m.group(1))) < 2:
        return []
    lists = [run for run in runs(text, firms) if len(run) == n and (t := _COUNT_TAIL.match(text, run[-1].end)) and _count(t.group(1)) == n]
    return lists[0] if len(lists) == 1 else []
