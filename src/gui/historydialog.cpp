#include "historydialog.h"

#include "app/historyservice.h"
#include "app/sessionhost.h"
#include "displaynames.h"
#include "ui_historydialog.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

namespace citykb {

namespace {

QString readable(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String: return value.toString();
    case QJsonValue::Double: return QLocale().toString(value.toDouble(), 'g', 15);
    case QJsonValue::Bool: return value.toBool() ? HistoryDialog::tr("yes") : HistoryDialog::tr("no");
    case QJsonValue::Array: return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object: return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    default: return {};
    }
}

} // namespace

HistoryDialog::HistoryDialog(SessionHost &host, RecordType type, const QString &key, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::HistoryDialog>())
{
    m_ui->setupUi(this);
    m_ui->historyHeader->setText(tr("Reading the history…"));
    m_ui->revertButton->setEnabled(false);
    m_ui->changeTree->setColumnWidth(0, 160);
    m_ui->changeTree->setColumnWidth(1, 260);
    m_ui->historySplitter->setStretchFactor(1, 3);
    connect(m_ui->closeButton, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_ui->versionList, &QListWidget::currentRowChanged, this, &HistoryDialog::selectVersion);
    connect(m_ui->revertButton, &QPushButton::clicked, this, [this]() {
        const int row = m_ui->versionList->currentRow();
        if (!m_history || row < 0)
            return;
        const QList<HistoryVersion> &versions = m_history->versions;
        const HistoryVersion &chosen = versions.at(versions.size() - 1 - row);
        const HistoryVersion &current = versions.last();
        Q_EMIT revertRequested(m_history->type, m_history->key, current.record, current.revision, chosen.record);
        accept();
    });
    host.read<RecordHistory>(
        this, [type, key](KnowledgeBase &kb) { return HistoryService(kb).history(type, key); },
        [this](const Result<RecordHistory> &history) {
            if (!history) {
                m_ui->historyHeader->setText(history.error());
                return;
            }
            show(history.value());
        });
}

HistoryDialog::~HistoryDialog() = default;

int HistoryDialog::versionCount() const
{
    return m_ui->versionList->count();
}

void HistoryDialog::show(const RecordHistory &history)
{
    m_history = std::make_unique<RecordHistory>(history);
    setWindowTitle(tr("History of %1").arg(history.title));
    m_ui->historyHeader->setText(
        history.inTrash ? tr("%1 is in the trash. Its versions, newest first:").arg(history.title)
                        : tr("The versions of %1, newest first. Choose one to see what it changed.").arg(history.title));
    // Newest first, as a reader looks for what happened last.
    for (auto it = history.versions.crbegin(); it != history.versions.crend(); ++it) {
        const QDateTime when = QDateTime::fromString(it->savedAt, Qt::ISODate).toLocalTime();
        QString label = tr("Revision %1, %2").arg(it->revision).arg(QLocale().toString(when, QLocale::ShortFormat));
        if (it->current)
            label += tr(" (now)");
        m_ui->versionList->addItem(label);
    }
    m_ui->versionList->setCurrentRow(0);
    Q_EMIT loaded();
}

void HistoryDialog::selectVersion(int row)
{
    m_ui->changeTree->clear();
    if (!m_history || row < 0 || row >= m_history->versions.size())
        return;
    const HistoryVersion &version = m_history->versions.at(m_history->versions.size() - 1 - row);
    for (const FieldChange &change : version.changes) {
        QString before = readable(change.before);
        QString after = readable(change.after);
        if (!change.added.isEmpty() || !change.removed.isEmpty()) {
            before = change.removed.isEmpty() ? QString() : tr("removed: %1").arg(readable(change.removed));
            after = change.added.isEmpty() ? QString() : tr("added: %1").arg(readable(change.added));
        }
        auto *item = new QTreeWidgetItem(m_ui->changeTree, {DisplayNames::field(change.field), before, after});
        item->setToolTip(1, before);
        item->setToolTip(2, after);
    }
    if (version.changes.isEmpty())
        new QTreeWidgetItem(m_ui->changeTree, {version.revision == m_history->versions.first().revision ? tr("(first version)")
                                                                                                     : tr("(no field changed)")});
    m_ui->revertButton->setEnabled(!version.current);
}

} // namespace citykb
