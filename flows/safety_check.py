"""Asking, not assuming: "is anyone in danger now?" when a message sounds like danger but no
rule reads one in it (ADR 0006).

The danger rules raise the alarm on what they know; what they miss is lost unless someone asks.
A trained second opinion (flows/understand/danger_model.py) raises the alarm itself only when it
is very sure and no word the rules judged is said (ADR 0020); below that it is too often wrong to
mark a case urgent alone, so when only it is worried the bot holds the message, asks once per report with
two buttons, and lets her answer decide: in danger, the urgent path with the numbers for her
country, the message kept as she wrote it; safe (or no clear answer twice), the message is
taken exactly as if nothing had been asked. Nothing she wrote is lost either way.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from flows import after_filing, asking, cries
from flows.dialog import ENTRY_FLOW
from flows.inputs.names import read_name
from flows.reading import read_yesno, sounds_dangerous
from flows.understand.types import Danger

if TYPE_CHECKING:
    from flows.engine import _Run

KIND = "safety"
#: the slot that says she was asked in this report, and what she answered
ASKED = "_safety_asked"
#: her words for "safe" and "not safe", beside Ya (in danger) and Tidak (safe)
_SAFE = frozenset({"aman", "safe", "selamat", "fine"})
_DANGER = frozenset({"bahaya", "danger", "takut", "scared", "afraid", "terancam"})
#: an acknowledgement, not an answer (read elsewhere as a yes)
_ACK = frozenset({"ok", "oke", "okay", "okey", "oce", "baik", "sip", "siap", "noted", "kak", "mbak", "pak", "bu"})
_NOT = frozenset(
    {"tidak", "tdk", "gak", "ga", "gk", "nggak", "ngga", "enggak", "not", "no", "belum", "blm", "kurang", "tak", "ndak"}
)


#: commands after which the question is still there to answer (they only add a message)
_STAYS = frozenset({"help", "unknown_slash", "hotlines", "agent", "discreet", "messages", "start"})


def leaves_question(command: str) -> bool:
    return command not in _STAYS


def should_ask(run: _Run, text: str) -> bool:
    """Only when nothing else is under way: not urgent already, no question of ours pending,
    not asked before in this report."""
    st = run.state
    # urgent: within the report she is filling in, or soon after filing it ("sy takut kak" goes on
    # her urgent case at once); after a refused consent, "sy takut" is asked about, not met with
    # the menu
    in_report = st.node is not None and st.flow != ENTRY_FLOW
    urgent = st.urgent and (in_report or after_filing.last_case(run, linked=True) is not None)
    if urgent or st.pending or st.slots.get(ASKED):
        return False
    if gave_up(text):
        return True  # "sy takut kak" at the name question was filed as her name, "takut"
    if st.node is not None and run.node.raw.get("holds") == "name" and read_name(text) is not None:
        return False  # "kn udh sy blg td, Nur Hasanah" at the name question: her name, not a telling
    return sounds_dangerous(text)


#: "gk kuat lg", "i cant take it anymore", "pengen udahan aja": she has given up, and says
#: nothing of what (a job, the heat, the chillies); "sy takut": she is afraid, and says nothing
#: of what; worth asking, never an alarm by itself
_GIVEN_UP = re.compile(
    r"^(?:(?:sy|saya|aku|aq|udh|udah|sudah|sdh|rasanya|kak|mbak|ya|bgt|banget|aja|ajah|deh|lg|lagi|i|im|i'm|really|"
    r"just|so|am|already|cape|capek|lelah|tolong|pls|please)\s+)*"
    r"(?:(?:gk|ga|gak|nggak|ngga|tidak|tdk|tak|ndak)\s+(?:kuat|sanggup|tahan)"
    r"|(?:pengen|pgn|pingin|mau|ingin)\s+(?:udahan|nyerah|menyerah)"
    r"|(?:cant|can't|cannot|can not)\s+take\s+it|give\s+up|gave\s+up|had\s+enough"
    # "sy takut", "takut bgt kak", "i'm scared": fear, and nothing of what (was the menu)
    r"|takut|ketakutan|scared|afraid|terrified)"
    r"(?:\s+(?:sy|saya|aku|aq|kak|mbak|ya|bgt|banget|aja|ajah|deh|lg|lagi|anymore|any\s+more|more|again|"
    r"already|now|skrg|sekarang|semuanya|semua|rasanya|pengen|pgn|udahan|sama|hidup|ini))*$"
)


def gave_up(text: str) -> bool:
    """A short message that says she has given up, and nothing else."""
    return _GIVEN_UP.match(" ".join(re.findall(r"[a-z']+", text.lower()))) is not None


def ask(run: _Run, text: str) -> None:
    """Hold ``text`` (it is answered after her reply) and ask."""
    run.state.pending = {"kind": KIND, "text": text}
    asking.ask_pending(run)


def release(run: _Run) -> str | None:
    """The held message, when a cry for help answers the question instead (it goes on the
    urgent path with it)."""
    st = run.state
    if not st.pending or st.pending.get("kind") != KIND:
        return None
    held = str(st.pending.get("text") or "")
    st.pending = None
    return held or None


def read_reply(text: str) -> bool | None:
    """True: in danger; False: safe; None: not understood. "aman", "sy aman kok", "Tidak, aman"
    (the button's own words typed), "no, i'm safe" are safe; "gk aman", "not safe", "ga merasa
    aman", "dalam bahaya", "takut" are not; "1" and "2" are the buttons in their order; otherwise
    Ya is danger and Tidak safe (the question's yes). "ok" and "baik" say only that she read it:
    asked again."""
    if text in ("bahaya", "aman"):
        return text == "bahaya"
    if text.strip() in _BY_NUMBER:
        return _BY_NUMBER[text.strip()]
    said = said_in_danger(text)
    if said is not None:
        return said
    words = _TOKENS.findall(text.lower())
    if words and all(w in _ACK or w in ",.!?" for w in words):
        return None  # "ok kak": she read it, and said neither
    parsed = read_yesno(text)
    if parsed.ok and parsed.value is not None:
        return bool(parsed.value)
    return None


def said_in_danger(text: str) -> bool | None:
    """Her own words for it, whatever was asked: "aman", "sy aman kok" are safe (False); "gk
    aman", "ga merasa aman", "dalam bahaya", "takut" are not (True); None when she said neither."""
    words = _TOKENS.findall(text.lower())
    for i, word in enumerate(words):
        if word not in _SAFE and word not in _DANGER:
            continue
        # a "not" of this clause, right before or with a softener between ("ga merasa aman");
        # a "Tidak," or "no" that opens the answer says "no" to the question, not "not safe"
        negated = (i >= 1 and words[i - 1] in _NOT_ADJ) or (
            i >= 2 and words[i - 2] in _NOT_ADJ and words[i - 1] in _SOFTENERS
        )
        return negated if word in _SAFE else not negated
    return None


_TOKENS = re.compile(r"[\w']+|[,.!?]")
#: the buttons in their order: "Ya, dalam bahaya", "Tidak, aman"
_BY_NUMBER = {"1": True, "2": False}
#: "no" answers the question; it does not make "safe" "not safe"
_NOT_ADJ = _NOT - {"no"}
#: what may stand between "not" and "safe": "ga merasa aman", "not really safe", "tdk begitu aman"
_SOFTENERS = frozenset({"merasa", "rasa", "terlalu", "begitu", "really", "feel", "so", "very", "too", "lagi", "lg",
                        "juga", "jg", "sangat", "terasa", "cukup", "quite"})  # fmt: skip


def on_reply(run: _Run, text: str) -> str | None:
    """Her answer to the safety question (a cry for help in it never reaches here: the engine
    takes it first, with the held message). Safe: the held message, for the caller to take."""
    st = run.state
    pending = st.pending or {}
    held = str(pending.get("text") or "")
    in_danger = read_reply(text)
    if in_danger is None and not pending.get("again"):
        st.pending = {**pending, "again": True}
        run.say("common.safety.again")
        asking.ask_pending(run)
        return None
    st.pending = None
    if in_danger:
        third = st.flow == "family_report"
        cries.on_danger(run, Danger("danger", third_person=third, words=""), "", told=held)
        st.slots[ASKED] = "bahaya"
        return None
    st.slots[ASKED] = "aman" if in_danger is False else "tidak jelas"
    return held
