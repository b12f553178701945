"""What she writes once her report is filed or looked up: more for that case, a follow-up
question, its status, or another report."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from flows import absorbing, asking, cries, detours, inputs, moving
from flows.greeting_words import only_a_greeting
from flows.reading import (
    answer_kind,
    asks_for_news,
    asks_news,
    asks_status,
    clauses,
    code_lost_said,
    is_thanks,
    names_a_code,
    only_a_plea,
    waits_for_an_answer,
)
from flows.turn_words import CHECKED, REPORT_FLOWS, TRIED
from flows.types import CaseMessage, NotifyMediators
from flows.understand.types import Danger

if TYPE_CHECKING:
    from flows.engine import _Run


def last_case(run: _Run, *, linked: bool = False) -> dict[str, Any] | None:
    """The report this chat filed in the last ``FOLLOW_UP_HOURS`` (its number and country), if
    any; ``linked``: in the last ``LINKED_DAYS`` (a cry for help goes on it)."""
    st = run.state
    last = st.slots.get("_last_case")
    if not isinstance(last, dict):
        return None
    now = run.now.timestamp()
    until, linked_until = float(last.get("until", 0)), float(last.get("linked_until", 0))
    if now > max(until, linked_until):
        st.slots.pop("_last_case", None)
        return None
    return last if now <= (max(until, linked_until) if linked else until) else None


def checked_case(run: _Run) -> dict[str, Any] | None:
    """The case she looked up by its number and code in the last hours, perhaps her family's
    with the family code ("cek status", then "anak sy dipukul lagi")."""
    checked = run.state.slots.get(CHECKED)
    if isinstance(checked, dict) and float(checked.get("until") or 0) > run.now.timestamp():
        return {"number": str(checked.get("number") or "")}
    return None


def told_after_filing(run: _Run, danger: Danger, text: str, last: dict[str, Any], *, first: bool = False) -> None:
    """A cry soon after she filed: added to that report and the report marked urgent, the
    numbers of the country it names, and the mediators told which case: no new report, no
    consent asked again (she has reported; her case is where help comes from)."""
    st = run.state
    case = str(last.get("number") or "")
    country = last.get("country")
    if isinstance(country, str) and country and "country" not in st.slots:
        st.slots["country"] = country  # for the numbers of her country in the replies below
    # her first cry since filing is help first, all the numbers ("Kami dengar. Petugas sudah kami
    # kabari lagi" said "again" to a first cry, with three numbers)
    cries.say_cry_heard(run, danger, first=first, filed=True)
    run.say("common.danger_added", case_number=case)
    st.slots.pop("country", None)
    run.effects.append(CaseMessage(case, text.strip(), urgent=True))
    run.effects.append(
        NotifyMediators(
            "danger_alert", case_number=case, country=country if isinstance(country, str) else None, urgent=True
        )
    )


def ask_follow_up(run: _Run, text: str) -> bool:
    """A message that tells something, soon after she filed a report ("oh ya, paspor sy jg
    diambil"): more for that report, or a new one? Asked, never guessed: a second case for the
    same story splits it, and a new problem added to an old case is lost in it."""
    st = run.state
    last = last_case(run)
    if last is None:
        return False
    if (
        absorbing.read(run, text).is_empty()
        and len(text.split()) < 6
        and (is_thanks(text) or answer_kind(text) or len(text) < 3)
    ):
        return False  # "ok", "makasih banyak ya kak": nothing to add, and no report to start
    if wants_another_report(text):
        return False  # "sy mau lapor lagi", "sy mau lapor lg, temen sy jg gk digaji": a new report
    if only_a_plea(text) or only_a_greeting(text):
        # "tolong dibantu ya kak", "halo kak" just after filing: nothing to add to it ("tambahan
        # untuk laporan itu?" was asked): her report is in, and the staff answer here
        run.say("menu.after_filing", case_number=str(last.get("number") or ""))
        return True
    if _a_code(text):
        return False  # "A5S-J7A3", "A5S-J7A3 QA7A-KBA4": a status asked, never a note to the staff
    # "Al Noor Workshop", "Ayu", "lewat PT": a few words of her own right after filing are asked
    # about too (they were dropped with the menu)
    if len(text.split()) <= 10 and (
        asks_for_news(text) or (asks_news(text) and not absorbing.read(run, text).categories)
    ):
        # "ada kabar pak soal anak sy?", "any update? is my sister ok?": news of her report
        absorbing.maybe_detect_language(run, text)
        moving.start_flow(run, "status")
        return True
    case = str(last.get("number") or "")
    if st.urgent and case and len(text.split()) <= 6 and not absorbing.read(run, text).categories:
        # "sy takut kak" right after an urgent report: added to it at once, no question back
        run.effects.append(CaseMessage(case, text.strip(), urgent=True))
        run.say("common.follow_up_added", case_number=case)
        return True
    st.pending = {"kind": "follow_up", "case": case, "text": text}
    asking.ask_pending(run)
    return True


def _a_code(text: str) -> bool:
    """A case number or an access code typed alone or together: never sent on as her words (the
    access code would have reached the staff)."""
    parts = text.split()
    return 0 < len(parts) <= 2 and all(inputs.parse_code(p, 7).ok or inputs.parse_code(p, 8).ok for p in parts)


def more_for_a_case_seen(run: _Run, text: str) -> bool:
    """ "iya masih kak, majikan jg marah2" at "Ada lagi?" after her reports' status (a day later
    too): more for the report she looked at, asked as after a filing ("pilihan itu tidak ada",
    and her words were lost). Several reports listed: her words are read afresh."""
    st = run.state
    cases = [str(c) for c in st.slots.get("_my_cases") or []]
    if not cases or st.slots.get("_paused") or len(text.split()) < 2:
        return False
    moving.finish(run)
    if len(cases) > 1 or wants_another_report(text):
        run.take(text)
        return True
    if to_status(run, text):
        return True  # "ada kabar lagi?": the status again
    st.pending = {"kind": "follow_up", "case": cases[0], "text": text, "looked_up": True}
    asking.ask_pending(run)
    return True


_REPORT = frozenset({"lapor", "laporan", "melapor", "ngelapor", "report", "complaint", "ngadu", "mengadu", "aduan"})
_ANOTHER = frozenset({"lagi", "lg", "lgi", "agi", "baru", "lain", "another", "new", "again", "satu"})


def wants_another_report(text: str) -> bool:
    """ "sy mau lapor lagi", "mau bikin laporan baru", "another report": a new report asked for,
    alone or in the first clause of what it is about ("sy mau lapor lg, temen sy jg gk digaji")."""
    first = clauses(text)[:1]
    words = set(inputs.normalize(first[0] if first else text).split())
    return len(words) <= 8 and bool(words & _REPORT) and bool(words & _ANOTHER)


def to_status(run: _Run, text: str) -> bool:
    """ "hello, i want to check my report status", "gimana laporan sy kak", a case number typed
    alone: the status check, in her language, with the number and code she wrote, when the words
    ask after a report and tell no problem."""
    written = dict(zip(("case_number", "access_code"), inputs.parse_codes(text), strict=True))
    just_codes = len(text.split()) <= 4 and any(w.ok for w in written.values())  # "EHA-3GVE" again
    number, code = written["case_number"], written["access_code"]
    tried = run.state.slots.get(TRIED)
    if isinstance(tried, dict) and float(tried.get("until") or 0) > run.now.timestamp() and len(text.split()) <= 8:
        # "ckrm qedf", "maaf salah kode nya CKRM QEDF" just after a refused code: the number she
        # tried with it is tried again (it was asked again, or the message opened the menu); the
        # number corrected alone ("oh salah, BGN-JU7G") is tried with the code she gave
        if code.ok and not number.ok:
            written["case_number"] = number = inputs.Parsed(True, tried["number"], tried["number"])
        elif number.ok and not code.ok and tried.get("code") and number.value != tried["number"]:
            written["access_code"] = code = inputs.Parsed(True, tried["code"], tried["code"])
    # "mau tanya laporan no L5E 9YWB kode UGZR TFXM", "ada kabar soal jenazah kakak sy? DFT-WJG9":
    # a case named and asked after is that case's status, whatever problem words come with it
    # "my report number is bgn-ju7g": named as her report's number (it began a new report with it)
    named = number.ok and (code.ok or (len(text.split()) <= 12 and (asks_news(text) or names_a_code(text))))
    # "any news?", "gmn kak, udh ada kabar blm?": news asked for, whenever she comes back ("kabar"
    # alone is read as lost contact by the model: no other problem may be told)
    news = (
        len(text.split()) <= 8
        and asks_for_news(text)
        and set(absorbing.read(run, text).categories) <= {"putus_komunikasi"}
    )
    # "kak laporan sy kok blm ada yg hubungi, udh 2 minggu": her report, nobody answered yet
    news = news or (
        waits_for_an_answer(text) and set(absorbing.read(run, text).categories) <= {"putus_komunikasi", "lainnya"}
    )
    # "mau tanya laporan sy": the asking is read as "something else", no problem of its own
    told = set(absorbing.read(run, text).categories) - {"lainnya"}
    # "kode akses sy hilang, hp ganti": her reports, found without a code where they can be
    lost = not told and not named and code_lost_said(text)
    if not (named or news or lost) and (not (just_codes or asks_status(text)) or told):
        return False
    absorbing.maybe_detect_language(run, text)
    if lost:
        run.say("status.code_lost_first")
    for slot, code in written.items():
        if code.ok:  # "mau cek laporan EHA-3GVE kode PJVR-QKKG": not asked again
            run.state.slots[slot] = code.value
    moving.start_flow(run, "status")
    return True


def status_in_report(run: _Run, text: str) -> bool:
    """ "eh bentar pak, laporan sy yg soal Rina JSE-3R63 gmn kabarnya?" or "gmn laporan sy?" at a
    question of a report: a case named (or her reports) asked after. Its status is shown and the report kept aside
    ("lanjut" brings it back), never the words filed as the answer."""
    st = run.state
    if st.node is None or st.flow not in REPORT_FLOWS or len(text.split()) > 14 or not asks_news(text):
        return False
    number, code = inputs.parse_codes(text)
    if not number.ok:
        if asks_status(text) and not absorbing.read(run, text).categories:
            # "gmn laporan sy?" at a question: the status of her reports, this one kept aside
            detours.pause_and_start(run, "status")
            return True
        return False
    preset = {"case_number": number.value}
    if code.ok:
        preset["access_code"] = code.value
    detours.pause_and_start(run, "status", preset)
    return True
