"""Envelope encryption: per-reporter data keys wrapped by a master key ring from the environment.

- Personal fields are encrypted with the reporter's own data key (Fernet). Deleting that key
  (``hapus``) makes every copy of their data unreadable at once: crypto-shredding.
- Data keys are stored wrapped by the master ring (MultiFernet, newest key first). Rotation adds a
  master key and rewraps the data keys; nothing else is re-encrypted, and old keys keep working
  until the rewrap is done, so there is no downtime.
- Blind indexes (keyed HMAC) let storage find a chat or a user without keeping the raw id in
  clear. The index key never rotates: rotating it would orphan every index.
- Access and family codes are kept as keyed hashes (HMAC-SHA256 under a key derived from the
  index key): they are random 40-bit codes, not passwords, so a key the database never holds
  is what stops an offline guess (ADR 0004). argon2 hashes of older releases still verify.
- The conversation state, rewritten every turn, is sealed with AES-256-GCM under a key derived
  (HKDF) from the reporter's data key: one call instead of Fernet's AES-CBC + HMAC + base64.
  Shredding and rotation are unchanged (no data key, no derived key); Fernet tokens still open.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
from collections import OrderedDict
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import orjson
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from cryptography.exceptions import InvalidTag
from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from storage.errors import ConfigError

KEY_CACHE = 50_000
#: first byte of an AES-GCM token; a Fernet token is base64 text and starts with "g". Version 1
#: had a constant associated data (a token could be moved to another row of the same reporter);
#: version 2 binds it to where it is stored: table, column and row (``aad``). Both still open.
AEAD_V1 = b"\x01"
AEAD_V2 = b"\x02"
NONCE_BYTES = 12
#: prefix of an access or family code's keyed hash (older rows hold argon2 hashes: "$argon2id$...")
CODE_HASH_V1 = "hmac-sha256$"
#: the argon2 parameters older releases hashed codes with, to verify what they stored
LEGACY_CODE_HASHER = PasswordHasher(time_cost=1, memory_cost=4096, parallelism=1)
#: JSON as the standard library writes it (UTF-8, non-string keys as strings, unknown types by
#: ``str``: dates too, so values read back as they were), by orjson: a tenth of the time
_JSON_OPTIONS = orjson.OPT_NON_STR_KEYS | orjson.OPT_PASSTHROUGH_DATETIME | orjson.OPT_PASSTHROUGH_DATACLASS


def dumps(data: Any) -> bytes:
    try:
        return orjson.dumps(data, default=str, option=_JSON_OPTIONS)
    except orjson.JSONEncodeError:  # an integer past 64 bits, say: the standard library takes it
        return json.dumps(data, ensure_ascii=False, default=str).encode()


def loads(data: bytes | str) -> Any:
    """The standard library's reader: reads are rare (the state is cached) and it keeps every
    integer exact, where orjson would read one past 64 bits as a float."""
    return json.loads(data)


class DataKey(Fernet):
    """A reporter's data key: a Fernet key (fields, files, ids) that also seals state with
    AES-GCM under a key derived from it, so both go when the data key is destroyed.

    It keeps only the key and the derived state key: the store holds 5,000 recent data keys
    and the ring up to 50,000 unwrapped ones, and Fernet's own fields (the key's two halves and
    an AES object, ~250 bytes a key) serve only the rarer fields, files and ids, so a Fernet is
    made for each of those calls (microseconds) with Fernet's public methods."""

    __slots__ = ("_key", "_state_key")

    def __init__(self, key: bytes | str) -> None:
        # not Fernet.__init__ (it keeps those fields); Fernet(key) checks the key as it does
        Fernet(key)
        self._key = key.encode() if isinstance(key, str) else bytes(key)
        raw = base64.urlsafe_b64decode(self._key)
        # only the 32 bytes are kept: an AESGCM object holds OpenSSL's context, ~2.4 KB each, and
        # the store keeps 5,000 recent keys; making one per call costs under a microsecond
        self._state_key = HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=b"pmi-state-aead-v1").derive(raw)

    def _fernet(self) -> Fernet:
        return Fernet(self._key)

    def encrypt(self, data: bytes) -> bytes:
        return self._fernet().encrypt(data)

    def encrypt_at_time(self, data: bytes, current_time: int) -> bytes:
        return self._fernet().encrypt_at_time(data, current_time)

    def decrypt(self, token: bytes | str, ttl: int | None = None) -> bytes:
        return self._fernet().decrypt(token, ttl)

    def decrypt_at_time(self, token: bytes | str, ttl: int, current_time: int) -> bytes:
        return self._fernet().decrypt_at_time(token, ttl, current_time)

    def extract_timestamp(self, token: bytes | str) -> int:
        return self._fernet().extract_timestamp(token)

    def seal(self, data: bytes, where: str) -> bytes:
        """AES-GCM bound to ``where`` ("table.column:row"): a token moved to another row, or
        another column, no longer opens."""
        nonce = os.urandom(NONCE_BYTES)
        return AEAD_V2 + nonce + AESGCM(self._state_key).encrypt(nonce, data, AEAD_V2 + where.encode())

    def open(self, token: bytes, where: str | None = None) -> bytes:
        version = token[:1]
        if version == AEAD_V2:
            if where is None:
                raise InvalidToken
            aad = AEAD_V2 + where.encode()
        elif version == AEAD_V1:
            aad = AEAD_V1
        else:
            raise InvalidToken
        try:
            return AESGCM(self._state_key).decrypt(token[1 : 1 + NONCE_BYTES], token[1 + NONCE_BYTES :], aad)
        except InvalidTag:
            raise InvalidToken from None


