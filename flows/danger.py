"""Danger words: a cry for help at any step starts the emergency path at once.

The rule for "tolong" (also a polite "please"): it is danger when it stands alone or with "saya",
"aku", "kami" or "help", or is shouted ("tolong!!", "tolooong"); "tolong bantu cek status" and
"tolong dibantu" are polite requests, not alarms. Every other word on the list is danger wherever
it stands in the message. Matching is on normalised words, so "DIPUKUL", "di pukul" and
"dipukulin" all count.
"""

from __future__ import annotations

import re

from flows.inputs.base import normalize

PATTERNS = [
    r"\bdi ?siksa\w*",
    r"\bdi ?aniaya\w*",
    r"\bpenyiksaan\b",
    r"\bdi ?pukul\w*",
    r"\bdi ?gebuk\w*",
    r"\bdi ?hajar\b",
    r"\bdi ?tampar\w*",
    r"\bdi ?tendang\w*",
    r"\bdi ?setrum\w*",
    r"\bdi ?sekap\w*",
    r"\bdi ?kurung\w*",
    r"\bdi ?kunci(?:in)? di (?:kamar|rumah|dalam)\b",
    r"\bdi ?perkosa\w*",
    r"\bperkosa\w*",
    r"\bdi ?lecehkan\b",
    r"\bpelecehan seksual\b",
    r"\bdi ?cabuli\b",
    r"\b(?:mau|ingin|pengen|pingin|ingin|mo) bunuh diri\b",
    r"\bbunuh diri\b",
    r"\b(?:tidak|tdk|gak|ga|nggak|ngga|enggak|ndak) (?:di ?kasih|di ?beri|diberi|boleh) makan\b",
    r"\bdi ?ancam (?:di ?)?bunuh\b",
    r"\bmau di ?bunuh\b",
    r"\bakan di ?bunuh\b",
    r"\bdi ?jual\b",
    r"\bhelp me\b",
    r"\bi was beaten\b",
    r"\bbeaten\b",
    r"\braped\b",
    r"\blocked (?:in|up)\b",
    r"\bkill myself\b",
    r"\bsuicide\b",
    r"\bno food\b",
    r"\bsos\b",
]
_DANGER = re.compile("|".join(PATTERNS))
_TOLONG_ALONE = re.compile(r"^(?:tolong|toloong|help)(?: (?:saya|aku|sy|kami|gue|help|tolong|toloong|please|pls))*$")
_SHOUT = re.compile(r"tolong\s*!{2,}|tolo+o+ng|t o l o n g")


def detect_danger(text: str) -> bool:
    if not text or len(text) > 20000:
        return bool(text) and detect_danger(text[:20000])
    key = normalize(text)
    if _TOLONG_ALONE.match(key) or _SHOUT.search(text.casefold()):
        return True
    return bool(_DANGER.search(key))
