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
