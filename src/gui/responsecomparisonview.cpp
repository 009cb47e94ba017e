#include "responsecomparisonview.h"

#include "app/sessionhost.h"
#include "appearance.h"
#include "questionnaireeditor.h"
#include "ui_responsecomparison.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHeaderView>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QPushButton>
#include <QValueAxis>

namespace citykb {

namespace {

constexpr int NumberRole = Qt::UserRole + 1;

// One answer as a cell shows it: the choice (several on one line), then the text.
QString answerText(const Answer &answer)
{
    const QString choice = answer.choice.split(QLatin1Char('\n'), Qt::SkipEmptyParts).join(QStringLiteral(", "));
    const QString text = answer.text.trimmed();
    if (choice.isEmpty())
        return text;
    return text.isEmpty() ? choice : QStringLiteral("%1: %2").arg(choice, text);
}

// Rich text, so that a long tooltip wraps instead of running off the screen.
QString wrappedTip(const QString &text)
{
    return QStringLiteral("<p>%1</p>").arg(text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
}

QString subjectKey(const ComparedResponse &response)
{
    return response.response.subjectNetwork.isEmpty() ? response.response.subjectOrganisation : response.response.subjectNetwork;
}

QString shortened(const QString &text, int length)
{
    const QString simple = text.simplified();
    return simple.size() <= length ? simple : simple.left(length - 1) + QStringLiteral("…");
}

bool isCounted(const ComparedQuestion &question)
{
    return !question.choices.isEmpty();
}

} // namespace

ResponseComparisonView::ResponseComparisonView(SessionHost &host, const QString &questionnaire, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ResponseComparison>()), m_host(host), m_questionnaire(questionnaire)
{
    m_ui->setupUi(this);
    m_ui->mainSplitter->setStretchFactor(0, 0);
    m_ui->mainSplitter->setStretchFactor(1, 1);
    m_ui->mainSplitter->setSizes({240, 960});
    m_ui->rightSplitter->setStretchFactor(0, 3);
    m_ui->rightSplitter->setStretchFactor(1, 2);
    m_ui->headerLabel->setText(tr("Reading the responses…"));
    // Long answers wrap to a few lines; the tooltip and the pane below hold them in full.
    m_ui->answerTable->verticalHeader()->setMaximumSectionSize(fontMetrics().lineSpacing() * 6 + 8);
    m_ui->answerTable->horizontalHeader()->setDefaultSectionSize(220);
    m_ui->answerTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_ui->answerDetail->setHtml(tr("<p>Select an answer to read it in full here.</p>"));

    m_chartView = new QChartView(new QChart, m_ui->chartHost);
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setAccessibleName(tr("Chart of the yes/no and choice answers"));
    m_chartView->setMinimumSize(320, 220);
    m_ui->chartLayout->addWidget(m_chartView);

    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->swapBox, &QCheckBox::toggled, this, [this](bool on) {
        setOrientation(on ? Orientation::ResponsesDown : Orientation::QuestionsDown);
    });
    connect(m_ui->answerTable, &QTableWidget::currentCellChanged, this, [this](int row, int column) { showDetail(row, column); });
    auto filtersChanged = [this]() {
        if (!m_fillingFilters)
            reload();
    };
    connect(m_ui->subjectList, &QListWidget::itemChanged, this, filtersChanged);
    connect(m_ui->questionFilter, &QListWidget::itemChanged, this, filtersChanged);
    connect(m_ui->showAllButton, &QPushButton::clicked, this, [this]() {
        setSubjectFilter({});
        setQuestionFilter({});
    });
    reload();
}

ResponseComparisonView::~ResponseComparisonView()
{
    // QWidget deletes the children after this class's members are gone: the signals they send
    // on the way out (the list's current row, the undo stack's clean state) must not reach it.
    for (QObject *child : findChildren<QObject *>())
        child->disconnect(this);
}

QChart *ResponseComparisonView::chart() const
{
    return m_chartView->chart();
}

QStringList ResponseComparisonView::checked(const QListWidget *list) const
{
    QStringList values;
    bool all = true;
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->checkState() == Qt::Checked)
            values.append(list->item(i)->data(NumberRole).toString());
        else
            all = false;
    }
    // Everything checked is no filter at all (and keeps responses without a subject).
    return all ? QStringList() : values;
}

