"""Round eleven (explore24): families in Indonesia and people who write English, Malay, Javanese
or a mix, typed as they type on a phone; each test asserts what they would notice."""

from __future__ import annotations

from flows.types import Lookup
from tests.support.chat import Chat, text_of
from tests.unit.test_tell_it_once import answer_through, chat_after


def _status_asked(opening: str = "cek status") -> Chat:
    chat = Chat()
    chat.send(opening)
    chat.send(system={"lookup": "my_cases", "cases": []})  # this chat filed nothing
    assert chat.node == "number"
    return chat


def _looked_up(chat: Chat) -> dict[str, str] | None:
    found = [e for e in chat.turns[-1].effects if isinstance(e, Lookup) and e.kind == "status"]
    return dict(found[0].args) if found else None


def test_two_misses_at_the_status_check_promise_no_reply_here() -> None:
    chat = _status_asked()
    chat.send("xx")
    said = text_of(chat.send("bgn"))
    assert "akan membalas di sini" not in said  # nobody replies in a status check
    assert "ketik Status" in said  # where the report shows without a code


def test_check_status_typed_in_english_is_asked_in_english() -> None:
    chat = _status_asked("check status")
    assert "Write your report number" in text_of(chat.turns[-1])
    chat = _status_asked("cek status")
    assert "Tulis nomor laporan" in text_of(chat.turns[-1])


def test_a_report_number_typed_with_its_spaces_in_the_wrong_place_is_read() -> None:
    chat = _status_asked()
    said = text_of(chat.send("BGN JU7 G"))
    assert "7 huruf dan angka" not in said
    assert chat.node == "code" and chat.slots["case_number"] == "BGN-JU7G"


def test_the_code_typed_where_the_number_was_asked_is_kept() -> None:
    chat = _status_asked()
    said = text_of(chat.send("ckrm-qede"))
    assert "kode aksesnya, sudah kami catat" in said and chat.node == "number"
    chat.send("bgn ju7g")
    assert _looked_up(chat) == {"number": "BGN-JU7G", "code": "CKRM-QEDE"}  # the code not asked again


def test_a_corrected_code_typed_alone_is_tried_with_the_number_she_gave() -> None:
    for corrected in ("ckrm qede", "maaf salah kode nya CKRM QEDE"):
        chat = _status_asked()
        chat.send("bgn ju7g")
        chat.send("ckrm qedf")
        said = text_of(chat.send(system={"lookup": "status", "found": None}))
        assert "tulis saja nomor atau kodenya lagi" in said
        chat.send(corrected)
        if chat.node == "mine":
            chat.send(system={"lookup": "my_cases", "cases": []})
        assert chat.node == "check", corrected  # not "Tulis nomor laporan Anda" again, nor the menu
        assert _looked_up(chat) == {"number": "BGN-JU7G", "code": "CKRM-QEDE"}, corrected


def _listed(chat: Chat) -> str:
    """The "Kami catat dari cerita Anda" list she was shown last."""
    return next(text_of(t) for t in reversed(chat.turns) if "Kami catat" in text_of(t) or "What we noted" in text_of(t))


def test_the_agencys_number_in_her_story_is_no_failed_departure() -> None:
    chat = chat_after(
        "anak sy kerja di malaysia, sabah. udh 5 bln gk ada kabar. no PT yg berangkatin 0812 3456 7890", "@setuju", "gk"
    )
    listed = _listed(chat)
    assert "Putus komunikasi" in listed and "Gagal berangkat" not in listed


def test_a_malay_phone_that_does_not_ring_is_no_failed_departure() -> None:
    chat = chat_after("anak saya kerja di johor, telefon tak berangkat dah 3 bulan", "@setuju", "gk")
    assert "Gagal berangkat" not in _listed(chat)


def test_what_the_agency_says_of_her_is_not_told_as_the_familys() -> None:
    chat = chat_after(
        "hello, my sister work in kuala lumpur as maid, the agency say she run away but we dont believe, "
        "last time she call us was during eid",
        "@setuju",
        "no",
    )
    listed = _listed(chat)
    assert "Fled" not in listed and "Lost contact" in listed
    assert "Last in touch March 2026" in listed  # "during eid": the last call, not asked again
    chat = chat_after("anak sy di riyadh, kata agen nya dia kabur dr majikan, kami gk percaya. udh 4 bln gk ada kabar")
    assert chat.slots["category"] == "putus_komunikasi"
    assert "melarikan_diri" not in (chat.slots.get("_more_categories") or [])
    # her own flight is still hers
    chat = chat_after("sy kabur dr rumah majikan krn gk digaji 5 bln")
    assert chat.slots["category"] == "melarikan_diri"


