"""A process that dies between committing a turn and sending its replies: after a restart, the
redelivered update sends those replies (at least once), and never files anything twice."""

from __future__ import annotations

from pathlib import Path

from app.config import load_settings
from app.service import DialogService
from flows.dialog import load_dialog
from flows.types import Inbound
from storage.factory import open_store
from storage.models import cases
from tests.support.db import make_keyring


async def test_replies_lost_to_a_crash_are_sent_on_redelivery(tmp_path: Path) -> None:
    keyring = make_keyring()
    url = f"sqlite+aiosqlite:///{tmp_path}/r.db"
    dialog = load_dialog(load_settings().dialog)

    store = open_store(url, keyring)
    await store.start()
    service = DialogService(dialog, store)
    start = Inbound("telegram", "42", "telegram:1", "42", text="/start")
    welcome = await service.handle(start)
    assert welcome is not None
    await service.delivered(start)
    report = Inbound("telegram", "42", "telegram:2", "42", text="1")
    consent = await service.handle(report)
    assert consent is not None and "izin" in consent.replies[0].text
    await store.close()  # the process dies here: the turn is committed, its replies never went out

    store = open_store(url, keyring)
    await store.start()
    service = DialogService(dialog, store)
    service.redelivery_grace = 0.3  # the original is gone: no need to wait the usual 5 s
    assert await service.handle(start) is None, "replies that went out are not sent again"
    again = await service.handle(report)
    assert again is not None, "Telegram redelivers the update: its replies are not lost"
    assert [r.text for r in again.replies] == [r.text for r in consent.replies]
    assert [o.id for o in again.replies[-1].options] == [o.id for o in consent.replies[-1].options]
    await service.delivered(report)
    assert await service.handle(report) is None, "once sent, a further redelivery sends nothing"
    agreed = await service.handle(Inbound("telegram", "42", "telegram:3", "42", text="setuju"))
    assert agreed is not None and "rahasia" in agreed.replies[-1].text, "the dialog carries on"
    assert await store.count(cases) == 0
    await store.close()
