"""Wiring: settings → keys → store → dialog → service. One place, used by every command."""

from __future__ import annotations

import gc
import logging
import sys
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from app.config import ConfigError, Settings, load_settings
from app.service import DialogService
from flows.catalog import CatalogError
from flows.dialog import Dialog, load_dialog
from flows.spec import FlowError
from storage.crypto import KeyRing
from storage.factory import open_store
from storage.files import private_process, secure_folder
from storage.key_file import ensure_key_file, load_keyring
from storage.sql_store import SqlStore

log = logging.getLogger("pmi.runtime")


@dataclass
class Runtime:
    settings: Settings
    dialog: Dialog
    keyring: KeyRing
    store: SqlStore
    service: DialogService

    async def close(self) -> None:
        await self.store.close()


def load_checked_dialog(settings: Settings) -> Dialog:
    try:
        if settings.flows_dir is not None:
            return load_dialog(settings.dialog, flows_dir=settings.flows_dir)
        return load_dialog(settings.dialog)
    except (FlowError, CatalogError) as exc:
        raise ConfigError(str(exc)) from None


def keyring_for(settings: Settings, *, create: bool) -> KeyRing:
    """The master key ring from the environment, or the local key file (created on first run)."""
    import os

    if os.environ.get("PMI_MASTER_KEYS") or os.environ.get("PMI_KEY_FILE"):
        return load_keyring()
    path: Path = settings.key_file
    if create and ensure_key_file(path):
        print(
            f"A new encryption key was created at {path}. Back it up: without it the stored reports "
            "cannot be read. In production set PMI_MASTER_KEYS or PMI_KEY_FILE instead.",
            file=sys.stderr,
        )
    return load_keyring({"PMI_KEY_FILE": str(path)})


def still_handled_job(runtime: Runtime) -> Callable[[], Awaitable[int]]:
    """The periodic "still being handled" notes (notices.still_handled_days in config.yaml)."""
    from storage.casework import still_handled_sweep

    async def sweep() -> int:
        return await still_handled_sweep(runtime.store, datetime.now(UTC), runtime.settings.still_handled_days)

    return sweep


#: allocations between two collections of the youngest generation (Python's default: 700)
YOUNG_COLLECTION = 10_000


def settle_heap() -> None:
    """Move what start-up built (flows, catalogs, libraries' tables: most of the heap) out of the
    collector's sight, so a full collection walks only what came after. In the 500 turns/s
    benchmark a full collection (every few seconds) took 105-112 ms without this and mostly
    45-50 ms with it; the p99 of a turn moved within the run-to-run noise either way."""
    gc.collect()
    gc.freeze()
    # the youngest generation collected ~14 times less often: most of what a turn allocates dies
    # with it, and each collection walked whatever turns were in flight. In bench.baselines
    # (14,000 turns, 1,000 in flight) the collector's time went from 0.21-0.27 s to ~0.08 s
    gc.set_threshold(YOUNG_COLLECTION, *gc.get_threshold()[1:])


async def open_runtime(settings: Settings | None = None, *, create_keys: bool = True) -> Runtime:
    settings = settings or load_settings()
    dialog = load_checked_dialog(settings)
    # the database, its log, the key file and evidence files: readable by this account only
    private_process()
    secure_folder(settings.data_dir)
    keyring = keyring_for(settings, create=create_keys)
    store = open_store(settings.database_url, keyring, settings=settings)
    await store.start()
    service = DialogService(dialog, store)
    settle_heap()
    return Runtime(settings, dialog, keyring, store, service)
