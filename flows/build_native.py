"""``python -m flows.build_native``: compile the engine's hot modules with mypyc (see flows/native.py).

``make`` runs it; ``python -m flows.build_native clean`` removes the build.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from flows.native import COMPILED, GROUP, MANIFEST, ROOT, is_current, source_digest, source_path


def remove_build() -> None:
    """Every extension module under flows/ (only this build puts any there), and the digest."""
    MANIFEST.unlink(missing_ok=True)
    for built in (ROOT / "flows").rglob("*.so"):
        built.unlink()


def build() -> int:
    """Compile ``COMPILED`` with mypyc into the source tree; 0 when the build is in place."""
    if is_current():
        print("compiled engine: up to date")
        return 0
    remove_build()
    digest = source_digest()  # of the sources as compiled: one edited meanwhile makes it stale
    work = Path(tempfile.mkdtemp(prefix="pmi-native-"))
    script = work / "setup.py"
    paths = [str(source_path(m).relative_to(ROOT)) for m in COMPILED]
    script.write_text(
        "from setuptools import setup\n"
        "from mypyc.build import mypycify\n"
        f"setup(name='pmi-native', packages=[], ext_modules=mypycify({paths!r}, group_name={GROUP!r}))\n"
    )
    # run from the project root: mypy reads its settings (pyproject.toml) there
    command = [sys.executable, str(script), "-q", "build_ext", "--inplace", "--build-temp", str(work / "tmp")]
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)
    shutil.rmtree(work, ignore_errors=True)
    shutil.rmtree(ROOT / "build", ignore_errors=True)
    if done.returncode != 0:
        remove_build()
        tail = "\n".join((done.stdout + done.stderr).strip().splitlines()[-15:])
        print(f"compiled engine: not built, the Python source is used\n{tail}")
        return 1
    MANIFEST.write_text(json.dumps({"sources": digest, "modules": list(COMPILED)}, indent=1) + "\n")
    print(f"compiled engine: {len(COMPILED)} modules built with mypyc")
    return 0


if __name__ == "__main__":
    if sys.argv[1:] == ["clean"]:
        remove_build()
        sys.exit(0)
    sys.exit(build())
