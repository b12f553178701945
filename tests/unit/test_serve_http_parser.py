"""`run_bot.py serve` parses HTTP with httptools, not h11 (uvicorn's pure-Python fallback).

uvicorn takes httptools when it is installed ("auto"); without it every webhook request paid
h11's parsing in Python (docs/decisions/0014-production-path.md)."""

from __future__ import annotations

import uvicorn
from starlette.applications import Starlette


def test_the_server_parses_http_in_c() -> None:
    config = uvicorn.Config(Starlette(), log_level="warning")  # as launch/cli.py cmd_serve makes it
    config.load()
    assert config.http_protocol_class.__name__ == "HttpToolsProtocol"
