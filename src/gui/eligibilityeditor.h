#pragma once

#include <QJsonValue>
#include <QWidget>

#include <memory>

namespace Ui {
class EligibilityEditor;
}

namespace citykb {

// Who may join a network (docs/data-model.md, networks: `eligibility`): the member type, the
// population range (from, to) and a note in the network's own words. What cannot be saved (a
// population that is not a whole number, "from" above "to") is named by problem() and its box
// is marked.
class EligibilityEditor : public QWidget
{
    Q_OBJECT

public:
    explicit EligibilityEditor(QWidget *parent = nullptr);
    ~EligibilityEditor() override;

    // Shows `eligibility`, an object (anything else shows nothing).
    void setEligibility(const QJsonValue &eligibility);
    // The object with the parts filled in; undefined when none is, null while problem() names
    // something.
    QJsonValue eligibility() const;
    // What is wrong, one sentence; empty when nothing is.
    QString problem() const;

Q_SIGNALS:
    void changed();

private:
    void markProblems();

    std::unique_ptr<Ui::EligibilityEditor> m_ui;
};

} // namespace citykb
