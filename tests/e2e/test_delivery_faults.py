"""Delivery under faults, with the real bot process (`run_bot.py run`, polling) on both frameworks.

- The Bot API answers 502 and times out on sendMessage for a while: every reply of every
  committed turn still reaches the user, once and in order (a network error, a timeout or a 5xx
  used to be logged as "update failed" and the replies were lost).
- The bot is SIGKILLed in the middle of a burst: after a restart no update is lost and no turn
  runs twice (the frameworks' polling confirmed updates to Telegram before handling them).
"""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from app.config import load_settings
from flows.dialog import load_dialog
from tests.e2e.test_telegram import bot_env
from tests.e2e.tgclient import User, emulator, inject_send_faults
from tests.support.processes import stop
from tests.support.transcript import mask, run_engine
from tests.transcripts.test_transcripts import NOW, ROOT

pytestmark = pytest.mark.e2e
#: typed as on a phone; the engine's own answers to it are the expected replies
SCRIPT = ["sy mau lapor", "ya", "tidak", "majikan gk bayar gaji sy", "selesai", "ya"]
#: a cold start on a busy 2-core machine (aiogram alone takes seconds to import)
START_TIMEOUT = 90.0


def expected_turns() -> list[list[str]]:
    return [[mask(t) for t, _ in ex.replies] for ex in run_engine(load_dialog(load_settings().dialog), SCRIPT, NOW)]


def polling_env(tmp_path: Path, base: str, framework: str) -> dict[str, str]:
    env = bot_env(tmp_path, base, framework, per_chat=1000, overall=1000)
    config = (tmp_path / "config.yaml").read_text()
    assert "send_timeout_seconds: 15" in config
    # a held sendMessage becomes a client-side timeout after 1 s
    (tmp_path / "config.yaml").write_text(config.replace("send_timeout_seconds: 15", "send_timeout_seconds: 1"))
    return env


@contextmanager
def bot_process(env: dict[str, str], log: Path) -> Iterator[subprocess.Popen[bytes]]:
    with log.open("a") as handle:
        proc = subprocess.Popen(
            [sys.executable, str(ROOT / "run_bot.py"), "run"],
            cwd=ROOT,
            env=env,
            stdout=handle,
            stderr=subprocess.STDOUT,
        )
    try:
        yield proc
    finally:
        stop(proc, patience=20)


def texts(user: User) -> list[str]:
    return [mask(m.text) for m in user.messages()]


def wait_for_all(users: list[User], count: int, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if all(len(user.messages()) >= count for user in users):
            return
        time.sleep(0.2)
    got = {u.user_id: len(u.messages()) for u in users}
    raise AssertionError(f"not every reply arrived: {got}, expected {count} each")


def parse_turns(got: list[str], turns: list[list[str]]) -> int:
    """Check that ``got`` is every turn's replies in order, each turn's possibly sent again right
    after some or all of them went out (the turn was in flight when the process died, before the
    mark that they went out was written: the redelivered update sends the stored replies again).
    A turn run twice would show other replies. Returns how many replies were repeated."""
    at = repeated = 0
    for n, want in enumerate(turns):
        for k in range(len(want), -1, -1):  # the longest repeat first
            if got[at : at + k + len(want)] == want[:k] + want:
                at += k + len(want)
                repeated += k
                break
        else:
            raise AssertionError(f"turn {n}: got {got[at : at + len(want) + 2]}, want {want}")
    assert got[at:] == [], f"replies after the last turn: {got[at:]}"
    return repeated


@pytest.mark.parametrize("framework", ["ptb", "aiogram"])
def test_502s_and_timeouts_on_send_lose_no_reply_and_keep_the_order(tmp_path: Path, framework: str) -> None:
    turns = expected_turns()
    with emulator() as base:
        env = polling_env(tmp_path, base, framework)
        with bot_process(env, tmp_path / "bot.log") as proc:
            users = [User(base, 9100 + i) for i in range(3)]
            users[0].say("/start")
            users[0].wait(1, timeout=START_TIMEOUT)  # the bot is up
            # the Bot API has a bad time: 502s, requests held past the client's timeout, and
            # then every sendMessage failing for two seconds
            inject_send_faults(base, ("502", "hang", "502", "502", "hang"), for_ms=2000, hold_ms=1500)
            for user in users[1:]:
                user.say("/start")
            for text in SCRIPT:  # a burst: nobody waits for the answers
                for user in users:
                    user.say(text)
            total = sum(len(t) for t in turns)
            wait_for_all(users, total, timeout=90)
            time.sleep(1.0)  # a reply sent twice would arrive now
            faulted = users[0].control()["faulted"]
            got = {user.user_id: texts(user) for user in users}
            assert proc.poll() is None
    log = (tmp_path / "bot.log").read_text()
    assert "Traceback" not in log, log[-3000:]
    assert faulted >= 6, f"the faults were hit ({faulted})"
    flat = [t for turn in turns for t in turn]
    for chat, seen in got.items():
        assert seen == flat, f"chat {chat}: every reply, once, in order"


def test_sigkill_in_the_middle_of_a_burst_loses_no_update_and_runs_none_twice(tmp_path: Path) -> None:
    turns = expected_turns()
    total = sum(len(t) for t in turns)
    chats = 16
    with emulator() as base:
        env = polling_env(tmp_path, base, "ptb")
        users = [User(base, 9200 + i) for i in range(chats)]
        with bot_process(env, tmp_path / "bot.log") as first:
            users[0].say("/start")
            users[0].wait(1, timeout=START_TIMEOUT)
            # the Bot API stalls a third of the way through the burst, so the kill lands in its
            # middle however fast this machine is (a fast run once finished the burst first)
            stall_at = chats * total // 3
            inject_send_faults(base, hang_after=stall_at, hold_ms=500)
            for user in users[1:]:
                user.say("/start")
            for text in SCRIPT:
                for user in users:
                    user.say(text)
            deadline = time.monotonic() + 60
            while users[0].control()["faulted"] < chats:
                assert time.monotonic() < deadline, "the burst did not reach the stall"
                time.sleep(0.05)
            first.send_signal(signal.SIGKILL)
            first.wait(timeout=10)
            at_kill = sum(len(u.messages()) for u in users)
            inject_send_faults(base)  # the API recovers
        with bot_process(env, tmp_path / "bot.log") as second:
            wait_for_all(users, total, timeout=120)
            time.sleep(1.0)
            got = [texts(user) for user in users]
            assert second.poll() is None
    assert at_kill < chats * total, "the kill came in the middle of the burst"
    repeated = sum(parse_turns(seen, turns) for seen in got)
    # only a turn whose replies were going out at the kill may repeat them (at least once)
    assert repeated <= chats, repeated
    print(f"\nSIGKILL after {at_kill} of {chats * total} replies; replies repeated after the restart: {repeated}")
