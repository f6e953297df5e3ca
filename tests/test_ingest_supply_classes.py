"""Category classes of supplies and staff: masks handed out by the piece or bought for firms, special support
with no sum, recruitment held online, and the body whose supplies a clause passes on."""

from ingest.classify import classify_measure
from ingest.pipeline import extract_text


def pairs(text: str) -> set[tuple[str, str]]:
    return {(m.region, c) for m in extract_text(text, "t").measures for c in m.categories}


def test_recruitment_held_online_is_labour_supply_no_online_service() -> None:
    codes = classify_measure("镇里依托线上服务平台,组织网上招聘、线上招聘等对接活动,打造线上就业服务品牌。")
    assert "LABOR_SUPPLY" in codes and "ONLINE_SERVICE" not in codes
    assert classify_measure("区税务局推行网上办理,纳税人零跑动。") == ["ONLINE_SERVICE"]


def test_supplies_counted_by_the_piece_are_handed_out_however_long_their_source() -> None:
    codes = classify_measure("该局及时分发省应急物资调度组统一下拨的3万只医用口罩。")
    assert "PPE_SUPPLY" in codes
    # special support in masks is no fund; told by its sum it is one
    assert "SPECIAL_FUND" not in codes
    assert "SPECIAL_FUND" in classify_measure("甲乙材料有限公司获得600万元专项支持。")


def test_a_purchase_arranged_or_handed_on_to_firms_is_supply_help() -> None:
    assert "PPE_SUPPLY" in classify_measure("为园区12家企业联系购入4万只口罩,配发到生产一线。")
    # the trouble it eases does not make the purchase a report of trouble
    bought = "牵头购买消毒液60桶供给辖区企业,缓解企业防护物资紧缺困难。"
    assert "PPE_SUPPLY" in classify_measure(bought)


def test_the_body_whose_supplies_are_passed_on_is_no_subject() -> None:
    text = "临川区工信局召开复工调度会。\n同时,该局接收并分发市指挥部物资组下拨的2万只口罩,送到辖区重点企业。"
    assert ("临川区", "PPE_SUPPLY") in pairs(text)


def test_a_subsidy_paid_out_or_arranged_is_a_subsidy() -> None:
    assert "PRODUCTION_SUBSIDY" in classify_measure("该局摸清企业需求,并为部分停产企业协调补助拨款,帮助企业复产。")
    assert classify_measure("县财政局拨付补助资金。") == ["PRODUCTION_SUBSIDY"]


def test_staff_let_through_checkpoints_is_labour_supply() -> None:
    codes = classify_measure("对符合条件的外地返厂员工,园区第一时间与高速卡口协调放行。")
    assert "LABOR_SUPPLY" in codes
    # a vehicle let through is transport, no labour
    assert "LABOR_SUPPLY" not in classify_measure("对运送原料的货车,园区协调卡口快速放行。")


def test_the_words_of_a_loan_products_name_are_credit_no_category_of_their_own() -> None:
    assert classify_measure("区金融办推动银行推出扩产贷、技改快贷等信贷品种。") == ["PREFERENTIAL_CREDIT"]
    assert classify_measure("某银行为园区推出“技改e贷”。") == ["PREFERENTIAL_CREDIT"]
    # a relief slogan written so stays that relief
    assert classify_measure("银行对受困商户做到不压贷、不抽贷。") == ["LOAN_RELIEF"]


def test_transport_a_body_coordinates_is_logistics_help() -> None:
    assert "LOGISTICS_SUPPORT" in classify_measure("该县安排专人协调省际运输,保障企业原料进厂。")
    # what else a body coordinates is no transport help
    assert "LOGISTICS_SUPPORT" not in classify_measure("区商务局协调专家为企业开展培训。")


def test_the_hardship_a_measure_eases_is_no_help_of_its_kind() -> None:
    codes = classify_measure("某区召开银企座谈会以缓解企业资金周转难,为企业争取授信2亿元。")
    assert "BRIDGE_FUND" not in codes and "PREFERENTIAL_CREDIT" in codes
    assert "BRIDGE_FUND" in classify_measure("设立应急转贷资金,缓解企业资金周转难。")


def test_an_outlets_credit_line_gives_no_cue() -> None:
    header = "2021-03-02 09:10:11来源:湖北在线编辑:李某  湖北在线消息(王某)某区组织干部走访企业。"
    assert "ONLINE_SERVICE" not in classify_measure(header)
    assert classify_measure("湖北在线消息(王某)某区推行不见面审批。") == ["ONLINE_SERVICE"]


def test_traffic_counted_is_a_scene_reported() -> None:
    scene = "“每天出库3万单,进出厂区运输车辆约80车次”,位于某县开发区的甲乙仓储中心,物流车辆往来不断。"
    assert classify_measure(scene) == []
    assert "LOGISTICS_SUPPORT" in classify_measure("园区协调运输车辆40车次,为企业运送原料。")


def test_money_a_body_helps_a_firm_obtain_is_a_grant_no_fund() -> None:
    codes = classify_measure("县科技局帮助该公司申请到了45万元省级扶持资金。")
    assert "PRODUCTION_SUBSIDY" in codes and "SPECIAL_FUND" not in codes
    assert "SPECIAL_FUND" in classify_measure("县里安排1200万元纾困扶持资金。")


def test_firms_counted_getting_credit_tell_no_sum_of_the_measure() -> None:
    text = "临川区召开银政企对接会,甲乙食品、丙丁农业等12家企业获得授信3亿多元。"
    assert [m.amount_cny for m in extract_text(text, "t").measures] == [None]
    text = "临川区金融办推进融资对接,目前,已有20家企业获得8家银行5.2亿元的授信贷款。"
    assert all(m.amount_cny is None for m in extract_text(text, "t").measures)
    # a body helping them get it makes the sum its measure's
    helped = extract_text("临川区金融办帮助12家企业获得贷款3000万元。", "t").measures
    assert [m.amount_cny for m in helped] == [30000000]


def test_the_topics_of_a_talk_are_no_help_of_their_kind() -> None:
    talk = "县工信局同厂长们就原料涨价、上下游配套等情况开展了充分讨论。"
    assert "SUPPLY_CHAIN" not in classify_measure(talk)
    assert "LABOR_SUPPLY" in classify_measure("区人社局开展就业服务交流,帮助企业招聘员工。")


def test_a_registration_done_online_stays_an_online_service() -> None:
    assert "ONLINE_SERVICE" in classify_measure("人社部门为返岗职工开通线上就业登记,全程网上办理。")


def test_supplies_firms_are_told_to_have_ready_are_workplace_prevention() -> None:
    assert classify_measure("复工企业须提前储备口罩、酒精和测温枪等防疫物资。") == ["STAGED_RESUMPTION"]
    assert "PPE_SUPPLY" in classify_measure("街道为复工企业发放口罩3000只。")
