#pragma once
// The paper form of a handover report: the HTML of ReportHtml laid out on A4 pages with a header
// (report title, shift id, SHA-256 digest once signed) and "page n of m" at the foot, written to
// a PDF file or sent to a printer.
#include <QCoreApplication>
#include <QString>

class QPagedPaintDevice;
class QPainter;
class QRectF;

namespace jcc::console::supervisor {

class ReportDocument {
    Q_DECLARE_TR_FUNCTIONS(ReportDocument)
public:
    /// `html` from ReportHtml; `digest` empty for a report not signed yet.
    ReportDocument(QString html, QString shiftId, QString digest);

    /// Writes an A4 PDF to `path`; on failure returns false and sets `error`.
    bool writePdf(const QString& path, QString* error) const;
    /// Lays the report out on `device` (a QPdfWriter or a QPrinter set up by the caller) and
    /// paints every page; returns the number of pages, 0 when the device cannot be painted on.
    int paint(QPagedPaintDevice& device) const;

private:
    /// The header and the footer of page `index` (from 0) of `pages`, in `area`.
    void paintFrame(QPainter& painter, const QRectF& area, int dpi, int index, int pages) const;

    QString m_html;
    QString m_shiftId;
    QString m_digest;
};

} // namespace jcc::console::supervisor
