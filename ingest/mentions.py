"""The one annotation type every step adds to a document: a typed, resolved span."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from bisect import bisect_left, bisect_right
from itertools import accumulate
from dataclasses import dataclass
from operator import itemgetter

import ahocorasick

from .gate import first_checked

HAN = r"\u4e00-\u9fff"
# the usual short names of banks, written as words of their own (建行, 某县农行, 徽行 of 徽商银行)
BANK_SHORT = "工行|农行|中行|建行|交行|招行|徽行|国开行|农发行"
#: characters that end a name: punctuation, spaces, digits and quotes
BREAK = set("，。、；：！？,.;:!?“”‘’\"'《》〈〉（）()【】[] \t\n\u3000—-·…/|0123456789%％")
#: one-character function words that cannot sit inside a name
FUNCTION = set("的在对向为与和及将已把被从于等是也还就都并由给让以其该各")


#: words that start a predicate (verbs, adverbs, time words), never a name
PREDICATE = first_checked(
    r"^(于|紧急|积极|第一时间|先后|重点|聚焦|设立|安排|协调|启用|搭建|运行|采购|采用|实行|出台|发布|提供|明确|给予|印发|建立|组织|围绕|推出|"
    r"率先|全面|持续|加大|坚持|深入|开展|制定|成立|累计|共|已|今年|近日|日前|目前|截至|对|在|为|向|与|和|将|通过|利用|依托|针对|按照|"
    r"根据|作为|是|也|还|又|各|不|把|被|让|使|等|关于|首批|联合|支持|鼓励|推动|加快|探索|实施|落实|疫情|防控|防疫|抗疫|智慧|数字|"
    r"严格|加强|减轻|保障|生产|开通|兑|印|召开|举办|举行|下设|抽调|派出|牵头|提出|要求|计划|正在|已经|进一步|首次|充分|帮助|认真|希望|"
    r"全体|多项|给|具体|邀请|指导|大力|切实|主动|及时|迅速|立即|努力|着力|统筹|创新|优化|完善|强化|提升|推进|推行|建设|打造|构建|"
    r"实现|确保|做好|抓好|深化|启动|公布|出资|投入|筹集|引导|表示|介绍|指出|强调|认为|共计|合计|当前|近期|去年|同期|此前|随后|随即|"
    r"随着|面对|面临|结合|借助|采取|开设|设置|部署|调度|对接|扶持|帮扶|补贴|奖励|减免|免除|延长|延期|缓缴|返还|下调|降低|提高|增加|"
    r"扩大|新增|新建|签约|签署|引进|招引|落地|开工|复工|复产|投产|达产|下一步|同时|此外|另外|其中|进区|全力|共同|"
    r"造成|带来|导致|稳步|有序|尽快|顺利|百分之|多亏|幸亏|感谢|衷心|由衷|得益于|离不开|力促)"
)


@dataclass(frozen=True)
class Mention:
    """A span of the document that names an entity.

    ``name`` is the canonical name (one per real thing in the document),
    ``surface`` the text as written.  Places carry their gazetteer ``code``
    and ``level``; agencies carry the name of the place they belong to in
    ``place``.
    """

    start: int
    end: int
    type: str
    name: str
    surface: str
    code: str | None = None
    level: str | None = None
    place: str | None = None
    weak: bool = False


#: shortest name looked for again where no pattern found it (two characters match inside words)
RECUR_MIN = 3


def word_automaton(words: Iterable[str]) -> ahocorasick.Automaton:
    """An automaton finding each of ``words``, its value the word itself: one pass over a text finds them all."""
    auto = ahocorasick.Automaton()
    for w in words:
        auto.add_word(w, w)
    auto.make_automaton()
    return auto


class Words:
    """Plain words, each with the characters that may not stand right before it, a pattern that may not
    follow it and, optionally, the characters one of which must stand right before it, found where
    ``re.finditer`` finds their alternation (each a branch in the given order: at each place the first word
    that holds there wins, none overlapping), by one automaton pass: ``re`` tries each branch at each
    character, a cost growing with the number of words."""

    def __init__(self, words: Iterable[tuple[str, str, re.Pattern[str] | None] | tuple[str, str, re.Pattern[str] | None, str]]) -> None:
        first: dict[str, tuple[int, int, str, re.Pattern[str] | None, str]] = {}
        for rank, (word, not_before, not_after, *only_after) in enumerate(words):
            first.setdefault(word, (rank, len(word), not_before, not_after, only_after[0] if only_after else ""))
        self._automaton = ahocorasick.Automaton()
        for word, entry in first.items():
            self._automaton.add_word(word, entry)
        self._automaton.make_automaton()

    def spans(self, text: str) -> Iterator[tuple[int, int]]:
        """The ``(start, end)`` of each word found, left to right."""
        at: dict[int, list[tuple[int, int, str, re.Pattern[str] | None, str]]] = {}
        for end, (rank, size, before, after, needed) in self._automaton.iter(text):
            at.setdefault(end + 1 - size, []).append((rank, end + 1, before, after, needed))
        reach = 0
        for start in sorted(at):
            if start < reach:
                continue
            for _rank, end, before, after, needed in sorted(at[start], key=itemgetter(0)):
                if (
                    not (start and text[start - 1] in before)
                    and (not needed or (start and text[start - 1] in needed))
                    and (after is None or after.match(text, end) is None)
                ):
                    yield start, end
                    reach = end
                    break


class Occurrences:
    """Where words occur in one text (non-overlapping, as ``re.finditer`` finds them), each word's looked up once:
    rules that ask whether a name recurs ask it for many candidates, and a scan of the whole text per
    candidate would make a document's time grow with its square.  :meth:`find` looks many words up in one
    automaton pass."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._starts: dict[str, list[int]] = {}
        self._after: dict[str, bool] = {}

    def find(self, words: Iterable[str]) -> None:
        """Look up all of ``words`` not looked up yet, in one pass over the text."""
        new = {w for w in words if w and w not in self._starts}
        if not new:
            return
        found: dict[str, list[int]] = {w: [] for w in new}
        for end, w in sorted(word_automaton(new).iter(self.text), key=lambda h: h[0] - len(h[1])):
            starts, start = found[w], end + 1 - len(w)
            if not starts or start >= starts[-1] + len(w):
                starts.append(start)
        self._starts.update(found)

    def starts(self, word: str) -> list[int]:
        """The starts of ``word``'s occurrences, in order."""
        if word not in self._starts:
            self._starts[word] = [m.start() for m in re.finditer(re.escape(word), self.text)] if word else []
        return self._starts[word]

    def count(self, word: str) -> int:
        return len(self.starts(word))

    def after_word(self, word: str) -> bool:
        """Whether some occurrence of ``word`` follows a Han character that is no function word (so it may end
        another word there); kept per word, as a rule asks it at every occurrence."""
        if word not in self._after:
            self._after[word] = any(p and is_han(self.text[p - 1]) and self.text[p - 1] not in FUNCTION for p in self.starts(word))
        return self._after[word]


