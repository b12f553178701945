"""A data folder with cases in two offices and accounts of every role, for the console tests."""

from __future__ import annotations

import asyncio
import atexit
import json
import shutil
import sqlite3
import struct
import tempfile
import time
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path

import pyotp
import pytest
from cryptography.fernet import Fernet
from starlette.testclient import TestClient

from app.config import Settings, load_settings
from storage.accounts import create_mediator, set_totp_secret
from storage.casework import change_status
from storage.crypto import KeyRing
from storage.factory import open_store
from tests.storage.test_contract import NOW, file_case, write
from web.app import create_app

PASSWORD = "kata-sandi-yang-panjang-1"
#: the admin's second factor (an admin must have one): what her authenticator app would hold
ADMIN_TOTP = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"


@dataclass
class World:
    settings: Settings
    jakarta_case: str = "JKT-2345"
    riyadh_case: str = "RYD-2345"


def tiny_png(width: int = 120, height: int = 80) -> bytes:
    """A real PNG (a blue rectangle), so the browser test sees an evidence photo shown inline."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    row = b"\x00" + bytes((40, 90, 160)) * width
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(row * height))
        + chunk(b"IEND", b"")
    )


def _build_world(tmp_path: Path) -> World:
    keys = tmp_path / "keys.json"
    keys.write_text(json.dumps({"master_keys": [Fernet.generate_key().decode()], "index_key": "test-index"}))
    config = (Path(__file__).resolve().parents[2] / "config.yaml").read_text()
    config = config.replace("  # SA: kbri-riyadh", "  SA: kbri-riyadh")
    (tmp_path / "config.yaml").write_text(config)
    settings = load_settings(
        env={"PMI_DATA_DIR": str(tmp_path), "PMI_KEY_FILE": str(keys), "PMI_CONFIG": str(tmp_path / "config.yaml")}
    )

    async def fill() -> None:
        data = json.loads(keys.read_text())
        store = open_store(settings.database_url, KeyRing(data["master_keys"], data["index_key"]), settings=settings)
        await store.start()
        await store.commit_turn(
            write(
                "1",
                "u1",
                None,
                effects=(replace(file_case("JKT-2345", country="MY", worker_name="Siti Aminah"), urgent=True),),
            )
        )
        await store.commit_turn(
            write("2", "u2", None, effects=(file_case("RYD-2345", country="SA", worker_name="Dewi Lestari"),))
        )
        await store.save_attachment(1, tiny_png())  # the photo JKT-2345's worker sent
        await change_status(store, "RYD-2345", "diproses", "diambil", NOW)
        for username, role, office in (
            ("mila", "mediator", "pusat"),
            ("sari", "supervisor", "pusat"),
            ("adi", "admin", "pusat"),
            ("rudi", "mediator", "kbri-riyadh"),
        ):
            made = await create_mediator(
                store.engine, username, PASSWORD, role, office, NOW, display_name=username.title()
            )
            if role == "admin":
                await set_totp_secret(store.engine, made, store.keyring.seal(ADMIN_TOTP))
        await store.close()

    asyncio.run(fill())
    return World(settings)


_TEMPLATE: Path | None = None


def make_world(tmp_path: Path) -> World:
    """A fresh copy of the world: built once per test process (migrations and four argon2 hashes
    cost seconds on a busy machine), then copied file by file into each test's folder."""
    global _TEMPLATE
    if _TEMPLATE is None:
        template = Path(tempfile.mkdtemp(prefix="pmi-world-"))
        atexit.register(shutil.rmtree, template, True)
        _build_world(template)
        _TEMPLATE = template
    shutil.copytree(_TEMPLATE, tmp_path, dirs_exist_ok=True)
    with sqlite3.connect(tmp_path / "pmi.db") as db:  # evidence files are found by their full path
        db.execute("UPDATE attachments SET path = replace(path, ?, ?)", (str(_TEMPLATE), str(tmp_path)))
    db.close()
    settings = load_settings(
        env={
            "PMI_DATA_DIR": str(tmp_path),
            "PMI_KEY_FILE": str(tmp_path / "keys.json"),
            "PMI_CONFIG": str(tmp_path / "config.yaml"),
        }
    )
    return World(settings)


@pytest.fixture
def world(tmp_path: Path) -> World:
    return make_world(tmp_path)


@pytest.fixture
def client(world: World) -> Iterator[TestClient]:
    with TestClient(create_app(world.settings), base_url="http://127.0.0.1") as c:
        yield c


def csrf_of(html: str) -> str:
    marker = 'name="csrf" value="'
    start = html.index(marker) + len(marker)
    return html[start : html.index('"', start)]


def totp_code(secret: str = ADMIN_TOTP, shift: int = 0) -> str:
    """The code an authenticator app shows now (or ``shift`` periods later: a code is used once)."""
    return str(pyotp.TOTP(secret).at(time.time() + 30 * shift))


def sign_in(client: TestClient, username: str, password: str = PASSWORD) -> str:
    """Sign in (with the admin's second factor when asked for it); the CSRF token of the session."""
    token = csrf_of(client.get("/login").text)
    response = client.post(
        "/login", data={"username": username, "password": password, "csrf": token}, follow_redirects=False
    )
    assert response.status_code == 303, response.text[:500]
    if response.headers["location"] == "/login/code":
        token = csrf_of(client.get("/login/code").text)
        for shift in (0, 1, -1):  # the same admin may sign in twice within one period
            response = client.post("/login/code", data={"code": totp_code(shift=shift), "csrf": token})
            if response.status_code != 401:
                break
        assert response.status_code == 200, response.text[:500]
    return csrf_of(client.get("/").text)
