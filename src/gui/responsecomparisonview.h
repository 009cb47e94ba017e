#pragma once

#include "app/questionnaireservice.h"

#include <QDialog>

#include <memory>

namespace Ui {
class ResponseComparison;
}

class QChart;
class QChartView;
class QListWidget;

namespace citykb {

class SessionHost;

// The answers to a questionnaire side by side (issue 12, "Compare and export"): questions down
// and responses across, or the other way round; filters by subject (network or organisation)
// and by question; long answers wrapped, in full in their tooltip and in the pane below; the
// yes/no and choice answers counted, in a column of their own and in a chart. It reads through
// QuestionnaireService::compareResponses, so the counts are the service's.
class ResponseComparisonView : public QDialog
{
    Q_OBJECT

public:
    enum class Orientation { QuestionsDown, ResponsesDown };

    // `questionnaire`: the key of any version; responses to every version are shown.
    ResponseComparisonView(SessionHost &host, const QString &questionnaire, QWidget *parent = nullptr);
    ~ResponseComparisonView() override;

    bool isLoaded() const { return m_loaded; }
    // The comparison as shown (after the filters).
    const ResponseComparison &comparison() const { return m_comparison; }
    // Shows only these subjects (keys) and questions (numbers); empty: all of them.
    void setSubjectFilter(const QStringList &subjectKeys);
    void setQuestionFilter(const QList<int> &numbers);
    void setOrientation(Orientation orientation);
    Orientation orientation() const { return m_orientation; }
    QChart *chart() const;
    // What the counts column shows for a question: "yes 5 · no 1", "4 of 6 answered".
    static QString countsText(const ComparedQuestion &question, int responses);

Q_SIGNALS:
    // Each time a comparison (the first, or one after a filter changed) shows.
    void loaded();
    void failed(const QString &message);

private:
    void reload();
    void present(const ResponseComparison &comparison, bool first);
    void fillFilters(const ResponseComparison &comparison);
    void fillTable();
    void fillChart();
    void showDetail(int row, int column);
    QStringList checked(const QListWidget *list) const;

    std::unique_ptr<Ui::ResponseComparison> m_ui;
    SessionHost &m_host;
    QString m_questionnaire;
    ResponseComparison m_comparison;
    Orientation m_orientation = Orientation::QuestionsDown;
    QChartView *m_chartView = nullptr;
    quint64 m_generation = 0;
    bool m_loaded = false;
    bool m_fillingFilters = false;
};

} // namespace citykb
