"""When it matters most (issue 14): danger at every turn, the right numbers for the country, the
urgent path a rescuer needs, leaving safely, and mediators' messages that respect her choice."""

from __future__ import annotations

from flows.types import CaseMessage, EraseReporterData, FileCase, Lookup, NotifyMediators
from tests.support.chat import Chat, text_of
from tests.unit.test_tell_it_once import WAGES, chat_after, file_wage_complaint, skip_to

HONG_KONG = "tolong sy dipukul majikan, sy dikunci di kamar. sy di hongkong"


def alerts(chat: Chat) -> list[NotifyMediators]:
    return [e for e in chat.effects(NotifyMediators) if e.kind == "danger_alert"]


def test_the_hong_kong_emergency_gets_help_first_and_is_filed_with_a_place_within_six_answers() -> None:
    chat = Chat()
    first = chat.send(HONG_KONG)
    said = text_of(first)
    assert "KJRI Hong Kong" in said and "999" in said, "the numbers of her country in the first reply"
    assert alerts(chat) and chat.state is not None and chat.state.urgent
    chat.press("setuju")
    chat.send("ya")  # safe to write now
    assert "Anda di Hong Kong" in text_of(chat.turns[-1])  # a city-state: where exactly in it
    chat.send("Tsuen Wan, blok 5 lantai 12")
    chat.send("lewati")  # no phone: only this chat
    filed = chat.effects(FileCase)
    assert len(filed) == 1 and chat.answers <= 6
    case = filed[0]
    assert case.urgent and case.fields["country"] == "HK" and case.fields["where_now"].startswith("Tsuen Wan")
    assert "jam" in text_of(chat.turns[-1]) and "hari kerja" not in text_of(chat.turns[-1])
    # then the rest is offered, screening included, without asking again what is known
    chat.send("lanjut")
    asked = []
    while chat.node is not None and len(asked) < 40:
        asked.append(chat.node)
        chat.send("lewati")
    assert "worker_name" in asked and "sc_threats" in asked
    assert "country" not in asked and "city" not in asked and "sc_movement" not in asked


def test_a_second_cry_for_help_is_help_again_never_an_answer() -> None:
    chat = Chat()
    chat.send(HONG_KONG)
    chat.press("setuju")
    chat.send("ya")
    assert chat.node == "where_now"
    turn = chat.send("tolong!!")
    assert "Petugas sudah kami kabari lagi" in text_of(turn) and len(alerts(chat)) == 2
    assert chat.node == "where_now" and "where_now" not in chat.slots, "the cry is not stored as her place"


def test_cries_in_the_middle_of_any_question_are_never_stored_as_answers() -> None:
    for answer in ("help me", "tlg sy", "majikan mau bunuh sy", "please help"):
        chat = Chat()
        chat.send("halo")
        chat.press("lapor")
        chat.press("setuju")
        chat.send("gk")
        chat.send("majikan gk bayar gaji")
        chat.send("selesai")
        for _ in range(20):
            if chat.node in ("worker_name", "summary"):
                break
            chat.send(
                {
                    "understood": "ya",
                    "reporter_kind": "sy",
                    "country": "malaysia",
                    "category_group": "1",
                    "cat_uang": "1",
                }.get(chat.node or "", "lewati")
            )
        assert chat.node == "worker_name"
        turn = chat.send(answer)
        assert alerts(chat), answer
        assert "worker_name" not in chat.slots, f"{answer!r} was stored as her name"
        assert "Keselamatan Anda" in text_of(turn)


def test_the_help_command_is_never_an_alarm() -> None:
    for command in ("help", "/help", "bantuan", "/bantuan"):
        chat = Chat()
        chat.send("halo")
        turn = chat.send(command)
        assert not alerts(chat) and chat.state is not None and not chat.state.urgent, command
        assert "Cara memakai" in text_of(turn)


def test_trafficking_chosen_from_the_list_is_danger_too() -> None:
    chat = Chat()
    chat.send("halo")
    chat.press("lapor")
    chat.press("setuju")
    chat.send("tidak")
    chat.send("lewati")  # no story now
    chat.send("1")  # reporting for herself
    chat.send("2")  # violence or danger
    turn = chat.send("3")  # trafficking
    assert "Keselamatan Anda" in text_of(turn) and alerts(chat)
    assert chat.state is not None and chat.state.urgent


