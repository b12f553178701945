"""Danger read the way it is typed on a phone: every cry for help found, whatever its spelling,
and none of the everyday sentences that look like one ("pukul 3 sore", "hp sy mati", "/help")."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from flows.danger import detect_danger
from flows.dialog import Dialog
from flows.engine import step
from flows.types import Inbound, NotifyMediators
from flows.understand.danger import detect
from tests.support.mini import mini_dialog

NOW = datetime(2026, 12, 3, 8, 0, tzinfo=UTC)

DANGER = [
    # the issue's misses
    "majikan pukul saya",
    "saya dikunci",
    "majikan mau bunuh sy",
    "tlg",
    "tolongin sy",
    "sy gk dikasih makan",
    "dicekik",
    "disiram air panas",
    "darurat",
    "emergency",
    "please help",
    "my employer hit me",
    # inflections and affixes
    "pukul",
    "sy dipukul",
    "majikan mukul sy trs",
    "dia memukul saya",
    "pukulin aku",
    "sy dipukulin tiap hari",
    "sy disetrikain tangannya",  # -in brought to the rule's "disetrika" (affixes.py)
    "kena pukul majikan",
    "di pukul pake sapu",
    "dipukul2 sama majikan",
    "majikan siksa sy",
    "aku disiksa",
    "majikan menyiksa saya",
    "sy dikunci di kamar",
    "dikunciin di gudang",
    "pintu dikunci dari luar sy gk bisa keluar",
    "sy dikurung",
    "disekap 3 hari",
    "leher sy dicekik",
    "tangan sy disetrika",
    "ditendang anak majikan",
    "sy ditampar",
    "rambut sy dijambak",
    "sy diperkosa",
    "majikan memperkosa aku",
    "aku dilecehkan bos",
    "diraba raba majikan laki",
    "sy dijual ke majikan lain",
    "agen jual sy ke orang",
    "diancam dibunuh",
    "majikan ngancam mau bunuh aku",
    "tidak diberi makan",
    "udah 2 hari gk makan",
    "sy kelaparan",
    # informal cries
    "tolong",
    "TOLONG",
    "tolong!!",
    "tolong!!!",
    "toloong",
    "tolooong",
    "tolong saya",
    "tolong sy",
    "tolong kami",
    "tolong tolong",
    "tlg sy",
    "aq dipukul",
    "SOS",
    "sos",
    "ini darurat",
    # English
    "help me",
    "HELP!!!",
    "heeelp",
    "my employer beats me",
    "I was beaten",
    "locked in",
    "they locked me in the room",
    "they took my passport and lock me",
    "no food for 2 days",
    # more ways of saying it
    "sy d pukul",
    "aq dsiksa",
    "sy dkunci d kmr",
    "pintu digembok dr luar",
    "kena gampar majikan",
    "abdi diteunggeul ku majikan",
    "sy kabur tp dikejar majikan pake golok",
    "majikan bawa pisau ngancam sy",
    "tangan sy disundut rokok",
    "muka sy lebam",
    "nyawa sy terancam",
    "S.O.S",
    "tolonggg",
    "tlg tlg",
    "TOLONG SAYA",
    "tolong sy kak!!",
    "madam tampar muka sy",
    "she burned my hand with iron",
    "im being held against my will",
    "they dont give me food",
    "I am not safe here",
    "dia tak bagi saya makan",
    "majikan gk kasih makan",
    "sy diikat di kursi",
    "disiram bensin",
    "bos minta tebusan 50 juta baru sy boleh pulang",
    "muka sy lebam2",
    "he hit my head",
    "they threatened me with a knife",
    "she locked me up",
    "they sold me to another boss",
    "sy dibakar pakai rokok",
    "i feel unsafe",
    "help!",
    "anak majikan suka pegang2 sy",
    "sy disuruh tidur sama majikan",
    "they don't let me eat",
    "nyawa sy dalam bahaya",
    "sy korban tppo",
    "sy diperbudak di kapal",
    "help pls",
    "sy dicium paksa anak majikan",
    "majikan marah2 terus, sy takut, tolong",
    "saya didera majikan",
    "saya dirogol",
    "majikan ugut nak bunuh saya",
    "saya tak diberi makan",
    "they keep me locked in the house",
    "di kamboja sy dipaksa nipu orang, kalau gk capai target disetrum",
]

SELF_HARM = [
    "sy mau mati aja",
    "aku pengen mati",
    "mau bunuh diri",
    "lebih baik mati",
    "mending sy mati",
    "gk kuat hidup lagi",
    "capek hidup",
    "I want to die",
    "i wanna die",
    "I will kill myself",
    "lebih baik aku mati",
    "gk ada gunanya sy hidup",
    "pengen tidur selamanya aja",
    "sy mau lompat ke laut aja",
    "i dont want to live anymore",
    "lebih baik sy gk ada d dunia ini",
    "rasanya pengen mati",
    "aku udah gak pengen hidup",
    "capek hidup kak",
    "ora kuat urip",
    "mati wae aku",
    "hayang paeh",
    "i want to end it all",
    "tired of living",
]

THIRD_PERSON = [
    "teman saya dipukul",
    "adik sy dikurung majikan",
    "my sister is locked in",
    "majikan pukul adik saya",
    "temen sy disiksa majikannya",
    "kakak aku gk dikasih makan",
    "adikku dikurung majikan",
    "bojoku dipukuli juragan kapal",
    "teman sekamar sy dicekik majikannya",
    "my friend was beaten",
    "temen kerja dibuang ke laut",
    "anak perempuan sy yg kerja di hongkong dikurung",
    "bini sy di saudi gk dikasih makan",
    "my daughter in saudi is beaten",
    "bkn sy yg dipukul tp teman sy",
    "bukan saya yang dikurung, adik saya",
]

HARMLESS = [
    "pukulan 5 sore sy bangun",  # a noun in -an is not the act
    "sy disuruh nyetrika baju majikan",
    # the help command and its look-alikes
    "help",
    "/help",
    "Help",
    "HELP",
    "bantuan",
    "/bantuan",
    "/start",
    "tolong dibantu",
    "tolong dibantu ya kak",
    "tolong bantu cek status",
    "tolong ya kak",
    "tolong cek laporan sy",
    "help me check my status",
    "please help me with my salary",
    # times, keys, insects, phones, power cuts
    "pukul 3 sore",
    "jam pukul 5",
    "pukul 10 pagi",
    "kunci motor hilang",
    "akun sy dikunci",
    "bunuh nyamuk",
    "mati lampu",
    "hp sy mati",
    "hp sy lowbat mau mati",
    "mati listrik dari kemarin",
    "rumah dijual",
    # worries and everyday answers
    "sy takut gk digaji",
    "gaji saya belum dibayar 5 bln",
    "majikan baik tapi gaji kurang",
    "saya makan sehari dua kali",
    "nomor darurat kbri berapa",
    "emergency contact",
    # negated past
    "can you help me",
    "hit me up later",
    "akun fb sy dikunci",
    "hp sy dijual",
    "tlg sy mau ganti nomor hp",
    "kerja dari pukul 5 sampai pukul 10",
    "pukul berapa kbri buka",
    "majikan lg pergi, rumah dikunci, sy di rumah temen",
    "anak majikan dipukul temennya di sekolah",
    "pukulan berat buat keluarga",
    "my phone died yesterday",
    "how to kill time on day off",
    "visa sy mati bulan depan",
    "majikan marah2 tp gk main tangan",
    "I don't want to live with my employer anymore",
    "sy hidup di hongkong udh 5 thn",
    "i live in taiwan",
    "ikat rambut",
    "gaji dipukul rata",
    "takut siksa kubur",
    "tersiksa batin jauh dari anak",
    "terjebak macet 2 jam",
    "sy ditendang dari kerjaan",
    "jatuh dari tangga kaki sy memar",
    "kena pisau dapur tangan berdarah",
    "batre hampir mati",
    "sudah disetrika semua",
    "sampahnya dibakar",
    "harga diri sy diinjak2",
    "I hit my head",
    "agent sold me a fake visa",
    "they threatened me with deportation",
    "he locked me out of the house",
    "beat me to it",
    "sy minta cuti darurat",
    "family emergency",
    "rumah sy mau dijual",
    "majikan ancam pulangkan sy",
    "bahaya gk kalau sy lapor?",
    "help kak",
    "sy takut gk digaji, tolong dibantu",
    "sy takut dipecat, tolong",
    "majikan baik, cuma anaknya nakal suka mukul adiknya sendiri",
    "help me please check",
    "sy mau tanya soal darurat medis",
    "hampir mati bosan di rumah",
    "sy takut dimarahi majikan",
    "gk dikasih libur",
    "tidak pernah dipukul",
    "majikan tidak pernah pukul saya",
    "gk pernah disiksa cuma gaji telat",
    "",
    "   ",
    "🙏🙏🙏",
    "x" * 4096,
]


@pytest.mark.parametrize("text", DANGER)
def test_danger_is_found(text: str) -> None:
    found = detect(text)
    assert found is not None and found.kind == "danger" and not found.third_person, found
    assert found.words and detect_danger(text)


@pytest.mark.parametrize("text", SELF_HARM)
def test_self_harm_has_its_own_kind(text: str) -> None:
    found = detect(text)
    assert found is not None and found.kind == "self_harm" and not found.third_person, found


@pytest.mark.parametrize("text", THIRD_PERSON)
def test_someone_else_in_danger_is_third_person(text: str) -> None:
    found = detect(text)
    assert found is not None and found.kind == "danger" and found.third_person, found


@pytest.mark.parametrize("text", HARMLESS)
def test_harmless_look_alikes_are_not_danger(text: str) -> None:
    assert detect(text) is None
    assert not detect_danger(text)


def test_a_long_story_with_one_cry_in_it() -> None:
    story = (
        "sy kerja di hongkong udh 2 thn, gaji dipotong agen tiap bulan, paspor dipegang majikan. "
        "kemarin majikan marah2 terus sy ditampar, sy takut. " + "sy cuma mau pulang. " * 40
    )
    found = detect(story)
    assert found is not None and found.kind == "danger" and "ditampar" in found.words


def test_the_words_that_say_it_are_kept() -> None:
    found = detect("Majikan PUKUL saya tiap malam")
    assert found is not None and found.words == "pukul saya"
    found = detect("disiram air panas sama majikan")
    assert found is not None and found.words == "disiram air panas"


def test_she_and_her_friend_together_is_her_own_danger() -> None:
    found = detect("sy sm tmn2 disekap di gedung")
    assert found is not None and found.kind == "danger" and not found.third_person


def test_someone_else_s_self_harm() -> None:
    found = detect("my friend says she wants to kill herself")
    assert found is not None and found.kind == "self_harm" and found.third_person


def test_self_harm_with_violence_asks_first_about_her_life() -> None:
    found = detect("sy dipukul terus, rasanya mau mati aja")
    assert found is not None and found.kind == "self_harm"


# ------------------------------------------------------------------ through the engine


@pytest.fixture(scope="module")
def dialog(tmp_path_factory: pytest.TempPathFactory) -> Dialog:
    return mini_dialog(tmp_path_factory.mktemp("mini"))


def _alerts(dialog: Dialog, text: str) -> list[NotifyMediators]:
    turn = step(dialog, None, Inbound("test", "42", "u1", "7", text=text), NOW, bytes(32))
    return [e for e in turn.effects if isinstance(e, NotifyMediators) and e.kind == "danger_alert"]


@pytest.mark.parametrize("text", ["help", "/help", "bantuan", "/start", "tolong dibantu ya kak", "pukul 3 sore"])
def test_the_help_command_and_look_alikes_alert_nobody(dialog: Dialog, text: str) -> None:
    assert _alerts(dialog, text) == []


@pytest.mark.parametrize("text", ["tolong!!", "majikan pukul saya", "sy gk dikasih makan", "sy mau mati aja"])
def test_a_first_message_that_cries_for_help_alerts_the_mediators(dialog: Dialog, text: str) -> None:
    alerts = _alerts(dialog, text)
    assert alerts and alerts[0].urgent


@pytest.mark.parametrize(
    "text", ["capek bgt mau mati rasanya wkwk", "sy mau mati aja 😂", "mau mati aja rasanya hahaha"]
)
def test_dying_of_tiredness_said_laughing_is_a_figure_of_speech(text: str) -> None:
    assert detect(text) is None


@pytest.mark.parametrize(
    "text", ["sy mau mati aja", "sy mau mati aja 😭", "sy mau bunuh diri wkwk", "rasanya pengen ngakhirin hidup aja"]
)
def test_without_laughter_or_with_a_plain_way_of_dying_it_is_still_self_harm(text: str) -> None:
    found = detect(text)
    assert found is not None and found.kind == "self_harm"


@pytest.mark.parametrize(
    "text",
    [
        "kulo dipun kunci wonten kamar",  # Javanese krama: "dipun" is the passive "di"
        "they keep us in a locked building and beat anyone who tries to leave",
        "sy di paksa kerja di tempat hiburan malam",  # a phrase's first word typed apart
    ],
)
def test_less_common_ways_of_saying_it_are_her_own_danger(text: str) -> None:
    found = detect(text)
    assert found is not None and found.kind == "danger" and not found.third_person


def test_nobody_caring_whether_she_dies_is_self_harm() -> None:
    found = detect("nobody cares if i die")
    assert found is not None and found.kind == "self_harm"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("my agent is forcing me to sleep with customers", "danger"),
        ("i am thinking to jump from the balcony", "self_harm"),  # thinking of it is wanting it
        ("i just want to disappear forever", "self_harm"),
        ("ga ada gunanya lagi sy hidup di dunia", "self_harm"),  # "di dunia": whether, not where
    ],
)
def test_what_a_third_batch_of_fresh_messages_showed_missing(text: str, kind: str) -> None:
    found = detect(text)
    assert found is not None and found.kind == kind and not found.third_person


def test_we_twenty_people_locked_in_is_her_own_danger_and_a_locked_storeroom_is_a_thing() -> None:
    found = detect("kami 20 orang dikurung di mess, ga boleh keluar")
    assert found is not None and not found.third_person
    assert detect("pintu gudang dikunci majikan tiap malam, sy tidur di kamar sendiri kok") is None
    assert detect("sy dikunci di gudang") is not None


@pytest.mark.parametrize(
    "text", ["saya kena dera dengan majikan, badan lebam", "majikan cowok sy maksa sy berhubungan badan"]
)
def test_kena_with_any_violence_root_and_coerced_sex_are_danger(text: str) -> None:
    assert detect(text) is not None


@pytest.mark.parametrize("text", ["sy kena ikat kontrak 2 thn", "tangan sy kena setrum waktu nyetrika"])
def test_kena_of_a_contract_or_a_shock_is_no_violence(text: str) -> None:
    assert detect(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "sy ga aman di rumah majikan, tolong",
        "majikan mau nyelakain sy",
        "anak majikan suka ngintip sy ganti baju",
        "sy ga dikasih keluar rumah sama sekali",
        "sy diancam dilaporin polisi kalo minta gaji",
        "disuruh bayar utang 10 juta baru boleh keluar",
        "sy dipaksa minum obat tidur",
        "sy digunduli paksa sama majikan",
    ],
)
def test_a_fifth_batch_of_ways_of_saying_it(text: str) -> None:
    found = detect(text)
    assert found is not None and found.kind == "danger"


@pytest.mark.parametrize(
    "text", ["udah ga sanggup hidup kyk gini", "i feel like ending it all", "sy pengen nyayat nadi"]
)
def test_despair_said_as_living_like_this_or_ending_it_all_is_self_harm(text: str) -> None:
    found = detect(text)
    assert found is not None and found.kind == "self_harm"


@pytest.mark.parametrize(
    "text",
    [
        "sy ga keluar rumah 2 hari krn sakit",  # she stayed in
        "sy ga bisa keluar dari grup wa",
        "ibu sy ga bisa keluar rumah krn sakit",  # ill, not kept in
        "paspor ga aman disimpan di sini",
        "sy suka nonton berita pembunuhan",
        "anak majikan sy lagi belajar karate, suka nendang2 samsak",
    ],
)
def test_staying_in_news_and_a_punching_bag_are_not_danger(text: str) -> None:
    assert detect(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "they took my passport and phone and dont let me go outside",
        "i was sexually assaulted by my boss",
        "sy dipaksa kerja sampe subuh, kalo ngantuk disiram air",
        "tolongggg sy mau kabur tp dijaga",
        "help me please, what should i do",
        "tolong sy, gimana ini",
    ],
)
def test_a_sixth_batch_of_cries(text: str) -> None:
    assert detect(text) is not None


def test_someone_elses_bruises_and_wish_to_die_are_theirs() -> None:
    found = detect("anak sy di hongkong katanya disiksa, badannya memar2")
    assert found is not None and found.third_person
    found = detect("my sister said she wants to end her life")
    assert found is not None and found.kind == "self_harm" and found.third_person


@pytest.mark.parametrize(
    "text",
    [
        "i got hit by the ball during training lol",
        "the cat is locked in the bathroom",
        "please help, what documents do i need",
        "darurat sih ngga, cuma mau tanya",
        "tolong, apa syaratnya?",
    ],
)
def test_a_ball_a_cat_a_question_and_no_emergency_are_not_danger(text: str) -> None:
    assert detect(text) is None


@pytest.mark.parametrize("text", ["tolong, sy mau tanya, selamat pagi", "tolong sy mau keluar dr PT ini"])
def test_asking_to_leave_an_agency_or_a_greeting_after_a_request_is_no_cry(text: str) -> None:
    assert detect(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "sy merasa tidak aman, majikan bawa pisau",
        "aku ngumpet di toilet mall, takut ketahuan agen",
        "sy gk dibolehin pegang hp sama sekali",
        "hp sy dirampas, sy ga bs hubungi siapa2",
        "sy ga boleh pulang kalau belum bayar 50 juta",
        "agen bilang kalo sy kabur dia akan cari keluarga sy",
        "baba masuk kamar sy malam2",
        "he comes into my room at night",
        "aku kena sepak majikan",
        "sy didorong dari tangga",
        "saya diperlakukan kayak binatang",
        "disuruh tidur di kamar mandi",
        "sy ditinggal di hutan sm calo",
        "we cannot leave the compound",
        "majikan ngamuk bawa golok",
    ],
)
def test_held_watched_and_frightened_into_staying_is_danger(text: str) -> None:
    found = detect(text)
    assert found is not None and found.kind == "danger" and not found.third_person


@pytest.mark.parametrize(
    "text",
    [
        "tidak aman kirim uang lewat agen",
        "sy main petak umpet sama anak majikan",
        "sy ga boleh pegang hp waktu kerja",
        "hp sy disita pas ujian, udh dibalikin",
        "sy ga boleh pulang sebelum kontrak habis",
        "kalo sy kabur visa sy gimana?",
        "majikan masuk kamar sy buat cek kebersihan",
        "nenek didorong pakai kursi roda ke taman",
        "sy mau tanya, kalo dipukul majikan lapornya kemana?",
        "kemarin sy ditampar angin dingin",
        "nenek suka mukul2 kalo lagi pikun, tp pelan",
    ],
)
def test_rules_of_the_house_a_game_and_a_question_about_what_if_are_not_danger(text: str) -> None:
    assert detect(text) is None


def test_hit_but_not_hurt_is_still_a_report() -> None:
    assert detect("sy dipukul majikan tapi ga sakit kok") is not None


@pytest.mark.parametrize(
    "text",
    [
        "sinsang suka masuk kamar pas taitai kerja, sy takut",
        "majikan bilang mau potong lidah sy kalau cerita ke orang",
        "sy di bawah ancaman terus, dia bilang akan buang sy ke gurun",
        "mandor ngancam tembak kalo ada yg kabur",
        "my employer wife pour hot oil to my hand",
        "sy skrg di kamar mandi, majikan ngamuk di luar, tolong",
    ],
)
def test_a_seventh_batch_threats_to_maim_rage_at_the_door_and_hot_oil(text: str) -> None:
    found = detect(text)
    assert found is not None and found.kind == "danger"


@pytest.mark.parametrize("text", ["rasanya pengen nabrakin diri ke mobil", "aku mau nyusul bapak aja di surga"])
def test_throwing_herself_at_a_car_and_joining_the_dead_are_self_harm(text: str) -> None:
    found = detect(text)
    assert found is not None and found.kind == "self_harm"


@pytest.mark.parametrize(
    "text",
    [
        "majikan ngancam potong gaji kalau sy telat",
        "mau potong rambut dimana ya",
        "sy mau tidur selamanya di hari libur wkwk",
        "mau nyusul suami kerja di korea, syaratnya apa?",
        "majikan masuk kamar sy buat cek kebersihan pas sy kerja",
    ],
)
def test_a_pay_cut_a_haircut_a_lie_in_and_joining_a_husband_abroad_are_not_danger(text: str) -> None:
    assert detect(text) is None


def test_a_word_taken_back_at_once_is_not_danger_but_a_second_saying_is() -> None:
    assert detect("sy dijual... eh maksudnya hp sy mau dijual, ada yg mau beli?") is None
    assert detect("sy dijual eh maksudnya dijual ke majikan lain") is not None


@pytest.mark.parametrize("text", ["darurat banget, pulsa sy habis", "darurat, gaji blm masuk"])
def test_an_everyday_urgency_about_credit_or_money_is_not_an_emergency(text: str) -> None:
    assert detect(text) is None


@pytest.mark.parametrize("text", ["DARURAT tolong", "darurat, majikan mabuk bawa pisau", "abdi dipeuncit ku dunungan"])
def test_an_emergency_and_a_sundanese_slaughter_verb_are_still_danger(text: str) -> None:
    assert detect(text) is not None


@pytest.mark.parametrize(
    "text",
    [
        "tiap sy salah sy disuruh berdiri di luar semalaman, pernah sampe pingsan",
        "sy dipaksa nikah sm majikan",
        "sy gk bisa kemana2, pintu pagar dikunci, tembok tinggi ada kawat",
        "majikan ancam sebar foto sy kalau sy lapor",
        "sy dipaksa ngemis di jalan sama agen",
        "kami ABK gk dikasih air minum bersih",
        "sy dihukum gk boleh tidur 2 hari",
        "my employer's husband come to my room and try to undress me",
        "i was pushed down the stairs by madam",
        "cepat bu dia udh pegang pisau",
        "sy dikeluarin dr mobil di tengah gurun sama sponsor",
    ],
)
def test_an_eleventh_batch_punishment_blackmail_forced_marriage_and_abandonment(text: str) -> None:
    found = detect(text)
    assert found is not None and found.kind == "danger"


@pytest.mark.parametrize("text", ["selamat tinggal semuanya, maafin sy", "buat apa hidup kalau begini terus"])
def test_a_last_goodbye_and_asking_what_life_is_for_are_self_harm(text: str) -> None:
    found = detect(text)
    assert found is not None and found.kind == "self_harm"


@pytest.mark.parametrize(
    "text",
    [
        "selamat tinggal bulan desember, semoga tahun depan gaji naik",
        "sy gk bisa kemana2 krn gk ada uang",
        "ga boleh istirahat siang kata majikan",
        "my agency pushed me to sign the new contract",
        "sy lagi bersihin pisau dapur",
    ],
)
def test_a_farewell_to_a_month_no_money_to_go_out_and_being_pressed_to_sign_are_not_danger(text: str) -> None:
    assert detect(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "baju sy dirobek2 sm majikan",
        "sy diteror terus sm agen lewat telpon",
        "sy hamil dan majikan mau bunuh bayinya",
        "mereka ambil ginjal orang katanya, sy takut",
        "the employer put chili in my eyes",
        "sy sembunyi di toilet, dia di luar teriak2",
        "ada yang bisa jemput sy? sy kabur",
    ],
)
def test_a_twelfth_batch_torn_clothes_terror_organs_chili_and_a_lift_after_running(text: str) -> None:
    assert detect(text) is not None


def test_nobody_missing_her_is_self_harm() -> None:
    found = detect("nobody will miss me if i die")
    assert found is not None and found.kind == "self_harm"


@pytest.mark.parametrize(
    "text",
    [
        "baju majikan robek pas sy cuci, sy takut dimarahin",
        "i put chili in the soup and madam loved it",
        "ada yang bisa jemput sy di bandara soekarno hatta?",
        "ginjal nenek yg sy jaga bermasalah, harus cuci darah",
    ],
)
def test_a_torn_shirt_chili_soup_an_airport_lift_and_a_kidney_patient_are_not_danger(text: str) -> None:
    assert detect(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "she throws things at me when she is angry, yesterday a glass",
        "they take our phones at night, we are watched all the time",
        "madam pulled my hair and banged my head on the wall",
        "the captain threatened to throw me in the sea",
    ],
)
def test_english_throwing_pulling_and_phones_taken_while_watched(text: str) -> None:
    assert detect(text) is not None


@pytest.mark.parametrize(
    "text",
    [
        "i have not eaten breakfast, busy morning",
        "someone please help me choose a phone",
        "he pulled my leg haha",
        "they take our phones during training only",
    ],
)
def test_a_skipped_breakfast_a_shopping_question_a_tease_and_a_training_rule_are_not_danger(text: str) -> None:
    assert detect(text) is None


def test_not_eaten_for_days_is_still_danger() -> None:
    assert detect("i have not eaten for two days") is not None


@pytest.mark.parametrize("text", ["kepala sy benjol dilempar remote", "my arm is swollen after he grabbed it"])
def test_signs_of_a_beating_in_more_words(text: str) -> None:
    assert detect(text) is not None


@pytest.mark.parametrize(
    "text", ["my nose is bleeding, too hot here", "kaki sy bengkak kebanyakan berdiri", "gusi sy berdarah"]
)
def test_a_nosebleed_swollen_feet_from_standing_and_bleeding_gums_are_not_a_beating(text: str) -> None:
    assert detect(text) is None


VIOLENT_PASSIVES = (
    "ditonjok ditinju dibogem dikeroyok dipentung digorok dicakar digigit dijewer dijitak dibekap dirantai "
    "dilakban disumpal dibius digagahi dinodai ditiduri disetubuhi dijamah diludahi dipites digeplak ditoyor "
    "ditenggelamkan ditindih"
).split()


@pytest.mark.parametrize("verb", VIOLENT_PASSIVES)
def test_every_common_verb_of_violence_done_to_her_is_danger(verb: str) -> None:
    """A vocabulary probe, not a list of messages: each verb in the same sentence."""
    assert detect(f"sy {verb} sm majikan") is not None


@pytest.mark.parametrize(
    "verb", ["groped", "scalded", "confined", "imprisoned", "abducted", "drugged", "bitten", "spat"]
)
def test_every_common_english_verb_of_violence_is_danger(verb: str) -> None:
    assert detect(f"i was {verb} by my employer") is not None


@pytest.mark.parametrize(
    "text",
    [
        "sy digigit nyamuk",
        "sy kecakar kucing",
        "kardus nya dilakban",
        "the dog bit me",
        "bitten by mosquitoes all night",
        "i was tied up with work all day",
    ],
)
def test_animals_boxes_and_busy_days_are_not_violence(text: str) -> None:
    assert detect(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "pengen pergi selamanya",
        "i give up on life",
        "i want to slit my wrists",
        "i want to hang myself",
        "sy udah gk ada semangat hidup",
        "hidup sy udah gk berarti",
        "sy pasrah mau mati",
    ],
)
def test_a_probe_of_ways_to_say_she_wants_to_die(text: str) -> None:
    found = detect(text)
    assert found is not None and found.kind == "self_harm"


@pytest.mark.parametrize(
    "text",
    [
        "sy ditahan di rumah majikan",
        "i am kept inside",
        "they don't let me out",
        "i am never allowed outside",
        "pintu kamar sy dikunci dari luar",
        "i need urgent help",
        "he touched my private parts",
        "majikan minta sy tidur sama dia",
        "bapak majikan ngajak sy berhubungan",
        "sy diajak tidur sm anak majikan",
    ],
)
def test_a_probe_of_ways_to_say_she_is_kept_in_or_pressed_for_sex(text: str) -> None:
    assert detect(text) is not None


@pytest.mark.parametrize(
    "text",
    [
        "sy mau pergi selamanya dari perusahaan ini",
        "kept inside all day because of rain",
        "hidup sy gk berarti tanpa anak2 sy hehe",
        "i need urgent help with my visa",
        "nenek minta sy tidur sama dia krn takut gelap",
    ],
)
def test_the_probes_look_alikes_leaving_a_job_rain_love_for_her_children_a_visa_and_grandma(text: str) -> None:
    assert detect(text) is None


#: a probe of precision: everyday messages from a working day abroad (chores, children, cooking,
#: questions, moods), none of which is a cry for help
EVERYDAY = (
    "selamat pagi bu",
    "assalamualaikum, mau tanya",
    "sy mau lapor gaji blm dibayar 2 bulan",
    "majikan sy orangnya baik",
    "hari ini sy libur, mau ke victoria park",
    "anak majikan lagi belajar, sy masakin nasi goreng",
    "nenek yg sy jaga tidur siang",
    "sy lagi nyuci baju, nanti sy balas",
    "gimana cara kirim uang ke indo",
    "berapa biaya perpanjang paspor di kjri",
    "sy kangen anak sy di rumah",
    "tolong kirim formulirnya lagi ya bu",
    "terima kasih banyak atas bantuannya",
    "sy udah pulang ke indo bulan lalu",
    "kontrak sy habis desember",
    "sy mau pindah majikan, boleh gk",
    "majikan marah krn sy lupa matiin kompor",
    "anak majikan jatuh dari sepeda, lututnya berdarah",
    "sy lagi potong sayur pake pisau",
    "sy bersihin kamar mandi majikan tiap hari",
    "majikan pergi liburan ke jepang, sy jaga rumah",
    "hp sy rusak, layarnya pecah",
    "sy takut naik pesawat",
    "sy takut telat gajian bulan ini",
    "kunci rumah majikan hilang, sy dimarahin",
    "sy dikunci di luar karena lupa bawa kunci, tunggu majikan pulang",
    "anak majikan suka main perang2an",
    "majikan nonton film action tembak2an",
    "sy lagi masak ayam, nanti dibakar di oven",
    "sampahnya sy bakar di belakang",
    "sy setrika baju majikan sampe malam",
    "tangan sy kena minyak panas waktu goreng, udah diobati",
    "kaki sy keseleo waktu naik tangga",
    "sy sakit gigi, boleh ke dokter gk",
    "sy hamil, gimana cuti melahirkan",
    "majikan sy meninggal kemarin, sy sedih",
    "kakek yg sy rawat masuk rumah sakit",
    "sy mau tanya soal asuransi",
    "capek bgt hari ini tapi alhamdulillah",
    "sy stres mikirin utang di kampung",
    "pengen cepet2 pulang ketemu anak",
    "i am fine thank you",
    "my employer is kind to me",
    "how do i renew my contract",
    "can you help me with my visa application",
    "i want to change employer because the work is too much",
    "i cut my finger while cooking",
    "the baby hit me with his toy lol",
    "my boss yelled at the driver today",
    "i am scared of the dark",
    "the kids fought over the tv remote",
    "i killed a cockroach in the kitchen",
    "this traffic is killing me",
    "i'm dying to go home for lebaran",
    "we had a fight with my husband on the phone",
    "i feel trapped in this boring routine haha",
    "sy kejebak hujan di pasar",
    "sy terjebak macet di jalan pulang",
    "majikan ngajak sy jalan2 ke mall",
    "majikan ngasih sy hadiah ulang tahun",
    "sy ditraktir makan sama majikan",
    "anak majikan peluk sy sebelum tidur",
    "nenek cium tangan sy, sy terharu",
    "sy disuruh jaga anjing majikan",
    "anjing majikan gigit sandal sy",
    "sy pukul kasur biar debunya hilang",
    "sy tendang bola sama anak majikan",
    "sy lempar sampah ke tong sampah",
    "sy tarik kursi buat nenek duduk",
    "sy tutup pintu kamar biar dingin",
    "pintu kamar mandi rusak, gk bisa dikunci",
    "sy gk boleh keluar malam2 kata majikan, demi keamanan",
    "sy gk dikasih libur minggu ini krn majikan sakit",
    "sy gk makan siang tadi, sibuk",
    "sy lagi puasa senin kamis",
    "sy mau mati lampu nih, listrik padam",
    "dunia ini kejam ya bu, harga2 naik semua",
    "sy pengen menghilang sebentar dari sosmed",
    "sy mau akhiri kontrak baik2",
    "sy bosen hidup di perantauan tapi harus kuat",
    "sy gk kuat dingin, minta selimut tambahan ke majikan",
    "majikan kasih sy hp baru",
    "agen minta dokumen sy buat perpanjang visa",
    "paspor sy di majikan buat diperpanjang, besok dikembalikan",
)


@pytest.mark.parametrize("text", EVERYDAY)
def test_an_everyday_message_is_never_read_as_danger(text: str) -> None:
    assert detect(text) is None


@pytest.mark.parametrize("text", ["sy dikunci dari luar gk bisa keluar", "sy terjebak di kamp, gk bisa keluar"])
def test_locked_in_from_outside_and_trapped_in_a_camp_are_still_danger(text: str) -> None:
    assert detect(text) is not None


@pytest.mark.parametrize(
    "text",
    [
        "tlg bantu sy bu, sy takut",
        "somebody help",
        "someone please help!",
        "sy butuh pertolongan",
        "sy perlu bantuan segera",
    ],
)
def test_a_probe_of_cries_a_request_said_in_fear_and_a_need_for_help_now(text: str) -> None:
    assert detect(text) is not None


@pytest.mark.parametrize(
    "text",
    [
        "sy butuh bantuan bu",
        "sy butuh bantuan urus paspor",
        "someone help me with my visa",
        "does anyone help with visa?",
        "tolong bantu sy, sy takut dipecat",
    ],
)
def test_a_probe_of_requests_help_with_a_task_or_a_worry_is_not_a_cry(text: str) -> None:
    assert detect(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "pengen modar ae",
        "aku ra kuat urip maneh",
        "abdi hoyong maot",
        "abdi hoyong paeh wae",
        "aku pengen bunuh awak",
    ],
)
def test_a_probe_of_javanese_sundanese_and_malay_wishes_to_die(text: str) -> None:
    found = detect(text)
    assert found is not None and found.kind == "self_harm"


@pytest.mark.parametrize(
    "text",
    [
        "aku dikaplok majikan",
        "aku ditempiling",
        "abdi dipeupeuh ku dunungan",
        "abdi ditampiling",
        "majikan tak bagi saya keluar rumah",
        "sy diseksa",
        "aku arep dipateni",
        "dia ancam mau mateni aku",
        "tolongin aq donk",
    ],
)
def test_a_probe_of_regional_words_for_violence_confinement_and_killing(text: str) -> None:
    assert detect(text) is not None


@pytest.mark.parametrize(
    "text", ["tolong ya bu, ditunggu kabarnya", "tolong dong infonya", "sy ra ngerti caranya", "nyamuk dipateni"]
)
def test_polite_particles_not_understanding_and_a_dead_mosquito_are_not_danger(text: str) -> None:
    assert detect(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "they not give me food",
        "i cannot go out from house",
        "i want die",
        "employer husband come my room at night",
        "they not allow me go out",
        "i scared my employer",
        "agency keep us like prisoner",
        "they lock the door and take key",
        "i think better i die",
        "pintu dikunci, kuncinya dibawa majikan",
    ],
)
def test_a_probe_of_english_as_workers_write_it(text: str) -> None:
    assert detect(text) is not None


@pytest.mark.parametrize(
    "text",
    [
        "i take the key to open the gate",
        "i cannot go out today because of rain",
        "i want to die my hair brown",
        "come to my room to clean it please",
        "they not give me day off",
        "i lock the door when i sleep",
    ],
)
def test_the_english_probes_look_alikes_a_key_rain_hair_dye_and_a_day_off(text: str) -> None:
    assert detect(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "i got burned by the oven, small burn",
        "we are trapped in traffic",
        "i was sold a fake phone online",
        "my boss beat me at chess",
        "i was beaten in the badminton match",
        "someone help me move this sofa please",
    ],
)
def test_an_english_precision_probe_ovens_traffic_fakes_games_and_sofas(text: str) -> None:
    assert detect(text) is None


@pytest.mark.parametrize(
    "text",
    ["my boss beat me with a stick", "i was sold to another employer", "teman sy dipaksa melayani tamu di karaoke"],
)
def test_beaten_with_a_stick_sold_to_an_employer_and_forced_karaoke_work_are_still_danger(text: str) -> None:
    assert detect(text) is not None


@pytest.mark.parametrize(
    "text",
    [
        "sy dihajar tugas numpuk hari ini",
        "nenek suka cubit pipi sy kalau senang",
        "sy gk boleh keluar pas hujan badai kata majikan",
    ],
)
def test_slammed_by_work_a_fond_pinch_and_a_storm_are_not_danger(text: str) -> None:
    assert detect(text) is None


@pytest.mark.parametrize(
    "text",
    ["sy dihajar majikan", "majikan suka cubit sy sampe biru", "sy gk dikasih keluar, sy sakit tp gk dibawa ke dokter"],
)
def test_beaten_pinched_black_and_blue_and_kept_in_while_ill_are_still_danger(text: str) -> None:
    assert detect(text) is not None


@pytest.mark.parametrize(
    "text",
    ["paspor diambil, kami disuruh nipu orang lewat hp 16 jam", "kami gk boleh turun dari kapal 2 tahun"],
)
def test_a_probe_of_compounds_and_ships_told_to_scam_and_never_ashore(text: str) -> None:
    assert detect(text) is not None


def test_a_ship_not_yet_docked_is_not_danger() -> None:
    assert detect("kami belum turun dari kapal, baru sandar") is None


@pytest.mark.parametrize(
    "text",
    [
        "i want finish my life",
        "better i not alive",
        "i want to go to god now",
        "i wish i was never born",
        "no point to live",
        "i will end everything tonight",
        "my life is over",
        "i want to kill myself lol",
    ],
)
def test_a_probe_of_english_wishes_to_die_as_workers_write_them(text: str) -> None:
    found = detect(text)
    assert found is not None and found.kind == "self_harm"


@pytest.mark.parametrize(
    "text",
    [
        "i want to finish my life story book",
        "the battery is not alive anymore haha",
        "we go to god's house every sunday",
        "my game life is over lol",
        "i will end everything early today and rest",
        "no point to live in this expensive city, want to move",
    ],
)
def test_a_life_story_a_dead_battery_church_and_a_game_are_not_self_harm(text: str) -> None:
    assert detect(text) is None


@pytest.mark.parametrize("text", ["my wife they lock in room", "my daughter employer not give her food"])
def test_a_family_in_broken_english_tells_of_her_danger(text: str) -> None:
    found = detect(text)
    assert found is not None and found.third_person


@pytest.mark.parametrize(
    "text",
    [
        "sy mau nyerah aja sama hidup",
        "rasanya pengen ngilang aja",
        "sy gk mau bangun lagi",
        "sy udah siap mati",
        "pengen loncat aja dari sini",
        "mending sy gk usah hidup",
        "ya allah cabut nyawa sy aja",
        "semoga sy cepet mati",
    ],
)
def test_a_probe_of_indonesian_wishes_to_die(text: str) -> None:
    found = detect(text)
    assert found is not None and found.kind == "self_harm"


@pytest.mark.parametrize(
    "text",
    ["sy diisolasi di kamar, gk boleh ketemu siapa2", "sy dilarang keluar rumah", "sy dilarang pegang hp"],
)
def test_a_probe_of_being_cut_off_forbidden_to_go_out_to_meet_anyone_or_hold_a_phone(text: str) -> None:
    assert detect(text) is not None


@pytest.mark.parametrize(
    "text",
    [
        "sy pengen menghilang sebentar dari sosmed",
        "sy pengen loncat kegirangan, visa sy keluar",
        "hp sy cepet mati, baterainya rusak",
        "gk perlu hidup mewah yg penting cukup",
        "sy dilarang keluar malam sama majikan",
        "sy dilarang pegang hp waktu kerja",
        "sy gk mau bangun pagi pas libur",
        "sy nyerah deh sama resep ini",
        "sy gk boleh ketemu pacar kata ortu",
    ],
)
def test_the_indonesian_probes_look_alikes_a_break_joy_a_battery_a_recipe_and_house_rules(text: str) -> None:
    assert detect(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "majikan bilang awas kalau sy lapor",
        "dia ngancam bakal nyakitin anak sy di kampung",
        "sy diintimidasi terus sama agen",
        "bos bilang dia punya teman polisi, sy bakal dipenjara kalau lapor",
        "they threaten my family in indonesia",
        "the agent said they know where my family lives",
        "he will send people to my village",
        "majikan acungin pisau ke sy",
        "sy dipelototin dan diancam",
        "majikan sy bilang mau ngilangin sy",
    ],
)
def test_a_probe_of_threats_to_her_and_her_family(text: str) -> None:
    assert detect(text) is not None


@pytest.mark.parametrize(
    "text",
    [
        "sy diancam dipecat kalau telat",
        "sy diancam potong gaji sama agen",
        "agen bilang kalau sy lapor, visa sy dibatalkan",
        "hati sy disakiti pacar",
        "awas kalau lupa bawa payung, hujan",
        "majikan bilang gpp kalau sy mau lapor ke kdei",
        "ngilangin noda di baju gimana ya",
    ],
)
def test_threats_to_her_job_a_broken_heart_an_umbrella_and_permission_are_not_danger(text: str) -> None:
    assert detect(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "Siti Aminah binti Slamet",
        "PT Tolong Menolong Sejahtera",
        "kita harus tolong menolong",
        "Jl. Melati No. 5, Tuen Mun",
        "majikan namanya Abdullah, tinggal di Jeddah",
        "foto paspor sy nanti sy kirim",
    ],
)
def test_answers_to_the_dialogs_questions_names_places_and_sayings_are_not_danger(text: str) -> None:
    assert detect(text) is None


@pytest.mark.parametrize("text", ["sy butuh ditolong", "i need to be rescued"])
def test_needing_to_be_rescued_is_a_cry(text: str) -> None:
    assert detect(text) is not None


def test_needing_help_with_a_task_is_not() -> None:
    assert detect("sy butuh ditolong urus paspor") is None


@pytest.mark.parametrize(
    ("text", "kind", "third"),
    [
        ("suami majikan maksa masuk kamar sy", "danger", False),
        ("anak sy bilang bos nya maksa masuk kamarnya malem2", "danger", True),
        ("sy selalu ngunci kamar krn tuan suka masuk pas nyonya pergi", "danger", False),
        ("dia mabuk lagi, sy ngumpet di gudang", "danger", False),
        ("sy gk boleh pulang krn utang sy blm lunas katanya", "danger", False),
        ("agent say I must pay the debt before go home", "danger", False),
        ("sy dilarang ngobrol sm siapa pun", "danger", False),
        ("aku ga dibolehin hubungi siapa2", "danger", False),
        ("teteh abdi teu dibere dahar", "danger", True),
        ("tiap hari cuma dikasih makan sisa majikan", "danger", False),
        ("i am not allowed go out since i came", "danger", False),
        ("mending aku ga ada aja", "self_harm", False),
        ("tangan aku sayat lagi tadi", "self_harm", False),
        ("sy mau nelen semua obat ini malam ini", "self_harm", False),
    ],
)
def test_a_blind_batch_taught_these_ways_of_saying_it(text: str, kind: str, third: bool) -> None:
    """Kinds a batch written without sight of the rules brought (ADR 0006, 4 December afternoon);
    said here in other words than the batch's own."""
    found = detect(text)
    assert found is not None, text
    assert (found.kind, found.third_person) == (kind, third), text


