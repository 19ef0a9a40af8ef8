"""Generating a contract PDF from a template against its targets.

Targets: a contract in <= 150 ms, and <= 1.5x a bare reportlab document of the same text
in the same font, measured in the same run. The bare document is every line of the filled
template as a plain paragraph (both languages for the bilingual layout) in a
SimpleDocTemplate, invariant like the contract: no markup, no tables or columns, no page
footers, no signature fields. What `generate` adds on top is exactly that: the layout of
the template (titles, rows, the parties' table, two columns for the bilingual one, a bold
font), "page N of M" footers, and the two empty signature fields.

The first contract of a process also reads the two TrueType files; that is printed apart.

Samples of the two alternate (contract, bare, contract, ...), so a busy neighbour on this
shared machine slows both alike; the ratio is of the medians.

Run: `python -m bench.contract_generate [--runs 40]`.
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from io import BytesIO
from pathlib import Path

from reportlab.lib.enums import TA_JUSTIFY
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate

from bench.common import p50, p95, verdict
from desktop.services import contracts
from desktop.services.contracts import ContractData, generate, sample_contract_data
from desktop.services.templates import Template, TemplateStore


def bare_document(data: ContractData, template: Template) -> bytes:
    """The same text, filled, in the same font and size, as plain paragraphs."""
    style = ParagraphStyle("bare", fontName=contracts.FONT, fontSize=10, leading=12.5,
                           alignment=TA_JUSTIFY, firstLineIndent=10 * mm)
    paragraphs = []
    for language in template.languages:
        values = data.values(language)
        for line in template.texts[language].splitlines():
            text = line.lstrip("=#|@").strip()
            if text and not text.startswith("["):
                paragraphs.append(Paragraph(contracts._fill(text, values), style))
    buffer = BytesIO()
    document = SimpleDocTemplate(buffer, pagesize=A4, invariant=1, pageCompression=1,
                                 leftMargin=25 * mm, rightMargin=15 * mm)
    document.build(paragraphs)
    return buffer.getvalue()


def measure(data: ContractData, template: Template, runs: int) -> tuple[list[float],
                                                                        list[float]]:
    for _ in range(3):  # fonts registered, caches warm
        generate(data, template)
        bare_document(data, template)
    ours, bare = [], []
    for _ in range(runs):
        started = time.perf_counter()
        generate(data, template)
        ours.append(time.perf_counter() - started)
        started = time.perf_counter()
        bare_document(data, template)
        bare.append(time.perf_counter() - started)
    return ours, bare


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=40)
    args = parser.parse_args()
    data = sample_contract_data()
    store = TemplateStore(Path(tempfile.mkdtemp(prefix="bench-templates-")))
    started = time.perf_counter()
    generate(data, store.current_template("ru"))
    print(f"Contract generation (the first in a process, reading the fonts: "
          f"{(time.perf_counter() - started) * 1000:.0f} ms)")
    ok = True
    for layout in ("kk", "ru", "bilingual"):
        template = store.current_template(layout)
        pdf = generate(data, template)
        ours, bare = measure(data, template, args.runs)
        ratio = p50(ours) / p50(bare)
        print(f"  {layout}: {len(pdf) // 1024} KB; generate p50 {p50(ours) * 1000:.1f} ms, "
              f"p95 {p95(ours) * 1000:.1f} ms; bare reportlab p50 {p50(bare) * 1000:.1f} ms "
              f"(n={args.runs})")
        ok &= verdict(f"{layout} generate p50", p50(ours) * 1000, 150.0, " ms")
        ok &= verdict(f"{layout} generate / bare reportlab", ratio, 1.5, "x")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
