"""Policy documents: titles in 《》, title lines of formal notices, and packages (“北京19条”, 「纾困九箭」).

A short title that ends a longer one seen before (《通知》 after
《关于…的通知》) is a back-reference, not a new document; so is the line
that wraps a title in its issuer (某省关于…措施, 某政府印发《…》的通知) and
the document number (某府〔2020〕3号) written next to a title.  A notice's
own title often stands on a line of its own without 《》: a line with 关于
(or a wrapped 《》 title) that ends in a document word is a title.  Titles of
newspapers and magazines are skipped.
"""

from __future__ import annotations

import re

from .mentions import HAN, Mention, SpanIndex, is_han
from .places import default_gazetteer

# a title may be broken over a line (text taken from PDFs), never over a sentence
_TITLE = re.compile(r"《([^《》\n。]{2,120}(?:\n[^《》\n。]{1,120})?)》")
_PERIODICAL = re.compile(r"(日报|晚报|早报|时报|周刊|杂志|期刊|学报|报)$")
# a form a firm fills in or signs (《复工备案表》, 《防控承诺书》, 《返岗人员花名册》): paperwork, no policy
_FORM = re.compile(r"((?<!一览)(?<!时间)表|承诺书|花名册|申请书|告知书|确认书)$")
# a standard's number after its title (《国民经济行业分类》(GB/T 4754—2017)): a standard, no policy
_STANDARD_AFTER = re.compile(r"\s*[(（]\s*(?:GB|DB|HJ|JT|YY|QB)\s*[/\d]")
# title marks of a title nested in another (《关于修订〈某规定〉的通知》): not part of the name
_INNER_MARKS = str.maketrans("", "", "〈〉<>")
_NUMBER = r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})"
_PACKAGE = re.compile(f"[“「\"]([{HAN}]{{2,8}}?)(?: ?|[”」\"])({_NUMBER}) ?条((?:措施|政策|举措|意见)?)[”」\"]?")
# a package named in quotes by its count or a package word (「某市振兴经济大补帖」, 「纾困九箭」, “某某十六条”;
# one of something is a way of working, no package: “一企一策”; a package word after a bare noun names none:
# “政策大礼包”, “服务大礼包”)
_QUOTED_PACKAGE = re.compile(
    rf"[“\"]((?:[{HAN}]{{1,14}}?(?:(?!一[条箭招策措板])(?:{_NUMBER})(?:条|箭|招|策|措|板斧)(?:措施|政策|举措)?)"
    rf"|[{HAN}]{{3,14}}?(?<!大)(?:大礼包|礼包|大补帖|补帖|政策包|新政)))[”\"]"
)
# a place's package without quotes, with the noun that follows it (某市21条惠企措施)
_COUNT_TAIL = re.compile(f"[{HAN}]{{0,4}}(?:措施|政策|举措)")
_NUMERALS = set("0123456789一二三四五六七八九十")
# the last words of a document's title
_DOC_END = r"(?:通知|意见|措施|办法|决定|通告|公告|方案|细则|规定|指引|政策|指南|清单|举措|意见稿)"
# the end of a line holding a whole title (a line closing a report or a reply, …的通报, …的批复, is whole too): no
# title's first part, and no line of a print layout to join to the next
TITLE_LINE_END = re.compile(r"(?:" + _DOC_END + r"|通报|批复)$")
# a document number: 某府〔2020〕3号, 某政发电[2020]1号
_DOC_NUMBER = re.compile(rf"[{HAN}]{{1,8}}[〔\[(]\s*(?:19|20)\d\d\s*[〕\])]\s*\d{{1,4}}\s*号")
_NUMBER_AFTER = re.compile(rf"\s?[(（]\s*([{HAN}]{{1,8}}[〔\[(]\s*(?:19|20)\d\d\s*[〕\])]\s*\d{{1,4}}\s*号)\s*[)）]")
# 出台某某若干政策, 出台某某十条措施等政策, 制定出台某某十二条政策措施: an unmarked title named after the verb that issues it
_ISSUED = re.compile(
    rf"(?:制定出台|出台|印发|制定|发布)(?:了|实施)?([{HAN}]{{6,30}}?(?:若干政策|若干措施|若干意见|实施意见|实施细则|实施办法|{_NUMBER}条(?:政策措施|措施|政策|举措)))"
    rf"(?:(?![{HAN}])|(?=等))"
    # 发布关于某某减免租金工作的通知: a notice published under its whole title, opening with 关于
    # (印发 transmits a document the notice carries, named on its own)
    rf"|(?:发布|下发)了?(关于[{HAN}]{{4,40}}?的(?:通知|意见))(?![{HAN}])"
)
# a scheme named without marks where only a title can stand: the whole object of 依据/根据 (依据某某期间工业区纾困
# 方案，…) or what a body rolled out (某部推出的某某贷款方案); 方案, 计划, 办法 and 细则 name one scheme, where
# 政策 and 措施 may be any (根据各项政策)
_SCHEME_END = r"(?:方案|计划|办法|细则)"
_CITED_SCHEME = re.compile(
    rf"(?:依据|根据|依照)([{HAN}]{{6,40}}?{_SCHEME_END})(?![{HAN}])"
    rf"|(?:推出|祭出|提出|出台|制定)的([{HAN}]{{4,30}}?{_SCHEME_END})(?![{HAN}])"
)
# a title carried out beside a marked one (落实某某一揽子政策措施和《某某方案》): written without its marks
_BESIDE_TITLE = re.compile(rf"(?:贯彻落实|落实|贯彻|执行)([{HAN}]{{6,30}}?{_DOC_END})(?=(?:和|及|以及|、)《)")
# words no title cited without marks holds: picking some of many (落实国家各项扶持政策和《…》), or telling what a
# document answers or how it is made (根据防控需要制定应急方案, 依据上级要求细化实施方案): a description
_NOT_TITLE = re.compile("各项|各类|相关|有关|需要|要求|部署|精神|制定|制订|细化|研究|出台|印发")
# a scheme quoted under its name (「某某企业援助计划」, “某某纾困方案”); one of something for each is a way of working
# (“一企一方案”, “一园一策一方案”)
_QUOTED_SCHEME = re.compile(rf"[“\"](?!一[{HAN}]一)([{HAN}]{{4,28}}(?:计划|方案))[”\"]")
# words opening a description, not a title (一系列措施, 详细的实施细则)
_VAGUE = re.compile(r"^(一系列|系列|多项|相关|一批|一揽子|若干|[\u4e00-\u9fff]{2}的)")
# 某政府印发《…》的通知: the transmittal names the title it carries
_TRANSMITTAL = re.compile(r"(?:关于)?(?:印发|转发|下发|发布)$")
_NOT_WRAPPER = re.compile("贯彻|落实|执行|实施|关于")
_ADDRESSEE = re.compile(rf"({_DOC_END})各")
_SENTENCE_MARK = re.compile(r"[。,;:!?、]")
SHORT = 6
#: longest line read as a title
TITLE_LINE_MAX = 120


