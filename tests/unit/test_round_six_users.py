"""Round six of played users (issue 13, ADR 0029): a nanny in Singapore, a palm-oil worker in
Sabah, a helper in Hong Kong given 14 days, a driver in Saudi whose kafil keeps his exit, a
factory worker in Korea, a caregiver in Taiwan, workers in Poland, Turkey and Japan, a sister
whose brother is on a Chinese fishing boat, a mother who only knows "di arab". What each read,
and what was filed."""

from __future__ import annotations

from flows.types import FileCase, UpdateCase
from tests.support.chat import Chat, text_of
from tests.unit.test_tell_it_once import answer_through, chat_after

#: a mother who knows only that her daughter is "di arab", up to "what happened to her?"
#: "anak sy di arab" tells no story yet: the story question is asked, and skipped (round ten)
MOTHER_ARAB = ("anak sy di arab", "@setuju", "gk", "lewati", "ya")


def filed_fields(chat: Chat) -> dict[str, object]:
    fields: dict[str, object] = {}
    for effect in chat.effects(FileCase) + chat.effects(UpdateCase):
        fields.update(effect.fields)
    return fields


def test_no_news_at_the_familys_problem_is_lost_contact_not_other() -> None:
    for said in ("gk ada kabar", "ga ada kabar", "nggak ada kabarnya"):
        chat = chat_after(*MOTHER_ARAB)
        assert chat.node == "category"
        chat.send(said)
        assert chat.slots["category"] == "putus_komunikasi", said
        assert chat.node == "worker_name"
    chat = chat_after(*MOTHER_ARAB)
    chat.send("gk tau")
    assert chat.slots["category"] == "lainnya", "not knowing is still 'Lainnya'"


def a_family_report_after_filing(*said: str) -> Chat:
    chat = chat_after(*said)
    answer_through(chat, "sex")
    return chat


def test_she_is_19_at_the_sex_question_is_female_and_her_age_is_kept() -> None:
    chat = a_family_report_after_filing(*MOTHER_ARAB, "gk ada kabar")
    said = text_of(chat.send("she is 19 year old, she go 2 month ago"))
    assert chat.slots["sex"] == "F"
    assert chat.slots["age"] == 19, "the age in her sentence is not asked for"
    assert chat.node not in ("sex", "age")
    assert "belum terjawab" not in said
    chat = a_family_report_after_filing("my child work in korea, no news 3 month", "@setuju", "no", "yes")
    said = text_of(chat.send("he is 30, from Kendal"))
    assert chat.slots["sex"] == "M" and "not one of the choices" not in said


def test_the_route_answered_pt_agency_or_in_a_sentence_is_the_official_route() -> None:
    for story, said in (
        ("sy kerja di hongkong, majikan gk bayar gaji 2 bln", "pt"),
        ("sy kerja di hongkong, majikan gk bayar gaji 2 bln", "lewat agen"),
        ("i work in hong kong, employer not pay my salary 2 month", "agency"),
        ("i work in hong kong, employer not pay my salary 2 month", "yes i go with PT, have KTKLN and contract"),
    ):
        chat = chat_after(story, "@setuju", "gk" if "sy" in story else "no", "ya" if "sy" in story else "yes")
        answer_through(chat, "route")
        chat.send(said)
        assert chat.slots["route"] == "procedural", said
        assert chat.node != "route", said


def test_a_pt_named_with_its_nya_is_the_agency_and_the_official_route() -> None:
    chat = chat_after("sy kerja di hongkong, majikan gk bayar gaji 2 bln", "@setuju", "gk", "ya")
    answer_through(chat, "route")
    chat.send("PT nya Bintang Sejahtera Mandiri di malang")
    assert chat.slots["route"] == "procedural"
    assert chat.slots["agency"] == "PT Bintang Sejahtera Mandiri"


def test_no_ktkln_is_not_the_official_route() -> None:
    chat = chat_after("sy kerja di hongkong, majikan gk bayar gaji 2 bln", "@setuju", "gk", "ya")
    answer_through(chat, "route")
    chat.send("sy gk punya ktkln kak")
    assert chat.slots.get("route") != "procedural"


def test_an_age_in_english_words_is_her_age() -> None:
    chat = chat_after("I work in Hong Kong as helper, my employer terminate me", "@setuju", "no", "yes")
    answer_through(chat, "age")
    said = text_of(chat.send("thirty two"))
    assert chat.slots["age"] == 32
    assert "cannot use that number" not in said
    chat = chat_after("sy kerja di singapur, gaji dipotong agen", "@setuju", "gk", "ya")
    answer_through(chat, "age")
    chat.send("dua puluh tujuh")
    assert chat.slots["age"] == 27


