"""What the bot says is true and kind after what happened (exploratory runs, 6 December): no
"nothing was sent" after staff were alerted, no "we will ask again" for a question that never
comes, no "not one of the choices" to a greeting or a thank-you, no report wiped by one word."""

from __future__ import annotations

from flows.types import EraseReporterData, FileCase, Media
from tests.support.chat import Chat, text_of
from tests.unit.test_tell_it_once import chat_after

LOCKED_IN = "majikan ngunci sy di kamar, sy di riyadh"


def test_after_an_alert_stopping_or_refusing_says_the_staff_were_told() -> None:
    chat = chat_after(LOCKED_IN, "@setuju", "ya", "batal")
    said = text_of(chat.send("ya"))
    assert "Belum ada yang dikirim" not in said and "Petugas sudah tahu ada bahaya" in said
    chat = chat_after("sy suaminya, istri sy di jeddah dipukuli majikan dan dikurung di kamar")
    said = text_of(chat.send("tidak setuju"))
    assert "tidak menyimpan apa pun" not in said and "petugas hanya tahu ada yang dalam bahaya" in said
    # with no alert, nothing was sent and nothing is kept: said as before
    chat = chat_after("sy kerja di riyadh, gaji gk dibayar 3 bln", "@setuju", "gk", "iya", "batal")
    assert "Belum ada yang dikirim" in text_of(chat.send("ya"))


def test_a_line_taken_out_is_not_promised_again_when_no_question_will_ask_it() -> None:
    chat = chat_after("gaji sy gk dibayar 4 bln, agen jg minta uang 3000 riyal, sy di riyadh", "@setuju", "gk")
    assert chat.node == "understood" and "fees_paid" in chat.slots
    chat.send("salah")
    said = text_of(chat.send("Biaya diminta atau dibayar"))
    assert "kami hapus" in said and "tanyakan lagi" not in said
    assert "fees_paid" not in chat.slots


def test_a_greeting_or_thanks_at_the_menu_is_met_warmly() -> None:
    for said in ("min", "p", "😭🙏"):
        reply = text_of(chat_after("/start").send(said))
        assert "pilihan itu tidak ada" not in reply and "kami di sini" in reply, said
    reply = text_of(chat_after("/start").send("ok makasih kak"))
    assert reply.startswith("Sama-sama") and "Lapor masalah" not in reply


def test_restart_in_a_report_asks_first_and_keeps_her_answers_on_no() -> None:
    chat = chat_after("sy kerja di riyadh, gaji gk dibayar 3 bln", "@setuju", "gk", "iya")
    assert "hilang" in text_of(chat.send("restart"))
    chat.send("tidak")
    assert chat.node == "worker_name" and chat.slots["country"] == "SA"
    chat.send("ulang")
    chat.send("ya")
    assert "country" not in chat.slots


def test_a_line_another_line_already_says_is_not_said_back_twice() -> None:
    chat = chat_after(
        "sy kerja di pabrik di taiwan, perusahaan gk bayar lembur, sy mau pulang aja, udh 3 bln", "@setuju", "gk"
    )
    said = text_of(chat.turns[-1])
    assert "- Pabrik" in said and "Perusahaan / pabrik / kebun" not in said
    assert "Ingin dipulangkan" in said and "Pulang ke Indonesia" not in said


def test_a_neighbour_is_thanked_for_reporting_for_someone_she_knows_not_her_family() -> None:
    chat = chat_after("sy tetangganya, tkw dr desa sy di malaysia gk bisa dihubungi 2 bln", "@setuju", "gk")
    for _ in range(30):
        if chat.effects(FileCase):
            break
        chat.send({"summary": "ya", "understood": "ya"}.get(chat.node or "", "lewati"))
    said = "\n".join(text_of(t) for t in chat.turns[-3:])
    assert "keluarga Anda" not in said and "teman atau kenalan Anda" in said


def test_a_locked_status_check_says_the_wrong_codes_may_be_anyones() -> None:
    chat = chat_after("/start", "status")
    chat.send(system={"lookup": "my_cases", "cases": []})
    chat.send("EHA-3GVE")
    chat.send("PJVR-QKKG")
    said = text_of(chat.send(system={"lookup": "status", "found": None, "limited": True, "retry_after": 840}))
    assert "dari siapa pun" in said and "14 menit" in said


# --- a report stopped with "batal" survives a status check; a status check is no report -------

STOPPED = (
    "sy di singapore, majikan potong gaji sy kalau piring pecah",
    "@setuju",
    "gk",
    "ya",
    "Siti Aminah",
    "batal",
    "ya",
)


