"""Round seven of played users (issues 13 and 14, ADR 0029): the leftovers of round six played
again, and new people (a worker in Japan under tokutei ginou, a caregiver in Taiwan whose broker
deducts fees, a worker in Brunei, a husband for his wife in Oman, a worker writing in Malay, one
who sends "p" first, one in capitals, ...). What each read, and what was filed."""

from __future__ import annotations

from flows.types import FileCase
from tests.support.chat import Chat, text_of


def test_i_am_scared_is_answered_in_english() -> None:
    for said in ("i am scared", "im afraid"):
        reply = text_of(Chat().send(said))
        assert "danger" in reply and "bahaya" not in reply, said
    assert "bahaya" in text_of(Chat().send("sy takut"))


def test_lanjut_after_cukup_brings_the_questions_after_filing_back() -> None:
    from flows.types import UpdateCase
    from tests.unit.test_tell_it_once import file_wage_complaint

    chat = Chat()
    file_wage_complaint(chat)
    assert chat.node == "more"
    chat.send("cukup")
    said = text_of(chat.send("lanjut kak"))
    assert chat.node == "sex", said
    assert "Jenis kelamin" in said
    chat.send("cewek")
    assert chat.slots["sex"] == "F"
    while chat.node is not None:
        chat.send("lewati")
    assert any(u.fields.get("sex") == "F" for u in chat.effects(UpdateCase)), "her answer reaches the case"


def test_her_name_typed_at_the_sex_question_is_noted_and_the_question_asked_kindly() -> None:
    from tests.unit.test_tell_it_once import file_wage_complaint

    chat = Chat()
    file_wage_complaint(chat)
    chat.send("lanjut")
    assert chat.node == "sex"
    said = text_of(chat.send("nama sy Sulastri"))
    assert "tidak ada" not in said and "sudah kami catat" in said
    assert chat.node == "sex"
    chat.send("sy perempuan")
    assert chat.slots["sex"] == "F"


def test_a_frightened_mother_gets_the_few_numbers_that_act_there_and_the_rest_on_request() -> None:
    chat = Chat()
    said = text_of(chat.send("tolong pak anak sy di saudi dipukuli majikan, dia telp nangis2 katanya dikunci di kamar"))
    numbers = [line for line in said.splitlines() if line.startswith("- ")]
    assert len(numbers) <= 5, numbers
    assert any("KBRI Riyadh" in n for n in numbers) and any("0-800-1000" in n for n in numbers)
    assert not any("1708" in n or "Kemnaker" in n for n in numbers)
    assert "Nomor penting" in said
    chat.press("setuju")
    every = text_of(chat.send("nomor penting"))
    assert "1708" in every and "KBRI Riyadh" in every, "every line when she asks"


def test_the_agency_not_answering_in_a_lost_contact_report_is_no_job_scam() -> None:
    from datetime import date

    from flows.understand import understand

    today = date(2026, 12, 3)
    for said in (
        "my sister in dubai, no news 2 month, agency not answering",
        "anak sy di malaysia gk ada kabar 3 bln, agen jg gk bisa dihubungi",
    ):
        assert understand(said, today).categories == ("putus_komunikasi",), said
    # money paid and the agent gone is still a scam, and the agent unreachable alone too
    assert "penipuan_kerja" in understand("sy udh bayar 20 jt ke agen, skrg agen gk bisa dihubungi", today).categories
    assert understand("agency not answering", today).categories == ("penipuan_kerja",)
    chat = Chat()
    chat.send("my sister in dubai, no news 2 month, agency not answering")
    chat.press("setuju")
    said = text_of(chat.send("no"))
    assert "Lost contact" in said and "scam" not in said


