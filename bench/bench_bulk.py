"""The bulk path to a SPARQL server beside ``kg load``, in one run: wall time, CPU time and peak memory of each command.

Each step is the command line of docs/scale.md, run as its own process on
bench/synth.py's records (written once as JSON Lines):

- ``kg load records.jsonl`` into a fresh embedded store: the reference;
- ``kg export -f nquads --shape dataset`` of the JSON Lines file, and of that store;
- ``oxigraph dump`` of the store (the other way to make the file);
- ``oxigraph load`` of the exported file into a fresh folder, whose quads are
  then counted against the store's.

Usage: python bench/bench_bulk.py [--measures 10000] [--places 1000] [--docs 100]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "tests"))

from synth import records  # noqa: E402

from kg.records import write_jsonl  # noqa: E402

KG = [sys.executable, "-c", "import sys; from kg.cli import main; sys.argv[0] = 'kg'; main()"]


def run(label: str, argv: list[str], cwd: Path, quads: int | None = None) -> float:
    """Run one command; print its wall and CPU seconds (the process's own, from wait4), peak RSS and quads/s."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(HERE.parent), os.environ.get("PYTHONPATH")]))}
    env.pop("KG_BACKEND", None)
    t0 = time.perf_counter()
    proc = subprocess.Popen(argv, cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, use = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t0
    err = proc.stderr.read().decode() if proc.stderr else ""
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode:
        raise SystemExit(f"{label} failed ({proc.returncode}):\n{err}")
    cpu = use.ru_utime + use.ru_stime
    rate = f", {quads / wall:,.0f} quads/s ({quads / cpu:,.0f} per CPU second)" if quads else ""
    print(f"{label}: {wall:.1f} s wall, {cpu:.1f} s CPU, peak {use.ru_maxrss / 1024:.0f} MiB{rate}", flush=True)
    return wall


def quads_in(path: Path) -> int:
    with path.open("rb") as f:
        return sum(1 for _ in f)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--measures", type=int, default=10_000)
    ap.add_argument("--places", type=int, default=1_000)
    ap.add_argument("--docs", type=int, default=100)
    args = ap.parse_args()
    from sparql_server import _command

    oxigraph = _command()
    with tempfile.TemporaryDirectory(prefix="kg-bench-bulk-") as name:
        tmp = Path(name)
        with (tmp / "records.jsonl").open("w", encoding="utf-8") as out:
            write_jsonl(records(args.places, args.measures, args.docs), out)
        print(f"{args.measures:,} measures, {args.places:,} places, {args.docs:,} documents", flush=True)
        store = ["--store", "store"]
        run("kg load records.jsonl (reference)", [*KG, "load", "records.jsonl", *store], tmp)
        run("oxigraph dump of the store", [oxigraph, "dump", "--location", "store", "--file", "dump.nq"], tmp)
        n = quads_in(tmp / "dump.nq")  # the store's quads: the rates below are per quad of the dataset
        export = [*KG, "export", "-f", "nquads", "--shape", "dataset"]
        run("kg export --shape dataset of records.jsonl", [*export, "-o", "dataset.nq", "records.jsonl"], tmp, n)
        run("kg export --shape dataset of the store", [*export, *store, "-o", "from-store.nq"], tmp, n)
        written = quads_in(tmp / "dataset.nq")
        run("oxigraph load of the exported dataset", [oxigraph, "load", "--location", "bulk", "--file", "dataset.nq"], tmp, written)
        import pyoxigraph as ox

        held = {p: len(ox.Store.read_only(str(tmp / p))) for p in ("store", "bulk")}
        print(f"quads: {written:,} lines written; the store holds {held['store']:,}, the bulk-loaded folder {held['bulk']:,}")


if __name__ == "__main__":
    main()
