"""Test-wide options. ``--update-golden`` rewrites the golden transcripts on purpose."""

from __future__ import annotations

import logging
from collections.abc import Iterator

import pytest


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden",
        action="store_true",
        default=False,
        help="rewrite tests/transcripts/*.golden.txt from the current behaviour",
    )


@pytest.fixture
def update_golden(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-golden"))


@pytest.fixture(scope="session", autouse=True)
def log_everything_to_a_file(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Every log line of the in-process tests goes to <basetemp>/logs/inprocess.log, formatted as in
    production; the bot processes the tests start write theirs under their tmp_path. The privacy
    test at the end of the run scans them all for the test personas' names, phones and stories."""
    from app.logs import NOISY, JsonFormatter

    folder = tmp_path_factory.getbasetemp() / "logs"
    folder.mkdir(exist_ok=True)
    handler = logging.FileHandler(folder / "inprocess.log", encoding="utf-8")
    handler.setFormatter(JsonFormatter())
    root = logging.getLogger()
    root.addHandler(handler)
    previous = root.level
    root.setLevel(logging.INFO)
    for name in NOISY:
        logging.getLogger(name).setLevel(logging.WARNING)
    yield
    root.removeHandler(handler)
    root.setLevel(previous)
    handler.close()
