"""One small Bot API client interface; python-telegram-bot and aiogram each implement it thinly."""

from __future__ import annotations

from typing import Any, Protocol

from app.config import TelegramSettings


class RetryLater(Exception):
    """Telegram said 429: wait ``seconds`` and send again."""

    def __init__(self, seconds: float) -> None:
        super().__init__(f"retry after {seconds}s")
        self.seconds = seconds


class SendFailed(Exception):
    """Telegram refused the message for good (blocked by the user, chat gone, bad request)."""


class SendUnavailable(Exception):
    """Telegram could not take the message now (a network error, a timeout, a 5xx, a 429 past
    the retries): it may well go through later. The message may also have arrived (a timeout
    after Telegram took it): trying again is at least once, never lost.

    ``sent_replies``: how many of a delivery's replies went out in full before this one."""

    def __init__(self, reason: str, sent_replies: int = 0) -> None:
        super().__init__(reason)
        self.sent_replies = sent_replies


class TelegramClient(Protocol):
    framework: str

    async def start(self) -> None: ...
    async def close(self) -> None: ...
    async def get_me(self) -> dict[str, Any]: ...
    async def send_message(self, chat_id: str, text: str, markup: dict[str, Any] | None) -> int:
        """The sent message's id. Raises RetryLater (429), SendFailed (refused for good) or
        SendUnavailable (anything else: try again later)."""
        ...

    async def send_document(self, chat_id: str, name: str, data: bytes) -> int:
        """A file a mediator sends the reporter, under its own name. Raises as send_message."""
        ...

    async def get_updates(self, offset: int | None, wait_seconds: int, limit: int) -> list[dict[str, Any]]:
        """Long polling; passing ``offset`` confirms every update below it (bot/telegram/pump.py)."""
        ...

    async def delete_message(self, chat_id: str, message_id: int) -> bool:
        """True if the message was deleted; False if it is gone already or too old (48 hours)."""
        ...

    async def answer_callback(self, callback_id: str) -> None: ...
    async def download_file(self, file_id: str) -> bytes: ...
    async def set_webhook(self, url: str, secret: str | None) -> None: ...
    async def delete_webhook(self) -> None: ...


def make_client(settings: TelegramSettings) -> TelegramClient:
    """Import only the framework config.yaml names."""
    if not settings.token:
        raise ValueError("a Telegram client needs BOT_TOKEN")
    if settings.framework == "aiogram":
        from bot.telegram.aiogram_adapter import AiogramClient

        return AiogramClient(settings.token, settings.api_base_url, settings.send_timeout_seconds)
    from bot.telegram.ptb import PtbClient

    return PtbClient(settings.token, settings.api_base_url, settings.send_timeout_seconds)
