#include "credentialstore.h"

#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

namespace Chorus::Social {

namespace {

// What went wrong, in words a fan can act on. QtKeychain's own text is kept
// after it, since it often names the backend that failed.
Error keychainError(const QKeychain::Job &job, const QString &key, bool writing = false)
{
    const QString detail = job.errorString();
    switch (job.error()) {
    case QKeychain::NoBackendAvailable:
        return Error {
            u"keychain"_s,
            u"no keychain is available on this computer (%1), so Chorus keeps nothing: "
            u"start your desktop's keyring (GNOME Keyring or KWallet) and try again"_s.arg(detail)};
    case QKeychain::AccessDenied:
        return Error {u"keychain"_s,
                      u"the keychain refused access to %1 (%2)"_s.arg(quoted(key), detail)};
    case QKeychain::NotImplemented:
        return Error {
            u"keychain"_s,
            u"this keychain cannot store secrets (%1), so Chorus keeps nothing"_s.arg(detail)};
    default:
        // libsecret reports an unreachable Secret Service (no session bus, no
        // keyring daemon) as a plain error, not as "no backend".
        if (writing)
            return Error {u"keychain"_s,
                          u"the keychain could not store %1 (%2), so Chorus keeps nothing: is your "
                          u"desktop's keyring (GNOME Keyring or KWallet) running?"_s.arg(
                              quoted(key), detail)};
        return Error {u"keychain"_s, u"the keychain failed on %1: %2"_s.arg(quoted(key), detail)};
    }
}

// Runs `job` and hands it to `finish` when it ends, unless `context` died.
void run(QKeychain::Job *job, QObject *context, std::function<void(QKeychain::Job &)> finish)
{
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    QObject::connect(job, &QKeychain::Job::finished, context,
                     [finish = std::move(finish)](QKeychain::Job *finished) { finish(*finished); });
    job->start();
}

} // namespace

CredentialStore::CredentialStore(QString service, QObject *parent)
    : QObject(parent)
    , m_service(std::move(service))
{ }

CredentialStore::~CredentialStore() = default;

void CredentialStore::write(const QString &key, const QByteArray &secret, QObject *context,
                            std::function<void(Expected<void>)> done)
{
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setKey(key);
    // As text, so the Secret Service holds the secret itself rather than its
    // base64 (what `secret-tool lookup` and the desktop's keyring viewer show).
    job->setTextData(QString::fromUtf8(secret));
    run(job, context, [key, done = std::move(done)](QKeychain::Job &finished) {
        if (finished.error() != QKeychain::NoError)
            done(std::unexpected(keychainError(finished, key, true)));
        else
            done({});
    });
}

void CredentialStore::read(const QString &key, QObject *context,
                           std::function<void(Expected<std::optional<QByteArray>>)> done)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setKey(key);
    run(job, context, [key, done = std::move(done)](QKeychain::Job &finished) {
        if (finished.error() == QKeychain::EntryNotFound)
            done(std::optional<QByteArray> {});
        else if (finished.error() != QKeychain::NoError)
            done(std::unexpected(keychainError(finished, key)));
        else
            done(std::optional<QByteArray> {
                static_cast<QKeychain::ReadPasswordJob &>(finished).textData().toUtf8()});
    });
}

void CredentialStore::remove(const QString &key, QObject *context,
                             std::function<void(Expected<void>)> done)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setKey(key);
    run(job, context, [key, done = std::move(done)](QKeychain::Job &finished) {
        if (finished.error() != QKeychain::NoError && finished.error() != QKeychain::EntryNotFound)
            done(std::unexpected(keychainError(finished, key)));
        else
            done({});
    });
}

} // namespace Chorus::Social
