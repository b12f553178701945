"""Evidence files: encrypted on disk under the reporter's key, read back, and the housekeeping
of processed updates."""

from __future__ import annotations

import asyncio
from datetime import datetime
from pathlib import Path
from typing import Any

from cryptography.fernet import Fernet
from sqlalchemy import (
    and_,
    delete,
    func,
    select,
    update,
)

from storage.files import remove_durably, write_durably
from storage.models import processed_updates as processed
from storage.store_base import StoreBase
from storage.store_parts import (
    attachments,
    cases,
    reporters,
)


class FilesMixin(StoreBase):
    # ------------------------------------------------------------------ attachments
    def _attachment_path(self, attachment_id: int) -> Path:
        base = Path(self.data_dir or "data") / "attachments"
        return base / f"{attachment_id}.bin"

    async def _attachment_key(self, attachment_id: int) -> tuple[Fernet, Any] | None:
        async with self.engine.connect() as conn:
            row = (
                await conn.execute(
                    select(attachments.c.file_id_enc, attachments.c.path, reporters.c.wrapped_key)
                    .join(cases, cases.c.id == attachments.c.case_id)
                    .join(reporters, reporters.c.id == cases.c.reporter_id)
                    .where(attachments.c.id == attachment_id)
                )
            ).first()
        if row is None or row.wrapped_key is None:
            return None
        return self.keyring.unwrap(row.wrapped_key), row

    async def attachment_file_id(self, attachment_id: int) -> str | None:
        """The channel's id of an evidence file (None once erased)."""
        found = await self._attachment_key(attachment_id)
        if found is None or found[1].file_id_enc is None:
            return None
        return found[0].decrypt(found[1].file_id_enc).decode()

    async def save_attachment(self, attachment_id: int, data: bytes) -> None:
        """Keep an evidence file, encrypted with the reporter's key, under <data>/attachments/,
        fsynced; never for a case erased meanwhile (its file is removed again)."""
        found = await self._attachment_key(attachment_id)
        if found is None or found[1].file_id_enc is None:
            return
        path = self._attachment_path(attachment_id)
        await asyncio.to_thread(write_durably, path, found[0].encrypt(data))
        async with self.engine.begin() as conn:
            result = await conn.execute(
                update(attachments)
                .where(and_(attachments.c.id == attachment_id, attachments.c.file_id_enc.is_not(None)))
                .values(path=str(path), size=len(data))
            )
        if not result.rowcount:
            await asyncio.to_thread(remove_durably, [path])

    async def read_attachment(self, attachment_id: int) -> bytes | None:
        found = await self._attachment_key(attachment_id)
        if found is None or not found[1].path:
            return None
        sealed = await asyncio.to_thread(Path(found[1].path).read_bytes)
        return found[0].decrypt(sealed)

    async def prune_processed(self, older_than: datetime) -> int:
        async with self.engine.begin() as conn:
            result = await conn.execute(delete(processed).where(processed.c.at < older_than))
            return int(result.rowcount or 0)

    async def count(self, table: Any) -> int:
        async with self.engine.connect() as conn:
            return int((await conn.execute(select(func.count()).select_from(table))).scalar_one())
