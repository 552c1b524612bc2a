// The fan's secrets in a real Secret Service (GNOME Keyring on a private
// D-Bus session bus), read back through QtKeychain and independently through
// libsecret's `secret-tool`.
#include "credentials.h"
#include "keyring.h"
#include "testutil.h"

#include "social/accountbook.h"
#include "social/credentialstore.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace Chorus;
using namespace Chorus::Social;
using Chorus::Test::await;

namespace {

Test::PrivateKeyring *keyring = nullptr;

// One keyring per process: Qt and GLib both keep the first session bus.
class KeyringEnvironment final : public ::testing::Environment
{
public:
    void SetUp() override { keyring = new Test::PrivateKeyring; }
    void TearDown() override
    {
        delete keyring;
        keyring = nullptr;
    }
};
const auto *const registered = ::testing::AddGlobalTestEnvironment(new KeyringEnvironment);

class CredentialStoreTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        if (!keyring->problem().isEmpty())
            GTEST_SKIP() << keyring->problem().toStdString();
    }

    // Each test its own service name, so no test sees another's entries.
    QString service() const
    {
        return u"org.chorus.Chorus.test."_s
            + QString::fromLatin1(::testing::UnitTest::GetInstance()->current_test_info()->name());
    }

    std::optional<QByteArray> lookup(const QString &key) const
    {
        return keyring->secretTool({u"lookup"_s, u"server"_s, service(), u"user"_s, key});
    }
};

Expected<void> write(CredentialStore &store, const QString &key, const QByteArray &secret)
{
    return *await<Expected<void>>(
        [&](QObject *context, auto done) { store.write(key, secret, context, std::move(done)); });
}

Expected<std::optional<QByteArray>> read(CredentialStore &store, const QString &key)
{
    return *await<Expected<std::optional<QByteArray>>>(
        [&](QObject *context, auto done) { store.read(key, context, std::move(done)); });
}

Expected<void> remove(CredentialStore &store, const QString &key)
{
    return *await<Expected<void>>(
        [&](QObject *context, auto done) { store.remove(key, context, std::move(done)); });
}

const Account alita {u"bluesky"_s, u"alita.bsky.social"_s, u"did:plc:abcdefghijklmnopqrstuvwx"_s,
                     QUrl(u"https://pds.example"_s)};
const Account fan {u"mastodon"_s, u"fan@mastodon.social"_s, u"fan@mastodon.social"_s,
                   QUrl(u"https://mastodon.social"_s)};

} // namespace

TEST_F(CredentialStoreTest, AWrittenSecretIsInTheSecretServiceAndReadsBack)
{
    CredentialStore store(service());
    ASSERT_TRUE(write(store, u"bluesky:did:plc:one"_s, "abcd-efgh-ijkl-mnop"));
    // An independent reader of the Secret Service sees the secret itself.
    EXPECT_EQ(lookup(u"bluesky:did:plc:one"_s), QByteArray("abcd-efgh-ijkl-mnop"));
    const auto back = read(store, u"bluesky:did:plc:one"_s);
    ASSERT_TRUE(back) << back.error().text().toStdString();
    EXPECT_EQ(*back, QByteArray("abcd-efgh-ijkl-mnop"));
}

TEST_F(CredentialStoreTest, WritingAgainReplacesAndNonAsciiSecretsSurvive)
{
    CredentialStore store(service());
    ASSERT_TRUE(write(store, u"k"_s, "first"));
    const QByteArray second = u"sěcret ✓ 秘密"_s.toUtf8();
    ASSERT_TRUE(write(store, u"k"_s, second));
    EXPECT_EQ(*read(store, u"k"_s), second);
    EXPECT_EQ(lookup(u"k"_s), second);
}

TEST_F(CredentialStoreTest, AMissingEntryIsNothingNotAnError)
{
    CredentialStore store(service());
    const auto missing = read(store, u"never-written"_s);
    ASSERT_TRUE(missing) << missing.error().text().toStdString();
    EXPECT_FALSE(missing->has_value());
}

TEST_F(CredentialStoreTest, RemoveDeletesAndRemovingNothingSucceeds)
{
    CredentialStore store(service());
    ASSERT_TRUE(write(store, u"gone"_s, "token"));
    ASSERT_TRUE(lookup(u"gone"_s));
    ASSERT_TRUE(remove(store, u"gone"_s));
    EXPECT_FALSE(lookup(u"gone"_s));
    EXPECT_FALSE(read(store, u"gone"_s)->has_value());
    EXPECT_TRUE(remove(store, u"gone"_s));
}

