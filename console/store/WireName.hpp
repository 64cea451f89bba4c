#pragma once
// An op's name on the wire as a QString, from the one catalogue (common/Catalogue.hpp).
#include "common/Catalogue.hpp"

#include <QString>

namespace jcc::console {

/// The name of `op` on the wire ("incident.create").
inline QString wireName(Op op) {
    const auto name = toString(op);
    return QString::fromLatin1(name.data(), static_cast<qsizetype>(name.size()));
}

} // namespace jcc::console
