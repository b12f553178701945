"""A module registered under its name but run at the first name taken from it (issue 18).

Some libraries import a package at start-up for a feature the bot never uses: SQLAlchemy's
``sqlalchemy.ext.asyncio`` package imports its ORM session (storage/sa_async.py), and
``sqlalchemy.util.compat`` imports ``importlib.metadata`` (and with it ``email``, ``zipfile``,
``csv``: 23 modules, ~1.1 MB resident at idle) to look up third-party dialects by their entry
points, which it does only for a database URL whose dialect SQLAlchemy does not ship.

``defer(name)`` puts the package in ``sys.modules`` as the very module object the import system
would make (its spec, file and path set), with its body not yet run; the first name anyone takes
from it runs the body in place, so the package is then exactly what it would have been. A
missing name is still an ``AttributeError`` (and an ``ImportError`` in ``from ... import``);
importing one of its submodules first works (it is not a name taken: the import system finds it
on the package's path). While the body runs, other threads taking a name wait for it, as Python's
import lock would make them wait. Nothing is done for a module already imported.

Reviewed for issue 18 (ADR 0014, 2026-12-06): any ``getattr`` on such a package (a tool's
``hasattr(package, "__wrapped__")``) completes it: memory, not correctness."""

from __future__ import annotations

import importlib
import importlib.util
import pkgutil
import sys
import threading
from types import ModuleType
from typing import Any


def defer(name: str) -> ModuleType:
    """``name`` in ``sys.modules``, its body run at the first name taken from it."""
    found = sys.modules.get(name)
    if found is not None:
        return found
    parent_name, _, child = name.rpartition(".")
    parent = importlib.import_module(parent_name) if parent_name else None
    spec = importlib.util.find_spec(name)
    if spec is None or spec.loader is None:
        raise ImportError(name)
    module = importlib.util.module_from_spec(spec)
    loader = spec.loader
    # a package's submodules, whatever form they are installed in (source, bytecode only, compiled)
    submodules = {found.name for found in pkgutil.iter_modules(spec.submodule_search_locations or ())}
    # held while the body runs: another thread taking a name meanwhile waits for the module to be
    # whole (re-entrant: the body's own imports, in the same thread, go through)
    lock = threading.RLock()
    ran = False

    def complete(attribute: str) -> Any:
        nonlocal ran
        if attribute in submodules:  # ``from . import exc`` in the package's own body: import it
            raise AttributeError(attribute)
        with lock:
            if not ran:
                # the body, once, in the module everyone already holds; the hook goes only when it
                # has run (if it fails, the next name taken runs it again)
                ran = True
                try:
                    loader.exec_module(module)
                except BaseException:
                    ran = False
                    raise
                del module.__dict__["__getattr__"]
        try:
            return module.__dict__[attribute]
        except KeyError:
            raise AttributeError(f"module {name!r} has no attribute {attribute!r}") from None

    module.__dict__["__getattr__"] = complete
    sys.modules[name] = module
    if parent is not None:
        setattr(parent, child, module)
    return module
