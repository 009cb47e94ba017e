#include "recordchangecommand.h"

#include "notice.h"

#include "app/editservice.h"
#include "app/sessionhost.h"
#include "app/trashservice.h"

#include <QMessageBox>
#include <QPointer>
#include <QWidget>

namespace citykb {

RecordChangeCommand::RecordChangeCommand(SessionHost &host, QWidget *context, const QString &text, QList<RecordChange> changes)
    : QUndoCommand(text), m_host(host), m_context(context),
      m_changes(std::make_shared<QList<RecordChange>>(std::move(changes)))
{
}

void RecordChangeCommand::undo()
{
    apply(false);
}

void RecordChangeCommand::redo()
{
    if (m_done) {
        m_done = false; // saved before it was pushed
        return;
    }
    apply(true);
}

void RecordChangeCommand::apply(bool forward)
{
    const QList<RecordChange> changes = *m_changes;
    // The revisions each record has after this, in the order of `changes`.
    m_host.write<QList<qint64>>(
        m_context,
        [changes, forward](KnowledgeBase &kb) -> Result<QList<qint64>> {
            QList<qint64> revisions;
            for (const RecordChange &change : changes) {
                const std::optional<QJsonObject> &from = forward ? change.before : change.after;
                const std::optional<QJsonObject> &to = forward ? change.after : change.before;
                if (from && !to) { // it goes to the trash
                    if (Status s = EditService(kb).remove(change.type, change.key, true); !s)
                        return s.fullError();
                    revisions.append(0);
                } else if (!from && to) { // it comes back from the trash
                    auto restored = TrashService(kb).restore(change.type, change.key);
                    if (!restored)
                        return restored.fullError();
                    revisions.append(0);
                } else if (from && to) {
                    const std::optional<qint64> expected = change.revision > 0 ? std::optional<qint64>(change.revision) : std::nullopt;
                    auto saved = EditService(kb).update(change.type, change.key, *to, expected);
                    if (!saved)
                        return saved.fullError();
                    revisions.append(saved.value().revision);
                }
            }
            return revisions;
        },
        // The stack may drop this command before the answer comes: the answer holds what it needs.
        [stored = m_changes, title = text(), context = QPointer<QWidget>(m_context), forward](const Result<QList<qint64>> &revisions) {
            if (!revisions) {
                showProblem(context, forward ? QObject::tr("Redo") : QObject::tr("Undo"),
                                     QObject::tr("\"%1\" could not be %2: %3")
                                         .arg(title, forward ? QObject::tr("redone") : QObject::tr("undone"), revisions.error()));
                return;
            }
            for (qsizetype i = 0; i < stored->size() && i < revisions.value().size(); ++i)
                (*stored)[i].revision = revisions.value().at(i);
        });
}

} // namespace citykb
