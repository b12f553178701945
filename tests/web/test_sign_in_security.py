"""Sign-in, sessions, throttling, the second factor and the audit trail (issue 16, part 1): each
finding of the security review, reproduced against the app on SQLite."""

from __future__ import annotations

import asyncio
import sqlite3
import threading
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pyotp
import pytest
from starlette.testclient import TestClient

from storage import passwords
from storage.accounts import create_mediator
from storage.factory import open_store
from tests.support.db import make_keyring, require_pg
from tests.web.conftest import PASSWORD, World, csrf_of, sign_in, totp_code
from web.app import create_app
from web.throttle import SignInThrottle


@contextmanager
def console(world: World, address: str = "198.51.100.7") -> Iterator[TestClient]:
    with TestClient(create_app(world.settings), base_url="http://127.0.0.1", client=(address, 40000)) as c:
        yield c


def db(world: World) -> sqlite3.Connection:
    return sqlite3.connect(world.settings.data_dir / "pmi.db")


def audit_rows(world: World, action: str) -> list[tuple[object, ...]]:
    with db(world) as conn:
        return list(conn.execute("SELECT mediator_id, case_id, detail FROM audit_log WHERE action = ?", (action,)))


def try_password(client: TestClient, username: str, password: str) -> int:
    token = csrf_of(client.get("/login").text)
    r = client.post("/login", data={"username": username, "password": password, "csrf": token}, follow_redirects=False)
    return r.status_code


# ---------------------------------------------------------------------- sessions
def test_the_cookie_is_a_random_id_and_signing_out_ends_every_copy(world: World) -> None:
    with console(world) as client:
        sign_in(client, "mila")
        cookie = client.cookies["pmi_session"]
        assert len(cookie) >= 40 and "." not in cookie, "no signed data, only an id"
        with db(world) as conn:
            stored = [r[0] for r in conn.execute("SELECT id_hash FROM web_sessions WHERE mediator_id IS NOT NULL")]
        assert stored and cookie not in stored, "the table keeps a hash of the id, not the id"
        token = csrf_of(client.get("/").text)
        client.post("/logout", data={"csrf": token})
    with console(world) as thief:
        thief.cookies.set("pmi_session", cookie)
        r = thief.get("/cases/JKT-2345", follow_redirects=False)
        assert r.status_code == 303 and r.headers["location"].startswith("/login?next=/cases/JKT-2345")
    assert audit_rows(world, "sign_out")


def test_live_updates_do_not_keep_an_idle_session_alive(world: World) -> None:
    live = {"Sec-Fetch-Mode": "cors"}  # what a browser says for the page's own fetch / EventSource
    with console(world) as client:
        sign_in(client, "mila")
        when = datetime.now(UTC) - timedelta(minutes=29)
        with db(world) as conn:
            conn.execute("UPDATE web_sessions SET seen_at = ?", (when,))
        assert client.get("/cases/JKT-2345/thread", headers=live).status_code == 200
        with db(world) as conn:
            (seen,) = conn.execute("SELECT seen_at FROM web_sessions").fetchone()
        assert datetime.fromisoformat(str(seen)).replace(tzinfo=UTC) == when, "not counted as activity"
        with db(world) as conn:
            conn.execute("UPDATE web_sessions SET seen_at = ?", (when - timedelta(minutes=2),))
        r = client.get("/cases/JKT-2345/thread", headers=live, follow_redirects=False)
        assert r.status_code == 401, "no sign-in page put into the thread"
        r = client.get("/cases/JKT-2345", follow_redirects=False, headers={"Sec-Fetch-Mode": "navigate"})
        assert r.status_code == 303 and r.headers["location"].startswith("/login?next=/cases/JKT-2345")


def test_a_sign_in_page_left_open_too_long_gets_a_fresh_form(world: World) -> None:
    with console(world) as client:
        token = csrf_of(client.get("/login?next=/cases/JKT-2345").text)
        with db(world) as conn:  # the page stood open over lunch: its session is gone
            conn.execute("DELETE FROM web_sessions")
        r = client.post(
            "/login", data={"username": "mila", "password": PASSWORD, "csrf": token, "next": "/cases/JKT-2345"}
        )
        assert r.status_code == 400 and "Silakan masuk sekali lagi" in r.text
        assert 'name="next" value="/cases/JKT-2345"' in r.text
        r = client.post(
            "/login",
            data={"username": "mila", "password": PASSWORD, "csrf": csrf_of(r.text), "next": "/cases/JKT-2345"},
        )
        assert r.url.path == "/cases/JKT-2345"


