"""The gate of a regular expression: words every match holds, and searches that answer as the bare pattern does."""

import re

from ingest.gate import BranchGated, Gated, gated, needed_words, top_branches

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


def test_top_branches_cut_only_at_the_top_level() -> None:
    assert top_branches(r"甲[|]乙|(丙|丁)|\||[]|]戊") == ["甲[|]乙", "(丙|丁)", r"\|", "[]|]戊"]


def test_branch_gate_switches_off_the_branches_whose_words_are_missing() -> None:
    source = r"[\u4e00-\u9fff]{1,6}率达(\d+)%|(复工|复产)(\d+)家|企业(\d+)户|[\d.]+亿"
    gate, bare = gated(source, by_branch=True), re.compile(source)
    assert isinstance(gate, BranchGated)
    texts = TEXTS + ("某区开工率达90%，复工12家", "企业30户复产5家", "产值3亿", "复产率达8%企业2户")
    for text in texts:
        assert [(m.span(), m.groups()) for m in gate.finditer(text)] == [(m.span(), m.groups()) for m in bare.finditer(text)]
        assert gate.sub("#", text) == bare.sub("#", text)
        assert [m.span() for m in gate.finditer(text, 2, 9)] == [m.span() for m in bare.finditer(text, 2, 9)]
    # a branch no word gates (the last) keeps the pattern on in any text
    assert gate.search("共3亿") is not None and gate.search("某区开工") is None


def test_branch_gate_falls_back_where_a_branch_is_no_pattern_alone() -> None:
    assert isinstance(gated(r"(甲|乙)丙|丁\1", by_branch=True), Gated)
