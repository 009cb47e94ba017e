#include "recordeditor.h"

#include "app/browseservice.h"
#include "app/knowledgebase.h"
#include "app/sessionhost.h"
#include "core/validation.h"
#include "displaynames.h"
#include "eligibilityeditor.h"
#include "feestable.h"
#include "ui_recordeditor.h"
#include "workplaneditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QVBoxLayout>

namespace citykb {

namespace {

// Fields whose text runs to paragraphs get a text box rather than a line.
bool isLongText(const QString &field)
{
    static const QStringList longFields{
        QStringLiteral("summary"),  QStringLiteral("description"),  QStringLiteral("innovation"),
        QStringLiteral("text"),     QStringLiteral("notes"),        QStringLiteral("introduction"),
        QStringLiteral("purpose"),  QStringLiteral("how_to_join"),  QStringLiteral("rules"),
        QStringLiteral("focus"),    QStringLiteral("members_note"), QStringLiteral("new_group_rule"),
        QStringLiteral("founders"), QStringLiteral("eu_policy"),
    };
    return longFields.contains(field);
}

// A combo box whose list is searched by any part of the titles, as a user types.
QComboBox *searchableChoice(const QList<std::pair<QString, QString>> &choices, QWidget *parent)
{
    auto *box = new QComboBox(parent);
    // Long titles must not widen the form: the list pops up as wide as it needs.
    box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    box->setMinimumContentsLength(24);
    box->setEditable(true);
    box->setInsertPolicy(QComboBox::NoInsert);
    box->addItem(QString(), QString()); // none
    for (const auto &[key, title] : choices)
        box->addItem(title, key);
    box->completer()->setFilterMode(Qt::MatchContains);
    box->completer()->setCompletionMode(QCompleter::PopupCompletion);
    box->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    return box;
}

// The key a combo box shows: its current item's, or the item whose title was typed exactly;
// a typed text that names nothing is reported so.
QJsonValue chosenKey(const QComboBox *box)
{
    const QString text = box->currentText().trimmed();
    if (text.isEmpty())
        return QJsonValue(QJsonValue::Undefined);
    const int index = box->findText(text, Qt::MatchFixedString);
    if (index < 0)
        return QJsonValue(QJsonValue::Null);
    return box->itemData(index).toString();
}

QString displayed(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String: return value.toString();
    case QJsonValue::Double: return QString::number(value.toDouble(), 'g', 15);
    case QJsonValue::Bool: return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    default: return {};
    }
}

// A number typed into a line: empty is no value, anything else must read as a number.
QJsonValue numberFrom(const QString &typed, bool whole)
{
    const QString text = typed.trimmed();
    if (text.isEmpty())
        return QJsonValue(QJsonValue::Undefined);
    bool ok = false;
    if (whole) {
        const qlonglong n = QLocale::c().toLongLong(text, &ok);
        return ok ? QJsonValue(n) : QJsonValue(QJsonValue::Null);
    }
    const double n = QLocale::c().toDouble(text, &ok);
    return ok ? QJsonValue(n) : QJsonValue(QJsonValue::Null);
}

} // namespace

// What the editor reads before it can show the form: the record, and for every type its
// references point at, the records to pick from.
struct RecordEditor::Loaded
{
    QJsonObject record;
    QHash<int, QList<std::pair<QString, QString>>> choices; // type → (key, title)
};

