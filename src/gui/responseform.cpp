#include "responseform.h"

#include "answerfield.h"

#include "app/browseservice.h"
#include "app/knowledgebase.h"
#include "app/questionnaireservice.h"
#include "app/sessionhost.h"
#include "ui_responseform.h"

#include <QApplication>
#include <QCloseEvent>
#include <QCompleter>
#include <QDir>
#include <QLocale>
#include <QMessageBox>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSettings>
#include <QShortcut>
#include <QTime>

#include <algorithm>

namespace citykb {

namespace {

// Typing pauses this long before its answer is written...
constexpr int quietMs = 300;
// ...and an edit never waits longer than this while typing goes on, so that with the write
// itself it is in the store within a second (issue 12).
constexpr int deadlineMs = 800;

const QString settingsKb = QStringLiteral("responseForm/kb");
const QString settingsResponse = QStringLiteral("responseForm/response");
const QString settingsQuestion = QStringLiteral("responseForm/question");

QString kbPath(const QString &kbDir)
{
    return QDir(kbDir).absolutePath();
}

// A subject in the searchable list: "network:eurotowns".
QString subjectData(RecordType type, const QString &key)
{
    return recordTypeWord(type) + QLatin1Char(':') + key;
}

// "Name; role; organisation" per line; a known respondent keeps the person record it links to.
QList<Respondent> parseRespondents(const QString &text, const QList<Respondent> &before)
{
    QList<Respondent> respondents;
    for (const QString &line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const QStringList parts = line.split(QLatin1Char(';'));
        Respondent r;
        r.name = parts.value(0).trimmed();
        r.role = parts.value(1).trimmed();
        r.organisation = parts.mid(2).join(QLatin1Char(';')).trimmed();
        if (r.name.isEmpty())
            continue;
        for (const Respondent &known : before) {
            if (known.name == r.name)
                r.person = known.person;
        }
        respondents.append(r);
    }
    return respondents;
}

QString respondentLines(const QList<Respondent> &respondents)
{
    QStringList lines;
    for (const Respondent &r : respondents) {
        QStringList parts{r.name};
        if (!r.role.isEmpty() || !r.organisation.isEmpty())
            parts.append(r.role);
        if (!r.organisation.isEmpty())
            parts.append(r.organisation);
        lines.append(parts.join(QStringLiteral("; ")));
    }
    return lines.join(QLatin1Char('\n'));
}

// What a save came back with: the answer's new revision, or (on a conflict) the answer that
// another window saved meanwhile.
struct SaveOutcome
{
    qint64 revision = 0;
    std::optional<Answer> theirs;
};

} // namespace

struct ResponseForm::Loaded
{
    ResponseView response;
    QuestionnaireView questionnaire;
    QList<std::pair<QString, QString>> subjects; // data ("network:key"), shown name
};

ResponseForm::ResponseForm(SessionHost &host, const QString &kbDir, const QString &responseKey, int focusQuestion,
                           QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::ResponseForm>()), m_host(host), m_kbDir(kbDir), m_key(responseKey),
      m_focusOnLoad(focusQuestion), m_sessionRevisions(std::make_shared<QHash<int, qint64>>())
{
    m_ui->setupUi(this);
    setWindowFlag(Qt::Window);
    // Nothing to edit until the response is read (not the whole window: a disabled window
    // that gets activated hands the focus to whatever it enables first).
    for (QWidget *w : detailEditors())
        w->setEnabled(false);
    m_ui->completeButton->setEnabled(false);
    m_ui->reopenButton->setEnabled(false);
    m_ui->questionsLayout->setAlignment(Qt::AlignTop);
    m_ui->modeBox->addItem(tr("(not given)"), QString());
    m_ui->modeBox->addItem(tr("Phone"), QStringLiteral("phone"));
    m_ui->modeBox->addItem(tr("In person"), QStringLiteral("in person"));
    m_ui->modeBox->addItem(tr("Video call"), QStringLiteral("video call"));
    m_ui->modeBox->addItem(tr("E-mail"), QStringLiteral("e-mail"));

    m_quiet.setSingleShot(true);
    m_quiet.setInterval(quietMs);
    m_deadline.setSingleShot(true);
    m_deadline.setInterval(deadlineMs);
    connect(&m_quiet, &QTimer::timeout, this, &ResponseForm::saveNext);
    connect(&m_deadline, &QTimer::timeout, this, &ResponseForm::saveNext);
    m_refreshDelay.setSingleShot(true);
    m_refreshDelay.setInterval(150);
    connect(&m_refreshDelay, &QTimer::timeout, this, &ResponseForm::refresh);
    connect(&m_host, &SessionHost::changed, this, &ResponseForm::followChange);

    for (const QKeySequence &keys : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *shortcut = new QShortcut(keys, this);
        connect(shortcut, &QShortcut::activated, this, &ResponseForm::focusNextUnanswered);
    }
    connect(m_ui->completeButton, &QPushButton::clicked, this, &ResponseForm::markComplete);
    connect(m_ui->reopenButton, &QPushButton::clicked, this, &ResponseForm::reopenResponse);
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) { onFocusChanged(now); });
    // The main window closing closes the form too, and the form stays remembered for next time.
    if (parent)
        parent->window()->installEventFilter(this);
    load();
}

