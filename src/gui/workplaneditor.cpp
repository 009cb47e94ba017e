#include "workplaneditor.h"

#include "core/validation.h"
#include "ui_workplaneditor.h"

#include <QApplication>
#include <QDate>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonObject>
#include <QKeyEvent>
#include <QLocale>

#include <limits>
#include <optional>

namespace citykb {

namespace {

enum Column { Number, Title, EuPolicy, ColumnCount };

std::optional<qint64> wholeFrom(const QString &text, qint64 min, qint64 max)
{
    bool ok = false;
    const qint64 n = QLocale::c().toLongLong(text.trimmed(), &ok);
    if (!ok || n < min || n > max)
        return std::nullopt;
    return n;
}

// Whether a cell of `view` is being edited: its editor, inside the view, has the focus.
bool isEditing(const QWidget *view)
{
    const QWidget *focus = QApplication::focusWidget();
    return focus && focus != view && view->isAncestorOf(focus);
}

const QColor problemBackground(0xf8, 0xd7, 0xda);
const QColor problemText(0x7a, 0x1c, 0x1c);

} // namespace

WorkPlanEditor::WorkPlanEditor(QWidget *parent) : QWidget(parent), m_ui(std::make_unique<Ui::WorkPlanEditor>())
{
    m_ui->setupUi(this);
    QHeaderView *header = m_ui->objectiveTable->horizontalHeader();
    header->setSectionResizeMode(Number, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(Title, QHeaderView::Stretch);
    header->setSectionResizeMode(EuPolicy, QHeaderView::Interactive);
    header->resizeSection(EuPolicy, 160);
    m_ui->objectiveTable->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->objectiveTable->verticalHeader()->hide();
    m_ui->yearList->installEventFilter(this);
    m_ui->objectiveTable->installEventFilter(this);
    const QString keys = tr("Insert adds, Delete removes; F2 or typing edits.");
    m_ui->yearList->setToolTip(keys);
    m_ui->objectiveTable->setToolTip(keys);

    connect(m_ui->yearList, &QListWidget::currentRowChanged, this, [this]() { showObjectives(); });
    connect(m_ui->yearList, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        if (m_filling)
            return;
        const int row = m_ui->yearList->row(item);
        if (row >= 0 && row < m_plans.size())
            m_plans[row].year = item->text().trimmed();
        edited();
    });
    connect(m_ui->objectiveTable, &QTableWidget::currentCellChanged, this, [this]() { showActions(); });
    connect(m_ui->objectiveTable, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (m_filling)
            return;
        const int year = m_ui->yearList->currentRow();
        const int row = item->row();
        if (year < 0 || year >= m_plans.size() || row >= m_plans.at(year).objectives.size())
            return;
        Objective &o = m_plans[year].objectives[row];
        const QString text = item->text().trimmed();
        switch (item->column()) {
        case Number: o.number = text; break;
        case Title: o.title = text; break;
        case EuPolicy: o.euPolicy = text; break;
        default: break;
        }
        edited();
    });
    connect(m_ui->actionsEdit, &QPlainTextEdit::textChanged, this, [this]() {
        if (m_filling)
            return;
        const int year = m_ui->yearList->currentRow();
        const int row = m_ui->objectiveTable->currentRow();
        if (year < 0 || year >= m_plans.size() || row < 0 || row >= m_plans.at(year).objectives.size())
            return;
        QStringList actions;
        for (const QString &line : m_ui->actionsEdit->toPlainText().split(QLatin1Char('\n'))) {
            if (!line.trimmed().isEmpty())
                actions.append(line.trimmed());
        }
        m_plans[year].objectives[row].actions = actions;
        edited();
    });
    connect(m_ui->addYearButton, &QPushButton::clicked, this, &WorkPlanEditor::addYear);
    connect(m_ui->removeYearButton, &QPushButton::clicked, this, &WorkPlanEditor::removeYear);
    connect(m_ui->addObjectiveButton, &QPushButton::clicked, this, &WorkPlanEditor::addObjective);
    connect(m_ui->removeObjectiveButton, &QPushButton::clicked, this, &WorkPlanEditor::removeObjective);
    showYears();
}

