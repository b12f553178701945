"""One small Bot API client interface; python-telegram-bot and aiogram each implement it thinly."""

from __future__ import annotations

from typing import Any, Protocol

from bot.config import TelegramSettings


class RetryLater(Exception):
    """Telegram said 429: wait ``seconds`` and send again."""

    def __init__(self, seconds: float) -> None:
        super().__init__(f"retry after {seconds}s")
        self.seconds = seconds


class SendFailed(Exception):
    """Telegram refused the message for good (blocked by the user, chat gone, bad request)."""


class TelegramClient(Protocol):
    framework: str

    async def start(self) -> None: ...
    async def close(self) -> None: ...
    async def get_me(self) -> dict[str, Any]: ...
    async def send_message(self, chat_id: str, text: str, markup: dict[str, Any] | None) -> int: ...
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

        return AiogramClient(settings.token, settings.api_base_url)
    from bot.telegram.ptb import PtbClient

    return PtbClient(settings.token, settings.api_base_url)
