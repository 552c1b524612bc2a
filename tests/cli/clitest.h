#pragma once
// Runs the real chorus-cli binary (path from $CHORUS_CLI) and checks the
// contract's promises about streams and exit codes.

#include "testutil.h"

#include <QJsonObject>

namespace Chorus::Test {

/// Runs chorus-cli with `arguments`.
ProcessResult runCli(const QStringList &arguments, const QByteArray &input = {});

/// Parses stdout as exactly one JSON object; fails the test otherwise.
QJsonObject parseJsonOutput(const ProcessResult &result);

/// Checks a bad-input run: exit code 2, nothing on stdout, one line on
/// stderr that contains `mentions`.
void expectBadInput(const QStringList &arguments, const QString &mentions);

} // namespace Chorus::Test
