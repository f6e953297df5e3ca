"""Hostile input never crashes a run or loses the good part of it.

Every fixture is written by the test: control characters, noncharacters,
private-use code points and lone surrogates in names and doc_ids, line
separators inside strings, deep nesting, huge numbers, NaN, unwritable
outputs, missing files, unreadable folders and bad symbolic links.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg import identity
from kg.backends.rdf import RdfBackend
from kg.cli.common import emit
from kg.files import OutputError, atomic_open, write_text
from kg.model import Record, RecordError
from kg.records import Problem, dumps, read_path
from kg.text import clean_name, clean_text

from helpers import REPO, record_a

KG = Path(sys.executable).with_name("kg")
HOSTILE_NAMES = {
    "nul": "杭州\x00市",
    "c0": "杭\x01州\x1f",
    "del": "杭州\x7f",
    "c1": "杭州\x85\x9f",
    "nonchar": "杭州\ufdd0\uffff",
    "private": "杭\ue000州",
    "surrogate": "杭\ud800州",
    "tab": "杭\t州",
    "plane16": "杭州\U0010fffd",
}


def kg(*args: str, cwd: Path, store: Path | None = None, prefix: tuple[str, ...] = ()) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    if store is not None:
        env["KG_STORE"] = str(store)
    return subprocess.run([*prefix, str(KG), *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=300)


def record_json(doc_id: str, place: str, agency: str = "经信局", **measure: object) -> dict:
    return {
        "doc_id": doc_id,
        "entities": [{"name": place, "type": "Region", "text": f"{place}的证据"}, {"name": agency, "type": "Agency"}],
        "measures": [{"region": place, "agency": agency, "categories": ["TAX_DEFERRAL"], "text": "允许延期缴纳税款。", **measure}],
    }


def write_lines(path: Path, lines: list[str]) -> Path:
    path.write_bytes(("\n".join(lines) + "\n").encode("utf-8", "surrogatepass"))
    return path


def no_traceback(proc: subprocess.CompletedProcess[str]) -> None:
    assert "Traceback" not in proc.stderr, proc.stderr


# -- defect 2: code points IRIs and stores do not take -------------------------------------------


@pytest.mark.parametrize("name", HOSTILE_NAMES.values(), ids=HOSTILE_NAMES.keys())
def test_every_iri_is_valid_whatever_the_name(name: str) -> None:
    for etype in ("Region", "Agency", "Enterprise", "PolicyDocument"):
        ox.NamedNode(identity.entity_iri(etype, name))  # Oxigraph refuses an invalid IRI
    ox.NamedNode(identity.document_iri(name))
    ox.NamedNode(identity.measure_iri(name, 0))


def test_iri_keeps_chinese_and_escapes_the_rest() -> None:
    assert identity.document_iri("杭州 a/b%\x01\ue000") == identity.ID + "document/杭州%20a%2Fb%25%01%EE%80%80"


def test_hostile_names_load_cleaned(tmp_path: Path) -> None:
    lines = [json.dumps(record_json(f"doc-{k}", v)) for k, v in HOSTILE_NAMES.items()]
    lines.append(json.dumps(record_json("tab\there\x01", "宁波")))
    store = tmp_path / "store"
    proc = kg("load", str(write_lines(tmp_path / "h.jsonl", lines)), cwd=tmp_path, store=store)
    assert proc.returncode == 0, proc.stderr
    with RdfBackend(store) as backend:
        back = {r.doc_id: r for r in backend.records()}
    assert set(back) == {f"doc-{k}" for k in HOSTILE_NAMES} | {"tab here"}
    for k, raw in HOSTILE_NAMES.items():
        rec = back[f"doc-{k}"]
        assert rec.entities[0].name == clean_name(raw), k
        assert rec.measures[0].region == clean_name(raw)
    assert back["doc-private"].measures[0].region == "杭\ue000州"
    assert back["doc-surrogate"].measures[0].region == "杭\ufffd州"


def test_build_folder_with_tab_in_a_file_name(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "甲\t乙\x01.txt").write_text("杭州市对中小企业减免房租。\n", encoding="utf-8")
    (docs / "丙.txt").write_text("宁波市允许企业延期缴纳税款。\n", encoding="utf-8")
    store = tmp_path / "store"
    proc = kg("build", str(docs), cwd=tmp_path, store=store)
    assert proc.returncode == 0, proc.stderr
    assert "loaded 2 documents" in proc.stderr
    with RdfBackend(store) as backend:
        assert sorted(backend.documents()) == ["丙", "甲 乙"]


def test_extract_writes_lone_surrogates_as_escapes(tmp_path: Path) -> None:
    rec = Record.from_dict(record_json("s", "杭州"))
    rec = Record(doc_id="s\ud800", entities=rec.entities, measures=rec.measures)
    line = dumps(rec)
    line.encode("utf-8")  # would raise UnicodeEncodeError with a raw surrogate
    assert "\\ud800" in line and json.loads(line)["doc_id"] == "s\ud800"


# -- defect 3: line separators inside strings ------------------------------------------------------


def test_jsonl_splits_at_lf_only(tmp_path: Path) -> None:
    text = "甲\u2028乙\u2029丙\u0085丁\x1c戊\x1d己\x1e庚\r辛"
    rec = Record.from_dict(record_json("seps", "杭州", text=text))
    path = tmp_path / "seps.jsonl"
    path.write_text(dumps(rec) + "\n" + "{broken\n" + dumps(Record.from_dict(record_json("two", "宁波"))) + "\n", encoding="utf-8")
    assert "\u2028" in path.read_text(encoding="utf-8")  # written raw, as kg extract does
    items = list(read_path(path))
    assert [i.doc_id for i in items if isinstance(i, Record)] == ["seps", "two"]
    assert [str(i) for i in items if isinstance(i, Problem)] == [f"{path}:2: malformed JSON: Expecting property name enclosed in double quotes (column 2)"]
    assert items[0].measures[0].text == clean_text(text)  # type: ignore[union-attr]


# -- defect 4: one bad line is one error -----------------------------------------------------------


def test_bad_lines_are_errors_and_good_lines_load(tmp_path: Path) -> None:
    good = [json.dumps(record_json("good-1", "杭州")), json.dumps(record_json("good-2", "宁波"))]
    bad = {
        "[" * 100_000 + "]" * 100_000: "nested too deeply",
        '{"doc_id": "big", "n": ' + "9" * 5000 + "}": "more than 4300 digits",
        json.dumps(record_json("inf", "温州", amount_cny=1)).replace('"amount_cny": 1', '"amount_cny": 1e309'): "1e309 is too large",
        json.dumps(record_json("nan", "温州", amount_cny=1)).replace('"amount_cny": 1', '"amount_cny": NaN'): "NaN",
        json.dumps(record_json("minf", "温州", cap_cny=1)).replace('"cap_cny": 1', '"cap_cny": -Infinity'): "-Infinity",
        json.dumps(record_json("huge", "温州", amount_cny=2**63)): "amounts must be below 2^63",
        b"\xff\xfe bad bytes".decode("latin-1"): "not UTF-8",
    }
    lines = [good[0], *bad, good[1]]
    path = tmp_path / "mixed.jsonl"
    path.write_bytes(b"\n".join(line.encode("latin-1" if line.startswith("\xff") else "utf-8") for line in lines) + b"\n")
    store = tmp_path / "store"
    proc = kg("load", str(path), cwd=tmp_path, store=store)
    no_traceback(proc)
    assert proc.returncode == 1
    errors = [line for line in proc.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == len(bad)
    for lineno, (error, expected) in enumerate(zip(errors, bad.values()), 2):
        assert error.startswith(f"error: {path}:{lineno}: ") and expected in error, error
    with RdfBackend(store) as backend:
        assert sorted(backend.documents()) == ["good-1", "good-2"]
    for fmt in ("json", "table"):
        checked = kg("validate", "--format", fmt, cwd=tmp_path, store=store)
        no_traceback(checked)
        assert checked.returncode == 0, checked.stderr
    assert json.loads(kg("validate", "--format", "json", cwd=tmp_path, store=store).stdout) == []


@pytest.mark.parametrize("value", [float("nan"), float("inf"), -float("inf")])
def test_json_output_is_always_json(value: float, capsys: pytest.CaptureFixture[str]) -> None:
    emit(["x"], [[value], [1.5]], "json")
    assert json.loads(capsys.readouterr().out) == [{"x": None}, {"x": 1.5}]


# -- defect 9: output files -----------------------------------------------------------------------


@pytest.fixture()
def docs(tmp_path: Path) -> Path:
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "a.txt").write_text("杭州市对中小企业减免房租。\n", encoding="utf-8")
    return folder


@pytest.mark.parametrize("target, message", [
    ("missing/out.jsonl", "folder missing does not exist"),
    ("/dev/full", "No space left on device"),
])
def test_extract_output_errors_are_one_line(docs: Path, target: str, message: str) -> None:
    proc = kg("extract", str(docs), "-o", target, cwd=docs.parent)
    no_traceback(proc)
    assert proc.returncode == 1 and message in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1, proc.stderr


def test_extract_into_a_folder_is_a_usage_error(docs: Path) -> None:
    proc = kg("extract", str(docs), "-o", str(docs), cwd=docs.parent)
    no_traceback(proc)
    assert proc.returncode == 2 and "directory" in proc.stderr


def test_export_errors_are_one_line(docs: Path, tmp_path: Path) -> None:
    store = tmp_path / "store"
    assert kg("build", str(docs), cwd=tmp_path, store=store).returncode == 0
    (tmp_path / "taken").write_text("x", encoding="utf-8")
    for args in (["export", "-f", "csv", "-o", "taken"], ["export", "-f", "graphml", "-o", "no/such.graphml"],
                 ["viz", "-o", "no/such.html"]):
        proc = kg(*args, cwd=tmp_path, store=store)
        no_traceback(proc)
        assert proc.returncode != 0 and proc.stderr.startswith("error: "), (args, proc.stderr)
    assert (tmp_path / "taken").read_text(encoding="utf-8") == "x"


def test_failed_write_leaves_the_previous_file(tmp_path: Path) -> None:
    target = tmp_path / "out.jsonl"
    target.write_text("previous\n", encoding="utf-8")
    with pytest.raises(RuntimeError), atomic_open(target) as out:
        out.write("half of the new")
        raise RuntimeError("the producer failed")
    assert target.read_text(encoding="utf-8") == "previous\n"
    assert [p.name for p in tmp_path.iterdir()] == ["out.jsonl"]  # no temporary file left
    write_text(target, "new\n")
    assert target.read_text(encoding="utf-8") == "new\n"
    with pytest.raises(OutputError, match="No space left"):
        write_text("/dev/full", "x" * 100_000)
    with pytest.raises(OutputError, match="is a folder"):
        write_text(tmp_path, "x")



def test_binary_atomic_write_for_images(tmp_path: Path) -> None:
    """The heatmap PNG goes through the same atomic write, in binary mode."""
    target = tmp_path / "map.png"
    target.write_bytes(b"old png")
    with pytest.raises(RuntimeError), atomic_open(target, encoding=None) as out:
        out.write(b"\x89PNG half")
        raise RuntimeError("drawing failed")
    assert target.read_bytes() == b"old png" and [p.name for p in tmp_path.iterdir()] == ["map.png"]
    with atomic_open(target, encoding=None) as out:
        out.write(b"\x89PNG whole")
    assert target.read_bytes() == b"\x89PNG whole"

# -- defect 10: batch rules -----------------------------------------------------------------------


def test_missing_files_and_bad_links_are_reported_and_the_rest_done(docs: Path) -> None:
    (docs / "broken.txt").symlink_to("nowhere.txt")
    (docs / "self.txt").symlink_to("self.txt")
    (docs / "up").symlink_to(".")
    proc = kg("extract", str(docs), "missing.txt", cwd=docs.parent)
    no_traceback(proc)
    assert proc.returncode == 1
    assert [json.loads(line)["doc_id"] for line in proc.stdout.splitlines()] == ["a"]
    for expected in ("missing.txt: no such file", "broken.txt: broken symbolic link", "self.txt: symbolic link loop",
                     "up: symbolic link loop"):
        assert expected in proc.stderr, proc.stderr


def test_load_reports_a_missing_file_and_loads_the_rest(tmp_path: Path) -> None:
    good = write_lines(tmp_path / "good.jsonl", [json.dumps(record_json("g", "杭州"))])
    store = tmp_path / "store"
    proc = kg("load", "missing.jsonl", str(good), cwd=tmp_path, store=store)
    no_traceback(proc)
    assert proc.returncode == 1 and "missing.jsonl: no such file" in proc.stderr
    with RdfBackend(store) as backend:
        assert backend.documents() == ["g"]


def test_unreadable_folder_is_reported(docs: Path) -> None:
    locked = docs / "locked"
    locked.mkdir()
    (locked / "b.txt").write_text("宁波市减免房租。\n", encoding="utf-8")
    prefix: tuple[str, ...] = ()
    if os.geteuid() == 0:  # root reads everything: drop the capabilities that bypass permissions
        setpriv = shutil.which("setpriv")
        if setpriv is None:
            if os.environ.get("CI") == "true":
                pytest.fail("setpriv (util-linux) is needed to test permissions as root")
            pytest.skip("running as root without setpriv")
        prefix = (setpriv, "--bounding-set=-dac_override,-dac_read_search", "--inh-caps=-dac_override,-dac_read_search")
    locked.chmod(0)
    try:
        proc = kg("extract", str(docs), cwd=docs.parent, prefix=prefix)
    finally:
        locked.chmod(0o755)
    no_traceback(proc)
    assert proc.returncode == 1 and "locked: cannot read the folder" in proc.stderr, proc.stderr
    assert [json.loads(line)["doc_id"] for line in proc.stdout.splitlines()] == ["a"]


# -- defect 12: trimming and counting -------------------------------------------------------------


@pytest.mark.parametrize("doc_id", ["  ", "\t\n", "\x01\x02", "\u2028"])
def test_blank_doc_id_is_rejected(doc_id: str) -> None:
    with pytest.raises(RecordError, match="doc_id is"):
        Record.from_dict(record_json(doc_id, "杭州"))


def test_agency_and_policy_document_are_trimmed() -> None:
    d = record_json("t", "杭州", agency="经信局")
    d["entities"].append({"name": "若干措施", "type": "PolicyDocument"})
    d["measures"][0].update(agency="  经信局\t", policy_document="\n若干措施 ")
    m = Record.from_dict(d).measures[0]
    assert (m.agency, m.policy_document) == ("经信局", "若干措施")


def test_document_count_is_distinct(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "same.txt").write_text("杭州市对中小企业减免房租。\n", encoding="utf-8")
    (docs / "same.md").write_text("宁波市允许企业延期缴纳税款。\n", encoding="utf-8")
    proc = kg("build", str(docs), cwd=tmp_path, store=tmp_path / "store")
    assert proc.returncode == 1, proc.stderr
    assert "loaded 1 documents" in proc.stderr
    assert f"{docs / 'same.txt'}: skipped, its document id 'same' is {docs / 'same.md'}'s too" in proc.stderr


def test_curated_record_unchanged_by_cleaning() -> None:
    rec = record_a()
    assert Record.from_dict(json.loads(dumps(rec))) == rec
