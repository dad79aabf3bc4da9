"""Write table rows to CSV (UTF-8 with BOM, for Excel) and XLSX.

Cells come from report text, which an analyst opens in a spreadsheet: a cell
starting with = + - @ (or a tab / carriage return) would run as a formula, so
text cells are neutralised — prefixed with ' in CSV, stored as plain strings
in XLSX.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

TARGET_COLUMNS = ["indicator", "canonical", "scope", "value", "value_max", "unit", "base_value", "comparator",
                  "direction", "measure", "kind", "period", "year", "stretch", "section", "paragraph", "sentence"]
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def neutralise(cell):
    """A text cell that a spreadsheet would read as a formula gets a leading '."""
    if isinstance(cell, str) and cell.startswith(_FORMULA_START):
        return "'" + cell
    return cell


def _plain(value):
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return value


def csv_text(rows: list[dict], columns: list[str] = TARGET_COLUMNS) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow([neutralise(_plain(row.get(c))) for c in columns])
    return buf.getvalue()


def write_csv(rows: list[dict], path: str | Path, columns: list[str] = TARGET_COLUMNS) -> None:
    # utf-8-sig writes the BOM Excel needs to read UTF-8 Chinese text.
    Path(path).write_text(csv_text(rows, columns), encoding="utf-8-sig", newline="")


def write_xlsx(rows: list[dict], path: str | Path, columns: list[str] = TARGET_COLUMNS,
               sheet: str = "targets") -> None:
    from openpyxl import Workbook
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    wb = Workbook()
    ws = wb.worksheets[0]  # a new workbook has one sheet
    ws.title = sheet
    ws.append(columns)
    for r, row in enumerate(rows, start=2):
        for c, name in enumerate(columns, start=1):
            value = row.get(name)
            if isinstance(value, bool):
                value = "true" if value else "false"
            if isinstance(value, str):
                value = ILLEGAL_CHARACTERS_RE.sub("", value)  # control characters are invalid XML
            cell = ws.cell(row=r, column=c, value=value)
            if isinstance(value, str):
                cell.data_type = "s"  # never a formula, whatever the text starts with
    ws.freeze_panes = "A2"
    wb.save(path)
