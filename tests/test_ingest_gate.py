"""Searches that answer as the bare pattern does: the gate of a regular expression (words every match holds), runs of Chinese characters, and word alternations found by an automaton."""

import re

from ingest.gate import FirstChecked, Gated, HanRuns, Switched, first_checked, gated, needed_words, switched, top_branches, with_first_characters
from ingest.mentions import Words

TEXTS = ("甲市设立专项资金支持企业", "乙县发放消费券一亿元", "丙区拨款3亿元", "丁镇企业复工", "", "资金")


def test_needed_words_read_off_branches_and_runs() -> None:
    assert needed_words(re.compile(r"(设立|安排)[^。]{0,4}?(资金|基金)")) == frozenset({"设立", "安排"})
    assert needed_words(re.compile(r"贷款贴息|[稳保]岗位")) == frozenset({"贷款贴息", "岗位"})
    assert needed_words(re.compile(r"贷款贴息|[稳保]\d")) == frozenset({"贷款贴息", "稳", "保"})


def test_no_gate_when_a_branch_needs_no_word() -> None:
    assert needed_words(re.compile(r"资金|\d+")) is None
    assert isinstance(gated(r"资金|[^。]+"), re.Pattern)


def test_gated_searches_give_the_patterns_answers() -> None:
    source = r"(设立|安排)[^,;。]{0,24}?(资金|基金)|(发放|投放)[^,;。]{0,24}?消费券|拨款(?=\d)"
    gate, bare = gated(source), re.compile(source)
    assert isinstance(gate, Gated)
    for text in TEXTS:
        assert [m.span() for m in gate.finditer(text)] == [m.span() for m in bare.finditer(text)]
        assert gate.findall(text) == bare.findall(text)
        assert gate.sub("#", text) == bare.sub("#", text)
        assert bool(gate.search(text, 1)) == bool(bare.search(text, 1))


def test_han_runs_find_what_the_pattern_finds() -> None:
    source = r"[\u4e00-\u9fff]{2,8}?(?<![部签])署|[\u4e00-\u9fff]{2,6}?处(?![理置])|政务司"
    runs, bare = HanRuns(source), re.compile(source)
    texts = TEXTS + ("甲乙工业贸易署表示，丙丁劳工处处理投诉", "全面部署。政务司司长说", "某某处", "处理好", "ab劳工处c地政总署")
    for text in texts:
        assert [m.span() for m in runs.finditer(text)] == [m.span() for m in bare.finditer(text)]
    assert [m.group() for m in runs.finditer("甲乙工业贸易署表示，丙丁劳工处处理投诉")] == ["甲乙工业贸易署", "丙丁劳工处"]


def test_words_are_found_where_their_alternation_is() -> None:
    staff = re.compile("员")
    entries = [("管理委员会", "", None), ("委员会", "", None), ("议会", "会", None), ("管委", "", staff), ("局", "", None), ("办", "", re.compile("[理法]"))]
    words, bare = Words(entries), re.compile("管理委员会|委员会|(?<!会)议会|管委(?!员)|局|办(?![理法])")
    texts = TEXTS + ("某县议会与会议会商", "甲管委员会乙管委局", "办理某局办法，某办", "议会", "管理委员会管委", "")
    for text in texts:
        assert list(words.spans(text)) == [m.span() for m in bare.finditer(text)]
    assert list(words.spans("县议会、会议会")) == [(1, 3)]


def test_first_characters_checked_where_re_would_try_every_position() -> None:
    checked = with_first_characters(re.compile(r"(?<!记者)(来到|走进)了?|^在[\d]{0,2}甲"))
    assert checked is not None and checked.pattern.startswith("(?=[来走在])")
    # re finds these first characters itself, and a pattern that may match nothing or open anywhere has none to check
    for source in (r"甲乙|丙", r"[甲乙]丙", r"\d{3,6}", r"(已|共)?", r"[\u4e00-\u9fff]{1,6}率", r"(?s)(甲|乙)"):
        assert with_first_characters(re.compile(source)) is None


def test_gated_pattern_with_first_characters_answers_as_the_pattern() -> None:
    source = r"(?<![等第])([两二三]|\d+)家(企业|公司)|(已|累计)?(复工|复产)(\d+)户"
    gate, bare = gated(source), re.compile(source)
    assert isinstance(gate, Gated) and gate.pattern == source and gate.groups == bare.groups
    texts = TEXTS + ("某区两家企业复工", "累计复产30户，等3家公司", "已复工8户", "第二家企业")
    for text in texts:
        assert [(m.span(), m.groups()) for m in gate.finditer(text)] == [(m.span(), m.groups()) for m in bare.finditer(text)]
        assert gate.sub("#", text) == bare.sub("#", text)
        for pos in range(len(text)):
            assert bool(gate.match(text, pos)) == bool(bare.match(text, pos))


def test_first_checked_keeps_the_patterns_own_attributes() -> None:
    source = r"(?:常务)?副?(县长|区长)(\w{2})"
    checked, bare = first_checked(source), re.compile(source)
    assert isinstance(checked, FirstChecked) and checked.pattern == source and checked.groups == 2
    for text in ("某县常务副县长张三", "区长李四到", "县长", "副区长王五、县长赵六"):
        assert [(m.span(), m.groups()) for m in checked.finditer(text)] == [(m.span(), m.groups()) for m in bare.finditer(text)]
        assert bool(checked.match(text)) == bool(bare.match(text))
    assert isinstance(first_checked(r"县长|区长"), re.Pattern)


def test_top_branches_cut_only_at_the_top_level() -> None:
    assert top_branches(r"甲[|]乙|(丙|丁)|\||[]|]戊") == ["甲[|]乙", "(丙|丁)", r"\|", "[]|]戊"]


def test_switched_branches_answer_as_the_pattern() -> None:
    source = r"[\u4e00-\u9fff]{1,6}率达(\d+)%|(?P<n>复工|复产)(\d+)家|企业(\d+)户|[\u4e00-\u9fff]{1,4}(?P<up>提高|下降)"
    gate, bare = switched(source), re.compile(source)
    assert isinstance(gate, Switched) and gate.groupindex == bare.groupindex
    texts = TEXTS + ("某区开工率达90%，复工12家", "企业30户复产5家", "产值提高", "复产率达8%企业2户，产能下降", "甲乙丙丁率达5%")
    for text in texts:
        assert [(m.span(), m.groups(), m.groupdict()) for m in gate.finditer(text)] == [(m.span(), m.groups(), m.groupdict()) for m in bare.finditer(text)]
        assert gate.sub("#", text) == bare.sub("#", text)
        assert [m.span() for m in gate.finditer(text, 2, 9)] == [m.span() for m in bare.finditer(text, 2, 9)]


def test_switching_needs_wide_branches_with_words() -> None:
    assert not isinstance(switched(r"(复工|复产)\d+家|企业\d+户"), Switched)  # no branch opens with a wide class
    assert not isinstance(switched(r"[\u4e00-\u9fff]{2}\d|企业"), Switched)  # a wide branch needing no word
