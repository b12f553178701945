"""Structured JSON logs that carry no personal data.

Only whitelisted ``extra`` fields are written (ids of our own making, counts, timings, error
class names), never message text, names, phones or chat ids. Library loggers that may print
request URLs with tokens or payloads (httpx, telegram, aiogram) are kept at WARNING.
"""

from __future__ import annotations

import json
import logging
import sys
from datetime import UTC, datetime

#: the only extra fields a log line may carry
SAFE_FIELDS = frozenset(
    {
        "reason",
        "case_number",
        "status",
        "kind",
        "attempt",
        "count",
        "ms",
        "error",
        "update",
        "flow",
        "node",
        "channel",
        "outbox_id",
        "retry_after",
        "worker",
        "batch",
        "port",
    }
)
NOISY = ("httpx", "httpcore", "telegram", "aiogram", "aiosqlite", "asyncio", "uvicorn.access", "hpack")


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        line = {
            "at": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname.lower(),
            "logger": record.name,
            "msg": record.getMessage()
            if record.name.startswith("pmi")
            else record.msg
            if isinstance(record.msg, str)
            else "",
        }
        for key in SAFE_FIELDS:
            if key in record.__dict__:
                line[key] = record.__dict__[key]
        if record.exc_info and record.exc_info[0] is not None:
            # the class only: a message or traceback locals could quote user text
            line["exception"] = record.exc_info[0].__name__
        return json.dumps(line, ensure_ascii=False, default=str)


def setup_logging(*, quiet: bool = False, level: int = logging.INFO) -> None:
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(JsonFormatter())
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(logging.WARNING if quiet else level)
    for name in NOISY:
        logging.getLogger(name).setLevel(logging.WARNING)
