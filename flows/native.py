"""The engine's hot modules compiled by mypyc, and the guard that keeps a stale build unused.

``python -m flows.build_native`` (run by ``make``) compiles the modules in ``COMPILED`` into
extension modules beside their sources and writes ``flows/native.json``: the SHA-256 of those
sources. Python imports an extension module before a ``.py`` of the same name, so an edited
source with an old build beside it would run the old code. ``use_source_when_stale`` (called
by ``flows/__init__.py``) prevents that. When the sources no longer match the digest, or
``PMI_PURE_PYTHON=1`` is set, or there is no build, every compiled module is loaded from its
source. It is all or nothing, because compiled modules call each other directly.

The Python source stays the reference. Without a C compiler, ``make`` goes on with the source.
The tests run against the build, and ``make test`` runs the engine's tests and the golden
transcripts once more in pure Python. ADR 0005.
"""

from __future__ import annotations

import hashlib
import importlib.abc
import importlib.machinery
import importlib.util
import json
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent
MANIFEST = Path(__file__).resolve().parent / "native.json"
#: what one turn runs through; the rest (loading, spec checks, the country and date parsers
#: built on other libraries) gains little from compiling
COMPILED = (
    "flows.engine",
    "flows.taking",
    "flows.asides",
    "flows.message_values",
    "flows.asking",
    "flows.moving",
    "flows.absorbing",
    "flows.after_filing",
    "flows.before_report",
    "flows.cries",
    "flows.displays",
    "flows.answering",
    "flows.answer_kept",
    "flows.answer_missed",
    "flows.accepting",
    "flows.parsing",
    "flows.not_known",
    "flows.numbers_asked",
    "flows.greeting_words",
    "flows.employers_phone",
    "flows.cry_answers",
    "flows.time_corrections",
    "flows.name_with_number",
    "flows.understood_list",
    "flows.collecting",
    "flows.misplaced",
    "flows.typed_codes",
    "flows.detours",
    "flows.events",
    "flows.filing",
    "flows.turn_words",
    "flows.catalog",
    "flows.dialog",
    "flows.types",
    "flows.danger",
    "flows.commands",
    "flows.language",
    "flows.inputs.base",
    "flows.inputs.choice",
    "flows.inputs.words",
    "flows.understand.matcher",
    "flows.understand.scoring",
    "flows.understand.normalize",
    "flows.understand.affixes",
    "flows.understand.ngram_model",
    # the understanding step's readers (ADR 0023): most of a turn that reads free text
    "flows.understand.answers",
    "flows.understand.categories",
    "flows.understand.category_model",
    "flows.understand.category_order",
    "flows.understand.contact",
    "flows.understand.danger",
    "flows.understand.danger_context",
    "flows.understand.danger_cry",
    "flows.understand.danger_exploited",
    "flows.understand.danger_farewell",
    "flows.understand.danger_judged",
    "flows.understand.danger_held",
    "flows.understand.danger_in_general",
    "flows.understand.danger_everyday",
    "flows.understand.danger_night",
    "flows.understand.danger_cut_off",
    "flows.understand.danger_fear",
    "flows.understand.danger_kept",
    "flows.understand.danger_no_care",
    "flows.understand.danger_lookalikes",
    "flows.understand.danger_over",
    "flows.understand.danger_laughed",
    "flows.understand.danger_told_of",
    "flows.understand.danger_at_play",
    "flows.understand.danger_model",
    "flows.understand.said_before",
    "flows.leaving_words",
    "flows.understand.which_first",
    "flows.understand.danger_tokens",
    "flows.understand.danger_phrases",
    "flows.understand.danger_self_harm",
    "flows.understand.danger_laughter",
    "flows.understand.danger_rules",
    "flows.understand.danger_violence",
    "flows.understand.danger_threats",
    "flows.understand.danger_english_violence",
    "flows.understand.danger_wounds",
    "flows.understand.danger_reach",
    "flows.understand.danger_reach_signs",
    "flows.understand.danger_senses",
    "flows.understand.danger_signs",
    "flows.understand.danger_fled",
    "flows.understand.danger_despair",
    "flows.understand.danger_held_many_ways",
    "flows.understand.danger_euphemism",
    "flows.understand.danger_again",
    "flows.understand.danger_tired_of_life",
    "flows.understand.danger_rationed",
    "flows.understand.danger_words",
    "flows.understand.indicators",
    "flows.understand.language",
    "flows.understand.money",
    "flows.understand.people",
    "flows.understand.places",
    "flows.understand.when",
    "flows.understand.heard_from",
    "flows.understand.work",
    "flows.understand.age",
    "flows.understand.not_told",
    "flows.understand.message",
    "flows.reading",
    "flows.safety_check",
    "flows.who_is_near",
    "flows.who_reports",
    "flows.names_apart",
    "flows.place_answers",
    "flows.proposals",
    "flows.correcting",
    "flows.inputs.numbers",
    "flows.inputs.names",
    "flows.inputs.codes",
    "flows.inputs.phone",
)
#: mypyc's shared library for the group, inside the package
GROUP = "flows.native_group"

log = logging.getLogger("pmi.native")


def source_path(module: str) -> Path:
    return ROOT.joinpath(*module.split(".")).with_suffix(".py")


def source_digest() -> str:
    digest = hashlib.sha256()
    for module in COMPILED:
        digest.update(module.encode() + b"\0" + source_path(module).read_bytes() + b"\0")
    return digest.hexdigest()


def built_digest() -> str | None:
    try:
        return str(json.loads(MANIFEST.read_text())["sources"])
    except (OSError, ValueError, KeyError, TypeError):
        return None


def is_current() -> bool:
    """A build is there and was made from the sources as they are now."""
    return built_digest() == source_digest()


class _SourceFinder(importlib.abc.MetaPathFinder):
    """Finds the compiled modules' ``.py`` sources, ahead of any extension module beside them."""

    def find_spec(
        self, fullname: str, path: Sequence[str] | None, target: ModuleType | None = None
    ) -> importlib.machinery.ModuleSpec | None:
        if fullname not in COMPILED:
            return None
        source = source_path(fullname)
        return importlib.util.spec_from_file_location(fullname, source)


def use_source_when_stale() -> bool:
    """Load the compiled modules from source unless a current build is there. True: compiled."""
    if any(isinstance(f, _SourceFinder) for f in sys.meta_path):
        return False
    wanted = os.environ.get("PMI_PURE_PYTHON", "") not in ("", "0")
    if not wanted and is_current():
        return True
    if not wanted and MANIFEST.exists():
        log.info("the compiled engine is older than its source: using the source (run make to rebuild)")
    sys.meta_path.insert(0, _SourceFinder())
    return False
