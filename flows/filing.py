"""The summary she checks before filing, and filing: the case's fields, its evidence, and the ILO
indicators its answers support."""

from __future__ import annotations

import hashlib
import json
from datetime import datetime
from typing import TYPE_CHECKING, Any

from flows import accepting, asking, codes, correcting, misplaced, moving
from flows.catalog import remember
from flows.inputs.base import normalize
from flows.inputs.words import is_skip
from flows.reading import answer_kind, nothing_to_change, read_yesno
from flows.spec import FileCaseNode, MediaNode, SummaryNode, YesNoNode
from flows.types import FileCase, Media, UpdateCase

if TYPE_CHECKING:
    from flows.engine import _Run


def summary_labels(run: _Run, node: SummaryNode) -> tuple[tuple[str, str, str], ...]:
    """(slot, its display slot, label) of every field the summary may list, in its order:
    the dialog's own words, so kept per language and node when the labels are static."""
    key = ("summary", run.state.lang, id(node))
    found: tuple[tuple[str, str, str], ...] | None = run.dialog.memo.get(key)
    if found is not None:
        return found
    out = []
    static = True
    catalog = run.dialog.catalog
    for item in node.raw.get("fields", []):
        slot = item if isinstance(item, str) else str(item.get("slot"))
        source = run.flow.labelled(slot)
        label_key = (source.label or source.prompt) if source else None
        static = static and (label_key is None or catalog.static(run.state.lang, label_key) is not None)
        out.append((slot, f"{slot}_display", run.render(label_key) if label_key else slot))
    labels = tuple(out)
    if static:
        remember(run.dialog.memo, key, labels)
    return labels


def summary_fields(run: _Run, node: SummaryNode) -> list[tuple[str, str, str]]:
    """(slot, label, shown value) of every field that was asked, in the summary's order."""
    slots = run.state.slots
    out = []
    for slot, display, label in summary_labels(run, node):
        if slot not in slots and display not in slots:
            continue
        value = slots.get(display)
        shown = "-" if value is None or value == "" else str(value)
        if slot == "category" and slots.get("_more_categories"):
            # every problem she named, not only the one that leads the case
            more = [run.render(f"category.{c}") for c in slots["_more_categories"] if c != slots.get(slot)]
            shown = ", ".join([shown, *more])
        out.append((slot, label, shown))
    return out


def summary_text(run: _Run, node: SummaryNode) -> str:
    lang = run.state.lang
    catalog = run.dialog.catalog
    line = catalog.message(lang, "summary.line") if catalog.static(lang, "summary.line") is None else None
    lines = []
    for i, (_, label, value) in enumerate(summary_fields(run, node), 1):
        # a plain line ("{{ n }}. {{ label }}: {{ value }}") is joined at once; else rendered
        joined = line.join_plain({"n": i, "label": label, "value": value}) if line is not None else None
        lines.append(joined if joined is not None else run.render("summary.line", n=i, label=label, value=value))
    return "\n".join(lines)


#: words that ask to change the summary ("ada yg salah", "mau ubah", "wrong")
_CHANGE = frozenset({"salah", "ubah", "diubah", "ganti", "diganti", "koreksi", "perbaiki", "edit", "wrong", "change"})

#: the summary's own verb: "kirim", "kirim aja kak", "send"
_SEND = frozenset({"kirim", "kirimkan", "kirimin", "dikirim", "send", "submit"})
_SEND_FILLER = frozenset({"aja", "saja", "sekarang", "skrg", "kak", "ya", "yah", "dong", "deh", "it", "now", "please",
                          "pls", "sudah", "udah", "udh", "sdh", "langsung", "laporannya", "laporan"})  # fmt: skip


def sends(text: str) -> bool:
    """She asks to send the report as it is, in the words of the summary's own prompt."""
    words = normalize(text).split()
    return bool(words) and len(words) <= 5 and bool(_SEND & set(words)) and set(words) <= _SEND | _SEND_FILLER