@pytest.mark.parametrize(
    "text",
    [
        "baca berita ada pmi disiksa di malaysia, serem",
        "gimana cara lapor kalau ada teman dipukul majikan?",
        "dulu sy pernah dipukul majikan lama, skrg alhamdulillah majikan baru baik",
        "this job kill me with stress haha",
        "sy kerja gk boleh pulang sebelum kontrak habis",
        "sy tanya cara lapor kalau dikurung majikan",
    ],
)
def test_the_news_a_how_to_question_a_past_that_is_over_and_a_figure_are_not_danger(text: str) -> None:
    assert detect(text) is None


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("i put chair behind the door every night because of him", "danger"),
        ("he say he knows where my kids school", "danger"),
        ("they lock us from outside every night", "danger"),
        ("madam say next time she will break my arm", "danger"),
        ("wajah sy masih biru dr kemarin", "danger"),
        ("tolong tolong tolong sy mau dibawa pergi", "danger"),
        ("hp ini kalau ketauan aku mati", "danger"),
        ("sy gk tau mau dibawa kemana sama agen", "danger"),
        ("dia gedor pintu kamar, sy tahan dari dalam", "danger"),
        ("pengen tidur terus gk usah bangun lg", "self_harm"),
    ],
)
def test_two_more_blind_batches_taught_these(text: str, kind: str) -> None:
    found = detect(text)
    assert found is not None and found.kind == kind, text