def test_a_contract_ending_next_month_has_not_ended() -> None:
    from datetime import date

    from flows.understand import understand

    today = date(2026, 12, 3)
    assert understand("kontrak sy habis bulan depan, gaji 2 bln blm dibayar", today).categories == (
        "gaji_tidak_dibayar",
    )
    assert "tidak_dipulangkan" in understand("kontrak sy udh habis tp gk dipulangkan", today).categories
    chat = Chat()
    chat.send("sy kerja di hongkong, majikan gk ksh libur")
    chat.press("setuju")
    for _ in range(12):
        if chat.node == "since":
            break
        chat.send("ya" if chat.node == "understood" else "lewati")
    assert chat.node == "since"
    said = text_of(chat.send("kontrak habis bulan depan"))
    assert "tidak bisa kami baca" not in said
    assert chat.slots["since_display"] == "kontrak habis bulan depan"


def test_at_the_embassy_shelter_she_is_not_asked_where_she_is_nor_whether_she_can_write() -> None:
    chat = Chat()
    chat.send("sy skrg di penampungan KBRI riyadh, kabur dr majikan")
    said = text_of(chat.press("setuju"))
    assert chat.slots["where_now"] == "penampungan KBRI riyadh"
    assert "Di mana tepatnya" not in said and "menulis dengan aman" not in said
    chat = Chat()
    chat.send("sy mau ke KBRI riyadh tp gk boleh keluar sm majikan")
    assert not chat.slots.get("where_now")


def filed_after(first: str, *answers: str) -> FileCase:
    chat = Chat()
    chat.send(first)
    chat.press("setuju")
    for answer in answers:
        chat.send(answer)
    for _ in range(20):
        if chat.effects(FileCase):
            break
        chat.send("yes" if chat.node in ("understood", "summary") else "skip")
    return chat.effects(FileCase)[0]


def test_a_scolding_is_filed_as_intimidation_not_physical_violence() -> None:
    for first, answer in (("my boss always scold me", "no"), ("tiap hari dimarahin majikan, sy di riyadh", "gk")):
        filed = filed_after(first, answer)
        assert "physical_sexual_violence" not in filed.indicators, first
        assert "intimidation_threats" in filed.indicators, first
    assert "physical_sexual_violence" in filed_after("majikan sy suka tampar sy, sy di riyadh").indicators


def test_a_number_sent_first_is_her_phone_when_her_story_follows() -> None:
    chat = Chat()
    chat.send("081234567890")
    chat.send("sy mau lapor gaji sy gk dibayar di malaysia")
    chat.press("setuju")
    said = text_of(chat.send("gk"))
    assert chat.slots["phone"] == "+6281234567890"
    assert "812-3456-7890" in said, "said back once in the understood list"
    for _ in range(8):
        assert chat.node != "phone", "not asked again"
        if chat.node == "summary":
            break
        chat.send("ya" if chat.node == "understood" else "lewati")


def test_a_worker_in_brunei_is_paid_in_brunei_ringgit() -> None:
    from datetime import date

    from flows.understand import understand

    said = understand("sy kerja di brunei, gaji 800 ringgit blm dibayar 3 bln", date(2026, 12, 3))
    assert [m.currency for m in said.money] == ["BND"]
    assert understand("sy di kl, gaji 1500 ringgit dipotong", date(2026, 12, 3)).money[0].currency == "MYR"


def test_an_age_in_malay_words_is_read() -> None:
    from flows.inputs import parse_number

    assert parse_number("dua puluh lapan", 14, 80).value == 28
    assert parse_number("lapan belas", 14, 80).value == 18


def test_a_problem_offered_first_is_not_listed_twice() -> None:
    chat = Chat()
    chat.send(
        "good evening, my daughter work in Singapore as helper, she say employer take her phone"
        " and she can only call me on sunday secretly. she cry"
    )
    chat.press("setuju")
    said = text_of(chat.send("no"))
    assert chat.node == "category"
    assert said.count("Lost contact") == 1, said
    chat.send("no news")
    assert chat.slots["category"] == "putus_komunikasi"
    assert chat.slots["category_display"] == "Lost contact"


