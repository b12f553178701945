"""What she writes before her report has begun: the first message that opens it, what is kept
of it until she agrees, a number or a question sent first."""

from __future__ import annotations

from typing import TYPE_CHECKING

from flows import absorbing, accepting, after_filing, detours, inputs, moving
from flows.greeting_words import only_a_greeting
from flows.inputs.names import is_number_only
from flows.reading import (
    is_thanks,
)
from flows.turn_words import STORY_TO_TELL
from flows.understand.types import Understanding

if TYPE_CHECKING:
    from flows.engine import _Run


def start_report(run: _Run, text: str, *, urgent: bool = False) -> bool:
    """A first message that already tells the problem ("sy mau lapor majikan gk bayar gaji udh
    5 bln") starts the report with what it says: never thrown away, never asked again."""
    # the case she looked up by its number and code from this phone, filed from another
    checked = after_filing.checked_case(run) if after_filing.last_case(run) is None else None
    own = run.state.slots.get("_last_case")
    if checked is not None and isinstance(own, dict) and own.get("number") == checked.get("number"):
        checked = None  # her own report, filed from this chat days ago: no "from another phone"
    if not open_report(run, text, urgent=urgent):
        return False
    # a death told: sorrow first, then the thanks ("anak sy meninggal di malaysia kemarin")
    death = run.state.slots.get("category") == "meninggal"
    understood = absorbing.read(run, text)
    if checked is not None and not death and not urgent:
        # "kak sy mau nambahin, paspor sy jg ditahan" after "cek status" from a new phone: that
        # report takes messages only from the chat that filed it, so this one opens a report
        # that names it, and she is told so (it was "Terima kasih sudah bercerita", as if the
        # report she had just looked at did not exist)
        number = str(checked.get("number") or "")
        absorbing.keep_words(run, run.render("common.checked_case_note", case_number=number))
        run.say("common.checked_case_new", case_number=number)
    elif death:
        run.say("common.condolence_thanks")
    elif tells_a_problem(understood):
        run.say("common.opening_thanks")
    elif asks_a_question(text):
        # "klo kontrak habis boleh pindah majikan gk?": a question of her rights, which only the
        # staff can answer; she is told so (it was "Terima kasih sudah bercerita"), her question
        # is what the report carries
        run.say("common.opening_question")
    elif understood.wants or not _short(text):
        run.say("common.opening_thanks")
    else:
        # "sy di malaysia kak": where she is, no story yet. She is not told her story was read,
        # and the story question is still asked (her first words stay in it)
        run.say("common.opening_noted")
        run.state.slots[STORY_TO_TELL] = True
    moving.go(run, run.flow.start)
    return True


def tells_a_problem(understood: Understanding) -> bool:
    """Whether her words told a problem (not only where she is, or who writes)."""
    problems = [c for c in understood.categories if c != "lainnya"]
    return bool(problems or understood.indicators or understood.danger)


#: at most this many words, a message that reads no problem tells where she is, not her story
_NO_STORY_WORDS = 6


def _short(text: str) -> bool:
    return len(text.split()) <= _NO_STORY_WORDS


#: the words that ask ("boleh gk", "gmn", "apa sy bisa"): a question of hers, not a statement
_ASKING = frozenset({"apa", "apakah", "gimana", "gmn", "gmna", "bagaimana", "boleh", "bolehkah", "bisa", "bisakah",
                     "berhak", "hak", "harus", "hrs", "perlu", "brp", "berapa", "kenapa", "knp", "mengapa",
                     "can", "may", "should", "what", "how", "is"})  # fmt: skip
#: a question is this many words at least ("boleh gk?" alone asks nothing she can be answered)
_QUESTION_WORDS = 4
#: a longer message is her story, whatever it ends with
_QUESTION_MAX = 15


def asks_a_question(text: str) -> bool:
    """ "klo kontrak habis boleh pindah majikan gk?", "apa sy bisa pindah agensi?": a question
    she asks (a word that asks, and a question mark or a tag at the end)."""
    words = inputs.normalize(text).split()
    tagged = bool(words) and words[-1] in {"gk", "ga", "gak", "nggak", "ngga", "tidak", "kah", "ya", "kan"}
    return (
        _QUESTION_WORDS <= len(words) <= _QUESTION_MAX and bool(_ASKING.intersection(words)) and ("?" in text or tagged)
    )


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
    if len(text.strip()) < 4 or not any(c.isalpha() for c in text) or is_thanks(text) or only_a_greeting(text):
        return  # ("assalamualaikum kak" was the first line of her story, all the summary showed of it)
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
    if not urgent and only_asking(understood, text):
        return False
    if not urgent and understood.is_empty() and not asks_a_question(text):
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


#: "eh setuju deh kak", "ok sy setuju": the consent, said when none is asked
_AGREEING = frozenset({"setuju", "agree"})
_AROUND_AGREEING = frozenset({"eh", "maaf", "sorry", "deh", "dong", "aja", "sih", "kak", "ka", "mbak", "mba", "pak",
                              "bu", "min", "ya",
                              "iya", "ok", "oke", "jadi", "jd", "sy", "saya", "aku", "aq", "i", "udh", "udah", "sudah",
                              "yes", "now", "lagi", "lg"})  # fmt: skip
_NOT = frozenset({"gk", "ga", "gak", "nggak", "ngga", "enggak", "tidak", "tdk", "ndak", "belum", "blm", "not", "dont",
                  "don't", "no", "tak"})  # fmt: skip


def consent_said_first(run: _Run, text: str) -> bool:
    """ "eh setuju deh kak" after "Kalau berubah pikiran, ketik Setuju": her consent, and the
    report goes on from it (it showed the welcome and asked "Setuju?" again). Her story was not
    kept when she refused, so the story question comes after the one about her phone."""
    words = inputs.normalize(text).split()
    if not words or len(words) > 6 or not _AGREEING.intersection(words) or _NOT.intersection(words):
        return False
    if not set(words) <= _AGREEING | _AROUND_AGREEING:
        return False
    st = run.state
    st.flow, st.history, st.pending, st.return_to = "complaint", [], None, None
    detours.reset_slots(run)
    st.node = run.flow.start
    node = run.flow.node(st.node)
    option = next((o for o in getattr(node, "options", ()) if o.id == "setuju"), None)
    if node.slot != "consent" or option is None:
        return False
    run.say("common.consent_after_all")
    accepting.accept(run, node, option.id, run.render(option.label))
    return True
