"""Several webhook workers on one PostgreSQL database, and the faults they must survive.

The test acts as Telegram: it POSTs each chat's updates to `run_bot.py serve` processes (one update
of a chat at a time; the next only after a 200), and redelivers an update until it gets a 200, as
Telegram does. Replies go to the Bot API emulator and are compared, turn by turn, with what the
pure engine answers to the same script (case numbers and codes masked). After every 200 the test
checks, on a direct connection to PostgreSQL, that the update's turn was committed first.

- two workers share the database; a chat's updates alternate between them, some are delivered to
  both at once (a redelivery racing the original): every turn happens once and in order (a raced
  turn may send its replies twice, never lose them), one case per chat, and each outbox row
  (mediator notice, evidence download) is done once;
- the database goes away for 10 s under load (a TCP proxy cut): nothing is acknowledged before it
  is stored, every update is processed after redelivery, and the workers recover without restart;
- a worker is SIGKILLed under load: the other one takes the redeliveries, no case is filed twice,
  and no reply is lost: a turn committed by the killed worker but not (fully) sent has its replies
  sent on redelivery.

Everything runs on 127.0.0.1; each test takes 15-35 s on 2 cores.
"""

from __future__ import annotations

import asyncio
import base64
import functools
import itertools
import signal
import subprocess
import sys
import time
from collections.abc import AsyncIterator, Callable, Iterator
from contextlib import asynccontextmanager, contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import asyncpg
import httpx
import pytest

from app.config import load_settings
from flows.dialog import load_dialog
from storage.key_file import ensure_key_file, load_keyring
from storage.sql_store import stored_update_key
from storage.store_helpers import CODE_MASK
from tests.e2e.tcpproxy import TcpProxy
from tests.e2e.test_console import export_cases
from tests.e2e.test_telegram import bot_env
from tests.e2e.tgclient import TOKEN, emulator, free_port
from tests.support.db import sync_pg_url, temporary_pg_database
from tests.support.transcript import load_script, mask, run_engine
from tests.transcripts.test_transcripts import NOW, ROOT

pytestmark = pytest.mark.e2e
SECRET = "a-long-random-secret-for-the-workers-test"
GROUP = -100777
SCRIPT = load_script("complaint_id")
NAME_STEP = SCRIPT.index("Siti Aminah")
#: each attempt to deliver an update gives up after this long (the whole test is bounded too)
DEADLINE = 45.0

Seen = list[tuple[str, list[str]]]


@functools.cache
def dialog() -> Any:
    return load_dialog(load_settings().dialog)


def script_for(chat: int) -> list[Any]:
    """The golden complaint, with a name of its own so each chat's case can be told apart."""
    script = list(SCRIPT)
    script[NAME_STEP] = f"Siti {chat}"
    return script


# ---------------------------------------------------------------------------------------- processes
@dataclass
class Worker:
    name: str
    url: str
    proc: subprocess.Popen[bytes]
    log: Path

    @property
    def alive(self) -> bool:
        return self.proc.poll() is None


def worker_env(tmp_path: Path, base: str, database_url: str, outage_seconds: int = 15) -> dict[str, str]:
    env = bot_env(tmp_path, base, "ptb", per_chat=1000, overall=100000)
    config = (tmp_path / "config.yaml").read_text()
    config = config.replace("mediators_chat_id: null", f"mediators_chat_id: {GROUP}")
    config = config.replace("outage_seconds: 15", f"outage_seconds: {outage_seconds}")
    (tmp_path / "config.yaml").write_text(config)
    env["WEBHOOK_SECRET"] = SECRET
    env["DATABASE_URL"] = database_url
    ensure_key_file(tmp_path / "keys.json")  # made once here, so both workers can start at once
    return env


