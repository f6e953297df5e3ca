"""Binding stored-query parameters over HTTP, where no server takes bindings beside the query text.

The embedded store substitutes a parameter variable everywhere in the query,
subqueries included (they project it).  Over the protocol the same effect
comes from a one-row ``VALUES`` block at the start of every group that
mentions the variable: each scope sees the one value, and scopes that join
agree on it.  The values are RDF terms serialised by pyoxigraph (N-Triples
escapes, which SPARQL reads), so user text never becomes query syntax.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Mapping, Sequence

import pyoxigraph as ox

#: a parameter's value: one term, or several (the query answers for each)
Value = ox.Literal | ox.NamedNode | Sequence[ox.Literal | ox.NamedNode]

#: the tokens that matter: strings, IRIs and comments (which may hold braces), variables, words and braces
_TOKEN = re.compile(
    r'"""(?:[^"\\]|\\.|"(?!""))*"""|\'\'\'(?:[^\'\\]|\\.|\'(?!\'\'))*\'\'\''
    r'|"(?:[^"\\\n\r]|\\.)*"|\'(?:[^\'\\\n\r]|\\.)*\''
    r'|<[^<>"{}|^`\\\x00-\x20]*>|#[^\n]*'
    r'|[?$](\w+)|[A-Za-z_]\w*|[{}]|\s+|.',
    re.S,
)


def bind(text: str, values: Mapping[str, Value]) -> str:
    """``text`` with each variable named in ``values`` bound to its term (or terms) in every group that mentions it.

    Groups inside ``LATERAL`` are left alone: they see the value of the group
    around them, and binding it again there is an error.  A subquery starts
    a new scope and gets its own.
    """
    tokens = [(m.group(0), m.group(1)) for m in _TOKEN.finditer(text)]
    groups: dict[int, set[str]] = {}  # index of a group's "{" -> the parameters used inside it
    stack: list[tuple[int, bool]] = []  # open braces: (index, or -1 for no injection; inside LATERAL)
    previous = ""  # the last word, to tell VALUES data and LATERAL groups
    for i, (tok, var) in enumerate(tokens):
        if tok == "{":
            lateral = previous == "LATERAL" or (bool(stack) and stack[-1][1])
            if _next_word(tokens, i).upper() == "SELECT":  # a subquery must stand alone in its braces
                stack.append((-1, False))
            elif previous == "VALUES" or lateral:
                stack.append((-1, lateral))
            else:
                stack.append((i, False))
                groups[i] = set()
        elif tok == "}":
            stack.pop()
        elif var in values:
            for start, _ in stack:
                if start >= 0:
                    groups[start].add(var)
        if tok[0].isalpha() or tok in "{}":
            previous = tok.upper()
    out: list[str] = []
    for i, (tok, _) in enumerate(tokens):
        out.append(tok)
        used = sorted(groups.get(i, ()))
        if used:
            rows = itertools.product(*(_terms(values[v]) for v in used))
            out.append(" VALUES (" + " ".join("?" + v for v in used) + ") { " + " ".join("(" + " ".join(map(str, r)) + ")" for r in rows) + " } ")
    return "".join(out)


def _terms(value: Value) -> Sequence[ox.Literal | ox.NamedNode]:
    return (value,) if isinstance(value, (ox.Literal, ox.NamedNode)) else value


def _next_word(tokens: list[tuple[str, str | None]], i: int) -> str:
    for tok, _ in tokens[i + 1:]:
        if not tok.isspace() and not tok.startswith("#"):
            return tok
    return ""
