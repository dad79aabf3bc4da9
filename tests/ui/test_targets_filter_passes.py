"""The targets filter runs over every row (26,000 rows for a 16 MB report): an unchanged setting must not
run it again, as TargetsPanel sets all four settings whenever a report is shown."""

from workreport.ui.targets_model import TargetsFilterProxy, TargetsModel


def test_unchanged_filter_settings_do_not_filter_again(bundled_report, monkeypatch):
    from workreport.core.targets import extract_targets

    model = TargetsModel()
    model.set_targets(extract_targets(bundled_report))
    proxy = TargetsFilterProxy()
    proxy.setSourceModel(model)
    calls = []
    real = TargetsFilterProxy.filterAcceptsRow
    monkeypatch.setattr(TargetsFilterProxy, "filterAcceptsRow",
                        lambda self, row, parent: calls.append(row) or real(self, row, parent))
    proxy.set_kind("target")
    assert calls  # a new setting filters
    shown = proxy.rowCount()
    calls.clear()
    proxy.set_kind("target")
    proxy.set_section("")
    proxy.set_blocks(None)
    proxy.set_text("", None)
    assert calls == [] and proxy.rowCount() == shown
    proxy.set_text("GDP", True)
    assert calls
