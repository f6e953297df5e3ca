"""Writing output files so that a failed write never destroys the previous file.

The text goes to a temporary file in the target's folder, which replaces the
target only once it is complete (``os.replace`` is atomic on one file system).
Devices and pipes (``/dev/stdout``, ``/dev/full``) are written in place.
"""

from __future__ import annotations

import os
import stat
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any, Iterator


class OutputError(OSError):
    """An output file that cannot be written; the message names the file and the reason."""


def _check(path: Path) -> bool:
    """Raise :class:`OutputError` when ``path`` cannot be a file; True when it is a device or pipe."""
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        mode = None
    if mode is not None and stat.S_ISDIR(mode):
        raise OutputError(f"{path} is a folder, not a file")
    if mode is not None and not stat.S_ISREG(mode):
        return True
    parent = path.parent
    if not parent.is_dir():
        raise OutputError(f"cannot write {path}: folder {parent} does not exist")
    return False


@contextmanager
def atomic_open(path: str | Path, encoding: str | None = "utf-8") -> Iterator[IO[Any]]:
    """A text stream (a binary one when ``encoding`` is None) whose content replaces ``path`` when the block ends without error.

    Any failure (no such folder, no permission, disk full) raises
    :class:`OutputError` naming the file; the previous file is left as it was.
    """
    path = Path(path)
    mode: dict[str, Any] = {"mode": "wb"} if encoding is None else {"mode": "w", "encoding": encoding, "newline": "\n"}
    try:
        if _check(path):
            with path.open(**mode) as out:
                yield out
            return
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OutputError:
        raise
    except OSError as exc:
        raise OutputError(f"cannot write {path}: {exc.strerror or exc}") from None
    try:
        with os.fdopen(fd, **mode) as out:
            yield out
        if path.exists():
            os.chmod(tmp, stat.S_IMODE(path.stat().st_mode))
        else:
            os.chmod(tmp, 0o666 & ~_umask())
        os.replace(tmp, path)
    except OSError as exc:
        os.unlink(tmp)
        raise OutputError(f"cannot write {path}: {exc.strerror or exc}; the previous file is unchanged") from None
    except BaseException:
        os.unlink(tmp)
        raise


def write_text(path: str | Path, text: str, encoding: str = "utf-8") -> None:
    """Replace ``path`` with ``text`` atomically (see :func:`atomic_open`)."""
    with atomic_open(path, encoding) as out:
        out.write(text)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
