#include "console/models/TextFold.hpp"

namespace jcc::console {

QString foldForSearch(const QString& text) {
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    QString folded;
    folded.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing) {
            folded.append(c.toLower());
        }
    }
    return folded;
}

} // namespace jcc::console
