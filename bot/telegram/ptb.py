"""python-telegram-bot 22: the Bot API client and long polling, nothing else."""

from __future__ import annotations

import logging
from typing import Any

import orjson
from telegram import Bot, InputFile
from telegram.error import BadRequest, Forbidden, RetryAfter, TelegramError
from telegram.request import HTTPXRequest

from bot.telegram.client import RetryLater, SendFailed, SendUnavailable

log = logging.getLogger("pmi.telegram.ptb")

#: the read timeout of the polling request's client, to which a long poll's wait is added (as
#: python-telegram-bot's own get_updates adds it)
POLL_READ_TIMEOUT = 40.0
ALLOWED_UPDATES = ["message", "callback_query"]


class PtbClient:
    framework = "ptb"

    def __init__(self, token: str, api_base_url: str, timeout: float = 15.0) -> None:
        self.token = token
        request = HTTPXRequest(
            connection_pool_size=64, read_timeout=timeout, write_timeout=timeout, connect_timeout=min(timeout, 10)
        )
        self.bot = Bot(
            token,
            base_url=f"{api_base_url}/bot",
            base_file_url=f"{api_base_url}/file/bot",
            request=request,
            get_updates_request=HTTPXRequest(read_timeout=POLL_READ_TIMEOUT),
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
            # the Bot API's JSON, not a telegram.Message: building that object from the answer cost
            # more than the whole durable turn (docs/decisions/0014-production-path.md); the request,
            # its retries and the errors it raises are python-telegram-bot's own
            # each parameter as the text python-telegram-bot's request would make of it (it posts a
            # form: a value that is not a string it turns into JSON, with the standard library,
            # at each request); the chat id is checked to be a number first, as before
            data: dict[str, Any] = {"chat_id": str(int(chat_id)), "text": text}
            if markup is not None:
                data["reply_markup"] = orjson.dumps(markup).decode()
            result = await self.bot._post("sendMessage", data)
        except RetryAfter as exc:
            retry = exc.retry_after
            raise RetryLater(retry.total_seconds() if hasattr(retry, "total_seconds") else float(retry)) from None
        except (Forbidden, BadRequest) as exc:
            raise SendFailed(type(exc).__name__) from None
        except Exception as exc:  # NetworkError (5xx included), TimedOut, a connection lost: for now
            raise SendUnavailable(type(exc).__name__) from None
        return int(result["message_id"]) if isinstance(result, dict) else 0

    async def send_document(self, chat_id: str, name: str, data: bytes) -> int:
        try:
            message = await self.bot.send_document(int(chat_id), InputFile(data, filename=name))
        except RetryAfter as exc:
            retry = exc.retry_after
            raise RetryLater(retry.total_seconds() if hasattr(retry, "total_seconds") else float(retry)) from None
        except (Forbidden, BadRequest) as exc:
            raise SendFailed(type(exc).__name__) from None
        except Exception as exc:
            raise SendUnavailable(type(exc).__name__) from None
        return int(message.message_id)

    async def get_updates(self, offset: int | None, wait_seconds: int, limit: int) -> list[dict[str, Any]]:
        # the updates as the Bot API's JSON, which is what the channel reads (bot/telegram/convert.py):
        # get_updates built an Update object of each, which the adapter turned back into JSON.
        # The same request, through the same method get_updates posts with (docs/decisions/0014)
        data = {"timeout": wait_seconds, "offset": offset, "limit": limit, "allowed_updates": ALLOWED_UPDATES}
        updates = await self.bot._post("getUpdates", data, read_timeout=POLL_READ_TIMEOUT + wait_seconds)
        return list(updates) if isinstance(updates, list) else []

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