def test_a_stopped_report_survives_a_status_check_and_lanjut_brings_it_back() -> None:
    chat = chat_after(*STOPPED, "status", "K7Q-3XM9", "AAAA-BBBB")
    chat.send(system={"lookup": "status", "found": None})  # the number and code match nothing
    said = text_of(chat.send("lanjut"))
    assert "lanjutkan" in said
    assert chat.state is not None and chat.state.flow == "complaint"
    assert chat.slots["worker_name"] == "Siti Aminah" and chat.slots["category"] == "potongan_gaji"


def test_lanjut_or_batal_during_the_status_question_keeps_the_stopped_report() -> None:
    chat = chat_after(*STOPPED, "status", "lanjut")  # "lanjut" at "Tulis nomor laporan Anda"
    assert chat.state is not None and chat.state.flow == "complaint" and chat.slots["worker_name"] == "Siti Aminah"
    chat = chat_after(*STOPPED, "status", "batal", "lanjut")
    assert chat.state is not None and chat.state.flow == "complaint" and chat.slots["worker_name"] == "Siti Aminah"


def test_after_a_status_check_a_new_message_is_not_more_for_a_report_she_just_sent() -> None:
    """A relative with the family code checked a report: what she writes next is not asked
    about as "tambahan untuk laporan yang baru Anda kirim" (the answer was dropped)."""
    chat = chat_after("halo", "@status")
    chat.send(system={"lookup": "my_cases", "cases": []})  # this chat filed none
    chat.send("X4U-KTLN")
    chat.send("JCWP-H3PX")
    found = {"number": "X4U-KTLN", "status": "diproses", "changed_at": "2026-12-03T08:00:00+00:00"}
    chat.send(system={"lookup": "status", "found": found})
    said = text_of(chat.send("adik sy skrg sakit jg di malaysia, gk dikasih berobat"))
    assert "tambahan" not in said and "Apakah pesan ini" not in said
    assert "laporan baru" in said  # (that report, filed elsewhere, is named in the new one: round eleven)


def test_the_erase_choice_in_her_words_even_with_the_employer_coming() -> None:
    """ "hapus semua data sy kak, majikan mau cek hp" to "what shall we erase?": everything, after
    the one confirmation, and the chat goes discreet; it only hid the chat before, erasing
    nothing and saying so to nobody."""
    said = (WAGES_RIYADH, "@setuju", "gk", "ya", "hapus")
    chat = chat_after(*said, "hapus semua data sy kak, majikan mau cek hp")
    assert chat.state is not None and chat.state.discreet
    assert chat.state.pending == {"kind": "erase_confirm", "mode": "all"}
    chat.send("ya")
    assert [e.mode for e in chat.effects(EraseReporterData)] == ["all"]
    for words, back in (("gk jadi", True), ("tarik laporannya aja", False)):
        chat = chat_after(*said, words)
        assert (chat.state.pending is None) is back, words


WAGES_RIYADH = "sy di riyadh, gaji gk dibayar 4 bln"


def answer_to_summary(chat: Chat) -> None:
    """A worker in Riyadh answers what is asked, skipping what may be skipped, up to the summary."""
    for _ in range(20):
        if chat.node == "summary":
            break
        assert chat.state is not None and chat.node is not None
        node = chat.dialog.flows[chat.state.flow].node(chat.node)
        typed = {"country": "arab saudi", "city": "riyadh", "worker_name": "Siti"}
        chat.send(typed.get(node.id) or ("lewati" if node.optional else "1"))


def test_a_voice_note_as_the_first_message_starts_the_report_and_is_kept() -> None:
    chat = Chat()
    said = text_of(chat.send(media=Media("voice", "v-1", 52_000, "audio/ogg")))
    assert "sudah kami simpan" in said and "Setuju" in said  # consent, then her report
    chat.press("setuju")
    chat.send("gk")
    answer_to_summary(chat)
    chat.send("ya")
    filed = chat.effects(FileCase)
    assert filed and any(m.file_id == "v-1" for m in filed[0].attachments)
    # a sticker is still no message
    assert "sudah kami simpan" not in text_of(Chat().send(media=Media("sticker", "s-1")))


def test_every_voice_note_and_photo_during_a_report_is_kept_with_it() -> None:
    """Workers send several voice notes in a row: the second, and a photo at a yes/no question,
    were refused ("Silakan jawab dengan tulisan") and lost."""
    chat = Chat()
    chat.send(media=Media("voice", "v-1", 52_000, "audio/ogg"))
    said = text_of(chat.send(media=Media("voice", "v-2", 40_000, "audio/ogg")))
    assert "dengan tulisan" not in said and chat.node == "consent"
    chat.press("setuju")
    said = text_of(chat.send(media=Media("photo", "p-1", 90_000, "image/jpeg")))
    assert "sudah kami simpan untuk petugas" in said and chat.node == "discreet"
    chat.send("gk")
    answer_to_summary(chat)
    chat.send("ya")
    (filed,) = chat.effects(FileCase)
    assert {m.file_id for m in filed.attachments} >= {"v-1", "v-2", "p-1"}


