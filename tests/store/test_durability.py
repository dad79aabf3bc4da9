"""A note whose write was acknowledged survives SIGKILL; two instances lose nothing."""

import os
import random
import signal
import subprocess
import sys
import textwrap

import pytest

from workreport.store import open_store

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX signals")

DIGEST = "d" * 64

# Adds notes (with tags, in one transaction each) and edits the one before;
# prints a line only after the commit returned.
WRITER = textwrap.dedent("""
    import sys
    from workreport.store import open_store
    store = open_store(sys.argv[1])
    doc = store.document(sys.argv[2])
    name = sys.argv[3]
    if len(sys.argv) > 4:
        print("ready", flush=True)
        sys.stdin.readline()
    previous = None
    for i in range(int(sys.argv[4]) if len(sys.argv) > 4 else 10**9):
        h = store.add_highlight(doc.id, i, i + 2, f"{name}-{i}", note=f"笔记{i}", tags=[f"{name}-{i}", "共同"])
        print("add", h.id, h.exact, flush=True)
        if previous is not None:
            store.update_highlight(previous, note="已修改", colour="green")
            print("upd", previous, flush=True)
        previous = h.id
""")


def _spawn(args, **kw):
    return subprocess.Popen([sys.executable, "-c", WRITER, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, **kw)


def test_sigkill_at_random_moments_loses_no_acknowledged_note(tmp_path):
    path = tmp_path / "notes.sqlite3"
    rng = random.Random(20260126)
    added, updated = {}, set()
    for round_no in range(100):
        proc = _spawn([str(path), DIGEST, f"r{round_no}"])
        # Kill after a random number of acknowledged lines; 0 kills it while it starts
        # (possibly while it creates the schema). The writer never waits, so the kill
        # lands at a random point of whatever it is doing then.
        wanted = 0 if rng.random() < 0.1 else rng.randint(1, 30)
        for _ in range(wanted):
            line = proc.stdout.readline()
            if not line:
                pytest.fail(f"writer died on its own: {proc.stderr.read()}")
            kind, hid, *rest = line.split()
            if kind == "add":
                added[int(hid)] = rest[0]
            else:
                updated.add(int(hid))
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        proc.stdout.close()
        proc.stderr.close()
        assert proc.returncode == -signal.SIGKILL

        with open_store(path) as store:
            assert store.recovery is None
            assert store.integrity_check() == ["ok"]
            doc = store.find_document(DIGEST)
            if not added:
                continue
            present = {h.id: h for h in store.highlights(doc.id)}
            missing = set(added) - set(present)
            assert not missing, f"round {round_no}: acknowledged notes lost: {sorted(missing)}"
            for hid, exact in added.items():
                h = present[hid]
                assert h.exact == exact and set(h.tags) == {exact, "共同"}  # tags committed with the note
            for hid in updated:
                assert present[hid].note == "已修改" and present[hid].colour == "green"
    assert len(added) > 500  # the rounds really wrote


def test_two_instances_writing_at_once_lose_nothing(tmp_path):
    path = tmp_path / "notes.sqlite3"
    with open_store(path) as s:  # both instances open an existing store
        s.document(DIGEST)
    n = 150
    procs = [_spawn([str(path), DIGEST, name, str(n)], stdin=subprocess.PIPE) for name in ("A", "B")]
    for p in procs:
        assert p.stdout.readline().strip() == "ready", p.stderr.read()
    for p in procs:  # start both, then read: they write concurrently
        p.stdin.write("go\n")
        p.stdin.flush()
    acked = {}
    for p in procs:
        out, err = p.communicate(timeout=120)
        assert p.returncode == 0, err
        for line in out.splitlines():
            kind, hid, *rest = line.split()
            if kind == "add":
                acked[int(hid)] = rest[0]
    assert len(acked) == 2 * n
    with open_store(path) as s:
        notes = s.highlights(s.find_document(DIGEST).id)
        assert {h.id: h.exact for h in notes} == acked
        assert {h.exact.split("-")[0] for h in notes} == {"A", "B"}
        assert s.integrity_check() == ["ok"]


def test_two_stores_in_one_process_see_each_others_writes(tmp_path):
    path = tmp_path / "notes.sqlite3"
    with open_store(path) as a, open_store(path) as b:
        doc_a = a.document(DIGEST)
        doc_b = b.document(DIGEST)
        assert doc_a.id == doc_b.id
        for i in range(20):
            (a if i % 2 else b).add_highlight(doc_a.id, i, i + 1, f"n{i}")
        assert [h.exact for h in a.highlights(doc_a.id)] == [f"n{i}" for i in range(20)]
        assert b.highlights(doc_b.id) == a.highlights(doc_a.id)
        h = a.highlights(doc_a.id)[0]
        b.delete_highlight(h.id)
        assert a.highlight(h.id).deleted