def test_the_emergency_button_starts_the_urgent_path_not_the_menu() -> None:
    chat = Chat()
    chat.send("halo")
    turn = chat.press("darurat")
    assert "Keselamatan Anda" in text_of(turn) and alerts(chat)
    assert chat.node == "consent" and chat.state is not None and chat.state.urgent


def test_self_harm_gets_a_kind_answer_a_crisis_line_and_a_flag() -> None:
    chat = Chat()
    turn = chat.send("sy capek bgt, sy mau mati aja")
    said = text_of(turn)
    assert "tidak sendirian" in said
    assert chat.slots.get("self_harm") is True and alerts(chat)


def test_danger_to_someone_else_asks_whether_she_herself_is_safe() -> None:
    chat = Chat()
    turn = chat.send("teman sy dipukul majikannya di taiwan")
    assert "Terima kasih sudah memberi tahu" in text_of(turn)
    chat.press("setuju")
    assert "Apakah Anda sendiri dalam keadaan aman" in text_of(chat.turns[-1])


def test_a_shared_location_answers_where_she_is() -> None:
    chat = Chat()
    chat.send(HONG_KONG)
    chat.press("setuju")
    chat.send("ya")
    chat.send(location=(22.371, 114.113))
    assert chat.slots["location"] == "22.37100,114.11300" and chat.node == "phone"


def test_hotlines_at_any_step() -> None:
    chat = Chat()
    chat.send("gaji sy gk dibayar, sy di taiwan")
    turn = chat.send("nomor penting")
    assert "1955" in text_of(turn) and chat.node == "consent", "the numbers, then back to the question"


def test_stopping_asks_first_and_keeps_the_draft_until_lanjut() -> None:
    chat = Chat()
    chat.send("majikan gk bayar gaji sy 3 bln")
    chat.press("setuju")
    chat.send("gk")
    turn = chat.send("batal")
    assert "Mau berhenti dulu" in text_of(turn)
    chat.send("ya")
    assert chat.node is None and not chat.effects(FileCase)
    turn = chat.send("lanjut")
    assert "kita lanjutkan" in text_of(turn) and chat.slots["category"] == "gaji_tidak_dibayar"


def test_hapus_says_what_each_choice_means_and_records_it() -> None:
    for choice, mode in (("2", "withdraw"), ("3", "all")):
        chat = Chat()
        file_wage_complaint(chat)
        skip_to(chat, None)
        turn = chat.send("hapus")
        assert "tidak bisa membantu" in text_of(turn), "it says plainly what erasing means for help"
        turn = chat.send(choice)
        assert not chat.effects(EraseReporterData) and "tidak bisa dibatalkan" in text_of(turn)
        chat.send("ya")
        assert [e.mode for e in chat.effects(EraseReporterData)] == [mode]
        assert chat.turns[-1].discreet, "the last messages leave the phone too"


def test_ya_typed_to_the_held_message_notice_shows_it() -> None:
    chat = Chat()
    chat.send("halo")
    chat.send(system={"event": "mediator_message_held", "case_number": "K7Q-3XM9"})
    assert "Ada pesan dari petugas" in text_of(chat.send("halo"))
    turn = chat.send("iya")
    assert any(isinstance(e, Lookup) and e.kind == "held_messages" for e in turn.effects)


def test_a_mediators_message_held_by_her_choice_is_shown_only_when_she_writes() -> None:
    chat = Chat()
    chat.send("halo")
    turn = chat.send(system={"event": "mediator_message_held", "case_number": "K7Q-3XM9"})
    assert turn.replies == (), "nothing reaches her phone until she writes"
    turn = chat.send("halo")
    assert "Ada pesan dari petugas" in text_of(turn)
    turn = chat.press("pesan")
    assert any(isinstance(e, Lookup) and e.kind == "held_messages" for e in turn.effects)
    turn = chat.send(
        system={
            "lookup": "held_messages",
            "messages": [{"case_number": "K7Q-3XM9", "text": "Paspor masih di majikan?"}],
        }
    )
    assert "Paspor masih di majikan?" in text_of(turn)
    turn = chat.send("iya masih dipegang majikan")
    replies = chat.effects(CaseMessage)
    assert [r.case_number for r in replies] == ["K7Q-3XM9"]


