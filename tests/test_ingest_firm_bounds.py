"""Where a firm's name starts and which listed firms a notice helps (invented texts)."""

from ingest.pipeline import extract_text


def firms(text: str) -> set[str]:
    return {e.name for e in extract_text(text, "t").entities if e.type == "Enterprise"}


def helped(text: str) -> set[tuple[str, str]]:
    return {(m.region, b) for m in extract_text(text, "t").measures for b in m.beneficiaries}


def test_a_province_after_a_verb_phrase_opens_the_name() -> None:
    text = "县农行向湖南甲乙种业有限公司发放贷款200万元。这笔贷款将切实破解湖南甲乙种业有限公司的资金难题。"
    assert "湖南甲乙种业有限公司" in firms(text)
    assert not any(f.endswith("破解湖南甲乙种业有限公司") for f in firms(text))


def test_a_province_after_a_preposition_opens_the_name() -> None:
    got = firms("目前，全县金融机构同湖南省丙丁制药有限公司、湖南戊己农业有限公司已达成合作。")
    assert {"湖南省丙丁制药有限公司", "湖南戊己农业有限公司"} <= got
    assert not any("机构" in f for f in got)


def test_a_parent_mark_before_the_province_stays_in_the_name() -> None:
    assert "国网湖南省电力有限公司" in firms("国网湖南省电力有限公司为园区企业开通绿色通道。")


def test_a_time_word_before_a_city_is_no_part_of_the_name() -> None:
    got = firms("疫情期间长沙甲乙金融服务公司新增转贷3笔900万元。")
    assert "长沙甲乙金融服务公司" in got


def test_a_bank_acting_with_a_bureau_is_named_after_the_bureau() -> None:
    got = firms("近日，市工信局会同中行丙丁分行为长沙甲乙食品有限公司发放贷款500万元。")
    assert "中行丙丁分行" in got
    assert not any("会同" in f for f in got)


def test_banks_listed_after_a_verb_of_existence() -> None:
    got = firms("截至目前，已经有市农行、建行和邮储银行对长沙丙丁粮油有限公司发放专项贷款。")
    assert {"市农行", "建行", "邮储银行"} <= got
    assert not any(f.startswith(("经", "有")) for f in got)


def test_a_way_of_working_before_works_is_no_chemical_works() -> None:
    got = firms("长沙甲乙机械有限公司“智能化工厂改造项目”和长沙丙丁电子有限公司“数字化工厂建设项目”符合申报要求。")
    assert not any(f.endswith("化工厂") for f in got)
    assert "长沙甲乙化工厂" in firms("长沙甲乙化工厂已复工。")


def test_firms_listed_with_their_projects_share_the_notice_help() -> None:
    text = (
        "经初审，望城区有三家企业项目：长沙甲乙光电有限公司“精密部件改造项目”、长沙丙丁汽车工业有限责任公司“模具车间改造项目”"
        "和长沙戊己轨道设备有限公司“智能工厂升级项目”符合本次工业改造专项资金申报要求。"
    )
    assert {b for _, b in helped(text)} == {"长沙甲乙光电有限公司", "长沙丙丁汽车工业有限责任公司", "长沙戊己轨道设备有限公司"}
