"""The frozen app reads PDF and Word reports (PDFium and lxml are in the bundle and load)."""

import pytest
from conftest import DATA
from format_docs import make_docx, make_pdf
from test_frozen import bundle, expected_for, run_frozen, summary_of  # noqa: F401 - the shared build fixture

pytestmark = pytest.mark.slow

REPORT = DATA / "corpus" / "prefecture" / "乌海市-2021.md"


@pytest.mark.parametrize("suffix, make", [(".pdf", make_pdf), (".docx", make_docx)])
def test_frozen_app_opens_pdf_and_docx(bundle, tmp_path, suffix, make):  # noqa: F811
    path = tmp_path / f"report{suffix}"
    path.write_bytes(make(REPORT))
    r = run_frozen(bundle, tmp_path, "--self-test", str(path))
    assert r.returncode == 0, r.stdout + r.stderr
    summary = summary_of(r)
    assert summary["ok"] is True
    expected = expected_for(path)
    assert {k: summary[k] for k in expected} == expected and summary["glossary"] == 5
