"""The conversation state is sealed with AES-GCM under a key derived from the reporter's data
key; Fernet tokens written before (and every other field) still open with the same data key."""

from __future__ import annotations

import pytest
from cryptography.fernet import Fernet, InvalidToken

from storage.crypto import AEAD_V1, DataKey, KeyRing, decrypt_json, encrypt_json, seal_state

STATE = {"flow": "complaint", "node": "q2", "slots": {"name": "Siti Aminah"}}


def ring() -> KeyRing:
    return KeyRing([Fernet.generate_key().decode()], "index")


def test_state_is_sealed_with_aes_gcm_and_opens_with_the_same_data_key() -> None:
    keys = ring()
    key, wrapped = keys.new_data_key()
    token = seal_state(key, STATE)
    assert token[:1] == AEAD_V1 and b"Siti" not in token
    assert decrypt_json(keys.unwrap(wrapped), token) == STATE


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
    token = seal_state(key, STATE)
    rotated = KeyRing([Fernet.generate_key().decode(), *first._raw], "index")
    rewrapped = rotated.rewrap(wrapped)
    newest_only = KeyRing([rotated._raw[0]], "index")
    assert decrypt_json(newest_only.unwrap(rewrapped), token) == STATE


def test_another_key_or_a_changed_byte_is_refused() -> None:
    keys = ring()
    key, _ = keys.new_data_key()
    token = seal_state(key, STATE)
    other, _ = keys.new_data_key()
    with pytest.raises(InvalidToken):
        decrypt_json(other, token)
    with pytest.raises(InvalidToken):
        decrypt_json(key, token[:-1] + bytes([token[-1] ^ 1]))
    with pytest.raises(InvalidToken):
        decrypt_json(Fernet(Fernet.generate_key()), token)  # not a data key: no AES-GCM key


def test_a_plain_fernet_key_still_seals_state_as_fernet() -> None:
    key = Fernet(Fernet.generate_key())
    assert decrypt_json(key, seal_state(key, STATE)) == STATE
    assert isinstance(ring().new_data_key()[0], DataKey)
