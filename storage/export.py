"""Every case as one flat record, personal fields decrypted: for `run_bot.py cases export`."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any, cast

from sqlalchemy import Table, select

from storage.crypto import decrypt_json
from storage.models import Case, Reporter
from storage.sql_store import SqlStore, aware

#: answers that are not useful in an export (display copies are kept for the words)
SKIP = frozenset({"consent", "consent_display", "menu_choice", "menu_choice_display", "case_number"})


async def iter_cases_for_export(store: SqlStore) -> AsyncIterator[dict[str, Any]]:
    cases = cast(Table, Case.__table__)
    reporters = cast(Table, Reporter.__table__)
    query = (
        select(cases, reporters.c.wrapped_key)
        .outerjoin(reporters, reporters.c.id == cases.c.reporter_id)
        .order_by(cases.c.created_at, cases.c.id)
    )
    async with store.engine.connect() as conn:
        result = await conn.stream(query)
        async for row in result:
            fields: dict[str, Any] = {}
            if row.fields_enc is not None and row.wrapped_key is not None:
                fields = decrypt_json(store.keyring.unwrap(row.wrapped_key), row.fields_enc)
            created = aware(row.created_at)
            record: dict[str, Any] = {
                "number": row.number,
                "status": row.status,
                "category": row.category,
                "country": row.country,
                "city": fields.get("city"),
                "urgent": bool(row.urgent),
                "discreet": bool(row.discreet),
                "reporter_kind": row.reporter_kind,
                "sex": row.sex,
                "language": row.language,
                "indicators": list(row.indicators or []),
                "created_at": created.isoformat() if created else None,
                "province": row.province,
                "age": row.age,
                "route": row.route,
                "flow": row.flow,
                "erased": row.fields_enc is None,
            }
            for key, value in fields.items():
                if key not in SKIP and key not in record and not key.endswith("_display"):
                    record[key] = value
            yield record