_LAST_OCCURRENCES: list[Occurrences] = []


def occurrences(text: str) -> Occurrences:
    """The occurrence index of ``text``, kept for the text last asked about (the one being read)."""
    if not _LAST_OCCURRENCES or _LAST_OCCURRENCES[0].text is not text:
        _LAST_OCCURRENCES[:] = [Occurrences(text)]
    return _LAST_OCCURRENCES[0]


def recurrences(text: str, found: list[Mention], taken: list[Mention]) -> list[Mention]:
    """Later (or earlier) occurrences of names already found, where nothing else was found:
    a firm written once with the words that mark it a firm (生产口罩的天健科贸) keeps its name
    where it stands bare (天健科贸将获得…授信).  Names shorter than ``RECUR_MIN`` are not looked for.
    A short form declared for a name (简称“甲乙”) is looked for from two characters on.
    One automaton pass, the longest name first where two overlap."""
    names = {m.surface: m.name for m in found if len(m.surface) >= (2 if m.surface != m.name else RECUR_MIN)}
    if not names:
        return []
    hits = sorted(((end + 1 - len(w), end + 1, w) for end, w in word_automaton(names).iter(text)), key=lambda h: (h[0], -h[1]))
    # (a name that opens with its province, 湖南甲乙, is found again over it; a lower place opening a name, 某县甲乙农业,
    # stays the place the firm's name gives)
    longest: dict[int, int] = {}  # the end of the longest hit starting at each place (one lookup per province)
    for s, e, _ in hits:
        longest[s] = max(e, longest.get(s, e))
    openers = {m.start for m in taken if m.level == "province" and longest.get(m.start, -1) > m.end}
    covered = SpanIndex([(m.start, m.end) for m in found + [t for t in taken if t.start not in openers]])
    kind = found[0].type
    out: list[Mention] = []
    reach = -1
    for s, e, w in hits:
        if s >= reach and not covered.overlaps(s, e):
            out.append(Mention(s, e, kind, names[w], w))
            reach = e
    return out


def is_han(c: str) -> bool:
    return "\u4e00" <= c <= "\u9fff"


class SpanIndex:
    """Spans sorted by start, answering "is this span inside another one?" in log time."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        # (sorted before the duplicates go: the spans mostly come in text order, which a sort checks in linear time)
        self.spans = list(dict.fromkeys(sorted(spans)))
        self.starts = list(map(itemgetter(0), self.spans))
        self.prefix_end: list[int] = list(accumulate(map(itemgetter(1), self.spans), max))

    def covers(self, s: int, e: int) -> bool:
        """Whether a different span contains ``[s, e)``."""
        i1 = bisect_left(self.starts, s)
        if i1 and self.prefix_end[i1 - 1] >= e:
            return True
        for i in range(i1, bisect_right(self.starts, s, i1)):
            if self.spans[i][1] > e:
                return True
        return False

    def holds(self, s: int, e: int) -> bool:
        """Whether some span contains ``[s, e)`` or is it."""
        i = bisect_left(self.starts, s)
        return self.covers(s, e) or i < len(self.spans) and self.spans[i] == (s, e)

    def overlaps(self, s: int, e: int) -> bool:
        """Whether some span shares a character with ``[s, e)``."""
        i = bisect_left(self.starts, e)
        return bool(i) and self.prefix_end[i - 1] > s

    def within(self, s: int, e: int) -> list[tuple[int, int]]:
        """Spans lying inside ``[s, e)``."""
        i = bisect_left(self.starts, s)
        out = []
        while i < len(self.spans) and self.spans[i][0] < e:
            if self.spans[i][1] <= e:
                out.append(self.spans[i])
            i += 1
        return out
