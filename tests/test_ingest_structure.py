"""Headings, sentences and their offsets."""

from ingest.normalize import analysis_view
from ingest.pipeline import extract_text
from ingest.structure import is_heading, section_at, section_heads, segment


def test_headings() -> None:
    assert is_heading("一、加大财政支持")
    assert is_heading("（二）强化金融服务")
    assert is_heading("3. 优化政务服务")
    assert is_heading("## 小标题")
    assert not is_heading("某市出台政策，对企业给予补贴。对符合条件的企业给予奖励，并提供服务。")


def test_sentences_point_into_the_text() -> None:
    text = "一、总体要求\n甲市设立专项资金。乙区减免房租；丙县提供贷款贴息！\n"
    units = segment(analysis_view(text))
    assert [u.kind for u in units] == ["heading", "sentence", "sentence", "sentence"]
    assert [text[u.start : u.end] for u in units[1:]] == ["甲市设立专项资金。", "乙区减免房租；", "丙县提供贷款贴息！"]


def test_broken_lines_are_joined() -> None:
    text = "甲市为企业开通线上申购渠道并提供代购跑腿服务，每天调度供应口罩等防护\n\n装备给重点企业。\n"
    units = [u for u in segment(analysis_view(text)) if u.kind == "sentence"]
    assert len(units) == 1 and text[units[0].end - 1] == "。"


def test_a_headline_before_a_dated_body_stands_alone() -> None:
    text = "甲县经开区暖企政策落地，减免租金为企业减负\n3月2日，甲县经开区管委会决定为入驻企业减免两个月租金。\n"
    units = segment(analysis_view(text))
    assert [u.kind for u in units] == ["heading", "sentence"]


def test_long_sentences_are_cut_at_commas() -> None:
    clause = "对受影响的中小企业给予一定比例的补贴支持"
    text = "，".join([clause] * 12) + "。"
    units = segment(analysis_view(text))
    assert len(units) > 1
    assert all(u.end - u.start <= 200 for u in units)
    assert units[0].start == 0 and units[-1].end == len(text)


def test_a_photo_credit_ends_its_caption_line() -> None:
    """某某管委会供图 / 记者某某摄 close a caption: the next line is not the rest of its sentence."""
    for credit in ("某某开发区管委会供图", "记者 张三 摄"):
        text = f"园区工作人员为企业上门办理车辆通行证件。{credit}\n在甲乙机械有限公司的车间里,工人们正在赶制订单。"
        units = segment(text)
        assert any(text[u.start : u.end].startswith("在甲乙机械") for u in units), credit


def test_a_measure_carries_the_heading_it_stands_under() -> None:
    text = "关于支持企业的通知\n一、房租\n杭州市对企业减免三个月房租。\n二、税费\n杭州市对企业延期缴纳税款。\n"
    sections = {m.categories[0]: m.section for m in extract_text(text, "d").measures}
    assert sections == {"RENT_RELIEF": "一、房租", "TAX_DEFERRAL": "二、税费"}


def test_no_section_before_the_first_heading_below_the_title() -> None:
    text = "标题\n正文写的是一句话，不是标题。\n一、甲\n乙写的是另一句话，也不是标题。"
    heads = section_heads(text, segment(text))
    assert [h for _, h in heads] == ["一、甲"]
    assert section_at(heads, 5) is None and section_at(heads, text.index("乙")) == "一、甲"


def test_a_numbered_first_line_is_a_section() -> None:
    text = "一、甲\n乙写的是一句话，不是标题。"
    assert section_heads(text, segment(text)) == [(0, "一、甲")]


def test_a_numbered_item_of_several_clauses_is_no_heading() -> None:
    from ingest.structure import is_heading

    assert is_heading("（二）减免企业房租")
    assert not is_heading("1.入驻孵化器的企业,三月份免租,四月份租金减半")
    assert not is_heading("2.对新招用员工的企业给予补贴,")


def test_a_headline_with_commas_set_off_by_a_blank_line_is_the_title() -> None:
    from ingest.structure import segment

    text = "某某镇推出六条举措,帮小店渡过难关\n\n镇政府本周起对沿街小店减免租金。\n"
    units = segment(text)
    assert units[0].kind == "heading" and text[units[0].start : units[0].end] == "某某镇推出六条举措,帮小店渡过难关"
    text = "对承租国有房产的中小企业,免收三个月房租,减半收取\n六个月房租。\n"
    assert segment(text)[0].kind == "sentence"  # a sentence broken over lines stays one


def test_a_run_of_bodiless_numbered_lines_is_a_list_of_items() -> None:
    text = "各地紓困措施一覽。\n新竹市\n1、2億元中小企業紓困貸款\n2、市有店面租金減免\n3、稅捐緩繳及減免\n高雄市\n1、減租:承租市有房舍租金減半\n2、企業融資:10億元額度,利息補貼1%"
    kinds = [u.kind for u in segment(analysis_view(text))]
    assert kinds == ["sentence", "heading", "sentence", "sentence", "sentence", "heading", "sentence", "sentence"]
    pairs = {(m.region, c) for m in extract_text(text, "t").measures for c in m.categories}
    assert {("新竹市", "PREFERENTIAL_CREDIT"), ("新竹市", "TAX_DEFERRAL"), ("高雄市", "RENT_RELIEF"), ("高雄市", "LOAN_INTEREST_SUBSIDY")} <= pairs
    # an outline whose heads have bodies keeps its headings, and a list of document titles is no list of items
    outline = "某市措施\n一、减轻企业负担\n1.减免房租\n对小微企业免收房租。\n2.降低电价\n对工业企业降低电价。"
    assert [u.kind for u in segment(outline)][1:4] == ["heading", "heading", "sentence"]
    titles = "政策汇编\n1.关于支持小微企业发展的通知\n2.关于减免房租的实施意见"
    assert [u.kind for u in segment(titles)][1:] == ["heading", "heading"]