WorkPlanEditor::~WorkPlanEditor() = default;

void WorkPlanEditor::setWorkPlans(const QJsonValue &plans)
{
    m_plans.clear();
    for (const QJsonValue &value : plans.toArray()) {
        const QJsonObject p = value.toObject();
        Plan plan;
        const QJsonValue year = p.value(QLatin1String("year"));
        plan.year = year.isDouble() ? QString::number(year.toInteger()) : year.toString();
        for (const QJsonValue &o : p.value(QLatin1String("objectives")).toArray()) {
            const QJsonObject object = o.toObject();
            Objective objective;
            const QJsonValue number = object.value(QLatin1String("number"));
            objective.number = number.isDouble() ? QString::number(number.toInteger()) : number.toString();
            objective.title = object.value(QLatin1String("title")).toString();
            objective.euPolicy = object.value(QLatin1String("eu_policy")).toString();
            for (const QJsonValue &action : object.value(QLatin1String("actions")).toArray())
                objective.actions.append(action.toString());
            plan.objectives.append(objective);
        }
        m_plans.append(plan);
    }
    showYears();
}

QJsonValue WorkPlanEditor::workPlans() const
{
    if (!problem().isEmpty())
        return QJsonValue(QJsonValue::Null);
    QJsonArray plans;
    for (const Plan &plan : m_plans) {
        QJsonObject p;
        p.insert(QLatin1String("year"), *wholeFrom(plan.year, earliestYear, latestYear));
        QJsonArray objectives;
        for (const Objective &o : plan.objectives) {
            if (o.isEmpty())
                continue;
            QJsonObject objective;
            if (!o.number.isEmpty())
                objective.insert(QLatin1String("number"), *wholeFrom(o.number, 1, std::numeric_limits<int>::max()));
            objective.insert(QLatin1String("title"), o.title);
            if (!o.actions.isEmpty())
                objective.insert(QLatin1String("actions"), QJsonArray::fromStringList(o.actions));
            if (!o.euPolicy.isEmpty())
                objective.insert(QLatin1String("eu_policy"), o.euPolicy);
            objectives.append(objective);
        }
        if (!objectives.isEmpty())
            p.insert(QLatin1String("objectives"), objectives);
        plans.append(p);
    }
    return plans.isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(plans);
}

QString WorkPlanEditor::yearProblem(const Plan &plan) const
{
    if (wholeFrom(plan.year, earliestYear, latestYear))
        return {};
    if (plan.year.isEmpty())
        return tr("A work plan needs its year.");
    return tr("The work plan year \"%1\" is not a year from %2 to %3.").arg(plan.year).arg(earliestYear).arg(latestYear);
}

QString WorkPlanEditor::objectiveProblem(const Plan &plan, const Objective &o, int number, int *column) const
{
    if (o.isEmpty())
        return {};
    if (!o.number.isEmpty() && !wholeFrom(o.number, 1, std::numeric_limits<int>::max())) {
        *column = Number;
        return tr("Work plan %1, objective %2: the number must be a whole number from 1, not \"%3\".")
            .arg(plan.year).arg(number).arg(o.number);
    }
    if (o.title.isEmpty()) {
        *column = Title;
        return tr("Work plan %1, objective %2: the title must not be empty.").arg(plan.year).arg(number);
    }
    return {};
}

QString WorkPlanEditor::problem() const
{
    for (const Plan &plan : m_plans) {
        if (QString p = yearProblem(plan); !p.isEmpty())
            return p;
        for (int i = 0; i < plan.objectives.size(); ++i) {
            int column = 0;
            if (QString p = objectiveProblem(plan, plan.objectives.at(i), i + 1, &column); !p.isEmpty())
                return p;
        }
    }
    return {};
}

