"""The house has one way through (issue 18): the arrows between packages run one way only.

    flows, storage  ←  app  ←  bot (channels), web  ←  launch  ←  run_bot.py

flows (the pure engine) and storage know nothing above them; app (config, runtime, the turn
service, the outbox) knows no channel and no web page; a channel never imports the web console
or another channel, and the web console never imports a channel. Only launch/ puts them
together. Read from the real import statements, lazy ones inside functions included."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

#: package → the top-level packages of ours it must never import
FORBIDDEN = {
    "flows": {"storage", "app", "bot", "web", "launch"},
    "storage": {"app", "bot", "web", "launch"},
    "app": {"bot", "web", "launch"},
    "bot": {"web", "launch"},
    "web": {"bot", "launch"},
}
CHANNELS = ("bot.telegram", "bot.whatsapp", "bot.console")


def imports_of(path: Path) -> list[str]:
    """Every module an import statement in ``path`` names (relative imports resolved)."""
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    package = ".".join(path.relative_to(ROOT).with_suffix("").parts[:-1])
    found: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.rsplit(".", node.level - 1)[0] if node.level > 1 else package
                module = f"{base}.{node.module}" if node.module else base
            else:
                module = node.module or ""
            found.append(module)
            found += [f"{module}.{alias.name}" for alias in node.names]
    return found


def sources(package: str) -> list[Path]:
    return sorted(p for p in (ROOT / package).rglob("*.py") if "__pycache__" not in p.parts)


@pytest.mark.parametrize("package", sorted(FORBIDDEN))
def test_a_package_never_imports_what_sits_above_it(package: str) -> None:
    broken = [
        f"{path.relative_to(ROOT)} imports {name}"
        for path in sources(package)
        for name in imports_of(path)
        if name.split(".")[0] in FORBIDDEN[package]
    ]
    assert not broken, "\n".join(broken)


def test_a_channel_never_imports_another_channel() -> None:
    broken = []
    for channel in CHANNELS:
        here = ROOT.joinpath(*channel.split("."))
        paths = sources(channel.replace(".", "/")) if here.is_dir() else [here.with_suffix(".py")]
        for path in paths:
            for name in imports_of(path):
                other = next((c for c in CHANNELS if name == c or name.startswith(c + ".")), None)
                if other is not None and other != channel:
                    broken.append(f"{path.relative_to(ROOT)} imports {name}")
    assert not broken, "\n".join(broken)


def test_the_rules_see_real_imports() -> None:
    """The reader itself: it finds the imports it must judge, lazy ones included."""
    found = imports_of(ROOT / "launch" / "server.py")
    assert "bot.telegram.client" in found and "web.app" in found
    assert "flows" in {n.split(".")[0] for n in imports_of(ROOT / "flows" / "engine.py")}


def _bound_twice(tree: ast.Module) -> list[str]:
    seen: set[str] = set()
    twice = []
    for node in tree.body:
        names: list[str] = []
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names = [node.name]
        elif isinstance(node, ast.Assign):
            names = [t.id for t in node.targets if isinstance(t, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names = [node.target.id]
        twice += [name for name in names if name in seen]
        seen.update(names)
    return twice


def test_no_module_of_the_engine_binds_a_name_twice() -> None:
    """A word list defined twice at the top of a module is read at its second value by every rule,
    so the first is dead and the rule written for it reads the other list (three were found in the
    danger reader when it was split: ADR 0013)."""
    twice = {
        str(path.relative_to(ROOT)): names
        for path in sorted((ROOT / "flows").rglob("*.py"))
        if (names := _bound_twice(ast.parse(path.read_text(encoding="utf-8"))))
    }
    assert twice == {}
    assert _bound_twice(ast.parse("A = 1\ndef f(): return A\nA = 2\n")) == ["A"]
