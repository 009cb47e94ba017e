#include "peerswidget.h"

#include "app/peersservice.h"
#include "app/sessionhost.h"
#include "displaynames.h"
#include "ui_peers.h"

#include <QHeaderView>
#include <QLocale>

namespace citykb {

namespace {

constexpr int TypeRole = Qt::UserRole + 1;
constexpr int KeyRole = Qt::UserRole + 2;

} // namespace

PeersWidget::PeersWidget(SessionHost &host, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::Peers>()), m_host(host)
{
    m_ui->setupUi(this);
    m_ui->peersTree->header()->setStretchLastSection(true);
    m_ui->peersTree->setColumnWidth(0, 260);
    m_ui->peersTree->setColumnWidth(1, 60);
    m_ui->peersTree->setColumnWidth(2, 70);
    m_ui->peersTree->setColumnWidth(3, 260);
    auto open = [this](QTreeWidgetItem *item) {
        const QString key = item->data(0, KeyRole).toString();
        if (!key.isEmpty())
            Q_EMIT recordRequested(RecordType(item->data(0, TypeRole).toInt()), key);
    };
    connect(m_ui->peersTree, &QTreeWidget::itemActivated, this, open);
    connect(m_ui->peersTree, &QTreeWidget::itemClicked, this, open);
}

PeersWidget::~PeersWidget() = default;

bool PeersWidget::hasPeers(RecordType type)
{
    return type == RecordType::City || type == RecordType::Practice;
}

void PeersWidget::showPeersOf(RecordType type, const QString &key, const QString &title)
{
    if (!hasPeers(type))
        return;
    m_title = title;
    m_ui->peersHeader->setText(tr("Looking for cities like %1…").arg(title));
    m_ui->peersTree->clear();
    const quint64 generation = ++m_generation;
    m_host.read<QList<Peer>>(
        this,
        [type, key](KnowledgeBase &kb) {
            PeersService peers(kb);
            return type == RecordType::City ? peers.peersOfCity(key, 20) : peers.peersOfPractice(key, 20);
        },
        [this, generation](const Result<QList<Peer>> &peers) {
            if (generation != m_generation)
                return; // another record was asked for meanwhile
            if (!peers)
                m_ui->peersHeader->setText(peers.error());
            else
                show(peers.value());
            Q_EMIT finished();
        });
}

void PeersWidget::show(const QList<Peer> &peers)
{
    m_ui->peersTree->clear();
    if (peers.isEmpty()) {
        m_ui->peersHeader->setText(
            tr("No city shares a theme, target group, success factor or instrument with %1 yet.").arg(m_title));
        return;
    }
    m_ui->peersHeader->setText(tr("Cities that worked on what %1 worked on, most alike first. "
                                  "Open one to read its page; its practices are below it.")
                                   .arg(m_title));
    for (const Peer &peer : peers) {
        QStringList common;
        for (const SharedTerm &term : peer.sharedTerms)
            common.append(term.term);
        QStringList networks;
        for (const SharedNetwork &network : peer.sharedNetworks)
            networks.append(network.peerRole.isEmpty() ? network.name
                                                       : tr("%1 (%2)").arg(network.name, network.peerRole));
        auto *item = new QTreeWidgetItem(m_ui->peersTree,
                                         {peer.cityName, peer.country,
                                          QLocale().toString(peer.score * 100, 'f', 0) + QLatin1Char('%'),
                                          common.join(QStringLiteral(", ")), networks.join(QStringLiteral(", "))});
        item->setData(0, TypeRole, int(RecordType::City));
        item->setData(0, KeyRole, peer.cityKey);
        item->setToolTip(3, common.join(QStringLiteral(", ")));
        item->setToolTip(4, networks.join(QStringLiteral(", ")));
        item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
        for (const PeerPractice &practice : peer.practices) {
            auto *child = new QTreeWidgetItem(item, {practice.title});
            child->setData(0, TypeRole, int(RecordType::Practice));
            child->setData(0, KeyRole, practice.key);
            child->setToolTip(0, practice.title);
            const int shared = int(practice.sharedTerms.size());
            child->setText(3, shared == 1 ? tr("1 term in common") : tr("%n terms in common", nullptr, shared));
        }
        // The same challenges in figures: the peer's own, beside the city's on its page.
        for (const SharedChallenge &challenge : peer.sharedChallenges) {
            QStringList figures;
            for (const PeerIndicator &indicator : challenge.indicators) {
                QString figure = indicator.name;
                if (indicator.value)
                    figure += QStringLiteral(": %1%2").arg(QLocale().toString(*indicator.value), indicator.unit == QLatin1String("%")
                                                                                                    ? indicator.unit
                                                                                                    : QLatin1Char(' ') + indicator.unit);
                const QString when = indicator.year > 0 ? QString::number(indicator.year) : indicator.period;
                if (!when.isEmpty())
                    figure += QStringLiteral(" (%1)").arg(when);
                figures.append(figure.trimmed());
            }
            auto *child = new QTreeWidgetItem(item, {tr("Same challenge: %1").arg(challenge.term)});
            child->setText(3, figures.join(QStringLiteral("; ")));
            child->setToolTip(3, figures.join(QStringLiteral("; ")));
        }
    }
    m_ui->peersTree->expandToDepth(0);
}

} // namespace citykb
