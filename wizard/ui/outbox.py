"""The sandbox's simulated mailbox: every email the sandbox Partner Center "sent", and its links.

A separate top-level window (sandbox only). Reading the outbox and opening links are backend calls,
so they run on worker threads (run_task); the app supplies both as callbacks, which keeps the rules
(which case a link may touch, recording the new status) out of this widget."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any, Callable, Protocol, Sequence
from urllib.parse import urlsplit

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from wizard.domain.model import Email
from wizard.ui.formatting import local_time
from wizard.ui.messages import text
from wizard.ui.tasks import run_task
from wizard.ui.widgets import (
    MIN_SECONDARY,
    FieldEdit,
    action_button,
    buddy_label,
    busy_bar,
    button_row,
    plain_label,
    plain_tooltip,
    set_tone,
)

LINK_SCHEME = "csp-sandbox"
EMAIL_ID_ROLE = Qt.ItemDataRole.UserRole

LoadMail = Callable[[], Sequence[Email]]
OpenLink = Callable[[str], Any]  # returns an outcome with a `message`; raises an error with a `message`


class SandboxControls(Protocol):
    """What the Sandbox menu uses of the sandbox backend: its outbox and its clock."""

    def outbox(self) -> list[Email]: ...

    def advance(self, delta: timedelta) -> datetime: ...


def sandbox_links(email: Email) -> list[str]:
    """The links of a message the sandbox can open (csp-sandbox://), in the order the email lists them."""
    return [link for link in email.links if urlsplit(link.strip()).scheme.lower() == LINK_SCHEME]


def error_text(error: Exception) -> str:
    from wizard.ui.messages import error_text as shown

    return shown(error)


class OutboxWindow(QWidget):
    """Lists the sandbox's emails newest first, shows one as plain text, and opens its links."""

    link_opened = Signal(object)  # the outcome of a link that worked (on the GUI thread)

    def __init__(self, load: LoadMail, open_link: OpenLink, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("outbox_window")
        self.setWindowTitle(self.tr("Sandbox outbox"))
        self.resize(900, 620)
        self.setMinimumSize(*MIN_SECONDARY)
        self._load, self._open_link = load, open_link
        self._emails: dict[int, Email] = {}
        self._loads = 0  # the newest refresh wins; an older one finishing late is ignored
        self._loads_pending = 0
        self._opening = False

        explanation = plain_label(self.tr(
            "This is the sandbox's simulated mailbox: the emails the sandbox Partner Center would have sent. "
            "Nothing here was delivered; open a link to act as the person who received the email."
        ))
        explanation.setObjectName("outbox_explanation")

        self.list = QListWidget()
        self.list.setObjectName("outbox_list")
        self.list.setAccessibleName(self.tr("Sent emails, newest first"))
        self.list.currentItemChanged.connect(lambda _current, _previous: self._show_selected())

        self.body = QPlainTextEdit()
        self.body.setObjectName("outbox_body")
        self.body.setReadOnly(True)
        self.body.setAccessibleName(self.tr("Email text"))
        self.body.setPlaceholderText(self.tr(
            "No email selected. The sandbox sends the verification email to the primary contact when you "
            "select Enroll now."
        ))

        self.links = QComboBox()
        self.links.setObjectName("outbox_links")
        self.links.setAccessibleName(self.tr("Link to open"))
        self.links.hide()
        self.open_button = QPushButton(self.tr("&Open link"))
        self.open_button.setObjectName("open_link")
        self.open_button.setEnabled(False)
        self.open_button.clicked.connect(self._open_selected)
        self.refresh_button = action_button(self.tr("&Refresh"), "outbox_refresh", self.refresh)

        self.paste = FieldEdit()
        self.paste.setObjectName("outbox_paste")
        self.paste.setPlaceholderText(LINK_SCHEME + "://…")
        self.paste.returnPressed.connect(self._open_pasted)
        self.paste.textChanged.connect(lambda _text: self._update_buttons())
        paste_label = buddy_label(self.tr("Open a &link:"), self.paste)  # also the field's accessible name
        self.paste_button = QPushButton(self.tr("Op&en"))
        self.paste_button.setObjectName("open_pasted")
        self.paste_button.setEnabled(False)
        self.paste_button.clicked.connect(self._open_pasted)

        self.busy_bar = busy_bar()
        self.result = plain_label()
        self.result.setObjectName("link_result")
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        reader = QWidget()
        reader_layout = QVBoxLayout(reader)
        reader_layout.setContentsMargins(0, 0, 0, 0)
        reader_layout.addWidget(self.body, 1)
        link_row = QHBoxLayout()
        link_row.addWidget(self.links, 1)
        link_row.addWidget(self.open_button)
        link_row.addStretch(0)
        reader_layout.addLayout(link_row)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.list)
        splitter.addWidget(reader)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 2)

        paste_row = QHBoxLayout()
        paste_row.addWidget(paste_label)
        paste_row.addWidget(self.paste, 1)
        paste_row.addWidget(self.paste_button)

        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addWidget(splitter, 1)
        layout.addLayout(paste_row)
        layout.addWidget(self.busy_bar)
        layout.addWidget(self.result)
        layout.addLayout(button_row(self.refresh_button))
        QWidget.setTabOrder(self.paste_button, self.refresh_button)  # Refresh sits at the bottom, Tab follows

        close = QShortcut(QKeySequence(QKeySequence.StandardKey.Close), self)
        close.activated.connect(self.close)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self).activated.connect(self.close)

    # ----- wiring -----------------------------------------------------------------------------
    def set_sources(self, load: LoadMail, open_link: OpenLink) -> None:
        """New callbacks (the app's services were started again)."""
        self._load, self._open_link = load, open_link

    @property
    def busy(self) -> bool:
        return self._opening or self._loads_pending > 0

    def show_and_raise(self) -> None:
        """Open the window, or bring it to the front (reading the outbox again) if it is open already."""
        if self.isVisible():
            self.refresh()
        self.showNormal()
        self.raise_()
        self.activateWindow()

    def focus_paste(self) -> None:
        self.paste.setFocus()
        self.paste.selectAll()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not event.spontaneous():
            self.refresh()

    # ----- reading ----------------------------------------------------------------------------
    def refresh(self) -> None:
        self._loads += 1
        self._loads_pending += 1
        generation = self._loads
        self.refresh_button.setEnabled(False)
        self._update_busy()
        load = self._load
        run_task(lambda: list(load()), lambda mail: self._loaded(generation, mail), self._load_failed)

    def _load_finished(self) -> None:
        self._loads_pending -= 1
        if self._loads_pending == 0:
            self.refresh_button.setEnabled(True)
        self._update_busy()

    def _loaded(self, generation: int, mail: list[Email]) -> None:
        self._load_finished()
        if generation != self._loads:
            return
        selected = self._selected_id()
        newest_first = sorted(mail, key=lambda m: (m.sent_at, m.id), reverse=True)
        self._emails = {m.id: m for m in newest_first}
        self.list.blockSignals(True)
        self.list.clear()
        for message in newest_first:
            item = QListWidgetItem(
                self.tr("{time}   {to}   {subject}").format(
                    time=local_time(message.sent_at), to=message.to, subject=message.subject
                )
            )
            item.setData(EMAIL_ID_ROLE, message.id)
            item.setToolTip(plain_tooltip(message.subject))  # subjects quote company names
            self.list.addItem(item)
        self.list.blockSignals(False)
        row = next((r for r in range(self.list.count()) if self.list.item(r).data(EMAIL_ID_ROLE) == selected), 0)
        if self.list.count():
            self.list.setCurrentRow(row)
        self._show_selected()

    def _load_failed(self, error: Exception) -> None:
        self._load_finished()
        self._say(self.tr("The outbox could not be read: {reason}").format(reason=error_text(error)), error=True)

    # ----- showing ----------------------------------------------------------------------------
    def _selected_id(self) -> int | None:
        item = self.list.currentItem()
        return None if item is None else item.data(EMAIL_ID_ROLE)

    def selected_email(self) -> Email | None:
        selected = self._selected_id()
        return None if selected is None else self._emails.get(selected)

    def _show_selected(self) -> None:
        message = self.selected_email()
        if message is None:
            self.body.clear()
            links: list[str] = []
        else:
            header = self.tr(
                "From: Microsoft Partner Center (sandbox)\nTo: {to}\nSent: {time}\nSubject: {subject}"
            ).format(to=message.to, time=local_time(message.sent_at), subject=message.subject)
            self.body.setPlainText(header + "\n\n" + message.body)  # plain text: bodies quote what users typed
            links = sandbox_links(message)
        self.links.clear()
        self.links.addItems(links)
        self.links.setVisible(len(links) > 1)
        self._update_buttons()

    def _update_buttons(self) -> None:
        message = self.selected_email()
        has_link = message is not None and bool(sandbox_links(message))
        self.open_button.setEnabled(has_link and not self._opening)
        self.paste_button.setEnabled(bool(self.paste.text().strip()) and not self._opening)

    def _update_busy(self) -> None:
        self.busy_bar.setVisible(self.busy)

    def _say(self, text: str, error: bool = False) -> None:
        set_tone(self.result, "error" if error else "")
        self.result.setProperty("error", error)
        self.result.setText(text)

    # ----- opening links ----------------------------------------------------------------------
    def _open_selected(self) -> None:
        message = self.selected_email()
        if message is None:
            return
        links = sandbox_links(message)
        if not links:
            return
        index = self.links.currentIndex() if len(links) > 1 else 0
        self.open_url(links[max(index, 0)])

    def _open_pasted(self) -> None:
        url = self.paste.text().strip()
        if url and not self._opening:
            self.open_url(url)

    def open_url(self, url: str) -> None:
        """Open a link through the app's callback on a worker thread; the outcome shows below."""
        if self._opening:
            return
        self._opening = True
        self._update_buttons()
        self._update_busy()
        self._say(self.tr("Opening the link…"))
        open_link = self._open_link
        run_task(lambda: open_link(url), self._opened, self._refused)

    def _opened(self, outcome: Any) -> None:
        self._opening = False
        self._say(text(getattr(outcome, "message", None)) or self.tr("The link was opened."))
        self.link_opened.emit(outcome)
        self.refresh()
        self._update_buttons()

    def _refused(self, error: Exception) -> None:
        self._opening = False
        self._say(error_text(error), error=True)
        self.refresh()
        self._update_buttons()
