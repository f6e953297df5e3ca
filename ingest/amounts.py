"""Money in Chinese text: 490万元, 1.7个亿, 27.14亿元, 三千万元, 最高500万元.

Numbers may be Arabic (with thousands separators and decimals) or Chinese
numerals; the multiplier words 十/百/千/万/亿 may follow either.  An amount
preceded by 最高/最多/不超过/上限 or followed by 封顶/为限 is a per-beneficiary cap, not a total
(but a bound on a total or a budget, 预算总额上限20亿元, is that total).
A range (100万—500万元, 100-500万元) is no total either: its upper end is
a cap.  An amount per unit (每人1000元, 1000元/人) is a rate, a cap only when
bounded (每家企业最高50万元); a budget per period (每年安排1亿元) stays a
total.  An inclusive note (最高200万元(含200万元)) is of the kind of the amount
before it; an amount splitting money into parts (超出200万元部分) or a bound
to meet (投资500万元以上的项目, 不低于50万元) is a threshold, but a floor on what a body gives
(发放不少于2.5亿元) is its total.  Percentages are rates, never amounts.  The parser works on the analysis
view (half-width digits), so spans point into the original text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
# 大写 (financial) forms, used on cheques and in budgets
_DIGITS.update({"壹": 1, "贰": 2, "貳": 2, "叁": 3, "參": 3, "肆": 4, "伍": 5, "陆": 6, "陸": 6, "柒": 7, "捌": 8, "玖": 9})
_SMALL = {"十": 10, "百": 100, "千": 1000, "拾": 10, "佰": 100, "仟": 1000}
_BIG = {"万": 10_000, "亿": 100_000_000, "萬": 10_000, "億": 100_000_000}
_CN = "".join([*_DIGITS, *_SMALL, *_BIG])
_CN_DIGITS = "".join(_DIGITS)
_UNITS = "".join([*_SMALL, *_BIG])

# number (三点五 is 3.5), optional 余/多, optional 个, multiplier words, 余/多 again, then 元 (圆 in older
# and Hong Kong or Taiwan writing; or 个亿 colloquially), also named as the yuan of Hong Kong, Macao or
# Taiwan (300亿港元, 56亿港币, 10亿新台币) or as 人民币 (5亿人民币): the local government's own money, written as
# it is stated; other countries' money (美元, 日元) is none
AMOUNT = re.compile(
    rf"(?P<num>\d+(?:,\d{{3}})*(?:\.\d+)?|[{_CN}]+(?:点[{_CN_DIGITS}]+)?) ?"
    r"(?P<approx>余|多)?(?P<ge>个)?"
    rf"(?P<mult>[{_UNITS}]*)"
    r"(?:余|多)?"
    r"(?P<yuan>(?:港|澳门|澳|新台币|新台|台币)?元|人民币|港币|澳门币|新台币|台币|圆(?!满)|块钱)?"
)
_CAP_BEFORE = re.compile(r"(最高|最多|不超过|不高于|上限|封顶|至多)[^。,;\d]{0,8}$")
# 预算总额上限20亿元, 资金规模不超过5亿元: a bound on a total or a budget is that total, no cap per beneficiary
_TOTAL_BOUNDED = re.compile(r"(总额|总预算|预算|总规模|资金规模|基金规模|总量|总经费|总金额)(的|为)?(最高|不超过|不高于|上限)[^。,;\d]{0,4}$")
# 补贴50%，500万元封顶, 以100万元为限: the bound written after the amount
_CAP_AFTER = re.compile(r"\s*(封顶|为上限|为限)")
# 每 + a unit that is not a period (每年 is a budget period), or 人均/户均, in the same clause before the amount
_PER_BEFORE = re.compile(
    r"(每(?![年月日天周季])|人均|户均)[^。，,；;：:\d元]{0,14}$"
    # 每一摊或店铺，核发纾困金2万元: the unit set off by a comma before the clause that pays it
    r"|每(?![年月日天周季])[^。，,；;：:\d元]{1,8}[,，][^。，,；;：:\d元]{0,12}$"
)
# 元/人, 万元/户, 元每吨 right after the amount (元/年 is a period)
_PER_AFTER = re.compile(r"\s*[/／每](?![年月日天周季])[\u4e00-\u9fff]")
# between the two ends of a range: 100万—500万元, 100万至500万元, 10万到50万元, 100-500万元
_RANGE_JOIN = re.compile(r"\s*(?:-|－|—{1,2}|–|~|～|〜|至|到)\s*")
# 最高200万元(含200万元): the bound restated as inclusive, of the same kind as the amount before it
_INCLUSIVE_BEFORE = re.compile(r"[元圆]\s*[(（]\s*含\s*$")
# 超出200万元部分, 100万元以上的部分: a threshold a rule splits the money at, no sum given; 投资500万元以上的项目,
# 购买10万元以上家用汽车, 单笔不低于50万元: a bound the firms, goods or loans must meet (not 500万元以上的专项资金,
# the money itself)
_PART_AFTER = re.compile(
    r"\s*(?:以上|以下|以内)?的?部分|\s*(?:及以上|以上|及以下|以下|以内)的?"
    r"(?=[\u4e00-\u9fff])(?!资金|基金|补助|补贴|奖励|资助|支持|专项|贷款|授信|消费券|的|[给予奖补扶])"
)
_LIST_JOIN = re.compile(r"\s*[、和及或]\s*")
_FLOOR_BEFORE = re.compile(r"(不低于|不少于)$")
# 额度由最高300万元提高至400万元: the new value of the amount just before is of its kind (here a cap)
_RAISED_BEFORE = re.compile(r"(提高|提升|上调|调高|增加|扩大|放宽|调整|增)(至|到|为)\s*$")
# 研发经费支出达50万元(含50万元)以上, 网店交易额达到10万元的，…: a firm's spending or sales that reach the amount,
# a bound to meet
_REACH_BEFORE = re.compile(r"(支出|投入|投资|营收|营业收入|销售额|交易额|营业额|产值)[^。,;，；\d]{0,4}?(达到?|超过)\s*$")
# 总投资超500万元且…的项目: an investment or sales figure above the amount, a bound to meet (not money a body puts in)
# 零售额增量超过800万元的商户: a growth of sales above the amount is a bound to meet too
_ABOVE_BEFORE = re.compile(r"(支出|投资|营收|营业收入|销售额|零售额|产值|增量)(额|总额)?[^。,;，；\d]{0,2}?超过?$")
_ABOVE_AFTER = re.compile(r"\s*(?:[(（]含[^()（）]{0,12}[)）])?(?:及以上|以上|的(?=[,，]))")
# 发放不少于2.5亿元再贷款, 安排资金不低于1亿元: a floor on the money a body gives is its total, no bound to meet
# (减租总额不低于1亿元, 给予援助资金不低于1亿元, 放贷规模不低于5000万元: a floor on a total or a fund)
_GIVEN_FLOOR = re.compile(r"((发放|安排|投放|提供|筹集|筹措|设立|下达|拨付|统筹)[^。,;，；\d]{0,6}?|(总额|资金|基金|总?规模|总量))(不低于|不少于)$")
# the words without which no number is money (see _is_money): most sentences have none, and skip the parse
_MONEY_WORD = re.compile("元|圆|块钱|亿|币|万(?=贷款|资金|授信|融资|贴息|补贴|补助|奖补|奖励)")
# 500万贷款, 2000万资金: a sum in 万 or 亿 right before the money it counts, written without 元
_MONEY_NOUN = re.compile("贷款|资金|授信|融资|贴息|补贴|补助|奖补|奖励")


@dataclass(frozen=True)
class Amount:
    """One money mention: value in yuan, span in the text, and whether it is a per-beneficiary cap.

    A range has its upper end as ``value`` (a cap) and its lower end as ``low``;
    ``per_unit`` marks a rate per person, household, tonne or firm; ``threshold`` an amount a rule
    splits money at (超出200万元部分), neither a total nor a cap; ``raised`` the new value of the amount
    just before it (上限由600万元增至700万元), which that one no longer is.
    """

    value: int
    start: int
    end: int
    cap: bool = False
    per_unit: bool = False
    low: int | None = None
    threshold: bool = False
    raised: bool = False


def chinese_number(s: str) -> int | None:
    """Value of a Chinese numeral (三千, 一万二千, 十二, 二〇二〇, 壹佰), or None when it is not one.

    A last digit right after a unit counts in the next lower unit, the way it
    is spoken: 一万二 is 12000, 两千五 is 2500 (一万零二 is 10002).
    """
    if not s or any(c not in _CN for c in s):
        return None
    if all(c in _DIGITS for c in s) and len(s) > 1:
        return int("".join(str(_DIGITS[c]) for c in s))
    if len(s) >= 2 and s[-1] in _DIGITS and _DIGITS[s[-1]] and s[-2] in _UNITS and not (len(s) == 2 and s[-2] in "十拾"):
        unit = _SMALL.get(s[-2]) or _BIG[s[-2]]
        head = chinese_number(s[:-1])
        return None if head is None else head + _DIGITS[s[-1]] * unit // 10
    total, section, digit = 0, 0, None
    for c in s:
        if c in _DIGITS:
            digit = _DIGITS[c]
        elif c in _SMALL:
            section += (1 if digit is None else digit) * _SMALL[c]
            digit = None
        else:
            section += digit or 0
            if section == 0:
                section = 1
            total = (total + section) * _BIG[c] if _BIG[c] == 100_000_000 else total + section * _BIG[c]
            section, digit = 0, None
    return total + section + (digit or 0)


def _multiplier(words: str) -> int:
    value = 1
    for c in words:
        value *= _SMALL.get(c) or _BIG[c]
    return value


def _value(num: str, mult: str) -> Decimal | None:
    if num[0].isdigit():
        base = Decimal(num.replace(",", ""))
    else:
        whole, _, fraction = num.partition("点")
        n = chinese_number(whole)
        if n is None:
            return None
        base = Decimal(n) + (Decimal("0." + "".join(str(_DIGITS[c]) for c in fraction)) if fraction else 0)
    return base * _multiplier(mult)


def parse_amount(text: str) -> int | None:
    """Value in yuan of a text that is exactly one amount (``"1.7个亿"`` -> 170000000)."""
    found = find_amounts(text)
    if len(found) == 1 and found[0].start == 0 and found[0].end == len(text):
        return found[0].value
    return None


def _candidates(text: str) -> list[tuple[re.Match[str], Decimal, int]]:
    """Every number with its multiplier words, money or not, with its value and start.

    Sections written one after the other, each below the big unit closing the one before
    (3亿5000万元, 1亿812万7000元, 2万5千元, 3亿零500万元), are one number: the last section's
    match, the sum of their values and the first section's start."""
    out: list[tuple[re.Match[str], Decimal, int]] = []
    room = None  # the big unit closing the number before, while the next section may continue it
    for m in AMOUNT.finditer(text):
        num = m["num"]
        if not num[0].isdigit() and not any(c in _DIGITS or c == "十" for c in num):
            continue
        glued = bool(out) and out[-1][0].end() == m.start() and room is not None
        if not glued and m.start() > 0 and (text[m.start() - 1].isdigit() or text[m.start() - 1] == "."):
            continue
        value = _value(num, m["mult"])
        if value is None:
            continue
        if glued and value < room:
            out[-1] = (m, out[-1][1] + value, out[-1][2])
        else:
            out.append((m, value, m.start()))
        last = (num + m["mult"])[-1]
        # a section closed by 万/亿 and not yet money may go on (零 keeps the unit before it)
        room = None if _is_money(m, text) else (room if num == "零" and glued else _BIG.get(last) and Decimal(_BIG[last]))
    return out


