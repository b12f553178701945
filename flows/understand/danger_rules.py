"""The rules of the danger reader: each looks at one word of a message and the words around it
and says whether they tell of danger (``Hit``). ``RULES`` maps a word to the rules it starts.
The words come from ``lexicon/danger.yaml`` (``flows.understand.danger_words``); what the words
around mean from ``flows.understand.danger_context``; the rules themselves live in modules of one
kind each (``danger_violence``, ``danger_threats``, ``danger_english_violence``,
``danger_wounds``, ``danger_phrases``, ``danger_cry``, ``danger_kept``, ``danger_no_care``,
``danger_held``, ``danger_night``, ``danger_cut_off``, ``danger_fear``, ``danger_signs``,
``danger_fled``, ``danger_despair``, ``danger_held_many_ways``, ``danger_exploited``,
``danger_farewell``, ``danger_reach``, ``danger_reach_signs``); this module only says which word
starts which."""

from __future__ import annotations

from collections.abc import Callable

from flows.understand.danger_context import (
    Rule,
)
from flows.understand.danger_cry import HELP_ME, cry, helped_in_fear, needs_help_now
from flows.understand.danger_cut_off import abandoned, contact_cut, cut_off, deprived, no_phone, nowhere, taken_away
from flows.understand.danger_despair import cut_veins, die_along, ended_by_act, gave_away, rather_dead, to_meet_god
from flows.understand.danger_english_violence import en_violence
from flows.understand.danger_exploited import (
    DEBT,
    ENDED,
    PASSED_ON,
    RECORDING,
    SEX_TRADE,
    filmed_undressed,
    held_by_debt,
    made_to_sell_sex,
    passed_around,
    pregnancy_ended,
)
from flows.understand.danger_farewell import LAST_WORDS_START, farewell, last_words
from flows.understand.danger_fear import (
    family_hunted,
    if_she_leaves,
    maiming_threat,
    never_see_children,
    police_sent_for,
    threat_said,
)
from flows.understand.danger_fled import cast_out, chased, fled_out, hunted, vanished
from flows.understand.danger_held import (
    GO_AFTER,
    INJECTED,
    KEEP,
    SAYING,
    SENT_FOR,
    TAKEN_AWAY,
    burning_in_eyes,
    fetch_me,
    held_until_paid,
    hidden_away,
    hiding,
    injected,
    kept_inside,
    key_taken,
    pounding,
    unsafe,
)
from flows.understand.danger_held_many_ways import held_many_ways
from flows.understand.danger_kept import (
    FORCED,
    MEDICINE,
    OVER_THE_COUNTER,
    SCANT_FOOD,
    food,
    hungry_for_days,
    never_outside,
    not_let_down,
    not_let_out,
    scant_food,
    shut_in,
    sleeps_unfit,
    starving,
)
from flows.understand.danger_night import (
    LOCK_REMOVED,
    SENDS,
    lock_taken_off,
    night_visits,
    sent_to_his_room,
    torn_clothes,
)
from flows.understand.danger_no_care import (
    CARE,
    FAKING,
    cannot_breathe,
    denied_while_failing,
    medicine_taken,
    no_care,
    only_pills,
    pregnant_and_bleeding,
    worked_while_failing,
)
from flows.understand.danger_phrases import phrase_rule
from flows.understand.danger_reach import (
    BARE_ROOTS,
    READ_AS,
    TAGALOG_HARM,
    TAGALOG_REFUSED,
    done_by,
    read_as,
    tagalog_harm,
    tagalog_refused,
)
from flows.understand.danger_reach_signs import (
    ANIMALS_FOOD,
    CLOTHES,
    ENTERTAIN,
    IMPRISONED,
    JUMP_WORDS,
    LEAVE,
    PAYS,
    PILLS,
    PRISON,
    REST,
    SCAM,
    THROWS,
    UNFIT,
    WOUNDS,
    bad_things,
    clothes_opened,
    entertains_guests,
    family_pays,
    fed_unfit,
    imprisoned_at_home,
    jump_from_high,
    kept_by_debt,
    like_prison,
    made_to_scam,
    pills_all_tonight,
    rest_withheld,
    thrown_at_her,
    wound_by,
)
from flows.understand.danger_self_harm import (
    OVERDOSE_WORDS,
    POISONS,
    follow_the_dead,
    jump,
    life,
    no_reason_to_hold_on,
    not_leaving_alive,
    overdose,
    poison,
)
from flows.understand.danger_signs import (
    BETTER_DEAD,
    CAST_OUT,
    CHASE,
    CIGARETTE,
    ENDING,
    FLED,
    GIVING,
    GOD,
    HELD_WORDS,
    INSIDE,
    KNOCKS,
    LESSON,
    MEAGRE,
    ON_PURPOSE,
    PUNISHMENT,
    PUT_OUT,
    TOUCHING,
    VANISHED,
    VEINS,
    WOKE,
    fed_too_little,
    kept_out,
    knocked,
    left_out,
    lesson_threatened,
    on_purpose,
    punished_in_body,
    stubbed_out,
    touched,
    waits_for_sleep,
    woke_undressed,
    worn_out,
)
from flows.understand.danger_threats import SHARPENS, alarm_rule, blade_sharpened_at_her, kill_rule, threat_rule
from flows.understand.danger_violence import (
    active_needs_person,
    passive_unless_thing,
    violence,
)
from flows.understand.danger_words import (
    ACTIVE_NEEDS_PERSON,
    ALARM,
    CRY,
    EN_VIOLENCE,
    FOOD,
    INJURY,
    JUMP,
    KILL,
    LIFE,
    PASSIVE_UNLESS_THING,
    PHRASES,
    SELF_HARM,
    STARVING,
    THREAT,
    VIOLENCE,
    WEAPONS,
)
from flows.understand.danger_wounds import (
    broken,
    bruised,
    cuts_self,
    injury,
    locked_on_her,
    marks_from,
    no_way_out,
    self_cut_marks,
    thrown_overboard,
    weapon,
)

