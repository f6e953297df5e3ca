"""``kg load`` reads back the RDF ``kg export`` writes: the same store again."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner
from test_netgraph import sample_records

from kg.backends.rdf import RdfBackend
from kg.cli import cli
from kg.records import write_jsonl

FORMATS = {"turtle": "ttl", "ntriples": "nt", "nquads": "nq", "trig": "trig", "jsonld": "jsonld"}


def nquads(store: Path) -> list[str]:
    """The store's quads as sorted N-Quads lines."""
    backend = RdfBackend(store)
    try:
        text = ox.serialize(backend._ox, format=ox.RdfFormat.N_QUADS).decode()  # noqa: SLF001
    finally:
        backend.close()
    return sorted(text.splitlines())


@pytest.fixture(scope="module")
def original(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("orig")
    with open(folder / "records.jsonl", "w", encoding="utf-8") as f:
        write_jsonl(sample_records(), f)
    result = CliRunner().invoke(cli, ["load", "--store", str(folder / "store"), str(folder / "records.jsonl")])
    assert result.exit_code == 0, result.output
    return folder / "store"


@pytest.mark.parametrize("fmt", list(FORMATS))
def test_export_then_load_gives_the_same_store(tmp_path: Path, original: Path, fmt: str) -> None:
    out = tmp_path / f"graph.{FORMATS[fmt]}"
    runner = CliRunner()
    result = runner.invoke(cli, ["export", "--store", str(original), "-f", fmt, "-o", str(out)])
    assert result.exit_code == 0, result.output
    result = runner.invoke(cli, ["load", "--store", str(tmp_path / "fresh"), str(out)])
    assert result.exit_code == 0, result.output
    assert nquads(tmp_path / "fresh") == nquads(original)


def test_unknown_and_broken_files_get_one_error(tmp_path: Path) -> None:
    (tmp_path / "a.rdf").write_text("<rdf:RDF/>", encoding="utf-8")
    (tmp_path / "b.ttl").write_text("@prefix broken\n" * 4097, encoding="utf-8")
    result = CliRunner().invoke(cli, ["load", "--store", str(tmp_path / "s"), str(tmp_path / "a.rdf"),
                                      str(tmp_path / "b.ttl")])
    assert result.exit_code == 1
    errors = [line for line in result.output.splitlines() if line.startswith("error:")]
    assert len(errors) == 2
    assert "a.rdf" in errors[0] and ".ttl" in errors[0]
    assert "b.ttl" in errors[1] and "not valid Turtle" in errors[1] and "line 1" in errors[1]
    assert "Traceback" not in result.output


def test_turtle_round_trip_of_the_answer_keys(tmp_path: Path) -> None:
    keys = sorted((Path(__file__).parent.parent / ".." / "shared" / "gold" / "dev").glob("*.json"))
    if not keys:
        pytest.skip("../shared/gold/dev is not here")
    runner = CliRunner()
    assert runner.invoke(cli, ["load", "--store", str(tmp_path / "orig"), *map(str, keys)]).exit_code == 0
    out = tmp_path / "all.ttl"
    assert runner.invoke(cli, ["export", "--store", str(tmp_path / "orig"), "-f", "turtle", "-o", str(out)]).exit_code == 0
    assert runner.invoke(cli, ["load", "--store", str(tmp_path / "fresh"), str(out)]).exit_code == 0
    assert nquads(tmp_path / "fresh") == nquads(tmp_path / "orig")
