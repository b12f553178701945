"""An answer typed at another question, kept where it belongs: a number at the name question,
the agency at the employer's, a name at "Di kota mana?", her own number at the worker's, a
sentence or a country move at the summary; and the declines and tries that say there is none."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from flows import absorbing, accepting, answering, asking, inputs, parsing
from flows.inputs.names import a_bare_name, looks_like_a_name
from flows.reading import ADDRESS, answer_kind
from flows.spec import ChoiceNode, Node, SummaryNode
from flows.turn_words import NUMBERS_FOR
from flows.understand.contact import NUMBER_IN_TEXT
from flows.understand.lexicon import LEXICON

if TYPE_CHECKING:
    from flows.engine import _Run


def number_at_summary(run: _Run, node: SummaryNode, text: str) -> bool:
    """ "no hp sy 0551234567 lupa td", "0551234567" typed at the summary while her number is not
    given: her number, read in her country, added, and the summary shown again (it was read as
    No, or as a line's number, and lost)."""
    slots = run.state.slots
    number = answering.PHONE_IN_TEXT.search(text)
    if number is None or slots.get("phone") or answering.ANOTHER_NUMBER.search(text, number.end()):
        return False
    if run.flow.labelled("phone") is None:
        return False
    country = slots.get("country")
    parsed = inputs.parse_phone(number.group(), country if isinstance(country, str) else None)
    if not parsed.ok:
        return False
    slots["phone"], slots["phone_display"] = parsed.value, parsed.display or str(parsed.value)
    if number.group().strip() != text.strip() and a_telling(text):
        absorbing.keep_words(run, text)
    run.say("summary.added")
    asking.ask(run, node, bump=False)
    return True


def added_at_summary(run: _Run, node: SummaryNode, text: str) -> bool:
    """ "agen nya PT Maju Jaya" typed at the summary: what it tells fills a slot still empty (its
    words kept as hers, as for any understood value), and the summary is shown again. A sentence
    ("also i forgot, the agency want 3000 ringgit from me") is added to her story as well."""
    told = a_telling(text)
    moved = moved_to(run, text)
    before = {slot for slot, value in run.state.slots.items() if value is not None and not slot.startswith("_")}
    absorbing.absorb(run, text, None, story=told)
    if moved:
        run.say("summary.moved", country=run.state.slots.get("country_display") or "")
        asking.ask(run, node, bump=False)
        return True
    now = {slot for slot, value in run.state.slots.items() if value is not None and not slot.startswith("_")}
    if not now - before and not told:
        return False
    run.say("summary.added")
    asking.ask(run, node, bump=False)
    return True


#: "sy udh dipindah ke saudi, skrg di dammam": she is somewhere else now
_MOVED = frozenset({"pindah", "dipindah", "dipindahkan", "dipindahin", "pindahin", "skrg", "sekarang", "now", "moved",
                    "transferred", "harusnya", "bukan"})  # fmt: skip


def moved_to(run: _Run, text: str) -> bool:
    """A country other than the summary's, said with "dipindah" or "sekarang": the country
    (and its city) changed to it, the old values dropped. True when changed."""
    slots = run.state.slots
    said = absorbing.read(run, text)
    if not said.country or not slots.get("country") or said.country == slots["country"]:
        return False
    if not _MOVED.intersection(inputs.normalize(text).split()):
        return False  # "dulu sy di malaysia": where she was, not where she is
    for slot in ("country", "country_display", "city", "city_display", "_city_of_country", NUMBERS_FOR):
        slots.pop(slot, None)
    words = dict(slots.get("_from_words") or {})
    words.pop("country", None)
    words.pop("city", None)
    slots["_from_words"] = words
    return True


def a_telling(text: str) -> bool:
    """A sentence of words (not numbers or a choice's label): more of her story."""
    return len(answering.TOLD.findall(text)) >= answering.A_TELLING


def suggested_before(run: _Run, node: Node) -> tuple[str, Any] | None:
    """(slot, value) of what a choice's list offered first, before a message is read."""
    suggest = node.raw.get("suggest") if isinstance(node, ChoiceNode) else None
    if not suggest:
        return None
    source = str(suggest["from"])
    return source, run.state.slots.get(source)


def number_at_name(run: _Run, node: Node, text: str) -> bool:
    """A phone number typed where a name or a place was asked ("+60 12 888 1234" to "where
    exactly are you?": she answered the question she expected next): it is kept where the flow
    says numbers typed there belong (that question is then not asked), and this one is asked
    once more. False: not a number to keep, and the question reads it as usual (a place)."""
    st = run.state
    slot = node.raw.get("phone_slot")
    if isinstance(slot, str) and not st.slots.get(slot):
        region = st.slots.get("country")
        parsed = inputs.parse_phone(text, region if isinstance(region, str) else None)
        if parsed.ok:
            st.slots[slot] = parsed.value
            st.slots[f"{slot}_display"] = parsed.display or str(parsed.value)
            run.say("common.number_noted")
            asking.ask(run, node, bump=False)
            return True
    if node.raw.get("holds") != "name":
        return False
    accepting.miss(run, node, "a_number")
    return True


#: the agency said as such: "agensi sy PT Sinar Jaya", "lwt PT ...", "agency sy ..."
_AGENCY_SAID = re.compile(
    r"\b(?:agen|agensi|agency|agent|ajen|ejen|pjtki|p3mi|sponsor\s+indo|lewat|lwt|via|berangkat|brgkt)\b",
    re.IGNORECASE,
)


def agency_at_employer(run: _Run, node: Node, text: str) -> bool:
    """ "agensi sy PT Sinar Jaya" where the employer's name was asked: the agency, kept as the
    agency (it was filed as the employer, and the agency then asked for again), and the
    employer asked once more. A PT given alone stays the employer's name, as she wrote it."""
    if run.pressed or not _AGENCY_SAID.search(text):
        return False
    found = absorbing.read(run, text)
    if not found.agency or found.employer_name:
        return False
    absorbing.absorb(run, text, None)
    run.say("common.agency_noted")
    asking.ask(run, node, bump=False)
    return True


def way_at_name(run: _Run, node: Node, text: str) -> bool:
    """ "lwt PT Maju Jaya", "lewat calo" typed where her (or the worker's) name was asked: the way
    she went and the agency, kept where they belong (it was filed as her name, and the agency
    asked again later), and the name asked once more."""
    if run.pressed or node.slot == "employer_name":
        return False
    found = absorbing.read(run, text)
    if not (found.agency or found.route) or found.own_name or found.worker_name:
        return False
    absorbing.absorb(run, text, None)
    accepting.miss(run, node, "told")
    return True


#: the questions that ask where she is
PLACES = frozenset({"city", "where_now"})


def at_place(run: _Run, node: Node, text: str) -> bool:
    """Another answer typed where she was asked where she is (a question of ``PLACES``): her
    name, the way she went, or a time; each kept where it belongs and the place asked again."""
    return name_at_place(run, node, text) or way_at_place(run, node, text) or time_at_place(run, node, text)


def at_name(run: _Run, node: Node, text: str) -> bool:
    """Another answer typed where a name was asked: the way she went, a town, or a time; each
    kept where it belongs and the name asked again."""
    return way_at_name(run, node, text) or place_at_name(run, node, text) or time_at_place(run, node, text)


def place_at_name(run: _Run, node: Node, text: str) -> bool:
    """ "tawau" typed where her name was asked: the town she is in, kept as the city (beside a
    state or region she named before: "Tawau, Sabah"), and her name asked again (it was "Maaf,
    kami belum menangkap namanya." and the town was lost)."""
    if run.pressed or node.slot == "employer_name" or len(text.split()) > 4:
        return False
    return _place_told(run, node, text)


def place_at_phone(run: _Run, node: Node, text: str) -> bool:
    """ "dubai marina" typed where a phone number was asked: the place she is in, kept as the
    city, and the number asked again (it was "we cannot read that number", and the place was
    lost)."""
    if run.pressed or any(c.isdigit() for c in text) or len(text.split()) > 4:
        return False
    return _place_told(run, node, text)


def _place_told(run: _Run, node: Node, text: str) -> bool:
    """A place named at another question, kept as the city (her words when they say more than the
    city: "Dubai Marina"; beside a state told before: "Tawau, Sabah"), and the question asked
    again. False when her words name no city of her country."""
    if "city" not in run.flow.nodes:
        return False
    found = absorbing.read(run, text)
    slots = run.state.slots
    if not found.city or found.own_name or found.worker_name:
        return False
    if found.country and slots.get("country") not in (None, found.country):
        return False
    words = text.strip(" .,!?")
    # her words when they begin with the city and say more ("dubai marina"); "di jeddah" is Jeddah
    more = words.lower().startswith(found.city.lower()) and len(words) > len(found.city)
    place = (words.title() if words.islower() else words) if more else found.city
    had = slots.get("city")
    if not had or str(had).lower() in place.lower():
        slots["city"] = slots["city_display"] = place
    elif found.city.lower() not in str(had).lower():
        slots["city"] = slots["city_display"] = f"{place}, {had}"
    run.say("common.place_noted")
    asking.ask(run, node, bump=False)
    return True


#: the words a time is told in, besides months and numbers ("since march", "3 bulan lalu")
_TIME_WORDS = frozenset(
    "since sejak semenjak dari dr from lalu yg yang ago last kemarin kmrn kemaren kmren bulan bln minggu mgg mg pekan "
    "tahun thn th hari hr week weeks month months year years day days udh udah sudah sdh dah already about around "
    "sekitar kira kira2 awal akhir pertengahan tengah ini this tgl tanggal lebaran puasa ramadan natal imlek the a an "
    "in on of pas waktu wkt baru just cuma cm se sebulan setahun seminggu sehari".split()
)
_MONTHS = frozenset(
    "januari februari maret april mei juni juli agustus september oktober november desember jan feb mar apr jun jul "
    "agu agt ags aug sep sept okt oct nov des dec january february march may june july august october december".split()
)


def time_at_place(run: _Run, node: Node, text: str) -> bool:
    """ "3 BULAN LALU", "bulan agustus" typed where the city was asked, "since march" where her
    name was (she answered the time question she expected): the time, kept for the first of the
    node's ``time_slots`` that is asked in this report, and the question
    asked once more (it was filed as the city: "Kota: bulan agustus", or as her name)."""
    wanted = node.raw.get("time_slots")
    if run.pressed or not isinstance(wanted, list) or len(text.split()) > 5:
        return False
    # "5 bln kak": the words she addresses us with are no part of a name or a place
    words = [w for w in inputs.normalize(text).split() if w not in ADDRESS]
    if not words or not all(w in _TIME_WORDS or w in _MONTHS or any(c.isdigit() for c in w) for w in words):
        return False  # "Mei Lestari", "Wati kemarin": a name with it
    if all(w in _MONTHS for w in words):
        return False  # "April", "Juni" alone at a name question are names
    found = absorbing.read(run, text)
    if found.city or found.country or found.at_sea:
        return False
    for name in wanted:
        target = run.flow.nodes.get(str(name))
        if target is None or target.slot is None or (target.when is not None and not run.holds(target.when)):
            continue
        parsed = parsing.parse(run, target, text)
        if not parsed.ok:
            parsed = parsing.from_words(run, target, text)  # "minggu lalu", as the date question reads it
        if not parsed.ok:
            return False
        # the time typed alone now is hers to the question, before one read in her story ("4 bln"
        # in it, "5 bln kak" here: she was told it was noted, and the summary still said 4)
        slots = run.state.slots
        slots[target.slot] = parsed.value
        slots[f"{target.slot}_display"] = parsed.display or str(parsed.value)
        run.say("common.time_noted")
        asking.ask(run, node, bump=False)
        return True
    return False


def where_at_safe(run: _Run, text: str) -> bool:
    """ "tsuen wan" typed at "can you write safely now?" on the urgent path: where she is, kept as
    the answer to "where exactly are you?" (when that is not known yet) for the rescuers."""
    st = run.state
    if "where_now" not in run.flow.nodes or st.slots.get("where_now") or len(text) > 120:
        return False
    found = absorbing.read(run, text)
    if not found.city or (found.country and st.slots.get("country") not in (None, found.country)):
        return False
    st.slots["where_now"] = st.slots["where_now_display"] = text.strip()
    return True


def way_at_place(run: _Run, node: Node, text: str) -> bool:
    """ "PT ga ada, lwt BP2MI G to G" typed where she was asked her city: the way she went and
    the agency, kept where they belong (it was filed as her city), and the place asked again."""
    if run.pressed:
        return False
    found = absorbing.read(run, text)
    if not (found.agency or found.route) or found.city or found.country or found.at_sea:
        return False
    absorbing.absorb(run, text, None)
    slots = run.state.slots
    if "agency" in run.flow.nodes and not slots.get("agency") and len(text) <= 200:
        # no PT named ("PT ga ada, lwt BP2MI G to G"): her words answer "which PT or agent?"
        slots["agency"] = slots["agency_display"] = text.strip()
    accepting.miss(run, node, "told")
    return True


def name_at_place(run: _Run, node: Node, text: str) -> bool:
    """ "nama sy Painem", "jenengku Painem", or "Siti Aminah" alone before her name was asked,
    where she was asked where she is: her name (kept when not known yet), and the place asked
    once more (it was filed as the place a rescuer goes to)."""
    found = absorbing.read(run, text)
    slots = run.state.slots
    name = found.own_name
    if not name and run.state.flow == "complaint" and not slots.get("worker_name") and not run.pressed:
        # "Siti Aminah" alone, her name not asked yet: she answered the question she expected
        # (it was filed as the city); a place she names is read first ("Sri Aman" is a town)
        name = a_bare_name(text) if not inputs.parse_country(text, run.state.lang).ok else None
    known = str(slots.get("worker_name") or "").lower().split()
    # "Yanti Susanti" where the worker is "yanti": her whole name (it was filed as the city)
    fuller = (
        not name
        and known
        and not run.pressed
        and (bare := a_bare_name(text))
        and bare.lower().split()[: len(known)] == known
    )
    name = bare if fuller else name
    if not name or found.city or found.country:
        return False
    if fuller or (run.state.flow == "complaint" and not slots.get("worker_name")):
        slots["worker_name"] = slots["worker_name_display"] = name
    run.say("common.name_noted")
    asking.ask(run, node, bump=False)
    return True


#: "(hp sy)", "no saya", "my number": the number is the writer's own
_MINE = re.compile(r"\b(?:hp|no|nomor|nmr|nomer|wa)\s*(?:sy|saya|aku|ku|q)\b|\bmy\s+(?:own\s+)?number\b", re.IGNORECASE)


def own_number_at_someone_elses(run: _Run, node: Node, text: str) -> bool:
    """ "08.57.1234.9999 (hp sy)" at the worker's number (a node with ``own_slot``): the writer's
    own number, kept as hers; the worker's is asked again (it was filed as the worker's)."""
    own = node.raw.get("own_slot")
    if not isinstance(own, str) or not (mine := _MINE.search(text)):
        return False
    numbers = list(NUMBER_IN_TEXT.finditer(text))  # dots too: "08.57.1234.9999"
    if not numbers:
        return False
    # "no wa dia +60 12-345 6789, no sy 0812 ...": two numbers, the writer's the one after "no sy"
    # (the worker's was filed as hers, and the writer's lost)
    number = next((n for n in numbers if n.start() >= mine.end()), numbers[-1]) if len(numbers) > 1 else numbers[0]
    region = run.state.slots.get(str(node.raw.get("country_slot", "country")))
    parsed = inputs.parse_phone(number.group(), region if isinstance(region, str) else None)
    if not parsed.ok:
        return False
    st = run.state
    if not st.slots.get(own):
        st.slots[own] = parsed.value
        st.slots[f"{own}_display"] = parsed.display
    other = next((n for n in numbers if n is not number), None)
    if other is not None and inputs.parse_phone(other.group(), region if isinstance(region, str) else None).ok:
        answering.answer(run, node, other.group())  # the other one is the number asked for
        return True
    run.say("common.own_number_noted")
    asking.ask(run, node, bump=False)
    return True


#: "ini no agen", "nomor agensinya", "no PT yg berangkatin", "sponsor number": whose a number is,
#: when it is neither the worker's nor the writer's
_OTHERS = re.compile(
    r"\b(?:agen|agensi|agency|agent|pt|sponsor|majikan|bos|boss|employer|calo|perusahaan|company)(?:nya|ny|'s)?\b",
    re.IGNORECASE,
)


def others_number_at_phone(run: _Run, node: Node, text: str) -> bool:
    """ "0812 9999 8888 ini no agen yg berangkatin", "ini nomor agensinya 0912 345 678" at a phone
    question: the agency's or the employer's number, not the one asked (it was filed as the
    worker's or the family's own, for the staff to call). Kept with the story as words, for
    the staff; the question asked again."""
    if not NUMBER_IN_TEXT.search(text) or not _OTHERS.search(text) or _MINE.search(text):
        return False
    told = absorbing.read(run, text)
    if not answering.in_report(run) or told.phone or told.worker_phone:
        return False  # "hp nya 0812..., kerja di PT Maju": the worker's, with her agency named
    absorbing.keep_words(run, text)
    run.say("common.others_number_noted")
    asking.ask(run, node, bump=False)
    return True


def declined_first(text: str) -> bool:
    """ "gk ada, nomornya udh mati", "ga tau kak, hpnya udh gk aktif": the first clause says no."""
    first = answering.CLAUSE.split(text, maxsplit=1)[0]
    return answer_kind(first) in ("no", "skip", "unknown") or bool(DONT.match(text))


#: "gk usah telpon nanti ketauan", "jangan ditelpon", "blm ada majikan": a first "no need",
#: "don't" or "there is none yet" declines
DONT = re.compile(
    r"\s*(?:jangan|jgn|(?:gk|ga|gak|nggak|ngga|enggak|tidak|tdk|ndak)\s*(?:usah|perlu)|gausah|gaush|don'?t|do\s+not|"
    r"no\s+need|(?:gk|ga|gak|nggak|ngga|enggak|tidak|tdk|ndak|blm|belum)\s+ada)\b",
    re.IGNORECASE,
)
_PHONE_WORDS = frozenset({"hp", "hpnya", "hape", "nomor", "nomornya", "no", "nonya", "phone", "handphone", "ponsel"})
_HELD = frozenset({"dipegang", "diambil", "disita", "dirampas", "ditahan", "mati", "hilang", "rusak", "aktif",
                   "taken", "dead", "lost", "broken"})  # fmt: skip


def phone_held(text: str) -> bool:
    """ "hp nya jg dipegang majikan", "nomornya udh gk aktif", "gk aktif": the phone is out of reach."""
    words = set(inputs.normalize(text).split())
    # ("gk aktif", "udh mati" alone, at a phone question: of the phone asked for)
    return bool(words & _PHONE_WORDS or len(words) <= 3) and bool(words & _HELD)


def choices_tried(text: str) -> bool:
    """ "1 and 3", "both 1 and 3 please": numbers and joining words only, a try at the list; "sy
    mau biaya rs nya dibayar majikan, katanya 20rb dolar hk" is a sentence with a number in it."""
    return bool(answering.A_NUMBER.search(text)) and _only_joining(text)


def several_choices(text: str, options: int) -> bool:
    """ "2 dan 5", "1,3": two or more of the list's numbers, and no other words."""
    numbers = {int(n) for n in _DIGITS.findall(text)}
    return len(numbers) >= 2 and all(1 <= n <= options for n in numbers) and _only_joining(text)


def _only_joining(text: str) -> bool:
    """Its words (beside the numbers) only join them: "dan", "and", "please"."""
    return all(w.lower() in _JOINING for w in answering.TOLD.findall(text))


_DIGITS = re.compile(r"\d+")
#: the words that join numbers: "2 dan 5", "1 and 3", "no 2 sama 4"
_JOINING = frozenset(
    {"dan", "and", "sama", "ama", "atau", "or", "no", "nomor", "both", "dua", "duanya", "semua", "juga", "jg", "please",
     "pls", "yang", "yg", "pilih", "choose", "kak", "ya"}
)  # fmt: skip


#: regions and continents a family may give for a country: never a name
_REGIONS = frozenset({"eropa", "europe", "asia", "afrika", "africa", "amerika", "america", "australia", "oceania",
                      "russia", "rusia", "timur", "tengah", "middle", "east", "luar", "negeri", "abroad", "arab",
                      "teluk", "gulf"})  # fmt: skip


def name_at_country(run: _Run, node: Node, text: str) -> bool:
    """ "Mary Ann" typed where the country was asked, the name not given yet: kept as the
    worker's name (hers, or the one a family writes for) and the country asked again; it was
    "we do not know that country" and the name was lost."""
    slots = run.state.slots
    if slots.get("worker_name") or inputs.parse_country(text, run.state.lang).ok:
        return False
    words = inputs.normalize(text).split()
    everyday = any(w in LEXICON.spellings or w in _REGIONS for w in words)  # "Timur Tengah", "Eropa"
    if not (a_bare_name(text) or (looks_like_a_name(text) and not everyday)):
        return False
    found = absorbing.read(run, text)
    if found.country or found.city or found.at_sea:
        return False
    slots["worker_name"] = slots["worker_name_display"] = text.strip()
    run.say("common.name_noted")
    asking.ask(run, node, bump=False)
    return True
