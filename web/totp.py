"""The optional second factor: TOTP (RFC 6238) codes from an authenticator app, with pyotp.

The enrolment QR code is drawn by segno as an SVG data URI in an <img>: no script, no request to
anyone, allowed by the console's CSP (img-src 'self' data:). The secret is sealed with the master
key before it is stored. A code is accepted once: a code seen over someone's shoulder cannot be
replayed within its 30-second window.
"""

from __future__ import annotations

import time

import pyotp
import segno

ISSUER = "Konsol PMI"
#: codes accepted lately, per app: (account id, code) -> when
Used = dict[tuple[int, str], float]


def new_secret() -> str:
    return pyotp.random_base32()


def qr_data_uri(secret: str, username: str) -> str:
    uri = pyotp.TOTP(secret).provisioning_uri(name=username, issuer_name=ISSUER)
    return str(segno.make(uri, error="m").svg_data_uri(scale=5, border=2))


def grouped(secret: str) -> str:
    """The secret in groups of four, for typing it into an app by hand."""
    return " ".join(secret[i : i + 4] for i in range(0, len(secret), 4))


def verify(secret: str, code: str, account_id: int, used: Used) -> bool:
    """The code from the app (spaces allowed), this period or the one before or after, once."""
    code = "".join(ch for ch in code if ch.isdigit())
    if len(code) != 6 or not pyotp.TOTP(secret).verify(code, valid_window=1):
        return False
    now = time.monotonic()
    for key, at in list(used.items()):
        if now - at > 120:
            del used[key]
    if (account_id, code) in used:
        return False
    used[(account_id, code)] = now
    return True
