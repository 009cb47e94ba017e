#include "questionnaireeditor.h"

#include "app/questionnaireservice.h"
#include "app/sessionhost.h"
#include "notice.h"
#include "ui_questionnaireeditor.h"

#include <QAction>
#include <QKeyEvent>
#include <QMessageBox>
#include <QPushButton>
#include <QStyle>
#include <QUndoCommand>
#include <QUndoStack>

namespace citykb {

namespace {

bool isChoiceKind(const QString &kind)
{
    return kind == QLatin1String("single_choice") || kind == QLatin1String("multiple_choice");
}

int filledChoices(const Question &question)
{
    int count = 0;
    for (const QString &choice : question.choices) {
        if (!choice.trimmed().isEmpty())
            ++count;
    }
    return count;
}

// The contents a step changes (not the key, revision or status of the stored version).
QJsonObject contents(const QuestionnaireView &view)
{
    QuestionnaireView copy = view;
    copy.key.clear();
    copy.status.clear();
    copy.version = 0;
    copy.previousVersion.clear();
    return copy.toRecord();
}

QString quoted(const QString &text)
{
    return QStringLiteral("“%1”").arg(text.simplified().toHtmlEscaped());
}

} // namespace

// One step of the editor: the whole template before and after, so that undo and redo never
// depend on which widget made the change.
class QuestionnaireEditor::StateCommand : public QUndoCommand
{
public:
    StateCommand(QuestionnaireEditor *editor, const QString &text, QuestionnaireView before, QuestionnaireView after,
                 QString mergeKey, int selectBefore, int selectAfter)
        : QUndoCommand(text), m_editor(editor), m_before(std::move(before)), m_after(std::move(after)),
          m_mergeKey(std::move(mergeKey)), m_selectBefore(selectBefore), m_selectAfter(selectAfter)
    {
    }

    int id() const override { return m_mergeKey.isEmpty() ? -1 : 1; }
    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *next = static_cast<const StateCommand *>(other);
        if (next->m_mergeKey != m_mergeKey)
            return false;
        m_after = next->m_after;
        m_selectAfter = next->m_selectAfter;
        return true;
    }
    void undo() override { m_editor->applyState(m_before, m_selectBefore); }
    void redo() override { m_editor->applyState(m_after, m_selectAfter); }

private:
    QuestionnaireEditor *m_editor;
    QuestionnaireView m_before;
    QuestionnaireView m_after;
    QString m_mergeKey;
    int m_selectBefore;
    int m_selectAfter;
};