def test_her_answer_to_a_mediator_reaches_the_case_even_in_the_middle_of_another_question() -> None:
    chat = Chat()
    chat.send("halo")
    chat.press("lapor")
    assert chat.node == "consent"
    chat.send(system={"event": "mediator_message", "case_number": "K7Q-3XM9", "text": "Di mana paspor Anda?"})
    chat.send("Ya, paspor masih dipegang majikan")
    messages = chat.effects(CaseMessage)
    assert len(messages) == 1 and messages[0].text == "Ya, paspor masih dipegang majikan"
    assert chat.node == "consent" and "consent" not in chat.slots, "her reply is not an answer to the form"


def test_a_city_she_named_in_danger_is_followed_by_where_exactly() -> None:
    """ "majikan mau bunuh sy, sy di jeddah": Jeddah is not where a rescuer finds her. The urgent
    path asked only her number; it now asks where exactly, and a place written where the number
    was asked is kept with her story instead of being lost."""
    chat = Chat()
    chat.send("majikan mau bunuh sy, sy di jeddah")
    chat.press("setuju")
    said = text_of(chat.send("ya"))
    assert chat.node == "where_now" and "Anda di Jeddah. Di mana tepatnya sekarang?" in said
    chat.send("di rumah majikan, distrik al rawdah, dkt masjid")
    assert chat.slots["where_now"] == "di rumah majikan, distrik al rawdah, dkt masjid"
    assert chat.node == "phone"
    chat.send("rumahnya warna putih, pagar hijau")  # not a number: kept, and the number asked again
    assert "rumahnya warna putih, pagar hijau" in chat.slots["story"] and chat.node == "phone"
    chat.send("sy dikunci di dapur skrg")  # a cry: help again, and her words kept too
    assert "sy dikunci di dapur skrg" in chat.slots["story"] and chat.node == "phone"


def test_where_exactly_is_not_asked_when_she_was_asked_her_place() -> None:
    chat = Chat()
    chat.send("tolong majikan mau bunuh sy")
    chat.press("setuju")
    chat.send("ya")
    for _ in range(4):
        if chat.node == "city":
            break
        chat.send("arab saudi" if chat.node == "country" else "lewati")
    assert chat.node == "city"
    chat.send("jeddah, distrik al rawdah")
    assert chat.node != "where_now"


def test_a_cry_later_in_the_report_still_asks_what_a_rescuer_needs_before_filing() -> None:
    """She told of unpaid wages in Dubai, then cried for help at the name question. The urgent
    path went on forward and asked only her number: "can you write safely now?" and "where
    exactly?" lay behind her. They are asked now, then the number, and the case is filed urgent
    with her place."""
    chat = Chat()
    chat.send("assalamualaikum, sy mau lapor gaji sy gk dibayar 4 bln, sy di dubai")
    chat.press("setuju")
    chat.send("gk")
    chat.send("iya")
    assert chat.node == "worker_name"
    cry = text_of(chat.send("tlg majikan sy dtg bawa pisau ke kamar"))
    assert "KJRI Dubai" in cry and chat.node == "safe_now"
    said = text_of(chat.send("ya"))
    assert chat.node == "where_now" and "Anda di Dubai" in said
    chat.send("al barsha, villa dekat masjid")
    assert chat.node == "phone"
    chat.send("lewati")
    filed = chat.effects(FileCase)
    assert len(filed) == 1 and filed[0].urgent
    assert filed[0].fields["where_now"] == "al barsha, villa dekat masjid"
    assert "tlg majikan sy dtg bawa pisau ke kamar" in filed[0].fields["story"]


