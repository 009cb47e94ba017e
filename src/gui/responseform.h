#pragma once

#include "core/typedviews.h"

#include <QElapsedTimer>
#include <QHash>
#include <QSet>
#include <QTimer>
#include <QWidget>

#include <memory>
#include <optional>

namespace Ui {
class ResponseForm;
}

namespace citykb {

class AnswerField;
class SessionHost;
struct Change;

// The form of one response (an interview), built from the questionnaire version it answers:
// subject, respondents, interviewer, date, mode and status, then one AnswerField per question.
// There is no Save button: every change is written through SessionHost::write within a second
// of the last keystroke, one answer at a time with the revision it was read at, so that two
// forms on different questions of one response both keep their answers and a change another
// window made to the same answer shows as a conflict instead of being overwritten. Closing the
// form or the main window writes what is pending first. The response and the question with
// the focus are remembered (QSettings) so that the window reopens the form where it was, also
// after a crash (docs/architecture.md, "The response form").
class ResponseForm : public QWidget
{
    Q_OBJECT

public:
    ResponseForm(SessionHost &host, const QString &kbDir, const QString &responseKey, int focusQuestion = 0,
                 QWidget *parent = nullptr);
    ~ResponseForm() override;

    // Opens the form of a response in a window of its own over `parent`; `focusQuestion` (a
    // question number) gets the keyboard focus, else the first unanswered question.
    static ResponseForm *open(SessionHost &host, const QString &kbDir, const QString &responseKey, QWidget *parent,
                              int focusQuestion = 0);
    // Makes a new response (a draft) to a published questionnaire and opens its form; a refusal
    // (a draft questionnaire, ...) shows in a message box over `parent`.
    static void startNew(SessionHost &host, const QString &kbDir, const QString &questionnaireKey, QWidget *parent);
    // Reopens the form that was open on this KB when the window closed or the program ended,
    // on the question that had the focus; does nothing when there was none.
    static void restoreLast(SessionHost &host, const QString &kbDir, QWidget *parent);

    QString responseKey() const { return m_key; }
    bool isLoaded() const { return m_loaded; }
    AnswerField *field(int number) const;
    // The question whose editor has (or last had) the focus; 0 before any.
    int currentQuestion() const { return m_current; }
    bool hasPendingSaves() const;
    // Writes every pending change now and waits until the store has it.
    void flush();
    // Puts the focus on the next question after the current one that has no answer; false (and
    // a message) when every question has one.
    bool focusNextUnanswered();
    // Marks the response complete, or names the required questions still unanswered and puts
    // the focus on the first of them.
    void markComplete();
    void reopenResponse();

Q_SIGNALS:
    void loaded();
    // The store has this answer (question number; 0 for the response's own fields).
    void saved(int question);

protected:
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Loaded;
    void load();
    void build(const Loaded &data);
    QList<QWidget *> detailEditors() const;
    void showStatus(const QString &status);
    void edited(int question);
    void saveNext();
    // Issues the write of one pending question (0: the response's fields).
    void write(int question);
    void written(int question, qint64 revision);
    void showSaveState();
    void followChange(const Change &change);
    void refresh();
    void adoptRevision(int question, qint64 revision);
    void remember();
    void onFocusChanged(QWidget *now);
    std::optional<QString> subjectField(QString *key) const;

    std::unique_ptr<Ui::ResponseForm> m_ui;
    SessionHost &m_host;
    QString m_kbDir;
    QString m_key;
    int m_focusOnLoad = 0;
    bool m_loaded = false;
    ResponseView m_response;
    QuestionnaireView m_questionnaire;
    QList<AnswerField *> m_fields;
    int m_current = 0;
    // The answers' revisions as the session thread last wrote or read them: only the session
    // thread touches it once the form has loaded, so that writes queued one after the other
    // each expect the revision the one before made.
    std::shared_ptr<QHash<int, qint64>> m_sessionRevisions;
    QHash<int, qint64> m_known;    // the revision this form shows, per question
    QSet<int> m_dirty;             // edited, not yet written (0: the response's fields)
    QHash<int, int> m_writing;     // writes under way, per question
    QElapsedTimer m_dirtySince;    // since the oldest unwritten edit
    QTimer m_quiet;                // a pause in typing
    QTimer m_deadline;             // the longest an edit waits while typing goes on
    QTimer m_refreshDelay;
    QString m_saveError;
    QString m_savedAt;
    bool m_windowClosing = false;  // the main window is closing: the form stays remembered
};

} // namespace citykb