@pytest.mark.parametrize(
    "text",
    [
        "help me pls, gimana cara daftar ulang?",
        "kalo misal dipukul majikan lapor kemana? nanya aja",
        "latihan taekwondo kemarin kena tendang dikit",
        "kaki sy biru abis disuntik vaksin",
        "grup kita namanya SOS wkwk",
        "persib dihajar 2-1 semalam",
        "abis dengar ceramah jd takut mati wkwk",
    ],
)
def test_a_how_to_a_supposing_a_sport_a_jab_a_name_a_score_and_a_sermon_are_not_danger(text: str) -> None:
    assert detect(text) is None


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("majikan taruh cctv di kamar mandi sy", "danger"),
        ("sy diawasi terus, gk bisa ngapa2in", "danger"),
        ("komunikasi sy sama keluarga diputus majikan", "danger"),
        ("sy cuma dikasih makan sehari sekali", "danger"),
        ("tadi sy minum pemutih, perut sakit", "self_harm"),
        ("i drank bleach just now", "self_harm"),
        ("sy udh siapin tali di kamar", "self_harm"),
        ("i want sleep and never wake up", "self_harm"),
    ],
)
def test_long_stories_taught_these(text: str, kind: str) -> None:
    found = detect(text)
    assert found is not None and found.kind == kind, text


@pytest.mark.parametrize(
    "text",
    [
        "tadi malem mimpi dipukul majikan, serem, untung cuma mimpi",
        "nonton drakor ada adegan pembantu disiksa, sedih bgt",
        "dulu sy pernah dikurung majikan lama, skrg udh pulang ke indonesia",
        "grandpa always shout he will kill me but he dont mean it, he is sick",
        "lg puasa jd makan sekali sehari aja",
        "capek bgt rasanya mau mati hehe",
    ],
)
def test_a_dream_a_drama_a_past_now_home_words_not_meant_a_fast_and_a_laugh_are_not_danger(text: str) -> None:
    assert detect(text) is None


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("kalau sy gk bales lagi berarti hp sy diambil", "danger"),
        ("aku ga mau bangun lg besok", "self_harm"),
        ("kalo besok aku ga ada, titip anakku ya", "self_harm"),
    ],
)
def test_families_and_boats_taught_these(text: str, kind: str) -> None:
    found = detect(text)
    assert found is not None and found.kind == kind, text


@pytest.mark.parametrize(
    "text",
    ["tadi sy dipukul... bola basket wkwk", "adik sy cerita ditampar... ombak pas latihan renang"],
)
def test_a_ball_and_a_wave_after_a_pause_are_not_danger(text: str) -> None:
    assert detect(text) is None


def test_an_apology_does_not_take_back_a_blow() -> None:
    """ "he dont mean it" takes back a threat shouted by a sick old man, never a beating."""
    assert detect("madam slap me everyday, after she say sorry she dont mean it") is not None


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("majikan maksa aku tidur sama dia", "danger"),
        ("i have no eat 2 days", "danger"),
        ("agen bilang sy harus kerja tanpa gaji sampai utang lunas", "danger"),
        ("his brother tried to kiss me last night", "danger"),
        ("they keep us inside the hostel, nobody can go out", "danger"),
        ("he try to open door when i sleep", "danger"),
        ("the cook say she will cut me with knife", "danger"),
        ("they give me leftovers only every day", "danger"),
        ("aku udh nyiapin obat banyak", "self_harm"),
        ("mending aku ilang aja", "self_harm"),
    ],
)
def test_english_as_workers_write_it_taught_these(text: str, kind: str) -> None:
    found = detect(text)
    assert found is not None and found.kind == kind, text


@pytest.mark.parametrize(
    "text",
    [
        "cara buka hp yang kekunci gimana",
        "my friend joke she will sell me to her madam lol",
        "last year my boss slap me but now new employer good",
    ],
)
def test_a_locked_phone_a_joke_and_last_year_are_not_danger(text: str) -> None:
    assert detect(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "adek sy ngancem mau bunuh sy krn sy ngabisin es krimnya wkwk",
        "temen sy td ngancem mau nyekik sy krn sy ambil pacarnya 🤣",
        "majikan kecil mukul2 sy pake balon, gemes hahaha",
    ],
)
def test_a_message_told_laughing_with_no_cry_or_fear_is_not_danger(text: str) -> None:
    assert detect(text) is None


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("wkwk gk lucu, tolong sy dikunci majikan dr pagi", "danger"),
        ("sy takut bgt haha majikan bawa pisau ngejar sy", "danger"),
        ("pengen bunuh diri aja wkwk", "self_harm"),
    ],
)
def test_laughter_does_not_take_back_a_cry_fear_or_self_harm(text: str, kind: str) -> None:
    found = detect(text)
    assert found is not None and found.kind == kind, text


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("aku wis ora kuat, pengen hilang dari dunia iki", "self_harm"),
        ("sy baru beli banyak obat tidur di apotek, besok sy gk mau bangun", "self_harm"),
        ("sy x larat hidup macam ni lagi", "self_harm"),
        ("aku nak terjun dari jambatan je", "self_harm"),
        ("adikku ora diwenehi mangan karo juragane wis 3 dino", "danger"),
        ("sy gk blh keluar dr rumah ini udh setahun", "danger"),
        ("kakak sy dibilang majikannya masuk kamar dia tiap malem, dia takut", "danger"),
        ("majikan nyimpen golok di dapur trs ngancem sy, takut bgt", "danger"),
        ("td sy pingsan di dapur, tp majikan gk mau bawa ke rumah sakit", "danger"),
        ("suami sy kejang2 di kapal, mandor nolak bawa ke darat", "danger"),
        ("i was bleeding a lot but my employer not allow me to go to hospital", "danger"),
    ],
)
def test_a_seventh_round_of_blind_batches_taught_these(text: str, kind: str) -> None:
    found = detect(text)
    assert found is not None and found.kind == kind, text


@pytest.mark.parametrize(
    "text",
    [
        "sy pingsan kemarin, skrg udh di rumah sakit dirawat",
        "anak sy pingsan di sekolah, udh dibawa ke dokter",
        "majikan gk bolehin sy ke dokter gigi hari ini krn tamu banyak",
        "sy simpen pisau buat masak di laci",
        "majikan masuk kamar dia buat ambil baju",
        "sy beli obat tidur 1 strip krn susah tidur pas jetlag",
    ],
)
def test_a_grave_sign_with_care_given_a_refusal_with_no_sign_and_a_kitchen_knife_are_not_danger(text: str) -> None:
    assert detect(text) is None


def test_a_phone_about_to_be_lost_is_not_a_wish_to_vanish() -> None:
    assert detect("hp sy mau ilang, tolong ingetin sy bawa charger") is None


@pytest.mark.parametrize(
    "text", ["sy gk dikasih air seharian di gudang", "adik sy dipeksa turu bareng bose", "abk gk diberi air 2 hari"]
)
def test_no_water_and_forced_to_sleep_with_him_in_javanese_are_danger(text: str) -> None:
    assert detect(text) is not None


@pytest.mark.parametrize(
    "text", ["gk dikasih air panas buat mandi sm majikan, dingin bgt", "tanaman sy gk dikasih air sm anak majikan"]
)
def test_water_for_a_bath_or_for_plants_is_not_danger(text: str) -> None:
    assert detect(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "tokonya dijual ke org lain, kami karyawan disuruh nunggu kabar",
        "kmrn kaki sy kejepit pintu lift tp udh diperiksa, skrg aman kok",
        "td kami loncat ke kolam dari papan, seru bgt",
    ],
)
def test_a_firm_sold_a_hurt_that_is_safe_already_and_a_jump_for_fun_are_not_danger(text: str) -> None:
    assert detect(text) is None


@pytest.mark.parametrize(
    "text",
    ["sy dipukul majikan tp udh lapor, blm aman", "sy dijual ke majikan lain", "kami dipaksa loncat ke laut sm kapten"],
)
def test_not_yet_safe_a_person_sold_and_a_forced_jump_are_still_danger(text: str) -> None:
    assert detect(text) is not None


