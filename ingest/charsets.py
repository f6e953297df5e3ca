"""Character classes of regular expressions optimised once per process, not once per occurrence.

The extractor compiles some 800 patterns, most when its modules load, and
``re``'s compiler spends about a third of that in ``_optimize_charset``: a
class holding a range is rebuilt code point by code point, and the classes
of Chinese characters (``[一-鿿]`` alone some 200 times) span 21,000 of them.
The optimisation is a pure function of the class, so :func:`memoise` keeps
its result by the class's items; the compiled patterns are the same as
before, only start-up is shorter (and so is each pattern compiled later, a
gate's variant or a pattern built from a document's words).
"""

from __future__ import annotations

from typing import Any, Callable

from re import _compiler

_Optimised = tuple[list[tuple[Any, Any]], bool]


def memoise() -> None:
    """Route ``re``'s class optimisation through a cache (once; later calls change nothing).

    The function is private to ``re``: where a Python version has none of that name, patterns compile as they are.
    """
    original = getattr(_compiler, "_optimize_charset", None)
    if original is not None and not hasattr(original, "__wrapped__"):
        _compiler._optimize_charset = _memoised(original)


def _memoised(original: Callable[..., _Optimised]) -> Callable[..., _Optimised]:
    """``original`` behind a dict keyed by the class's items and the case functions; a class compiled with case
    fixes (``re.IGNORECASE`` over Unicode), or with an item that cannot be a key, goes straight to ``original``."""
    cache: dict[tuple[Any, ...], _Optimised] = {}

    def optimise(charset: list[tuple[Any, Any]], iscased: Any = None, fixup: Any = None, fixes: Any = None) -> _Optimised:
        if fixes is not None:
            return original(charset, iscased, fixup, fixes)
        key = (tuple(charset), iscased, fixup)
        try:
            found = cache.get(key)
        except TypeError:
            return original(charset, iscased, fixup, fixes)
        if found is None:
            found = cache[key] = original(charset, iscased, fixup, fixes)
        out, cased = found
        # a fresh list of fresh bitmaps for each caller: the compiler only reads them, but nothing shared can change
        return [(op, list(av) if isinstance(av, list) else av) for op, av in out], cased

    optimise.__wrapped__ = original  # type: ignore[attr-defined]
    return optimise
