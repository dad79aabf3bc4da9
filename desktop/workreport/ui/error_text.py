"""Input errors in the reader's language.

core/ raises ReportError subclasses whose message is a precise English sentence (file names,
encodings, byte positions). The dialogs say, per kind of error, what went wrong in the interface
language; in a language other than English the precise sentence goes to the dialog's details.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ..core import errors

_CONTEXT = "ErrorText"
# most specific first: the first class the error is an instance of gives the sentence
SENTENCES = (
    (errors.EmptyInputError, QT_TRANSLATE_NOOP("ErrorText", "{name} is empty.")),
    (errors.BinaryInputError,
     QT_TRANSLATE_NOOP("ErrorText", "{name} is a binary file, not a text, Markdown or HTML report.")),
    (errors.TooLargeError, QT_TRANSLATE_NOOP("ErrorText", "{name} is too large to be a report.")),
    (errors.EncodingError, QT_TRANSLATE_NOOP("ErrorText", "The text encoding of {name} cannot be read.")),
    (errors.NotAReportError,
     QT_TRANSLATE_NOOP("ErrorText",
                       "{name} has almost no Chinese text: it does not look like a government work report.")),
    (errors.UnsupportedFormatError,
     QT_TRANSLATE_NOOP("ErrorText", "{name} is in a format this app cannot read (old Word, WPS or RTF). "
                                    "Save it as .docx, PDF or text and open that.")),
    (errors.EncryptedFileError, QT_TRANSLATE_NOOP("ErrorText", "{name} is protected by a password.")),
    (errors.ScannedDocumentError,
     QT_TRANSLATE_NOOP("ErrorText", "{name} holds scanned page images only: there is no text to read.")),
    (errors.DamagedFileError, QT_TRANSLATE_NOOP("ErrorText", "{name} is damaged or cut off.")),
    (errors.UnreadableError, QT_TRANSLATE_NOOP("ErrorText", "{name} cannot be read.")),
    (errors.ReportError, QT_TRANSLATE_NOOP("ErrorText", "{name} cannot be opened as a report.")),
)


def describe(exc: BaseException, name: str, english: bool) -> tuple[str, str]:
    """(message, details) for a dialog: in English the precise sentence and no details; otherwise the
    translated sentence of its kind, with the precise sentence as details."""
    precise = str(exc) if isinstance(exc, errors.ReportError) else f"{type(exc).__name__}: {exc}"
    if english:
        return precise, ""
    for cls, sentence in SENTENCES:
        if isinstance(exc, cls):
            return QCoreApplication.translate(_CONTEXT, str(sentence)).format(name=name), precise
    return QCoreApplication.translate(_CONTEXT, "{name} could not be opened.").format(name=name), precise
