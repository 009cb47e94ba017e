#include "answerfield.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace citykb {

namespace {

bool isYesNo(const QString &kind)
{
    return kind == QLatin1String("yes_no") || kind == QLatin1String("yes_no_explain");
}

QPlainTextEdit *textEditor(QWidget *parent, int lines)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setTabChangesFocus(true); // Tab moves on to the next question, as everywhere in the form
    const int line = edit->fontMetrics().lineSpacing();
    edit->setMinimumHeight(line * lines + 12);
    edit->setMaximumHeight(line * (lines * 3) + 12);
    return edit;
}

} // namespace

AnswerField::AnswerField(const Question &question, QWidget *parent) : QWidget(parent), m_question(question)
{
    setObjectName(QStringLiteral("question%1").arg(question.number));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 6);

    // "3. Does your organisation …? *": the star and the accessible name say it is required.
    auto *label = new QLabel(this);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setText(question.required ? tr("%1. %2 (required)").arg(question.number).arg(question.text)
                                     : tr("%1. %2").arg(question.number).arg(question.text));
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    layout->addWidget(label);
    if (!question.help.isEmpty()) {
        auto *help = new QLabel(question.help, this);
        help->setWordWrap(true);
        help->setTextFormat(Qt::PlainText);
        QFont italic = help->font();
        italic.setItalic(true);
        help->setFont(italic);
        help->setAccessibleName(tr("Help for question %1").arg(question.number));
        layout->addWidget(help);
    }
    const QString name = tr("Question %1: %2").arg(question.number).arg(question.text.left(120));

    auto changed = [this]() {
        if (!m_setting)
            Q_EMIT edited();
    };
    const QString &kind = question.kind;
    if (isYesNo(kind) || kind == QLatin1String("single_choice") || kind == QLatin1String("multiple_choice")) {
        const bool several = kind == QLatin1String("multiple_choice");
        QStringList choices = question.choices;
        if (isYesNo(kind))
            choices = {QStringLiteral("yes"), QStringLiteral("no")};
        m_choices = new QButtonGroup(this);
        m_choices->setExclusive(!several);
        auto *row = new QHBoxLayout;
        auto *column = new QVBoxLayout;
        for (const QString &choice : choices) {
            QAbstractButton *button = nullptr;
            // The store keeps "yes" and "no"; the form shows them as words of the language.
            const QString shown = choice == QLatin1String("yes") && isYesNo(kind)  ? tr("Yes")
                                  : choice == QLatin1String("no") && isYesNo(kind) ? tr("No")
                                                                                    : choice;
            if (several)
                button = new QCheckBox(shown, this);
            else
                button = new QRadioButton(shown, this);
            button->setProperty("choice", choice);
            button->setAccessibleName(tr("%1, answer %2").arg(name, shown));
            m_choices->addButton(button);
            m_buttons.append(button);
            (isYesNo(kind) ? static_cast<QBoxLayout *>(row) : column)->addWidget(button);
            connect(button, &QAbstractButton::toggled, this, changed);
        }
        row->addStretch(1);
        layout->addLayout(row);
        layout->addLayout(column);
        if (kind == QLatin1String("yes_no_explain")) {
            m_text = textEditor(this, 3);
            m_text->setPlaceholderText(tr("Explain the answer"));
            m_text->setAccessibleName(tr("%1, explanation").arg(name));
        }
    } else if (kind == QLatin1String("date") || kind == QLatin1String("number")) {
        m_line = new QLineEdit(this);
        m_line->setAccessibleName(name);
        if (kind == QLatin1String("date")) {
            m_line->setPlaceholderText(tr("YYYY-MM-DD"));
            m_line->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9-]{0,10}")), m_line));
        } else {
            m_line->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[-+]?[0-9 .,]*")), m_line));
        }
        layout->addWidget(m_line);
        connect(m_line, &QLineEdit::textChanged, this, changed);
    } else {
        const bool contact = kind == QLatin1String("contact_details");
        m_text = textEditor(this, contact ? 2 : 4);
        m_text->setAccessibleName(name);
        if (contact)
            m_text->setPlaceholderText(tr("Name, e-mail, phone"));
    }
    if (m_text) {
        layout->addWidget(m_text);
        connect(m_text, &QPlainTextEdit::textChanged, this, changed);
    }
    if (m_text)
        label->setBuddy(m_text);
    else if (m_line)
        label->setBuddy(m_line);
    else if (!m_buttons.isEmpty())
        label->setBuddy(m_buttons.first());
}

