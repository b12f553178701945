"""What the console's inbox stores, on SQLite and PostgreSQL: several problems in one case, the
reporter's own words, unread replies, response deadlines, held messages and blind search indexes."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import select

from flows.types import CaseMessage, ConversationKey, EraseReporterData
from storage import casework
from storage.deadlines import WIB, Deadlines, add_working_days
from storage.models import case_search, cases
from storage.search_index import query_digests
from storage.sql_store import SqlStore, aware
from tests.storage.test_contract import NOW, file_case, store, write

__all__ = ["store"]


async def case_row(s: SqlStore, number: str) -> Any:
    async with s.engine.connect() as conn:
        return (await conn.execute(select(cases).where(cases.c.number == number))).one()


async def test_secondary_categories_and_own_words_are_kept_with_the_case(store: SqlStore) -> None:
    case = replace(
        file_case("SEC-2222", money_owed={"amount": 9000, "currency": "SAR"}),
        secondary_categories=("dokumen_ditahan", "ingin_pulang"),
        from_words=("country", "money_owed"),
    )
    await store.commit_turn(write("1", "u1", None, effects=(case,)))
    row = await case_row(store, "SEC-2222")
    assert row.secondary_categories == ["dokumen_ditahan", "ingin_pulang"]
    assert row.from_words == ["country", "money_owed"]
    fields = await store.case_fields("SEC-2222")
    assert fields is not None and fields["money_owed"] == {"amount": 9000, "currency": "SAR"}


async def test_a_reply_is_unread_and_owed_an_answer_until_a_mediator_answers(store: SqlStore) -> None:
    await store.commit_turn(write("1", "u1", None, effects=(file_case("UNR-2222"),)))
    filed = await case_row(store, "UNR-2222")
    # filed Monday 23 Nov 2026 15:00 WIB: three working days later is Thursday 26 Nov, end of day
    assert aware(filed.due_at) == datetime(2026, 11, 26, 23, 59, 59, tzinfo=WIB)
    assert filed.unread_since is None

    await casework.message_reporter(store, "UNR-2222", "Paspor masih dipegang majikan?", NOW + timedelta(hours=1))
    answered = await case_row(store, "UNR-2222")
    assert answered.due_at is None, "waiting for her: the clock stops"
    assert aware(answered.first_response_at) == NOW + timedelta(hours=1)

    later = NOW + timedelta(days=2)
    reply = write("1", "u2", 1, effects=(CaseMessage("UNR-2222", "ya paspor sy msh dipegang majikan"),))
    await store.commit_turn(replace(reply, now=later))
    replied = await case_row(store, "UNR-2222")
    assert aware(replied.unread_since) == later
    assert aware(replied.due_at) == Deadlines().due(later, False)
    await casework.mark_read(store, replied.id)
    assert (await case_row(store, "UNR-2222")).unread_since is None


async def test_closing_stops_the_clock_and_records_resolution(store: SqlStore) -> None:
    await store.commit_turn(write("1", "u1", None, effects=(replace(file_case("CLS-2222"), urgent=True),)))
    assert aware((await case_row(store, "CLS-2222")).due_at) == NOW + timedelta(hours=24)
    await casework.change_status(store, "CLS-2222", "selesai", "gaji sudah dibayar", NOW + timedelta(days=5))
    row = await case_row(store, "CLS-2222")
    assert row.due_at is None and aware(row.resolved_at) == NOW + timedelta(days=5)


async def test_a_message_to_a_reporter_who_said_no_to_updates_is_held_until_she_writes(store: SqlStore) -> None:
    await store.commit_turn(write("1", "u1", None, effects=(replace(file_case("HLD-2222"), notify_reporter=False),)))
    held = await casework.message_reporter(store, "HLD-2222", "Mohon kirim foto kontrak", NOW)
    assert held
    outbox = [i async for i in store.claim_outbox(("reporter_message",), 10, NOW + timedelta(days=1))]
    assert outbox == [], "nothing goes out into her chat by itself"
    notes = [i async for i in store.claim_outbox(("reporter_notice",), 10, NOW + timedelta(days=1))]
    assert [n.payload.get("event") for n in notes] == ["mediator_message_held"], "the bot only notes that one waits"
    assert "text" not in notes[0].payload and "Mohon kirim" not in str(notes[0].payload)
    waiting = await casework.held_messages(store, store.chat_hash(ConversationKey("test", "1")))
    assert [(m.case_number, m.text) for m in waiting] == [("HLD-2222", "Mohon kirim foto kontrak")]
    released = await store.release_held(ConversationKey("test", "1"), NOW + timedelta(hours=3))
    assert released == [{"case_number": "HLD-2222", "text": "Mohon kirim foto kontrak"}]
    assert await casework.held_messages(store, store.chat_hash(ConversationKey("test", "1"))) == []


async def test_blind_indexes_find_a_case_by_phone_passport_and_name_and_go_with_erasure(store: SqlStore) -> None:
    case = file_case("SRC-2222", phone="+62 812-3456-7890", passport="c 1234567", worker_name="Siti Aminah")
    await store.commit_turn(write("1", "u1", None, effects=(case,)))
    async with store.engine.connect() as conn:
        rows = (await conn.execute(select(case_search))).all()
    stored = {r.digest for r in rows}
    assert all("Siti" not in r.digest and "7890" not in r.digest for r in rows)
    for typed in ("0812 3456 7890", "C1234567", "siti aminah", "AMINAH"):
        assert set(query_digests(store.keyring, typed)) & stored, typed
    assert not set(query_digests(store.keyring, "Dewi Lestari")) & stored

    await store.commit_turn(write("1", "u2", 1, effects=(EraseReporterData(),)))
    async with store.engine.connect() as conn:
        assert (await conn.execute(select(case_search))).all() == []


def test_working_days_skip_weekends_and_indonesian_public_holidays() -> None:
    # Nyepi is Thursday 19 March 2026: Wednesday + 1 working day is Friday; + 2 is Monday
    assert add_working_days(date(2026, 3, 18), 1) == date(2026, 3, 20)
    assert add_working_days(date(2026, 3, 18), 2) == date(2026, 3, 23)
    # Christmas (Friday 25 Dec 2026) and the weekend: Thursday + 1 working day is Monday 28 Dec
    assert add_working_days(date(2026, 12, 24), 1) == date(2026, 12, 28)
    # a report on Friday evening WIB with three working days: Wednesday, end of day
    friday_evening = datetime(2026, 11, 27, 12, 0, tzinfo=UTC)  # 19:00 WIB
    assert Deadlines(3, 24).due(friday_evening, False) == datetime(2026, 12, 2, 23, 59, 59, tzinfo=WIB)
    assert Deadlines(3, 6).due(friday_evening, True) == friday_evening + timedelta(hours=6)


async def test_queue_search_and_statistics_read_the_same_on_both_databases(store: SqlStore) -> None:
    from storage.accounts import Account
    from storage.queue import QueueFilter, queue
    from web.stats_queries import StatsRange, statistics

    first = replace(file_case("DUP-2222", phone="0812 3456 7890"), secondary_categories=("ingin_pulang",))
    second = replace(file_case("DUP-3333", phone="+62 812-3456-7890", worker_name="Dewi"), from_words=("phone",))
    await store.commit_turn(write("1", "u1", None, effects=(first,)))
    await store.commit_turn(write("2", "u2", None, effects=(second,)))
    await casework.message_reporter(store, "DUP-2222", "Halo", NOW + timedelta(hours=4))
    admin = Account(1, "admin", "admin", None, None, "Admin")
    rows, _ = await queue(store.engine, admin, QueueFilter(q="62812 3456 7890"), store.keyring, NOW)
    assert {r.number for r in rows} == {"DUP-2222", "DUP-3333"}
    rows, _ = await queue(store.engine, admin, QueueFilter(q="dup-3"), store.keyring, NOW)
    assert [r.number for r in rows] == ["DUP-3333"]
    rows, _ = await queue(store.engine, admin, QueueFilter(view="overdue"), store.keyring, NOW + timedelta(days=9))
    assert [r.number for r in rows] == ["DUP-3333"], "DUP-2222 was answered: nothing is due"
    stats = await statistics(store.engine, admin, StatsRange(date(2026, 11, 1), date(2026, 11, 30)), NOW)
    assert stats.counts["secondary_category"] == [("ingin_pulang", 1)]
    (office,) = stats.offices
    assert (office["cases"], office["answered"], round(office["first_response"])) == (2, 1, 4 * 3600)


def test_the_deadline_is_the_time_the_closing_message_promises() -> None:
    from app.config import load_settings
    from storage.factory import deadlines_of

    settings = load_settings(env={})
    promised = settings.dialog.reply_days
    assert deadlines_of(settings).reply_days == promised
    closing = Path(__file__).resolve().parents[2] / "locales" / "id.yaml"
    assert "{{ settings.reply_days }} hari kerja" in closing.read_text(encoding="utf-8"), "working days, both"


async def test_the_queue_views_read_an_index_in_order_never_sort_every_case(tmp_path: Path) -> None:
    """The plan, not a timing: each view's page walks an index in the view's own order (a sort of
    every matching case is what made pages slow with a million cases; bench/queue.py times them)."""
    import sqlite3

    from sqlalchemy.dialects import sqlite as sqlite_dialect

    from storage.accounts import Account
    from storage.factory import open_store
    from storage.queue import QueueFilter, plan_order
    from storage.queue import _filtered as filtered
    from tests.support.db import make_keyring

    path = tmp_path / "plan.db"
    s = open_store(f"sqlite+aiosqlite:///{path}", make_keyring())
    await s.start()
    await s.close()
    admin = Account(1, "admin", "admin", None, None, "Admin")
    mediator = Account(5, "mila", "mediator", 3, "pusat", "Mila")
    db = sqlite3.connect(path)
    for who, f in (
        (admin, QueueFilter()),
        (admin, QueueFilter(state="all")),
        (mediator, QueueFilter()),
        (mediator, QueueFilter(view="mine")),
        (mediator, QueueFilter(view="overdue")),
        (admin, QueueFilter(view="overdue")),
        (mediator, QueueFilter(view="waiting")),
        (mediator, QueueFilter(category="gaji_tidak_dibayar", country="MY", sex="F")),
    ):
        query = filtered(who, f, None, NOW).order_by(*plan_order(f)).limit(51)
        sql = str(query.compile(dialect=sqlite_dialect.dialect(), compile_kwargs={"literal_binds": True}))
        plan = " | ".join(row[3] for row in db.execute("EXPLAIN QUERY PLAN " + sql))
        assert "TEMP B-TREE" not in plan and "USING INDEX ix_cases_" in plan, (f.view, f.state, who.role, plan)


def test_a_database_with_assigned_cases_upgrades_to_the_newest_schema(tmp_path: Path) -> None:
    """Upgrading a real database (cases taken by mediators, audit rows) must not trip SQLite's
    foreign keys: a migration that rebuilds a referenced table by copy and drop fails there."""
    import sqlite3

    from alembic import command
    from sqlalchemy import create_engine, event

    from storage.factory import _sqlite_pragmas
    from storage.migrate import alembic_config

    engine = create_engine(f"sqlite:///{tmp_path}/old.db")
    event.listen(engine, "connect", _sqlite_pragmas)
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), "0003")
    db = sqlite3.connect(tmp_path / "old.db")
    db.execute("INSERT INTO offices (id, code, name, kind) VALUES (1, 'pusat', 'Pusat', 'regional')")
    db.execute(
        "INSERT INTO mediators (id, username, password_hash, role, office_id, display_name, is_woman,"
        " sexual_violence_trained, failed_logins, active, created_at)"
        " VALUES (1, 'mila', 'x', 'mediator', 1, 'Mila', 0, 0, 0, 1, '2026-11-01 00:00:00')"
    )
    db.execute(
        "INSERT INTO cases (id, number, flow, category, urgent, status, sex, reporter_kind, language, indicators,"
        " discreet, notify_reporter, office_id, assignee_id, created_at, updated_at, status_changed_at)"
        " VALUES (1, 'OLD-2345', 'complaint', 'gaji_tidak_dibayar', 0, 'diproses', 'F', 'self', 'id', '[]', 0, 1,"
        " 1, 1, '2026-11-01 00:00:00', '2026-11-01 00:00:00', '2026-11-02 00:00:00')"
    )
    db.execute("INSERT INTO audit_log (at, mediator_id, action, detail) VALUES ('2026-11-01 00:00:00', 1, 'x', '{}')")
    db.commit()
    db.close()
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), "head")
    db = sqlite3.connect(tmp_path / "old.db")
    assert db.execute("SELECT number, assignee_id, first_response_at FROM cases").fetchall() == [
        ("OLD-2345", 1, "2026-11-02 00:00:00")
    ]
    queue_index = db.execute("SELECT sql FROM sqlite_master WHERE name = 'ix_cases_queue'").fetchone()[0]
    assert "urgent DESC" in queue_index