@contextmanager
def workers(tmp_path: Path, env: dict[str, str], count: int = 2) -> Iterator[list[Worker]]:
    started: list[Worker] = []
    try:
        for n in range(count):
            port = free_port()
            log = tmp_path / f"worker{n}.log"
            proc = subprocess.Popen(
                [sys.executable, str(ROOT / "run_bot.py"), "serve", "--port", str(port)],
                cwd=ROOT,
                env=env,
                stdout=subprocess.DEVNULL,
                stderr=log.open("w"),
            )
            started.append(Worker(f"w{n}", f"http://127.0.0.1:{port}", proc, log))
        deadline = time.monotonic() + 90  # a cold start on a busy 2-core machine
        for worker in started:
            while True:
                try:
                    if httpx.get(f"{worker.url}/healthz", timeout=1).status_code == 200:
                        break
                except httpx.HTTPError:
                    pass
                if time.monotonic() > deadline or not worker.alive:
                    raise AssertionError(f"{worker.name} did not start: {worker.log.read_text()[-2000:]}")
                time.sleep(0.1)
        yield started
    finally:
        for worker in started:
            if worker.alive:
                worker.proc.terminate()
        for worker in started:
            try:
                worker.proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                worker.proc.kill()
                worker.proc.wait()


def tracebacks(found: list[Worker]) -> str:
    return "".join(w.log.read_text()[-3000:] for w in found if "Traceback" in w.log.read_text())


# ---------------------------------------------------------------------------------------- Telegram
@dataclass
class Turn:
    n: int
    said: str
    expected: Seen
    got: Seen
    #: some delivery of this update got no answer or a non-2xx: its first try may have committed
    troubled: bool
    #: the update went to two workers at once (a redelivery racing the original)
    raced: bool = False