@pytest.mark.parametrize(
    "text",
    [
        "istri sy kerja di kuwait, kmrn telp katanya udh 2 hari gk dikasih makan, dikurung di gudang",
        "my sister in dubai, yesterday voice note crying, employer beat her with belt",
        "bojoku nang kapal, jare dihajar kapten terus",
    ],
)
def test_a_message_that_opens_with_someone_of_hers_tells_of_that_person(text: str) -> None:
    found = detect(text)
    assert found is not None and found.third_person, text


@pytest.mark.parametrize(
    "text",
    ["anak sy sakit di kampung, sy dipukul majikan krn minta pulang", "my daughter is sick at home and boss hit me"],
)
def test_she_is_the_one_when_she_says_it_is_done_to_her(text: str) -> None:
    found = detect(text)
    assert found is not None and not found.third_person, text


def test_bumping_into_a_thing_is_an_accident_unless_someone_did_it() -> None:
    assert detect("kepala sy kebentur lemari pas bersih2") is None
    assert detect("kepala sy kebentur tembok sm majikan") is not None


@pytest.mark.parametrize(
    "text",
    [
        "kucingnya madam nyakar kaki sy smp berdarah, udh dikasih betadine",
        "anjing tetangga gigit sy pas buang sampah, udh ke klinik",
    ],
)
def test_an_animals_bite_or_scratch_is_not_danger(text: str) -> None:
    assert detect(text) is None


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("majikan nyuruh anjingnya gigit sy kalo sy lambat", "danger"),
        ("bos suka ngerendem kepala sy di ember kalo marah", "danger"),
        ("sy udh siapin baygon buat minum nanti malem", "self_harm"),
    ],
)
def test_a_dog_set_on_her_a_head_held_under_water_and_poison_to_drink(text: str, kind: str) -> None:
    found = detect(text)
    assert found is not None and found.kind == kind, text


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("tlg sy lari ke jalan, dikejar sm majikan", "danger"),
        ("the captain threw my friend overboard last night", "danger"),
        ("adik sy dipaksa nemenin tamu tiap malam di bar", "danger"),
        ("sy di gudang, kunci dr luar, udh seharian", "danger"),
        ("majikan ga ninggalin makanan 3 hari, sy dikunci", "danger"),
        ("anak majikan bawa golok ke kamarku", "danger"),
        ("my friend collapsed in the kitchen, madam not let us call ambulance", "danger"),
        ("silet udah di tangan, maaf semuanya", "self_harm"),
        ("racun tikus udh sy siapin, minum biar selesai semua", "self_harm"),
    ],
)
def test_an_eleventh_blind_batch_of_short_and_family_messages_taught_these(text: str, kind: str) -> None:
    found = detect(text)
    assert found is not None and found.kind == kind, text


@pytest.mark.parametrize(
    "text",
    [
        "katanya temen sekampung kabur dari majikan, tp kakak sy aman kok, mau tanya prosedur aja",
        "kata agen anak sy 'dijual' ke agensi lain, ternyata maksudnya cuma pindah agensi",
        "sy dikejar deadline laporan bulanan",
    ],
)
def test_safe_said_right_after_a_word_explained_and_a_deadline_are_not_danger(text: str) -> None:
    assert detect(text) is None


def test_a_person_thrown_into_the_sea_is_danger_and_rubbish_is_not() -> None:
    found = detect("the boss throw two workers into the sea near fiji")
    assert found is not None and found.third_person
    assert detect("we throw the fish waste into the sea after cleaning") is None


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("gerbang digembok dr luar, madam pergi seminggu, makanan habis", "danger"),
        ("obat asma sy abis, majikan gk mau beliin, td malem sesak sampe pingsan", "danger"),
        ("semalem majikan nyekik sy, tp udh gpp kok skrg", "danger"),
        ("madam gk ngasih makan 2 hari krn sy telat bangun", "danger"),
        ("mending aku ora ono wae, kesel urip", "self_harm"),
        ("abdi tos nyiapkeun tali", "self_harm"),
        ("sy udh siap nyusul aja, gk ada gunanya lagi", "self_harm"),
    ],
)
def test_the_last_blind_batches_taught_these(text: str, kind: str) -> None:
    found = detect(text)
    assert found is not None and found.kind == kind, text


def test_playing_it_down_is_not_being_safe_but_being_healed_is() -> None:
    assert detect("kmrn kaki sy kejepit pintu lift tp udh sembuh") is None
    assert detect("majikan tampar sy td pagi tp udh gapapa") is not None


@pytest.mark.parametrize(
    "text",
    [
        "agen bawa sy pergi jam 2 pagi, sy dipindah ke kota lain, hp sy disita",
        "adik sy dibawa majikan ke rumah di hutan, gk tau dimana tempatnya",
        "we were moved at midnight by the agent, we don't know where we are now",
    ],
)
def test_taken_away_at_night_or_to_nowhere_and_lost_or_cut_off_is_danger(text: str) -> None:
    assert detect(text) is not None


@pytest.mark.parametrize(
    "text",
    ["sy dipindah ke rumah anaknya majikan minggu lalu", "kami dipindah tengah malam ke mess baru di jalan melati"],
)
def test_a_move_alone_is_not_danger(text: str) -> None:
    assert detect(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "ibu sy nelpon td, katanya 'aku dikunci majikan di gudang'",
        "my sister texted me 'please help me, they locked me in'",
        "ponakan sy chat sy td, majikannya ngamuk bawa pisau",
    ],
)
def test_what_someone_of_hers_said_is_told_of_her_not_of_the_writer(text: str) -> None:
    found = detect(text)
    assert found is not None and found.third_person, text


def test_a_word_she_calls_the_reader_by_is_not_someone_of_hers() -> None:
    found = detect("mbak sy mau tanya, katanya majikan boleh nyimpen hp, trus majikan kunci sy di kamar")
    assert found is not None and not found.third_person


@pytest.mark.parametrize(
    ("text", "third"),
    [
        ("muntah getih terus, juragan mboten purun ngeterke dokter", False),
        ("bapak sy jatuh dr atap proyek, mandor gk mau bawa ke RS", True),
        ("kaki sy bernanah udh seminggu, madam gk izinin berobat", False),
        ("sy batuk darah, majikan bilang sy pura2", False),
    ],
)
def test_a_grave_sign_with_care_refused_or_called_faking_is_danger(text: str, third: bool) -> None:
    found = detect(text)
    assert found is not None and found.kind == "danger" and found.third_person == third, text


@pytest.mark.parametrize(
    "text",
    ["sy batuk darah kmrn, udh ke dokter dikasih obat", "anak majikan bilang sy pura2 gk denger"],
)
def test_a_grave_sign_seen_to_or_faking_alone_is_not(text: str) -> None:
    assert detect(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "majikan ngancam mau bunuh keluarga sy kalo sy lapor",
        "madam lempar gelas ke aku td malem",
        "bos cakap kalau saya lapor dia akan pukul saya",
        "bojo kulo e konci e kamar",  # Madurese "e" for "di": locked in
        "ngakunya cuma nanya kalo ditampar boleh lapor gk, soalnya tadi sy ditampar",
    ],
)
def test_threats_through_her_family_things_thrown_at_her_and_regional_passives(text: str) -> None:
    assert detect(text) is not None, text


def test_a_ball_thrown_in_play_is_not() -> None:
    assert detect("anak2 lempar bola ke sy pas main di taman") is None


def test_laughing_at_a_wound_or_a_habit_of_blows_is_still_danger() -> None:
    assert detect("wkwk udh biasa dijambak tiap pagi 😂") is not None
    assert detect("haha td ditabok sampe bibir sy berdarah") is not None
    assert detect("wkwk adegan drakor td ada yg ditampar") is None


@pytest.mark.parametrize(
    "text",
    [
        "capek bgt, pengen nyusul ibu aja, gk kuat lg",
        "sy udh di atap gedung, tinggal lompat",
        "pamit ya semuanya, maafin sy",
        "aku udh gk kuat, mending aku telen semua obat ini",
        "tonight i will end it",
        "kl sy loncat dr jembatan ini siapa yg peduli",
    ],
)
def test_more_ways_of_saying_goodbye_to_life(text: str) -> None:
    found = detect(text)
    assert found is not None and found.kind == "self_harm", text


@pytest.mark.parametrize(
    "text",
    [
        "mau nyusul ibu ke jakarta bsk",
        "pamit ya kak, makasih infonya",
        "kemarin teman sy dikunci majikan, skrg udh aman di KBRI",
    ],
)
def test_a_trip_a_thank_you_and_a_danger_that_is_over_are_not(text: str) -> None:
    assert detect(text) is None


@pytest.mark.parametrize(
    ("text", "third"),
    [
        ("suami sy di kapal, demam tinggi sampe pingsan, kapten gk mau sandar", True),
        ("sy jatuh dr tangga proyek, kaki bengkak bernanah, mandor ngelarang sy ke klinik", False),
        ("istri di riyadh dikunci majikan di kamar", True),
        ("bos bilang kalau sy lari polis tangkap", False),
        ("di kapal air minum dijatah, kami haus", False),
    ],
)
def test_care_kept_at_sea_a_threat_without_will_and_rationed_water(text: str, third: bool) -> None:
    found = detect(text)
    assert found is not None and found.kind == "danger" and found.third_person == third, text


def test_someone_elses_wife_named_first_is_not_someone_of_hers() -> None:
    found = detect("wife of my boss slap me every morning")
    assert found is not None and not found.third_person


def test_a_bottle_of_pills_drunk_is_self_harm_a_bottle_of_water_is_not() -> None:
    found = detect("td sy minum sebotol obat tidur")
    assert found is not None and found.kind == "self_harm"
    assert detect("td sy minum sebotol air dingin, seger") is None


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("i swallow all my sleeping pills tonight", "self_harm"),
        ("sy mau minum semua obat nenek biar tidur terus", "self_harm"),
        ("i have the rope already, sorry mama", "self_harm"),
        ("td sy nyoba minum pemutih", "self_harm"),
        ("biar gk jadi beban lg mending sy pergi selamanya", "self_harm"),
        ("kode merah. jemput sy skrg", "danger"),
        ("cuma dikasih roti 1 bungkus sehari, udh seminggu", "danger"),
        ("anak majikan sering meluk dr belakang pas sy masak", "danger"),
        ("my friend hand cut by machine, boss say no hospital", "danger"),
        ("bos laki2 masuk kamar malem2 paksa sy", "danger"),
    ],
)
def test_a_fifth_and_sixth_danger_batch_taught_these(text: str, kind: str) -> None:
    found = detect(text)
    assert found is not None and found.kind == kind, text


@pytest.mark.parametrize(
    "text",
    [
        "how to say 'help me' in cantonese?",
        "no one hit me, only my salary is late",
        "i was hit by a car last year but all finished, insurance paid",
        "kode merah di formulir itu artinya wajib diisi ya?",
        "take the pills after eating, 3 times a day",
    ],
)
def test_a_word_named_a_blow_denied_or_settled_and_a_dose_are_not_danger(text: str) -> None:
    assert detect(text) is None, text


@pytest.mark.parametrize(
    "text",
    [
        "Pak saya mau tanya cara lapor online. Adik ipar sy Rina di Dubai tadi malam dikunci di gudang sm majikan",
        "selamat siang. saya suaminya Tini yg kerja di Qatar, katanya dia dipukul tiap hari",
        "Assalamualaikum, saya kakak kepada Siti yang kerja di Johor, dia tak diberi makan 3 hari",
        "Sir my wife is in Kuwait, she message me that madam beat her with a stick",
    ],
)
def test_someone_of_hers_named_later_in_a_long_message_is_who_it_is_told_of(text: str) -> None:
    found = detect(text)
    assert found is not None and found.third_person, text


def test_a_friends_phone_borrowed_does_not_make_her_own_danger_someone_elses() -> None:
    found = detect("majikan ambil hp sy. ini hp tmn. kami 10 org dikunci di mess")
    assert found is not None and not found.third_person


@pytest.mark.parametrize(
    ("text", "kind", "third"),
    [
        ("Kula simbokipun Tarmi. Tarmi sanjang asring dipun gebugi juraganipun", "danger", True),
        ("Saya kawan serumah Ani. Ani kena pukul dengan majikan semalam, muka dia lebam", "danger", True),
        ("sy mau tanya gaji. sy jg mau bilang, anak majikan masuk kamar sy malem2 dan maksa", "danger", False),
        ("penat sangat dah, rasa nak terjun dari tingkat atas ni", "self_harm", False),
        ("supir majikan suka maksa peluk sy di dapur", "danger", False),
        ("majikan sok ngagebug abdi nganggo iteuk", "danger", False),
    ],
)
def test_regional_family_and_long_messages_from_a_seventh_batch(text: str, kind: str, third: bool) -> None:
    found = detect(text)
    assert found is not None and found.kind == kind and found.third_person == third, text


@pytest.mark.parametrize(
    "text",
    [
        "dulu sy pernah ditampar majikan lama, tp itu 4 thn lalu dan sy udh pulang. skrg mau daftar lagi",
        "sy takut adik sy ketipu terus dijual kayak di berita2, lwt jalur resmi aja ya?",
    ],
)
def test_a_blow_long_past_and_home_and_a_fear_from_the_news_are_not_danger(text: str) -> None:
    assert detect(text) is None, text


@pytest.mark.parametrize(
    "text",
    [
        "td sy nyilet tangan lg, malem ini mau lebih dalem",
        "mak, sy titip anak2. besok jgn cari sy",
        "ibu udh gk ada, sy sendirian disini. pgn nyusul ibu aja",
    ],
)
def test_cutting_a_last_wish_and_joining_a_parent_who_is_gone_are_self_harm(text: str) -> None:
    found = detect(text)
    assert found is not None and found.kind == "self_harm", text


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("ibu wes ora ono, aku pengen nyusul wae", "self_harm"),
        ("maafin sy bu, sy udh gk kuat. sy titip anak2 ya", "self_harm"),
        ("majikan bilang 'kamu udah saya beli', sy gk boleh pulang", "danger"),
        ("agen bilang harus bayar dulu, sy gk bisa keluar dr sini", "danger"),
        ("sy dipaksa layani tamu laki2 tiap malam", "danger"),
        ("anak majikan masuk kamar sy semalem pas madam pergi", "danger"),
        ("they go out 3 days and i cannot go anywhere, no food", "danger"),
    ],
)
def test_a_look_alike_heavy_batch_also_taught_these(text: str, kind: str) -> None:
    found = detect(text)
    assert found is not None and found.kind == kind, text


@pytest.mark.parametrize(
    "text",
    [
        "sy titip anak ke ibu selama sy kerja di taiwan",
        "burung beo tetangga tiap pagi teriak 'tolong tolong' 🤣",
        "td di pasar ada ibu2 teriak tolong, ternyata cuma dompetnya jatuh 😂",
        "kalau PMI dipukul majikan hukumannya apa? buat tugas kuliah",
        "dulu sy pernah dikurung di penampungan, tp skrg sy udh jadi leader di pabrik",
        "we lock the gate at night, everyone has a key",
    ],
)
def test_a_look_alike_heavy_batch_and_these_are_not(text: str) -> None:
    assert detect(text) is None, text


@pytest.mark.parametrize(
    "text",
    [
        "kucing majikan dipukul sapu sm anaknya, kasian liatnya",  # an animal is who is hit
        "ayamnya dipukul dulu biar empuk, baru digoreng",  # food
        "dagingnya dipukul2 pake palu kayu biar tipis",
        "mesin jahit di pabrik bunyinya kyk dipukul2, takut rusak",  # a machine's sound
        "hp sy gk bisa login wa, minta kode otp gk masuk2. help me kak",  # a hand with a phone
        "tolong sy kak, aplikasi bank nya error trs pas mau transfer",
        "dulu sy pernah gk dikasih makan di penampungan, tp skrg kerjanya enak",  # over, and fine now
    ],
)
def test_a_look_alike_batch_of_animals_food_and_phones_taught_these_are_not(text: str) -> None:
    assert detect(text) is None, text


@pytest.mark.parametrize(
    "text",
    [
        "sy dipukul majikan kyk binatang",  # the simile is after, the blow is hers
        "kucing majikan lari, trus sy dipukul krn kucingnya kabur",
        "aplikasi hp sy dihapus majikan, sy dikunci di kamar, help me",
        "TOLONG aplikasi nya error, sy gk bisa telpon, majikan mau bunuh sy",
    ],
)
def test_and_with_the_same_words_danger_is_still_danger(text: str) -> None:
    assert detect(text) is not None, text


@pytest.mark.parametrize(
    "text",
    [
        "suami majikan tadi malem maksa buka baju aku, aku lari ke kamar mandi",
        "sopir majikan suka tarik baju sy dr belakang",
    ],
)
def test_clothes_pulled_or_opened_by_a_man_are_danger(text: str) -> None:
    found = detect(text)
    assert found is not None and found.kind == "danger", text


def test_taking_off_her_own_clothes_is_not() -> None:
    assert detect("panas bgt disini, sy buka baju luar dulu baru kerja") is None


@pytest.mark.parametrize(
    "text",
    [
        "cucu nenek usia 3 tahun hobi nendang2 kaki sy kalau mau tidur, gemes",  # a toddler's play
        "waktu di penampungan dulu sy pernah dikurung 3 hari, skrg sy jadi relawan di shelter",
    ],
)
def test_a_toddlers_kicks_and_a_past_now_spent_helping_others_are_not_danger(text: str) -> None:
    assert detect(text) is None, text


def test_a_teenager_who_hits_her_is_danger() -> None:
    assert detect("anak majikan umur 16 tahun suka nendang sy kalau disuruh belajar") is not None


