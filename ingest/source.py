"""What a reader hands the extractor: the text, and the document's own metadata when it states it."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Document:
    """The text a reader produced (fact offsets point into it) and the title, date and publisher it gives."""

    text: str
    title: str | None = None
    date: str | None = None
    publisher: str | None = None
