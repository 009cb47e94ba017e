#pragma once

#include <QString>

class QWidget;

namespace citykb {

// Tells the user that something asked for earlier could not be done (an answer that came
// back from the session): a box that does not block the window, since the user may have
// moved on meanwhile. The message is also logged.
void showProblem(QWidget *parent, const QString &title, const QString &message);

} // namespace citykb
