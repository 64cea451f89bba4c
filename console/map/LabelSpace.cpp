#include "console/map/LabelSpace.hpp"

#include <algorithm>
#include <cmath>

namespace jcc::console {

LabelSpace::LabelSpace(QSize viewSize)
    : m_columns((viewSize.width() + kCellPixels - 1) / kCellPixels),
      m_rows((viewSize.height() + kCellPixels - 1) / kCellPixels),
      m_taken(static_cast<size_t>(m_columns) * m_rows, false) {}

LabelSpace::Cells LabelSpace::cellsOf(const QRectF& rect) const {
    return {static_cast<int>(std::floor(rect.left() / kCellPixels)),
            static_cast<int>(std::floor(rect.top() / kCellPixels)),
            static_cast<int>(std::floor(rect.right() / kCellPixels)),
            static_cast<int>(std::floor(rect.bottom() / kCellPixels))};
}

void LabelSpace::mark(const Cells& cells) {
    for (int row = cells.top; row <= cells.bottom; ++row)
        for (int column = cells.left; column <= cells.right; ++column)
            m_taken[static_cast<size_t>(row) * m_columns + column] = true;
}

bool LabelSpace::take(const QRectF& rect) {
    const Cells cells = cellsOf(rect);
    if (cells.left < 0 || cells.top < 0 || cells.right >= m_columns || cells.bottom >= m_rows)
        return false;
    for (int row = cells.top; row <= cells.bottom; ++row)
        for (int column = cells.left; column <= cells.right; ++column)
            if (m_taken[static_cast<size_t>(row) * m_columns + column])
                return false;
    mark(cells);
    return true;
}

int LabelSpace::overlap(const QRectF& rect) const {
    const Cells cells = cellsOf(rect);
    int count = 0;
    for (int row = cells.top; row <= cells.bottom; ++row)
        for (int column = cells.left; column <= cells.right; ++column)
            count += row < 0 || column < 0 || row >= m_rows || column >= m_columns ||
                     m_taken[static_cast<size_t>(row) * m_columns + column];
    return count;
}

void LabelSpace::reserve(const QRectF& rect) {
    const Cells cells = cellsOf(rect);
    mark({std::max(cells.left, 0), std::max(cells.top, 0), std::min(cells.right, m_columns - 1),
          std::min(cells.bottom, m_rows - 1)});
}

} // namespace jcc::console
