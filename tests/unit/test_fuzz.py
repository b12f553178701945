"""Hostile and random input, property-based (hypothesis): the engine answers, keeps user text
literal, and never raises; raw Telegram update JSON never breaks the channel."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.telegram.convert import convert
from flows.dialog import Dialog, load_dialog
from flows.engine import step
from flows.types import ConversationState, Inbound, Lookup, Media

NOW = datetime(2026, 11, 23, tzinfo=UTC)
NASTY = st.sampled_from(
    [
        "{{ 7*7 }}",
        "{% for x in range(9) %}x{% endfor %}",
        "'; DROP TABLE cases; --",
        "<script>alert(1)</script>",
        "\u202e\u200f\u200b",
        "\x00\x07\x1b[31m",
        "9" * 4096,
        "🙏" * 2048,
        "/batal@x",
        "1e999",
        "-1",
        "selesai",
        "tolong",
        "hapus",
        "ya",
        "lewati",
        "kembali",
        "\n\n\n",
        "NaN",
        "ÿ" * 300,
    ]
)
TEXT = st.one_of(NASTY, st.text(max_size=300), st.text(alphabet=st.characters(codec="utf-8"), max_size=4096))
DIALOG: Dialog = load_dialog()
#: every asking node of every shipped flow: the fuzzer starts from each
NODES = [(f.id, n.id) for f in DIALOG.flows.values() for n in f.nodes.values() if n.input]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    start=st.sampled_from(NODES),
    texts=st.lists(TEXT, min_size=1, max_size=6),
    button=st.one_of(st.none(), st.text(max_size=70)),
    media=st.sampled_from([None, "photo", "sticker", "voice"]),
)
def test_the_engine_answers_anything_at_any_node(
    start: tuple[str, str], texts: list[str], button: str | None, media: str | None
) -> None:
    flow, node = start
    state: ConversationState | None = ConversationState(flow=flow, node=node, slots={"country": "SA"})
    inbounds = [Inbound("t", "1", f"u{i}", text=t) for i, t in enumerate(texts)]
    if button is not None:
        inbounds.append(Inbound("t", "1", "b", choice=button))
    if media is not None:
        inbounds.append(Inbound("t", "1", "m", media=Media(media, "f", 10**12)))  # type: ignore[arg-type]
    for inbound in inbounds:
        before = json.dumps(state.to_dict() if state else None, sort_keys=True, default=str)
        turn = step(DIALOG, state, inbound, NOW, bytes(32))
        after = json.dumps(state.to_dict() if state else None, sort_keys=True, default=str)
        assert before == after, "step never changes the state it was given (a retried turn starts from it)"
        asks_storage = any(isinstance(e, Lookup) for e in turn.effects)
        assert turn.replies or asks_storage, "every message gets an answer (or the answer waits on a lookup)"
        for reply in turn.replies:
            assert "{{" not in reply.text or "{{" in "".join(texts), "no template syntax leaks from our catalog"
        state = turn.state
        assert ConversationState.from_dict(state.to_dict()) == state, "the state survives storage"


@settings(max_examples=200, deadline=None)
@given(story=TEXT.filter(lambda t: t.strip() and len(t) < 3000))
def test_user_text_is_stored_literally(story: str) -> None:
    state = ConversationState(flow="complaint", node="story", slots={})
    turn = step(DIALOG, state, Inbound("t", "1", "u", text=story), NOW, bytes(32))
    if turn.state.node == "story" and turn.state.slots.get("story"):
        assert turn.state.slots["story"] == story.strip()


JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=50),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=15), inner, max_size=5),
    max_leaves=25,
)
KEYS = st.sampled_from(["message", "callback_query", "edited_message", "channel_post", "my_chat_member"])


@settings(max_examples=400, deadline=None)
@given(update_id=st.one_of(st.integers(), st.text(max_size=5), st.none()), key=KEYS, body=JSON, extra=JSON)
def test_malformed_updates_never_raise(update_id: object, key: str, body: object, extra: object) -> None:
    update = {"update_id": update_id, key: body, "x": extra}
    result = convert(update)
    for inbound in result.inbounds:
        assert inbound.update_key.startswith("telegram:")


@settings(max_examples=200, deadline=None)
@given(text=TEXT, data=st.text(max_size=80))
def test_well_formed_updates_with_hostile_text(text: str, data: str) -> None:
    user = {"id": 5, "is_bot": False, "first_name": text[:30]}
    chat = {"id": 5, "type": "private"}
    m = convert({"update_id": 1, "message": {"message_id": 1, "date": 1, "chat": chat, "from": user, "text": text}})
    assert m.inbounds[0].text == text
    c = convert(
        {
            "update_id": 2,
            "callback_query": {"id": "x", "from": user, "data": data, "message": {"message_id": 1, "chat": chat}},
        }
    )
    assert c.inbounds[0].choice == data


def test_fuzz_suite_covers_every_input_kind() -> None:
    kinds = {DIALOG.flows[f].nodes[n].input for f, n in NODES}
    assert {
        "choice",
        "yesno",
        "text",
        "longtext",
        "phone",
        "country",
        "province",
        "date",
        "number",
        "media",
        "summary",
    } <= kinds


@pytest.mark.parametrize("flow", ["complaint", "family_report", "status", "menu"])
def test_every_flow_survives_a_stream_of_nonsense(flow: str, tmp_path: Path) -> None:
    state: ConversationState | None = ConversationState(flow=flow, node=None)
    for i, text in enumerate(["🙏", "", "{{x}}", "x" * 5000, "/", "@", "1", "ya", "lewati", "selesai"] * 5):
        turn = step(DIALOG, state, Inbound("t", "1", f"u{i}", text=text or None), NOW, bytes(32))
        state = turn.state