@pytest.mark.parametrize(
    "text",
    [
        "pintu dapur kekunci otomatis pas angin kenceng, sy nunggu di teras",
        "asrama dikunci jam 11 malam, tp kalau ada perlu boleh keluar asal lapor satpam",
    ],
)
def test_a_door_that_locks_itself_or_a_curfew_she_may_leave_are_not_danger(text: str) -> None:
    assert detect(text) is None, text


@pytest.mark.parametrize("text", ["sy dikunci sendiri di kamar", "sy dikunci di gudang, gk boleh keluar sama sekali"])
def test_locked_in_alone_or_not_let_out_is_still_danger(text: str) -> None:
    assert detect(text) is not None, text


@pytest.mark.parametrize(
    "text",
    [
        "ha ha majikan bilang mau bunuh aku kalau aku salah masak lagi, dia suka becanda",
        "kakek yg sy rawat suka teriak tolong2 tiap sore, kata dokter krn pikun",
        "td adek sy main game di hp, teriak 'help me help me' wkt kalah",
    ],
)
def test_laughter_a_patient_crying_out_and_a_games_line_are_not_danger(text: str) -> None:
    assert detect(text) is None, text


def test_a_cry_beside_the_one_she_cares_for_that_is_her_own_is_still_read() -> None:
    assert detect("tolong sy dipukul anak nenek yg sy jaga") is not None


def test_her_things_sold_are_not_her_sold() -> None:
    assert detect("koper sama baju2 lama sy di mess dijual murah aja kak") is None
    assert detect("temen sy dijual agen ke majikan lain") is not None


@pytest.mark.parametrize(
    "text",
    [
        "sy udh beli baygon, nanti malem sy minum aja biar selesai",
        "she bought poison yesterday and say this is the only way out",
        "temenku bilang udh ngumpulin obat tidur banyak, mau ditelan semua besok",
    ],
)
def test_poison_or_pills_kept_for_tonight_are_self_harm(text: str) -> None:
    found = detect(text)
    assert found is not None and found.kind == "self_harm", text


@pytest.mark.parametrize(
    "text",
    [
        "mau beli racun tikus buat di gudang, tikusnya banyak bgt",
        "pemutih untuk cuci lantai merk apa yg bagus kak",
        "banyak nyamuk disini, sy minum obat biar gk demam",
        "dokter kasih obat banyak, sy simpan di lemari",
    ],
)
def test_poison_for_pests_or_cleaning_and_medicine_kept_are_not(text: str) -> None:
    assert detect(text) is None, text


@pytest.mark.parametrize(
    ("text", "third"),
    [
        ("tiap pindah tempat mata sy ditutup kain", False),
        ("punggung sy ada bekas sundutan rokok dr bos", False),
        ("the agent say i must entertain the guests at night, i refuse", False),
        ("aku ra entuk metu omah karo bojone majikan", False),
        ("pintu kamar sy gk bisa dibuka dr dalam, kuncinya dibawa majikan", False),
        ("makanan sy cuma sisa dr meja majikan", False),
        ("they only give me one meal a day", False),
        ("there is a burn on my arm from my employer", False),
        ("temen sy di apartemen sebelah dijambak tiap hari sama majikannya", True),
        ("majikan nyiram minyak panas ke tangannya", True),
        ("kapten ngancam lempar sy ke laut", False),
        ("adik sy dimasukin ke kamar gelap 2 hari", True),
        ("luka di tangan sy melepuh tp majikan gk boleh ke dokter", False),
        ("td tmn sy di taman, dia bisik 'aku dikurung tiap malam'", True),
    ],
)
def test_danger_said_without_the_usual_verbs_is_read(text: str, third: bool) -> None:
    found = detect(text)
    assert found is not None and found.kind == "danger", text
    assert found.third_person is third, text


@pytest.mark.parametrize(
    ("text", "third"),
    [
        ("ibu maafin aq ya, ini pesan terakhir dr aq", False),
        ("kalau aku udh gk ada lg tolong jagain anak2 ku", False),
        ("buat apa aku hidup kalau begini terus", False),
        ("sy cuma pengen tidur dan gk usah bangun lagi", False),
        ("my roommate is cutting her arms again", True),
        ("obat tidur udh aku kumpulin banyak, biar tenang", False),
        ("i wrote a letter to my mother, goodbye", False),
    ],
)
def test_a_goodbye_said_softly_is_self_harm(text: str, third: bool) -> None:
    found = detect(text)
    assert found is not None and found.kind == "self_harm", text
    assert found.third_person is third, text


@pytest.mark.parametrize(
    "text",
    [
        "maafin sy ya kak, ini yg terakhir sy nanya kok",
        "sy titip anak ke mertua selama kerja di hk, maafin sy ya nak",
        "mak tolong jagain anak sy ya, sy berangkat besok",
        "anak sy kena demam berdarah, skrg dirawat",
        "pintu kamar mandi gk bisa dibuka dr dalam krn rusak, udh lapor tukang",
        "he cut his hand when cooking",
        "kalau sy gk ada di rumah nanti paket dititip ke tetangga aja",
    ],
)
def test_one_sign_of_a_goodbye_a_dengue_fever_and_a_broken_lock_are_not_danger(text: str) -> None:
    assert detect(text) is None, text


@pytest.mark.parametrize(
    ("text", "third"),
    [
        ("they lock the door of my room from outside every night", False),
        ("madam lock the gate when she go to work, i cannot go out at all", False),
        ("majikan kasih aku makan sisaan dr piring anjingnya", False),
        ("his son put his hand under my skirt when i sleep", False),
        ("adik sy dipaksa melayani tamu di karaoke tiap malam", True),
        ("sy dikurung ri bola majikan, tulung", False),
        ("kak ada teman satu mess, katanya udh minum karbol td malam", True),
    ],
)
def test_locked_gates_leftovers_and_hands_under_clothes_are_read(text: str, third: bool) -> None:
    found = detect(text)
    assert found is not None, text
    assert found.third_person is third, text


def test_throwing_herself_into_traffic_in_javanese_is_self_harm() -> None:
    found = detect("aku pengen nabrakno awak nang dalan gede")
    assert found is not None and found.kind == "self_harm"


@pytest.mark.parametrize(
    "text",
    [
        "please lock the door when you go out, i cannot find my key",
        "sy lg disiksa kangen sm ibu di kampung hehe",
        "tadi liat berita di tv malaysia katanya ada pembantu dikunci majikan, serem. sy sih aman",
        "nenek yg sy jaga kadang pukul sy pelan2, namanya jg pikun",
        "sy beli pembersih lantai sama karbol buat ngepel",
    ],
)
def test_a_key_asked_for_a_longing_the_news_and_a_gentle_patient_are_not_danger(text: str) -> None:
    assert detect(text) is None, text


@pytest.mark.parametrize(
    ("text", "kind", "third"),
    [
        ("rencang kulo dipun pukuli juragan", "danger", True),
        ("mantu sy di kuwait dikunci di gudang", "danger", True),
        ("salaki abdi dipukulan ku mandor kapal", "danger", True),
        ("pamajikan abdi dikonci di kamar ku dunungan", "danger", True),
        ("bu RT minta tlg, anaknya di oman udh 2 bln disekap majikan", "danger", True),
        ("td ada tkw di grup wa minta tlg, katanya dikunci di gudang", "danger", True),
        ("adik sy dijual dr satu agen ke agen lain", "danger", True),
        ("majikan ngancam mau siram aku pake air keras", "danger", False),
        ("disuruh tdr di kandang anjing tiap malam", "danger", False),
        ("she is standing on the roof now and says she wants to jump", "self_harm", True),
        ("anak sy kirim pesan 'maafin aku ma, aku pamit selamanya'", "self_harm", True),
        ("no more want live, sorry mom", "self_harm", False),
        ("mbakyu wis kesel urip jarene", "self_harm", True),
    ],
)
def test_regional_kin_someone_brought_up_and_few_words_are_read(text: str, kind: str, third: bool) -> None:
    found = detect(text)
    assert found is not None and found.kind == kind, text
    assert found.third_person is third, text


@pytest.mark.parametrize(
    "text",
    [
        "sy pamit dulu ya kak, makasih infonya",
        "ada tkw baru di rumah sebelah, orangnya ramah",
        "bersihin kandang anjing majikan tiap pagi capek jg",
        "anaknya majikan suka naik ke atap buat main layangan",
    ],
)
def test_leave_taking_a_new_neighbour_and_chores_are_not_danger(text: str) -> None:
    assert detect(text) is None, text


@pytest.mark.parametrize(
    "text",
    [
        "madam say if i report to police i never see my children again",
        "katanya kalau sy lapor ke agen, sy gk akan ketemu anak2 lg",
        "aku gk boleh turun dr lantai atas sejak minta pulang",
        "temen sekamar bilang udh kumpulin obat tidur banyak, nanti mau diminum semua",
    ],
)
def test_silenced_through_her_children_kept_upstairs_and_pills_stored_are_read(text: str) -> None:
    assert detect(text) is not None, text


@pytest.mark.parametrize(
    "text",
    [
        "aturannya jam 11 mlm pintu depan dikunci, sy pulang libur sebelum itu",
        "pintu dikunci jam 10 tp sy dikasih kunci cadangan kok",
        "tikus masuk kamar, sy pukul pake sapu sampe mati",
        "nyonya bercanda 'jgn mati kelaparan ya' trs ngasih makanan byk",
        "kalau sy lapor ke agen, nanti sy bisa ketemu anak sy pas cuti?",
    ],
)
def test_a_house_rule_her_own_key_a_rat_and_a_kind_joke_are_not_danger(text: str) -> None:
    assert detect(text) is None, text


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("kalau sy gk ada mungkin keluarga lebih tenang", "self_harm"),
        ("aku wis ora kiat, pengen nyusul ibu mawon", "self_harm"),
        ("temenku nangis di atap, katanya besok mau loncat", "self_harm"),
        ("sy lg di atas jembatan skrg, maaf udh ngerepotin semua", "self_harm"),
        ("dia kirim foto tali di kamarnya, katanya ini jalan terakhir", "self_harm"),
        ("tangannya penuh sayatan, katanya dia bikin sendiri", "self_harm"),
        ("tolong bilangin anak2 sy kalau ibunya sayang mereka, racunnya udh sy siapin", "self_harm"),
        ("mandor ngancam mau patahin kaki sy kalau minta pulang", "danger"),
        ("sy di mobil agen mau dibawa ke perbatasan, paspor diambil. tlg", "danger"),
        ("anak majikan suka nyentuh2 sy pas nyonya pergi", "danger"),
    ],
)
def test_goodbyes_a_rope_self_cuts_maiming_and_the_border_are_read(text: str, kind: str) -> None:
    found = detect(text)
    assert found is not None and found.kind == kind, text


@pytest.mark.parametrize(
    "text",
    [
        "I was kicked out of the family group chat after a fight, so sad",
        "sy lg di atas jembatan penyeberangan mau ke pasar",
        "maaf ya ngerepotin, mau tanya cara perpanjang paspor",
        "kami dijaga satpam komplek, aman kok",
        "tali jemuran di kamar putus lagi",
    ],
)
def test_shut_out_of_a_group_a_footbridge_and_polite_apologies_are_not_danger(text: str) -> None:
    assert detect(text) is None, text


@pytest.mark.parametrize(
    "text",
    [
        "ayamnya harus dipukul dulu pake ulekan biar tipis",
        "td sy kesetrum dikit pas colok setrika, kabelnya rusak",
    ],
)
def test_what_must_be_done_to_meat_and_a_shock_from_a_cable_are_not_danger(text: str) -> None:
    assert detect(text) is None, text


def test_a_shock_given_by_someone_is_still_danger() -> None:
    assert detect("sy disetrum sama bos kalau gk capai target") is not None


@pytest.mark.parametrize(
    ("text", "third"),
    [
        ("the boss chained three of us to the mast because we ask money", False),
        ("captain chain 4 of us in the engine room", False),
        ("my uncle was thrown in the sea by the mandor", True),
        ("security shoot at us when we climb the fence", False),
        ("they threaten to find my parents if I call the embassy", False),
        ("mandor ngancam, katanya bakal nyuruh orang nyamperin keluarga sy di lampung", False),
        ("the agent keep us inside the warehouse, 20 girls", False),
        ("my sister is kept inside the flat, madam took her phone", True),
        ("they keep me in the room, cannot go out", False),
        ("udh 9 bln blm pernah turun ke darat, kapten gk ngizinin", False),
        ("we never touched land since march", False),
        ("we not get food since yesterday on this boat", False),
        ("my niece text me she is locked in the toilet", True),
    ],
)
def test_chains_the_sea_shots_families_hunted_and_kept_inside_are_read(text: str, third: bool) -> None:
    found = detect(text)
    assert found is not None and found.third_person == third, (text, found)


@pytest.mark.parametrize(
    "text",
    [
        "the plastic was thrown in the sea, so sad for the fish",
        "he was shot dead in the movie last night, so sad",
        "the agency keep us in the hostel while we wait for the visa",
        "please keep me in the loop about my contract",
        "sy lagi nyari keluarga sy yg di batam, ada yg kenal?",
        "i got my flu shot at the clinic today",
        "the supply chain is slow, the factory has no work this week",
    ],
)
def test_litter_at_sea_a_movie_a_hostel_stay_and_a_flu_shot_are_not_danger(text: str) -> None:
    assert detect(text) is None, text


@pytest.mark.parametrize(
    "text",
    [
        "adik sy sembunyi di toilet mall, takut ketahuan agen",
        "temen sy katanya mau dibawa ke perbatasan, paspor diambil. tlg",
        "kakak sy disuruh ke kamar bapak tiap malam pas nyonya pergi, dia takut",  # sent to his room
    ],
)
def test_hiding_the_border_and_night_visits_told_of_someone_else_are_third_person(text: str) -> None:
    found = detect(text)
    assert found is not None and found.third_person, (text, found)


@pytest.mark.parametrize(
    "text", ["sy disuruh ke kamar mandi bersihin lantai", "sy disuruh ke kamar nenek tiap malam buat ganti popok"]
)
def test_sent_to_the_bathroom_or_to_grandmother_at_night_is_not_danger(text: str) -> None:
    assert detect(text) is None, text


@pytest.mark.parametrize(
    ("text", "kind", "third"),
    [
        ("anak majikan gedor2 pintu kamar sy, maksa masuk, sy takut", "danger", False),  # forcing in
        ("kata agen yg kabur nanti dipatahkan kakinya", "danger", False),
        ("bos bilang kalo lapor polisi kamu bakal pulang tinggal nama", "danger", False),
        ("makanan sy ga dikasih sm madam, udh lemes", "danger", False),  # the meal named first
        ("adik sy blm makan dari kemarin, agen diem aja", "danger", True),
        ("di status fb temen: ada cewek dikunci majikan di kamar, tolong share", "danger", True),
        ("aku udah potong tangan aku pake silet", "self_harm", False),
    ],
)
def test_forced_doors_broken_legs_coffins_and_meals_withheld_are_read(text: str, kind: str, third: bool) -> None:
    found = detect(text)
    assert found is not None and (found.kind, found.third_person) == (kind, third), (text, found)


@pytest.mark.parametrize(
    "text",
    [
        "uang makan nya gk dikasih bulan ini, cuma gaji pokok",  # an allowance, not a meal
        "majikan maksa masuk kerja jam 5 padahal kamar sy blm beres",
        "seblak nya pedes bgt, bisa bunuh orang wkwk",
        "besok ultah si ana, kita culik dia ke pantai buat kejutan",
        "makan nya gk dikasih sambel sm nyonya, katanya sy maag",
    ],
)
def test_an_allowance_work_hours_hot_food_and_a_birthday_prank_are_not_danger(text: str) -> None:
    assert detect(text) is None, text


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("di kebun ada penjaga, katanya yg lari ditembak", "danger"),
        ("agen ngancam bakal bakar rumah keluarga sy di kampung", "danger"),
        ("obatku diambil majikan, udh 3 hari gk minum obat jantung", "danger"),
        ("they hit with a belt when we slow", "danger"),
        ("there is a voice in my head telling me to end it", "self_harm"),
        ("maafkan aku semua, aku udh gk kuat", "self_harm"),
        ("kalau besok aku ga bales berarti aku udh nyerah ya mbak", "self_harm"),
    ],
)
def test_shots_at_those_who_flee_arson_threats_medicine_taken_voices_and_farewells(text: str, kind: str) -> None:
    found = detect(text)
    assert found is not None and found.kind == kind, (text, found)


@pytest.mark.parametrize(
    "text",
    [
        "tetangga bakar rumah sampah tiap sore, asapnya masuk kamar",
        "the kids hit with the ball in the park",
        "aku udah nyerah sama bahasa kanton, susah bgt hehe",
    ],
)
def test_burning_rubbish_a_ball_game_and_giving_up_on_a_language_are_not_danger(text: str) -> None:
    assert detect(text) is None, text


@pytest.mark.parametrize(
    "text",
    [
        "keponakan sy dipukul temen sekelas, tp udh didamaikan sm gurunya",  # a quarrel settled
        "my friend say she want to die laughing at that video",  # a figure of speech
        "sy dijual motor bekas sm tetangga, murah",  # a motorbike sold to her
    ],
)
def test_a_settled_school_quarrel_dying_of_laughter_and_a_bike_bought_are_not_danger(text: str) -> None:
    assert detect(text) is None, text


def test_a_settled_quarrel_that_still_frightens_her_is_still_read() -> None:
    assert detect("temen sy dipukul suaminya, udh didamaikan ketua RT tp dia masih takut") is not None