def test_a_notice_s_last_short_article_before_its_signature_is_an_item() -> None:
    # the signature is an unnumbered heading, no body of the article closed by a full stop above it
    text = "关于印发扶持小微企业若干措施的通知\n\n1.对承租县属国有房产的小微企业免收2个月租金。\n2.县财政统筹纾困资金3000万元。\n\n泾县人民政府\n2022年4月8日\n"
    assert [u.kind for u in segment(text)][1:3] == ["sentence", "sentence"]
    assert ("泾县", "SPECIAL_FUND") in {(m.region, c) for m in extract_text(text, "t").measures for c in m.categories}


def test_a_heading_whose_body_only_says_how_to_apply_is_the_measure() -> None:
    text = ("芜湖市经信局关于支持中小企业的实施细则\n一、支持企业扩产\n（一）重点企业扩产购置设备投资补助\n"
            "申报条件：1.列入本市目录的企业；2.购置设备在本年度内。\n申报材料：1.申请表。\n"
            "（二）稳岗补贴\n对不裁员的中小企业给予每人500元的稳岗补贴。")
    measures = extract_text(text, "t").measures
    assert [(m.region, m.categories, m.text) for m in measures if m.text.startswith("（一）")] == [
        ("芜湖", ("PRODUCTION_SUBSIDY",), "（一）重点企业扩产购置设备投资补助")]
    # a heading with a body of its own is no measure: the body says it
    assert not any(m.text.startswith("（二）") for m in measures)


def test_items_written_on_inside_one_line_open_their_own_paragraphs() -> None:
    text = "渭滨区惠企八条 一、优化审批服务 (一)开设审批绿色通道。各部门限时办结。 (二)推行网上办理。 2.开展驻企服务。\n"
    units = segment(text)
    heads = [text[u.start : u.end] for u in units if u.kind == "heading"]
    assert "一、优化审批服务" in heads
    firsts = [text[u.start : u.end] for u in units if u.kind == "sentence" and u.first]
    assert firsts == ["(一)开设审批绿色通道。", "(二)推行网上办理。", "2.开展驻企服务。"]
    # an inline item closed by its full stop is a sentence, not a heading
    assert all(u.kind == "sentence" for u in segment("说明 三、公共设施管理费减收3个月。\n")[1:])


def test_a_one_line_notice_s_items_go_back_to_the_issuer() -> None:
    text = (
        "宝鸡市人民政府关于扶持企业复产的几条措施 各县区人民政府,市政府各部门: "
        "1.加强复工指导。各县区政府、宝鸡高新区管委会要建立企业复工备案制度。(责任单位:市工信局) "
        "2.对中小企业给予50%的房租补贴。(责任单位:市财政局) 3.为项目审批开辟绿色通道。\n"
    )
    regions = {c: m.region for m in extract_text(text, "t").measures for c in m.categories}
    assert regions["RENT_RELIEF"] == "宝鸡" and regions["FAST_TRACK_APPROVAL"] == "宝鸡"


_NOTICE = [
    "临澧县人民政府关于扶持小店渡过难关的通知", "各乡镇人民政府,县直各单位:", "为帮助小店渡过难关,现就有关事项通知如下。",
    "一、减轻经营负担", "对承租县属国有房屋的小店,免收3个月房租。", "对小店用水用电实行欠费不停供。", "二、加大金融支持",
    "对小店新增贷款给予贴息。", "县内银行对小店贷款给予展期。", "三、优化政务服务", "小店证照办理实行网上办。", "开通小店服务热线。",
    "四、其他", "本通知自印发之日起施行。", "有效期三个月。", "各单位要抓好落实。", "临澧县人民政府", "2020年3月1日",
]


def test_a_page_written_on_one_line_is_read_as_its_lines() -> None:
    one_line = " ".join(_NOTICE)
    view = analysis_view(one_line)
    assert len(view) == len(one_line) and view.split("\n")[:2] == _NOTICE[:2]
    read = [extract_text(form, "t") for form in (one_line, "\n".join(_NOTICE))]
    pairs = [{(m.region, c) for m in r.measures for c in m.categories} for r in read]
    titles = [[e.name for e in r.entities if e.type == "PolicyDocument"] for r in read]
    assert pairs[0] == pairs[1] and ("临澧县", "RENT_RELIEF") in pairs[0]
    assert titles[0] == titles[1] == [_NOTICE[0]]
    # a line of a few sentences keeps the spaces it holds
    assert "\n" not in analysis_view("甲店 乙店均已复工。丙店也已复工。")


def test_a_roster_of_places_closed_by_a_blank_line_is_not_joined_to_the_next_paragraph() -> None:
    text = "表扬名单如下\n\n南阳市、信阳市、周口市,西峡县、淅川县、罗山县\n\n对上述地区,从专项经费里给每个市追加300万元。"
    units = [text[u.start : u.end] for u in segment(text)]
    assert not any("淅川县" in u and "专项资金" in u for u in units)
