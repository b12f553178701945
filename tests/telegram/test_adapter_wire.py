"""What each framework adapter posts for a reply, and how it reads Telegram's answer.

The adapters skip the frameworks' Message objects and build lean requests for speed
(docs/decisions/0014-production-path.md); these tests pin that the request is the one the
framework's own ``send_message`` makes (the same fields, the same values; a keyboard may differ
in whitespace only) and that Telegram's refusals still map to the channel's errors.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from bot.telegram.client import RetryLater, SendFailed, SendUnavailable

TOKEN = "123456:TEST-token"
KEYBOARD = {"inline_keyboard": [[{"text": "Ya", "callback_data": "1:ya"}, {"text": "Tidak", "callback_data": "1:no"}]]}
SENT = {"message_id": 77, "date": 1, "chat": {"id": 42, "type": "private"}, "text": "x"}


def canonical(fields: dict[str, Any]) -> dict[str, Any]:
    """Form fields with JSON values read back, so whitespace inside a keyboard does not count."""
    out: dict[str, Any] = {}
    for key, value in fields.items():
        text = value.decode() if isinstance(value, bytes) else str(value)
        try:
            out[key] = json.loads(text) if text[:1] in "[{" else text
        except ValueError:
            out[key] = text
    return out


# ------------------------------------------------------------------------------------- aiogram
def aiogram_session(answer: dict[str, Any], status: int, posted: list[dict[str, Any]]) -> Any:
    from aiogram.client.session.aiohttp import AiohttpSession

    class Recording(AiohttpSession):
        async def make_request(self, bot: Any, method: Any, timeout: int | None = None) -> Any:
            form = self.build_form_data(bot=bot, method=method)
            posted.append({options["name"]: value for options, _headers, value in form._fields})
            response = self.check_response(bot=bot, method=method, status_code=status, content=json.dumps(answer))
            return response.result

    return Recording()


async def aiogram_posts(send: Any, result: Any = SENT) -> dict[str, Any]:
    from aiogram import Bot

    posted: list[dict[str, Any]] = []
    bot = Bot(TOKEN, session=aiogram_session({"ok": True, "result": result}, 200, posted))
    await send(bot)
    return canonical(posted[0])


@pytest.mark.parametrize("markup", [None, KEYBOARD, {"remove_keyboard": True}])
async def test_aiogram_posts_what_aiogram_send_message_posts(markup: dict[str, Any] | None) -> None:
    from aiogram.types import InlineKeyboardMarkup, ReplyKeyboardRemove

    from bot.telegram.aiogram_adapter import AiogramClient

    text = "Siapa nama Anda? 🙂"
    client = AiogramClient(TOKEN, "http://stub.invalid")
    await client.bot.session.close()

    async def ours(bot: Any) -> None:
        client.bot = bot
        assert await client.send_message("42", text, markup) == 77

    model: Any = None
    if markup == KEYBOARD:
        model = InlineKeyboardMarkup.model_validate(KEYBOARD)
    elif markup is not None:
        model = ReplyKeyboardRemove(remove_keyboard=True)

    async def theirs(bot: Any) -> None:
        await bot.send_message(42, text, reply_markup=model)

    assert await aiogram_posts(ours) == await aiogram_posts(theirs)


@pytest.mark.parametrize(
    ("status", "answer", "raised"),
    [
        (
            429,
            {"ok": False, "error_code": 429, "description": "Too Many", "parameters": {"retry_after": 3}},
            RetryLater,
        ),
        (403, {"ok": False, "error_code": 403, "description": "Forbidden: bot was blocked"}, SendFailed),
        (400, {"ok": False, "error_code": 400, "description": "Bad Request: chat not found"}, SendFailed),
        (502, {"ok": False, "error_code": 502, "description": "Bad Gateway"}, SendUnavailable),
    ],
)
async def test_aiogram_refusals_map_to_the_channels_errors(status: int, answer: dict[str, Any], raised: type) -> None:
    from aiogram import Bot

    from bot.telegram.aiogram_adapter import AiogramClient

    client = AiogramClient(TOKEN, "http://stub.invalid")
    await client.bot.session.close()
    client.bot = Bot(TOKEN, session=aiogram_session(answer, status, []))
    with pytest.raises(raised) as caught:
        await client.send_message("42", "halo", None)
    if raised is RetryLater:
        assert caught.value.seconds == 3


# --------------------------------------------------------------------------- python-telegram-bot
def ptb_request(answer: dict[str, Any], status: int, posted: list[dict[str, Any]]) -> Any:
    from telegram.request import BaseRequest, RequestData

    class Recording(BaseRequest):
        @property
        def read_timeout(self) -> float | None:
            return None

        async def initialize(self) -> None:
            return None

        async def shutdown(self) -> None:
            return None

        async def do_request(
            self, url: str, method: str, request_data: RequestData | None = None, **timeouts: Any
        ) -> tuple[int, bytes]:
            if url.endswith("/getMe"):
                me = {"id": 1, "is_bot": True, "first_name": "B", "username": "b_bot"}
                return 200, json.dumps({"ok": True, "result": me}).encode()
            posted.append(dict(request_data.json_parameters) if request_data else {})
            posted[-1]["(read timeout)"] = timeouts.get("read_timeout")
            return status, json.dumps(answer).encode()

    return Recording()


async def ptb_posts(send: Any, result: Any = SENT) -> dict[str, Any]:
    from telegram import Bot

    posted: list[dict[str, Any]] = []
    request = ptb_request({"ok": True, "result": result}, 200, posted)
    bot = Bot(TOKEN, request=request, get_updates_request=request)
    await bot.initialize()
    await send(bot)
    return canonical(posted[0])


@pytest.mark.parametrize("markup", [None, KEYBOARD, {"remove_keyboard": True}])
async def test_ptb_posts_what_ptb_send_message_posts(markup: dict[str, Any] | None) -> None:
    from telegram import InlineKeyboardMarkup, ReplyKeyboardRemove

    from bot.telegram.ptb import PtbClient

    text = "Siapa nama Anda? 🙂"
    client = PtbClient(TOKEN, "http://stub.invalid")

    async def ours(bot: Any) -> None:
        client.bot = bot
        assert await client.send_message("42", text, markup) == 77

    model: Any = None
    if markup == KEYBOARD:
        model = InlineKeyboardMarkup.de_json(KEYBOARD, None)
    elif markup is not None:
        model = ReplyKeyboardRemove()

    async def theirs(bot: Any) -> None:
        await bot.send_message(42, text, reply_markup=model)

    assert await ptb_posts(ours) == await ptb_posts(theirs)


# ------------------------------------------------------------------------------------ polling
#: two updates as Telegram sends them, with a field neither framework models (a newer Bot API's)
UPDATES = [
    {
        "update_id": 10,
        "message": {
            "message_id": 5,
            "date": 1790000000,
            "chat": {"id": 42, "type": "private", "first_name": "Sri"},
            "from": {"id": 42, "is_bot": False, "first_name": "Sri", "language_code": "id"},
            "text": "/start",
            "entities": [{"type": "bot_command", "offset": 0, "length": 6}],
        },
    },
    {
        "update_id": 11,
        "callback_query": {
            "id": "cb",
            "from": {"id": 42, "is_bot": False, "first_name": "Sri"},
            "chat_instance": "ci",
            "data": "1:ya",
            "message": {"message_id": 6, "date": 1790000001, "chat": {"id": 42, "type": "private"}, "text": "Benar?"},
            "some_future_field": {"x": 1},
        },
    },
]


async def test_ptb_polls_as_ptb_get_updates_does_and_hands_over_telegrams_json() -> None:
    from bot.telegram.ptb import POLL_READ_TIMEOUT, PtbClient

    client = PtbClient(TOKEN, "http://stub.invalid")
    got: list[Any] = []

    async def ours(bot: Any) -> None:
        client.bot = bot
        got.extend(await client.get_updates(9, 30, 100))

    async def theirs(bot: Any) -> None:
        await bot.get_updates(
            offset=9,
            timeout=30,
            limit=100,
            allowed_updates=["message", "callback_query"],
            read_timeout=POLL_READ_TIMEOUT,
        )

    assert await ptb_posts(ours, UPDATES) == await ptb_posts(theirs, UPDATES)
    assert got == UPDATES


async def test_aiogram_polls_as_aiogram_get_updates_does_and_hands_over_telegrams_json() -> None:
    from bot.telegram.aiogram_adapter import AiogramClient

    client = AiogramClient(TOKEN, "http://stub.invalid")
    await client.bot.session.close()
    got: list[Any] = []

    async def ours(bot: Any) -> None:
        client.bot = bot
        got.extend(await client.get_updates(9, 30, 100))

    async def theirs(bot: Any) -> None:
        await bot.get_updates(offset=9, timeout=30, limit=100, allowed_updates=["message", "callback_query"])

    assert await aiogram_posts(ours, UPDATES) == await aiogram_posts(theirs, UPDATES)
    assert got == UPDATES
