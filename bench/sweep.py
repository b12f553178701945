"""Which answers the dialog does not understand, over many whole conversations: the reporters
of the engine benchmark (bench/engine.py: the tuning part's opening messages and stories, short
answers as typed on a phone) are played to the end, and every question asked again after her
answer is counted by (question, answer), with the reply she got and where it happened.

    python -m bench.sweep            # 1,500 reporters, the 40 most frequent
    python -m bench.sweep 300 80     # 300 reporters, the 80 most frequent
    python -m bench.sweep --english 600 40   # reporters who write English (ENGLISH below)

A development tool, not a score: the pools give some questions answers meant for another (a
name at the sex question), so not every line is a fault. ADR 0029 lists what was found
with it. Reads only the tune part."""

from __future__ import annotations

import sys
from collections import Counter
from datetime import UTC, datetime

from bench.engine import MAX_TURNS, SEED, Reporter, _next, draw, reporters
from bench.evalsets import understanding
from flows.dialog import load_dialog
from flows.engine import step
from flows.types import ConversationState, Inbound

#: how people who write English answer each question (the tuning part's English openings and
#: stories come first)
ENGLISH: dict[str, tuple[str, ...]] = {
    "welcome": ("report", "i want to report", "1", "complaint"),
    "consent": ("agree", "ok i agree", "yes", "1", "yes agree"),
    "discreet": ("no", "nope", "no need", "yes", "nobody"),
    "safe_now": ("safe", "yes safe now", "im ok now", "yes"),
    "understood": ("yes correct", "yes", "thats right", "correct", "yes all correct"),
    "reporter_kind": ("myself", "me", "i am the worker", "for me"),
    "relation": ("im her mother", "her husband", "sister", "my daughter", "brother"),
    "organisation": ("migrant care NGO", "workers union"),
    "category_group": ("salary", "1", "violence", "passport", "work"),
    "category": ("salary not paid", "my employer hit me", "cannot contact", "1"),
    "cat_uang": ("1", "salary not paid", "2"),
    "cat_kekerasan": ("1", "beaten", "2"),
    "cat_pulang": ("1", "want to go home"),
    "cat_dokumen": ("1", "passport taken", "2"),
    "cat_kerja": ("1", "fired", "2"),
    "cat_kesehatan": ("1", "sick", "2"),
    "country": ("saudi", "hong kong", "taiwan", "malaysia", "dont know", "in dubai"),
    "city": ("riyadh", "dont know", "kowloon", "taipei", "not sure"),
    "where_now": ("employer house", "in shelter", "at the embassy", "dormitory"),
    "worker_name": ("Siti Aminah", "my name is Dewi", "Rina", "her name is Sumiati", "skip"),
    "phone": ("+852 6123 4567", "0812 3456 7890", "no phone", "skip", "+966 55 123 4567"),
    "worker_phone": ("+60 12 345 6789", "dont know", "her number 0812 3456 7890"),
    "last_contact": ("3 months ago", "since ramadan", "2 weeks ago", "dont know"),
    "employer_name": ("Mr Chan", "madam lee", "dont know", "Abu Faisal", "i dont know the name"),
    "agency": ("PT Maju Jaya", "through agency", "dont know", "illegal, by broker", "no agency"),
    "since": ("dont know", "since i arrived", "last year", "3 months"),
    "summary": ("yes", "yes send", "ok", "correct", "send it"),
    "more": ("go on", "ok", "yes", "continue"),
    "sex": ("female", "woman", "male", "girl", "man"),
    "money_owed": ("7500 riyal", "4500 ringgit", "dont know", "HK$ 9000", "3 months salary"),
    "fees_paid": ("15 million rupiah", "dont know", "nothing", "2000 dollar to agent"),
    "employer_type": ("private person", "company", "household", "family"),
    "route": ("official", "by broker", "dont know", "legal"),
    "age": ("25", "32 years", "28", "age 40"),
    "province": ("east java", "central java", "NTB", "west java", "lampung"),
    "regency": ("Banyuwangi", "Indramayu", "Cilacap", "Blitar"),
    "passport": ("dont know", "A1234567", "employer keeps it", "forgot"),
    "wage": ("1500 riyal", "HK$ 4630", "1200 ringgit", "dont know"),
    "evidence": ("done", "nothing", "no", "skip"),
    "wants": ("get my salary", "go home", "i want to go home", "change employer"),
    "sc_documents": ("yes, employer has my passport", "yes", "no", "not sure"),
    "sc_movement": ("yes", "no", "yes cannot go out", "sometimes"),
    "sc_wages": ("yes", "no", "dont know"),
    "sc_threats": ("dont know", "yes", "no", "sometimes"),
    "sc_debt": ("no", "yes", "yes to agency"),
    "sc_hours": ("yes", "no", "yes from 5am to midnight"),
    "notify": ("no", "yes", "yes please", "no thanks"),
}


def english_reporters(count: int, seed: int = SEED) -> list[Reporter]:
    """``count`` reporters who open in English (the tune part's English openings and stories)."""
    items = [i for i in understanding("tune") if i["expect"].get("language") == "en"]
    openings = [str(i["text"]) for i in items if i["kind"] == "opening"]
    stories = [str(i["text"]) for i in items if i["kind"] == "story"] or openings
    return draw(count, seed, openings, stories, ENGLISH, ("hello", "hi maam", "good morning"))


def sweep(count: int, english: bool = False) -> tuple[Counter[tuple[str, str]], dict[tuple[str, str], str], int]:
    """(question, answer) -> times asked again; an example of each; conversations not filed."""
    from app.config import load_settings

    dialog = load_dialog(load_settings().dialog)
    now = datetime(2026, 12, 3, 9, 0, tzinfo=UTC)
    again: Counter[tuple[str, str]] = Counter()
    example: dict[tuple[str, str], str] = {}
    unfiled = 0
    for c, reporter in enumerate(english_reporters(count) if english else reporters(count)):
        state: ConversationState | None = None
        text: str | None = reporter.first
        choice: str | None = None
        asked: dict[str, int] = {}
        filed = False
        last = ""
        for i in range(MAX_TURNS):
            turn = step(dialog, state, Inbound("sweep", str(c), f"{c}:{i}", text=text, choice=choice), now, bytes(32))
            filed = filed or any(type(e).__name__ == "FileCase" for e in turn.effects)
            before = state.node if state else None
            state = turn.state
            if state is None or (state.node is None and not state.pending) or (filed and state.flow == "menu"):
                break  # (a question pending outside a report, "are you in danger now?", is answered)
            if before == state.node and last and state.node != "story":
                key = (str(state.node), last)
                again[key] += 1
                said = " / ".join(r.text for r in turn.replies).replace("\n", " ")
                example.setdefault(key, f"#{c} {state.flow}/{state.lang}: {said[:160]}")
            text, choice = _next(reporter, state, turn, asked)
            last = text if text is not None else f"[{choice}]"
        unfiled += not filed
    return again, example, unfiled


def main() -> None:
    args = [a for a in sys.argv[1:] if a != "--english"]
    english = len(args) < len(sys.argv) - 1
    count = int(args[0]) if args else 1500
    top = int(args[1]) if len(args) > 1 else 40
    again, example, unfiled = sweep(count, english)
    print(f"{count} reporters; not filed: {unfiled}; questions asked again: {sum(again.values())}")
    for (node, said), times in again.most_common(top):
        print(f"{times:5d}  {node:<16} {said!r}\n       {example[(node, said)]}")


if __name__ == "__main__":
    main()
