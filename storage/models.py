"""The tables. Columns used for statistics and the queue are plain; everything personal is in
``*_enc`` columns, encrypted with the reporter's data key (see storage/crypto.py).

Alembic migrations in ``storage/migrations`` create these tables; a test checks that the
migrations and these tables agree.

Core tables, not ORM classes: storage reads and writes with Core statements only, and the ORM
(``sqlalchemy.orm``, ~6 MB resident) is then never imported by the running bot (ADR 0014,
storage/sa_async.py).
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Column,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    text,
)

CASE_STATUSES = ("baru", "diproses", "menunggu_info", "dirujuk", "selesai", "ditutup")
ROLES = ("mediator", "supervisor", "admin")

#: an integer primary key that is BIGINT on PostgreSQL and the rowid on SQLite
PK = BigInteger().with_variant(Integer(), "sqlite")

metadata = MetaData()

offices = Table(
    "offices",
    metadata,
    Column("id", PK, primary_key=True),
    Column("code", String(40), nullable=False, unique=True),
    Column("name", String(200), nullable=False),
    Column("kind", String(40), nullable=False, default="regional"),
)

mediators = Table(
    "mediators",
    metadata,
    Column("id", PK, primary_key=True),
    Column("username", String(80), nullable=False, unique=True),
    Column("password_hash", String(200), nullable=False),
    Column("role", String(20), nullable=False, default="mediator"),
    Column("office_id", ForeignKey("offices.id")),
    Column("display_name", String(200), nullable=False, default=""),
    Column("is_woman", Boolean, nullable=False, default=False),
    Column("sexual_violence_trained", Boolean, nullable=False, default=False),
    Column("telegram_user_id", BigInteger),
    Column("failed_logins", Integer, nullable=False, default=0),
    Column("locked_until", DateTime(timezone=True)),
    Column("active", Boolean, nullable=False, default=True),
    Column("created_at", DateTime(timezone=True), nullable=False),
    # the TOTP secret, sealed with the master key; NULL without a second factor
    Column("totp_secret_enc", LargeBinary),
    # a temporary password set by an admin: the next sign-in must choose a new one
    Column("must_change_password", Boolean, nullable=False, default=False),
)

#: a person who talks to the bot; ``wrapped_key`` is their data key: deleting it shreds their data
reporters = Table(
    "reporters",
    metadata,
    Column("id", PK, primary_key=True),
    Column("channel", String(20), nullable=False),
    Column("user_hash", String(64), nullable=False, unique=True),
    Column("wrapped_key", LargeBinary),
    Column("lang", String(8), nullable=False, default="id"),
    Column("consent_version", String(40)),
    Column("consent_at", DateTime(timezone=True)),
    Column("consent_withdrawn_at", DateTime(timezone=True)),
    Column("erased_at", DateTime(timezone=True)),
    Column("created_at", DateTime(timezone=True), nullable=False),
)

#: one chat's dialog state (the engine's state, encrypted) and its optimistic version
conversations = Table(
    "conversations",
    metadata,
    Column("id", PK, primary_key=True),
    Column("chat_hash", String(64), nullable=False, unique=True),
    Column("channel", String(20), nullable=False),
    Column("chat_id_enc", LargeBinary),
    Column("reporter_id", ForeignKey("reporters.id"), nullable=False),
    Column("state_enc", LargeBinary),
    Column("version", Integer, nullable=False, default=1),
    Column("flow", String(40), nullable=False),
    Column("node", String(60)),
    Column("updated_at", DateTime(timezone=True), nullable=False),
    # the update key of the last turn whose replies the channel sent (or kept in the outbox):
    # a redelivered update whose replies were never sent gets them then (see DialogService)
    Column("sent_key", String(120)),
)

cases = Table(
    "cases",
    metadata,
    Column("id", PK, primary_key=True),
    Column("number", String(16), nullable=False, unique=True),
    Column("access_hash", String(200)),
    Column("family_hash", String(200)),
    Column("flow", String(40), nullable=False),
    Column("category", String(40), nullable=False),
    Column("urgent", Boolean, nullable=False, default=False),
    Column("status", String(20), nullable=False, default="baru"),
    Column("country", String(2)),
    Column("province", String(60)),
    Column("sex", String(8), nullable=False, default="unknown"),
    Column("age", Integer),
    Column("reporter_kind", String(20), nullable=False, default="self"),
    Column("relation", String(40)),
    Column("route", String(20)),
    Column("language", String(8), nullable=False, default="id"),
    Column("indicators", JSON, nullable=False, default=list),
    Column("discreet", Boolean, nullable=False, default=False),
    Column("notify_reporter", Boolean, nullable=False, default=True),
    Column("fields_enc", LargeBinary),
    Column("channel", String(20)),
    Column("chat_id_enc", LargeBinary),
    Column("chat_hash", String(64), index=True),
    Column("office_id", ForeignKey("offices.id")),
    Column("assignee_id", ForeignKey("mediators.id")),
    Column("reporter_id", ForeignKey("reporters.id")),
    Column("consent_version", String(40)),
    Column("consent_at", DateTime(timezone=True)),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("updated_at", DateTime(timezone=True), nullable=False),
    Column("status_changed_at", DateTime(timezone=True), nullable=False),
    Column("last_notice_at", DateTime(timezone=True)),
    Column("anonymised_at", DateTime(timezone=True)),
    # further problems of the same case, after ``category`` (the primary one)
    Column("secondary_categories", JSON, nullable=False, default=list, server_default=text("'[]'")),
    # the slots whose answers came from the reporter's own words rather than from a question
    Column("from_words", JSON, nullable=False, default=list, server_default=text("'[]'")),
    # when the reporter wrote and no mediator has opened the thread since ("pelapor membalas")
    Column("unread_since", DateTime(timezone=True)),
    # when a mediator owes the reporter an answer (storage/deadlines.py); none while waiting for her
    Column("due_at", DateTime(timezone=True)),
    Column("first_response_at", DateTime(timezone=True)),
    Column("resolved_at", DateTime(timezone=True)),
    # what the reporter did with "hapus" (storage/erasure.py): ``chat_deleted`` (the case goes
    # on, her chat is unlinked), ``withdrawn`` (closed, personal fields gone) or ``erased``
    # (everything of hers gone); the day she did it
    Column("reporter_action", String(20)),
    Column("reporter_action_at", DateTime(timezone=True)),
    # the queue's order (urgent first, then oldest) as the index's own order, so a page is an
    # index scan of 50 rows, never a sort, with a million cases (see bench/queue.py)
    Index("ix_cases_queue", text("urgent DESC"), "created_at", "id"),
    Index("ix_cases_status", "status", text("urgent DESC"), "created_at", "id"),
    Index("ix_cases_office", "office_id", text("urgent DESC"), "created_at", "id"),
    Index("ix_cases_office_category", "office_id", "category", text("urgent DESC"), "created_at", "id"),
    Index("ix_cases_assignee", "assignee_id", text("urgent DESC"), "created_at", "id"),
    # the Overdue and Waiting views: the soonest deadline first, per office or all
    Index("ix_cases_due", "office_id", "due_at"),
    Index("ix_cases_due_all", "due_at"),
    Index("ix_cases_category", "category"),
    Index("ix_cases_country", "country"),
    Index("ix_cases_reporter", "reporter_id"),
)

attachments = Table(
    "attachments",
    metadata,
    Column("id", PK, primary_key=True),
    Column("case_id", ForeignKey("cases.id"), nullable=False, index=True),
    Column("kind", String(20), nullable=False),
    Column("file_id_enc", LargeBinary),
    Column("size", BigInteger),
    Column("mime", String(100)),
    Column("path", String(300)),
    Column("created_at", DateTime(timezone=True), nullable=False),
)

#: the audit trail of a case: filed, status changes, notes, messages in and out
case_events = Table(
    "case_events",
    metadata,
    Column("id", PK, primary_key=True),
    Column("case_id", ForeignKey("cases.id"), nullable=False, index=True),
    Column("at", DateTime(timezone=True), nullable=False),
    Column("actor_kind", String(20), nullable=False),
    Column("mediator_id", ForeignKey("mediators.id")),
    Column("kind", String(20), nullable=False),
    Column("body_enc", LargeBinary),
    Column("data", JSON, nullable=False, default=dict),
)

#: keyed blind indexes of a case's phone, passport and name (storage/search_index.py)
case_search = Table(
    "case_search",
    metadata,
    Column("id", PK, primary_key=True),
    Column("case_id", ForeignKey("cases.id"), nullable=False, index=True),
    Column("kind", String(12), nullable=False),
    Column("digest", String(64), nullable=False, index=True),
)

#: a console session: the browser's cookie holds only a random id, whose SHA-256 is the key
#: here, so signing out, deactivating an account or an expiry ends it for every copy of the cookie
web_sessions = Table(
    "web_sessions",
    metadata,
    Column("id_hash", String(64), primary_key=True),
    Column("mediator_id", ForeignKey("mediators.id"), index=True),
    Column("data", JSON, nullable=False, default=dict),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("seen_at", DateTime(timezone=True), nullable=False, index=True),
)

#: failed sign-ins of one account from one source (an address, or a browser that signed in to
#: it before): the back-off that follows is that source's alone
sign_in_failures = Table(
    "sign_in_failures",
    metadata,
    Column("key", String(64), primary_key=True),
    Column("failures", Integer, nullable=False, default=0),
    Column("last_at", DateTime(timezone=True), nullable=False),
    Column("locked_until", DateTime(timezone=True)),
)

audit_log = Table(
    "audit_log",
    metadata,
    Column("id", PK, primary_key=True),
    Column("at", DateTime(timezone=True), nullable=False, index=True),
    Column("mediator_id", ForeignKey("mediators.id")),
    Column("action", String(40), nullable=False),
    Column("case_id", ForeignKey("cases.id")),
    Column("detail", JSON, nullable=False, default=dict),
    # the audit page filters by who or what, newest first, a page at a time
    Index("ix_audit_mediator", "mediator_id", "id"),
    Index("ix_audit_action", "action", "id"),
)

processed_updates = Table(
    "processed_updates",
    metadata,
    Column("update_key", String(120), primary_key=True),
    Column("at", DateTime(timezone=True), nullable=False),
)

outbox = Table(
    "outbox",
    metadata,
    Column("id", PK, primary_key=True),
    Column("kind", String(40), nullable=False),
    Column("payload_enc", LargeBinary, nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("available_at", DateTime(timezone=True), nullable=False),
    Column("attempts", Integer, nullable=False, default=0),
    Column("claimed_until", DateTime(timezone=True)),
    Column("claimed_by", String(60)),
    Column("done_at", DateTime(timezone=True)),
    Column("last_error", String(200)),
    # whose row it is (storage/outbox_seal.py): erasing her data deletes it
    Column("reporter_id", PK),
    Column("case_id", PK),
    Index("ix_outbox_pending", "done_at", "available_at"),
    Index("ix_outbox_reporter", "reporter_id"),
    Index("ix_outbox_case", "case_id"),
)

consent_records = Table(
    "consent_records",
    metadata,
    Column("id", PK, primary_key=True),
    Column("reporter_id", ForeignKey("reporters.id"), nullable=False, index=True),
    Column("version", String(40), nullable=False),
    Column("given", Boolean, nullable=False),
    Column("at", DateTime(timezone=True), nullable=False),
)

#: status-check tries per chat and per case number, so the try limit survives restarts
status_attempts = Table(
    "status_attempts",
    metadata,
    Column("id", PK, primary_key=True),
    Column("scope_hash", String(64), nullable=False),
    Column("at", DateTime(timezone=True), nullable=False),
    Column("ok", Boolean, nullable=False, default=False),
    Index("ix_status_attempts_scope", "scope_hash", "at"),
)

#: a WhatsApp conversation's window and what waits for her (bot/whatsapp/state.py):
#: ``last_inbound_at`` opens the 24-hour customer-service window; ``held_enc`` keeps, sealed,
#: the messages that came while it was closed (a template went instead) until she answers
whatsapp_chats = Table(
    "whatsapp_chats",
    metadata,
    Column("chat_hash", String(64), primary_key=True),
    Column("last_inbound_at", DateTime(timezone=True)),
    Column("held_enc", LargeBinary),
    Column("discreet_told", Boolean, nullable=False, default=False),
)

#: a message sent on WhatsApp, until Meta says it was delivered: a failed one is sent
#: again (throttled), held for a template (window closed) or reported, never lost quietly
whatsapp_sent = Table(
    "whatsapp_sent",
    metadata,
    Column("wamid", String(160), primary_key=True),
    Column("chat_hash", String(64), nullable=False, index=True),
    Column("body_enc", LargeBinary),
    Column("status", String(16), nullable=False, default="sent"),
    Column("error_code", Integer),
    Column("attempts", Integer, nullable=False, default=0),
    Column("sent_at", DateTime(timezone=True), nullable=False),
    Column("updated_at", DateTime(timezone=True), nullable=False),
)