QuestionnaireEditor::QuestionnaireEditor(SessionHost &host, const QString &key, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::QuestionnaireEditor>()), m_host(host)
{
    m_ui->setupUi(this);
    m_undoStack = new QUndoStack(this);
    for (const QString &kind : kinds())
        m_ui->kindBox->addItem(kindName(kind), kind);

    // Undo and redo belong to the editor's stack, also while a text field has the focus (the
    // event filter keeps the fields' own undo from taking the keys).
    QAction *undo = m_undoStack->createUndoAction(this, tr("Undo"));
    undo->setShortcuts(QKeySequence::Undo);
    QAction *redo = m_undoStack->createRedoAction(this, tr("Redo"));
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    undo->setIcon(style()->standardIcon(QStyle::SP_ArrowBack));
    redo->setIcon(style()->standardIcon(QStyle::SP_ArrowForward));
    m_ui->undoButton->setDefaultAction(undo);
    m_ui->redoButton->setDefaultAction(redo);
    m_ui->undoButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_ui->redoButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    auto addShortcut = [this](QAction *action, QWidget *owner, Qt::ShortcutContext context) {
        action->setShortcutContext(context);
        owner->addAction(action);
    };
    addShortcut(undo, this, Qt::WindowShortcut);
    addShortcut(redo, this, Qt::WindowShortcut);
    for (QWidget *field : std::initializer_list<QWidget *>{m_ui->titleEdit, m_ui->purposeEdit, m_ui->introductionEdit,
                                                           m_ui->wordingEdit, m_ui->helpEdit, m_ui->choicesEdit})
        field->installEventFilter(this);
    for (QPlainTextEdit *text : {m_ui->purposeEdit, m_ui->introductionEdit, m_ui->wordingEdit, m_ui->choicesEdit})
        text->setUndoRedoEnabled(false);

    auto *up = new QAction(tr("Move Question Up"), this);
    up->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Up));
    addShortcut(up, this, Qt::WindowShortcut);
    connect(up, &QAction::triggered, this, [this]() { moveQuestion(currentPosition(), currentPosition() - 1); });
    auto *down = new QAction(tr("Move Question Down"), this);
    down->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Down));
    addShortcut(down, this, Qt::WindowShortcut);
    connect(down, &QAction::triggered, this, [this]() { moveQuestion(currentPosition(), currentPosition() + 1); });
    auto *add = new QAction(tr("Add Question"), this);
    add->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    addShortcut(add, this, Qt::WindowShortcut);
    connect(add, &QAction::triggered, this, &QuestionnaireEditor::addQuestion);
    auto *remove = new QAction(tr("Remove Question"), this);
    remove->setShortcut(QKeySequence::Delete);
    addShortcut(remove, m_ui->questionList, Qt::WidgetShortcut);
    connect(remove, &QAction::triggered, this, [this]() { removeQuestion(currentPosition()); });
    auto *saveAction = new QAction(tr("Save"), this);
    saveAction->setShortcut(QKeySequence::Save);
    addShortcut(saveAction, this, Qt::WindowShortcut);
    connect(saveAction, &QAction::triggered, this, &QuestionnaireEditor::save);

    connect(m_ui->addButton, &QPushButton::clicked, this, &QuestionnaireEditor::addQuestion);
    connect(m_ui->removeButton, &QPushButton::clicked, this, [this]() { removeQuestion(currentPosition()); });
    connect(m_ui->upButton, &QPushButton::clicked, up, &QAction::trigger);
    connect(m_ui->downButton, &QPushButton::clicked, down, &QAction::trigger);
    connect(m_ui->saveButton, &QPushButton::clicked, this, &QuestionnaireEditor::save);
    connect(m_ui->publishButton, &QPushButton::clicked, this, &QuestionnaireEditor::confirmPublish);
    connect(m_ui->closeButton, &QPushButton::clicked, this, &QuestionnaireEditor::reject);
    connect(m_ui->compareButton, &QPushButton::clicked, this, &QuestionnaireEditor::compareSelected);
    connect(m_undoStack, &QUndoStack::cleanChanged, this, &QuestionnaireEditor::refreshStatus);

    // Each field writes into the template as one step per field while typing.
    connect(m_ui->titleEdit, &QLineEdit::textEdited, this, [this](const QString &text) {
        change(tr("Edit the title"), [text](QuestionnaireView &q) { q.title = text; }, QStringLiteral("title"));
    });
    connect(m_ui->purposeEdit, &QPlainTextEdit::textChanged, this, [this]() {
        if (m_refreshing)
            return;
        const QString text = m_ui->purposeEdit->toPlainText();
        change(tr("Edit the purpose"), [text](QuestionnaireView &q) { q.purpose = text; }, QStringLiteral("purpose"));
    });
    connect(m_ui->introductionEdit, &QPlainTextEdit::textChanged, this, [this]() {
        if (m_refreshing)
            return;
        const QString text = m_ui->introductionEdit->toPlainText();
        change(tr("Edit the introduction"), [text](QuestionnaireView &q) { q.introduction = text; }, QStringLiteral("introduction"));
    });
    auto editQuestion = [this](const QString &text, const QString &field, const std::function<void(Question &)> &edit) {
        if (m_refreshing || !currentQuestion())
            return;
        const int number = m_currentNumber;
        change(text, [number, edit](QuestionnaireView &q) {
            for (Question &question : q.questions) {
                if (question.number == number)
                    edit(question);
            }
        }, QStringLiteral("%1/%2").arg(field).arg(number), number);
    };
    connect(m_ui->wordingEdit, &QPlainTextEdit::textChanged, this, [this, editQuestion]() {
        const QString text = m_ui->wordingEdit->toPlainText();
        editQuestion(tr("Edit the wording of a question"), QStringLiteral("text"), [text](Question &q) { q.text = text; });
    });
    connect(m_ui->helpEdit, &QLineEdit::textEdited, this, [editQuestion](const QString &text) {
        editQuestion(tr("Edit the help text of a question"), QStringLiteral("help"), [text](Question &q) { q.help = text; });
    });
    connect(m_ui->choicesEdit, &QPlainTextEdit::textChanged, this, [this, editQuestion]() {
        const QStringList choices = m_ui->choicesEdit->toPlainText().split(QLatin1Char('\n'));
        editQuestion(tr("Edit the choices of a question"), QStringLiteral("choices"), [choices](Question &q) {
            q.choices = choices.size() == 1 && choices.first().isEmpty() ? QStringList() : choices;
        });
    });
    connect(m_ui->requiredBox, &QCheckBox::toggled, this, [editQuestion](bool on) {
        editQuestion(on ? tr("Make a question required") : tr("Make a question optional"), {}, [on](Question &q) { q.required = on; });
    });
    connect(m_ui->kindBox, &QComboBox::currentIndexChanged, this, [this, editQuestion]() {
        const QString kind = m_ui->kindBox->currentData().toString();
        editQuestion(tr("Change the kind of a question"), {}, [kind](Question &q) {
            q.kind = kind;
            // Only choice questions keep a list; yes/no questions get theirs when saved.
            if (!isChoiceKind(kind))
                q.choices.clear();
        });
    });
    connect(m_ui->questionList, &QListWidget::currentRowChanged, this, [this](int row) {
        if (m_refreshing)
            return;
        m_currentNumber = row >= 0 && row < m_state.questions.size() ? m_state.questions.at(row).number : 0;
        refreshQuestion();
        refreshStatus();
    });
    // A drop moves the list's rows itself; the template follows once the drop is done.
    connect(m_ui->questionList->model(), &QAbstractItemModel::rowsMoved, this, &QuestionnaireEditor::onListRowsMoved,
            Qt::QueuedConnection);

    setWindowTitle(tr("New Questionnaire[*]"));
    if (key.isEmpty()) {
        m_loaded = true;
        m_ui->tabs->setTabEnabled(1, false);
        refreshList();
        refreshQuestion();
        refreshStatus();
        QMetaObject::invokeMethod(this, &QuestionnaireEditor::loaded, Qt::QueuedConnection);
    } else {
        setEnabled(false);
        load(key);
    }
}