ResponseForm::~ResponseForm()
{
    // QWidget's destructor still moves the focus and closes: not into this half-gone form.
    disconnect(qApp, nullptr, this, nullptr);
    if (parentWidget())
        parentWidget()->window()->removeEventFilter(this);
    flush();
}

ResponseForm *ResponseForm::open(SessionHost &host, const QString &kbDir, const QString &responseKey, QWidget *parent,
                                 int focusQuestion)
{
    auto *form = new ResponseForm(host, kbDir, responseKey, focusQuestion, parent);
    form->setAttribute(Qt::WA_DeleteOnClose);
    form->resize(760, 860);
    form->show();
    return form;
}

void ResponseForm::startNew(SessionHost &host, const QString &kbDir, const QString &questionnaireKey, QWidget *parent)
{
    host.write<ResponseView>(
        parent, [questionnaireKey](KnowledgeBase &kb) { return QuestionnaireService(kb).createResponse(questionnaireKey, {}); },
        [&host, kbDir, parent](const Result<ResponseView> &made) {
            if (!made) {
                QMessageBox::warning(parent, tr("New Response"), made.error());
                return;
            }
            open(host, kbDir, made.value().key, parent);
        });
}

void ResponseForm::restoreLast(SessionHost &host, const QString &kbDir, QWidget *parent)
{
    QSettings settings;
    const QString key = settings.value(settingsResponse).toString();
    if (key.isEmpty() || settings.value(settingsKb).toString() != kbPath(kbDir))
        return;
    // Once the window has shown, so that the form comes up over it.
    QTimer::singleShot(0, parent, [&host, kbDir, key, parent, question = settings.value(settingsQuestion).toInt()]() {
        open(host, kbDir, key, parent, question);
    });
}

AnswerField *ResponseForm::field(int number) const
{
    for (AnswerField *f : m_fields) {
        if (f->number() == number)
            return f;
    }
    return nullptr;
}

void ResponseForm::load()
{
    m_ui->saveState->setText(tr("Opening…"));
    m_host.read<Loaded>(
        this,
        [key = m_key](KnowledgeBase &kb) -> Result<Loaded> {
            QuestionnaireService service(kb);
            Loaded data;
            auto response = service.response(key);
            if (!response)
                return response.fullError();
            data.response = response.value();
            auto questionnaire = service.questionnaire(data.response.questionnaire);
            if (!questionnaire)
                return questionnaire.fullError();
            data.questionnaire = questionnaire.value();
            BrowseService browse(kb);
            for (RecordType type : {RecordType::Network, RecordType::Organisation}) {
                PageQuery query;
                query.limit = 100000;
                auto page = browse.page(type, query);
                if (!page)
                    return page.fullError();
                for (const RecordSummary &row : page.value().rows)
                    data.subjects.append({subjectData(type, row.key),
                                          type == RecordType::Network ? tr("%1 (network)").arg(row.title)
                                                                      : tr("%1 (organisation)").arg(row.title)});
            }
            return data;
        },
        [this](const Result<Loaded> &data) {
            if (!data) {
                m_ui->saveState->clear();
                m_ui->messageLabel->setText(data.error());
                // A response deleted meanwhile is not reopened at every start.
                if (data.errorKind() == ErrorKind::NotFound && QSettings().value(settingsResponse).toString() == m_key) {
                    QSettings settings;
                    settings.remove(settingsResponse);
                    settings.remove(settingsQuestion);
                    settings.sync();
                }
                setWindowTitle(tr("Response"));
                return;
            }
            build(data.value());
        });
}

