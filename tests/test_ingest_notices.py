"""Formal notices on short invented texts: who issues them, what their clauses are."""

from ingest.categories import classify
from ingest.classify import classify_measure
from ingest.normalize import analysis_view
from ingest.pipeline import extract_text
from ingest.structure import segment


def record(text: str):
    return extract_text(text, "t")


def test_insurance_rate_cuts_are_social_insurance_relief() -> None:
    assert classify("阶段性降低失业保险费率和工伤保险费率") == ["SOCIAL_INSURANCE_RELIEF"]
    assert classify("实施阶段性降低用人单位基本医疗保险缴费费率政策") == ["SOCIAL_INSURANCE_RELIEF"]
    assert "UNEMPLOYMENT_INSURANCE_REFUND" in classify("对不裁员的企业返还失业保险费")
    assert "FEE_WAIVER" in classify("小微企业暂缓征收残疾人就业保障金")


def test_listed_sectors_are_not_firms() -> None:
    r = record("宁波市将批发和零售业,住宿和餐饮业,文化、体育和娱乐业等7个行业企业纳入留抵退税范围。")
    assert not [e for e in r.entities if e.type == "Enterprise"]
    assert {(m.region, c) for m in r.measures for c in m.categories} == {("宁波", "TAX_REDUCTION")}


def test_platform_company_notice_is_its_place() -> None:
    r = record(
        "市城投集团关于减免房屋租金有关事项的公告\n一、实施主体\n湖州市城市投资发展集团有限公司及下属各级子公司\n"
        "二、减免标准\n对承租国有房屋的小微企业免除3个月租金。\n"
    )
    assert {(m.region, c) for m in r.measures for c in m.categories} == {("湖州", "RENT_RELIEF")}
    firms = [e.name for e in r.entities if e.type == "Enterprise"]
    assert firms == ["湖州市城市投资发展集团有限公司"]  # 各级子公司 names no firm
    assert all(not m.beneficiaries for m in r.measures)


def test_a_private_firm_heading_a_title_gives_no_place() -> None:
    r = record("甲乙科技有限公司关于调整租金的公告\n一、对承租人免除3个月租金。\n")
    assert not r.measures


def test_joint_issuers_of_a_cited_title_are_the_places_bodies() -> None:
    r = record("湖州市人民政府办公室通知。参照《市委宣传部、市财政局、市商务局关于做好补助发放的通知》执行。")
    agencies = {e.name for e in r.entities if e.type == "Agency"}
    assert {"湖州市委宣传部", "湖州市财政局", "湖州市商务局"} <= agencies


def test_nested_title_marks_and_standards() -> None:
    r = record("按照《关于修订〈企业划型规定〉的通知》和《行业分类目录》(GB/T 1234—2019)认定企业。")
    docs = [e.name for e in r.entities if e.type == "PolicyDocument"]
    assert docs == ["关于修订企业划型规定的通知"]


def test_national_short_name_keeps_its_country_word() -> None:
    r = record("小微企业的范围可参考国家市场监管总局网站。")
    assert [e.name for e in r.entities if e.type == "Agency"] == ["国家市场监管总局"]
    assert not [e for e in r.entities if e.type == "Region"]  # 国家 inside the name is no place


def test_file_number_gives_the_province_of_a_placeless_notice() -> None:
    r = record("鲁财发〔2021〕3号\n各有关单位:\n经省政府同意,现就本省小微企业房屋租金减免工作通知如下:\n一、对承租国有房屋的小微企业减免3个月租金。\n")
    assert {(m.region, c) for m in r.measures for c in m.categories} == {("山东", "RENT_RELIEF")}
    # a notice that names its place keeps it; a short name opening a city's name gives nothing
    r = record("鲁财发〔2021〕3号\n温州市对承租国有房屋的小微企业减免3个月租金。\n")
    assert {m.region for m in r.measures} == {"温州"}
    r = record("苏财发〔2021〕3号\n一、对承租国有房屋的小微企业减免3个月租金。\n")
    assert not [e for e in r.entities if e.type == "Region"]


def test_a_transmittal_citing_a_title_without_its_de_is_that_title() -> None:
    r = record(
        "宁波市落实《稳定就业的若干政策措施》实施方案。根据《省政府关于印发稳定就业若干政策措施的通知》,结合本市实际制定本方案。"
    )
    docs = {e.name: e.aliases for e in r.entities if e.type == "PolicyDocument"}
    assert "稳定就业的若干政策措施" in docs and "省政府关于印发稳定就业若干政策措施的通知" not in docs


