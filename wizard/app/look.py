"""The View menu's choices that apply to the whole app at once (the theme, the staff name in the audit
trail), and the keyring's notices. The language is wizard.app.language_switch."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from wizard.app.contracts import Instance


def set_staff_name(instance: "Instance", name: str) -> None:
    """Record audit entries under this support agent's name from now on (remembered for next time)."""
    from wizard.settings import _actor, save_staff_name

    save_staff_name(name)
    actor = name.strip() or _actor()
    instance.settings = dataclasses.replace(instance.settings, actor=actor)
    instance.session.actor = actor
    instance.window.show_notice(
        QCoreApplication.translate("AppInstance", "Audit entries are now recorded as {name}.").format(name=actor))


def set_theme(instance: "Instance", choice: str) -> None:
    """View → Theme: repaint every window in the chosen theme now, and remember it for next time."""
    from wizard.settings import save_theme_preference
    from wizard.ui.theme import apply_theme

    apply_theme(choice)
    save_theme_preference(choice)
    instance.window.show_theme(choice)


def show_vault_notice(instance: "Instance", notice: str) -> None:
    from wizard.ui.messages import text

    instance.window.show_notice(text(notice))
