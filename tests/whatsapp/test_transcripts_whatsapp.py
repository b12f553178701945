"""The golden transcripts pass through WhatsApp: the real `run_bot.py serve` and the emulator.

The scripts are replayed the way a worker uses WhatsApp (typing, tapping buttons and list rows,
sending a photo), and every message she receives is compared with what the engine says for the
same script (itself compared with the golden files by tests/transcripts): the same words, the
buttons within WhatsApp's limits. Only the lines promising deletion in discreet mode differ:
WhatsApp cannot delete from her phone, and says so (tested on its own below).
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest

from app.config import load_settings
from bot.whatsapp.discreet import HonestDiscreet
from bot.whatsapp.render import reply_payloads
from flows.dialog import load_dialog
from flows.types import Option, Reply
from tests.support.transcript import load_script, mask, run_engine
from tests.transcripts.test_transcripts import NOW
from tests.whatsapp.conftest import Served, chat_hash
from tests.whatsapp.emulator import Phone, Sent

pytestmark = pytest.mark.e2e


def expected_messages(replies: list[tuple[str, list[str]]], honest: HonestDiscreet) -> list[dict[str, Any]]:
    out = []
    for text, labels in replies:
        reply = Reply(honest(text), tuple(Option(label, label, label) for label in labels))
        out.extend(reply_payloads(reply))
    return out


def shown(payload: dict[str, Any]) -> tuple[str, str, list[str]]:
    kind = payload["type"]
    if kind == "text":
        return kind, mask(payload["text"]["body"]), []
    inter = payload["interactive"]
    action = inter["action"]
    titles = (
        [b["reply"]["title"] for b in action["buttons"]]
        if "buttons" in action
        else [r["title"] for s in action["sections"] for r in s["rows"]]
    )
    return kind, mask(inter["body"]["text"]), titles


def replay(phone: Phone, script: list[Any]) -> None:
    dialog = load_dialog(load_settings().dialog)
    honest = HonestDiscreet(dialog.catalog, dialog.settings.discreet_closing_minutes)
    expected = run_engine(dialog, script, NOW)
    first: dict[str, dict[str, str]] = {}
    last_choices: list[dict[str, str]] = []
    for step, item in zip(["/start", *script], expected, strict=True):
        if isinstance(step, str):
            phone.say(step)
        elif "press" in step:
            phone.press(next(c for c in last_choices if c["id"].endswith(":" + step["press"])))
        elif "press_old" in step:
            phone.press(first[step["press_old"]])
        elif "media" in step:
            phone.send_media("image", b"\xff\xd8 a photo of the contract", "image/jpeg")
        elif "sticker" in step:
            phone.send_media("sticker", b"RIFF sticker", "image/webp")
        elif "contact" in step:
            card = {"name": {"formatted_name": "Saya"}, "phones": [{"phone": step["contact"], "wa_id": phone.wa_id}]}
            phone.send("contacts", [card])
        want = expected_messages(item.replies, honest)
        got: list[Sent] = phone.new(len(want))
        assert [shown(s.payload) for s in got] == [shown(p) for p in want], f"after {item.said!r}"
        for sent in got:
            if sent.choices:
                last_choices = sent.choices
                for choice in sent.choices:
                    first.setdefault(choice["id"].split(":", 1)[-1], choice)
    assert phone.settle() == [], "no reply is sent twice or late"


#: the workers' WhatsApp numbers (wa_id): none of them is typed in a script
SCRIPTS = {"complaint_id": "60123456789", "complaint_en": "6285700001111", "family_report_id": "6285700002222"}


def test_golden_transcripts_pass_through_whatsapp(served: Served) -> None:
    """The three at once, from three phones (each chat's flood gate slows a long script alike)."""
    with ThreadPoolExecutor(len(SCRIPTS)) as pool:
        runs = {
            name: pool.submit(replay, Phone(served.api, wa_id), load_script(name)) for name, wa_id in SCRIPTS.items()
        }
    for name, run in runs.items():
        run.result()  # raises the replay's AssertionError, naming the step
    # the bot is shared with the other WhatsApp tests, which may have filed cases before: count the
    # cases of these three phones
    ours = {chat_hash(served, wa_id) for wa_id in SCRIPTS.values()}
    with served.db() as conn:
        rows = conn.execute("SELECT channel, chat_hash, reporter_kind FROM cases").fetchall()
    rows = [row for row in rows if row[1] in ours]
    assert sorted(kind for _, _, kind in rows) == ["family", "self", "self"], "each script filed its case once"
    assert {chat for _, chat, _ in rows} == ours, "one case from each phone"
    assert {channel for channel, _, _ in rows} == {"whatsapp"}
    exported = served.cli("cases", "export")
    for wa_id in SCRIPTS.values():
        assert wa_id not in exported, "her WhatsApp number is not a field of the case unless she gave it"
    with served.db() as conn:
        dump = "\n".join(conn.iterdump())
    logs = served.log.read_text()
    for wa_id in SCRIPTS.values():
        assert wa_id not in dump, "the phone number is kept only as a keyed hash and encrypted"
        assert wa_id not in logs, "nor written in a log"
