"""Webhook mode with real HTTP posts of Telegram update JSON to `run_bot.py serve`."""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from app.config import load_settings
from flows.dialog import load_dialog
from tests.e2e.test_telegram import bot_env
from tests.e2e.tgclient import User, emulator, free_port
from tests.support.serve import serving
from tests.support.transcript import run_engine
from tests.transcripts.test_transcripts import NOW

pytestmark = pytest.mark.e2e
SECRET = "a-long-random-secret-for-tests"


class Server:
    def __init__(self, url: str, emulator_url: str, data: Path) -> None:
        self.url = url
        self.emulator_url = emulator_url
        self.data = data
        self.http = httpx.Client(base_url=url, timeout=30)
        self.next_id = 1000

    def update(self, chat: int, text: str, update_id: int | None = None, message_id: int | None = None) -> dict:
        if update_id is None:
            self.next_id += 1
            update_id = self.next_id
        return {
            "update_id": update_id,
            "message": {
                "message_id": message_id or update_id,
                "date": int(time.time()),
                "text": text,
                "chat": {"id": chat, "type": "private", "first_name": "Siti"},
                "from": {"id": chat, "is_bot": False, "first_name": "Siti"},
            },
        }

    def post(self, update: dict, secret: str | None = SECRET) -> httpx.Response:
        headers = {"X-Telegram-Bot-Api-Secret-Token": secret} if secret is not None else {}
        return self.http.post("/telegram/webhook", json=update, headers=headers)


@pytest.fixture
def server(tmp_path: Path) -> Iterator[Server]:
    with emulator() as base:
        env = bot_env(tmp_path, base, "ptb")
        config = (tmp_path / "config.yaml").read_text().replace("outage_seconds: 15", "outage_seconds: 1")
        config = config.replace("webhook_send_patience_seconds: 8", "webhook_send_patience_seconds: 1")
        (tmp_path / "config.yaml").write_text(config)
        env["WEBHOOK_SECRET"] = SECRET
        with serving(env, tmp_path, port=free_port(), patience=60) as url:
            yield Server(url, base, tmp_path)


def test_wrong_secret_is_refused_and_nothing_is_stored(server: Server) -> None:
    user = User(server.emulator_url, 501)
    update = server.update(501, "halo", update_id=7)
    assert server.post(update, secret="wrong").status_code == 401
    assert server.post(update, secret=None).status_code == 401
    assert user.messages() == []
    # the same update with the right secret is new to the bot: it was not stored before
    assert server.post(update).status_code == 200
    assert "Selamat datang" in user.wait(1)[0].text


def test_the_same_update_twice_gets_one_reply(server: Server) -> None:
    user = User(server.emulator_url, 502)
    update = server.update(502, "halo")
    assert server.post(update).status_code == 200
    assert server.post(update).status_code == 200
    user.wait(1)
    assert user.settle(quiet=0.5) == []
    assert len(user.messages()) == 1


def test_bad_json_is_400(server: Server) -> None:
    response = server.http.post(
        "/telegram/webhook", content=b"{not json", headers={"X-Telegram-Bot-Api-Secret-Token": SECRET}
    )
    assert response.status_code == 400


def test_a_turn_that_cannot_be_stored_is_not_acknowledged_and_is_processed_on_redelivery(server: Server) -> None:
    user = User(server.emulator_url, 503)
    update = server.update(503, "halo")
    db = sqlite3.connect(server.data / "pmi.db", timeout=1)
    db.execute("BEGIN EXCLUSIVE")  # the database is unavailable to the bot
    try:
        response = server.post(update)
    finally:
        db.rollback()
        db.close()
    assert response.status_code == 503
    assert user.messages() == []
    assert server.post(update).status_code == 200  # Telegram redelivers
    assert "Selamat datang" in user.wait(1)[0].text
    assert user.settle(quiet=0.5) == []


def test_a_huge_body_and_deep_nesting_are_400_and_the_bot_goes_on(server: Server) -> None:
    """Deep nesting raised RecursionError (a 500), and any size of body was read into memory."""
    headers = {"X-Telegram-Bot-Api-Secret-Token": SECRET, "Content-Type": "application/json"}
    deep = server.http.post("/telegram/webhook", content=b"[" * 100_000 + b"]" * 100_000, headers=headers)
    assert deep.status_code == 400 and "nested too deeply" in deep.json()["error"]
    huge = server.update(504, "x" * 2_000_000)
    big = server.http.post("/telegram/webhook", json=huge, headers=headers)
    assert big.status_code == 400 and "too large" in big.json()["error"]

    def chunks() -> Iterator[bytes]:  # no Content-Length: the limit holds while reading
        yield b'{"update_id": 1, "pad": "'
        for _ in range(40):
            yield b"x" * 65536
        yield b'"}'

    streamed = server.http.post("/telegram/webhook", content=chunks(), headers=headers)
    assert streamed.status_code == 400 and "too large" in streamed.json()["error"]
    user = User(server.emulator_url, 504)
    assert server.post(server.update(504, "halo")).status_code == 200
    assert "Selamat datang" in user.wait(1)[0].text


def test_update_ids_that_start_again_from_a_low_number_are_answered(server: Server) -> None:
    """Telegram may number updates from a low number again (after a week without updates, or
    for a new bot). Keys by update id made the new messages look like old ones: never answered."""
    user = User(server.emulator_url, 505)
    assert server.post(server.update(505, "halo", update_id=3, message_id=3)).status_code == 200
    assert "Selamat datang" in user.wait(1)[0].text
    assert server.post(server.update(505, "lapor", update_id=4, message_id=4)).status_code == 200
    user.wait(1)
    # a week later the ids start again: the same update ids, new messages
    assert server.post(server.update(505, "halo", update_id=3, message_id=40)).status_code == 200
    assert user.wait(1), "the new message was answered"
    assert server.post(server.update(505, "sy mau lapor", update_id=4, message_id=41)).status_code == 200
    assert user.wait(1), "and the next one too"
    # a true redelivery (the same message) is still answered once
    assert server.post(server.update(505, "sy mau lapor", update_id=4, message_id=41)).status_code == 200
    assert user.settle(quiet=0.5) == []


def test_replies_telegram_cannot_take_make_a_503_and_the_redelivery_sends_them(server: Server) -> None:
    """A 502 from the Bot API after the commit was answered 200: the worker never saw the reply.
    Now the update is refused (503) and its redelivery sends the committed turn's stored replies,
    without running the turn again."""
    from tests.e2e.tgclient import inject_send_faults

    user = User(server.emulator_url, 506)
    assert server.post(server.update(506, "halo")).status_code == 200
    welcome = user.wait(1)[0]
    inject_send_faults(server.emulator_url, for_ms=2500)  # every sendMessage is a 502 for 2.5 s
    update = server.update(506, "sy mau lapor")
    assert server.post(update).status_code == 503
    assert user.messages()[-1].text == welcome.text, "nothing was sent"
    time.sleep(2.5)
    assert server.post(update).status_code == 200  # Telegram delivers it again
    answer = [m.text for m in user.wait(1)] + [m.text for m in user.settle(quiet=0.5)]
    assert server.post(server.update(506, "ya")).status_code == 200
    answer += [m.text for m in user.wait(1)] + [m.text for m in user.settle(quiet=0.5)]
    expected = run_engine(load_dialog(load_settings().dialog), ["sy mau lapor", "ya"], NOW)
    assert answer == [t for ex in expected[1:] for t, _ in ex.replies], "each reply once, in order"
    log = (server.data / "serve.log").read_text()
    assert "replies of a committed turn sent on redelivery" in log, "the redelivery did not run the turn again"
