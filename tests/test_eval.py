"""`kg eval` agrees exactly with the reference scorer in ../shared/eval on the dev set."""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from helpers import SHARED

KG = Path(sys.executable).with_name("kg")
KEYS = SHARED / "gold" / "dev"
SCORER = SHARED / "eval" / "score.py"
TEXT_DIRS = [SHARED / "dev", SHARED / "corpus"]


def _needs_shared() -> None:
    if not (SCORER.is_file() and KEYS.is_dir()):
        if os.environ.get("CI") == "true":
            pytest.fail("../shared/eval/score.py or ../shared/gold/dev is missing in CI")
        pytest.skip("../shared is not beside this checkout")


def _reference_scorer():
    spec = importlib.util.spec_from_file_location("reference_score", SCORER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def predictions(tmp_path_factory: pytest.TempPathFactory) -> Path:
    _needs_shared()
    out = tmp_path_factory.mktemp("eval") / "pred.jsonl"
    texts = [str(d) for d in TEXT_DIRS if d.is_dir()]
    with out.open("w", encoding="utf-8") as f:
        proc = subprocess.run([str(KG), "extract", *texts], stdout=f, stderr=subprocess.PIPE, text=True)
    assert proc.returncode == 0, proc.stderr
    return out


def test_eval_agrees_with_reference_scorer(predictions: Path) -> None:
    overall, per_doc, unkeyed = _reference_scorer().score(str(KEYS), str(predictions))
    proc = subprocess.run([str(KG), "eval", str(KEYS), "--pred", str(predictions), "--per-doc", "--format", "json"],
                          capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    got = json.loads(proc.stdout)
    assert got["overall"] == overall
    assert got["per_doc"] == per_doc and len(per_doc) >= 26
    assert got["unkeyed"] == unkeyed
    assert any(s["tp"] and (s["fp"] or s["fn"]) for s in overall.values())  # a score that is neither 0 nor 1


def test_eval_extracts_texts_itself(predictions: Path) -> None:
    texts = [str(d) for d in TEXT_DIRS if d.is_dir()]
    from_texts = subprocess.run([str(KG), "eval", str(KEYS), *texts, "--format", "json"], capture_output=True, text=True)
    from_pred = subprocess.run([str(KG), "eval", str(KEYS), "--pred", str(predictions), "--format", "json"], capture_output=True, text=True)
    assert from_texts.returncode == 0, from_texts.stderr
    assert json.loads(from_texts.stdout) == json.loads(from_pred.stdout)


def test_eval_needs_texts_or_predictions(tmp_path: Path) -> None:
    (tmp_path / "k.json").write_text('{"doc_id": "k", "entities": []}', encoding="utf-8")
    proc = subprocess.run([str(KG), "eval", str(tmp_path)], capture_output=True, text=True)
    assert proc.returncode == 2 and "--pred" in proc.stderr
    bad = tmp_path / "bad.jsonl"
    bad.write_text("{not json\n", encoding="utf-8")
    proc = subprocess.run([str(KG), "eval", str(tmp_path), "--pred", str(bad)], capture_output=True, text=True)
    assert proc.returncode == 2 and f"{bad}:1" in proc.stderr and "Traceback" not in proc.stderr