void ResponseForm::build(const Loaded &data)
{
    m_response = data.response;
    m_questionnaire = data.questionnaire;
    m_key = m_response.key;
    setWindowTitle(m_response.title);
    m_ui->headerLabel->setText(tr("<b>%1</b><br>%2, version %3")
                                   .arg(m_response.title.toHtmlEscaped(), m_questionnaire.title.toHtmlEscaped())
                                   .arg(m_questionnaire.version));

    for (const auto &[value, shown] : data.subjects)
        m_ui->subjectBox->addItem(shown, value);
    m_ui->subjectBox->completer()->setFilterMode(Qt::MatchContains);
    m_ui->subjectBox->completer()->setCompletionMode(QCompleter::PopupCompletion);
    const QString subject = !m_response.subjectNetwork.isEmpty()
                                ? subjectData(RecordType::Network, m_response.subjectNetwork)
                                : subjectData(RecordType::Organisation, m_response.subjectOrganisation);
    m_ui->subjectBox->setCurrentIndex(m_ui->subjectBox->findData(subject));
    m_ui->respondentsEdit->setPlainText(respondentLines(m_response.respondents));
    m_ui->interviewerEdit->setText(m_response.interviewer);
    m_ui->dateEdit->setText(m_response.date);
    if (m_ui->modeBox->findData(m_response.mode) < 0)
        m_ui->modeBox->addItem(m_response.mode, m_response.mode); // an older mode (skype) stays as it is
    m_ui->modeBox->setCurrentIndex(m_ui->modeBox->findData(m_response.mode));

    auto detailsEdited = [this]() { edited(0); };
    connect(m_ui->subjectBox, &QComboBox::currentIndexChanged, this, detailsEdited);
    connect(m_ui->respondentsEdit, &QPlainTextEdit::textChanged, this, detailsEdited);
    connect(m_ui->interviewerEdit, &QLineEdit::textChanged, this, detailsEdited);
    connect(m_ui->dateEdit, &QLineEdit::textChanged, this, detailsEdited);
    connect(m_ui->modeBox, &QComboBox::currentIndexChanged, this, detailsEdited);

    QWidget *previous = m_ui->modeBox;
    for (const Question &question : m_questionnaire.questions) {
        auto *f = new AnswerField(question, m_ui->questionsWidget);
        if (const Answer *answer = m_response.answer(question.number)) {
            f->setAnswer(*answer);
            m_known.insert(question.number, answer->revision);
        }
        m_sessionRevisions->insert(question.number, m_known.value(question.number));
        m_ui->questionsLayout->addWidget(f);
        f->show(); // now, not on the layout's next turn: the focus goes into it below
        m_fields.append(f);
        connect(f, &AnswerField::edited, this, [this, number = question.number]() { edited(number); });
        connect(f, &AnswerField::keepMine, this, [this, number = question.number](const Answer &theirs) {
            adoptRevision(number, theirs.revision); // saved over theirs, knowingly
            edited(number);
            saveNext();
        });
        connect(f, &AnswerField::takeTheirs, this, [this, number = question.number](const Answer &theirs) {
            adoptRevision(number, theirs.revision);
        });
        // Tab order: the response's fields, then the questions as they are asked.
        for (QWidget *w : f->findChildren<QWidget *>()) {
            if (f->owns(w)) {
                setTabOrder(previous, w);
                previous = w;
            }
        }
    }
    setTabOrder(previous, m_ui->completeButton);
    setTabOrder(m_ui->completeButton, m_ui->reopenButton);

    m_loaded = true;
    for (QWidget *w : detailEditors())
        w->setEnabled(true);
    showStatus(m_response.status);
    m_ui->saveState->setText(tr("All answers are saved."));
    AnswerField *target = field(m_focusOnLoad);
    if (!target) {
        for (AnswerField *f : m_fields) {
            if (f->isEmpty()) {
                target = f;
                break;
            }
        }
    }
    if (!target)
        target = m_fields.value(0);
    if (target) {
        activateWindow();
        target->focusInput();
        m_current = target->number();
        // Once the new fields are laid out, the question scrolls into view.
        QTimer::singleShot(0, this, [this, target]() { m_ui->questionsArea->ensureWidgetVisible(target); });
    }
    remember();
    Q_EMIT loaded();
}

