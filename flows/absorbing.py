"""Tell it once: what a message says, read by the understanding step and taken into the report's
slots; a cry for help seen in it at any turn."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from flows import asking, cry_answers, detours, events, inputs, moving
from flows.inputs.names import is_number_only
from flows.language import detect_language
from flows.proposals import propose
from flows.reading import (
    answer_kind,
    asks_for_news,
    asks_news,
    asks_status,
    clauses,
    code_lost_said,
    is_thanks,
    only_a_plea,
    read_money,
    tells_phone_checked,
    understand,
    waits_for_an_answer,
)
from flows.spec import Node
from flows.turn_words import CHECKED, EVIDENCE_OF, MONEY_ROLE, NUMBERS_FOR, REPORT_FLOWS, money_display
from flows.types import CaseMessage, NotifyMediators
from flows.understand.contact import read_contact
from flows.understand.money import in_local_currency
from flows.understand.types import Danger, Understanding

if TYPE_CHECKING:
    from flows.engine import _Run


def read(run: _Run, text: str) -> Understanding:
    """What ``text`` says, read once a turn however many steps ask."""
    found = run._read
    if found is None or found[0] is not text:
        found = (text, understand(text, run.now.date(), run.state.lang))
        run._read = found
    return found[1]


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
    say_cry_heard(run, danger, first=first, filed=True)
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
    if read(run, text).is_empty() and len(text.split()) < 6 and (is_thanks(text) or answer_kind(text) or len(text) < 3):
        return False  # "ok", "makasih banyak ya kak": nothing to add, and no report to start
    if wants_another_report(text):
        return False  # "sy mau lapor lagi", "sy mau lapor lg, temen sy jg gk digaji": a new report
    if only_a_plea(text):
        # "tolong dibantu ya kak" just after filing: nothing to add to it ("tambahan untuk
        # laporan itu?" was asked): her report is in, and the staff answer here
        run.say("menu.after_filing", case_number=str(last.get("number") or ""))
        return True
    if _a_code(text):
        return False  # "A5S-J7A3", "A5S-J7A3 QA7A-KBA4": a status asked, never a note to the staff
    # "Al Noor Workshop", "Ayu", "lewat PT": a few words of her own right after filing are asked
    # about too (they were dropped with the menu)
    if len(text.split()) <= 10 and (asks_for_news(text) or (asks_news(text) and not read(run, text).categories)):
        # "ada kabar pak soal anak sy?", "any update? is my sister ok?": news of her report
        maybe_detect_language(run, text)
        moving.start_flow(run, "status")
        return True
    case = str(last.get("number") or "")
    if st.urgent and case and len(text.split()) <= 6 and not read(run, text).categories:
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
    # "mau tanya laporan no L5E 9YWB kode UGZR TFXM", "ada kabar soal jenazah kakak sy? DFT-WJG9":
    # a case named and asked after is that case's status, whatever problem words come with it
    named = number.ok and (code.ok or (len(text.split()) <= 12 and asks_news(text)))
    # "any news?", "gmn kak, udh ada kabar blm?": news asked for, whenever she comes back ("kabar"
    # alone is read as lost contact by the model: no other problem may be told)
    news = len(text.split()) <= 8 and asks_for_news(text) and set(read(run, text).categories) <= {"putus_komunikasi"}
    # "kak laporan sy kok blm ada yg hubungi, udh 2 minggu": her report, nobody answered yet
    news = news or (waits_for_an_answer(text) and set(read(run, text).categories) <= {"putus_komunikasi", "lainnya"})
    # "mau tanya laporan sy": the asking is read as "something else", no problem of its own
    told = set(read(run, text).categories) - {"lainnya"}
    # "kode akses sy hilang, hp ganti": her reports, found without a code where they can be
    lost = not told and not named and code_lost_said(text)
    if not (named or news or lost) and (not (just_codes or asks_status(text)) or told):
        return False
    maybe_detect_language(run, text)
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
        if asks_status(text) and not read(run, text).categories:
            # "gmn laporan sy?" at a question: the status of her reports, this one kept aside
            detours.pause_and_start(run, "status")
            return True
        return False
    preset = {"case_number": number.value}
    if code.ok:
        preset["access_code"] = code.value
    detours.pause_and_start(run, "status", preset)
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
    understood = read(run, text)
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
    absorb(run, text, None, story=True)
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


#: the problems she said are not hers ("5" at "which is wrong?"): never read into her report again
#: from a later answer ("yg pertama udh meninggal namanya Mr Lee" brought the death back)
NOT_HER_PROBLEMS = "_not_her_problems"


#: a phone number inside a sentence ("nomor hp sy 85291234567")
DIGIT_RUN = re.compile(r"\+?\d[\d\s\-]{5,}\d")


#: "sy skrg di penampungan KBRI riyadh", "now i am at the embassy shelter": where she is now
_AT_THE_MISSION = re.compile(
    r"\b(?:di|in|at)\s+(?:the\s+)?((?:(?:penampungan|shelter|rumah\s+aman)\s+)?(?:kbri|kjri|kdei|embassy|konsulat|kedutaan)"
    r"(?:\s+shelter)?(?:\s+(?!dan\b|tp\b|tapi\b|krn\b|karena\b|and\b|but\b|sejak\b|since\b)[^\W\d_]{3,})?)",
    re.IGNORECASE,
)
#: "mau ke KBRI tp gk bisa", "pengen di kbri": not there
_NOT_THERE = re.compile(r"\b(?:mau|ingin|pengen|pgn|pingin|want|bisa|gk|ga|tidak|not|blm|belum)\s*$", re.IGNORECASE)


def at_the_mission(run: _Run, text: str) -> None:
    """ "sy skrg di penampungan KBRI riyadh, kabur dr majikan": she is at the embassy or its
    shelter now. That is where she is (not asked "Di mana tepatnya sekarang?"), and she can write
    safely there (not asked that either)."""
    st = run.state
    if st.flow != "complaint" or st.slots.get("where_now"):
        return
    found = _AT_THE_MISSION.search(text)
    if found is None or _NOT_THERE.search(text[: found.start()]):
        return
    place = found.group(1).strip()
    st.slots["where_now"] = st.slots["where_now_display"] = place
    if "safe_now" not in st.slots:
        st.slots["safe_now"], st.slots["safe_now_display"] = True, run.render("common.yes")
    words = dict(st.slots.get("_from_words") or {})
    words.setdefault("where_now", place)
    st.slots["_from_words"] = words


def in_her_country(run: _Run, proposed: dict[str, Any], understood: Understanding, text: str) -> None:
    """ "nomor hp sy 85291234567" told at the summary of a report from Hong Kong: a number in a
    local form is read in the country she named earlier, as the phone question reads it (it was
    read as an Indonesian number without its 0); "hp 0174445566" in Malaysia, no Indonesian
    number at all, was not read."""
    country = run.state.slots.get("country")
    if not isinstance(country, str) or country in ("", "ID"):
        return
    missing = [s for s in ("phone", "worker_phone") if s not in proposed and run.flow.labelled(s) is not None]
    if missing and DIGIT_RUN.search(text):
        local_contact = read_contact(text, country)
        for slot in missing:
            value = getattr(local_contact, slot)
            if value and not run.state.slots.get(slot):
                proposed[slot] = value
    for slot, source in (("phone", "phone"), ("worker_phone", "worker_phone")):
        said = DIGIT_RUN.search(understood.evidence.get(source, "")) if slot in proposed else None
        # "0551234567" in Riyadh is a Saudi mobile (it was filed as +62 551...): a leading 0 is read
        # at home only for an Indonesian mobile (08...)
        if said is None or said.group().startswith(("+", "08", "62")):
            continue
        local = inputs.parse_phone(said.group(), country)
        if local.ok and isinstance(local.value, str):
            proposed[slot] = local.value


def keep_words(run: _Run, text: str) -> None:
    """Her words kept with her story, for the staff to read, and nothing read from them."""
    st = run.state
    have = st.slots.get("story")
    st.slots["story"] = f"{have}\n\n{text.strip()}" if have else text.strip()
    st.slots["story_display"] = collected_display_text(run, st.slots["story"])


def place_she_did_not_know(run: _Run, text: str) -> None:
    """ "gk tau alamatnya, kayaknya di kuala lumpur" at a later question, after "gk tau" to the
    city: the city told now is filed (it stayed unknown); nothing else is read from a decline."""
    st = run.state
    if "city" not in st.slots or st.slots["city"] is not None:
        return
    found = read(run, text)
    country = st.slots.get("country")
    if found.city and (found.country is None or found.country == country):
        st.slots["city"] = st.slots["city_display"] = found.city
        words = dict(st.slots.get("_from_words") or {})
        words["city"] = found.evidence.get("city", "")
        st.slots["_from_words"] = words


def _its_answer(run: _Run, text: str, asked: Node, value: object) -> bool:
    """Whether ``value`` is the very amount the money question asked reads from ``text`` ("3
    bulan gaji, sebulan 750 riyal" to "how much is owed?" is 2,250 owed and a wage of 750)."""
    st = run.state
    own = read_money(text, run.now.date(), st.lang, st.slots.get("country"), MONEY_ROLE.get(str(asked.slot)))
    return isinstance(value, dict) and own is not None and own.get("amount") == value.get("amount")


def absorb(run: _Run, text: str, asked: Node | None, *, story: bool = False) -> None:
    """Put what ``text`` says into the slots still empty, and remember that those values came
    from her own words (mediators see it; the bot says them back once)."""
    st = run.state
    if story:
        keep_words(run, text)
    if st.flow == "complaint" and not st.discreet and tells_phone_checked(text):
        # "majikan suka cek hp sy": the chat is cleared from now on, and not asked about (a filed
        # case also stops notifying her: flows/engine.report_discreet)
        run.report_discreet()
    understood = read(run, text)
    proposed = proposed_slots(run, understood)
    in_her_country(run, proposed, understood, text)
    at_the_mission(run, text)
    if not proposed:
        return
    words = dict(st.slots.get("_from_words") or {})
    not_hers = st.slots.get(NOT_HER_PROBLEMS) or ()
    if not_hers:
        if proposed.get("category") in not_hers:
            del proposed["category"]
        if isinstance(proposed.get("_more_categories"), list):
            proposed["_more_categories"] = [c for c in proposed["_more_categories"] if c not in not_hers]
    for slot, value in proposed.items():
        if asked is not None and slot in (asked.slot, asked.raw.get("returns_on")):
            continue  # the question's own answer ("returns_on": a group's sub-choice) is its to read
        if asked is not None and asked.slot in _NAMES and slot in _NAMES and _only_this_name(text, value):
            continue  # "PT Cahaya Abadi" given as the employer's name is not also the agency's
        if asked is not None and asked.input == "money" and slot in MONEY_ROLE and _its_answer(run, text, asked, value):
            continue  # "1800 NT tiap bulan" to "how much is owed?": its answer, not also her wage
        if slot.startswith("_"):
            if isinstance(value, list):
                merged = [*(st.slots.get(slot) or [])]
                primary = st.slots.get("category") if slot == "_more_categories" else None
                merged += [v for v in value if v not in merged and v != primary]
                st.slots[slot] = merged
            else:
                st.slots[slot] = value
            continue
        if slot == "category" and st.slots.get(slot) == "lainnya" and value != "lainnya":
            # "pak sy mau tanya" then "anak sy meninggal di taiwan": the problem told replaces
            # "other", the guess for a message that named none
            st.slots["_more_categories"] = [c for c in st.slots.get("_more_categories") or [] if c != value]
        elif slot in st.slots and st.slots[slot] is not None:
            more = st.slots.get("_more_categories") or []
            if (
                slot == "category"
                and value != st.slots[slot]
                and value not in more
                and run.dialog.catalog.has(f"category.{value}", st.lang)
            ):
                # "dia dtg bawa pisau" told later: a problem beside the one already noted
                st.slots["_more_categories"] = [*more, value]
            continue
        if isinstance(value, dict) and isinstance(value.get("currency"), str):
            # "1500 riyal" told after "di qatar": Qatar's riyal
            value = {**value, "currency": in_local_currency(value["currency"], st.slots.get("country"))}
        if slot == "reporter_kind" and st.flow != "complaint":
            continue
        st.slots[slot] = value
        display = display_of(run, slot, value)
        if display is not None:
            st.slots[f"{slot}_display"] = display
        source = next((k for k, v in run.flow.understood_as.items() if v == slot), slot)
        words[slot] = understood.evidence.get(source) or understood.evidence.get(EVIDENCE_OF.get(source, ""), "")
    if words:
        st.slots["_from_words"] = words
    _body_home_is_the_death(run)
    numbers_for_her_country(run)


def _body_home_is_the_death(run: _Run) -> None:
    """ "jenazahnya blm bisa pulang": bringing her body home is part of the death case, not a
    wish of hers to go home (a second problem "Ingin dipulangkan" misled the mediator)."""
    slots = run.state.slots
    more: list[str] = list(slots.get("_more_categories") or [])
    if slots.get("category") == "meninggal" or "meninggal" in more:
        if slots.get("category") == "ingin_pulang":
            slots["category"] = "meninggal"
            slots["_more_categories"] = [c for c in more if c != "meninggal"]
            slots["category_display"] = display_of(run, "category", "meninggal")
        else:
            slots["_more_categories"] = [c for c in more if c != "ingin_pulang"]


def _only_this_name(text: str, name: Any) -> bool:
    """The answer is the name and little else ("PT Cahaya Abadi", "lwt PT Cahaya Abadi"); a
    sentence that names several ("nama sy Lestari, ..., agen PT Bunga Mas") gives each its own."""
    rest = inputs.normalize(text).split()
    for word in inputs.normalize(str(name)).split():
        if word in rest:
            rest.remove(word)
    return len(rest) <= 3


#: the slots that hold a name: a name given for one of them is not read as another
_NAMES = frozenset({"worker_name", "employer_name", "agency"})


def proposed_slots(run: _Run, understood: Understanding) -> dict[str, Any]:
    """The proposals of ``understood`` under this flow's slot names."""
    proposed = propose(understood, run.now.date())
    for source, slot in run.flow.understood_as.items():
        if source in proposed:
            proposed[slot] = proposed.pop(source)
    for slot in _ONLY_WHERE_ASKED.intersection(proposed):
        if run.flow.labelled(slot) is None:
            del proposed[slot]  # a friend's name in her own complaint is not her name
    return proposed


#: proposals kept only by a flow that asks for them: a name or number she may have given for
#: somebody else; a time, which a family's report keeps only when said of lost contact
_ONLY_WHERE_ASKED = frozenset({"own_name", "named_worker", "phone", "worker_phone", "since"})


#: the values shown in words of the language (a code, a date, an amount), said again when it changes
_SHOWN_IN_LANGUAGE = frozenset({"category", "country", "reporter_kind", "relation", "sex", "employer_type", "route",
                                "wants", "sector", "since", "last_contact", "died_on", "money_owed", "wage",
                                "fees_paid", "money_deducted"})  # fmt: skip


def display_again(run: _Run) -> None:
    """After she changes the language: every value shown in words of the old one, in the new."""
    slots = run.state.slots
    for slot, value in list(slots.items()):
        if value is None or f"{slot}_display" not in slots:
            continue
        if slot in _SHOWN_IN_LANGUAGE or isinstance(value, bool):
            shown = display_of(run, slot, value)
            if shown is not None:
                slots[f"{slot}_display"] = shown


def display_of(run: _Run, slot: str, value: Any) -> str | None:
    """A proposed value in the person's language, as the question that asks it would show it."""
    lang = run.state.lang
    if slot == "category":
        key = f"category.{value}"
        return run.render(key) if run.dialog.catalog.has(key, lang) else str(value)
    if slot in ("country", "near"):
        return inputs.country_name(str(value), lang)
    if slot in ("money_owed", "wage", "fees_paid", "money_deducted") and isinstance(value, dict):
        return money_display(value, lang)
    if slot in ("since", "last_contact", "died_on"):
        raw = str(run.state.slots.get("_since_raw") or "")
        if raw[:1] == "P" and raw[-1:] in "DWMY" and raw[1:-1].isdigit():
            # said as "5 bln": shown as said, "5 bulan lalu", not as a date it was turned into
            return run.render(f"common.ago.{raw[-1]}", n=int(raw[1:-1]))
        shape = str(run.state.slots.get("_since_shape") or "month")
        pattern = {"day": "d MMMM y", "month": "MMMM y", "year": "y"}.get(shape, "MMMM y")
        return events.date_words(run, value, pattern)
    if slot in ("reporter_kind", "relation", "sex", "employer_type", "route", "wants", "sector"):
        key = f"complaint.{slot}.{value}"
        return run.render(key) if run.dialog.catalog.has(key, lang) else str(value)
    if slot in ("phone", "worker_phone"):
        return inputs.parse_phone(str(value)).display or str(value)  # "+852 6123 4567", as the question shows it
    if isinstance(value, bool):
        return run.render("common.yes" if value else "common.no")
    if isinstance(value, str):
        return value
    if isinstance(value, int):
        return str(value)  # an age
    return None


def collected_display_text(run: _Run, text: str) -> str:
    """The start of her story, enough to know it again in the summary: she wrote it, and the
    mediators read it whole (a long echo only slows her down)."""
    if len(text) <= 60:
        return text
    cut = text[:60].rsplit(" ", 1)[0]
    return cut + "..."


def maybe_detect_language(run: _Run, text: str) -> None:
    st = run.state
    if st.lang_locked:
        return
    if st.node is not None and run.node.input not in ("text", "longtext", "choice"):
        return
    lang = detect_language(text)
    if lang and lang in run.dialog.catalog.languages:
        st.lang_locked = True
        st.lang = lang


def city_of_her_country(run: _Run) -> None:
    """Singapore, Hong Kong: the country is the city (the flow's city question says for which,
    ``known_for``), so "in which city?" is not asked; on the urgent path "where exactly?" is."""
    st = run.state
    country = st.slots.get("country")
    known_for = [c for n in run.flow.nodes.values() if n.slot == "city" for c in n.raw.get("known_for") or ()]
    if st.slots.get("_city_of_country") and country not in known_for:
        # the country corrected from Singapore to Malaysia: its city is no longer known
        for slot in ("city", "city_display", "_city_of_country"):
            st.slots.pop(slot, None)
    if isinstance(country, str) and country in known_for and not st.slots.get("city"):
        st.slots["city"] = st.slots["city_display"] = str(st.slots.get("country_display") or country)
        st.slots["_city_of_country"] = True


def numbers_for_her_country(run: _Run) -> None:
    """On the urgent path, once her country is known (answered or told after the cry), its
    numbers are shown: the first cry, before any country, could give only the general ones."""
    st = run.state
    city_of_her_country(run)
    country = st.slots.get("country")
    if st.urgent and isinstance(country, str) and country and st.slots.get(NUMBERS_FOR, country) != country:
        st.slots[NUMBERS_FOR] = country
        run.say("common.hotlines")


def say_cry_heard(run: _Run, danger: Danger, *, first: bool, filed: bool = False) -> None:
    """The answer to a cry: for someone else's danger, words for the one writing ("anak sy bilang
    mau bunuh diri" is not answered "Anda tidak sendirian"); for her own wish to die, someone to
    talk to; else help first (``first``), or "we hear you" again. ``filed``: a report of hers
    is on file, so the staff can write to her here (before that they cannot: no promise)."""
    if danger.third_person and (first or danger.kind == "self_harm"):
        # "adik sy katanya mau bunuh diri": numbers of people ready to listen, to pass on to her
        run.say("common.danger_other_self_harm" if danger.kind == "self_harm" else "common.danger_other", filed=filed)
    elif danger.third_person:
        # "anak sy yg gk aman" after "anak sy dipukul majikan": heard, not the whole list again
        run.say("common.danger_again")
    elif danger.kind == "self_harm":
        run.say("common.danger_self_harm")
        run.say("common.staff_told" if filed else "common.staff_told_unfiled")
    else:
        run.say("common.danger" if first else "common.danger_again", filed=filed)


#: words of giving up said with a wish to die ("gk kuat lg", "ra kuat meneh", "teu kuat deui"):
#: read alone they may sound like wanting to go home, but they tell of no problem
_GIVING_UP = frozenset(
    {"gk", "ga", "gak", "nggak", "ngga", "enggak", "tidak", "tdk", "tak", "ndak", "ra", "ora", "teu", "hente",
     "kuat", "sanggup", "tahan", "lg", "lagi", "meneh", "maneh", "deui", "udh", "udah", "sudah", "sdh", "tos",
     "wis", "wes", "sy", "saya", "aku", "abdi", "kula", "aja", "wae", "bae", "hidup", "urip", "capek", "cape"}
)  # fmt: skip


def wish_is_no_problem(run: _Run, danger: Danger, before: Any) -> None:
    """ "abdi tos teu kuat, hoyong maot wae", "aku ra kuat meneh, pengen mati wae": her wish to
    die is no death to report, and "can't go on" no wish to go home; a problem read only from
    those words is dropped (filed as "other", the self-harm flag says what it is), one told
    beside them ("gaji gk dibayar 5 bln, ...") stays."""
    slots = run.state.slots
    category = slots.get("category")
    if category is None or category == before:
        return
    evidence = inputs.normalize(str((slots.get("_from_words") or {}).get("category") or "")).split()
    cry = set(inputs.normalize(danger.words).split())
    if not evidence or not all(w in cry or w in _GIVING_UP for w in evidence):
        return
    more = [c for c in slots.get("_more_categories") or [] if c != category]
    words = dict(slots.get("_from_words") or {})
    words.pop("category", None)
    slots["_from_words"] = words
    slots["_suggested_categories"] = [c for c in slots.get("_suggested_categories") or [] if c != category]
    if more:
        slots["category"] = more[0]
        slots["category_display"] = display_of(run, "category", more[0])
        slots["_more_categories"] = more[1:]
    else:
        for slot in ("category", "category_display", "_more_categories"):
            slots.pop(slot, None)


def on_danger(run: _Run, danger: Danger, text: str, *, told: str | None = None) -> None:
    """Help first, at every cry: the numbers for her country, the mediators alerted, and the
    cry never taken as an answer. Then the report goes on, on the urgent path. ``told``: the
    message the bot asked "is anyone in danger?" about (flows/safety_check.py), kept as written."""
    st = run.state
    first = not st.urgent
    st.urgent = True
    in_report = st.node is not None and st.flow in REPORT_FLOWS
    asked = run.node.slot if in_report and not st.pending else None
    unanswered = asked is not None and st.slots.get(asked) is None
    filed = None if in_report else last_case(run, linked=True)
    # the case looked up just before ("cek status", then "anak sy dipukul lagi"): the alert names
    # it, so that the staff of that case hear of it (its timeline is the reporter's own: the words
    # go on the report this message opens)
    checked = None if in_report or filed is not None else checked_case(run)
    problem_before = st.slots.get("category") if in_report else None
    if filed is not None:
        told_after_filing(run, danger, "\n\n".join(t for t in (told, text) if t), filed, first=first)
        return
    if in_report:
        # her country told with the cry ("sy abk kapal taiwan, ... kapten suka pukul" after
        # "tolong"): its numbers come once, with the cry heard below, not as the whole list of
        # "Nomor penting" and then the first three again in the same reply
        numbers_for = st.slots.pop(NUMBERS_FOR, None)
        if told:
            # what she wrote that sounded like danger: kept whole with her story, whichever
            # question it came at (the mediators read the danger in her words)
            absorb(run, told, None, story=True)
        if text:
            # the cry is no answer, but it is hers: kept with her story for the mediators
            absorb(run, text, None, story=True)
            if unanswered:
                cry_answers.keep_answer_before_cry(run, run.node, text)  # "madam Noura, suaminya ...": the name too
        if numbers_for is not None:
            st.slots[NUMBERS_FOR] = numbers_for  # ("nomor kbri malaysia" asked before: still hers)
    else:
        # the report starts from this message: its country gives the right numbers at once
        open_report(run, "\n\n".join(t for t in (told, text) if t), urgent=True)
    if danger.third_person:
        st.slots["_third_person"] = True
    if danger.kind == "self_harm":
        st.slots["self_harm"] = True
        if not danger.third_person:
            wish_is_no_problem(run, danger, problem_before)
    # in the questions after filing her report is on file: no "we will ask a few things" (they
    # were asked), and the staff can write to her here
    on_file = in_report and isinstance(st.slots.get("case_number"), str)
    say_cry_heard(run, danger, first=first, filed=on_file)
    filed_as = st.slots.get("case_number") or (checked or {}).get("number")
    if in_report and isinstance(filed_as, str) and text:
        # told in the questions after filing ("pintu dikunci klo majikan pergi"): on her case's
        # timeline now, and the case marked urgent (the answers reach it only at the end)
        run.effects.append(CaseMessage(filed_as, text.strip(), urgent=True))
        run.say("common.danger_added", case_number=filed_as)
    run.effects.append(
        NotifyMediators(
            "danger_alert",
            case_number=filed_as if isinstance(filed_as, str) else None,
            country=st.slots.get("country"),
            urgent=True,
        )
    )
    st.slots[NUMBERS_FOR] = st.slots.get("country") or ""
    if not in_report:
        moving.go(run, run.flow.start)
        return
    if st.pending and st.pending.get("kind") in ("cancel", "restart"):
        # "sy dipukul" to "Mau berhenti dulu?": no stop is asked again after a cry; her report
        # goes on, on the urgent path ("batal" typed later still asks)
        st.pending = None
    if st.pending:
        asking.ask_pending(run)
    elif first and not st.slots.get("case_number"):
        # the urgent path's own questions may lie behind her ("can you write safely now?",
        # "where exactly are you?"): walked from the start, what she answered is passed over;
        # a correction from the summary she was making ends here (it kept her consent asked again)
        st.return_to = None
        moving.go(run, run.flow.start)
    elif unanswered and asked is not None and st.slots.get(asked) is not None and run.node.next:
        # "iya gk boleh keluar" to "are you forbidden to leave the house?": a cry, and the answer
        # her words give (it was asked again, and her "gk tau" then put in its place)
        moving.go(run, moving.next_of(run, run.node))
    elif run.node.essential or not run.node.next or st.slots.get("case_number"):
        asking.reask(run)
    else:
        # a question the urgent path passes over: on to the next one it asks
        moving.go(run, moving.next_of(run, run.node))


# ------------------------------------------------------------------ commands
