"""Files on disk that hold personal data (evidence files, the SQLite database, the key file):
private to the bot's user, durable when written, and really gone when removed.

- The process creates everything with umask 077 and the data folder is 0700, so the database,
  its WAL, the key file and evidence files are 0600: another account on the server reads none.
- A file is written to a temporary name, fsynced, renamed, and its folder fsynced: a crash
  leaves the old file or the new one, never a torn one.
- A removal is followed by an fsync of the folder, so an erased file does not come back after a
  power cut. (The blocks themselves are freed, not overwritten: the file was encrypted with the
  reporter's key, and for a full erasure that key is destroyed.)
"""

from __future__ import annotations

import logging
import os
import re
import time
from collections.abc import Iterable
from datetime import timedelta
from pathlib import Path

from storage.key_file import fsync_dir

log = logging.getLogger("pmi.storage")

PRIVATE_UMASK = 0o077
ATTACHMENT_NAME = re.compile(r"^(\d+)\.bin$")


def private_process() -> None:
    """Every file this process creates from now on is readable by its owner only."""
    os.umask(PRIVATE_UMASK)


def secure_folder(folder: Path) -> None:
    """Make ``folder`` (created if missing) 0700, and the files directly in it 0600."""
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    os.chmod(folder, 0o700)
    for entry in folder.iterdir():
        if entry.is_file() and not entry.is_symlink():
            os.chmod(entry, 0o600)


def write_durably(path: Path, data: bytes) -> None:
    """Write ``path`` (0600) so that it is complete on disk once this returns."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    fsync_dir(path.parent)


def remove_durably(paths: Iterable[str | Path]) -> int:
    """Remove files and fsync each folder once; how many were there."""
    removed = 0
    folders: set[Path] = set()
    for name in paths:
        path = Path(name)
        try:
            path.unlink()
        except FileNotFoundError:
            continue
        removed += 1
        folders.add(path.parent)
    for folder in folders:
        fsync_dir(folder)
    return removed


def attachment_ids_on_disk(folder: Path, older_than: timedelta) -> dict[int, Path]:
    """The evidence files in ``folder`` last written more than ``older_than`` ago, by attachment
    id (temporary files of a crashed write under negative ids: no row points to them)."""
    if not folder.is_dir():
        return {}
    cutoff = time.time() - older_than.total_seconds()
    found: dict[int, Path] = {}
    for entry in folder.iterdir():
        match = ATTACHMENT_NAME.match(entry.name)
        temporary = entry.name.startswith(".") and entry.name.endswith(".tmp")
        if not (match or temporary) or entry.stat().st_mtime > cutoff:
            continue
        found[int(match.group(1)) if match else -1 - len(found)] = entry
    return found
