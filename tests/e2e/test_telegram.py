"""The real bot process (`run_bot.py run`) on both frameworks, against the Bot API emulator.

A simulated user types, presses buttons (old ones too), sends stickers, photos and long texts.
The golden transcripts of the console pass through Telegram unchanged.

One bot process per framework serves every test of this module, each in its own chats (a cold
start costs more than most tests: aiogram alone imports in about five seconds); each test sees
only the cases filed while it ran (``Bot.export``).
"""

from __future__ import annotations

import asyncio
import json
import os
import re
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from app.config import load_settings
from flows.dialog import load_dialog
from tests.e2e.tgclient import TOKEN, User, emulator
from tests.support.processes import stop
from tests.support.transcript import load_script, mask, run_engine
from tests.transcripts.test_transcripts import NOW, ROOT, SAFETY_SCRIPTS

pytestmark = pytest.mark.e2e
FRAMEWORKS = ["ptb", "aiogram"]


@dataclass
class Bot:
    base: str
    env: dict[str, str]
    proc: subprocess.Popen[str]
    log: Path
    #: the cases filed before the current test began (the bot serves the whole module)
    before: frozenset[str] = frozenset()

    def numbers(self) -> frozenset[str]:
        """The case numbers on file, read straight from the bot's SQLite file (numbers are not
        personal and not encrypted): what the next test's ``export`` leaves out."""
        with sqlite3.connect(Path(self.env["PMI_DATA_DIR"]) / "pmi.db") as db:
            return frozenset(row[0] for row in db.execute("SELECT number FROM cases"))

    def export(self) -> list[dict]:
        """The cases filed since the current test began, as `run_bot.py cases export` gives them."""
        proc = subprocess.run(
            [sys.executable, str(ROOT / "run_bot.py"), "cases", "export"],
            capture_output=True,
            text=True,
            env=self.env,
            cwd=ROOT,
            timeout=60,
            check=False,
        )
        assert proc.returncode == 0, proc.stderr
        return [c for c in json.loads(proc.stdout) if c["number"] not in self.before]


def bot_env(tmp_path: Path, base: str, framework: str, per_chat: int = 50, overall: int = 30) -> dict[str, str]:
    """The emulator is not Telegram: the per-chat send limit is raised so tests run fast (the
    limiter itself is tested on its own, and the 429 test below uses the real settings)."""
    config = (ROOT / "config.yaml").read_text().replace("framework: ptb", f"framework: {framework}")
    config = config.replace("send_per_chat_per_second: 1", f"send_per_chat_per_second: {per_chat}")
    config = config.replace("send_rate_per_second: 30", f"send_rate_per_second: {overall}")
    # discreet mode: the closing replies are cleaned up at once instead of after 10 minutes
    config = config.replace("discreet_closing_minutes: 10", "discreet_closing_minutes: 0")
    (tmp_path / "config.yaml").write_text(config)
    env = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "PMI_MASTER_KEYS", "PMI_KEY_FILE")}
    env.update(
        {
            "BOT_TOKEN": TOKEN,
            "TELEGRAM_API_BASE_URL": base,
            "PMI_DATA_DIR": str(tmp_path),
            "PMI_CONFIG": str(tmp_path / "config.yaml"),
        }
    )
    return env


@pytest.fixture(scope="module", params=FRAMEWORKS)
def bot_process(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Bot]:
    tmp_path = tmp_path_factory.mktemp(f"bot-{request.param}")
    with emulator() as base:
        env = bot_env(tmp_path, base, request.param)
        log = tmp_path / "bot.log"
        with log.open("w") as handle:
            proc = subprocess.Popen(
                [sys.executable, str(ROOT / "run_bot.py"), "run"],
                cwd=ROOT,
                env=env,
                stdout=handle,
                stderr=subprocess.STDOUT,
                text=True,
            )
        try:
            wait_until_polling(log, proc)
            yield Bot(base, env, proc, log)
        finally:
            stop(proc)
            assert "Traceback" not in log.read_text(), log.read_text()[-3000:]


