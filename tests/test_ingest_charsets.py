"""The class optimisation of ``re``'s compiler, memoised by ``ingest.charsets``: the same code, computed once."""

from re import _compiler, _parser

import ingest  # noqa: F401  (importing the extractor memoises the optimisation)
from ingest.charsets import _memoised

PATTERNS = ["[\u4e00-\u9fff]{1,6}率", "[^,;。\\d]{0,8}?(企业|项目)", "[甲乙丙]+|[\\d.]+%", "(?i)[a-zé]+"]


def _compiled(pattern: str) -> list[int]:
    return _compiler._code(_parser.parse(pattern, 0), _parser.parse(pattern, 0).state.flags)


def test_the_extractor_compiles_its_classes_through_the_cache() -> None:
    assert hasattr(_compiler._optimize_charset, "__wrapped__")


def test_memoised_classes_compile_to_the_code_they_compiled_to_before() -> None:
    memoised = _compiler._optimize_charset
    original = memoised.__wrapped__
    try:
        _compiler._optimize_charset = original
        before = [_compiled(p) for p in PATTERNS]
    finally:
        _compiler._optimize_charset = memoised
    assert [_compiled(p) for p in PATTERNS] == before
    assert [_compiled(p) for p in PATTERNS] == before  # (the second time from the cache)


def test_a_class_is_optimised_once() -> None:
    calls: list[object] = []

    def counted(*args: object) -> tuple[list[tuple[object, object]], bool]:
        calls.append(args)
        return _compiler._optimize_charset.__wrapped__(*args)

    optimise = _memoised(counted)
    han = _parser.parse("[一-鿿]", 0)[0][1]
    assert optimise(han) == optimise(list(han)) and len(calls) == 1
    bitmap = _parser.parse("[a-z0-9_]", 0)[0][1]  # (optimised to a bitmap, a list)
    first, second = optimise(bitmap), optimise(bitmap)
    assert first == second and len(calls) == 2
    first[0][0][1].append(0)  # a caller changing its copy changes no other caller's
    assert optimise(bitmap) == _compiler._optimize_charset.__wrapped__(bitmap)
