"""Shared value types of the dialog: what comes in, what goes out, what is kept.

Everything here is plain data, so that every channel (console, aiogram, python-telegram-bot,
a future WhatsApp adapter) and the storage layer speak the same language as the pure engine.
The engine takes an :class:`Inbound` and a :class:`ConversationState` and returns a :class:`Turn`;
it never sends, stores or reads the clock.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Literal, NamedTuple

#: The input kinds a flow node may ask for.
InputKind = Literal[
    "choice",
    "yesno",
    "text",
    "longtext",
    "phone",
    "country",
    "province",
    "date",
    "number",
    "media",
]

MediaKind = Literal["photo", "document", "voice", "audio", "video", "video_note", "sticker", "animation"]


@dataclass(frozen=True, slots=True)
class ConversationKey:
    """Identifies one conversation: a chat on one channel. Every turn of it is serialised."""

    channel: str
    chat_id: str

    def __post_init__(self) -> None:
        if not self.channel or not self.chat_id:
            raise ValueError("a conversation key needs both a channel and a chat id")

    def __str__(self) -> str:
        return f"{self.channel}:{self.chat_id}"


@dataclass(frozen=True, slots=True)
class Media:
    """An attachment the user sent. The bytes are fetched by the channel, never by the engine."""

    kind: MediaKind
    file_id: str
    size: int | None = None
    mime_type: str | None = None
    file_name: str | None = None


@dataclass(frozen=True, slots=True)
class Inbound:
    """One thing a user (or the host, for ``system``) said to the bot.

    ``update_key`` is unique per delivered update (e.g. ``telegram:123456``); the same key twice
    is the same update redelivered, and storage makes the second one a no-op.
    ``choice`` is button data: ``"<seq>:<option id>"`` from a button, or a bare option id from the
    console. ``system`` carries results the host looked up for the engine (see :class:`Lookup`)
    and notices that mediators send through the bot; never user input.
    """

    channel: str
    chat_id: str
    update_key: str
    user_id: str = ""
    text: str | None = None
    choice: str | None = None
    media: Media | None = None
    contact_phone: str | None = None
    location: tuple[float, float] | None = None
    system: dict[str, Any] | None = None

    @property
    def key(self) -> ConversationKey:
        return ConversationKey(self.channel, self.chat_id)


class Option(NamedTuple):
    """A button. ``data`` is what the channel puts in callback data: ``"<seq>:<id>"``.

    A named tuple rather than a frozen dataclass: as immutable, and made twice as fast, which
    counts for the few dozen the engine makes each turn."""

    id: str
    label: str
    data: str


class Reply(NamedTuple):
    """One message the bot sends. Plain text: channels send it without a parse mode, so user
    text quoted back (a name, a story) can never format or inject anything. (A named tuple, as
    ``Option``.)"""

    text: str
    options: tuple[Option, ...] = ()
    request_contact: bool = False
    remove_keyboard: bool = False


@dataclass(frozen=True, slots=True)
class Awaiting:
    """What the bot now waits for: the node and its input kind (``None`` when the dialog ended)."""

    node: str
    input: str


# --------------------------------------------------------------------------------------------
# Effects: what the host must make durable together with the new state, in one transaction.
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class FileCase:
    """File a new case. ``access_code`` and ``family_code`` are plain here (shown once to the
    reporter) and hashed by storage; ``fields`` holds every answer, personal ones included."""

    number: str
    access_code: str
    family_code: str
    flow: str
    category: str
    urgent: bool
    reporter_kind: str
    language: str
    indicators: tuple[str, ...]
    fields: dict[str, Any]
    consent_version: str
    consent_at: datetime
    discreet: bool = False
    notify_reporter: bool = True
    attachments: tuple[Media, ...] = ()


@dataclass(frozen=True, slots=True)
class CaseMessage:
    """The reporter wrote to the mediator of a filed case (a reply lands on the case timeline)."""

    case_number: str
    text: str
    attachments: tuple[Media, ...] = ()


@dataclass(frozen=True, slots=True)
class NotifyMediators:
    """Post a notice to the mediators (through the outbox). Never carries names or the story."""

    kind: Literal["new_case", "urgent_case", "danger_alert", "agent_request"]
    case_number: str | None = None
    category: str | None = None
    country: str | None = None
    urgent: bool = False


@dataclass(frozen=True, slots=True)
class RecordConsent:
    """The reporter gave (``given=True``) or withdrew consent to a text version, at a time."""

    version: str
    at: datetime
    given: bool


@dataclass(frozen=True, slots=True)
class EraseReporterData:
    """The reporter confirmed "hapus": erase their personal data (crypto-shred) and conversations."""


@dataclass(frozen=True, slots=True)
class Lookup:
    """Ask the host for something only storage knows; the host answers with a ``system`` inbound
    (``{"lookup": kind, ...result}``) in the same turn, so the engine stays pure.

    kinds: ``status`` (args: number, code) and ``my_cases`` (no args: cases this chat filed).
    """

    kind: Literal["status", "my_cases"]
    args: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class NewFamilyCode:
    """Replace the family code of one of this chat's own cases (shown once, stored hashed)."""

    case_number: str
    code: str


