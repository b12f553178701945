"""Mermaid diagrams of the flows, so a reader sees a dialog at a glance (``docs/flows/*.mmd``).

python -m flows.diagram            # rewrites docs/flows/<flow>.mmd for every flow
"""

from __future__ import annotations

import sys
from pathlib import Path

from flows.dialog import FLOWS_DIR, ROOT
from flows.spec import ChoiceNode, Flow, GotoNode, Node, YesNoNode, load_flow

SHAPES = {"end": ("([", "])"), "goto": ("[[", "]]"), "message": ("[/", "/]"), "file_case": ("[(", ")]")}


def _box(node: Node) -> str:
    left, right = SHAPES.get(node.type, ("[", "]"))
    label = f"{node.id}<br/><i>{node.type}</i>"
    if isinstance(node, GotoNode):
        label = f"{node.id}<br/>→ {node.raw['flow']}"
    return f'    {node.id}{left}"{label}"{right}'


def to_mermaid(flow: Flow) -> str:
    lines = ["flowchart TD", f"    %% generated from {Path(flow.path).name} by python -m flows.diagram"]
    lines.extend(_box(node) for node in flow.nodes.values())
    for node in flow.nodes.values():
        if isinstance(node, ChoiceNode):
            for opt in node.options:
                if opt.next:
                    lines.append(f"    {node.id} -->|{opt.id}| {opt.next}")
        if isinstance(node, YesNoNode):
            for branch, word in (("yes_next", "ya"), ("no_next", "tidak")):
                if node.raw.get(branch):
                    lines.append(f"    {node.id} -->|{word}| {node.raw[branch]}")
        for transition in node.next:
            label = "|" + transition.when.source.replace('"', "'") + "|" if transition.when else ""
            lines.append(f"    {node.id} -->{label} {transition.to}")
        if node.when is not None:
            lines.append(f"    %% {node.id} is asked only when: {node.when.source}")
    return "\n".join(lines) + "\n"


def main() -> int:
    out = ROOT / "docs" / "flows"
    out.mkdir(parents=True, exist_ok=True)
    for path in sorted(FLOWS_DIR.glob("*.yaml")):
        flow = load_flow(path)
        (out / f"{flow.id}.mmd").write_text(to_mermaid(flow), encoding="utf-8")
        print(out / f"{flow.id}.mmd")
    return 0


if __name__ == "__main__":
    sys.exit(main())
