"""Round seven of played users (issues 13 and 14, ADR 0029): families at home in Indonesia and
workers or families who write English. What each read, and what was filed."""

from __future__ import annotations

from tests.support.chat import text_of
from tests.unit.test_tell_it_once import answer_through, chat_after

#: a sister in Indonesia, in English, whose sister in Dubai lost three months to the agency
SISTER_DUBAI = (
    "hi, my sister works in dubai as a maid, the agency took 3 months of her salary and she cant call us",
    "@setuju",
    "no",
    "ok",
)


def test_a_place_typed_at_the_workers_number_is_kept_as_her_city() -> None:
    chat = chat_after(*SISTER_DUBAI)
    answer_through(chat, "worker_phone")
    reply = text_of(chat.send("dubai marina"))
    assert "cannot read" not in reply
    assert chat.slots["city"] == "Dubai Marina"
    assert chat.node == "worker_phone", "the number is asked once more"
    chat.send("dont know")
    assert chat.node == "phone"


def test_di_and_a_city_at_the_number_is_the_city_alone() -> None:
    chat = chat_after("anak sy di arab, gk ada kabar udh 2 bln", "@setuju", "gk", "ya")
    answer_through(chat, "worker_phone")
    chat.send("di jeddah")
    assert chat.slots["city"] == "Jeddah"
    assert chat.node == "worker_phone"


def test_a_time_typed_at_the_city_question_is_the_last_contact_not_the_city() -> None:
    # a father who types in capitals answers the time he expects next
    chat = chat_after("ANAK SAYA KERJA DI SAUDI SUDAH 2 TAHUN TIDAK DIGAJI", "@setuju", "TIDAK", "YA", "SITI MARYAM")
    assert chat.node == "city"
    reply = text_of(chat.send("3 BULAN LALU"))
    assert "sudah kami catat" in reply
    assert chat.node == "city", "the city is asked once more"
    assert chat.slots.get("city") is None
    assert chat.slots["last_contact_display"]
    chat.send("TIDAK TAU")
    assert chat.node == "worker_phone", "the time is not asked again"


def test_minggu_lalu_at_the_city_is_read_as_the_date_question_reads_it() -> None:
    chat = chat_after("adik sy ditangkap polisi di malaysia krn gk ada permit", "@setuju", "gk", "ya", "Dedi")
    chat.send("minggu lalu")
    assert chat.slots.get("city") is None
    assert chat.slots["last_contact_display"] == "1 minggu lalu"
    chat.send("kl")
    assert chat.node == "worker_phone"


def test_a_short_english_fear_is_asked_about_in_english() -> None:
    for said in ("i am scared", "i am afraid", "my boss hurt me"):
        chat = chat_after()
        reply = text_of(chat.send(said))
        assert "Maaf" not in reply and "Terima kasih" not in reply, (said, reply)
        assert chat.state is not None and chat.state.lang == "en", said
    chat = chat_after()
    chat.send("sy takut")
    assert chat.state is not None and chat.state.lang == "id"


def test_numbers_for_help_asked_in_english_are_given_for_her_country() -> None:
    chat = chat_after()
    reply = text_of(chat.send("can i have the numbers for help in saudi"))
    assert "Saudi" in reply and "911" in reply
    assert chat.node is None, "no report was opened"
    chat = chat_after()
    reply = text_of(chat.send("who can i call, i am in hong kong"))
    assert "+852" in reply, "numbers, not who reads a report"


def test_a_wage_complaint_ending_who_can_i_call_is_her_report() -> None:
    chat = chat_after()
    chat.send("my employer dont give salary, who can i call")
    assert chat.node == "consent"
    assert chat.slots["category"] == "gaji_tidak_dibayar"
    chat = chat_after()
    assert "officers" in text_of(chat.send("who will read this?")), "the question to the service still answered"


def test_a_family_code_typed_with_spaces_after_the_case_number_is_looked_up_whole() -> None:
    # "VM25 82ZE" across both was taken as the code: "Kami tidak dapat menampilkan status", a try spent
    for said in ("status LY2 VM25 82ZE FMMT", "82ze fmmt ly2 vm25 gmn kabarnya", "cek laporan ly2 vm25 kode 82ze fmmt"):
        chat = chat_after(said)
        assert chat.slots.get("case_number") == "LY2-VM25", said
        assert chat.slots.get("access_code") == "82ZE-FMMT", said


