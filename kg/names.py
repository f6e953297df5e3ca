"""Name normalisation shared by identity, extraction and querying.

Two spellings of one name must give one key: full-width and half-width forms,
traditional and simplified script, stray spaces, book-title marks and
bracketed qualifiers all vanish, and a Region loses its 省/市/自治区 suffix
(浙江省 = 浙江).  Keys are for matching only; display names stay as written.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from functools import lru_cache

from .text import clean_text

_BRACKETS = re.compile(r"[（(【\[][^）)】\]]*[）)】\]]")
_MARKS = str.maketrans("", "", "《》〈〉“”\"'‘’「」『』")
_SPACE = re.compile(r"\s+")
_REGION_SUFFIX = re.compile(r"(维吾尔自治区|壮族自治区|回族自治区|自治区|特别行政区|省|市)$")


@lru_cache(maxsize=None)
def converter(config: str) -> Callable[[str], str]:
    """OpenCC's conversion by config name (hk2s, tw2sp, s2t…), loaded once."""
    import opencc

    return opencc.OpenCC(config).convert


def is_traditional(text: str) -> bool:
    """Written wholly in traditional script: simplifying changes it and making it traditional does not.

    The second test keeps names such as 乾安县, whose 乾 a converter would also simplify, out.
    """
    return to_simplified(text) != text and converter("s2t")(text) == text


def to_simplified(text: str) -> str:
    """Traditional (also Hong Kong forms: 衞, 綫) to simplified script, character for character where possible.

    hk2s is t2s with the Hong Kong variants folded first; it leaves simplified text as it is.
    """
    return converter("hk2s")(text)


@lru_cache(maxsize=65536)
def clean(name: str) -> str:
    """A display name: NFKC, simplified, no marks, whitespace or characters :func:`kg.text.clean_text` drops.

    Cached: extraction looks the same names up in the gazetteer again and again."""
    s = unicodedata.normalize("NFKC", clean_text(name))
    s = to_simplified(s).translate(_MARKS)
    return _SPACE.sub("", s)


@lru_cache(maxsize=65536)
def key(name: str, etype: str | None = None) -> str:
    """The matching key of a name: :func:`clean`, bracketed parts removed, Region suffix dropped."""
    s = _BRACKETS.sub("", clean(name)) or clean(name)
    if etype == "Region" and len(s) > 2:
        s = _REGION_SUFFIX.sub("", s) or s
    return s
