"""A small dialog for the note and status of a target row (the targets table's "Note / status…")."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QPlainTextEdit

from . import labels


class TargetNoteDialog(QDialog):
    def __init__(self, indicator: str, status: str = "", note: str = "", parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Target note"))
        self.status = QComboBox(self)
        for value in labels.STATUS:
            if value:
                self.status.addItem(labels.label(labels.STATUS, value), value)
        self.status.setCurrentIndex(max(self.status.findData(status or "not_started"), 0))
        self.note = QPlainTextEdit(note, self)
        title = QLabel(self)
        title.setTextFormat(title.textFormat().PlainText)  # document text is shown as text
        title.setText(indicator)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(title)
        form.addRow(self.tr("Status"), self.status)
        form.addRow(self.tr("Note"), self.note)
        form.addRow(buttons)

    def values(self) -> tuple[str, str]:
        return self.status.currentData(), self.note.toPlainText()


def ask_target_note(parent, indicator: str, status: str = "", note: str = ""):
    """(status, note), or None when cancelled."""
    dialog = TargetNoteDialog(indicator, status, note, parent)
    return dialog.values() if dialog.exec() == QDialog.DialogCode.Accepted else None
