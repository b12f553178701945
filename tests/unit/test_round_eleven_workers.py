"""Round eleven (issues 13 and 14, ADR 0029): whole conversations of workers abroad, typed on a
cheap phone as they type, and what each of them would have noticed."""

from __future__ import annotations

from flows.types import CaseMessage
from tests.support.chat import Chat, text_of
from tests.unit.test_tell_it_once import answer_through, chat_after


def test_erasing_before_any_report_names_no_report_sent() -> None:
    said = text_of(chat_after().send("hapus"))
    assert "Laporan yang sudah terkirim tetap ditangani" not in said
    assert "Kalau Anda pernah mengirim laporan" in said and "pernah Anda kirim" in said
    assert "laporan itu tetap ditangani petugas.\n2." in said  # each choice on its own line
    chat = chat_after("gaji sy gk dibayar 3 bln di malaysia", "@setuju", "tidak", "ya")
    answer_through(chat, "more")
    chat.press("cukup")
    said = text_of(chat.send("hapus"))
    assert "Laporan yang sudah terkirim tetap ditangani petugas" in said  # one was sent from this chat
    assert "2. Tarik laporan. Laporan dihentikan" in said


def test_not_knowing_what_to_write_after_saying_where_she_is_is_no_story() -> None:
    chat = chat_after("sy tkw di riyadh", "@setuju")
    asked = chat.send("gk")
    assert chat.node == "story" and [o.label for r in asked.replies for o in r.options] == ["Lewati"]
    said = text_of(chat.send("gk tau kak"))
    assert "Tulis saja singkat apa masalahnya" in said and "Anda boleh menulis lagi" not in said
    assert "gk tau" not in chat.slots["story"]
    chat.send("gk tau")
    assert chat.node == "understood" and chat.slots["story"] == "sy tkw di riyadh"  # her first words kept
    chat = chat_after("sy tkw di riyadh", "@setuju", "gk")
    chat.send("majikan gk bayar gaji 3 bln")
    assert [o.label for r in chat.turns[-1].replies for o in r.options] == ["Selesai"]


def test_the_same_message_sent_twice_is_kept_once() -> None:
    said = "majikan sy gk bayar gaji udh 4 bln kak"
    chat = chat_after(said, said, "@setuju", "tidak")
    assert chat.slots["story"] == said
    chat = chat_after("sy mau lapor", "@setuju", "gk", "gaji sy dipotong terus", "gaji sy dipotong terus")
    assert chat.slots["story"] == "gaji sy dipotong terus"
    chat.send("tiap bln 500 ringgit")
    chat.send("gaji sy dipotong terus")  # said again later, after something else: her words
    assert chat.slots["story"].count("dipotong terus") == 2


SCAM_COMPOUND = "tolong kak sy ditipu kerja online di kamboja, sy disekap gk boleh keluar"


def test_not_safe_said_at_the_urgent_consent_hides_the_chat_and_is_not_asked_again() -> None:
    chat = chat_after(SCAM_COMPOUND)
    said = text_of(chat.send("gk aman"))
    assert "Mode rahasia aktif" in said and chat.state.discreet and chat.slots["safe_now"] is False
    assert "gk aman" not in chat.slots["story"]
    asked = text_of(chat.press("setuju"))
    assert "menulis dengan aman" not in asked  # she said so already
    chat = chat_after(SCAM_COMPOUND, "aman kak")
    assert chat.slots["safe_now"] is True and not chat.state.discreet and "aman kak" not in chat.slots["story"]
    assert "menulis dengan aman" not in text_of(chat.press("setuju"))


def test_her_name_typed_at_who_is_reporting_is_kept() -> None:
    told = ("@lapor", "@setuju", "tidak", "majikan gk kasih libur, kerja terus tiap hari", "selesai", "@ya")
    chat = chat_after("halo", *told)
    assert chat.node == "reporter_kind"
    said = text_of(chat.send("Sri Wahyuni"))
    assert "pilihan itu tidak ada" not in said and "Namanya sudah kami catat" in said
    chat.send("1")
    assert chat.slots["worker_name"] == "Sri Wahyuni"
    chat = chat_after("halo", *told, "sri wahyuni", "2")
    assert chat.slots["story"].endswith("sri wahyuni")  # writing for someone: kept for the staff
    assert chat.slots.get("worker_name") is None


def test_yes_delete_it_to_the_discreet_offer_is_her_yes() -> None:
    for said in ("iya hapus aja kak", "hapus aja"):
        chat = chat_after("majikan sy gk bayar gaji udh 4 bln kak", "@setuju")
        assert chat.node == "discreet"
        reply = text_of(chat.send(said))
        assert "Apa yang ingin Anda hapus?" not in reply and "Hapus semua data" not in reply, said
        assert chat.state.discreet and chat.slots["discreet_mode"] is True and chat.node == "understood"
    chat = chat_after("majikan sy gk bayar gaji udh 4 bln kak", "@setuju")
    assert "Apa yang ingin Anda hapus?" in text_of(chat.send("hapus"))  # the command, as everywhere