void ResponseComparisonView::setSubjectFilter(const QStringList &subjectKeys)
{
    m_fillingFilters = true;
    for (int i = 0; i < m_ui->subjectList->count(); ++i) {
        QListWidgetItem *item = m_ui->subjectList->item(i);
        item->setCheckState(subjectKeys.isEmpty() || subjectKeys.contains(item->data(NumberRole).toString()) ? Qt::Checked
                                                                                                              : Qt::Unchecked);
    }
    m_fillingFilters = false;
    reload();
}

void ResponseComparisonView::setQuestionFilter(const QList<int> &numbers)
{
    m_fillingFilters = true;
    for (int i = 0; i < m_ui->questionFilter->count(); ++i) {
        QListWidgetItem *item = m_ui->questionFilter->item(i);
        item->setCheckState(numbers.isEmpty() || numbers.contains(item->data(NumberRole).toInt()) ? Qt::Checked : Qt::Unchecked);
    }
    m_fillingFilters = false;
    reload();
}

void ResponseComparisonView::setOrientation(Orientation orientation)
{
    m_orientation = orientation;
    {
        QSignalBlocker block(m_ui->swapBox);
        m_ui->swapBox->setChecked(orientation == Orientation::ResponsesDown);
    }
    fillTable();
}

void ResponseComparisonView::reload()
{
    const bool first = !m_loaded;
    const QStringList subjects = checked(m_ui->subjectList);
    QList<int> questions;
    for (const QString &number : checked(m_ui->questionFilter))
        questions.append(number.toInt());
    // Nothing checked in a list shows nothing, not everything.
    auto noneChecked = [](const QListWidget *list) {
        for (int i = 0; i < list->count(); ++i) {
            if (list->item(i)->checkState() == Qt::Checked)
                return false;
        }
        return list->count() > 0;
    };
    const bool none = noneChecked(m_ui->subjectList) || noneChecked(m_ui->questionFilter);
    const quint64 generation = ++m_generation;
    m_host.read<ResponseComparison>(
        this,
        [key = m_questionnaire, subjects, questions](KnowledgeBase &kb) {
            return QuestionnaireService(kb).compareResponses(key, subjects, questions);
        },
        [this, generation, first, none](const Result<ResponseComparison> &comparison) {
            if (generation != m_generation)
                return; // a later filter is on its way
            if (!comparison) {
                m_ui->headerLabel->setText(comparison.error());
                Q_EMIT failed(comparison.error());
                return;
            }
            ResponseComparison shown = comparison.value();
            if (none) {
                shown.responses.clear();
                shown.questions.clear();
            }
            present(shown, first);
        });
}

void ResponseComparisonView::present(const ResponseComparison &comparison, bool first)
{
    m_comparison = comparison;
    if (first)
        fillFilters(comparison);
    const QuestionnaireView &q = comparison.questionnaire;
    setWindowTitle(tr("Compare Responses: %1").arg(q.title));
    const int count = int(comparison.responses.size());
    QString header = count == 1 ? tr("%1 — 1 response shown.").arg(q.title) : tr("%1 — %n responses shown.", nullptr, count).arg(q.title);
    if (comparison.versions.size() > 1)
        header += QLatin1Char(' ') + tr("They answer versions 1 to %1 of the questionnaire.").arg(q.version);
    m_ui->headerLabel->setText(header);
    fillTable();
    fillChart();
    m_loaded = true;
    Q_EMIT loaded();
}

void ResponseComparisonView::fillFilters(const ResponseComparison &comparison)
{
    m_fillingFilters = true;
    m_ui->subjectList->clear();
    QStringList seen;
    for (const ComparedResponse &response : comparison.responses) {
        const QString key = subjectKey(response);
        if (key.isEmpty() || seen.contains(key))
            continue;
        seen.append(key);
        auto *item = new QListWidgetItem(response.subject.isEmpty() ? key : response.subject, m_ui->subjectList);
        item->setData(NumberRole, key);
        item->setToolTip(item->text());
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(Qt::Checked);
    }
    m_ui->questionFilter->clear();
    for (const ComparedQuestion &question : comparison.questions) {
        auto *item = new QListWidgetItem(tr("%1. %2").arg(question.position + 1).arg(shortened(question.question.text, 70)),
                                         m_ui->questionFilter);
        item->setData(NumberRole, question.question.number);
        item->setToolTip(wrappedTip(question.question.text));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(Qt::Checked);
    }
    m_fillingFilters = false;
}

