"""The printable summary as a PDF, with Qt's own PDF support (QPdfWriter + QTextDocument).

Every value from the case is HTML-escaped, so what the user typed prints literally. Needs a
QGuiApplication (fonts); the command line creates an offscreen one when there is no display.
It speaks the UI's language: the summary's marked texts are translated here (wizard/ui/messages.py),
times follow the locale (wizard/ui/formatting.py)."""

from __future__ import annotations

import html
import os
from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QBuffer,
    QCoreApplication,
    QIODevice,
    QMarginsF,
    QPointF,
    QRectF,
    QSizeF,
    Qt,
)
from PySide6.QtGui import (
    QFont,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
    QTextOption,
)

from wizard.atomic import write_atomic
from wizard.domain.texts import CountryName, Message, Moment, Template
from wizard.services.summary import NOT_GIVEN, CaseSummary
from wizard.ui.formatting import local_time
from wizard.ui.messages import stored_text, text

RESOLUTION_DPI = 300
MARGIN_MM = 18.0
_FOOTER_GAP_PT = 10.0  # between the body and the footer rule
_FOOTER_PT = 8.5

# The PDF's own words (marked for lupdate here, translated where they are drawn).
_GENERATED = QT_TRANSLATE_NOOP("Summary", "Generated {time} · case {case}")
_TIME = QT_TRANSLATE_NOOP("Summary", "Time")
_WHAT = QT_TRANSLATE_NOOP("Summary", "What happened")
_WHO = QT_TRANSLATE_NOOP("Summary", "Who")
_TIMELINE = QT_TRANSLATE_NOOP("Summary", "Status timeline")
_NOTHING = QT_TRANSLATE_NOOP("Summary", "Nothing recorded yet.")
_PAGE = QT_TRANSLATE_NOOP("Summary", "Page {page} of {pages}")


def _tr(source: str) -> str:
    return QCoreApplication.translate("Summary", source)


def _said(value: str) -> str:
    """A timeline line in the UI's language: marked texts translated, and the plain English a backend
    stored (a status title) translated when it is a known text."""
    if isinstance(value, Message):
        params = {key: _said(param) for key, param in value.params.items()}
        try:
            return _tr(value.template).format(**params) if value.template.context == "Summary" else text(value)
        except (KeyError, IndexError, ValueError):  # a damaged translation: the English text, never a crash
            return str(value)
    if type(value) is str:
        return stored_text(value)
    return text(value)


def _px(points: float) -> str:
    """A length for Qt's rich text, whose `px` is a CSS pixel (1/96 in) on every device."""
    return f"{round(points * 96 / 72)}px"


def _text(value: str) -> str:
    """A user value as HTML: escaped, newlines kept."""
    return html.escape(value, quote=True).replace("\r\n", "\n").replace("\n", "<br>")


_SHADE = "#f3f6fa"


def _section(title: str, columns: str, rows: list[str]) -> str:
    """A table whose header rows are the section title (and column names): Qt repeats header rows on a
    new page and never leaves a title alone at the bottom of one."""
    heading = (f"<tr><td colspan='3' style='font-size:11.5pt; font-weight:600; color:#0f4c81; "
               f"padding-top:{_px(12)}; padding-left:0; padding-bottom:{_px(3)};'>{_text(title)}</td></tr>")
    return (f"<table width='100%' cellspacing='0' cellpadding='{_px(2.5)[:-2]}'>"
            f"<thead>{heading}{columns}</thead>{''.join(rows)}</table>")


def _value(value: str) -> str:
    """A row's value: a marked text or a time in the UI's language, what the user typed as it is."""
    return text(value) if isinstance(value, (Template, Message, Moment, CountryName)) else value


