"""Charts for the statistics page, drawn by pygal as SVG and shown as ``data:`` images: an image
runs no script and needs no inline style, so the console's strict CSP stays as it is."""

from __future__ import annotations

import base64

import pygal
from pygal.style import Style

STYLE = Style(
    background="white",
    plot_background="white",
    foreground="#1a202c",
    foreground_strong="#1a202c",
    foreground_subtle="#4a5568",
    colors=("#2b6cb0", "#dd6b20", "#2f855a", "#805ad5"),
    font_family="sans-serif",
    label_font_size=11,
    major_label_font_size=11,
    legend_font_size=12,
    title_font_size=14,
)


def bar_chart(title: str, labels: list[str], series: dict[str, list[float | None]], unit: str = "") -> str:
    """A horizontal bar chart as a ``data:image/svg+xml`` URL ("" when there is nothing to draw)."""
    if not labels or not any(v for values in series.values() for v in values if v):
        return ""
    chart = pygal.HorizontalBar(
        style=STYLE,
        width=640,
        height=max(200, 60 + 34 * len(labels) * max(1, len(series))),
        show_legend=len(series) > 1,
        legend_at_bottom=True,
        js=[],
        disable_xml_declaration=False,
        print_values=True,
        print_values_position="top",
        truncate_label=28,
        x_title=unit or None,
    )
    chart.title = title
    chart.x_labels = labels
    for name, values in series.items():
        chart.add(name, values)
    svg = chart.render()
    return "data:image/svg+xml;base64," + base64.b64encode(svg).decode()
