#include "golden.h"

#include "testutil.h"

#include <QFile>

#include <gtest/gtest.h>

namespace Chorus::Test {

void expectGolden(const QString &name, const QByteArray &actual)
{
    const QString path = QStringLiteral(CHORUS_TEST_DATA_DIR "/golden/") + name;
    const QString actualPath = path + QStringLiteral(".actual");
    QFile golden(path);
    QByteArray expected;
    const bool exists = golden.open(QIODevice::ReadOnly);
    if (exists)
        expected = golden.readAll();
    if (expected == actual) {
        QFile::remove(actualPath);
        return;
    }
    QFile out(actualPath);
    ASSERT_TRUE(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
    out.write(actual);
    out.close();
    const ProcessResult diff
        = runProcess(QStringLiteral("diff"), {QStringLiteral("-u"), path, actualPath});
    if (!exists) {
        ADD_FAILURE() << "no golden file " << path.toStdString() << "; wrote "
                      << actualPath.toStdString() << " to review and rename";
        return;
    }
    ADD_FAILURE() << "output differs from the golden file " << path.toStdString() << " (wrote "
                  << actualPath.toStdString() << ")\n"
                  << diff.out.left(8000).toStdString();
}

} // namespace Chorus::Test
