"""aiogram imported with each of its types' validators built when the type is first used.

aiogram marks its types ``defer_build`` (pydantic builds a model's validator and serializer at its
first use), then, at the end of ``aiogram/types/__init__.py``, calls ``model_rebuild`` on every
one of its ~400 types, passing a namespace of all of them: their modules import the types they
refer to only under ``TYPE_CHECKING``, so their annotations ("Message | None") cannot be read
without it. That call builds every type's validator at import, each with the schemas of all the
types it nests (a ``Message`` inside every type that can hold one): ~100 MB of resident memory and
~1 s, in every process that imports aiogram, for a bot that validates none of them on its hot
path (it sends with its own three-field method and reads updates as JSON;
docs/decisions/0014-production-path.md).

``import_aiogram`` runs that import with the rebuild left out. In its place, once the import is
done, each type's module gets, as module globals, the names from that namespace which its
annotations use and it lacks: what its ``TYPE_CHECKING`` imports would have bound at run time.
pydantic then completes a type at its first use, from its module's globals, as it completes any
deferred model, also when the type is first met nested in another model (``Response[list[Update]]``
when updates are polled); aiogram's methods that nest such types are completed at their first use
too. Nothing else of aiogram or pydantic is changed, and ``model_rebuild`` is pydantic's own again
once the import is done.

If a release of either stops fitting this (aiogram no longer passes the namespace, or pydantic
resolves annotations elsewhere), tests/telegram/test_aiogram_types.py fails: every type and
method built at first use must read Telegram's payloads as the eagerly built ones do.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Mapping
from typing import Any

_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


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
        _types_namespace: Mapping[str, Any] | None = None,
    ) -> bool | None:
        if _types_namespace is not None and not force and cls.__module__.startswith("aiogram."):
            left_out.append((cls, _types_namespace))
            return None
        return eager.__func__(
            cls,
            force=force,
            raise_errors=raise_errors,
            _parent_namespace_depth=_parent_namespace_depth + 1,
            _types_namespace=_types_namespace,
        )

    left_out: list[tuple[type[BaseModel], Mapping[str, Any]]] = []
    BaseModel.model_rebuild = classmethod(deferred)  # type: ignore[method-assign,assignment]
    try:
        import aiogram  # noqa: F401
    finally:
        BaseModel.model_rebuild = eager  # type: ignore[method-assign]
    # only now: aiogram's methods, defined after its types, were built at their definition, each
    # with the schemas of every type it nests (~20 MB); without these names those builds stopped
    # at the first type they could not complete, and a method is completed at its first use too
    for cls, namespace in left_out:
        _bind_annotation_names(cls, namespace)


def _bind_annotation_names(cls: type, namespace: Mapping[str, Any]) -> None:
    """Bind in ``cls``'s module each name its annotations (and its bases') use that the module
    lacks and ``namespace`` has; a name the module already binds is left as it is."""
    module = vars(sys.modules[cls.__module__])
    for klass in cls.__mro__:
        if not klass.__module__.startswith("aiogram."):
            continue
        for annotation in vars(klass).get("__annotations__", {}).values():
            if not isinstance(annotation, str):
                continue
            for name in _NAME.findall(annotation):
                if name not in module and name in namespace:
                    module[name] = namespace[name]