QuestionnaireEditor::~QuestionnaireEditor()
{
    // QWidget deletes the children after this class's members are gone: the signals they send
    // on the way out (the list's current row, the undo stack's clean state) must not reach it.
    for (QObject *child : findChildren<QObject *>())
        child->disconnect(this);
}

const QStringList &QuestionnaireEditor::kinds()
{
    static const QStringList list{QStringLiteral("free_text"),       QStringLiteral("yes_no"),
                                  QStringLiteral("yes_no_explain"),  QStringLiteral("single_choice"),
                                  QStringLiteral("multiple_choice"), QStringLiteral("contact_details"),
                                  QStringLiteral("date"),            QStringLiteral("number")};
    return list;
}

QString QuestionnaireEditor::kindName(const QString &kind)
{
    if (kind == QLatin1String("free_text"))
        return tr("Free text");
    if (kind == QLatin1String("yes_no"))
        return tr("Yes or no");
    if (kind == QLatin1String("yes_no_explain"))
        return tr("Yes or no, with an explanation");
    if (kind == QLatin1String("single_choice"))
        return tr("One choice of several");
    if (kind == QLatin1String("multiple_choice"))
        return tr("Several choices");
    if (kind == QLatin1String("contact_details"))
        return tr("Contact details");
    if (kind == QLatin1String("date"))
        return tr("Date");
    if (kind == QLatin1String("number"))
        return tr("Number");
    return kind;
}

// A kind's name inside a sentence: lower case, except in German, where nouns keep their capital.
static QString kindInSentence(const QString &kind)
{
    const QString name = QuestionnaireEditor::kindName(kind);
    return QLocale().language() == QLocale::German ? name : name.toLower();
}

void QuestionnaireEditor::load(const QString &key)
{
    m_host.read<QList<QuestionnaireView>>(
        this, [key](KnowledgeBase &kb) { return QuestionnaireService(kb).versions(key); },
        [this](const Result<QList<QuestionnaireView>> &versions) {
            setEnabled(true);
            if (!versions || versions.value().isEmpty()) {
                const QString message = versions ? tr("The questionnaire has no versions.") : versions.error();
                m_ui->problemLabel->setText(message);
                Q_EMIT failed(message);
                return;
            }
            // The latest version is the one to edit: older ones have a later version.
            m_stored = versions.value().last();
            m_state = m_stored;
            m_undoStack->clear();
            m_currentNumber = m_state.questions.isEmpty() ? 0 : m_state.questions.first().number;
            showVersions(versions.value());
            applyState(m_state, m_currentNumber);
            m_loaded = true;
            Q_EMIT loaded();
        });
}

