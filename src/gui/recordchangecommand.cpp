#include "recordchangecommand.h"

#include "notice.h"

#include "app/knowledgebase.h"
#include "app/sessionhost.h"
#include "store/store.h"

#include <QWidget>

namespace citykb {

namespace {

// The key a record has in `record`, else the one the step knew it by.
QString keyIn(const std::optional<QJsonObject> &record, const QString &fallback)
{
    const QString key = record ? record->value(QStringLiteral("key")).toString() : QString();
    return key.isEmpty() ? fallback : key;
}

} // namespace

RecordChangeCommand::RecordChangeCommand(SessionHost &host, QWidget *context, QUndoStack *stack, const QString &text,
                                         QList<RecordChange> changes)
    : QUndoCommand(text), m_host(host), m_context(context), m_state(std::make_shared<State>())
{
    m_state->changes = std::move(changes);
    m_state->command = this;
    m_state->stack = stack;
}

RecordChangeCommand::~RecordChangeCommand()
{
    m_state->command = nullptr;
}

void RecordChangeCommand::undo()
{
    if (m_state->skipNext) {
        m_state->skipNext = false;
        return;
    }
    apply(false);
}

void RecordChangeCommand::redo()
{
    if (m_state->skipNext) {
        m_state->skipNext = false;
        return;
    }
    if (m_done) {
        m_done = false; // saved before it was pushed
        return;
    }
    apply(true);
}

void RecordChangeCommand::apply(bool forward)
{
    // The steps' writes run one after the other on the session's thread, which alone reads and
    // updates the revisions: a redo asked for before the undo's answer came back still expects
    // the revision the undo left.
    m_host.write<bool>(
        m_context,
        [state = m_state, forward](KnowledgeBase &kb) -> Result<bool> {
            QList<std::pair<RecordType, QString>> written; // what to read the revision of
            auto done = kb.write([&](Store &store) -> Status {
                for (const RecordChange &change : std::as_const(state->changes)) {
                    const std::optional<QJsonObject> &from = forward ? change.before : change.after;
                    const std::optional<QJsonObject> &to = forward ? change.after : change.before;
                    if (from && !to) { // it goes to the trash, with what belongs to it
                        if (Status s = store.remove(change.type, keyIn(from, change.key), true); !s)
                            return s;
                        written.append({change.type, QString()});
                    } else if (!from && to) { // it comes back from the trash
                        auto restored = store.restoreFromTrash(change.type, keyIn(to, change.key));
                        if (!restored)
                            return Status(restored.fullError());
                        written.append({change.type, keyIn(to, change.key)});
                    } else if (from && to) {
                        const std::optional<qint64> expected =
                            change.revision > 0 ? std::optional<qint64>(change.revision) : std::nullopt;
                        QJsonObject record = *to;
                        for (const QString &stamp : {QStringLiteral("revision"), QStringLiteral("id"),
                                                     QStringLiteral("created_at"), QStringLiteral("updated_at")})
                            record.remove(stamp);
                        if (Status s = store.update(change.type, keyIn(from, change.key), record, expected); !s)
                            return s;
                        written.append({change.type, keyIn(to, change.key)});
                    } else {
                        written.append({change.type, QString()});
                    }
                }
                return {};
            });
            if (!done)
                return done.fullError();
            auto reader = kb.reader();
            if (!reader)
                return reader.fullError();
            for (qsizetype i = 0; i < written.size() && i < state->changes.size(); ++i) {
                const auto &[type, key] = written.at(i);
                qint64 revision = 0;
                if (!key.isEmpty()) {
                    auto record = reader.value()->get(type, key);
                    revision = record ? record.value().value(QStringLiteral("revision")).toInteger() : 0;
                }
                state->changes[i].revision = revision;
            }
            return true;
        },
        [state = m_state, title = text(), context = m_context, forward](const Result<bool> &done) {
            if (done)
                return;
            // Nothing was written: the stack goes back to where it was before the step, if the
            // user has not moved it on since.
            QUndoStack *stack = state->stack;
            if (stack && state->command) {
                int position = -1;
                for (int i = 0; i < stack->count(); ++i) {
                    if (stack->command(i) == state->command)
                        position = i;
                }
                const int now = forward ? position + 1 : position;
                if (position >= 0 && stack->index() == now) {
                    state->skipNext = true;
                    stack->setIndex(forward ? position : position + 1);
                }
            }
            showProblem(context, forward ? tr("Redo") : tr("Undo"),
                        forward ? tr("\"%1\" could not be redone: %2").arg(title, done.error())
                                : tr("\"%1\" could not be undone: %2").arg(title, done.error()));
        });
}

} // namespace citykb