RecordEditor::RecordEditor(SessionHost &host, RecordType type, const QString &key, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::RecordEditor>()), m_host(host), m_type(type), m_key(key)
{
    m_ui->setupUi(this);
    m_ui->fieldsArea->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    const QString typeName = DisplayNames::recordType(type);
    setWindowTitle(key.isEmpty() ? tr("New %1").arg(typeName.toLower()) : tr("Edit %1").arg(typeName.toLower()));
    m_ui->headingLabel->setText(tr("Reading…"));
    m_ui->buttons->button(QDialogButtonBox::Save)->setEnabled(false);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, [this]() {
        validate();
        if (m_ui->buttons->button(QDialogButtonBox::Save)->isEnabled())
            accept();
    });
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_validateDelay.setSingleShot(true);
    m_validateDelay.setInterval(250);
    connect(&m_validateDelay, &QTimer::timeout, this, &RecordEditor::validate);

    // The types the form picks from: its references and lists of references.
    QList<RecordType> targets;
    const RecordSpec &spec = specFor(type);
    for (const FieldSpec &f : spec.fields) {
        if (f.kind == FieldKind::Ref && f.target)
            targets.append(*f.target);
    }
    for (const ChildSpec &child : spec.children) {
        if (child.flatRef && child.flatRef->target)
            targets.append(*child.flatRef->target);
        for (const FieldSpec &f : child.fields) {
            if (f.kind == FieldKind::Ref && f.target)
                targets.append(*f.target);
        }
    }
    m_host.read<Loaded>(
        this,
        [type, key, targets](KnowledgeBase &kb) -> Result<Loaded> {
            Loaded loaded;
            BrowseService browse(kb);
            if (!key.isEmpty()) {
                auto reader = kb.reader();
                if (!reader)
                    return reader.fullError();
                auto record = reader.value()->get(type, key);
                if (!record)
                    return record.fullError();
                loaded.record = record.value();
            }
            for (RecordType target : targets) {
                if (loaded.choices.contains(int(target)))
                    continue;
                PageQuery all;
                all.limit = 20000; // more than a pick list can show usefully; the list is searched
                auto page = browse.page(target, all);
                if (!page)
                    return page.fullError();
                auto &choices = loaded.choices[int(target)];
                for (const RecordSummary &row : page.value().rows)
                    choices.append({row.key, row.title});
            }
            return loaded;
        },
        [this](const Result<Loaded> &loaded) {
            if (!loaded) {
                m_ui->headingLabel->setText(loaded.error());
                return;
            }
            build(loaded.value());
        });
}

RecordEditor::~RecordEditor() = default;

void RecordEditor::build(const Loaded &loaded)
{
    m_original = loaded.record;
    m_revision = qint64(loaded.record.value(QStringLiteral("revision")).toDouble());
    const RecordSpec &spec = specFor(m_type);
    m_ui->headingLabel->setText(m_key.isEmpty()
                                    ? tr("A new %1. Fields in bold are required.").arg(DisplayNames::recordType(m_type).toLower())
                                    : tr("%1, as saved at revision %2. Fields in bold are required.")
                                          .arg(loaded.record.value(spec.titleField).toString())
                                          .arg(m_revision));
    for (const FieldSpec &field : spec.fields)
        addField(field, loaded);
    for (const ChildSpec &child : spec.children) {
        if (child.flatRef)
            addKeyList(child, loaded);
        else if (!child.itemRevisions) // a response's answers are the questionnaire form's
            addObjectList(child);
    }
    for (FieldEditor &editor : m_fields) {
        if (m_original.contains(editor.name))
            editor.setValue(m_original.value(editor.name));
    }
    m_loaded = true;
    validate();
    Q_EMIT this->loaded();
}

void RecordEditor::addRow(const QString &name, QWidget *editor, std::function<QJsonValue()> value,
                          std::function<void(const QJsonValue &)> setValue, std::function<QString()> check)
{
    const FieldSpec *spec = specFor(m_type).field(name);
    auto *label = new QLabel(DisplayNames::field(name), m_ui->fieldsHost);
    if (spec && spec->required) {
        QFont bold = label->font();
        bold.setBold(true);
        label->setFont(bold);
    }
    label->setBuddy(editor);
    editor->setAccessibleName(DisplayNames::field(name));
    editor->setObjectName(QStringLiteral("field_") + name);
    auto *problem = new QLabel(m_ui->fieldsHost);
    problem->setObjectName(QStringLiteral("problem_") + name);
    problem->setWordWrap(true);
    problem->setStyleSheet(QStringLiteral("color: #c0392b;"));
    problem->hide();
    auto *cell = new QWidget(m_ui->fieldsHost);
    auto *layout = new QVBoxLayout(cell);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(editor);
    layout->addWidget(problem);
    m_ui->fieldsLayout->addRow(label, cell);
    m_fields.append(FieldEditor{name, std::move(value), std::move(setValue), std::move(check), problem});
}

