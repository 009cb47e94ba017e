#pragma once

#include "core/result.h"
#include "store/store.h"

#include <QMetaType>
#include <QObject>

#include <atomic>
#include <limits>

namespace citykb {

// Announces every committed change (revision, type, id, key, operation) once, in revision
// order, to whoever listens: list models, open detail views, later the replicas of a shared
// store. It is fed from the store's `changes` log, so a listener that fell behind (or starts
// late) reads what it missed with since() and then follows changed().
class ChangeStream : public QObject
{
    Q_OBJECT

public:
    explicit ChangeStream(QObject *parent = nullptr);

    // Starts announcing after `revision` (what the store held when the session opened).
    void startAfter(qint64 revision);
    // Announces what the store committed after the last announced change, up to `upTo`.
    Status announceNew(const Store &store, qint64 upTo = std::numeric_limits<qint64>::max());
    qint64 lastAnnounced() const { return m_last.load(); }
    void announceReset(qint64 revision);

    // The changes after `revision`, oldest first, at most `limit`.
    static Result<QList<Change>> since(const Store &store, qint64 revision, int limit = 1000);

Q_SIGNALS:
    void changed(const citykb::Change &change);
    // The store was replaced (a restore): its history starts anew, listeners reload everything.
    void reset(qint64 revision);

private:
    std::atomic<qint64> m_last{0};
};

} // namespace citykb

Q_DECLARE_METATYPE(citykb::Change)
