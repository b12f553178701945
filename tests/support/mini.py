"""A small dialog for engine tests: its own flows and locales, independent of the real content.

Every engine key renders as ``<key>`` (plus the variables it was given), so a test can read which
message the engine chose without depending on the Indonesian wording.
"""

from __future__ import annotations

from pathlib import Path

import yaml

from flows.dialog import ENGINE_KEYS, Dialog, DialogSettings, Hotline, load_dialog

MENU = """
spec_version: 1
id: menu
start: welcome
nodes:
  welcome:
    type: choice
    prompt: m.welcome
    slot: menu_choice
    options:
      - {id: lapor, label: m.lapor, next: to_complaint}
      - {id: status, label: m.status, next: to_status}
  to_complaint: {type: goto, flow: complaint}
  to_status: {type: goto, flow: status}
"""

COMPLAINT = """
spec_version: 1
id: complaint
start: consent
urgent_categories: [perdagangan_orang]
nodes:
  consent:
    type: choice
    prompt: c.consent
    slot: consent
    essential: true
    options:
      - {id: setuju, label: c.agree, next: intro}
      - {id: tolak, label: c.refuse, next: refused}
  refused: {type: end, prompt: c.refused}
  intro: {type: message, prompt: c.intro, next: category}
  category:
    type: choice
    prompt: c.category
    slot: category
    label: c.category_label
    progress: true
    essential: true
    options:
      - {id: gaji_tidak_dibayar, label: c.cat_gaji}
      - {id: penahanan_dokumen, label: c.cat_paspor}
      - {id: perdagangan_orang, label: c.cat_tppo}
    next: country
  country: {type: country, prompt: c.country, slot: country, label: c.country_label, progress: true, essential: true, next: city}
  city: {type: text, prompt: c.city, slot: city, optional: true, example: c.city_example, progress: true, next: age}
  age: {type: number, prompt: c.age, slot: age, min: 15, max: 80, optional: true, progress: true, next: phone}
  phone: {type: phone, prompt: c.phone, slot: phone, optional: true, country_slot: country, essential: true, next: passport_held}
  passport_held:
    type: yesno
    prompt: c.passport_held
    slot: passport_held
    indicator: retention_of_documents
    when: "category != 'penahanan_dokumen'"
    next: story
  story: {type: longtext, prompt: c.story, slot: story, label: c.story_label, essential: true, next: evidence}
  evidence: {type: media, prompt: c.evidence, slot: evidence, optional: true, next: summary}
  summary:
    type: summary
    prompt: summary.header
    essential: true
    fields: [category, country, city, story]
    next: file
  file:
    type: file_case
    indicators_from_category:
      penahanan_dokumen: [retention_of_documents]
      gaji_tidak_dibayar: [withholding_of_wages]
    next: done
  done: {type: end, prompt: c.done}
"""

STATUS = """
spec_version: 1
id: status
start: number
nodes:
  number: {type: text, prompt: s.number, slot: case_number, next: code}
  code: {type: text, prompt: s.code, slot: access_code, next: check}
  check: {type: status_check, next: done}
  done: {type: end, prompt: s.done}
"""

FLOW_KEYS = [
    "m.welcome",
    "m.lapor",
    "m.status",
    "c.consent",
    "c.agree",
    "c.refuse",
    "c.refused",
    "c.intro",
    "c.category",
    "c.category_label",
    "c.cat_gaji",
    "c.cat_paspor",
    "c.cat_tppo",
    "c.country",
    "c.country_label",
    "c.city",
    "c.city_example",
    "c.age",
    "c.phone",
    "c.passport_held",
    "c.story",
    "c.story_label",
    "c.evidence",
    "s.number",
    "s.code",
    "s.done",
]


def _nested(flat: dict[str, str]) -> dict:
    out: dict = {}
    for key, value in flat.items():
        node = out
        parts = key.split(".")
        for part in parts[:-1]:
            node = node.setdefault(part, {})
        node[parts[-1]] = value
    return out


def locale(lang: str) -> dict:
    flat = {key: f"<{lang}:{key}>" for key in [*ENGINE_KEYS, *FLOW_KEYS]}
    flat["c.done"] = "<done {{ case.number }} {{ case.access_code }} {{ case.family_code }}>"
    flat["common.danger"] = "<danger{% for h in hotlines %} {{ h.number }}{% endfor %}>"
    flat["common.confirm_value"] = "<confirm {{ value }}>"
    flat["common.progress"] = "<q {{ n }}/{{ total }}>"
    flat["summary.line"] = "{{ n }}. {{ label }}: {{ value }}"
    flat["status.result.found"] = "<found {{ result.number }} {{ result.stage }} {{ result.changed_at }}>"
    flat["common.mediator_message"] = "<mediator {{ case_number }}: {{ text }}>"
    flat["common.yes"] = "Ya" if lang == "id" else "Yes"
    flat["common.no"] = "Tidak" if lang == "id" else "No"
    return _nested(flat)


def write_mini(root: Path, flows: dict[str, str] | None = None) -> tuple[Path, Path]:
    flows_dir = root / "flows"
    locales_dir = root / "locales"
    flows_dir.mkdir(parents=True, exist_ok=True)
    locales_dir.mkdir(parents=True, exist_ok=True)
    for name, text in (flows or {"menu": MENU, "complaint": COMPLAINT, "status": STATUS}).items():
        (flows_dir / f"{name}.yaml").write_text(text, encoding="utf-8")
    for lang in ("id", "en"):
        (locales_dir / f"{lang}.yaml").write_text(yaml.safe_dump(locale(lang), allow_unicode=True), encoding="utf-8")
    return flows_dir, locales_dir


def mini_dialog(root: Path) -> Dialog:
    flows_dir, locales_dir = write_mini(root)
    settings = DialogSettings(
        hotlines=(Hotline("KP2MI", "+62 21 2924 4800", "national", (("en", "KP2MI (from abroad)"),)),),
        hotlines_by_country={"MY": (Hotline("Polis", "999", "emergency"),)},
    )
    return load_dialog(settings, flows_dir, locales_dir)