QList<QWidget *> ResponseForm::detailEditors() const
{
    return {m_ui->subjectBox, m_ui->respondentsEdit, m_ui->interviewerEdit, m_ui->dateEdit, m_ui->modeBox};
}

void ResponseForm::showStatus(const QString &status)
{
    const bool complete = status == QLatin1String("complete");
    m_ui->statusValue->setText(complete ? tr("Complete") : tr("Draft"));
    m_ui->completeButton->setEnabled(m_loaded && !complete);
    m_ui->reopenButton->setEnabled(m_loaded && complete);
}

// --- autosave ---

void ResponseForm::edited(int question)
{
    if (!m_loaded)
        return;
    if (m_dirty.isEmpty())
        m_dirtySince.start();
    m_dirty.insert(question);
    m_quiet.start();
    if (!m_deadline.isActive())
        m_deadline.start();
    showSaveState();
}

bool ResponseForm::hasPendingSaves() const
{
    if (!m_dirty.isEmpty())
        return true;
    for (int n : m_writing) {
        if (n > 0)
            return true;
    }
    return false;
}

void ResponseForm::saveNext()
{
    m_quiet.stop();
    m_deadline.stop();
    // One write at a time: the next starts when this one is back.
    for (int n : m_writing) {
        if (n > 0)
            return;
    }
    for (int question : std::as_const(m_dirty)) {
        AnswerField *f = field(question);
        if (f && f->hasConflict())
            continue; // waits for the user's choice
        write(question);
        return;
    }
}

void ResponseForm::write(int question)
{
    m_dirty.remove(question);
    ++m_writing[question];
    if (question == 0) {
        ResponseDetails details;
        QString key;
        if (const std::optional<QString> type = subjectField(&key)) {
            details.subjectNetwork = *type == QLatin1String("network") ? key : QString();
            details.subjectOrganisation = *type == QLatin1String("organisation") ? key : QString();
        }
        details.respondents = parseRespondents(m_ui->respondentsEdit->toPlainText(), m_response.respondents);
        details.interviewer = m_ui->interviewerEdit->text().trimmed();
        // Half a date waits for the rest: only a whole one (or none) is written.
        const QString date = m_ui->dateEdit->text().trimmed();
        static const QRegularExpression whole(QStringLiteral("^([0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?)?$"));
        if (whole.match(date).hasMatch())
            details.date = date;
        details.mode = m_ui->modeBox->currentData().toString();
        m_host.write<ResponseView>(
            this, [key = m_key, details](KnowledgeBase &kb) { return QuestionnaireService(kb).updateResponse(key, details); },
            [this](const Result<ResponseView> &done) {
                --m_writing[0];
                if (!done) {
                    m_saveError = done.error();
                } else {
                    m_response.respondents = done.value().respondents;
                    m_saveError.clear();
                }
                written(0, 0);
            });
        return;
    }
    AnswerField *f = field(question);
    if (!f)
        return;
    AnswerWrite answer;
    answer.responseKey = m_key;
    answer.question = question;
    answer.answer = f->value();
    m_host.write<SaveOutcome>(
        this,
        [answer, revisions = m_sessionRevisions](KnowledgeBase &kb) mutable -> Result<SaveOutcome> {
            QuestionnaireService service(kb);
            answer.expectedRevision = revisions->value(answer.question);
            auto saved = service.saveAnswer(answer);
            if (saved) {
                revisions->insert(answer.question, saved.value());
                return SaveOutcome{saved.value(), std::nullopt};
            }
            if (saved.errorKind() != ErrorKind::Conflict)
                return saved.fullError();
            auto now = service.response(answer.responseKey);
            if (!now)
                return now.fullError();
            const Answer *theirs = now.value().answer(answer.question);
            return SaveOutcome{0, theirs ? *theirs : Answer{answer.question, {}, {}, 0}};
        },
        [this, question](const Result<SaveOutcome> &done) {
            --m_writing[question];
            if (!done) {
                m_saveError = done.error();
                written(question, 0);
                return;
            }
            if (done.value().theirs) {
                if (AnswerField *f = field(question))
                    f->showConflict(*done.value().theirs);
                m_dirty.insert(question); // not written: it waits for the user's choice
                written(question, 0);
                return;
            }
            m_saveError.clear();
            m_known.insert(question, done.value().revision);
            written(question, done.value().revision);
        });
}

