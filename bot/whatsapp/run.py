"""Wiring the WhatsApp channel into a runtime: client, state, channel, webhook routes, and the
outbox's sender and evidence fetcher for WhatsApp chats."""

from __future__ import annotations

from app.outbox import OutboxDispatcher, delivery_to_payload
from app.runtime import Runtime, still_handled_job
from app.service import Delivery
from bot.whatsapp.channel import WhatsAppChannel
from bot.whatsapp.client import CloudApiClient
from bot.whatsapp.config import WhatsAppSettings, load_whatsapp_settings
from bot.whatsapp.convert import CHANNEL
from bot.whatsapp.state import ChannelState


def settings_for(runtime: Runtime) -> WhatsAppSettings | None:
    return load_whatsapp_settings(runtime.settings.raw, max_media_bytes=runtime.dialog.settings.max_attachment_bytes)


def build_channel(runtime: Runtime, settings: WhatsAppSettings) -> WhatsAppChannel:
    client = CloudApiClient(settings.token, settings.api_base_url)

    async def keep(chat_id: str, delivery: Delivery) -> None:
        await runtime.store.enqueue_outbox("reply_retry", delivery_to_payload(CHANNEL, chat_id, delivery))

    state = ChannelState(runtime.store.engine, runtime.keyring)
    return WhatsAppChannel(runtime.service, client, settings, state, keep=keep)


def attach(dispatcher: OutboxDispatcher, channel: WhatsAppChannel) -> None:
    """WhatsApp chats in a dispatcher another channel built (their rows share one outbox)."""
    dispatcher.chat_senders[CHANNEL] = channel.send
    dispatcher.fetchers[CHANNEL] = channel.fetch_media
    dispatcher.file_senders[CHANNEL] = channel.send_file


def build_dispatcher(runtime: Runtime, channel: WhatsAppChannel) -> OutboxDispatcher:
    """The outbox when WhatsApp is the only channel."""
    return OutboxDispatcher(
        runtime.store,
        runtime.service,
        {CHANNEL: channel.send},
        None,
        fetchers={CHANNEL: channel.fetch_media},
        file_senders={CHANNEL: channel.send_file},
        sweep=still_handled_job(runtime),
    )
