#include "console/PlainText.hpp"

#include <QTextDocument>

namespace jcc::console {

QString plainAutoText(const QString& text) {
    if (!Qt::mightBeRichText(text)) {
        return text;
    }
    return QStringLiteral("<p style='white-space:pre-wrap'>%1</p>").arg(text.toHtmlEscaped());
}

} // namespace jcc::console
