"""SQLAlchemy's asyncio engine and connection, without its ORM session.

``sqlalchemy.ext.asyncio``'s ``__init__`` imports ``AsyncSession`` and with it the whole ORM
(``sqlalchemy.orm``: 38 modules, ~6.5 MB resident), which storage never uses: every statement is
Core (storage/models.py holds Core tables). This module imports the package's ``engine``
submodule (the very ``AsyncEngine``, ``AsyncConnection`` and ``create_async_engine`` the package
exports) with the package registered but its ``__init__`` not yet run; the first name anyone
takes from the package itself (``from sqlalchemy.ext.asyncio import AsyncSession``: Alembic,
tests) runs that ``__init__`` in place, so the package is then exactly what SQLAlchemy builds.

Storage imports the asyncio engine from here and nowhere else (a test checks that the running
bot has not imported ``sqlalchemy.orm``; ADR 0014)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
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

    submodules = {path.stem for folder in spec.submodule_search_locations or () for path in Path(folder).glob("*.py")}

    def complete(name: str) -> Any:
        if name in submodules:  # ``from . import exc`` in the package's own modules: import it
            raise AttributeError(name)
        # the package's own __init__, once, in the module everyone already holds
        del package.__dict__["__getattr__"]
        loader.exec_module(package)
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
