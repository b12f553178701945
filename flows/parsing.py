"""An answer read by its question's own parser (a choice, yes or no, money, a name, a phone, a
country, a date), or, where the parser missed, by the understanding step."""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING, Any

from flows import (
    absorbing,
    answering,
    asking,
    displays,
    inputs,
    misplaced,
    not_known,
)
from flows.inputs.names import read_name
from flows.inputs.words import NO
from flows.proposals import propose
from flows.reading import (
    answer_kind,
    only_a_plea,
    read_consent,
    read_money,
    read_yesno,
    sex_by_pronoun,
)
from flows.safety_check import said_in_danger
from flows.spec import ChoiceNode, Node
from flows.turn_words import (
    MONEY_ROLE,
    SAID_BY_ANOTHER,
    money_display,
)
from flows.understand import understand
from flows.who_is_near import free_to_write

if TYPE_CHECKING:
    from flows.engine import _Run


#: a part of the world, not a country: what a family may know of where she went
_REGION = re.compile(
    r"\b(?:timur\s+tengah|timteng|middle\s+east|luar\s+negeri|luar\s+negri|ln|asia(?:\s+\w+)?|eropa|europe|"
    r"afrika|africa|amerika|america|negara\s+arab|teluk|gulf)\b",
    re.IGNORECASE,
)


def _a_place(run: _Run, name: str) -> bool:
    """ "taiwan", "sabah", "kuala lumpur" typed where a name was asked: a place, not a name
    (they were filed as the worker's name). Not for an employer: "Jordan" may be his name."""
    if len(name.split()) > 2:
        return False
    country = inputs.parse_country(name, run.state.lang)
    if country.ok and not country.confirm:
        return True  # named exactly: "Indah" is a name, close to "India" only
    place = absorbing.read(run, name).city
    return place is not None and inputs.normalize(place) == inputs.normalize(name)


#: the words of "an agency" with no name: "agency", "the agent", "pt", "lewat agen", "by agency"
_AGENCY_WORDS = frozenset({"agency", "agent", "agen", "agensi", "ajen", "ejen", "pt", "p3mi", "pjtki", "the", "an", "a",
                           "by", "through", "via", "with", "lewat", "lwt", "pake", "pakai", "ikut", "my", "her", "sy",
                           "saya", "nya", "kak", "po"})  # fmt: skip
_AGENCY_ONLY = frozenset({"agency", "agent", "agen", "agensi", "ajen", "ejen", "pt", "p3mi", "pjtki"})


def only_an_agency_word(text: str) -> bool:
    words = inputs.normalize(text).split()
    return bool(words) and len(words) <= 3 and set(words) <= _AGENCY_WORDS and bool(set(words) & _AGENCY_ONLY)


def from_words(run: _Run, node: Node, text: str) -> inputs.Parsed:
    """An answer its question's parser missed, read by the understanding step: "di kapal
    taiwan dkt fiji" to the country question, "udh 5 bln" to "since when"."""
    if node.slot is None:
        return inputs.Parsed(False, error="not_found")
    understood = absorbing.read(run, text)
    proposed = absorbing.proposed_slots(run, understood)
    value = proposed.get(node.slot)
    if value is None and node.input == "date":
        # "2 mgg lalu" to "when did you last hear from her?": the answer's own time, whichever
        # slot the question fills
        proposed = propose(understood, run.now.date())
        value = proposed.get("since")
    if value is None and node.input == "date" and len(text) <= 2 * answering.SHORT_REPLY:
        # "lebaran kemarin", "bulan puasa kemaren", "since last ramadan": the answer to "since
        # when?" is a time said without its "sejak", which the reader wants before a feast's name
        proposed = propose(understand(f"sejak {text}", run.now.date(), run.state.lang), run.now.date())
        value = proposed.get("since")
    if value is None:
        return inputs.Parsed(False, error="not_found")
    if isinstance(node, ChoiceNode) and value not in {o.id for o in node.options}:
        return inputs.Parsed(False, error="not_found")
    if node.input == "date":
        run.state.slots["_since_shape"] = proposed.get("_since_shape")
        run.state.slots["_since_raw"] = proposed.get("_since_raw")
    return inputs.Parsed(True, value, displays.display_of(run, node.slot, value))


