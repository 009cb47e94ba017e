#include "bulkeditdialog.h"

#include "app/browseservice.h"
#include "app/editservice.h"
#include "app/sessionhost.h"
#include "displaynames.h"
#include "ui_bulkedit.h"

#include <QCompleter>
#include <QPushButton>

namespace citykb {

namespace {

const ChildSpec *listOf(RecordType type, const QString &name)
{
    const ChildSpec *child = specFor(type).child(name);
    return child && child->flatRef && child->flatRef->target ? child : nullptr;
}

} // namespace

BulkEditDialog::BulkEditDialog(SessionHost &host, RecordType type, int recordCount, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::BulkEdit>()), m_host(host), m_type(type)
{
    m_ui->setupUi(this);
    m_ui->bulkHeader->setText(recordCount == 1 ? tr("Change a list of the selected record.")
                                               : tr("Change a list of the %1 selected records, as one step that Undo takes back.")
                                                     .arg(recordCount));
    for (const ChildSpec &child : specFor(type).children) {
        if (child.flatRef && child.flatRef->target)
            m_ui->fieldBox->addItem(DisplayNames::field(child.name), child.name);
    }
    m_ui->operationBox->addItem(tr("Add"), true);
    m_ui->operationBox->addItem(tr("Remove"), false);
    m_ui->valueBox->setInsertPolicy(QComboBox::NoInsert);
    m_ui->valueBox->completer()->setFilterMode(Qt::MatchContains);
    m_ui->valueBox->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_ui->valueBox->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    auto update = [this]() { m_ui->buttons->button(QDialogButtonBox::Ok)->setEnabled(edit().has_value()); };
    connect(m_ui->valueBox, &QComboBox::currentTextChanged, this, update);
    connect(m_ui->fieldBox, &QComboBox::currentIndexChanged, this, &BulkEditDialog::loadChoices);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    update();
    loadChoices();
}

BulkEditDialog::~BulkEditDialog() = default;

bool BulkEditDialog::canBulkEdit(RecordType type)
{
    for (const ChildSpec &child : specFor(type).children) {
        if (child.flatRef && child.flatRef->target)
            return true;
    }
    return false;
}

void BulkEditDialog::loadChoices()
{
    const ChildSpec *child = listOf(m_type, m_ui->fieldBox->currentData().toString());
    m_ui->valueBox->clear();
    if (!child)
        return;
    const RecordType target = *child->flatRef->target;
    m_host.read<RecordPage>(
        this,
        [target](KnowledgeBase &kb) {
            PageQuery all;
            all.limit = 20000;
            return BrowseService(kb).page(target, all);
        },
        [this](const Result<RecordPage> &page) {
            m_ui->valueBox->clear();
            if (page) {
                for (const RecordSummary &row : page.value().rows)
                    m_ui->valueBox->addItem(row.title, row.key);
            }
            m_ui->valueBox->setCurrentIndex(-1);
            Q_EMIT choicesLoaded();
        });
}

std::optional<FieldEdit> BulkEditDialog::edit() const
{
    const int index = m_ui->valueBox->findText(m_ui->valueBox->currentText().trimmed(), Qt::MatchFixedString);
    if (index < 0 || m_ui->fieldBox->currentIndex() < 0)
        return std::nullopt;
    FieldEdit edit;
    edit.field = m_ui->fieldBox->currentData().toString();
    edit.op = m_ui->operationBox->currentData().toBool() ? FieldEdit::Op::Add : FieldEdit::Op::Remove;
    edit.value = m_ui->valueBox->itemData(index).toString();
    return edit;
}

bool BulkEditDialog::choose(const QString &list, bool add, const QString &key)
{
    const int field = m_ui->fieldBox->findData(list);
    if (field < 0)
        return false;
    m_ui->fieldBox->setCurrentIndex(field);
    m_ui->operationBox->setCurrentIndex(add ? 0 : 1);
    const int value = m_ui->valueBox->findData(key);
    if (value < 0)
        return false;
    m_ui->valueBox->setCurrentIndex(value);
    return true;
}

} // namespace citykb
