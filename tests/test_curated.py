"""Checks on the hand-curated dataset in kg/data/curated/records.jsonl.

Tests that compare against the source documents need the corpus folder
(``../shared/corpus`` next to the repository).  Without it they are skipped,
except when the environment variable CI is ``true``: then a missing corpus is
a failure.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest

from kg.model import Record
from kg.records import Problem, read_path

ROOT = Path(__file__).resolve().parents[1]
RECORDS = ROOT / "kg" / "data" / "curated" / "records.jsonl"
CORPUS = ROOT.parent / "shared" / "corpus"

FOUR_WAY = ("TAX_DEFERRAL", "SOCIAL_INSURANCE_RELIEF", "UNEMPLOYMENT_INSURANCE_REFUND", "PROPERTY_LAND_TAX_RELIEF")
TABLE3_DOC = "001_786b084bdaddb78c"
MIN_COPIED_RUN = 12


def corpus_dir() -> Path:
    if CORPUS.is_dir():
        return CORPUS
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"corpus folder {CORPUS.name!r} not found next to the repository (required when CI=true)")
    pytest.skip("corpus folder not available")


def load_records() -> list[Record]:
    items = list(read_path(RECORDS))
    problems = [str(p) for p in items if isinstance(p, Problem)]
    assert not problems, problems
    return items  # type: ignore[return-value]


def raw_lines() -> list[dict]:
    return [json.loads(line) for line in RECORDS.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_records_parse_without_problems():
    records = load_records()
    assert len(records) == 5
    ids = [r.doc_id for r in records]
    assert ids == sorted(ids)
    assert len(set(ids)) == len(ids)
    for r in records:
        assert r.title and r.publisher and r.date
        assert r.entities and r.measures and r.relations


def test_every_measure_has_summary_and_section_and_no_text():
    for rec in raw_lines():
        for i, m in enumerate(rec["measures"]):
            where = f"{rec['doc_id']} measures[{i}]"
            assert m.get("text") is None, where
            assert isinstance(m.get("summary"), str) and m["summary"].strip(), where
            assert isinstance(m.get("section"), str) and m["section"].strip(), where
            assert len(m["summary"]) <= 45, where
    for rec in load_records():
        for m in rec.measures:
            assert m.text is None and m.summary and m.section


def test_records_follow_the_manifest():
    corpus = corpus_dir()
    manifest = json.loads((corpus / "manifest.json").read_text(encoding="utf-8"))
    records = load_records()
    assert [r.doc_id for r in records] == [m["id"] for m in manifest]
    for rec, meta in zip(records, manifest):
        assert (rec.title, rec.publisher, rec.date) == (meta["title"], meta["publisher"], meta["date"])


def longest_shared_run(text: str, source: str) -> str:
    """The longest substring of ``text`` that also occurs in ``source``."""
    best = ""
    for i in range(len(text)):
        j = i + len(best) + 1
        while j <= len(text) and text[i:j] in source:
            best = text[i:j]
            j += 1
    return best


def test_summaries_are_not_copied_from_the_source():
    corpus = corpus_dir()
    for rec in raw_lines():
        source = (corpus / f"{rec['doc_id']}.txt").read_text(encoding="utf-8")
        squeezed = re.sub(r"\s+", "", source)
        for i, m in enumerate(rec["measures"]):
            summary = m["summary"]
            for src in (source, squeezed):
                run = longest_shared_run(summary, src)
                assert len(run) < MIN_COPIED_RUN, f"{rec['doc_id']} measures[{i}] copies {run!r}"


def parse_table3(text: str) -> dict[str, tuple[bool, bool, bool, bool]]:
    """Rows of 图表3 as place -> √ marks of the four columns (税费, 社保费, 失业保险费, 房产税/土地使用税)."""
    lines = text.splitlines()
    start = next(i for i, line in enumerate(lines) if re.match(r"\s*图表\s*3", line))
    rows: dict[str, tuple[bool, bool, bool, bool]] = {}
    for line in lines[start + 1:]:
        if line.startswith("资料来源"):
            break
        cells = line.split("\t")
        if len(cells) < 6:
            continue
        province, area = cells[0].strip(), cells[1].strip()
        if not province or province == "省份":  # header rows, also when repeated after a page break
            continue
        rows[area or province] = tuple(c.strip() == "√" for c in cells[2:6])  # type: ignore[assignment]
    return rows


def test_table3_rows_match_the_corpus_table():
    corpus = corpus_dir()
    table = parse_table3((corpus / f"{TABLE3_DOC}.txt").read_text(encoding="utf-8"))
    assert len(table) >= 20
    rec = next(r for r in load_records() if r.doc_id == TABLE3_DOC)

    def canonical(name: str) -> str:
        ent = rec.entity(name)
        assert ent is not None and ent.type in ("Region", "Zone"), name
        return ent.name

    got: dict[str, set[str]] = {}
    for m in rec.measures:
        if m.section == "图表3":
            got.setdefault(canonical(m.region), set()).update(m.categories)

    expected_rows = {canonical(p): {c for c, mark in zip(FOUR_WAY, marks) if mark} for p, marks in table.items()}
    assert got == expected_rows

    expected_all_four = {canonical(p) for p, marks in table.items() if all(marks)}
    all_four = {
        canonical(m.region) for m in rec.measures if m.section == "图表3" and set(FOUR_WAY) <= set(m.categories)
    }
    assert expected_all_four and all_four == expected_all_four
