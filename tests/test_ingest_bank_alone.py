"""A bank lending on its own is no government measure; a government body acting after it is (invented texts)."""

from ingest.normalize import analysis_view
from ingest.pipeline import extract_text
from ingest.places import find_places

STORY = (
    "工行宜宾分行助力企业复工\n\n"
    "工行宜宾分行作为国有大行，不断扩大放贷规模，疫情以来累计向80户企业投放贷款3亿元。\n"
    "一是开辟授信审批绿色通道。该行已向5户重点企业投放优惠贷款4000万元。\n"
    "二是全力保障重点客户。在上级行支持下，1天内完成对宜宾市丙丁医院的贷款投放，也是宜宾市首家完成此类投放的金融机构。"
    "截至目前，共为全市中小企业发放贷款1.2亿元。\n"
    "三是支持小微企业。先后为30户小微企业增加信用贷款额度5000万元。\n"
)


def test_a_bank_lending_alone_gives_no_measure() -> None:
    assert extract_text(STORY, "t").measures == ()


def test_a_body_acting_after_the_bank_story_gives_its_measure() -> None:
    record = extract_text(STORY + "宜宾市财政局对获得贷款的企业给予贴息。\n", "t")
    assert [m.region for m in record.measures] == ["宜宾"]
    assert "LOAN_INTEREST_SUBSIDY" in record.measures[0].categories


def test_a_body_supporting_banks_still_acts() -> None:
    record = extract_text("四川省建立重点企业名单制度。鼓励甲乙银行、丙丁农商行向小微企业降低贷款利率。", "t")
    assert any("PREFERENTIAL_CREDIT" in m.categories for m in record.measures)


def test_banks_by_their_short_names_are_lenders_placed_by_their_level_word() -> None:
    text = "平阳县召开银企对接会。会上,县农行、招行为甲乙科技有限公司、丙丁电子有限公司授信5000万元。"
    record = extract_text(text, "t")
    firms = {e.name for e in record.entities if e.type == "Enterprise"}
    assert {"县农行", "招行"} <= firms
    # the banks lend: the firms they lend to after the county's meeting are the ones it helped
    helped = {b for m in record.measures for b in m.beneficiaries}
    assert helped == {"甲乙科技有限公司", "丙丁电子有限公司"}
    assert ("县农行", "平阳县") in {(r.subject, r.object) for r in record.relations if r.type == "LOCATED_IN"}


def test_a_city_branch_by_its_level_word_is_in_the_county_level_city() -> None:
    text = "巢湖市召开银企对接会。截至目前,已有市农行、徽行对甲乙粮油有限公司发放专项贷款1亿元。"
    record = extract_text(text, "t")
    assert "徽行" in {e.name for e in record.entities if e.type == "Enterprise"}
    assert ("市农行", "巢湖市") in {(r.subject, r.object) for r in record.relations if r.type == "LOCATED_IN"}


def test_a_body_bringing_the_banks_in_for_a_firm_arranges_its_credit() -> None:
    text = ("平阳县金融服务助企复工\n受疫情影响,平阳甲乙钢铁有限公司产品滞销,遇到资金周转困难。"
            "得知这一情况后,县金融办第一时间协调金融机构,主动对接。仅两天时间,平阳农商银行就为企业发放8000万元贷款。")
    record = extract_text(text, "t")
    credit = [m for m in record.measures if "PREFERENTIAL_CREDIT" in m.categories]
    assert [m.region for m in credit] == ["平阳县"]
    assert credit[0].beneficiaries == ("平阳甲乙钢铁有限公司",)


def test_a_bank_story_after_a_reporters_credit_and_a_time_word_gives_no_measure() -> None:
    text = ("某某网温州3月2日讯(通讯员 张某 李某)近日,温州农行城东支行为辖区内甲乙食品有限公司发放贷款200万元,"
            "助力复产。\n据了解,甲乙食品有限公司的产品销往杭州和温州本地。\n"
            "2020年以来,温州农行城东支行持续增加信贷投放。截至3月1日,该行累计发放贷款1400万元,位居全市前列。")
    assert extract_text(text, "t").measures == ()


def test_a_branch_written_with_its_place_before_or_after_the_bank_is_one_bank() -> None:
    text = ("温州农行城东开发区支行为甲乙食品有限公司发放贷款200万元。"
            "据了解,农行温州城东开发区支行第一时间上门服务。“有了农行的贷款,我们订单也多了起来。”")
    banks = [e for e in extract_text(text, "t").entities if e.type == "Enterprise" and "农行" in e.name]
    assert [b.name for b in banks] == ["温州农行城东开发区支行"]
    assert {"农行温州城东开发区支行", "农行"} <= set(banks[0].aliases)


def test_a_zone_word_after_a_places_bank_is_the_places_zone() -> None:
    zones = [m.name for m in find_places(analysis_view("滨州农行高新区支行向甲乙食品有限公司发放贷款。")) if m.type == "Zone"]
    assert zones == ["滨州高新区"]


def test_a_level_words_bank_a_body_brings_in_is_a_lender_and_loans_arranged_are_credit() -> None:
    text = "平阳县金融助企。县金融办组织县农行、邮储银行走访甲乙纺织有限公司,现场办理贷款1000万元。"
    record = extract_text(text, "t")
    assert "县农行" in {e.name for e in record.entities if e.type == "Enterprise"}
    credit = [m for m in record.measures if "PREFERENTIAL_CREDIT" in m.categories]
    assert [m.beneficiaries for m in credit] == [("甲乙纺织有限公司",)]


def test_a_bank_opening_after_the_occasion_lends_alone_over_its_story_and_the_firms_own_doing() -> None:
    story = (
        "四川工行单笔5000万元应急贷款助企业复产\n"
        "在与疫情赛跑的过程中,工商银行四川省分行主动作为,2月10日向一家企业放出5000万元应急贷款,保障其口罩原料生产。\n"
        "四川甲乙宜宾化工有限公司是四川省化工龙头企业。为确保市场供应,该企业安排各子公司提早开工,加班生产消毒液原料。"
        "由于原料耗用加快,企业周转资金出现短缺,生产面临停滞。\n"
        "工商银行宜宾分行了解情况后,第一时间开启绿色通道,满足客户周转所需。\n"
        "为加快放款,迅速组建省、市、支行联动小组,由省行同企业的母公司核对授信资料。\n"
    )
    assert extract_text(story, "t").measures == ()
    # a body acting for the firm after its trouble still helps it
    helped = "宜宾甲乙化工有限公司急需原料。企业出现原料短缺,宜宾市经信局协调供应商保障原料供应。\n"
    assert any(m.region == "宜宾" for m in extract_text(helped, "t").measures)
