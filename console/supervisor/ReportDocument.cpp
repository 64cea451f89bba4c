#include "console/supervisor/ReportDocument.hpp"

#include <QAbstractTextDocumentLayout>
#include <QFile>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>

namespace jcc::console::supervisor {

namespace {

constexpr int kPdfResolution = 300;
// Millimetres of the A4 page: margins, and the bands of the header and the footer inside them.
constexpr qreal kMarginMm = 15;
constexpr qreal kHeaderMm = 11;
constexpr qreal kFooterMm = 8;

qreal pixels(qreal millimetres, int dpi) {
    return millimetres / 25.4 * dpi;
}

} // namespace

ReportDocument::ReportDocument(QString html, QString shiftId, QString digest)
    : m_html(std::move(html)), m_shiftId(std::move(shiftId)), m_digest(std::move(digest)) {}

bool ReportDocument::writePdf(const QString& path, QString* error) const {
    {
        QPdfWriter writer(path);
        writer.setResolution(kPdfResolution);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                         QMarginsF(kMarginMm, kMarginMm, kMarginMm, kMarginMm),
                                         QPageLayout::Millimeter));
        writer.setTitle(tr("Shift handover report %1").arg(m_shiftId));
        writer.setCreator(QStringLiteral("jcc-console"));
        if (paint(writer) == 0) {
            if (error != nullptr) {
                *error = tr("cannot write %1").arg(path);
            }
            return false;
        }
    }
    // QPdfWriter reports no write errors; a file that is missing or empty afterwards is one.
    QFile written(path);
    if (!written.exists() || written.size() == 0) {
        if (error != nullptr) {
            *error = tr("cannot write %1").arg(path);
        }
        return false;
    }
    return true;
}

int ReportDocument::paint(QPagedPaintDevice& device) const {
    QPainter painter;
    if (!painter.begin(&device)) {
        return 0;
    }
    const int dpi = device.logicalDpiY();
    const QRectF page = device.pageLayout().paintRectPixels(dpi);
    const QRectF area(0, 0, page.width(), page.height());
    const qreal header = pixels(kHeaderMm, dpi);
    const qreal footer = pixels(kFooterMm, dpi);
    const QRectF body(0, header, area.width(), area.height() - header - footer);

    QTextDocument document;
    document.documentLayout()->setPaintDevice(&device);
    QFont base(QStringLiteral("DejaVu Sans"));
    base.setPointSizeF(9);
    document.setDefaultFont(base);
    document.setDocumentMargin(0);
    document.setHtml(m_html);
    document.setPageSize(body.size());
    const int pages = document.pageCount();
    for (int index = 0; index < pages; ++index) {
        if (index > 0) {
            device.newPage();
        }
        painter.save();
        paintFrame(painter, area, dpi, index, pages);
        painter.restore();

        painter.save();
        painter.translate(body.left(), body.top() - index * body.height());
        const QRectF clip(0, index * body.height(), body.width(), body.height());
        document.drawContents(&painter, clip);
        painter.restore();
    }
    painter.end();
    return pages;
}

void ReportDocument::paintFrame(QPainter& painter, const QRectF& area, int dpi, int index,
                                int pages) const {
    const qreal header = pixels(kHeaderMm, dpi);
    const qreal footer = pixels(kFooterMm, dpi);
    QFont small(QStringLiteral("DejaVu Sans"));
    small.setPointSizeF(7.5);
    QFont smallBold = small;
    smallBold.setBold(true);
    // Monospaced: no ligatures, so the digest reads (and copies) as it is.
    QFont digestFont(QStringLiteral("DejaVu Sans Mono"));
    digestFont.setPointSizeF(7);

    painter.setFont(smallBold);
    painter.setPen(QColor(0x10, 0x2a, 0x43));
    const QRectF headerText(0, 0, area.width(), header * 0.45);
    painter.drawText(headerText, Qt::AlignLeft | Qt::AlignVCenter,
                     tr("JCC Dispatch · Shift handover report"));
    painter.drawText(headerText, Qt::AlignRight | Qt::AlignVCenter, tr("Shift %1").arg(m_shiftId));
    painter.setFont(m_digest.isEmpty() ? small : digestFont);
    painter.setPen(QColor(0x52, 0x60, 0x6d));
    const QRectF digestText(0, header * 0.45, area.width(), header * 0.35);
    painter.drawText(digestText, Qt::AlignLeft | Qt::AlignVCenter,
                     m_digest.isEmpty() ? tr("Draft – not signed")
                                        : tr("SHA-256: %1").arg(m_digest));
    painter.setPen(QPen(QColor(0x9f, 0xb3, 0xc8), pixels(0.3, dpi)));
    painter.drawLine(QPointF(0, header * 0.88), QPointF(area.width(), header * 0.88));
    painter.drawLine(QPointF(0, area.height() - footer * 0.7),
                     QPointF(area.width(), area.height() - footer * 0.7));
    painter.setPen(QColor(0x52, 0x60, 0x6d));
    painter.drawText(QRectF(0, area.height() - footer * 0.6, area.width(), footer * 0.6),
                     Qt::AlignRight | Qt::AlignVCenter,
                     tr("Page %1 of %2").arg(index + 1).arg(pages));
}

} // namespace jcc::console::supervisor