void RecordEditor::addField(const FieldSpec &field, const Loaded &loaded)
{
    auto changed = [this]() { m_validateDelay.start(); };
    if (field.kind == FieldKind::Ref && field.target) {
        QComboBox *box = searchableChoice(loaded.choices.value(int(*field.target)), m_ui->fieldsHost);
        connect(box, &QComboBox::currentTextChanged, this, changed);
        addRow(field.name, box, [box]() { return chosenKey(box); },
               [box](const QJsonValue &v) { box->setCurrentIndex(std::max(0, box->findData(v.toString()))); });
        return;
    }
    if (field.kind == FieldKind::Boolean) {
        auto *check = new QCheckBox(m_ui->fieldsHost);
        connect(check, &QCheckBox::toggled, this, changed);
        addRow(field.name, check, [check]() { return QJsonValue(check->isChecked()); },
               [check](const QJsonValue &v) { check->setChecked(v.toBool()); });
        return;
    }
    if (field.kind == FieldKind::Json && addJsonForm(field))
        return;
    if (field.kind == FieldKind::Json || isLongText(field.name)) {
        auto *box = new QPlainTextEdit(m_ui->fieldsHost);
        box->setTabChangesFocus(true);
        box->setMinimumHeight(64);
        box->setMaximumHeight(field.kind == FieldKind::Json ? 120 : 160);
        connect(box, &QPlainTextEdit::textChanged, this, changed);
        if (field.kind == FieldKind::Json) {
            box->setToolTip(tr("JSON, as docs/data-model.md describes this field"));
            addRow(field.name, box,
                   [box]() -> QJsonValue {
                       const QByteArray text = box->toPlainText().trimmed().toUtf8();
                       if (text.isEmpty())
                           return QJsonValue(QJsonValue::Undefined);
                       QJsonParseError error;
                       const QJsonDocument doc = QJsonDocument::fromJson(text, &error);
                       if (error.error != QJsonParseError::NoError)
                           return QJsonValue(QJsonValue::Null);
                       return doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
                   },
                   [box](const QJsonValue &v) {
                       const QJsonDocument doc = v.isArray() ? QJsonDocument(v.toArray()) : QJsonDocument(v.toObject());
                       box->setPlainText(QString::fromUtf8(doc.toJson(QJsonDocument::Indented)).trimmed());
                   });
        } else {
            addRow(field.name, box,
                   [box]() -> QJsonValue {
                       const QString text = box->toPlainText().trimmed();
                       return text.isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(text);
                   },
                   [box](const QJsonValue &v) { box->setPlainText(v.toString()); });
        }
        return;
    }
    if (!field.allowed.isEmpty()) {
        auto *box = new QComboBox(m_ui->fieldsHost);
        box->addItem(QString());
        box->addItems(field.allowed);
        connect(box, &QComboBox::currentTextChanged, this, changed);
        addRow(field.name, box,
               [box]() { return box->currentText().isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(box->currentText()); },
               [box](const QJsonValue &v) {
                   if (box->findText(v.toString()) < 0)
                       box->addItem(v.toString()); // an old value the list no longer has stays visible
                   box->setCurrentText(v.toString());
               });
        return;
    }
    auto *line = new QLineEdit(m_ui->fieldsHost);
    connect(line, &QLineEdit::textChanged, this, changed);
    const FieldKind kind = field.kind;
    addRow(field.name, line,
           [line, kind]() -> QJsonValue {
               if (kind == FieldKind::Integer || kind == FieldKind::Number)
                   return numberFrom(line->text(), kind == FieldKind::Integer);
               const QString text = line->text().trimmed();
               return text.isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(text);
           },
           [line](const QJsonValue &v) { line->setText(displayed(v)); });
    // A new record's key follows its title until the user types one of their own.
    if (m_key.isEmpty() && field.name == specFor(m_type).titleField) {
        auto *key = new QLineEdit(m_ui->fieldsHost);
        key->setPlaceholderText(tr("made from the title"));
        connect(line, &QLineEdit::textChanged, key, [key](const QString &title) {
            if (!key->isModified())
                key->setText(keyFromName(title));
        });
        connect(key, &QLineEdit::textChanged, this, changed);
        addRow(QStringLiteral("key"), key,
               [key]() { return key->text().trimmed().isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(key->text().trimmed()); },
               [key](const QJsonValue &v) { key->setText(v.toString()); });
    }
}

