#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace Chorus::Ui {

bool installTranslations(QCoreApplication &app, const QLocale &locale)
{
    // Qt's own strings (dialog buttons and the like), when the system has them.
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;

    auto *chorus = new QTranslator(&app);
    // A locale with no Chorus translation falls back to English, whose file
    // holds the plural forms.
    if (chorus->load(locale, u"chorus"_s, u"_"_s, u":/i18n"_s)
        || chorus->load(u"chorus_en"_s, u":/i18n"_s)) {
        QCoreApplication::installTranslator(chorus);
        return true;
    }
    delete chorus;
    return false;
}

} // namespace Chorus::Ui
