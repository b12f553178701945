"""Status checks: a case by number and code (tries limited), and the cases of one chat."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime

from sqlalchemy import (
    and_,
    select,
)

from flows import codes
from flows.types import (
    ConversationKey,
)
from storage.api import (
    CaseStatus,
    StatusAnswer,
)
from storage.crypto import (
    is_legacy_code_hash,
)
from storage.store_base import StoreBase
from storage.store_parts import (
    attempts,
    aware,
    cases,
    log,
)


class StatusMixin(StoreBase):
    # ------------------------------------------------------------------ status checks
    async def check_status(self, key: ConversationKey, number: str, code: str, now: datetime) -> StatusAnswer:
        number = codes.format_number(number)
        scopes = [self._status_scope(key), self.keyring.blind_index(f"status-case:{number}")]
        since = now - self.limits.window

        async def run() -> StatusAnswer:
            async with self.engine.connect() as conn:
                counts = []
                for scope in scopes:
                    rows = (
                        (
                            await conn.execute(
                                select(attempts.c.at)
                                .where(
                                    and_(
                                        attempts.c.scope_hash == scope, attempts.c.at >= since, attempts.c.ok.is_(False)
                                    )
                                )
                                .order_by(attempts.c.at)
                            )
                        )
                        .scalars()
                        .all()
                    )
                    counts.append(list(rows))
                blocked = [r for r in counts if len(r) >= self.limits.max_tries]
                if blocked:
                    oldest = min(aware(r[0]) or now for r in blocked)
                    wait = int((oldest + self.limits.window - now).total_seconds()) + 1
                    log.info("status check", extra={"reason": "limited"})
                    return StatusAnswer(None, limited=True, retry_after=max(wait, 1))
                row = (
                    await conn.execute(
                        select(
                            cases.c.number,
                            cases.c.status,
                            cases.c.status_changed_at,
                            cases.c.category,
                            cases.c.access_hash,
                            cases.c.family_hash,
                        ).where(cases.c.number == number)
                    )
                ).first()
                # an unknown number costs the same hashing as a known one: timing says nothing
                hashes = (row.access_hash, row.family_hash) if row is not None else (None, None)
                ok = await self._code_matches(hashes, code) and row is not None
                # counted in the turn's own transaction (commit_turn): a turn that does not commit
                # answered nothing, and a turn retried after a conflict counts once
                self._attempts[self.chat_hash(key)] = [{"scope_hash": s, "at": now, "ok": ok} for s in scopes]
                log.info(
                    "status check",
                    extra={"reason": "ok" if ok else "refused", "case_number": number if ok else None},
                )
                if not ok or row is None:
                    return StatusAnswer(None)
                return StatusAnswer(
                    CaseStatus(row.number, row.status, aware(row.status_changed_at) or now, row.category)
                )

        return await self._retry(run)

    async def _code_matches(self, hashes: tuple[str | None, str | None], code: str) -> bool:
        """Whether ``code`` is the case's access or family code (KeyRing.code_matches)."""
        typed = codes.normalize_code(code)
        if any(is_legacy_code_hash(h) for h in hashes):
            # an argon2 hash of an older release: milliseconds of CPU, off the event loop
            return await asyncio.to_thread(self.keyring.code_matches, hashes, typed)
        return self.keyring.code_matches(hashes, typed)

    async def cases_of_chat(self, key: ConversationKey) -> list[CaseStatus]:
        chat = self.chat_hash(key)
        async with self.engine.connect() as conn:
            rows = (
                await conn.execute(
                    select(cases.c.number, cases.c.status, cases.c.status_changed_at, cases.c.category)
                    .where(cases.c.chat_hash == chat)
                    .order_by(cases.c.created_at.desc())
                )
            ).all()
        return [
            CaseStatus(r.number, r.status, aware(r.status_changed_at) or datetime.now(UTC), r.category) for r in rows
        ]
