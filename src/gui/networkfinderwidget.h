#pragma once

#include "core/recordspec.h"

#include <QWidget>

#include <memory>

namespace Ui {
class NetworkFinder;
}

namespace citykb {

class SessionHost;
struct NetworkMatch;

// The network finder: a city enters its country, population and kind of member and sees the
// networks and working groups it may join, why (not), the fee, how to join and what comes up.
// The deciding is NetworkFinderService's; this form asks and shows.
class NetworkFinderWidget : public QWidget
{
    Q_OBJECT

public:
    explicit NetworkFinderWidget(SessionHost &host, QWidget *parent = nullptr);
    ~NetworkFinderWidget() override;

    // Runs the finder with what the form holds.
    void find();
    // Fills the form (for a test or a city's page) and runs it.
    void find(const QString &country, qint64 population, const QString &memberKindWord);

Q_SIGNALS:
    void recordRequested(citykb::RecordType type, const QString &key);
    void finished();

private:
    void show(const QList<NetworkMatch> &matches);

    std::unique_ptr<Ui::NetworkFinder> m_ui;
    SessionHost &m_host;
    quint64 m_generation = 0;
};

} // namespace citykb
