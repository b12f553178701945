"""Settings: ``config.yaml`` for what may be shared, the environment for secrets.

A bad or missing value is a :class:`ConfigError` whose message is one line saying what to fix;
``run_bot.py`` prints it without a traceback.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from flows import yaml_text
from flows.dialog import DialogSettings
from storage.errors import ConfigError

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CONFIG = ROOT / "config.yaml"
FRAMEWORKS = ("ptb", "aiogram")


@dataclass(frozen=True)
class TelegramSettings:
    token: str | None = None
    framework: str = "ptb"
    api_base_url: str = "https://api.telegram.org"
    webhook_url: str | None = None
    webhook_secret: str | None = None
    mediators_chat_id: int | None = None
    mediators_allowed: tuple[int, ...] = ()
    send_rate_per_second: float = 30.0
    send_per_chat_per_second: float = 1.0
    send_retries: int = 5
    #: how long one Bot API call may take before it counts as failed (and is tried again later)
    send_timeout_seconds: float = 15.0
    #: webhook: how long a committed turn's replies are tried again before the answer is 503
    webhook_send_patience_seconds: float = 8.0


@dataclass(frozen=True)
class Settings:
    root: Path
    data_dir: Path
    database_url: str
    telegram: TelegramSettings
    dialog: DialogSettings
    web_host: str = "127.0.0.1"
    web_port: int = 8080
    web_session_secret: str | None = None
    #: session cookies only over HTTPS: on when the console is served behind TLS (WEB_HTTPS=1)
    web_https_only: bool = False
    #: a bearer token for /metrics (METRICS_TOKEN); without one /metrics answers loopback only
    metrics_token: str | None = None
    status_max_tries: int = 5
    status_window_minutes: int = 15
    still_handled_days: int = 14
    anonymise_closed_after_days: int = 730
    storage_outage_seconds: float = 15.0
    routing: dict[str, str] = field(default_factory=dict)
    raw: Mapping[str, Any] = field(default_factory=dict)
    #: the folder of the dialog's flows (PMI_FLOWS_DIR; default flows/ of the project): a
    #: deployment's own dialog, or the benchmarks' six-question one
    flows_dir: Path | None = None

    @property
    def key_file(self) -> Path:
        return self.data_dir / "keys.json"


def _section(data: Mapping[str, Any], name: str) -> Mapping[str, Any]:
    value = data.get(name) or {}
    if not isinstance(value, Mapping):
        raise ConfigError(f"config.yaml: '{name}' must be a mapping")
    return value


def _int(value: Any, where: str) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        raise ConfigError(f"config.yaml: '{where}' must be a whole number, not {value!r}") from None


def normalise_database_url(url: str, root: Path) -> str:
    """Accept ``postgres://`` and ``postgresql://`` and pick the async drivers; anchor relative SQLite paths."""
    if url.startswith(("postgres://", "postgresql://")):
        return "postgresql+asyncpg://" + url.split("://", 1)[1]
    if url.startswith("sqlite:///") or url.startswith("sqlite+aiosqlite:///"):
        path = url.split(":///", 1)[1]
        if path and path != ":memory:" and not os.path.isabs(path):
            path = str(root / path)
        return "sqlite+aiosqlite:///" + path
    if url.startswith(("postgresql+asyncpg://", "sqlite+aiosqlite://")):
        return url
    raise ConfigError(f"DATABASE_URL must be a postgresql:// or sqlite:/// URL, not '{url.split(':', 1)[0]}:...'")