def state_aad(chat_hash: str) -> str:
    """Where a conversation's state lives: its row is the chat's blind index."""
    return f"conversations.state_enc:{chat_hash}"


def outbox_aad(kind: str, reporter_id: int) -> str:
    """Where an outbox payload sealed with a reporter's key lives (its row id is not known before
    the insert: the kind and the owner bind it; rows of one kind of one reporter are alike)."""
    return f"outbox.payload_enc:{kind}:{reporter_id}"


class KeyRing:
    def __init__(self, master_keys: list[str], index_key: str) -> None:
        if not master_keys:
            raise ConfigError("no master key: set PMI_MASTER_KEYS or PMI_KEY_FILE")
        try:
            self.masters = [Fernet(k.encode() if isinstance(k, str) else k) for k in master_keys]
        except (ValueError, TypeError):
            raise ConfigError("a master key is not a valid Fernet key (32 url-safe base64 bytes)") from None
        self.master = MultiFernet(self.masters)
        self._raw = list(master_keys)
        self.index_key = index_key.encode()
        self._code_key = HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=b"pmi-code-hash-v1").derive(
            self.index_key
        )
        self._cache: OrderedDict[bytes, DataKey] = OrderedDict()
        #: the key file this ring came from: re-read when another process rotated the keys
        self.source: Path | None = None
        #: the key file's (mtime, size, inode) when last read: a change means it was rewritten
        self._seen: tuple[int, int, int] | None = None

    def watch(self, path: Path) -> None:
        """Follow a key file: a rotation by another process is noticed before the next wrap."""
        self.source = path
        self._seen = _stamp(path)

    def _reload(self) -> bool:
        if self.source is None:
            return False
        self._seen = _stamp(self.source)
        keys = list(read_key_file(self.source)["master_keys"])
        if keys == [k.decode() if isinstance(k, bytes) else k for k in self._raw]:
            return False
        self.masters = [Fernet(k.encode()) for k in keys]
        self.master = MultiFernet(self.masters)
        self._raw = keys
        return True

    def _refresh(self) -> None:
        """Re-read the key file if it changed since it was read (one stat): a data key is never
        wrapped with a master key that a rotation has already put behind a newer one."""
        if self.source is not None and _stamp(self.source) != self._seen:
            self._reload()

    # -- data keys
    def new_data_key(self) -> tuple[DataKey, bytes]:
        self._refresh()
        key = Fernet.generate_key()
        return DataKey(key), self.master.encrypt(key)

    def unwrap(self, wrapped: bytes) -> DataKey:
        cached = self._cache.get(wrapped)
        if cached is not None:
            self._cache.move_to_end(wrapped)
            return cached
        try:
            key = DataKey(self.master.decrypt(wrapped))
        except InvalidToken:
            if not self._reload():
                raise ConfigError("a data key cannot be unwrapped: the master key that wrapped it is missing") from None
            return self.unwrap(wrapped)
        self._cache[wrapped] = key
        if len(self._cache) > KEY_CACHE:
            self._cache.popitem(last=False)
        return key

    def rewrap(self, wrapped: bytes) -> bytes:
        return self.master.rotate(wrapped)

    def needs_old_key(self, token: bytes) -> bool:
        """Whether ``token`` (a wrapped data key, a master-sealed payload) opens only with a key
        other than the newest: it must be rewrapped before the older keys can go."""
        try:
            self.masters[0].decrypt(token)
        except InvalidToken:
            return True
        return False

    # -- data under the master ring (outbox rows that belong to no reporter)
    def seal(self, data: Any) -> bytes:
        self._refresh()
        return self.master.encrypt(dumps(data))

    def open(self, token: bytes) -> Any:
        return loads(self.master.decrypt(token))

    # -- blind indexes
    def blind_index(self, value: str) -> str:
        return hmac.new(self.index_key, value.encode(), hashlib.sha256).hexdigest()

    # -- access and family codes
    def code_hash(self, code: str) -> str:
        """The stored form of a (normalised) access or family code."""
        return CODE_HASH_V1 + hmac.new(self._code_key, code.encode(), hashlib.sha256).hexdigest()

    def code_matches(self, stored: Iterable[str | None], code: str) -> bool:
        """Whether ``code`` (normalised) is the one any of ``stored`` was made from. Every hash
        is checked, and the code is hashed even when none is there (a case that does not exist),
        so the time says nothing; an argon2 hash from an older release is checked with argon2
        (milliseconds: callers run it off the event loop, see ``is_legacy_code_hash``)."""
        expected = self.code_hash(code)
        ok = False
        for hashed in stored:
            if not hashed:
                continue
            if hashed.startswith(CODE_HASH_V1):
                ok = hmac.compare_digest(hashed, expected) or ok
                continue
            try:
                ok = LEGACY_CODE_HASHER.verify(hashed, code) or ok
            except (VerificationError, InvalidHashError):
                pass
        return ok