def test_hapus_before_filing_says_the_report_being_filled_in_is_not_sent() -> None:
    """ "hapus" then "Hapus obrolan saja" before anything was filed said "Laporan Anda tetap
    ditangani": no report existed, and the draft went with the chat."""
    chat = Chat()
    chat.send("majikan gk bayar gaji sy 3 bln, sy di dubai")
    chat.press("setuju")
    said = text_of(chat.send("hapus"))
    assert "belum terkirim" in said
    done = text_of(chat.press("chat"))
    assert "Laporan Anda tetap ditangani" not in done and "yang sudah terkirim" in done
    after = Chat()
    assert "belum terkirim" not in text_of(after.send("hapus")), "no report under way: nothing to warn of"


def test_a_cry_before_any_country_gets_her_countrys_numbers_once_it_is_known() -> None:
    """ "tolong majikan mukul sy tiap hari, sy dikunci" gave only the general Indonesian numbers
    (no country yet); when she then named Saudi Arabia, the embassy and 911 came only at the
    very end. They come as soon as the country is known, once."""
    chat = Chat()
    first = text_of(chat.send("tolong majikan mukul sy tiap hari, sekarang sy dikunci di kamar"))
    assert "911" not in first
    chat.press("setuju")
    chat.send("ya")
    assert chat.node == "country"
    said = text_of(chat.send("saudi, riyadh"))
    assert "KBRI Riyadh" in said and "911" in said
    later = text_of(chat.send("al malaz dekat panda supermarket"))
    assert "911" not in later, "shown once"


HK_CUT = ("sy kerja di hongkong, majikan potong gaji trs, gaji cm dikasih 2000 HKD", "@setuju", "gk", "iya")
NIGHTS = "sy takut tidur kak, pintu kamar gk bisa dikunci, anak majikan yg laki2 suka masuk malem2"


def test_a_danger_told_mid_report_and_confirmed_is_kept_in_her_own_words() -> None:
    chat = chat_after(*HK_CUT, "lewati", "lewati", NIGHTS)
    assert chat.state is not None and chat.state.pending  # asked whether she is in danger
    chat.send("ya, dalam bahaya")
    assert chat.state.urgent
    assert NIGHTS in chat.slots["story"]
    assert "dalam bahaya" not in chat.slots["story"]  # her answer to the question, not her story


def test_her_story_where_a_number_was_asked_is_thanked_for_not_called_unreadable() -> None:
    chat = chat_after(*HK_CUT, "lewati", NIGHTS)
    assert chat.node == "phone"
    said = text_of(chat.send("tidak, aman"))
    assert "sudah kami catat" in said and "tidak bisa kami baca" not in said
    assert chat.node == "phone" and NIGHTS in chat.slots["story"]


def test_someone_about_to_see_her_phone_hides_the_chat_and_keeps_her_place() -> None:
    chat = chat_after(WAGES, "@setuju", "gk", "iya")
    assert chat.node == "worker_name"
    turn = chat.send("nanti aja ya kak, majikan dtg")
    said = text_of(turn)
    # one plain line stays on the screen: no question, no report words, no "mode rahasia" notice
    assert turn.discreet and turn.awaiting is not None
    assert "Lanjut" in said and "nama" not in said.lower() and "rahasia" not in said.lower()
    assert "laporan" not in said.lower()
    assert "Siapa nama" in text_of(chat.send("lanjut")) and chat.node == "worker_name"
    # or she simply answers the question she was at
    chat = chat_after(WAGES, "@setuju", "gk", "iya", "bentar kak hp sy mau dicek majikan")
    chat.send("Yuli")
    assert chat.slots["worker_name"] == "Yuli"
    # as a first message: nothing is started, nothing of a report shown
    chat = chat_after("hp sy mau dicek majikan, hapus chat ini")
    assert chat.state is not None and chat.state.discreet and "story" not in chat.slots


def test_the_ways_she_says_someone_is_looking_now_hide_the_chat() -> None:
    for said in ("eh bntr ada madam", "sst bos lg liat", "hp sy mau dipinjem majikan", "nnt lg ya kak, ada orang",
                 "wait my madam coming"):  # fmt: skip
        chat = chat_after(WAGES, "@setuju", "gk", "iya")
        turn = chat.send(said)
        assert turn.discreet and "Siapa nama" not in text_of(turn), said
        assert "Siapa nama" in text_of(chat.send("lanjut")) and chat.node == "worker_name", said