void QuestionnaireEditor::showVersions(const QList<QuestionnaireView> &versions)
{
    m_versions = versions;
    m_ui->tabs->setTabEnabled(1, true);
    m_ui->versionList->clear();
    for (const QuestionnaireView &v : versions) {
        const QString status = v.status == QLatin1String("published") ? tr("published") : tr("draft");
        const int count = int(v.questions.size());
        const QString text = count == 1 ? tr("Version %1 (%2): %3, 1 question").arg(v.version).arg(status, v.title)
                                        : tr("Version %1 (%2): %3, %n questions", nullptr, count).arg(v.version).arg(status, v.title);
        auto *item = new QListWidgetItem(text, m_ui->versionList);
        item->setData(Qt::UserRole, v.key);
        item->setToolTip(v.key);
    }
    m_ui->compareButton->setEnabled(versions.size() > 1);
    if (versions.size() < 2)
        m_ui->comparisonBrowser->setHtml(tr("<p>There is one version so far. Once it is published, saving changes makes "
                                            "version 2, and this tab shows what changed.</p>"));
}

bool QuestionnaireEditor::hasUnsavedChanges() const
{
    // The stack is clean where the editor last read or saved the template.
    return !m_undoStack->isClean();
}

int QuestionnaireEditor::positionOf(int number) const
{
    for (qsizetype i = 0; i < m_state.questions.size(); ++i) {
        if (m_state.questions.at(i).number == number)
            return int(i);
    }
    return -1;
}

int QuestionnaireEditor::currentPosition() const
{
    return positionOf(m_currentNumber);
}

void QuestionnaireEditor::setCurrentPosition(int position)
{
    m_ui->questionList->setCurrentRow(position);
}

Question *QuestionnaireEditor::currentQuestion()
{
    const int position = currentPosition();
    return position < 0 ? nullptr : &m_state.questions[position];
}

void QuestionnaireEditor::change(const QString &text, const std::function<void(QuestionnaireView &)> &edit, const QString &mergeKey,
                                 int selectNumber)
{
    QuestionnaireView after = m_state;
    edit(after);
    if (contents(after) == contents(m_state))
        return;
    const int select = selectNumber != 0 ? selectNumber : m_currentNumber;
    m_undoStack->push(new StateCommand(this, text, m_state, after, mergeKey, m_currentNumber, select));
}

void QuestionnaireEditor::applyState(const QuestionnaireView &state, int selectNumber)
{
    m_state.title = state.title;
    m_state.purpose = state.purpose;
    m_state.introduction = state.introduction;
    m_state.questions = state.questions;
    m_currentNumber = positionOf(selectNumber) >= 0 ? selectNumber
                      : m_state.questions.isEmpty() ? 0
                                                    : m_state.questions.first().number;
    m_refreshing = true;
    // Only what differs is set, so that the field being typed in keeps its cursor.
    if (m_ui->titleEdit->text() != m_state.title)
        m_ui->titleEdit->setText(m_state.title);
    if (m_ui->purposeEdit->toPlainText() != m_state.purpose)
        m_ui->purposeEdit->setPlainText(m_state.purpose);
    if (m_ui->introductionEdit->toPlainText() != m_state.introduction)
        m_ui->introductionEdit->setPlainText(m_state.introduction);
    m_refreshing = false;
    refreshList();
    refreshQuestion();
    refreshStatus();
}

void QuestionnaireEditor::refreshList()
{
    m_refreshing = true;
    QListWidget *list = m_ui->questionList;
    while (list->count() > m_state.questions.size())
        delete list->takeItem(list->count() - 1);
    while (list->count() < m_state.questions.size())
        list->addItem(new QListWidgetItem());
    for (qsizetype i = 0; i < m_state.questions.size(); ++i) {
        const Question &q = m_state.questions.at(i);
        QListWidgetItem *item = list->item(int(i));
        const QString wording = q.text.simplified().isEmpty() ? tr("(no wording yet)") : q.text.simplified();
        const QString label = q.required ? tr("%1. %2 — %3, required").arg(i + 1).arg(wording, kindName(q.kind))
                                         : tr("%1. %2 — %3").arg(i + 1).arg(wording, kindName(q.kind));
        item->setText(label);
        item->setData(Qt::UserRole, q.number);
    }
    list->setCurrentRow(currentPosition());
    m_refreshing = false;
}

