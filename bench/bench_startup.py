"""Start-up time of the `kg` command: `kg --help` and `kg query --list`, median of 10, beside `python -c pass`.

Wall time is what a user waits; CPU time (user + system of the child) is
printed beside it because it hardly moves when other work shares the machine.
"""

from __future__ import annotations

import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

RUNS = 10


def medians(argv: list[str]) -> tuple[float, float]:
    """Median wall and CPU seconds of ``RUNS`` runs of ``argv``."""
    walls, cpus = [], []
    for _ in range(RUNS):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        subprocess.run(argv, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        walls.append(time.perf_counter() - start)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpus.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return statistics.median(walls), statistics.median(cpus)


def main() -> None:
    kg = str(Path(sys.executable).with_name("kg"))
    for label, argv in (
        ("python -c pass", [sys.executable, "-c", "pass"]),
        ("kg --help", [kg, "--help"]),
        ("kg query --list", [kg, "query", "--list"]),
    ):
        wall, cpu = medians(argv)
        print(f"{label:<18} {wall * 1000:7.1f} ms wall, {cpu * 1000:7.1f} ms CPU (medians of {RUNS})")


if __name__ == "__main__":
    main()