#: the marks a beating leaves, named as nouns: "the burn on my back from employer", "luka dr majikan"
_MARKS = frozenset({"burn", "burns", "bruise", "bruises", "wound", "wounds", "scar", "scars", "luka", "luka2",
                    "lukanya", "bekas", "memar", "lebam", "marks", "mark"})  # fmt: skip


_LOCKS = frozenset({"lock", "locks", "locked", "locking", "lockup"})


#: cuts she made herself: "tangannya banyak sayatan, dia bilang dia yg bikin sendiri"
_CUT_MARKS = frozenset({"sayatan", "sayatan2", "silet", "goresan", "cuts", "scars"})


def _reach(add: Callable[[object, Rule], None]) -> None:
    """The forms and signs the lexicon's did not reach (``danger_reach``, ``danger_reach_signs``),
    after the older rules of a word."""
    add(READ_AS, read_as(violence))
    add(TAGALOG_HARM, tagalog_harm)
    add(TAGALOG_REFUSED, tagalog_refused)
    add(BARE_ROOTS, done_by)
    add(REST, rest_withheld)
    add(UNFIT | ANIMALS_FOOD, fed_unfit)
    add(PRISON, like_prison)
    add(SCAM, made_to_scam)
    add(PAYS, family_pays)
    add(JUMP_WORDS, jump_from_high)
    add(WOUNDS, wound_by)
    add(LEAVE, kept_by_debt)
    add(("things",), bad_things)
    add(ENTERTAIN, entertains_guests)
    add(CLOTHES, clothes_opened)
    add(THROWS, thrown_at_her)
    add(PILLS, pills_all_tonight)
    add(IMPRISONED, imprisoned_at_home)