def load_settings(path: Path | None = None, env: Mapping[str, str] | None = None) -> Settings:
    env = os.environ if env is None else env
    path = Path(env.get("PMI_CONFIG", "")) if env.get("PMI_CONFIG") else (path or DEFAULT_CONFIG)
    try:
        data = yaml_text.safe_load(path.read_text(encoding="utf-8")) or {}
    except FileNotFoundError:
        raise ConfigError(f"{path} is missing: copy config.yaml from the repository") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = f" (line {mark.line + 1})" if mark else ""
        raise ConfigError(f"{path} is not valid YAML{line}: fix the indentation or quoting") from None
    if not isinstance(data, Mapping):
        raise ConfigError(f"{path} must be a mapping of settings")
    root = path.resolve().parent
    tg = _section(data, "telegram")
    framework = str(tg.get("framework", "ptb")).lower()
    if framework not in FRAMEWORKS:
        raise ConfigError(f"config.yaml: telegram.framework must be one of {', '.join(FRAMEWORKS)}, not '{framework}'")
    token = env.get("BOT_TOKEN") or None
    if token is not None and ":" not in token:
        raise ConfigError("BOT_TOKEN does not look like a Telegram token (digits:text from @BotFather)")
    chat = tg.get("mediators_chat_id")
    telegram = TelegramSettings(
        token=token,
        framework=framework,
        api_base_url=(
            env.get("TELEGRAM_API_BASE_URL") or str(tg.get("api_base_url") or "https://api.telegram.org")
        ).rstrip("/"),
        webhook_url=env.get("WEBHOOK_URL") or tg.get("webhook_url") or None,
        webhook_secret=env.get("WEBHOOK_SECRET") or None,
        mediators_chat_id=_int(chat, "telegram.mediators_chat_id") if chat not in (None, "") else None,
        mediators_allowed=tuple(_int(u, "telegram.mediators_allowed") for u in tg.get("mediators_allowed") or []),
        send_rate_per_second=float(tg.get("send_rate_per_second", 30)),
        send_per_chat_per_second=float(tg.get("send_per_chat_per_second", 1)),
        send_retries=_int(tg.get("send_retries", 5), "telegram.send_retries"),
        send_timeout_seconds=float(tg.get("send_timeout_seconds", 15)),
        webhook_send_patience_seconds=float(tg.get("webhook_send_patience_seconds", 8)),
    )
    dialog_data = _section(data, "dialog")
    try:
        dialog = DialogSettings.from_mapping(dialog_data)
    except (KeyError, TypeError, ValueError) as exc:
        # the hotline directory's errors name the entry ("dialog.hotlines.by_country.SA[2] ...")
        detail = str(exc) if isinstance(exc, ValueError) and str(exc).startswith("dialog.") else ""
        raise ConfigError(
            f"config.yaml: {detail}"
            if detail
            else f"config.yaml: 'dialog' is malformed ({exc.__class__.__name__}): check hotlines and numbers"
        ) from None
    web = _section(data, "web")
    status = _section(data, "status_check")
    notices = _section(data, "notices")
    retention = _section(data, "retention")
    data_dir = Path(str(data.get("data_dir", "data")))
    if not data_dir.is_absolute():
        data_dir = root / data_dir
    if env.get("PMI_DATA_DIR"):
        data_dir = Path(env["PMI_DATA_DIR"])
    db_url = env.get("DATABASE_URL") or str(data.get("database_url") or f"sqlite+aiosqlite:///{data_dir / 'pmi.db'}")
    return Settings(
        flows_dir=Path(env["PMI_FLOWS_DIR"]) if env.get("PMI_FLOWS_DIR") else None,
        root=root,
        data_dir=data_dir,
        database_url=normalise_database_url(db_url, root),
        telegram=telegram,
        dialog=dialog,
        web_host=str(web.get("host", "127.0.0.1")),
        web_port=_int(env.get("WEB_PORT") or web.get("port", 8080), "web.port"),
        web_session_secret=env.get("WEB_SESSION_SECRET") or None,
        web_https_only=env.get("WEB_HTTPS", "") in ("1", "true", "yes"),
        metrics_token=env.get("METRICS_TOKEN") or None,
        status_max_tries=_int(status.get("max_tries", 5), "status_check.max_tries"),
        status_window_minutes=_int(status.get("window_minutes", 15), "status_check.window_minutes"),
        still_handled_days=_int(notices.get("still_handled_days", 14), "notices.still_handled_days"),
        anonymise_closed_after_days=_int(
            retention.get("anonymise_closed_after_days", 730), "retention.anonymise_closed_after_days"
        ),
        storage_outage_seconds=float(_section(data, "storage").get("outage_seconds", 15)),
        routing={
            ("default" if k == "default" else str(k).upper()): str(v) for k, v in _section(data, "routing").items()
        },
        raw=data,
    )