def test_what_is_left_in_yen_after_the_cut_is_yen_and_not_owed() -> None:
    from datetime import date

    from flows.understand import understand

    said = understand(
        "sy kerja di jepang tokutei ginou kaigo di osaka, gaji dipotong terus sm perusahaan buat asrama"
        " 40 ribu yen, sisanya cm 90 ribu",
        date(2026, 12, 3),
    )
    assert [(m.amount, m.currency) for m in said.money] == [(40000, "JPY"), (90000, "JPY")]
    assert [m.role for m in said.money] == ["deduction", None]
    unpaid = understand("sisanya tinggal 500 ringgit yg blm dibayar", date(2026, 12, 3)).money
    assert unpaid[0].role == "owed"


def test_lainnya_at_a_groups_list_is_the_group_with_its_problem_not_listed() -> None:
    chat = Chat()
    chat.send("sy EPS di korea, kerja di pabrik di ansan, sajangnim gk mau tanda tangan pindah kerja, sy mau pindah")
    chat.press("setuju")
    chat.send("gk")
    for _ in range(4):
        if chat.node == "category_group":
            break
        chat.send("ya")
    assert chat.node == "category_group"
    chat.send("kerja")
    assert chat.node == "cat_kerja"
    said = text_of(chat.send("yg lain"))
    assert "tidak ada" not in said
    assert chat.slots["category"] == "lainnya" and chat.node != "cat_kerja"


def test_the_worker_herself_in_the_familys_report_goes_on_with_her_own() -> None:
    for said in ("sy sendiri kak yg kerja", "aku"):
        chat = Chat()
        for message in ("halo", "2"):
            chat.send(message)
        chat.press("setuju")
        for message in ("gk", "gaji gk dibayar 3 bln di malaysia", "selesai", "ya"):
            chat.send(message)
        assert chat.node == "relation"
        reply = text_of(chat.send(said))
        assert "laporan Anda sendiri" in reply and "tidak ada" not in reply, said
        assert chat.state.flow == "complaint" and chat.slots["reporter_kind"] == "self"
        assert chat.slots["category"] == "gaji_tidak_dibayar", "what she told is kept"
        assert "relation" not in chat.slots


def test_what_a_question_means_is_said_when_she_asks() -> None:
    chat = Chat()
    chat.send("kak mau tanya, kalo majikan gk kasih libur itu boleh gk?")
    chat.press("setuju")
    said = text_of(chat.send("emang kenapa kak?"))
    assert "supaya majikan" in said and "Ya atau Tidak" not in said
    assert chat.node == "discreet"
    chat.send("gk")
    assert chat.node == "understood"
    said = text_of(chat.send("maksudnya gimana?"))
    assert "tangkap dari cerita Anda" in said and "catat untuk petugas" not in said
    assert chat.node == "understood"


def test_words_of_malaysia_and_java_at_the_questions() -> None:
    chat = Chat()
    chat.send("saya kerja ladang sawit di tawau sabah, tiada permit, majikan potong gaji setiap bulan")
    chat.press("setuju")
    for _ in range(6):
        if chat.node == "phone":
            break
        chat.send("ya" if chat.node == "understood" else "Ramli" if chat.node == "worker_name" else "tak")
    assert chat.node == "phone"
    chat.send("tiada")
    assert chat.node != "phone", "'tiada' is none"
    for _ in range(20):
        if chat.node == "employer_type" or chat.node is None:
            break
        chat.send("ya" if chat.node in ("summary", "more") else "lewati")
    assert chat.node == "employer_type"
    chat.send("ladang")
    assert chat.slots["employer_type"] == "perusahaan"
    from tests.unit.test_tell_it_once import file_wage_complaint

    chat = Chat()
    file_wage_complaint(chat)
    chat.send("lanjut")
    chat.send("estri")
    assert chat.slots["sex"] == "F", "Javanese 'estri'"
