"""Tell it once: what a message says, read by the understanding step and taken into the report's
slots. Around it: the message that opens a report (flows/before_report.py), what she writes once
it is filed (flows/after_filing.py), a cry for help at any turn (flows/cries.py), and how a value
is shown (flows/displays.py)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from flows import displays, inputs
from flows.language import detect_language
from flows.proposals import propose
from flows.reading import (
    read_money,
    tells_phone_checked,
    understand,
)
from flows.spec import Node
from flows.turn_words import EVIDENCE_OF, MONEY_ROLE, NUMBERS_FOR
from flows.understand.contact import read_contact
from flows.understand.money import in_local_currency
from flows.understand.types import Understanding

if TYPE_CHECKING:
    from flows.engine import _Run


def read(run: _Run, text: str) -> Understanding:
    """What ``text`` says, read once a turn however many steps ask."""
    found = run._read
    if found is None or found[0] is not text:
        found = (text, understand(text, run.now.date(), run.state.lang))
        run._read = found
    return found[1]


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
    if said_again(have, text):
        return  # the same message sent twice (a retry on a weak signal): kept once
    st.slots["story"] = f"{have}\n\n{text.strip()}" if have else text.strip()
    st.slots["story_display"] = displays.collected_display_text(run, st.slots["story"])


def said_again(story: object, text: str) -> bool:
    """Whether ``text`` is the last piece of her story once more, as typed (sent twice)."""
    if not isinstance(story, str) or not story:
        return False
    last = story.rsplit("\n\n", 1)[-1]
    return " ".join(last.lower().split()) == " ".join(text.lower().split())


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
        display = displays.display_of(run, slot, value)
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
            slots["category_display"] = displays.display_of(run, "category", "meninggal")
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


def maybe_detect_language(run: _Run, text: str) -> None:
    st = run.state
    if st.lang_locked:
        return
    if st.node is not None and run.node.input not in ("text", "longtext", "choice", "code"):
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


# ------------------------------------------------------------------ commands
