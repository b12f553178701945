"""Danger said softly (ADR 0006, 8 December, branch danger13): sexual abuse by euphemism
(flows/understand/danger_euphemism.py), each kind written as workers and families type, with the
everyday sense of the same words beside it, which must stay quiet."""

from __future__ import annotations

import pytest

from flows.understand.danger import detect

EUPHEMISMS = [
    # "done that" to her, with a sign of it
    "kak sy malu bgt, bos sy begituin sy wkt istrinya mudik",
    "aku dibegituin sm sopir majikan malem2, skrg aku takut",
    "tuan sering begituin aku pas nyonya arisan, aku jijik",
    # ruined, her virginity lost
    "anak tuan udh ngerusak aku kak, aku ga berani blg",
    "aku udh ga perawan lg krn bapak majikan",
    # groped, Javanese and Tagalog
    "bapak e majikan nggrayangi aku yen bengi",
    "hinihipuan ako ng amo kong lalaki pag wala si madam",
    # his hands, a massage asked with something improper
    "bos minta dipijetin trs tangannya kmn2, sy takut",
    "kakek minta sy pijitin yg aneh2 tiap malem",
    # her bath intruded on
    "waktu sy mandi anak tuan sengaja masuk, udh 2x",
]

EVERYDAY = [
    "jgn begituin aku dong kak, aku kan cuma nanya",
    "anak majikan ngerusak hp aku pas main",
    "aku masih perawan kok, blm nikah",
    "nenek minta sy pijitin kakinya tiap malem, pegel katanya",
    "pas sy mandi anak majikan umur 2 thn buka pintu, lucu",
    "sy hrs mandi dulu sblm masak, kata tuan biar bersih",
    "tas sy digrepe2 nyari kunci di kegelapan",
]


@pytest.mark.parametrize("text", EUPHEMISMS)
def test_sexual_abuse_told_by_euphemism_raises_the_alarm(text: str) -> None:
    found = detect(text)
    assert found is not None and found.kind == "danger", text


@pytest.mark.parametrize("text", EVERYDAY)
def test_the_same_words_in_their_everyday_sense_stay_quiet(text: str) -> None:
    assert detect(text) is None, text


# "klo" of when it happens, as she is now; a blow begun again; shut out at night
WHEN_AND_AGAIN = [
    # what is done to her when she does something: her phone is what she holds, she is hit
    "kalo ketauan main hp aku ditampar sm nyonya",
    "klo ketahuan pegang hp sy dipukul, gmn ini kak",
    # as she is now ("gini"), asked what to do
    "kalo dikunci di gudang gini aku hrs gmn kak?",
    # begun again after a past
    "dulu sempet ditampar majikan, trs berhenti, skrg mulai lg",
    "thn lalu pernah ditendang, minggu ini dia ulangin lg",
    # shut out at night, or with the dog
    "sy dikunci di luar sm majikan dr jam 11 mlm",
    "aku dikunciin diluar bareng anjingnya, takut digigit",
]

WHEN_AND_AGAIN_EVERYDAY = [
    "kalo dikunci majikan lapornya kemana?",
    "hp sy dikunci sm anak majikan, lupa passwordnya",
    "dulu pernah dipukul majikan lama thn 2019, udh diproses, skrg majikan baru baik, kerja mulai lagi senin",
    "sy dikunci di luar krn lupa bawa kunci, untung majikan pulang jam 5",
    "ibu bilang pintu dikunci jam 10 mlm, sy bawa kunci cadangan",
]


@pytest.mark.parametrize("text", WHEN_AND_AGAIN)
def test_a_habit_her_state_now_and_a_blow_begun_again_raise_the_alarm(text: str) -> None:
    found = detect(text)
    assert found is not None and found.kind == "danger", text


@pytest.mark.parametrize("text", WHEN_AND_AGAIN_EVERYDAY)
def test_a_question_a_phone_a_past_dealt_with_and_a_key_forgotten_stay_quiet(text: str) -> None:
    assert detect(text) is None, text


# self-harm said softly: her life refused in Tagalog, her death with nobody to miss her
TIRED_OF_LIFE = [
    "ayaw ko nang mabuhay, sobrang hirap dito",
    "gusto ko nang mamatay, pagod na ako sa amo ko",
    "magpapakamatay na lang ako, wala nang silbi",
    "kalo aku mati jg ga ada yg nyariin",
    "klo sy gk ada lg siapa yg sedih coba",
]