void QuestionnaireEditor::refreshQuestion()
{
    const Question *q = currentQuestion();
    m_refreshing = true;
    m_ui->questionBox->setEnabled(q != nullptr);
    const Question empty;
    const Question &shown = q ? *q : empty;
    m_ui->questionBox->setTitle(q ? tr("Question %1").arg(currentPosition() + 1) : tr("No question selected"));
    if (m_ui->wordingEdit->toPlainText() != shown.text)
        m_ui->wordingEdit->setPlainText(shown.text);
    m_ui->kindBox->setCurrentIndex(std::max(0, m_ui->kindBox->findData(shown.kind.isEmpty() ? QStringLiteral("free_text") : shown.kind)));
    m_ui->requiredBox->setChecked(shown.required);
    if (m_ui->helpEdit->text() != shown.help)
        m_ui->helpEdit->setText(shown.help);
    const QString choices = shown.choices.join(QLatin1Char('\n'));
    if (m_ui->choicesEdit->toPlainText() != choices)
        m_ui->choicesEdit->setPlainText(choices);
    const bool takesChoices = isChoiceKind(shown.kind);
    m_ui->choicesEdit->setEnabled(takesChoices);
    m_ui->choicesLabel->setEnabled(takesChoices);
    m_ui->removeButton->setEnabled(q != nullptr);
    m_ui->upButton->setEnabled(q != nullptr && currentPosition() > 0);
    m_ui->downButton->setEnabled(q != nullptr && currentPosition() + 1 < m_state.questions.size());
    m_refreshing = false;
}

QStringList QuestionnaireEditor::saveProblems() const
{
    QStringList problems;
    if (m_state.title.trimmed().isEmpty())
        problems.append(tr("The questionnaire needs a title."));
    for (qsizetype i = 0; i < m_state.questions.size(); ++i) {
        if (m_state.questions.at(i).text.trimmed().isEmpty())
            problems.append(tr("Question %1 needs its wording.").arg(i + 1));
    }
    return problems;
}

QStringList QuestionnaireEditor::publishProblems() const
{
    QStringList problems;
    if (m_state.questions.isEmpty())
        problems.append(tr("A questionnaire needs at least one question before it is published."));
    for (qsizetype i = 0; i < m_state.questions.size(); ++i) {
        const Question &q = m_state.questions.at(i);
        if (isChoiceKind(q.kind) && filledChoices(q) < 2)
            problems.append(tr("Question %1 needs two choices or more before the questionnaire is published.").arg(i + 1));
    }
    return problems;
}

void QuestionnaireEditor::refreshStatus()
{
    const bool dirty = hasUnsavedChanges();
    setWindowModified(dirty);
    const QString title = m_state.title.simplified().isEmpty() ? tr("Untitled questionnaire") : m_state.title.simplified();
    setWindowTitle(m_stored.key.isEmpty() ? tr("New Questionnaire: %1[*]").arg(title)
                                          : tr("Questionnaire: %1, version %2[*]").arg(title).arg(m_stored.version));
    const bool published = m_stored.status == QLatin1String("published");
    QString banner;
    if (m_stored.key.isEmpty())
        banner = tr("A new questionnaire. Save it to keep it as a draft; publish it to take responses.");
    else if (published)
        banner = tr("Version %1 is published and frozen: saving your changes makes version %2, a new draft. "
                    "Responses keep the version they answered.")
                     .arg(m_stored.version)
                     .arg(m_versions.isEmpty() ? m_stored.version + 1 : m_versions.last().version + 1);
    else
        banner = tr("Version %1 is a draft: saving changes it in place. Publish it to take responses.").arg(m_stored.version);
    m_ui->versionBanner->setText(banner);

    const QStringList blocking = saveProblems();
    const QStringList forPublishing = publishProblems();
    QStringList lines = blocking;
    for (const QString &problem : forPublishing)
        lines.append(problem);
    m_ui->problemLabel->setText(lines.join(QLatin1Char('\n')));
    m_ui->problemLabel->setVisible(!lines.isEmpty());
    m_ui->saveButton->setEnabled(!m_busy && dirty && blocking.isEmpty());
    m_ui->publishButton->setEnabled(!m_busy && blocking.isEmpty() && forPublishing.isEmpty() && (dirty || !published));
    // A question with a problem carries a warning sign and says what it is.
    for (int i = 0; i < m_ui->questionList->count() && i < m_state.questions.size(); ++i) {
        const QString prefix = tr("Question %1 ").arg(i + 1);
        QStringList own;
        for (const QString &problem : std::as_const(lines)) {
            if (problem.startsWith(prefix))
                own.append(problem);
        }
        QListWidgetItem *item = m_ui->questionList->item(i);
        item->setIcon(own.isEmpty() ? QIcon() : style()->standardIcon(QStyle::SP_MessageBoxWarning));
        item->setToolTip(own.isEmpty() ? m_state.questions.at(i).text : own.join(QLatin1Char('\n')));
    }
}