@dataclass
class Telegram:
    """Acts as Telegram towards the webhook workers, and reads the chats back from the emulator."""

    base: str
    db: asyncpg.Pool
    http: httpx.AsyncClient = field(default_factory=lambda: httpx.AsyncClient(timeout=30))
    ids: Iterator[int] = field(default_factory=lambda: itertools.count(10_000))
    #: updates answered 200 while their turn was not in the database
    acked_unstored: list[str] = field(default_factory=list)
    answers: dict[str, int] = field(default_factory=dict)
    progress: dict[int, int] = field(default_factory=dict)
    #: workers that gave no answer: like a load balancer, the next deliveries go to the others
    down: set[str] = field(default_factory=set)
    #: how the workers store an update key (a keyed hash: SqlStore.stored_update_key)
    stored_key: Callable[[str], str] = str

    async def close(self) -> None:
        await self.http.aclose()

    async def bot_messages(self, chat: int) -> list[dict[str, Any]]:
        answer = await self.http.post(f"{self.base}/control/botMessages", json={"token": TOKEN, "chatId": chat})
        return list(answer.json()["result"])

    async def seen(self, chat: int) -> Seen:
        out = []
        for m in await self.bot_messages(chat):
            markup = m.get("reply_markup") or {}
            labels = [b["text"] for row in markup.get("inline_keyboard", []) for b in row]
            labels += [b["text"] for row in markup.get("keyboard", []) for b in row if not b.get("request_contact")]
            out.append((m.get("text") or "", labels))
        return out

    async def upload(self, content: bytes) -> str:
        body = {"content_base64": base64.b64encode(content).decode()}
        return str((await self.http.post(f"{self.base}/control/upload", json=body)).json()["file_id"])

    async def update(self, chat: int, step: Any, photo: str) -> dict[str, Any]:
        update_id = next(self.ids)
        person = {"id": chat, "is_bot": False, "first_name": "Siti", "language_code": "id"}
        where = {"id": chat, "type": "private", "first_name": "Siti"}
        if isinstance(step, dict) and "press" in step:
            latest = [m for m in await self.bot_messages(chat) if (m.get("reply_markup") or {}).get("inline_keyboard")]
            buttons = [b for row in latest[-1]["reply_markup"]["inline_keyboard"] for b in row]
            data = next(b["callback_data"] for b in buttons if b["callback_data"].endswith(":" + step["press"]))
            pressed = {"message_id": 1, "chat": where, "date": int(time.time()), "text": "."}
            query = {"id": str(update_id), "from": person, "data": data, "message": pressed}
            return {"update_id": update_id, "callback_query": query}
        message: dict[str, Any] = {"message_id": update_id, "date": int(time.time()), "chat": where, "from": person}
        if isinstance(step, dict) and "media" in step:
            message["photo"] = [{"file_id": photo, "file_unique_id": photo, "width": 90, "height": 90, "file_size": 20}]
        else:
            message["text"] = step
        return {"update_id": update_id, "message": message}

    async def post(self, worker: Worker, update: dict[str, Any]) -> int | None:
        """One delivery: the HTTP status, or None when the worker gave no answer at all."""
        try:
            response = await self.http.post(
                f"{worker.url}/telegram/webhook",
                json=update,
                headers={"X-Telegram-Bot-Api-Secret-Token": SECRET},
            )
        except httpx.HTTPError:
            self.down.add(worker.url)
            self.answers["none"] = self.answers.get("none", 0) + 1
            return None
        self.answers[str(response.status_code)] = self.answers.get(str(response.status_code), 0) + 1
        if response.status_code == 200:
            if "message" in update:
                key = f"telegram:{update['message']['chat']['id']}:{update['message']['message_id']}"
            else:
                key = f"telegram:cb:{update['callback_query']['id']}"
            # a photo's turn is keyed <message>:m (and its caption's <message>:t); stored hashed
            keys = [self.stored_key(k) for k in (key, f"{key}:m", f"{key}:t")]
            stored = await self.db.fetchval("SELECT count(*) FROM processed_updates WHERE update_key = ANY($1)", keys)
            if stored < 1:
                what = update.get("message", {}).get("text") or ("photo" if "message" in update else "button")
                self.acked_unstored.append(f"{update['update_id']} ({what!r})")
        return response.status_code

    async def deliver(self, update: dict[str, Any], pool: list[Worker], first: int) -> bool:
        """Deliver until a 200, moving to the next live worker after a failure. True if troubled."""
        troubled = False
        deadline = time.monotonic() + DEADLINE
        for attempt in itertools.count():
            live = [w for w in pool if w.url not in self.down] or pool
            worker = live[(first + attempt) % len(live)]
            if await self.post(worker, update) == 200:
                return troubled
            troubled = True
            if time.monotonic() > deadline:
                raise AssertionError(f"update {update['update_id']} was never acknowledged")
            await asyncio.sleep(0.3)
        raise AssertionError("unreachable")

    async def mid_dialog(self, chats: list[int], step: int) -> None:
        """Wait until every chat has answered at least ``step`` questions (the moment to strike)."""

        async def reached() -> bool:
            return len(self.progress) == len(chats) and min(self.progress.values()) >= step

        try:
            await wait_for(reached, 90, "every chat to be mid-dialog")
        except AssertionError as exc:
            raise AssertionError(
                f"{exc}: steps reached {sorted(self.progress.values())}, answers {self.answers}"
            ) from None

    async def chat(self, chat: int, pool: list[Worker], race_every: int = 0) -> list[Turn]:
        """One worker's complaint, turn by turn; every ``race_every``-th update (and the one that files
        the case) goes to two workers at once, a redelivery racing the original."""
        script = script_for(chat)
        # the engine's answers, worked out beside the dialog (about a second of CPU per chat: in
        # the event loop it held every chat up before the first update went out)
        expecting = asyncio.create_task(asyncio.to_thread(run_engine, dialog(), script, NOW))
        photo = await self.upload(f"photo of chat {chat}".encode())
        sent: list[tuple[int, Any, Seen, bool, bool]] = []
        count = 0
        for n, step in enumerate(["/start", *script]):
            update = await self.update(chat, step, photo)
            first = (chat + n) % len(pool)
            # the last turn files the case: racing it too shows a case cannot be filed twice
            if race_every and (n % race_every == race_every - 1 or n == len(script)) and len(pool) > 1:
                results = await asyncio.gather(self.deliver(update, pool, first), self.deliver(update, pool, first + 1))
                troubled, raced = any(results), True
            else:
                troubled, raced = await self.deliver(update, pool, first), False
            seen = await self.seen(chat)
            sent.append((n, step, seen[count:], troubled, raced))
            count = len(seen)
            self.progress[chat] = n
        expected = await expecting
        turns = [
            Turn(n, exchange.said, exchange.replies, got, troubled, raced)
            for (n, _step, got, troubled, raced), exchange in zip(sent, expected, strict=True)
        ]
        # nothing arrives late (a reply sent twice would show up here)
        await asyncio.sleep(0.5)
        late = (await self.seen(chat))[count:]
        if late:
            turns.append(Turn(len(turns), "(after the script)", [], late, False))
        return turns


def masked(replies: Seen | list[tuple[str, list[str]]]) -> list[tuple[str, list[str]]]:
    """Codes and dates as the goldens mask them. A filing turn sent again after a race shows its
    access and family codes as CODE_MASK (storage keeps no code to show twice): the same reply."""
    return [(mask(text.replace(CODE_MASK, "XXXX-XXXX")), labels) for text, labels in replies]


