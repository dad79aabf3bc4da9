"""SHA-256 without loading OpenSSL for small inputs (start-up memory).

`import hashlib` loads OpenSSL's libcrypto: about 4 MB of resident memory, a sixth of what the
window adds to a bare one at start-up. CPython's own SHA-256 is in the interpreter already but about
nine times slower, so it hashes small inputs (a report of a few hundred kB: a millisecond or two) and
hashlib's takes over from LARGE_INPUT bytes (hashing 16 MB: 10 ms instead of 90 ms).
"""

from __future__ import annotations

import logging

log = logging.getLogger(__name__)

LARGE_INPUT = 4 * 1024 * 1024

try:
    from _sha256 import sha256 as _builtin_sha256  # CPython 3.11; 3.12 calls it _sha2
except ImportError:
    try:
        from _sha2 import sha256 as _builtin_sha256  # type: ignore[no-redef]
    except ImportError:
        _builtin_sha256 = None


def sha256_hex(data: bytes) -> str:
    """The SHA-256 of `data` in hex, the same whichever implementation hashes it."""
    if _builtin_sha256 is not None and len(data) < LARGE_INPUT:
        return _builtin_sha256(data).hexdigest()
    import hashlib

    return hashlib.sha256(data).hexdigest()
