#pragma once

#include "core/recordspec.h"

#include <QJsonObject>
#include <QList>
#include <QUndoCommand>

#include <memory>
#include <optional>

class QWidget;

namespace citykb {

class SessionHost;

// One record before and after a step the user took: created (no before), changed, or moved
// to the trash (no after).
struct RecordChange
{
    RecordType type = RecordType::Network;
    QString key;
    std::optional<QJsonObject> before;
    std::optional<QJsonObject> after;
    qint64 revision = 0; // of the record as the step left it (0 when not known)
};

// An undoable step on one or several records (an edit, a create, a delete, a bulk edit, a
// revert). The step has been saved when the command is pushed: the first redo() does
// nothing. Undo and redo then go through the session's write path: a changed record is
// written back only if nobody changed it meanwhile (its revision), a created record goes to
// the trash and comes back from it, a deleted one comes back with its links. A step that
// cannot be taken back says why and leaves the KB as it is.
class RecordChangeCommand : public QUndoCommand
{
public:
    RecordChangeCommand(SessionHost &host, QWidget *context, const QString &text, QList<RecordChange> changes);

    void undo() override;
    void redo() override;

private:
    void apply(bool forward);

    SessionHost &m_host;
    QWidget *m_context;
    std::shared_ptr<QList<RecordChange>> m_changes; // shared with answers still on their way
    bool m_done = true; // pushed after it was saved
};

} // namespace citykb