void QuestionnaireEditor::addQuestion()
{
    const int number = m_nextNumber--;
    const int at = currentPosition() + 1;
    change(tr("Add a question"), [number, at](QuestionnaireView &q) {
        Question question;
        question.number = number;
        question.kind = QStringLiteral("free_text");
        q.questions.insert(std::clamp(at, 0, int(q.questions.size())), question);
    }, {}, number);
    m_ui->wordingEdit->setFocus(Qt::OtherFocusReason);
}

void QuestionnaireEditor::removeQuestion(int position)
{
    if (position < 0 || position >= m_state.questions.size())
        return;
    const qsizetype next = position + 1 < m_state.questions.size() ? position + 1 : position - 1;
    const int select = next >= 0 ? m_state.questions.at(next).number : 0;
    change(tr("Remove question %1").arg(position + 1), [position](QuestionnaireView &q) { q.questions.removeAt(position); }, {},
           select);
}

void QuestionnaireEditor::moveQuestion(int from, int to)
{
    if (from < 0 || to < 0 || from >= m_state.questions.size() || to >= m_state.questions.size() || from == to)
        return;
    const int number = m_state.questions.at(from).number;
    change(tr("Move question %1 to place %2").arg(from + 1).arg(to + 1), [from, to](QuestionnaireView &q) { q.questions.move(from, to); },
           {}, number);
}

void QuestionnaireEditor::onListRowsMoved()
{
    // The list's order after a drop, by the questions' numbers.
    QList<int> order;
    for (int i = 0; i < m_ui->questionList->count(); ++i)
        order.append(m_ui->questionList->item(i)->data(Qt::UserRole).toInt());
    QList<int> current;
    for (const Question &q : std::as_const(m_state.questions))
        current.append(q.number);
    if (order == current || order.size() != current.size())
        return;
    const int moved = m_ui->questionList->currentItem() ? m_ui->questionList->currentItem()->data(Qt::UserRole).toInt() : m_currentNumber;
    change(tr("Reorder the questions"), [order](QuestionnaireView &q) {
        QList<Question> reordered;
        for (int number : order) {
            for (const Question &question : std::as_const(q.questions)) {
                if (question.number == number)
                    reordered.append(question);
            }
        }
        if (reordered.size() == q.questions.size())
            q.questions = reordered;
    }, {}, moved);
}

void QuestionnaireEditor::save()
{
    if (m_busy || !saveProblems().isEmpty())
        return;
    // New questions keep the numbers the store gave them at an earlier save (after an undo, too).
    QuestionnaireView toSave = m_state;
    for (Question &q : toSave.questions) {
        if (q.number < 0)
            q.number = m_assigned.value(q.number, 0);
    }
    toSave.key = m_stored.key;
    const QList<int> sentNumbers = [this]() {
        QList<int> numbers;
        for (const Question &q : std::as_const(m_state.questions))
            numbers.append(q.number);
        return numbers;
    }();
    const bool isNew = m_stored.key.isEmpty();
    const std::optional<qint64> expected = isNew ? std::nullopt : std::optional<qint64>(m_stored.revision);
    m_busy = true;
    refreshStatus();
    const int cleanIndex = m_undoStack->index();
    m_host.write<QList<QuestionnaireView>>(
        this,
        [toSave, isNew, expected](KnowledgeBase &kb) -> Result<QList<QuestionnaireView>> {
            QuestionnaireService service(kb);
            auto saved = isNew ? service.createQuestionnaire(toSave) : service.saveQuestionnaire(toSave, expected);
            if (!saved)
                return saved.fullError();
            return service.versions(saved.value().key);
        },
        [this, sentNumbers, cleanIndex](const Result<QList<QuestionnaireView>> &versions) {
            m_busy = false;
            if (!versions) {
                m_publishAfterSave = false;
                m_closeAfterSave = false;
                refreshStatus();
                m_ui->problemLabel->setText(versions.error());
                m_ui->problemLabel->setVisible(true);
                showProblem(this, tr("Save Questionnaire"), versions.error());
                Q_EMIT failed(versions.error());
                return;
            }
            const QuestionnaireView latest = versions.value().last();
            for (qsizetype i = 0; i < sentNumbers.size() && i < latest.questions.size(); ++i) {
                if (sentNumbers.at(i) < 0)
                    m_assigned.insert(sentNumbers.at(i), latest.questions.at(i).number);
            }
            m_stored = latest;
            showVersions(versions.value());
            // Steps taken while the save ran are still to be saved.
            if (m_undoStack->index() == cleanIndex)
                m_undoStack->setClean();
            refreshStatus();
            Q_EMIT saved(m_stored.key);
            if (m_closeAfterSave) {
                m_closeAfterSave = false;
                done(QDialog::Accepted);
                return;
            }
            if (m_publishAfterSave) {
                m_publishAfterSave = false;
                runPublish();
            }
        });
}

