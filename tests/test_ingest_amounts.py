"""Money amounts: examples and round-trip properties."""

from hypothesis import given
from hypothesis import strategies as st

from ingest.amounts import chinese_number, find_amounts, parse_amount

DIGITS = "零一二三四五六七八九"


def to_chinese(n: int) -> str:
    """A Chinese numeral for 1 <= n < 10**12 (the test's own writer, independent of the parser)."""

    def below_10000(x: int) -> str:
        out, zero = "", False
        for value, unit in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
            d = x // value % 10
            if d:
                if zero and out:
                    out += "零"
                out += DIGITS[d] + unit
                zero = False
            else:
                zero = True
        return out

    parts = []
    for value, unit in ((100_000_000, "亿"), (10_000, "万"), (1, "")):
        chunk = n // value % 10_000
        if chunk:
            parts.append(below_10000(chunk) + unit)
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
