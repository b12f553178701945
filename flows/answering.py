"""An answer to the question asked: parsed by its input kind (or read by the understanding step
when the parser missed), accepted into its slot, or asked again kindly; evidence files."""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING, Any

from flows import absorbing, asides, asking, collecting, correcting, filing, inputs, misplaced, moving, understood_list
from flows.dialog import ENTRY_FLOW
from flows.inputs.names import is_number_only, looks_like_a_name, read_name
from flows.inputs.words import NO
from flows.proposals import propose
from flows.reading import (
    ADDRESS,
    answer_kind,
    is_thanks,
    maybe_seen,
    only_a_plea,
    only_go_on,
    own_phone,
    phone_is_checked,
    read_consent,
    read_money,
    read_yesno,
    sex_by_pronoun,
    vague_since,
)
from flows.safety_check import said_in_danger
from flows.spec import ChoiceNode, Node, SummaryNode, UnderstoodNode, YesNoNode
from flows.turn_words import (
    CONSENT_ANSWERS,
    CONSENT_YES,
    MONEY_ROLE,
    NUMBERS_FOR,
    REPORT_FLOWS,
    SAID_BY_ANOTHER,
    money_display,
)
from flows.types import NotifyMediators, RecordConsent, Reply
from flows.understand import understand
from flows.understand.said_before import points_back
from flows.who_is_near import free_to_write

if TYPE_CHECKING:
    from flows.engine import _Run

_new_tuple = tuple.__new__


#: the option id a choice question gives its own "Tidak tahu" (complaint.yaml's route and sex)
UNKNOWN_OPTION = "unknown"
#: questions whose "gk tau" / "lupa" is read as not known once their own parser read nothing
#: (choices and yes/no read it themselves; a story is never skipped this way)
_UNKNOWN_SKIPS = frozenset({"phone", "country", "province", "date", "number", "money"})
#: letters: a sentence, not a number mistyped
TOLD = re.compile(r"[^\W\d_]{2,}")
#: a sentence of at least this many words, given where something else was asked, is more of her story
A_TELLING = 5
#: a choice's number in what she typed ("1 and 3")
A_NUMBER = re.compile(r"(?<![\d.,])\d{1,2}(?![\d.,])")
#: where a clause ends: "gk tau nomornya, hpnya mati"
CLAUSE = re.compile(r"[,.;!?]")
#: the kinds of answer that are also read for what else they tell ("perorangan, di riyadh")
_ABSORBED = frozenset({"text", "country", "choice", "date", "money"})
#: questions that take a value she may decline: "gk usah", "gk ada", "no thanks" to the phone or
#: the employer's name is no value, never the value "gk usah" nor a number that cannot be read
_DECLINABLE = frozenset({"text", "phone", "country", "province", "date", "number", "money"})


