"""Settings → Live mode: the app registration's client ID, the authority and the API endpoints (DESIGN.md
"Live mode"), saved to the preferences file. A value set in the environment wins and is shown read-only."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QVBoxLayout, QWidget

from wizard.settings import LIVE_SETTINGS, live_config, save_live_settings
from wizard.ui.widgets import buddy_label, plain_label


class LiveSettingsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("live_settings_dialog")
        self.setWindowTitle(self.tr("Live mode settings"))
        labels = {
            "live_client_id": self.tr("Application (&client) ID:"),
            "live_authority": self.tr("&Authority:"),
            "graph_url": self.tr("Microsoft &Graph endpoint:"),
            "partner_center_url": self.tr("&Partner Center endpoint:"),
        }
        config = live_config()
        self.edits: dict[str, QLineEdit] = {}
        form = QFormLayout()
        for setting in LIVE_SETTINGS:
            edit = QLineEdit(config.value(setting.key))
            edit.setObjectName(setting.key)
            edit.setPlaceholderText(setting.default)
            if setting.key in config.from_env:
                edit.setReadOnly(True)
                edit.setToolTip(self.tr("Set by {variable} in the environment, which wins over this setting.").format(
                    variable=setting.env))
            form.addRow(buddy_label(labels[setting.key], edit), edit)
            self.edits[setting.key] = edit
        note = plain_label(self.tr(
            "The client ID is your organization's own app registration in Microsoft Entra ID (see the README's "
            "\"Live mode\" section). Change the authority and endpoints only for a sovereign cloud or a test "
            "server. Environment variables (WIZARD_LIVE_CLIENT_ID and the others) win over these values."))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setObjectName("live_settings_save")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def accept(self) -> None:
        """Save what is not fixed by the environment (an emptied value goes back to its default)."""
        fixed = live_config().from_env
        save_live_settings({key: edit.text().strip() for key, edit in self.edits.items() if key not in fixed})
        super().accept()
