#include "listcolumns.h"

#include "displaynames.h"
#include "recordlistmodel.h"

#include <QHeaderView>
#include <QMenu>
#include <QSettings>
#include <QTableView>
#include <QVariantMap>

namespace citykb {

namespace {

QString settingsKey(RecordType type, const QString &what)
{
    return QStringLiteral("columns/%1/%2").arg(specFor(type).word, what);
}

constexpr int TitleWidth = 320; // the title is what a reader scans
constexpr int ColumnWidth = 140;

} // namespace

ListColumns::ListColumns(QTableView *view, RecordListModel *model) : QObject(view), m_view(view), m_model(model)
{
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionsMovable(true);
    // While the model changes type, the header's sections are neither the old type's nor the
    // new one's: nothing it does then is a choice to save. Once it has caught up (its own
    // slot was connected first), the new type's choice is shown.
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this]() { m_restoring = true; });
    connect(m_model, &QAbstractItemModel::modelReset, this, &ListColumns::restore);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QWidget::customContextMenuRequested, this, &ListColumns::showMenu);
    connect(header, &QHeaderView::sectionMoved, this, [this]() {
        if (!m_restoring)
            save();
    });
    connect(header, &QHeaderView::sectionResized, this, [this]() {
        if (!m_restoring)
            save();
    });
    // A list column cannot be sorted by the store: the indicator goes back where it was.
    connect(header, &QHeaderView::sortIndicatorChanged, this, [this](int column, Qt::SortOrder) {
        if (m_restoring || m_model->canSort(column))
            return;
        const QString sort = m_model->sortKey();
        const QString field = sort.startsWith(QLatin1Char('-')) ? sort.mid(1) : sort;
        QSignalBlocker block(m_view->horizontalHeader());
        m_view->horizontalHeader()->setSortIndicator(field.isEmpty() ? -1 : columnOf(field),
                                                     sort.startsWith(QLatin1Char('-')) ? Qt::DescendingOrder : Qt::AscendingOrder);
    });
}

QStringList ListColumns::defaultColumns(RecordType type)
{
    const QString title = specFor(type).titleField;
    auto with = [&](std::initializer_list<const char *> fields) {
        QStringList columns{title};
        for (const char *f : fields)
            columns.append(QString::fromLatin1(f));
        return columns;
    };
    switch (type) {
    case RecordType::Taxonomy: return with({"vocabulary"});
    case RecordType::Document: return with({"kind", "date", "organisation", "language"});
    case RecordType::Network: return with({"acronym", "kind", "scope", "members_count", "headquarters"});
    case RecordType::Organisation: return with({"kind", "country", "city"});
    case RecordType::City: return with({"country", "population", "region"});
    case RecordType::Forum: return with({"network", "chair"});
    case RecordType::WorkingGroup: return with({"network", "kind", "lead_city"});
    case RecordType::Person: return with({"role", "organisation_name", "network"});
    case RecordType::Practice: return with({"cities", "themes", "period", "status"});
    case RecordType::Event: return with({"kind", "date_text", "place", "status"});
    case RecordType::Questionnaire: return with({"version", "status"});
    case RecordType::Response: return with({"subject_network", "date", "mode", "status"});
    case RecordType::Recommendation: return with({"number", "audience", "document"});
    }
    return {title};
}

int ListColumns::columnOf(const QString &field) const
{
    for (int column = 0; column < m_model->columnCount(); ++column) {
        if (m_model->columnField(column) == field)
            return column;
    }
    return -1;
}

void ListColumns::restore()
{
    const RecordType type = m_model->type();
    QSettings settings;
    QStringList fields = settings.value(settingsKey(type, QStringLiteral("shown"))).toStringList();
    if (fields.isEmpty())
        fields = defaultColumns(type);
    const QVariantMap widths = settings.value(settingsKey(type, QStringLiteral("widths"))).toMap();

    m_restoring = true;
    QHeaderView *header = m_view->horizontalHeader();
    // The chosen fields first, in their order; the others hidden behind them.
    int visual = 0;
    for (const QString &field : std::as_const(fields)) {
        const int column = columnOf(field);
        if (column < 0)
            continue; // a field a spec no longer has
        header->moveSection(header->visualIndex(column), visual++);
    }
    for (int column = 0; column < m_model->columnCount(); ++column) {
        const QString field = m_model->columnField(column);
        header->setSectionHidden(column, column != 0 && !fields.contains(field));
        const int width = widths.value(field).toInt();
        header->resizeSection(column, width > 0 ? width : (column == 0 ? TitleWidth : ColumnWidth));
    }
    m_restoring = false;
}

QStringList ListColumns::visibleFields() const
{
    QHeaderView *header = m_view->horizontalHeader();
    QStringList fields;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int column = header->logicalIndex(visual);
        if (!header->isSectionHidden(column))
            fields.append(m_model->columnField(column));
    }
    return fields;
}

void ListColumns::setFieldVisible(const QString &field, bool visible)
{
    const int column = columnOf(field);
    if (column <= 0)
        return; // the title always shows
    m_view->horizontalHeader()->setSectionHidden(column, !visible);
    if (visible && m_view->horizontalHeader()->sectionSize(column) == 0)
        m_view->horizontalHeader()->resizeSection(column, ColumnWidth);
    save();
}

void ListColumns::save() const
{
    QSettings settings;
    const RecordType type = m_model->type();
    settings.setValue(settingsKey(type, QStringLiteral("shown")), visibleFields());
    QVariantMap widths;
    for (int column = 0; column < m_model->columnCount(); ++column) {
        if (!m_view->horizontalHeader()->isSectionHidden(column))
            widths.insert(m_model->columnField(column), m_view->horizontalHeader()->sectionSize(column));
    }
    settings.setValue(settingsKey(type, QStringLiteral("widths")), widths);
}

void ListColumns::showMenu(const QPoint &position)
{
    QMenu menu(m_view);
    menu.setAccessibleName(tr("Columns"));
    for (int column = 0; column < m_model->columnCount(); ++column) {
        const QString field = m_model->columnField(column);
        QAction *action = menu.addAction(DisplayNames::field(field));
        action->setCheckable(true);
        action->setChecked(!m_view->horizontalHeader()->isSectionHidden(column));
        action->setEnabled(column != 0);
        connect(action, &QAction::toggled, this, [this, field](bool on) { setFieldVisible(field, on); });
    }
    menu.addSeparator();
    connect(menu.addAction(tr("Reset Columns")), &QAction::triggered, this, [this]() {
        QSettings settings;
        settings.remove(QStringLiteral("columns/%1").arg(specFor(m_model->type()).word));
        restore();
    });
    menu.exec(m_view->horizontalHeader()->mapToGlobal(position));
}

} // namespace citykb
