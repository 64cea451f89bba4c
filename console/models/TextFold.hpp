#pragma once
// Text compared the way operators type it: without diacritics and case ("breclav" matches
// "Břeclav").
#include <QString>

namespace jcc::console {

/// `text` in lower case with its combining marks removed.
QString foldForSearch(const QString& text);

} // namespace jcc::console