def test_idle_and_absolute_limits_are_the_servers(world: World) -> None:
    with console(world) as client:
        sign_in(client, "mila")
        assert client.get("/", follow_redirects=False).status_code == 200
        with db(world) as conn:  # 31 minutes without a request
            conn.execute("UPDATE web_sessions SET seen_at = ?", (datetime.now(UTC) - timedelta(minutes=31),))
        r = client.get("/", follow_redirects=False)
        assert r.status_code == 303 and "expired=1" in r.headers["location"]

        sign_in(client, "mila")
        for _ in range(3):  # busy all day: every request moves seen_at, the 8 hours still count
            assert client.get("/", follow_redirects=False).status_code == 200
        with db(world) as conn:
            conn.execute("UPDATE web_sessions SET created_at = ?", (datetime.now(UTC) - timedelta(hours=8, minutes=1),))
        assert client.get("/", follow_redirects=False).status_code == 303


# ---------------------------------------------------------------------- passwords and throttling
def test_argon2_runs_in_a_bounded_pool_off_the_event_loop(world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    threads: list[str] = []
    real_verify = passwords._verify

    def spy(stored: str, password: str) -> bool:
        threads.append(threading.current_thread().name)
        return real_verify(stored, password)

    monkeypatch.setattr(passwords, "_verify", spy)
    with console(world) as client:
        assert try_password(client, "mila", PASSWORD) == 303
        assert try_password(client, "nobody", PASSWORD) == 401
        assert threads and all(t.startswith("argon2") for t in threads), threads
        monkeypatch.setattr(passwords, "_waiting", passwords.MAX_WAITING)  # the pool's queue is full
        assert try_password(client, "mila", PASSWORD) == 429, "told to try again, not queued without end"


def test_common_passwords_are_refused(world: World) -> None:
    with console(world) as client:
        token = sign_in(client, "adi")
        for weak in ("password1234", "bismillah12345", "qwertyuiop123"):
            r = client.post(
                "/accounts",
                data={"csrf": token, "username": "baru", "password": weak, "role": "mediator", "office": "pusat"},
            )
            assert r.status_code == 400 and "terlalu umum" in r.text, weak
        client.cookies.clear()
        token = sign_in(client, "mila")
        r = client.post(
            "/account/password",
            data={"csrf": token, "current": PASSWORD, "new": "password1234", "repeat": "password1234"},
        )
        assert r.status_code == 400 and "terlalu umum" in r.text


def _lock_ends_in(world: World) -> timedelta:
    with db(world) as conn:
        (until,) = conn.execute("SELECT locked_until FROM sign_in_failures").fetchone()
    return datetime.fromisoformat(str(until)).replace(tzinfo=UTC) - datetime.now(UTC)


def _wait_is_over(world: World) -> None:
    with db(world) as conn:
        conn.execute("UPDATE sign_in_failures SET locked_until = ?", (datetime.now(UTC) - timedelta(seconds=1),))


def test_an_attacker_cannot_lock_a_colleague_out(world: World) -> None:
    with console(world, "203.0.113.66") as attacker:
        assert [try_password(attacker, "mila", f"tebak-tebakan-{i}") for i in range(7)] == [401] * 7
        assert try_password(attacker, "mila", PASSWORD) == 401, (
            "the attacker's own source waits, even with the password"
        )
        assert timedelta(seconds=50) < _lock_ends_in(world) <= timedelta(minutes=1), "tries while waiting add nothing"
        _wait_is_over(world)
        try_password(attacker, "mila", "tebak-lagi-sekali")
        assert timedelta(minutes=1) < _lock_ends_in(world) <= timedelta(minutes=2), "then the wait doubles"
        _wait_is_over(world)
        try_password(attacker, "mila", "tebak-lagi-dua-kali")
        assert timedelta(minutes=3) < _lock_ends_in(world) <= timedelta(minutes=4)
    assert len(audit_rows(world, "lockout")) == 3 and len(audit_rows(world, "sign_in_failed")) == 10
    with console(world, "198.51.100.20") as colleague:
        assert try_password(colleague, "mila", PASSWORD) == 303, "another address is not affected"


def test_a_known_browser_signs_in_behind_the_same_router_as_the_attacker(world: World) -> None:
    office_router = "192.0.2.10"
    with console(world, office_router) as mila:
        sign_in(mila, "mila")  # her browser signed in here before: it carries the mark
        mark = mila.cookies["pmi_known"]
    with console(world, office_router) as attacker:
        for i in range(6):
            try_password(attacker, "mila", f"tebak-tebakan-{i}")
        assert try_password(attacker, "mila", PASSWORD) == 401
    with console(world, office_router) as mila_again:
        mila_again.cookies.set("pmi_known", mark)
        assert try_password(mila_again, "mila", PASSWORD) == 303


def test_sign_ins_are_throttled_per_address_and_overall() -> None:
    throttle = SignInThrottle(per_address=3, overall=5, window=60)
    assert [throttle.allow("a", False, now=t) for t in range(4)] == [True, True, True, False]
    assert throttle.allow("b", False, now=4), "another address goes on"
    assert throttle.allow("a", False, now=61), "after the window"
    for t in range(5):
        throttle.failed(now=70 + t)
    assert not throttle.allow("c", False, now=76), "a spread-out attack: strangers wait"
    assert throttle.allow("c", True, now=76), "a browser that signed in before goes on"


def test_too_many_attempts_from_one_address_are_refused_kindly(world: World) -> None:
    app = create_app(world.settings)
    app.state.sign_in_throttle = SignInThrottle(per_address=3)  # 20 in production: fewer hashes here
    with TestClient(app, base_url="http://127.0.0.1", client=("203.0.113.99", 40000)) as flood:
        statuses = [try_password(flood, f"user{i}", "salah-salah-salah") for i in range(4)]
        assert statuses == [401, 401, 401, 429]
        token = csrf_of(flood.get("/login").text)
        r = flood.post("/login", data={"username": "mila", "password": PASSWORD, "csrf": token})
        assert r.status_code == 429 and "Tunggu lima menit" in r.text
    assert len(audit_rows(world, "sign_in_throttled")) == 2


# ---------------------------------------------------------------------- the second factor
def test_an_admin_without_a_second_factor_is_led_to_set_one_up(world: World) -> None:
    with console(world) as client:
        token = sign_in(client, "adi")
        client.post(
            "/accounts",
            data={
                "csrf": token,
                "username": "tari",
                "password": "lampu-kapal-biru-44",
                "role": "admin",
                "office": "pusat",
                "name": "Tari",
            },
        )
    with console(world) as tari:
        token = csrf_of(tari.get("/login").text)
        r = tari.post("/login", data={"username": "tari", "password": "lampu-kapal-biru-44", "csrf": token})
        assert "Akun admin wajib memakai verifikasi dua langkah" in r.text and 'src="data:image/svg+xml' in r.text
        secret = r.text.split('id="totp-key">')[1].split("<")[0].replace(" ", "")
        assert tari.post("/login/code", data={"code": "000000", "csrf": token}).status_code == 401
        r = tari.post("/login/code", data={"code": pyotp.TOTP(secret).now(), "csrf": token})
        assert r.url.path == "/account", "then her temporary password is changed first"
    assert audit_rows(world, "totp_enrolled")
    with db(world) as conn:
        (sealed,) = conn.execute("SELECT totp_secret_enc FROM mediators WHERE username = 'tari'").fetchone()
    assert secret.encode() not in sealed, "the secret is stored sealed"


def test_a_code_is_needed_and_used_once(world: World) -> None:
    with console(world) as client:
        token = csrf_of(client.get("/login").text)
        r = client.post("/login", data={"username": "adi", "password": PASSWORD, "csrf": token})
        assert r.url.path == "/login/code"
        assert client.get("/", follow_redirects=False).status_code == 303, "the password alone is not enough"
        code = totp_code()
        assert client.post("/login/code", data={"code": code, "csrf": token}).url.path == "/"
        client.cookies.delete("pmi_session")
        token = csrf_of(client.get("/login").text)
        client.post("/login", data={"username": "adi", "password": PASSWORD, "csrf": token})
        assert client.post("/login/code", data={"code": code, "csrf": token}).status_code == 401, "no replay"
    assert audit_rows(world, "totp_failed")


def test_a_mediator_may_add_a_second_factor(world: World) -> None:
    with console(world) as client:
        token = sign_in(client, "mila")
        page = client.get("/account/totp").text
        secret = page.split('id="totp-key">')[1].split("<")[0].replace(" ", "")
        assert (
            client.post("/account/totp", data={"csrf": token, "code": pyotp.TOTP(secret).now()}).url.path == "/account"
        )
        client.cookies.delete("pmi_session")
        token = csrf_of(client.get("/login").text)
        r = client.post("/login", data={"username": "mila", "password": PASSWORD, "csrf": token})
        assert r.url.path == "/login/code"


# ---------------------------------------------------------------------- audit and administration
def test_url_guessing_leaves_a_row_for_every_try(world: World) -> None:
    with console(world) as client:
        sign_in(client, "mila")
        guesses = [f"/cases/RYD-{n:04d}" for n in range(2330, 2354)]
        assert "/cases/RYD-2345" in guesses
        for path in guesses:
            assert client.get(path).status_code == 404
    denied = audit_rows(world, "denied")
    assert len(denied) == 24 and all('"status": 404' in str(d[2]) for d in denied)


def test_deactivating_an_account_ends_its_session_at_once(world: World) -> None:
    with console(world) as mila:
        sign_in(mila, "mila")
        assert mila.get("/", follow_redirects=False).status_code == 200
        with console(world) as admin:
            token = sign_in(admin, "adi")
            page = admin.get("/accounts").text
            mila_id = page.split('id="account-mila"')[1].split('action="/accounts/')[1].split('"')[0]
            admin.post(f"/accounts/{mila_id}", data={"csrf": token, "do": "deactivate"})
        assert mila.get("/", follow_redirects=False).status_code == 303
        assert try_password(mila, "mila", PASSWORD) == 401
    (row,) = audit_rows(world, "deactivate_account")
    assert '"username": "mila"' in str(row[2]) and '"sessions": 1' in str(row[2])


def test_a_reset_password_is_temporary_and_role_and_office_change_by_name(world: World) -> None:
    with console(world) as admin:
        token = sign_in(admin, "adi")
        page = admin.get("/accounts").text
        assert "KBRI Riyadh" in page or "kbri-riyadh" in page
        rudi_id = page.split('id="account-rudi"')[1].split('action="/accounts/')[1].split('"')[0]
        r = admin.post(f"/accounts/{rudi_id}", data={"csrf": token, "do": "reset_password"})
        temporary = r.text.split('id="temporary"')[1].split("<code>")[1].split("</code>")[0]
        admin.post(f"/accounts/{rudi_id}", data={"csrf": token, "do": "role", "role": "supervisor", "office": "pusat"})
        assert (
            admin.post(
                f"/accounts/{rudi_id}", data={"csrf": token, "do": "role", "role": "admin", "office": "7"}
            ).status_code
            == 400
        )
    with console(world) as rudi:
        token = csrf_of(rudi.get("/login").text)
        r = rudi.post("/login", data={"username": "rudi", "password": temporary, "csrf": token})
        assert r.url.path == "/account" and "sementara" in r.text
        assert rudi.get("/", follow_redirects=False).headers["location"] == "/account"
        token = csrf_of(r.text)
        new = "sungai-layang-meja-17"
        r = rudi.post("/account/password", data={"csrf": token, "current": temporary, "new": new, "repeat": new})
        assert r.url.path == "/account"
        queue = rudi.get("/").text
        assert "JKT-2345" in queue and "RYD-2345" not in queue, "now a supervisor in Jakarta's office"
    (change,) = audit_rows(world, "change_account")
    assert "mediator -> supervisor" in str(change[2]) and "kbri-riyadh -> pusat" in str(change[2])
    assert audit_rows(world, "reset_password") and audit_rows(world, "password_changed")


def test_a_new_account_is_audited_with_its_name_and_role(world: World) -> None:
    with console(world) as admin:
        token = sign_in(admin, "adi")
        admin.post(
            "/accounts",
            data={
                "csrf": token,
                "username": "wulan",
                "password": "pohon-kertas-angin-5",
                "role": "supervisor",
                "office": "kbri-riyadh",
                "name": "Wulan Sari",
            },
        )
    (row,) = audit_rows(world, "create_account")
    assert '"name": "Wulan Sari"' in str(row[2]) and '"role": "supervisor"' in str(row[2])
    assert '"office": "kbri-riyadh"' in str(row[2]) and "pohon" not in str(row[2])


def test_the_audit_page_is_for_admins_filterable_and_paged(world: World) -> None:
    with console(world) as mila:
        sign_in(mila, "mila")
        for _ in range(55):
            mila.get("/cases/JKT-2345")
        assert mila.get("/audit").status_code == 404
    with console(world, "203.0.113.8") as stranger:
        try_password(stranger, "mila", "salah-salah-salah")
    with console(world) as admin:
        sign_in(admin, "adi")
        with db(world) as conn:
            (mila_id,) = conn.execute("SELECT id FROM mediators WHERE username = 'mila'").fetchone()
        first = admin.get(f"/audit?who={mila_id}&action=view_case").text
        assert first.count("Lihat laporan</td>") == 50 and 'id="older"' in first
        older = first.split('id="older" href="')[1].split('"')[0].replace("&amp;", "&")
        second = admin.get(older).text
        assert second.count("Lihat laporan</td>") == 5 and 'id="older"' not in second
        failed = admin.get("/audit?action=sign_in_failed").text
        assert "username: mila" in failed and failed.count('class="a-sign_in_failed"') == 1
        today = datetime.now(UTC).date()
        assert (
            'class="a-sign_in_failed"'
            not in admin.get(f"/audit?action=sign_in_failed&day_to={today - timedelta(days=1)}").text
        )


def test_a_signed_out_link_leads_to_sign_in_and_back(world: World) -> None:
    with console(world) as client:
        r = client.get("/cases/JKT-2345?tab=bukti", follow_redirects=False)
        assert r.headers["location"] == "/login?next=/cases/JKT-2345?tab=bukti"
        page = client.get(r.headers["location"]).text
        token = csrf_of(page)
        assert 'name="next" value="/cases/JKT-2345?tab=bukti"' in page
        r = client.post(
            "/login",
            data={"username": "mila", "password": PASSWORD, "csrf": token, "next": "/cases/JKT-2345?tab=bukti"},
        )
        assert r.url.path == "/cases/JKT-2345" and "Siti Aminah" in r.text
        for hostile in ("//evil.example/x", "https://evil.example", "/\\evil.example"):
            client.cookies.delete("pmi_session")
            token = csrf_of(client.get("/login").text)
            r = client.post(
                "/login",
                data={"username": "mila", "password": PASSWORD, "csrf": token, "next": hostile},
                follow_redirects=False,
            )
            assert r.headers["location"] == "/", hostile


def _pg(statement: str) -> None:
    from sqlalchemy import text
    from sqlalchemy.ext.asyncio import create_async_engine

    async def run() -> None:
        admin = create_async_engine(require_pg(), isolation_level="AUTOCOMMIT")
        try:
            async with admin.connect() as conn:
                await conn.execute(text(statement))
        finally:
            await admin.dispose()

    asyncio.run(run())


def test_sessions_on_postgresql(world: World) -> None:
    """The session table on PostgreSQL: sign in, a copied cookie, sign out, the copy is dead."""
    name = f"pmi_t_{uuid.uuid4().hex[:12]}"
    _pg(f'CREATE DATABASE "{name}"')
    try:
        settings = replace(world.settings, database_url=require_pg().rsplit("/", 1)[0] + "/" + name)

        async def account() -> None:
            store = open_store(settings.database_url, make_keyring(), settings=settings)
            await store.start()
            await create_mediator(store.engine, "mila", PASSWORD, "mediator", "pusat", datetime.now(UTC))
            await store.close()

        asyncio.run(account())
        with TestClient(create_app(settings), base_url="http://127.0.0.1") as client:
            token = sign_in(client, "mila")
            cookie = client.cookies["pmi_session"]
            assert client.get("/", follow_redirects=False).status_code == 200
            client.post("/logout", data={"csrf": token})
            client.cookies.set("pmi_session", cookie)
            assert client.get("/", follow_redirects=False).status_code == 303
    finally:
        _pg(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def test_the_operator_restores_an_admin_who_lost_her_phone(world: World) -> None:
    import subprocess
    import sys
    from pathlib import Path

    from tests.web.rig import env_for

    root = Path(__file__).resolve().parents[2]
    new = "gunung-sepatu-lilin-30"
    done = subprocess.run(
        [sys.executable, str(root / "run_bot.py"), "mediator", "reset", "adi", "--password-stdin"],
        input=new + "\n",
        capture_output=True,
        text=True,
        env=env_for(world),
        cwd=root,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr[-500:]
    with console(world) as client:
        token = csrf_of(client.get("/login").text)
        r = client.post("/login", data={"username": "adi", "password": new, "csrf": token})
        assert "Akun admin wajib memakai verifikasi dua langkah" in r.text, "her old phone's codes are gone"
    assert audit_rows(world, "operator_reset")