def answer(run: _Run, node: Node, text: str) -> None:
    st = run.state
    kind = node.input
    if kind is None:
        # waiting on a lookup that was never answered (a host crash mid-turn): ask again
        moving.go(run, node.id)
        return
    if (
        in_report(run)
        and not isinstance(node, SummaryNode)  # (it reads corrections of its own, by line)
        and correcting.correct_in_words(run, node, text)
    ):
        return  # "eh salah, bukan saudi tp kuwait": changed (on her filed case too)
    if kind not in ("yesno", "longtext", "media") and not run.pressed and (second := correcting.taken_back(text)):
        text = second  # "mesir? eh bukan, yordania pak. amman": the answer is the second one
    if in_report(run) and not run.pressed and asks_why(text):
        # "?", "kenapa tanya itu?" to "Jenis kelamin Anda?": the question again with why we ask it
        # (never "pilihan itu tidak ada"), or, when it has no why, that it may be skipped
        if not node.why:
            run.say("common.repair_hint" if node.optional else "common.agent_hint")
        asking.ask(run, node, bump=False)
        return
    if (
        isinstance(node, ChoiceNode)
        and isinstance(not_listed := node.raw.get("unknown"), dict)
        and not run.pressed
        and inputs.normalize(text) in _NONE_OF_THESE
    ):
        # "lainnya", "yg lain" where the group's list has no "Lainnya": the group she chose, its
        # problem not listed (it was "Maaf, pilihan itu tidak ada" until she pressed Back)
        accept(run, node, not_listed["value"], run.render(str(not_listed["label"])))
        return
    if node.slot == "relation" and st.flow == "family_report" and not run.pressed and _herself(text):
        # "sy sendiri kak yg kerja", "aku" to "how are you related to the worker?": she is the
        # worker; her own report, with all she told (it was "not one of the choices")
        herself_after_all(run)
        return
    if kind == "code" and no_number(text) and moving.back_to_paused_report(run):
        return  # "blm punya nomor" to the report number, asked in the middle of her report
    if kind == "code" and node.slot == "access_code" and code_lost(run, text):
        # "kode sy hilang kak", "lupa": what she can do, once, not the same question again
        run.say_with_buttons(run.render("status.code.lost"), [("petugas", run.render("common.agent_button"))])
        moving.finish(run)
        return
    if (
        isinstance(node, ChoiceNode)
        and (is_unknown(run, text) or _unknown_then_why(run, node, text))
        # "gk ada kabar" to "what happened to the worker?": an option's own words, not "gk tau"
        and (run.pressed or asking.synonym(run, node, text) is None)
    ):
        # "gk tau", "blm tau" where the question has its own "Tidak tahu": that option, no
        # "did you mean" in between; "gk tau sy, pokoknya diurusin semua" too
        option = next((o for o in node.options if o.id == UNKNOWN_OPTION), None)
        if option is not None:
            accept(run, node, option.id, run.render(option.label))
            return
        if node.optional:
            # "gk tau" to "Bekerja di mana?", "Apa yang paling Anda harapkan?": not known, and
            # passed over (it was "Maaf, pilihan itu tidak ada")
            accept(run, node, None, run.render("common.unknown"))
            return
        other = next((o for o in node.options if o.id == OTHER_OPTION), None)
        if other is not None and is_unknown(run, text):
            # "gk tau" to "Masalahnya tentang apa?": "Lainnya", and her story tells the staff
            accept(run, node, other.id, run.render(other.label))
            return
        not_known = node.raw.get("unknown")
        if isinstance(not_known, dict) and is_unknown(run, text):
            # "dont know" to which problem about money: "Lainnya", the group she chose kept (it
            # was "not one of the choices" until she gave up, and nothing was filed)
            accept(run, node, not_known["value"], run.render(str(not_known["label"])))
            return
    if kind not in ("longtext", "media") and not isinstance(node, SummaryNode) and just_a_moment(text):
        run.say("common.wait_ok")  # "sebentar ya kak" to the city question: not a city; "ntar" to Ya/Tidak
        return
    if kind == "phone" and misplaced.own_number_at_someone_elses(run, node, text):
        return
    if kind == "phone" and in_report(run) and misplaced.place_at_phone(run, node, text):
        return  # "dubai marina" to the worker's number: her place, kept as the city
    if (
        node.optional
        and not any(c.isdigit() for c in text)
        and (
            (kind == "phone" and (misplaced.declined_first(text) or misplaced.phone_held(text)))
            or (kind == "text" and len(text.split()) > 2 and misplaced.DONT.match(text) is not None)
        )
    ):
        # "gk ada, nomornya udh mati", "gk usah telpon nanti ketauan", "anak sy udh gk ada pak, hp
        # nya jg dipegang majikan", "blm ada majikan kan blm berangkat": nothing to give; the
        # rest is kept with her story, as words only ("telpon" is no lost contact)
        if in_report(run) and len(text.split()) > 2 and not inputs.is_skip(text):
            # ("i dont know" said nothing more: it was added to her story for the staff)
            absorbing.keep_words(run, text)
            absorbing.place_she_did_not_know(run, text)
        accept(run, node, None, "-")
        return
    if kind == "phone" and (number := PHONE_IN_TEXT.search(text)) and number.group().strip() != text.strip():
        # "gk ada hp sendiri, pake hp temen 0178889900": the number in her sentence is the answer,
        # and the sentence is kept with her story (whose phone it is matters to the staff)
        if in_report(run):
            absorbing.absorb(run, text, node, story=True)
        text = number.group()
    if (
        node.optional
        and kind not in ("longtext", "media")
        and (
            inputs.is_skip(text)
            or (kind == "phone" and inputs.is_chat_only(text))
            # "lanjut" to "may someone see your phone?": go on, not a Yes (it turned discreet
            # mode on, and her chat began to vanish); "continue" to the employer's name was filed
            # as the name, "lanjut" there was "kami belum menangkap"
            or (not isinstance(node, ChoiceNode) and only_go_on(text))
        )
        and not (isinstance(node, YesNoNode) and answer_kind(text) == "no")  # "tdk ada" to "anyone?": No
    ):
        accept(run, node, None, run.render("common.unknown") if is_unknown(run, text) else "-")
        return
    if (
        not node.optional
        and isinstance(node, ChoiceNode)
        and node.slot not in (None, "consent")
        and in_report(run)
        and not any("skip" in option.answers for option in node.options)  # "Cukup sampai sini" takes it
        and inputs.is_skip(text)
        and not run.pressed
    ):
        # "lewati" to "who is reporting?": this one cannot be passed over; saying so is kinder
        # than "pilihan itu tidak ada", said again each time she tried
        miss(run, node, "needed")
        return
    if (
        kind == "text"
        and not node.optional
        and not run.pressed
        and len(text.split()) <= 2
        and answer_kind(text) in ("yes", "no")
    ):
        miss(run, node, "yes_not_an_answer")  # "yes" to "the name of your organisation?": no name
        return
    if (
        kind == "phone"
        and not run.pressed
        and len(text.split()) <= 2
        and (answer_kind(text) == "yes" or text.lower().strip(" .!") in _HAVE_ONE)
    ):
        # "yes", "iya kak" to "a number the staff can call?": she has one; asked for it kindly
        # ("cannot read that number" before)
        miss(run, node, "yes_a_number")
        return
    if node.optional and kind == "text" and is_unknown(run, text):
        # "gk tau", "lupa namanya" to the name question: not a name
        unknown_then(run, node, text)
        return
    if (
        kind == "text"
        and node.raw.get("phone_slot")
        and is_number_only(text)
        and misplaced.number_at_name(run, node, text)
    ):
        return
    if kind == "text" and node.slot in misplaced.PLACES and in_report(run) and misplaced.at_place(run, node, text):
        return  # a name, the way she went or a time typed where the place was asked: kept there
    if kind == "country" and in_report(run) and not run.pressed and misplaced.name_at_country(run, node, text):
        return  # "Mary Ann" to "which country?": her name, kept; the country asked again
    if kind == "country" and st.slots.get("at_sea") and not run.pressed and in_report(run):
        found = absorbing.read(run, text)
        if found.at_sea and found.country is None:
            # "di laut, kapalnya dekat fiji" at a ship's country: at sea, its flag not known
            absorbing.absorb(run, text, node, story=True)
            accept(run, node, None, run.render("common.at_sea", near=str(st.slots.get("near_display") or "")))
            return
    if kind == "text" and node.raw.get("holds") == "number" and not any(c.isdigit() for c in text):
        # "paspor dipegang majikan kak", "paspor sy ada sama sy" to "passport number?": no
        # number, but what she says of it is kept with her story (and read), and the question is
        # not asked again
        if in_report(run):
            absorbing.absorb(run, text, node, story=len(text.split()) >= 2)
        accept(run, node, None, "-")
        return
    said = answer_kind(text) if node.optional and kind in _DECLINABLE else None
    if said == "skip" and kind == "text" and len(text.split()) > 1 and in_report(run):
        found = absorbing.read(run, text)
        if found.route or found.agency:
            said = None  # "lewat calo" to "lewat PT atau agen apa?": the way she went, not "lewati"
    if said in ("no", "skip", "done"):
        # "gk usah", "gk ada", "tidak", "no thanks": she declines; nothing is stored
        accept(run, node, None, "-")
        return
    if (
        kind == "phone"
        and isinstance(slot := node.raw.get("name_slot"), str)
        and looks_like_a_name(text)
        and said is None
    ):
        if not st.slots.get(slot):
            # "Sri Wahyuni" to the phone question, her name not asked yet: kept as her name
            st.slots[slot] = st.slots[f"{slot}_display"] = text.strip()
            run.say("common.name_noted")
            asking.ask(run, node, bump=False)
            return
    if said == "yes" and kind == "text":
        # "ok", "iya" to "the employer's name?": not a name; asked again, with Lewati ("kan sdh sy
        # tulis tadi": she told it, and we did not find it; said so)
        pointed = in_report(run) and not run.pressed and points_back(inputs.normalize(text).split())
        miss(run, node, "pointed_back" if pointed else "not_an_answer")
        return
    hides = isinstance(node, YesNoNode) and (node.raw.get("discreet_if_yes") or node.raw.get("discreet_if_no"))
    if hides and not run.pressed and phone_is_checked(text):
        # "iya hp sy dicek", "kadang2 majikan ambil hp sy buat dicek": someone sees her phone;
        # the chat goes discreet (it was read as "safe", or kept as a note and asked again)
        value = bool(node.raw.get("discreet_if_yes"))
        absorbing.absorb(run, text, node)
        accept(run, node, value, run.render("common.yes" if value else "common.no"))
        return
    if isinstance(node, YesNoNode) and node.raw.get("discreet_if_yes") and not run.pressed and own_phone(text):
        # "hp sy sendiri", "my own phone": nobody else holds it ("mohon jawab Ya atau Tidak" before)
        absorbing.absorb(run, text, node)
        accept(run, node, False, run.render("common.no"))
        return
    if isinstance(node, YesNoNode) and node.raw.get("discreet_if_yes") and not run.pressed and maybe_seen(text):
        # "mungkin", "kadang2": someone may see her phone, so the chat is cleared
        accept(run, node, True, run.render("common.yes"))
        return
    if isinstance(node, YesNoNode) and node.raw.get("discreet_if_yes") and inputs.normalize(text) in _AGREED:
        # "setuju" sent twice: the second is the consent again, not "yes, someone sees my phone"
        miss(run, node, None)
        return
    if not run.pressed and (explained := _EXPLAINED.get(node.id)) and _what_is_meant(text):
        # "maksudnya gimana?" to "Kami catat dari cerita Anda ... Benar?", "emang kenapa kak?" to
        # "may someone see your phone?": what the question means, then the question (it was
        # "sudah kami catat untuk petugas", or "mohon jawab Ya atau Tidak")
        run.say(explained)
        asking.ask(run, node, bump=False)
        return
    if isinstance(node, SummaryNode | UnderstoodNode) and not run.pressed and only_a_plea(text):
        miss(run, node, "plea")  # "tolong dibantu ya kak": not "kami belum paham", nor noted for the staff
        return
    if isinstance(node, SummaryNode):
        filing.answer_summary(run, node, text)
        return
    if isinstance(node, UnderstoodNode):
        understood_list.answer_understood(run, node, text)
        return
    if kind in ("longtext", "media"):
        collecting.answer_collecting(run, node, text)
        return
    at_menu = isinstance(node, ChoiceNode) and st.flow == ENTRY_FLOW
    if at_menu and not run.pressed and len(text.split()) > 1 and absorbing.to_status(run, text):
        return  # "I want to check my report status": no "do you mean ...?" in between
    names = node.raw.get("holds") == "name" or node.slot == "agency"  # "gk tau lewat PT apa, ...": not the agency
    if kind == "text" and names and node.optional and unknown_name(run, node, text):
        return  # (her own name is never unknown to her: there "gk tau, ..." answers something else)
    if not run.pressed and numbers_asked(run, text):
        # "emergency number please" at the menu (it was the Emergency help button), "minta nomor
        # penting kak" at a question (it was refused as a name, or filed as one): the numbers
        if not at_menu:
            asking.reask(run)
        return
    if (
        kind == "text"
        and node.slot == "employer_name"
        and in_report(run)
        and misplaced.agency_at_employer(run, node, text)
    ):
        return
    if kind == "text" and node.raw.get("holds") == "name" and in_report(run) and misplaced.at_name(run, node, text):
        return  # the way she went, a town or a time typed where a name was asked: kept there
    parsed = parse(run, node, text)
    if parsed.ok and isinstance(node, ChoiceNode) and len(text.split()) >= 4 and in_report(run) and not run.pressed:
        if asking.synonym(run, node, text) is None and _option_her_words_tell(run, node, text) == parsed.value:
            absorbing.keep_words(run, text)  # a sentence that answers the question tells the staff more too
    if not parsed.ok and in_report(run) and parsed.error != "too_long":
        understood = from_words(run, node, text)
        parsed = understood if understood.ok else parsed
    if not parsed.ok and node.optional and answer_kind(text) == "done" and moving.end_after_filing(run):
        return  # "cukup", "udah itu aja" at the questions after filing: no more of them
    if not parsed.ok and kind == "money" and in_report(run) and wages_of_a_time(run, text):
        # "3 months salary", "gaji 4 bln": owed as so many months of her wage; in her words for
        # the staff, who know or ask the wage (it was "we cannot read that amount")
        absorbing.keep_words(run, text)
        accept(run, node, None, text.strip())
        return
    if not parsed.ok and node.optional and kind == "date" and _AHEAD.search(text) and len(text.split()) <= 8:
        # "kontrak habis bulan depan" to "since when?": a time still ahead, a true answer kept in
        # her words ("tanggal itu tidak bisa kami baca (atau masih di masa depan)" before)
        accept(run, node, None, text.strip())
        return
    if not parsed.ok and node.optional and kind == "date" and vague_since(text):
        # "dr awal kerja", "sejak awal": a true answer with no date in it, kept in her words
        accept(run, node, None, text.strip())
        return
    if not parsed.ok and node.optional and kind in _UNKNOWN_SKIPS and unknown_first(run, text):
        # "gk ingat", "lupa nomornya" to the phone question: nothing to read, and she may not know
        unknown_then(run, node, text)
        return
    if not parsed.ok and at_menu and not run.pressed and absorbing.ask_follow_up(run, text):
        return  # soon after a filing: more for that report, or a new one?
    if not parsed.ok and not run.pressed and node.raw.get("free_text") == "follow_up":
        if absorbing.more_for_a_case_seen(run, text):
            return
    if not parsed.ok and at_menu and is_thanks(text):
        run.say("menu.thanks")  # "ok makasih kak" after her report: no menu thrown at her
        return
    if not parsed.ok and at_menu and absorbing.to_status(run, text):
        return  # "eha3gve" typed at the menu: that report's status
    if not parsed.ok and at_menu and numbers_asked(run, text):
        return  # "minta nomor penting, sy di malaysia": the numbers, not a report
    if not parsed.ok and at_menu and absorbing.start_report(run, text):
        return  # a sentence where the menu was expected: the story has begun
    fallback = node.raw.get("fallback") if isinstance(node, ChoiceNode) else None
    if not parsed.ok and fallback and len(text.split()) >= (3 if at_menu else 2):  # "halo kak" is no report
        assert isinstance(node, ChoiceNode)
        option = next(o for o in node.options if o.id == fallback)
        parsed = inputs.Parsed(True, option.id, run.render(option.label))
        if in_report(run):
            absorbing.keep_words(run, text)  # "sy pengen majikan minta maaf": "Lainnya", in her words
    if not parsed.ok:
        if not run.pressed and answer_kind(text) == "done" and _story_just_left(run):
            # "selesai" as she was told to end her story, which a cry had just cut short: it is
            # kept; the question that came instead is asked again, no "mohon jawab Ya atau Tidak"
            run.say("common.story_kept")
            asking.ask(run, node, bump=False)
            return
        if in_report(run) and not run.pressed and only_a_plea(text):
            miss(run, node, "plea")  # "tolong dibantu ya kak": a kind word, the question again (no "Ya atau Tidak")
            return
        if in_report(run) and not run.pressed and points_back(inputs.normalize(text).split()):
            miss(run, node, "pointed_back")  # "kan udh sy bilang td": told, and not found; said so
            return
        if node.slot == "consent" and not run.pressed and asides.watched_at_consent(run, text):
            return
        if in_report(run) and not run.pressed and len(text) > 3:
            # "sy di hongkong" to "can you write safely?": not the answer, but told once
            # all the same, and never asked again; a sentence ("di rumah majikan, dkt masjid" to
            # the phone question) is kept with her story, so that nothing she wrote is lost (a
            # long one too: 4,000 characters about her employer where his name was asked)
            # "1 and 3", "both 1 and 3 please" are choices she tried, not her story
            told = len(TOLD.findall(text)) >= 3 and not (isinstance(node, ChoiceNode) and misplaced.choices_tried(text))
            # "agennya PT Sumber Rejeki" at "more questions?" after filing: more for her case, kept
            told = told or (node.slot == "_more" and len(text.split()) >= 2)
            told = told and not only_a_plea(text)  # "tolong dibantu ya kak" tells the staff nothing new
            offered = misplaced.suggested_before(run, node)
            before = len(st.slots)
            # (a value once unknown counts as new: "Negara: tidak tahu (timur tengah)", then "dubai")
            known = {k for k, v in st.slots.items() if not k.startswith("_") and v is not None}
            absorbing.absorb(run, text, node, story=told)
            if node.slot == "consent" and (told or len(st.slots) > before or understood_list.a_piece(text)):
                # "udh 4 bln", "sy di jeddah": her story in pieces before she agreed; each piece
                # kept with it, and the consent asked in one short line, not its whole text again
                if not told:
                    absorbing.absorb(run, text, None, story=True)
                run.say_with_buttons(run.render("complaint.consent.again"), asking.buttons(run, node))
                return
            if offered is not None:
                # the list she was shown keeps its numbers: "3" typed again means what it did
                st.slots[offered[0]] = offered[1]
            if (
                isinstance(node, ChoiceNode)
                and node.invalid is None
                and not misplaced.a_telling(text)
                and absorbing.read(run, text).own_name
            ):
                # "nama sy Sulastri" at "Jenis kelamin Anda?": her name noted, the question again
                # ("Maaf, pilihan itu tidak ada" read as if she had typed nonsense)
                run.say("common.name_noted")
                asking.ask(run, node, bump=False)
                return
            # ("udh 3 bln" to the phone question: the time is kept, the number still asked; "dubai
            # kayanya" to "when did you last hear from her?": the place kept, not "cannot read that date")
            noted = (isinstance(node, YesNoNode | ChoiceNode) or kind in ("phone", "date")) and _noted(st.slots, known)
            if node.invalid is None and ((told and (misplaced.a_telling(text) or node.slot == "_more")) or noted):
                # more of her story where a number was asked, "sy di riyadh" to "can someone see
                # your phone?": thanked for and kept, not called unreadable
                miss(run, node, "told")
                return
        if isinstance(node, ChoiceNode) and misplaced.several_choices(text, len(node.options)):
            miss(run, node, "several")  # "2 dan 5": one at a time, the others in her words
            return
        if at_menu and not run.pressed:
            absorbing.keep_before_report(run, text)  # "majikan galak": kept for the report it leads to
        miss(run, node, parsed.error)
        return
    as_shown = kind == "choice" and inputs.normalize(text) == inputs.normalize(parsed.display or "")
    if kind == "text" and node.slot == "agency" and in_report(run) and not run.pressed and only_an_agency_word(text):
        # "agency", "pt", "lewat agen" to "which agency (PT)?": one went with her, unnamed (it
        # was filed as the agency's name, "Agency: agency"); the way she went is the flow's
        # own answer for a PT, the official route
        route = run.flow.nodes.get("route")
        if isinstance(route, ChoiceNode) and not st.slots.get("route"):
            option = next((o for o in route.options if o.id == "procedural"), None)
            if option is not None:
                st.slots["route"], st.slots["route_display"] = option.id, run.render(option.label)
        accept(run, node, None, "-")
        return
    # a name typed alone is only a name: "Mei Lestari", "Juni" are no months ("Sejak: Mei 2026" was filed)
    only_a_name = node.raw.get("holds") == "name" and inputs.normalize(str(parsed.value or "")) == inputs.normalize(
        text
    )
    if in_report(run) and not run.pressed and kind in _ABSORBED and len(text) > 3 and not as_shown and not only_a_name:
        # (an option typed as shown says nothing more: "gaji dan uang" is the group, not unpaid wages)
        absorbing.absorb(run, text, node)
        if kind == "text" and node.slot == "agency":
            # "lwt PT Maju Jaya, resmi": the agency's name, the route read beside it
            named = propose(absorbing.read(run, text), run.now.date()).get("agency")
            if isinstance(named, str) and named:
                parsed = inputs.Parsed(True, named, named)
            elif absorbing.read(run, text).route and len(text.split()) <= _JUST_A_WAY:
                # "lewat calo", "resmi lwt PT": the way she went (read above), no agency named
                accept(run, node, None, "-")
                return
        if kind == "text" and node.slot == "city" and len(text.split()) <= _JUST_A_PLACE:
            # "taichung", "di kl": the place as it is written ("Taichung", "Kuala Lumpur"); a longer
            # answer ("jeddah, distrik al rawdah") is kept as she wrote it, every detail in it
            place = absorbing.read(run, text).city
            if place:
                parsed = inputs.Parsed(True, place, place)
        elif kind == "text" and node.slot == "city":
            # "kuala lumpur, nama sy siti aminah, majikan puan lim": the place, and the name and the
            # employer each in its own slot (the whole sentence was the city)
            found = absorbing.read(run, text)
            if found.city and (found.own_name or found.employer_name or found.phone or found.worker_name):
                parsed = inputs.Parsed(True, found.city, found.city)
    if parsed.confirm:
        st.pending = {"kind": "confirm_value", "value": parsed.value, "display": parsed.display or ""}
        asking.ask_pending(run)
        return
    display = parsed.display if parsed.display is not None else str(parsed.value)
    rest = node.raw.get("rest_slot") if kind == "province" else None
    if isinstance(rest, str) and "," in text:
        # "NTB, lombok timur": the regency beside it is kept, and not asked for again
        parts = [p.strip() for p in text.split(",") if p.strip()]
        others = [p for p in parts if not inputs.parse_province(p).ok or inputs.regency_in(p)]
        if others and not st.slots.get(rest):
            st.slots[rest] = st.slots[f"{rest}_display"] = ", ".join(others)
    elif isinstance(rest, str) and not st.slots.get(rest) and (regency := inputs.regency_in(text)):
        # "tegal", "cianjur jawa barat": the province it is in, and the regency itself
        st.slots[rest] = st.slots[f"{rest}_display"] = regency
    accept(run, node, parsed.value, display)