@pytest.mark.parametrize(
    "text",
    [
        "mau nanya soal cuti, sy kl salah dikit ditampar madam",  # the "if" of a habit
        "semalem aku dikunci di luar sampe pagi gara2 minta libur",  # shut out as a punishment
        "madam pulled my hair until it came out",
        "bapak majikan suruh sy mijit tanpa baju tiap malem",
    ],
)
def test_habits_told_with_if_a_night_shut_out_hair_pulled_and_undressed_massage_are_read(text: str) -> None:
    assert detect(text) is not None, text


@pytest.mark.parametrize(
    "text",
    [
        "mau tanya, kalo misal dipukul majikan lapornya kemana?",
        "sy dikunci di luar krn lupa bawa kunci, nunggu majikan pulang",
        "sy dikunci di luar sampai majikan pulang, lupa bawa kunci",
        "sy lg narik rambut anak majikan pas nyisir, dia nangis",
    ],
)
def test_a_question_about_if_a_forgotten_key_and_combing_a_childs_hair_are_not_danger(text: str) -> None:
    assert detect(text) is None, text


@pytest.mark.parametrize(
    ("text", "danger"),
    [
        ("adik sy dibawa pergi agen jam 2 pagi, smp skrg gk kembali", True),  # taken at night, not back
        ("dia dibawa ke rumah lain tengah malam, sekarang hp nya mati", True),
        ("kami pindah rumah tengah malam, sy ikut dibawa, hp mati lowbat", False),  # a battery
        ("my friend burn her hand when cooking, now ok", False),  # a kitchen mishap
        ("madam burn me with iron when we cooking", True),
    ],
)
def test_taken_at_night_and_not_back_and_burns_by_mishap_or_by_the_employer(text: str, danger: bool) -> None:
    assert (detect(text) is not None) is danger, text


def test_a_bump_on_the_head_is_not_a_blow_but_the_employer_banging_it_is() -> None:
    assert detect("ama hit her head on the table, i put ice") is None
    assert detect("madam hit my head on the wall") is not None
    assert detect("his son try to drag me to his room at night") is not None


@pytest.mark.parametrize(
    ("text", "third"),
    [
        ("majikan dtg, dia bawa pisau", False),  # typed to the name question while he comes
        ("tuan bawa golok, sy di dapur", False),
        ("my boss came with a knife", False),
        ("madam holding scissors and look at me", False),
        ("kakak sy bilang majikannya bawa pisau tiap malam", True),
    ],
)
def test_an_employer_or_a_guard_armed_is_danger_said_alone(text: str, third: bool) -> None:
    found = detect(text)
    assert found is not None and found.third_person is third, text


@pytest.mark.parametrize(
    "text",
    [
        "majikan bawa pisau buat motong kue ultah",
        "mandor bawa parang ke kebun buat panen",
        "anak majikan bawa pistol air, sy basah semua",
        "sy bawa gunting buat potong kuku nenek",
    ],
)
def test_a_blade_for_cake_the_harvest_or_a_water_pistol_is_not_danger(text: str) -> None:
    assert detect(text) is None, text


@pytest.mark.parametrize(
    ("text", "kind", "third"),
    [
        ("kawan sebilik sy ckp nak minum racun serangga, skrg kunci diri dlm bilik air", "self_harm", True),
        ("rasanya pengen gores ke tangan pake silet", "self_harm", False),
        ("adik sy vc tadi, pipinya lebam2 semua, katanya ditampar nyonya", "danger", True),
        ("kami di lantai 3 asrama, seminggu gk dibolehin turun sm mandor", "danger", False),
    ],
)
def test_insect_poison_a_blade_to_the_skin_a_bruised_cheek_and_kept_upstairs_are_read(
    text: str, kind: str, third: bool
) -> None:
    found = detect(text)
    assert found is not None and (found.kind, found.third_person) == (kind, third), text


@pytest.mark.parametrize(
    "text",
    [
        "kata mandor harga sawit gk boleh turun lagi bulan ini, kami di lantai atas gudang",
        "muka temen sy biru2 semua, ternyata lagi maskeran pake masker spirulina",
        "tangan anak majikan biru2 kena cat air pas gambar",
        "sy semprot obat serangga di kamar, banyak kecoa",
    ],
)
def test_a_price_that_must_not_fall_a_beauty_mask_paint_and_insect_spray_are_not_danger(text: str) -> None:
    assert detect(text) is None, text


@pytest.mark.parametrize(
    ("text", "third"),
    [
        ("tuan mabok, gedor2 pintu kamarku dr td, aq takut", False),
        ("the guards beat anyone who try to run", False),
        ("my sister cannot breathe and chest pain, madam say no doctor", True),
        ("kalo dipukul lagi aku harus kemana kak", False),  # it has happened
    ],
)
def test_her_door_pounded_in_fear_whoever_flees_beaten_breath_failing_and_again_are_read(
    text: str, third: bool
) -> None:
    found = detect(text)
    assert found is not None and found.third_person is third, text


@pytest.mark.parametrize(
    "text",
    [
        "kalo dipukul majikan, ngadunya kemana ya kak?",  # a question about what to do if
        "hari ini panas bgt, i cant breathe in this kitchen lol",
        "tetangga gedor2 pintu nganterin makanan",
    ],
)
def test_a_question_about_if_heat_and_a_neighbour_at_the_door_are_not_danger(text: str) -> None:
    assert detect(text) is None, text


@pytest.mark.parametrize("text", ["majikan maksa sy gugurin kandungan", "the agency forced me to abort my baby"])
def test_a_pregnancy_ended_by_force_is_danger(text: str) -> None:
    assert detect(text) is not None, text


def test_a_question_about_the_law_on_abortion_is_not_danger() -> None:
    assert detect("apakah aborsi legal di hongkong?") is None


@pytest.mark.parametrize(
    ("text", "third"),
    [
        ("my cousin text me, she say pls help me, the agent lock her in a room", True),  # a plea passed on
        ("temen sy gk sadar, gk bernapas normal, mandor larang panggil ambulans", True),
        ("istri sy hamil 6 bulan pendarahan, majikan cuma suruh tunggu", True),
        ("bapak sy sakit dada dr semalam, kapten gk mau bawa ke darat", True),
        ("we saw the new girl next door with blood on her face", True),
        ("aq udh kelaparan 3 hari di gudang", False),
    ],
)
def test_a_plea_passed_on_breath_a_bleeding_pregnancy_chest_pain_blood_and_days_of_hunger(
    text: str, third: bool
) -> None:
    found = detect(text)
    assert found is not None and found.third_person is third, text


@pytest.mark.parametrize(
    "text",
    [
        "2 years ago madam pushed me but i already moved to new employer, all good",
        "this drama kill me, so sad ending 😭",
        "help me pls, i dont know how to fill the form for my visa",
        "emergency!! my phone battery 2% and no charger",
        "sy hamil 4 bulan, kata dokter sehat, gk ada flek",
        "lagi puasa, lapar bgt padahal baru 2 hari",
    ],
)
def test_a_past_employer_a_sad_drama_a_form_a_flat_battery_a_healthy_pregnancy_and_a_fast(text: str) -> None:
    assert detect(text) is None, text


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("udh 2 hari sy gk dikasih jatah makan sm nyonya", "danger"),
        ("temen sy muntah2 dr pagi, agen gk mau anter ke rs", "danger"),
        ("aku udh nyiapin talinya, maaf ya bu", "self_harm"),
        ("mending sy selesaikan semuanya sendiri malam ini", "self_harm"),
        ("adik sy dikunci di karaoke, disuruh nemenin tamu tiap malam", "danger"),
    ],
)
def test_a_ration_withheld_vomiting_with_care_refused_a_rope_made_ready_and_guests_to_serve(
    text: str, kind: str
) -> None:
    found = detect(text)
    assert found is not None and found.kind == kind, text


@pytest.mark.parametrize(
    "text",
    [
        "potongan agen ini rasanya kayak dibunuh pelan2",
        "kalo misal nanti sy sakit parah dan agen gk mau anter ke rs, sy hubungi siapa?",
    ],
)
def test_a_likeness_and_a_supposed_illness_are_not_danger(text: str) -> None:
    assert detect(text) is None, text


@pytest.mark.parametrize(
    ("text", "third"),
    [
        ("bkn sy, adik sy di malaysia. dikurung majikannya, hp nya disita", True),
        ("sy mau nanya, adik sy dijanjiin kerja restoran di kamboja, ternyata gk boleh keluar gedung", True),
        ("klo sy mati gaji sy yg 14 bln itu bisa dikirim ke anak sy gk? rasanya udh gk mau idup", False),
        ("sy udah sebulan ga dibenarkan keluar asrama, pagar dikunci", False),
        ("tolong jemput aq skrg", False),
        ("SOS. i at mrt station no passport no money, they will catch me", False),
        # a worker who names her sibling's college is not writing homework about danger
        ("sy kerja buat biaya kuliah adik, tp majikan sering mukul sy", False),
    ],
)
def test_this_evenings_blind_batches_taught_these_dangers(text: str, third: bool) -> None:
    found = detect(text)
    assert found is not None and found.third_person is third, text


@pytest.mark.parametrize(
    "text",
    [
        "help me kill the cockroach",
        "tolong jemput sy di bandara besok ya",
        "tolong!! cara isi formulirnya gmn",
        "modul cara mengenali tanda2 perdagangan orang utk kader desa",
        "Kami akan mengadakan rapat darurat pengurus koperasi",
        "sos nya mau dibikin pedes kata madam",
        "overdosis kopi kayanya aq, jantung deg2an wkwk",
        "dulu 2016 pernah dikurung majikan di oman tp udh lama pulang. skrg cm mau nanya asuransi",
        "bunuh diri aja deh ngurusnya ribet bgt 🤣 canda min",
    ],
)
def test_this_evenings_look_alikes_are_not_danger(text: str) -> None:
    assert detect(text) is None, text


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("bos suka pegang pantat sy, sy takut", "danger"),
        ("anak majikan intai sy mandi tiap malam", "danger"),
        ("kata kafil sy sudah dibeli, jd gk boleh pulang", "danger"),
        ("dia dijual ka majikan sejen", "danger"),
        ("tadi engko' èpokol majikan", "danger"),  # Madurese, with its accents
        ("majikan ngancam rek maehan abdi", "danger"),
        ("mandor kunci gerbang asrama dr luar tiap malam", "danger"),
        ("i never go out already 8 month, madam keep the key", "danger"),
        ("abdi tos teu kiat hirup", "self_harm"),
        ("aku pengen nglarani awakku", "self_harm"),
        ("tadi sy silet2 tangan sy", "self_harm"),
    ],
)
def test_the_first_blind_batches_of_6_december_taught_these(text: str, kind: str) -> None:
    found = detect(text)
    assert found is not None and found.kind == kind, text


@pytest.mark.parametrize(
    "text",
    [
        "hp abdi maot deui, batrena soak",
        "libur minggu depan mau kabur ke genting sama temen",
        "kami nginep kat genting 2 malam, best sangat",
    ],
)
def test_a_dead_phone_in_sundanese_and_a_trip_to_genting_are_not_danger(text: str) -> None:
    assert detect(text) is None, text


@pytest.mark.parametrize(
    ("text", "danger"),
    [
        ("kucingku lg dikurung di kandang, dititip ke tetangga", False),
        ("td latihan kebakaran di pabrik, disuruh pura2 terjebak", False),
        ("ayam geprek kudu digebuki dulu biar empuk", False),
        ("sy dikurung di kandang anjing sm majikan", True),  # a cage she is put in is danger
        ("adik sy dikurung di kandang ayam", True),
        ("majikan bilang anjing trs mukul sy", True),  # called an animal, then hit: not an animal's doing
        ("anjing majikan gigit sy pas jalan2", False),
    ],
)
def test_pets_dishes_and_drills_are_not_danger_but_a_cage_she_is_put_in_is(text: str, danger: bool) -> None:
    assert (detect(text) is not None) is danger, text


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("sy cuma doa semoga gk bangun lagi", "self_harm"),
        ("mending sy hilang aja, gk ada yg peduli", "self_harm"),
        ("ada kamera di kamar mandi sy, pasti bos yg pasang", "danger"),
        ("lengan sy kena setrika sama nyonya", "danger"),
    ],
)
def test_a_hidden_camera_an_iron_and_praying_not_to_wake(text: str, kind: str) -> None:
    found = detect(text)
    assert found is not None and found.kind == kind, text


def test_hoping_not_to_oversleep_is_not_a_wish_to_die() -> None:
    assert detect("semoga gk bangun kesiangan besok, ada acara") is None


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("supervisor grab my waist when nobody around", "danger"),
        ("the driver do bad thing to me in the car", "danger"),
        ("the landlord come in when we sleep, he lay next to me", "danger"),
        ("madam make me clean window from outside, 25th floor", "danger"),
        ("employer shaved my hair because i answer back", "danger"),
        ("jare adikku didol karo agen nang majikan liyane", "danger"),
        ("i write goodbye letter for my children already", "self_harm"),
        ("dia minum banyak obat tidur semalam, katanya mau coba lagi", "self_harm"),
    ],
)
def test_the_late_batches_of_6_december_taught_these(text: str, kind: str) -> None:
    found = detect(text)
    assert found is not None and found.kind == kind, text


@pytest.mark.parametrize(
    "text",
    [
        "today the man threaten me with knife when i ask salary",
        "employer husband threaten me, if i dont sleep with him he report i steal",
        "he keep threatening me and my friend",
        "the agent threatened to call police if i run",
        "kmrn dia maksa cium sy",
        "anak majikan maksa nyium aku di dapur",
        "the driver forced me to kiss him",
    ],
)
def test_threats_in_english_and_a_forced_kiss_are_danger(text: str) -> None:
    found = detect(text)
    assert found is not None and found.kind == "danger", text


@pytest.mark.parametrize(
    "text",
    [
        "madam threaten me, if i break the plate again she cut my salary",
        "agency threatened us with transfer to another employer",
        "they threaten to terminate my contract",
        "anak majikan 2 thn suka cium pipi aku, lucu bgt",
    ],
)
def test_a_threat_to_her_job_and_a_childs_kiss_are_no_alarm(text: str) -> None:
    assert detect(text) is None, text


@pytest.mark.parametrize(
    "text",
    [
        "kl majikan mukul pembantu hukumannya apa ya? cm nanya",
        "kalo sy dipukul majikan nanti, lapornya kemana ya? jaga2 aja",
        "majikan sy baik bgt, gk pernah marah apalagi mukul",
        "alhamdulillah sy udh pulang, makasih udh bantu waktu sy dikurung majikan bulan lalu",
        "anak majikan suka mukul2 aku pake boneka, lucu bgt 🥰",
        "kakak sy kerja di kapal pesiar, kmrn dipukul ombak besar katanya seru",
        "dulu pernah denger ada tki disiksa di saudi, gimana cara milih agen yg aman",
    ],
)
def test_a_question_about_later_never_let_alone_thanks_from_home_a_childs_play_and_hearsay(text: str) -> None:
    assert detect(text) is None, text


@pytest.mark.parametrize(
    "text",
    [
        "adik sy di KL dipukul majikan, lapornya kemana?",  # KL is Kuala Lumpur here, not "kalau"
        "sy gk betah, apalagi dipukul terus tiap hari",  # "and worse", after a plain "not"
        "kalo sy dipukul lagi nanti gmn? td pagi udh ditampar",
        "makasih kak, tp sy msh dikurung di rumah majikan, blm bisa pulang",
        "anak majikan tiap hari mukul sy, lucu ya nasib sy",
        "kapal kami dihantam ombak, tolong kami",
        "sy denger adik sy dipukul majikan",
        "sy pernah denger majikan sy bilang mau bunuh sy",
    ],
)
def test_the_same_words_with_her_own_danger_in_them_are_still_read(text: str) -> None:
    assert detect(text) is not None, text


@pytest.mark.parametrize(
    "text",
    [
        "sy dipukul kakak sy waktu kecil, skrg kami akur",
        "my father hit me when i was small, now we are ok",
        "kalau terjadi kekerasan, nomor pengaduan apa ya? buat ditempel di asrama",
        "adik sy di kampung dipukul temennya di sekolah, udh diselesaikan gurunya",
    ],
)
def test_a_childhood_a_hotline_asked_for_in_case_and_a_quarrel_settled_are_not_danger(text: str) -> None:
    assert detect(text) is None, text


@pytest.mark.parametrize(
    "text",
    [
        "sy dipukul majikan sejak kecil",
        "sy dipukul waktu kecil sm bapak, skrg majikan jg mukul sy",
        "adik sy dipukul majikan, udh lapor tp belum diselesaikan",
        "adik sy dipukul majikan, agen bilang mau diselesaikan tp dia msh disana",
        "sy dipukul majikan, kami gk akur sama sekali",
        "she hit me when i was small mistake in cooking",
        "kalau majikan mukul sy terus, hotline nya apa?",
        "madam pinch me until blue",
        "she twisted my arm",
        "nobody give me food since yesterday",
    ],
)
def test_since_childhood_not_settled_yet_a_pinch_and_no_food_are_danger(text: str) -> None:
    assert detect(text) is not None, text


@pytest.mark.parametrize(
    ("text", "danger"),
    [
        ("sy takut sama kecoa, tolong gmn cara usirnya", False),
        ("tolong gmn ini sy takut bgt", True),
        ("kak, dulu sy pernah kena KDRT sm mantan suami di indo, skrg udh cerai dan sy kerja di hk aman", False),
        ("dulu sy pernah dikurung, sekarang tidak baik juga", True),
    ],
)
def test_how_to_after_a_cry_and_a_past_said_to_be_over_or_not(text: str, danger: bool) -> None:
    assert (detect(text) is not None) is danger, text


