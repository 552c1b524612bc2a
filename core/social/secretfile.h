#pragma once

#include "error.h"

#include <QString>

namespace Chorus::Social {

/// Reads a secret (an app password, an access token) from the file at `path`:
/// its first line, trimmed. The file must be the owner's alone: one that its
/// group or others may read is refused, because a secret others can read is
/// no longer a secret (`chmod 600 FILE` fixes it). A missing, unreadable or
/// empty file (or one whose first line is blank) is refused too. Every error
/// names the file; its field is empty, for the caller to name the option.
/// At most the first 64 KiB are read (a token is short; /dev/zero is not).
[[nodiscard]] Expected<QString> readSecretFile(const QString &path);

} // namespace Chorus::Social