#: a part of the world, not a country: what a family may know of where she went
_REGION = re.compile(
    r"\b(?:timur\s+tengah|timteng|middle\s+east|luar\s+negeri|luar\s+negri|ln|asia(?:\s+\w+)?|eropa|europe|"
    r"afrika|africa|amerika|america|negara\s+arab|teluk|gulf)\b",
    re.IGNORECASE,
)
#: "kenapa tanya itu?", "buat apa?", "why do you ask": a question about the question
_WHY = re.compile(
    r"^\s*(?:\?+|(?:kenapa|knp|napa|mengapa|why)\s+(?:(?:harus\s+)?(?:tanya|nanya|ditanya|tny|ask|asking)\w*"
    r"|do\s+you\s+(?:ask|need))\b.*|(?:buat|untuk|utk|for)\s+apa\s*\??\s*|what\s+for\s*\??\s*)$",
    re.IGNORECASE,
)


def asks_why(text: str) -> bool:
    return len(text.split()) <= 6 and bool(_WHY.match(text.strip()))


def _noted(slots: dict[str, Any], known: set[str]) -> bool:
    """Whether her words filled a value that was not known before (a place, a time, a problem)."""
    return any(
        not k.startswith("_") and not k.endswith("_display") and k not in known and v is not None
        for k, v in slots.items()
    )


