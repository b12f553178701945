"""One storage contract, run over SQLite and PostgreSQL: what the service relies on, observably."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from cryptography.fernet import Fernet
from sqlalchemy import event, select, text, update

from flows.types import (
    CaseMessage,
    ConversationKey,
    ConversationState,
    EraseReporterData,
    FileCase,
    Media,
    NewFamilyCode,
    NotifyMediators,
    RecordConsent,
)
from storage.api import CaseNumberTaken, ConflictError, StatusAnswer, TurnWrite
from storage.crypto import AEAD_V2, CODE_HASH_V1, LEGACY_CODE_HASHER, encrypt_json
from storage.factory import open_store
from storage.models import (
    attachments,
    case_events,
    cases,
    consent_records,
    conversations,
    outbox,
    processed_updates,
    reporters,
    status_attempts,
)
from storage.sql_store import SqlStore, aware
from tests.support.db import make_keyring, temporary_pg_database

NOW = datetime(2026, 11, 23, 8, 0, tzinfo=UTC)


@pytest.fixture(params=["sqlite", "postgres"])
async def store(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[SqlStore]:
    keyring = make_keyring()
    if request.param == "sqlite":
        s = open_store(f"sqlite+aiosqlite:///{tmp_path}/t.db", keyring)
        await s.start()
        yield s
        await s.close()
    else:
        async with temporary_pg_database() as url:
            s = open_store(url, keyring)
            await s.start()
            yield s
            await s.close()


def state(node: str = "q1", **slots: object) -> ConversationState:
    return ConversationState(flow="complaint", node=node, slots=dict(slots))


def write(
    chat: str, update: str, version: int | None, st: ConversationState | None = None, effects: tuple = ()
) -> TurnWrite:
    return TurnWrite(ConversationKey("test", chat), update, version, st or state(), effects, (), NOW, user_id=chat)


def file_case(number: str = "ABC-DEFG", **fields: object) -> FileCase:
    base = {
        "worker_name": "Siti Aminah",
        "phone": "+6281234567890",
        "story": "Gaji tidak dibayar lima bulan",
        "country": "SA",
        "sex": "F",
        "age": 25,
        "province": "Jawa Timur",
        "city": "Riyadh",
    }
    base.update(fields)
    return FileCase(
        number=number,
        access_code="AB3D-7KQP",
        family_code="FFFF-2222",
        flow="complaint",
        category="gaji_tidak_dibayar",
        urgent=False,
        reporter_kind="self",
        language="id",
        indicators=("withholding_of_wages",),
        fields=base,
        consent_version="v1",
        consent_at=NOW,
        attachments=(Media("photo", "tg-file-1", 1234, "image/jpeg"),),
    )


async def test_a_turn_commits_state_update_key_and_effects_together(store: SqlStore) -> None:
    result = await store.commit_turn(write("1", "u1", None, state("q2", name="Siti"), (file_case(),)))
    assert not result.duplicate and result.filed == ("ABC-DEFG",)
    assert await store.was_processed("u1")
    store._cache.clear()
    loaded = await store.load_conversation(ConversationKey("test", "1"))
    assert loaded is not None and loaded.state.node == "q2" and loaded.state.slots == {"name": "Siti"}
    assert loaded.version == 1
    assert await store.count(cases) == 1
    assert await store.count(case_events) == 1
    assert await store.count(outbox) == 2, "a notice to the mediators, and the evidence to fetch"


async def test_the_same_update_twice_writes_nothing_the_second_time(store: SqlStore) -> None:
    await store.commit_turn(write("1", "u1", None, effects=(file_case(),)))
    again = await store.commit_turn(write("1", "u1", 1, state("q3"), (file_case("XYZ-2345"),)))
    assert again.duplicate
    assert await store.count(cases) == 1
    store._cache.clear()
    loaded = await store.load_conversation(ConversationKey("test", "1"))
    assert loaded is not None and loaded.state.node == "q1"


async def test_a_stale_version_is_a_conflict(store: SqlStore) -> None:
    await store.commit_turn(write("1", "u1", None))
    await store.commit_turn(write("1", "u2", 1, state("q2")))
    with pytest.raises(ConflictError):
        await store.commit_turn(write("1", "u3", 1, state("q9")))
    assert not await store.was_processed("u3")


async def test_a_duplicate_case_number_is_reported_for_a_retry(store: SqlStore) -> None:
    await store.commit_turn(write("1", "u1", None, effects=(file_case("SAM-E234"),)))
    with pytest.raises(CaseNumberTaken):
        await store.commit_turn(write("2", "u2", None, effects=(file_case("SAM-E234"),)))
    assert not await store.was_processed("u2"), "nothing of the failed turn is kept"


async def test_turns_of_many_chats_share_transactions_and_all_are_durable(store: SqlStore) -> None:
    before = store.transactions
    results = await asyncio.gather(*(store.commit_turn(write(str(i), f"u{i}", None)) for i in range(200)))
    assert all(not r.duplicate for r in results)
    assert store.transactions - before < 100, "group commit: far fewer transactions than turns"
    async with store.engine.connect() as conn:
        count = (await conn.execute(text("SELECT count(*) FROM conversations"))).scalar_one()
    assert count == 200


async def test_many_chats_not_in_memory_are_read_back_together_each_its_own(store: SqlStore) -> None:
    await asyncio.gather(*(store.commit_turn(write(str(i), f"u{i}", None, state(f"n{i}"))) for i in range(200)))
    store._cache.clear()  # as after a restart: every chat must be read from the database
    reads: list[str] = []

    def count(conn: object, cursor: object, statement: str, *_: object) -> None:
        if statement.lstrip().upper().startswith("SELECT") and "conversations" in statement:
            reads.append(statement)

    event.listen(store.engine.sync_engine, "before_cursor_execute", count)
    try:
        keys = [ConversationKey("test", str(i)) for i in range(200)] + [ConversationKey("test", "never")]
        loaded = await asyncio.gather(*(store.load_conversation(k) for k in keys))
    finally:
        event.remove(store.engine.sync_engine, "before_cursor_execute", count)
    assert [c.state.node if c else None for c in loaded] == [f"n{i}" for i in range(200)] + [None]
    assert all(c.version == 1 for c in loaded[:200] if c)
    assert 1 <= len(reads) <= 3, f"a crowd's first turns share their reads ({len(reads)} queries for 201 chats)"


async def test_cases_filed_in_one_batch_each_get_their_own_rows(store: SqlStore) -> None:
    numbers = [f"AB{i:X}-{i:04X}" for i in range(30)]
    writes = [
        write(str(i), f"u{i}", None, effects=(file_case(number, worker_name=f"Pekerja {i}"),))
        for i, number in enumerate(numbers)
    ]
    results = await asyncio.gather(*(store.commit_turn(w) for w in writes))
    assert [r.filed for r in results] == [(n,) for n in numbers]
    assert store.transactions < 30, "the filings shared transactions"
    cases_t, events_t, files_t = cases, case_events, attachments
    async with store.engine.connect() as conn:
        ids = dict((await conn.execute(select(cases_t.c.number, cases_t.c.id))).all())
        filed = (await conn.execute(select(events_t.c.case_id).where(events_t.c.kind == "filed"))).scalars().all()
        attached = (await conn.execute(select(files_t.c.case_id))).scalars().all()
    assert sorted(ids) == sorted(numbers)
    assert sorted(filed) == sorted(ids.values()) and sorted(attached) == sorted(ids.values())
    later = NOW + timedelta(days=1)
    noticed = [i.payload.get("case_number") async for i in store.claim_outbox(("mediator_notice",), 1000, later)]
    assert sorted(n for n in noticed if n) == sorted(numbers)
    for i, number in enumerate(numbers):  # each case holds its own reporter's fields
        assert (await store.case_fields(number) or {})["worker_name"] == f"Pekerja {i}"


async def test_a_taken_case_number_in_a_batch_of_filings_fails_only_its_own_turn(store: SqlStore) -> None:
    await store.commit_turn(write("first", "u-first", None, effects=(file_case("TAK-EN22"),)))
    writes = [write(str(i), f"u{i}", None, effects=(file_case(f"NEW-{i:04d}"),)) for i in range(10)]
    writes.append(write("late", "u-late", None, effects=(file_case("TAK-EN22"),)))
    results = await asyncio.gather(*(store.commit_turn(w) for w in writes), return_exceptions=True)
    assert isinstance(results[-1], CaseNumberTaken)
    assert [r.filed for r in results[:-1] if not isinstance(r, BaseException)] == [(f"NEW-{i:04d}",) for i in range(10)]


async def test_one_bad_turn_does_not_sink_the_others_in_its_batch(store: SqlStore) -> None:
    await store.commit_turn(write("x", "ux", None))
    writes = [write(str(i), f"u{i}", None) for i in range(20)] + [write("x", "bad", 7)]
    results = await asyncio.gather(*(store.commit_turn(w) for w in writes), return_exceptions=True)
    assert isinstance(results[-1], ConflictError)
    assert all(not isinstance(r, Exception) for r in results[:-1])
    for i in range(20):
        assert await store.was_processed(f"u{i}")


async def test_personal_fields_are_not_stored_in_clear(store: SqlStore) -> None:
    await store.commit_turn(write("1", "u1", None, state("q2", worker_name="Siti Aminah"), (file_case(),)))
    async with store.engine.connect() as conn:
        for table in ("cases", "conversations", "case_events", "attachments", "outbox", "reporters"):
            rows = (await conn.execute(text(f"SELECT * FROM {table}"))).all()
            dump = repr(rows)
            for secret in ("Siti Aminah", "6281234567890", "Gaji tidak dibayar lima", "Riyadh", "tg-file-1"):
                assert secret not in dump, f"{secret!r} readable in {table}"
        case = (await conn.execute(select(cases))).one()
    assert case.country == "SA" and case.sex == "F" and case.province == "Jawa Timur", "statistics stay plain"
    assert case.access_hash and "AB3D" not in case.access_hash
    assert (await store.case_fields("ABC-DEFG") or {})["worker_name"] == "Siti Aminah"


async def test_erasing_destroys_personal_data_but_keeps_statistics(store: SqlStore) -> None:
    await store.commit_turn(write("1", "u1", None, effects=(file_case(), RecordConsent("v1", NOW, True))))
    await store.commit_turn(write("1", "u2", 1, state(None), (EraseReporterData(),)))
    assert await store.case_fields("ABC-DEFG") is None
    assert await store.reporter_address("ABC-DEFG") is None
    async with store.engine.connect() as conn:
        case = (await conn.execute(select(cases))).one()
    assert case.fields_enc is None and case.category == "gaji_tidak_dibayar" and case.country == "SA"
    # the conversation goes on under a fresh key
    await store.commit_turn(write("1", "u3", 2, state("q5", again=True)))
    store._cache.clear()
    store._chats.clear()
    loaded = await store.load_conversation(ConversationKey("test", "1"))
    assert loaded is not None and loaded.state.slots == {"again": True}


async def test_a_message_and_an_erasure_in_one_turn_leave_no_readable_body(store: SqlStore) -> None:
    """Event rows are written with the batch's other rows; an erasure still comes after them."""
    await store.commit_turn(write("1", "u1", None, effects=(file_case(),)))
    await store.commit_turn(
        write("1", "u2", 1, state(None), (CaseMessage("ABC-DEFG", "Paspor di majikan"), EraseReporterData()))
    )
    async with store.engine.connect() as conn:
        rows = (await conn.execute(select(case_events))).all()
    assert "message_in" in [r.kind for r in rows]
    assert all(r.body_enc is None for r in rows)