void WorkPlanEditor::choose(int year, int objective)
{
    m_ui->yearList->setCurrentRow(year);
    if (objective >= 0)
        m_ui->objectiveTable->setCurrentCell(objective, Title);
}

void WorkPlanEditor::showYears()
{
    const int current = std::max(0, m_ui->yearList->currentRow());
    {
        // Filling the list is no edit, and the objectives follow once it is full.
        const QSignalBlocker quiet(m_ui->yearList);
        m_ui->yearList->clear();
        for (const Plan &plan : std::as_const(m_plans)) {
            auto *item = new QListWidgetItem(plan.year, m_ui->yearList);
            item->setFlags(item->flags() | Qt::ItemIsEditable);
        }
        if (!m_plans.isEmpty())
            m_ui->yearList->setCurrentRow(std::min(current, int(m_plans.size()) - 1));
    }
    showObjectives();
}

void WorkPlanEditor::showObjectives()
{
    const int year = m_ui->yearList->currentRow();
    const bool chosen = year >= 0 && year < m_plans.size();
    const bool wasFilling = m_filling;
    m_filling = true;
    m_ui->objectiveTable->setRowCount(0);
    if (chosen) {
        const QList<Objective> &objectives = m_plans.at(year).objectives;
        m_ui->objectiveTable->setRowCount(int(objectives.size()));
        for (int r = 0; r < objectives.size(); ++r) {
            const Objective &o = objectives.at(r);
            m_ui->objectiveTable->setItem(r, Number, new QTableWidgetItem(o.number));
            m_ui->objectiveTable->setItem(r, Title, new QTableWidgetItem(o.title));
            m_ui->objectiveTable->setItem(r, EuPolicy, new QTableWidgetItem(o.euPolicy));
        }
        m_ui->objectivesLabel->setText(tr("O&bjectives of %1").arg(m_plans.at(year).year));
    } else {
        m_ui->objectivesLabel->setText(tr("O&bjectives of the year"));
    }
    m_filling = wasFilling;
    m_ui->objectiveTable->setEnabled(chosen);
    m_ui->addObjectiveButton->setEnabled(chosen);
    m_ui->removeObjectiveButton->setEnabled(chosen);
    m_ui->removeYearButton->setEnabled(chosen);
    if (chosen && m_ui->objectiveTable->rowCount() > 0)
        m_ui->objectiveTable->setCurrentCell(0, Title);
    markProblems();
    showActions();
}

void WorkPlanEditor::showActions()
{
    const int year = m_ui->yearList->currentRow();
    const int row = m_ui->objectiveTable->currentRow();
    const bool chosen = year >= 0 && year < m_plans.size() && row >= 0 && row < m_plans.at(year).objectives.size();
    const bool wasFilling = m_filling;
    m_filling = true;
    m_ui->actionsEdit->setPlainText(chosen ? m_plans.at(year).objectives.at(row).actions.join(QLatin1Char('\n')) : QString());
    m_filling = wasFilling;
    m_ui->actionsEdit->setEnabled(chosen);
}

void WorkPlanEditor::edited()
{
    markProblems();
    Q_EMIT changed();
}