def test_a_feast_named_in_english_or_malay_is_a_time() -> None:
    chat = chat_after("my sister in dubai no contact since eid", "@setuju", "no")
    assert "Last in touch March 2026" in _listed(chat)
    chat = chat_after("adik saya di sabah, sejak hari raya tak dapat hubungi dia", "@setuju", "gk")
    assert "Terakhir berhubungan Maret 2026" in _listed(chat)
    chat = chat_after("anak saya kerja di johor, sejak raya tak dapat call dia", "@setuju", "tak")
    assert "Terakhir berhubungan Maret 2026" in _listed(chat)
    chat = chat_after("my daughter work in hong kong, we cant reach her since chinese new year", "@setuju", "no")
    assert "Last in touch February 2026" in _listed(chat)


def test_years_away_from_home_are_not_the_last_contact() -> None:
    chat = chat_after("adik sy kerja di sabah kak, udh gk pulang 2 thn, gk kirim uang, hp nya mati", "@setuju", "gk")
    assert "Terakhir berhubungan 2 tahun lalu" not in _listed(chat)
    answer_through(chat, "last_contact")  # asked, as nobody told when they last heard from her
    # "udh 5 bln gk ada kabar" is still the last contact
    chat = chat_after("adik sy di sabah udh 5 bln gk ada kabar", "@setuju", "gk")
    assert "Terakhir berhubungan 5 bulan lalu" in _listed(chat)


def _at_city(*story: str) -> Chat:
    chat = chat_after(*story)
    for _ in range(20):
        if chat.node == "city":
            return chat
        if chat.node == "worker_name":
            chat.send("yanti")
        else:
            chat.send("ya" if chat.node in ("understood", "summary") else "lewati")
    raise AssertionError(chat.node)


_LOST_IN_MALAYSIA = ("kakak sy udh 8 bln gk bisa dihubungi, dia di malaysia", "@setuju", "gk")


def test_a_place_told_with_a_doubt_is_the_place() -> None:
    chat = _at_city(*_LOST_IN_MALAYSIA)
    chat.send("sabah kayaknya, gk tau kota nya")
    assert chat.slots["city"] == "Sabah"
    assert "gk tau kota nya" in chat.slots["story"]  # her words kept for the staff
    chat = _at_city("anak sy kerja di taiwan udh 6 bln gk ada kabar", "@setuju", "gk")
    chat.send("taichung kalo gk salah")
    assert chat.slots["city"] == "Taichung"  # it was "-": the "gk" read as a No


def test_the_workers_whole_name_typed_at_the_city_is_her_name() -> None:
    chat = _at_city(*_LOST_IN_MALAYSIA)
    said = text_of(chat.send("Yanti Susanti"))
    assert chat.slots["worker_name"] == "Yanti Susanti" and not chat.slots.get("city")
    assert "Namanya sudah kami catat" in said and chat.node == "city"


def test_an_agencys_name_typed_with_a_lower_case_word_is_whole() -> None:
    chat = _at_city(*_LOST_IN_MALAYSIA)
    answer_through(chat, "agency")
    chat.send("PT Citra mandiri")
    assert chat.slots["agency"] == "PT Citra mandiri"


def test_a_daughters_name_told_with_which_daughter_is_read() -> None:
    chat = chat_after(
        "anak perempuan sy namanya Lestari, brgkt thn 2023 ke hongkong lwt PT Bunga Mas, skrg udh 5 bln gk ada kabar",
        "@setuju",
        "gk",
    )
    assert "Lestari" in _listed(chat)
    answer_through(chat, "summary")
    assert chat.slots["worker_name"] == "Lestari"  # "Siapa nama pekerja?" was asked


def test_a_report_number_named_as_such_opens_the_status_not_a_new_report() -> None:
    chat = Chat()
    said = text_of(chat.send("my report number is bgn-ju7g"))
    assert "permission" not in said and chat.node == "mine"  # it began a new report with the number as its story
    said = text_of(chat.send(system={"lookup": "my_cases", "cases": []}))
    assert chat.node == "code" and "access code" in said


def test_a_malay_mother_and_a_javanese_father_name_their_daughter_their_way() -> None:
    chat = chat_after(
        "saya mak kepada Aminah, anak saya kerja kilang di penang, dah 2 bulan tak dapat call dia", "@setuju", "tak"
    )
    assert "Aminah" in _listed(chat)
    chat = chat_after(
        "kulo bapake Wati, anak kulo kerjo teng arab saudi, sampun 7 wulan mboten wonten kabar", "@setuju", "gk"
    )
    assert "Wati" in _listed(chat)  # Javanese: "I am Wati's father"


