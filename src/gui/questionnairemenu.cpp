#include "questionnairemenu.h"

#include "app/knowledgebase.h"
#include "app/questionnaireservice.h"
#include "app/sessionhost.h"
#include "notice.h"
#include "questionnaireeditor.h"
#include "responsecomparisonview.h"
#include "responseexportdialog.h"

#include <QInputDialog>
#include <QSet>

namespace citykb {

namespace {

// The questionnaires to choose from: the latest version of each, by title.
Result<QList<QuestionnaireView>> latestVersions(KnowledgeBase &kb)
{
    auto reader = kb.reader();
    if (!reader)
        return reader.fullError();
    auto records = reader.value()->list(RecordType::Questionnaire);
    if (!records)
        return records.fullError();
    QList<QuestionnaireView> all;
    QSet<QString> superseded;
    for (const QJsonObject &record : records.value()) {
        all.append(QuestionnaireView::from(record));
        superseded.insert(all.last().previousVersion);
    }
    QList<QuestionnaireView> latest;
    for (const QuestionnaireView &q : all) {
        if (!superseded.contains(q.key))
            latest.append(q);
    }
    std::sort(latest.begin(), latest.end(),
              [](const QuestionnaireView &a, const QuestionnaireView &b) { return QString::localeAwareCompare(a.title, b.title) < 0; });
    return latest;
}

} // namespace

QuestionnaireMenu::QuestionnaireMenu(SessionHost &host, CurrentRecord currentRecord, QWidget *parent)
    : QMenu(tr("&Questionnaires"), parent), m_host(host), m_currentRecord(std::move(currentRecord))
{
    setObjectName(QStringLiteral("menuQuestionnaires"));
    QAction *create = addAction(tr("&New Questionnaire"), this, &QuestionnaireMenu::newQuestionnaire);
    create->setObjectName(QStringLiteral("actionNewQuestionnaire"));
    QAction *edit = addAction(tr("&Edit Questionnaire"), this, [this]() {
        withQuestionnaire(tr("Edit Questionnaire"), [this](const QString &key, const QString &) { editQuestionnaire(key); });
    });
    edit->setObjectName(QStringLiteral("actionEditQuestionnaire"));
    addSeparator();
    QAction *compare = addAction(tr("&Compare Responses"), this, [this]() {
        withQuestionnaire(tr("Compare Responses"), [this](const QString &key, const QString &) { compareResponses(key); });
    });
    compare->setObjectName(QStringLiteral("actionCompareResponses"));
    QAction *exportAction = addAction(tr("E&xport Responses…"), this, [this]() {
        withQuestionnaire(tr("Export Responses"), [this](const QString &key, const QString &title) { exportResponses(key, title); });
    });
    exportAction->setObjectName(QStringLiteral("actionExportResponses"));
}

void QuestionnaireMenu::newQuestionnaire()
{
    editQuestionnaire({});
}

void QuestionnaireMenu::editQuestionnaire(const QString &key)
{
    auto *editor = new QuestionnaireEditor(m_host, key, parentWidget());
    editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(editor, &QuestionnaireEditor::saved, this,
            [this](const QString &savedKey) { Q_EMIT recordRequested(RecordType::Questionnaire, savedKey); });
    editor->show();
}

void QuestionnaireMenu::compareResponses(const QString &key)
{
    auto *view = new ResponseComparisonView(m_host, key, parentWidget());
    view->setAttribute(Qt::WA_DeleteOnClose);
    view->show();
}

void QuestionnaireMenu::exportResponses(const QString &key, const QString &title)
{
    auto *dialog = new ResponseExportDialog(m_host, key, title, parentWidget());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void QuestionnaireMenu::withQuestionnaire(const QString &purpose, const std::function<void(const QString &, const QString &)> &use)
{
    const auto current = m_currentRecord();
    if (current && (current->first == RecordType::Questionnaire || current->first == RecordType::Response)) {
        m_host.read<QuestionnaireView>(
            this,
            [current = *current](KnowledgeBase &kb) -> Result<QuestionnaireView> {
                QuestionnaireService service(kb);
                if (current.first == RecordType::Questionnaire)
                    return service.questionnaire(current.second);
                auto response = service.response(current.second);
                if (!response)
                    return response.fullError();
                return service.questionnaire(response.value().questionnaire);
            },
            [this, purpose, use](const Result<QuestionnaireView> &q) {
                if (!q) {
                    showProblem(parentWidget(), purpose, q.error());
                    return;
                }
                use(q.value().key, q.value().title);
            });
        return;
    }
    m_host.read<QList<QuestionnaireView>>(this, latestVersions, [this, purpose, use](const Result<QList<QuestionnaireView>> &list) {
        if (!list) {
            showProblem(parentWidget(), purpose, list.error());
            return;
        }
        if (list.value().isEmpty()) {
            showProblem(parentWidget(), purpose, tr("The knowledge base holds no questionnaire yet; make one with New Questionnaire."));
            return;
        }
        if (list.value().size() == 1) {
            use(list.value().first().key, list.value().first().title);
            return;
        }
        QStringList titles;
        for (const QuestionnaireView &q : list.value())
            titles.append(tr("%1 (version %2)").arg(q.title).arg(q.version));
        bool ok = false;
        const QString chosen = QInputDialog::getItem(parentWidget(), purpose, tr("Questionnaire:"), titles, 0, false, &ok);
        const qsizetype at = titles.indexOf(chosen);
        if (ok && at >= 0)
            use(list.value().at(at).key, list.value().at(at).title);
    });
}

} // namespace citykb
