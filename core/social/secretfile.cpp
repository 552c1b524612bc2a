#include "secretfile.h"

#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace Chorus::Social {

Expected<QString> readSecretFile(const QString &path)
{
    const QFileInfo info(path);
    if (path.isEmpty())
        return fail(QString(), u"no secret file was named"_s);
    if (!info.exists())
        return fail(QString(), u"the secret file %1 does not exist"_s.arg(quoted(path)));
    if (info.isDir())
        return fail(QString(), u"the secret file %1 is a folder"_s.arg(quoted(path)));
    constexpr QFile::Permissions othersMayRead = QFile::ReadGroup | QFile::ReadOther;
    if (info.permissions() & othersMayRead)
        return fail(QString(),
                    u"the secret file %1 can be read by its group or by others: make it "
                    "yours alone (chmod 600 %2)"_s.arg(quoted(path), path));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(QString(),
                    u"cannot read the secret file %1: %2"_s.arg(quoted(path), file.errorString()));
    constexpr qint64 maxRead = 64 * 1024;
    const QByteArray bytes = file.read(maxRead);
    const qsizetype newline = bytes.indexOf('\n');
    const QString secret = QString::fromUtf8(newline < 0 ? bytes : bytes.first(newline)).trimmed();
    if (secret.isEmpty())
        return fail(
            QString(),
            u"the secret file %1 is empty (the secret goes on its first line)"_s.arg(quoted(path)));
    return secret;
}

} // namespace Chorus::Social
