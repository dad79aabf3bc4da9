"""The Qt user interface. Importing it applies the PySide6 compatibility fix (see qtcompat)."""

from .qtcompat import pin_singletons

pin_singletons()
