"""The key file: the master keys and the index key on disk (mode 0600), written atomically,
rotated, and the old keys retired or restored; and the key ring from the environment or that file.
Reading it stays in storage/crypto.py, beside the ring that re-reads it after another process
rotated the keys."""

from __future__ import annotations

import base64
import hashlib
import json
import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from cryptography.fernet import Fernet

from storage.crypto import KeyRing, read_key_file
from storage.errors import ConfigError


def write_key_file(path: Path, data: dict[str, Any], *, exclusive: bool = False) -> None:
    """Write a key file atomically: a temporary file (0600) written and fsynced, renamed over the
    old one, and the folder fsynced, so a crash leaves the old file or the new one, never half
    of one (or none). ``exclusive``: fail if the file exists (first run)."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        with os.fdopen(fd, "w") as handle:
            json.dump(data, handle, indent=1)
            handle.flush()
            os.fsync(handle.fileno())
        if exclusive:
            os.link(tmp, path)  # fails if a key file appeared meanwhile: never overwrite one
            tmp.unlink()
        else:
            os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    fsync_dir(path.parent)


def fsync_dir(folder: Path) -> None:
    """Make a rename or unlink in ``folder`` durable."""
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def new_key_file_content() -> dict[str, Any]:
    return {
        "master_keys": [Fernet.generate_key().decode()],
        "index_key": base64.urlsafe_b64encode(os.urandom(32)).decode(),
    }


def ensure_key_file(path: Path) -> bool:
    """Create a key file (mode 0600) if there is none. True when it was created now."""
    if path.exists():
        return False
    try:
        write_key_file(path, new_key_file_content(), exclusive=True)
    except FileExistsError:
        return False
    return True


def derived_index_key(master_keys: list[str]) -> str:
    """The index key releases before this one derived from the oldest master key when
    ``PMI_INDEX_KEY`` was unset (``run_bot.py keys index-key`` prints it, to set it once)."""
    return base64.urlsafe_b64encode(hashlib.sha256(b"pmi-index:" + master_keys[-1].encode()).digest()).decode()


def load_keyring(env: Mapping[str, str] | None = None) -> KeyRing:
    env = os.environ if env is None else env
    if env.get("PMI_MASTER_KEYS"):
        keys = [k.strip() for k in env["PMI_MASTER_KEYS"].split(",") if k.strip()]
        index = env.get("PMI_INDEX_KEY")
        if not index:
            # deriving it from the oldest master key tied every chat's blind index to that key:
            # retiring it would silently orphan every conversation and case link
            raise ConfigError(
                "PMI_MASTER_KEYS is set but PMI_INDEX_KEY is not. New deployment: set PMI_INDEX_KEY to 32 "
                "random bytes, base64 (python -c 'import os,base64;print(base64.urlsafe_b64encode(os.urandom(32))"
                ".decode())'). Existing data: set it to the value `run_bot.py keys index-key` prints."
            )
        return KeyRing(keys, index)
    if env.get("PMI_KEY_FILE"):
        path = Path(env["PMI_KEY_FILE"])
        data = read_key_file(path)
        ring = KeyRing(list(data["master_keys"]), str(data["index_key"]))
        ring.watch(path)
        return ring
    raise ConfigError("no encryption key: set PMI_MASTER_KEYS (Fernet keys, comma-separated) or PMI_KEY_FILE")


def rotate_key_file(path: Path) -> KeyRing:
    """Put a new master key first in the key file; the old ones stay to read until rewrapped."""
    data = read_key_file(path)
    data["master_keys"] = [Fernet.generate_key().decode(), *data["master_keys"]]
    write_key_file(path, data)
    ring = KeyRing(list(data["master_keys"]), str(data["index_key"]))
    ring.watch(path)
    return ring


def retire_old_keys(path: Path) -> list[str]:
    """Keep only the newest master key in the key file; the retired ones are returned (the
    caller checks first, and again after, that nothing needs them: storage/maintenance.py)."""
    data = read_key_file(path)
    old = list(data["master_keys"][1:])
    data["master_keys"] = data["master_keys"][:1]
    write_key_file(path, data)
    return old


def restore_keys(path: Path, keys: list[str]) -> None:
    """Put retired keys back at the end of the key file (a retire that found them still needed)."""
    data = read_key_file(path)
    data["master_keys"] = [*data["master_keys"], *(k for k in keys if k not in data["master_keys"])]
    write_key_file(path, data)
