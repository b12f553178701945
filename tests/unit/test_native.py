"""The compiled engine is used only when it was built from the sources as they are: an edited
source, or PMI_PURE_PYTHON=1, means every compiled module comes from its .py again."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import flows
from flows import native

ROOT = Path(__file__).resolve().parents[2]
PROBE = "import flows, flows.engine, flows.types; print(flows.COMPILED, flows.engine.__file__, flows.types.__file__)"


def probe(root: Path, **env: str) -> list[str]:
    environment = {k: v for k, v in os.environ.items() if k != "PMI_PURE_PYTHON"} | env
    done = subprocess.run(
        [sys.executable, "-c", PROBE], cwd=root, env=environment, capture_output=True, text=True, check=True
    )
    return done.stdout.split()


@pytest.fixture
def built() -> None:
    if not native.is_current():
        if os.environ.get("CI"):
            pytest.fail("make test builds the compiled engine (flows/build_native.py): it is missing or stale")
        pytest.skip("no compiled engine here (run make)")


def test_the_tests_run_the_build_when_there_is_one(built: None) -> None:
    assert flows.COMPILED or os.environ.get("PMI_PURE_PYTHON")
    compiled, engine, types = probe(ROOT)
    assert compiled == "True" and engine.endswith(".so") and types.endswith(".so")


def test_pure_python_on_request(built: None) -> None:
    compiled, engine, types = probe(ROOT, PMI_PURE_PYTHON="1")
    assert compiled == "False" and engine.endswith("engine.py") and types.endswith("types.py")


def test_an_edited_source_is_run_instead_of_an_older_build(built: None, tmp_path: Path) -> None:
    shutil.copytree(ROOT / "flows", tmp_path / "flows")
    assert probe(tmp_path)[0] == "True"  # the copy, as built
    with (tmp_path / "flows" / "danger.py").open("a") as handle:
        handle.write("\n# edited after the build\n")
    compiled, engine, types = probe(tmp_path)
    # all of them: compiled modules call each other directly, so one stale means none is used
    assert compiled == "False" and engine.endswith("engine.py") and types.endswith("types.py")
