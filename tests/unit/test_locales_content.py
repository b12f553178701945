"""The words of the dialog, read as data: what a reporter would notice if they were wrong.

Both locales load and mirror each other, every template compiles in Jinja2's sandbox, every label
the engine and the mediator console look up exists, buttons fit a phone, optional and sensitive
questions offer Lewati (and say why they are asked), and the filing message gives the codes and the
deadline, the last one every hotline.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml
from jinja2.sandbox import ImmutableSandboxedEnvironment

from flows.catalog import load_catalog
from flows.spec import ChoiceNode, Flow, YesNoNode, load_flow

ROOT = Path(__file__).resolve().parents[2]
LANGS = ("id", "en")
SKIP_WORD = {"id": "lewati", "en": "skip"}

#: DOMAIN.md: the published complaint categories, with a stable code each
CATEGORIES = (
    "gaji_tidak_dibayar potongan_gaji phk_sepihak pekerjaan_tidak_sesuai ingin_pulang tidak_dipulangkan "
    "putus_komunikasi penahanan_dokumen tidak_berdokumen ditahan kekerasan kekerasan_seksual sakit kecelakaan "
    "melarikan_diri gagal_berangkat biaya_berlebih penipuan_kerja perdagangan_orang meninggal hamil_punya_anak "
    "deportasi jaminan_sosial lainnya"
).split()
INDICATORS = (
    "abuse_of_vulnerability deception restriction_of_movement isolation physical_sexual_violence "
    "intimidation_threats retention_of_documents withholding_of_wages debt_bondage abusive_conditions "
    "excessive_overtime"
).split()
STAGES = ("baru", "diproses", "menunggu_info", "dirujuk", "selesai", "ditutup")
from flows.dialog import INPUT_KINDS, load_dialog  # noqa: E402

DIALOG = load_dialog()
NOW = __import__("datetime").datetime(2026, 12, 3, tzinfo=__import__("datetime").UTC)

HOTLINES = [{"name": "KP2MI", "number": "+62 21 2924 4800"}, {"name": "Polisi Arab Saudi", "number": "911"}]
CONTEXT: dict[str, Any] = {
    "slots": {"reporter_kind": "self", "country_display": "Arab Saudi"},
    "lang": "id",
    "case": {"number": "K7Q-3XM9", "access_code": "AB3D-7KQP", "family_code": "FFFF-2222"},
    "settings": {"reply_days": 3, "urgent_reply_hours": 24},
    "hotlines": HOTLINES,
    "country_name": "Arab Saudi",
}


def flatten(prefix: str, node: Any, out: dict[str, str]) -> dict[str, str]:
    if isinstance(node, dict):
        for key, value in node.items():
            name = ("yes" if key else "no") if isinstance(key, bool) else str(key)
            flatten(f"{prefix}.{name}" if prefix else name, value, out)
    else:
        assert isinstance(node, str), f"{prefix}: a message must be text, not {type(node).__name__}"
        out[prefix] = node
    return out


MESSAGES = {
    lang: flatten("", yaml.safe_load((ROOT / "locales" / f"{lang}.yaml").read_text("utf-8")), {}) for lang in LANGS
}
CATALOG = load_catalog(ROOT / "locales")
FLOWS: dict[str, Flow] = {
    name: load_flow(ROOT / "flows" / f"{name}.yaml") for name in ("menu", "complaint", "family_report", "status")
}
COMPLAINT = FLOWS["complaint"]


def say(lang: str, key: str, **extra: Any) -> str:
    return CATALOG.render(lang, key, **{**CONTEXT, "lang": lang, **extra})


def test_both_locales_have_the_same_keys() -> None:
    only_id = set(MESSAGES["id"]) - set(MESSAGES["en"])
    only_en = set(MESSAGES["en"]) - set(MESSAGES["id"])
    assert not only_id, f"missing in en.yaml: {sorted(only_id)}"
    assert not only_en, f"missing in id.yaml: {sorted(only_en)}"


@pytest.mark.parametrize("lang", LANGS)
def test_every_message_compiles_in_the_sandbox_and_has_no_markup(lang: str) -> None:
    env = ImmutableSandboxedEnvironment()
    for key, source in MESSAGES[lang].items():
        env.from_string(source)  # raises TemplateSyntaxError naming the problem
        assert source.strip(), f"{lang}:{key} is empty"
        # sent without a parse mode: markup would show as stray symbols on the phone
        assert not re.search(r"</?[a-z]+>|\*\*|`|\[[^\]]+\]\(", source), f"{lang}:{key} has HTML/Markdown"


def test_the_labels_the_engine_and_the_console_look_up_exist() -> None:
    spec = (ROOT / "docs" / "FLOW_SPEC.md").read_text("utf-8")
    needed = {k.rstrip(".") for k in re.findall(r"`(common\.[a-z_.]+)`", spec)}
    needed |= {f"common.invalid.{kind}" for kind in INPUT_KINDS}
    needed |= {"summary.header", "summary.line", "summary.footer"}
    needed |= {f"status.result.{r}" for r in ("found", "not_found", "limited")}
    needed |= {f"status.{part}.{s}" for part in ("stage", "next") for s in STAGES}
    needed |= {f"case_status.{s}" for s in STAGES}
    needed |= {f"category.{c}" for c in CATEGORIES} | {f"indicator.{i}" for i in INDICATORS}
    needed |= {key for flow in FLOWS.values() for node in flow.nodes.values() for key in node.locale_keys()}
    needed.discard("common.invalid")
    for lang in LANGS:
        assert needed - set(MESSAGES[lang]) == set(), f"{lang}.yaml lacks these keys"


@pytest.mark.parametrize("lang", LANGS)
def test_buttons_fit_a_phone(lang: str) -> None:
    keys = {"common.yes", "common.no", "common.skip", "common.done"} | {
        o.label for f in FLOWS.values() for n in f.nodes.values() if isinstance(n, ChoiceNode) for o in n.options
    }
    for key in keys:
        label = say(lang, key)
        assert len(label) <= 30 and "\n" not in label, f"{lang}:{key} is too long for a button: {label!r}"


def test_categories_come_in_small_groups_each_with_a_way_back() -> None:
    group = COMPLAINT.node("category_group")
    assert isinstance(group, ChoiceNode) and len(group.options) <= 7
    offered: list[str] = []
    for option in group.options:
        target = COMPLAINT.node(option.next or "")
        if not isinstance(target, ChoiceNode) or target.slot != "category":
            assert option.id == "lainnya", "only 'Lainnya' may go on without a list of categories"
            continue
        assert len(target.options) <= 7, f"{target.id} offers too many choices"
        back = [o for o in target.options if o.next == "category_group"]
        assert len(back) == 1 and "category" in back[0].clears, f"{target.id} needs one 'back to the list'"
        offered += [o.id for o in target.options if o is not back[0]]
    assert sorted(offered) == sorted(set(CATEGORIES) - {"lainnya"}), "every category once, codes as in DOMAIN.md"


@pytest.mark.parametrize("lang", LANGS)
def test_optional_questions_offer_a_skip_button(lang: str) -> None:
    """Prompts stay short: "boleh dilewati" is said by the Lewati button under every optional question."""
    from flows.asking import buttons
    from flows.engine import _Run
    from flows.types import ConversationState

    for flow in (COMPLAINT, FLOWS["family_report"]):
        for node in flow.nodes.values():
            if node.optional and node.input and node.input not in ("longtext", "media"):
                run = _Run(DIALOG, ConversationState(flow.id, node.id, lang), NOW, bytes(32))
                labels = [label for _, label in buttons(run, node)]
                assert say(lang, "common.skip") in labels, f"{lang}: '{node.id}' offers no Skip button"


@pytest.mark.parametrize("lang", LANGS)
def test_sensitive_questions_say_why_and_that_they_may_be_skipped(lang: str) -> None:
    for node_id in ("sex", "age", "phone", "passport", "story"):
        node = COMPLAINT.node(node_id)
        assert node.why, f"'{node_id}' needs a 'why'"
        assert node.optional, f"'{node_id}' is sensitive: it must be skippable"
        assert SKIP_WORD[lang] in say(lang, node.why).lower() + say(lang, node.prompt or "").lower()


def test_screening_questions_fit_the_category() -> None:
    screening = [n for n in COMPLAINT.nodes.values() if isinstance(n, YesNoNode) and n.raw.get("indicator")]
    assert 4 <= len(screening) <= 6
    assert {n.raw["indicator"] for n in screening} <= set(INDICATORS)
    assert all(n.when is not None and n.label for n in screening)
    flags = {"urgent": False, "discreet": False, "lang": "id", "reporter_kind": "self"}
    documents = next(n for n in screening if n.raw["indicator"] == "retention_of_documents")
    assert documents.when is not None
    assert not documents.when({**flags, "category": "penahanan_dokumen"}), "never ask what the category says"
    assert documents.when({**flags, "category": "gaji_tidak_dibayar"})


def test_the_danger_path_asks_what_a_rescuer_needs_and_the_rest_after_filing() -> None:
    for flow in (COMPLAINT, FLOWS["family_report"]):
        essential = {n.id for n in flow.nodes.values() if n.essential}
        # consent, where she is (country, then city/district/address or a shared location), how to reach her
        assert {"consent", "country", "city", "phone"} <= essential, flow.id
        revisit = [n for n in flow.nodes.values() if n.type == "revisit"]
        assert len(revisit) == 1, f"{flow.id}: the questions the urgent path passed over are asked after filing"
    assert COMPLAINT.node("safe_now").essential
    assert {"perdagangan_orang", "kekerasan_seksual", "kekerasan"} <= COMPLAINT.urgent_categories


@pytest.mark.parametrize("lang", LANGS)
def test_the_filing_message_gives_codes_and_deadline_and_the_last_one_every_hotline(lang: str) -> None:
    text = say(lang, "complaint.filed")
    for value in ("K7Q-3XM9", "AB3D-7KQP", "FFFF-2222", "3"):
        assert value in text
    urgent = say(lang, "complaint.filed", urgent=True)
    assert "24" in urgent and "3" not in urgent.replace("K7Q-3XM9", "").replace("AB3D-7KQP", "")
    for value in ("+62 21 2924 4800", "911"):
        assert value in say(lang, "complaint.done")
    danger = say(lang, "common.danger")
    assert "+62 21 2924 4800" in danger and "911" in danger and "Arab Saudi" in danger
    assert "+62 21 2924 4800" in say(lang, "common.danger", country_name="", hotlines=HOTLINES[:1])


@pytest.mark.parametrize("lang", LANGS)
def test_a_wrong_status_check_says_nothing_about_the_case(lang: str) -> None:
    text = say(lang, "status.result.not_found", result={"number": "K7Q-3XM9"})
    assert "K7Q-3XM9" not in text


def test_an_organisation_gives_its_name_and_a_family_gets_its_own_flow() -> None:
    node = COMPLAINT.node("reporter_kind")
    flags = {"urgent": False, "discreet": False, "lang": "id"}
    route = {
        kind: next(t.to for t in node.next if t.when is None or t.when({**flags, "reporter_kind": kind}))
        for kind in ("self", "family", "organisation")
    }
    assert route["self"] == "category_group"
    assert COMPLAINT.node(route["family"]).raw.get("flow") == "family_report"
    asked = COMPLAINT.node(route["organisation"])
    assert asked.slot == "organisation" and asked.essential and asked.targets() == {"category_group"}
