"""The dialog bundle: every flow, the message catalog and the settings the engine reads.

Loaded and validated once at start-up (``load_dialog``); the engine then trusts it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from flows.catalog import Catalog, load_catalog
from flows.native import ROOT
from flows.spec import Flow, FlowError, all_locale_keys, check_references, load_flow

# (ROOT from flows.native, which is never compiled: a compiled module's __file__ is mypyc's)
FLOWS_DIR = ROOT / "flows"
LOCALES_DIR = ROOT / "locales"

#: the flow a new or finished conversation starts in
ENTRY_FLOW = "menu"

INPUT_KINDS = ("choice", "yesno", "text", "longtext", "phone", "country", "province", "date", "number", "media")

#: keys the engine itself renders (docs/FLOW_SPEC.md); each locale must have them all
ENGINE_KEYS = frozenset(
    {
        "common.progress",
        "common.example_intro",
        "common.skip_hint",
        "common.agent_hint",
        "common.confirm_value",
        "common.yes",
        "common.no",
        "common.skip",
        "common.done",
        "common.longtext_more",
        "common.media_more",
        "common.media_unsupported",
        "common.stale_button",
        "common.unsupported",
        "common.help",
        "common.back_none",
        "common.restart",
        "common.cancelled",
        "common.language_choose",
        "common.language_set",
        "common.erase_confirm",
        "common.erase_done",
        "common.erase_kept",
        "common.agent_requested",
        "common.discreet_on",
        "common.discreet_off",
        "common.danger",
        "common.ended",
        "common.mediator_message",
        "common.reply_recorded",
        "common.too_long",
        "common.media_too_big",
        "common.status_notice",
        "common.still_handled",
        "common.discreet_prefix",
        "common.discreet_closing",
        "common.discreet_neutral",
        "common.flood",
        "status.mine",
        "summary.header",
        "summary.line",
        "summary.footer",
        "status.result.found",
        "status.result.not_found",
        "status.result.limited",
    }
    | {f"common.invalid.{kind}" for kind in INPUT_KINDS}
    | {f"status.stage.{s}" for s in ("baru", "diproses", "menunggu_info", "dirujuk", "selesai", "ditutup")}
    | {f"status.next.{s}" for s in ("baru", "diproses", "menunggu_info", "dirujuk", "selesai", "ditutup")}
)


@dataclass(frozen=True)
class Hotline:
    name: str
    number: str


@dataclass(frozen=True)
class DialogSettings:
    """What the dialog needs from config.yaml (numbers marked *verify* live there, not in code)."""

    consent_version: str = "2026-11-v2"
    reply_days: int = 3
    hotlines: tuple[Hotline, ...] = ()
    hotlines_by_country: Mapping[str, tuple[Hotline, ...]] = field(default_factory=dict)
    max_attachment_bytes: int = 20 * 1024 * 1024
    languages: tuple[str, ...] = ("id", "en")
    #: in discreet mode, how long the closing replies (case number, code) stay on the phone
    discreet_closing_minutes: int = 10

    def hotlines_for(self, country: str | None) -> list[Hotline]:
        local = list(self.hotlines_by_country.get(country or "", ()))
        return local + list(self.hotlines)

    @classmethod
    def from_mapping(cls, data: Mapping[str, Any]) -> DialogSettings:
        def lines(items: Any) -> tuple[Hotline, ...]:
            return tuple(Hotline(str(i["name"]), str(i["number"])) for i in items or [])

        hotlines = data.get("hotlines") or {}
        default = DialogSettings()  # the defaults above (compiled, a class has no field values)
        return cls(
            consent_version=str(data.get("consent_version", default.consent_version)),
            reply_days=int(data.get("reply_days", default.reply_days)),
            hotlines=lines(hotlines.get("default")),
            hotlines_by_country={str(k).upper(): lines(v) for k, v in (hotlines.get("by_country") or {}).items()},
            max_attachment_bytes=int(data.get("max_attachment_mb", 20)) * 1024 * 1024,
            discreet_closing_minutes=int(data.get("discreet_closing_minutes", default.discreet_closing_minutes)),
        )


@dataclass(frozen=True)
class Dialog:
    flows: Mapping[str, Flow]
    catalog: Catalog
    settings: DialogSettings
    #: values the dialog itself defines (option ids and values, language codes): the only text
    #: the engine's caches may be keyed by, so no user text is kept there
    codes: frozenset[Any] = frozenset()
    #: rendered messages and condition results by those codes (bounded; see flows.catalog.Message)
    memo: dict[Any, Any] = field(default_factory=dict, compare=False, repr=False)

    def flow(self, flow_id: str) -> Flow:
        return self.flows[flow_id]


def load_dialog(
    settings: DialogSettings | None = None,
    flows_dir: Path = FLOWS_DIR,
    locales_dir: Path = LOCALES_DIR,
) -> Dialog:
    """Load every ``*.yaml`` flow and every locale; raise FlowError naming what is wrong."""
    catalog = load_catalog(locales_dir)
    flows = {}
    for path in sorted(flows_dir.glob("*.yaml")):
        flow = load_flow(path)
        flows[flow.id] = flow
    if ENTRY_FLOW not in flows:
        raise FlowError(f"{flows_dir}: the entry flow '{ENTRY_FLOW}.yaml' is missing")
    keys = {lang: set(entries) for lang, entries in catalog.messages.items()}
    check_references(flows, keys)
    for lang, missing in catalog.missing(set(ENGINE_KEYS) | all_locale_keys(flows.values())).items():
        raise FlowError(f"{locales_dir / (lang + '.yaml')}: missing key(s): {', '.join(sorted(missing))}")
    return Dialog(flows, catalog, settings or DialogSettings(), dialog_codes(flows.values(), catalog.languages))


def dialog_codes(flows: Iterable[Flow], languages: Iterable[str]) -> frozenset[Any]:
    """Option ids and string values of every choice, and the language codes."""
    codes: set[Any] = set(languages)
    for flow in flows:
        for node in flow.nodes.values():
            for option in getattr(node, "options", ()):
                codes.add(option.id)
                if isinstance(option.value, str):
                    codes.add(option.value)
    return frozenset(codes)
