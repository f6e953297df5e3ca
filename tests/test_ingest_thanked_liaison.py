"""Firms quoted on the help of their liaison officials, and officials with two titles (invented texts)."""

from ingest.pipeline import extract_text

STORY = ("全程服务 蒲圻镇助企复工\n\n"
         "某某融媒报道(通讯员 甲乙 记者 丙丁)“在政府的帮助下，我们公司是最早恢复生产的企业之一。”3月2日，湖北甲乙电子公司经理丙丁说。\n"
         "蒲圻镇成立助企包保小组，由镇干部担任包保人，上门协助企业化解困难。\n"
         "“我们厂人手多，镇里包保我们厂的干部常常陪同防疫人员来查看防疫情况。”湖北戊己机电公司负责人庚辛介绍。\n")


def helped(text: str) -> set[tuple[str, str]]:
    return {(m.region, b) for m in extract_text(text, "t").measures for b in m.beneficiaries}


def test_firms_thanking_the_government_or_naming_their_liaison_are_helped_by_the_place_liaison() -> None:
    measures = extract_text(STORY, "t").measures
    liaison = [m for m in measures if "ENTERPRISE_LIAISON" in m.categories]
    assert [set(m.beneficiaries) for m in liaison] == [{"湖北甲乙电子公司", "湖北戊己机电公司"}]


def test_a_firm_telling_its_own_doing_is_not_helped() -> None:
    text = STORY.replace("镇里包保我们厂的干部常常陪同防疫人员来查看防疫情况", "我们每天自己查看防疫情况")
    assert ("蒲圻镇", "湖北戊己机电公司") not in helped(text)


def test_the_demonstrative_in_an_official_words_picks_the_title_of_its_level() -> None:
    text = ("宜昌市企业复工。\n某某产业园管委会主任、蒲圻镇党委书记甲乙丙表示，今年以来，该镇提前谋划企业复产准备，组建了工作专班。")
    regions = {m.region for m in extract_text(text, "t").measures}
    assert regions == {"蒲圻镇"}



def test_a_firm_thanking_help_is_helped_for_what_it_achieved_not_for_its_hopes() -> None:
    lead = "全程服务 蒲圻镇助企复工\n\n蒲圻镇成立助企包保小组，由镇干部担任包保人，上门协助企业化解困难。\n"
    quote = "“在政府的帮助下，我们公司{}。”3月2日，湖北甲乙电子公司经理丙丁说。\n"
    assert ("蒲圻镇", "湖北甲乙电子公司") in helped(lead + quote.format("最早恢复了生产"))
    assert ("蒲圻镇", "湖北甲乙电子公司") not in helped(lead + quote.format("有信心渡过眼前的难关"))