#: answers read by their own parser: a message it reads is her answer, not a telling
_PLAIN_KINDS = frozenset({"phone", "country", "province", "date", "number", "money", "code"})


def answers_plainly(run: _Run, text: str) -> bool:
    """ "sy di kl" at the city question, "please call me 0812-3333-4444" at the phone
    question: a plain answer to the question asked, which the safety question must not hold
    up (the trained second opinion heard danger in them)."""
    st = run.state
    if st.node is None or st.pending:
        return False
    node = run.node
    if node.slot == "city":
        found = absorbing.read(run, text)
        return bool(found.city or found.country) and not found.categories
    if (
        node.input == "phone"
        and node.optional
        and len(text.split()) <= _A_SHORT_DECLINE
        and not any(c.isdigit() for c in text)
        and misplaced.declined_first(text)
    ):
        # "gk usah telp, chat aja disini": no call, the chat is enough; it was asked "is anyone
        # in danger now?", and "lewati" after that was kept as her story
        return True
    return node.input in _PLAIN_KINDS and parse(run, node, text).ok


#: a decline of the phone question is a few words ("jgn telp ya kak, wa aja")
_A_SHORT_DECLINE = 8


def option_her_words_tell(run: _Run, node: ChoiceNode, text: str) -> str | None:
    """ "jaga nenek pak, di rumah" to "Bekerja di mana?", "di perkebunan sawit": the option the
    understanding reads for this very question from her sentence (it was kept as a note and the
    question asked again)."""
    proposed = absorbing.proposed_slots(run, absorbing.read(run, text))
    suggest = node.raw.get("suggest")
    told = proposed.get(str(suggest.get("slot"))) if isinstance(suggest, dict) else None
    label = f"{suggest.get('label')}.{told}" if isinstance(suggest, dict) else ""
    if isinstance(told, str) and told != "lainnya" and run.dialog.catalog.has(label, run.state.lang):
        # "habis kontrak tp ga boleh pulang" to "Masalahnya tentang apa?": the problem itself
        return f"{asking.SUGGESTED}{told}"
    value = proposed.get(str(node.slot))
    if value is None and node.slot == "route" and proposed.get("agency"):
        value = "procedural"  # "PT nya PT Bina Karya": she went through a PT, the flow's "lewat pt"
    if value is None:
        # the work told says where it is: care of a grandmother is in a household
        value = next(
            (
                v
                for (slot, v), (other, values) in SAID_BY_ANOTHER.items()
                if slot == node.slot and proposed.get(other) in values
            ),
            None,
        )
    return value if isinstance(value, str) and any(o.id == value for o in node.options) else None


#: an amount typed alone, without its currency: "4000", "4.500", "15 000 000"
_BARE_AMOUNT = re.compile(r"^\s*(?:rp\.?\s*)?(\d{1,3}(?:[.,\s]\d{3})+|\d{3,10})\s*$", re.IGNORECASE)
#: a fee this large, typed without its currency, was paid in rupiah at home
_RUPIAH_FEE = 100_000


def bare_amount(text: str, country: object, role: str | None, today: date) -> dict[str, Any] | None:
    """ "4000" to "how much is owed?" of a report from Hong Kong: 4,000 in her country's currency
    (it was refused for want of one); a large fee in rupiah. She sees it in the summary, and can
    correct it there. None when no currency can be assumed."""
    found = _BARE_AMOUNT.match(text)
    if found is None:
        return None
    amount = int(re.sub(r"[.,\s]", "", found.group(1)))
    if amount <= 0:
        return None
    if (role == "fee" and amount >= _RUPIAH_FEE) or text.strip().lower().startswith("rp"):
        return {"amount": amount, "currency": "IDR"}
    if not isinstance(country, str) or country == "ID":
        return None
    from babel.numbers import get_territory_currencies  # at the first bare amount: not at idle

    currencies = get_territory_currencies(country, today)
    return {"amount": amount, "currency": currencies[0]} if currencies else None


#: the words for her wage, beside a length of time: "3 months salary", "gaji 4 bln"
_WAGE = frozenset({"gaji", "gajinya", "gaji2", "upah", "bayaran", "salary", "salaries", "wage", "wages", "pay"})


