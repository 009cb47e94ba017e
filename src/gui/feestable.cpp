#include "feestable.h"

#include "ui_feestable.h"

#include <QApplication>
#include <QColor>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonObject>
#include <QKeyEvent>
#include <QLocale>
#include <QRegularExpression>

#include <cmath>
#include <optional>

namespace citykb {

namespace {

enum Column { Amount, Currency, Period, Conditions, ColumnCount };

const char *const fieldNames[ColumnCount] = {"amount", "currency", "period", "conditions"};

QString cellText(const QTableWidget *table, int row, int column)
{
    const QTableWidgetItem *item = table->item(row, column);
    return item ? item->text().trimmed() : QString();
}

bool rowIsEmpty(const QTableWidget *table, int row)
{
    for (int c = 0; c < ColumnCount; ++c) {
        if (!cellText(table, row, c).isEmpty())
            return false;
    }
    return true;
}

// An amount as typed: a number of 0 or more, in the C locale or the user's.
std::optional<double> amountFrom(const QString &text)
{
    bool ok = false;
    double n = QLocale::c().toDouble(text, &ok);
    if (!ok)
        n = QLocale().toDouble(text, &ok);
    if (!ok || !std::isfinite(n))
        return std::nullopt;
    return n;
}

// Whether a cell of `view` is being edited: its editor, inside the view, has the focus.
bool isEditing(const QWidget *view)
{
    const QWidget *focus = QApplication::focusWidget();
    return focus && focus != view && view->isAncestorOf(focus);
}

} // namespace

FeesTable::FeesTable(QWidget *parent) : QWidget(parent), m_ui(std::make_unique<Ui::FeesTable>())
{
    m_ui->setupUi(this);
    QHeaderView *header = m_ui->feeTable->horizontalHeader();
    header->setSectionResizeMode(Amount, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(Currency, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(Period, QHeaderView::Interactive);
    header->setStretchLastSection(true);
    m_ui->feeTable->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->feeTable->installEventFilter(this);
    m_ui->feeTable->setToolTip(tr("Insert adds a fee, Delete removes the chosen one; F2 or typing edits a cell."));
    connect(m_ui->addButton, &QPushButton::clicked, this, &FeesTable::addFee);
    connect(m_ui->removeButton, &QPushButton::clicked, this, &FeesTable::removeFee);
    connect(m_ui->feeTable, &QTableWidget::itemChanged, this, [this]() {
        if (m_filling)
            return;
        markProblems();
        Q_EMIT changed();
    });
}

FeesTable::~FeesTable() = default;

void FeesTable::setFees(const QJsonValue &fees)
{
    const bool wasFilling = m_filling;
    m_filling = true;
    const QJsonArray rows = fees.toArray();
    m_ui->feeTable->setRowCount(0);
    m_ui->feeTable->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        const QJsonObject fee = rows.at(r).toObject();
        for (int c = 0; c < ColumnCount; ++c) {
            const QJsonValue value = fee.value(QLatin1String(fieldNames[c]));
            const QString text = value.isDouble() ? QString::number(value.toDouble(), 'g', 15) : value.toString();
            m_ui->feeTable->setItem(r, c, new QTableWidgetItem(text));
        }
    }
    m_filling = wasFilling;
    markProblems();
}

QJsonValue FeesTable::fees() const
{
    if (!problem().isEmpty())
        return QJsonValue(QJsonValue::Null);
    QJsonArray rows;
    for (int r = 0; r < m_ui->feeTable->rowCount(); ++r) {
        QJsonObject fee;
        for (int c = 0; c < ColumnCount; ++c) {
            const QString text = cellText(m_ui->feeTable, r, c);
            if (text.isEmpty())
                continue;
            if (c == Amount) {
                const double amount = *amountFrom(text);
                // A whole amount stays whole, as the data writes it.
                if (std::floor(amount) == amount && std::fabs(amount) < 1e15)
                    fee.insert(QLatin1String(fieldNames[c]), qint64(amount));
                else
                    fee.insert(QLatin1String(fieldNames[c]), amount);
            } else {
                fee.insert(QLatin1String(fieldNames[c]), text);
            }
        }
        if (!fee.isEmpty())
            rows.append(fee);
    }
    return rows.isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(rows);
}

QString FeesTable::problem() const
{
    static const QRegularExpression currency(QStringLiteral("^[A-Z]{3}$"));
    int number = 0; // fees are counted as the reader sees them, empty rows left out
    for (int r = 0; r < m_ui->feeTable->rowCount(); ++r) {
        if (rowIsEmpty(m_ui->feeTable, r))
            continue;
        ++number;
        const QString amount = cellText(m_ui->feeTable, r, Amount);
        if (!amount.isEmpty()) {
            const std::optional<double> n = amountFrom(amount);
            if (!n || *n < 0)
                return tr("Fee %1: the amount must be a number of 0 or more, not \"%2\".").arg(number).arg(amount);
        }
        const QString code = cellText(m_ui->feeTable, r, Currency);
        if (!code.isEmpty() && !currency.match(code).hasMatch())
            return tr("Fee %1: the currency must be a code of three capital letters such as EUR, not \"%2\".").arg(number).arg(code);
    }
    return {};
}

void FeesTable::markProblems()
{
    static const QRegularExpression currency(QStringLiteral("^[A-Z]{3}$"));
    const bool wasFilling = m_filling;
    m_filling = true;
    for (int r = 0; r < m_ui->feeTable->rowCount(); ++r) {
        for (int c = 0; c < ColumnCount; ++c) {
            QTableWidgetItem *item = m_ui->feeTable->item(r, c);
            if (!item)
                continue;
            const QString text = item->text().trimmed();
            bool bad = false;
            if (c == Amount && !text.isEmpty()) {
                const std::optional<double> n = amountFrom(text);
                bad = !n || *n < 0;
            } else if (c == Currency) {
                bad = !text.isEmpty() && !currency.match(text).hasMatch();
            }
            item->setData(Qt::BackgroundRole, bad ? QVariant(QColor(0xf8, 0xd7, 0xda)) : QVariant());
            item->setData(Qt::ForegroundRole, bad ? QVariant(QColor(0x7a, 0x1c, 0x1c)) : QVariant());
        }
    }
    m_filling = wasFilling;
}

void FeesTable::addFee()
{
    const int row = m_ui->feeTable->rowCount();
    const bool wasFilling = m_filling;
    m_filling = true;
    m_ui->feeTable->insertRow(row);
    for (int c = 0; c < ColumnCount; ++c)
        m_ui->feeTable->setItem(row, c, new QTableWidgetItem);
    m_filling = wasFilling;
    m_ui->feeTable->setFocus(Qt::OtherFocusReason);
    m_ui->feeTable->setCurrentCell(row, Amount);
    m_ui->feeTable->editItem(m_ui->feeTable->item(row, Amount));
    Q_EMIT changed();
}

void FeesTable::removeFee()
{
    const int row = m_ui->feeTable->currentRow();
    if (row < 0)
        return;
    m_ui->feeTable->removeRow(row);
    markProblems();
    Q_EMIT changed();
}

bool FeesTable::eventFilter(QObject *watched, QEvent *event)
{
    // Insert and Delete work on rows while no cell is being edited (a cell's editor, inside
    // the table, has the focus then and its keys may reach the table).
    if (watched == m_ui->feeTable && event->type() == QEvent::KeyPress && !isEditing(m_ui->feeTable)) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Insert) {
            addFee();
            return true;
        }
        if (key == Qt::Key_Delete) {
            removeFee();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace citykb
