#include "fuzz/ArgvInput.hpp"

#include <algorithm>

namespace jcc::fuzz {

std::vector<std::string> splitArguments(const std::uint8_t* data, std::size_t size) {
    std::vector<std::string> args;
    const auto* text = reinterpret_cast<const char*>(data);
    std::size_t start = 0;
    while (start < size) {
        const auto* nul = std::find(text + start, text + size, '\0');
        const auto end = static_cast<std::size_t>(nul - text);
        args.emplace_back(text + start, end - start);
        start = end + 1;
    }
    return args;
}

std::string confinedPath(const std::string& directory, const std::string& value) {
    std::string name = value;
    std::replace(name.begin(), name.end(), '/', '_');
    if (name.starts_with('.')) {
        name[0] = '_';
    }
    return directory + "/" + name;
}

void confineConfigFiles(std::vector<std::string>& args, const std::string& directory) {
    static const std::string inlineFlag = "--config=";
    const auto takesFile = [](const std::string& value) {
        return !value.empty() && !value.starts_with("--");
    };
    for (std::size_t i = 0; i < args.size(); ++i) {
        if (args[i] == "--config" && i + 1 < args.size() && takesFile(args[i + 1])) {
            args[i + 1] = confinedPath(directory, args[i + 1]);
            ++i;
        } else if (args[i].starts_with(inlineFlag)) {
            const std::string value = args[i].substr(inlineFlag.size());
            if (!value.empty()) {
                args[i] = inlineFlag + confinedPath(directory, value);
            }
        }
    }
}

} // namespace jcc::fuzz
