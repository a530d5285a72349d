#pragma once

#include <QLoggingCategory>

// What the engine's test helpers report when a step of a test fails outside a QVERIFY.
Q_DECLARE_LOGGING_CATEGORY(lcEngineTest)
