#pragma once
// Which parts of a view already hold a label, so labels placed later never cover earlier ones: a
// grid of small cells, each label takes every cell its rectangle touches.
#include <QRectF>
#include <QSize>
#include <vector>

namespace jcc::console {

class LabelSpace {
public:
    explicit LabelSpace(QSize viewSize);

    /// Takes the space of `rect` and returns true if it lies in the view and no earlier label
    /// took any of it; otherwise changes nothing and returns false.
    bool take(const QRectF& rect);
    /// Takes the part of `rect` inside the view, whether taken before or not (for symbols, which
    /// may overlap one another but no label).
    void reserve(const QRectF& rect);
    /// How many cells of `rect` are taken or outside the view.
    int overlap(const QRectF& rect) const;

private:
    struct Cells {
        int left, top, right, bottom;
    };
    Cells cellsOf(const QRectF& rect) const;
    void mark(const Cells& cells);

    static constexpr int kCellPixels = 4;
    int m_columns;
    int m_rows;
    std::vector<bool> m_taken;
};

} // namespace jcc::console