def test_erase_quick_the_employer_is_coming_hides_the_chat_at_once() -> None:
    told = ("majikan sy gk bayar gaji udh 4 bln kak", "@setuju", "tidak", "selesai")
    for said in ("hapus aja kak majikan dtg", "cepet kak bos udh pulang"):
        chat = chat_after(*told)
        reply = text_of(chat.send(said))
        assert "sudah kami catat untuk petugas" not in reply and said not in chat.slots["story"], said
        assert chat.state.discreet and "Ketik Lanjut kapan saja" in reply
        chat.send("lanjut")
        assert chat.node == "country"  # her report is where she left it
    chat = chat_after("sy mau lapor", "@setuju", "gk")
    chat.send("tiap majikan pulang mabok sy dipukul")
    assert not chat.state.pending  # a story of what happens is no hurry


def test_the_word_of_the_erase_choice_typed_is_that_choice() -> None:
    told = ("majikan sy gk bayar gaji udh 4 bln kak", "@setuju", "ya", "selesai", "hapus")
    for said in ("batalkan", "batalin aja"):
        chat = chat_after(*told)
        assert chat.state.discreet
        reply = text_of(chat.send(said))
        assert "Yakin membatalkan laporan yang sedang Anda isi?" in reply and "Mau berhenti dulu" not in reply, said
        chat.send("ya")
        assert chat.node is None and "story" not in chat.slots  # two answers after "hapus", as with "2"
    chat = chat_after(*told)
    reply = text_of(chat.send("batal"))
    assert "tidak ada yang dihapus" in reply and chat.node == "country"  # never mind the erasing


def test_more_told_after_checking_a_report_from_a_new_phone_names_that_report() -> None:
    chat = chat_after("cek status")
    chat.send(system={"lookup": "my_cases", "cases": []})  # this phone filed nothing (her old one broke)
    chat.send("NDP-6BV3")
    chat.send("UA4X-TWFA")
    found = {"number": "NDP-6BV3", "status": "baru", "changed_at": "2026-12-01T10:00:00+00:00"}
    chat.send(system={"lookup": "status", "found": found})
    said = text_of(chat.send("kak sy mau nambahin, paspor sy jg ditahan majikan"))
    assert "Terima kasih sudah bercerita" not in said
    assert "Laporan NDP-6BV3 yang tadi Anda cek dikirim dari HP lain" in said and "laporan baru" in said
    assert "paspor sy jg ditahan" in chat.slots["story"] and "NDP-6BV3" in chat.slots["story"]
    assert not chat.effects(CaseMessage), "nothing is written into a timeline this phone does not own"


def test_a_greeting_before_her_story_is_not_the_start_of_her_story() -> None:
    chat = chat_after("assalamualaikum kak", "sy mau lapor kak, majikan gk bayar gaji 3 bln di hongkong", "@setuju")
    assert chat.slots["story"].startswith("sy mau lapor kak")
    chat = chat_after("majikan galak", "sy di saudi kak")
    assert chat.slots["story"].startswith("majikan galak")  # a telling before it is kept, as before


def test_the_stop_taken_back_goes_on_and_the_place_is_still_asked() -> None:
    chat = chat_after("sy kerja di kuwait, majikan gk kasih makan cukup, sy lapar terus", "@setuju", "gk", "ya")
    chat.send("batal")
    chat.send("iya")
    chat.send("lanjut")
    assert chat.node == "city"
    said = text_of(chat.send("gk jadi batal kak"))
    assert chat.node == "city" and "city" not in chat.slots and "Di mana Anda sekarang?" in said
    chat.send("hawalli")
    assert chat.slots["city"] == "Hawalli" or "hawalli" in str(chat.slots["city"]).lower()
    assert "Mau berhenti dulu?" in text_of(chat_after("sy mau lapor", "@setuju", "gk", "gk jadi lapor deh").turns[-1])


def test_setuju_typed_after_refusing_is_her_consent_not_the_question_again() -> None:
    chat = chat_after("majikan gk bayar gaji 5 bln, sy di riyadh, paspor jg ditahan", "@tolak")
    said = text_of(chat.send("eh setuju deh kak"))
    assert "Setuju?" not in said and "Selamat datang" not in said and "kami minta sekali lagi" in said
    assert chat.slots["consent"] == "setuju" and chat.node == "discreet"
    chat.send("gk")
    assert chat.node == "story"  # nothing of her first story was kept: asked again, as she was told
    chat = chat_after("majikan gk bayar gaji 5 bln, sy di riyadh, paspor jg ditahan", "@tolak")
    chat.send("gk setuju")
    assert "consent" not in chat.slots


def test_her_fear_at_the_urgent_consent_is_heard_not_noted() -> None:
    chat = chat_after("sy dipukul majikan tiap hari")
    said = text_of(chat.send("sy takut kak"))
    assert "Anda tidak sendirian" in said and "sudah kami catat" not in said
    assert chat.node == "consent" and "sy takut kak" in chat.slots["story"]  # kept for the staff


RIYADH_TO_SUMMARY = ("majikan gk bayar gaji 5 bln, sy di riyadh", "@setuju", "gk", "ya", "Warsini", "lewati", "lewati")


