"""What she writes before her report has begun: the first message that opens it, what is kept
of it until she agrees, a number or a question sent first."""

from __future__ import annotations

from typing import TYPE_CHECKING

from flows import absorbing, detours, inputs, moving
from flows.inputs.names import is_number_only
from flows.reading import (
    is_thanks,
)
from flows.understand.types import Understanding

if TYPE_CHECKING:
    from flows.engine import _Run


def start_report(run: _Run, text: str, *, urgent: bool = False) -> bool:
    """A first message that already tells the problem ("sy mau lapor majikan gk bayar gaji udh
    5 bln") starts the report with what it says: never thrown away, never asked again."""
    if not open_report(run, text, urgent=urgent):
        return False
    # a death told: sorrow first, then the thanks ("anak sy meninggal di malaysia kemarin")
    death = run.state.slots.get("category") == "meninggal"
    run.say("common.condolence_thanks" if death else "common.opening_thanks")
    moving.go(run, run.flow.start)
    return True


#: words she wrote at the menu that named nothing the readers know ("majikan jahat"), kept a while
BEFORE_REPORT = "_before_report"
#: how long such words wait for the report they lead to
BEFORE_REPORT_SECONDS = 3600
NUMBER_BEFORE = "_number_before_report"


def keep_before_report(run: _Run, text: str) -> None:
    """ "majikan jahat" at the menu, then "sy d saudi": the report that starts begins with both
    (the first was lost, and she was then told her message had been read)."""
    st = run.state
    if is_number_only(text):
        # "081234567890" sent first, then her story: her number, not asked for again
        st.slots[NUMBER_BEFORE] = {"number": text.strip(), "until": run.now.timestamp() + BEFORE_REPORT_SECONDS}
        return
    if len(text.strip()) < 4 or not any(c.isalpha() for c in text) or is_thanks(text):
        return
    kept = st.slots.get(BEFORE_REPORT)
    earlier = str(kept.get("text") or "") if isinstance(kept, dict) else ""
    joined = f"{earlier}\n\n{text.strip()}" if earlier else text.strip()
    st.slots[BEFORE_REPORT] = {"text": joined[-2000:], "until": run.now.timestamp() + BEFORE_REPORT_SECONDS}


def said_before_report(run: _Run) -> str:
    kept = run.state.slots.get(BEFORE_REPORT)
    if isinstance(kept, dict) and run.now.timestamp() <= float(kept.get("until") or 0):
        return str(kept.get("text") or "")
    return ""


#: at most this many words, a message that only says she has a question is no telling yet
_ASKING_WORDS = 5


def only_asking(understood: Understanding, text: str) -> bool:
    """ "sy mau tanya", "halo min mau tanya": read as "other" (a question), nothing else told. It
    opened a report with "Terima kasih sudah bercerita ... tidak perlu mengulanginya" before she
    had told anything; the welcome lets her tell it (kept for the report, ``keep_before_report``)."""
    return (
        understood.categories == ("lainnya",)
        and len(text.split()) <= _ASKING_WORDS
        and not (understood.country or understood.money or understood.since or understood.indicators)
        and not understood.danger
        and understood.reporter != "family"
    )


def open_report(run: _Run, text: str, *, urgent: bool = False) -> bool:
    st = run.state
    understood = absorbing.read(run, text)
    if not urgent and (understood.is_empty() or only_asking(understood, text)):
        return False
    earlier = said_before_report(run)
    if earlier:
        text = f"{earlier}\n\n{text}"
    number = st.slots.get(NUMBER_BEFORE)
    if understood.language and not st.lang_locked and understood.language in run.dialog.catalog.languages:
        st.lang = understood.language
        st.lang_locked = True
    st.flow = "family_report" if understood.reporter == "family" else "complaint"
    st.urgent = urgent  # a new report is not urgent because the last one was
    detours.reset_slots(run)
    st.history = []
    st.pending = None
    st.return_to = None
    absorbing.absorb(run, text, None, story=True)
    if isinstance(number, dict) and run.now.timestamp() <= float(number.get("until") or 0):
        phone_before_report(run, str(number.get("number") or ""))
    return True


def phone_before_report(run: _Run, number: str) -> None:
    """Her number, sent alone before her story: her phone (read in her country), from her words."""
    st = run.state
    slot = "phone" if run.flow.labelled("phone") is not None else None
    if slot is None or st.slots.get(slot):
        return
    country = st.slots.get("country")
    parsed = inputs.parse_phone(number, country if isinstance(country, str) else None)
    if not parsed.ok:
        return
    st.slots[slot], st.slots[f"{slot}_display"] = parsed.value, parsed.display or str(parsed.value)
    words = dict(st.slots.get("_from_words") or {})
    words.setdefault(slot, number)
    st.slots["_from_words"] = words