QJsonObject AnswerField::value() const
{
    QJsonObject answer;
    if (m_text)
        answer.insert(QStringLiteral("text"), m_text->toPlainText());
    else if (m_line)
        answer.insert(QStringLiteral("text"), m_line->text());
    else
        answer.insert(QStringLiteral("text"), m_keptText);
    if (m_choices) {
        QStringList chosen;
        for (QAbstractButton *button : m_buttons) {
            if (button->isChecked())
                chosen.append(button->property("choice").toString());
        }
        answer.insert(QStringLiteral("choice"), chosen.join(QLatin1Char('\n')));
    }
    return answer;
}

bool AnswerField::isEmpty() const
{
    const QJsonObject answer = value();
    return answer.value(QStringLiteral("text")).toString().trimmed().isEmpty()
           && answer.value(QStringLiteral("choice")).toString().trimmed().isEmpty();
}

void AnswerField::setAnswer(const Answer &answer)
{
    m_setting = true;
    if (m_text && m_text->toPlainText() != answer.text) {
        m_text->setPlainText(answer.text);
        m_text->moveCursor(QTextCursor::End); // typing goes on after the text, not before it
    }
    if (m_line && m_line->text() != answer.text)
        m_line->setText(answer.text);
    if (!m_text && !m_line)
        m_keptText = answer.text;
    if (m_choices) {
        const QStringList chosen = answer.choice.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        // An exclusive group refuses to uncheck its last button; open it for the moment.
        m_choices->setExclusive(false);
        for (QAbstractButton *button : m_buttons)
            button->setChecked(chosen.contains(button->property("choice").toString()));
        m_choices->setExclusive(m_question.kind != QLatin1String("multiple_choice"));
    }
    m_setting = false;
}

void AnswerField::focusInput()
{
    if (m_choices && (!m_text || isEmpty())) {
        QAbstractButton *target = m_choices->checkedButton() ? m_choices->checkedButton() : m_buttons.value(0);
        if (target) {
            target->setFocus(Qt::ShortcutFocusReason);
            return;
        }
    }
    if (m_text) {
        m_text->setFocus(Qt::ShortcutFocusReason);
        m_text->moveCursor(QTextCursor::End);
    } else if (m_line) {
        m_line->setFocus(Qt::ShortcutFocusReason);
        m_line->end(false);
    }
}

bool AnswerField::owns(const QWidget *widget) const
{
    return widget && (widget == m_text || widget == m_line || m_buttons.contains(widget));
}

void AnswerField::showConflict(const Answer &theirs)
{
    clearConflict();
    m_conflict = new QWidget(this);
    auto *box = new QVBoxLayout(m_conflict);
    box->setContentsMargins(0, 0, 0, 0);
    auto *what = new QLabel(m_conflict);
    what->setWordWrap(true);
    what->setTextFormat(Qt::PlainText);
    const QString stored = theirs.choice.isEmpty() ? theirs.text : theirs.choice + QLatin1Char(' ') + theirs.text;
    what->setText(tr("Another window saved this answer while you were typing, so your text was not saved. "
                     "The saved answer is: %1")
                      .arg(stored.trimmed().isEmpty() ? tr("(empty)") : stored.left(400)));
    what->setAccessibleName(tr("Conflict on question %1").arg(m_question.number));
    what->setStyleSheet(QStringLiteral("color: palette(highlighted-text); background: palette(highlight); padding: 4px;"));
    box->addWidget(what);
    auto *buttons = new QHBoxLayout;
    auto *mine = new QPushButton(tr("Keep My Text"), m_conflict);
    auto *other = new QPushButton(tr("Use the Saved Answer"), m_conflict);
    mine->setAutoDefault(false);
    other->setAutoDefault(false);
    buttons->addWidget(mine);
    buttons->addWidget(other);
    buttons->addStretch(1);
    box->addLayout(buttons);
    layout()->addWidget(m_conflict);
    connect(mine, &QPushButton::clicked, this, [this, theirs]() {
        clearConflict();
        Q_EMIT keepMine(theirs);
    });
    connect(other, &QPushButton::clicked, this, [this, theirs]() {
        clearConflict();
        setAnswer(theirs);
        Q_EMIT takeTheirs(theirs);
    });
}

void AnswerField::clearConflict()
{
    if (!m_conflict)
        return;
    m_conflict->hide();
    m_conflict->deleteLater();
    m_conflict = nullptr;
}

} // namespace citykb
