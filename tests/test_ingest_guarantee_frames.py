"""Loans a body guarantees (由…提供担保，某公司从某银行贷款…) and banks named after 该县 (invented texts)."""

from ingest.pipeline import extract_text

TEXT = ("湖南省宁乡县支持企业融资。4月8日，由宁乡县财政局、甲乙融资担保公司提供担保，"
        "宁乡县丙丁机械有限公司从该县戊己村镇银行贷款600万元。")


def test_a_guaranteed_loan_is_a_guarantee_measure_of_the_guarantor_for_the_borrower() -> None:
    measures = [m for m in extract_text(TEXT, "t").measures if "GUARANTEE_SUPPORT" in m.categories]
    assert [(m.agency, m.beneficiaries, m.amount_cny) for m in measures] == [("宁乡县财政局", ("宁乡县丙丁机械有限公司",), 6000000)]


def test_a_firm_borrowing_on_its_own_is_no_measure() -> None:
    assert extract_text("湖南省宁乡县企业经营情况。宁乡县丙丁机械有限公司从戊己村镇银行贷款600万元。", "t").measures == ()


def test_a_bank_after_that_county_is_named_without_the_level_word_and_is_in_the_county() -> None:
    rec = extract_text(TEXT, "t")
    assert "戊己村镇银行" in {e.name for e in rec.entities if e.type == "Enterprise"}
    assert not any(e.name.startswith("县") for e in rec.entities)
    assert ("戊己村镇银行", "宁乡") in {(r.subject, r.object) for r in rec.relations if r.type == "LOCATED_IN"}


def test_a_firm_name_does_not_start_inside_a_garbled_run_of_the_page() -> None:
    text = ("宁乡县丙丁机械有限公司恢复生产。“我们会更加努力?!敝薪h丙丁机械有限公司经理甲乙说。")
    names = {e.name for e in extract_text(text, "t").entities if e.type == "Enterprise"}
    assert names == {"宁乡县丙丁机械有限公司"}


def test_a_latin_letter_inside_a_name_on_a_clean_page_stays() -> None:
    text = "宁乡县推出“税e贷”。宁乡县丙丁e家科技有限公司获得贷款。"
    assert "宁乡县丙丁e家科技有限公司" in {e.name for e in extract_text(text, "t").entities if e.type == "Enterprise"}


def test_a_foundation_s_own_guarantee_under_a_ministry_s_notice_is_no_measure_of_the_nation() -> None:
    record = extract_text("工信部发布通知,要求加大融资担保支持。甲乙基金会为中小企业提供担保,担保费率降至1%。", "t")
    guarantees = [m for m in record.measures if "GUARANTEE_SUPPORT" in m.categories]
    assert len(guarantees) == 1 and "工信部" in guarantees[0].text


def test_a_body_working_with_an_association_still_acts() -> None:
    record = extract_text("杭州市工信局联合甲乙商会为企业提供法律服务。", "t")
    assert {(m.region, c) for m in record.measures for c in m.categories} == {("杭州", "LEGAL_SERVICE")}