def test_a_husband_telling_his_wifes_phone_was_taken_keeps_his_story() -> None:
    chat = chat_after("halo", "@keluarga", "@setuju", "@tidak")
    story = (
        "istri sy di hongkong, majikannya galak, dia sering nangis kalo telp, skrg hp nya disita majikan, "
        "udh 2 minggu gk bisa dihubungi"
    )
    said = text_of(chat.send(story))
    assert "Ketik Lanjut kapan saja" not in said and not chat.state.discreet  # his chat was hidden, his story lost
    assert chat.slots.get("story") == story or chat.node == "story"


def test_a_story_ended_by_someone_coming_is_kept() -> None:
    chat = chat_after("sy mau lapor", "@setuju", "@tidak")
    said = text_of(chat.send("gaji sy blm dibayar 4 bln kak, paspor jg dipegang. eh majikan dtg"))
    assert "Ketik Lanjut kapan saja" in said and chat.state.discreet
    assert "paspor jg dipegang" in chat.slots["story"]  # it was lost
    chat.send("lanjut")  # the story question again
    chat.send("selesai")
    assert "Gaji tidak dibayar" in _listed(chat) and "Paspor" in _listed(chat)  # read, not asked


def test_a_mother_who_goes_to_ask_is_waited_for() -> None:
    chat = chat_after("anak sy di malaysia gk ada kabar 3 bln", "@setuju", "gk", "ya")
    assert chat.node == "worker_name"
    said = text_of(chat.send("nanti dulu ya kak, sy tanya suami sy dulu namanya yg lengkap"))
    assert "kami tunggu" in said and "belum terjawab" not in said
    chat.send("Sri Wahyuni")
    assert chat.slots["worker_name"] == "Sri Wahyuni"


def test_both_numbers_in_one_message_go_each_to_its_own() -> None:
    chat = chat_after("adik sy di malaysia udh 4 bln gk ada kabar", "@setuju", "gk", "ya", "Dewi", "kuching")
    assert chat.node == "worker_phone"
    chat.send("no wa dia +60 12-345 6789, no sy 0812 3456 7890")
    # the worker's number was filed as the sister's own, and the sister's lost
    assert chat.slots["worker_phone"] == "+60123456789" and chat.slots["phone"] == "+6281234567890"
    assert chat.node == "summary"


def test_a_corrected_number_typed_alone_is_tried_with_the_code_she_gave() -> None:
    chat = _status_asked()
    chat.send("bgn ju7q")
    chat.send("ckrm qede")
    chat.send(system={"lookup": "status", "found": None})
    chat.send("oh salah, BGN-JU7G")
    if chat.node == "mine":
        chat.send(system={"lookup": "my_cases", "cases": []})
    assert _looked_up(chat) == {"number": "BGN-JU7G", "code": "CKRM-QEDE"}  # the code was asked again


def test_a_mother_who_stops_for_now_is_asked_whether_to_stop() -> None:
    chat = chat_after("anak sy di malaysia udh 4 bln gk ada kabar", "@setuju", "gk", "ya")
    said = text_of(chat.send("gk jadi deh kak, nanti aja sy tanya suami dulu"))
    assert "Mau berhenti dulu?" in said and "belum terjawab" not in said
    said = text_of(chat.send("iya"))
    assert "Ketik Lanjut" in said and chat.slots.get("_draft")  # kept for later


def test_an_amount_in_a_familys_story_says_what_it_is() -> None:
    chat = chat_after(
        "adik sy meninggal di malaysia 2 minggu lalu, jenazahnya blm bisa pulang, agen minta uang 25 jt",
        "@setuju",
        "gk",
    )
    assert "- Biaya diminta atau dibayar 25.000.000 IDR" in _listed(chat)  # it was a bare "- 25.000.000 IDR"
    chat = chat_after(
        "my brother passed away in saudi last week, the agency ask us pay 30 juta for his body", "@setuju", "no"
    )
    assert "- Fees asked or paid 30,000,000 IDR" in _listed(chat)


def test_months_without_a_message_are_the_last_contact() -> None:
    chat = chat_after("kak, sy mau lapor istri sy di taiwan, udh 3 bln gk pernah wa", "@setuju", "gk")
    assert "Terakhir berhubungan 3 bulan lalu" in _listed(chat)  # it was asked
