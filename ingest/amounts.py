"""Money in Chinese text: 490万元, 1.7个亿, 27.14亿元, 三千万元, 最高500万元.

Numbers may be Arabic (with thousands separators and decimals) or Chinese
numerals; the multiplier words 十/百/千/万/亿 may follow either.  An amount
preceded by 最高/最多/不超过/上限 is a per-beneficiary cap, not a total.
Percentages are rates, never amounts.  The parser works on the analysis
view (half-width digits), so spans point into the original text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_SMALL = {"十": 10, "百": 100, "千": 1000}
_BIG = {"万": 10_000, "亿": 100_000_000}
_CN = "零〇一二两三四五六七八九十百千万亿"

# number, optional 余/多, optional 个, multiplier words, then 元 (or 个亿 colloquially)
AMOUNT = re.compile(
    rf"(?P<num>\d+(?:,\d{{3}})*(?:\.\d+)?|[{_CN}]+) ?"
    r"(?P<approx>余|多)?(?P<ge>个)?"
    r"(?P<mult>[十百千万亿]*)"
    r"(?P<yuan>元|块钱)?"
)
_CAP_BEFORE = re.compile(r"(最高|最多|不超过|不高于|上限|封顶|至多)[^。,;\d]{0,8}$")


@dataclass(frozen=True)
class Amount:
    """One money mention: value in yuan, span in the text, and whether it is a per-beneficiary cap."""

    value: int
    start: int
    end: int
    cap: bool = False


def chinese_number(s: str) -> int | None:
    """Value of a Chinese numeral (三千, 一万二千, 十二, 二〇二〇), or None when it is not one."""
    if not s or any(c not in _CN for c in s):
        return None
    if all(c in _DIGITS for c in s) and len(s) > 1:
        return int("".join(str(_DIGITS[c]) for c in s))
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
            total = (total + section) * _BIG[c] if c == "亿" else total + section * _BIG[c]
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
        n = chinese_number(num)
        if n is None:
            return None
        base = Decimal(n)
    return base * _multiplier(mult)


def parse_amount(text: str) -> int | None:
    """Value in yuan of a text that is exactly one amount (``"1.7个亿"`` -> 170000000)."""
    found = find_amounts(text)
    if len(found) == 1 and found[0].start == 0 and found[0].end == len(text):
        return found[0].value
    return None


def find_amounts(text: str, minimum: int = 0) -> list[Amount]:
    """Every money amount of at least ``minimum`` yuan in ``text``, in order."""
    out: list[Amount] = []
    for m in AMOUNT.finditer(text):
        num, mult, yuan, ge = m["num"], m["mult"], m["yuan"], m["ge"]
        if not yuan and not (ge and "亿" in mult):
            continue
        if not num[0].isdigit() and not any(c in _DIGITS or c == "十" for c in num):
            continue
        if m.start() > 0 and (text[m.start() - 1].isdigit() or text[m.start() - 1] == "."):
            continue
        value = _value(num, mult)
        if value is None or value < minimum:
            continue
        cap = bool(_CAP_BEFORE.search(text[max(0, m.start() - 16) : m.start()]))
        out.append(Amount(int(value), m.start(), m.end(), cap))
    return out
