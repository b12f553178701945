"""Her phone is looked at: said in her words at "can you write safely?" or "may someone see your
phone?", the chat goes discreet (it was read as "safe", or noted and asked again)."""

from __future__ import annotations

import pytest

from flows.reading import phone_is_checked
from tests.support.chat import Chat


def test_hp_sy_dicek_at_can_you_write_safely_makes_the_chat_discreet() -> None:
    chat = Chat()
    chat.send("tolong dia pukul sy, sy di hongkong")
    chat.press("setuju")
    assert chat.node == "safe_now"
    turn = chat.send("iya hp sy dicek")
    assert chat.slots["safe_now"] is False and chat.state.discreet and turn.discreet


def test_an_employer_who_takes_her_phone_is_a_yes_to_may_someone_see_it() -> None:
    chat = Chat()
    chat.send("majikan gk bayar gaji sy 3 bln")
    chat.press("setuju")
    assert chat.node == "discreet"
    chat.send("kadang2 majikan ambil hp sy buat dicek")
    assert chat.slots["discreet_mode"] is True and chat.state.discreet


@pytest.mark.parametrize(
    ("said", "checked"),
    [("iya hp sy dicek", True), ("madam checks my phone", True), ("majikan suka liat hp sy", True),
     ("hp sy gk pernah dicek", False), ("gk, aman kok", False), ("iya", False), ("hp sy rusak", False)],
)  # fmt: skip
def test_what_says_her_phone_is_looked_at(said: str, checked: bool) -> None:
    assert phone_is_checked(said) is checked


def test_dont_call_it_would_be_found_out_declines_the_number_and_adds_no_problem() -> None:
    from tests.unit.test_tell_it_once import WAGES, chat_after

    chat = chat_after(WAGES, "@setuju", "gk", "iya", "Siti")
    assert chat.node == "phone"
    said = " ".join(r.text for r in chat.send("gk usah telpon nanti ketauan").replies)
    assert "belum terjawab" not in said and chat.node != "phone"
    assert chat.slots["phone"] is None and "ketauan" in chat.slots["story"]
    assert "putus_komunikasi" not in (chat.slots.get("_more_categories") or [])