#: the consent's own words: no answer to the question that follows it
_AGREED = frozenset({"setuju", "sy setuju", "saya setuju", "aku setuju", "ok setuju", "agree", "i agree"})
#: the questions whose meaning is said when she asks what they mean
_EXPLAINED = {"understood": "common.explain_understood", "discreet": "common.explain_discreet"}
#: "maksudnya gimana?", "emang kenapa kak?", "buat apa?", "what do you mean?": what is the question for
_WHAT_IS_MEANT = re.compile(
    r"^(?:(?:emang|memang|terus|trus|lho|loh|lha)\s+)?(?:maksud(?:nya)?|kenapa|knp|napa|buat\s+apa|utk\s+apa|untuk\s+apa|"
    r"apa\s+maksudnya|gimana|gmn|bagaimana|why|what\s+do\s+you\s+mean|what\s+for|what\s+is\s+this|meaning)\b"
)


def _what_is_meant(text: str) -> bool:
    said = inputs.normalize(text)
    return len(said.split()) <= 6 and _WHAT_IS_MEANT.match(said) is not None


#: "sy sendiri kak yg kerja", "aku", "myself": the writer is the worker
_HERSELF = re.compile(
    r"^(?:(?:ini|yg|yang)\s+)?(?:sy|saya|aku|aq|gw|gue|ane|me|myself|i\s+am|im)(?:\s+sendiri)?"
    r"(?:\s+(?:kak|ka|mbak|mba|pak|bu|min))?(?:\s+(?:yg|yang)\s+(?:kerja|bekerja|pekerja(?:nya)?)|\s+pekerja(?:nya)?|"
    r"\s+the\s+worker|\s+sendiri)?$"
)