def wages_of_a_time(run: _Run, text: str) -> bool:
    """ "3 months salary", "gaji 4 bln", "two months wages": an amount told as so long of her wage;
    the length as the understanding reads any time ("P3M")."""
    if len(text) > 80 or _WAGE.isdisjoint(inputs.normalize(text).split()):
        return False
    since = absorbing.read(run, text).since
    return since is not None and since.startswith("P")


#: "it happens now and then": a Yes to a question whether something happens to her
_NOW_AND_THEN = frozenset({"kadang", "kadang2", "terkadang", "kdg", "kdang", "kadangan", "sering", "sesekali",
                           "sometimes", "often", "occasionally", "sometime"})  # fmt: skip


def now_and_then(text: str) -> bool:
    """ "kadang2 kak", "sometimes", "sering": short, without a negation."""
    words = inputs.normalize(text).replace("-", " ").split()
    return 0 < len(words) <= 4 and bool(_NOW_AND_THEN.intersection(words)) and not NO.intersection(words)


#: "all is well": to a question whether something wrong happens, a No ("gaji lancar" to "are wages
#: held back?"); negated, a Yes ("gk lancar")
_ALL_WELL = frozenset({"lancar", "aman", "baik2", "fine", "normal", "beres", "ontime"})
_ALL_WELL_PHRASES = ("baik baik", "baik aja", "baik kok", "baik saja", "on time", "tepat waktu", "all good")


def all_well(text: str) -> bool | None:
    """ "gaji lancar", "alhamdulillah aman kak", "baik2 aja", "fine": False (nothing wrong);
    "gk lancar", "not fine": True; None when she says neither."""
    plain = inputs.normalize(text).replace("-", " ")
    words = plain.split()
    if not 0 < len(words) <= 6:
        return None
    if _ALL_WELL.isdisjoint(words) and not any(f" {p} " in f" {plain} " for p in _ALL_WELL_PHRASES):
        return None
    return bool(NO.intersection(words) or "not" in words)