def test_a_phone_checked_every_day_makes_the_chat_discreet_but_other_looking_does_not() -> None:
    """Told after she said nobody sees her phone: the later words win (her chat stays cleared
    from then on); a boss watching TV or a blow is no word about her phone."""
    chat = chat_after(WAGES, "@setuju", "gk", "iya")
    turn = chat.send("majikan suka cek hp sy")
    assert turn.discreet and chat.slots["discreet_mode"] is True
    for said in ("bos lg liat tv", "ada orang pukul sy", "agen minta uang lagi"):
        chat = chat_after(WAGES, "@setuju", "gk", "iya")
        assert not chat.send(said).discreet, said


def test_an_urgent_report_for_someone_else_asks_how_to_reach_her_before_filing() -> None:
    chat = chat_after("my friend in muscat oman was raped by employer son, she is locked in her room", "@setuju")
    asked = []
    for _ in range(20):
        if chat.effects(FileCase):
            break
        asked.append(chat.node)
        chat.send({"summary": "yes"}.get(chat.node or "", "skip"))
    assert chat.effects(FileCase) and "worker_phone" in asked


def test_a_cry_after_filing_goes_to_her_case_with_her_country_s_numbers() -> None:
    """Told after the report was filed: added to that case, marked urgent, the numbers of
    the country she reported from, the mediators told which case; no new report, no consent."""
    chat = Chat()
    filed = file_wage_complaint(chat)  # Riyadh
    skip_to(chat, None)
    turn = chat.send("tolong kak majikan pukul sy td malam, sy dikunci di kamar")
    said = text_of(turn)
    assert "KBRI Riyadh" in said and filed.number in said
    assert "Setuju" not in said and chat.node is None  # no consent for a new report
    assert CaseMessage(filed.number, "tolong kak majikan pukul sy td malam, sy dikunci di kamar", urgent=True) in (
        turn.effects
    )
    alerts = [e for e in turn.effects if isinstance(e, NotifyMediators)]
    assert [(a.case_number, a.country, a.urgent) for a in alerts] == [(filed.number, "SA", True)]
    # wanting to die, after filing: the kind answer for it, on the same case
    said = text_of(chat.send("cape sy pengen ilang aja"))
    assert filed.number in said and "Setuju" not in said


def test_wanting_to_die_where_no_crisis_line_is_listed_still_gets_numbers_to_call() -> None:
    """Oman has no crisis line in the directory: her mission and the emergency number, not
    nothing at all."""
    said = text_of(
        chat_after("sy gk kuat lg kak, mending sy mati aja. majikan kunci sy di kamar, sy di muscat").turns[0]
    )
    assert "KBRI Muscat" in said and "9999" in said


def test_a_cry_in_the_questions_after_filing_marks_her_case_urgent() -> None:
    chat = Chat()
    filed = file_wage_complaint(chat)  # not urgent
    chat.send("lanjut")
    skip_to(chat, "sc_movement")
    turn = chat.send("gk boleh keluar kak, pintu dikunci klo majikan pergi, sy takut dipukul lg")
    assert any(isinstance(e, CaseMessage) and e.case_number == filed.number and e.urgent for e in turn.effects)
    alerts = [e for e in turn.effects if isinstance(e, NotifyMediators)]
    assert [(a.case_number, a.urgent) for a in alerts] == [(filed.number, True)]


def test_a_mother_told_her_daughter_wants_to_die_is_spoken_to_as_the_mother() -> None:
    chat = chat_after(
        "tolong pak, anak sy di taiwan td telpon nangis2 bilang mau bunuh diri, dia dipukuli majikan. sy ibunya di kendal"
    )
    said = text_of(chat.turns[0])
    assert "Anda tidak sendirian" not in said and "memberi tahu" in said
    assert chat.slots["category"] == "kekerasan"  # she is alive: a wish to die is no death abroad
    assert chat.slots.get("self_harm") is True  # the mediators still see it


