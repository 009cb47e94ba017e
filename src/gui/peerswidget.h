#pragma once

#include "core/recordspec.h"

#include <QWidget>

#include <memory>

namespace Ui {
class Peers;
}

namespace citykb {

class SessionHost;
struct Peer;

// Peers of a city or a practice: the cities that worked on the same themes, target groups,
// success factors and instruments, each with the practices that show it and the networks the
// two share, so that an officer finds whom to call. The finding is PeersService's.
class PeersWidget : public QWidget
{
    Q_OBJECT

public:
    explicit PeersWidget(SessionHost &host, QWidget *parent = nullptr);
    ~PeersWidget() override;

    // Whether peers can be found for a record of this type (cities and practices).
    static bool hasPeers(RecordType type);
    // Finds the peers of the record; they show when the reader answers.
    void showPeersOf(RecordType type, const QString &key, const QString &title);

Q_SIGNALS:
    void recordRequested(citykb::RecordType type, const QString &key);
    void finished();

private:
    void show(const QList<Peer> &peers);

    std::unique_ptr<Ui::Peers> m_ui;
    SessionHost &m_host;
    QString m_title;
    quint64 m_generation = 0;
};

} // namespace citykb