def test_gk_tau_at_the_summary_says_how_to_send_as_dont_know_does() -> None:
    for said, told in (("gk tau", "Tekan Ya untuk mengirim"), ("ga tau kak", "Tekan Ya untuk mengirim")):
        chat = chat_after("istri sy di arab pak, gk bisa dihubungi", "@setuju", "gk", "ya")
        answer_through(chat, "summary")
        reply = text_of(chat.send(said))
        assert "belum paham" not in reply and told in reply, said
        assert chat.node == "summary"


def test_yes_typed_at_the_organisations_name_is_not_filed_as_its_name() -> None:
    ngo = "I am from an NGO in Jakarta, reporting for a worker in Saudi, her employer took her passport and she is locked in the house"
    chat = chat_after(ngo, "@setuju", "yes")
    assert chat.node == "organisation"
    reply = text_of(chat.send("yes"))
    assert chat.node == "organisation" and not chat.slots.get("organisation")
    assert "write it in words" in reply
    chat.send("Migrant Care")
    assert chat.slots["organisation"] == "Migrant Care"


def test_no_po_and_no_more_at_go_on_now_are_a_no() -> None:
    for said in ("no po", "no more", "no more questions"):
        chat = chat_after("my madam not pay salary 3 month, i am in kuwait", "@setuju", "no", "yes")
        answer_through(chat, "more")
        reply = text_of(chat.send(said))
        assert chat.node != "more", said
        assert "still open" not in reply, said
        assert said not in str(chat.slots.get("story")), "not kept as her story"


def test_agency_alone_at_the_agency_question_is_no_name_and_the_official_route() -> None:
    for said in ("agency", "pt", "agent", "the agency", "by agency"):
        chat = chat_after("my madam not pay salary 3 month, i am in kuwait", "@setuju", "no", "yes")
        answer_through(chat, "agency")
        reply = text_of(chat.send(said))
        assert "our staff" not in reply, said
        assert chat.slots.get("agency") is None, said
        assert chat.slots.get("route") == "procedural", said
    chat = chat_after("my madam not pay salary 3 month, i am in kuwait", "@setuju", "no", "yes")
    answer_through(chat, "agency")
    chat.send("PT Sukses Mandiri")
    assert chat.slots["agency"] == "PT Sukses Mandiri"


def test_a_place_told_at_the_last_contact_is_thanked_for_not_called_a_bad_date() -> None:
    # a family that only knows "timur tengah"
    chat = chat_after(
        "anak sy kerja di timur tengah, gk tau negara mana, udh 1 tahun gk pulang2", "@setuju", "gk", "ya"
    )
    chat.send("ingin pulang")
    chat.send("Wati")
    chat.send("timur tengah")
    chat.send("gk tau")
    assert chat.node == "last_contact"
    reply = text_of(chat.send("dubai kayanya"))
    assert "tanggal itu tidak bisa" not in reply
    assert "sudah kami catat" in reply
    assert chat.slots["country"] == "AE"
    assert chat.node == "last_contact"


def test_since_march_at_the_name_question_is_the_time_not_her_name() -> None:
    chat = chat_after("saya di kuwait, gaji tidak dibayar", "@setuju", "tidak", "ya")
    answer_through(chat, "worker_name")
    reply = text_of(chat.send("since march"))
    assert "sudah kami catat" in reply
    assert chat.node == "worker_name" and not chat.slots.get("worker_name")
    assert chat.slots["since_display"] == "Maret 2026"
    chat.send("Rina")
    assert chat.slots["worker_name"] == "Rina"


def test_a_name_that_is_a_month_is_no_since() -> None:
    for said in ("Mei Lestari", "April", "Juni Astuti"):
        chat = chat_after("saya di kuwait, gaji tidak dibayar", "@setuju", "tidak", "ya")
        answer_through(chat, "worker_name")
        chat.send(said)
        assert chat.slots["worker_name"] == said
        assert not chat.slots.get("since"), f"{said}: 'Sejak: {chat.slots.get('since_display')}' was filed"


def test_a_death_told_in_english_says_when_in_plain_english() -> None:
    chat = chat_after()
    chat.send("my mother died in malaysia last week, we want her body sent home")
    chat.press("setuju")
    reply = text_of(chat.send("no"))
    assert "Died on 1 week ago" not in reply
    assert "Date of death 1 week ago" in reply
