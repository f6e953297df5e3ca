"""Measure categories from cue words: a weighted table, matched in one pass.

The table is the taxonomy's own cues (weight 1) overlaid with
``data/cues.tsv``, which adds synonyms and lowers the weight of cues that
also occur in sentences that are not measures.  A cue inside a longer cue
that also matched does not count (创业担保贷款 is not 担保), nor does a
gapped cue whose first or last part ends one (发放创业担保贷款 grants
startup loans, not 发放…贷款 credit).  A cue
written ``A…B`` matches A and B with a few characters of one clause between
(绿色快速审批通道 for 绿色…通道), but not through 的 (已发放的某某贷款 names
the loans, it does not grant them); ``A……B`` lets a longer stretch between,
a list of names included (纳入国家甲委、乙部重点保障企业 for 纳入……重点保障企业).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Iterator
from functools import lru_cache
from typing import NamedTuple
from importlib import resources

import ahocorasick

from kg.taxonomy import taxonomy

THRESHOLD = 1.0
# quotes, spaces and line breaks inside a cue (“不见面”审批, 减 免, a PDF line end) do not break it
_INNER = re.compile("[“”\"‘’'「」『』 \u3000\n\r\t]+")
#: the most characters a gapped cue (A…B) lets between its parts, none of them a clause break
GAP = 8
#: the most characters a long gapped cue (A……B) lets between its parts, a list's 、 among them
LONG_GAP = 24
_GAP_MARK = "…"
_CLAUSE_BREAK = re.compile("[,;。，；:：!?！？]")
_LONG_MARK = "……"
#: the costs a subsidy can pay for: a weak cue of one written right before a subsidy word (物流补贴, 消杀补贴,
#: 运输费用补助) names what the money pays, as strongly as a cue of its own
COST_CODES = frozenset(
    c.code for c in taxonomy().categories.values() if c.group == "COST" or c.code in ("LOGISTICS_SUPPORT", "PPE_SUPPLY", "SUPPLY_CHAIN")
)
_SUBSIDY_AFTER = re.compile("(?:费用|费|成本)?(?:补贴|补助|奖补|资助)")


def _table() -> dict[str, dict[str, float]]:
    table: dict[str, dict[str, float]] = defaultdict(dict)
    for cat in taxonomy().categories.values():
        for cue in cat.cues:
            table[cue][cat.code] = 1.0
    text = resources.files("ingest").joinpath("data/cues.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        code, cue, weight = line.split("\t")
        table[cue][code] = float(weight)
    return table


@lru_cache(maxsize=1)
def _automaton() -> ahocorasick.Automaton:
    auto = ahocorasick.Automaton()
    for cue, weights in _table().items():
        if _GAP_MARK not in cue:
            auto.add_word(cue, (cue, tuple(sorted(weights.items()))))
    auto.make_automaton()
    return auto


class _Gapped(NamedTuple):
    """The gapped cues in table order, as (cue, pattern, weights, lengths of the first and last part), and an
    automaton finding each first part with the cues it opens."""

    cues: tuple[tuple[str, re.Pattern[str], tuple[tuple[str, float], ...], tuple[int, int]], ...]
    heads: ahocorasick.Automaton | None


@lru_cache(maxsize=1)
def _gapped() -> _Gapped:
    cues = []
    opened: dict[str, list[int]] = defaultdict(list)
    for i, (cue, w) in enumerate(c for c in _table().items() if _GAP_MARK in c[0]):
        long = _LONG_MARK in cue
        head, tail = cue.split(_LONG_MARK if long else _GAP_MARK)
        gap = f"[^，。；,;：:！？的]{{1,{LONG_GAP}}}?" if long else f"[^，。；、,;：:！？的]{{1,{GAP}}}?"
        cues.append((cue, re.compile(f"{re.escape(head)}{gap}{re.escape(tail)}"), tuple(sorted(w.items())), (len(head), len(tail))))
        opened[head].append(i)
    if not opened:
        return _Gapped((), None)
    auto = ahocorasick.Automaton()
    for head, indices in opened.items():
        auto.add_word(head, (len(head), tuple(indices)))
    auto.make_automaton()
    return _Gapped(tuple(cues), auto)


def _gapped_matches(text: str) -> Iterator[tuple[str, int, int, tuple[tuple[str, float], ...], tuple[int, int]]]:
    """Gapped cue spans ``(cue, start, end, weights, part lengths)`` left to right, none overlapping, the first cue of
    the table winning where several start at one place (what one alternation of them all would find).  Only the
    places where a first part is written are tried: one pattern over the whole text costs more than the rest
    of the scoring."""
    cues, heads = _gapped()
    if heads is None:
        return
    at: dict[int, list[int]] = defaultdict(list)
    for end, (size, indices) in heads.iter(text):
        at[end + 1 - size] += indices
    reach = 0
    for start in sorted(at):
        if start < reach:
            continue
        for i in sorted(at[start]):
            cue, pattern, weights, parts = cues[i]
            if m := pattern.match(text, start):
                yield cue, start, m.end(), weights, parts
                reach = m.end()
                break


def cue_words() -> list[str]:
    """Every plain cue of the table (a gapped cue is two words, not one)."""
    return [c for c in _table() if _GAP_MARK not in c]


def cue_matches(text: str) -> list[tuple[int, int, tuple[tuple[str, float], ...]]]:
    """Cue spans ``(start, end, weights)`` in text order, without cues nested in longer matches."""
    found = [(end + 1 - len(cue), end + 1, w) for end, (cue, w) in _automaton().iter(text)]
    found.sort(key=lambda m: (m[0], -m[1]))
    out: list[tuple[int, int, tuple[tuple[str, float], ...]]] = []
    reach = -1
    for start, end, w in found:
        if end <= reach:
            continue
        out.append((start, end, w))
        reach = end
    return out


def scores(text: str) -> dict[str, float]:
    """Category code -> summed cue weight in ``text``: a plain cue inside a part of a gapped one that counts does
    not count again, and a weak cue written again right after itself in one clause adds nothing (返还押金、返还保证金
    is one mention of 返还 over a list of its objects); farther on, or in another clause, it does."""
    plain = cue_matches(text)
    breaks = [m.start() for m in _CLAUSE_BREAK.finditer(text)]
    found = []
    parts: list[tuple[int, int]] = []  # the head and tail spans of the short gapped cues that count
    starts = [s for s, _, _ in plain]
    for cue, start, end, weights, (head, tail) in _gapped_matches(text):
        if not (_inside(plain, starts, start, start + head) or _inside(plain, starts, end - tail, end)):
            found.append((cue, start, end, weights))
            if end - start - head - tail <= GAP:
                parts += [(start, start + head), (end - tail, end)]
    # a plain cue that is a part of a gapped cue counting, its parts close, is read with it (补贴 of 就业…补贴 is no
    # subsidy of its own; 补贴 of 补贴……薪资 over a long list may pay for more than wages)
    found += [(text[s:e], s, e, w) for s, e, w in plain if not parts or not any(a <= s and e <= b for a, b in parts)]
    found.sort(key=lambda f: f[1])
    total: dict[str, float] = defaultdict(float)
    last: dict[tuple[str, int], int] = {}  # where a cue was last written, by cue and clause
    for cue, s, e, weights in found:
        key = (cue, bisect_right(breaks, s))
        again = key in last and s - last[key] <= GAP and all(w < 1 for _, w in weights)
        last[key] = e  # a list goes on from its last item
        if again:
            continue
        paid = _SUBSIDY_AFTER.match(text, e) is not None
        for code, w in weights:
            total[code] += 1.0 if paid and code in COST_CODES else w
    return dict(total)


def _inside(plain: list[tuple[int, int, tuple[tuple[str, float], ...]]], starts: list[int], s: int, e: int) -> bool:
    """Whether ``[s, e)`` ends a longer plain cue match that starts before it (贷款 of 创业担保贷款; 深入 opening
    深入一线 is still a word of its own).  ``plain`` is sorted by start, no match nested in another."""
    i = bisect_right(starts, s - 1) - 1
    return i >= 0 and plain[i][1] >= e


def classify(text: str, threshold: float = THRESHOLD) -> list[str]:
    """Categories whose cues in ``text`` weigh at least ``threshold``, strongest first."""
    return above(scored(text), threshold)


def scored(text: str) -> dict[str, float]:
    """The cue weights :func:`classify` compares, once for a text read at more than one threshold."""
    return dict(_scored(text))


@lru_cache(maxsize=4096)
def _scored(text: str) -> tuple[tuple[str, float], ...]:
    """:func:`scored`, kept for the texts read last: the steps of one sentence (its categories, its items,
    its measure's rewrites) score many of the same texts again."""
    return tuple(scores(_INNER.sub("", text)).items())


def above(s: dict[str, float], threshold: float = THRESHOLD) -> list[str]:
    """Categories of the weights ``s`` (of :func:`scored`) that reach ``threshold``, strongest first."""
    return sorted((c for c, v in s.items() if v >= threshold - 1e-9), key=lambda c: (-s[c], c))