def repeated_replies(turns: list[Turn]) -> int:
    """Check each turn against the engine: every reply arrives, in order; none is lost. A turn
    whose delivery was troubled (the worker died, or the database went, after the commit) or
    raced by a redelivery may show the start of its replies, then all of them again: the
    redelivery finds them not yet marked as sent and sends them (at least once). Returns how
    many replies arrived twice."""
    repeated = 0
    for turn in turns:
        got, want = masked(turn.got), masked(turn.expected)
        if got == want:
            continue
        assert turn.troubled or turn.raced, f"turn {turn.n} ({turn.said!r}): {got} != {want}"
        assert any(got == want[:k] + want for k in range(len(want) + 1)), f"turn {turn.n}: {got} != {want}"
        repeated += len(got) - len(want)
    return repeated


async def wait_for(condition: Any, timeout: float, what: str) -> Any:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = await condition()
        if value:
            return value
        await asyncio.sleep(0.2)
    raise AssertionError(f"timed out waiting for {what}")


async def group_notices(tg: Telegram) -> list[str]:
    return [m["text"] for m in await tg.bot_messages(GROUP)]


def numbers_of(cases: list[dict[str, Any]]) -> dict[str, str]:
    return {str(c["worker_name"]): str(c["number"]) for c in cases}


@asynccontextmanager
async def rig(
    tmp_path: Path, url: str, workers_url: str | None = None, outage_seconds: int = 15
) -> AsyncIterator[tuple[dict[str, str], asyncpg.Pool, Telegram]]:
    """The emulator, the workers' environment (their database at ``workers_url``, else ``url``),
    a pool that reads the database directly at ``url``, and the users' Telegram side."""
    with emulator() as base:
        env = worker_env(tmp_path, base, workers_url or url, outage_seconds)
        db = await asyncpg.create_pool(sync_pg_url(url), min_size=1, max_size=4)
        ring = load_keyring({"PMI_KEY_FILE": str(tmp_path / "keys.json")})
        tg = Telegram(base, db, stored_key=lambda k: stored_update_key(ring, k))
        try:
            yield env, db, tg
        finally:
            await tg.close()
            await db.close()


# ---------------------------------------------------------------------------------------- the tests
async def test_two_workers_share_postgresql_every_turn_once_and_in_order(tmp_path: Path) -> None:
    chats = [810_000 + i for i in range(20)]
    async with temporary_pg_database() as url:
        async with rig(tmp_path, url) as (env, db, tg):
            with workers(tmp_path, env) as pool:
                started = time.monotonic()
                results = await asyncio.gather(*(tg.chat(c, pool, race_every=5) for c in chats))
                seconds = time.monotonic() - started

                async def drained() -> list[Any]:
                    rows = await db.fetch("SELECT kind, done_at, attempts FROM outbox")
                    return rows if rows and all(r["done_at"] is not None for r in rows) else []

                rows = await wait_for(drained, 15, "the outbox to drain")
                await asyncio.sleep(1.5)  # a notice sent twice would arrive now
                notices = await group_notices(tg)
                assert all(w.alive for w in pool)
                assert not tracebacks(pool), tracebacks(pool)
            cases = await asyncio.to_thread(export_cases, env)
    assert tg.acked_unstored == [], "a 200 was sent before the turn was stored"
    assert not any(turn.troubled for turns in results for turn in turns)
    repeated = sum(repeated_replies(turns) for turns in results)
    assert sorted(numbers_of(cases)) == sorted(f"Siti {c}" for c in chats) and len(cases) == len(chats)
    kinds = sorted(r["kind"] for r in rows)
    assert kinds == sorted(["mediator_notice", "attachment_fetch"] * len(chats)), kinds
    assert all(r["attempts"] == 0 for r in rows), "every outbox row went out on its first try"
    numbers = sorted(numbers_of(cases).values())
    assert sorted(n for n in numbers for text in notices if n in text) == numbers, "one notice per case"
    assert len(notices) == len(chats)
    total = sum(len(t) for t in results)
    print(f"\n2 workers: {len(chats)} chats, {total} turns in {seconds:.1f} s; answers {tg.answers}; ", end="")
    print(f"replies repeated by a racing redelivery {repeated}")


