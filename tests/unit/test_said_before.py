""" "kan td udh sy bilang 24" is her pointing back at what she told, never a cry: a mother giving
her daughter's age got a crisis line and an urgent case (the danger model read it as self-harm)."""

from __future__ import annotations

from datetime import date

import pytest

from flows.types import NotifyMediators
from flows.understand import understand
from tests.support.chat import text_of
from tests.unit.test_tell_it_once import MOTHER, chat_after

TODAY = date(2026, 12, 3)


@pytest.mark.parametrize(
    "typed",
    ["kan td udh sy bilang 24", "di pesan suara td udh sy ceritain", "udh sy bilang td kak",
     "tadi kan sudah saya jelaskan", "i already told you my age is 24"],
)  # fmt: skip
def test_pointing_back_at_what_she_told_is_no_danger(typed: str) -> None:
    assert understand(typed, TODAY).danger is None


@pytest.mark.parametrize(
    "typed",
    ["udh sy bilang ke majikan tp sy tetap dipukul", "td sy udh bilang sy mau bunuh diri aja",
     "sy udh cerita td, majikan ngunci sy di kamar"],
)  # fmt: skip
def test_a_danger_told_beside_it_is_still_heard(typed: str) -> None:
    assert understand(typed, TODAY).danger is not None


def test_the_mother_repeating_her_daughters_age_gets_no_crisis_line() -> None:
    chat = chat_after(*MOTHER)
    said = text_of(chat.send("kan td udh sy bilang 24"))
    assert "bahaya" not in said.lower() and "Befrienders" not in said and "145" not in said
    assert not chat.state.urgent and not chat.effects(NotifyMediators)


@pytest.mark.parametrize("typed", ["bkn dilarang keluar, sy bisa keluar tp gk punya iqama", "bkn dipukul, cuma dimarahin",
                                   "sy gk dilarang keluar kok"])  # fmt: skip
def test_a_danger_she_says_is_not_so_is_no_alarm(typed: str) -> None:
    """ "bkn" is "bukan": "bkn dilarang keluar" at the list she was shown sent a huroob worker
    the police's number."""
    assert understand(typed, TODAY).danger is None
