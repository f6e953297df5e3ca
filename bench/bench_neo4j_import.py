"""Time and peak memory of ``kg export -f neo4j-import``, beside ``neo4j-admin database import`` of its output.

The records are bench/synth.py's (10^4 places and 10^5 measures by default),
generated as the writer reads them, so the peak resident set of the writing
process is the writer's own; the same at half the measures and documents
shows how it grows.  ``--cli`` also loads them into a fresh embedded
store and times the command itself (``kg export -f neo4j-import --store S -o
DIR``: reading the store and writing, its writer process included);
``--reference DIR`` times the same command of another checkout of kg (say,
an older version) on the same store in the same run, and checks that both
wrote the same rows.  ``--admin`` runs the import of the files with the
Neo4j jars of the test server (tests/neo4j_server.py) and prints its time.

    python bench/bench_neo4j_import.py [--places 10000] [--measures 100000] [--docs 1000] [--cli [--reference DIR]] [--admin]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
CHILD = """
import json, resource, sys, time
sys.path.insert(0, sys.argv[1])
from synth import records
from kg.neo4j_admin import write_import
places, measures, docs, out = int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]), sys.argv[5]
t0 = time.perf_counter()
write_import(records(places, measures, docs), out)
seconds = time.perf_counter() - t0
use = resource.getrusage(resource.RUSAGE_SELF)
print(json.dumps({"seconds": seconds, "cpu": use.ru_utime + use.ru_stime, "peak_mb": use.ru_maxrss / 1024}))
"""

LOAD = """
import sys
sys.path.insert(0, sys.argv[1])
from synth import records
from kg.backends.rdf import RdfBackend
with RdfBackend(sys.argv[5]) as store:
    store.load(records(int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])))
"""
COMMAND = """
import json, resource, sys, time
from kg.cli import main
sys.argv = ["kg", "export", "-f", "neo4j-import", "--store", sys.argv[1], "-o", sys.argv[2]]
t0 = time.perf_counter()
try:
    main()
except SystemExit as exc:
    if exc.code:
        raise
seconds = time.perf_counter() - t0
own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
print(json.dumps({"seconds": seconds, "cpu": sum(u.ru_utime + u.ru_stime for u in (own, children)),
                  "peak_mb": max(own.ru_maxrss, children.ru_maxrss) / 1024}))
"""


def time_command(checkout: Path, store: Path, out: Path) -> dict[str, float]:
    """Time ``kg export -f neo4j-import`` of the store with the kg of a checkout (this one or another).

    The command runs in the checkout's folder, which ``python -c`` puts first on
    the path: its processes (a writer process too) import that checkout's kg.
    """
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, (str(checkout), env.get("PYTHONPATH"))))
    done = subprocess.run([sys.executable, "-c", COMMAND, str(store), str(out)], capture_output=True, text=True, check=True, env=env,
                          cwd=checkout)
    return json.loads(done.stdout.strip().splitlines()[-1])


def same_rows(a: Path, b: Path) -> int:
    """The lines of every CSV file of two exports, compared as sorted lists; how many there are."""
    names = sorted(p.name for p in a.glob("*.csv"))
    assert names == sorted(p.name for p in b.glob("*.csv")), "the exports wrote different files"
    lines = 0
    for name in names:
        rows = sorted((a / name).read_text(encoding="utf-8").splitlines())
        assert rows == sorted((b / name).read_text(encoding="utf-8").splitlines()), f"{name} differs"
        lines += len(rows)
    return lines


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--places", type=int, default=10_000)
    ap.add_argument("--measures", type=int, default=100_000)
    ap.add_argument("--docs", type=int, default=1_000)
    ap.add_argument("--cli", action="store_true", help="also time the kg export command on a store holding the records")
    ap.add_argument("--reference", type=Path, help="with --cli: a checkout of kg whose command is timed on the same store too")
    ap.add_argument("--admin", action="store_true", help="also time neo4j-admin database import of the files")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="kg-bench-import-") as tmp:
        out = Path(tmp) / "import"
        done = subprocess.run([sys.executable, "-c", CHILD, str(HERE), str(args.places), str(args.measures), str(args.docs), str(out)],
                              capture_output=True, text=True, check=True)
        r = json.loads(done.stdout)
        size = sum(f.stat().st_size for f in out.iterdir()) / 1e6
        # the generator's own share: the same records generated and dropped
        base = subprocess.run([sys.executable, "-c", CHILD.replace("write_import(records(places, measures, docs), out)",
                                                                   "for _ in records(places, measures, docs): pass"),
                               str(HERE), str(args.places), str(args.measures), str(args.docs), str(out)],
                              capture_output=True, text=True, check=True)
        b = json.loads(base.stdout)
        # half the measures in half the documents: a writer whose memory is bounded peaks about as high
        half = subprocess.run([sys.executable, "-c", CHILD, str(HERE), str(args.places), str(args.measures // 2), str(args.docs // 2),
                               str(Path(tmp) / "half")], capture_output=True, text=True, check=True)
        h = json.loads(half.stdout)
        print(f"{args.places:,} places, {args.measures:,} measures, {args.docs:,} documents -> {size:.0f} MB of CSV")
        print(f"kg export -f neo4j-import: {r['seconds']:.1f} s ({r['cpu']:.1f} s CPU), peak {r['peak_mb']:.0f} MiB "
              f"(generating the records alone: {b['seconds']:.1f} s, {b['cpu']:.1f} s CPU, peak {b['peak_mb']:.0f} MiB; "
              f"half the measures and documents: {h['cpu']:.1f} s CPU, peak {h['peak_mb']:.0f} MiB)")
        if args.cli:
            store = Path(tmp) / "store"
            subprocess.run([sys.executable, "-c", LOAD, str(HERE), str(args.places), str(args.measures), str(args.docs), str(store)],
                           check=True)
            runs = [("this checkout", HERE.parent, Path(tmp) / "from-store")]
            if args.reference is not None:
                runs.insert(0, (f"reference {args.reference}", args.reference.resolve(), Path(tmp) / "reference"))
            for name, checkout, folder in runs:
                c = time_command(checkout, store, folder)
                print(f"kg export -f neo4j-import --store, {name}: {c['seconds']:.1f} s ({c['cpu']:.1f} s CPU), "
                      f"peak {c['peak_mb']:.0f} MiB")
            if args.reference is not None:
                print(f"both wrote the same {same_rows(Path(tmp) / 'reference', Path(tmp) / 'from-store'):,} CSV lines (sorted)")
        if args.admin:
            sys.path.insert(0, str(HERE.parent / "tests"))
            from neo4j_server import admin_import

            command = (out / "import-command.txt").read_text(encoding="utf-8").splitlines()[-1]
            result = admin_import(command, Path(tmp) / "home")
            print(f"neo4j-admin database import full of its output: {result.seconds:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