@pytest.mark.parametrize(
    ("text", "danger"),
    [
        ("in my training center they teach us what to do if someone attack us", False),
        ("di pelatihan kami diajarin apa yg harus dilakukan kalo dipukul majikan", False),
        ("sy harus gimana kalo majikan mukul sy tiap hari", True),  # it keeps happening
        ("sy mau tanya, kalo majikan mukul sy tiap hari lapor kemana", True),
        ("sy dikunciin pintu sama anak majikan pas main petak umpet", False),
        ("kami main petak umpet trs tiba2 majikan mukul sy pake sapu", True),
        ("film yg sy tonton ceritanya tentang pembantu yg disiksa, sedih bgt", False),
        ("sy liat video, ternyata itu adik sy yg dipukul majikan", True),
    ],
)
def test_what_to_do_if_a_game_and_a_film_she_watched_against_what_keeps_happening(text: str, danger: bool) -> None:
    assert (detect(text) is not None) is danger, text


@pytest.mark.parametrize(
    ("text", "danger"),
    [
        ("majikan bilang kalo sy lapor, sy tau sendiri akibatnya", True),
        ("awas kalo kamu kabur, kamu gk bakal liat keluarga lagi, kata bos", True),
        ("dia selalu bilang kamu tau kan apa yg terjadi sm pembantu sebelumnya", True),
        ("sy diancam kalo gk mau tidur sama dia, gaji gk dibayar", True),
        ("awas kalo kamu telat lagi", False),
        ("majikan ngancam kalo sy tidur siang gaji dipotong", False),
    ],
)
def test_a_veiled_threat_and_a_threat_whose_price_is_her_body(text: str, danger: bool) -> None:
    assert (detect(text) is not None) is danger, text


def test_a_plea_about_money_sent_home_is_no_cry_unless_shouted_or_beside_danger() -> None:
    assert detect("please help, my remittance not arrived after 3 days") is None
    assert detect("please help, my remittance not arrived and madam lock me in room") is not None
    assert detect("help!! remittance gone and i am scared") is not None


@pytest.mark.parametrize(
    ("text", "danger"),
    [
        ("tolong sy kak, sy bingung sm potongan gaji dr agen", False),  # advice asked
        ("tolongg, hp sy kena virus", False),
        ("TOLONG SY BINGUNG", True),  # shouted
        ("tolong sy bingung hrs gmn, sy takut bgt", True),  # afraid
        ("tolong sy bingung sy dikurung", True),
    ],
)
def test_help_asked_by_someone_confused_or_with_a_phone_virus_is_no_cry_unless_shouted_or_afraid(
    text: str, danger: bool
) -> None:
    assert (detect(text) is not None) is danger, text


def test_a_threat_told_in_english_is_of_whom_it_threatens_and_a_nap_beside_children_is_no_threat_of_sex() -> None:
    mine = detect("employer husband threaten me, if i dont sleep with him he report i steal")
    assert mine is not None and not mine.third_person
    theirs = detect("the boss threatened her, and she cannot leave")
    assert theirs is not None and theirs.third_person
    assert detect("majikan ngancam mau potong gaji kalo sy tidur siang sama anak2") is None
    assert detect("bos ngancam kalo gk mau ditidurin sy dipecat") is not None


@pytest.mark.parametrize(
    ("text", "danger"),
    [
        # a phone's own lock, and "i" opening the next clause
        ("hp ibu sy dikunci pake sidik jari, gmn bukanya", False),
        ("my phone screen lock i forget the pin, pls help", False),
        ("sy dikunci di kamar sm majikan pake gembok", True),
        # a curfew's hour, not being kept in
        ("di mess gk boleh keluar lewat jam 11 mlm, aturan pabrik", False),
        ("sy gk dikasih keluar rumah sama sekali udh 3 bln", True),
        # a bruise from bumping into the bed; a mosquito's bite told before; a flood; a typhoon
        ("lengan sy memar kepentok lemari, ceroboh bgt", False),
        ("nyamuk di kamar banyak bgt, semalem digigitin smp bentol2", False),
        ("kami terkurung di rumah 3 hari krn banjir, tp aman kok", False),
        ("nobody allow go out when typhoon signal 8, madam say stay home", False),
        ("lengan sy memar dipukul majikan pake gagang sapu", True),
        ("nobody allow go out, the agent keep us in the apartment", True),
        # asked in case, in English; heard of, with "katanya" between; a year gone by, over now
        ("if employer hit helper in hong kong, who can help? just asking in case", False),
        ("sy pernah denger katanya ada pmi di jeddah yg lompat dr lantai 5, serem", False),
        ("2018 sy di oman majikan suka mukul, tp skrg sy udh di taiwan, majikan baik", False),
        ("if i not finish on time employer hit me, who can help me", True),
    ],
)
def test_everyday_locks_curfews_bumps_bites_floods_and_old_stories_beside_the_same_danger_told(
    text: str, danger: bool
) -> None:
    assert (detect(text) is not None) is danger, text


@pytest.mark.parametrize(
    ("text", "danger"),
    [
        # a grave sign, and care put off or belittled in their words, or work made to go on
        ("tangan sy keiris mesin darahnya gk berhenti, mandor bilang nanti aja ke klinik abis shift", True),
        ("sesak napas dr kmrn, majikan bilang nanti aja ke dokter abis tahun baru", True),
        ("i cannot stand since yesterday, madam still force me cook and clean", True),
        ("kaki sy bengkak gk kuat berdiri tp disuruh tetep kerja sm bos", True),
        ("td pingsan di pabrik, besok sy mau ke dokter sendiri", False),  # no one keeps it from her
        ("sy gk kuat berdiri lama2 krn kaki pegel, mau beli sepatu baru", False),
        # shut away for the night, whom left unsaid; a threat to her child passed on after "kalo"
        ("madam marah trs kurung di balkon semalem kehujanan", True),
        ("sy gk boleh keluar, kalo ketauan ngadu katanya keluarga sy di kampung dicari", True),
        ("majikan bilang gpp kalo sy mau lapor ke agensi", False),
        # a last message with a day named before her; threats in Sundanese
        ("kalau besok aq udh gk ada, tlg bilang ke mama maafin aq ya", True),
        ("kalau besok sy gk ada di rumah, tlg titip kunci ke tetangga", False),
        ("majikan ngancem rek ngajual anjeunna ka batur", True),
    ],
)
def test_care_put_off_work_forced_on_a_failing_body_shut_away_threats_and_last_words(text: str, danger: bool) -> None:
    assert (detect(text) is not None) is danger, text


@pytest.mark.parametrize(
    ("text", "danger"),
    [
        # assistance asked for, as "sy butuh bantuan"; shouted, afraid or "now" it is a cry
        ("hello sir i need help, my employer not pay my salary 3 month", False),
        ("i need help please", False),
        ("I NEED HELP", True),
        ("i need help, i am scared", True),
        ("i need help now", True),
        # four words that tell nothing: "I already wrote it" once got the suicide-prevention reply
        ("udah sy tulis tadi", False),
        ("sudah sy bilang tadi", False),
    ],
)
def test_help_asked_for_and_a_short_everyday_reply_raise_no_alarm(text: str, danger: bool) -> None:
    assert (detect(text) is not None) is danger, text


@pytest.mark.parametrize(
    ("text", "danger"),
    [
        # "tolong sy" that opens a complaint of wages or papers, said calmly, is no cry
        ("tlg sy udh 5 bln gk digaji sm majikan di riyadh", False),
        ("tolong sy paspor ditahan agen gk dikasih", False),
        ("tlg sy", True),
        ("tolong sy gaji gk dibayar dan sy dipukul", True),
        ("tolong sy majikan mau bunuh sy", True),
    ],
)
def test_a_plea_that_opens_a_wage_complaint_is_no_cry_but_danger_beside_it_is(text: str, danger: bool) -> None:
    assert (detect(text) is not None) is danger, text


@pytest.mark.parametrize(
    "text",
    [
        "sy kabur, skrg sembunyi di masjid",  # the subject said once, before the comma
        "aku kabur dr majikan tadi malam, sekarang ngumpet di taman",
        "i run away from my employer, now i am on the street at night, no money",
        "I ran away. Now on the street",
    ],
)
def test_having_run_away_and_hiding_or_on_the_street_is_danger(text: str) -> None:
    found = detect(text)
    assert found is not None and not found.third_person


def test_a_friend_hiding_after_running_is_someone_else_s_danger() -> None:
    found = detect("teman sy kabur, skrg sembunyi di masjid")
    assert found is not None and found.third_person


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # danger said in words the rules did not know (ADR 0020, 6 December, fifth session)
        ("aku dlm bahaya mbak", "danger"),
        ("sy terperangkap di rumah ini", "danger"),
        ("aku kejebak di apartemen, gk bs keluar", "danger"),
        ("he said he will cut my throat if i tell anyone", "danger"),
        ("tuan bilang mau gorok leher sy", "danger"),
        ("tlg telpon polisi, dia mabuk di depan kamar sy", "danger"),
        ("pls call the police for me, i am at the back room", "danger"),
        ("dia bilang sy gk bakal keluar idup2 dr rumah ini", "danger"),
        ("they told us we will not go home alive", "danger"),
        ("aku arep didol meneh karo agen", "danger"),
        ("the man who bought me from the agent keep my passport", "danger"),
        ("madam bangunin aku pake tendangan tiap subuh", "danger"),
        ("sy disuruh buka baju sm nyonya, katanya mau diperiksa", "danger"),
        ("majikan maksa aku minum air sabun", "danger"),
        ("bapak majikan sering remas dada sy pas istrinya pergi", "danger"),
        ("bos minta foto telanjang, katanya kalo gk dikirim sy dipecat", "danger"),
        ("kulkas digembok sm madam, sy cuma makan sisa", "danger"),
        ("ada yg tembak sy pake senapan angin dari atas", "danger"),
        ("majikan ngancam keluarga sy di kampung", "danger"),
        ("they threaten my family in indonesia if i run", "danger"),
        ("bantuin aku kak, aku takut bgt sm bapak", "danger"),
        ("tuan nyiram muka aku pake teh panas", "danger"),
        # self-harm said indirectly
        ("kayaknya semua org lebih bahagia tanpa aku", "self_harm"),
        ("my kids better off without me", "self_harm"),
        ("aku wegah urip maneh", "self_harm"),
        ("wis ora kuat gesang", "self_harm"),
        ("udah gk ada alasan buat hidup lagi", "self_harm"),
        ("apa guna hidup sy kayak gini", "self_harm"),
        ("hidup sy mending diakhiri aja", "self_harm"),
        ("pills are ready, i just wait for night", "self_harm"),
        ("mending aku tenggelam aja di laut", "self_harm"),
        ("sy mau bunuh diri aja, biar dosa sy tanggung sendiri", "self_harm"),
        # pressed for sex, an abortion ordered, threats to report her as a thief or to immigration
        ("majikan suruh aku gugurin kandungan", "danger"),
        ("kalo gk mau dipulangin harus digugurin katanya", "danger"),
        ("supervisor kirim foto jorok ke sy tiap malem", "danger"),
        ("her husband show his private part to me", "danger"),
        ("sy disuruh kasih layanan plus ke tamu", "danger"),
        ("bos maksa tidur sama dia kalo mau gaji", "danger"),
        ("the agent force me to sleep with him", "danger"),
        ("anak majikan coba peluk sy di dapur", "danger"),
        ("dia ngancam lapor sy nyuri kalo sy nolak", "danger"),
        ("bos ngancam mau laporin ke imigrasi kalo sy nagih gaji", "danger"),
        # kept in with the active verb, a head struck against a wall, a mouth held, a goodbye for ever
        ("majikan gk bolehin aku keluar kamar sama sekali", "danger"),
        ("nyonya gk ngebolehin sy keluar rumah udh 3 bulan", "danger"),
        ("tuan jedotin kepala aku ke pintu pas marah", "danger"),
        ("kepala sy dibenturin ke tembok sm anaknya", "danger"),
        ("he hold my mouth when i try to shout", "danger"),
        ("pamit selamanya ya semua, maafin aku", "self_harm"),
        ("when i try to leave they drag me back inside", "danger"),
        ("majikan suruh aku tidur sama tamunya malam ini", "danger"),
        ("boss say i must sleep with his friend to pay debt", "danger"),
    ],
)
def test_danger_and_self_harm_said_in_words_the_rules_did_not_know(text: str, kind: str) -> None:
    found = detect(text)
    assert found is not None and found.kind == kind, text


@pytest.mark.parametrize(
    "text",
    [
        # the same words, harmless
        "kejebak macet 3 jam di tol",
        "sy terperangkap hujan di mall",
        "hidup sy sekarang guna buat anak2",
        "sy kerja guna hidup keluarga di kampung",
        "anak2 alasan sy buat hidup dan kerja keras",
        "kami semua keluar hidup2 dr kecelakaan bus itu, alhamdulillah",
        "my employer bought me a new phone",
        "anak majikan main perang2an pake pistol air, sy basah semua 🤣",
        "sy gk dikasih makan pedes sm dokter, lambung sy lagi sakit",
        "pintu kamar sy dikunci dr dalam, biar aman kata madam",
        "sy takut ketinggalan pesawat, tolong cek jadwal ya kak",
        "visa sy mau mati bulan depan, gmn perpanjangnya",
        "permit sy dah nak mati, majikan kata dia urus",
        "bantu sy cek status laporan ya kak",
        "I want to kill myself laughing at this video",
        "KAMI 20 ORG MAU MOGOK, BANTU KAMI CARI PENGACARA, GAJI 4 BLN BLM DIBAYAR, KAMI TAKUT DIPECAT",
        "agen ngancam mau potong gaji sy",
        "tolong telpon balik ya kak, nomor sy yg ini",
        # a sermon's subject, and the words of a confused patient in her care
        "td pengajian, kata ustadzah bunuh diri itu dosa besar",
        "kakek yg sy rawat kalo malem suka teriak tolong tolong, dokter bilang pikun",
        "sy lagi pijat plus lulur di salon, enak bgt",
        "oma minta sy tidur sama dia, biar gk kesepian",
        "anak majikan umur 3 thn suka coba peluk sy, lucu",
        "majikan ngancam potong gaji kalo sy telat",
        "sy kejedot pintu lemari td pagi, benjol dikit",
        "sy dikurung hujan di kos seharian, bosen",
        "anak majikan nyiram sy pas main perang air di taman, basah semua",
        "majikan marah2 nonton film perang, tim nya kalah",
        # a cry said laughing with nothing else read; a sermon on the subject
        "HELP 😂 anak2 majikan numpahin cat di lantai",
        "someone help me lol i burn the rice again",
        "td ikut kultum di masjid, isinya soal bahaya perdagangan orang",
        "tamu majikan nginep, sy tidur sama anak2 di kamar atas",
        "i drag my luggage to the bus stop, so heavy",
    ],
)
def test_the_same_words_said_of_something_harmless_raise_no_alarm(text: str) -> None:
    assert detect(text) is None, text


@pytest.mark.parametrize(
    "text",
    [
        "tolong wkwk sy takut bgt",
        "tolong sy dipukul wkwk",
        "HELP!! he is hitting me 😂😭",
    ],
)
def test_a_cry_beside_fear_or_a_blow_stays_one_though_said_laughing(text: str) -> None:
    assert detect(text) is not None, text


def test_someone_else_s_wish_to_die_told_in_english_is_read_as_hers() -> None:
    """ "My sister ... texted me tonight that she wants to die" got only "are you in danger?"."""
    for text in ("My sister works in Riyadh. She texted me tonight that she wants to die.", "my friend wanted to die"):
        found = detect(text)
        assert found is not None and found.kind == "self_harm" and found.third_person, text


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # an illness told as grave or long, and care refused after it is named
        ("adik sy demam tinggi 6 hari, minta ke rs gk dibolehin sm madam", "danger"),
        ("napas sy sesak, dada sakit dr kemarin, mau ke klinik gk dikasih", "danger"),
        ("sy loro panas wis 4 dino, njaluk ning dokter ora oleh", "danger"),
        # made to work while ill
        ("my friend is very sick but the boss forced her to work", "danger"),
        ("sy lagi gering tapi dipaksa kerja terus", "danger"),
        # fled, and the house or the agency after her now
        ("sy kabur dr rumah majikan td subuh, skrg majikan lagi nyari sy keliling pake mobil", "danger"),
        ("i ran from the agency house, now their driver is searching for me", "danger"),
        # put out in the cold or the sun as a punishment
        ("majikan suruh sy tidur di teras pas hujan, gk dikasih selimut", "danger"),
        ("kafil nyuruh sy berdiri di halaman siang2 sbg hukuman sampe pingsan", "danger"),
        # hurt on purpose, woken undressed, her door knocked at night in fear
        ("tangan sy disiram air panas, sengaja sama nyonya", "danger"),
        ("sy disuruh minum teh, trs gk inget apa2, bangun2 baju sy udh dilepas", "danger"),
        ("tiap tengah malam anak majikan ngetok pintu kamar sy, sy takut bgt", "danger"),
        # held by two signs at once
        ("bos ambil paspor kami, kalau mau pulang harus bayar 20 juta", "danger"),
        ("kami gk pernah keluar asrama, tiap jalan ada yg ngawasin, gaji 5 bln gk dibayar", "danger"),
        # touched, fed too little, a lesson threatened, made to vanish
        ("kakek yg sy jaga suka megang dada sy kalo sy mandiin", "danger"),
        ("sy cuma dikasih roti sehari sekali, badan sy lemes bgt", "danger"),
        ("tuan bilang nanti malem dia mau kasih sy pelajaran, sy takut", "danger"),
        ('kata mandor yg ngadu bakal "diberesin" kyk yg kemarin', "danger"),
        # self-harm said softly
        ("pengen bunuh diri aja, tp takut dosa", "self_harm"),
        ("sy udh nelen obat tidur sebotol, biar semua selesai", "self_harm"),
        ("barang2 sy udh sy kasih semua ke adik, sy gk perlu lagi", "self_harm"),
        ("rasanya mau ikut mati aja sama ibu", "self_harm"),
        ("kalau besok sy gk bales, jgn cari aku ya", "self_harm"),
        ("kalau sy mati, siapa yg nangis ya", "self_harm"),
        ("if i am gone maybe everyone happy", "self_harm"),
        ("goodbye everyone, i am going", "self_harm"),
    ],
)
def test_danger_told_by_what_surrounds_it_and_self_harm_said_softly(text: str, kind: str) -> None:
    found = detect(text)
    assert found is not None and found.kind == kind, text