bool RecordEditor::addJsonForm(const FieldSpec &field)
{
    auto changed = [this]() { m_validateDelay.start(); };
    if (m_type == RecordType::Network && field.name == QLatin1String("fees")) {
        auto *fees = new FeesTable(m_ui->fieldsHost);
        connect(fees, &FeesTable::changed, this, changed);
        addRow(field.name, fees, [fees]() { return fees->fees(); }, [fees](const QJsonValue &v) { fees->setFees(v); },
               [fees]() { return fees->problem(); });
        return true;
    }
    if (m_type == RecordType::Network && field.name == QLatin1String("eligibility")) {
        auto *eligibility = new EligibilityEditor(m_ui->fieldsHost);
        connect(eligibility, &EligibilityEditor::changed, this, changed);
        addRow(field.name, eligibility, [eligibility]() { return eligibility->eligibility(); },
               [eligibility](const QJsonValue &v) { eligibility->setEligibility(v); },
               [eligibility]() { return eligibility->problem(); });
        return true;
    }
    if (m_type == RecordType::WorkingGroup && field.name == QLatin1String("work_plans")) {
        auto *plans = new WorkPlanEditor(m_ui->fieldsHost);
        connect(plans, &WorkPlanEditor::changed, this, changed);
        addRow(field.name, plans, [plans]() { return plans->workPlans(); },
               [plans](const QJsonValue &v) { plans->setWorkPlans(v); }, [plans]() { return plans->problem(); });
        return true;
    }
    return false;
}

void RecordEditor::addKeyList(const ChildSpec &child, const Loaded &loaded)
{
    const auto choices = loaded.choices.value(int(*child.flatRef->target));
    auto *host = new QWidget(m_ui->fieldsHost);
    auto *layout = new QVBoxLayout(host);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *list = new QListWidget(host);
    list->setMaximumHeight(110);
    list->setAccessibleName(DisplayNames::field(child.name));
    auto *picker = searchableChoice(choices, host);
    picker->setAccessibleName(tr("Add to %1").arg(DisplayNames::field(child.name)));
    picker->lineEdit()->setPlaceholderText(tr("Type to find one to add…"));
    auto *add = new QPushButton(tr("Add"), host);
    auto *remove = new QPushButton(tr("Remove"), host);
    remove->setAccessibleName(tr("Remove from %1").arg(DisplayNames::field(child.name)));
    auto *row = new QHBoxLayout;
    row->addWidget(picker, 1);
    row->addWidget(add);
    row->addWidget(remove);
    layout->addWidget(list);
    layout->addLayout(row);
    QHash<QString, QString> titles;
    for (const auto &[key, title] : choices)
        titles.insert(key, title);
    auto append = [list, titles](const QString &key) {
        for (int i = 0; i < list->count(); ++i) {
            if (list->item(i)->data(Qt::UserRole).toString() == key)
                return;
        }
        auto *item = new QListWidgetItem(titles.value(key, key), list);
        item->setData(Qt::UserRole, key);
    };
    connect(add, &QPushButton::clicked, this, [this, picker, append]() {
        const QJsonValue key = chosenKey(picker);
        if (!key.isString())
            return;
        append(key.toString());
        picker->setCurrentIndex(0);
        m_validateDelay.start();
    });
    connect(picker->lineEdit(), &QLineEdit::returnPressed, add, &QPushButton::click);
    connect(remove, &QPushButton::clicked, this, [this, list]() {
        delete list->currentItem();
        m_validateDelay.start();
    });
    addRow(child.name, host,
           [list]() -> QJsonValue {
               QJsonArray keys;
               for (int i = 0; i < list->count(); ++i)
                   keys.append(list->item(i)->data(Qt::UserRole).toString());
               return keys.isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(keys);
           },
           [list, append](const QJsonValue &v) {
               list->clear();
               for (const QJsonValue &key : v.toArray())
                   append(key.toString());
           });
    m_fields.last().name = child.name;
}

