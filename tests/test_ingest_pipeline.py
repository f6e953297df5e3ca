"""The whole pipeline: record validity, spans into the original text, determinism."""

from kg.model import Record
from kg.records import dumps
from kg.taxonomy import taxonomy

from ingest.pipeline import extract_text

TEXT = (
    "一、加大支持力度\n"
    "江苏省苏州市出台《关于应对疫情支持中小企业的若干措施》，设立２亿元专项资金。\n"
    "苏州工业园区对技术改造项目给予补贴，最高１００万元。苏州工业园区甲乙科技紧急复工。\n"
    "省份\t地区\t缓缴社保费\t减免房租\n江苏\t苏州\t√\t√\n"
)


def test_record_is_valid_and_spans_point_into_the_original() -> None:
    record = extract_text(TEXT, "doc")
    Record.from_dict(record.to_dict(), categories=taxonomy().codes())
    assert record.doc_id == "doc"
    for e in record.entities:
        assert e.span is not None and e.text
        s, t = e.span
        assert TEXT[s:t]
    for m in record.measures:
        assert m.span is not None and TEXT[m.span[0] : m.span[1]].strip() == m.text
    for r in record.relations:
        assert r.span is not None and r.text


def test_full_width_digits_are_read() -> None:
    record = extract_text(TEXT, "doc")
    assert any(m.amount_cny == 200_000_000 for m in record.measures)
    assert any(m.cap_cny == 1_000_000 for m in record.measures)


def test_same_input_same_bytes() -> None:
    assert dumps(extract_text(TEXT, "doc")) == dumps(extract_text(TEXT, "doc"))


def test_relations() -> None:
    record = extract_text(TEXT, "doc")
    rel = {(r.type, r.subject, r.object) for r in record.relations}
    assert ("PART_OF", "苏州", "江苏") in rel
    assert ("LOCATED_IN", "甲乙科技", "苏州工业园区") in rel


def test_empty_and_plain_text() -> None:
    assert extract_text("", "e").entities == ()
    assert extract_text("今天天气很好。", "e").measures == ()


def located(text: str) -> set[tuple[str, str]]:
    return {(r.subject, r.object) for r in extract_text(text, "doc").relations if r.type == "LOCATED_IN"}


def test_firm_without_a_stated_place_is_in_the_zone_reported_on() -> None:
    text = "杭州高新区多措并举助企复工。丙丁饮品有限公司负责人说,管委会为企业减免了房租。"
    assert ("丙丁饮品有限公司", "杭州高新区") in located(text)


def test_a_region_named_after_the_zone_ends_its_section() -> None:
    text = "杭州高新区多措并举助企复工。在河南,丙丁饮品有限公司复工。"
    assert not any(obj == "杭州高新区" for _, obj in located(text))


def test_abbreviation_is_an_alias_of_the_full_name() -> None:
    record = extract_text("某某高新信用担保有限公司为企业提供担保。高新担保公司还减免担保费。", "doc")
    firms = [(e.name, e.aliases) for e in record.entities if e.type == "Enterprise"]
    assert firms == [("某某高新信用担保有限公司", ("高新担保公司",))]


def test_zone_firm_patterns() -> None:
    assert ("甲乙科技有限公司", "杭州高新区") in located("杭州高新区企业甲乙科技有限公司复工。")
    assert ("丙丁科技有限公司", "杭州高新区") in located("丙丁科技有限公司也是杭州高新区首批复工企业之一。")
    assert ("丙丁生物有限公司", "杭州高新区") in located("杭州高新区唯一一家疫苗企业丙丁生物有限公司获批。")


def test_coordination_is_not_location() -> None:
    assert located("宁波和丙丁科技有限公司合作。") == set()