TEST_F(CredentialStoreTest, TheAccountBookKeepsTheSecretOutOfSettings)
{
    QTemporaryDir dir;
    const QString ini = dir.filePath(u"Chorus.conf"_s);
    CredentialStore store(service());
    {
        QSettings settings(ini, QSettings::IniFormat);
        AccountBook book(settings, store);
        const auto added = *await<Expected<void>>([&](QObject *context, auto done) {
            book.add(alita, "wxyz-wxyz-wxyz-wxyz", context, std::move(done));
        });
        ASSERT_TRUE(added) << added.error().text().toStdString();
        ASSERT_TRUE(*await<Expected<void>>([&](QObject *context, auto done) {
            book.add(fan, "mastodon-access-token-123", context, std::move(done));
        }));
    }
    QFile file(ini);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray written = file.readAll();
    EXPECT_TRUE(written.contains("alita.bsky.social"));
    EXPECT_FALSE(written.contains("wxyz")) << written.toStdString();
    EXPECT_FALSE(written.contains("mastodon-access-token")) << written.toStdString();
    EXPECT_EQ(lookup(alita.key()), QByteArray("wxyz-wxyz-wxyz-wxyz"));

    // A restart remembers both accounts, in the order they were added.
    QSettings settings(ini, QSettings::IniFormat);
    AccountBook book(settings, store);
    EXPECT_EQ(book.accounts(), (QList<Account> {alita, fan}));
    const auto secret = *await<Expected<QByteArray>>(
        [&](QObject *context, auto done) { book.secret(fan, context, std::move(done)); });
    ASSERT_TRUE(secret);
    EXPECT_EQ(*secret, QByteArray("mastodon-access-token-123"));
}

TEST_F(CredentialStoreTest, ForgettingAnAccountRemovesEverything)
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(u"Chorus.conf"_s), QSettings::IniFormat);
    CredentialStore store(service());
    AccountBook book(settings, store);
    int changes = 0;
    QObject::connect(&book, &AccountBook::accountsChanged, [&changes] { ++changes; });
    ASSERT_TRUE(*await<Expected<void>>([&](QObject *context, auto done) {
        book.add(alita, "app-password", context, std::move(done));
    }));
    ASSERT_TRUE(*await<Expected<void>>(
        [&](QObject *context, auto done) { book.forget(alita, context, std::move(done)); }));
    EXPECT_TRUE(book.accounts().isEmpty());
    EXPECT_FALSE(lookup(alita.key()));
    EXPECT_EQ(changes, 2);
    settings.sync();
    EXPECT_TRUE(settings.childGroups().isEmpty() || settings.allKeys().isEmpty());
}

TEST_F(CredentialStoreTest, ASecretRemovedBehindChorusBackIsNamed)
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(u"Chorus.conf"_s), QSettings::IniFormat);
    CredentialStore store(service());
    AccountBook book(settings, store);
    ASSERT_TRUE(*await<Expected<void>>(
        [&](QObject *context, auto done) { book.add(fan, "token", context, std::move(done)); }));
    // The fan deletes the entry in the desktop's keyring manager.
    ASSERT_TRUE(keyring->secretTool({u"clear"_s, u"server"_s, service(), u"user"_s, fan.key()}));
    const auto secret = *await<Expected<QByteArray>>(
        [&](QObject *context, auto done) { book.secret(fan, context, std::move(done)); });
    ASSERT_FALSE(secret);
    EXPECT_EQ(secret.error().field, u"keychain"_s);
    EXPECT_TRUE(secret.error().message.contains(u"fan@mastodon.social"_s))
        << secret.error().message.toStdString();
}

TEST_F(CredentialStoreTest, AMalformedAccountNeverReachesTheKeychain)
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(u"Chorus.conf"_s), QSettings::IniFormat);
    CredentialStore store(service());
    AccountBook book(settings, store);
    Account bad = alita;
    bad.platform = u"x"_s;
    const auto refused = *await<Expected<void>>(
        [&](QObject *context, auto done) { book.add(bad, "secret", context, std::move(done)); });
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().field, u"platform"_s);
    Account noServer = fan;
    noServer.server = QUrl(u"ftp://mastodon.social"_s);
    const auto refusedServer = *await<Expected<void>>([&](QObject *context, auto done) {
        book.add(noServer, "secret", context, std::move(done));
    });
    ASSERT_FALSE(refusedServer);
    EXPECT_EQ(refusedServer.error().field, u"server"_s);
    EXPECT_FALSE(lookup(bad.key()));
    EXPECT_FALSE(lookup(noServer.key()));
    EXPECT_TRUE(book.accounts().isEmpty());
}
