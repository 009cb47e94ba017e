#pragma once

#include "core/typedviews.h"

#include <QDialog>
#include <QHash>

#include <functional>
#include <memory>

namespace Ui {
class QuestionnaireEditor;
}

class QUndoStack;

namespace citykb {

class SessionHost;
struct VersionComparison;

// The template editor of a questionnaire (issue 12, "Templates"): title, purpose, introduction
// and the ordered questions with their kind, required flag, help text and choices. Every change
// is a step on the editor's own undo stack (Ctrl+Z, Ctrl+Shift+Z); questions are added, removed
// and reordered by drag or with Alt+Up and Alt+Down. Saving and publishing go through
// QuestionnaireService on the session's thread: a draft is changed in place, a published
// version stays frozen and saving makes its next version. The Versions tab lists every version
// and shows what changed between two of them.
class QuestionnaireEditor : public QDialog
{
    Q_OBJECT

public:
    // `key` empty: a new questionnaire. The key of any version opens the latest version.
    QuestionnaireEditor(SessionHost &host, const QString &key, QWidget *parent = nullptr);
    ~QuestionnaireEditor() override;

    bool isLoaded() const { return m_loaded; }
    // The template as edited (new questions carry negative numbers until they are saved).
    const QuestionnaireView &edited() const { return m_state; }
    // The version being edited as last read or saved: key (empty before the first save),
    // revision, version number and status.
    const QuestionnaireView &stored() const { return m_stored; }
    bool hasUnsavedChanges() const;
    QUndoStack *undoStack() const { return m_undoStack; }
    // The question selected in the list, by its place (-1: none).
    int currentPosition() const;
    void setCurrentPosition(int position);

    // Adds an empty question after the selected one and selects it.
    void addQuestion();
    void removeQuestion(int position);
    // Moves the question at `from` to `to`: one undoable step.
    void moveQuestion(int from, int to);
    // Saves through the session; saved() or failed() tells how it went.
    void save();
    // Saves first when there are changes, then publishes this version; published() or failed().
    void publish();
    // Compares two versions (keys); compared() when the comparison shows.
    void compareVersions(const QString &fromKey, const QString &toKey);

    // What keeps the template from being saved, and what else from being published: one
    // sentence each, questions named by their place.
    QStringList saveProblems() const;
    QStringList publishProblems() const;

    // "free_text" → "Free text", for the kinds a question may have.
    static QString kindName(const QString &kind);
    static const QStringList &kinds();
    // What changed between two versions, as a readable page (the Versions tab).
    static QString comparisonHtml(const VersionComparison &comparison);

Q_SIGNALS:
    void loaded();
    void saved(const QString &key);
    void published(const QString &key);
    void compared();
    void failed(const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

public Q_SLOTS:
    // Closing with unsaved changes asks whether to save them (Esc, Close, the window's button).
    void reject() override;

private:
    class StateCommand;

    void load(const QString &key);
    void showVersions(const QList<QuestionnaireView> &versions);
    // Changes the template as `edit` says, as one undoable step; steps with the same
    // non-empty `mergeKey` in a row (typing into one field) become one.
    void change(const QString &text, const std::function<void(QuestionnaireView &)> &edit, const QString &mergeKey = {},
                int selectNumber = 0);
    // Shows `state` (an undo step's) in the widgets, leaving alone what they already show.
    void applyState(const QuestionnaireView &state, int selectNumber);
    void refreshList();
    void refreshQuestion();
    void refreshStatus();
    void onListRowsMoved();
    void confirmPublish();
    void runPublish();
    // Whether closing may go on: no changes, or the user saved or dropped them.
    bool maySafelyClose();
    Question *currentQuestion();
    int positionOf(int number) const;
    void compareSelected();

    std::unique_ptr<Ui::QuestionnaireEditor> m_ui;
    SessionHost &m_host;
    QUndoStack *m_undoStack = nullptr;
    QuestionnaireView m_state;
    QuestionnaireView m_stored;
    QList<QuestionnaireView> m_versions;
    // The numbers the store gave to questions this editor numbered below zero.
    QHash<int, int> m_assigned;
    int m_nextNumber = -1;
    int m_currentNumber = 0;
    bool m_loaded = false;
    bool m_busy = false;
    bool m_refreshing = false;
    bool m_publishAfterSave = false;
    bool m_closeAfterSave = false;
};

} // namespace citykb
