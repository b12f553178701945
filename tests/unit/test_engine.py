"""The pure engine, driven with Inbound values and read through Turns (a small test dialog)."""

from __future__ import annotations

import itertools
import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from flows.dialog import Dialog
from flows.engine import step
from flows.types import (
    ConversationState,
    EraseReporterData,
    FileCase,
    Inbound,
    Lookup,
    Media,
    NotifyMediators,
    RecordConsent,
    Turn,
)
from tests.support.mini import mini_dialog

NOW = datetime(2026, 11, 23, 8, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def dialog(tmp_path_factory: pytest.TempPathFactory) -> Dialog:
    return mini_dialog(tmp_path_factory.mktemp("mini"))


class Chat:
    """One conversation with the engine: keeps the state between turns like storage would."""

    def __init__(self, dialog: Dialog) -> None:
        self.dialog = dialog
        self.state: ConversationState | None = None
        self.turns: list[Turn] = []
        self.counter = itertools.count(1)

    def send(self, text: str | None = None, **kw: object) -> Turn:
        n = next(self.counter)
        inbound = Inbound("test", "42", f"u{n}", "7", text=text, **kw)  # type: ignore[arg-type]
        before = json.dumps(self.state.to_dict() if self.state else None, sort_keys=True, default=str)
        turn = step(self.dialog, self.state, inbound, NOW, bytes(range(n, n + 32)))
        after = json.dumps(self.state.to_dict() if self.state else None, sort_keys=True, default=str)
        assert before == after, "step never changes the state it was given (a retried turn starts from it)"
        self.state = turn.state
        self.turns.append(turn)
        return turn

    def press(self, option_id: str) -> Turn:
        last = self.last_options()
        return self.send(choice=last[option_id])

    def last_options(self) -> dict[str, str]:
        for turn in reversed(self.turns):
            for reply in reversed(turn.replies):
                if reply.options:
                    return {o.id: o.data for o in reply.options}
        return {}

    @property
    def node(self) -> str | None:
        return self.state.node if self.state else None


def texts(turn: Turn) -> str:
    return "\n".join(r.text for r in turn.replies)


def back_to(chat: Chat, node: str) -> None:
    for _ in range(12):
        if chat.node == node:
            return
        chat.send("kembali")
    raise AssertionError(f"never got back to {node}, at {chat.node}")


def to_story(chat: Chat, category: str = "1") -> None:
    chat.send("halo")
    chat.send("1")  # menu: lapor
    chat.send("setuju")  # consent
    chat.send(category)  # category
    chat.send("malaysia")
    chat.send("Kuala Lumpur")
    chat.send("25")
    chat.send("lewati")  # phone
    if chat.node == "passport_held":
        chat.send("iya")
    assert chat.node == "story"


def test_first_message_shows_the_menu_with_numbered_options_and_buttons(dialog: Dialog) -> None:
    chat = Chat(dialog)
    turn = chat.send("halo")
    assert "<id:m.welcome>" in texts(turn)
    assert "1. <id:m.lapor>" in texts(turn)
    assert [o.id for o in turn.replies[-1].options] == ["lapor", "status"]
    assert turn.awaiting is not None and turn.awaiting.node == "welcome" and turn.awaiting.input == "choice"


def test_a_whole_report_files_one_case_with_codes_indicators_and_consent(dialog: Dialog) -> None:
    chat = Chat(dialog)
    to_story(chat)
    chat.send("Majikan tidak bayar gaji saya")
    chat.send("sudah 4 bulan")
    turn = chat.send("selesai")
    assert chat.node == "evidence"
    chat.send(media=Media("photo", "file-1", 1000, "image/jpeg"))
    chat.send("selesai")
    assert chat.node == "summary"
    summary = texts(chat.turns[-1])
    assert "Kuala Lumpur" in summary and "Majikan tidak bayar gaji saya" in summary
    turn = chat.send("ya")
    cases = [e for e in turn.effects if isinstance(e, FileCase)]
    assert len(cases) == 1
    case = cases[0]
    assert case.category == "gaji_tidak_dibayar"
    assert case.fields["country"] == "MY" and case.fields["city"] == "Kuala Lumpur" and case.fields["age"] == 25
    assert case.fields["story"] == "Majikan tidak bayar gaji saya\n\nsudah 4 bulan"
    assert set(case.indicators) == {"retention_of_documents", "withholding_of_wages"}
    assert not case.urgent
    assert [a.file_id for a in case.attachments] == ["file-1"]
    assert case.number in texts(turn) and case.access_code in texts(turn) and case.family_code in texts(turn)
    assert not set(case.number) & set("01OI")
    assert chat.node is None
    assert "story" not in chat.state.slots, "answers leave the conversation once the case holds them"
    assert "access_code" not in str(chat.state.to_dict()) or case.access_code not in str(chat.state.to_dict())
    consents = [e for c in chat.turns for e in c.effects if isinstance(e, RecordConsent)]
    assert len(consents) == 1 and consents[0].given


def test_questions_show_progress(dialog: Dialog) -> None:
    chat = Chat(dialog)
    chat.send("halo")
    chat.send("1")
    turn = chat.send("setuju")
    assert "<id:c.intro>" in texts(turn)
    assert "<q 1/4>" in texts(turn)


def test_a_stale_or_forged_button_says_the_question_passed_and_asks_again(dialog: Dialog) -> None:
    chat = Chat(dialog)
    chat.send("halo")
    old = chat.last_options()["lapor"]
    chat.send("1")
    node = chat.node
    turn = chat.send(choice=old)
    assert "<id:common.stale_button>" in texts(turn)
    assert chat.node == node and "<id:c.consent>" in texts(turn)
    turn = chat.send(choice="999:setuju")
    assert "<id:common.stale_button>" in texts(turn) and chat.node == node
    turn = chat.send(choice=f"{chat.state.seq}:not-an-option")
    assert "<id:common.stale_button>" in texts(turn) and chat.node == node
    chat.press("setuju")
    assert chat.node == "category"


def test_a_redelivered_inbound_gives_the_same_turn_from_the_same_state(dialog: Dialog) -> None:
    chat = Chat(dialog)
    chat.send("halo")
    before = chat.state.copy()
    inbound = Inbound("test", "42", "same", text="1")
    a = step(dialog, before, inbound, NOW, bytes(32))
    b = step(dialog, before, inbound, NOW, bytes(32))
    assert a.replies == b.replies and a.state.to_dict() == b.state.to_dict()
    assert before.to_dict() == chat.state.to_dict(), "step must not mutate the state it was given"


def test_two_misses_give_a_kind_line_then_skip_and_a_person_as_buttons(dialog: Dialog) -> None:
    chat = Chat(dialog)
    to_story(chat)
    back_to(chat, "age")
    t1 = chat.send("banyak sekali")
    assert "<id:common.invalid.number>" in texts(t1) and "<id:common.repair_hint>" not in texts(t1)
    assert len(t1.replies) == 2, "one line, then the question: never a pile of messages"
    t2 = chat.send("umur sy lumayan")
    assert len(t2.replies) == 2 and "<id:common.repair_hint>" in t2.replies[0].text
    assert [o.id for o in t2.replies[-1].options][-2:] == ["lewati", "petugas"]
    assert chat.node == "age"
    turn = chat.press("petugas")
    # a report not yet sent: the staff are told, and she is told they can write once it is sent
    assert "<id:common.agent_requested_draft>" in texts(turn)
    assert any(isinstance(e, NotifyMediators) and e.kind == "agent_request" for e in turn.effects)


def test_who_knows_to_an_optional_number_moves_on_as_not_known(dialog: Dialog) -> None:
    chat = Chat(dialog)
    to_story(chat)
    back_to(chat, "age")
    chat.send("entahlah")
    assert chat.node != "age" and chat.state.slots["age"] is None


def test_back_returns_to_the_previous_question_and_keeps_answers(dialog: Dialog) -> None:
    chat = Chat(dialog)
    to_story(chat)
    turn = chat.send("/kembali")
    assert chat.node == "passport_held" and "<id:c.passport_held>" in texts(turn)
    assert chat.state.slots["city"] == "Kuala Lumpur"


def test_cancel_asks_first_files_nothing_and_keeps_the_draft_for_lanjut(dialog: Dialog) -> None:
    chat = Chat(dialog)
    to_story(chat)
    turn = chat.send("batal")
    assert "<id:common.cancel_confirm>" in texts(turn) and chat.node == "story"
    chat.send("gk jadi")  # a typed command word while asked: "no", the draft goes on
    assert chat.node == "story"
    chat.send("berhenti")
    turn = chat.send("ya")
    assert "<id:common.cancelled>" in texts(turn)
    assert chat.node is None and set(chat.state.slots) == {"_draft"}
    assert not any(isinstance(e, FileCase) for t in chat.turns for e in t.effects)
    turn = chat.send("lanjut")
    assert "<id:common.draft_resumed>" in texts(turn)
    assert chat.node == "story" and chat.state.slots["city"] == "Kuala Lumpur"


@pytest.mark.parametrize("command", ["bantuan", "/bantuan", "/help", "help", "/bantuan@PmiBot"])
def test_help_works_at_any_step_and_asks_the_question_again(dialog: Dialog, command: str) -> None:
    chat = Chat(dialog)
    to_story(chat)
    turn = chat.send(command)
    assert "<id:common.help>" in texts(turn) and "<id:c.story>" in texts(turn)
    assert chat.node == "story"


def test_the_word_batal_inside_a_story_is_not_a_command(dialog: Dialog) -> None:
    chat = Chat(dialog)
    to_story(chat)
    chat.send("kontrak saya batal tanpa alasan")
    assert chat.node == "story" and "batal" in chat.state.slots["story"]


def test_danger_words_give_help_at_once_then_a_short_urgent_path(dialog: Dialog) -> None:
    chat = Chat(dialog)
    chat.send("halo")
    chat.send("1")
    chat.send("setuju")
    chat.send("1")
    chat.send("malaysia")
    turn = chat.send("tolong saya dipukul majikan")
    assert "999" in texts(turn) and "+62 21 2924 4800" in texts(turn)
    alerts = [e for e in turn.effects if isinstance(e, NotifyMediators)]
    assert alerts and alerts[0].kind == "danger_alert" and alerts[0].urgent
    assert chat.state.urgent
    # non-essential questions (city, age) are skipped on the urgent path
    assert chat.node == "phone"
    assert "city" not in chat.state.slots


def test_danger_at_the_first_message_goes_straight_to_a_report(dialog: Dialog) -> None:
    chat = Chat(dialog)
    turn = chat.send("tolong saya disiksa")
    assert "<danger" in texts(turn)
    assert chat.state.flow == "complaint" and chat.node == "consent"


def test_fuzzy_country_is_confirmed_before_it_is_kept(dialog: Dialog) -> None:
    chat = Chat(dialog)
    to_story(chat)
    back_to(chat, "country")
    turn = chat.send("malyasia")
    assert "<confirm Malaysia>" in texts(turn)
    assert turn.awaiting is not None and turn.awaiting.input == "yesno"
    chat.send("iya")
    # what was answered before is not asked again: back where she was
    assert chat.state.slots["country"] == "MY" and chat.node == "story"


def test_urgent_category_makes_the_case_urgent(dialog: Dialog) -> None:
    chat = Chat(dialog)
    to_story(chat, category="3")
    chat.send("agen bohong soal pekerjaan")
    chat.send("selesai")
    chat.send("lewati")
    assert chat.node == "summary"
    turn = chat.send("ya")
    case = next(e for e in turn.effects if isinstance(e, FileCase))
    assert case.urgent and case.category == "perdagangan_orang"


def test_screening_question_is_not_asked_when_the_category_already_says_it(dialog: Dialog) -> None:
    chat = Chat(dialog)
    to_story(chat, category="2")  # penahanan_dokumen: passport question skipped
    assert "passport_held" not in chat.state.history


def test_summary_number_corrects_one_field_and_comes_back(dialog: Dialog) -> None:
    chat = Chat(dialog)
    to_story(chat)
    chat.send("cerita saya")
    chat.send("selesai")
    chat.send("lewati")
    assert chat.node == "summary"
    chat.send("3")  # city
    assert chat.node == "city"
    turn = chat.send("Johor Bahru")
    assert chat.node == "summary" and "Johor Bahru" in texts(turn)


def test_status_flow_asks_storage_through_a_lookup_and_never_keeps_the_code(dialog: Dialog) -> None:
    chat = Chat(dialog)
    chat.send("halo")
    chat.send("2")
    chat.send("ABC-DEF2")
    turn = chat.send("XYZ2-3456")
    lookups = [e for e in turn.effects if isinstance(e, Lookup)]
    assert lookups == [Lookup("status", {"number": "ABC-DEF2", "code": "XYZ2-3456"})]
    result = {
        "lookup": "status",
        "found": {"number": "ABC-DEF2", "status": "diproses", "changed_at": "2026-11-20T10:00:00+00:00"},
    }
    turn = chat.send(system=result)
    assert "<found ABC-DEF2 <id:status.stage.diproses> 20 November 2026>" in texts(turn)
    assert "XYZ2-3456" not in str(chat.state.to_dict())


def test_status_command_mid_report_pauses_it_and_comes_back(dialog: Dialog) -> None:
    chat = Chat(dialog)
    to_story(chat)
    chat.send("status")
    assert chat.state.flow == "status"
    chat.send("ABC")
    chat.send("DEF")
    turn = chat.send(system={"lookup": "status", "found": None})
    assert "<id:status.result.not_found>" in texts(turn)
    assert chat.state.flow == "complaint" and chat.node == "story"
    assert chat.state.slots["city"] == "Kuala Lumpur"


def test_erase_asks_which_and_confirms_what_cannot_be_undone(dialog: Dialog) -> None:
    chat = Chat(dialog)
    to_story(chat)
    turn = chat.send("hapus")
    assert "<id:common.erase_choose>" in texts(turn)
    assert [o.id for o in turn.replies[-1].options] == ["chat", "withdraw", "all", "kembali"]
    assert not any(isinstance(e, EraseReporterData) for e in turn.effects)
    turn = chat.press("kembali")
    assert chat.node == "story" and not any(isinstance(e, EraseReporterData) for e in turn.effects)
    chat.send("hapus")
    turn = chat.send("3")
    assert "<id:common.erase_confirm_all>" in texts(turn) and not turn.effects
    turn = chat.send("ya")
    erased = [e for e in turn.effects if isinstance(e, EraseReporterData)]
    assert len(erased) == 1 and erased[0].mode == "all"
    assert chat.state.slots == {} and chat.node is None
    assert turn.discreet, "the last messages are handled discreetly: the phone keeps nothing"
    chat.send("hapus")
    turn = chat.press("chat")  # clearing the chat only: no second question, the cases go on
    assert [e.mode for e in turn.effects if isinstance(e, EraseReporterData)] == ["chat"]


def test_language_switch_keeps_the_place(dialog: Dialog) -> None:
    chat = Chat(dialog)
    to_story(chat)
    chat.send("bahasa")
    turn = chat.press("en")
    assert "<en:common.language_set>" in texts(turn) and "<en:c.story>" in texts(turn)
    assert chat.node == "story"


def test_english_first_text_sets_the_language(dialog: Dialog) -> None:
    chat = Chat(dialog)
    turn = chat.send("I want to report a problem with my employer please")
    # a first message that tells the problem starts the report at once, in its language
    assert chat.state.lang == "en" and "<en:common.opening_thanks>" in texts(turn) and chat.node == "consent"


def test_sticker_outside_evidence_gets_a_kind_answer_and_the_question_again(dialog: Dialog) -> None:
    chat = Chat(dialog)
    to_story(chat)
    turn = chat.send(media=Media("sticker", "st-1"))
    assert chat.node == "story"
    assert "<id:c.story>" in texts(turn)


def test_voice_note_during_the_story_is_kept_as_evidence(dialog: Dialog) -> None:
    chat = Chat(dialog)
    to_story(chat)
    chat.send(media=Media("voice", "voice-1", 5000, "audio/ogg"))
    chat.send("selesai")
    chat.send("lewati")
    turn = chat.send("ya")
    case = next(e for e in turn.effects if isinstance(e, FileCase))
    assert [a.file_id for a in case.attachments] == ["voice-1"]


def test_user_text_is_never_a_template(dialog: Dialog) -> None:
    chat = Chat(dialog)
    to_story(chat)
    chat.send("{{ 7*7 }} {% for x in range(3) %}x{% endfor %}")
    chat.send("selesai")
    chat.send("lewati")
    assert "{{ 7*7 }}" in texts(chat.turns[-1]) and "49" not in texts(chat.turns[-1])


def test_mediator_message_is_relayed_and_the_answer_goes_to_the_case(dialog: Dialog) -> None:
    chat = Chat(dialog)
    chat.send("halo")
    chat.send("batal")
    turn = chat.send(system={"event": "mediator_message", "case_number": "K7Q-3XM9", "text": "Di mana paspor Anda?"})
    assert "<mediator K7Q-3XM9: Di mana paspor Anda?>" in texts(turn)
    turn = chat.send("Paspor dipegang majikan")
    messages = [e for e in turn.effects if type(e).__name__ == "CaseMessage"]
    assert len(messages) == 1 and messages[0].case_number == "K7Q-3XM9"


def test_long_message_is_rejected_kindly_for_a_short_field(dialog: Dialog) -> None:
    chat = Chat(dialog)
    to_story(chat)
    back_to(chat, "city")
    turn = chat.send("x" * 4000)
    assert "<id:common.too_long>" in texts(turn) and chat.node == "city"


def test_entropy_is_required(dialog: Dialog, tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        step(dialog, None, Inbound("t", "1", "u", text="hi"), NOW, b"short")


def test_a_file_over_the_size_cap_gets_a_clear_message(dialog: Dialog) -> None:
    chat = Chat(dialog)
    to_story(chat)
    chat.send("cerita")
    chat.send("selesai")
    assert chat.node == "evidence"
    turn = chat.send(media=Media("video", "big", 500 * 1024 * 1024, "video/mp4"))
    assert "<id:common.media_too_big>" in texts(turn) and chat.node == "evidence"
    assert chat.state.slots.get("evidence") is None


def test_discreet_mode_puts_a_neutral_line_first(dialog: Dialog) -> None:
    chat = Chat(dialog)
    to_story(chat)
    turn = chat.send("rahasia")
    assert turn.discreet and all(r.text.startswith("<id:common.discreet_prefix>") for r in turn.replies)
    turn = chat.send("rahasia")
    assert not turn.discreet and not turn.replies[-1].text.startswith("<id:common.discreet_prefix>")


def test_a_discreet_dialog_that_ends_says_when_its_messages_go(dialog: Dialog) -> None:
    chat = Chat(dialog)
    to_story(chat)
    chat.send("rahasia")
    chat.send("batal")
    turn = chat.send("ya")
    assert turn.awaiting is None, "cancelling ends the dialog"
    assert "<id:common.discreet_closing>" in turn.replies[-1].text
    assert turn.closing_line == "<id:common.discreet_neutral>", "the line left on the phone afterwards"


def test_an_open_dialog_has_no_closing_line(dialog: Dialog) -> None:
    chat = Chat(dialog)
    to_story(chat)
    turn = chat.send("rahasia")
    assert turn.awaiting is not None and turn.closing_line is None
    chat.send("rahasia")
    chat.send("batal")
    assert chat.send("ya").closing_line is None, "not discreet: nothing to clean up"
