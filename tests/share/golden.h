#pragma once
// Golden files for exported text: the expected output lives in
// tests/share/golden/NAME; on a mismatch the test writes NAME.actual beside
// it and prints `diff -u`, so a reviewer sees exactly what changed (and can
// accept it by moving the .actual over the golden file).

#include <QByteArray>
#include <QString>

namespace Chorus::Test {

/// Compares `actual` with the golden file `name`; fails the test on mismatch.
void expectGolden(const QString &name, const QByteArray &actual);

} // namespace Chorus::Test
