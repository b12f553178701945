"""A status check's codes typed in the other's place: the access code (8 symbols) where the case
number (7) was asked is kept for the next question, and the number asked for by name."""

from __future__ import annotations

from typing import TYPE_CHECKING

from flows import asking
from flows.inputs.codes import parse_code
from flows.spec import Node

if TYPE_CHECKING:
    from flows.engine import _Run


def code_at_number(run: _Run, node: Node, text: str) -> bool:
    """ "ckrm-qede" to "Tulis nomor laporan Anda": her code, noted; the number asked (it was "Nomor
    laporan terdiri dari 7 huruf dan angka", and the code was lost)."""
    if run.pressed or parse_code(text, 7).ok or not (code := parse_code(text, 8)).ok:
        return False
    run.state.slots["access_code"] = code.value
    run.say("status.code_first")
    asking.ask(run, node, bump=False)
    return True