def test_a_regency_at_the_province_question_names_the_province() -> None:
    for said, province, regency in (
        ("tegal", "Jawa Tengah", "Tegal"),
        ("indramayu", "Jawa Barat", "Indramayu"),
        ("cianjur jawa barat", "Jawa Barat", "Cianjur"),
        ("dr lombok timur kak", "Nusa Tenggara Barat", "Lombok Timur"),
    ):
        chat = chat_after("sy kerja di saudi, gaji gk dibayar 4 bln", "@setuju", "gk", "ya")
        answer_through(chat, "province")
        reply = text_of(chat.send(said))
        assert "tidak kami kenal" not in reply, said
        assert chat.slots["province"] == province and chat.slots["regency"] == regency, said
        assert chat.node != "regency", "the regency is not asked for again"


def screening_of(story: str, question: str) -> Chat:
    chat = chat_after(story, "@setuju", "gk", "ya")
    answer_through(chat, question)
    return chat


def test_all_is_well_at_a_screening_question_is_no_and_not_well_is_yes() -> None:
    driver = "sy supir di saudi, kafil gk mau kasih exit, paspor dipegang kafil"
    for said, held in (("gaji lancar", False), ("alhamdulillah lancar kak", False), ("baik2 aja", False),
                       ("gk lancar", True), ("gajinya gak lancar kak", True)):  # fmt: skip
        chat = screening_of(driver, "sc_wages")
        reply = text_of(chat.send(said))
        assert chat.slots["sc_wages"] is held, said
        assert "mohon jawab Ya atau Tidak" not in reply, said


def test_fourteen_days_given_to_leave_is_not_since_when() -> None:
    chat = chat_after(
        "Hi, I work in Hong Kong as helper, my employer terminate me and give me 14 days to leave. what can i do",
        "@setuju",
        "no",
        "yes",
    )
    assert "since" not in chat.slots, "the 14 days are ahead of her"
    answer_through(chat, "since")
    chat.send("last week")
    assert chat.slots["since"] == "2026-11-26"
    chat = chat_after("majikan putus kontrak, sy dikasih waktu 14 hari buat keluar dr hk", "@setuju", "gk", "ya")
    assert "since" not in chat.slots
    chat = chat_after("sy di taiwan, libur gk pernah dikasih 10 bln ini", "@setuju", "gk")
    assert chat.slots["since"] == "2026-02-03", "a day off never given for ten months is a since"


def test_the_owed_amount_per_month_is_not_also_her_wage() -> None:
    chat = chat_after(
        "kak sy caregiver di taiwan, jaga ama, tiap bulan broker potong 1800 NT, katanya service fee",
        "@setuju",
        "gk",
        "ya",
    )
    answer_through(chat, "money_owed")
    chat.send("1800 NT tiap bulan")
    assert chat.slots["money_owed"] == {"amount": 1800, "currency": "TWD"}
    assert "wage" not in chat.slots, "her wage is still asked"
    answer_through(chat, "wage")


def test_not_knowing_which_problem_within_a_group_files_the_group() -> None:
    chat = chat_after("i want to report", "@setuju", "no", "skip", "me", "money")
    assert chat.node == "cat_uang"
    said = text_of(chat.send("dont know"))
    assert "not one of the choices" not in said and chat.node == "country"
    assert chat.slots["category"] == "lainnya" and chat.slots["category_group"] == "uang"
    chat.send("malaysia")
    answer_through(chat, "summary")
    assert "Problem: Wages and money" in text_of(chat.turns[-1])
    chat = chat_after("sy mau lapor kak", "@setuju", "gk", "lewati", "sy", "2")
    assert chat.node == "cat_kekerasan"
    chat.send("blm tau kak")
    assert chat.slots["category"] == "kekerasan", "not knowing which violence is violence"


def test_la_is_no_in_the_gulfs_arabic() -> None:
    chat = chat_after("sy di riyadh, gaji blm dibayar 3 bln", "@setuju", "gk", "ya")
    answer_through(chat, "sc_movement")
    reply = text_of(chat.send("la"))
    assert chat.slots["sc_movement"] is False and "Ya atau Tidak" not in reply
    chat = chat_after("sy di riyadh, gaji blm dibayar 3 bln", "@setuju", "gk", "ya")
    answer_through(chat, "worker_name")
    chat.send("la")
    assert chat.slots.get("worker_name") is None, "'la' is no name"


def test_an_age_said_as_two_digits_in_words() -> None:
    chat = chat_after("sy di hk, dipotong agen tiap bln", "@setuju", "gk", "ya")
    answer_through(chat, "age")
    chat.send("dua satu")
    assert chat.slots["age"] == 21


def test_last_month_said_with_kemarin_is_not_yesterday() -> None:
    chat = chat_after(
        "jadi gini kak aku udah kerja disini hampir dua tahun di riyadh terus gaji ditunda tunda terus aku minta "
        "pulang gak boleh padahal kontrak udah habis bulan kemarin aku bingung",
        "@setuju",
        "gk",
    )
    assert chat.slots.get("since") != "2026-12-02"


