"""Who may see and do what in the mediator console, and how it defends itself."""

from __future__ import annotations

import csv
import io

import pytest
from openpyxl import load_workbook
from starlette.testclient import TestClient

from tests.web.conftest import PASSWORD, World, csrf_of, sign_in

GET_ROUTES = [
    "/",
    "/cases/JKT-2345",
    "/cases/JKT-2345/attachments/1",
    "/export.csv",
    "/export.xlsx",
    "/stats",
    "/accounts",
    "/cases/JKT-2345/thread",
    "/events",
    "/offices",
]
POST_ROUTES = [
    "/cases/JKT-2345/take",
    "/cases/JKT-2345/assign",
    "/cases/JKT-2345/status",
    "/cases/JKT-2345/note",
    "/cases/JKT-2345/refer",
    "/cases/JKT-2345/message",
    "/cases/JKT-2345/thread",
    "/cases/JKT-2345/transfer",
    "/offices",
    "/accounts",
]


@pytest.mark.parametrize("path", GET_ROUTES)
def test_every_page_refuses_a_signed_out_request(client: TestClient, path: str) -> None:
    response = client.get(path, follow_redirects=False)
    assert response.status_code == 303 and response.headers["location"].startswith("/login?next=")
    assert "Siti" not in response.text and "JKT-2345" not in response.text.replace(path, "")


@pytest.mark.parametrize("path", POST_ROUTES)
def test_every_action_refuses_a_signed_out_request(client: TestClient, path: str) -> None:
    token = csrf_of(client.get("/login").text)
    response = client.post(path, data={"csrf": token, "text": "x", "status": "selesai"}, follow_redirects=False)
    assert response.status_code == 303 and response.headers["location"].startswith("/login?next=")


def test_a_mediator_sees_only_their_offices_cases_even_by_url(client: TestClient) -> None:
    sign_in(client, "mila")
    queue = client.get("/").text
    assert "JKT-2345" in queue and "RYD-2345" not in queue
    assert client.get("/cases/RYD-2345").status_code == 404
    assert "Dewi" not in client.get("/cases/RYD-2345").text
    token = csrf_of(client.get("/").text)
    assert client.get("/cases/RYD-2345/thread").status_code == 404
    assert client.get("/events?case=RYD-2345").status_code == 404
    for action in ("take", "note", "message", "status", "refer", "thread", "transfer"):
        r = client.post(
            f"/cases/RYD-2345/{action}",
            data={"csrf": token, "text": "x", "status": "selesai", "to": "kbri", "office": "1"},
        )
        assert r.status_code == 404, action
    export = client.get("/export.csv").text
    assert "JKT-2345" in export and "RYD-2345" not in export
    assert client.get("/accounts").status_code == 404, "accounts are for admins"


def test_the_other_office_sees_its_own_case(client: TestClient) -> None:
    sign_in(client, "rudi")
    queue = client.get("/").text
    assert "RYD-2345" in queue and "JKT-2345" not in queue
    assert "Dewi Lestari" in client.get("/cases/RYD-2345").text
    assert client.get("/cases/JKT-2345").status_code == 404


def test_an_admin_sees_every_office(client: TestClient) -> None:
    sign_in(client, "adi")
    queue = client.get("/").text
    assert "JKT-2345" in queue and "RYD-2345" in queue
    assert queue.index("JKT-2345") < queue.index("RYD-2345"), "urgent first"


def test_a_form_without_the_csrf_token_is_refused(client: TestClient) -> None:
    sign_in(client, "mila")
    assert client.post("/cases/JKT-2345/note", data={"text": "tanpa token"}).status_code == 403
    assert client.post("/cases/JKT-2345/note", data={"text": "token palsu", "csrf": "x" * 40}).status_code == 403
    assert "tanpa token" not in client.get("/cases/JKT-2345").text


def test_five_wrong_passwords_lock_the_account(client: TestClient) -> None:
    for _ in range(5):
        token = csrf_of(client.get("/login").text)
        r = client.post("/login", data={"username": "mila", "password": "salah-salah-salah", "csrf": token})
        assert r.status_code == 401
    token = csrf_of(client.get("/login").text)
    r = client.post("/login", data={"username": "mila", "password": PASSWORD, "csrf": token}, follow_redirects=False)
    assert r.status_code == 401, "locked even with the right password"


def test_exports_carry_personal_fields_only_for_supervisors(client: TestClient, world: World) -> None:
    sign_in(client, "mila")
    rows = list(csv.DictReader(io.StringIO(client.get("/export.csv").text)))
    assert rows and "worker_name" not in rows[0] and "Siti" not in str(rows)
    client.cookies.clear()
    sign_in(client, "sari")
    rows = list(csv.DictReader(io.StringIO(client.get("/export.csv").text)))
    assert rows[0]["worker_name"] == "Siti Aminah" and rows[0]["number"] == "JKT-2345"
    book = load_workbook(io.BytesIO(client.get("/export.xlsx").content))
    values = [c.value for c in next(book.active.iter_rows(min_row=2, max_row=2))]
    assert "JKT-2345" in values and "Siti Aminah" in values


def test_security_headers_on_every_page(client: TestClient) -> None:
    for response in (client.get("/login"), client.get("/", follow_redirects=False)):
        policy = response.headers["content-security-policy"]
        assert "script-src 'self';" in policy and "unsafe-inline" not in policy, "only the console's own script file"
        assert response.headers["x-frame-options"] == "DENY"
        assert response.headers["cache-control"] == "no-store"
        assert response.headers["referrer-policy"] == "no-referrer"


def test_session_cookie_is_httponly_and_strict(client: TestClient) -> None:
    token = csrf_of(client.get("/login").text)
    r = client.post("/login", data={"username": "mila", "password": PASSWORD, "csrf": token}, follow_redirects=False)
    cookie = r.headers["set-cookie"].lower()
    assert "httponly" in cookie and "samesite=strict" in cookie


def test_every_view_and_change_is_audited(client: TestClient, world: World) -> None:
    import sqlite3

    token = sign_in(client, "mila")
    client.get("/cases/JKT-2345")
    client.post("/cases/JKT-2345/note", data={"text": "cek ke KBRI", "csrf": token})
    db = sqlite3.connect(world.settings.data_dir / "pmi.db")
    actions = [r[0] for r in db.execute("SELECT action FROM audit_log ORDER BY id")]
    assert actions[-3:] == ["view_case", "note", "view_case"] or {"view_case", "note"} <= set(actions)
    assert all("cek ke KBRI" not in str(r) for r in db.execute("SELECT detail FROM audit_log"))


def test_password_policy_on_new_accounts(client: TestClient) -> None:
    token = sign_in(client, "adi")
    r = client.post(
        "/accounts",
        data={"csrf": token, "username": "baru", "password": "pendek", "role": "mediator", "office": "pusat"},
    )
    assert r.status_code == 400 and "12" in r.text
    r = client.post(
        "/accounts",
        data={
            "csrf": token,
            "username": "baru",
            "password": "panjang-sekali-99",
            "role": "mediator",
            "office": "pusat",
        },
        follow_redirects=False,
    )
    assert r.status_code == 303
    assert "baru" in client.get("/accounts").text
