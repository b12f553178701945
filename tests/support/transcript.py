"""Golden transcripts: a scripted conversation and the replies it must produce.

A script (``tests/transcripts/<name>.script.yaml``) lists what the user sends: a string is a text
message, ``{press: <option id>}`` a button, ``{media: <kind>}`` a file, ``{contact: <phone>}`` a
shared contact. The golden file (``<name>.golden.txt``) is the whole conversation as a person
would read it. Case numbers and codes are random in real runs, so they are masked to ``###``
before comparing; everything else must match to the letter.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

TRANSCRIPTS = Path(__file__).resolve().parent.parent / "transcripts"
CODE = re.compile(r"\b[2-9A-HJ-NP-Z]{3,4}-[2-9A-HJ-NP-Z]{4}\b")


@dataclass
class Exchange:
    said: str
    replies: list[tuple[str, list[str]]] = field(default_factory=list)


def load_script(name: str) -> list[Any]:
    data = yaml.safe_load((TRANSCRIPTS / f"{name}.script.yaml").read_text(encoding="utf-8"))
    return list(data["script"])


def describe(item: Any) -> str:
    if isinstance(item, str):
        return item
    if "press" in item:
        return f"[{item['press']}]"
    if "press_old" in item:
        return f"[old button: {item['press_old']}]"
    if "media" in item:
        return f"<{item['media']}>"
    if "sticker" in item:
        return "<sticker>"
    if "contact" in item:
        return f"<contact {item['contact']}>"
    raise ValueError(f"unknown script item {item!r}")


def to_jsonl(item: Any) -> dict[str, Any]:
    """The console's JSON-lines form of a script item."""
    if isinstance(item, str):
        return {"text": item}
    if "press" in item:
        return {"choice": item["press"]}
    if "press_old" in item:
        return {"choice": item["press_old"]}
    if "media" in item:
        return {"media": {"kind": item["media"], "file_id": f"test-{item['media']}", "size": 2048}}
    if "sticker" in item:
        return {"media": {"kind": "sticker", "file_id": "test-sticker"}}
    if "contact" in item:
        return {"contact": item["contact"]}
    raise ValueError(f"unknown script item {item!r}")


def run_engine(dialog: Any, script: list[Any], now: Any) -> list[Exchange]:
    """Run a script through the pure engine (state kept as storage would keep it)."""
    from flows.engine import step
    from flows.types import Inbound, Media

    state = None
    exchanges: list[Exchange] = []
    seen: dict[str, str] = {}
    current: dict[str, str] = {}
    for n, item in enumerate(["/start", *script]):
        kwargs: dict[str, Any] = {}
        if isinstance(item, str):
            kwargs["text"] = item
        elif "press" in item:
            kwargs["choice"] = current[item["press"]]
        elif "press_old" in item:
            kwargs["choice"] = seen[item["press_old"]]
        elif "media" in item:
            kwargs["media"] = Media(item["media"], f"test-{item['media']}", 2048)
        elif "sticker" in item:
            kwargs["media"] = Media("sticker", "test-sticker")
        elif "contact" in item:
            kwargs["contact_phone"] = item["contact"]
        turn = step(dialog, state, Inbound("test", "1", f"u{n}", "1", **kwargs), now, bytes([n % 256]) * 32)
        state = turn.state
        ex = Exchange(describe(item))
        for reply in turn.replies:
            ex.replies.append((reply.text, [o.label for o in reply.options]))
            if reply.options:
                current = {o.id: o.data for o in reply.options}
                for o in reply.options:
                    seen.setdefault(o.id, o.data)
        exchanges.append(ex)
    return exchanges


def exchanges_from_jsonl(script: list[Any], lines: list[dict[str, Any]]) -> list[Exchange]:
    """Split the console's output into one exchange per input: each turn ends with an 'await'."""
    said = ["/start", *[describe(i) for i in script]]
    exchanges = [Exchange(s) for s in said]
    index = 0
    for obj in lines:
        if obj.get("type") == "message":
            exchanges[index].replies.append((obj["text"], [o["label"] for o in obj.get("options", [])]))
        elif obj.get("type") in ("await", "done"):
            index += 1
        elif obj.get("type") == "error":
            raise AssertionError(f"the console reported an error: {obj}")
    return exchanges


MONTHS = (
    "Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|Desember|"
    "January|February|March|May|June|July|August|October|December"
)
#: a full date is the day the test ran (a status change, a filing): it is masked too
DAY = re.compile(rf"\b\d{{1,2}} (?:{MONTHS}) \d{{4}}\b")


def mask(text: str) -> str:
    return DAY.sub("<date>", CODE.sub("###", text))


def render(exchanges: list[Exchange]) -> str:
    lines: list[str] = []
    for ex in exchanges:
        lines.append(f">>> {ex.said}")
        for text, buttons in ex.replies:
            lines.extend(mask(text).splitlines() or [""])
            if buttons:
                lines.append("    " + " ".join(f"[{b}]" for b in buttons))
            lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def check_golden(name: str, exchanges: list[Exchange], update: bool) -> None:
    golden = TRANSCRIPTS / f"{name}.golden.txt"
    actual = render(exchanges)
    if update or not golden.exists():
        golden.write_text(actual, encoding="utf-8")
        if not update:
            raise AssertionError(f"{golden.name} did not exist: written now, check it and commit it")
        return
    expected = golden.read_text(encoding="utf-8")
    assert actual == expected, f"{golden.name} differs (run pytest --update-golden if the change is intended)"