QString ResponseComparisonView::countsText(const ComparedQuestion &question, int responses)
{
    if (!isCounted(question))
        return tr("%1 of %n answered", nullptr, responses).arg(question.answered);
    // The question's own choices first (yes before no), then any others given.
    QStringList order = question.question.choices;
    if (order.isEmpty() && question.question.kind.startsWith(QLatin1String("yes_no")))
        order = {QStringLiteral("yes"), QStringLiteral("no")};
    for (auto it = question.choices.cbegin(); it != question.choices.cend(); ++it) {
        if (!order.contains(it.key()))
            order.append(it.key());
    }
    QStringList parts;
    for (const QString &choice : std::as_const(order)) {
        if (question.choices.contains(choice))
            parts.append(tr("%1 %2").arg(choice).arg(question.choices.value(choice)));
    }
    return parts.join(QStringLiteral(" · "));
}

void ResponseComparisonView::fillTable()
{
    QTableWidget *table = m_ui->answerTable;
    table->clear();
    const ResponseComparison &c = m_comparison;
    const int responses = int(c.responses.size());
    const int questions = int(c.questions.size());
    auto cell = [](const QString &text, const QString &tip) {
        auto *item = new QTableWidgetItem(text);
        item->setToolTip(tip.isEmpty() ? QString() : wrappedTip(tip));
        item->setTextAlignment(Qt::AlignLeft | Qt::AlignTop);
        return item;
    };
    auto questionLabel = [](const ComparedQuestion &q) {
        return q.current ? QStringLiteral("%1. %2").arg(q.position + 1).arg(q.question.text.simplified())
                         : tr("%1. %2 (earlier versions only)").arg(q.position + 1).arg(q.question.text.simplified());
    };
    auto responseLabel = [](const ComparedResponse &r) {
        const QString name = r.subject.isEmpty() ? r.response.title : r.subject;
        return r.response.date.isEmpty() ? name : tr("%1, %2").arg(name, r.response.date);
    };
    auto responseTip = [](const ComparedResponse &r) {
        QStringList lines{r.response.title};
        if (!r.response.interviewer.isEmpty())
            lines.append(tr("Interviewer: %1").arg(r.response.interviewer));
        if (!r.response.mode.isEmpty())
            lines.append(tr("Mode: %1").arg(r.response.mode));
        lines.append(tr("Answers version %1 of the questionnaire; %2.").arg(r.version).arg(r.response.status));
        return lines.join(QLatin1Char('\n'));
    };

    if (m_orientation == Orientation::QuestionsDown) {
        table->setRowCount(questions);
        table->setColumnCount(responses + 2);
        QStringList headers{tr("Question"), tr("Counts")};
        for (int r = 0; r < responses; ++r) {
            headers.append(responseLabel(c.responses.at(r)));
        }
        table->setHorizontalHeaderLabels(headers);
        for (int r = 0; r < responses; ++r)
            table->horizontalHeaderItem(r + 2)->setToolTip(responseTip(c.responses.at(r)));
        for (int q = 0; q < questions; ++q) {
            const ComparedQuestion &cq = c.questions.at(q);
            table->setVerticalHeaderItem(q, new QTableWidgetItem(QString::number(cq.position + 1)));
            table->setItem(q, 0, cell(questionLabel(cq), cq.question.text));
            table->setItem(q, 1, cell(countsText(cq, responses), {}));
            for (int r = 0; r < responses && r < cq.answers.size(); ++r) {
                const QString text = answerText(cq.answers.at(r));
                table->setItem(q, r + 2, cell(text, text));
            }
        }
        table->setColumnWidth(0, 320);
        table->setColumnWidth(1, 110);
    } else {
        table->setRowCount(responses + 1);
        table->setColumnCount(questions);
        QStringList headers;
        for (const ComparedQuestion &cq : c.questions)
            headers.append(shortened(questionLabel(cq), 48));
        table->setHorizontalHeaderLabels(headers);
        for (int q = 0; q < questions; ++q)
            table->horizontalHeaderItem(q)->setToolTip(wrappedTip(c.questions.at(q).question.text));
        QStringList rows{tr("Counts")};
        for (const ComparedResponse &r : c.responses)
            rows.append(responseLabel(r));
        table->setVerticalHeaderLabels(rows);
        for (int r = 0; r < responses; ++r)
            table->verticalHeaderItem(r + 1)->setToolTip(responseTip(c.responses.at(r)));
        for (int q = 0; q < questions; ++q) {
            const ComparedQuestion &cq = c.questions.at(q);
            table->setItem(0, q, cell(countsText(cq, responses), {}));
            for (int r = 0; r < responses && r < cq.answers.size(); ++r) {
                const QString text = answerText(cq.answers.at(r));
                table->setItem(r + 1, q, cell(text, text));
            }
        }
    }
    table->resizeRowsToContents();
}

