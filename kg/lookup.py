"""The one name resolver of every command and query: a name as typed -> the nodes it names.

Two spellings name the same thing when their :func:`kg.names.key` agree
under the kind of the thing named (width, script, whitespace, marks,
bracketed qualifiers, and a Region's 省/市 suffix), or when the name is the
node's id itself.  An unknown name is an error listing close spellings, never
an empty answer.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from typing import Iterable

from . import names


@dataclass(frozen=True)
class Name:
    """One spelling of a node: a name or alias of an entity, a document's id or title."""

    spelling: str
    kind: str
    node: str


def close_matches(word: str, candidates: Iterable[str], n: int = 6) -> list[str]:
    """Near spellings first, then candidates containing the word or contained in it."""
    pool = sorted(set(candidates))
    near = difflib.get_close_matches(word, pool, n=n, cutoff=0.5)
    k = names.key(word)
    near += [c for c in pool if c not in near and k and (k in names.key(c) or names.key(c) in k)]
    return near[:n]


class NameIndex:
    """Spellings of nodes, looked up by key; built once per command from the graph or the store."""

    def __init__(self, entries: Iterable[Name]) -> None:
        self._by_key: dict[tuple[str, str], list[Name]] = {}
        self._by_node: dict[str, list[Name]] = {}
        for e in entries:
            if not e.spelling:
                continue
            self._by_key.setdefault((e.kind, names.key(e.spelling, e.kind)), []).append(e)
            self._by_node.setdefault(e.node, []).append(e)

    def find(self, value: str, kinds: Iterable[str]) -> list[Name]:
        """The spellings of ``kinds`` (in that order, then as given) whose key is ``value``'s, or of the node ``value``."""
        found: list[Name] = []
        for kind in kinds:
            found += self._by_key.get((kind, names.key(value, kind)), ())
            found += [e for e in self._by_node.get(value, ()) if e.kind == kind and e not in found]
        return found

    def spellings(self, kinds: Iterable[str]) -> list[str]:
        wanted = set(kinds)
        return [e.spelling for (kind, _), entries in self._by_key.items() if kind in wanted for e in entries]

    def hint(self, value: str, kinds: Iterable[str], n: int = 6) -> str:
        """'; close matches: ...' for a name that names nothing (empty when nothing is close)."""
        close = close_matches(value, self.spellings(kinds), n=n)
        return f"; close matches: {', '.join(close)}" if close else ""