TIRED_OF_LIFE_EVERYDAY = [
    "mabuhay po kayo! salamat sa tulong",
    "kalo sy gk ada di rumah, gk ada yg jagain anak majikan",
    "kalo sy mudik siapa yg sedih ya, anak majikan pasti nangis hehe",
    "kalo sy pergi siapa yg masak?",
]


@pytest.mark.parametrize("text", TIRED_OF_LIFE)
def test_self_harm_said_softly_gives_the_crisis_line(text: str) -> None:
    found = detect(text)
    assert found is not None and found.kind == "self_harm", text


@pytest.mark.parametrize("text", TIRED_OF_LIFE_EVERYDAY)
def test_a_greeting_and_her_work_while_away_stay_quiet(text: str) -> None:
    assert detect(text) is None, text


# held: no penny in her hand, nowhere to go, "never go back"; water and food rationed
HELD_AND_RATIONED = [
    "paspor ditahan PT, gaji abis buat utang, aku ga pegang duit sepeserpun",
    "hp sm paspor aku disita agen, aku ga bisa kemana2 mbak",
    "boss take my passport and tell me i never go home",
    "aku cuma minum air kran tiap hari, ga boleh ambil air galon",
    "they dont give water, i drink from the toilet",
    "adik sy cuma makan sekali sehari, skrg kurus bgt katanya",
    "nasi dijatah sepiring buat seharian, aku laper terus",
]

HELD_AND_RATIONED_EVERYDAY = [
    "paspor dipegang majikan, libur gk bisa kemana2 krn gk ada temen",
    "sy mau tanya, paspor dipegang majikan itu boleh gk? sy gk punya uang buat pulang cuti",
    "air kran di sini aman diminum kok kata majikan",
    "aku minum air kran biar hemat, duitnya buat kirim ke rumah",
    "hari ini cuma makan sekali krn puasa, agak lemes hehe",
]


@pytest.mark.parametrize("text", HELD_AND_RATIONED)
def test_held_penniless_and_water_or_food_rationed_raise_the_alarm(text: str) -> None:
    found = detect(text)
    assert found is not None and found.kind == "danger", text


@pytest.mark.parametrize("text", HELD_AND_RATIONED_EVERYDAY)
def test_a_day_off_tap_water_by_choice_and_a_fast_stay_quiet(text: str) -> None:
    assert detect(text) is None, text


# made to eat what hurts her, left lying when she faints, a long story that turns after a fond word
HURT_AND_LEFT = [
    "aku dipaksa makan sambel sekilo buat hukuman krn lupa masak",
    "majikan nyuruh aku makan muntahan anaknya krn aku telat bersihin",
    "td siang aku pingsan di kamar mandi, dicuekin aja sm nyonya",
    "anaknya lucu2 kok kak, tp bapaknya tiap mabok nendang perut aku",
]

HURT_AND_LEFT_EVERYDAY = [
    "sy disuruh makan sambel sama nyonya, enak bgt ternyata",
    "kmrn sy pingsan di pasar, untung dibawa ke klinik sm majikan",
    "anak majikan pura2 pingsan biar gk sekolah, sy biarin aja",
    "anak majikan suka mukul2 aku pake bantal, lucu bgt",
]


@pytest.mark.parametrize("text", HURT_AND_LEFT)
def test_made_to_eat_left_fainted_and_a_turned_story_raise_the_alarm(text: str) -> None:
    found = detect(text)
    assert found is not None and found.kind == "danger", text


@pytest.mark.parametrize("text", HURT_AND_LEFT_EVERYDAY)
def test_a_dish_help_given_and_a_child_s_play_stay_quiet(text: str) -> None:
    assert detect(text) is None, text


CRUELLER_HANDS = [
    "sponsor ngancam mau jual aku ke majikan yg lebih jahat kalo aku ngadu",
    "my agent say if i not obey he will give me to worse employer",
]

CRUELLER_HANDS_EVERYDAY = [
    "agen ngancam mindahin sy ke majikan lain krn sy minta cuti",
    "majikan bilang mau kirim sy ke rumah anaknya yg galak",
]


@pytest.mark.parametrize("text", CRUELLER_HANDS)
def test_a_threat_to_hand_her_to_someone_crueller_raises_the_alarm(text: str) -> None:
    found = detect(text)
    assert found is not None and found.kind == "danger", text


@pytest.mark.parametrize("text", CRUELLER_HANDS_EVERYDAY)
def test_a_transfer_threatened_or_told_with_nobody_crueller_stays_quiet(text: str) -> None:
    assert detect(text) is None, text
