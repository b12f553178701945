"""aiogram 3: the Bot API client and long polling, nothing else (imported only when chosen)."""

from __future__ import annotations

import logging
from typing import Any

import orjson

from bot.telegram.aiogram_types import import_aiogram

# before anything of aiogram: its types' validators are then built at first use, not all at
# import (~100 MB resident; bot/telegram/aiogram_types.py)
import_aiogram()

from aiogram import Bot  # noqa: E402
from aiogram.client.session.aiohttp import AiohttpSession  # noqa: E402
from aiogram.client.telegram import TelegramAPIServer  # noqa: E402
from aiogram.exceptions import (  # noqa: E402
    TelegramAPIError,
    TelegramBadRequest,
    TelegramForbiddenError,
    TelegramRetryAfter,
)
from aiogram.methods.base import TelegramMethod  # noqa: E402
from aiogram.types import BufferedInputFile  # noqa: E402

from bot.telegram.client import RetryLater, SendFailed, SendUnavailable  # noqa: E402

log = logging.getLogger("pmi.telegram.aiogram")


class _SendMessage(TelegramMethod[dict[str, Any]]):
    """sendMessage with the three fields the bot sends, answered as the Bot API's JSON.

    aiogram's ``SendMessage`` has some twenty fields: its session dumps every one of them and
    prepares each (``prepare_value``) at every call, to post only the chat, the text and the
    keyboard (its other fields are unset; this bot sets no ``DefaultBotProperties``): 170 µs
    a send against 40 µs here (docs/decisions/0014-production-path.md). Declared the way
    aiogram declares its own methods, and sent through the same ``Bot.__call__``, session,
    ``check_response`` and errors. A Message model built from every answer cost more than the
    durable turn, hence ``dict``."""

    __returning__ = dict[str, Any]
    __api_method__ = "sendMessage"

    #: the chat id as the digits the session posts (an int went through its JSON encoder)
    chat_id: str
    text: str
    #: the keyboard as the Bot API takes it, its JSON text, which the session posts as it is
    reply_markup: str | None = None


class _GetUpdates(TelegramMethod[list[dict[str, Any]]]):
    """getUpdates with the fields aiogram's own ``GetUpdates`` posts, answered as the Bot API's
    JSON: the channel reads updates as JSON (bot/telegram/convert.py), and aiogram's validated an
    ``Update`` model of each, which the adapter dumped back into JSON."""

    __returning__ = list[dict[str, Any]]
    __api_method__ = "getUpdates"

    offset: int | None = None
    limit: int | None = None
    timeout: int | None = None
    allowed_updates: list[str] | None = None


class AiogramClient:
    framework = "aiogram"

    def __init__(self, token: str, api_base_url: str, timeout: float = 15.0) -> None:
        session = AiohttpSession(api=TelegramAPIServer.from_base(api_base_url), timeout=timeout)
        self.bot = Bot(token, session=session)

    async def start(self) -> None:
        return None

    async def close(self) -> None:
        await self.bot.session.close()

    async def get_me(self) -> dict[str, Any]:
        return dict((await self.bot.get_me()).model_dump(mode="json", exclude_none=True))

    async def send_message(self, chat_id: str, text: str, markup: dict[str, Any] | None) -> int:
        try:
            markup_json = orjson.dumps(markup).decode() if markup is not None else None
            method = _SendMessage(chat_id=str(int(chat_id)), text=text, reply_markup=markup_json)
            sent = await self.bot(method)
        except TelegramRetryAfter as exc:
            raise RetryLater(float(exc.retry_after)) from None
        except (TelegramForbiddenError, TelegramBadRequest) as exc:
            raise SendFailed(type(exc).__name__) from None
        except Exception as exc:  # TelegramServerError (5xx), TelegramNetworkError (timeouts too): for now
            raise SendUnavailable(type(exc).__name__) from None
        return int(sent.get("message_id", 0)) if isinstance(sent, dict) else 0

    async def send_document(self, chat_id: str, name: str, data: bytes) -> int:
        try:
            message = await self.bot.send_document(int(chat_id), BufferedInputFile(data, filename=name))
        except TelegramRetryAfter as exc:
            raise RetryLater(float(exc.retry_after)) from None
        except (TelegramForbiddenError, TelegramBadRequest) as exc:
            raise SendFailed(type(exc).__name__) from None
        except Exception as exc:
            raise SendUnavailable(type(exc).__name__) from None
        return int(message.message_id)

    async def get_updates(self, offset: int | None, wait_seconds: int, limit: int) -> list[dict[str, Any]]:
        poll = _GetUpdates(
            offset=offset, timeout=wait_seconds, limit=limit, allowed_updates=["message", "callback_query"]
        )
        updates = await self.bot(poll, request_timeout=int(self.bot.session.timeout + wait_seconds))
        return list(updates) if isinstance(updates, list) else []

    async def delete_message(self, chat_id: str, message_id: int) -> bool:
        try:
            await self.bot.delete_message(int(chat_id), message_id)
            return True
        except TelegramAPIError:
            return False  # too old (48 h) or already gone

    async def answer_callback(self, callback_id: str) -> None:
        try:
            await self.bot.answer_callback_query(callback_id)
        except TelegramAPIError:
            pass

    async def download_file(self, file_id: str) -> bytes:
        file = await self.bot.get_file(file_id)
        assert file.file_path is not None
        data = await self.bot.download_file(file.file_path)
        assert data is not None
        return data.read()

    async def set_webhook(self, url: str, secret: str | None) -> None:
        await self.bot.set_webhook(url, secret_token=secret, allowed_updates=["message", "callback_query"])

    async def delete_webhook(self) -> None:
        await self.bot.delete_webhook()
