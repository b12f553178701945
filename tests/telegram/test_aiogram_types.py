"""aiogram as the bot imports it: its types built at first use, each as aiogram builds it at import.

bot/telegram/aiogram_types.py defers the rebuild aiogram runs on all of its ~400 types at import
(~100 MB resident). Each scenario runs in a fresh interpreter, once importing aiogram the bot's way
(through the adapter) and once plainly: a type must read a Telegram payload the same way either
way, every type and method must be buildable at its first use, nested or not, and the deferral must leave
the memory behind.
"""

from __future__ import annotations

import json
import subprocess
import sys
from typing import Any

from app.config import ROOT

#: what Telegram sends and answers, with nested types several levels deep (a reply inside a
#: message, entities, a photo, a keyboard, a callback's message, a chat's full info)
PAYLOADS: dict[str, Any] = {
    "Update": [
        {
            "update_id": 7,
            "message": {
                "message_id": 3,
                "date": 1790000000,
                "chat": {"id": 42, "type": "private", "first_name": "Sri"},
                "from": {"id": 42, "is_bot": False, "first_name": "Sri", "language_code": "id"},
                "text": "/start gaji",
                "entities": [{"type": "bot_command", "offset": 0, "length": 6}],
                "reply_to_message": {
                    "message_id": 2,
                    "date": 1789999990,
                    "chat": {"id": 42, "type": "private"},
                    "photo": [{"file_id": "p1", "file_unique_id": "u1", "width": 90, "height": 60, "file_size": 900}],
                    "caption": "slip gaji",
                    "reply_markup": {"inline_keyboard": [[{"text": "Ya", "callback_data": "1:ya"}]]},
                },
            },
        },
        {
            "update_id": 8,
            "callback_query": {
                "id": "cb1",
                "from": {"id": 42, "is_bot": False, "first_name": "Sri"},
                "chat_instance": "ci",
                "data": "1:ya",
                "message": {
                    "message_id": 9,
                    "date": 1790000001,
                    "chat": {"id": 42, "type": "private"},
                    "text": "Benar?",
                    "reply_markup": {"inline_keyboard": [[{"text": "Ya", "callback_data": "1:ya"}]]},
                },
            },
        },
        {
            "update_id": 9,
            "message": {
                "message_id": 4,
                "date": 1790000002,
                "chat": {"id": -100123, "type": "supergroup", "title": "Mediator", "is_forum": True},
                "from": {"id": 5, "is_bot": False, "first_name": "Ani"},
                "message_thread_id": 11,
                "document": {"file_id": "d1", "file_unique_id": "u2", "file_name": "kontrak.pdf"},
                "contact": {"phone_number": "+60123456789", "first_name": "Sri"},
            },
        },
    ],
    "ChatFullInfo": [
        {
            "id": -100123,
            "type": "supergroup",
            "title": "Mediator",
            "accent_color_id": 1,
            "max_reaction_count": 11,
            "accepted_gift_types": {
                "unlimited_gifts": True,
                "limited_gifts": False,
                "unique_gifts": False,
                "premium_subscription": False,
                "gifts_from_channels": False,
            },
            "pinned_message": {"message_id": 1, "date": 1, "chat": {"id": -100123, "type": "supergroup"}, "text": "x"},
        }
    ],
}

PROBE = r"""
import json, sys
lazy = sys.argv[1] == "lazy"
if lazy:
    import bot.telegram.aiogram_adapter  # imports aiogram the bot's way
else:
    import aiogram
from pydantic import BaseModel
import aiogram.types as types

def rss_mb():
    return int(open("/proc/self/statm").read().split()[1]) * 4096 / 2**20

models = [getattr(types, n) for n in types.__all__]
models = [m for m in models if isinstance(m, type) and issubclass(m, BaseModel)]
out = {"rss_mb": rss_mb(), "built_at_import": sum(m.__pydantic_complete__ for m in models), "types": len(models)}
payloads = json.loads(sys.argv[2])
# first, the types met nested in another model: how aiogram reads getUpdates' answer when polling
from aiogram.methods.base import Response
polled = Response[list[types.Update]].model_validate({"ok": True, "result": payloads["Update"]})
out["polled"] = [u.model_dump(mode="json", exclude_none=True) for u in polled.result]
out["read"] = {
    name: [getattr(types, name).model_validate(p).model_dump(mode="json", exclude_none=True) for p in items]
    for name, items in payloads.items()
}
if len(sys.argv) > 3:
    # the types an update can hold, written out as their JSON schema (every field, type, alias
    # and default their validators read, with the schema of each type nested in them: most of
    # aiogram's types); a field JSON cannot describe, a file's bytes say, written as what it is
    from pydantic.json_schema import GenerateJsonSchema
    class Written(GenerateJsonSchema):
        def handle_invalid_for_json_schema(self, schema, error_info):
            return {"not JSON": error_info.split(" at 0x")[0]}
    out["schemas"] = {n: getattr(types, n).model_json_schema(schema_generator=Written) for n in ("Update", "ChatFullInfo")}
    out["nested"] = sum(len(s.get("$defs", {})) for s in out["schemas"].values())
    # then every other type and every method (the methods nest the types), at their first use
    import aiogram.methods as methods
    calls = [getattr(methods, n) for n in methods.__all__]
    calls = [m for m in calls if isinstance(m, type) and issubclass(m, BaseModel)]
    for m in calls + models:
        m.__pydantic_core_schema__["type"]
        getattr(m.__pydantic_validator__, "title")
    out["built"] = sum(m.__pydantic_complete__ for m in models)
    out["methods built"] = sum(m.__pydantic_complete__ for m in calls), len(calls)
print(json.dumps(out))
"""


def probe(how: str, *, schemas: bool = False) -> dict[str, Any]:
    argv = [sys.executable, "-c", PROBE, how, json.dumps(PAYLOADS)] + (["schemas"] if schemas else [])
    done = subprocess.run(argv, cwd=ROOT, capture_output=True, text=True, timeout=300, check=False)
    assert done.returncode == 0, done.stderr[-3000:]
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


def test_a_type_built_at_first_use_reads_telegram_as_aiogram_built_at_import_does() -> None:
    lazy, eager = probe("lazy", schemas=True), probe("eager", schemas=True)
    assert lazy["read"] == eager["read"]
    assert lazy["polled"] == eager["polled"] == lazy["read"]["Update"]
    assert lazy["read"]["Update"][0]["message"]["reply_to_message"]["photo"][0]["file_id"] == "p1"
    assert lazy["read"]["Update"][1]["callback_query"]["data"] == "1:ya"
    assert lazy["schemas"] == eager["schemas"]
    assert lazy["nested"] > 200
    assert lazy["types"] == eager["types"] > 300
    assert lazy["built"] == lazy["types"]
    built, methods = lazy["methods built"]
    assert built == methods > 100


def test_the_bots_aiogram_does_not_build_every_type_at_import() -> None:
    lazy, eager = probe("lazy"), probe("eager")
    assert eager["built_at_import"] == eager["types"]
    assert lazy["built_at_import"] < 10
    # resident memory, measured the same way in both; the deferral saves ~100 MB
    assert lazy["rss_mb"] < eager["rss_mb"] - 50, (lazy["rss_mb"], eager["rss_mb"])