def answer_summary(run: _Run, node: SummaryNode, text: str) -> None:
    if nothing_to_change(text):
        moving.go(run, moving.next_of(run, node))
        return
    if misplaced.number_at_summary(run, node, text):
        return  # "no hp sy 0551234567 lupa td": her number ("no" was read as No, or the number as a line)
    if correcting.correct(run, node, text):
        return  # "5", "no 5 salah", "negaranya salah, harusnya singapura": that line
    yes = read_yesno(text)
    if (yes.ok and yes.value) or sends(text):
        moving.go(run, moving.next_of(run, node))
        return
    if (yes.ok and yes.value is False) or _CHANGE.intersection(text.lower().split()):
        # "gk", "salah", "belum benar": something is wrong; which, is one short question
        run.say("summary.which_wrong")
        return
    if not yes.ok and not text.strip().isdigit() and misplaced.added_at_summary(run, node, text):
        return  # neither a line's number, nor yes, nor "something is wrong": what it tells is added
    if is_skip(text) or answer_kind(text) == "unknown":
        # "lewati" where nothing is asked, "gk tau" as the English "dont know" (it was "Maaf, kami
        # belum paham"): the report is not sent until she says so
        run.say("summary.nothing_to_skip")
        asking.ask(run, node, bump=False)
        return
    accepting.miss(run, node, None)


def correction_target(run: _Run, node: SummaryNode, slot: str) -> str:
    for item in node.raw.get("fields", []):
        if isinstance(item, dict) and item.get("slot") == slot and item.get("from"):
            return str(item["from"])
    asked_by = [n.id for n in run.flow.nodes.values() if n.slot == slot and n.id in run.state.history]
    if asked_by:
        return asked_by[-1]
    labelled = run.flow.labelled(slot)
    return labelled.id if labelled is not None else node.id


# ------------------------------------------------------------------ filing


def file_case(run: _Run, node: FileCaseNode) -> None:
    st = run.state
    slots = st.slots
    category_slot = str(node.raw.get("category_slot", "category"))
    category = str(slots.get(category_slot) or "lainnya")
    secondary = tuple(c for c in slots.get("_more_categories") or [] if c != category)
    urgent = st.urgent or category in run.flow.urgent_categories
    number = codes.case_number(run.entropy[0:8])
    access = codes.access_code(run.entropy[8:16])
    family = codes.access_code(run.entropy[16:24])
    media = all_media(run, slots)
    consent_at = slots.get("_consent_at")
    run.effects.append(
        FileCase(
            number=number,
            access_code=access,
            family_code=family,
            flow=run.flow.id,
            category=category,
            urgent=urgent,
            # the urgent path does not ask who writes: the one who cried, as storage's default
            reporter_kind=str(node.raw.get("reporter_kind") or slots.get("reporter_kind") or "self"),
            language=st.lang,
            indicators=indicators(run, category, node.raw.get("indicators_from_category") or {}, node.raw),
            fields=case_fields(run),
            consent_version=run.dialog.settings.consent_version,
            consent_at=datetime.fromisoformat(consent_at) if isinstance(consent_at, str) else run.now,
            discreet=st.discreet,
            # notices only if the reporter agreed; a skipped question means yes, unless discreet
            notify_reporter=slots["notify"] if isinstance(slots.get("notify"), bool) else not st.discreet,
            attachments=tuple(as_media(run, m) for m in media),
            secondary_categories=secondary,
            from_words=tuple(sorted(slots.get("_from_words") or {})),
        )
    )
    run.case = {"number": number, "access_code": access, "family_code": family}
    slots["case_number"] = number
    slots["_filed_media"] = len(media)
    slots["_filed_fields"] = fields_digest(case_fields(run))
    slots["_file_node"] = node.id


