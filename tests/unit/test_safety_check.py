"""Asking, not assuming (flows/safety_check.py): a message no danger rule reads but the trained
second opinion finds alarming gets one kind question, "is anyone in danger now?". Her answer
decides; nothing she wrote is lost either way, and asking alone never alarms anyone."""

from __future__ import annotations

from flows.types import NotifyMediators
from flows.understand.danger import detect
from flows.understand.danger_model import THRESHOLD, probability
from flows.understand.normalize import read_text
from tests.support.chat import Chat, text_of

#: no rule reads danger in these (she says she is afraid, not what is done to her); the shipped
#: model finds them alarming with room to spare (retraining moves its probabilities by a few
#: hundredths: the first test below says so when that room is gone)
AFRAID = "majikan suka ngamuk ke sy tiap malam, sy ketakutan tinggal disini, sy di riyadh"
QUESTION = "sedang dalam bahaya sekarang"


def test_the_message_these_tests_send_is_read_by_no_rule_and_alarms_the_model() -> None:
    assert detect(AFRAID) is None
    assert probability(read_text(AFRAID).plain()) >= THRESHOLD + 0.1


def alerts(chat: Chat) -> list[NotifyMediators]:
    return [e for e in chat.effects(NotifyMediators) if e.kind == "danger_alert"]


def at_story() -> Chat:
    chat = Chat()
    chat.send("halo")
    chat.press("lapor")
    chat.press("setuju")
    chat.send("gk")  # nobody checks her phone
    assert chat.node == "story"
    return chat


def test_an_alarming_message_no_rule_reads_is_asked_about_first_and_alarms_nobody() -> None:
    chat = Chat()
    turn = chat.send(AFRAID)
    assert QUESTION in text_of(turn)
    assert [o.id for o in turn.replies[-1].options] == ["bahaya", "aman"]
    assert not alerts(chat) and chat.state is not None and not chat.state.urgent
    assert "story" not in chat.slots, "held until she answers"


def test_safe_takes_her_message_exactly_as_if_nothing_had_been_asked() -> None:
    for answer in ("aman", "sy aman kok", "tidak", "gk kok", "No", "gk bahaya kok", "Tidak, aman", "2"):
        chat = Chat()
        chat.send(AFRAID)
        turn = chat.press(answer) if answer == "aman" else chat.send(answer)
        assert not alerts(chat) and chat.state is not None and not chat.state.urgent, answer
        assert chat.slots["story"] == AFRAID and chat.slots["country"] == "SA", answer
        assert "Pesan Anda sudah kami baca" in text_of(turn), answer
        assert chat.node == "consent", answer


def test_in_danger_goes_on_the_urgent_path_with_the_numbers_and_her_words_kept() -> None:
    for answer in ("bahaya", "iya", "ya bahaya", "gk aman", "tidak aman kak", "not safe", "sy dalam bahaya", "takut"):
        chat = Chat()
        chat.send(AFRAID)
        turn = chat.press(answer) if answer == "bahaya" else chat.send(answer)
        said = text_of(turn)
        assert chat.state is not None and chat.state.urgent, answer
        assert len(alerts(chat)) == 1, answer
        assert "Keselamatan Anda" in said and "KBRI Riyadh" in said, answer
        # her message is the story's start ("not safe" is itself a cry the rules read: kept too)
        assert chat.slots["story"].startswith(AFRAID), answer


def test_a_cry_instead_of_an_answer_is_help_at_once_and_keeps_both_messages() -> None:
    chat = Chat()
    chat.send(AFRAID)
    turn = chat.send("tolong sy dipukul")
    assert chat.state is not None and chat.state.urgent and alerts(chat)
    assert "KBRI Riyadh" in text_of(turn)
    assert chat.slots["story"] == f"{AFRAID}\n\ntolong sy dipukul"


def test_it_is_asked_once_per_report() -> None:
    chat = Chat()
    chat.send(AFRAID)
    chat.press("aman")
    chat.press("setuju")
    turn = chat.send(AFRAID)
    assert QUESTION not in text_of(turn)


def test_at_the_story_question_her_story_is_kept_whatever_she_answers() -> None:
    chat = at_story()
    chat.send(AFRAID)
    chat.press("bahaya")
    assert chat.state is not None and chat.state.urgent
    assert AFRAID in chat.slots["story"]

    chat = at_story()
    chat.send(AFRAID)
    chat.press("aman")
    assert chat.slots["story"] == AFRAID and chat.node == "story", "still collecting, as without the question"


