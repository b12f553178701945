"""What the safety transcripts must show beyond their words (issue 14), read from the engine's
effects: help in the first reply, the case filed urgent with where she is, within few answers."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from app.config import load_settings
from flows.dialog import load_dialog
from flows.engine import step
from flows.types import FileCase, Inbound, Media, Turn
from tests.support.transcript import load_script

NOW = datetime(2026, 11, 23, 8, 0, tzinfo=UTC)


def play(name: str) -> list[tuple[Any, Turn]]:
    """Each answer of a script with the turn it gave (presses by option id, as a button sends)."""
    dialog = load_dialog(load_settings().dialog)
    state = None
    current: dict[str, str] = {}
    seen: dict[str, str] = {}
    out = []
    for n, item in enumerate(["/start", *load_script(name)]):
        if isinstance(item, str):
            inbound = Inbound("test", "1", f"u{n}", "1", text=item)
        elif "press" in item:
            inbound = Inbound("test", "1", f"u{n}", "1", choice=current[item["press"]])
        elif "press_old" in item:
            inbound = Inbound("test", "1", f"u{n}", "1", choice=seen[item["press_old"]])
        elif "sticker" in item:
            inbound = Inbound("test", "1", f"u{n}", "1", media=Media("sticker", "test-sticker"))
        else:
            inbound = Inbound("test", "1", f"u{n}", "1", media=Media(item["media"], f"test-{item['media']}", 2048))
        turn = step(dialog, state, inbound, NOW, bytes([n % 256]) * 32)
        state = turn.state
        for reply in turn.replies:
            if reply.options:
                current = {o.id: o.data for o in reply.options}
                for o in reply.options:
                    seen.setdefault(o.id, o.data)
        out.append((item, turn))
    return out


def filed(turns: list[tuple[Any, Turn]]) -> tuple[int, FileCase]:
    """The answer (counted from her first message) at which the case was filed, and the case."""
    for answer, (_, turn) in enumerate(turns):
        for effect in turn.effects:
            if isinstance(effect, FileCase):
                return answer, effect
    raise AssertionError("no case was filed")


def test_the_hong_kong_emergency_gets_help_at_once_and_is_filed_urgent_with_a_place_within_six() -> None:
    turns = play("emergency_hongkong_id")
    first_reply = "\n".join(r.text for r in turns[1][1].replies)
    assert "KP2MI" in first_reply and "+62" in first_reply, "the numbers come in the first reply"
    answer, case = filed(turns)
    print(f"Hong Kong emergency: filed at answer {answer}")
    assert answer <= 6
    assert case.urgent
    assert case.fields.get("country") == "HK", "the country she gave to the wrong question is kept"
    assert case.fields.get("city") or case.fields.get("location"), "where she is, for a rescuer"
    assert not case.fields.get("phone"), "'cuma chat ini' is no number"


def test_a_second_cry_gets_help_again_and_is_never_an_answer() -> None:
    turns = play("second_cry_id")
    said = {str(item): "\n".join(r.text for r in turn.replies) for item, turn in turns}
    assert "KP2MI" in said["tolong!!"] and "Ya atau Tidak" not in said["tolong!!"]
    again = said["tlg cepat dia datang"]
    assert "KBRI Riyadh" in again, "now that the country is known, its own numbers first"
    assert "nomor itu tidak bisa" not in again, "the cry is not read as a phone number"
    _, case = filed(turns)
    assert case.urgent and not case.fields.get("phone")


def test_trafficking_chosen_from_the_menu_is_danger() -> None:
    turns = play("trafficking_menu_id")
    chosen = next(turn for item, turn in turns if item == {"press": "perdagangan_orang"})
    assert "KP2MI" in "\n".join(r.text for r in chosen.replies), "the numbers at once"
    _, case = filed(turns)
    assert case.category == "perdagangan_orang" and case.urgent
    assert case.fields.get("country") == "KH"


def test_each_way_of_erasing_says_what_it_means_for_help() -> None:
    def last_words(name: str) -> str:
        return "\n".join(r.text for r in play(name)[-1][1].replies)

    assert "tetap ditangani" in last_words("hapus_chat_id")
    assert "ditarik" in last_words("hapus_tarik_id")
    assert "Semua data Anda kami hapus" in last_words("hapus_semua_id")
