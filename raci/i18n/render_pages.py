"""Labels of the report's page furniture: diagram zoom, links between findings and matrix cells."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "render.report.diagram_hint": {
        "en": "The diagram fits the page; click it to see it at full size (and again to fit it back).",
        "ja": "図はページの幅に合わせて縮小しています。クリックすると原寸で表示し、もう一度クリックすると戻ります。",
    },
    "kpitree.legend.arrows": {
        "en": "an arrow points from a KPI to the KPI it drives",
        "ja": "矢印は、押し上げる先の KPI を指します",
    },
    "render.report.to_cells": {"en": "in the matrix", "ja": "表の該当箇所へ"},
    "render.report.cell_finding": {"en": "finding {code}", "ja": "指摘 {code}"},
}