async def test_consent_given_and_withdrawn_are_kept_on_the_reporter_in_order(store: SqlStore) -> None:
    later = NOW + timedelta(hours=1)
    await store.commit_turn(write("1", "u1", None, effects=(RecordConsent("v1", NOW, True),)))
    await store.commit_turn(write("2", "u2", None, effects=(RecordConsent("v1", NOW, True),)))
    await store.commit_turn(
        write("2", "u3", 1, effects=(RecordConsent("v2", later, True), RecordConsent("v2", later, False)))
    )
    async with store.engine.connect() as conn:
        rows = {r.id: r for r in (await conn.execute(select(reporters))).all()}
        records = (await conn.execute(select(consent_records))).all()
    first, second = rows[min(rows)], rows[max(rows)]
    assert (first.consent_version, aware(first.consent_at), first.consent_withdrawn_at) == ("v1", NOW, None)
    assert (second.consent_version, aware(second.consent_at), aware(second.consent_withdrawn_at)) == (
        "v2",
        later,
        later,
    )
    assert [(r.version, r.given) for r in records] == [("v1", True), ("v1", True), ("v2", True), ("v2", False)]


async def test_a_state_written_in_the_old_fernet_format_still_loads(store: SqlStore) -> None:
    """Databases written before the state moved to AES-GCM keep working; the next turn rewrites it."""
    key = ConversationKey("test", "1")
    await store.commit_turn(write("1", "u1", None, state("q2")))
    async with store.engine.begin() as conn:
        wrapped = (await conn.execute(select(reporters.c.wrapped_key))).scalar_one()
        old = encrypt_json(Fernet(store.keyring.master.decrypt(wrapped)), state("q3", name="Siti").to_dict())
        await conn.execute(update(conversations).values(state_enc=old))
    store._cache.clear()
    store._chats.clear()
    loaded = await store.load_conversation(key)
    assert loaded is not None and loaded.state.node == "q3" and loaded.state.slots == {"name": "Siti"}
    await store.commit_turn(write("1", "u2", loaded.version, state("q4")))
    async with store.engine.connect() as conn:
        sealed = (await conn.execute(select(conversations.c.state_enc))).scalar_one()
    assert sealed.startswith(AEAD_V2) and b"Siti" not in sealed
    store._cache.clear()
    loaded = await store.load_conversation(key)
    assert loaded is not None and loaded.state.node == "q4"