void RecordEditor::addObjectList(const ChildSpec &child)
{
    auto *host = new QWidget(m_ui->fieldsHost);
    auto *layout = new QVBoxLayout(host);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *table = new QTableWidget(0, int(child.fields.size()), host);
    QStringList headers;
    for (const FieldSpec &f : child.fields)
        headers.append(DisplayNames::field(f.name));
    table->setHorizontalHeaderLabels(headers);
    table->horizontalHeader()->setStretchLastSection(true);
    table->setMinimumHeight(120);
    table->setAccessibleName(DisplayNames::field(child.name));
    auto *add = new QPushButton(tr("Add Row"), host);
    add->setAccessibleName(tr("Add a row to %1").arg(DisplayNames::field(child.name)));
    auto *remove = new QPushButton(tr("Remove Row"), host);
    remove->setAccessibleName(tr("Remove the row from %1").arg(DisplayNames::field(child.name)));
    auto *row = new QHBoxLayout;
    row->addWidget(add);
    row->addWidget(remove);
    row->addStretch(1);
    layout->addWidget(table);
    layout->addLayout(row);
    connect(table, &QTableWidget::itemChanged, this, [this]() { m_validateDelay.start(); });
    connect(add, &QPushButton::clicked, this, [this, table]() {
        table->insertRow(table->rowCount());
        table->setCurrentCell(table->rowCount() - 1, 0);
        m_validateDelay.start();
    });
    connect(remove, &QPushButton::clicked, this, [this, table]() {
        if (table->currentRow() >= 0)
            table->removeRow(table->currentRow());
        m_validateDelay.start();
    });
    const QList<FieldSpec> fields = child.fields;
    addRow(child.name, host,
           [table, fields]() -> QJsonValue {
               QJsonArray rows;
               for (int r = 0; r < table->rowCount(); ++r) {
                   QJsonObject item;
                   for (int c = 0; c < fields.size(); ++c) {
                       const QTableWidgetItem *cell = table->item(r, c);
                       const QString text = cell ? cell->text().trimmed() : QString();
                       if (text.isEmpty())
                           continue;
                       const FieldSpec &f = fields.at(c);
                       if (f.kind == FieldKind::Integer || f.kind == FieldKind::Number) {
                           const QJsonValue n = numberFrom(text, f.kind == FieldKind::Integer);
                           if (n.isNull())
                               return QJsonValue(QJsonValue::Null);
                           item.insert(f.name, n);
                       } else if (f.kind == FieldKind::Boolean) {
                           item.insert(f.name, text == QLatin1String("true") || text == QLatin1String("yes"));
                       } else if (f.kind == FieldKind::Json) {
                           item.insert(f.name, QJsonDocument::fromJson(text.toUtf8()).isArray()
                                                   ? QJsonValue(QJsonDocument::fromJson(text.toUtf8()).array())
                                                   : QJsonValue(text));
                       } else {
                           item.insert(f.name, text);
                       }
                   }
                   if (!item.isEmpty())
                       rows.append(item);
               }
               return rows.isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(rows);
           },
           [table, fields](const QJsonValue &v) {
               const QJsonArray rows = v.toArray();
               table->setRowCount(int(rows.size()));
               for (int r = 0; r < rows.size(); ++r) {
                   for (int c = 0; c < fields.size(); ++c) {
                       const QJsonValue cell = rows.at(r).toObject().value(fields.at(c).name);
                       const QString text = cell.isArray() ? QString::fromUtf8(QJsonDocument(cell.toArray()).toJson(QJsonDocument::Compact))
                                                           : displayed(cell);
                       table->setItem(r, c, new QTableWidgetItem(text));
                   }
               }
           });
}

