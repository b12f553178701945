""" "minta nomor kbri", "emergency numbers please": a message that asks for the numbers to call,
answered with them."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from flows import (
    absorbing,
)
from flows.turn_words import (
    NUMBERS_FOR,
)

if TYPE_CHECKING:
    from flows.engine import _Run


#: what asks for the numbers to call, in a sentence ("minta nomor kbri di hongkong")
_ASKS_NUMBERS = re.compile(
    r"\b(?:nomor|nomer|no|nmr|kontak|telp|telepon|number|numbers|contact)\s+(?:\w+\s+)?"
    r"(?:penting|darurat|kbri|kjri|kdei|kedutaan|konsulat|polisi|embassy|emergency|important|hotline)\b"
    r"|\b(?:kbri|kjri|kdei|kedutaan|konsulat|embassy|consulate)\s+(?:\w+\s+)?"
    r"(?:nomor|nomer|no|number|phone|telp|telepon|kontak|contact|hotline)\b"
    r"|\b(?:emergency|important|hotline|helpline|police|embassy|consulate)\s+(?:\w+\s+)?"
    r"(?:numbers?|contacts?|phones?|lines?)\b"
    r"|\bhotlines?\b|\bhelplines?\b"
    # "can i have the numbers for help in saudi", "nomor buat minta bantuan", "who can i call"
    r"|\b(?:numbers?|nomor|nomer|nmr)\s+(?:for|of|to\s+call\s+for|buat|utk|untuk)\s+(?:minta\s+)?(?:help|bantuan|tolong)\b"
    r"|\bnumbers?\s+to\s+call\b|\bwho\s+(?:can|should|do)\s+i\s+call\b",
    re.IGNORECASE,
)


def asks_for_numbers(text: str) -> bool:
    """ "emergency numbers please", "minta nomor kbri": a short message that asks for numbers."""
    return len(text.split()) <= 14 and _ASKS_NUMBERS.search(text) is not None


def numbers_asked(run: _Run, text: str) -> bool:
    """ "minta nomor penting, sy di malaysia", "no kbri hongkong brp?": the numbers for the country
    named (it began a report, "Terima kasih sudah bercerita", and gave no number). Not when a
    problem is told with it: that is a report, whose first reply has the numbers when it is urgent."""
    if not asks_for_numbers(text):
        return False
    found = absorbing.read(run, text)
    # the rest of what she wrote tells no problem ("no telp kbri riyadh": the phone words alone read
    # as lost contact; "anak sy gk bisa dihubungi, minta nomor kbri" is a report)
    rest = absorbing.read(run, _ASKS_NUMBERS.sub(" ", text))
    if set(rest.categories) - {"lainnya"} or found.danger is not None:
        return False
    if found.country:
        run.state.slots[NUMBERS_FOR] = found.country
    run.say("common.hotlines")
    return True