def test_voice_notes_again_and_again_at_a_question_offer_a_person_then_move_on() -> None:
    """A worker who cannot type sends voice note after voice note: each is kept for the staff,
    the second offers "Bicara dengan petugas" as a button, the third passes the optional
    question. They looped on "pertanyaan ini belum terjawab" with no way on."""
    chat = chat_after("sy mau lapor gaji gk dibayar udh 3 bln", "@setuju")
    assert chat.node == "discreet"
    first = chat.send(media=Media("voice", "v-1", 30_000, "audio/ogg"))
    assert "sudah kami simpan untuk petugas" in text_of(first) and chat.node == "discreet"
    assert len(first.replies) <= 2
    assert all(option.id != "petugas" for reply in first.replies for option in reply.options)
    second = chat.send(media=Media("voice", "v-2", 30_000, "audio/ogg"))
    assert len(second.replies) <= 2 and chat.node == "discreet"
    assert "petugas" in [option.id for option in second.replies[-1].options]
    chat.send(media=Media("voice", "v-3", 30_000, "audio/ogg"))
    assert chat.node != "discreet", "the third voice note passes the optional question"
    assert [m["file_id"] for m in chat.slots["_extra_media"]] == ["v-1", "v-2", "v-3"]


def test_stickers_at_a_question_are_misses_with_a_person_offered_from_the_second() -> None:
    chat = chat_after("sy mau lapor gaji gk dibayar udh 3 bln", "@setuju")
    first = chat.send(media=Media("sticker", "s-1"))
    assert "belum bisa kami baca" in text_of(first) and chat.node == "discreet"
    second = chat.send(media=Media("sticker", "s-2"))
    assert len(second.replies) <= 2 and "belum bisa kami baca" in text_of(second)
    assert "petugas" in [option.id for option in second.replies[-1].options]
    chat.send("gk")
    assert chat.slots["discreet_mode"] is False, "her answer after the stickers is read as usual"


def test_a_plea_at_a_question_is_answered_kindly_and_never_filed_as_the_answer() -> None:

    chat = chat_after("sy kerja di malaysia gaji 3 bln gk dibayar", "@setuju", "gk", "ya")
    assert chat.node == "city"
    said = text_of(chat.send("tolong dibantu ya kak"))
    assert "Iya, kami bantu" in said and chat.node == "city" and "city" not in chat.slots
    assert "tolong dibantu" not in chat.slots["story"], "a plea is not more of her story"
    chat.send("johor")
    assert chat.slots["city"] == "Johor"
    # at a yes/no question: no "mohon jawab Ya atau Tidak" to a plea; "ya kak" is still a yes
    chat = chat_after("sy kerja di malaysia gaji 3 bln gk dibayar", "@setuju")
    said = text_of(chat.send("mohon bantuannya kak"))
    assert "Ya atau Tidak" not in said and "Iya, kami bantu" in said and chat.node == "discreet"
    chat.send("ya kak")
    assert chat.slots["discreet_mode"] is True


def test_a_plea_at_the_summary_the_noted_list_or_after_filing_is_not_misread() -> None:
    chat = chat_after(
        "sy di hongkong gaji 3 bln gk dibayar majikan", "@setuju", "gk", "ya", "Sari", "lewati", "Siti", "PT Maju"
    )
    assert chat.node == "summary"
    said = text_of(chat.send("tolong dibantu ya kak"))
    assert "Iya, kami bantu" in said and "belum paham" not in said and chat.node == "summary"
    chat = chat_after("sy di hongkong gaji 3 bln gk dibayar majikan", "@setuju", "gk")
    assert chat.node == "understood"
    said = text_of(chat.send("tolong dibantu ya kak"))
    assert "sudah kami catat untuk petugas" not in said and "tolong dibantu" not in chat.slots["story"]
    chat = chat_after(
        "sy di hongkong gaji 3 bln gk dibayar majikan", "@setuju", "gk", "ya", "Sari", "lewati", "Siti", "PT Maju",
        "ya", "cukup",
    )  # fmt: skip
    said = text_of(chat.send("tolong dibantu ya kak"))
    assert "tambahan untuk laporan" not in said and "sudah kami terima" in said
