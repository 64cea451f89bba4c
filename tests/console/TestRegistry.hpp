// Console test classes register themselves here (JCC_CONSOLE_TEST) so main.cpp runs them all
// without knowing each one.
#pragma once

#include <QObject>
#include <functional>
#include <memory>
#include <vector>

namespace jcc::console::test {

using TestFactory = std::function<std::unique_ptr<QObject>()>;

// Every registered test class, in registration order.
std::vector<TestFactory>& registeredTests();

struct TestRegistration {
    explicit TestRegistration(TestFactory factory) {
        registeredTests().push_back(std::move(factory));
    }
};

} // namespace jcc::console::test

// In the test's .cpp: JCC_CONSOLE_TEST(LoginTest)
#define JCC_CONSOLE_TEST(Class)                                                                    \
    static const ::jcc::console::test::TestRegistration registration##Class {                      \
        [] { return std::unique_ptr<QObject>(std::make_unique<Class>()); }                         \
    }