std::optional<QJsonObject> RecordEditor::record(QString *problem) const
{
    // Fields the form does not show (sources, mentions, ...) are kept as they were.
    QJsonObject record = m_original;
    for (const QString &stamp : {QStringLiteral("revision"), QStringLiteral("id"), QStringLiteral("created_at"),
                                 QStringLiteral("updated_at")})
        record.remove(stamp);
    for (const FieldEditor &editor : m_fields) {
        const QJsonValue value = editor.value();
        if (value.isNull()) {
            if (problem) {
                const QString own = editor.check ? editor.check() : QString();
                *problem = own.isEmpty() ? tr("%1 cannot be read as the field needs.").arg(DisplayNames::field(editor.name)) : own;
            }
            return std::nullopt;
        }
        if (value.isUndefined())
            record.remove(editor.name);
        else
            record.insert(editor.name, value);
    }
    return record;
}

bool RecordEditor::sameRecord(const QJsonObject &a, const QJsonObject &b)
{
    auto canonical = [](QJsonObject record) {
        for (const QString &stamp : {QStringLiteral("revision"), QStringLiteral("id"), QStringLiteral("created_at"),
                                     QStringLiteral("updated_at")})
            record.remove(stamp);
        return QJsonDocument(record).toJson(QJsonDocument::Compact);
    };
    return canonical(a) == canonical(b);
}

bool RecordEditor::setFieldValue(const QString &field, const QJsonValue &value)
{
    for (FieldEditor &editor : m_fields) {
        if (editor.name == field) {
            editor.setValue(value);
            validate();
            return true;
        }
    }
    return false;
}

void RecordEditor::validate()
{
    for (FieldEditor &editor : m_fields)
        editor.problem->hide();
    QString problem;
    std::optional<QJsonObject> built = record(&problem);
    QString field;
    if (!built) {
        for (const FieldEditor &editor : std::as_const(m_fields)) {
            if (editor.value().isNull())
                field = editor.name;
        }
    } else if (Status s = validateRecord(m_type, *built); !s) {
        problem = s.error();
        // The message names the field first; mark the earliest field it names.
        qsizetype earliest = problem.size();
        for (const FieldEditor &editor : std::as_const(m_fields)) {
            static const QString boundary = QStringLiteral("(^|[^a-z_])%1([^a-z_]|$)");
            const QRegularExpression named(boundary.arg(QRegularExpression::escape(editor.name)));
            const QRegularExpressionMatch match = named.match(problem);
            if (match.hasMatch() && match.capturedStart() < earliest) {
                earliest = match.capturedStart();
                field = editor.name;
            }
        }
    }
    for (FieldEditor &editor : m_fields) {
        if (editor.name == field && !problem.isEmpty()) {
            editor.problem->setText(problem);
            editor.problem->show();
        }
    }
    m_ui->problemLabel->setText(problem);
    m_ui->buttons->button(QDialogButtonBox::Save)->setEnabled(m_loaded && problem.isEmpty());
}

} // namespace citykb