def is_legacy_code_hash(stored: str | None) -> bool:
    """An argon2 hash of a code, as releases before ADR 0004 stored them."""
    return bool(stored) and not str(stored).startswith(CODE_HASH_V1)


def encrypt_json(key: Fernet, data: Any) -> bytes:
    return key.encrypt(dumps(data))


def decrypt_json(key: Fernet, token: bytes, where: str | None = None) -> Any:
    """Opens both formats: Fernet tokens (every field but the state, and state written before
    AES-GCM) and AES-GCM tokens (the state; ``where`` says which row it must belong to)."""
    if token[:1] in (AEAD_V1, AEAD_V2):
        if not isinstance(key, DataKey):
            raise InvalidToken
        return loads(key.open(token, where))
    return loads(key.decrypt(token))


def seal_state(key: Fernet, data: Any, where: str) -> bytes:
    """The conversation state, written every turn: AES-GCM bound to its row when the key is a data key."""
    plain = dumps(data)
    return key.seal(plain, where) if isinstance(key, DataKey) else key.encrypt(plain)


def encrypt_bytes(key: Fernet, data: bytes) -> bytes:
    return key.encrypt(data)


def _stamp(path: Path) -> tuple[int, int, int] | None:
    try:
        st = path.stat()
    except FileNotFoundError:
        return None
    return (st.st_mtime_ns, st.st_size, st.st_ino)


def read_key_file(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text())
    except FileNotFoundError:
        raise ConfigError(
            f"the key file {path} is missing: restore it from your backup (or unset PMI_KEY_FILE)"
        ) from None
    except json.JSONDecodeError:
        raise ConfigError(f"the key file {path} is not valid JSON") from None
    if not isinstance(data, dict) or not data.get("master_keys") or not data.get("index_key"):
        raise ConfigError(f"the key file {path} needs 'master_keys' (a list) and 'index_key'")
    return data
