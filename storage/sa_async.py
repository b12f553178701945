"""SQLAlchemy's asyncio engine and connection, without its ORM session.

``sqlalchemy.ext.asyncio``'s ``__init__`` imports ``AsyncSession`` and with it the whole ORM
(``sqlalchemy.orm``: 38 modules, ~6.5 MB resident), which storage never uses: every statement is
Core (storage/models.py holds Core tables). This module imports the package's ``engine``
submodule (the very ``AsyncEngine``, ``AsyncConnection`` and ``create_async_engine`` the package
exports) with the package registered but its ``__init__`` not yet run; the first name anyone
takes from the package itself (``from sqlalchemy.ext.asyncio import AsyncSession``: Alembic,
tests) runs that ``__init__`` in place, so the package is then exactly what SQLAlchemy builds.

Reviewed for issue 18 (ADR 0014, 2026-12-06 addendum): sound for how the bot and its tools use
it (the same module objects SQLAlchemy builds, a missing name still an ImportError, the whole
package after the first name taken); two gaps closed then: a second thread taking a name while
the first ran the ``__init__`` got ``AttributeError`` (now it waits, as at an import), and the
submodules were found as ``*.py`` files only (now ``pkgutil``, any installed form). Any
``getattr`` on the package (``hasattr(package, "__wrapped__")`` by a tool, say) completes it,
ORM and all: memory, not correctness. It depends on the package's layout (pinned SQLAlchemy).

Storage imports the asyncio engine from here and nowhere else (a test checks that the running
bot has not imported ``sqlalchemy.orm``; ADR 0014)."""

from __future__ import annotations

import importlib.util
import pkgutil
import sys
import threading
from typing import TYPE_CHECKING, Any

_PACKAGE = "sqlalchemy.ext.asyncio"


def _register_package() -> None:
    """``sqlalchemy.ext.asyncio`` in ``sys.modules`` as SQLAlchemy's own module, its
    ``__init__`` run at the first name taken from it. Nothing to do once it is imported."""
    if _PACKAGE in sys.modules:
        return
    import sqlalchemy.ext

    spec = importlib.util.find_spec(_PACKAGE)
    if spec is None or spec.loader is None:  # pragma: no cover - SQLAlchemy always has it
        raise ImportError(_PACKAGE)
    package = importlib.util.module_from_spec(spec)
    loader = spec.loader
    # the package's submodules, whatever form they are installed in (source, bytecode only, compiled)
    submodules = {found.name for found in pkgutil.iter_modules(spec.submodule_search_locations or ())}
    # held while the package's __init__ runs: another thread taking a name meanwhile waits for the
    # package to be whole, as Python's import lock would make it wait (re-entrant: the __init__'s
    # own imports, in the same thread, go through)
    lock = threading.RLock()
    ran = False

    def complete(name: str) -> Any:
        nonlocal ran
        if name in submodules:  # ``from . import exc`` in the package's own modules: import it
            raise AttributeError(name)
        with lock:
            if not ran:
                # the package's own __init__, once, in the module everyone already holds; the hook
                # goes only when it has run (if it fails, the next name taken runs it again)
                ran = True
                try:
                    loader.exec_module(package)
                except BaseException:
                    ran = False
                    raise
                del package.__dict__["__getattr__"]
        try:
            return package.__dict__[name]
        except KeyError:
            raise AttributeError(f"module {_PACKAGE!r} has no attribute {name!r}") from None

    package.__dict__["__getattr__"] = complete
    sys.modules[_PACKAGE] = package
    sqlalchemy.ext.asyncio = package


if TYPE_CHECKING:
    from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine, create_async_engine
else:
    _register_package()
    from sqlalchemy.ext.asyncio.engine import AsyncConnection, AsyncEngine, create_async_engine

__all__ = ["AsyncConnection", "AsyncEngine", "create_async_engine"]