def test_a_sister_told_her_sister_wants_to_die_gets_a_listening_line_to_pass_on() -> None:
    chat = chat_after("kak tolong adik sy di hongkong td wa sy katanya mau bunuh diri aja, majikannya jahat bgt")
    said = text_of(chat.turns[0])
    lines = said.split("Sampaikan kepadanya nomor yang siap mendengar")[1].splitlines()
    assert lines[1].startswith("- The Samaritans Hong Kong") and "+852" in lines[1]
    assert "119 ext 8" not in said.split("Nomor lain")[0], "a line dialled from Indonesia is not hers to call"
    assert "KJRI Hong Kong" in said and chat.slots.get("self_harm") is True


def test_hapus_while_a_second_report_is_filled_in_cancels_that_one_never_the_sent_one() -> None:
    """A mother writing a second report pressed "Tarik laporan": it withdrew and erased her first
    report, already being handled, which the choice never named."""
    chat = Chat()
    file_wage_complaint(chat)
    skip_to(chat, None)
    chat.send("sy mau lapor lg, agen minta uang 5 juta lg buat perpanjang kontrak")  # a new report, said so
    chat.press("setuju")
    turn = chat.send("hapus")
    assert "Batalkan laporan yang sedang diisi" in text_of(turn) and "Tarik laporan" not in text_of(turn)
    assert "Batalkan laporan ini" in [o.label for r in turn.replies for o in r.options]
    turn = chat.press("withdraw")
    assert "Yakin membatalkan laporan yang sedang Anda isi?" in text_of(turn)
    turn = chat.send("ya")
    assert not chat.effects(EraseReporterData), "the report already sent is not touched"
    assert "Laporan yang sudah terkirim tetap ditangani" in text_of(turn) and chat.node is None


def test_safe_herself_and_the_worker_not_is_heard_without_the_whole_list_again() -> None:
    # a parent at home is asked about her phone, not whether she is safe (round six, ADR 0028)
    chat = chat_after("tolong pak anak sy di taiwan dipukul majikan dan dikunci di kamar", "@setuju")
    assert chat.node == "discreet"
    turn = chat.send("sy aman pak, anak sy yg gk aman")
    lines = [line for line in text_of(turn).splitlines() if line.startswith("- ")]
    assert "Kami dengar" in text_of(turn) and len(lines) <= 3, "not the whole list again"
    chat.send("gk ada")
    assert chat.node == "worker_name" and chat.state is not None and not chat.state.discreet


def test_a_cry_days_after_filing_goes_on_her_case_not_into_a_new_empty_report() -> None:
    """A week after filing, "skrg majikan kunci sy di kamar" started a new urgent report with
    Indonesia's numbers only; her case was not marked and the alert named no case."""
    chat = Chat()
    filed = file_wage_complaint(chat)
    skip_to(chat, None)
    assert chat.state is not None
    chat.state.slots["_last_case"]["until"] = 0  # a week later: past the day of "more for it?"
    chat.send("kak gmn laporan sy")  # a status check in between keeps what she filed
    chat.send(system={"lookup": "my_cases", "cases": []})
    chat.send("batal")
    turn = chat.send("skrg majikan kunci sy di kamar, hp mau diambil")
    assert CaseMessage(filed.number, "skrg majikan kunci sy di kamar, hp mau diambil", urgent=True) in turn.effects
    assert [(e.case_number, e.urgent) for e in turn.effects if isinstance(e, NotifyMediators)] == [(filed.number, True)]
    assert "KBRI Riyadh" in text_of(turn) and chat.node != "consent"


def test_a_cry_typed_while_correcting_the_summary_does_not_ask_her_consent_again() -> None:
    chat = Chat()
    chat.send("sy di hongkong gaji 3 bln gk dibayar majikan")
    chat.press("setuju")
    for answer in ("gk", "ya", "Sari", "lewati", "Siti", "PT Maju"):
        chat.send(answer)
    assert chat.node == "summary"
    chat.send("8")  # the employer's line
    turn = chat.send("Mr Wong, dia suka mukul sy")
    said = text_of(turn)
    assert "Keselamatan Anda" in said and alerts(chat)
    assert "minta izin" not in said and chat.node != "consent", "she agreed already"
    assert chat.node == "safe_now"


