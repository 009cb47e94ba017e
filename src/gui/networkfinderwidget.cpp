#include "networkfinderwidget.h"

#include "app/networkfinderservice.h"
#include "app/recordpageservice.h"
#include "app/sessionhost.h"
#include "ui_networkfinder.h"

#include <QDesktopServices>
#include <QLocale>

#include <algorithm>

namespace citykb {

namespace {

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QString verdict(const NetworkMatch &match)
{
    switch (match.eligibility) {
    case Eligibility::Eligible: return NetworkFinderWidget::tr("May join");
    case Eligibility::NotEligible: return NetworkFinderWidget::tr("Cannot join as asked");
    case Eligibility::Unclear: break;
    }
    return NetworkFinderWidget::tr("The KB cannot tell");
}

QString colour(Eligibility eligibility)
{
    // Text colours readable on light and dark palettes alike.
    switch (eligibility) {
    case Eligibility::Eligible: return QStringLiteral("#2e8b57");
    case Eligibility::NotEligible: return QStringLiteral("#c0392b");
    case Eligibility::Unclear: break;
    }
    return QStringLiteral("#b7791f");
}

} // namespace

NetworkFinderWidget::NetworkFinderWidget(SessionHost &host, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::NetworkFinder>()), m_host(host)
{
    m_ui->setupUi(this);
    // European countries first, by name, then every other territory Qt knows.
    QList<std::pair<QString, QString>> countries;
    for (int t = int(QLocale::Afghanistan); t <= int(QLocale::LastTerritory); ++t) {
        const auto territory = QLocale::Territory(t);
        const QString code = QLocale::territoryToCode(territory);
        if (code.size() == 2)
            countries.append({QLocale::territoryToString(territory), code});
    }
    std::sort(countries.begin(), countries.end());
    m_ui->countryBox->addItem(tr("unknown"), QString());
    for (const auto &[name, code] : countries)
        m_ui->countryBox->addItem(name, code);
    for (MemberKind kind : allMemberKinds())
        m_ui->kindBox->addItem(memberKindLabel(kind), memberKindWord(kind));
    connect(m_ui->findButton, &QPushButton::clicked, this, qOverload<>(&NetworkFinderWidget::find));
    connect(m_ui->resultsBrowser, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (auto target = RecordPageService::linkTarget(url))
            Q_EMIT recordRequested(target->type, target->key);
        else if (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http"))
            QDesktopServices::openUrl(url);
    });
    m_ui->resultsBrowser->setHtml(tr("<p>Enter your country, the number of inhabitants and the kind of member, then "
                                     "<b>Find Networks</b>.</p>"));
}

NetworkFinderWidget::~NetworkFinderWidget() = default;

void NetworkFinderWidget::find(const QString &country, qint64 population, const QString &memberKindWord)
{
    m_ui->countryBox->setCurrentIndex(std::max(0, m_ui->countryBox->findData(country.toUpper())));
    m_ui->populationBox->setValue(int(population));
    m_ui->kindBox->setCurrentIndex(std::max(0, m_ui->kindBox->findData(memberKindWord)));
    find();
}

void NetworkFinderWidget::find()
{
    FinderQuery query;
    query.country = m_ui->countryBox->currentData().toString();
    if (m_ui->populationBox->value() > 0)
        query.population = m_ui->populationBox->value();
    query.memberKind = memberKindFromWord(m_ui->kindBox->currentData().toString()).value_or(MemberKind::City);
    query.theme = m_ui->themeEdit->text().trimmed();
    query.today = QDate::currentDate();
    const quint64 generation = ++m_generation;
    m_ui->resultsBrowser->setHtml(tr("<p>Looking…</p>"));
    m_host.read<QList<NetworkMatch>>(
        this, [query](KnowledgeBase &kb) { return NetworkFinderService(kb).find(query); },
        [this, generation](const Result<QList<NetworkMatch>> &matches) {
            if (generation != m_generation)
                return; // a newer question is on its way
            if (!matches)
                m_ui->resultsBrowser->setHtml(QStringLiteral("<p>%1</p>").arg(escaped(matches.error())));
            else
                show(matches.value());
            Q_EMIT finished();
        });
}

void NetworkFinderWidget::show(const QList<NetworkMatch> &matches)
{
    QString html;
    const QLocale locale;
    for (const NetworkMatch &m : matches) {
        const QUrl link = RecordPageService::linkUrl(m.type, m.key);
        html += QStringLiteral("<h3><a href=\"%1\">%2</a>%3 <span style=\"color:%4\">— %5</span></h3>")
                    .arg(link.toString(), escaped(m.name),
                         m.networkName.isEmpty() ? QString() : QStringLiteral(" <small>(%1)</small>").arg(escaped(m.networkName)),
                         colour(m.eligibility), verdict(m));
        html += QStringLiteral("<p>%1</p>").arg(escaped(m.summary));
        if (!m.otherRoute.isEmpty())
            html += QStringLiteral("<p><i>%1</i> %2</p>").arg(tr("Another way in:"), escaped(m.otherRoute));
        if (m.fee)
            html += QStringLiteral("<p><b>%1</b> %2</p>").arg(tr("Fee:"), escaped(describeFee(*m.fee)));
        for (const QString &condition : m.feeConditions)
            html += QStringLiteral("<p>%1</p>").arg(escaped(condition));
        if (!m.howToJoin.isEmpty())
            html += QStringLiteral("<p><b>%1</b> %2</p>").arg(tr("How to join:"), escaped(m.howToJoin));
        if (!m.events.isEmpty()) {
            html += QStringLiteral("<p><b>%1</b></p><ul>").arg(tr("Coming up:"));
            for (const ComingEvent &e : m.events.mid(0, 3))
                html += QStringLiteral("<li><a href=\"%1\">%2</a> %3</li>")
                            .arg(RecordPageService::linkUrl(RecordType::Event, e.key).toString(), escaped(e.title),
                                 escaped(e.dateText.isEmpty() ? e.startDate : e.dateText));
            html += QStringLiteral("</ul>");
        }
    }
    if (matches.isEmpty())
        html = tr("<p>The KB holds no networks yet.</p>");
    m_ui->resultsBrowser->setHtml(html);
}

} // namespace citykb