async def test_database_away_for_ten_seconds_nothing_acknowledged_early_nothing_lost(tmp_path: Path) -> None:
    chats = [820_000 + i for i in range(10)]
    async with temporary_pg_database() as url:
        parts = urlsplit(sync_pg_url(url))
        proxy = TcpProxy(parts.hostname or "127.0.0.1", parts.port or 5432)
        port = proxy.start()
        through_proxy = f"postgresql://{parts.username}@127.0.0.1:{port}{parts.path}"
        try:
            # a turn rides out 2 s of outage, then the update is answered 503 (Telegram redelivers)
            async with rig(tmp_path, url, through_proxy, outage_seconds=2) as (env, _db, tg):
                with workers(tmp_path, env) as pool:
                    started = time.monotonic()
                    running = asyncio.gather(*(tg.chat(c, pool) for c in chats))
                    await tg.mid_dialog(chats, step=8)
                    before = dict(tg.answers)
                    await asyncio.to_thread(proxy.cut)
                    cut_at = time.monotonic()
                    await asyncio.sleep(10)
                    during = {k: v - before.get(k, 0) for k, v in tg.answers.items()}
                    await asyncio.to_thread(proxy.restore)
                    results = await running
                    seconds = time.monotonic() - started

                    async def all_notices() -> list[str]:
                        found = await group_notices(tg)
                        return found if len(found) >= len(chats) else []

                    # nothing lost is the point, not how soon: after a 10 s outage a slow machine took
                    # longer than 15 s to deliver the last notice once (5 December), so 45 s
                    notices = await wait_for(all_notices, 45, "a mediator notice for every case")
                    health = [httpx.get(f"{w.url}/healthz", timeout=5).status_code for w in pool]
                    assert all(w.alive for w in pool), "the workers were not restarted: they recovered"
                cases = await asyncio.to_thread(export_cases, env)
        finally:
            proxy.close()
    assert health == [200, 200]
    assert tg.acked_unstored == [], "a 200 was sent before the turn was stored"
    assert during.get("503", 0) > 0, f"updates posted during the outage were refused: {during}"
    assert during.get("200", 0) <= len(chats), "at most the turns already committing at the cut were acknowledged"
    repeated = sum(repeated_replies(turns) for turns in results)
    assert sorted(numbers_of(cases)) == sorted(f"Siti {c}" for c in chats) and len(cases) == len(chats)
    # every case's notice reached the group; one whose "sent" mark was cut by the outage may go
    # twice (at least once, ADR 0002: a notice is never lost, and a resend is the price)
    assert len(set(notices)) == len(chats), notices
    assert len(notices) - len(set(notices)) <= len(chats), "more repeats than notices in flight at the cut"
    print(
        f"\noutage: {len(chats)} chats in {seconds:.1f} s (cut {cut_at - started:.1f} s in); "
        f"answers during it {during}, all {tg.answers}; replies repeated {repeated}"
    )


async def test_a_worker_killed_under_load_loses_no_case_and_files_none_twice(tmp_path: Path) -> None:
    chats = [830_000 + i for i in range(20)]
    async with temporary_pg_database() as url:
        async with rig(tmp_path, url) as (env, _db, tg):
            with workers(tmp_path, env) as pool:
                started = time.monotonic()
                running = asyncio.gather(*(tg.chat(c, pool) for c in chats))
                await tg.mid_dialog(chats, step=10)
                pool[0].proc.send_signal(signal.SIGKILL)
                results = await running
                seconds = time.monotonic() - started
                assert pool[0].proc.wait(5) == -signal.SIGKILL and pool[1].alive
                assert not tracebacks(pool[1:]), tracebacks(pool[1:])
            cases = await asyncio.to_thread(export_cases, env)
    assert tg.acked_unstored == [], "a 200 was sent before the turn was stored"
    assert tg.answers.get("none", 0) > 0, "the kill interrupted deliveries"
    repeated = sum(repeated_replies(turns) for turns in results)
    assert sorted(numbers_of(cases)) == sorted(f"Siti {c}" for c in chats) and len(cases) == len(chats)
    print(f"\nSIGKILL: {len(chats)} chats in {seconds:.1f} s; answers {tg.answers}; replies repeated {repeated}")