async def ask(store: SqlStore, key: ConversationKey, number: str, code: str, when: datetime = NOW) -> StatusAnswer:
    """A status check as a turn makes it: looked up, then counted when the turn commits."""
    answer = await store.check_status(key, number, code, when)
    stored = await store.load_conversation(key)
    await store.commit_turn(
        TurnWrite(key, f"ask-{uuid.uuid4().hex}", stored.version if stored else None, state(), (), (), when)
    )
    return answer


async def test_status_check_with_access_or_family_code_and_a_try_limit(store: SqlStore) -> None:
    await store.commit_turn(write("1", "u1", None, effects=(file_case(),)))
    me = ConversationKey("test", "99")
    ok = await ask(store, me, "abc-defg", "ab3d 7kqp")
    assert ok.found is not None and ok.found.status == "baru" and ok.found.number == "ABC-DEFG"
    family = await ask(store, me, "ABC-DEFG", "FFFF-2222")
    assert family.found is not None
    wrong = await ask(store, me, "ABC-DEFG", "XXXX-XXXX")
    unknown = await ask(store, me, "ZZZ-ZZZZ", "XXXX-XXXX")
    assert wrong == unknown, "a wrong code and an unknown case look the same"
    for i in range(4):  # five wrong codes for this case in all, from several chats
        await ask(store, ConversationKey("test", f"x{i}"), "ABC-DEFG", "XXXX-XXXX")
    limited = await ask(store, me, "ABC-DEFG", "AB3D-7KQP")
    assert limited.limited and limited.found is None and limited.retry_after > 0
    # the limit survives a restart: a new store over the same database
    other = open_store(store.engine.url.render_as_string(hide_password=False), store.keyring)
    await other.start()
    try:
        assert (await ask(other, me, "ABC-DEFG", "AB3D-7KQP", NOW + timedelta(minutes=1))).limited
        # and it protects the case from other chats too (per case number)
        assert (await ask(other, ConversationKey("test", "7"), "ABC-DEFG", "AB3D-7KQP")).limited
        later = await ask(other, me, "ABC-DEFG", "AB3D-7KQP", NOW + timedelta(minutes=16))
        assert later.found is not None
    finally:
        await other.close()


