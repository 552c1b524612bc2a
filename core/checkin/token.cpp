#include "token.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>

#include <array>

namespace Chorus::Checkin {

namespace {

QByteArray randomBytes(qsizetype count)
{
    QByteArray bytes(count, Qt::Uninitialized);
    auto *words = reinterpret_cast<quint32 *>(bytes.data());
    QRandomGenerator::system()->fillRange(words, count / qsizetype(sizeof(quint32)));
    return bytes;
}

QByteArray toTokenText(const QByteArray &bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

} // namespace

QByteArray generateToken()
{
    return toTokenText(randomBytes(16));
}

QByteArray generateSecret()
{
    return randomBytes(32);
}

QByteArray hashToken(QByteArrayView token)
{
    return QCryptographicHash::hash(token, QCryptographicHash::Sha256);
}

bool constantTimeEquals(QByteArrayView a, QByteArrayView b)
{
    if (a.size() != b.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a[i] ^ b[i]);
    return difference == 0;
}

QByteArray deriveToken(QByteArrayView secret, QByteArrayView idempotencyKey,
                       QByteArrayView platform, QByteArrayView handleKey)
{
    QMessageAuthenticationCode mac(QCryptographicHash::Sha256, secret.toByteArray());
    QByteArray message = idempotencyKey.toByteArray();
    message += '\0';
    message += platform;
    message += '\0';
    message += handleKey;
    mac.addData(message);
    return toTokenText(mac.result().first(16));
}

} // namespace Chorus::Checkin
