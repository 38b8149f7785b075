#pragma once

// Finding the widgets of a dialog by object name, for the volume and secret tests.

#include <QWidget>

namespace hangar::tests {

// The child of `parent` with that object name; the test run stops when there is none.
template<typename T>
T *child(QWidget *parent, const char *name)
{
    T *found = parent->findChild<T *>(QLatin1String(name));
    if (!found)
        qFatal("no child named %s", name);
    return found;
}

} // namespace hangar::tests
