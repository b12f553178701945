"""Two leftovers of issue 14 (round nine): danger told as past by a worker already safe at a
refuge raises no alarm, and a forwarded or copied WhatsApp chat is someone else's cry. Each beside
its twin that stays an alarm of her own. Written as workers type."""

from __future__ import annotations

import pytest

from flows.understand.danger import detect
from tests.support.chat import Chat, text_of

# (safe now at a refuge: no alarm, still in danger or not there yet: her alarm)
SAFE_TWINS = [
    ("sy kabur dr majikan, skrg udh aman di KBRI riyadh", "sy kabur dr majikan, skrg msh ngumpet tolong"),
    ("sy udh kabur dr majikan, skrg di penampungan KJRI", "mau ke KBRI tapi dikunci"),
    ("sy udh lari dr rumah majikan, alhamdulillah udh sampe shelter", "sy dipukul majikan, mau kabur ke shelter"),
    (
        "sy kabur dr majikan td malam, skrg di kantor polisi",
        "sy kabur dr majikan td malam, skrg di kantor polisi tp msh takut",
    ),
    ("i run away from my employer, now i stay at embassy shelter", "sy kabur dr majikan, blm aman"),
    ("sy kabur dr rumah majikan, udh di KBRI skrg", "sy kabur dr majikan, gmn cara ke KBRI"),
]


@pytest.mark.parametrize(("safe", "unsafe"), SAFE_TWINS)
def test_safe_at_a_refuge_is_no_alarm_but_not_yet_there_is(safe: str, unsafe: str) -> None:
    assert detect(safe) is None, safe
    found = detect(unsafe)
    assert found is not None and not found.third_person, unsafe


@pytest.mark.parametrize(
    "text",
    [
        "sy dipukul majikan trs kabur, alhamdulillah udh sampe shelter",
        "I escape from my employer because she always beat me, now I stay at embassy shelter",
    ],
)
def test_a_blow_or_a_lock_told_beside_the_refuge_stays_an_alarm(text: str) -> None:
    # only her flight ends at the refuge: what was done to her is for the mediators at once
    assert detect(text) is not None


def test_a_friend_still_in_danger_while_she_is_safe_stays_an_alarm() -> None:
    found = detect("tmn sy dikunci majikan, sy udh di KBRI")
    assert found is not None and found.third_person


def test_a_wish_to_die_at_the_shelter_stays_an_alarm() -> None:
    found = detect("sy udh di shelter KBRI tp rasanya pengen bunuh diri aja")
    assert found is not None and found.kind == "self_harm"


# (a cry passed on from someone else's chat, the same cry in her own words)
RELAYED_TWINS = [
    ("*Diteruskan* Ani HK: kak tolong sy dipukul majikan", "kak tolong sy dipukul majikan"),
    ("[12.03, 5/12/2026] Ani: tolong sy dikunci majikan", "tolong sy dikunci majikan"),
    ("Forwarded\nAni: tolong sy dipukul", "tolong sy dipukul"),
    ("kak ini tmn sy kirim\n_Diteruskan_\nAni: sy gk dksh mkn 3 hr, tolong", "sy gk dksh mkn 3 hr, tolong"),
    ("5/12/26 12.03 - Ani: tlg sy dikurung di gudang", "tlg sy dikurung di gudang"),
    ("> tolong sy dikunci\nitu pesan temen sy kemarin", "tolong sy dikunci\nitu kemarin"),
]


@pytest.mark.parametrize(("relayed", "own"), RELAYED_TWINS)
def test_a_forwarded_cry_is_someone_elses(relayed: str, own: str) -> None:
    theirs, mine = detect(relayed), detect(own)
    assert theirs is not None and theirs.third_person, relayed
    assert mine is not None and not mine.third_person, own


def test_her_own_cry_under_a_forwarded_one_is_hers() -> None:
    found = detect("[12.03, 5/12/2026] Ani: tolong sy dikunci majikan\n\nsy jg dipukul majikan sy kak tolong")
    assert found is not None and not found.third_person


def test_her_own_cry_under_a_quoted_one_is_hers() -> None:
    found = detect("> tolong sy dikunci\n> hp mau diambil\nsy jg dipukul majikan")
    assert found is not None and not found.third_person
    found = detect("majikan > 3 bln gk bayar, sy dipukul")  # "more than", not a quote
    assert found is not None and not found.third_person


def test_a_word_of_passing_on_in_her_own_sentence_is_no_forward() -> None:
    found = detect("Diteruskan ke agensi tp sy msh dikunci majikan")
    assert found is not None and not found.third_person


def test_safe_at_the_embassy_she_is_asked_her_story_without_the_emergency_list() -> None:
    chat = Chat()
    said = text_of(chat.send("sy kabur dr majikan, skrg udh aman di KBRI riyadh"))
    assert "+966" not in said and "darurat" not in said.lower()
    assert chat.slots.get("category") == "melarikan_diri"


def test_a_forwarded_cry_alerts_and_is_flagged_as_someone_elses() -> None:
    chat = Chat()
    chat.send("*Diteruskan* Ani HK: kak tolong sy dipukul majikan")
    assert chat.slots.get("_third_person") is True
