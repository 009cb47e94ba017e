#pragma once

#include "core/recordspec.h"

#include <QDialog>

#include <memory>
#include <optional>

namespace Ui {
class BulkEdit;
}

namespace citykb {

class SessionHost;
struct FieldEdit;

// Adds a record to, or removes it from, one list of several records at once (a theme, a
// target group, a success factor, a network or a city of the chosen practices). The records
// to pick from are read through the session host; the change itself is the caller's step.
class BulkEditDialog : public QDialog
{
    Q_OBJECT

public:
    BulkEditDialog(SessionHost &host, RecordType type, int recordCount, QWidget *parent = nullptr);
    ~BulkEditDialog() override;

    // Whether the type has lists of references to change.
    static bool canBulkEdit(RecordType type);
    // The change chosen, once the list, the operation and an existing record are chosen.
    std::optional<FieldEdit> edit() const;
    // Chooses as a user would (for tests); false when the list or the record is not offered.
    bool choose(const QString &list, bool add, const QString &key);

Q_SIGNALS:
    void choicesLoaded();

private:
    void loadChoices();

    std::unique_ptr<Ui::BulkEdit> m_ui;
    SessionHost &m_host;
    RecordType m_type;
};

} // namespace citykb
