"""What each state of a live enrollment means and what to do, where live mode's words differ from the
sandbox's (Microsoft emails the primary contact; the partner acts on Partner Center's own pages). Marked in
the live status page's context, ManualStatusPage, where they were first translated."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from wizard.domain.lifecycle import State


def live_words(state: State) -> tuple[str, str] | None:
    """What a state means and what to do, where live mode's differ from the sandbox's."""
    if state == State.EMAIL_VERIFICATION:
        return (QCoreApplication.translate("ManualStatusPage",
            "Partner Center received your enrollment, and Microsoft emailed your primary contact to confirm "
            "that they signed up for a Partner Center account and that their email address belongs to your "
            "company."), QCoreApplication.translate("ManualStatusPage",
            "What's next: ask your primary contact to look for Microsoft's verification email (in the junk "
            "folder too) and select the link in it. If it hasn't arrived within one business day, resend it "
            "from Partner Center: Organization profile, then Legal info."))
    if state == State.IN_REVIEW:
        return (QCoreApplication.translate("ManualStatusPage",
            "Your primary contact verified their email. Microsoft is now checking that they work for your "
            "company and that your company's legal name and address match its registration records."),
            QCoreApplication.translate("ManualStatusPage",
            "What's next: nothing to do for now. The review takes several business days; Microsoft emails "
            "your primary contact when it's done, or when it needs more information."))
    if state == State.NEEDS_INFO:
        return (QCoreApplication.translate("ManualStatusPage",
            "Microsoft couldn't verify part of your company's information and emailed your primary contact "
            "about it. The review is paused until you correct it."), QCoreApplication.translate("ManualStatusPage",
            "What's next: in Partner Center (Organization profile, then Legal info), correct your legal "
            "business profile as Microsoft's email says, so that it matches your registration records "
            "exactly, and send the proof it asks for, such as a business registration certificate. Then "
            "record the correction below with its date."))
    if state == State.REJECTED:
        return (QCoreApplication.translate("ManualStatusPage",
            "Microsoft didn't approve your enrollment. Its email to your primary contact says why."), QCoreApplication.translate("ManualStatusPage",
            "What's next: if you think it's a mistake, contact Partner Center support with proof of your "
            "company's registration, such as a business or tax registration certificate."))
    return None
