#pragma once

#include "core/typedviews.h"

#include <QJsonObject>
#include <QWidget>

class QAbstractButton;
class QButtonGroup;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace citykb {

// One question of the response form with the editor its kind needs: free text and contact
// details as several lines, yes/no as two radio buttons (with an explanation below for
// yes_no_explain), single choice as radio buttons, multiple choice as check boxes, date and
// number as one line. It shows the help text and marks a required question; edited() tells
// the form to save. It also shows a conflict (another window saved this answer meanwhile)
// and lets the user keep either text.
class AnswerField : public QWidget
{
    Q_OBJECT

public:
    AnswerField(const Question &question, QWidget *parent = nullptr);

    int number() const { return m_question.number; }
    const Question &question() const { return m_question; }
    // The answer as the store takes it: "text" and "choice" (choices one per line).
    QJsonObject value() const;
    bool isEmpty() const;
    // Shows a stored answer without counting it as an edit.
    void setAnswer(const Answer &answer);
    // Puts the keyboard focus on the first editor, the cursor at the end of its text.
    void focusInput();
    // Whether `widget` is one of this question's editors.
    bool owns(const QWidget *widget) const;
    // Another window saved `theirs` over the answer this one was editing.
    void showConflict(const Answer &theirs);
    bool hasConflict() const { return m_conflict != nullptr; }

Q_SIGNALS:
    void edited();
    // The user resolved a conflict: keep the text here (save it over theirs), or take theirs.
    void keepMine(const citykb::Answer &theirs);
    void takeTheirs(const citykb::Answer &theirs);

private:
    void clearConflict();

    Question m_question;
    bool m_setting = false; // setAnswer() is filling the editors
    QPlainTextEdit *m_text = nullptr;
    QLineEdit *m_line = nullptr;
    QButtonGroup *m_choices = nullptr;
    QList<QAbstractButton *> m_buttons;
    QWidget *m_conflict = nullptr;
    QString m_keptText; // a yes/no answer has no text editor; the words it came with stay
};

} // namespace citykb
