"""The printable summary as a PDF, with Qt's own PDF support (QPdfWriter + QTextDocument).

Every value from the case is HTML-escaped, so what the user typed prints literally. Needs a
QGuiApplication (fonts); the command line creates an offscreen one when there is no display."""

from __future__ import annotations

import html
import os
import tempfile
from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice, QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QFont,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
    QTextOption,
)

from wizard.services.summary import NOT_GIVEN, CaseSummary

RESOLUTION_DPI = 300
MARGIN_MM = 18.0
_FOOTER_GAP_PT = 10.0  # between the body and the footer rule
_FOOTER_PT = 8.5

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


def summary_html(summary: CaseSummary) -> str:
    """The document body; every string from the case goes through html.escape."""
    out = [
        "<html><head><meta charset='utf-8'></head><body style='color:#1b1b1b;'>",
        f"<p style='font-size:15pt; font-weight:600; margin:0;'>{_text(summary.title)}</p>",
        (f"<p style='font-size:9pt; color:#555555; margin-top:{_px(2)}; margin-bottom:0;'>"
        f"Generated {summary.generated_at:%Y-%m-%d %H:%M} UTC · case {summary.case_id}</p>"),
    ]
    if summary.company:
        out.append(f"<p style='font-size:13pt; font-weight:600; margin-top:{_px(8)}; margin-bottom:0;'>"
                   f"{_text(summary.company)}</p>")
    for section in summary.sections:
        rows = []
        for i, row in enumerate(section.rows):
            bg = f" bgcolor='{_SHADE}'" if i % 2 == 0 else ""
            value = (f"<td colspan='2'>{_text(row.value)}</td>" if row.value
                     else f"<td colspan='2' style='color:#8a8a8a;'>{NOT_GIVEN}</td>")
            rows.append(f"<tr{bg}><td width='34%' style='color:#4a4a4a;'>{_text(row.label)}</td>{value}</tr>")
        out.append(_section(section.title, "", rows))
    if summary.timeline:
        columns = ("<tr bgcolor='#e3eaf3'><td width='23%'><b>Time (UTC)</b></td>"
                   "<td><b>What happened</b></td><td width='20%'><b>Who</b></td></tr>")
        rows = [
            f"<tr{' bgcolor=' + repr(_SHADE) if i % 2 == 1 else ''}><td>{entry.at:%Y-%m-%d %H:%M}</td>"
            f"<td>{_text(entry.what)}</td><td>{_text(entry.who)}</td></tr>"
            for i, entry in enumerate(summary.timeline)
        ]
        out.append(_section("Status timeline", columns, rows))
    else:
        out.append(_section("Status timeline", "", [("<tr><td colspan='3' style='color:#555555;'>"
                                                     "Nothing recorded yet.</td></tr>")]))
    out.append("</body></html>")
    return "".join(out)


def summary_pdf_bytes(summary: CaseSummary) -> bytes:
    """The PDF (A4, 300 dpi) in memory; the footer line and page numbers are on every page."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(RESOLUTION_DPI)
    writer.setTitle(summary.title)
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
    painter.drawText(text_rect, align | Qt.AlignmentFlag.AlignLeft, summary.footer)
    painter.drawText(text_rect, align | Qt.AlignmentFlag.AlignRight, f"Page {page} of {pages}")
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
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.chmod(tmp, 0o666 & ~_umask())
        os.replace(tmp, target)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
    return target