void ResponseForm::written(int question, qint64 revision)
{
    if (revision > 0 || (question == 0 && m_saveError.isEmpty())) {
        m_savedAt = QTime::currentTime().toString(QStringLiteral("HH:mm:ss"));
        Q_EMIT saved(question);
    }
    // Edits made while this write was under way: written at once when their time has come.
    if (!m_dirty.isEmpty() && !m_quiet.isActive() && !m_deadline.isActive())
        saveNext();
    else if (!m_dirty.isEmpty() && m_dirtySince.isValid() && m_dirtySince.elapsed() >= deadlineMs)
        saveNext();
    showSaveState();
}

void ResponseForm::showSaveState()
{
    const bool conflict = std::any_of(m_fields.cbegin(), m_fields.cend(), [](const AnswerField *f) { return f->hasConflict(); });
    if (!m_saveError.isEmpty())
        m_ui->saveState->setText(tr("Not saved: %1").arg(m_saveError));
    else if (conflict)
        m_ui->saveState->setText(tr("An answer changed in another window waits for your choice."));
    else if (hasPendingSaves())
        m_ui->saveState->setText(tr("Saving…"));
    else if (!m_savedAt.isEmpty())
        m_ui->saveState->setText(tr("Saved at %1").arg(m_savedAt));
}

void ResponseForm::flush()
{
    if (!m_loaded)
        return;
    m_quiet.stop();
    m_deadline.stop();
    const QList<int> pending = m_dirty.values();
    for (int question : pending) {
        AnswerField *f = field(question);
        if (!f || !f->hasConflict())
            write(question);
    }
    // The writes run on the session's thread; the form (or the program) may be gone next.
    m_host.waitForIdle();
}

void ResponseForm::closeEvent(QCloseEvent *event)
{
    flush();
    // Closed by the user: the window no longer reopens it. Closed with the window: it does.
    if (!m_windowClosing) {
        QSettings settings;
        if (settings.value(settingsResponse).toString() == m_key) {
            settings.remove(settingsResponse);
            settings.remove(settingsQuestion);
            settings.sync();
        }
    }
    QWidget::closeEvent(event);
}

bool ResponseForm::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Close && watched == parentWidget()->window()) {
        m_windowClosing = true;
        flush();
        close();
    }
    return QWidget::eventFilter(watched, event);
}

// --- other windows ---

void ResponseForm::followChange(const Change &change)
{
    if (m_loaded && change.type == RecordType::Response && change.key == m_key)
        m_refreshDelay.start();
}

void ResponseForm::refresh()
{
    m_host.read<ResponseView>(
        this, [key = m_key](KnowledgeBase &kb) { return QuestionnaireService(kb).response(key); },
        [this](const Result<ResponseView> &now) {
            if (!now)
                return;
            showStatus(now.value().status);
            // Answers another window saved show here, unless this form is changing them.
            for (AnswerField *f : m_fields) {
                const int n = f->number();
                const Answer *answer = now.value().answer(n);
                const qint64 revision = answer ? answer->revision : 0;
                if (m_dirty.contains(n) || m_writing.value(n) > 0 || f->hasConflict() || revision <= m_known.value(n))
                    continue;
                f->setAnswer(*answer);
                adoptRevision(n, revision);
            }
        });
}