def _is_money(m: re.Match[str], text: str) -> bool:
    return bool(m["yuan"] or m["ge"] and "亿" in m["mult"] or m["mult"][-1:] in _BIG and _MONEY_NOUN.match(text, m.end()))


def _shared_unit(low: Decimal, high_text: str, high: Decimal) -> Decimal:
    """The low end of 100-500万元 or 三-五千万元 in the unit of the high: the longest run of the
    high's closing unit words that keeps the low end at most the high one.  Only a high end that is
    one number then units (五千万, not 一千二百五十) has a unit to share."""
    head = high_text.rstrip(_UNITS)
    if not head[0].isdigit() and len(head) > 1:
        return low
    for i in range(len(head), len(high_text)):
        if low * _multiplier(high_text[i:]) <= high:
            return low * _multiplier(high_text[i:])
    return low


def find_amounts(text: str, minimum: int = 0) -> list[Amount]:
    """Every money amount of at least ``minimum`` yuan in ``text``, in order; a range is one amount."""
    return list(_amounts(text, minimum))


@lru_cache(maxsize=4096)
def _amounts(text: str, minimum: int) -> tuple[Amount, ...]:
    """:func:`find_amounts`, kept for the texts read last: a measure's sentence is read for money by its
    category, its amounts and its approvals."""
    if not _MONEY_WORD.search(text):
        return ()
    out: list[Amount] = []
    previous: tuple[re.Match[str], Decimal, int] | None = None
    for m, value, first in _candidates(text):
        low = previous if previous and _RANGE_JOIN.fullmatch(text, previous[0].end(), first) else None
        previous = (m, value, first)
        if not _is_money(m, text):
            continue
        start, low_value = first, None
        if low is not None:
            start, low_value = low[2], low[1]
            if _is_money(low[0], text):
                out.pop()  # 100万元至500万元: the low end was taken as an amount of its own
            elif not low[0]["mult"] and low[0]["num"][-1] not in _BIG:
                low_value = _shared_unit(low_value, m["num"] + m["mult"], value)
        before = text[max(0, start - 24) : start]
        per_unit = bool(_PER_BEFORE.search(before) or _PER_AFTER.match(text, m.end()))
        # (每户补贴总额最高…: a bound per unit is still a cap)
        total_bounded = not per_unit and _TOTAL_BOUNDED.search(before) is not None
        cap = low_value is not None or bool(_CAP_BEFORE.search(before) and not total_bounded or _CAP_AFTER.match(text, m.end()))
        threshold = bool(_PART_AFTER.match(text, m.end()) or _FLOOR_BEFORE.search(before) and not _GIVEN_FLOOR.search(before))
        threshold = threshold or bool(_REACH_BEFORE.search(before) and _ABOVE_AFTER.match(text, m.end())) or bool(_ABOVE_BEFORE.search(before))
        # 超过2000万元、5000万元的企业: the items of a list of bounds are bounds too
        threshold = threshold or bool(out and out[-1].threshold and _LIST_JOIN.fullmatch(text, out[-1].end, start))
        raised = bool(out and _RAISED_BEFORE.search(before) and out[-1].end >= start - 8)
        # 上限分别为2万元及1.25万元: the items of a list of caps are caps too (of the same unit)
        listed = bool(out and out[-1].cap and _LIST_JOIN.fullmatch(text, out[-1].end, start))
        if out and (_INCLUSIVE_BEFORE.search(before) or raised or listed):
            cap, per_unit, threshold = out[-1].cap, out[-1].per_unit, out[-1].threshold
        out.append(Amount(int(value), start, m.end(), cap, per_unit, None if low_value is None else int(low_value), threshold, raised))
    return tuple(a for a in out if a.value >= minimum)
