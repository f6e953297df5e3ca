"""The extract and build commands."""

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from ingest.batch import WINDOW, run
from kg.cli.extract import build, commands, extract


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    (tmp_path / "sub").mkdir()
    (tmp_path / "a.txt").write_text("杭州高新区安排5亿元专项资金支持企业复工。", encoding="utf-8")
    (tmp_path / "sub" / "b.md").write_text("# 标题\n宁波市对中小企业减免房租。\n", encoding="utf-8")
    (tmp_path / "sub" / "c.html").write_text("<p>广州市为企业开通绿色通道。</p>", encoding="utf-8")
    (tmp_path / "ignored.csv").write_text("x,y", encoding="utf-8")
    return tmp_path


def test_commands_list() -> None:
    assert [c.name for c in commands] == ["extract", "build"]


def test_extract_folder_jsonl(corpus: Path) -> None:
    result = CliRunner().invoke(extract, [str(corpus)])
    assert result.exit_code == 0, result.output
    ids = [json.loads(line)["doc_id"] for line in result.stdout.splitlines()]
    assert ids == ["a", "b", "c"]


def test_extract_json_and_output_file(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.json"
    result = CliRunner().invoke(extract, [str(corpus / "a.txt"), "--format", "json", "-o", str(out)])
    assert result.exit_code == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data[0]["doc_id"] == "a" and data[0]["measures"]


def test_jobs_give_identical_bytes(corpus: Path) -> None:
    one = CliRunner().invoke(extract, [str(corpus)])
    two = CliRunner().invoke(extract, [str(corpus), "--jobs", "2"])
    assert one.exit_code == two.exit_code == 0
    assert one.stdout == two.stdout


def test_json_list_is_written_record_by_record_as_one_list(corpus: Path) -> None:
    lines = CliRunner().invoke(extract, [str(corpus), "--jobs", "2"]).stdout.splitlines()
    listed = CliRunner().invoke(extract, [str(corpus), "--format", "json", "--jobs", "2"])
    assert listed.exit_code == 0
    assert listed.stdout == json.dumps([json.loads(x) for x in lines], ensure_ascii=False, indent=1) + "\n"
    (corpus / "empty.txt").write_bytes(b"")
    none = CliRunner().invoke(extract, [str(corpus / "empty.txt"), "--format", "json"])
    assert none.exit_code == 1 and none.stdout == "[]\n"


def test_workers_are_handed_a_bounded_window(tmp_path: Path) -> None:
    """The first record comes out before the rest of the input is even taken: memory does not grow with the batch."""
    paths = []
    for i in range(12):
        p = tmp_path / f"d{i:02d}.txt"
        p.write_text(f"杭州高新区安排{i + 1}亿元专项资金支持企业复工。", encoding="utf-8")
        paths.append(p)
    taken = []

    def files():
        for p in paths:
            taken.append(p)
            yield p

    results = run(files(), 2)
    first = next(results)
    assert first[0] == str(paths[0]) and first[2] is None
    assert len(taken) <= 2 * WINDOW + 1
    rest = list(results)
    assert [r[0] for r in rest] == [str(p) for p in paths[1:]]
    assert all(json.loads(line)["doc_id"] == Path(path).stem for path, line, _ in [first, *rest])


def test_failures_are_reported_and_the_batch_goes_on(corpus: Path) -> None:
    (corpus / "empty.txt").write_bytes(b"")
    result = CliRunner().invoke(extract, [str(corpus), "--progress"])
    assert result.exit_code == 1
    assert len(result.stdout.splitlines()) == 3
    assert "empty.txt: file is empty" in result.stderr


def test_build_loads_the_store(corpus: Path, tmp_path: Path) -> None:
    pytest.importorskip("kg.backends.rdf")
    pytest.importorskip("kg.cli.common")
    result = CliRunner().invoke(build, [str(corpus), "--store", str(tmp_path / "store")])
    assert result.exit_code == 0, result.output
    assert "loaded 3 documents" in result.stderr


def test_two_files_with_one_document_id_are_not_both_taken(tmp_path: Path) -> None:
    """a/x.txt and b/x.md would give two records with doc_id "x", the later replacing the earlier in a store:
    the later is reported and skipped, the rest extracted, exit 1; one file named twice is read once."""
    for sub, name in (("a", "x.txt"), ("b", "x.md"), ("b", "y.txt")):
        (tmp_path / sub).mkdir(exist_ok=True)
        (tmp_path / sub / name).write_text("杭州高新区安排5亿元专项资金支持企业复工。", encoding="utf-8")
    result = CliRunner().invoke(extract, [str(tmp_path)])
    assert result.exit_code == 1
    assert [json.loads(line)["doc_id"] for line in result.stdout.splitlines()] == ["x", "y"]
    assert f"{tmp_path / 'b' / 'x.md'}: skipped, its document id 'x' is {tmp_path / 'a' / 'x.txt'}'s too" in result.stderr
    again = CliRunner().invoke(extract, [str(tmp_path / "a"), str(tmp_path / "a" / "x.txt")])
    assert again.exit_code == 0 and len(again.stdout.splitlines()) == 1


def test_with_workers_the_command_process_loads_no_extractor(corpus: Path) -> None:
    """With workers the command's own process only hands out files and writes records: importing the extractor
    (hundreds of patterns compiled) and loading the gazetteer there would be start-up time spent for nothing."""
    script = (
        "import sys\n"
        "from pathlib import Path\n"
        "from ingest.batch import run\n"
        f"got = list(run(sorted(Path({str(corpus)!r}).glob('*.txt')) + [Path({str(corpus / 'sub' / 'b.md')!r})], 2))\n"
        "assert len(got) == 2 and all(line for _, line, _ in got)\n"
        "print(sorted(m for m in ('ingest.pipeline', 'ingest.measures', 'kg.gazetteer') if m in sys.modules))\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True, cwd=Path(__file__).resolve().parent.parent)
    assert done.stdout.strip() == "[]"