void WorkPlanEditor::markProblems()
{
    const bool wasFilling = m_filling;
    m_filling = true;
    for (int y = 0; y < m_plans.size() && y < m_ui->yearList->count(); ++y) {
        QListWidgetItem *item = m_ui->yearList->item(y);
        const QString problem = yearProblem(m_plans.at(y));
        item->setData(Qt::BackgroundRole, problem.isEmpty() ? QVariant() : QVariant(problemBackground));
        item->setData(Qt::ForegroundRole, problem.isEmpty() ? QVariant() : QVariant(problemText));
        item->setToolTip(problem);
    }
    const int year = m_ui->yearList->currentRow();
    if (year >= 0 && year < m_plans.size()) {
        const Plan &plan = m_plans.at(year);
        for (int r = 0; r < m_ui->objectiveTable->rowCount() && r < plan.objectives.size(); ++r) {
            int column = -1;
            const QString problem = objectiveProblem(plan, plan.objectives.at(r), r + 1, &column);
            for (int c = 0; c < ColumnCount; ++c) {
                QTableWidgetItem *cell = m_ui->objectiveTable->item(r, c);
                if (!cell)
                    continue;
                const bool bad = c == column && !problem.isEmpty();
                cell->setData(Qt::BackgroundRole, bad ? QVariant(problemBackground) : QVariant());
                cell->setData(Qt::ForegroundRole, bad ? QVariant(problemText) : QVariant());
                cell->setToolTip(bad ? problem : QString());
            }
        }
    }
    m_filling = wasFilling;
}

void WorkPlanEditor::addYear()
{
    // The year after the latest one, or this year for the first plan.
    qint64 next = QDate::currentDate().year();
    if (!m_plans.isEmpty()) {
        qint64 latest = 0;
        for (const Plan &plan : std::as_const(m_plans))
            latest = std::max(latest, wholeFrom(plan.year, earliestYear, latestYear).value_or(0));
        if (latest > 0)
            next = std::min<qint64>(latest + 1, latestYear);
    }
    m_plans.append(Plan{QString::number(next), {}});
    showYears();
    m_ui->yearList->setCurrentRow(int(m_plans.size()) - 1);
    m_ui->yearList->setFocus(Qt::OtherFocusReason);
    m_ui->yearList->editItem(m_ui->yearList->currentItem());
    edited();
}

void WorkPlanEditor::removeYear()
{
    const int year = m_ui->yearList->currentRow();
    if (year < 0 || year >= m_plans.size())
        return;
    m_plans.removeAt(year);
    showYears();
    edited();
}

void WorkPlanEditor::addObjective()
{
    if (m_plans.isEmpty())
        addYear();
    const int year = m_ui->yearList->currentRow();
    if (year < 0 || year >= m_plans.size())
        return;
    QList<Objective> &objectives = m_plans[year].objectives;
    // Numbered after the last numbered objective of the year.
    qint64 number = 0;
    for (const Objective &o : std::as_const(objectives))
        number = std::max(number, wholeFrom(o.number, 1, std::numeric_limits<int>::max()).value_or(0));
    objectives.append(Objective{QString::number(number + 1), {}, {}, {}});
    showObjectives();
    const int row = int(objectives.size()) - 1;
    m_ui->objectiveTable->setFocus(Qt::OtherFocusReason);
    m_ui->objectiveTable->setCurrentCell(row, Title);
    m_ui->objectiveTable->editItem(m_ui->objectiveTable->item(row, Title));
    edited();
}

void WorkPlanEditor::removeObjective()
{
    const int year = m_ui->yearList->currentRow();
    const int row = m_ui->objectiveTable->currentRow();
    if (year < 0 || year >= m_plans.size() || row < 0 || row >= m_plans.at(year).objectives.size())
        return;
    m_plans[year].objectives.removeAt(row);
    showObjectives();
    edited();
}

bool WorkPlanEditor::eventFilter(QObject *watched, QEvent *event)
{
    // Insert and Delete add and remove years and objectives while nothing is being edited.
    if (event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (watched == m_ui->yearList && !isEditing(m_ui->yearList)) {
            if (key == Qt::Key_Insert) {
                addYear();
                return true;
            }
            if (key == Qt::Key_Delete) {
                removeYear();
                return true;
            }
        }
        if (watched == m_ui->objectiveTable && !isEditing(m_ui->objectiveTable)) {
            if (key == Qt::Key_Insert) {
                addObjective();
                return true;
            }
            if (key == Qt::Key_Delete) {
                removeObjective();
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace citykb