def _herself(text: str) -> bool:
    return _HERSELF.match(inputs.normalize(text)) is not None


def herself_after_all(run: _Run) -> None:
    """The family's report turned into her own: what she told is kept, and the questions go on
    from where her own report would be (no question asked twice)."""
    st = run.state
    st.flow = "complaint"
    st.history = []
    for slot in ("relation", "relation_display"):
        st.slots.pop(slot, None)
    st.slots["reporter_kind"] = "self"
    st.slots["reporter_kind_display"] = run.render("complaint.reporter_kind.self")
    run.say("common.own_report")
    moving.go(run, run.flow.start)


#: "none of these": another problem than those listed
_NONE_OF_THESE = frozenset({"lainnya", "lain", "lain2", "lain lain", "yg lain", "yang lain", "lainnya kak", "lain kak",
                            "masalah lain", "other", "others", "something else", "none", "none of these",
                            "gk ada yg cocok", "ga ada yg cocok", "tidak ada yang cocok",
                            "gak ada yg cocok"})  # fmt: skip
#: "I have one", said to the phone question without the number
_HAVE_ONE = frozenset({"punya", "punya kak", "ada dong", "i have", "have", "i have one"})
#: a phone number written inside a sentence: at least eight digits, spaces or dashes between
PHONE_IN_TEXT = re.compile(r"\+?\d[\d\s\-]{6,}\d")
#: at most this many words, an answer to the agency question that names only a way ("lewat calo")
_JUST_A_WAY = 4
#: at most this many words, a city answer that names a known place is that place
_JUST_A_PLACE = 3