def _clean(s: str) -> str:
    return "".join(s.split()).translate(_INNER_MARKS)


def find_documents(text: str) -> list[Mention]:
    """Policy-document mentions in text order; back-references carry the earlier title as name."""
    out: list[Mention] = []
    for m in _TITLE.finditer(text):
        title = _clean(m.group(1))
        if _PERIODICAL.search(title) or _FORM.search(title) or _STANDARD_AFTER.match(text, m.end()):
            continue
        if len(title) <= SHORT:
            earlier = next((d.name for d in reversed(out) if d.name.endswith(title) and d.name != title), None)
            if earlier is not None:
                out.append(Mention(m.start(), m.end(), "PolicyDocument", earlier, title))
                continue
            if len(title) < 4:
                continue
        out.append(Mention(m.start(), m.end(), "PolicyDocument", title, title))
        number = _NUMBER_AFTER.match(text, m.end())
        if number:
            # 《…》(某政发〔2020〕10号): the document's number is another name of it
            out.append(Mention(number.start(1), number.end(1), "PolicyDocument", title, _clean(number.group(1))))
    for m in _PACKAGE.finditer(text):
        name = _clean(m.group(1) + m.group(2) + "条" + m.group(3))
        out.append(Mention(m.start(), m.end(), "PolicyDocument", name, name))
    taken = SpanIndex([(d.start, d.end) for d in out])
    for m in _QUOTED_PACKAGE.finditer(text):
        if len(m.group(1)) >= 4 and not taken.overlaps(m.start(), m.end()):
            out.append(Mention(m.start(), m.end(), "PolicyDocument", m.group(1), m.group(1)))
    for m in _QUOTED_SCHEME.finditer(text):
        if not taken.overlaps(m.start(), m.end()) and not _VAGUE.match(m.group(1)):
            out.append(Mention(m.start(), m.end(), "PolicyDocument", m.group(1), m.group(1)))
    out += _bare_packages(text, out)
    out += _title_lines(text)
    out += _issued(text)
    return _wrappers(sorted(out, key=lambda d: d.start))


