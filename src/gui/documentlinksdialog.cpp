#include "documentlinksdialog.h"

#include "displaynames.h"
#include "notice.h"
#include "recordchangecommand.h"
#include "recordeditor.h"
#include "ui_documentlinksdialog.h"

#include "app/browseservice.h"
#include "app/documentlinkservice.h"
#include "app/knowledgebase.h"
#include "app/sessionhost.h"
#include "store/store.h"

#include <QCompleter>
#include <QJsonArray>
#include <QLineEdit>
#include <QPushButton>
#include <QUndoStack>

namespace citykb {

namespace {

QString placeOf(RecordType type, const QString &key)
{
    return recordTypeWord(type) + QLatin1Char('/') + key;
}

Result<QJsonObject> storedDocument(KnowledgeBase &kb, const QString &key)
{
    auto reader = kb.reader();
    if (!reader)
        return reader.fullError();
    return reader.value()->get(RecordType::Document, key);
}

} // namespace

// What the dialog reads: the document's title, section headings and links and, the first
// time, the records of each type a document links to.
struct DocumentLinksDialog::Loaded
{
    QString title;
    QStringList headings;
    QList<Mention> links;
    QHash<int, QList<std::pair<QString, QString>>> choices;
};

DocumentLinksDialog::DocumentLinksDialog(SessionHost &host, QUndoStack *stack, const QString &documentKey, QWidget *context)
    : QDialog(context), m_ui(std::make_unique<Ui::DocumentLinksDialog>()), m_host(host), m_stack(stack), m_context(context),
      m_key(documentKey)
{
    m_ui->setupUi(this);
    m_ui->headingLabel->setText(tr("Reading…"));
    m_ui->problemLabel->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_ui->linkTree->setColumnWidth(0, 200);
    m_ui->linkTree->setColumnWidth(1, 90);
    m_ui->linkTree->setColumnWidth(2, 220);
    for (RecordType type : mentionTypes())
        m_ui->typeBox->addItem(DisplayNames::recordType(type), int(type));
    m_ui->recordBox->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_ui->recordBox->setMinimumContentsLength(30);
    m_ui->recordBox->lineEdit()->setPlaceholderText(tr("Type to find the record…"));
    m_ui->recordBox->completer()->setFilterMode(Qt::MatchContains);
    m_ui->recordBox->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_ui->recordBox->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_ui->addBox->setEnabled(false);
    m_ui->removeButton->setEnabled(false);
    connect(m_ui->typeBox, &QComboBox::currentIndexChanged, this, &DocumentLinksDialog::fillRecords);
    connect(m_ui->addButton, &QPushButton::clicked, this, &DocumentLinksDialog::addChosen);
    connect(m_ui->recordBox->lineEdit(), &QLineEdit::returnPressed, this, &DocumentLinksDialog::addChosen);
    connect(m_ui->removeButton, &QPushButton::clicked, this, &DocumentLinksDialog::removeChosen);
    connect(m_ui->linkTree, &QTreeWidget::currentItemChanged, this,
            [this](QTreeWidgetItem *item) { m_ui->removeButton->setEnabled(item != nullptr); });
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(&m_host, &SessionHost::changed, this, [this](const Change &change) {
        if (change.type == RecordType::Document && change.key == m_key)
            refresh();
    });
    refresh();
}

DocumentLinksDialog::~DocumentLinksDialog() = default;

void DocumentLinksDialog::refresh()
{
    m_host.read<Loaded>(
        this,
        [key = m_key, withChoices = !m_choicesRead](KnowledgeBase &kb) -> Result<Loaded> {
            Loaded loaded;
            auto document = storedDocument(kb, key);
            if (!document)
                return document.fullError();
            loaded.title = document.value().value(QStringLiteral("title")).toString();
            for (const QJsonValue &section : document.value().value(QStringLiteral("sections")).toArray())
                loaded.headings.append(section.toObject().value(QStringLiteral("heading")).toString());
            loaded.links = mentionsOf(document.value());
            if (withChoices) {
                BrowseService browse(kb);
                for (RecordType type : mentionTypes()) {
                    PageQuery all;
                    all.limit = 20000; // the list is searched, not scrolled
                    auto page = browse.page(type, all);
                    if (!page)
                        return page.fullError();
                    for (const RecordSummary &row : page.value().rows)
                        loaded.choices[int(type)].append({row.key, row.title.isEmpty() ? row.key : row.title});
                }
            }
            return loaded;
        },
        [this](const Result<Loaded> &loaded) {
            if (!loaded) {
                m_ui->headingLabel->setText(loaded.error());
                return;
            }
            showLoaded(loaded.value());
            Q_EMIT refreshed();
        });
}

void DocumentLinksDialog::showLoaded(const Loaded &loaded)
{
    m_title = loaded.title;
    m_ui->headingLabel->setText(tr("The networks, cities, working groups and practices that \"%1\" links to. "
                                   "Changes can be undone with Edit > Undo.")
                                    .arg(m_title));
    if (!m_choicesRead) {
        m_choices = loaded.choices;
        for (auto it = m_choices.cbegin(); it != m_choices.cend(); ++it) {
            for (const auto &[key, title] : it.value())
                m_titles.insert(placeOf(RecordType(it.key()), key), title);
        }
        m_choicesRead = true;
        fillRecords();
        m_ui->addBox->setEnabled(true);
    }
    const int section = m_ui->sectionBox->currentData().toInt();
    m_ui->sectionBox->clear();
    m_ui->sectionBox->addItem(tr("The document as a whole"), 0);
    for (qsizetype i = 0; i < loaded.headings.size(); ++i) {
        const QString heading = loaded.headings.at(i).trimmed();
        m_ui->sectionBox->addItem(heading.isEmpty() ? tr("Section %1").arg(i + 1) : heading, int(i + 1));
    }
    m_ui->sectionBox->setCurrentIndex(std::max(0, m_ui->sectionBox->findData(section)));

    // One row per linked record, with every section it is linked in.
    m_links = loaded.links;
    m_ui->linkTree->clear();
    QHash<QString, QTreeWidgetItem *> rows;
    for (const Mention &m : std::as_const(m_links)) {
        if (!m.isLink())
            continue;
        const QString place = placeOf(m.type, m.key);
        // A heading path ("Report › 2.4 EUKN") is named by its last heading; the tip has it whole.
        const QString path = m.section > 0 && m.section <= loaded.headings.size() ? loaded.headings.at(m.section - 1).trimmed() : QString();
        const QString where = !path.isEmpty() ? path.section(QStringLiteral(" \u203a "), -1).trimmed()
                                              : (m.section > 0 ? tr("Section %1").arg(m.section) : tr("the whole document"));
        const QString by = m.origin == Mention::Origin::Added ? tr("a curator") : tr("found in the text");
        QTreeWidgetItem *row = rows.value(place);
        if (!row) {
            row = new QTreeWidgetItem(m_ui->linkTree, {m_titles.value(place, m.key), DisplayNames::recordType(m.type), where, by});
            row->setData(0, Qt::UserRole, int(m.type));
            row->setData(0, Qt::UserRole + 1, m.key);
            row->setToolTip(2, path);
            rows.insert(place, row);
            continue;
        }
        if (!row->text(2).split(QStringLiteral("; ")).contains(where))
            row->setText(2, row->text(2) + QStringLiteral("; ") + where);
        if (!row->text(3).split(QStringLiteral("; ")).contains(by))
            row->setText(3, row->text(3) + QStringLiteral("; ") + by);
    }
    m_ui->removeButton->setEnabled(m_ui->linkTree->currentItem() != nullptr);
}

void DocumentLinksDialog::fillRecords()
{
    const auto type = m_ui->typeBox->currentData().toInt();
    m_ui->recordBox->clear();
    m_ui->recordBox->addItem(QString(), QString());
    for (const auto &[key, title] : m_choices.value(type))
        m_ui->recordBox->addItem(title, key);
    m_ui->recordBox->setCurrentIndex(0);
}

bool DocumentLinksDialog::chooseRecord(RecordType type, const QString &key, int section)
{
    const int typeIndex = m_ui->typeBox->findData(int(type));
    if (typeIndex < 0)
        return false;
    m_ui->typeBox->setCurrentIndex(typeIndex);
    const int recordIndex = m_ui->recordBox->findData(key);
    const int sectionIndex = m_ui->sectionBox->findData(section);
    if (recordIndex <= 0 || sectionIndex < 0)
        return false;
    m_ui->recordBox->setCurrentIndex(recordIndex);
    m_ui->sectionBox->setCurrentIndex(sectionIndex);
    return true;
}

void DocumentLinksDialog::addChosen()
{
    // The record whose title is in the box: picked from the list or typed out in full.
    const int index = m_ui->recordBox->findText(m_ui->recordBox->currentText().trimmed(), Qt::MatchFixedString);
    const QString key = index > 0 ? m_ui->recordBox->itemData(index).toString() : QString();
    if (key.isEmpty()) {
        m_ui->problemLabel->setText(tr("Choose the record to link from the list: type a part of its name to find it."));
        m_ui->recordBox->setFocus(Qt::OtherFocusReason);
        return;
    }
    const auto type = RecordType(m_ui->typeBox->currentData().toInt());
    changeLinks(true, type, key, m_ui->sectionBox->currentData().toInt(), m_ui->recordBox->itemText(index));
}

bool DocumentLinksDialog::chooseLink(RecordType type, const QString &key)
{
    for (int i = 0; i < m_ui->linkTree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *row = m_ui->linkTree->topLevelItem(i);
        if (row->data(0, Qt::UserRole).toInt() == int(type) && row->data(0, Qt::UserRole + 1).toString() == key) {
            m_ui->linkTree->setCurrentItem(row);
            return true;
        }
    }
    return false;
}

void DocumentLinksDialog::removeChosen()
{
    QTreeWidgetItem *row = m_ui->linkTree->currentItem();
    if (!row)
        return;
    changeLinks(false, RecordType(row->data(0, Qt::UserRole).toInt()), row->data(0, Qt::UserRole + 1).toString(), 0,
                row->text(0));
}

QStringList DocumentLinksDialog::linkedRecords() const
{
    QStringList places;
    for (int i = 0; i < m_ui->linkTree->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *row = m_ui->linkTree->topLevelItem(i);
        places.append(placeOf(RecordType(row->data(0, Qt::UserRole).toInt()), row->data(0, Qt::UserRole + 1).toString()));
    }
    return places;
}

void DocumentLinksDialog::changeLinks(bool add, RecordType type, const QString &key, int section, const QString &title)
{
    m_ui->problemLabel->clear();
    m_host.write<RecordChange>(
        this,
        [document = m_key, add, type, key, section](KnowledgeBase &kb) -> Result<RecordChange> {
            auto before = storedDocument(kb, document);
            if (!before)
                return before.fullError();
            DocumentLinkService links(kb);
            if (Status s = add ? links.addLink(document, type, key, section) : links.removeLink(document, type, key); !s)
                return s.fullError();
            auto after = storedDocument(kb, document);
            if (!after)
                return after.fullError();
            return RecordChange{RecordType::Document, document, before.value(), after.value(),
                                after.value().value(QStringLiteral("revision")).toInteger()};
        },
        [this, add, title](const Result<RecordChange> &change) {
            if (!change) {
                m_ui->problemLabel->setText(change.error());
                return;
            }
            if (RecordEditor::sameRecord(*change.value().before, *change.value().after)) {
                m_ui->problemLabel->setText(tr("The document links to \"%1\" there already.").arg(title));
                return;
            }
            const QString text = add ? tr("Link \"%1\" to %2").arg(m_title, title) : tr("Unlink %2 from \"%1\"").arg(m_title, title);
            if (m_stack)
                m_stack->push(new RecordChangeCommand(m_host, m_context, m_stack, text, {change.value()}));
            m_ui->recordBox->setCurrentIndex(0);
        });
}

} // namespace citykb
