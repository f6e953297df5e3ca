"""Property: whatever Unicode a record holds, `kg extract`'s writer and `kg load` keep it (as documented, cleaned).

Records are written with the writer `kg extract` uses (:func:`kg.records.dumps`,
one per line, UTF-8), loaded by the real `kg load` command into an embedded
store and read back: names, doc_id and evidence come back equal to their
cleaned form (:mod:`kg.text`).
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from kg.backends.rdf import RdfBackend
from kg.cli import cli
from kg.model import Entity, Measure, Record, Relation
from kg.records import dumps
from kg.text import clean_name, clean_text

# every code point, lone surrogates, controls, noncharacters and private use included
ANY_TEXT = st.text(alphabet=st.characters(exclude_categories=()), max_size=30)
SEPARATORS = st.sampled_from(["\u2028", "\u2029", "\x85", "\x1c", "\x1d", "\x1e", "\r", "\t", "\x00", "\ud800", "\ufdd0", "\ue000"])
HOSTILE = st.lists(st.one_of(ANY_TEXT, SEPARATORS), min_size=1, max_size=4).map("".join)



@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One store for every example: each load also replaces the previous example's document when doc_ids meet."""
    return tmp_path_factory.mktemp("store")


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(doc_id=HOSTILE, place=HOSTILE, firm=HOSTILE, place_text=HOSTILE, measure_text=HOSTILE, relation_text=HOSTILE)
def test_written_records_load_back_cleaned(store: Path, doc_id: str, place: str, firm: str, place_text: str, measure_text: str,
                                           relation_text: str) -> None:
    assume(clean_name(doc_id) and clean_name(place) and clean_name(firm) and clean_name(place) != clean_name(firm))
    record = Record(
        doc_id=doc_id,
        entities=(Entity(place, "Region", text=place_text), Entity(firm, "Enterprise")),
        measures=(Measure(region=place, categories=("TAX_DEFERRAL",), beneficiaries=(firm,), text=measure_text),),
        relations=(Relation("LOCATED_IN", firm, place, text=relation_text),),
    )
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "records.jsonl"
        path.write_text(dumps(record) + "\n", encoding="utf-8")  # must never raise UnicodeEncodeError
        result = CliRunner().invoke(cli, ["load", "--store", str(store), str(path)])
    assert result.exit_code == 0, result.output
    with RdfBackend(store) as backend:
        back = [r for r in backend.records() if r.doc_id == clean_name(doc_id)]
    assert len(back) == 1
    rec = back[0]
    names = {e.type: e for e in rec.entities}
    assert names["Region"].name == clean_name(place)
    assert names["Enterprise"].name == clean_name(firm)
    assert names["Region"].text == (clean_text(place_text) or None)
    (m,) = rec.measures
    assert (m.region, m.beneficiaries, m.text) == (clean_name(place), (clean_name(firm),), clean_text(measure_text) or None)
    (r,) = rec.relations
    assert (r.subject, r.object, r.text) == (clean_name(firm), clean_name(place), clean_text(relation_text) or None)
