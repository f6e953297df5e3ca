"""``kg eval``: score the extractor (or any extraction records) against the user's own answer keys."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import click

from ..evaluate import METRICS, Report, evaluate
from .common import EXIT_FAILED, EXIT_USAGE, emit, fail, format_option, say


def _read_keys(folder: Path) -> dict[str, dict[str, Any]]:
    keys: dict[str, dict[str, Any]] = {}
    for path in sorted(folder.glob("*.json")):
        try:
            keys[path.stem] = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            fail(f"{path}: not a JSON answer key ({exc})", EXIT_USAGE)
    if not keys:
        fail(f"{folder}: no answer keys (*.json) in this folder", EXIT_USAGE)
    return keys


def _read_predictions(path: Path) -> dict[str, dict[str, Any]]:
    preds: dict[str, dict[str, Any]] = {}
    with path.open(encoding="utf-8") as lines:
        for n, line in enumerate(lines, 1):
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
                preds[rec["doc_id"]] = rec
            except (json.JSONDecodeError, KeyError, TypeError) as exc:
                fail(f"{path}:{n}: not an extraction record ({exc})", EXIT_USAGE)
    return preds


def _extract(texts: tuple[Path, ...]) -> tuple[dict[str, dict[str, Any]], int]:
    """Records extracted from the texts (files or folders), and how many could not be read."""
    from ingest.batch import collect, run

    files, problems = collect(texts)
    for problem in problems:
        say(f"error: {problem}")
    preds: dict[str, dict[str, Any]] = {}
    failed = len(problems)
    for path, line, error in run(files, jobs=1):
        if error:
            say(f"error: {path}: {error}")
            failed += 1
        elif line:
            rec = json.loads(line)
            preds[rec["doc_id"]] = rec
    return preds, failed


def _rows(scores: dict[str, Any]) -> list[list[Any]]:
    return [[m, s.precision, s.recall, s.f1, s.tp, s.fp, s.fn] for m, s in ((m, scores[m]) for m in METRICS)]


def _print(report: Report, fmt: str, per_doc: bool) -> None:
    if fmt == "json":
        out: dict[str, Any] = {"overall": {m: s.as_dict() for m, s in report.overall.items()}}
        if per_doc:
            out["per_doc"] = {d: {m: s.as_dict() for m, s in ms.items()} for d, ms in report.per_doc.items()}
        out["unkeyed"] = report.unkeyed
        click.echo(json.dumps(out, ensure_ascii=False, indent=1))
        return
    if per_doc:
        emit(["doc_id", "metric", "precision", "recall", "f1", "tp", "fp", "fn"],
             [[d, *row] for d, ms in report.per_doc.items() for row in _rows(ms)], fmt)
    else:
        emit(["metric", "precision", "recall", "f1", "tp", "fp", "fn"], _rows(report.overall), fmt)


@click.command("eval")
@click.argument("gold_dir", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.argument("texts", nargs=-1, type=click.Path(exists=True, path_type=Path))
@click.option("--pred", type=click.Path(exists=True, dir_okay=False, path_type=Path), help="Score these extraction records (.jsonl) instead of extracting TEXTS.")
@click.option("--per-doc", is_flag=True, help="One row per document and metric instead of the totals.")
@format_option
def eval_cmd(gold_dir: Path, texts: tuple[Path, ...], pred: Path | None, per_doc: bool, fmt: str) -> None:
    """Precision, recall and F1 of extraction against answer keys, per entity type and fact kind.

    GOLD_DIR holds one DOC_ID.json answer key per document (the extraction
    record format).  TEXTS (files or folders) are extracted and scored; or
    --pred scores records made earlier.  Keyed documents without a prediction
    count as predicting nothing.

    \b
    Examples:
      kg eval my-keys/ my-texts/
      kg eval my-keys/ --pred records.jsonl --per-doc --format json
    """
    if bool(texts) == (pred is not None):
        raise click.UsageError("give either TEXTS to extract or --pred FILE.jsonl")
    keys = _read_keys(gold_dir)
    preds, failed = (_read_predictions(pred), 0) if pred else _extract(texts)
    report = evaluate(keys, preds)
    _print(report, fmt, per_doc)
    if report.unkeyed:
        say(f"no answer key for: {', '.join(report.unkeyed)}")
    if failed:
        raise SystemExit(EXIT_FAILED)


commands = [eval_cmd]
