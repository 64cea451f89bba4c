#pragma once
// Text from the server or from users where Qt guesses the format (Qt::AutoText): tooltips, item
// views' Qt::ToolTipRole, QInputDialog's label. Qt takes text that Qt::mightBeRichText() accepts
// as HTML, so "<b style=…>" in a subject or a call sign would restyle the screen. Labels that show
// such text are set to Qt::PlainText instead, and HTML built around it escapes it with
// QString::toHtmlEscaped().
#include <QString>

namespace jcc::console {

/// `text` for a Qt::AutoText sink, so that it shows character for character: unchanged when Qt
/// takes it as plain text anyway, otherwise escaped in a paragraph that keeps its line breaks.
QString plainAutoText(const QString& text);

} // namespace jcc::console