@pytest.fixture
def bot(bot_process: Bot) -> Bot:
    """The module's bot, with the cases already on file set aside for this test."""
    bot_process.before = (
        bot_process.numbers() if (Path(bot_process.env["PMI_DATA_DIR"]) / "pmi.db").exists() else frozenset()
    )
    return bot_process


def wait_until_polling(log: Path, proc: subprocess.Popen[str], timeout: float = 120.0) -> None:
    """A cold start on a busy 2-core machine can take most of a minute (aiogram alone imports
    in seconds): wait for the bot to say it polls, so the tests' own timeouts measure the bot."""
    deadline = time.monotonic() + timeout
    while '"msg": "polling"' not in log.read_text():
        if proc.poll() is not None or time.monotonic() > deadline:
            raise AssertionError(f"the bot did not start: {log.read_text()[-2000:]}")
        time.sleep(0.1)


def visible(user: User, count: int) -> list[tuple[str, list[str]]]:
    out = []
    for message in user.wait(count, timeout=20):
        labels = [b["text"] for b in message.buttons] + [
            b["text"] for b in message.keyboard if not b.get("request_contact")
        ]
        out.append((message.text, labels))
    return out


#: what discreet mode leaves on the phone once it has cleaned up (locales: common.discreet_neutral)
NEUTRAL_LINE = "Terima kasih 🙏"
#: the bot under test cleans discreet closings up at once (bot_env): its words say "0 menit"
_CLOSING_MINUTES = re.compile(r"[Dd]alam \d+ menit|[Ii]n \d+ minutes")


def same(text: str) -> str:
    """A reply as the golden has it: codes and dates masked, the closing delay left out."""
    return _CLOSING_MINUTES.sub("<minutes>", mask(text))


def replay(user: User, script: list) -> list[list[tuple[str, list[str]]]]:
    """Send a script the way a person would on Telegram; return what the bot answered to each step."""
    expected = run_engine(load_dialog(load_settings().dialog), script, NOW)
    first_buttons: dict[str, dict] = {}
    got = []
    for step, item in zip(["/start", *script], expected, strict=True):
        if isinstance(step, str):
            user.say(step)
        elif "press" in step:
            latest = [m for m in user.messages() if m.buttons][-1]
            user.press(latest.button(step["press"]), latest.message_id)
        elif "press_old" in step:
            user.press(first_buttons[step["press_old"]])
        elif "media" in step:
            user.send_photo(b"\x89PNG fake photo bytes")
        elif "sticker" in step:
            user.send_sticker()
        answer = visible(user, len(item.replies))
        if not any(t == NEUTRAL_LINE for t, _ in item.replies):
            # discreet mode cleans up at once here (bot_env): its neutral line may come early
            answer = [a for a in answer if a[0] != NEUTRAL_LINE]
        got.append(answer)
        for message in user.messages():
            for button in message.buttons:
                first_buttons.setdefault(str(button["callback_data"]).split(":", 1)[-1], button)
        assert [same(t) for t, _ in answer] == [same(t) for t, _ in item.replies], f"after {item.said!r}"
        assert [b for _, b in answer] == [b for _, b in item.replies], f"buttons after {item.said!r}"
    return got


GOLDEN = ["complaint_id", "complaint_en", "family_report_id"]


def test_golden_transcripts_pass_through_telegram(bot: Bot) -> None:
    """Each golden transcript in its own chat, through one bot process per framework (a bot's
    cold start costs more than a transcript: the suite's time)."""
    for n, name in enumerate(GOLDEN):
        user = User(bot.base, 7001 + n)
        replay(user, load_script(name))
        assert user.settle(quiet=0.5) == [], f"{name}: no reply is sent twice or late"
    cases = bot.export()
    assert sorted(c["reporter_kind"] for c in cases) == ["family", "self", "self"], "one case per transcript"


