"""The kg command line, run as a user runs it: real files, a real store, exit codes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import rdflib
import rdflib.compare

from kg.records import dumps
from kg.rdfmap import taxonomy_nquads
from kg.resources import schema_dir

from helpers import SHARED, record_a, record_b


def kg(*args: str, store: Path, check: bool = True) -> subprocess.CompletedProcess:
    """Run the installed ``kg`` console script."""
    env = {**os.environ, "KG_STORE": str(store)}
    exe = Path(sys.executable).with_name("kg")
    proc = subprocess.run([str(exe), *args], capture_output=True, text=True, env=env, cwd=store.parent)
    if check:
        assert proc.returncode == 0, proc.stderr
    return proc


@pytest.fixture()
def files(tmp_path: Path) -> dict[str, Path]:
    good = tmp_path / "good.jsonl"
    good.write_text(dumps(record_a()) + "\n" + dumps(record_b()) + "\n", encoding="utf-8")
    bad_cat = json.loads(dumps(record_b()))
    bad_cat["doc_id"] = "doc-bad-category"
    bad_cat["measures"][0]["categories"] = ["FREE_LUNCH"]
    no_region = json.loads(dumps(record_b()))
    no_region["doc_id"] = "doc-no-region"
    del no_region["measures"][0]["region"]
    mixed = tmp_path / "mixed.jsonl"
    mixed.write_text(
        "\n".join([dumps(record_a()), '{"doc_id": "x", "entities": [', json.dumps(bad_cat, ensure_ascii=False), json.dumps(no_region, ensure_ascii=False)]) + "\n",
        encoding="utf-8",
    )
    return {"good": good, "mixed": mixed}


def test_load_stats_query_and_idempotence(tmp_path: Path, files: dict[str, Path]) -> None:
    store = tmp_path / "store"
    kg("load", str(files["good"]), store=store)
    first = json.loads(kg("stats", "--format", "json", store=store).stdout)
    kg("load", str(files["good"]), store=store)
    assert json.loads(kg("stats", "--format", "json", store=store).stdout) == first
    counts = {row["what"]: row["count"] for row in first}
    assert counts["Document"] == 2 and counts["Measure"] == 3
    out = json.loads(kg("query", "measures-of-place", "-p", "place", "滨江高新园", "--format", "json", store=store).stdout)
    assert {r["categories"] for r in out} == {"RENT_RELIEF,SPECIAL_FUND"}
    csv_out = kg("query", "measures-of-place", "-p", "place", "杭州", "--format", "csv", store=store).stdout
    assert csv_out.splitlines()[0].startswith("place_name,") and "杭州" in csv_out


def test_bad_input_names_file_and_line_and_loads_the_rest(tmp_path: Path, files: dict[str, Path]) -> None:
    store = tmp_path / "store"
    proc = kg("load", str(files["mixed"]), store=store, check=False)
    assert proc.returncode == 1
    errors = [line for line in proc.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 3
    assert f"{files['mixed']}:2: malformed JSON" in errors[0]
    assert f"{files['mixed']}:3:" in errors[1] and "unknown category code 'FREE_LUNCH'" in errors[1]
    assert f"{files['mixed']}:4:" in errors[2] and "region is missing" in errors[2]
    # the good record is loaded, nothing of the bad ones is
    assert kg("stats", "--documents", "--format", "csv", store=store).stdout.split() == ["doc_id", "doc-a"]


def test_remove_and_unknown_document(tmp_path: Path, files: dict[str, Path]) -> None:
    store = tmp_path / "store"
    kg("load", str(files["good"]), store=store)
    kg("remove", "doc-b", store=store)
    assert kg("stats", "--documents", "--format", "csv", store=store).stdout.split() == ["doc_id", "doc-a"]
    proc = kg("remove", "doc-b", store=store, check=False)
    assert proc.returncode == 1 and "doc-b is not in the store" in proc.stderr


def test_query_usage_errors_exit_2(tmp_path: Path) -> None:
    store = tmp_path / "store"
    proc = kg("query", "measures-of-place", store=store, check=False)
    assert proc.returncode == 2 and "needs -p place" in proc.stderr
    proc = kg("query", "no-such-query", store=store, check=False)
    assert proc.returncode == 2 and "no stored query named 'no-such-query'" in proc.stderr
    listing = kg("query", "--list", store=store).stdout
    assert "measures-of-place" in listing and "places-by-category" in listing


def test_validate_passes_on_a_loaded_graph(tmp_path: Path, files: dict[str, Path]) -> None:
    store = tmp_path / "store"
    kg("load", str(files["good"]), store=store)
    proc = kg("validate", store=store)
    assert "conforms" in proc.stderr


def test_missing_file_is_reported(tmp_path: Path) -> None:
    proc = kg("load", str(tmp_path / "nope.jsonl"), store=tmp_path / "store", check=False)
    assert proc.returncode == 1 and "nope.jsonl: no such file" in proc.stderr


def test_gold_answer_keys_load_and_validate(tmp_path: Path) -> None:
    gold = SHARED / "gold" / "dev"
    if not gold.is_dir():
        if os.environ.get("CI") == "true":
            pytest.fail("../shared/gold/dev is missing in CI")
        pytest.skip("../shared/gold/dev is not beside this checkout")
    store = tmp_path / "store"
    files = [str(p) for p in sorted(gold.glob("*.json"))]
    kg("load", *files, store=store)
    before = kg("stats", "--format", "json", store=store).stdout
    kg("load", *files, store=store)
    assert kg("stats", "--format", "json", store=store).stdout == before
    rows = json.loads(kg("query", "measures-of-place", "-p", "place", "杭州高新区", "--format", "json", store=store).stdout)
    assert rows and all(r["place_name"] == "杭州高新区" for r in rows)
    kg("validate", store=store)


def test_shipped_category_scheme_matches_the_taxonomy() -> None:
    shipped = rdflib.Graph().parse(schema_dir() / "categories.ttl", format="turtle")
    generated = rdflib.Dataset()
    generated.parse(data="\n".join(taxonomy_nquads()), format="nquads")
    flat = rdflib.Graph()
    for q in generated.quads((None, None, None, None)):
        flat.add(q[:3])
    assert rdflib.compare.isomorphic(shipped, flat)
    assert len(set(shipped.subjects(rdflib.RDF.type, rdflib.URIRef("https://w3id.org/policykg/ontology#Category")))) == 35


def test_demo_runs_in_a_fresh_folder(tmp_path: Path) -> None:
    proc = kg("demo", "--store", str(tmp_path / "demo-store"), "--out", str(tmp_path / "pages"), store=tmp_path / "unused")
    assert "Which places offered all four fiscal reliefs" in proc.stdout
    for name in ("demo-network.html", "demo-heatmap.png", "demo-heatmap.html"):
        assert (tmp_path / "pages" / name).stat().st_size > 1000
    assert '"label": "BENEFITS"' in (tmp_path / "pages" / "demo-network.html").read_text(encoding="utf-8")
    proc = kg("demo", "--store", str(tmp_path / "demo-store"), store=tmp_path / "unused", check=False)
    assert proc.returncode == 2 and "not empty" in proc.stderr