def test_two_answers_it_cannot_read_and_her_message_goes_on_as_safe() -> None:
    chat = Chat()
    chat.send(AFRAID)
    again = chat.send("hmm gimana ya")
    assert "belum paham" in text_of(again) and QUESTION in text_of(again), "a second try, with the buttons"
    chat.send("entahlah")
    assert chat.state is not None and not chat.state.urgent and not alerts(chat)
    assert chat.slots["story"] == AFRAID


def test_a_command_that_leaves_the_question_keeps_her_message() -> None:
    chat = Chat()
    chat.send(AFRAID)
    chat.send("batal")
    assert chat.slots.get("story") == AFRAID or AFRAID in str(chat.slots.get("_draft"))
    chat = Chat()
    chat.send(AFRAID)
    turn = chat.send("nomor penting")  # only adds the numbers: the question is still open
    assert "Nomor penting" in text_of(turn) and QUESTION in text_of(turn)


def test_english_is_asked_in_english() -> None:
    chat = Chat()
    chat.send("good morning, I work in Saudi Arabia as a housemaid")  # she writes English
    turn = chat.send(AFRAID)
    assert "in danger right now" in text_of(turn)
    assert [o.label for o in turn.replies[-1].options] == ["Yes, in danger", "No, safe"]


def test_everyday_messages_and_short_answers_are_not_asked_about() -> None:
    for text in (
        "majikan gk bayar gaji udh 5 bln",
        "sy mau pulang tp paspor ditahan agen",
        "mama sy sakit di kampung, sy mau pulang",
        "nonton film horor semalam takut banget",
        "Siti Aminah",
        "riyadh",
    ):
        chat = Chat()
        turn = chat.send(text)
        assert QUESTION not in text_of(turn), text
        assert chat.state is not None and not chat.state.pending, text


def test_a_message_the_rules_read_is_help_at_once_not_a_question() -> None:
    chat = Chat()
    turn = chat.send("sy dipukul majikan, sy takut sekali")
    assert QUESTION not in text_of(turn) and "Keselamatan Anda" in text_of(turn)
    assert alerts(chat)


def test_ok_only_says_she_read_it_and_is_asked_again() -> None:
    chat = Chat()
    chat.send(AFRAID)
    turn = chat.send("ok")
    assert "belum paham" in text_of(turn) and chat.state is not None and chat.state.pending


def test_the_safe_buttons_words_typed_or_its_number_are_safe_never_an_alarm() -> None:
    """ "Tidak, aman" typed as the button shows it (and "No, safe", "No, I'm safe") was read as
    "tidak aman", not safe, and filed an urgent case; "2" was not understood."""
    from flows.safety_check import read_reply

    for safe in ("Tidak, aman", "No, safe", "No, I'm safe", "no im safe", "tidak, sy aman", "2", "sy aman kok"):
        assert read_reply(safe) is False, safe
    for unsafe in ("Ya, dalam bahaya", "Yes, in danger", "1", "gk aman", "ga merasa aman", "i am not safe"):
        assert read_reply(unsafe) is True, unsafe


def test_safe_at_a_question_her_message_does_not_answer_keeps_it_with_her_story() -> None:
    """It was tried as her name ("Maaf, kami belum menangkap namanya") and lost."""
    from tests.unit.test_tell_it_once import answer_through, chat_after

    chat = chat_after("gaji sy gk dibayar di dubai", "@setuju", "gk")
    answer_through(chat, "worker_name")
    assert QUESTION in text_of(chat.send(AFRAID))
    said = text_of(chat.press("aman"))
    assert AFRAID in chat.slots["story"] and "gaji sy gk dibayar" in chat.slots["story"]
    assert "belum menangkap" not in said and "sudah kami catat" in said
    assert chat.node == "worker_name" and not chat.slots.get("worker_name")


def test_given_up_said_in_few_words_is_asked_about_in_either_language() -> None:
    for said, question in (
        ("i cant take it anymore", "in danger right now"),
        ("sy cape kak pengen udahan", QUESTION),
        ("udh gk sanggup lg", QUESTION),
    ):
        chat = Chat()
        turn = chat.send(said)
        assert question in text_of(turn), said
        assert not chat.effects(NotifyMediators), "asked, not an alarm"
    for said in ("capek", "sy capek kerja", "gk tahan pedes", "gk kuat lg kerja di sini"):
        chat = Chat()
        assert QUESTION not in text_of(chat.send(said)), said


def test_the_numbers_asked_while_the_question_waits_are_those_of_the_country_she_wrote() -> None:
    chat = Chat()
    chat.send(AFRAID)  # "... sy di riyadh"
    turn = chat.send("nomor penting")
    said = text_of(turn)
    assert "KBRI Riyadh" in said and "Arab Saudi" in said and QUESTION in said