#: a time still ahead: "bulan depan", "2 minggu lagi", "next month", "in 3 weeks"
_AHEAD = re.compile(
    r"\b(?:bulan|bln|minggu|mgg|tahun|thn|hari)\s+(?:depan|dpn)\b|\bnext\s+(?:month|week|year)\b"
    r"|\b(?:bulan|bln|minggu|mgg|hari|month|months|weeks|days)\s+lagi\b|\bin\s+\d+\s+(?:months?|weeks?|days?)\b",
    re.IGNORECASE,
)
#: a second number after a phone number ("siang2" has none: a reduplication)
ANOTHER_NUMBER = re.compile(r"\d{3,}")
#: "blm punya nomor", "i don't have": no report number (yet)
_NO_NUMBER_NEG = frozenset({"blm", "belum", "gk", "ga", "gak", "tidak", "tdk", "nggak", "ngga", "enggak", "no", "dont",
                            "don", "not", "lom", "durung"})  # fmt: skip
_HAVE = frozenset({"punya", "ada", "have", "got", "dapat", "dapet", "dpt", "nomor", "number"})


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


#: "sebentar ya kak", "bntr", "wait": she asks for a moment; with the words around such a request
_A_MOMENT = frozenset({"sebentar", "bentar", "bntr", "sbntr", "sebentr", "tunggu", "tunggu2", "wait", "moment", "ntar",
                       "entar", "ntr", "nanti"})  # fmt: skip
_AROUND_A_MOMENT = ADDRESS | frozenset({"ya", "yah", "dulu", "dl", "please", "pls", "a", "one", "ok", "oke", "y"})


def just_a_moment(text: str) -> bool:
    """A request to wait and nothing else ("sebentar ya kak"): it was filed as her city."""
    words = set(inputs.normalize(text).split())
    return bool(words & _A_MOMENT) and words <= _A_MOMENT | _AROUND_A_MOMENT


def no_number(text: str) -> bool:
    """She says she has no report number, or does not know it."""
    if answer_kind(text) in ("no", "unknown", "skip"):
        return True
    words = inputs.normalize(text).replace("'", " ").split()
    return any(w in _NO_NUMBER_NEG and _HAVE.intersection(words[k + 1 : k + 4]) for k, w in enumerate(words))


def in_report(run: _Run) -> bool:
    return run.state.flow in REPORT_FLOWS


def unknown_then(run: _Run, node: Node, text: str) -> None:
    """ "gk tau" and maybe more: "gk tau, di sabah" is not sure, but what follows the first
    clause answers the question (a place, a number); else the answer is unknown and anything
    more she wrote is kept with her story."""
    rest = CLAUSE.split(text, maxsplit=1)[1:]
    after = rest[0].strip() if rest else ""
    if after and len(after.split()) <= 4 and not is_unknown(run, after):
        parsed = parse(run, node, after)
        if parsed.ok and parsed.value is not None:
            answer(run, node, after)  # read as if she had written only that
            return
    if after and in_report(run):
        absorbing.absorb(run, text, node, story=True)
    accept(run, node, None, run.render("common.unknown"))


