"""Store errors that carry a plain-English message (stdlib only, cheap to import). The messages are marked
texts (wizard/domain/texts.py): the CLI prints the English, the GUI shows them translated through
wizard/ui/messages.error_text."""

from __future__ import annotations

from pathlib import Path

from wizard.domain.errors import EditConflict
from wizard.domain.texts import QT_TRANSLATE_NOOP


class StoreError(Exception):
    """Base of every store failure, so callers can catch one type and show `str(error)` to users."""

    def __init__(self, message: str, path: Path | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.path = path

    def __str__(self) -> str:
        return self.message


class StoreCorrupt(StoreError):
    """The file is not a usable database; the UI offers to quarantine it and start fresh."""

    def __init__(self, path: Path, backup_path: Path | None = None, detail: str = "") -> None:
        if backup_path is not None:
            message = QT_TRANSLATE_NOOP(
                "Store", "The case database {path} is damaged or is not a case database, so it cannot be opened. "
                "A copy of the damaged file was kept as {backup}.").format(path=path, backup=backup_path)
        else:
            message = QT_TRANSLATE_NOOP(
                "Store", "The case database {path} is damaged or is not a case database, so it cannot be opened. "
                "You can move it aside as a backup and start with an empty database.").format(path=path)
        super().__init__(message, path)
        self.backup_path = backup_path
        self.detail = detail


class StoreLocked(StoreError):
    """Another program kept the database busy for longer than the busy timeout."""

    def __init__(self, path: Path | None) -> None:
        if path is not None:
            message = QT_TRANSLATE_NOOP(
                "Store", "The case database {path} is busy: another copy of the wizard (or another program) "
                "is writing to it. Close the other program and try again.").format(path=path)
        else:
            message = QT_TRANSLATE_NOOP(
                "Store", "The case database is busy: another copy of the wizard (or another program) "
                "is writing to it. Close the other program and try again.")
        super().__init__(message, path)


class StoreFull(StoreError):
    """The disk is full (SQLITE_FULL): nothing was written; the same write succeeds once there is space."""


class StoreUnwritable(StoreError):
    """The file or its folder cannot be opened or written (read-only, permissions, disk gone); retryable."""


class StoreTooNew(StoreError):
    """The database was written by a newer version of the wizard; upgrading this app is the fix."""

    def __init__(self, path: Path, revision: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Store", "The case database {path} was created by a newer version of the wizard "
                "(schema {revision}). Install the latest version of the wizard to open it.",
            ).format(path=path, revision=repr(revision)),
            path,
        )
        self.revision = revision


class CaseNotFound(StoreError, KeyError):
    """A case id that does not exist (a KeyError too, so mapping-style callers work)."""

    def __init__(self, case_id: int) -> None:
        StoreError.__init__(self, QT_TRANSLATE_NOOP("Store", "There is no case number {case_id}.").format(case_id=str(case_id)))
        self.case_id = case_id

    def __str__(self) -> str:
        return self.message


class ProviderNotFound(StoreError, KeyError):
    """Customers were given for a provider the case's local copy does not list (save providers first)."""

    def __init__(self, case_id: int, provider_id: str) -> None:
        StoreError.__init__(self, f"Case {case_id} has no indirect provider {provider_id!r}.")
        self.case_id = case_id
        self.provider_id = provider_id

    def __str__(self) -> str:
        return self.message


class StoreConflict(StoreError, EditConflict):
    """Optimistic lock: the case changed (someone else saved it) since the caller read `expected`.

    Nothing was written; the caller keeps its edits, reloads the case and tries again.
    """

    def __init__(self, case_id: int, expected: int, actual: int, message: str | None = None) -> None:
        StoreError.__init__(
            self,
            message
            or QT_TRANSLATE_NOOP(
                "Store", "Someone else changed this case (number {case_id}, now at version {actual}, "
                "you opened version {expected}) since you opened it. "
                "Reload it to see their changes; your edits are kept.",
            ).format(case_id=str(case_id), actual=str(actual), expected=str(expected)),
        )
        self.case_id = case_id
        self.expected = expected
        self.actual = actual