async def test_a_status_try_counts_only_with_its_turn_and_once_when_the_turn_is_retried(store: SqlStore) -> None:
    await store.commit_turn(write("1", "u1", None, effects=(file_case(),)))
    me = ConversationKey("test", "99")
    await store.commit_turn(write("99", "m1", None))
    for _ in range(6):  # a turn that loses a race six times: each retry looks up again, none commits
        await store.check_status(me, "ABC-DEFG", "XXXX-XXXX", NOW)
        with pytest.raises(ConflictError):
            await store.commit_turn(write("99", f"stale-{uuid.uuid4().hex}", 0))
    assert await store.count(status_attempts) == 0, "an answer never sent is no try"
    for _ in range(4):
        await ask(store, me, "ABC-DEFG", "XXXX-XXXX")
    assert await store.count(status_attempts) == 8, "a committed turn's try counts (per chat, per case)"
    assert not (await ask(store, me, "ABC-DEFG", "AB3D-7KQP")).limited, "four wrong tries: not yet limited"


async def test_a_case_whose_codes_an_older_release_hashed_with_argon2_still_opens(store: SqlStore) -> None:
    await store.commit_turn(write("1", "u1", None, effects=(file_case(),)))
    async with store.engine.begin() as conn:
        stored = (await conn.execute(select(cases.c.access_hash))).scalar_one()
        assert stored.startswith(CODE_HASH_V1)
        await conn.execute(
            update(cases).values(
                access_hash=LEGACY_CODE_HASHER.hash("AB3D7KQP"), family_hash=LEGACY_CODE_HASHER.hash("FFFF2222")
            )
        )
    me = ConversationKey("test", "99")
    assert (await store.check_status(me, "ABC-DEFG", "ab3d-7kqp", NOW)).found is not None
    assert (await store.check_status(me, "ABC-DEFG", "FFFF-2222", NOW)).found is not None
    assert (await store.check_status(me, "ABC-DEFG", "XXXX-XXXX", NOW)).found is None


