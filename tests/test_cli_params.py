"""Wrong query parameters and missing stores through the real `kg` command: one-line errors with close matches, exit 2."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from kg.backends.rdf import RdfBackend
from kg.records import curated_records

KG = Path(sys.executable).with_name("kg")


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cli") / "store"
    with RdfBackend(path) as backend:
        backend.load(list(curated_records()))
    return path


def kg(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(KG), *args], capture_output=True, text=True)


def query(store: Path, name: str, *params: tuple[str, str]) -> subprocess.CompletedProcess[str]:
    flat = [x for key, value in params for x in ("-p", key, value)]
    return kg("query", name, *flat, "--store", str(store), "--format", "csv")


@pytest.mark.parametrize(
    ("name", "params", "bad", "close"),
    [
        ("places-with-all-categories", [("categories", "TAX_DEFERAL,RENT_RELIEF")], "TAX_DEFERAL", "TAX_DEFERRAL"),
        ("category-coverage", [("group", "FISCALL")], "FISCALL", "FISCAL"),
        ("category-coverage", [("level", "高新区")], "高新区", None),
        ("measures-of-place", [("place", "火星高新区")], "火星高新区", "高新区"),
    ],
)
def test_wrong_value_is_a_usage_error_with_close_matches(store: Path, name: str, params: list[tuple[str, str]], bad: str, close: str | None) -> None:
    proc = query(store, name, *params)
    assert proc.returncode == 2, proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and bad in lines[0] and "Traceback" not in proc.stderr
    if close:
        assert "close matches" in lines[0] and close in lines[0]
    assert proc.stdout == ""


@pytest.mark.parametrize("spelling", ["tax_deferral,rent_relief", "延期缴纳税款,RENT_RELIEF", "Tax filing or payment deferral,rent_relief"])
def test_codes_in_any_case_and_as_labels(store: Path, spelling: str) -> None:
    expected = query(store, "places-with-all-categories", ("categories", "TAX_DEFERRAL,RENT_RELIEF"))
    assert expected.returncode == 0 and len(expected.stdout.splitlines()) > 1
    got = query(store, "places-with-all-categories", ("categories", spelling))
    assert got.returncode == 0, got.stderr
    assert got.stdout == expected.stdout


@pytest.mark.parametrize("spelling", ["杭州高新區", "杭州高新区 ", "杭州高新区"])
def test_place_spellings_find_the_place(store: Path, spelling: str) -> None:
    got = query(store, "measures-of-place", ("place", spelling))
    assert got.returncode == 0, got.stderr
    rows = got.stdout.splitlines()[1:]
    assert rows and all(r.startswith("杭州高新区,") for r in rows)


@pytest.mark.parametrize("command", [["stats"], ["query", "measures-of-place", "-p", "place", "杭州"], ["validate"]])
def test_read_only_command_on_missing_store(tmp_path: Path, command: list[str]) -> None:
    missing = tmp_path / "typo" / "store"
    proc = kg(*command, "--store", str(missing))
    assert proc.returncode == 2
    assert str(missing) in proc.stderr and len(proc.stderr.strip().splitlines()) == 1
    assert not missing.exists() and not missing.parent.exists()


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["-k", "-1"], "-k"),
        (["-k", "0"], "-k"),
        (["--w-category", "0", "--w-text", "0", "--w-docs", "0"], "all 0"),
        (["--w-text", "-1"], "--w-text"),
    ],
)
def test_similar_bounds_are_usage_errors(store: Path, args: list[str], says: str) -> None:
    proc = kg("similar", "杭州高新区", *args, "--store", str(store))
    assert proc.returncode == 2 and says in proc.stderr and proc.stdout == ""


def test_not_found_is_exit_2_in_query_similar_and_viz(store: Path, tmp_path: Path) -> None:
    runs = [
        kg("query", "measures-of-place", "-p", "place", "火星高新区", "--store", str(store)),
        kg("similar", "火星高新区", "--store", str(store)),
        kg("viz", "--place", "火星高新区", "--store", str(store), "-o", str(tmp_path / "page.html")),
    ]
    for proc in runs:
        assert proc.returncode == 2, proc.stderr
        assert "火星高新区" in proc.stderr and "close matches" in proc.stderr


def test_similar_finds_a_traditional_spelling(store: Path) -> None:
    simplified = kg("similar", "杭州高新区", "--no-explain", "--format", "csv", "--store", str(store))
    traditional = kg("similar", "杭州高新區", "--no-explain", "--format", "csv", "--store", str(store))
    assert simplified.returncode == traditional.returncode == 0, traditional.stderr
    assert traditional.stdout == simplified.stdout and len(simplified.stdout.splitlines()) > 1


def test_stats_names_the_store(store: Path) -> None:
    proc = kg("stats", "--store", str(store))
    assert proc.returncode == 0 and str(store) in proc.stderr


def test_categories_lists_the_taxonomy() -> None:
    from kg.taxonomy import taxonomy

    proc = kg("categories", "--format", "csv")
    assert proc.returncode == 0
    rows = proc.stdout.splitlines()[1:]
    tax = taxonomy()
    assert len(rows) == len(tax.categories) == 35
    assert {r.split(",")[0] for r in rows} == set(tax.categories)
    fiscal = kg("categories", "--group", "fiscal", "--format", "csv").stdout.splitlines()[1:]
    assert fiscal and all(r.split(",")[3] == "FISCAL" for r in fiscal)
    wrong = kg("categories", "--group", "FISCALL")
    assert wrong.returncode == 2 and "--group" in wrong.stderr and "FISCAL" in wrong.stderr


def test_query_help_describes_that_query() -> None:
    from kg.queries import get

    stored = get("category-coverage")
    proc = kg("query", "category-coverage", "--help")
    assert proc.returncode == 0
    assert stored.title in proc.stdout
    for p in stored.params:
        assert p.name in proc.stdout and p.description in proc.stdout
    assert ", ".join(stored.columns) in proc.stdout
    assert "Run a stored query" in kg("query", "--help").stdout


def test_table_fits_the_terminal_unless_wide(store: Path) -> None:
    from wcwidth import wcswidth

    args = ["query", "measures-of-place", "-p", "place", "杭州高新区", "--store", str(store)]
    fitted = subprocess.run([str(KG), *args], capture_output=True, text=True, env={**os.environ, "COLUMNS": "80"})
    assert fitted.returncode == 0
    lines = fitted.stdout.splitlines()
    assert all(wcswidth(line) <= 80 for line in lines) and any("…" in line for line in lines)
    assert all("\t" not in line for line in lines)
    wide = subprocess.run([str(KG), *args, "--wide"], capture_output=True, text=True, env={**os.environ, "COLUMNS": "80"})
    assert max(wcswidth(line) for line in wide.stdout.splitlines()) > 80 and "…" not in wide.stdout


def test_jsonl_has_one_object_a_line(store: Path) -> None:
    import json

    rows = json.loads(kg("query", "measures-of-place", "-p", "place", "杭州高新区", "--store", str(store), "--format", "json").stdout)
    lines = kg("query", "measures-of-place", "-p", "place", "杭州高新区", "--store", str(store), "--format", "jsonl").stdout.splitlines()
    assert rows and [json.loads(line) for line in lines] == rows