def test_the_dia_who_threatens_her_is_the_one_she_fears_not_someone_else_in_danger() -> None:
    for story in ("sy takut, dia marah2 bawa pisau", "sy di hk. majikan dia marah2 dan mukul"):
        chat = Chat()
        said = text_of(chat.send(story))
        assert "Keselamatan Anda yang paling penting" in said and "Terima kasih sudah memberi tahu" not in said, story
        chat.press("setuju")
        asked = text_of(chat.turns[-1])
        assert "Apakah Anda bisa menulis dengan aman" in asked and "Anda sendiri" not in asked, story
    # a daughter named: "dia" is her, and the one writing is asked about herself
    chat = Chat()
    said = text_of(chat.send("anak sy di saudi, dia dipukul majikan"))
    assert "Terima kasih sudah memberi tahu" in said


def test_her_first_cry_after_filing_is_help_first_not_we_told_them_again() -> None:
    chat = Chat()
    chat.send("sy di hongkong gaji 3 bln gk dibayar majikan")
    chat.press("setuju")
    for answer in ("gk", "ya", "Sari", "lewati", "Siti", "PT Maju", "ya", "cukup"):
        chat.send(answer)
    assert chat.node is None and chat.effects(FileCase)
    said = text_of(chat.send("majikan mau bunuh sy"))
    assert "Keselamatan Anda yang paling penting" in said and "lagi" not in said.splitlines()[0]
    assert "Polis / Ambulans Hong Kong 999" in said and "Labour Department" in said, "all her numbers"
    assert "kami tanyakan" not in said, "no questions follow: her report is filed"
    assert "25Q" in said or "kami tandai darurat" in said
    said = text_of(chat.send("tolong"))
    assert "Petugas sudah kami kabari lagi" in said, "a second cry: told again"


def test_a_cry_right_after_checking_a_case_by_its_code_names_that_case_to_the_staff() -> None:
    chat = Chat()
    chat.send("cek status")
    chat.send(system={"lookup": "my_cases", "cases": []})  # this phone filed nothing: a family's check
    chat.send("ABC-DEF2")
    chat.send("XYZ2-3456")
    found = {"number": "ABC-DEF2", "status": "diproses", "changed_at": "2026-11-20T10:00:00+00:00"}
    chat.send(system={"lookup": "status", "found": found})
    turn = chat.send("anak sy dipukul lagi")
    assert "Kami langsung memberi tahu petugas" in text_of(turn)
    assert [a.case_number for a in alerts(chat)] == ["ABC-DEF2"], "the staff of her daughter's case hear of it"
    assert not chat.effects(CaseMessage), "nothing is written into a timeline this phone does not own"
    # a check that found nothing names no case
    chat = Chat()
    chat.send("cek status")
    chat.send(system={"lookup": "my_cases", "cases": []})
    chat.send("ABC-DEF2")
    chat.send("XYZ2-3456")
    chat.send(system={"lookup": "status", "found": None})
    chat.send("anak sy dipukul lagi")
    assert [a.case_number for a in alerts(chat)] == [None]


def test_someone_elses_danger_told_after_filing_promises_no_questions() -> None:
    chat = Chat()
    chat.send("sy di hongkong gaji 3 bln gk dibayar majikan")
    chat.press("setuju")
    for answer in ("gk", "ya", "Sari", "lewati", "Siti", "PT Maju", "ya", "cukup"):
        chat.send(answer)
    said = text_of(chat.send("teman sy dipukul majikannya"))
    assert "Terima kasih sudah memberi tahu" in said and "kami tandai darurat" in said
    assert "Kami tanyakan beberapa hal" not in said


def test_selesai_after_a_cry_cut_her_story_short_is_not_told_to_answer_yes_or_no() -> None:
    from tests.unit.test_tell_it_once import chat_after

    chat = chat_after("halo", "@lapor", "@setuju", "gk", "sy dijual agen ke majikan lain, paspor diambil")
    assert chat.node == "safe_now" and alerts(chat)
    said = text_of(chat.send("selesai"))  # as she was told: "Ketik Selesai kalau sudah"
    assert "Ya atau Tidak" not in said and "cerita Anda sudah kami simpan" in said and chat.node == "safe_now"
    assert chat.slots["story"].startswith("sy dijual agen")