async def test_outbox_rows_are_claimed_once_by_concurrent_claimers(store: SqlStore) -> None:
    for i in range(30):
        await store.enqueue_outbox("reporter_message", {"case_number": f"N{i}", "text": "halo"}, NOW)

    async def claim() -> list[int]:
        return [item.id async for item in store.claim_outbox(("reporter_message",), 100, NOW)]

    a, b = await asyncio.gather(claim(), claim())
    assert len(a) + len(b) == 30 and not set(a) & set(b)
    assert [i async for i in store.claim_outbox(("reporter_message",), 100, NOW)] == []
    await store.fail_outbox(a[0] if a else b[0], "TimeoutError", NOW + timedelta(seconds=30))
    again = [i async for i in store.claim_outbox(("reporter_message",), 100, NOW + timedelta(minutes=5))]
    assert len(again) >= 1


async def test_a_claimer_gives_back_only_its_own_unfinished_claims(store: SqlStore) -> None:
    for i in range(4):
        await store.enqueue_outbox("reporter_message", {"case_number": f"N{i}", "text": "halo"}, NOW)
    a = [i.id async for i in store.claim_outbox(("reporter_message",), 2, NOW, worker="host:1:a")]
    b = [i.id async for i in store.claim_outbox(("reporter_message",), 2, NOW, worker="host:2:b")]
    await store.complete_outbox(a[0])
    assert await store.release_outbox("host:1:a") == 1, "the finished row stays finished"
    again = [i.id async for i in store.claim_outbox(("reporter_message",), 10, NOW, worker="host:3:c")]
    assert again == [a[1]], "the other claimer's rows stay leased to it"
    assert len(b) == 2