def test_illegal_work_in_hong_kong_is_not_the_route_she_left_by() -> None:
    chat = chat_after(
        "my employer ask me do illegal work, i cleaning his office and his mother house, i am in hong kong",
        "@setuju",
        "no",
    )
    assert "route" not in chat.slots
    assert "Not the official route" not in text_of(chat.turns[-1])


def test_a_food_stall_is_a_company_and_omah_a_household() -> None:
    for said, kind in (("kedai makan", "perusahaan"), ("restoran", "perusahaan"), ("omah", "rumah_tangga")):
        chat = chat_after("sy di malaysia, bos gk bayar gaji 5 bln", "@setuju", "gk", "ya")
        answer_through(chat, "employer_type")
        chat.send(said)
        assert chat.slots["employer_type"] == kind, said


def test_names_without_the_words_before_them() -> None:
    for said, name in (("gw Rani", "Rani"), ("ane Sumi", "Sumi")):
        chat = chat_after("gw kerja di malay, bos gk bayar gaji 5 bln", "@setuju", "gk", "ya")
        answer_through(chat, "worker_name")
        chat.send(said)
        assert chat.slots["worker_name"] == name, said
    for said, name in (("kafilnya abu faisal", "abu faisal"), ("bos cina gw namanya ah seng", "ah seng")):
        chat = chat_after("gw kerja di malay, bos gk bayar gaji 5 bln", "@setuju", "gk", "ya")
        answer_through(chat, "employer_name")
        chat.send(said)
        assert chat.slots["employer_name"] == name, said


def test_a_father_typing_bapakny_ankny_is_family_not_the_worker() -> None:
    chat = chat_after("asalamualaikum sy bapakny dr tki yg d arab saudi, ankny sy di siksa majikn")
    assert chat.slots.get("reporter_kind") != "self"
    assert chat.slots.get("relation") == "orang_tua"


def test_to_find_him_is_news_of_the_worker() -> None:
    for said in ("ketemu anak sy 😭", "find him"):
        chat = chat_after("anak sy di malaysia gk bisa dihubungi", "@setuju", "gk", "ya")
        answer_through(chat, "wants")
        chat.send(said)
        assert chat.slots["wants"] == "cari_kabar", said


def test_the_agencys_money_back_does_not_hide_the_chat() -> None:
    chat = chat_after("sy di polandia, agen janji gaji 4000 zloty tp cm dikasih 2500", "@setuju", "gk", "ya")
    answer_through(chat, "wants")
    said = text_of(chat.send("uang agen balik"))
    assert "🔒" not in said and "Ketik Lanjut" not in said, "nobody is coming: the chat stays"


def test_an_options_word_that_is_also_a_command_is_the_answer() -> None:
    chat = chat_after(
        "I am driver in Saudi, my kafeel refuse give me exit visa, contract finish already 4 months",
        "@setuju",
        "no",
        "yes",
    )
    answer_through(chat, "employer_type")
    said = text_of(chat.send("private"))
    assert chat.slots["employer_type"] == "rumah_tangga"
    assert not chat.state.discreet and "Discreet mode" not in said, "no mode turned on"  # type: ignore[union-attr]
    chat = chat_after("sy di riyadh, gaji blm dibayar 3 bln", "@setuju", "gk", "ya")
    answer_through(chat, "wants")
    chat.send("balik")
    assert chat.slots["wants"] == "pulang", "'balik' is going home, not back a question"
    chat = chat_after("sy di riyadh, gaji blm dibayar 3 bln", "@setuju", "gk", "ya")
    answer_through(chat, "employer_type")
    chat.send("rt")
    assert chat.slots["employer_type"] == "rumah_tangga"


def test_a_dead_number_at_the_workers_phone_is_passed_over() -> None:
    chat = chat_after(
        "kak, adek sy meninggal di malaysia minggu lalu, jenazah blm dipulangkan", "@setuju", "gk", "ya", "kakak"
    )
    answer_through(chat, "worker_phone")
    said = text_of(chat.send("gk aktif"))
    assert chat.node != "worker_phone" and "worker_phone" in chat.slots
    assert "Maaf" not in said


def test_javanese_never_gives_a_day_off_is_understood() -> None:
    chat = chat_after("ane kerjo neng taiwan mbak, majikan ora tau ngekei prei, wis 8 sasi", "@setuju", "gk")
    assert chat.slots.get("category") == "pekerjaan_tidak_sesuai", "not asked what the problem is about"
    assert chat.slots["since"] == "2026-04-03"


def test_w_for_gw_is_the_worker_herself() -> None:
    chat = chat_after("w mau pulang tp visa w udh mati, w di jepang", "@setuju", "gk", "ya")
    assert chat.slots.get("reporter_kind") == "self"
    assert chat.node != "reporter_kind"
