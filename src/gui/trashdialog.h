#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class TrashDialog;
}

namespace citykb {

class SessionHost;

// The trash: deleted records with the date they went, to restore (with their links) or to
// delete for good, which asks first. Follows the change stream while open.
class TrashDialog : public QDialog
{
    Q_OBJECT

public:
    explicit TrashDialog(SessionHost &host, QWidget *parent = nullptr);
    ~TrashDialog() override;

    void refresh();
    void restoreSelected();
    // Asks, then deletes everything in the trash for good.
    void emptyTrash();

Q_SIGNALS:
    void refreshed();

private:
    std::unique_ptr<Ui::TrashDialog> m_ui;
    SessionHost &m_host;
};

} // namespace citykb