def _bare_packages(text: str, found: list[Mention]) -> list[Mention]:
    """``某市21条惠企措施`` where the words before the number are a place; later ``21条惠企措施`` refers back."""
    gaz = default_gazetteer()
    packages: list[Mention] = []
    by_count: dict[str, str] = {}
    quoted = SpanIndex([(d.start, d.end) for d in found])
    for m in _counts(text):
        # the two to four characters before the number, starting a word
        at = run = m[0]
        while run > max(0, at - 5) and is_han(text[run - 1]):
            run -= 1
        if not 2 <= at - run <= 4 or quoted.overlaps(run, m[1]):
            continue
        place = text[run:at]
        if gaz.lookup(place) or gaz.lookup(place + "市"):
            name = place + text[at : m[1]]
            packages.append(Mention(run, m[1], "PolicyDocument", name, name))
            if m[2]:
                by_count.setdefault(text[at : m[1]], name)
    if by_count:
        # a later bare count that repeats a package's number and noun is that package
        covered = SpanIndex([(p.start, p.end) for p in packages])
        for s, e, _ in _counts(text):
            name = by_count.get(text[s:e])
            if name is not None and not covered.overlaps(s, e):
                packages.append(Mention(s, e, "PolicyDocument", name, text[s:e]))
    return packages


def _counts(text: str) -> list[tuple[int, int, bool]]:
    """Spans of ``21条`` and ``21条惠企措施`` (with whether a noun follows the count)."""
    out = []
    pos = text.find("条")
    while pos >= 0:
        s = pos
        while s > max(0, pos - 3) and text[s - 1] in _NUMERALS:
            s -= 1
        if s < pos:
            tail = _COUNT_TAIL.match(text, pos + 1)
            out.append((s, tail.end() if tail else pos + 1, tail is not None))
        pos = text.find("条", pos + 1)
    return out


def _lines(text: str) -> list[tuple[int, str]]:
    out, pos = [], 0
    for line in text.split("\n"):
        out.append((pos, line))
        pos += len(line) + 1
    return out


def _title_of_line(line: str) -> tuple[str, int] | None:
    """The title a line states, if it is a title line, with the offset of the title within the line."""
    raw = line.strip()
    lead = len(line) - len(line.lstrip())
    number = _DOC_NUMBER.match(raw)
    if number:
        # 某府〔2020〕3号(某政府关于…的若干措施)
        rest = raw[number.end() :].strip()
        if rest[:1] in "(（" and rest[-1:] in ")）":
            inner = rest[1:-1]
            return (inner, lead + raw.index(inner)) if _is_title(_clean(inner)) else None
        return None
    addressed = _ADDRESSEE.search(raw)
    if addressed and raw.endswith((":", "：")):
        # 某政府关于…的通知各区县人民政府: the title runs into the addressee line
        raw = raw[: addressed.start() + len(addressed.group(1))]
    if raw[-1:] in ")）":
        # a trailing document number in brackets is no part of the title
        cut = max(raw.rfind("("), raw.rfind("（"))
        if cut > 0 and _DOC_NUMBER.search(raw[cut:]):
            raw = raw[:cut]
    return (raw, lead) if _is_title(_clean(raw)) else None


def _is_title(title: str) -> bool:
    if not 10 <= len(title) <= TITLE_LINE_MAX or _SENTENCE_MARK.search(title) or not TITLE_LINE_END.search(title):
        return False
    if title.startswith(("各", "附件", "根据", "按照", "为")):
        return False
    body = title.replace("《", "").replace("》", "")
    return "关于" in body[:-4] or "《" in title and title.index("《") > 0


# the words of a headline telling what a place did with its document (某市出台十条措施), not a title
_HEADLINE_VERB = re.compile("出台|推出|印发|发布|公布|宣布|制定|出炉|召开|通过|获批|启动|亮出|打出|送上|推行|落地|解读|答记者问|实施(?!细则|方案|意见|办法)")
# a place's full name with its level word opening a title (某某省, 某某市, 某某县, 某某区)
_PLACE_OPENING = re.compile(rf"([{HAN}]{{1,8}}?(?:省|市|县|区|自治区|自治州|州|盟|旗))")
_PLACED_TITLE_MAX = 60


def _placed_title(raw: str) -> bool:
    """Whether a whole line is a title opening with its place (某省扶企稳岗行动方案, 某市支持企业
    发展的若干措施): a place the gazetteer knows, a document word at the end, no sentence mark and no verb of a
    headline telling of the document."""
    if not 10 <= len(raw) <= _PLACED_TITLE_MAX or _SENTENCE_MARK.search(raw) or not re.search(_DOC_END + "$", raw) or _HEADLINE_VERB.search(raw):
        return False
    m = _PLACE_OPENING.match(raw)
    return m is not None and len(raw) - m.end() >= 6 and bool(default_gazetteer().lookup(m.group(1)))