@pytest.mark.parametrize(
    "text",
    [
        "sy sakit gigi 3 hari, udh ke dokter, gk boleh makan yg keras",
        "kalo sy sakit parah nanti, sy hrs telp siapa ya?",
        "demam tinggi kemarin, majikan langsung bawa ke rs, skrg udh sembuh",
        "sy sakit hati disuruh kerja lembur terus",
        "dulu sy pernah kabur dr rumah waktu SMA, keluarga nyariin semalaman",
        "temen2 sy kabur dr pabrik yg bangkrut, mereka lagi nyari kerja baru",
        "kemarin sy tidur di balkon, enak adem liat bintang",
        "gk sengaja jari sy kejepit pintu, sakit bgt",
        "sy bangun kesiangan, baju kerja sy blm disetrika",
        "tamu ngetok pintu td malem, ternyata kurir paket",
        "paspor sy dipegang majikan, gaji telat 2 bln",
        "kalau mau pulang sebelum kontrak habis, tiket bayar sendiri ya?",
        "nenek pegang dada krn sesak, sy langsung telp ambulans",
        "sy cuma makan roti krn diet, agak lemes",
        "anak majikan minta sy kasih pelajaran bahasa inggris tiap malem",
        "hp sy ilang di bus, udh lapor",
        "minum kopi biar semua kerjaan cepet selesai",
        "sy kasih semua barang ke temen krn mau pulang ke indo",
        "hp sy ikut mati pas mati lampu",
        "siapa yg nangis td malem di kamar sebelah?",
        "goodbye everyone, i am going home tomorrow",
    ],
)
def test_the_same_surroundings_in_everyday_messages_raise_no_alarm(text: str) -> None:
    assert detect(text) is None, text


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # care refused or belittled for a grave sign; work or rest refused to a failing body
        ("kaki sy bengkak bernanah, majikan bilang gk usah ke dokter", "danger"),
        ("sy batuk darah udh 3 hari, madam cuma kasih panadol", "danger"),
        ("jahitan operasi sy kebuka, gk dikasih istirahat sama sekali", "danger"),
        ("sy keguguran, masih pendarahan, tp disuruh masak terus", "danger"),
        ("jari sy kepotong pisau mesin, bos bilang kerja terus", "danger"),
        # held by its signs: never out for months, pay to leave, no refusing, a phone used in secret
        ("udh setahun sy gk keluar rumah, hp sm ktp dipegang majikan", "danger"),
        ("they hold me in the office, i must pay 2000 dollar to go home", "danger"),
        ("hp sy diambil, sy cuma bisa wa pake hp temen diem2, paspor ditahan", "danger"),
        ("disuruh kerja di 2 rumah, gk digaji, gk boleh nolak", "danger"),
        # chased, punished in the body
        ("anak majikan ngejar sy pake pisau dapur", "danger"),
        ("sy gk dikasih makan seharian, katanya hukuman krn piring pecah", "danger"),
        # self-harm: a means ready waiting for the house to sleep, better dead, God now, the end
        ("obat nyamuk udh sy beli, tinggal nunggu mereka tidur", "self_harm"),
        ("kakak sy bilang mending dia mati daripada balik ke rumah majikan", "self_harm"),
        ("pengen ketemu tuhan aja, lelah", "self_harm"),
        ("kalo sy terjun dr lantai ini, semua selesai", "self_harm"),
    ],
)
def test_care_refused_held_by_its_signs_chased_punished_and_self_harm_said_softly(text: str, kind: str) -> None:
    found = detect(text)
    assert found is not None and found.kind == kind, text


@pytest.mark.parametrize(
    "text",
    [
        "sakit gigi sy udh diperiksa dokter, cuma dikasih panadol, udh enakan",
        "paspor sy dipegang agensi buat perpanjang visa, normal gk?",
        "kalau mau pulang duluan, tiket bayar sendiri ya kak?",
        "sy gk keluar rumah 2 hari krn hujan",
        "anak majikan dihukum gk boleh main hp seminggu",
        "anjing tetangga ngejar sy pas lari pagi, kaget",
        "sy lari ngejar bus ke kantor agensi",
        "pengen ketemu allah di tanah suci, doain sy bisa umroh",
        "lebih baik mati lampu drpd panas gini wkwk",
        "kalau proyek ini beres, semua selesai, sy bisa pulang",
        "nunggu semua tidur dulu baru sy mandi",
    ],
)
def test_the_same_signs_in_everyday_messages_raise_no_alarm(text: str) -> None:
    assert detect(text) is None, text


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("tulungan, abdi sieun", "danger"),
        ("majikan ngusir aku jam 2 malam, tanpa hp tanpa duit", "danger"),
        ("bos bilang aku gk akan balik ke kampung dalam keadaan hidup", "danger"),
        ("dia tak bagi saya pulang, dah 2 tahun tak gaji, pintu berkunci", "danger"),
        ("hp dan ktp ditahan, ke pasar pun harus ditemenin sopir", "danger"),
        ("sy dikejar majikan keliling dapur, skrg sy ngumpet di gudang", "danger"),
        ("aku kepikiran nyilet nadi", "self_harm"),
        ("liat jembatan itu tiap hari, aku kepikiran lompat", "self_harm"),
        ("pengen lompat ke rel kereta aja", "self_harm"),
        ("tlg sampein ke ibu, aku minta maaf, aku udh gk sanggup", "self_harm"),
        ("aku nyerah, selamat tinggal", "self_harm"),
    ],
)
def test_a_third_round_of_cries_cast_out_held_and_self_harm(text: str, kind: str) -> None:
    found = detect(text)
    assert found is not None and found.kind == kind, text


@pytest.mark.parametrize(
    "text",
    [
        "sy dikeluarin dr grup wa tengah malem tanpa alasan",
        "perawat cek nadi sy tiap pagi",
        "tolong sampein ke ibu sy gk bisa pulang lebaran ini",
        "sy udh nyerah belajar bahasa kanton, susah bgt",
        "anak majikan lompat2 di kasur, sy takut dia jatuh",
        "majikan ngajak sy ke pasar, ditemenin sopir",
    ],
)
def test_the_third_round_s_words_in_everyday_messages_raise_no_alarm(text: str) -> None:
    assert detect(text) is None, text


@pytest.mark.parametrize(
    "text",
    [
        "nonton film td, serem, sy gk bisa tidur, ada cewek disekap di gudang",
        "adik sy cerita sinetron kemarin, ada pembantu disiram air panas",
        "di drama korea itu tokoh utamanya diculik, sedih",
    ],
)
def test_a_story_on_a_screen_is_not_her_danger_though_she_reacts_to_it(text: str) -> None:
    assert detect(text) is None, text


def test_her_own_danger_beside_a_film_is_still_read() -> None:
    assert detect("td nonton film sama anak majikan, trs tuan mabuk dan sy dipukul") is not None


# -- a blind batch of 6 December (night): general causes of its misses and false alarms


@pytest.mark.parametrize(
    "text",
    [
        # a threat passed on with "bilang", not "ancam": a harm done to her
        "majikan blg mau laporin aku ke polisi kalo aku minta gaji",
        "dia bilang bakal nyari aku sampe ketemu trs bunuh",
        # the price of running named after who says it, or her family made to bear it
        "kalo aku kabur mereka bilang anak aku yg dicari",
        "kalo sy lari katanya keluarga sy yg nanggung",
        "agen blg sy hrs bayar 20 jt atau dia datengin ortu sy",
        # not let go, with her papers taken or the gate barred
        "paspor aku dipegang agensi, aku gk bisa pulang",
        "majikan simpan pasport saya, saya tak boleh balik",
        "gerbang digembok, kunci dipegang bos, kami gk bs keluar",
        # the giving verb typed apart
        "aq gk d ksh makan dr kmrn",
        # a bone broken, bleach poured, Javanese words of blows and killing
        "tangan aku dipatahin sm bos",
        "muka sy disiram pake pemutih",
        "aku dipenthung karo juraganku",
        "kula diancam arep dipejahi",
        # Malay "bilik", English as typed, a bare blow, a threat while holding a knife
        "anak majikan masuk bilik saya tengah malam",
        "we are trap in the factory",
        "if we rest the captain kick, everyday",
        "dia pegang korek di depan muka sy sambil ngancam",
        "tuan bilang 'mau mati kamu?' sambil megang golok",
        # made to drink from the toilet, offered to men, bought, a pregnancy ended, his parts shown
        "aku disuruh minum air wc sm nyonya",
        "sy ditawarin ke tamu bos tiap malem",
        "aku dibeli dari agensi",
        "sy dikasih obat penggugur sm majikan, disuruh minum",
        "anak majikan kirim foto kelamin ke wa sy",
        # not eaten since yesterday, though "not yet done" follows
        "blm makan dr kemarin, katanya gk ada jatah kalo kerjaan blm selesai",
        # "kata" is who said it, not a word asked about
        "kata temennya suami sy dipukul kapten",
    ],
)
def test_the_night_batch_s_dangers_are_read(text: str) -> None:
    assert detect(text) is not None, text


def test_done_with_life_is_self_harm() -> None:
    found = detect("i am done with my life")
    assert found is not None and found.kind == "self_harm"


def test_a_threat_not_meant_as_a_joke_stays_read() -> None:
    assert detect("kapten say if i report he throw me to sea. he not joke") is not None


@pytest.mark.parametrize(
    "text",
    [
        # done by herself, or an admin's lock
        "pintu dikunci sama saya sendiri kak",
        "grup wa kami dikunci sm admin",
        # a joke said after, a quarantine, a word asked about
        "aku dikunciin di kamar mandi sm anak majikan, bercanda doang",
        "isoman di kamar krn covid, gk boleh keluar 5 hari",
        "'dikurung' artinya apa ya kak",
        "what is 'dipukul' in english",
        # dealt with by the law, long ago
        "pelaku yg dulu nyekap sy udh dipenjara",
        # bound by a contract, a folk remedy's marks, an ulcer, a quarrel settled
        "sy terikat kontrak 3 thn sama agen",
        "punggung sy biru2 abis dikerok",
        "gk dikasih makan pedes sama dokter krn lambung luka",
        "anak sy dipukul temen sekolahnya, udh diselesaiin sm gurunya",
        # a figure of speech, a pillow, a key left inside, an animal's claws
        "tim kami dipukul mundur di final",
        "sy dipukul pake bantal sm anak majikan pas main",
        "kamar mandi terkunci, kuncinya ilang",
        "sy kena gigit anjing tetangga",
        # a patient's illness, a brand, a birthday prank, a rain, a thank-you
        "ama yg sy jaga suka mukul kalo ngamuk, namanya jg dimensia",
        "sabun merk SOS ada gk",
        "kapten ultah, kami ngeroyok dia pake tepung",
        "ora iso metu, udan deres",
        "thanks for help me kak",
        # "bang" as a word of address, her things locked
        "Bang sy mau tanya soal kontrak kerja",
        "my madam locked her phone in the drawer",
        # papers held and going home not yet, for a leave or a contract
        "paspor sy dipegang majikan, sy gk bisa pulang cuti tahun ini",
        "paspor sy blm dikasih balik sm agen",
        # what someone says they will do to a thing of hers, or for her
        "majikan bilang mau buang baju2 lama sy",
        "ibu bilang mau jual sawah buat biaya sy",
        "ibu bilang mau nyari keluarga sy di jakarta",
        "sy masak sambil pegang pisau, nyonya ngajak ngobrol",
    ],
)
def test_the_night_batch_s_look_alikes_raise_no_alarm(text: str) -> None:
    assert detect(text) is None, text


@pytest.mark.parametrize(
    "text",
    [
        "dia matiin rokoknya di lengan aku",
        "aku tidur di lantai gudang tiap malem",
        "plis telpon polisi sekarang",
        "no food since yesterday, they say i must finish all first",
        "he point gun to my friend head",
        "sir showed me his private part",
    ],
)
def test_the_tune_part_s_misses_said_in_other_words_are_read(text: str) -> None:
    assert detect(text) is not None, text


@pytest.mark.parametrize(
    "text",
    [
        "sy tidur di lantai krn kasurnya panas, enak adem",
        "point of view sy beda sama majikan soal gaji",
        "i must finish the ironing first, then i call you",
    ],
)
def test_their_look_alikes_raise_no_alarm(text: str) -> None:
    assert detect(text) is None, text


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("my employer hurted me", "hurt me"),
        ("sir beated me with the belt", "beat me"),
        ("he hitted me again", "hit me"),
    ],
)
def test_an_english_past_made_regular_is_the_verb(text: str, said: str) -> None:
    """Learners' English gives "-ed" to verbs whose past is the verb itself (ADR 0006, 7 December)."""
    found = detect(text)
    assert found is not None and found.words == said, text


@pytest.mark.parametrize(
    "text",
    [
        "not allowed to cook pork but ok",
        "noted kak, thanks",
        "the water heater ended up broken",
        "we needed a new iron",
    ],
)
def test_other_english_pasts_are_left_as_they_are(text: str) -> None:
    assert detect(text) is None, text


@pytest.mark.parametrize(
    "text",
    ["sy bapaknya, anak sy meninggal di malaysia, tp majikan bilang bunuh diri, kami gk percaya",
     "kata polisi kakak sy bunuh diri di hongkong, kami gk percaya",
     "jenazah adik sy blm pulang, katanya gantung diri"],
)  # fmt: skip
def test_self_harm_named_as_how_she_died_is_no_self_harm_of_the_writer(text: str) -> None:
    """A father was sent a crisis line ("Anda tidak sendirian") about his dead daughter."""
    found = detect(text)
    assert found is None or found.kind != "self_harm"


@pytest.mark.parametrize(
    "text",
    ["sy mau mati aja, kyk teman sy yg meninggal", "adik sy bilang mau bunuh diri", "kata dia, dia mau bunuh diri"],
)
def test_a_wish_to_die_is_still_heard_beside_a_death_or_a_report(text: str) -> None:
    found = detect(text)
    assert found is not None and found.kind == "self_harm"


@pytest.mark.parametrize("text", ["majikan sy tinggal di jalan Padungan no 5", "majikan tinggal di jalan mawar no 5"])
def test_an_employers_street_address_is_no_cry(text: str) -> None:
    """Told after filing, it marked her case urgent (the model alone, sure of "tinggal ... no 5")."""
    assert detect(text) is None
    from flows.understand.danger_model import sounds_dangerous

    assert not sounds_dangerous(text), "not even asked whether she is safe"


def test_a_height_with_a_floor_number_is_still_heard() -> None:
    found = detect("sy berdiri di jendela lantai 15, mau loncat aja")
    assert found is not None and found.kind == "self_harm"


@pytest.mark.parametrize(
    "text", ["dikunci pintunya biar aman", "pintu dikunci biar aman", "pintunya dikunci supaya aman"]
)
def test_a_door_locked_to_keep_the_house_safe_is_no_cry(text: str) -> None:
    assert detect(text) is None


@pytest.mark.parametrize(
    "text",
    ["sy dikunci di kamar biar aman katanya", "sy dikunci majikan, katanya biar aman", "dikunci biar aman, gk boleh keluar",
     "sy dikunci biar gk kabur"],
)  # fmt: skip
def test_locked_in_with_safety_as_the_excuse_is_still_danger(text: str) -> None:
    found = detect(text)
    assert found is not None and found.kind == "danger"


@pytest.mark.parametrize("text", ["sy gk kuat lg hidup kyk gini", "sy gk tahan lg hidup kayak gini"])
def test_no_strength_left_to_live_like_this_is_self_harm(text: str) -> None:
    found = detect(text)
    assert found is not None and found.kind == "self_harm" and not found.third_person


@pytest.mark.parametrize("text", ["gk kuat lg hidup di sini", "gk kuat hidup sama majikan"])
def test_no_strength_to_live_in_a_place_or_with_someone_is_not_self_harm(text: str) -> None:
    assert detect(text) is None


@pytest.mark.parametrize("text", ["paspor sy dikunci di lemari majikan", "ktp sy dikunci di lemari majikan"])
def test_a_passport_locked_away_is_withheld_not_she_locked_in(text: str) -> None:
    assert detect(text) is None


@pytest.mark.parametrize("text", ["paspor ditahan, sy dikunci di kamar", "paspor sy diambil trs sy dikunci"])
def test_she_locked_in_beside_her_passport_is_still_danger(text: str) -> None:
    found = detect(text)
    assert found is not None and found.kind == "danger"


@pytest.mark.parametrize(
    "text",
    ["pls help my salary not paid", "help me please, my employer not pay 3 months", "tolong sy gaji blm dibayar"],
)
def test_a_plea_that_opens_a_wage_complaint_is_no_alarm_in_english_either(text: str) -> None:
    assert detect(text) is None


@pytest.mark.parametrize(
    "text", ["HELP me my salary not paid", "help me!! my salary not paid", "help me, i am scared, my salary not paid"]
)
def test_a_plea_shouted_or_afraid_beside_wages_is_still_a_cry(text: str) -> None:
    found = detect(text)
    assert found is not None and found.kind == "danger"
