"""The catalog's shortcuts (plain substitution, remembered renders) say exactly what Jinja says,
for every shipped message and any values, and never remember user text."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from flows.catalog import Message
from flows.dialog import Dialog, load_dialog
from flows.engine import step
from flows.types import Inbound

NOW = datetime(2026, 11, 23, tzinfo=UTC)
DIALOG = load_dialog()
MESSAGES: list[tuple[str, Message]] = [
    (f"{lang}:{key}", DIALOG.catalog.message(lang, key))
    for lang, entries in DIALOG.catalog.messages.items()
    for key in entries
    if "{" in entries[key]
]
CODES = sorted(c for c in DIALOG.codes if isinstance(c, str))
SCALAR = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-5, 10**6),
    st.floats(allow_nan=False),
    st.sampled_from(CODES),
    st.text(max_size=30),
    st.sampled_from(["{{ 7*7 }}", "{% if x %}", "Siti Aminah", "  spasi  ", ""]),
)
VALUE = st.one_of(
    SCALAR,
    st.lists(st.dictionaries(st.sampled_from(["name", "number", "stage"]), SCALAR, max_size=3), max_size=3),
)


def jinja(message: Message, context: dict[str, Any]) -> str:
    return str(message.template.render(**context)).strip()


def some_context(message: Message, data: st.DataObject) -> dict[str, Any]:
    context: dict[str, Any] = {}
    for name in sorted(message.names):
        attrs = sorted({a for n, a in message.deps if n == name and a} | {"number"})
        kind = data.draw(st.sampled_from(["missing", "value", "dict"]))
        if kind == "value":
            context[name] = data.draw(VALUE)
        elif kind == "dict":
            context[name] = data.draw(st.dictionaries(st.sampled_from(attrs), SCALAR, max_size=len(attrs)))
    return context


@settings(max_examples=400, deadline=None)
@given(picked=st.sampled_from(MESSAGES), data=st.data())
def test_shortcuts_render_exactly_what_jinja_renders(picked: tuple[str, Message], data: st.DataObject) -> None:
    _, message = picked
    memo: dict[Any, str] = {}  # shared by the renders below: a remembered text must fit its values
    for context in [some_context(message, data) for _ in range(3)] * 2:
        try:
            expected = jinja(message, context)
        except Exception as exc:  # a value no real context has (a number where a list goes)
            with pytest.raises(type(exc)):
                message.render(context, memo, DIALOG.codes)
            continue
        assert message.render(context, memo, DIALOG.codes) == expected


def test_the_summary_line_and_progress_are_joined_without_jinja() -> None:
    line = DIALOG.catalog.message("id", "summary.line")
    assert line.parts is not None
    assert line.render({"n": 3, "label": "Nama", "value": "{{ 7*7 }}"}) == "3. Nama: {{ 7*7 }}"
    assert DIALOG.catalog.message("id", "common.progress").parts is not None


def test_renders_keyed_by_user_text_are_never_remembered() -> None:
    prompt = DIALOG.catalog.message("id", "complaint.sex.prompt")
    assert prompt.parts is None and ("slots", "reporter_kind") in prompt.deps
    memo: dict[Any, str] = {}
    family = prompt.render({"slots": {"reporter_kind": "family", "worker_name": "Siti"}}, memo, DIALOG.codes)
    assert "pekerja" in family and len(memo) == 1
    assert "Siti" not in repr(memo), "only the code the message reads is the key"
    memo.clear()
    prompt.render({"slots": {"reporter_kind": "Siti Aminah"}}, memo, DIALOG.codes)
    assert memo == {}, "a value that is not one of the dialog's codes is not kept"


def ask_country(dialog: Dialog, reporter: list[str]) -> str:
    """The country question as a worker ("1") or an organisation ("3", then its name) gets it."""
    state = None
    text = ""
    for i, answer in enumerate(["halo", "1", "setuju", "tidak", "lewati", *reporter, "1", "1"]):
        turn = step(dialog, state, Inbound("t", "1", f"u{i}", text=answer), NOW, bytes(32))
        state, text = turn.state, turn.replies[-1].text
    assert state is not None and state.node == "country"
    return text


def test_a_remembered_question_still_follows_who_reports() -> None:
    dialog = load_dialog()  # one dialog, one memo, for both chats and both orders
    for order in (["worker", "organisation"], ["organisation", "worker"]):
        for who in order:
            question = ask_country(dialog, ["1"] if who == "worker" else ["3", "Migrant Care"])
            if who == "worker":
                assert "Di negara mana Anda bekerja" in question
            else:
                assert "Di negara mana pekerja bekerja" in question


def test_a_message_without_template_syntax_is_compiled_only_when_jinja_must_render_it() -> None:
    """~630 of the ~710 shipped messages are plain text: they are not compiled at load (each
    compiled template is a Python module's code; issue 18's idle memory), and say the same
    through Jinja when something asks for that after all."""
    from flows.catalog import Catalog, CatalogError

    plain = [
        (lang, key) for lang, entries in DIALOG.catalog.messages.items() for key in entries if "{" not in entries[key]
    ]
    assert len(plain) > 500
    assert all(DIALOG.catalog.message(lang, key).compiled is None for lang, key in plain[:50])
    assert all(m.compiled is not None for _, m in MESSAGES), "a template is compiled at load"
    lang, key = plain[0]
    message = DIALOG.catalog.message(lang, key)
    assert message.render({}) == DIALOG.catalog.render(lang, key) == DIALOG.catalog.messages[lang][key].strip()
    assert message.compiled is None, "its words are its text: no Jinja needed"
    assert jinja(message, {}) == message.render({}) and message.compiled is not None
    with pytest.raises(CatalogError, match="bad template"):
        Catalog({"id": {"ok": "Halo", "bad": "Halo {{ nama | tidak_ada }}"}})
