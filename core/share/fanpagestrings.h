#pragma once

#include <QByteArray>
#include <QString>

#include <span>

namespace Chorus::Share {

/// One of the fan page's own words: the key the page's script looks it up by,
/// and its English source text, which is also the `<source>` of a message in
/// the `FanPage` context of ui/i18n/chorus_*.ts. A plural message ("%n day(s)")
/// is translated into each language's plural forms, and the page picks one
/// with `Intl.PluralRules` in the reader's language.
struct FanPageString
{
    const char *key;
    const char *source;
    bool plural = false;
};

/// Every string the fan page shows, in the order the page uses them.
[[nodiscard]] std::span<const FanPageString> fanPageStrings();

/// A language the fan page ships: its BCP 47 tag as the page uses it
/// ("pt-BR"), the suffix of its translation file (`chorus_pt_BR.ts`) and its
/// own name, which the language switch shows ("Português").
struct FanPageLanguage
{
    const char *tag;
    const char *fileSuffix;
    const char *nativeName;
};

/// The page's languages, English first (the fallback).
[[nodiscard]] std::span<const FanPageLanguage> fanPageLanguages();

/// The text of `key` in `language` (a FanPageLanguage tag), from the
/// translation compiled into chorus_core; English source text when the
/// language or the translation is missing, and an empty string for an unknown
/// key. For a plural message, the form Qt's rules give for `n`.
[[nodiscard]] QString fanPageText(const char *language, const char *key, int n = 1);

/// The page's dictionary as compact JSON:
/// `{"en":{"whenHeading":"When, on your clock","dayCount":{"one":"%n day","other":"%n
/// days"},…},"pt-BR":{…},…}`. Plural messages are objects keyed by CLDR plural category ("one",
/// "other"); a language whose forms do not differ (Japanese) has only
/// "other". A message with no translation in a language is left out there, so
/// the page falls back to English for it.
[[nodiscard]] QByteArray fanPageDictionary();

} // namespace Chorus::Share
