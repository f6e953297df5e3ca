"""Peak memory of ``kg load`` against the size of its JSONL input; it should stay flat.

Each size gets a synthetic JSONL file (bench/synth.py records, written as
they are generated) loaded by ``kg load`` in a fresh subprocess into a fresh
store; the peak resident set of that process is read from the OS.  The
reference beside it is Oxigraph alone: the quads kg stored, dumped to
N-Quads and bulk-loaded into a fresh store in pieces of the size kg's loader
hands over, in a fresh process (what the storage engine itself takes).

Usage: python bench/bench_load_memory.py [--sizes 10,100,300] [--gb] [--store-only] [--no-reference] [--dir DIR]
(``--gb`` adds the 1,000 MB case, which takes a long while on 2 cores;
``--store-only`` feeds the store from a line-by-line parse instead of the
JSONL reader, to tell the store's share of the peak from the reader's.)
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent)]  # this checkout's kg, not an installed one

from synth import records  # noqa: E402

from kg.backends.rdf_load import BULK_FILE  # noqa: E402
from kg.records import dumps  # noqa: E402

MB = 1 << 20


def write_jsonl(path: Path, megabytes: int) -> int:
    """Write records until the file holds ``megabytes`` MB; returns the record count."""
    target = megabytes * MB
    written = n = 0
    with path.open("w", encoding="utf-8") as out:
        for rec in records(places=5_000, measures=10**9, docs=10**8):
            line = dumps(rec) + "\n"
            out.write(line)
            written += len(line.encode())
            n += 1
            if written >= target:
                return n
    return n


KG_LOAD = "from kg.cli import main; sys.argv = ['kg', 'load', '--store', sys.argv[1], sys.argv[2]]; main()"
#: Oxigraph alone: the N-Quads file (argv[2]) bulk-loaded into a fresh store (argv[1]) in pieces of BULK_FILE bytes (kg not imported)
OXIGRAPH_ONLY = (
    f"import os, pyoxigraph as ox; BULK_FILE = {BULK_FILE}\n"
    "store, piece = ox.Store(sys.argv[1]), sys.argv[1] + '.piece.nq'\n"
    "with open(sys.argv[2], 'rb') as src:\n"
    "    while chunk := src.read(BULK_FILE) + src.readline():\n"
    "        open(piece, 'wb').write(chunk); store.bulk_load(path=piece, format=ox.RdfFormat.N_QUADS)\n"
    "os.unlink(piece); store.flush()"
)
STORE_ONLY = (
    "import json; from kg.backends.rdf import RdfBackend; from kg.model import Record\n"
    "lines = open(sys.argv[2], encoding='utf-8')\n"
    "RdfBackend(sys.argv[1]).load(Record.from_dict(json.loads(line)) for line in lines)"
)


def peak_load(path: Path, store: Path, program: str) -> tuple[float, float, float]:
    """Run ``program`` (kg load or the store alone) on ``path``; returns (wall seconds, CPU seconds, peak RSS in MB) of that process."""
    started = time.perf_counter()
    code = (
        "import resource, sys\ntry:\n" + "".join(f"    {line}\n" for line in program.splitlines())
        + "finally:\n    use = resource.getrusage(resource.RUSAGE_SELF)\n"
        "    print(use.ru_utime + use.ru_stime, use.ru_maxrss, file=sys.stderr)"
    )
    proc = subprocess.run([sys.executable, "-c", code, str(store), str(path)], capture_output=True, text=True, env=os.environ,
                          cwd=HERE.parent)  # python -c imports kg from its working folder
    if proc.returncode != 0:
        raise SystemExit(f"kg load failed: {proc.stderr.strip()}")
    cpu, peak_kb = proc.stderr.strip().splitlines()[-1].split()
    return time.perf_counter() - started, float(cpu), int(peak_kb) / 1024


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="10,100,300", help="input sizes in MB, comma-separated")
    ap.add_argument("--gb", action="store_true", help="also measure a 1,000 MB input")
    ap.add_argument("--store-only", action="store_true", help="bypass the JSONL reader (see above)")
    ap.add_argument("--no-reference", action="store_true", help="skip Oxigraph's own load of the same quads")
    ap.add_argument("--dir", type=Path, default=None, help="where to write the inputs and stores [default: a temporary folder]")
    args = ap.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")] + ([1000] if args.gb else [])
    assert resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # Linux reports KB
    if args.dir is not None:
        args.dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=args.dir) as tmp:
        print("store alone (line-by-line parse)" if args.store_only else "kg load")
        print(f"{'input MB':>9} {'records':>9} {'wall s':>8} {'CPU s':>8} {'peak RSS MB':>12} {'Oxigraph alone MB':>18}")
        for size in sizes:
            path, store = Path(tmp) / f"in-{size}.jsonl", Path(tmp) / f"store-{size}"
            n = write_jsonl(path, size)
            seconds, cpu, peak = peak_load(path, store, STORE_ONLY if args.store_only else KG_LOAD)
            path.unlink()
            reference = "" if args.no_reference else f"{oxigraph_peak(store, Path(tmp) / f'quads-{size}.nq'):.0f}"
            shutil.rmtree(store)
            print(f"{size:>9} {n:>9} {seconds:>8.1f} {cpu:>8.1f} {peak:>12.0f} {reference:>18}", flush=True)


def oxigraph_peak(store: Path, quads: Path) -> float:
    """Peak RSS in MB of Oxigraph alone bulk-loading the quads of ``store`` (dumped to ``quads``) into a fresh store."""
    import pyoxigraph as ox

    ox.Store(str(store)).dump(output=str(quads), format=ox.RdfFormat.N_QUADS)
    fresh = quads.with_suffix(".store")
    try:
        return peak_load(quads, fresh, OXIGRAPH_ONLY)[2]
    finally:
        quads.unlink()
        shutil.rmtree(fresh, ignore_errors=True)


if __name__ == "__main__":
    main()
