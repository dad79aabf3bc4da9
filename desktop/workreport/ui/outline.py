"""The outline: a thin QAbstractItemModel over report.outline and its panel (filter + tree)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLineEdit, QTreeView, QVBoxLayout, QWidget

from workreport.core import model as m
from workreport.core.kinds import NodeKind

from .rich_text import text_tooltip

# parts opened by default (and all levels opened by a filter) up to this many top-level rows: a pathological
# outline stays folded (opening 20,000 parts took the tree 1.6 s, folding them again 0.6 s)
EXPAND_LIMIT = 500
# top-level rows handed to the view at a time (fetchMore): a tree lays out every top-level row it has
FETCH_STEP = 1000

NODE_ROLE = Qt.ItemDataRole.UserRole + 1  # the OutlineNode
OFFSET_ROLE = Qt.ItemDataRole.UserRole + 2  # report offset of its heading


def node_text(node: m.OutlineNode) -> str:
    if node.kind == NodeKind.PART and node.label and not node.label.startswith("第"):
        return f"{node.label}、{node.title}"  # the label is stored without its 、
    return f"{node.label} {node.title}".strip()


class OutlineModel(QAbstractItemModel):
    """Parts are given to the view FETCH_STEP at a time (canFetchMore/fetchMore), so 50,000 parts of a
    pathological file cost what 1,000 do until the user scrolls down to them."""

    def __init__(self, report=None, parent=None):
        super().__init__(parent)
        self.report = None
        self._roots: list[m.OutlineNode] = []
        self._fetched = 0  # top-level rows the view has been given
        self._row: dict[int, int] = {}
        self._marked: set[str] = set()  # block refs of bookmarked headings, shown with a star
        if report is not None:
            self.set_report(report)

    def set_report(self, report) -> None:
        self.beginResetModel()
        self.report = report
        self._roots = list(report.outline) if report else []
        self._fetched = min(len(self._roots), FETCH_STEP)
        self._row = {}
        for siblings in [self._roots] + [n.children for n in (report.nodes() if report else [])]:
            for i, node in enumerate(siblings):
                self._row[id(node)] = i
        self.endResetModel()

    def set_marked(self, refs) -> None:
        """Star the nodes whose heading block ref is in `refs` (bookmarks)."""
        self._marked = set(refs)
        if self._fetched:
            self.dataChanged.emit(self.index(0, 0), self.index(self._fetched - 1, 0))
            for node in self._fetched_nodes():
                if node.children:
                    parent = self.index_of(node)
                    self.dataChanged.emit(self.index(0, 0, parent), self.index(len(node.children) - 1, 0, parent))

    def is_marked(self, node: m.OutlineNode) -> bool:
        return bool(self._marked) and self.report is not None and 0 <= node.block < len(self.report.blocks) \
            and self.report.blocks[node.block].ref in self._marked

    def _siblings(self, node: m.OutlineNode):
        return node.parent.children if node.parent is not None else self._roots

    def node(self, index: QModelIndex) -> m.OutlineNode | None:
        return index.internalPointer() if index.isValid() else None

    def index_of(self, node: m.OutlineNode) -> QModelIndex:
        row = self._row.get(id(node))
        if row is None:
            return QModelIndex()
        root = node.lineage()[0]
        if self._row.get(id(root), 0) >= self._fetched:
            self.fetch_through(self._row[id(root)])  # a part not given to the view yet (reader scrolled there)
        return self.createIndex(row, 0, node)

    def _fetched_nodes(self):
        stack = list(reversed(self._roots[:self._fetched]))
        while stack:
            node = stack.pop()
            yield node
            stack.extend(reversed(node.children))

    def fetch_through(self, row: int) -> None:
        """Give the view the top-level rows up to `row` (all: len(roots))."""
        last = min(row, len(self._roots) - 1)
        if last < self._fetched:
            return
        self.beginInsertRows(QModelIndex(), self._fetched, last)
        self._fetched = last + 1
        self.endInsertRows()

    def fetch_all(self) -> None:
        self.fetch_through(len(self._roots))

    def canFetchMore(self, parent=QModelIndex()):
        return not parent.isValid() and self._fetched < len(self._roots)

    def fetchMore(self, parent=QModelIndex()):
        if not parent.isValid():
            self.fetch_through(self._fetched + FETCH_STEP - 1)

    # ---- QAbstractItemModel ----------------------------------------------------------------
    def index(self, row, column, parent=QModelIndex()):
        if column != 0 or row < 0:
            return QModelIndex()
        siblings = self._roots if not parent.isValid() else parent.internalPointer().children
        if row >= (self._fetched if not parent.isValid() else len(siblings)):
            return QModelIndex()
        return self.createIndex(row, 0, siblings[row])

    def parent(self, index=QModelIndex()):
        node = self.node(index)
        if node is None or node.parent is None:
            return QModelIndex()
        return self.index_of(node.parent)

    def rowCount(self, parent=QModelIndex()):
        if parent.column() > 0:
            return 0
        if not parent.isValid():
            return self._fetched
        return len(parent.internalPointer().children)

    def columnCount(self, parent=QModelIndex()):
        return 1

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if section == 0 and orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr("Contents")
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        node = self.node(index)
        if node is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return ("★ " if self.is_marked(node) else "") + node_text(node)
        if role == Qt.ItemDataRole.ToolTipRole:
            return text_tooltip(node_text(node))  # headings are document text: never markup
        if role == Qt.ItemDataRole.FontRole and node.kind in (NodeKind.PART, NodeKind.TOPIC):
            font = QFont()
            font.setBold(node.kind == NodeKind.PART)
            return font
        if role == NODE_ROLE:
            return node
        if role == OFFSET_ROLE:
            return self.offset(node)
        return None

    def offset(self, node: m.OutlineNode) -> int:
        if self.report is None or not 0 <= node.block < len(self.report.blocks):
            return 0
        return self.report.blocks[node.block].start


class OutlinePanel(QWidget):
    """Filter box over a tree. `activated(node)` fires only on user choice, never on sync."""

    nodeActivated = Signal(object)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("outlinePanel")
        self.model = OutlineModel(parent=self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setRecursiveFilteringEnabled(True)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.filter = QLineEdit(self)
        self.filter.setObjectName("outlineFilter")
        self.filter.setPlaceholderText(self.tr("Filter…"))
        self.filter.setClearButtonEnabled(True)
        self.tree = QTreeView(self)
        self.tree.setObjectName("outlineTree")
        self.tree.setModel(self.proxy)
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.tree.setExpandsOnDoubleClick(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 0, 6)
        layout.setSpacing(4)
        layout.addWidget(self.filter)
        layout.addWidget(self.tree)
        self._syncing = False
        self.filter.textChanged.connect(self._filter_changed)
        self.tree.clicked.connect(self._chosen)
        self.tree.activated.connect(self._chosen)
        self.tree.selectionModel().currentChanged.connect(self._current_changed)

    def set_report(self, report) -> None:
        self.model.set_report(report)
        self.expand_default(folded=True)  # a reset shows every row folded already

    def expand_default(self, folded: bool = False) -> None:
        """Parts open so their sections show; deeper levels stay folded (all, past EXPAND_LIMIT parts)."""
        if not folded:
            self.tree.collapseAll()
        if self.proxy.rowCount() <= EXPAND_LIMIT:
            self.tree.expandToDepth(0)

    def _filter_changed(self, text: str) -> None:
        if text.strip():
            self.model.fetch_all()  # a filter searches every part
        self.proxy.setFilterFixedString(text.strip())
        if not text.strip():
            self.expand_default()
        elif self.proxy.rowCount() <= EXPAND_LIMIT:
            self.tree.expandAll()  # every match on show

    def _chosen(self, proxy_index) -> None:
        node = self.proxy.data(proxy_index, NODE_ROLE)
        if node is not None:
            self.nodeActivated.emit(node)

    def _current_changed(self, current, _previous) -> None:
        # keyboard navigation moves the reader too; sync-driven changes do not
        if not self._syncing and current.isValid() and self.tree.hasFocus():
            self._chosen(current)

    def select_node(self, node) -> None:
        """Mark the node being read, without emitting nodeActivated."""
        source = self.model.index_of(node) if node is not None else None
        index = self.proxy.mapFromSource(source) if source is not None and source.isValid() else None
        self._syncing = True
        try:
            if index is None or not index.isValid():
                self.tree.selectionModel().clear()  # selection and current index
                return
            if index == self.tree.currentIndex():
                return
            self.tree.selectionModel().setCurrentIndex(
                index, self.tree.selectionModel().SelectionFlag.ClearAndSelect)
            self.tree.scrollTo(index)
        finally:
            self._syncing = False

    def selected_node(self):
        return self.proxy.data(self.tree.currentIndex(), NODE_ROLE) if self.tree.currentIndex().isValid() else None
