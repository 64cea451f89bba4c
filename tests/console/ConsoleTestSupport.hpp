#pragma once
// What the console test classes share: the password of the accounts they create, the audit
// actor of their direct database changes, and how long they wait for the server.
#include "server/store/AuditLog.hpp"

#include <QString>

namespace jcc::console::test {

// ASCII: QTest::keyClicks types nothing else (LoginTest sends diacritics another way).
inline const QString kPassword = QStringLiteral("Brown-Fox-Jumps-42");
inline constexpr int kTimeoutMs = 20'000;
inline const store::Actor kTestActor{std::nullopt, "test", "test"};

} // namespace jcc::console::test
