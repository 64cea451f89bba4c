#include "server/admin/TablePrinter.hpp"

#include "common/Fields.hpp"

#include <algorithm>
#include <stdexcept>

namespace jcc::admin {

TablePrinter::TablePrinter(std::vector<std::string> headers) : m_headers(std::move(headers)) {}

void TablePrinter::addRow(std::vector<std::string> cells) {
    const std::size_t columns = !m_headers.empty() ? m_headers.size()
                                : !m_rows.empty()  ? m_rows.front().size()
                                                   : cells.size();
    if (cells.size() != columns) {
        throw std::logic_error("table row has " + std::to_string(cells.size()) +
                               " cells, the table has " + std::to_string(columns) + " columns");
    }
    m_rows.push_back(std::move(cells));
}

void TablePrinter::print(std::ostream& out) const {
    const std::size_t columns =
        m_headers.empty() ? (m_rows.empty() ? 0 : m_rows.front().size()) : m_headers.size();
    std::vector<std::size_t> widths(columns, 0);
    const auto measure = [&](const std::vector<std::string>& cells) {
        for (std::size_t i = 0; i < cells.size(); ++i) {
            widths[i] = std::max(widths[i], utf8Length(cells[i]));
        }
    };
    measure(m_headers);
    std::for_each(m_rows.begin(), m_rows.end(), measure);
    const auto printLine = [&](const std::vector<std::string>& cells) {
        std::string line;
        for (std::size_t i = 0; i < cells.size(); ++i) {
            line += cells[i];
            if (i + 1 < cells.size()) {
                line.append(widths[i] - utf8Length(cells[i]) + 2, ' ');
            }
        }
        line.erase(line.find_last_not_of(' ') + 1);
        out << line << '\n';
    };
    if (!m_headers.empty()) {
        printLine(m_headers);
    }
    std::for_each(m_rows.begin(), m_rows.end(), printLine);
}

} // namespace jcc::admin
