"""Canned replies: an office's standard answers in the case's language, with the case number and
the worker's country help line filled in (web/canned.yaml; only the two named variables are
replaced, so a reply's text is never a template that could reach anything else)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

FILE = Path(__file__).resolve().parent / "canned.yaml"


@dataclass(frozen=True)
class Canned:
    title: str
    text: str


@lru_cache(maxsize=1)
def _table() -> dict[str, dict[str, list[dict[str, str]]]]:
    data = yaml.safe_load(FILE.read_text(encoding="utf-8")) or {}
    return data if isinstance(data, dict) else {}


def canned_replies(office_code: str | None, lang: str, case_number: str, hotline: str) -> list[Canned]:
    """The office's own replies first, then everyone's; in ``lang``, else Indonesian."""
    table = _table()
    out = []
    for office in (office_code or "", "default"):
        by_lang = table.get(office) or {}
        for item in by_lang.get(lang) or by_lang.get("id") or []:
            text = str(item.get("text", "")).replace("{case_number}", case_number).replace("{hotline}", hotline)
            out.append(Canned(str(item.get("title", "")), text))
    return out