async def test_effects_write_events_notices_and_consent(store: SqlStore) -> None:
    await store.commit_turn(write("1", "u1", None, effects=(file_case(), RecordConsent("v1", NOW, True))))
    await store.commit_turn(
        write(
            "1",
            "u2",
            1,
            state(None),
            (CaseMessage("ABC-DEFG", "Paspor di majikan"), NotifyMediators("agent_request", urgent=True)),
        )
    )
    async with store.engine.connect() as conn:
        kinds = [r.kind for r in (await conn.execute(select(case_events))).all()]
        consents = (await conn.execute(select(consent_records))).all()
    assert kinds == ["filed", "message_in"]
    assert len(consents) == 1 and consents[0].version == "v1" and consents[0].given
    items = [i async for i in store.claim_outbox(("mediator_notice",), 10, NOW)]
    assert [i.payload["kind"] for i in items] == ["new_case", "reporter_reply", "agent_request"]
    assert all("Siti" not in str(i.payload) for i in items), "mediator notices carry no names"
    assert await store.reporter_address("ABC-DEFG") == ("test", "1")


async def test_a_reply_cannot_be_written_into_another_reporters_case(store: SqlStore) -> None:
    await store.commit_turn(write("1", "u1", None, effects=(file_case(),)))
    await store.commit_turn(write("2", "u2", None, effects=(CaseMessage("ABC-DEFG", "forged"),)))
    async with store.engine.connect() as conn:
        kinds = [r.kind for r in (await conn.execute(select(case_events))).all()]
    assert kinds == ["filed"]


async def test_migrations_are_idempotent(store: SqlStore) -> None:
    await store.start()
    from storage import migrate

    await migrate.upgrade(store.engine)
    assert await store.count(cases) == 0


async def test_a_turn_whose_replies_were_never_sent_gives_them_back_once(store: SqlStore) -> None:
    """The process died between the commit and the send: the redelivered update finds the
    replies; once the channel says they went out, a redelivery finds nothing."""
    from flows.types import Awaiting, Option, Reply

    key = ConversationKey("test", "1")
    replies = (Reply("Di negara mana?", (Option("sa", "Arab Saudi", "3:sa"),)),)
    first = TurnWrite(key, "u1", None, state("q2"), (), replies, NOW, "1", Awaiting("q2", "country"))
    await store.commit_turn(first)
    unsent = await store.unsent_turn(key, "u1")
    assert unsent is not None and unsent.replies == replies and unsent.awaiting == Awaiting("q2", "country")
    await store.mark_sent(key, "u1")  # queued: written with the next batch
    await store.drain()
    assert await store.unsent_turn(key, "u1") is None, "sent: a redelivery sends nothing"
    await store.commit_turn(TurnWrite(key, "u2", 1, state("q3"), (), (Reply("Kota?"),), NOW, "1"))
    assert await store.unsent_turn(key, "u1") is None, "an older turn is never sent again"
    assert (await store.unsent_turn(key, "u2")) is not None


async def test_timestamps_of_the_hot_rows_read_back_like_those_core_writes(store: SqlStore) -> None:
    """Update keys and conversation rows are written past Core: their times must read back and
    compare as Core's own (SQLite keeps them as text), or pruning would misjudge them."""
    later = NOW + timedelta(microseconds=123456)
    key = ConversationKey("test", "1")
    await store.commit_turn(TurnWrite(key, "u1", None, state(), (), (), NOW, "1"))
    await store.commit_turn(TurnWrite(key, "u2", 1, state(), (), (), later, "1"))
    async with store.engine.connect() as conn:
        rows = (await conn.execute(select(processed_updates))).all()
        updated = (await conn.execute(select(conversations.c.updated_at))).scalar_one()
    stored = store.stored_update_key
    assert {r.update_key: aware(r.at) for r in rows} == {stored("u1"): NOW, stored("u2"): later}
    assert aware(updated) == later
    assert await store.prune_processed(NOW + timedelta(microseconds=1)) == 1
    assert await store.was_processed("u2") and not await store.was_processed("u1")


