"""An answer to the question asked: the one way a typed answer goes through a turn. What it
means is read in flows/parsing.py ("gk tau" in flows/not_known.py), what is then done with it in
flows/accepting.py (kept in its slot, or asked again kindly); what else her words tell is kept
(flows/absorbing.py, flows/misplaced.py)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from flows import (
    absorbing,
    accepting,
    after_filing,
    answer_kept,
    answer_missed,
    asking,
    before_report,
    collecting,
    correcting,
    filing,
    inputs,
    misplaced,
    moving,
    name_with_number,
    names_apart,
    not_known,
    numbers_asked,
    parsing,
    place_answers,
    typed_codes,
    understood_list,
    who_reports,
)
from flows.dialog import ENTRY_FLOW
from flows.inputs.codes import parse_both
from flows.inputs.names import is_number_only, looks_like_a_name
from flows.reading import (
    answer_kind,
    is_thanks,
    maybe_seen,
    only_a_plea,
    only_go_on,
    own_phone,
    phone_is_checked,
    vague_since,
)
from flows.spec import ChoiceNode, Node, SummaryNode, UnderstoodNode, YesNoNode
from flows.turn_words import (
    REPORT_FLOWS,
)
from flows.understand.said_before import points_back

if TYPE_CHECKING:
    from flows.engine import _Run


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
            # "knp hrs kasih alamat kak?" where the question says no why: what it is for, and
            # that it may be skipped (it was "Tidak apa-apa kalau belum tahu", and no why)
            run.say("common.why_asked" if node.optional else "common.agent_hint")
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
        accepting.accept(run, node, not_listed["value"], run.render(str(not_listed["label"])))
        return
    if node.slot == "relation" and st.flow == "family_report" and not run.pressed and _herself(text):
        # "sy sendiri kak yg kerja", "aku" to "how are you related to the worker?": she is the
        # worker; her own report, with all she told (it was "not one of the choices")
        herself_after_all(run)
        return
    if kind == "code" and not_known.no_number(text) and moving.back_to_paused_report(run):
        return  # "blm punya nomor" to the report number, asked in the middle of her report
    if kind == "code" and node.slot in ("access_code", "case_number") and not_known.code_lost(run, text):
        # "kode sy hilang kak", "lupa nomornya": what she can do, once, not the same question again
        run.say_with_buttons(run.render("status.code.lost"), [("petugas", run.render("common.agent_button"))])
        moving.finish(run)
        return
    if kind == "code" and node.slot == "case_number" and typed_codes.code_at_number(run, node, text):
        return  # "ckrm-qede" to "Tulis nomor laporan Anda": her code, kept; the number asked
    if kind == "code" and node.slot == "case_number" and (both := parse_both(text)) is not None:
        # "bgn ju7g ckrm qede": the number and the code in one answer; the code is not asked again
        st.slots["access_code"] = both[1].value
        text = str(both[0].value)
    if (
        isinstance(node, ChoiceNode)
        and (not_known.is_unknown(run, text) or not_known.unknown_then_why(run, node, text))
        # "gk ada kabar" to "what happened to the worker?": an option's own words, not "gk tau"
        and (run.pressed or asking.synonym(run, node, text) is None)
    ):
        # "gk tau", "blm tau" where the question has its own "Tidak tahu": that option, no
        # "did you mean" in between; "gk tau sy, pokoknya diurusin semua" too
        option = next((o for o in node.options if o.id == not_known.UNKNOWN_OPTION), None)
        if option is not None:
            accepting.accept(run, node, option.id, run.render(option.label))
            return
        if node.optional:
            # "gk tau" to "Bekerja di mana?", "Apa yang paling Anda harapkan?": not known, and
            # passed over (it was "Maaf, pilihan itu tidak ada")
            accepting.accept(run, node, None, run.render("common.unknown"))
            return
        other = next((o for o in node.options if o.id == OTHER_OPTION), None)
        if other is not None and not_known.is_unknown(run, text):
            # "gk tau" to "Masalahnya tentang apa?": "Lainnya", and her story tells the staff
            accepting.accept(run, node, other.id, run.render(other.label))
            return
        unknown_option = node.raw.get("unknown")
        if isinstance(unknown_option, dict) and not_known.is_unknown(run, text):
            # "dont know" to which problem about money: "Lainnya", the group she chose kept (it
            # was "not one of the choices" until she gave up, and nothing was filed)
            accepting.accept(run, node, unknown_option["value"], run.render(str(unknown_option["label"])))
            return
    if kind not in ("longtext", "media") and not isinstance(node, SummaryNode) and not_known.just_a_moment(text):
        run.say("common.wait_ok")  # "sebentar ya kak" to the city question: not a city; "ntar" to Ya/Tidak
        return
    if kind == "phone" and misplaced.own_number_at_someone_elses(run, node, text):
        return
    if kind == "phone" and not run.pressed and misplaced.others_number_at_phone(run, node, text):
        return  # "0812... ini no agen yg berangkatin": the agency's, kept for the staff
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
        told = not inputs.is_skip(text) and not names_apart.only_declined(text)  # ("gk usah kak": nothing more)
        told = told and not not_known.only_no_number(text)  # ("gk punya no nya": nothing more)
        if in_report(run) and len(text.split()) > 2 and told:
            # ("i dont know" said nothing more: it was added to her story for the staff)
            absorbing.keep_words(run, text)
            absorbing.place_she_did_not_know(run, text)
        accepting.accept(run, node, None, "-")
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
        accepting.accept(run, node, None, run.render("common.unknown") if not_known.is_unknown(run, text) else "-")
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
        accepting.miss(run, node, "needed")
        return
    if (
        kind == "text"
        and not node.optional
        and not run.pressed
        and len(text.split()) <= 2
        and answer_kind(text) in ("yes", "no")
    ):
        accepting.miss(run, node, "yes_not_an_answer")  # "yes" to "the name of your organisation?": no name
        return
    if (
        kind == "phone"
        and not run.pressed
        and len(text.split()) <= 2
        and (answer_kind(text) == "yes" or text.lower().strip(" .!") in _HAVE_ONE)
    ):
        # "yes", "iya kak" to "a number the staff can call?": she has one; asked for it kindly
        # ("cannot read that number" before)
        accepting.miss(run, node, "yes_a_number")
        return
    if node.optional and kind == "text" and in_report(run) and not_known.place_in_doubt(run, node, text):
        return  # "taichung kalo gk salah", "sabah kayaknya, gk tau kota nya": the place, the doubt kept
    if node.optional and kind == "text" and in_report(run) and not_known.place_after_unknown(run, node, text):
        return  # "sy lupa nama kota nya, pokoknya dkt mekah": near Makkah, not that sentence as the city
    if node.optional and kind == "text" and not_known.is_unknown(run, text):
        # "gk tau", "lupa namanya" to the name question: not a name
        not_known.unknown_then(run, node, text)
        return
    if (
        kind == "text"
        and node.raw.get("phone_slot")
        and is_number_only(text)
        and misplaced.number_at_name(run, node, text)
    ):
        return
    if kind == "text" and in_report(run) and name_with_number.name_with_number(run, node, text):
        return  # "Siti Aminah 852 6123 4567": her name, and her number kept for the next question
    if kind == "text" and in_report(run) and place_answers.not_a_place(run, node, text):
        return  # "maksudnya gmn kak?", "udh sy bilang td di taiwan" at the city: never filed as the city
    if kind == "text" and node.slot in misplaced.PLACES and in_report(run) and misplaced.at_place(run, node, text):
        return  # a name, the way she went or a time typed where the place was asked: kept there
    if kind == "country" and in_report(run) and not run.pressed and misplaced.name_at_country(run, node, text):
        return  # "Mary Ann" to "which country?": her name, kept; the country asked again
    if kind == "country" and st.slots.get("at_sea") and not run.pressed and in_report(run):
        found = absorbing.read(run, text)
        if found.at_sea and found.country is None:
            # "di laut, kapalnya dekat fiji" at a ship's country: at sea, its flag not known
            absorbing.absorb(run, text, node, story=True)
            accepting.accept(run, node, None, run.render("common.at_sea", near=str(st.slots.get("near_display") or "")))
            return
    if kind == "text" and node.raw.get("holds") == "number" and not any(c.isdigit() for c in text):
        # "paspor dipegang majikan kak", "paspor sy ada sama sy" to "passport number?": no
        # number, but what she says of it is kept with her story (and read), and the question is
        # not asked again
        if in_report(run):
            absorbing.absorb(run, text, node, story=len(text.split()) >= 2)
        accepting.accept(run, node, None, "-")
        return
    said = answer_kind(text) if node.optional and kind in _DECLINABLE else None
    if said == "skip" and kind == "text" and len(text.split()) > 1 and in_report(run):
        found = absorbing.read(run, text)
        if found.route or found.agency:
            said = None  # "lewat calo" to "lewat PT atau agen apa?": the way she went, not "lewati"
    if said in ("no", "skip", "done"):
        # "gk usah", "gk ada", "tidak", "no thanks": she declines; nothing is stored
        accepting.accept(run, node, None, "-")
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
        accepting.miss(run, node, "pointed_back" if pointed else "not_an_answer")
        return
    hides = isinstance(node, YesNoNode) and (node.raw.get("discreet_if_yes") or node.raw.get("discreet_if_no"))
    if hides and not run.pressed and phone_is_checked(text):
        # "iya hp sy dicek", "kadang2 majikan ambil hp sy buat dicek": someone sees her phone;
        # the chat goes discreet (it was read as "safe", or kept as a note and asked again)
        value = bool(node.raw.get("discreet_if_yes"))
        absorbing.absorb(run, text, node)
        accepting.accept(run, node, value, run.render("common.yes" if value else "common.no"))
        return
    if isinstance(node, YesNoNode) and node.raw.get("discreet_if_yes") and not run.pressed and own_phone(text):
        # "hp sy sendiri", "my own phone": nobody else holds it ("mohon jawab Ya atau Tidak" before)
        absorbing.absorb(run, text, node)
        accepting.accept(run, node, False, run.render("common.no"))
        return
    if isinstance(node, YesNoNode) and node.raw.get("discreet_if_yes") and not run.pressed and maybe_seen(text):
        # "mungkin", "kadang2": someone may see her phone, so the chat is cleared
        accepting.accept(run, node, True, run.render("common.yes"))
        return
    if isinstance(node, YesNoNode) and node.raw.get("discreet_if_yes") and inputs.normalize(text) in _AGREED:
        # "setuju" sent twice: the second is the consent again, not "yes, someone sees my phone"
        accepting.miss(run, node, None)
        return
    if not run.pressed and (explained := _EXPLAINED.get(node.id)) and _what_is_meant(text):
        # "maksudnya gimana?" to "Kami catat dari cerita Anda ... Benar?", "emang kenapa kak?" to
        # "may someone see your phone?": what the question means, then the question (it was
        # "sudah kami catat untuk petugas", or "mohon jawab Ya atau Tidak")
        run.say(explained)
        asking.ask(run, node, bump=False)
        return
    if isinstance(node, SummaryNode | UnderstoodNode) and not run.pressed and only_a_plea(text):
        accepting.miss(run, node, "plea")  # "tolong dibantu ya kak": not "kami belum paham", nor noted for the staff
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
    if at_menu and not run.pressed and len(text.split()) > 1 and after_filing.to_status(run, text):
        return  # "I want to check my report status": no "do you mean ...?" in between
    names = node.raw.get("holds") == "name" or node.slot == "agency"  # "gk tau lewat PT apa, ...": not the agency
    if kind == "text" and names and node.optional and not_known.unknown_name(run, node, text):
        return  # (her own name is never unknown to her: there "gk tau, ..." answers something else)
    if not run.pressed and numbers_asked.numbers_asked(run, text):
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
    if kind == "text" and in_report(run) and names_apart.employer_at_agency(run, node, text):
        return  # "Mr Tan" at the agency, "mr tan" being her employer: not filed as the agency
    if kind == "choice" and in_report(run) and who_reports.name_at_reporter(run, node, text):
        return  # "Sri Wahyuni" to "Siapa yang melapor?": her name, kept until she chooses
    parsed = parsing.parse(run, node, text)
    if parsed.ok and isinstance(node, ChoiceNode) and len(text.split()) >= 4 and in_report(run) and not run.pressed:
        if asking.synonym(run, node, text) is None and parsing.option_her_words_tell(run, node, text) == parsed.value:
            absorbing.keep_words(run, text)  # a sentence that answers the question tells the staff more too
    if not parsed.ok and in_report(run) and parsed.error != "too_long":
        understood = parsing.from_words(run, node, text)
        parsed = understood if understood.ok else parsed
    if not parsed.ok and node.optional and answer_kind(text) == "done" and moving.end_after_filing(run):
        return  # "cukup", "udah itu aja" at the questions after filing: no more of them
    if not parsed.ok and kind == "money" and in_report(run) and parsing.wages_of_a_time(run, text):
        # "3 months salary", "gaji 4 bln": owed as so many months of her wage; in her words for
        # the staff, who know or ask the wage (it was "we cannot read that amount")
        absorbing.keep_words(run, text)
        accepting.accept(run, node, None, text.strip())
        return
    if not parsed.ok and node.optional and kind == "date" and _AHEAD.search(text) and len(text.split()) <= 8:
        # "kontrak habis bulan depan" to "since when?": a time still ahead, a true answer kept in
        # her words ("tanggal itu tidak bisa kami baca (atau masih di masa depan)" before)
        accepting.accept(run, node, None, text.strip())
        return
    if not parsed.ok and node.optional and kind == "date" and vague_since(text):
        # "dr awal kerja", "sejak awal": a true answer with no date in it, kept in her words
        accepting.accept(run, node, None, text.strip())
        return
    if not parsed.ok and node.optional and kind in _UNKNOWN_SKIPS and not_known.unknown_first(run, text):
        # "gk ingat", "lupa nomornya" to the phone question: nothing to read, and she may not know
        not_known.unknown_then(run, node, text)
        return
    if not parsed.ok and at_menu and not run.pressed and after_filing.ask_follow_up(run, text):
        return  # soon after a filing: more for that report, or a new one?
    if not parsed.ok and not run.pressed and node.raw.get("free_text") == "follow_up":
        if after_filing.more_for_a_case_seen(run, text):
            return
    if not parsed.ok and at_menu and is_thanks(text):
        run.say("menu.thanks")  # "ok makasih kak" after her report: no menu thrown at her
        return
    if not parsed.ok and at_menu and after_filing.to_status(run, text):
        return  # "eha3gve" typed at the menu: that report's status
    if not parsed.ok and at_menu and numbers_asked.numbers_asked(run, text):
        return  # "minta nomor penting, sy di malaysia": the numbers, not a report
    if not parsed.ok and at_menu and before_report.start_report(run, text):
        return  # a sentence where the menu was expected: the story has begun
    fallback = node.raw.get("fallback") if isinstance(node, ChoiceNode) else None
    if not parsed.ok and fallback and len(text.split()) >= (3 if at_menu else 2):  # "halo kak" is no report
        assert isinstance(node, ChoiceNode)
        option = next(o for o in node.options if o.id == fallback)
        parsed = inputs.Parsed(True, option.id, run.render(option.label))
        if in_report(run):
            absorbing.keep_words(run, text)  # "sy pengen majikan minta maaf": "Lainnya", in her words
    if not parsed.ok:
        answer_missed.not_understood(run, node, text, parsed, at_menu)
        return
    answer_kept.keep_parsed(run, node, text, parsed)


#: "kenapa tanya itu?", "buat apa?", "why do you ask": a question about the question
_WHY = re.compile(
    r"^\s*(?:\?+|(?:(?:emang|memang)\s+)?(?:kenapa|knp|napa|mengapa|why)\s+(?:"
    # "knp nanya no hp?", "kenapa hrs kasih alamat kak?", "why do you need it"
    r"(?:(?:harus|hrs|mesti|musti|perlu|must|should)\s+)?(?:tanya|nanya|ditanya|tny|ask|asking|kasih|kasi|ksh|ngasih"
    r"|sebut|nyebut|tulis|nulis|isi|ngisi|minta|tau|tahu|give|tell|know)\w*"
    # "knp hrs nama?", "kenapa harus alamat": what the question asks for, after "harus"
    r"|(?:harus|hrs|mesti|musti|perlu)\s+(?:nama|alamat|nomor|nomer|no|hp|kota|lokasi|tempat|umur|usia|paspor)\w*"
    r"|do\s+you\s+(?:ask|need))\b.*"
    # "buat apa?", "buat apa kak?", "emang utk apa sih?"
    r"|(?:(?:emang|memang)\s+)?(?:buat|untuk|utk|for)\s+apa(?:\s+(?:kak|ka|kk|mbak|mba|bu|pak|min|sis|sih|ya|itu))*\s*\??\s*"
    r"|what\s+for\s*\??\s*)$",
    re.IGNORECASE,
)


#: "knp hrs kasih uang 10 juta?": a question about her problem, not about the question
_HER_MONEY = re.compile(r"\d|\b(?:uang|duit|gaji|bayar|byr|money|pay)\b", re.IGNORECASE)


def asks_why(text: str) -> bool:
    return len(text.split()) <= 6 and bool(_WHY.match(text.strip())) and not _HER_MONEY.search(text)


#: the consent's own words: no answer to the question that follows it
_AGREED = frozenset({"setuju", "sy setuju", "saya setuju", "aku setuju", "ok setuju", "agree", "i agree"})
#: the questions whose meaning is said when she asks what they mean
_EXPLAINED = {"understood": "common.explain_understood", "discreet": "common.explain_discreet"}
#: "maksudnya gimana?", "emang kenapa kak?", "buat apa?", "what do you mean?": what is the question for
_WHAT_IS_MEANT = re.compile(
    r"^(?:(?:emang|memang|terus|trus|lho|loh|lha)\s+)?(?:maksud(?:nya)?|kenapa|knp|napa|buat\s+apa|utk\s+apa|untuk\s+apa|"
    r"apa\s+maksudnya|gimana|gmn|bagaimana|why|what\s+do\s+you\s+mean|what\s+for|what\s+is\s+this|meaning)\b"
)


#: "opo?" (Javanese), "apa?", "hah?", "what?" alone: she did not follow the question (not a Yes)
_WHAT_ALONE = re.compile(
    r"^(?:apa|opo|hah|ha|huh|what|piye|pripun|pie)(?:\s+(?:kak|ka|mbak|mba|mas|pak|bu|min|sih|to|toh))?$"
)


def _what_is_meant(text: str) -> bool:
    said = inputs.normalize(text)
    return len(said.split()) <= 6 and (_WHAT_IS_MEANT.match(said) is not None or _WHAT_ALONE.match(said) is not None)


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


#: a time still ahead: "bulan depan", "2 minggu lagi", "next month", "in 3 weeks"
_AHEAD = re.compile(
    r"\b(?:bulan|bln|minggu|mgg|tahun|thn|hari)\s+(?:depan|dpn)\b|\bnext\s+(?:month|week|year)\b"
    r"|\b(?:bulan|bln|minggu|mgg|hari|month|months|weeks|days)\s+lagi\b|\bin\s+\d+\s+(?:months?|weeks?|days?)\b",
    re.IGNORECASE,
)
#: a second number after a phone number ("siang2" has none: a reduplication)
ANOTHER_NUMBER = re.compile(r"\d{3,}")


def in_report(run: _Run) -> bool:
    return run.state.flow in REPORT_FLOWS


#: the option for a problem none of the others names
OTHER_OPTION = "lainnya"


#: a reply this short may be "that's all" or "none"; a longer one is more of her story
SHORT_REPLY = 40
