"""Discreet mode told honestly on WhatsApp.

On Telegram the bot deletes the conversation's messages as it goes; the Cloud API cannot delete
anything from her phone. The engine's words promise deletion, so on WhatsApp those lines are
replaced by ones that say what is true: the messages stay unless she deletes the chat, news
from a mediator comes as a neutral line whose content follows only when she answers, and how to
turn on disappearing messages. Nothing else in the dialog changes.
"""

from __future__ import annotations

from flows.catalog import Catalog


class HonestDiscreet:
    def __init__(self, catalog: Catalog, closing_minutes: int) -> None:
        self.catalog = catalog
        self._swaps: list[tuple[str, str]] = []
        for lang in catalog.languages:
            howto = catalog.render(lang, "whatsapp.discreet_howto")
            pairs = [
                (catalog.render(lang, "common.discreet_offer"), catalog.render(lang, "whatsapp.discreet_offer")),
                (
                    catalog.render(lang, "common.discreet_on"),
                    catalog.render(lang, "whatsapp.discreet_on") + "\n\n" + howto,
                ),
                (catalog.render(lang, "common.faq_privacy"), catalog.render(lang, "whatsapp.faq_privacy")),
                (catalog.render(lang, "common.faq_privacy_on"), catalog.render(lang, "whatsapp.faq_privacy_on")),
                (
                    catalog.render(lang, "common.discreet_closing", minutes=closing_minutes),
                    catalog.render(lang, "whatsapp.discreet_closing"),
                ),
            ]
            self._swaps.extend((old, new) for old, new in pairs if old and old != new)

    def __call__(self, text: str) -> str:
        for old, new in self._swaps:
            if old in text:
                text = text.replace(old, new)
        return text

    def news(self, lang: str) -> str:
        """The neutral line that stands for held news inside the window."""
        return self.catalog.render(lang if lang in self.catalog.languages else "id", "whatsapp.news")