def test_a_title_cited_as_the_basis_gives_no_category() -> None:
    assert classify_measure("根据《湖州市支持企业上市奖励办法》有关精神,现就有关事项通知如下") == []
    assert classify_measure("按照《湖州市贷款贴息管理办法》要求,对小微企业给予贷款贴息") == ["LOAN_INTEREST_SUBSIDY"]
    assert classify_measure("印发《湖州市贷款贴息管理办法》") == ["LOAN_INTEREST_SUBSIDY"]  # a title issued is the measure
    # an unquoted policy named as the basis of the clause after it, too
    assert classify_measure("根据国家和省有关减税降费政策，县税务局为企业办理延期申报。") == ["TAX_DEFERRAL"]


def test_a_short_numbered_item_without_a_body_is_a_clause() -> None:
    r = record(
        "湖州市吴兴区人民政府办公室关于印发支持企业若干措施的通知\n湖州市吴兴区人民政府办公室\n2020年2月10日\n"
        "一、减轻企业负担\n(一)对受疫情影响的企业缓缴社会保险费。\n(二)对承租国有房屋的中小企业免收2个月租金。\n"
    )
    assert {(m.region, c) for m in r.measures for c in m.categories} == {("吴兴区", "SOCIAL_INSURANCE_RELIEF"), ("吴兴区", "RENT_RELIEF")}
    text = analysis_view("(一)加强组织领导。\n对各项工作统筹安排,确保落实到位。\n")
    assert segment(text)[0].kind == "heading"  # a line with its body under it heads a section


def test_firms_settled_in_are_targets_not_a_visit() -> None:
    assert classify_measure("对入驻企业减免3个月房租。") == ["RENT_RELIEF"]
    assert classify_measure("选派干部入驻企业开展帮扶") == ["ENTERPRISE_LIAISON"]


def test_the_country_named_before_what_it_does() -> None:
    r = record("湖州市认真落实国家对小规模纳税人免征增值税政策,按照国家统一部署降低社保费率。")
    assert ("中国", ("国家",)) in [(e.name, e.aliases) for e in r.entities if e.type == "Region"]
    r = record("国家级高新区和国家开发银行湖州分行支持企业。")
    assert "中国" not in [e.name for e in r.entities]


def test_unit_lines_under_items_open_no_section_and_state_no_measure() -> None:
    text = (
        "灵璧县政府关于印发扶持小微企业若干措施的通知\n\n一、减免租金\n\n"
        "1.免收房租。对承租国有房屋的小微企业免收3个月房租。\n\n责任单位：县财政局、灵璧县中兴担保集团\n\n"
        "2.稳定就业。对不减员的商户返还失业保险费。\n\n牵头单位：县人社局\n"
    )
    r = record(text)
    assert {(m.region, c) for m in r.measures for c in m.categories} == {("灵璧县", "RENT_RELIEF"), ("灵璧县", "UNEMPLOYMENT_INSURANCE_REFUND")}
    # the responsible units of item 1 are no actor of item 2; the lead unit named below item 2 is its agency
    assert {m.agency for m in r.measures if "UNEMPLOYMENT_INSURANCE_REFUND" in m.categories} == {"灵璧县人社局"}
    assert {m.agency for m in r.measures if "RENT_RELIEF" in m.categories} == {"灵璧县政府"}
    # a unit line long enough to be read as a sentence states no measure either (a guarantee firm's name is no guarantee)
    long_line = text.replace("灵璧县中兴担保集团", "灵璧县中兴担保集团、县地方金融监督管理局、县市场监督管理局")
    assert "GUARANTEE_SUPPORT" not in {c for m in record(long_line).measures for c in m.categories}


def test_a_lead_note_on_a_line_of_its_own_is_the_agency_of_the_item_above() -> None:
    text = (
        "池州市人民政府关于扶持小微企业的若干措施\n\n一、减免租金\n（一）对承租国有房产的小微企业，免收3个月租金。\n"
        "（市国资委牵头，各区政府配合）\n（二）对小微企业的贷款按50%给予贴息，最高不超过80万元。\n（市财政局牵头）\n"
        "（三）对不减员的商户返还失业保险费。\n"
    )
    agency = {c: m.agency for m in record(text).measures for c in m.categories}
    assert agency == {"RENT_RELIEF": "池州市国资委", "LOAN_INTEREST_SUBSIDY": "池州市财政局", "UNEMPLOYMENT_INSURANCE_REFUND": "池州市人民政府"}


def test_a_notice_laid_out_as_a_table_states_its_sums() -> None:
    text = (
        "池州市政府印发扶持小微企业若干措施\n\n序号\t政策措施\t责任单位\n"
        "1\t对小微企业减免房租3个月\t市国资委\n2\t安排3000万元专项资金用于贷款贴息,单户最高60万元\t市财政局\n"
    )
    money = {(m.amount_cny, m.cap_cny) for m in record(text).measures if "LOAN_INTEREST_SUBSIDY" in m.categories}
    assert money == {(30_000_000, 600_000)}