def parse(run: _Run, node: Node, text: str) -> inputs.Parsed:
    st = run.state
    kind = node.input
    raw = node.raw
    if isinstance(node, ChoiceNode):
        if node.slot == "consent":
            consent = read_consent(text)
            if consent is not None:
                option = node.options[0] if consent else node.options[-1]
                return inputs.Parsed(True, option.id, run.render(option.label))
        if asking.suggestions(run, node):
            # a suggestion typed as shown ("paspor atau dokumen ditahan") is that suggestion, not
            # the group its words name ("paspor", "dokumen")
            typed = inputs.normalize(text)
            for option_id, label in asking.option_labels(run, node):
                if option_id.startswith(asking.SUGGESTED) and inputs.normalize(label) == typed:
                    return inputs.Parsed(True, option_id, label)
        synonym = asking.synonym(run, node, text)
        if synonym is None:
            kind = answer_kind(text) if any(o.answers for o in node.options) else None
            synonym = next((o.id for o in node.options if kind in o.answers), None)
        if synonym is None and node.slot == "sex" and (she := sex_by_pronoun(text)) in {o.id for o in node.options}:
            synonym = she  # "she is 19 year old, she go 2 month ago": the rest is kept and read
        if synonym is None and node.slot and len(text.split()) >= 2 and answering.in_report(run):
            synonym = option_her_words_tell(run, node, text)
            if synonym is not None and synonym.startswith(asking.SUGGESTED):
                label = f"{node.raw['suggest']['label']}.{synonym.removeprefix(asking.SUGGESTED)}"
                return inputs.Parsed(True, synonym, run.render(label))
        if synonym is not None:
            labels = dict(asking.option_labels(run, node))
            # an option offered first as a suggestion is listed once, under the suggestion's label
            return inputs.Parsed(True, synonym, labels.get(synonym) or labels.get(f"{asking.SUGGESTED}{synonym}"))
        return inputs.parse_choice(text, list(asking.option_labels(run, node)), st.lang)
    if kind == "yesno" and raw.get("asks") == "safe" and (danger := said_in_danger(text)) is not None:
        # "aman", "gk aman" to "are you safe now?": her own word for it, not a yes or no
        return inputs.Parsed(True, not danger, run.render("common.no" if danger else "common.yes"))
    if kind == "yesno" and raw.get("asks") == "safe" and (free := free_to_write(text)) is not None:
        # "majikan di rumah", "lagi sendiri" to "can you write safely now?": who is with her is
        # her answer (it was "mohon jawab Ya atau Tidak")
        return inputs.Parsed(True, free, run.render("common.yes" if free else "common.no"))
    if kind == "yesno" and raw.get("asks") == "safe" and st.urgent and misplaced.where_at_safe(run, text):
        return inputs.Parsed(False, error="told")  # "tsuen wan": where she is, kept for the rescuers
    if kind == "yesno" and raw.get("indicator") and now_and_then(text):
        # "kadang2", "sometimes" to "are you forbidden to leave the house?": it happens, a Yes
        # for the staff (it was "mohon jawab Ya atau Tidak")
        return inputs.Parsed(True, True, run.render("common.yes"))
    if kind == "yesno" and raw.get("indicator") and (wrong := all_well(text)) is not None:
        # "gaji lancar", "baik2 aja" to "are wages held back?": nothing wrong, a No (it was "mohon
        # jawab Ya atau Tidak", and "baik2 aja" was a Yes); "gk lancar" is a Yes
        return inputs.Parsed(True, wrong, run.render("common.yes" if wrong else "common.no"))
    if kind == "yesno":
        indicator = raw.get("indicator")
        if indicator and len(text.split()) >= 2 and indicator in absorbing.read(run, text).indicators:
            # "gk ada libur" to "no day off?": her words tell the very thing asked; the "gk" in
            # them is part of it, not a No
            return inputs.Parsed(True, True, run.render("common.yes"))
        parsed = read_yesno(text)
        if parsed.ok and parsed.value is None:
            # "gk tau" is not No: it is kept as unknown
            return parsed._replace(display=run.render("common.unknown"))
        if parsed.ok:
            return parsed._replace(display=run.render("common.yes" if parsed.value else "common.no"))
        return parsed
    if kind == "money":
        role = MONEY_ROLE.get(node.slot or "")
        found = read_money(text, run.now.date(), st.lang, st.slots.get("country"), role)
        if found is None:
            found = bare_amount(text, st.slots.get("country"), role, run.now.date())
        if found is None:
            return inputs.Parsed(False, error="not_found")
        return inputs.Parsed(True, found, money_display(found, st.lang))
    if kind == "text":
        value = text.strip()
        if len(value) > int(raw.get("max_length", 500)):
            return inputs.Parsed(False, error="too_long")
        if only_a_plea(value):
            return inputs.Parsed(False, error="plea")  # "tolong dibantu ya kak" at "Di kota mana?": no city
        if raw.get("holds") == "name":
            # "nama sy Yuli": Yuli; "tolong dibantu ya kak": no name
            if any(ch.isdigit() for ch in value):
                other = absorbing.read(run, text)  # the turn's own reading of her message
                if other.money or other.since:
                    return inputs.Parsed(False, error="no_name")  # "1500 riyal", "7 bln": another answer
            name = read_name(value, firm=node.slot == "employer_name")
            if name is None or (node.slot != "employer_name" and _a_place(run, name)):
                return inputs.Parsed(False, error="no_name")
            value = name
        return inputs.Parsed(True, value, value)
    if kind == "phone":
        region = st.slots.get(str(raw.get("country_slot", "country")))
        return inputs.parse_phone(text, region if isinstance(region, str) else None)
    if kind == "country":
        parsed = inputs.parse_country(text, st.lang)
        if not parsed.ok and raw.get("unknown_ok") and (not_known.is_unknown(run, text) or inputs.is_skip(text)):
            return inputs.Parsed(True, None, run.render("common.unknown"))
        if not parsed.ok and raw.get("unknown_ok") and (region := _REGION.search(text)):
            # "timur tengah", "luar negeri", "asia" from a family who does not know the country: no
            # country (the default office), the words kept as they said them
            return inputs.Parsed(True, None, f"{run.render('common.unknown')} ({region.group().strip()})")
        return parsed
    if kind == "province":
        return inputs.parse_province(text)
    if kind == "code":
        return inputs.parse_code(text, int(raw.get("symbols", 8)))
    if kind == "date":
        return inputs.parse_date(text, run.now.date(), st.lang, bool(raw.get("past_only", True)))
    if kind == "number":
        return inputs.parse_number(text, int(raw.get("min", 0)), int(raw.get("max", 10**9)))
    raise RuntimeError(f"{run.flow.path}: node '{node.id}' of kind {kind} cannot parse text")
