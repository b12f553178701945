"""The flows, locales and config are read with libyaml's parser (flows/yaml_text.py, issue 18):
the very data ``yaml.safe_load`` gives, for every shipped file, and the same errors."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from flows import yaml_text

ROOT = Path(__file__).resolve().parents[2]
SHIPPED = sorted({*ROOT.glob("flows/*.yaml"), *ROOT.glob("locales/*.yaml"), ROOT / "config.yaml"})


def test_every_shipped_file_reads_as_safe_load_reads_it() -> None:
    assert len(SHIPPED) >= 7 and yaml.__with_libyaml__ and yaml_text.SAFE_LOADER is yaml.CSafeLoader
    for path in SHIPPED:
        text = path.read_text(encoding="utf-8")
        ours, theirs = yaml_text.safe_load(text), yaml.safe_load(text)
        # repr too: True is not 1, "1.0" not 1.0, a date not its text
        assert ours == theirs and repr(ours) == repr(theirs), path.name


@pytest.mark.parametrize(
    "text",
    [
        "sapa: [halo\n",
        "a: 1\n a: 2\n",
        "!!python/object/apply:os.system ['echo kena']\n",
        "x: !!binary zzz\n",
    ],
)
def test_what_safe_load_refuses_is_refused(text: str) -> None:
    with pytest.raises(yaml.YAMLError):
        yaml.safe_load(text)
    with pytest.raises(yaml.YAMLError):
        yaml_text.safe_load(text)


def test_yes_no_and_numbers_as_yaml_1_1_reads_them() -> None:
    assert yaml_text.safe_load("yes: ya\nno: 1.5\nwaktu: 2024-03-12\nhp: 081234\n") == yaml.safe_load(
        "yes: ya\nno: 1.5\nwaktu: 2024-03-12\nhp: 081234\n"
    )
