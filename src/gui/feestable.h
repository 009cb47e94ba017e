#pragma once

#include <QJsonValue>
#include <QWidget>

#include <memory>

namespace Ui {
class FeesTable;
}

namespace citykb {

// A network's fees (docs/data-model.md, networks: `fees`) as an editable table: one fee per
// row with its amount, currency, period and conditions (a free first year, travel costs
// reimbursed, ...). Rows are added and removed with the buttons or Insert and Delete; a row
// left empty is no fee. What cannot be saved (a negative amount, a currency that is not three
// capital letters) is named by problem() and its cell is marked.
class FeesTable : public QWidget
{
    Q_OBJECT

public:
    explicit FeesTable(QWidget *parent = nullptr);
    ~FeesTable() override;

    // Shows `fees`, an array of fee objects (anything else shows no fees).
    void setFees(const QJsonValue &fees);
    // The fees as the data model has them: an array of objects with only the cells filled in;
    // undefined when there are none, null while problem() names something.
    QJsonValue fees() const;
    // What is wrong, one sentence naming the fee and the cell; empty when nothing is.
    QString problem() const;

Q_SIGNALS:
    void changed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void addFee();
    void removeFee();
    void markProblems();

    std::unique_ptr<Ui::FeesTable> m_ui;
    bool m_filling = false;
};

} // namespace citykb
