#include "changestream.h"

namespace citykb {

ChangeStream::ChangeStream(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<citykb::Change>();
}

void ChangeStream::startAfter(qint64 revision)
{
    m_last = revision;
}

Status ChangeStream::announceNew(const Store &store, qint64 upTo)
{
    for (;;) {
        auto changes = since(store, m_last.load());
        if (!changes)
            return Status(changes.fullError());
        if (changes.value().isEmpty())
            return {};
        for (const Change &change : changes.value()) {
            if (change.revision > upTo)
                return {};
            m_last = change.revision;
            Q_EMIT changed(change);
        }
    }
}

void ChangeStream::announceReset(qint64 revision)
{
    m_last = revision;
    Q_EMIT reset(revision);
}

Result<QList<Change>> ChangeStream::since(const Store &store, qint64 revision, int limit)
{
    return store.changesSince(revision, limit);
}

} // namespace citykb
