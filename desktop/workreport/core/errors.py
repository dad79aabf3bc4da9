"""The documented input errors: everything the loader or parser may raise on bad input."""


class ReportError(Exception):
    """Base class: a file could not be turned into a report. str(e) is a user-facing sentence."""


class EmptyInputError(ReportError):
    pass


class BinaryInputError(ReportError):
    pass


class TooLargeError(ReportError):
    pass


class EncodingError(ReportError):
    pass


class NotAReportError(ReportError):
    pass


class UnreadableError(ReportError):
    pass


class UnsupportedFormatError(ReportError):
    """A format the app cannot read (old Word .doc, WPS .wps, RTF): the message says how to convert it."""


class DamagedFileError(ReportError):
    """A PDF or Word file that is cut off or corrupt."""


class EncryptedFileError(ReportError):
    pass


class ScannedDocumentError(ReportError):
    """A PDF whose pages are images only: there is no text to read (OCR is out of scope)."""
