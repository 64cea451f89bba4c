#pragma once
// A text file compiled into the binary (see cmake/EmbedText.cmake).
#include <string_view>
#include <vector>

namespace jcc {

struct EmbeddedFile {
    std::string_view name;
    std::string_view content;
};

} // namespace jcc
