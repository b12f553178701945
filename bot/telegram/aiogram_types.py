"""aiogram imported with each of its types' validators built when the type is first used.

aiogram marks its types ``defer_build`` (pydantic builds a model's validator and serializer at its
first use), then, at the end of ``aiogram/types/__init__.py``, calls ``model_rebuild`` on every
one of its ~400 types to give them the namespace their forward references need. That call builds
every type's validator at import, each with the schemas of all the types it nests (a ``Message``
inside every type that can hold one): ~100 MB of resident memory and ~1 s, in every process that
imports aiogram, for a bot that validates none of them on its hot path (it sends with its own
three-field method and reads updates as JSON; docs/decisions/0014-production-path.md).

``import_aiogram`` runs that import with the rebuild deferred: each type keeps the namespace
aiogram gave it as its ``__pydantic_parent_namespace__``, the namespace pydantic itself reads when
it completes a deferred model at first use, so the type is then built exactly as the rebuild at
import would have built it. Nothing else of aiogram or pydantic is changed, and the rebuild is
pydantic's own again once the import is done.

If a release stops doing either (aiogram its rebuild loop, pydantic its use of the parent
namespace), tests/telegram/test_aiogram_types.py fails: every type built lazily must validate and
dump as the eagerly built one does.
"""

from __future__ import annotations

import sys
from typing import Any


def import_aiogram() -> None:
    """Import aiogram (once) with its types' rebuild at import deferred to each type's first use."""
    if "aiogram" in sys.modules:
        return  # imported before (by a test, a tool): its types are built already, nothing to gain
    from pydantic import BaseModel

    eager = BaseModel.__dict__["model_rebuild"]

    def deferred(
        cls: type[BaseModel],
        *,
        force: bool = False,
        raise_errors: bool = True,
        _parent_namespace_depth: int = 2,
        _types_namespace: Any = None,
    ) -> bool | None:
        if (
            _types_namespace is not None
            and not force
            and not cls.__pydantic_complete__
            and cls.__module__.startswith("aiogram.")
            and cls.__pydantic_parent_namespace__ is None
        ):
            # one namespace for all of them, as aiogram passed it: not a copy per type
            cls.__pydantic_parent_namespace__ = _types_namespace
            return None
        return eager.__func__(
            cls,
            force=force,
            raise_errors=raise_errors,
            _parent_namespace_depth=_parent_namespace_depth + 1,
            _types_namespace=_types_namespace,
        )

    BaseModel.model_rebuild = classmethod(deferred)  # type: ignore[method-assign,assignment]
    try:
        import aiogram  # noqa: F401
    finally:
        BaseModel.model_rebuild = eager  # type: ignore[method-assign]
