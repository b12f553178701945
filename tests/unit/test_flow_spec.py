"""The flow linter: every mistake in a flow file is a start-up error naming the file and node."""

from __future__ import annotations

from pathlib import Path

import pytest

from flows.dialog import load_dialog
from flows.spec import FlowError
from tests.support.mini import COMPLAINT, MENU, STATUS, write_mini


def load_with(tmp_path: Path, complaint: str) -> None:
    flows_dir, locales_dir = write_mini(tmp_path, {"menu": MENU, "complaint": complaint, "status": STATUS})
    load_dialog(None, flows_dir, locales_dir)


def test_the_mini_dialog_is_valid(tmp_path: Path) -> None:
    load_with(tmp_path, COMPLAINT)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (("next: country", "next: countr"), "node 'category': goes to unknown node 'countr'"),
        (("type: longtext", "type: essay"), "node 'story': unknown node type 'essay'"),
        (("prompt: c.city,", "prompt: c.kota,"), "node 'city': locale key 'c.kota' is missing in locales/"),
        (
            ("when: \"category != 'penahanan_dokumen'\"", "when: \"categori != 'x'\""),
            "node 'passport_held': condition \"categori != 'x'\" uses unknown name(s): categori",
        ),
        (("when: \"category != 'penahanan_dokumen'\"", 'when: "category =="'), "node 'passport_held': bad condition"),
        (("spec_version: 1", "spec_version: 99"), "spec_version 99 is newer than this engine knows"),
        (("slot: country, label", "label"), "node 'country': an input node needs a 'slot'"),
        (("    next: story\n  story:", "  story:"), "node 'passport_held': dead end: no 'next'"),
        (("id: complaint", "id: complain"), "'id' must be the file name"),
        (("max: 80,", "max: 80, colour: red,"), "node 'age': unknown field(s) colour"),
        (
            ("label: c.refuse,", 'label: c.refuse, answers: ["no", nope],'),
            "option 'tolak': 'answers' lists kinds of plain answer",
        ),
    ],
)
def test_mistakes_are_start_up_errors_naming_file_and_node(
    tmp_path: Path, change: tuple[str, str], message: str
) -> None:
    old, new = change
    assert old in COMPLAINT
    with pytest.raises(FlowError) as error:
        load_with(tmp_path, COMPLAINT.replace(old, new, 1))
    assert "complaint.yaml" in str(error.value)
    assert message in str(error.value)


def test_unreachable_node_is_an_error(tmp_path: Path) -> None:
    broken = COMPLAINT + "  orphan: {type: end, prompt: c.done}\n"
    with pytest.raises(FlowError, match="node 'orphan': unreachable"):
        load_with(tmp_path, broken)


def test_goto_to_an_unknown_flow_is_an_error(tmp_path: Path) -> None:
    flows_dir, locales_dir = write_mini(
        tmp_path, {"menu": MENU.replace("flow: status", "flow: statuz"), "complaint": COMPLAINT, "status": STATUS}
    )
    with pytest.raises(FlowError, match=r"menu.yaml: node 'to_status': goes to unknown flow 'statuz'"):
        load_dialog(None, flows_dir, locales_dir)


def test_a_missing_engine_key_is_an_error(tmp_path: Path) -> None:
    flows_dir, locales_dir = write_mini(tmp_path)
    en = (locales_dir / "en.yaml").read_text()
    (locales_dir / "en.yaml").write_text(en.replace("  stale_button:", "  stale_buttonz:"))
    with pytest.raises(FlowError, match=r"en.yaml: missing key\(s\): common.stale_button"):
        load_dialog(None, flows_dir, locales_dir)


def test_the_shipped_flows_and_locales_are_valid() -> None:
    dialog = load_dialog()
    assert {"menu", "complaint", "status"} <= set(dialog.flows)
    assert set(dialog.catalog.languages) >= {"id", "en"}


def test_the_kinds_of_plain_answer_an_option_may_list_are_those_the_reader_gives() -> None:
    from typing import get_args

    from flows.spec import ANSWER_KINDS
    from flows.understand.types import AnswerKind

    assert set(get_args(AnswerKind)) == ANSWER_KINDS