void ResponseForm::adoptRevision(int question, qint64 revision)
{
    m_known.insert(question, revision);
    // Through the session's queue, after the writes asked before it.
    m_host.write<bool>(
        this,
        [revisions = m_sessionRevisions, question, revision](KnowledgeBase &) -> Result<bool> {
            revisions->insert(question, std::max(revision, revisions->value(question)));
            return true;
        },
        [](const Result<bool> &) {});
}

// --- focus and completion ---

void ResponseForm::onFocusChanged(QWidget *now)
{
    if (!m_loaded)
        return;
    for (AnswerField *f : m_fields) {
        if (f->owns(now) && f->number() != m_current) {
            m_current = f->number();
            remember();
            return;
        }
    }
}

void ResponseForm::remember()
{
    QSettings settings;
    settings.setValue(settingsKb, kbPath(m_kbDir));
    settings.setValue(settingsResponse, m_key);
    settings.setValue(settingsQuestion, m_current);
    // On disk now: the program may be killed before Qt would write it.
    settings.sync();
}

bool ResponseForm::focusNextUnanswered()
{
    if (!m_loaded || m_fields.isEmpty())
        return false;
    qsizetype from = 0;
    for (qsizetype i = 0; i < m_fields.size(); ++i) {
        if (m_fields.at(i)->number() == m_current)
            from = i + 1;
    }
    for (qsizetype step = 0; step < m_fields.size(); ++step) {
        AnswerField *f = m_fields.at((from + step) % m_fields.size());
        if (f->isEmpty()) {
            f->focusInput();
            m_ui->questionsArea->ensureWidgetVisible(f);
            m_ui->messageLabel->clear();
            return true;
        }
    }
    m_ui->messageLabel->setText(tr("Every question has an answer."));
    return false;
}

void ResponseForm::markComplete()
{
    QStringList missing;
    AnswerField *first = nullptr;
    for (AnswerField *f : m_fields) {
        if (f->question().required && f->isEmpty()) {
            missing.append(QString::number(f->number()));
            if (!first)
                first = f;
        }
    }
    if (first) {
        const QString list = QLocale().createSeparatedList(missing);
        m_ui->messageLabel->setText(
            missing.size() == 1
                ? tr("The response cannot be marked complete: question %1 is required and has no answer.").arg(list)
                : tr("The response cannot be marked complete: questions %1 are required and have no answer.").arg(list));
        first->focusInput();
        m_ui->questionsArea->ensureWidgetVisible(first);
        return;
    }
    flush(); // the store judges the answers it has
    m_host.write<ResponseView>(
        this, [key = m_key](KnowledgeBase &kb) { return QuestionnaireService(kb).complete(key); },
        [this](const Result<ResponseView> &done) {
            if (!done) {
                m_ui->messageLabel->setText(done.error());
                return;
            }
            m_ui->messageLabel->setText(tr("The response is complete."));
            showStatus(done.value().status);
        });
}

void ResponseForm::reopenResponse()
{
    m_host.write<ResponseView>(
        this, [key = m_key](KnowledgeBase &kb) { return QuestionnaireService(kb).reopen(key); },
        [this](const Result<ResponseView> &done) {
            if (!done) {
                m_ui->messageLabel->setText(done.error());
                return;
            }
            m_ui->messageLabel->setText(tr("The response is a draft again."));
            showStatus(done.value().status);
        });
}

std::optional<QString> ResponseForm::subjectField(QString *key) const
{
    const QString data = m_ui->subjectBox->currentData().toString();
    const qsizetype colon = data.indexOf(QLatin1Char(':'));
    if (colon < 0)
        return std::nullopt;
    *key = data.mid(colon + 1);
    return data.left(colon);
}

} // namespace citykb