def test_the_safety_transcripts_pass_through_telegram(bot: Bot) -> None:
    """The cry at the first message, a second cry, trafficking from the menu, "batal" and
    "lanjut", each "hapus" (issue 14), and the safety question answered "in danger": the same
    words through each framework, one chat each (one bot process for all, to keep the suite's
    time)."""
    for n, name in enumerate(SAFETY_SCRIPTS):
        user = User(bot.base, 7100 + n)
        replay(user, load_script(name))
    cases = bot.export()
    assert len(cases) == 7, "every script but batal/lanjut files one case"
    assert all(c["urgent"] for c in cases), "each began with a cry, chose trafficking or said she was in danger"
    by_country = {c["country"]: c for c in cases if not c["erased"]}
    assert set(by_country) == {"HK", "SA", "KH", "AE"}
    hong_kong = by_country["HK"]
    assert hong_kong["city"] == "Hong Kong" and "tuen mun" in str(hong_kong.get("where_now")).lower(), (
        "where she is in the city-state, for a rescuer"
    )
    assert by_country["KH"]["category"] == "perdagangan_orang"
    asked = [c for c in cases if not c["erased"] and str(c.get("city") or "").lower() == "riyadh"]
    assert asked and asked[0]["urgent"], "she said she was in danger when asked: urgent, Riyadh from her words"
    erased = [c for c in cases if c["erased"]]
    assert len(erased) == 2 and all(c["status"] == "ditutup" for c in erased), "withdrawn and erased"
    assert all("story" not in c and "phone" not in c for c in erased), "nothing personal left"


def test_buttons_old_buttons_stickers_long_texts_and_evidence(bot: Bot) -> None:
    user = User(bot.base, 7201)  # its own chat: the golden transcripts use 7001 on
    user.say("/start")
    welcome = user.wait(1)[0]
    user.press(welcome.button("lapor"), welcome.message_id)
    consent = user.wait(1)[0]
    user.press(consent.button("setuju"), consent.message_id)
    offer = user.wait(1)[0]
    assert "mode rahasia" in offer.text
    user.press(offer.button("tidak"), offer.message_id)
    assert "Ceritakan" in user.wait(1)[0].text, "the story comes first, before any form"
    user.press(welcome.button("status"), welcome.message_id)  # a button from long ago
    stale = user.wait(2)
    assert stale[0].text.startswith("Pertanyaan itu sudah lewat")
    user.press_data("999:self")  # forged data
    assert user.wait(2)[0].text.startswith("Pertanyaan itu sudah lewat")
    user.send_sticker()
    assert "stiker" in user.wait(2)[0].text
    user.send_location()
    assert "belum bisa kami baca" in user.wait(2)[0].text
    story = "Saya bekerja tanpa libur. " * 160  # 4,000 characters
    user.say(story[:4000])
    user.wait_until("Sudah kami catat")
    photo = user.send_photo(b"\xff\xd8 a photo of the contract", caption="ini kontrak saya")
    user.wait_until("Berkas sudah kami terima")
    user.wait_until("Sudah kami catat")
    user.say("selesai")
    # then only what is still missing, answered as a tired worker would
    answers = [
        ("Kami catat", "ya"),
        ("Siapa yang melapor", "sy"),
        ("Masalahnya tentang apa", "1"),
        ("paling sesuai", "1"),
        ("Di negara mana", "malaysia"),
        ("Di kota", "lewati"),
        ("nama majikan", "lewati"),
        ("Siapa nama", "Siti"),
        ("Nomor HP", None),
        ("PT atau agen", "gk tau"),
        ("Sejak kapan", "lewati"),
        ("berapa uang", "lewati"),
        ("Jenis kelamin", "lewati"),
    ]
    asked: list[str] = []
    for _ in range(20):
        last = user.wait(1)[-1]
        if "ringkasan" in last.text:
            break
        prompt, answer = next(((p, a) for p, a in answers if p in last.text), (None, None))
        assert prompt is not None, f"an unexpected question: {last.text[:80]!r}"
        asked.append(prompt)
        if answer is None:
            assert any(b.get("request_contact") for b in last.keyboard), "the phone question offers 'share my number'"
            user.send_contact("+60 12-345 6789")
        else:
            user.say(answer)
    assert len(asked) == len(set(asked)), f"no question is asked twice: {asked}"
    summaries = [m for m in user.messages() if "ringkasan" in m.text]
    summary = summaries[0].text
    assert "Saya bekerja tanpa libur." in summary and len(summary) <= 4096
    user.say("ya")
    assert "Nomor laporan" in user.wait_until("Nomor laporan")[-1].text
    cases = bot.export()
    assert len(cases) == 1
    case = cases[0]
    assert case["phone"] == "+60123456789" and case["story"].startswith("Saya bekerja tanpa libur.")
    assert "ini kontrak saya" in case["story"], "a photo's caption is kept in the story"
    assert photo
    stored = asyncio.run(read_evidence(Path(bot.env["PMI_DATA_DIR"])))
    assert b"\xff\xd8 a photo of the contract" in stored, "the evidence file was downloaded and kept"
    on_disk = b"".join(p.read_bytes() for p in (Path(bot.env["PMI_DATA_DIR"]) / "attachments").glob("*.bin"))
    assert b"a photo of the contract" not in on_disk, "evidence is encrypted at rest"


