"""Policy documents: titles in 《》 and numbered packages named after a place (“北京19条”).

A short title that ends a longer one seen before (《通知》 after
《关于…的通知》) is a back-reference, not a new document.  Titles of
newspapers and magazines are skipped.
"""

from __future__ import annotations

import re

from .mentions import HAN, Mention

_TITLE = re.compile(r"《([^《》\n]{2,120})》")
_PERIODICAL = re.compile(r"(日报|晚报|早报|时报|周刊|杂志|期刊|学报|报)$")
_PACKAGE = re.compile(f"[“「\"]([{HAN}]{{2,4}}) ?(\\d{{1,2}}|[一二三四五六七八九十]{{1,3}}) ?条[”」\"]")
SHORT = 6


def _clean(s: str) -> str:
    return re.sub(r"\s+", "", s)


def find_documents(text: str) -> list[Mention]:
    """Policy-document mentions in text order; back-references carry the earlier title as name."""
    out: list[Mention] = []
    for m in _TITLE.finditer(text):
        title = _clean(m.group(1))
        if _PERIODICAL.search(title):
            continue
        if len(title) <= SHORT:
            earlier = next((d.name for d in reversed(out) if d.name.endswith(title) and d.name != title), None)
            if earlier is not None:
                out.append(Mention(m.start(), m.end(), "PolicyDocument", earlier, title))
                continue
            if len(title) < 4:
                continue
        out.append(Mention(m.start(), m.end(), "PolicyDocument", title, title))
    for m in _PACKAGE.finditer(text):
        name = _clean(m.group(1) + m.group(2) + "条")
        out.append(Mention(m.start(), m.end(), "PolicyDocument", name, name))
    return sorted(out, key=lambda d: d.start)
