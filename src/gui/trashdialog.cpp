#include "trashdialog.h"

#include "notice.h"

#include "app/sessionhost.h"
#include "app/trashservice.h"
#include "displaynames.h"
#include "ui_trashdialog.h"

#include <QDateTime>
#include <QHeaderView>
#include <QLocale>
#include <QMessageBox>

namespace citykb {

namespace {
constexpr int TypeRole = Qt::UserRole + 1;
constexpr int KeyRole = Qt::UserRole + 2;
} // namespace

TrashDialog::TrashDialog(SessionHost &host, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::TrashDialog>()), m_host(host)
{
    m_ui->setupUi(this);
    m_ui->trashTree->header()->resizeSection(0, 380);
    connect(m_ui->restoreButton, &QPushButton::clicked, this, &TrashDialog::restoreSelected);
    connect(m_ui->emptyButton, &QPushButton::clicked, this, &TrashDialog::emptyTrash);
    connect(m_ui->closeButton, &QPushButton::clicked, this, &QDialog::accept);
    connect(&m_host, &SessionHost::changed, this, &TrashDialog::refresh);
    refresh();
}

TrashDialog::~TrashDialog() = default;

void TrashDialog::refresh()
{
    m_host.read<QList<TrashEntry>>(
        this, [](KnowledgeBase &kb) { return TrashService(kb).list(); },
        [this](const Result<QList<TrashEntry>> &entries) {
            m_ui->trashTree->clear();
            if (!entries) {
                m_ui->trashHeader->setText(entries.error());
                return;
            }
            int shown = 0;
            for (const TrashEntry &entry : entries.value()) {
                if (entry.cascaded)
                    continue; // it comes back with the record it belonged to
                const QDateTime when = QDateTime::fromString(entry.deletedAt, Qt::ISODate).toLocalTime();
                auto *item = new QTreeWidgetItem(m_ui->trashTree, {entry.title, DisplayNames::recordType(entry.type),
                                                                    QLocale().toString(when, QLocale::ShortFormat)});
                item->setData(0, TypeRole, int(entry.type));
                item->setData(0, KeyRole, entry.key);
                ++shown;
            }
            m_ui->trashHeader->setText(shown == 0 ? tr("The trash is empty.")
                                                  : tr("Deleted records. Restore brings a record back with its links."));
            m_ui->restoreButton->setEnabled(shown > 0);
            m_ui->emptyButton->setEnabled(shown > 0);
            Q_EMIT refreshed();
        });
}

void TrashDialog::restoreSelected()
{
    QList<std::pair<RecordType, QString>> chosen;
    for (QTreeWidgetItem *item : m_ui->trashTree->selectedItems())
        chosen.append({RecordType(item->data(0, TypeRole).toInt()), item->data(0, KeyRole).toString()});
    if (chosen.isEmpty())
        return;
    m_host.write<int>(
        this,
        [chosen](KnowledgeBase &kb) -> Result<int> {
            for (const auto &[type, key] : chosen) {
                auto restored = TrashService(kb).restore(type, key);
                if (!restored)
                    return restored.fullError();
            }
            return int(chosen.size());
        },
        [this](const Result<int> &restored) {
            if (!restored)
                showProblem(this, tr("Restore"), restored.error());
            refresh();
        });
}

void TrashDialog::emptyTrash()
{
    const int count = m_ui->trashTree->topLevelItemCount();
    if (QMessageBox::question(this, tr("Empty Trash"),
                              count == 1 ? tr("Delete the record in the trash for good? This cannot be undone.")
                                         : tr("Delete the %1 records in the trash for good? This cannot be undone.").arg(count),
                              QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
        != QMessageBox::Yes)
        return;
    m_host.write<qint64>(
        this, [](KnowledgeBase &kb) { return TrashService(kb).empty(); },
        [this](const Result<qint64> &emptied) {
            if (!emptied)
                showProblem(this, tr("Empty Trash"), emptied.error());
            refresh();
        });
}

} // namespace citykb