def _title_lines(text: str) -> list[Mention]:
    """Titles standing on their own line (a notice's heading), joined when a heading is broken over two lines."""
    out: list[Mention] = []
    lines = _lines(text)
    for i, (pos, line) in enumerate(lines):
        if "关于" not in line and "《" not in line and "号" not in line and _placed_title(line.strip()):
            # 某省扶企稳岗行动方案 on a line of its own: a title that opens with its place, with no 关于
            name = _clean(line)
            out.append(Mention(pos + len(line) - len(line.lstrip()), pos + len(line.rstrip()), "PolicyDocument", name, name))
            continue
        if len(line) > TITLE_LINE_MAX + 40 or "关于" not in line and "《" not in line and "号" not in line:
            continue
        found = _title_of_line(line)
        if found is None:
            raw = line.strip()
            if "关于" not in raw or len(raw) > 60 or _SENTENCE_MARK.search(raw) or TITLE_LINE_END.search(raw):
                continue
            # the title's first part: its end is on one of the next lines
            nxt = next(((p, l) for p, l in lines[i + 1 : i + 4] if l.strip()), None)
            if nxt is None or len(nxt[1]) > 60:
                continue
            joined = _clean(raw + nxt[1])
            if not _is_title(joined):
                continue
            start = pos + len(line) - len(line.lstrip())
            end = nxt[0] + len(nxt[1].rstrip())
            out.append(Mention(start, end, "PolicyDocument", joined.replace("《", "").replace("》", ""), joined))
            continue
        title, at = found
        name = _clean(title).replace("《", "").replace("》", "")
        out.append(Mention(pos + at, pos + at + len(title), "PolicyDocument", name, name))
    # a document number next to a title line names that title
    for pos, line in lines if out else ():
        m = _DOC_NUMBER.match(line.strip()) if "号" in line else None
        if not m:
            continue
        start = pos + len(line) - len(line.lstrip())
        near = [d for d in out if abs(d.start - start) <= 200]
        if near:
            title = min(near, key=lambda d: abs(d.start - start))
            number = _clean(m.group(0))
            out.append(Mention(start, start + m.end(), "PolicyDocument", title.name, number))
    return out


def _issued(text: str) -> list[Mention]:
    """``出台某某若干政策``, ``依据某某纾困方案``, ``落实某某措施和《…》``: a title written without 《》 where only a title
    stands."""
    out = []
    issued = [(m, False) for m in _ISSUED.finditer(text)]
    cited = [(m, True) for m in (*_CITED_SCHEME.finditer(text), *_BESIDE_TITLE.finditer(text))]
    for m, only_cited in issued + cited:
        k = 1 if m.group(1) else 2
        title = m.group(k)
        if not _VAGUE.match(title) and not (only_cited and _NOT_TITLE.search(title)):
            out.append(Mention(m.start(k), m.end(k), "PolicyDocument", title, title))
    return out


def _key(title: str) -> str:
    return title.replace("的", "")


#: how many characters of issuer a wrapping title may hold before the title it wraps
_ISSUER_MOST = 16


def _wrappers(docs: list[Mention]) -> list[Mention]:
    """A title that only wraps another one in its issuer or transmittal (某省关于…, 某政府印发《…》的通知) is that document."""
    names = sorted({d.name for d in docs}, key=len)
    # a title cited with its 的 in one place and without it in another (某某的若干措施, 某某若干措施) is one title
    known = {_key(n): n for n in reversed(names)}
    target: dict[str, str] = {}
    for name in names:
        for body in (name, name[:-3] if name.endswith("的通知") else None):
            if body is None:
                continue
            # the wrapped title ends the name (or comes before 的通知), after at most 16 characters of issuer
            # and its transmittal (某省某市某区某办公室关于印发…的通知)
            at = next((at for at in range(1, min(_ISSUER_MOST + 5, len(body) - 7)) if known.get(_key(body[at:]), name) != name), None)
            if at is not None and (at <= _ISSUER_MOST or _TRANSMITTAL.search(body[:at])) and (not _NOT_WRAPPER.search(body[:at]) or _TRANSMITTAL.search(body[:at])):
                inner = known[_key(body[at:])]
                target[name] = target.get(inner, inner)
                break
    out = []
    for d in docs:
        canon = target.get(d.name)
        out.append(Mention(d.start, d.end, d.type, canon, d.surface if d.surface != canon else d.name) if canon else d)
    return out
