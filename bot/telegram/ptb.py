"""python-telegram-bot 22: the Bot API client and long polling, nothing else."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from typing import Any

from telegram import Bot, InlineKeyboardMarkup, ReplyKeyboardMarkup, ReplyKeyboardRemove, Update
from telegram.error import BadRequest, Forbidden, RetryAfter, TelegramError
from telegram.ext import Application, ContextTypes, TypeHandler
from telegram.request import HTTPXRequest

from bot.telegram.client import RetryLater, SendFailed

log = logging.getLogger("pmi.telegram.ptb")


def _markup(bot: Bot, markup: dict[str, Any] | None) -> Any:
    if markup is None:
        return None
    if "inline_keyboard" in markup:
        return InlineKeyboardMarkup.de_json(markup, bot)
    if "keyboard" in markup:
        return ReplyKeyboardMarkup.de_json(markup, bot)
    return ReplyKeyboardRemove()


class PtbClient:
    framework = "ptb"

    def __init__(self, token: str, api_base_url: str) -> None:
        self.token = token
        request = HTTPXRequest(connection_pool_size=64, read_timeout=40, connect_timeout=10)
        self.bot = Bot(
            token,
            base_url=f"{api_base_url}/bot",
            base_file_url=f"{api_base_url}/file/bot",
            request=request,
            get_updates_request=HTTPXRequest(read_timeout=40),
        )
        self.api_base_url = api_base_url

    async def start(self) -> None:
        await self.bot.initialize()

    async def close(self) -> None:
        await self.bot.shutdown()

    async def get_me(self) -> dict[str, Any]:
        return dict((await self.bot.get_me()).to_dict())

    async def send_message(self, chat_id: str, text: str, markup: dict[str, Any] | None) -> int:
        try:
            message = await self.bot.send_message(int(chat_id), text, reply_markup=_markup(self.bot, markup))
        except RetryAfter as exc:
            retry = exc.retry_after
            raise RetryLater(retry.total_seconds() if hasattr(retry, "total_seconds") else float(retry)) from None
        except (Forbidden, BadRequest) as exc:
            raise SendFailed(type(exc).__name__) from None
        return int(message.message_id)

    async def delete_message(self, chat_id: str, message_id: int) -> bool:
        try:
            await self.bot.delete_message(int(chat_id), message_id)
            return True
        except TelegramError:
            return False  # too old (48 h) or already gone: nothing more can be done

    async def answer_callback(self, callback_id: str) -> None:
        try:
            await self.bot.answer_callback_query(callback_id)
        except TelegramError:
            pass

    async def download_file(self, file_id: str) -> bytes:
        file = await self.bot.get_file(file_id)
        return bytes(await file.download_as_bytearray())

    async def set_webhook(self, url: str, secret: str | None) -> None:
        await self.bot.set_webhook(url, secret_token=secret, allowed_updates=["message", "callback_query"])

    async def delete_webhook(self) -> None:
        await self.bot.delete_webhook()


async def run_polling(
    client: PtbClient, handle: Callable[[dict[str, Any]], Awaitable[None]], stop: asyncio.Event
) -> None:
    """PTB's own polling; every update goes to ``handle`` as Bot API JSON. Updates run
    concurrently (the service keeps one chat's turns in order with its per-chat lock)."""

    async def on_update(update: object, _context: ContextTypes.DEFAULT_TYPE) -> None:
        if isinstance(update, Update):
            await handle(update.to_dict())

    app = Application.builder().bot(client.bot).concurrent_updates(256).build()
    app.add_handler(TypeHandler(Update, on_update))
    async with app:
        await app.start()
        assert app.updater is not None
        await app.updater.start_polling(
            poll_interval=0.0, timeout=10, allowed_updates=Update.ALL_TYPES, drop_pending_updates=False
        )
        await stop.wait()
        await app.updater.stop()
        await app.stop()
