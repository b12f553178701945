"""Issue 14, branch danger12: danger told in a frame no rule was written for, read by what the
rules already know (a denied pleasure is no pleasure, a habit after "kalo" is no what-if, a small
child's age does not cover the employer's blow) and by the model where the rules judged a word of
danger and read nothing (danger_judged). Each beside a twin in the same words that alerts nobody.
Written as workers type."""

from __future__ import annotations

import pytest

from flows.understand.danger import detect
from tests.support.chat import Chat, text_of

# (a danger the rules now read, its twin that stays harmless)
TWINS = [
    # a kick "kalo masakan gk enak": why she is kicked, not a place she enjoys
    ("madam suka nendang perut sy kalo masakan gk enak", "kemarin sy tidur di balkon, enak adem liat bintang"),
    # "kalo mabok suka ngunciin sy": whenever he is drunk, not a what-if asked about
    (
        "anaknya kalo mabok suka ngunciin sy di kamar mandi smp pagi, trs sy mau tanya soal cuti",
        "kalo majikan suka mukul, lapor kemana ya?",
    ),
    # the child's age is told, then the employer hits her
    ("anak majikan umurnya 3 thn, tp majikan suka mukul sy", "anak majikan umurnya 3 thn, suka mukul sy kalo lg main"),
]


@pytest.mark.parametrize(("danger", "harmless"), TWINS)
def test_a_danger_in_a_new_frame_is_read_and_its_twin_is_not(danger: str, harmless: str) -> None:
    found = detect(danger)
    assert found is not None and found.kind == "danger" and not found.third_person, danger
    assert detect(harmless) is None, harmless


@pytest.mark.parametrize(
    "text",
    [
        "kulit sy melepuh kena minyak panas yg disiram majikan",
        "tangan sy melepuh kena air panas yg disiram nyonya tadi pagi",
    ],
)
def test_a_wound_told_with_who_made_it_raises_the_alarm(text: str) -> None:
    found = detect(text)
    assert found is not None and found.kind == "danger"


@pytest.mark.parametrize(
    "text",
    [
        # her own accident, the employer helping
        "sy melepuh kena minyak panas pas goreng ikan, majikan bantu obatin",
        # a blow denied
        "majikan gk pernah mukul sy, baik bgt orangnya",
        # English the model is too sure of: the rules judged these words
        "he locked me out of the house",
        "my boss beat me at chess",
        "agency threatened us with transfer to another employer",
        "my madam locked her phone in the drawer",
        # a question is asked, not told
        "kalo majikan nyiram air panas ke pembantu, itu bisa dipenjara gk?",
    ],
)
def test_the_words_the_rules_judged_stay_judged(text: str) -> None:
    assert detect(text) is None, text


def test_she_notices_the_alarm_with_her_embassy_s_numbers() -> None:
    chat = Chat()
    said = text_of(chat.send("sy di riyadh, kulit sy melepuh kena minyak panas yg disiram majikan"))
    assert chat.state is not None and chat.state.urgent
    assert "KBRI Riyadh" in said


def test_a_farewell_with_her_children_left_in_care_is_self_harm_and_a_goodbye_before_cooking_is_not() -> None:
    found = detect("maafin sy ya bu, sy pamit, titip anak2")
    assert found is not None and found.kind == "self_harm"
    assert detect("maaf ya bu sy pamit dulu, mau masak buat anak2") is None


# three kinds users found missing, each beside its twin (a rule of its kind, not the phrase)
KIND_TWINS = [
    # her illness disbelieved by who may send her to care
    ("sy sakit tp majikan bilang sy pura2", "sy sakit flu, majikan bilang sy jgn pura2 kuat, suruh istirahat"),
    ("sy demam, nyonya ngira sy bohong", "anak majikan bilang sy pura2 tidur, padahal beneran ngantuk haha"),
    # the lock of her room taken off
    ("kunci pintu kamar sy dicopot majikan", "kunci kamar sy rusak, dicopot tukang mau diganti yg baru"),
    ("gembok kamarku dicopot bos", "kunci motor sy dicopot anak majikan buat becanda"),
    # a blade sharpened with his eyes on her
    ("majikan asah pisau sambil liatin sy", "suami majikan asah pisau tiap minggu buat masak kambing"),
    ("he sharpen the knife while looking at me", "majikan asah pisau sambil liat tv"),
]


@pytest.mark.parametrize(("danger", "harmless"), KIND_TWINS)
def test_a_kind_users_found_missing_is_read_and_its_twin_is_not(danger: str, harmless: str) -> None:
    found = detect(danger)
    assert found is not None and found.kind == "danger" and not found.third_person, danger
    assert detect(harmless) is None, harmless


def test_the_knife_sharpened_at_her_is_the_urgent_path_she_sees() -> None:
    chat = Chat()
    said = text_of(chat.send("sy di riyadh, majikan asah pisau sambil liatin sy, sy takut"))
    assert chat.state is not None and chat.state.urgent
    assert "KBRI Riyadh" in said
