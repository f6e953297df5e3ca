"""Money amounts: examples and round-trip properties."""

from hypothesis import given
from hypothesis import strategies as st

from ingest.amounts import chinese_number, find_amounts, parse_amount

DIGITS = "零一二三四五六七八九"


def to_chinese(n: int, digits: str = DIGITS, units: str = "十百千") -> str:
    """A Chinese numeral for 1 <= n < 10**12 (the test's own writer, independent of the parser).

    A section below a thousand after a higher one starts with 零 (一万零五十),
    as written: without it, 一万五 would be the spoken 15000.
    """

    def below_10000(x: int) -> str:
        out, zero = "", False
        for value, unit in ((1000, units[2]), (100, units[1]), (10, units[0]), (1, "")):
            d = x // value % 10
            if d:
                if zero and out:
                    out += "零"
                out += digits[d] + unit
                zero = False
            else:
                zero = True
        return out

    parts = []
    for value, unit in ((100_000_000, "亿"), (10_000, "万"), (1, "")):
        chunk = n // value % 10_000
        if chunk:
            parts.append(("零" if parts and chunk < 1000 else "") + below_10000(chunk) + unit)
    return "".join(parts)


def test_examples() -> None:
    assert parse_amount("490万元") == 4_900_000
    assert parse_amount("1.7个亿") == 170_000_000
    assert parse_amount("27.14亿元") == 2_714_000_000
    assert parse_amount("三千万元") == 30_000_000
    assert parse_amount("1,200元") == 1200
    assert parse_amount("两亿元") == 200_000_000


def test_caps_and_rates() -> None:
    found = find_amounts("对符合条件的项目每项最高100万元，给予50%补贴")
    assert [(a.value, a.cap) for a in found] == [(1_000_000, True)]
    found = find_amounts("设立2亿元基金，单个企业最高可获得支持额度300万元")
    assert [(a.value, a.cap) for a in found] == [(200_000_000, False), (3_000_000, True)]
    assert find_amounts("贷款利率下浮30%") == []


def test_spans_and_minimum() -> None:
    text = "每立方米下调0.2元，另安排8000万元"
    found = find_amounts(text, minimum=10_000)
    assert len(found) == 1 and text[found[0].start : found[0].end] == "8000万元"


def test_not_money() -> None:
    assert find_amounts("招聘2万名员工，覆盖3亿人") == []
    assert find_amounts("数万元") == []


def test_a_bound_on_goods_or_firms_is_a_threshold() -> None:
    found = find_amounts("对购买20万元以上家用汽车的个人发放补贴，另安排300万元以上资金")
    assert [a.threshold for a in found] == [True, False]
    assert [a.threshold for a in find_amounts("对年营收5000万元以上企业给予5万元奖励")] == [True, False]


@given(st.integers(min_value=1, max_value=10**12 - 1))
def test_chinese_numerals_round_trip(n: int) -> None:
    assert chinese_number(to_chinese(n)) == n
    assert parse_amount(to_chinese(n) + "元") == n


@given(st.integers(min_value=1, max_value=10**7), st.sampled_from([("万元", 10_000), ("亿元", 100_000_000), ("元", 1), ("千万元", 10_000_000)]))
def test_arabic_with_units(n: int, unit: tuple[str, int]) -> None:
    word, factor = unit
    assert parse_amount(f"{n}{word}") == n * factor


@given(st.integers(min_value=1, max_value=99_999), st.integers(min_value=1, max_value=99))
def test_decimals(whole: int, cents: int) -> None:
    assert parse_amount(f"{whole}.{cents:02d}亿元") == whole * 100_000_000 + cents * 1_000_000


@given(st.text(alphabet="的企业补贴率%。，", max_size=30))
def test_no_amount_without_numbers(text: str) -> None:
    assert find_amounts(text) == []


# --- spoken and written forms, round-tripped -------------------------------------------------

_D = DIGITS
_F = "零壹贰叁肆伍陆柒捌玖"


@given(st.integers(min_value=1, max_value=99_999_999_999))
def test_standard_and_financial_numerals(n: int) -> None:
    assert chinese_number(to_chinese(n, _F, "拾佰仟")) == n
    assert parse_amount(to_chinese(n, _F, "拾佰仟") + "元") == n


@given(st.integers(min_value=1, max_value=9), st.integers(min_value=1, max_value=9), st.sampled_from([("千", 1000), ("万", 10_000), ("百", 100)]))
def test_spoken_abbreviation(head: int, tail: int, unit: tuple[str, int]) -> None:
    """一万二 is 12000, 两千五 is 2500: the last digit counts in the next lower unit."""
    word, value = unit
    assert chinese_number(_D[head] + word + _D[tail]) == head * value + tail * value // 10


