#pragma once

#include "core/recordspec.h"

#include <QDialog>
#include <QJsonObject>

#include <memory>

namespace Ui {
class HistoryDialog;
}

namespace citykb {

class SessionHost;
struct RecordHistory;

// A record's versions, newest first, each with what changed field by field against the one
// before; going back to a version saves it as a new edit (so it too can be undone).
class HistoryDialog : public QDialog
{
    Q_OBJECT

public:
    HistoryDialog(SessionHost &host, RecordType type, const QString &key, QWidget *parent = nullptr);
    ~HistoryDialog() override;

    int versionCount() const;
    void selectVersion(int row);

Q_SIGNALS:
    void loaded();
    // The user chose to go back to `version` of the record now at `current` (revision
    // `currentRevision`).
    void revertRequested(citykb::RecordType type, const QString &key, const QJsonObject &current, qint64 currentRevision,
                         const QJsonObject &version);

private:
    void show(const RecordHistory &history);

    std::unique_ptr<Ui::HistoryDialog> m_ui;
    std::unique_ptr<RecordHistory> m_history;
};

} // namespace citykb
