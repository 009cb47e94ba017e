#include "notice.h"

#include <QMessageBox>

namespace citykb {

void showProblem(QWidget *parent, const QString &title, const QString &message)
{
    qWarning("%s: %s", qPrintable(title), qPrintable(message));
    auto *box = new QMessageBox(QMessageBox::Warning, title, message, QMessageBox::Ok, parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace citykb