def test_a_cry_in_answer_to_shall_we_stop_is_not_asked_about_stopping_again() -> None:
    chat = Chat()
    chat.send("sy di hongkong gaji 3 bln gk dibayar majikan")
    chat.press("setuju")
    for answer in ("gk", "ya", "Sari", "lewati", "Siti", "PT Maju"):
        chat.send(answer)
    assert "Mau berhenti dulu?" in text_of(chat.send("batal"))
    said = text_of(chat.send("sy dipukul"))
    assert "Keselamatan Anda" in said and "Mau berhenti dulu?" not in said
    assert chat.node == "safe_now" and chat.state is not None and chat.state.pending is None
    assert "Mau berhenti dulu?" in text_of(chat.send("batal")), "a later stop is still asked"


def _at_can_you_write_safely() -> Chat:
    chat = Chat()
    chat.send("tlg sy dikunci majikan di kamar, hongkong")
    chat.send("1")  # the consent, by its number
    assert chat.node == "safe_now"
    return chat


def test_who_is_with_her_answers_can_you_write_safely_now() -> None:
    """ "majikan di rumah" to "can you write safely now?" is a No (the chat goes discreet), and
    "lagi sendiri" or "majikan lg tidur" a Yes: each was "Maaf, mohon jawab Ya atau Tidak." to a
    woman locked in a room."""
    for said, safe in (
        ("majikan di rumah", False),
        ("ada org kak", False),
        ("lagi sendiri", True),
        ("majikan lg tidur", True),
        ("bos udh keluar", True),
        ("gk ada orang", True),
        ("not now, madam at home", False),
        ("nobody home", True),
        ("majikan blm pergi", False),
    ):
        chat = _at_can_you_write_safely()
        reply = text_of(chat.send(said))
        assert "Ya atau Tidak" not in reply, said
        assert chat.slots["safe_now"] is safe, said
        assert chat.node != "safe_now", said
    chat = _at_can_you_write_safely()
    reply = text_of(chat.send("madam lg liat"))  # someone looking right now: the chat pauses
    assert "Ya atau Tidak" not in reply and "Lanjut" in reply


def test_a_place_typed_at_can_you_write_safely_is_kept_for_the_rescuers() -> None:
    """ "tsuen wan" where she was asked whether she can write safely: where she is, kept for the
    rescuers (it was "mohon jawab Ya atau Tidak." and lost); the question is asked once more and
    "where exactly are you?" is not asked again."""
    chat = _at_can_you_write_safely()
    reply = text_of(chat.send("tsuen wan"))
    assert "Ya atau Tidak" not in reply and "sudah kami catat" in reply
    assert chat.node == "safe_now" and chat.slots["where_now"] == "tsuen wan"
    chat.send("gk bisa")
    assert chat.slots["safe_now"] is False and chat.node != "where_now"


def test_who_is_with_her_said_at_the_consent_of_an_urgent_report_is_her_answer() -> None:
    """ "gk bisa, majikan di rumah" typed at the consent right after the emergency numbers: she
    cannot write safely. The chat goes discreet at once (it stayed visible and she was asked
    "can you write safely now?" after agreeing), in one short message, and that question is not
    asked again; "majikan lg tidur" is kept as a Yes the same way."""
    chat = Chat()
    chat.send("tolong sy dipukul majikan di hong kong")
    assert chat.node == "consent"
    turn = chat.send("gk bisa, majikan di rumah")
    assert len(turn.replies) == 1 and "rahasia" in turn.replies[0].text
    assert chat.state is not None and chat.state.discreet
    assert chat.node == "consent"
    chat.press("setuju")
    assert chat.node != "safe_now" and chat.slots["safe_now"] is False

    chat = Chat()
    chat.send("tolong sy dipukul majikan di hong kong")
    reply = text_of(chat.send("majikan lg tidur"))
    assert "rahasia" not in reply and chat.state is not None and not chat.state.discreet
    chat.press("setuju")
    assert chat.node != "safe_now" and chat.slots["safe_now"] is True

    chat = Chat()  # not urgent: the same words are a piece of her story, nothing turns discreet
    chat.send("gaji sy gk dibayar 3 bln")
    chat.send("majikan di rumah")
    assert chat.state is not None and not chat.state.discreet and "safe_now" not in chat.slots