async def read_evidence(data: Path) -> list[bytes]:
    """Wait for the outbox to fetch the evidence; read it back through the store (decrypting)."""
    from storage.crypto import KeyRing, read_key_file
    from storage.factory import open_store

    keys = read_key_file(data / "keys.json")
    store = open_store(f"sqlite+aiosqlite:///{data}/pmi.db", KeyRing(keys["master_keys"], keys["index_key"]))
    try:
        for _ in range(100):
            blobs = [await store.read_attachment(i) for i in range(1, 9)]  # this test's and earlier tests'
            found = [b for b in blobs if b is not None]
            if any(b.startswith(b"\xff\xd8") for b in found):
                return found
            await asyncio.sleep(0.1)
        return []
    finally:
        await store.engine.dispose()


def test_many_short_sends_respect_429(tmp_path: Path) -> None:
    """Telegram says 429: the bot waits as told and sends every reply, once, in order."""
    from tests.e2e.tgclient import fail_next_sends

    with emulator() as base:
        env = bot_env(tmp_path, base, "ptb", per_chat=1)
        proc = subprocess.Popen(
            [sys.executable, str(ROOT / "run_bot.py"), "run"],
            cwd=ROOT,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=(tmp_path / "process.log").open("a"),
        )
        try:
            user = User(base, 7003)
            user.say("/start")
            user.wait(1)
            fail_next_sends(base, 3, retry_after=1)
            started = time.monotonic()
            user.say("1")
            user.wait(1, timeout=20)
            assert time.monotonic() - started >= 1.0, "the bot waited as Telegram asked"
            user.say("setuju")
            assert "mode rahasia" in user.wait(1)[0].text
            assert user.settle(quiet=0.5) == []
        finally:
            proc.terminate()
            proc.wait(timeout=15)


def test_discreet_mode_deletes_the_conversation_as_it_goes(bot: Bot) -> None:
    user = User(bot.base, 7010)
    user.say("/start")
    welcome = user.wait(1)[0]
    user.press(welcome.button("lapor"), welcome.message_id)
    consent = user.wait(1)[0]
    user.press(consent.button("setuju"), consent.message_id)
    offer = user.wait(1)[0]
    user.press(offer.button("ya"), offer.message_id)  # "someone may see my phone"
    first = user.wait(1)
    assert all(m.text.startswith("🔒 Pesan dari layanan.") for m in first), "previews show a neutral line"
    user.say("majikan gk bayar gaji udh 3 bln")
    user.wait(1)
    user.say("selesai")
    user.wait(1)
    deleted = set(user.deleted())
    assert {m.message_id for m in first} <= deleted, "earlier bot messages are deleted"
    assert len(deleted) >= 4, "the user's own messages go too"
    current = user.messages()[-1]
    assert current.message_id not in deleted, "the current question stays"


