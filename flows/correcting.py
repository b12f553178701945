"""Corrections at the summary, by a line's number ("5") or in her own words: "no 5 salah", "nama salah, namanya Rina
Marlina", "negaranya salah, harusnya singapura", "bukan 5 bln tp 3 bln", "the country is wrong,
it's oman". The line she means is found by its number or by its words (the summary node's
``words``); the new value, when she wrote one, is read by that line's own question, exactly as
if she had typed it there; otherwise that question is asked."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from flows import absorbing, answering, asking, displays, filing, inputs, moving, time_corrections
from flows.reading import read_money
from flows.spec import Node, SummaryNode
from flows.turn_words import MONEY_ROLE

if TYPE_CHECKING:
    from flows.engine import _Run

#: what says a line is wrong: a change word, or "bukan X tapi Y"
_WRONG = frozenset({"salah", "ubah", "diubah", "ganti", "diganti", "koreksi", "perbaiki", "edit", "wrong", "change",
                    "bukan", "not", "harusnya", "seharusnya", "mestinya", "should", "incorrect", "keliru"})  # fmt: skip
#: what comes before the right value ("tp 3 bln", "harusnya singapura", "it's oman", "namanya Rina",
#: "mesir? eh bukan, yordania": a "bukan" standing alone takes back what came before it)
_RIGHT_VALUE = re.compile(
    r"(?:\b(?:tp|tapi|tetapi|but|harusnya|seharusnya|mestinya|should\s+be|yg\s+bener|yang\s+benar|yg\s+benar|"
    r"yang\s+bener|it'?s|it\s+is|jadi|jd|namanya|nama\s+nya|is|adalah|maksudnya|maksud\s+(?:sy|saya|aku)|i\s+mean)\b"
    r"|\b(?:eh\s+)?(?:bukan|salah|sorry|maaf)\s*[,.!]+|:)\s*",
    re.IGNORECASE,
)
#: "3 months not 4": what follows "not" is the old value
_OLD_AFTER = re.compile(r"[\s,]+(?:not|bukan|bkn)\b.*$", re.IGNORECASE | re.DOTALL)
#: "kotanya salah kak, sy di dammam bkn riyadh": the clause after the one that says it is wrong
_AFTER_WRONG = re.compile(r"^[^,.;!?]*\b(?:salah|keliru|wrong)\b[^,.;!?]*[,.;!?]+\s*(\S.*)$", re.IGNORECASE | re.DOTALL)
#: "no 5 salah", "nomor 5", "yg 5": a line's number in a sentence
TOLD_LETTERS = re.compile(r"[^\W\d_]{2,}|\d")
_LINE_NUMBER = re.compile(r"(?<![\d.,])(\d{1,2})(?![\d.,])")


def correct(run: _Run, node: SummaryNode, text: str) -> bool:
    """Take a correction typed at the summary; False when ``text`` names no line to change."""
    fields = [slot for slot, _, _ in filing.summary_fields(run, node)]
    words = inputs.normalize(text).split()
    if not fields or not words:
        return False
    wrong = bool(_WRONG.intersection(words))
    named = _named_line(run, node, words, fields)
    if (
        (wrong or _REMOVE.intersection(words))
        and "category" in fields
        and named in (None, "category")  # "no paspor salah" is the passport number's line
        and _drop_problem(run, words)
    ):
        run.say("understood.removed")
        moving.go(run, node.id)  # the summary again, without it
        return True
    slot = named if named is not None and (wrong or len(words) == 1 or _RIGHT_VALUE.search(text)) else None
    # a time told as the since line's new value, read whole there (it was "kami belum paham"):
    # with its own word ("since i arrive last year", "sejak thn lalu"), or alone once no line is
    # named by number ("dr lebaran kemarin" under "Sejak: 10 bulan lalu")
    new_time = slot is None and named == "since" and words[0] in _SINCE_FIRST and len(words) > 1
    slot = named if new_time else slot
    if slot is None and (wrong or text.strip().isdigit()):
        slot = _numbered_line(text, fields)  # "5" alone, or "no 5 salah"
    if slot is None and "since" in fields and time_corrections.time_alone(run, text):
        slot, new_time = "since", True
    if slot is None:
        return False
    value = text.strip() if new_time else (_right_value(text) or _after_wrong(text))
    st = run.state
    target = filing.correction_target(run, node, slot)
    # "correcting": the line's question is asked although its condition ("not category") would
    # pass it over now that it is known
    st.return_to = {"node": node.id, "slot": slot, "correcting": True}
    st.history.append(target)
    if value is None:
        moving.go(run, target)  # the line named, no new value written: its question
        return True
    st.node = target
    answering.answer(run, run.flow.node(target), value)
    return True


def city_of_another_country_goes(run: _Run, country: str | None) -> None:
    """The city she gave is dropped when it lies in another country than ``country``."""
    slots = run.state.slots
    if country is None or country == slots.get("country") or not slots.get("city"):
        return
    of_city = absorbing.read(run, str(slots["city"])).country
    if of_city is not None and of_city != country:
        for gone in ("city", "city_display", "_city_of_country"):
            slots.pop(gone, None)


def _drop_problem(run: _Run, words: list[str]) -> bool:
    """ "yg paspor salah", "hapus paspor": one of several problems named by its label's words
    is taken off the case (the next one becomes the main problem when it was the main one).
    False when there is one problem only, or her words name none or several alike."""
    slots = run.state.slots
    problems = [slots.get("category"), *(slots.get("_more_categories") or ())]
    if len(problems) < 2 or not all(isinstance(c, str) for c in problems):
        return False
    said = {w.removesuffix("nya") for w in words}
    overlap = {c: len(said & _label_words(run, str(c))) for c in problems}
    best = max(overlap.values())
    named = [c for c, n in overlap.items() if n == best]
    if best == 0 or len(named) != 1:
        return False
    gone = named[0]
    rest = [c for c in problems if c != gone]
    slots["category"] = rest[0]
    slots["category_display"] = displays.display_of(run, "category", rest[0])
    slots["_more_categories"] = rest[1:]
    slots["_suggested_categories"] = [c for c in slots.get("_suggested_categories") or [] if c != gone]
    return True


def _label_words(run: _Run, code: str) -> set[str]:
    words = inputs.normalize(run.render(f"category.{code}")).split()
    return {w for w in words if len(w) >= 4 and w not in _PLAIN}


#: the words a time opens with at the summary ("since last year", "sejak sy dtg")
_SINCE_FIRST = frozenset({"since", "sejak", "sjk", "semenjak"})

#: "hapus paspor", "remove the passport one": a problem taken off
_REMOVE = frozenset({"hapus", "hapusin", "hilangkan", "buang", "remove", "delete"})
#: words of the problems' names that tell none of them apart
_PLAIN = frozenset({"atau", "tidak", "dengan", "yang", "pekerja", "lainnya", "other", "with", "from"})


def _named_line(run: _Run, node: SummaryNode, words: list[str], fields: list[str]) -> str | None:
    """The one line whose words (the node's ``words`` in her language) she used."""
    table = node.raw.get("words") or {}
    lang = run.state.lang
    found: dict[str, int] = {}  # the longest of its words she used ("nama majikan" over "nama")
    for slot in fields:
        for name in (table.get(slot) or {}).get(lang) or ():
            if _says(words, str(name)):
                found[slot] = max(found.get(slot, 0), len(str(name).split()))
    if not found:
        return None
    longest = max(found.values())
    best = [slot for slot, size in found.items() if size == longest]
    return best[0] if len(best) == 1 else None


def _says(words: list[str], name: str) -> bool:
    parts = name.split()
    return any(words[i : i + len(parts)] == parts for i in range(len(words) - len(parts) + 1))


def _numbered_line(text: str, fields: list[str]) -> str | None:
    numbers = [int(n) for n in _LINE_NUMBER.findall(text)]
    if len(numbers) != 1 or not 1 <= numbers[0] <= len(fields):
        return None
    return fields[numbers[0] - 1]


#: "bukan riyadh, sy di dammam": the old value first, the right one after the comma
_OLD_FIRST = re.compile(r"^\W*(?:eh\s+)?(?:salah\W+)?(?:bukan|not)\s+[^,.;]+[,.;]\s*(.+)$", re.IGNORECASE | re.DOTALL)


def _after_old_first(text: str) -> str:
    found = _OLD_FIRST.match(text)
    return found.group(1).strip(" ,.!?") if found else ""


def _after_wrong(text: str) -> str | None:
    """The new value in the clause after "... salah", without the old one, or None."""
    found = _AFTER_WRONG.match(text)
    value = _OLD_AFTER.sub("", found.group(1)).strip(" ,.!?") if found else ""
    return value if TOLD_LETTERS.search(value) else None


def _right_value(text: str) -> str | None:
    """The value after the last word that brings it, without the old one ("3 months not 4")."""
    marks = list(_RIGHT_VALUE.finditer(text))
    if not marks:
        return None
    value = _OLD_AFTER.sub("", text[marks[-1].end() :]).strip(" ,.!?")
    return value or None


#: what her words may change at any question: where she is (the hotlines shown and, once
#: filed, the case's office are chosen by its country), her number and her name, the employer's
#: and the agency's ("eh salah, nama kafilnya Abu Faisal bukan Abu Fahad": it was filed as the
#: agency, and the wrong employer kept); an amount too (``_MONEY``, when she gave one)
_CHANGED_IN_WORDS = ("country", "city", "phone", "worker_phone", "worker_name", "employer_name", "agency")
#: a correction is short; a longer message that says "salah" is more of her story
_CORRECTION_WORDS = 12


#: "mesir? eh bukan, yordania", "5 bln eh salah, 5 minggu", "jeddah, i mean riyadh": an answer
#: she takes back in the same message, what follows is the answer
_TAKEN_BACK = re.compile(
    r"(?<=\S)[\s?,.!]*\b(?:(?:eh|ehh|eeh|oh|ups|upss)\s+(?:bukan|salah|sorry|maaf)[\s,.!]+"
    r"|(?:maksudnya|maksud\s+(?:sy|saya|aku)|i\s+mean)\b[\s,:]*)",
    re.IGNORECASE,
)


def taken_back(text: str) -> str | None:
    """What she says after taking back her first answer in the same message, or None."""
    marks = list(_TAKEN_BACK.finditer(text))
    rest = text[marks[-1].end() :].strip(" ,.!?") if marks else ""
    return rest or None


def correct_in_words(run: _Run, node: Node, text: str) -> bool:
    """ "eh salah, bukan hongkong tp taiwan. sy di taipei" at any question of her report: the
    country (or city) she had given is changed and said back, and the question open is asked
    again (it was "belum terjawab", and the wrong country stayed). After filing, the filed case
    is changed at once (it kept the wrong country and office). False when ``text`` changes
    nothing."""
    st = run.state
    slots = st.slots
    words = inputs.normalize(text).split()
    if (
        run.pressed
        or not words
        or len(words) > _CORRECTION_WORDS
        or not _WRONG.intersection(words)
        or "paham" in words  # "salah paham": a misunderstanding, not a correction
    ):
        return False
    # the right value: after "tp"/"harusnya", else the words before "bukan ..." ("kuwait, bukan saudi")
    marked = _right_value(text) or _after_old_first(text)
    right = marked or _OLD_AFTER.sub("", " " + text).strip(" ,.!?")
    if not right:
        return False
    proposed = absorbing.proposed_slots(run, absorbing.read(run, right))
    _number_corrected(run, right, proposed)
    _amount_corrected(run, right, proposed)
    # a time only after a word that brings the right value ("eh salah, 6 bln"): "gaji salah
    # hitung udh 3 bln" tells more of her story, it corrects nothing
    times = time_corrections.TIMES if marked else ()
    changed = [
        slot
        for slot in (*_CHANGED_IN_WORDS, *_MONEY, *times)
        if proposed.get(slot) is not None and slots.get(slot) not in (None, proposed[slot])
    ]
    time_corrections.keep_shape(slots, proposed, changed)
    if not changed:
        return False
    if "country" in changed and "city" not in changed:
        # "riyadh" is no city of Kuwait: dropped, and asked by the mediators if they need it
        city_of_another_country_goes(run, proposed["country"])
    shown = []
    if "city" in changed:
        slots.pop("_city_of_country", None)  # Taipei is a city of its own, not "Hong Kong" the country
    for slot in changed:
        slots[slot] = proposed[slot]
        slots[f"{slot}_display"] = displays.display_of(run, slot, proposed[slot]) or str(proposed[slot])
        shown.append(slots[f"{slot}_display"])
        if isinstance(slots.get("_from_words"), dict):
            slots["_from_words"][slot] = right  # mediators see the words the value now came from
    if "country" in changed:
        _money_of_her_country(run)
    if slots.get("case_number"):
        filing.update_case(run, changed=True)
        run.say("common.changed_after_filing", number=str(slots["case_number"]), values=", ".join(shown))
    else:
        run.say("common.changed", values=", ".join(shown))
    absorbing.numbers_for_her_country(run)
    answered = node.slot is not None and node.slot not in changed and proposed.get(node.slot) is not None
    if answered and node.slot is not None and slots.get(node.slot) is None and node.next:
        # "mesir? eh bukan, yordania pak. amman" at the city question: the country changed, and
        # the city she named answers the question (it was asked again)
        slots[node.slot] = proposed[node.slot]
        slots[f"{node.slot}_display"] = displays.display_of(run, node.slot, proposed[node.slot]) or str(
            proposed[node.slot]
        )
        moving.go(run, moving.next_of(run, node))
        return True
    asking.ask(run, node, bump=False)
    return True


_PHONES = ("phone", "worker_phone")


def _number_corrected(run: _Run, right: str, proposed: dict[str, Any]) -> None:
    """ "eh salah nomornya 0812 3456 7891": a number said as a correction replaces the one number
    she gave (it was filed as the employer's name, and the wrong number kept)."""
    if any(slot in proposed for slot in _PHONES):
        return
    given = [slot for slot in _PHONES if run.state.slots.get(slot)]
    found = absorbing.DIGIT_RUN.search(right)
    if len(given) != 1 or found is None:
        return
    country = run.state.slots.get("country")
    number = inputs.parse_phone(found.group(), country if isinstance(country, str) else None)
    if number.ok:
        proposed[given[0]] = number.value


_MONEY = ("money_owed", "wage", "fees_paid", "money_deducted")


def _amount_corrected(run: _Run, right: str, proposed: dict[str, Any]) -> None:
    """ "eh salah, bkn 1500 tp 2500 ringgit": an amount said as a correction replaces the one
    amount she gave (it was "noted for the staff" and the old amount kept)."""
    given = [slot for slot in _MONEY if run.state.slots.get(slot)]
    if len(given) != 1:
        return
    st = run.state
    found = read_money(right, run.now.date(), st.lang, st.slots.get("country"), MONEY_ROLE[given[0]])
    if found is not None:
        for slot in _MONEY:
            proposed.pop(slot, None)
        proposed[given[0]] = found


def _money_of_her_country(run: _Run) -> None:
    """ "2000 dolar" read as Hong Kong dollars, then the country corrected to Taiwan: the amounts
    she wrote are read again in the currency of the country now given."""
    slots = run.state.slots
    words = slots.get("_from_words") or {}
    for slot in _MONEY:
        quote, have = words.get(slot), slots.get(slot)
        if not isinstance(quote, str) or not isinstance(have, dict):
            continue
        again = read_money(quote, run.now.date(), run.state.lang, slots.get("country"))
        if again and again["amount"] == have.get("amount") and again["currency"] != have.get("currency"):
            slots[slot] = again
            slots[f"{slot}_display"] = displays.display_of(run, slot, again) or str(again)
