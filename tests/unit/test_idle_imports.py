"""What the idle bot has not imported yet (issue 18: resident memory at idle), and that each such
library is imported, and works, the first time its feature is used.

Each test runs in a fresh interpreter: this test process has imported everything long ago."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

#: imported on first use: a phone number, a date, a fuzzy match, a text the common words do not
#: settle, /metrics read. Holidays: at the first reply deadline (storage/deadlines.py)
LAZY = ("phonenumbers", "babel", "rapidfuzz", "langdetect", "prometheus_client", "holidays")
#: never imported by the running bot: storage is Core only (storage/sa_async.py); the countries
#: are read from pycountry's data files (flows/countries.py)
NEVER = ("sqlalchemy.orm", "pycountry")

IDLE = f"""
import asyncio, sys, tempfile
from cryptography.fernet import Fernet
from app.config import load_settings
from app.service import DialogService
from flows.dialog import load_dialog
from flows.types import Inbound
from storage.crypto import KeyRing
from storage.factory import open_store

async def idle():
    folder = tempfile.mkdtemp()
    store = open_store(f"sqlite+aiosqlite:///{{folder}}/idle.db", KeyRing([Fernet.generate_key().decode()], "i"))
    await store.start()
    try:
        service = DialogService(load_dialog(load_settings().dialog), store)
        delivery = await service.handle(Inbound("test", "1", "u1", text="halo"))
        assert delivery is not None and delivery.replies, "the first message is answered"
    finally:
        await store.close()

asyncio.run(idle())
loaded = [name for name in {LAZY + NEVER!r} if name in sys.modules]
assert not loaded, f"imported by the idle bot: {{loaded}}"
"""


def run(probe: str) -> None:
    done = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr[-2000:]


def test_the_idle_bot_has_not_imported_what_only_some_answers_need() -> None:
    run(IDLE)


def test_each_lazy_library_is_imported_and_works_at_its_first_use() -> None:
    run(
        IDLE
        + """
from datetime import date
from flows.inputs.choice import parse_choice
from flows.inputs.country import parse_country
from flows.inputs.dates import parse_date
from flows.inputs.phone import parse_phone
from flows.inputs.province import parse_province
from flows.language import detect_language

assert "phonenumbers" not in sys.modules
assert parse_phone("0812 3456 7890")[:3] == (True, "+6281234567890", "+62 812-3456-7890")
assert "phonenumbers" in sys.modules

assert parse_date("12 maret 2024", date(2025, 1, 1))[:3] == (True, "2024-03-12", "12 Maret 2024")
assert "babel" in sys.modules

assert parse_choice("lapor masalh", [("report", "Lapor masalah"), ("status", "Cek status laporan")]).value == "report"
assert "rapidfuzz" in sys.modules
assert parse_country("malaysiaa")[:2] == (True, "MY") and parse_province("jawa timurr").value == "Jawa Timur"

assert detect_language("Selamat pagi, bagaimana kabarnya hari ini kakak") == "id"
assert detect_language("Good evening, how are things going today friend") == "en"
assert "langdetect" in sys.modules
# langdetect's own table (55 floats for each of 87,598 n-grams, ~63 MB) is never built: the bot
# reads the weights that are not zero (flows/language_table.py, ~26 MB)
from langdetect import detector_factory
assert detector_factory._factory is None
"""
    )


def test_a_reply_deadline_in_a_shipped_year_needs_no_holidays_library() -> None:
    run(
        IDLE
        + """
from datetime import UTC, datetime
from storage.deadlines import WIB, Deadlines
# Nyepi, Thursday 19 March 2026: a report on Wednesday morning is due by Friday's end
due = Deadlines(1, 24).due(datetime(2026, 3, 18, 2, 0, tzinfo=UTC), False)
assert due == datetime(2026, 3, 20, 23, 59, 59, tzinfo=WIB), due
assert "holidays" not in sys.modules
"""
    )


def test_sqlalchemy_asyncio_package_is_whole_at_its_first_use_after_the_bot_took_its_engine() -> None:
    run(
        IDLE
        + """
import storage.sa_async
from sqlalchemy.ext.asyncio import AsyncSession, create_async_engine
import sqlalchemy.ext.asyncio as package
assert package.create_async_engine is create_async_engine is storage.sa_async.create_async_engine
assert package.AsyncConnection is storage.sa_async.AsyncConnection and AsyncSession.__name__ == "AsyncSession"
assert "sqlalchemy.orm" in sys.modules
"""
    )


def test_threads_taking_a_name_from_the_asyncio_package_at_once_all_get_it() -> None:
    """The package's __init__ (the ORM: ~0.1 s) ran in the first thread while the others found
    neither the name nor the hook: AttributeError, where Python's import lock makes them wait."""
    run(
        IDLE
        + """
import threading
import sqlalchemy.ext.asyncio as package

found, failed = [], []

def take():
    try:
        found.append(package.AsyncSession)
    except Exception as exc:
        failed.append(repr(exc))

threads = [threading.Thread(target=take) for _ in range(8)]
for t in threads:
    t.start()
for t in threads:
    t.join()
assert not failed and len(found) == 8 and len({id(f) for f in found}) == 1, failed
assert "__getattr__" not in vars(package), "the package is SQLAlchemy's own once whole"
"""
    )


#: the bot as deployed: its database already migrated (by a child process here), so Alembic,
#: which takes names from importlib.metadata, is not loaded (storage/migrate.py)
MIGRATED_IDLE = IDLE.replace(
    "    await store.start()",
    """    import subprocess
    from bench.memory import MIGRATE
    subprocess.run([sys.executable, "-c", MIGRATE, f"sqlite+aiosqlite:///{folder}/idle.db"], check=True)
    await store.start()
    assert "alembic" not in sys.modules""",
)


def test_importlib_metadata_runs_only_when_a_name_is_taken_from_it() -> None:
    """SQLAlchemy imports it for third-party dialects' entry points; the idle bot never asks
    (storage/deferred.py: email, zipfile, csv not loaded, ~1.1 MB). The first name taken gives
    the standard library's own module, whole."""
    assert MIGRATED_IDLE != IDLE
    run(
        MIGRATED_IDLE
        + """
import importlib.metadata as metadata
assert "__getattr__" in vars(metadata) and "email" not in sys.modules and "zipfile" not in sys.modules
from sqlalchemy.util.compat import importlib_metadata_get
assert [ep.name for ep in importlib_metadata_get("pmi.no.such.group")] == []
assert "email" in sys.modules and "__getattr__" not in vars(metadata)
from importlib.metadata import version, PackageNotFoundError
assert version("sqlalchemy").startswith("2.") and metadata.version is version
try:
    metadata.no_such_name
except AttributeError:
    pass
else:
    raise AssertionError("a missing name is still missing")
import importlib.metadata._meta
assert metadata._meta is sys.modules["importlib.metadata._meta"]
from sqlalchemy import create_engine
engine = create_engine("sqlite://")
assert engine.dialect.name == "sqlite"
"""
    )
