"""``python -m flows.build_native``: compile the engine's hot modules with mypyc (see flows/native.py).

``make`` runs it; ``python -m flows.build_native clean`` removes the build.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from flows.native import COMPILED, GROUP, MANIFEST, ROOT, is_current, source_digest, source_path

#: the build script: one C file per module (``multi_file``), compiled by as many compilers at once
#: as the machine has cores. setuptools compiles an extension's sources one after another, and the
#: group is one extension of ~120 C files: on two cores this halves the build's wall time
#: (docs/decisions/0005-compiled-engine.md)
SETUP = """
from concurrent.futures import ThreadPoolExecutor
from setuptools import setup
from setuptools._distutils import ccompiler
from mypyc.build import mypycify


def compile_at_once(self, sources, output_dir=None, macros=None, include_dirs=None, debug=False,
                    extra_preargs=None, extra_postargs=None, depends=None):
    macros, objects, extra_postargs, pp_opts, build = self._setup_compile(
        output_dir, macros, include_dirs, sources, depends, extra_postargs)
    cc_args = self._get_cc_args(pp_opts, debug, extra_preargs)

    def one(obj):
        src, ext = build[obj]
        self._compile(obj, src, ext, cc_args, extra_postargs, pp_opts)

    with ThreadPoolExecutor({jobs}) as pool:
        list(pool.map(one, [obj for obj in objects if obj in build]))
    return objects


ccompiler.CCompiler.compile = compile_at_once
extensions = mypycify({paths!r}, group_name={group!r}, multi_file=True)
for extension in extensions:  # the group's header is written under its package's folder
    extension.include_dirs.append("build/" + "/".join({group!r}.split(".")[:-1]))
setup(name="pmi-native", packages=[], ext_modules=extensions)
"""


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
    script.write_text(SETUP.format(paths=paths, group=GROUP, jobs=max(1, os.cpu_count() or 1)))
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
