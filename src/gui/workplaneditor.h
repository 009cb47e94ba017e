#pragma once

#include <QJsonValue>
#include <QList>
#include <QStringList>
#include <QWidget>

#include <memory>

namespace Ui {
class WorkPlanEditor;
}

namespace citykb {

// A working group's work plans (docs/data-model.md, working groups: `work_plans`): a list of
// years; for the chosen year, its objectives as an editable table (number, title, EU policy);
// for the chosen objective, its actions, one per line. Insert and Delete add and remove years
// and objectives from the keyboard. What cannot be saved (a year that is not a year, an
// objective without a title) is named by problem() and its cell is marked.
class WorkPlanEditor : public QWidget
{
    Q_OBJECT

public:
    explicit WorkPlanEditor(QWidget *parent = nullptr);
    ~WorkPlanEditor() override;

    // Shows `plans`, an array of work plans (anything else shows none).
    void setWorkPlans(const QJsonValue &plans);
    // The work plans as the data model has them; undefined when there are none, null while
    // problem() names something.
    QJsonValue workPlans() const;
    // What is wrong, one sentence naming the year and the objective; empty when nothing is.
    QString problem() const;

    // For tests and keyboard users alike: chooses a year and an objective (-1: none).
    void choose(int year, int objective = -1);

Q_SIGNALS:
    void changed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Objective
    {
        QString number;
        QString title;
        QString euPolicy;
        QStringList actions;
        bool isEmpty() const { return number.isEmpty() && title.isEmpty() && euPolicy.isEmpty() && actions.isEmpty(); }
    };
    struct Plan
    {
        QString year;
        QList<Objective> objectives;
    };

    void showYears();
    void showObjectives();
    void showActions();
    void addYear();
    void removeYear();
    void addObjective();
    void removeObjective();
    void markProblems();
    void edited();
    QString yearProblem(const Plan &plan) const;
    QString objectiveProblem(const Plan &plan, const Objective &objective, int number, int *column) const;

    std::unique_ptr<Ui::WorkPlanEditor> m_ui;
    QList<Plan> m_plans;
    bool m_filling = false;
};

} // namespace citykb