def _rules() -> dict[str, list[Rule]]:
    table: dict[str, list[Rule]] = {}

    def add(words: object, rule: Rule) -> None:
        for word in words:  # type: ignore[attr-defined]
            table.setdefault(str(word), []).append(rule)

    add(SELF_HARM, phrase_rule(SELF_HARM, "self_harm"))
    add(VIOLENCE, violence)
    add(PASSIVE_UNLESS_THING, passive_unless_thing)
    add(ACTIVE_NEEDS_PERSON - set(VIOLENCE), active_needs_person)
    add(KILL, kill_rule)
    add(THREAT, threat_rule)
    add(FOOD, food)
    add(SCANT_FOOD, scant_food)
    add(MEDICINE, medicine_taken)
    add(("tidur", "sleep", "sleeps", "slept", "sleeping"), sleeps_unfit)
    add(("keluar",), not_let_out)
    add(("keluar", "kluar", "klr"), shut_in)
    add(("liat", "lihat", "melihat", "ngeliat", "see", "seen", "saw"), never_outside)
    add(CARE | FAKING, no_care)
    add(FORCED, worked_while_failing)
    add(("bilang", "blg", "say", "says", "said"), worked_while_failing)
    add(OVER_THE_COUNTER, only_pills)
    add(("minum", "istirahat", "rest", "drink", "duduk"), denied_while_failing)
    add(STARVING, starving)
    add(ALARM, alarm_rule)
    add(EN_VIOLENCE, en_violence)
    add(CRY, cry)
    add(WEAPONS, weapon)
    add(LIFE, life)
    add(("bertahan", "hold", "going"), no_reason_to_hold_on)
    add(INJURY, injury)
    add(("biru", "blue", "lebam2", "sobek", "robek", "pecah"), bruised)
    add(("patah", "bocor", "broken", "fractured"), broken)
    add(_MARKS, marks_from)
    add(("buka", "dibuka", "open", "opened"), no_way_out)
    add(_LOCKS, locked_on_her)
    add(JUMP, jump)
    add(PHRASES, phrase_rule(PHRASES, "danger"))
    add(("aman", "safe"), unsafe)
    add(("pertolongan", "bantuan"), needs_help_now)
    add(("dirobek", "dirobekin", "disobek", "disobekin", "dikoyak", "ripped", "tore", "torn"), torn_clothes)
    add(("chili", "chilli", "chilies", "pepper", "cabe", "cabai", "sambal", "lada", "merica"), burning_in_eyes)
    add(("jemput", "jemputin", "menjemput", "pick"), fetch_me)
    add(("polisi", "police", "polis"), police_sent_for)
    add(("kemana", "kemanapun", "kemana2", "anywhere"), nowhere)
    add(("tidur", "istirahat", "sleep", "rest"), deprived)
    add(("gurun", "hutan", "desert", "jungle", "forest", "pasir", "sendirian", "alone"), abandoned)
    add(("tinggal", "goodbye", "bye", "pamit", "pamitan", "titip"), farewell)
    add(LAST_WORDS_START - {"goodbye"}, last_words)
    add(("cut", "cuts", "cutting"), cuts_self)
    add(_CUT_MARKS, self_cut_marks)
    add(
        (
            "potong",
            "motong",
            "memotong",
            "dipotong",
            "iris",
            "diiris",
            "gunting",
            "cut",
            "patahin",
            "matahin",
            "mematahkan",
            "break",
        ),
        maiming_threat,
    )
    add(("nyusul", "menyusul", "susul", "nyusulin"), follow_the_dead)
    add(("idup", "hidup", "alive"), not_leaving_alive)
    add(HELP_ME, helped_in_fear)
    add(("masuk", "masuk2", "comes", "came", "come", "coming", "enters", "entered", "enter"), night_visits)
    add(("key", "keys", "kunci", "kuncinya"), key_taken)
    add(("sembunyi", "bersembunyi", "ngumpet", "umpet", "hiding", "hide"), hiding)
    add(("hp", "handphone", "hape", "ponsel", "phone", "phones"), no_phone)
    add(("pulang", "balik", "home"), held_until_paid)
    add(("siapa", "siapapun", "anyone", "anybody"), cut_off)
    add(("diputus", "diputusin", "diputuskan", "cut"), contact_cut)
    add(("throw", "threw", "thrown", "throws"), thrown_overboard)
    add(TAKEN_AWAY, taken_away)
    add(("see", "ketemu", "bertemu", "jumpa", "liat", "lihat", "melihat"), never_see_children)
    add(("turun",), not_let_down)
    add(("breathe", "breath", "breathing", "bernapas", "bernafas"), cannot_breathe)
    add(("pregnant", "hamil"), pregnant_and_bleeding)
    add(("hungry", "lapar", "laper", "kelaparan"), hungry_for_days)
    add(OVERDOSE_WORDS, overdose)
    add(POISONS | {"nyamuk"}, poison)
    add(("gedor", "menggedor", "ngegedor", "digedor", "banging", "pounding"), pounding)
    add(("didobrak", "dobrak", "ndobrak", "ngedobrak", "mendobrak", "kedobrak"), pounding)
    add(("know", "knows", "tau", "tahu", "tw"), hidden_away)
    add(INJECTED, injected)
    add(GO_AFTER, family_hunted)
    add(KEEP, kept_inside)
    add(SAYING, threat_said)
    add(SENT_FOR | SENDS, sent_to_his_room)
    add(LOCK_REMOVED, lock_taken_off)
    add(SHARPENS, blade_sharpened_at_her)
    add(
        (
            "kabur",
            "lari",
            "lapor",
            "melapor",
            "ngadu",
            "mengadu",
            "run",
            "escape",
            "report",
            "berhenti",
            "resign",
            "quit",
        ),
        if_she_leaves,
    )
    add(FLED, hunted)
    add(FLED | {"left"}, fled_out)
    add(PUT_OUT, left_out)
    add(INSIDE, kept_out)
    add(ON_PURPOSE, on_purpose)
    add(WOKE, woke_undressed)
    add(KNOCKS, knocked)
    add(ENDING, ended_by_act)
    add(GIVING, gave_away)
    add(("ikut",), die_along)
    add(HELD_WORDS, held_many_ways)
    add(TOUCHING, touched)
    add(MEAGRE, fed_too_little)
    add(LESSON, lesson_threatened)
    add(VANISHED, vanished)
    add(CHASE, chased)
    add(BETTER_DEAD, rather_dead)
    add(GOD, to_meet_god)
    add(("tidur", "sleep", "sleeping"), waits_for_sleep)
    add(("tidur", "sleep"), worn_out)
    add(PUNISHMENT, punished_in_body)
    add(("selesai", "beres", "berakhir"), ended_by_act)
    add(CAST_OUT, cast_out)
    add(VEINS, cut_veins)
    add(CIGARETTE, stubbed_out)
    add(RECORDING, filmed_undressed)
    add(SEX_TRADE, made_to_sell_sex)
    add(PASSED_ON, passed_around)
    add(DEBT, held_by_debt)
    add(ENDED, pregnancy_ended)
    _reach(add)  # last: they speak only where the older rules of a word said nothing
    return table


RULES = _rules()
