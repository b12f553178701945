"""WhatsApp settings: secrets from the environment, limits and templates from config.yaml.

The limits are Meta's, marked *verify* in config.yaml: they change with the number's tier and
Meta's policy, and whoever deploys checks them against the WhatsApp Manager.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from app.config import ConfigError

DEFAULT_API = "https://graph.facebook.com/v21.0"


@dataclass(frozen=True)
class WhatsAppSettings:
    token: str = field(repr=False)
    app_secret: str = field(repr=False)
    verify_token: str = field(repr=False)
    #: the numbers this deployment answers for (WHATSAPP_PHONE_NUMBER_ID, comma-separated)
    phone_number_ids: tuple[str, ...]
    api_base_url: str = DEFAULT_API
    #: the number's throughput (messages a second across all chats)
    send_rate_per_second: float = 80.0
    #: Meta's pair rate: about one message every 6 seconds to one user, with a burst
    send_per_user_per_second: float = 1 / 6
    send_per_user_burst: int = 45
    send_retries: int = 5
    #: the customer-service window: free-form messages only this long after her last message
    window_hours: float = 24.0
    #: the approved template sent outside the window, per language: name and its language code
    templates: Mapping[str, tuple[str, str]] = field(default_factory=dict)
    #: the template has a quick-reply button ("Baca pesan") whose press releases what waits
    template_button: bool = False
    max_media_bytes: int = 20 * 1024 * 1024
    #: the first wait after a throttled send (doubling each time)
    retry_base_seconds: float = 1.0

    def template_for(self, lang: str) -> tuple[str, str]:
        return self.templates.get(lang) or self.templates.get("id") or ("ada_kabar_laporan", "id")


def load_whatsapp_settings(
    raw: Mapping[str, Any], env: Mapping[str, str] | None = None, max_media_bytes: int | None = None
) -> WhatsAppSettings | None:
    """None when WhatsApp is not configured (no WHATSAPP_TOKEN); a ConfigError when half is."""
    env = os.environ if env is None else env
    token = env.get("WHATSAPP_TOKEN") or ""
    if not token:
        return None
    missing = [
        name
        for name in ("WHATSAPP_APP_SECRET", "WHATSAPP_VERIFY_TOKEN", "WHATSAPP_PHONE_NUMBER_ID")
        if not env.get(name)
    ]
    if missing:
        raise ConfigError(f"WhatsApp needs {', '.join(missing)} beside WHATSAPP_TOKEN (see docs/WHATSAPP.md)")
    section = raw.get("whatsapp") or {}
    if not isinstance(section, Mapping):
        raise ConfigError("config.yaml: 'whatsapp' must be a mapping")
    templates: dict[str, tuple[str, str]] = {}
    for lang, spec in (section.get("templates") or {}).items():
        if not isinstance(spec, Mapping) or not spec.get("name"):
            raise ConfigError(f"config.yaml: whatsapp.templates.{lang} needs a name (and a language)")
        templates[str(lang)] = (str(spec["name"]), str(spec.get("language", lang)))
    ids = [p.strip() for p in env["WHATSAPP_PHONE_NUMBER_ID"].split(",") if p.strip()]
    bad_ids = [i for i in ids if not i.isdigit()]
    if not ids or bad_ids:
        raise ConfigError(
            "WHATSAPP_PHONE_NUMBER_ID must be the numeric id(s) of the number(s) from the WhatsApp Manager, "
            "comma-separated (not the phone number itself)"
        )
    base = env.get("WHATSAPP_API_BASE_URL") or str(section.get("api_base_url") or DEFAULT_API)
    if not base.startswith(("https://", "http://127.0.0.1", "http://localhost")):
        raise ConfigError("WHATSAPP_API_BASE_URL must be https:// (plain http only to a local emulator)")
    if len(env["WHATSAPP_APP_SECRET"]) < 12:
        raise ConfigError("WHATSAPP_APP_SECRET looks too short: copy the App Secret from the Meta app's Basic settings")
    if len(env["WHATSAPP_VERIFY_TOKEN"]) < 8:
        raise ConfigError("WHATSAPP_VERIFY_TOKEN is too short: use a long random text (also typed into the Meta app)")
    try:
        return WhatsAppSettings(
            token=token,
            app_secret=env["WHATSAPP_APP_SECRET"],
            verify_token=env["WHATSAPP_VERIFY_TOKEN"],
            phone_number_ids=tuple(ids),
            api_base_url=base.rstrip("/"),
            send_rate_per_second=float(section.get("send_rate_per_second", 80)),
            send_per_user_per_second=float(section.get("send_per_user_per_second", 1 / 6)),
            send_per_user_burst=int(section.get("send_per_user_burst", 45)),
            send_retries=int(section.get("send_retries", 5)),
            window_hours=float(section.get("window_hours", 24)),
            templates=templates,
            template_button=bool(section.get("template_button", False)),
            retry_base_seconds=float(section.get("retry_base_seconds", 1.0)),
            max_media_bytes=max_media_bytes or 20 * 1024 * 1024,
        )
    except (TypeError, ValueError) as exc:
        raise ConfigError(f"config.yaml: 'whatsapp' has a malformed number ({type(exc).__name__})") from None
