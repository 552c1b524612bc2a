#pragma once

#include <QObject>

namespace Chorus::Ui {

/// Call first in the destructor of a widget whose children's signals reach
/// its own slots (or lambdas with it as context). QWidget's destructor hides
/// the widget after the derived part is gone; hiding moves the focus, and a
/// focused QLineEdit then emits editingFinished into a slot of an object that
/// no longer exists as its own class (UBSan: "downcast of address … which does
/// not point to an object of type"). Cutting those connections first keeps a
/// closing window from running half-destroyed code.
inline void disconnectChildrenFrom(QObject *owner)
{
    const QList<QObject *> children = owner->findChildren<QObject *>();
    for (QObject *child : children)
        QObject::disconnect(child, nullptr, owner, nullptr);
}

} // namespace Chorus::Ui