Effect = FileCase | CaseMessage | NotifyMediators | RecordConsent | EraseReporterData | Lookup | NewFamilyCode


@dataclass(slots=True)
class ConversationState:
    """Everything the engine needs to resume a conversation: JSON-serialisable by ``to_dict``.

    ``slots`` holds the answers (personal data: storage encrypts the whole state). ``history`` is
    the stack of nodes asked, for ``kembali``. ``seq`` grows with every question asked, so a
    button from an earlier question is recognised as stale. ``pending`` holds a fuzzy answer
    awaiting confirmation ("Arab Saudi, benar?") or a command awaiting confirmation ("hapus").
    """

    flow: str
    node: str | None
    lang: str = "id"
    slots: dict[str, Any] = field(default_factory=dict)
    history: list[str] = field(default_factory=list)
    seq: int = 0
    misses: int = 0
    pending: dict[str, Any] | None = None
    lang_locked: bool = False
    discreet: bool = False
    urgent: bool = False
    return_to: dict[str, Any] | None = None
    reply_case: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "flow": self.flow,
            "node": self.node,
            "lang": self.lang,
            "slots": self.slots,
            "history": self.history,
            "seq": self.seq,
            "misses": self.misses,
            "pending": self.pending,
            "lang_locked": self.lang_locked,
            "discreet": self.discreet,
            "urgent": self.urgent,
            "return_to": self.return_to,
            "reply_case": self.reply_case,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ConversationState:
        known = {k: data[k] for k in cls.__dataclass_fields__ if k in data}
        return cls(**known)

    def copy(self) -> ConversationState:
        """A copy the engine may change without touching this one.

        Shallow where that is safe, because this runs every turn: the engine assigns slot values
        and ``pending``/``return_to`` anew rather than changing them in place, and copies what it
        takes out of a paused flow (``_Run.finish``). Only ``slots`` and ``history`` are mutated.
        """
        return ConversationState(
            self.flow,
            self.node,
            self.lang,
            dict(self.slots),
            list(self.history),
            self.seq,
            self.misses,
            self.pending,
            self.lang_locked,
            self.discreet,
            self.urgent,
            self.return_to,
            self.reply_case,
        )


@dataclass(frozen=True, slots=True)
class Turn:
    """The engine's answer to one inbound: replies to send after commit, the new state, the
    effects to commit with it, and what the bot now waits for."""

    replies: tuple[Reply, ...]
    state: ConversationState
    effects: tuple[Effect, ...] = ()
    awaiting: Awaiting | None = None
    #: ask the channel to delete the conversation's messages as it goes (discreet mode)
    discreet: bool = False
    #: discreet mode, dialog ended: the line left on the phone once the closing replies are deleted
    closing_line: str | None = None
