"""The tables. Columns used for statistics and the queue are plain; everything personal is in
``*_enc`` columns, encrypted with the reporter's data key (see storage/crypto.py).

Alembic migrations in ``storage/migrations`` create these tables; a test checks that the
migrations and these models agree.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

CASE_STATUSES = ("baru", "diproses", "menunggu_info", "dirujuk", "selesai", "ditutup")
ROLES = ("mediator", "supervisor", "admin")

#: an integer primary key that is BIGINT on PostgreSQL and the rowid on SQLite
PK = BigInteger().with_variant(Integer(), "sqlite")


class Base(DeclarativeBase):
    type_annotation_map: ClassVar[dict[Any, Any]] = {dict[str, Any]: JSON, list[str]: JSON}


class Office(Base):
    __tablename__ = "offices"
    id: Mapped[int] = mapped_column(PK, primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(40), default="regional")


class Mediator(Base):
    __tablename__ = "mediators"
    id: Mapped[int] = mapped_column(PK, primary_key=True)
    username: Mapped[str] = mapped_column(String(80), unique=True)
    password_hash: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(20), default="mediator")
    office_id: Mapped[int | None] = mapped_column(ForeignKey("offices.id"))
    display_name: Mapped[str] = mapped_column(String(200), default="")
    is_woman: Mapped[bool] = mapped_column(Boolean, default=False)
    sexual_violence_trained: Mapped[bool] = mapped_column(Boolean, default=False)
    telegram_user_id: Mapped[int | None] = mapped_column(BigInteger)
    failed_logins: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    #: the TOTP secret, sealed with the master key; NULL without a second factor
    totp_secret_enc: Mapped[bytes | None] = mapped_column(LargeBinary)
    #: a temporary password set by an admin: the next sign-in must choose a new one
    must_change_password: Mapped[bool] = mapped_column(Boolean, default=False)


class Reporter(Base):
    """A person who talks to the bot. ``wrapped_key`` is their data key; deleting it shreds their data."""

    __tablename__ = "reporters"
    id: Mapped[int] = mapped_column(PK, primary_key=True)
    channel: Mapped[str] = mapped_column(String(20))
    user_hash: Mapped[str] = mapped_column(String(64), unique=True)
    wrapped_key: Mapped[bytes | None] = mapped_column(LargeBinary)
    lang: Mapped[str] = mapped_column(String(8), default="id")
    consent_version: Mapped[str | None] = mapped_column(String(40))
    consent_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    consent_withdrawn_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    erased_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class Conversation(Base):
    """One chat's dialog state (the engine's state, encrypted) and its optimistic version."""

    __tablename__ = "conversations"
    id: Mapped[int] = mapped_column(PK, primary_key=True)
    chat_hash: Mapped[str] = mapped_column(String(64), unique=True)
    channel: Mapped[str] = mapped_column(String(20))
    chat_id_enc: Mapped[bytes | None] = mapped_column(LargeBinary)
    reporter_id: Mapped[int] = mapped_column(ForeignKey("reporters.id"))
    state_enc: Mapped[bytes | None] = mapped_column(LargeBinary)
    version: Mapped[int] = mapped_column(Integer, default=1)
    flow: Mapped[str] = mapped_column(String(40))
    node: Mapped[str | None] = mapped_column(String(60))
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    #: the update key of the last turn whose replies the channel sent (or kept in the outbox):
    #: a redelivered update whose replies were never sent gets them then (see DialogService)
    sent_key: Mapped[str | None] = mapped_column(String(120))


class Case(Base):
    __tablename__ = "cases"
    id: Mapped[int] = mapped_column(PK, primary_key=True)
    number: Mapped[str] = mapped_column(String(16), unique=True)
    access_hash: Mapped[str | None] = mapped_column(String(200))
    family_hash: Mapped[str | None] = mapped_column(String(200))
    flow: Mapped[str] = mapped_column(String(40))
    category: Mapped[str] = mapped_column(String(40))
    urgent: Mapped[bool] = mapped_column(Boolean, default=False)
    status: Mapped[str] = mapped_column(String(20), default="baru")
    country: Mapped[str | None] = mapped_column(String(2))
    province: Mapped[str | None] = mapped_column(String(60))
    sex: Mapped[str] = mapped_column(String(8), default="unknown")
    age: Mapped[int | None] = mapped_column(Integer)
    reporter_kind: Mapped[str] = mapped_column(String(20), default="self")
    relation: Mapped[str | None] = mapped_column(String(40))
    route: Mapped[str | None] = mapped_column(String(20))
    language: Mapped[str] = mapped_column(String(8), default="id")
    indicators: Mapped[list[str]] = mapped_column(JSON, default=list)
    discreet: Mapped[bool] = mapped_column(Boolean, default=False)
    notify_reporter: Mapped[bool] = mapped_column(Boolean, default=True)
    fields_enc: Mapped[bytes | None] = mapped_column(LargeBinary)
    channel: Mapped[str | None] = mapped_column(String(20))
    chat_id_enc: Mapped[bytes | None] = mapped_column(LargeBinary)
    chat_hash: Mapped[str | None] = mapped_column(String(64), index=True)
    office_id: Mapped[int | None] = mapped_column(ForeignKey("offices.id"))
    assignee_id: Mapped[int | None] = mapped_column(ForeignKey("mediators.id"))
    reporter_id: Mapped[int | None] = mapped_column(ForeignKey("reporters.id"))
    consent_version: Mapped[str | None] = mapped_column(String(40))
    consent_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    status_changed_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    last_notice_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    anonymised_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    #: further problems of the same case, after ``category`` (the primary one)
    secondary_categories: Mapped[list[str]] = mapped_column(JSON, default=list, server_default=text("'[]'"))
    #: the slots whose answers came from the reporter's own words rather than from a question
    from_words: Mapped[list[str]] = mapped_column(JSON, default=list, server_default=text("'[]'"))
    #: when the reporter wrote and no mediator has opened the thread since ("pelapor membalas")
    unread_since: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    #: when a mediator owes the reporter an answer (storage/deadlines.py); none while waiting for her
    due_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    first_response_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    resolved_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    #: what the reporter did with "hapus" (storage/erasure.py): ``chat_deleted`` (the case goes
    #: on, her chat is unlinked), ``withdrawn`` (closed, personal fields gone) or ``erased``
    #: (everything of hers gone); the day she did it
    reporter_action: Mapped[str | None] = mapped_column(String(20))
    reporter_action_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))

    __table_args__ = (
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


class Attachment(Base):
    __tablename__ = "attachments"
    id: Mapped[int] = mapped_column(PK, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    file_id_enc: Mapped[bytes | None] = mapped_column(LargeBinary)
    size: Mapped[int | None] = mapped_column(BigInteger)
    mime: Mapped[str | None] = mapped_column(String(100))
    path: Mapped[str | None] = mapped_column(String(300))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class CaseEvent(Base):
    """The audit trail of a case: filed, status changes, notes, messages in and out."""

    __tablename__ = "case_events"
    id: Mapped[int] = mapped_column(PK, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    actor_kind: Mapped[str] = mapped_column(String(20))
    mediator_id: Mapped[int | None] = mapped_column(ForeignKey("mediators.id"))
    kind: Mapped[str] = mapped_column(String(20))
    body_enc: Mapped[bytes | None] = mapped_column(LargeBinary)
    data: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class CaseSearch(Base):
    """Keyed blind indexes of a case's phone, passport and name (storage/search_index.py)."""

    __tablename__ = "case_search"
    id: Mapped[int] = mapped_column(PK, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    kind: Mapped[str] = mapped_column(String(12))
    digest: Mapped[str] = mapped_column(String(64), index=True)


class WebSession(Base):
    """A console session: the browser's cookie holds only a random id, whose SHA-256 is the key
    here, so signing out, deactivating an account or an expiry ends it for every copy of the cookie."""

    __tablename__ = "web_sessions"
    id_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    mediator_id: Mapped[int | None] = mapped_column(ForeignKey("mediators.id"), index=True)
    data: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    seen_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), index=True)