def test_the_hot_rows_write_a_time_as_the_very_text_core_writes() -> None:
    """The hot rows format times themselves (faster than Core's processor): the same text for
    every time, a whole second, another zone and a plain date included."""
    from datetime import date

    from sqlalchemy import DateTime
    from sqlalchemy.dialects import sqlite

    from storage.hot_rows import sqlite_when

    dialect = sqlite.dialect()
    core = DateTime(timezone=True).dialect_impl(dialect).bind_processor(dialect)
    assert core is not None
    when = sqlite_when(core)
    plus7 = timezone(timedelta(hours=7))
    times = [NOW, NOW.replace(microsecond=0), NOW.replace(microsecond=7), NOW.astimezone(plus7), datetime(1, 1, 1)]
    for value in [*times, date(2026, 12, 4), None]:
        assert when(value) == core(value), value


async def test_new_chats_of_one_person_in_one_batch_share_one_reporter(store: SqlStore) -> None:
    """New chats are looked up for a whole batch at once; a person still has one data key."""
    turns = [
        TurnWrite(ConversationKey("test", chat), f"u{chat}", None, state(), (), (), NOW, user)
        for chat, user in (("g1", "7"), ("g2", "7"), ("p3", "8"))
    ]
    transactions = store.transactions
    await asyncio.gather(*(store.commit_turn(w) for w in turns))
    assert store.transactions == transactions + 1
    await store.commit_turn(TurnWrite(ConversationKey("test", "g4"), "ug4", None, state("q9"), (), (), NOW, "7"))
    assert await store.count(reporters) == 2
    async with store.engine.connect() as conn:
        owners = dict((await conn.execute(select(conversations.c.chat_hash, conversations.c.reporter_id))).all())
    assert len(set(owners.values())) == 2
    store._cache.clear()
    store._chats.clear()
    loaded = await store.load_conversation(ConversationKey("test", "g4"))
    assert loaded is not None and loaded.state.node == "q9"


async def test_a_new_family_code_opens_the_status_and_only_on_the_chats_own_case(store: SqlStore) -> None:
    await store.commit_turn(write("1", "u1", None, effects=(file_case(),)))
    await store.commit_turn(write("1", "u2", 1, effects=(NewFamilyCode("ABC-DEFG", "FAMI-1234"),)))
    await store.commit_turn(write("2", "u3", None, effects=(NewFamilyCode("ABC-DEFG", "EVIL-9999"),)))
    relative = ConversationKey("test", "9")
    assert (await store.check_status(relative, "ABC-DEFG", "FAMI-1234", NOW)).found is not None
    assert (await store.check_status(relative, "ABC-DEFG", "EVIL-9999", NOW)).found is None


async def test_a_cry_for_help_on_a_filed_case_marks_it_urgent(store: SqlStore) -> None:
    """Danger told after filing (flows/after_filing.told_after_filing): on the case's timeline, and
    the case goes to the top of the queue; a plain message leaves it as it was."""
    await store.commit_turn(write("1", "u1", None, effects=(file_case(),)))
    await store.commit_turn(write("1", "u2", 1, state(None), (CaseMessage("ABC-DEFG", "makasih kak"),)))
    async with store.engine.connect() as conn:
        assert (await conn.execute(select(cases.c.urgent))).scalar() is False
    await store.commit_turn(
        write("1", "u3", 2, state(None), (CaseMessage("ABC-DEFG", "tolong sy dikunci", urgent=True),))
    )
    async with store.engine.connect() as conn:
        row = (await conn.execute(select(cases.c.urgent, cases.c.due_at))).one()
    assert row.urgent is True and row.due_at is not None


async def test_a_photo_sent_as_a_reply_to_a_mediator_is_kept_on_her_case_only(store: SqlStore) -> None:
    await store.commit_turn(write("1", "u1", None, effects=(file_case(),)))
    photo = Media("photo", "tg-reply-photo", 2048, "image/jpeg")
    await store.commit_turn(write("1", "u2", 1, state(None), (CaseMessage("ABC-DEFG", "", attachments=(photo,)),)))
    assert await store.count(attachments) == 2, "the filing's photo and the reply's"
    # from another chat, on a case that is not hers: nothing is attached
    await store.commit_turn(write("2", "u3", None, state(None), (CaseMessage("ABC-DEFG", "", attachments=(photo,)),)))
    assert await store.count(attachments) == 2