void QuestionnaireEditor::confirmPublish()
{
    const int version = m_stored.key.isEmpty() || (m_stored.status == QLatin1String("published")) ? 0 : m_stored.version;
    const QString question = version > 0
        ? tr("Publish version %1? A published version is never changed again; later edits make a new version.").arg(version)
        : tr("Save and publish the questionnaire? A published version is never changed again; later edits make a new version.");
    if (QMessageBox::question(this, tr("Publish Questionnaire"), question, QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
        == QMessageBox::Yes)
        publish();
}

void QuestionnaireEditor::publish()
{
    if (m_busy || !saveProblems().isEmpty() || !publishProblems().isEmpty())
        return;
    if (hasUnsavedChanges() || m_stored.key.isEmpty() || m_stored.status == QLatin1String("published")) {
        if (!hasUnsavedChanges())
            return; // a published version with no changes: nothing to publish
        m_publishAfterSave = true;
        save();
        return;
    }
    runPublish();
}

void QuestionnaireEditor::runPublish()
{
    m_busy = true;
    refreshStatus();
    m_host.write<QList<QuestionnaireView>>(
        this,
        [key = m_stored.key, revision = m_stored.revision](KnowledgeBase &kb) -> Result<QList<QuestionnaireView>> {
            QuestionnaireService service(kb);
            auto published = service.publish(key, revision);
            if (!published)
                return published.fullError();
            return service.versions(key);
        },
        [this](const Result<QList<QuestionnaireView>> &versions) {
            m_busy = false;
            if (!versions) {
                refreshStatus();
                showProblem(this, tr("Publish Questionnaire"), versions.error());
                Q_EMIT failed(versions.error());
                return;
            }
            m_stored = versions.value().last();
            showVersions(versions.value());
            refreshStatus();
            Q_EMIT published(m_stored.key);
        });
}

void QuestionnaireEditor::compareSelected()
{
    QStringList keys;
    for (int i = 0; i < m_ui->versionList->count(); ++i) {
        if (m_ui->versionList->item(i)->isSelected())
            keys.append(m_ui->versionList->item(i)->data(Qt::UserRole).toString());
    }
    if (m_versions.size() < 2)
        return;
    if (keys.isEmpty()) // the last two
        keys = {m_versions.at(m_versions.size() - 2).key, m_versions.last().key};
    if (keys.size() == 1) {
        // The selected version and the one before it (or after it, for the first).
        int at = 0;
        for (qsizetype i = 0; i < m_versions.size(); ++i) {
            if (m_versions.at(i).key == keys.first())
                at = int(i);
        }
        keys = at > 0 ? QStringList{m_versions.at(at - 1).key, keys.first()} : QStringList{keys.first(), m_versions.at(1).key};
    }
    compareVersions(keys.first(), keys.last());
}

void QuestionnaireEditor::compareVersions(const QString &fromKey, const QString &toKey)
{
    m_host.read<VersionComparison>(
        this, [fromKey, toKey](KnowledgeBase &kb) { return QuestionnaireService(kb).compareVersions(fromKey, toKey); },
        [this](const Result<VersionComparison> &comparison) {
            m_ui->comparisonBrowser->setHtml(comparison ? comparisonHtml(comparison.value())
                                                        : QStringLiteral("<p>%1</p>").arg(comparison.error().toHtmlEscaped()));
            m_ui->tabs->setCurrentWidget(m_ui->versionsTab);
            Q_EMIT compared();
        });
}

QString QuestionnaireEditor::comparisonHtml(const VersionComparison &c)
{
    QString html = tr("<h3>From version %1 to version %2</h3>").arg(c.from.version).arg(c.to.version);
    if (c.texts.isEmpty()) {
        html += tr("<p>The title, purpose and introduction are the same.</p>");
    } else {
        html += QStringLiteral("<ul>");
        for (const TextChange &t : c.texts) {
            const QString field = t.field == QLatin1String("title")     ? tr("Title")
                                  : t.field == QLatin1String("purpose") ? tr("Purpose")
                                                                        : tr("Introduction");
            html += tr("<li><b>%1</b> was %2, is now %3.</li>")
                        .arg(field, t.before.isEmpty() ? tr("empty") : quoted(t.before), t.after.isEmpty() ? tr("empty") : quoted(t.after));
        }
        html += QStringLiteral("</ul>");
    }
    int same = 0;
    QString list;
    for (const QuestionChange &q : c.questions) {
        if (q.kind == QuestionChange::Kind::Same && !q.moved) {
            ++same;
            continue;
        }
        switch (q.kind) {
        case QuestionChange::Kind::Added:
            list += tr("<li><b>Added</b> as question %1: %2 (%3%4).</li>")
                        .arg(q.toPosition + 1)
                        .arg(quoted(q.after->text), kindInSentence(q.after->kind), q.after->required ? tr(", required") : QString());
            break;
        case QuestionChange::Kind::Removed:
            list += tr("<li><b>Removed</b> question %1: %2.</li>").arg(q.fromPosition + 1).arg(quoted(q.before->text));
            break;
        case QuestionChange::Kind::Same:
        case QuestionChange::Kind::Changed: {
            QStringList what;
            if (q.moved)
                what.append(tr("moved from place %1 to place %2").arg(q.fromPosition + 1).arg(q.toPosition + 1));
            for (const QString &field : q.fields) {
                if (field == QLatin1String("text"))
                    what.append(tr("reworded: was %1").arg(quoted(q.before->text)));
                else if (field == QLatin1String("kind"))
                    what.append(tr("kind was %1, is now %2").arg(kindInSentence(q.before->kind), kindInSentence(q.after->kind)));
                else if (field == QLatin1String("required"))
                    what.append(q.after->required ? tr("now required") : tr("no longer required"));
                else if (field == QLatin1String("help"))
                    what.append(q.before->help.isEmpty() ? tr("help text added") : tr("help text was %1").arg(quoted(q.before->help)));
                else if (field == QLatin1String("choices"))
                    what.append(tr("choices were %1, are now %2")
                                    .arg(q.before->choices.join(QStringLiteral(", ")).toHtmlEscaped(),
                                         q.after->choices.join(QStringLiteral(", ")).toHtmlEscaped()));
            }
            list += tr("<li><b>Question %1</b> %2: %3.</li>").arg(q.toPosition + 1).arg(quoted(q.after->text), what.join(QStringLiteral("; ")));
            break;
        }
        }
    }
    if (!list.isEmpty())
        html += tr("<h4>Questions</h4>") + QStringLiteral("<ul>") + list + QStringLiteral("</ul>");
    if (same > 0)
        html += same == 1 ? tr("<p>1 question asked as before.</p>") : tr("<p>%n questions asked as before.</p>", nullptr, same);
    else if (list.isEmpty())
        html += tr("<p>No questions in either version.</p>");
    return html;
}

bool QuestionnaireEditor::eventFilter(QObject *watched, QEvent *event)
{
    // The fields' own undo would take Ctrl+Z from the editor's stack: let the shortcut through.
    if (event->type() == QEvent::ShortcutOverride) {
        auto *key = static_cast<QKeyEvent *>(event);
        const QKeySequence pressed(key->keyCombination());
        if (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo)
            || pressed == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z) || pressed == QKeySequence(Qt::CTRL | Qt::Key_Y)
            || pressed == QKeySequence(Qt::ALT | Qt::Key_Up) || pressed == QKeySequence(Qt::ALT | Qt::Key_Down)) {
            event->ignore();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

bool QuestionnaireEditor::maySafelyClose()
{
    if (!hasUnsavedChanges() || m_busy)
        return !m_busy;
    const auto answer = QMessageBox::question(this, tr("Unsaved Changes"), tr("Save the changes to this questionnaire before closing?"),
                                              QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save) {
        // Closes once the save is through; a failed save keeps the editor open.
        m_closeAfterSave = true;
        save();
        return false;
    }
    return answer == QMessageBox::Discard;
}

void QuestionnaireEditor::reject()
{
    if (maySafelyClose())
        QDialog::reject();
}

} // namespace citykb