void ResponseComparisonView::showDetail(int row, int column)
{
    const ResponseComparison &c = m_comparison;
    int q = -1;
    int r = -1;
    if (m_orientation == Orientation::QuestionsDown) {
        q = row;
        r = column - 2;
    } else {
        q = column;
        r = row - 1;
    }
    if (q < 0 || q >= c.questions.size()) {
        m_ui->answerDetail->clear();
        return;
    }
    const ComparedQuestion &cq = c.questions.at(q);
    QString html = tr("<p><b>Question %1</b>: %2</p>").arg(cq.position + 1).arg(cq.question.text.toHtmlEscaped());
    if (r >= 0 && r < c.responses.size() && r < cq.answers.size()) {
        const ComparedResponse &response = c.responses.at(r);
        const QString text = answerText(cq.answers.at(r));
        html += tr("<p><b>%1</b> answered:</p>").arg((response.subject.isEmpty() ? response.response.title : response.subject).toHtmlEscaped());
        html += text.isEmpty() ? tr("<p><i>No answer.</i></p>") : wrappedTip(text);
    } else {
        html += QStringLiteral("<p>%1</p>").arg(countsText(cq, int(c.responses.size())).toHtmlEscaped());
    }
    m_ui->answerDetail->setHtml(html);
}

void ResponseComparisonView::fillChart()
{
    auto *chart = new QChart;
    chart->setTheme(Appearance::isDark() ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setBackgroundVisible(false);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setTitle(tr("Yes/no and choice answers"));
    chart->setTitleBrush(palette().windowText());
    chart->legend()->setLabelBrush(palette().windowText());
    chart->legend()->setAlignment(Qt::AlignBottom);

    // One bar per counted question, split by choice; one set (colour) per choice.
    QStringList categories;
    QStringList choiceOrder;
    QList<const ComparedQuestion *> counted;
    for (const ComparedQuestion &cq : m_comparison.questions) {
        if (!isCounted(cq))
            continue;
        // Horizontal bars run bottom-up: the first question goes last to stand on top.
        counted.prepend(&cq);
        categories.prepend(tr("%1. %2").arg(cq.position + 1).arg(shortened(cq.question.text, 28)));
        QStringList own = cq.question.choices;
        if (own.isEmpty())
            own = {QStringLiteral("yes"), QStringLiteral("no")};
        for (const QString &choice : own + cq.choices.keys()) {
            if (cq.choices.contains(choice) && !choiceOrder.contains(choice))
                choiceOrder.append(choice);
        }
    }
    int most = 1;
    if (!counted.isEmpty()) {
        auto *series = new QHorizontalStackedBarSeries;
        for (const QString &choice : std::as_const(choiceOrder)) {
            auto *set = new QBarSet(choice);
            for (const ComparedQuestion *cq : std::as_const(counted))
                *set << cq->choices.value(choice);
            series->append(set);
        }
        for (const ComparedQuestion *cq : std::as_const(counted)) {
            int total = 0;
            for (int n : cq->choices)
                total += n;
            most = std::max(most, total);
        }
        series->setLabelsVisible(true);
        chart->addSeries(series);
        auto *axis = new QBarCategoryAxis;
        axis->append(categories);
        axis->setLabelsBrush(palette().windowText());
        chart->addAxis(axis, Qt::AlignLeft);
        series->attachAxis(axis);
        auto *values = new QValueAxis;
        values->setRange(0, most);
        values->setLabelFormat(QStringLiteral("%d"));
        values->setTickCount(std::min(most, 6) + 1);
        values->setLabelsBrush(palette().windowText());
        chart->addAxis(values, Qt::AlignBottom);
        series->attachAxis(values);
    } else {
        chart->setTitle(tr("No yes/no or choice answers to count"));
    }
    QChart *old = m_chartView->chart();
    m_chartView->setChart(chart);
    delete old;
}

} // namespace citykb
