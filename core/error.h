#pragma once

#include <QString>

#include <expected>

namespace Chorus {

/// What went wrong, for a person: `field` names the flag, JSON field or input
/// that was wrong (for example `--start` or `audience[2].zone`), `message` is
/// one sentence naming the bad value and why ("unknown zone 'Europe/Berln'").
/// Errors travel by value in `Expected<T>`; nothing stores a "last error".
struct Error
{
    QString field;
    QString message;

    /// "field: message", or the message alone when no field is named.
    [[nodiscard]] QString text() const;
};

template<typename T>
using Expected = std::expected<T, Error>;

/// Shorthand for `return fail(u"--start"_s, …);` in functions returning Expected.
[[nodiscard]] std::unexpected<Error> fail(QString field, QString message);

/// Quotes a user-supplied value for an error message, shortening very long
/// ones so a 10 MB argument never turns into a 10 MB error line.
[[nodiscard]] QString quoted(QStringView value);

} // namespace Chorus
