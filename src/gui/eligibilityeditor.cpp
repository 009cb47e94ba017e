#include "eligibilityeditor.h"

#include "ui_eligibilityeditor.h"

#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>

#include <optional>

namespace citykb {

namespace {

// A population as typed: a whole number of 0 or more ("250000", "250,000", "250.000").
std::optional<qint64> populationFrom(const QString &typed)
{
    QString text = typed.trimmed();
    text.remove(QLatin1Char(' '));
    bool ok = false;
    qint64 n = QLocale::c().toLongLong(text, &ok);
    if (!ok)
        n = QLocale().toLongLong(text, &ok);
    if (!ok) {
        // Thousands grouped with a comma or a full stop, as the documents write them.
        static const QRegularExpression grouped(QStringLiteral("^[0-9]{1,3}([.,][0-9]{3})+$"));
        if (grouped.match(text).hasMatch())
            n = QString(text).remove(QLatin1Char(',')).remove(QLatin1Char('.')).toLongLong(&ok);
    }
    if (!ok || n < 0)
        return std::nullopt;
    return n;
}

void mark(QWidget *box, const QString &problem)
{
    box->setStyleSheet(problem.isEmpty() ? QString() : QStringLiteral("background: #f8d7da; color: #7a1c1c;"));
    box->setToolTip(problem);
}

} // namespace

EligibilityEditor::EligibilityEditor(QWidget *parent) : QWidget(parent), m_ui(std::make_unique<Ui::EligibilityEditor>())
{
    m_ui->setupUi(this);
    auto changedNow = [this]() {
        markProblems();
        Q_EMIT changed();
    };
    connect(m_ui->memberTypeEdit, &QLineEdit::textChanged, this, changedNow);
    connect(m_ui->populationMinEdit, &QLineEdit::textChanged, this, changedNow);
    connect(m_ui->populationMaxEdit, &QLineEdit::textChanged, this, changedNow);
    connect(m_ui->noteEdit, &QPlainTextEdit::textChanged, this, changedNow);
}

EligibilityEditor::~EligibilityEditor() = default;

void EligibilityEditor::setEligibility(const QJsonValue &eligibility)
{
    const QJsonObject e = eligibility.toObject();
    auto number = [&e](const char *name) {
        const QJsonValue v = e.value(QLatin1String(name));
        return v.isDouble() ? QString::number(v.toInteger()) : v.toString();
    };
    m_ui->memberTypeEdit->setText(e.value(QLatin1String("member_type")).toString());
    m_ui->populationMinEdit->setText(number("population_min"));
    m_ui->populationMaxEdit->setText(number("population_max"));
    m_ui->noteEdit->setPlainText(e.value(QLatin1String("note")).toString());
    markProblems();
}

QJsonValue EligibilityEditor::eligibility() const
{
    if (!problem().isEmpty())
        return QJsonValue(QJsonValue::Null);
    QJsonObject e;
    if (const QString type = m_ui->memberTypeEdit->text().trimmed(); !type.isEmpty())
        e.insert(QLatin1String("member_type"), type);
    if (const QString min = m_ui->populationMinEdit->text().trimmed(); !min.isEmpty())
        e.insert(QLatin1String("population_min"), *populationFrom(min));
    if (const QString max = m_ui->populationMaxEdit->text().trimmed(); !max.isEmpty())
        e.insert(QLatin1String("population_max"), *populationFrom(max));
    if (const QString note = m_ui->noteEdit->toPlainText().trimmed(); !note.isEmpty())
        e.insert(QLatin1String("note"), note);
    return e.isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(e);
}

QString EligibilityEditor::problem() const
{
    const QString min = m_ui->populationMinEdit->text().trimmed();
    const QString max = m_ui->populationMaxEdit->text().trimmed();
    const std::optional<qint64> from = min.isEmpty() ? std::nullopt : populationFrom(min);
    const std::optional<qint64> to = max.isEmpty() ? std::nullopt : populationFrom(max);
    if (!min.isEmpty() && !from)
        return tr("The population \"from\" must be a whole number of 0 or more, not \"%1\".").arg(min);
    if (!max.isEmpty() && !to)
        return tr("The population \"to\" must be a whole number of 0 or more, not \"%1\".").arg(max);
    if (from && to && *from > *to)
        return tr("The population \"from\" (%1) is above the population \"to\" (%2).")
            .arg(QLocale().toString(*from), QLocale().toString(*to));
    return {};
}

void EligibilityEditor::markProblems()
{
    const QString min = m_ui->populationMinEdit->text().trimmed();
    const QString max = m_ui->populationMaxEdit->text().trimmed();
    const std::optional<qint64> from = min.isEmpty() ? std::nullopt : populationFrom(min);
    const std::optional<qint64> to = max.isEmpty() ? std::nullopt : populationFrom(max);
    const QString problem = this->problem();
    const bool rangeWrong = from && to && *from > *to;
    mark(m_ui->populationMinEdit, (!min.isEmpty() && !from) || rangeWrong ? problem : QString());
    mark(m_ui->populationMaxEdit, (!max.isEmpty() && !to) || rangeWrong ? problem : QString());
}

} // namespace citykb