def test_a_discreet_report_ends_with_only_a_neutral_line_on_the_phone(bot: Bot) -> None:
    """The worker files a whole report in discreet mode: at the end, once the closing replies
    (case number and code) had their time, the phone shows nothing of the bot but one line."""
    user = User(bot.base, 7011)
    script = load_script("complaint_id")
    assert script[2] == "gk", "the script answers the discreet offer at this step"
    script[2] = "ya"
    # in discreet mode the report ends at filing (the extra questions would delete the case number)
    summary_at = script.index("ya", 3)  # the first "ya" after the understood values: the summary
    script = script[: summary_at + 1]
    user.say("/start")
    user.wait(1, timeout=30)
    sent = 1
    for step in script:
        if isinstance(step, str):
            user.say(step)
        elif "press" in step:
            latest = [m for m in user.messages() if m.buttons][-1]
            user.press(latest.button(step["press"]), latest.message_id)
            sent -= 1  # a button press is not a message on the phone
        elif "media" in step:
            user.send_photo(b"\x89PNG fake photo bytes")
        sent += 1
        user.settle(quiet=0.3)
    if not any("Mode rahasia aktif. Dalam 0 menit" in m.text for m in user.messages()):
        user.wait_until("Mode rahasia aktif. Dalam 0 menit", timeout=30)
    texts_seen = [m.text for m in user.messages()]
    at = next(i for i, t in enumerate(texts_seen) if "Mode rahasia aktif. Dalam 0 menit" in t)
    assert any("Nomor laporan" in t for t in texts_seen[max(0, at - 3) : at + 1]), texts_seen[-4:]

    if not any(m.text == NEUTRAL_LINE for m in user.messages()):
        user.wait_until(NEUTRAL_LINE, timeout=20)
    deleted = set(user.deleted())
    on_phone = [m.text for m in user.messages() if m.message_id not in deleted]
    assert on_phone == ["Terima kasih 🙏"], on_phone
    bot_messages = len(user.messages()) - 1
    assert len(deleted) >= bot_messages + sent - 1, "the worker's own messages went too"
    cases = bot.export()
    assert len(cases) == 1 and cases[0]["discreet"] is True


def test_discreet_mode_and_hapus_leave_nothing_of_the_case_on_the_phone(bot: Bot) -> None:
    """A worker in discreet mode files an urgent report, then clears the chat ("hapus", this chat
    only) and later asks the status from the same phone: no message that named the case, its
    number or what happened is left on the phone, and the status lists nothing (issue 14)."""
    user = User(bot.base, 7012)
    user.say("tlg sy dipukul majikan, sy dikunci di kamar")
    user.wait(2, timeout=30)
    consent = [m for m in user.messages() if m.buttons][-1]
    user.press(consent.button("setuju"), consent.message_id)
    for answer in ("gk aman", "sy di hongkong", "tuen mun", "cuma chat ini"):
        user.settle(quiet=0.3)
        user.say(answer)
    user.wait_until("Nomor laporan", timeout=30)
    user.settle(quiet=0.5)
    number = bot.export()[0]["number"]
    user.say("hapus")
    choice = user.wait_until("Apa yang ingin Anda hapus", timeout=20)[-1]
    user.press(choice.button("chat"), choice.message_id)
    user.settle(quiet=1.0, timeout=30)
    user.say("status")
    user.settle(quiet=1.0, timeout=30)
    deleted = set(user.deleted())
    left = [m.text for m in user.messages() if m.message_id not in deleted]
    for text in left:
        assert number not in text and number.replace("-", "") not in text, left
        assert not any(w in text.lower() for w in ("dipukul", "dikunci", "hong kong", "laporan anda sudah")), left
    assert any("Tulis nomor laporan" in t for t in left), "the status no longer knows the case from this chat"
    cases = bot.export()
    assert len(cases) == 1 and not cases[0]["erased"], "clearing the chat leaves the report with the mediators"
