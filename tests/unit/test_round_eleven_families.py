"""Round eleven (explore24): families in Indonesia and people who write English, Malay, Javanese
or a mix, typed as they type on a phone; each test asserts what they would notice."""

from __future__ import annotations

from flows.types import Lookup
from tests.support.chat import Chat, text_of


def _status_asked(opening: str = "cek status") -> Chat:
    chat = Chat()
    chat.send(opening)
    chat.send(system={"lookup": "my_cases", "cases": []})  # this chat filed nothing
    assert chat.node == "number"
    return chat


def _looked_up(chat: Chat) -> dict[str, str] | None:
    found = [e for e in chat.turns[-1].effects if isinstance(e, Lookup) and e.kind == "status"]
    return dict(found[0].args) if found else None


def test_two_misses_at_the_status_check_promise_no_reply_here() -> None:
    chat = _status_asked()
    chat.send("xx")
    said = text_of(chat.send("bgn"))
    assert "akan membalas di sini" not in said  # nobody replies in a status check
    assert "ketik Status" in said  # where the report shows without a code


def test_check_status_typed_in_english_is_asked_in_english() -> None:
    chat = _status_asked("check status")
    assert "Write your report number" in text_of(chat.turns[-1])
    chat = _status_asked("cek status")
    assert "Tulis nomor laporan" in text_of(chat.turns[-1])


def test_a_report_number_typed_with_its_spaces_in_the_wrong_place_is_read() -> None:
    chat = _status_asked()
    said = text_of(chat.send("BGN JU7 G"))
    assert "7 huruf dan angka" not in said
    assert chat.node == "code" and chat.slots["case_number"] == "BGN-JU7G"


def test_the_code_typed_where_the_number_was_asked_is_kept() -> None:
    chat = _status_asked()
    said = text_of(chat.send("ckrm-qede"))
    assert "kode aksesnya, sudah kami catat" in said and chat.node == "number"
    chat.send("bgn ju7g")
    assert _looked_up(chat) == {"number": "BGN-JU7G", "code": "CKRM-QEDE"}  # the code not asked again


def test_a_corrected_code_typed_alone_is_tried_with_the_number_she_gave() -> None:
    for corrected in ("ckrm qede", "maaf salah kode nya CKRM QEDE"):
        chat = _status_asked()
        chat.send("bgn ju7g")
        chat.send("ckrm qedf")
        said = text_of(chat.send(system={"lookup": "status", "found": None}))
        assert "tulis saja kodenya lagi" in said
        chat.send(corrected)
        if chat.node == "mine":
            chat.send(system={"lookup": "my_cases", "cases": []})
        assert chat.node == "check", corrected  # not "Tulis nomor laporan Anda" again, nor the menu
        assert _looked_up(chat) == {"number": "BGN-JU7G", "code": "CKRM-QEDE"}, corrected