#: what asks for the numbers to call, in a sentence ("minta nomor kbri di hongkong")
_ASKS_NUMBERS = re.compile(
    r"\b(?:nomor|nomer|no|nmr|kontak|telp|telepon|number|numbers|contact)\s+(?:\w+\s+)?"
    r"(?:penting|darurat|kbri|kjri|kdei|kedutaan|konsulat|polisi|embassy|emergency|important|hotline)\b"
    r"|\b(?:kbri|kjri|kdei|kedutaan|konsulat|embassy|consulate)\s+(?:\w+\s+)?"
    r"(?:nomor|nomer|no|number|phone|telp|telepon|kontak|contact|hotline)\b"
    r"|\b(?:emergency|important|hotline|helpline|police|embassy|consulate)\s+(?:\w+\s+)?"
    r"(?:numbers?|contacts?|phones?|lines?)\b"
    r"|\bhotlines?\b|\bhelplines?\b"
    # "can i have the numbers for help in saudi", "nomor buat minta bantuan", "who can i call"
    r"|\b(?:numbers?|nomor|nomer|nmr)\s+(?:for|of|to\s+call\s+for|buat|utk|untuk)\s+(?:minta\s+)?(?:help|bantuan|tolong)\b"
    r"|\bnumbers?\s+to\s+call\b|\bwho\s+(?:can|should|do)\s+i\s+call\b",
    re.IGNORECASE,
)


def asks_for_numbers(text: str) -> bool:
    """ "emergency numbers please", "minta nomor kbri": a short message that asks for numbers."""
    return len(text.split()) <= 14 and _ASKS_NUMBERS.search(text) is not None


def numbers_asked(run: _Run, text: str) -> bool:
    """ "minta nomor penting, sy di malaysia", "no kbri hongkong brp?": the numbers for the country
    named (it began a report, "Terima kasih sudah bercerita", and gave no number). Not when a
    problem is told with it: that is a report, whose first reply has the numbers when it is urgent."""
    if not asks_for_numbers(text):
        return False
    found = absorbing.read(run, text)
    # the rest of what she wrote tells no problem ("no telp kbri riyadh": the phone words alone read
    # as lost contact; "anak sy gk bisa dihubungi, minta nomor kbri" is a report)
    rest = absorbing.read(run, _ASKS_NUMBERS.sub(" ", text))
    if set(rest.categories) - {"lainnya"} or found.danger is not None:
        return False
    if found.country:
        run.state.slots[NUMBERS_FOR] = found.country
    run.say("common.hotlines")
    return True


def unknown_name(run: _Run, node: Node, text: str) -> bool:
    """ "gk tau namanya, pokoknya orang arab" to the employer's name: not known (the first words
    were filed as the name), what follows kept with her story; "gk tau nama lengkapnya, Yuli aja"
    gives the name after it."""
    if (node.slot == "worker_name" and run.state.flow == "complaint") or not unknown_first(run, text):
        return False
    rest = CLAUSE.split(text, maxsplit=1)[1:]
    after = rest[0].strip() if rest else ""
    if after and read_name(after) is not None and len(after.split()) <= 4:
        answer(run, node, after)
        return True
    agency = absorbing.read(run, text).agency if node.slot == "agency" and after else None
    if agency:
        # "gk tau namanya, PT Sinar Abadi kalo gk salah": the name she gives after all
        absorbing.keep_words(run, text)
        accept(run, node, agency, agency)
        return True
    if after and in_report(run):
        absorbing.absorb(run, text, node, story=True)
    accept(run, node, None, run.render("common.unknown"))
    return True


_LOST = frozenset({"hilang", "ilang", "lupa", "lost", "forgot", "forget", "gada", "hapus", "kehapus", "terhapus"})


def code_lost(run: _Run, text: str) -> bool:
    """ "kode sy hilang kak", "lupa", "gk tau kodenya": she has no code to type."""
    if any(ch.isdigit() for ch in text):
        return False
    return bool(_LOST & set(inputs.normalize(text).split())) or unknown_first(run, text)


def is_unknown(run: _Run, text: str) -> bool:
    parsed = read_yesno(text)
    return parsed.ok and parsed.value is None


#: the option for a problem none of the others names
OTHER_OPTION = "lainnya"


def _unknown_then_why(run: _Run, node: ChoiceNode, text: str) -> bool:
    """ "gak tau mbak sy cm ikut aja" to "lewat jalur resmi?": she does not know, and says why; a
    choice that has its own "Tidak tahu" (it was kept as a note and the question asked again)."""
    if not any(o.id == UNKNOWN_OPTION for o in node.options) or len(text.split()) < 3:
        return False
    return unknown_first(run, text) and asking.synonym(run, node, text) is None


def unknown_first(run: _Run, text: str) -> bool:
    """ "gk tau nomornya, hpnya mati", "tidak tahu nomor hp nya krn hilang": she does not know,
    and says why. Read from the start of what she wrote (its first clause, or its first two or
    three words), and never when it holds a digit (a number may follow)."""
    if is_unknown(run, text):
        return True
    if any(ch.isdigit() for ch in text):
        return False
    words = CLAUSE.split(text, maxsplit=1)[0].split()
    return any(is_unknown(run, " ".join(words[:n])) for n in (len(words), 3, 2) if 0 < n <= len(words))


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
    if value is None and node.input == "date" and len(text) <= 2 * SHORT_REPLY:
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
    return inputs.Parsed(True, value, absorbing.display_of(run, node.slot, value))


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
    return node.input in _PLAIN_KINDS and parse(run, node, text).ok