def test_the_right_city_said_after_kotanya_salah_is_taken_not_asked_again() -> None:
    chat = chat_after(*RIYADH_TO_SUMMARY, "lewati")
    assert chat.node == "summary"
    said = text_of(chat.send("kotanya salah kak, sy di dammam bkn riyadh"))
    assert chat.node == "summary" and chat.slots["city"] == "Dammam" and "Kota: Dammam" in said
    chat = chat_after(*RIYADH_TO_SUMMARY, "lewati", "namanya salah kak, Warsini Binti Karto")
    assert chat.slots["worker_name"] == "Warsini Binti Karto"
    chat = chat_after(*RIYADH_TO_SUMMARY, "lewati", "kotanya salah kak")
    assert chat.node == "city"  # no new value written: the question, as before


def test_a_country_corrected_at_the_summary_takes_the_old_countrys_city_away() -> None:
    for said in (("negaranya salah, harusnya qatar",), ("4", "qatar")):
        chat = chat_after(*RIYADH_TO_SUMMARY, "lewati", *said)
        shown = text_of(chat.turns[-1])
        assert chat.slots["country"] == "QA" and "Riyadh" not in shown and not chat.slots.get("city"), said


def test_the_employers_name_again_at_the_agency_is_not_the_agency_and_a_bare_no_is_not_her_story() -> None:
    chat = chat_after("gaji sy dipotong agen 6 bln, sy di singapore", "@setuju", "gk", "ya", "Lia", "majikan sy mr tan")
    chat.send("gk usah kak")
    assert "gk usah" not in chat.slots["story"]
    assert chat.node == "agency"
    said = text_of(chat.send("Mr Tan"))
    assert "nama majikan Anda" in said and chat.node == "agency" and not chat.slots.get("agency")
    chat.send("PT Bintang")
    assert chat.slots["agency"] == "PT Bintang"


def test_can_you_call_me_is_answered_not_filed_as_the_city() -> None:
    chat = chat_after("gaji sy dipotong terus, sy di taiwan", "@setuju", "gk", "ya")
    assert chat.node == "city"
    said = text_of(chat.send("bisa telpon sy gk kak"))
    assert "Petugas menelepon nomor itu" in said and chat.node == "city" and "city" not in chat.slots
    from flows.questions import question_for_service

    assert question_for_service("majikan suka telpon sy malem2?") is None  # her story
    assert question_for_service("jgn telpon sy ya kak") is None  # hers to say at the phone question


def test_what_is_no_place_at_the_city_question_is_never_filed_as_the_city() -> None:
    told = ("gaji sy dipotong terus, sy di taiwan", "@setuju", "gk", "ya")
    for said, heard in (
        ("maksudnya gmn kak?", "Maksudnya nama kota atau daerah"),
        ("kok nanya kota sih", "Maksudnya nama kota atau daerah"),
        ("udh sy bilang td di taiwan", "Maksudnya nama kota atau daerah"),
        ("sy jaga nenek", "sudah kami catat untuk petugas"),
    ):
        chat = chat_after(*told)
        assert chat.node == "city"
        reply = text_of(chat.send(said))
        assert heard in reply and chat.node == "city" and "city" not in chat.slots, said
    chat = chat_after(*told, "sy jaga nenek")
    assert "jaga nenek" in chat.slots["story"]
    chat.send("taichung")
    assert chat.slots["city"] == "Taichung"
    chat = chat_after("kak majikan sy suka mukul kl sy salah masak, sy di abu dhabi", "@setuju", "bisa kak")
    assert chat.node == "where_now"
    assert "supaya petugas bisa menemukan Anda" in text_of(chat.send("maksudnya gmn kak"))
    chat.send("di rumah majikan, lantai 3")
    assert chat.slots["where_now"] == "di rumah majikan, lantai 3"


def test_what_the_employer_and_agency_questions_mean_is_said_not_filed() -> None:
    chat = chat_after("gaji sy dipotong terus, sy di taichung taiwan", "@setuju", "gk", "ya", "Lia", "lewati")
    assert chat.node == "employer_name"
    assert "nama majikan Anda" in text_of(chat.send("maksudnya gmn kak?")) and "employer_name" not in chat.slots
    chat.send("Mr Lin")
    assert chat.node == "agency"
    assert "memberangkatkan Anda" in text_of(chat.send("kok nanya agen sih")) and "agency" not in chat.slots
    chat.send("PT Maju Jaya")
    assert chat.slots["agency"] == "PT Maju Jaya"


def test_her_fear_that_the_employer_finds_out_is_answered_and_her_report_begins() -> None:
    chat = Chat()
    said = text_of(chat.send("sy mau lapor tp takut ketahuan majikan"))
    assert "Laporan Anda rahasia" in said and "Kami tidak mengirim apa pun kepada majikan" in said
    assert chat.node == "consent" and "Selamat datang" not in said
    from flows.questions import question_for_service

    assert question_for_service("sy takut dipukul majikan") is None  # her danger, read as such