def update_case(run: _Run, *, changed: bool = False) -> None:
    """The answers given after filing, added to the filed case (nothing when none came and no
    value was ``changed``)."""
    st = run.state
    slots = st.slots
    number = slots.get("case_number")
    if not number:
        return
    node = run.flow.node(str(slots.get("_file_node") or ""))
    category = str(slots.get("category") or "lainnya")
    media = all_media(run, slots)
    filed = int(slots.get("_filed_media") or 0)
    fields = case_fields(run)
    digest = fields_digest(fields)
    if not changed and len(media) == filed and digest == slots.get("_filed_fields"):
        return  # nothing was added after filing (more of her story counts: "agennya PT Sumber Rejeki")
    run.effects.append(
        UpdateCase(
            case_number=str(number),
            fields=fields,
            indicators=indicators(run, category, node.raw.get("indicators_from_category") or {}, node.raw),
            secondary_categories=tuple(c for c in slots.get("_more_categories") or [] if c != category),
            notify_reporter=slots["notify"] if isinstance(slots.get("notify"), bool) else None,
            attachments=tuple(as_media(run, m) for m in media[filed:]),
        )
    )
    slots["_filed_media"] = len(media)
    slots["_filed_fields"] = digest


def fields_digest(fields: dict[str, Any]) -> str:
    """What the case's answers say, in a few characters: any answer changed or added after filing
    changes it (their count did not change when a sentence was added to her story)."""
    return hashlib.sha256(json.dumps(fields, sort_keys=True, default=str).encode("utf-8")).hexdigest()[:16]


def case_fields(run: _Run) -> dict[str, Any]:
    fields = {k: v for k, v in run.state.slots.items() if not k.startswith("_")}
    words = run.state.slots.get("_from_words")
    if words:
        # which answers came from her own words, and the words (mediators see both)
        fields["from_words"] = dict(words)
    return fields


#: the indicator of harm to the body: a violence read without it, and without danger, was words
HARM = "physical_sexual_violence"


def indicators(
    run: _Run, category: str, from_category: dict[str, Any], raw: dict[str, Any] | None = None
) -> tuple[str, ...]:
    slots = run.state.slots
    found: list[str] = []
    for slot, code in indicator_slots(run):
        if slots.get(slot) is True and code not in found:
            found.append(code)
    told = list(slots.get("_indicators") or [])
    of_category = list(from_category.get(category, []))
    no_harm = ((raw or {}).get("indicators_if_no_harm_told") or {}).get(category)
    if no_harm and not run.state.urgent and HARM not in told:
        # "my boss always scold me": no harm to her body told and no danger heard
        of_category = list(no_harm)
    for code in [*of_category, *told]:
        if code not in found:
            found.append(str(code))
    return tuple(found)


def all_media(run: _Run, slots: dict[str, Any]) -> list[dict[str, Any]]:
    return [*(media_of(run, slots)), *(slots.get("_extra_media") or [])]


def as_media(run: _Run, m: dict[str, Any]) -> Media:
    return Media(m["kind"], m["file_id"], m.get("size"), m.get("mime_type"), m.get("file_name"))


def indicator_slots(run: _Run) -> tuple[tuple[str, str], ...]:
    """(slot, indicator code) of the flow's yes/no questions that mark an indicator on a yes."""
    key = ("indicators", id(run.flow))
    found: tuple[tuple[str, str], ...] | None = run.dialog.memo.get(key)
    if found is None:
        found = tuple(
            (n.slot, str(n.raw["indicator"]))
            for n in run.flow.nodes.values()
            if isinstance(n, YesNoNode) and n.slot and n.raw.get("indicator")
        )
        remember(run.dialog.memo, key, found)
    return found


def media_of(run: _Run, slots: dict[str, Any]) -> list[dict[str, Any]]:
    key = ("media", id(run.flow))
    media_slots: tuple[str, ...] | None = run.dialog.memo.get(key)
    if media_slots is None:
        media_slots = tuple(n.slot for n in run.flow.nodes.values() if isinstance(n, MediaNode) and n.slot)
        remember(run.dialog.memo, key, media_slots)
    out: list[dict[str, Any]] = []
    for slot in media_slots:
        if isinstance(slots.get(slot), list):
            out.extend(slots[slot])
    return out


# ------------------------------------------------------------------ system
