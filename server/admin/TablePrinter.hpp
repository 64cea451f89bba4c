#pragma once
// Text tables for people: left-aligned columns as wide as their widest cell, counted in
// characters so that names with diacritics line up.
#include <ostream>
#include <string>
#include <vector>

namespace jcc::admin {

class TablePrinter {
public:
    /// `headers` may be empty for a table without a header line (e.g. name/value pairs).
    explicit TablePrinter(std::vector<std::string> headers);

    /// A row with as many cells as there are headers (or as the first row, without headers).
    void addRow(std::vector<std::string> cells);
    /// Writes the header and rows; columns are separated by two spaces, lines carry no trailing
    /// blanks.
    void print(std::ostream& out) const;

private:
    std::vector<std::string> m_headers;
    std::vector<std::vector<std::string>> m_rows;
};

} // namespace jcc::admin
