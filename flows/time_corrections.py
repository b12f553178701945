"""A time corrected in her words: "eh salah, 6 bln", "eh salah, udh 6 bln gk digaji".

She had told "udh 5 bln" in her story and took it back in the next message, at the consent or
at any question after it. The five months stayed on her report ("Sejak 5 bulan lalu" in the list
she was asked to confirm) while she had said six. A time is changed only when her words bring
the right value after a correction mark (flows/correcting.py); how it was said ("6 bln", a month,
a year) goes with it, so that the list shows "6 bulan lalu" as she said it.

At the summary a time typed alone ("dr lebaran kemarin" under "10. Sejak: 10 bulan lalu") is
the since line she means; it was "Maaf, kami belum paham".
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from flows.engine import _Run

#: the slots of a time she may correct in words (the complaint's "since", the family's last news)
TIMES = ("since", "last_contact")
#: how the time was said, kept beside it for its display
_SHAPE = ("_since_raw", "_since_shape")


def keep_shape(slots: dict[str, Any], proposed: dict[str, Any], changed: list[str]) -> None:
    """When a time is among the ``changed`` slots, how the new one was said replaces the old."""
    if not any(slot in TIMES for slot in changed):
        return
    for key in _SHAPE:
        if proposed.get(key) is not None:
            slots[key] = proposed[key]
        else:
            slots.pop(key, None)


#: "dr lebaran kemarin", "sejak april", "udh 6 bln": a time alone is a few words
_TIME_WORDS = 5


def time_alone(run: _Run, text: str) -> bool:
    """``text`` tells a time and nothing else a report could use (no problem, place or amount)."""
    from flows import absorbing  # (absorbing reads through modules that import this one)

    if len(text.split()) > _TIME_WORDS:
        return False
    found = absorbing.read(run, text)
    if not found.since:
        return False
    return dataclasses.replace(found, since=None).is_empty()