@given(st.integers(min_value=1, max_value=9999), st.integers(min_value=0, max_value=99), st.sampled_from(["万", "亿"]), st.sampled_from(["", "余", "多"]))
def test_mixed_forms(whole: int, cents: int, unit: str, approx: str) -> None:
    scale = 10_000 if unit == "万" else 100_000_000
    text = f"共安排{whole}.{cents:02d}{unit}{approx}元资金"
    found = find_amounts(text)
    assert [a.value for a in found] == [(whole * 100 + cents) * scale // 100]
    assert text[found[0].start : found[0].end] == f"{whole}.{cents:02d}{unit}{approx}元"


def test_decimal_and_financial_forms() -> None:
    for text, value in (("三点五亿元", 350_000_000), ("壹佰万元", 1_000_000), ("1亿多元", 100_000_000), ("1.2万余元", 12_000), ("两千五百元", 2500)):
        found = find_amounts(f"安排{text}用于")
        assert [(a.value, f"安排{text}用于"[a.start : a.end]) for a in found] == [(value, text)]


def test_approximate_words_keep_the_stated_number() -> None:
    """约/近 before the number, 余/多 after the number or after the unit: the amount is the number stated."""
    for text, value, span in (
        ("安排约500万元用于", 5_000_000, "500万元"),
        ("投入近1亿元资金", 100_000_000, "1亿元"),
        ("共投入500余万元", 5_000_000, "500余万元"),
        ("累计1000多万元", 10_000_000, "1000多万元"),
        ("近三千万元", 30_000_000, "三千万元"),
    ):
        assert [(a.value, text[a.start : a.end], a.cap) for a in find_amounts(text)] == [(value, span, False)]


# --- ranges and rates per unit -------------------------------------------------------------------


def test_ranges_are_caps_at_their_upper_end() -> None:
    for text in ("给予100万—500万元奖励", "给予100万至500万元奖励", "给予100-500万元奖励", "给予100万元到500万元奖励"):
        (a,) = find_amounts(text)
        assert (a.value, a.low, a.cap) == (5_000_000, 1_000_000, True)
        assert text[a.start : a.end] == text[2:-2]
    (a,) = find_amounts("奖励十万到五十万元", minimum=200_000)
    assert (a.value, a.low, a.cap) == (500_000, 100_000, True)
    assert [(a.value, a.low, a.cap) for a in find_amounts("2020-2022年安排500万元")] == [(5_000_000, None, False)]


def test_rates_per_unit() -> None:
    found = {t: find_amounts(t)[0] for t in ("每人1000元", "每户补贴2000元", "按每吨50元收取", "补助1000元/人", "每家企业最高50万元", "人均补贴3000元")}
    assert all(a.per_unit for a in found.values())
    assert [t for t, a in found.items() if a.cap] == ["每家企业最高50万元"]
    found = find_amounts("每年安排1亿元，另补贴50万元/年")
    assert [(a.value, a.per_unit) for a in found] == [(100_000_000, False), (500_000, False)]


_SCALES = [("", 1), ("万", 10_000), ("亿", 100_000_000)]


@given(
    st.integers(min_value=1, max_value=4999),
    st.integers(min_value=1, max_value=5000),
    st.sampled_from(_SCALES),
    st.sampled_from(["-", "—", "——", "至", "到", "~"]),
    st.sampled_from(["both", "shared", "both-yuan"]),
    st.booleans(),
)
def test_ranges_round_trip(lo: int, extra: int, scale: tuple[str, int], join: str, form: str, chinese: bool) -> None:
    hi = lo + extra
    word, factor = scale
    if chinese:  # 三-五千元 is 3000-5000: bare Chinese ends share units, as in the test below
        written = f"{to_chinese(lo * factor)}元{join}{to_chinese(hi * factor)}元"
    else:
        left = {"both": f"{lo}{word}", "shared": str(lo), "both-yuan": f"{lo}{word}元"}[form]
        written = f"{left}{join}{hi}{word}元"
    text = f"对企业给予{written}奖励"
    (a,) = find_amounts(text)
    assert (a.value, a.low, a.cap, a.per_unit) == (hi * factor, lo * factor, True, False)
    assert text[a.start : a.end] == written


@given(st.integers(min_value=1, max_value=8), st.integers(min_value=1, max_value=8), st.sampled_from(["十", "百", "千", "万", "十万", "百万", "千万", "亿"]))
def test_chinese_ranges_share_the_unit(lo: int, extra: int, unit: str) -> None:
    """三-五千万元 is 30-50 million: the low end takes every unit word of the high."""
    hi = min(lo + extra, 9)
    (a,) = find_amounts(f"{_D[lo]}至{_D[hi]}{unit}元")
    scale = chinese_number("一" + unit) or 0
    assert (a.low, a.value) == (lo * scale, hi * scale)


@given(
    st.integers(min_value=1, max_value=99_999),
    st.sampled_from(_SCALES),
    st.sampled_from(["人", "户", "吨", "家企业", "个项目", "亩"]),
    st.sampled_from(["", "补贴", "给予", "奖励"]),
    st.sampled_from(["", "最高", "不超过"]),
    st.booleans(),
)
def test_rates_round_trip(n: int, scale: tuple[str, int], unit: str, verb: str, bound: str, chinese: bool) -> None:
    word, factor = scale
    written = f"{to_chinese(n) if chinese and not word else n}{word}元"
    for text in (f"对符合条件的，每{unit}{verb}{bound}{written}。", f"按{written}/{unit[-1]}{verb}。"):
        (a,) = find_amounts(text)
        assert a.value == n * factor and a.per_unit and a.low is None
        assert a.cap == bool(bound) or not text.startswith("对")
        assert text[a.start : a.end] == written


@given(st.integers(min_value=1, max_value=99_999), st.sampled_from(["年", "月", "季度"]))
def test_budgets_per_period_are_totals(n: int, period: str) -> None:
    (a,) = find_amounts(f"每{period}安排{n}万元专项资金")
    assert a.value == n * 10_000 and not a.per_unit and not a.cap


def test_sales_reaching_a_sum_are_a_bound_to_meet() -> None:
    found = find_amounts("对网上月交易额达到 20 万元的,按交易总额的1%给予补贴,单户最高不超过3万元。", 10_000)
    assert [(a.value, a.threshold) for a in found] == [(200000, True), (30000, False)]
    assert [a.threshold for a in find_amounts("对年营业额达到800万元的,奖励8万元。", 10_000)] == [True, False]
