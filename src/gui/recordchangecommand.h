#pragma once

#include "core/recordspec.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QPointer>
#include <QUndoCommand>
#include <QUndoStack>

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
// revert, a document's link). The step has been saved when the command is pushed: the first
// redo() does nothing. Undo and redo then go through the session's write path, all records of
// the step in one write: a changed record is written back only if nobody changed it meanwhile
// (its revision), a created record goes to the trash and comes back from it, a deleted one
// comes back with its links. A step that cannot be taken back or done again (a conflict, a
// record gone) says why, leaves the KB as it is and puts the undo stack back where it was, so
// that the step can be tried again.
class RecordChangeCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(RecordChangeCommand)

public:
    // `stack` is the stack the command is pushed on.
    RecordChangeCommand(SessionHost &host, QWidget *context, QUndoStack *stack, const QString &text,
                        QList<RecordChange> changes);
    ~RecordChangeCommand() override;

    void undo() override;
    void redo() override;

private:
    // What the answer of a write needs, which may come after the stack dropped the command.
    struct State
    {
        QList<RecordChange> changes; // read and updated only on the session's thread once pushed
        RecordChangeCommand *command = nullptr; // null once the command is gone
        QPointer<QUndoStack> stack;
        bool skipNext = false; // the stack steps back over a failed write: nothing to write
    };

    void apply(bool forward);

    SessionHost &m_host;
    QPointer<QWidget> m_context;
    std::shared_ptr<State> m_state;
    bool m_done = true; // pushed after it was saved
};

} // namespace citykb
