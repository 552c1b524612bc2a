#include "translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace Chorus::Ui {

namespace {
// "chorus_pt_BR" for a Portuguese locale of any country, or "" when no
// translation of the locale's language ships.
QString sameLanguageTranslation(const QLocale &locale)
{
    const QString language = QLocale::languageToCode(locale.language());
    const QStringList shipped
        = QDir(u":/i18n"_s).entryList({u"chorus_"_s + language + u"_*.qm"_s}, QDir::Files, QDir::Name);
    return shipped.isEmpty() ? QString() : QFileInfo(shipped.first()).completeBaseName();
}
} // namespace

bool installTranslations(QCoreApplication &app, const QLocale &locale)
{
    // Qt's own strings (dialog buttons and the like), when the system has them.
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;

    auto *chorus = new QTranslator(&app);
    // The locale's own translation first (pt_BR, then pt), then another
    // country's translation of the same language (a reader in Portugal gets
    // Brazilian Portuguese rather than English), then English, whose file
    // holds the plural forms.
    const QString sibling = sameLanguageTranslation(locale);
    if (chorus->load(locale, u"chorus"_s, u"_"_s, u":/i18n"_s)
        || (!sibling.isEmpty() && chorus->load(sibling, u":/i18n"_s))
        || chorus->load(u"chorus_en"_s, u":/i18n"_s)) {
        QCoreApplication::installTranslator(chorus);
        return true;
    }
    delete chorus;
    return false;
}

} // namespace Chorus::Ui