class SignInFailure(Base):
    """Failed sign-ins of one account from one source (an address, or a browser that signed in to
    it before): the back-off that follows is that source's alone."""

    __tablename__ = "sign_in_failures"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    failures: Mapped[int] = mapped_column(Integer, default=0)
    last_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    locked_until: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class AuditLog(Base):
    __tablename__ = "audit_log"
    id: Mapped[int] = mapped_column(PK, primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), index=True)
    mediator_id: Mapped[int | None] = mapped_column(ForeignKey("mediators.id"))
    action: Mapped[str] = mapped_column(String(40))
    case_id: Mapped[int | None] = mapped_column(ForeignKey("cases.id"))
    detail: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    # the audit page filters by who or what, newest first, a page at a time
    __table_args__ = (
        Index("ix_audit_mediator", "mediator_id", "id"),
        Index("ix_audit_action", "action", "id"),
    )


class ProcessedUpdate(Base):
    __tablename__ = "processed_updates"
    update_key: Mapped[str] = mapped_column(String(120), primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class Outbox(Base):
    __tablename__ = "outbox"
    id: Mapped[int] = mapped_column(PK, primary_key=True)
    kind: Mapped[str] = mapped_column(String(40))
    payload_enc: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    available_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    claimed_until: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    claimed_by: Mapped[str | None] = mapped_column(String(60))
    done_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    last_error: Mapped[str | None] = mapped_column(String(200))
    #: whose row it is (storage/outbox_seal.py): erasing her data deletes it
    reporter_id: Mapped[int | None] = mapped_column(PK)
    case_id: Mapped[int | None] = mapped_column(PK)

    __table_args__ = (
        Index("ix_outbox_pending", "done_at", "available_at"),
        Index("ix_outbox_reporter", "reporter_id"),
        Index("ix_outbox_case", "case_id"),
    )


class ConsentRecord(Base):
    __tablename__ = "consent_records"
    id: Mapped[int] = mapped_column(PK, primary_key=True)
    reporter_id: Mapped[int] = mapped_column(ForeignKey("reporters.id"), index=True)
    version: Mapped[str] = mapped_column(String(40))
    given: Mapped[bool] = mapped_column(Boolean)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class StatusAttempt(Base):
    """Status-check tries per chat and per case number, so the try limit survives restarts."""

    __tablename__ = "status_attempts"
    id: Mapped[int] = mapped_column(PK, primary_key=True)
    scope_hash: Mapped[str] = mapped_column(String(64))
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    ok: Mapped[bool] = mapped_column(Boolean, default=False)

    __table_args__ = (Index("ix_status_attempts_scope", "scope_hash", "at"),)


class WhatsAppChat(Base):
    """A WhatsApp conversation's window and what waits for her (bot/whatsapp/state.py).

    ``last_inbound_at`` opens the 24-hour customer-service window; ``held_enc`` keeps, sealed,
    the messages that came while it was closed (a template went instead) until she answers."""

    __tablename__ = "whatsapp_chats"
    chat_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    last_inbound_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    held_enc: Mapped[bytes | None] = mapped_column(LargeBinary)
    discreet_told: Mapped[bool] = mapped_column(Boolean, default=False)


class WhatsAppSent(Base):
    """A message sent on WhatsApp, until Meta says it was delivered: a failed one is sent
    again (throttled), held for a template (window closed) or reported, never lost quietly."""

    __tablename__ = "whatsapp_sent"
    wamid: Mapped[str] = mapped_column(String(160), primary_key=True)
    chat_hash: Mapped[str] = mapped_column(String(64), index=True)
    body_enc: Mapped[bytes | None] = mapped_column(LargeBinary)
    status: Mapped[str] = mapped_column(String(16), default="sent")
    error_code: Mapped[int | None] = mapped_column(Integer)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    sent_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


__all__ = [
    "CASE_STATUSES",
    "ROLES",
    "Attachment",
    "AuditLog",
    "Base",
    "Case",
    "CaseEvent",
    "CaseSearch",
    "ConsentRecord",
    "Conversation",
    "Mediator",
    "Office",
    "Outbox",
    "ProcessedUpdate",
    "Reporter",
    "SignInFailure",
    "StatusAttempt",
    "WebSession",
    "WhatsAppChat",
    "WhatsAppSent",
]
