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
