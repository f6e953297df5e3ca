"""Traditional script, Taiwan and Hong Kong words and punctuation give the record simplified text gives (invented texts)."""

from typing import Any

from ingest.normalize import analysis_view, taiwan_words
from ingest.pipeline import extract_text

NOTICE = (
    "西安市工业和信息化局关于支持软件企业复工复产的通知\n"
    "各区县工业和信息化局：\n"
    "为支持软件和信息技术服务企业渡过难关，现通知如下：\n"
    "一、对在线办公、视频会议软件项目给予补助，每个项目最高200万元。\n"
    "二、市财政安排1亿元专项资金，支持智能制造企业复工。\n"
    "西安市工业和信息化局\n"
    "2020年2月10日"
)
# the same notice as a Taiwan writer puts it: 資訊, 軟體, 專案, 支援, 線上, 視訊, 智慧
NOTICE_TAIWAN = (
    "西安市工業和資訊化局關於支援軟體企業復工復產的通知\n"
    "各區縣工業和資訊化局：\n"
    "為支援軟體和資訊科技服務企業渡過難關，現通知如下：\n"
    "一、對線上辦公、視訊會議軟體專案給予補助，每個專案最高200萬元。\n"
    "二、市財政安排1億元專項資金，支援智慧製造企業復工。\n"
    "西安市工業和資訊化局\n"
    "2020年2月10日"
)
REPORT = "宁波高新区开通服务热线，为甲乙智能科技有限公司协调运输车辆，帮助企业解决原料短缺问题。国家卫生健康委员会要求做好复工防疫指导。"
# Hong Kong forms: 衞 for 卫, 綫 for 线
REPORT_HONG_KONG = "寧波高新區開通服務熱綫，為甲乙智能科技有限公司協調運輸車輛，幫助企業解決原料短缺問題。國家衞生健康委員會要求做好復工防疫指導。"


def facts(text: str) -> tuple[list[Any], ...]:
    """What the record states, without the evidence text (which stays as written)."""
    r = extract_text(text, "t")
    return (
        sorted((e.type, e.name, e.span) for e in r.entities),
        sorted((m.region, m.categories, m.agency, m.policy_document, m.beneficiaries, m.amount_cny, m.cap_cny) for m in r.measures),
        sorted((x.type, x.subject, x.object) for x in r.relations),
    )


def test_formal_notice_in_taiwan_words_gives_the_mainland_record() -> None:
    simplified = facts(NOTICE)
    assert ("PolicyDocument", "西安市工业和信息化局关于支持软件企业复工复产的通知") in [e[:2] for e in simplified[0]]
    taiwan = facts(NOTICE_TAIWAN)
    def plain(m: tuple[Any, ...]) -> tuple[Any, ...]:
        return m[0], m[1], m[5], m[6]

    assert [plain(m) for m in taiwan[1]] == [plain(m) for m in simplified[1]]
    assert [e[0] for e in taiwan[0]] == [e[0] for e in simplified[0]]


def test_names_keep_the_writers_words_character_for_character() -> None:
    names = {e[:2] for e in facts(NOTICE_TAIWAN)[0]}
    # 資訊 is 资讯 and 軟體 is 软体 in a name, never the mainland's 信息 and 软件
    assert ("Agency", "西安市工业和资讯化局") in names
    assert ("PolicyDocument", "西安市工业和资讯化局关于支援软体企业复工复产的通知") in names
    r = extract_text("臺南市政府成立「紓困專案辦公室」，協助軟體企業申請專案貸款，提供資訊服務。", "t")
    assert "纾困专案办公室" in [e.name for e in r.entities]


def test_hong_kong_forms_give_the_mainland_record() -> None:
    simplified = facts(REPORT)
    assert ("Agency", "国家卫生健康委员会") in [e[:2] for e in simplified[0]]
    assert facts(REPORT_HONG_KONG) == simplified


def test_spans_and_evidence_index_the_original_text() -> None:
    record = extract_text(NOTICE_TAIWAN, "t")
    agency = next(e for e in record.entities if e.name == "西安市工业和资讯化局")
    assert NOTICE_TAIWAN[agency.span[0] : agency.span[1]] == "西安市工業和資訊化局"
    measure = next(m for m in record.measures if m.cap_cny == 2_000_000)
    assert measure.text in NOTICE_TAIWAN and "專案" in measure.text


def test_taiwan_words_only_where_the_writer_used_them() -> None:
    assert taiwan_words(NOTICE_TAIWAN)
    # transliterated from the mainland, character for character: 支持, 信息, 软件 are there as written
    transliterated = "為支持軟件和信息技術服務企業，建立線上服務專班，執行減免政策，對項目給予補助。"
    assert not taiwan_words(transliterated)
    view = analysis_view(transliterated)
    assert "建立" in view and "执行" in view and len(view) == len(transliterated)


def test_a_taiwan_phrase_of_another_length_keeps_the_offsets() -> None:
    text = "甲市推動網際網路企業復工，最佳化營商環境，支援軟體企業線上辦公，提供資訊服務。"
    view = analysis_view(text)
    assert len(view) == len(text)
    # one character shorter in mainland words: written with a space after it, so what follows stays in place
    assert "推动互联网 企业复工" in view and "优化 营商环境" in view
    assert "软件" in view and "信息" in view and "支持" in view
    # a word two characters longer in mainland words (執行長 is 首席执行官) stays as written
    assert "执行长" in analysis_view("甲乙軟體執行長表示，支援軟體企業的措施已落地，提供資訊服務。")


def test_corner_brackets_are_quotation_marks() -> None:
    simplified = facts("杭州市推出“杭州20条”，设立5亿元专项资金，全面推行“不见面”审批。")
    assert ("PolicyDocument", "杭州20条") in [e[:2] for e in simplified[0]]
    assert facts("杭州市推出「杭州20條」，設立5億元專項資金，全面推行『不見面』審批。") == simplified


def test_traditional_numerals_units_and_full_width_digits() -> None:
    simplified = facts("深圳市科技创新委员会对甲乙智能科技有限公司给予研发补助200万元。")
    assert simplified[1] and simplified[1][0][5] == 2_000_000
    for written in ("200萬圓", "貳佰萬元", "２００萬元"):
        assert facts(f"深圳市科技創新委員會對甲乙智能科技有限公司給予研發補助{written}。") == simplified, written
    # a document number in tortoise-shell brackets is the title's other name, in either script
    titled = "甲市人民政府印发《关于支持中小企业共渡难关的若干措施》（甲政发〔2020〕3号）。"
    assert facts(titled)[0] == facts("甲市人民政府印發《關於支持中小企業共渡難關的若干措施》（甲政發〔2020〕3號）。")[0]


def test_a_taiwan_word_that_completes_a_mainland_cue_is_read_as_written() -> None:
    # 連線 is Taiwan's 连接 (a connection) and the mainland's 连线 (a video link) at once: 视频连线 is a cue
    view = analysis_view("甲區透過視訊連線舉辦簽約儀式，支援軟體企業。")
    assert "视频连线" in view and "支持软件" in view


def test_a_stray_traditional_character_in_a_simplified_line_is_simplified() -> None:
    text = "龙岗区工业和信息化局帮助甲乙電子有限公司解决原材料供应问题，协调物流车辆保障生产。临安区於潜镇同步跟进。"
    view = analysis_view(text)
    assert "甲乙电子有限公司" in view and "於潜镇" in view
    assert "甲乙电子有限公司" in [e.name for e in extract_text(text, "t").entities]
