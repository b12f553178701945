"""What a committed turn does beyond its state: cases filed and updated, events, consent,
erasure (storage/store_erasing.py), and the outbox rows it leaves; all in the turn's own
transaction."""

from __future__ import annotations

from typing import Any

from sqlalchemy import (
    and_,
    select,
    update,
)

from flows.types import (
    CaseMessage,
    EraseReporterData,
    FileCase,
    Media,
    NewFamilyCode,
    NotifyMediators,
    RecordConsent,
    UpdateCase,
)
from storage.api import (
    CaseNumberTaken,
    TurnWrite,
)
from storage.crypto import (
    encrypt_json,
)
from storage.hot_rows import RowTaken
from storage.outbox_seal import Owner
from storage.sa_async import AsyncConnection
from storage.search_index import case_digests
from storage.store_erasing import ErasingMixin
from storage.store_helpers import (
    values_country,
)
from storage.store_parts import (
    INSERT_ATTACHMENT,
    INSERT_CASE,
    INSERT_CASES,
    INSERT_CONSENT,
    INSERT_EVENT,
    INSERT_OFFICE,
    INSERT_SEARCH,
    MARK_URGENT,
    REPORTER_WROTE,
    SELECT_OFFICE,
    SELECT_OWN_CASE,
    SET_CONSENT,
    SET_FAMILY_HASH,
    ChatInfo,
    _Deferred,
    _Pending,
    case_search,
    cases,
)


