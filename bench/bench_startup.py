"""Start-up time of the `kg` command: `kg --help` and `kg query --list`, median of 10, beside `python -c pass`."""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from pathlib import Path

RUNS = 10


def median_seconds(argv: list[str]) -> float:
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        subprocess.run(argv, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    kg = str(Path(sys.executable).with_name("kg"))
    for label, argv in (
        ("python -c pass", [sys.executable, "-c", "pass"]),
        ("kg --help", [kg, "--help"]),
        ("kg query --list", [kg, "query", "--list"]),
    ):
        print(f"{label:<18} {median_seconds(argv) * 1000:7.1f} ms (median of {RUNS})")


if __name__ == "__main__":
    main()
