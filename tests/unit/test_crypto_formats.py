"""The conversation state is sealed with AES-GCM under a key derived from the reporter's data
key; Fernet tokens written before (and every other field) still open with the same data key.
Access codes are kept under a keyed hash; argon2 hashes of older releases still check."""

from __future__ import annotations

import json
import os
from datetime import UTC, date, datetime

import pytest
from cryptography.fernet import Fernet, InvalidToken
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from storage.crypto import (
    AEAD_V1,
    AEAD_V2,
    CODE_HASH_V1,
    LEGACY_CODE_HASHER,
    NONCE_BYTES,
    DataKey,
    KeyRing,
    decrypt_json,
    dumps,
    encrypt_json,
    loads,
    seal_state,
    state_aad,
)

STATE = {"flow": "complaint", "node": "q2", "slots": {"name": "Siti Aminah"}}
WHERE = state_aad("chat-hash-of-siti")


def ring() -> KeyRing:
    return KeyRing([Fernet.generate_key().decode()], "index")


def test_state_is_sealed_with_aes_gcm_and_opens_with_the_same_data_key() -> None:
    keys = ring()
    key, wrapped = keys.new_data_key()
    token = seal_state(key, STATE, WHERE)
    assert token[:1] == AEAD_V2 and b"Siti" not in token
    assert decrypt_json(keys.unwrap(wrapped), token, WHERE) == STATE


def test_fernet_tokens_of_an_old_database_still_open() -> None:
    keys = ring()
    raw = Fernet.generate_key()
    wrapped = keys.master.encrypt(raw)  # how a data key was always stored
    old_state = encrypt_json(Fernet(raw), STATE)  # how the state was written before AES-GCM
    assert old_state.startswith(b"gAAAAA")
    assert decrypt_json(keys.unwrap(wrapped), old_state) == STATE
    # and the other fields keep the Fernet format
    assert encrypt_json(keys.unwrap(wrapped), STATE).startswith(b"gAAAAA")


def test_a_state_opens_after_the_master_keys_rotate_and_the_data_key_is_rewrapped() -> None:
    first = ring()
    key, wrapped = first.new_data_key()
    token = seal_state(key, STATE, WHERE)
    rotated = KeyRing([Fernet.generate_key().decode(), *first._raw], "index")
    rewrapped = rotated.rewrap(wrapped)
    newest_only = KeyRing([rotated._raw[0]], "index")
    assert decrypt_json(newest_only.unwrap(rewrapped), token, WHERE) == STATE


def test_another_key_or_a_changed_byte_is_refused() -> None:
    keys = ring()
    key, _ = keys.new_data_key()
    token = seal_state(key, STATE, WHERE)
    other, _ = keys.new_data_key()
    with pytest.raises(InvalidToken):
        decrypt_json(other, token, WHERE)
    with pytest.raises(InvalidToken):
        decrypt_json(key, token[:-1] + bytes([token[-1] ^ 1]), WHERE)
    with pytest.raises(InvalidToken):
        decrypt_json(Fernet(Fernet.generate_key()), token, WHERE)  # not a data key: no AES-GCM key


def test_a_plain_fernet_key_still_seals_state_as_fernet() -> None:
    key = Fernet(Fernet.generate_key())
    assert decrypt_json(key, seal_state(key, STATE, WHERE)) == STATE
    assert isinstance(ring().new_data_key()[0], DataKey)


def test_a_code_hash_is_keyed_and_checks_only_its_own_code() -> None:
    keys = ring()
    stored = keys.code_hash("AB3D7KQP")
    assert stored.startswith(CODE_HASH_V1) and "AB3D" not in stored
    assert keys.code_matches((stored,), "AB3D7KQP")
    assert not keys.code_matches((stored,), "AB3D7KQQ")
    assert not keys.code_matches((None,), "AB3D7KQP")
    # another index key (another deployment, or a dump without the key file) makes another hash
    assert KeyRing([Fernet.generate_key().decode()], "another").code_hash("AB3D7KQP") != stored


def test_an_argon2_code_hash_of_an_older_release_still_checks() -> None:
    stored = LEGACY_CODE_HASHER.hash("AB3D7KQP")
    assert ring().code_matches((stored,), "AB3D7KQP")
    assert not ring().code_matches((stored,), "XXXXXXXX")
    assert not ring().code_matches(("$argon2id$not-a-hash",), "AB3D7KQP")


def test_json_reads_back_as_the_standard_library_wrote_it() -> None:
    when = datetime(2026, 11, 23, 8, 0, tzinfo=UTC)
    data = {"when": when, "day": date(2026, 1, 2), 3: "three", "name": "Siti 😢 ✓", "big": 10**30}
    assert loads(dumps(data)) == json.loads(json.dumps(data, ensure_ascii=False, default=str))
    key, _ = ring().new_data_key()
    old = key.encrypt(json.dumps({"name": "Siti 😢"}, ensure_ascii=False).encode())
    assert decrypt_json(key, old) == {"name": "Siti 😢"}


def test_a_state_moved_to_another_row_or_column_of_the_same_reporter_is_refused() -> None:
    """The AAD names table, column and row: one chat's state pasted into another chat of the
    same reporter (same data key), or into an outbox row, does not open there."""
    keys = ring()
    key, _ = keys.new_data_key()
    token = seal_state(key, STATE, WHERE)
    with pytest.raises(InvalidToken):
        decrypt_json(key, token, state_aad("chat-hash-of-another-chat"))
    with pytest.raises(InvalidToken):
        decrypt_json(key, token, "outbox.payload_enc:reply_retry:1")
    with pytest.raises(InvalidToken):
        decrypt_json(key, token)  # a bound token never opens without saying where it is
    assert decrypt_json(key, token, WHERE) == STATE


def test_a_state_sealed_before_tokens_were_bound_to_their_row_still_opens() -> None:
    keys = ring()
    key, _ = keys.new_data_key()
    nonce = os.urandom(NONCE_BYTES)
    old = AEAD_V1 + nonce + AESGCM(key._state_key).encrypt(nonce, dumps(STATE), AEAD_V1)
    assert decrypt_json(key, old, WHERE) == STATE


def test_a_data_key_keeps_only_its_key_and_writes_plain_fernet_fields() -> None:
    """A data key no longer keeps Fernet's fields (memory: the store holds thousands of keys);
    its fields, files and ids are the same Fernet tokens as before, both ways, and a key that
    is not a Fernet key is refused as before."""
    raw = Fernet.generate_key()
    key, fernet = DataKey(raw), Fernet(raw)
    assert fernet.decrypt(key.encrypt(b"+60 12-345 6789")) == b"+60 12-345 6789"
    assert key.decrypt(fernet.encrypt(b"Siti")) == b"Siti"
    assert key.decrypt_at_time(fernet.encrypt_at_time(b"x", 1_790_000_000), 60, 1_790_000_030) == b"x"
    assert key.extract_timestamp(key.encrypt_at_time(b"x", 1_790_000_000)) == 1_790_000_000
    assert decrypt_json(DataKey(raw.decode()), encrypt_json(fernet, STATE)) == STATE
    assert not vars(key), "nothing kept beside the key and the derived state key"
    with pytest.raises(ValueError):
        DataKey(b"not a key")
