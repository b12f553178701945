"""The dialog bundle: every flow, the message catalog and the settings the engine reads.

Loaded and validated once at start-up (``load_dialog``); the engine then trusts it.
"""

from __future__ import annotations

import re
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

INPUT_KINDS = (
    "choice",
    "yesno",
    "text",
    "code",
    "longtext",
    "phone",
    "country",
    "province",
    "date",
    "number",
    "money",
    "understood",
    "media",
)

#: keys the engine itself renders (docs/FLOW_SPEC.md); each locale must have them all
ENGINE_KEYS = frozenset(
    {
        "common.progress",
        "summary.which_wrong",
        "summary.added",
        "summary.unclear",
        "summary.nothing_to_skip",
        "common.example_intro",
        "common.skip_hint",
        "common.agent_hint",
        "common.repair_hint",
        "common.why_asked",
        "common.agent_button",
        "common.unknown",
        "common.ago.D",
        "common.ago.W",
        "common.ago.M",
        "common.ago.Y",
        "common.opening_thanks",
        "common.opening_question",
        "common.opening_noted",
        "status.code.lost",
        "status.code_lost_first",
        "status.code_first",
        "common.condolence_thanks",
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
        "common.restart_confirm",
        "common.told",
        "common.media_told",
        "common.plea",
        "common.story_kept",
        "common.skipped_after_misses",
        "common.story_unknown",
        "common.phone_noted",
        "common.pointed_back",
        "common.at_sea",
        "common.changed_after_filing",
        "common.changed",
        "complaint.consent.again",
        "complaint.consent.again_afraid",
        "complaint.reporter_kind.name_noted",
        "common.checked_case_new",
        "common.checked_case_note",
        "common.consent_after_all",
        "common.employer_again",
        "common.place_meant_city",
        "common.place_meant_where_now",
        "common.place_meant_employer_name",
        "common.place_meant_agency",
        "common.place_meant_city_family",
        "common.place_meant_employer_name_family",
        "common.place_meant_agency_family",
        "common.several",
        "common.a_number",
        "common.no_name",
        "common.number_noted",
        "common.name_noted",
        "common.place_noted",
        "common.needed",
        "common.own_report",
        "common.explain_understood",
        "common.explain_discreet",
        "common.time_noted",
        "common.yes_not_an_answer",
        "common.yes_a_number",
        "common.agency_noted",
        "common.hide_now",
        "menu.invalid",
        "menu.greeting",
        "menu.thanks",
        "menu.after_filing",
        "understood.removed",
        "common.cancelled",
        "common.cancelled_nothing",
        "common.cancelled_filed",
        "common.cancel_confirm",
        "common.draft_resumed",
        "common.draft_expired",
        "common.language_choose",
        "common.language_set",
        "common.erase_choose",
        "common.erase_option.chat",
        "common.erase_option.withdraw",
        "common.erase_option.draft",
        "common.erase_confirm_draft",
        "common.erase_done_draft",
        "common.erase_option.all",
        "common.erase_option.back",
        "common.erase_confirm_withdraw",
        "common.erase_confirm_all",
        "common.erase_done_chat",
        "common.erase_done_withdraw",
        "common.erase_done_all",
        "common.erase_nothing",
        "common.agent_requested",
        "common.agent_requested_draft",
        "common.after_filing_kept",
        "common.cancelled_unsaved",
        "common.agent_requested_none",
        "common.discreet_on",
        "common.discreet_off",
        "common.danger",
        "common.danger_again",
        "common.danger_other",
        "common.danger_other_self_harm",
        "common.danger_self_harm",
        "common.staff_told",
        "common.staff_told_unfiled",
        "common.hotlines",
        "common.ended",
        "common.mediator_message",
        "common.reply_prompt",
        "common.reply_continue",
        "common.held_notice",
        "common.held_button",
        "common.no_messages",
        "common.faq_cost",
        "common.wait_ok",
        "common.employer_reporter",
        "common.faq_how_long",
        "common.faq_who",
        "common.faq_call",
        "common.faq_real",
        "common.faq_privacy",
        "common.faq_privacy_on",
        "common.reply_recorded",
        "common.reply_more",
        "common.follow_up_prompt",
        "common.follow_up_kept",
        "common.follow_up_prompt_case",
        "common.follow_up_add",
        "common.follow_up_new",
        "common.follow_up_added",
        "common.danger_added",
        "summary.moved",
        "common.own_number_noted",
        "common.others_number_noted",
        "common.media_first",
        "common.too_long",
        "common.media_too_big",
        "common.status_notice",
        "common.still_handled",
        "common.discreet_prefix",
        "common.discreet_closing",
        "common.discreet_neutral",
        "common.flood",
        "understood.footer",
        "understood.yes",
        "understood.wrong",
        "understood.will_ask",
        "understood.which",
        "understood.which_invalid",
        "understood.all",
        "understood.will_ask_again",
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
    | {f"status.next_by_code.{s}" for s in ("baru", "diproses", "menunggu_info")}
)


#: what a help line is, in the order a country's lines are shown (docs/HOTLINES.md)
HOTLINE_KINDS = ("mission", "emergency", "migrant", "national", "crisis")
#: a number as a person dials it: digits, spaces, '+', '-', brackets, and an extension ("119 ext 8")
_NUMBER = re.compile(r"\+?[0-9][0-9 ()-]*[0-9](?: ext [0-9]+)?")


@dataclass(frozen=True)
class Hotline:
    """One help line. ``name`` in Indonesian; ``names`` the same name in other languages as
    (language, name) pairs; ``localised`` gives the line with its name in a language."""

    name: str
    number: str
    kind: str = "national"
    names: tuple[tuple[str, str], ...] = ()
    #: dialled only inside Indonesia (0-800-1000, SMS 1708): not for a worker abroad
    from_indonesia: bool = False
    #: one of the few Indonesian lines given to a family whose worker is in danger abroad (the
    #: free KP2MI line, the Foreign Ministry's protection line); the others via "nomor penting"
    danger_abroad: bool = False

    def localised(self, lang: str) -> Hotline:
        for code, name in self.names:
            if code == lang:
                return Hotline(name, self.number, self.kind, (), self.from_indonesia, self.danger_abroad)
        return Hotline(self.name, self.number, self.kind, (), self.from_indonesia, self.danger_abroad)


def _order(line: Hotline) -> int:
    return HOTLINE_KINDS.index(line.kind) if line.kind in HOTLINE_KINDS else len(HOTLINE_KINDS)


def parse_hotline(item: Any, where: str) -> Hotline:
    """One directory entry from config.yaml; ValueError naming ``where`` when it is wrong."""
    if not isinstance(item, Mapping):
        raise ValueError(f"{where}: expected {{name: ..., number: ..., kind: ...}}, not {item!r}")
    name, number, kind = item.get("name"), item.get("number"), item.get("kind", "national")
    if not isinstance(name, str) or not name.strip():
        raise ValueError(f"{where}: 'name' is missing or empty")
    if not isinstance(number, str) or not _NUMBER.fullmatch(number.strip()):
        example = '"+62 21 2924 4800"'
        raise ValueError(f"{where} ({name}): 'number' must be a quoted phone number such as {example}, not {number!r}")
    if kind not in HOTLINE_KINDS:
        raise ValueError(f"{where} ({name}): 'kind' must be one of {', '.join(HOTLINE_KINDS)}, not {kind!r}")
    names = []
    for key, value in item.items():
        if isinstance(key, str) and key.startswith("name_"):
            if not isinstance(value, str) or not value.strip():
                raise ValueError(f"{where} ({name}): '{key}' is empty")
            names.append((key[5:], value.strip()))
    known = ("name", "number", "kind", "from_indonesia", "danger_abroad")
    unknown = [k for k in item if k not in known and not str(k).startswith("name_")]
    if unknown:
        raise ValueError(f"{where} ({name}): unknown field(s) {', '.join(map(str, unknown))}")
    home = item.get("from_indonesia", False)
    if not isinstance(home, bool):
        raise ValueError(f"{where} ({name}): 'from_indonesia' must be true or false, not {home!r}")
    abroad = item.get("danger_abroad", False)
    if not isinstance(abroad, bool):
        raise ValueError(f"{where} ({name}): 'danger_abroad' must be true or false, not {abroad!r}")
    return Hotline(name.strip(), number.strip(), str(kind), tuple(names), home, abroad)


def parse_hotlines(data: Any) -> tuple[tuple[Hotline, ...], dict[str, tuple[Hotline, ...]]]:
    """``dialog.hotlines`` of config.yaml: the default lines and the lines by country code."""
    if data is None:
        return (), {}
    if not isinstance(data, Mapping):
        raise ValueError("dialog.hotlines: expected 'default' and 'by_country'")
    default = data.get("default") or []
    if not isinstance(default, list):
        raise ValueError("dialog.hotlines.default: expected a list of lines")
    lines = tuple(parse_hotline(item, f"dialog.hotlines.default[{i}]") for i, item in enumerate(default))
    by_country: dict[str, tuple[Hotline, ...]] = {}
    countries = data.get("by_country") or {}
    if not isinstance(countries, Mapping):
        raise ValueError("dialog.hotlines.by_country: expected country codes (SA, MY, ...) with their lines")
    for code, items in countries.items():
        where = f"dialog.hotlines.by_country.{code}"
        if not isinstance(code, str) or len(code) != 2 or not code.isalpha():
            raise ValueError(f"{where}: a country is its two-letter ISO code (SA, HK, TW), not {code!r}")
        if not isinstance(items, list):
            raise ValueError(f"{where}: expected a list of lines")
        parsed = [parse_hotline(item, f"{where}[{i}]") for i, item in enumerate(items)]
        by_country[code.upper()] = tuple(sorted(parsed, key=_order))
    return lines, by_country


@dataclass(frozen=True)
class DialogSettings:
    """What the dialog needs from config.yaml (numbers marked *verify* live there, not in code)."""

    consent_version: str = "2026-11-v2"
    reply_days: int = 3
    #: lines for every country (Indonesia's own), shown after the country's
    hotlines: tuple[Hotline, ...] = ()
    hotlines_by_country: Mapping[str, tuple[Hotline, ...]] = field(default_factory=dict)
    max_attachment_bytes: int = 20 * 1024 * 1024
    languages: tuple[str, ...] = ("id", "en")
    #: in discreet mode, how long the closing replies (case number, code) stay on the phone
    discreet_closing_minutes: int = 10
    #: "batal": how long the answers so far are kept for "lanjut"
    draft_days: int = 7
    #: an urgent case: a mediator answers within this many hours (the urgent closing promises it)
    urgent_reply_hours: int = 24

    def hotlines_for(
        self,
        country: str | None,
        lang: str = "id",
        near: str | None = None,
        abroad: bool = False,
        from_home: bool = False,
        danger_at_home: bool = False,
        danger_abroad: bool = False,
        every: bool = False,
    ) -> list[Hotline]:
        """Where to get help now: the country's mission, emergency and migrant-worker lines
        (at sea: the nearest country's first, then the flag state's), then Indonesia's; names in
        ``lang``. Crisis lines are apart (``crisis_lines_for``). ``from_home`` (a family writing
        from Indonesia): Indonesia's lines first, then only the country's lines that can be
        dialled from Indonesia (+ numbers: the mission; not 999 or 1955). ``danger_at_home``:
        someone in danger in Indonesia itself (a worker back home, a family member threatened):
        Indonesia's police and emergency lines first; otherwise they are left out.
        ``danger_abroad``: a family told of the worker's danger there: the mission (it can act
        there now) right after Indonesia's free line, and only the few lines marked ``danger_abroad``
        unless ``every`` ("nomor penting")."""
        local = self.local_lines(country, near)
        if from_home:
            dialled = tuple(h for h in local if h.number.startswith("+"))  # 999 works only there
            # the police first when the danger is here; then the free lines inside Indonesia
            home = sorted(
                self.home_lines(abroad, danger_at_home), key=lambda h: (h.kind != "emergency", not h.from_indonesia)
            )
            # in danger there: the mission right after Indonesia's free line, then the Foreign
            # Ministry's; the lines for complaints (SMS 1708, Kemnaker) cannot act there now, and a
            # frightened mother got nine numbers at once: the rest are in "nomor penting"
            few = [h for h in home if h.danger_abroad]
            if danger_abroad and few and not every:
                ordered: tuple[Hotline, ...] = (*few[:1], *dialled, *few[1:])
            else:
                ordered = (*home[:1], *dialled, *home[1:]) if danger_abroad else (*home, *dialled)
            return [h.localised(lang) for h in ordered if h.kind != "crisis"]
        return [h.localised(lang) for h in (*local, *self.home_lines(abroad)) if h.kind != "crisis"]

    def home_lines(self, abroad: bool, danger_at_home: bool = False) -> tuple[Hotline, ...]:
        """Indonesia's lines; abroad, those that cannot be dialled from there are left out, and
        its police and emergency lines unless the danger is in Indonesia."""
        return tuple(
            h for h in self.hotlines if not (abroad and h.from_indonesia) and (danger_at_home or h.kind != "emergency")
        )

    def local_lines(self, country: str | None, near: str | None = None) -> tuple[Hotline, ...]:
        """The lines of the place itself: ``near`` (a ship's nearest coast) first, then ``country``."""
        nearby = self.hotlines_by_country.get(near or "", ()) if near != country else ()
        return (*nearby, *self.hotlines_by_country.get(country or "", ()))

    def crisis_lines_for(self, country: str | None, lang: str = "id", abroad: bool = False) -> list[Hotline]:
        """Someone to talk to when she may harm herself: the country's crisis lines, then
        Indonesia's (those she can dial from where she is); names in ``lang``."""
        local = self.hotlines_by_country.get(country or "", ())
        return [h.localised(lang) for h in (*local, *self.home_lines(abroad)) if h.kind == "crisis"]

    @classmethod
    def from_mapping(cls, data: Mapping[str, Any]) -> DialogSettings:
        """Raises ValueError naming the bad setting (``dialog.hotlines.by_country.SA[2]: ...``)."""
        hotlines, by_country = parse_hotlines(data.get("hotlines"))
        default = DialogSettings()  # the defaults above (compiled, a class has no field values)
        return cls(
            consent_version=str(data.get("consent_version", default.consent_version)),
            reply_days=int(data.get("reply_days", default.reply_days)),
            hotlines=hotlines,
            hotlines_by_country=by_country,
            max_attachment_bytes=int(data.get("max_attachment_mb", 20)) * 1024 * 1024,
            discreet_closing_minutes=int(data.get("discreet_closing_minutes", default.discreet_closing_minutes)),
            draft_days=int(data.get("draft_days", default.draft_days)),
            urgent_reply_hours=int(data.get("urgent_reply_hours", default.urgent_reply_hours)),
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
