"""How a value read from her words is shown to her and to the staff, in the chat's language."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from flows import events, inputs
from flows.turn_words import money_display

if TYPE_CHECKING:
    from flows.engine import _Run


#: the values shown in words of the language (a code, a date, an amount), said again when it changes
_SHOWN_IN_LANGUAGE = frozenset({"category", "country", "reporter_kind", "relation", "sex", "employer_type", "route",
                                "wants", "sector", "since", "last_contact", "died_on", "money_owed", "wage",
                                "fees_paid", "money_deducted"})  # fmt: skip


def display_again(run: _Run) -> None:
    """After she changes the language: every value shown in words of the old one, in the new."""
    slots = run.state.slots
    for slot, value in list(slots.items()):
        if value is None or f"{slot}_display" not in slots:
            continue
        if slot in _SHOWN_IN_LANGUAGE or isinstance(value, bool):
            shown = display_of(run, slot, value)
            if shown is not None:
                slots[f"{slot}_display"] = shown


def display_of(run: _Run, slot: str, value: Any) -> str | None:
    """A proposed value in the person's language, as the question that asks it would show it."""
    lang = run.state.lang
    if slot == "category":
        key = f"category.{value}"
        return run.render(key) if run.dialog.catalog.has(key, lang) else str(value)
    if slot in ("country", "near"):
        return inputs.country_name(str(value), lang)
    if slot in ("money_owed", "wage", "fees_paid", "money_deducted") and isinstance(value, dict):
        return money_display(value, lang)
    if slot in ("since", "last_contact", "died_on"):
        raw = str(run.state.slots.get("_since_raw") or "")
        if raw[:1] == "P" and raw[-1:] in "DWMY" and raw[1:-1].isdigit():
            # said as "5 bln": shown as said, "5 bulan lalu", not as a date it was turned into
            return run.render(f"common.ago.{raw[-1]}", n=int(raw[1:-1]))
        shape = str(run.state.slots.get("_since_shape") or "month")
        pattern = {"day": "d MMMM y", "month": "MMMM y", "year": "y"}.get(shape, "MMMM y")
        return events.date_words(run, value, pattern)
    if slot in ("reporter_kind", "relation", "sex", "employer_type", "route", "wants", "sector"):
        key = f"complaint.{slot}.{value}"
        return run.render(key) if run.dialog.catalog.has(key, lang) else str(value)
    if slot in ("phone", "worker_phone"):
        return inputs.parse_phone(str(value)).display or str(value)  # "+852 6123 4567", as the question shows it
    if isinstance(value, bool):
        return run.render("common.yes" if value else "common.no")
    if isinstance(value, str):
        return value
    if isinstance(value, int):
        return str(value)  # an age
    return None


def collected_display_text(run: _Run, text: str) -> str:
    """The start of her story, enough to know it again in the summary: she wrote it, and the
    mediators read it whole (a long echo only slows her down)."""
    if len(text) <= 60:
        return text
    cut = text[:60].rsplit(" ", 1)[0]
    return cut + "..."
