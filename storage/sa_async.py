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
submodules were found as ``*.py`` files only (now ``pkgutil``, any installed form). The
mechanism is ``storage.deferred.defer``. Any ``getattr`` on the package
(``hasattr(package, "__wrapped__")`` by a tool, say) completes it, ORM and all: memory, not
correctness. It depends on the package's layout (pinned SQLAlchemy).

Storage imports the asyncio engine from here and nowhere else (a test checks that the running
bot has not imported ``sqlalchemy.orm``; ADR 0014)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from storage.deferred import defer

_PACKAGE = "sqlalchemy.ext.asyncio"


if TYPE_CHECKING:
    from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine, create_async_engine
else:
    defer(_PACKAGE)
    from sqlalchemy.ext.asyncio.engine import AsyncConnection, AsyncEngine, create_async_engine

__all__ = ["AsyncConnection", "AsyncEngine", "create_async_engine"]
