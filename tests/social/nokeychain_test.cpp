// With no keychain reachable (no Secret Service on the session bus), the
// account book says so and keeps nothing: not the account, not the secret.
#include "credentials.h"

#include "social/accountbook.h"
#include "social/credentialstore.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <cstdlib>

using namespace Qt::StringLiterals;
using namespace Chorus;
using namespace Chorus::Social;
using Chorus::Test::await;

namespace {
// Before main(): the session bus is a socket nobody listens on, so neither
// Qt nor GLib can find a Secret Service (or start one).
const bool noBus = [] {
    setenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/nobody-listens", 1);
    unsetenv("DISPLAY");
    return true;
}();
} // namespace

TEST(NoKeychain, AddingAnAccountSaysSoAndKeepsNothing)
{
    ASSERT_TRUE(qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS").contains(u"nobody-listens"_s));
    QTemporaryDir dir;
    const QString ini = dir.filePath(u"Chorus.conf"_s);
    CredentialStore store(u"org.chorus.Chorus.test.none"_s);
    {
        QSettings settings(ini, QSettings::IniFormat);
        AccountBook book(settings, store);
        const Account fan {u"mastodon"_s, u"fan@mastodon.social"_s, u"fan@mastodon.social"_s,
                           QUrl(u"https://mastodon.social"_s)};
        const auto added = await<Expected<void>>([&](QObject *context, auto done) {
            book.add(fan, "the-token-1234", context, std::move(done));
        });
        ASSERT_TRUE(added) << "no answer";
        ASSERT_FALSE(*added);
        EXPECT_EQ(added->error().field, u"keychain"_s);
        EXPECT_TRUE(added->error().message.contains(u"keeps nothing"_s))
            << added->error().message.toStdString();
        EXPECT_TRUE(book.accounts().isEmpty());
    }
    QFile file(ini);
    if (file.open(QIODevice::ReadOnly)) {
        const QByteArray written = file.readAll();
        EXPECT_FALSE(written.contains("the-token")) << written.toStdString();
        EXPECT_FALSE(written.contains("fan@")) << written.toStdString();
    }
}