def summary_html(summary: CaseSummary) -> str:
    """The document body; every string from the case goes through html.escape."""
    out = [
        "<html><head><meta charset='utf-8'></head><body style='color:#1b1b1b;'>",
        f"<p style='font-size:15pt; font-weight:600; margin:0;'>{_text(text(summary.title))}</p>",
        (f"<p style='font-size:9pt; color:#555555; margin-top:{_px(2)}; margin-bottom:0;'>"
         + _text(_tr(_GENERATED).format(time=local_time(summary.generated_at),
                                                              case=summary.case_id))
         + "</p>"),
    ]
    if summary.company:
        out.append(f"<p style='font-size:13pt; font-weight:600; margin-top:{_px(8)}; margin-bottom:0;'>"
                   f"{_text(summary.company)}</p>")
    for section in summary.sections:
        rows = []
        for i, row in enumerate(section.rows):
            bg = f" bgcolor='{_SHADE}'" if i % 2 == 0 else ""
            value = (f"<td colspan='2'>{_text(_value(row.value))}</td>" if row.value
                     else f"<td colspan='2' style='color:#8a8a8a;'>{NOT_GIVEN}</td>")
            rows.append(f"<tr{bg}><td width='34%' style='color:#4a4a4a;'>{_text(text(row.label))}</td>{value}</tr>")
        out.append(_section(text(section.title), "", rows))
    if summary.timeline:
        columns = (f"<tr bgcolor='#e3eaf3'><td width='23%'><b>{_text(_tr(_TIME))}</b></td>"
                   f"<td><b>{_text(_tr(_WHAT))}</b></td>"
                   f"<td width='20%'><b>{_text(_tr(_WHO))}</b></td></tr>")
        rows = [
            f"<tr{' bgcolor=' + repr(_SHADE) if i % 2 == 1 else ''}><td>{_text(local_time(entry.at))}</td>"
            f"<td>{_text(_said(entry.what))}</td><td>{_text(entry.who)}</td></tr>"
            for i, entry in enumerate(summary.timeline)
        ]
        out.append(_section(_tr(_TIMELINE), columns, rows))
    else:
        out.append(_section(_tr(_TIMELINE), "", [("<tr><td colspan='3' style='color:#555555;'>"
                                                          f"{_text(_tr(_NOTHING))}</td></tr>")]))
    out.append("</body></html>")
    return "".join(out)


def summary_pdf_bytes(summary: CaseSummary) -> bytes:
    """The PDF (A4, 300 dpi) in memory; the footer line and page numbers are on every page."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(RESOLUTION_DPI)
    writer.setTitle(text(summary.title))
    writer.setCreator("CSP onboarding wizard")
    writer.setPageLayout(QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
        QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM), QPageLayout.Unit.Millimeter,
    ))
    area = writer.pageLayout().paintRectPixels(RESOLUTION_DPI)  # inside the margins, device pixels
    px_per_pt = RESOLUTION_DPI / 72.0

    footer_font = QFont("DejaVu Sans")
    footer_font.setPointSizeF(_FOOTER_PT)
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError("Qt could not start writing the PDF")
    try:
        painter.setFont(footer_font)
        footer_height = painter.fontMetrics().height() * 1.4
        body = QSizeF(area.width(), area.height() - footer_height - _FOOTER_GAP_PT * px_per_pt)

        doc = QTextDocument()
        doc.documentLayout().setPaintDevice(writer)  # lay out in the PDF's units (points at 300 dpi)
        base = QFont("DejaVu Sans")
        base.setPointSizeF(10)
        doc.setDefaultFont(base)
        doc.setDocumentMargin(0)
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)  # a long URL wraps, never clips
        doc.setDefaultTextOption(option)
        doc.setHtml(summary_html(summary))
        doc.setPageSize(body)
        pages = max(1, doc.pageCount())

        for page in range(pages):
            if page:
                writer.newPage()
            painter.save()
            painter.translate(0, -page * body.height())
            clip = QRectF(0, page * body.height(), body.width(), body.height())
            doc.drawContents(painter, clip)
            painter.restore()
            _footer(painter, summary, QRectF(0, area.height() - footer_height, area.width(), footer_height),
                    page + 1, pages)
    finally:
        painter.end()
    buffer.close()
    return bytes(buffer.data().data())


def _footer(painter: QPainter, summary: CaseSummary, rect: QRectF, page: int, pages: int) -> None:
    painter.save()
    pen = painter.pen()
    pen.setColor(Qt.GlobalColor.gray)
    pen.setWidthF(2)
    painter.setPen(pen)
    painter.drawLine(QPointF(rect.left(), rect.top()), QPointF(rect.right(), rect.top()))
    pen.setColor(Qt.GlobalColor.darkGray)
    painter.setPen(pen)
    text_rect = rect.adjusted(0, rect.height() * 0.2, 0, 0)
    align = Qt.AlignmentFlag.AlignVCenter
    painter.drawText(text_rect, align | Qt.AlignmentFlag.AlignLeft, text(summary.footer))
    painter.drawText(text_rect, align | Qt.AlignmentFlag.AlignRight,
                     _tr(_PAGE).format(page=page, pages=pages))
    painter.restore()


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def write_summary_pdf(summary: CaseSummary, path: str | os.PathLike[str]) -> Path:
    """Write the PDF to `path` atomically (a temporary file in the same folder, then renamed).
    Raises OSError when the path can't be written; nothing is left behind then."""
    target = Path(path)
    data = summary_pdf_bytes(summary)
    if target.is_dir():
        raise IsADirectoryError(21, "it is a folder", str(target))
    write_atomic(target, data, mode=0o666 & ~_umask())
    return target

