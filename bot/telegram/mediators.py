"""The mediators' Telegram group: short notices of new cases (no names, no story) with a button to
take the case, and a few commands for mediators listed in config.yaml.

Commands: /antrian (the five oldest open cases, urgent first), /ambil NOMOR, /status NOMOR.
A mediator acts as their console account, linked by Telegram user id (`mediator add --telegram-id`).
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select

from app.runtime import Runtime
from bot.telegram.client import TelegramClient
from storage import casework
from storage import queue as queries
from storage.accounts import load_account
from storage.case_view import case_view
from storage.models import mediators

log = logging.getLogger("pmi.telegram.mediators")

ICONS = {
    "new_case": "🆕",
    "urgent_case": "⚠️",
    "danger_alert": "🚨",
    "agent_request": "🙋",
    "reporter_reply": "💬",
    "case_transferred": "↪️",
}
TITLES = {
    "new_case": "Laporan baru",
    "urgent_case": "MENDESAK: laporan baru",
    "danger_alert": "BAHAYA: seseorang sedang melapor dalam keadaan darurat",
    "agent_request": "Pelapor minta bicara dengan petugas",
    "reporter_reply": "Balasan pelapor",
    "case_transferred": "Laporan dipindahkan ke kantor lain",
}


def notice_text(runtime: Runtime, payload: dict[str, Any]) -> str:
    """Number, category, country, urgency: never a name or the story."""
    kind = str(payload.get("kind", "new_case"))
    parts = [f"{ICONS.get(kind, '•')} {TITLES.get(kind, kind)}"]
    if payload.get("case_number"):
        parts.append(str(payload["case_number"]))
    if payload.get("category"):
        key = f"category.{payload['category']}"
        parts.append(
            runtime.dialog.catalog.render("id", key) if runtime.dialog.catalog.has(key) else str(payload["category"])
        )
    if payload.get("country"):
        from flows.inputs import country_name

        parts.append(country_name(str(payload["country"]), "id"))
    return " · ".join(parts)


def notice_markup(payload: dict[str, Any]) -> dict[str, Any] | None:
    if payload.get("kind") in ("new_case", "urgent_case") and payload.get("case_number"):
        return {"inline_keyboard": [[{"text": "Ambil", "callback_data": f"m:take:{payload['case_number']}"}]]}
    return None


def notice_sender(runtime: Runtime, client: TelegramClient, chat_id: int) -> Any:
    async def send(payload: dict[str, Any]) -> None:
        await client.send_message(str(chat_id), notice_text(runtime, payload), notice_markup(payload))

    return send


class MediatorGroup:
    def __init__(self, runtime: Runtime, client: TelegramClient, chat_id: int, allowed: tuple[int, ...]) -> None:
        self.runtime = runtime
        self.client = client
        self.chat_id = chat_id
        self.allowed = set(allowed)

    def concerns(self, data: dict[str, Any]) -> bool:
        message = data.get("message") or (data.get("callback_query") or {}).get("message") or {}
        chat = message.get("chat") if isinstance(message, dict) else None
        return isinstance(chat, dict) and chat.get("id") == self.chat_id

    async def handle(self, data: dict[str, Any]) -> None:
        query = data.get("callback_query")
        if isinstance(query, dict):
            await self.client.answer_callback(str(query.get("id", "")))
            user = (query.get("from") or {}).get("id")
            parts = str(query.get("data", "")).split(":")
            if len(parts) == 3 and parts[:2] == ["m", "take"]:
                await self.reply(await self.take(user, parts[2]))
            return
        message = data.get("message") or {}
        text = str(message.get("text") or "").strip()
        if not text.startswith("/"):
            return  # mediators talk among themselves: not for the bot
        user = (message.get("from") or {}).get("id")
        command, _, rest = text.partition(" ")
        command = command.split("@")[0].lower()
        number = rest.strip().upper()
        if command == "/antrian":
            await self.reply(await self.queue(user))
        elif command == "/ambil" and number:
            await self.reply(await self.take(user, number))
        elif command == "/status" and number:
            await self.reply(await self.status(user, number))
        elif command in ("/start", "/bantuan", "/help"):
            await self.reply("Perintah: /antrian, /ambil NOMOR, /status NOMOR")

    async def reply(self, text: str) -> None:
        await self.client.send_message(str(self.chat_id), text, None)

    async def account_of(self, user: Any) -> Any:
        if not isinstance(user, int) or user not in self.allowed:
            return None
        async with self.runtime.store.engine.connect() as conn:
            found = (await conn.execute(select(mediators.c.id).where(mediators.c.telegram_user_id == user))).scalar()
        return await load_account(self.runtime.store.engine, int(found)) if found is not None else None

    async def queue(self, user: Any) -> str:
        account = await self.account_of(user)
        if account is None:
            return "Maaf, Anda belum terdaftar sebagai petugas untuk perintah ini."
        rows, _ = await queries.queue(self.runtime.store.engine, account, queries.QueueFilter(status="baru"))
        if not rows:
            return "Tidak ada laporan baru di antrean."
        lines = [f"{'⚠️ ' if r.urgent else ''}{r.number} · {r.category} · {r.country or '-'}" for r in rows[:5]]
        return "Antrean (laporan baru):\n" + "\n".join(lines)

    async def take(self, user: Any, number: str) -> str:
        account = await self.account_of(user)
        if account is None:
            return "Maaf, Anda belum terdaftar sebagai petugas untuk perintah ini."
        view = await case_view(self.runtime.store, account, number)
        if view is None:
            return f"Laporan {number} tidak ada di antrean kantor Anda."
        now = datetime.now(UTC)
        await casework.assign(
            self.runtime.store, view.row.number, account.id, now, casework.Actor(account.id), taking=True
        )
        await queries.record(self.runtime.store.engine, account, "take", view.row.id, now, via="telegram")
        return f"Laporan {view.row.number} diambil oleh {account.display_name}."

    async def status(self, user: Any, number: str) -> str:
        account = await self.account_of(user)
        if account is None:
            return "Maaf, Anda belum terdaftar sebagai petugas untuk perintah ini."
        view = await case_view(self.runtime.store, account, number)
        if view is None:
            return f"Laporan {number} tidak ada di antrean kantor Anda."
        stage = self.runtime.dialog.catalog.render("id", f"case_status.{view.row.status}")
        who = view.row.assignee_name or "belum ada petugas"
        return f"Laporan {view.row.number}: {stage} · {who}"
