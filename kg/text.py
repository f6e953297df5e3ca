"""Cleaning of text that comes from records, so that every store and export can hold it.

Rules (also in the README, under "Bad input"):

* free text (evidence, summary, section, title ...): a lone surrogate becomes
  U+FFFD; noncharacters (U+FDD0–FDEF, U+xFFFE/U+xFFFF) and control characters
  other than TAB, LF and CR (U+0000–001F, U+007F, U+0080–009F) are removed;
* names and document ids: the same, then every run of whitespace (TAB, LF,
  U+2028 ...) becomes one space and the ends are trimmed.

Private-use characters are kept: rare Chinese characters are often encoded
there, and IRIs percent-encode them.
"""

from __future__ import annotations

import re

_SURROGATE = re.compile("[\ud800-\udfff]")
_NONCHAR = "\ufdd0-\ufdef" + "".join(f"{chr(p * 0x10000 + 0xFFFE)}{chr(p * 0x10000 + 0xFFFF)}" for p in range(17))
_DROP = re.compile(f"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f{_NONCHAR}]")
_SPACES = re.compile(r"\s+")


def clean_text(value: str) -> str:
    """Free text any store accepts: no lone surrogates, noncharacters or stray controls."""
    return _DROP.sub("", _SURROGATE.sub("\ufffd", value))


def clean_name(value: str) -> str:
    """A name or document id: :func:`clean_text`, whitespace runs to one space, trimmed."""
    return _SPACES.sub(" ", clean_text(value)).strip()
