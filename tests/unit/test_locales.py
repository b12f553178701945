"""Every locale has every key, and every template renders with the variables the engine passes."""

from __future__ import annotations

import pytest

from flows.catalog import load_catalog
from flows.dialog import ENGINE_KEYS, LOCALES_DIR, load_dialog
from flows.spec import all_locale_keys

CATALOG = load_catalog(LOCALES_DIR)
CONTEXT = {
    "slots": {"reporter_kind": "family", "country_display": "Arab Saudi"},
    "lang": "id",
    "case": {"number": "K7Q-3XM9", "access_code": "AB3D-7KQP", "family_code": "FFFF-2222"},
    "settings": {"reply_days": 3},
    "hotlines": [{"name": "KP2MI", "number": "+62 21 2924 4800"}],
    "country_name": "Arab Saudi",
    "result": {
        "number": "K7Q-3XM9",
        "stage": "Diterima",
        "changed_at": "1 Mei 2026",
        "next": "Petugas akan membaca.",
        "retry_minutes": 15,
    },
    "value": "Arab Saudi",
    "n": 1,
    "total": 13,
    "label": "Negara",
    "max_mb": 20,
    "case_number": "K7Q-3XM9",
    "text": "Di mana paspor Anda?",
}


def test_both_languages_have_exactly_the_same_keys() -> None:
    ids = set(CATALOG.messages["id"])
    ens = set(CATALOG.messages["en"])
    assert ids - ens == set(), f"missing in en.yaml: {sorted(ids - ens)}"
    assert ens - ids == set(), f"missing in id.yaml: {sorted(ens - ids)}"


def test_every_key_the_engine_and_the_flows_use_exists() -> None:
    dialog = load_dialog()
    needed = set(ENGINE_KEYS) | all_locale_keys(dialog.flows.values())
    assert CATALOG.missing(needed) == {}


@pytest.mark.parametrize("lang", ["id", "en"])
def test_every_template_renders(lang: str) -> None:
    for key in CATALOG.messages[lang]:
        text = CATALOG.render(lang, key, **CONTEXT)
        assert text.strip(), f"{lang}:{key} renders empty"
        assert "{{" not in text and "{%" not in text, f"{lang}:{key} left template syntax"


def test_button_labels_fit_a_phone() -> None:
    from flows.spec import ChoiceNode

    dialog = load_dialog()
    labels = {"common.yes", "common.no", "common.skip", "common.done"} | {
        o.label for f in dialog.flows.values() for n in f.nodes.values() if isinstance(n, ChoiceNode) for o in n.options
    }
    for lang in ("id", "en"):
        for key in labels:
            value = CATALOG.render(lang, key, **CONTEXT)
            assert len(value) <= 36 and "\n" not in value, f"{lang}:{key} is too long for a button"


def test_danger_message_lists_the_hotlines() -> None:
    text = CATALOG.render("id", "common.danger", **CONTEXT)
    assert "+62 21 2924 4800" in text and "Arab Saudi" in text