class EffectsMixin(ErasingMixin):
    # ------------------------------------------------------------------ effects
    async def _insert_cases(self, conn: AsyncConnection, live: list[_Pending], infos: list[ChatInfo]) -> dict[str, int]:
        """The batch's new cases in one statement, ahead of the other effects: number → id.

        Ahead is the turn order for every effect but an erasure: no other effect can name a case
        filed in the same batch (a chat has one turn in it, and a number is known only once
        filed). A batch with an erasure files its cases in turn order instead (``{}``)."""
        filings = [
            (p, info, e)
            for p, info in zip(live, infos, strict=True)
            for e in p.write.effects
            if isinstance(e, FileCase)
        ]
        if not filings or any(isinstance(e, EraseReporterData) for p in live for e in p.write.effects):
            return {}
        rows = [await self._case_values(conn, p.write, e, info, p.hashes[e.number]) for p, info, e in filings]
        try:
            returned = await self._rows.insert_many_returning(conn, INSERT_CASES, rows)
        except RowTaken:
            # no savepoint: a taken number fails the whole transaction, and the batch is split
            raise CaseNumberTaken() from None
        return {str(number): int(case_id) for case_id, number in returned}

    async def _apply_effects(
        self, conn: AsyncConnection, p: _Pending, info: ChatInfo, later: _Deferred, case_ids: dict[str, int]
    ) -> None:
        w = p.write
        for effect in w.effects:
            if isinstance(effect, FileCase):
                hashes = p.hashes[effect.number]
                await self._file_case(conn, w, effect, info, hashes, later, case_ids.get(effect.number))
            elif isinstance(effect, UpdateCase):
                await later.flush(conn, self._rows)
                await self._update_case(conn, w, effect, info, later)
            elif isinstance(effect, CaseMessage):
                case_id = (
                    await conn.execute(SELECT_OWN_CASE, {"number": effect.case_number, "rid": info.reporter_id})
                ).scalar()
                if case_id is None:
                    continue  # not this reporter's case: never write into someone else's timeline
                later.add(
                    INSERT_EVENT,
                    {
                        "case_id": case_id,
                        "at": w.now,
                        "actor_kind": "reporter",
                        "kind": "message_in",
                        "body_enc": encrypt_json(info.key, {"text": effect.text}),
                        "data": {},
                    },
                )
                later.add(REPORTER_WROTE, {"cid": case_id, "u": w.now, "due": self.deadlines.due(w.now, False)})
                if effect.attachments:
                    # a photo or a voice note as her reply: kept on the case, fetched later
                    await later.flush(conn, self._rows)
                    await self._attach(conn, w, case_id, effect.attachments, info, later)
                if effect.urgent:
                    # a cry for help after filing: the case goes to the top of the queue
                    due = self.deadlines.due(w.now, True)
                    later.add(MARK_URGENT, {"cid": case_id, "sooner": due, "due": due})
                self._enqueue_later(
                    later,
                    "mediator_notice",
                    {"kind": "reporter_reply", "case_number": effect.case_number},
                    w.now,
                    Owner(info.reporter_id, info.key, case_id),
                )
            elif isinstance(effect, NotifyMediators):
                self._enqueue_later(
                    later,
                    "mediator_notice",
                    {
                        "kind": effect.kind,
                        "case_number": effect.case_number,
                        "category": effect.category,
                        "country": effect.country,
                        "urgent": effect.urgent,
                    },
                    w.now,
                    Owner(info.reporter_id, info.key),
                )
            elif isinstance(effect, RecordConsent):
                later.add(
                    INSERT_CONSENT,
                    {
                        "reporter_id": info.reporter_id,
                        "version": effect.version,
                        "given": effect.given,
                        "at": effect.at,
                    },
                )
                later.add(
                    SET_CONSENT,
                    {"rid": info.reporter_id, "given": effect.given, "version": effect.version, "at": effect.at},
                )
            elif isinstance(effect, EraseReporterData):
                await later.flush(conn, self._rows)
                await self._erase(conn, w, info, effect, later)
            elif isinstance(effect, NewFamilyCode):
                await later.flush(conn, self._rows)
                # only a case this chat filed: a code can never be set on someone else's case
                await conn.execute(
                    SET_FAMILY_HASH,
                    {
                        "num": effect.case_number,
                        "h": self.chat_hash(w.key),
                        "fh": p.hashes[f"family:{effect.case_number}"][0],
                        "u": w.now,
                    },
                )

    async def _case_values(
        self, conn: AsyncConnection, w: TurnWrite, case: FileCase, info: ChatInfo, hashes: tuple[str, str]
    ) -> dict[str, Any]:
        """The row of a new case: statistics in clear, personal fields under the reporter's key."""
        f = case.fields
        age = f.get("age")
        sex = str(f.get("sex") or "unknown")
        return {
            "number": case.number,
            "access_hash": hashes[0],
            "family_hash": hashes[1],
            "flow": case.flow,
            "category": case.category,
            "urgent": case.urgent,
            "status": "baru",
            "country": f.get("country") if isinstance(f.get("country"), str) else None,
            "province": f.get("province") if isinstance(f.get("province"), str) else None,
            "sex": sex if sex in ("F", "M") else "unknown",
            "age": age if isinstance(age, int) else None,
            "reporter_kind": case.reporter_kind,
            "relation": f.get("relation") if isinstance(f.get("relation"), str) else None,
            "route": f.get("route") if isinstance(f.get("route"), str) else None,
            "language": case.language,
            "indicators": list(case.indicators),
            "secondary_categories": list(case.secondary_categories),
            "from_words": list(case.from_words),
            "due_at": self.deadlines.due(w.now, case.urgent),
            "discreet": case.discreet,
            "notify_reporter": case.notify_reporter,
            "fields_enc": encrypt_json(info.key, f),
            "channel": w.key.channel,
            "chat_id_enc": info.key.encrypt(w.key.chat_id.encode()),
            "chat_hash": self.chat_hash(w.key),
            "reporter_id": info.reporter_id,
            "office_id": await self._office_for(conn, values_country(case)),
            "consent_version": case.consent_version,
            "consent_at": case.consent_at,
            "created_at": w.now,
            "updated_at": w.now,
            "status_changed_at": w.now,
        }

    async def _file_case(
        self,
        conn: AsyncConnection,
        w: TurnWrite,
        case: FileCase,
        info: ChatInfo,
        hashes: tuple[str, str],
        later: _Deferred,
        case_id: int | None = None,
    ) -> None:
        """A case's rows: the case (unless its batch inserted it: ``case_id``), its "filed"
        event, its attachments and the notices they need."""
        if case_id is None:
            values = await self._case_values(conn, w, case, info, hashes)
            try:
                # no savepoint: a taken number fails the whole transaction, and the batch is split
                case_id = await self._rows.insert_returning(conn, INSERT_CASE, values)
            except RowTaken:
                raise CaseNumberTaken(case.number) from None
        later.add(
            INSERT_EVENT,
            {
                "case_id": case_id,
                "at": w.now,
                "actor_kind": "system",
                "kind": "filed",
                "data": {"urgent": case.urgent, "category": case.category},
            },
        )
        for kind, digest in case_digests(self.keyring, case.fields, case.number):
            later.add(INSERT_SEARCH, {"case_id": case_id, "kind": kind, "digest": digest})
        for media in case.attachments:
            attachment_id = await self._rows.insert_returning(
                conn,
                INSERT_ATTACHMENT,
                {
                    "case_id": case_id,
                    "kind": media.kind,
                    "file_id_enc": info.key.encrypt(media.file_id.encode()),
                    "size": media.size,
                    "mime": media.mime_type,
                    "created_at": w.now,
                },
            )
            # the file itself is fetched from the channel after the commit, by the outbox
            self._enqueue_later(
                later,
                "attachment_fetch",
                {"attachment_id": attachment_id, "channel": w.key.channel},
                w.now,
                Owner(info.reporter_id, info.key, case_id),
            )
        self._enqueue_later(
            later,
            "mediator_notice",
            {
                "kind": "urgent_case" if case.urgent else "new_case",
                "case_number": case.number,
                "category": case.category,
                "country": values_country(case),
                "urgent": case.urgent,
            },
            w.now,
            Owner(info.reporter_id, info.key, case_id),
        )

    async def _update_case(
        self, conn: AsyncConnection, w: TurnWrite, update_: UpdateCase, info: ChatInfo, later: _Deferred
    ) -> None:
        """The answers she gave after filing, added to her own case (never to another's)."""
        row = (
            await conn.execute(
                select(
                    cases.c.id,
                    cases.c.indicators,
                    cases.c.secondary_categories,
                    cases.c.country,
                    cases.c.status,
                    cases.c.assignee_id,
                ).where(and_(cases.c.number == update_.case_number, cases.c.reporter_id == info.reporter_id))
            )
        ).first()
        if row is None:
            return
        f = update_.fields
        if not f and not update_.indicators and not update_.secondary_categories and not update_.attachments:
            # a flag alone ("majikan suka cek hp sy" after filing: notify her no more): the answers
            # filed stay as they are (an empty update had replaced them with nothing)
            if update_.notify_reporter is not None:
                await conn.execute(
                    update(cases)
                    .where(cases.c.id == row.id)
                    .values(notify_reporter=update_.notify_reporter, updated_at=w.now)
                )
            return
        age, sex = f.get("age"), str(f.get("sex") or "unknown")
        indicators = [*(row.indicators or []), *(i for i in update_.indicators if i not in (row.indicators or []))]
        secondary = [*(row.secondary_categories or [])]
        secondary += [c for c in update_.secondary_categories if c not in secondary]
        values: dict[str, Any] = {
            "fields_enc": encrypt_json(info.key, f),
            "indicators": indicators,
            "secondary_categories": secondary,
            "province": f.get("province") if isinstance(f.get("province"), str) else None,
            "sex": sex if sex in ("F", "M") else "unknown",
            "age": age if isinstance(age, int) else None,
            "route": f.get("route") if isinstance(f.get("route"), str) else None,
            "updated_at": w.now,
        }
        if update_.notify_reporter is not None:
            values["notify_reporter"] = update_.notify_reporter
        country = f.get("country") if isinstance(f.get("country"), str) else None
        if country is not None and country != row.country:
            # "bukan saudi tp kuwait" after filing: the case's country changes, and a case nobody
            # has taken up yet goes to the office of the right country
            values["country"] = country
            if row.status == "baru" and row.assignee_id is None:
                values["office_id"] = await self._office_for(conn, country)
        await conn.execute(update(cases).where(cases.c.id == row.id).values(**values))
        later.add(
            INSERT_EVENT,
            {"case_id": row.id, "at": w.now, "actor_kind": "reporter", "kind": "updated", "data": {}},
        )
        known = {
            (r.kind, r.digest)
            for r in await conn.execute(
                select(case_search.c.kind, case_search.c.digest).where(case_search.c.case_id == row.id)
            )
        }
        for kind, digest in case_digests(self.keyring, f):
            if (kind, digest) not in known:
                later.add(INSERT_SEARCH, {"case_id": row.id, "kind": kind, "digest": digest})
        await self._attach(conn, w, row.id, update_.attachments, info, later)

    async def _attach(
        self,
        conn: AsyncConnection,
        w: TurnWrite,
        case_id: int,
        media_items: tuple[Media, ...],
        info: ChatInfo,
        later: _Deferred,
    ) -> None:
        """Her evidence on her case: the file's id under her key, and its fetch queued."""
        for media in media_items:
            attachment_id = await self._rows.insert_returning(
                conn,
                INSERT_ATTACHMENT,
                {
                    "case_id": case_id,
                    "kind": media.kind,
                    "file_id_enc": info.key.encrypt(media.file_id.encode()),
                    "size": media.size,
                    "mime": media.mime_type,
                    "created_at": w.now,
                },
            )
            self._enqueue_later(
                later, "attachment_fetch", {"attachment_id": attachment_id, "channel": w.key.channel}, w.now
            )

    async def _office_for(self, conn: AsyncConnection, country: str | None) -> int | None:
        """The office a new case goes to: by destination country (config.yaml routing), else the default."""
        code = self.routing.get(country or "", self.routing.get("default", "pusat"))
        known = self._offices.get(code)
        if known is not None:
            return known
        found = (await conn.execute(SELECT_OFFICE, {"code": code})).scalar()
        if found is None:
            found = (await conn.execute(INSERT_OFFICE, {"code": code, "name": code, "kind": "regional"})).scalar_one()
        self._offices[code] = int(found)
        return int(found)
