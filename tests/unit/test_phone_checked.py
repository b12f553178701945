"""Her phone is looked at: said in her words at "can you write safely?" or "may someone see your
phone?", the chat goes discreet (it was read as "safe", or noted and asked again)."""

from __future__ import annotations

import pytest

from flows.reading import phone_is_checked
from tests.support.chat import Chat, text_of


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
     ("hp sy gk pernah dicek", False), ("gk, aman kok", False), ("iya", False), ("hp sy rusak", False),
     # she writes on the employer's phone; the employer's number is not that
     ("ini hp majikan", True), ("gk punya hp sendiri, ini hp majikan", True), ("sy pake hp madam", True),
     ("nomor hp majikan 0812345678", False), ("tidak, majikan gk pernah cek hp", False),
     # watched, monitored: the scam compound's and the employer's words for it
     ("hp diawasi", True), ("hp sy dipantau bos", True), ("they monitor our phones", True),
     ("hp sy gk diawasi kok", False)],
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


@pytest.mark.parametrize(
    ("said", "discreet"),
    [("kadang majikan pinjam hp sy", True), ("hp nya punya majikan", True), ("mungkin", True), ("kadang2", True),
     ("ini hp majikan", True),
     ("bisa jadi", True), ("gk mungkin", False), ("kayaknya gk", False)],
)  # fmt: skip
def test_a_borrowed_phone_the_employers_phone_or_a_maybe_clears_her_chat(said: str, discreet: bool) -> None:
    chat = answered_at_the_discreet_question(said)
    assert chat.slots["discreet_mode"] is discreet and chat.state.discreet is discreet


def answered_at_the_discreet_question(said: str) -> Chat:
    """A worker in Riyadh who agreed, then wrote ``said`` to "may someone see your phone?"."""
    chat = Chat()
    chat.send("gaji sy 3 bln gk dibayar di riyadh")
    chat.press("setuju")
    assert chat.node == "discreet"
    chat.send(said)
    return chat


def test_a_story_that_says_the_employer_checks_her_phone_is_discreet_from_the_first_reply() -> None:
    chat = Chat()
    first = chat.send("majikan suka cek hp sy. paspor sy ditahan majikan di dubai")
    assert first.discreet and all(r.text.startswith("🔒") for r in first.replies)
    chat.press("setuju")
    assert chat.node != "discreet", "not asked what she already said"
    assert chat.slots["discreet_mode"] is True


def test_a_phone_said_to_be_watched_in_the_first_message_is_discreet_from_the_first_reply() -> None:
    """ "... gk boleh keluar gedung. hp diawasi": her phone is watched; the hotlines and the
    consent stood on her screen for whoever watches it."""
    first = Chat().send("kak tolong sy di kamboja dipaksa kerja scam online, paspor diambil. hp diawasi")
    assert first.discreet and all(r.text.startswith("🔒") for r in first.replies)


@pytest.mark.parametrize(
    "said",
    ["majikan gk pernah cek hp sy. paspor sy ditahan majikan di dubai",
     "anak sy bilang majikan suka cek hp nya, paspornya ditahan di dubai"],
)  # fmt: skip
def test_a_phone_never_checked_or_a_familys_own_phone_is_not_made_discreet(said: str) -> None:
    chat = Chat()
    assert not chat.send(said).discreet


MALAYSIA_FILED = ("sy kerja di malaysia, majikan tdk bayar gaji 4 bulan", "@setuju", "@tidak", "@ya", "kuala lumpur",
                  "siti aminah", "081234567890", "Puan Lim", "PT Maju Jaya", "@ya")  # fmt: skip


def test_told_after_filing_the_employer_checks_her_phone_the_chat_goes_discreet_and_messages_wait() -> None:
    from flows.types import CaseMessage, UpdateCase
    from tests.unit.test_tell_it_once import chat_after

    chat = chat_after(*MALAYSIA_FILED, "@cukup")
    turn = chat.send("majikan suka cek hp sy")
    assert turn.discreet and chat.state.discreet
    assert "Pesan dari petugas akan menunggu" in text_of(turn)
    (number,) = {e.case_number for e in chat.effects(CaseMessage)}
    assert [u.notify_reporter for u in chat.effects(UpdateCase) if u.case_number == number][-1] is False


def test_told_at_a_question_after_filing_the_question_stays_and_the_chat_goes_discreet() -> None:
    from flows.types import UpdateCase
    from tests.unit.test_tell_it_once import chat_after

    chat = chat_after(*MALAYSIA_FILED, "lanjut")
    asked = chat.node
    turn = chat.send("jgn, majikan suka liat hp")
    assert turn.discreet and chat.node == asked
    assert chat.effects(UpdateCase)[-1].notify_reporter is False


def test_no_phone_of_her_own_said_at_the_phone_question_clears_her_chat() -> None:
    from tests.unit.test_tell_it_once import WAGES, chat_after

    chat = chat_after(WAGES, "@setuju", "gk", "iya", "Siti")
    assert chat.node == "phone" and not chat.state.discreet
    chat.send("gk punya hp sendiri, ini hp majikan")
    assert chat.state.discreet and chat.slots["discreet_mode"] is True


@pytest.mark.parametrize(
    ("said", "discreet"),
    [("hp sy sendiri", False), ("hp sendiri kok", False), ("ini hp sy sendiri, gk ada yg liat", False),
     ("hp sendiri tp majikan suka cek", True)],
)  # fmt: skip
def test_her_own_phone_is_a_no_unless_someone_looks_at_it(said: str, discreet: bool) -> None:
    """ "hp sy sendiri" got "mohon jawab Ya atau Tidak"."""
    chat = answered_at_the_discreet_question(said)
    assert chat.slots["discreet_mode"] is discreet
