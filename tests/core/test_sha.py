import hashlib

from workreport.core import sha


def test_small_and_large_inputs_hash_as_hashlib_does(monkeypatch):
    monkeypatch.setattr(sha, "LARGE_INPUT", 1000)  # both implementations, on small data
    for data in (b"", "政府工作报告".encode(), b"x" * 999, b"y" * 1000, b"z" * 5000):
        assert sha.sha256_hex(data) == hashlib.sha256(data).hexdigest()
