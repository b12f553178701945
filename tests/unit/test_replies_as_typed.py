"""Replies typed as workers type them, at the steps where an exploratory run found them misread
(6 December): "udh itu aja" ending the story, "ga ada bukti" to the evidence question, "lanjut"
to "stop for now?"."""

from __future__ import annotations

from tests.support.chat import Chat, text_of


def at_story() -> Chat:
    chat = Chat()
    chat.send("sy mau lapor")
    chat.press("setuju")
    chat.send("gk")
    assert chat.node == "story"
    return chat


def test_that_is_all_ends_the_story_and_is_not_kept_in_it() -> None:
    for done in ("udh itu aja", "udah", "udh kak"):
        chat = at_story()
        chat.send("majikan sy di riyadh gk bayar gaji udh 4 bln")
        chat.send(done)
        assert chat.node != "story", done
        assert chat.slots["story"] == "majikan sy di riyadh gk bayar gaji udh 4 bln", done
    chat = at_story()
    chat.send("majikan sy gk bayar gaji")
    chat.send("sudah 4 bulan")  # more of her story, not "done"
    assert chat.node == "story" and chat.slots["story"].endswith("sudah 4 bulan")


def test_no_evidence_said_as_typed_passes_the_evidence_question() -> None:
    for none in ("gk ada", "ga", "ga ada bukti"):
        chat = at_story()
        chat.send("majikan sy di riyadh gk bayar gaji udh 4 bln")
        chat.send("selesai")
        for _ in range(60):
            if chat.node in ("evidence", None):
                break
            chat.send({"summary": "ya", "more": "lanjut", "understood": "ya"}.get(chat.node or "", "lewati"))
        assert chat.node == "evidence", none
        chat.send(none)
        assert chat.node != "evidence", none


def test_go_on_to_stop_for_now_goes_on() -> None:
    chat = at_story()
    chat.send("majikan sy di riyadh gk bayar gaji udh 4 bln")
    asked = chat.node
    chat.send("batal")
    said = text_of(chat.send("lanjut"))
    assert "berhenti" not in said.lower() and chat.node == asked