def _option_her_words_tell(run: _Run, node: ChoiceNode, text: str) -> str | None:
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
        if synonym is None and node.slot and len(text.split()) >= 2 and in_report(run):
            synonym = _option_her_words_tell(run, node, text)
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
        if not parsed.ok and raw.get("unknown_ok") and (is_unknown(run, text) or inputs.is_skip(text)):
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


def _story_just_left(run: _Run) -> bool:
    """The question before this one was her story, told and not ended with "selesai"."""
    st = run.state
    if len(st.history) < 2 or st.history[-2] not in run.flow.nodes:
        return False
    before = run.flow.node(st.history[-2])
    return before.input == "longtext" and bool(before.slot and st.slots.get(before.slot))


def miss(run: _Run, node: Node, error: str | None) -> None:
    """A kind, short repair: one line saying what was not understood, then the question again.
    From the second miss the line carries an example and the question offers "Lewati" (when
    it may be skipped) and "Bicara dengan petugas" as buttons. Never more than two messages."""
    st = run.state
    if error not in ("told", "plea"):
        st.misses += 1
    if st.misses >= 3 and _may_pass(run, node):
        # "ok", "ok", "ok" to "which route did you leave by?": a question that may be skipped is
        # not asked a fourth time (it looped seven times), and nothing she wrote is lost
        run.say("common.skipped_after_misses")
        accept(run, node, None, "-")
        return
    lines = []
    if isinstance(node, SummaryNode) and error != "plea":
        # the summary repeats its own instructions; one short line says she was read
        lines.append(run.render("summary.unclear"))
    else:
        said = node.invalid or f"common.invalid.{node.input}"
        if error in (
            "too_long",
            "not_an_answer",
            "a_number",
            "told",
            "no_name",
            "several",
            "pointed_back",
            "plea",
            "needed",
            "yes_not_an_answer",
            "yes_a_number",
        ):
            said = f"common.{error}"
        lines.append(run.render(said))
    if st.misses >= 2:
        if node.example:
            lines.append(run.render("common.example_intro") + " " + run.render(node.example))
        lines.append(run.render("common.repair_hint" if node.optional else "common.agent_hint"))
    if lines:
        run.replies.append(_new_tuple(Reply, ("\n".join(lines), (), False, False)))
    asking.ask(run, node, bump=False)


def _may_pass(run: _Run, node: Node) -> bool:
    """An optional question of a report, asked for a value (not the consent, a list to confirm,
    the story or the summary): after three misses it is passed over."""
    return (
        node.optional
        and node.slot is not None
        and node.slot != "consent"
        and in_report(run)
        and not isinstance(node, SummaryNode | UnderstoodNode)
        and node.input not in ("longtext", "media")
    )


def accept(run: _Run, node: Node, value: Any, display: str) -> None:
    st = run.state
    assert node.slot is not None
    if isinstance(node, ChoiceNode) and isinstance(value, str) and value.startswith(asking.SUGGESTED):
        accept_suggested(run, node, value.removeprefix(asking.SUGGESTED), display)
        return
    st.slots[node.slot] = value
    st.slots[f"{node.slot}_display"] = display
    st.misses = 0
    if isinstance(node, ChoiceNode):
        for opt in node.options:
            if opt.id == value:
                for cleared in opt.clears:
                    st.slots.pop(cleared, None)
                    st.slots.pop(f"{cleared}_display", None)
                if opt.value is not None:
                    st.slots[node.slot] = opt.value
    if isinstance(node, YesNoNode) and value is True and node.raw.get("urgent_if_yes"):
        st.urgent = True
    if isinstance(node, YesNoNode) and node.raw.get("discreet_if_yes") and isinstance(value, bool):
        st.discreet = value
    if isinstance(node, YesNoNode) and node.raw.get("discreet_if_no") and value is False:
        st.discreet = True
    if node.slot == "country":
        absorbing.numbers_for_her_country(run)
    if node.slot == "category":
        chose_category(run, value)
    if node.slot == "_more" and isinstance(node, ChoiceNode):
        moving.keep_rest_for_later(run, node, value)
    if node.slot == "consent" and value in CONSENT_ANSWERS:
        given = str(value).lower() in CONSENT_YES
        if given:
            st.slots["_consent_at"] = run.now.isoformat()
        run.effects.append(RecordConsent(run.dialog.settings.consent_version, run.now, given))
    moving.go(run, moving.next_of(run, node, value))


def accept_suggested(run: _Run, node: ChoiceNode, value: str, display: str) -> None:
    """A suggestion taken ("Penipuan kerja" offered before the groups): it fills the slot the
    suggestion names (the category) and the question is answered; on to the node's own next."""
    st = run.state
    assert node.slot is not None
    target = str(node.raw["suggest"]["slot"])
    st.slots[target] = value
    st.slots[f"{target}_display"] = display
    if node.slot != target:  # the complaint flow's group question: answered by the suggestion
        st.slots[node.slot] = asking.SUGGESTED.rstrip("_")
        st.slots[f"{node.slot}_display"] = display
    st.misses = 0
    if target == "category":
        chose_category(run, value)
    ret = st.return_to
    if ret and ret.get("slot") == target:
        # a correction from the summary, or a question the urgent path left for later: back there
        st.return_to = None
        moving.go(run, str(ret["node"]))
        return
    moving.go(run, moving.next_of(run, node))


def chose_category(run: _Run, value: Any) -> None:
    """Trafficking or violence chosen from the list is danger too: help first, urgently."""
    st = run.state
    if value in run.flow.urgent_categories and not st.urgent:
        st.urgent = True
        run.say("common.danger")
        run.effects.append(NotifyMediators("danger_alert", country=st.slots.get("country"), urgent=True))


#: a reply this short may be "that's all" or "none"; a longer one is more of her story
SHORT_REPLY = 40
