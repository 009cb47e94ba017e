#include "briefingdialog.h"

#include "app/sessionhost.h"
#include "notice.h"
#include "ui_briefingdialog.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QPushButton>
#include <QRegularExpression>
#include <QResizeEvent>
#include <QScrollBar>
#include <QStandardPaths>
#include <QStyle>
#include <QTextEdit>
#include <QUrl>

#include <algorithm>

namespace citykb {

// The rows of the zoom combo box.
namespace {
enum class Zoom { FitPage, FitWidth, Actual, OneAndAHalf };
}

bool BriefingDialog::PageFit::operator==(const PageFit &other) const
{
    if (zoom != other.zoom || ratio != other.ratio || logicalDpi != other.logicalDpi)
        return false;
    switch (Zoom(zoom)) {
    case Zoom::FitPage: return view == other.view;
    case Zoom::FitWidth: return view.width() == other.view.width();
    default: return true;
    }
}

// What a reader thread builds for the preview.
struct BriefingDialog::Preview
{
    Briefing briefing;
    std::optional<BriefingStyle> style;
    QList<QImage> pages; // PDF
    PageFit fit;         // what the pages were painted for
    QString text;        // HTML or Markdown
};

namespace {

// The rows of the scope combo box, in the order of the form.
constexpr BriefingScope::Kind kindOrder[] = {
    BriefingScope::Kind::Network, BriefingScope::Kind::WorkingGroup, BriefingScope::Kind::Theme,
    BriefingScope::Kind::City,    BriefingScope::Kind::Practices,    BriefingScope::Kind::Query,
};
BriefingScope::Kind kindAt(int row)
{
    return kindOrder[std::clamp(row, 0, int(std::size(kindOrder)) - 1)];
}

// The rows of the format combo box.
constexpr BriefingFormat formatOrder[] = {BriefingFormat::Pdf, BriefingFormat::Html, BriefingFormat::Markdown};

// The style combo's last row, "Other folder…", is marked so.
constexpr int OtherFolderRole = Qt::UserRole + 1;

// Waits before a rebuild: typing a name waits for a pause, a ticked box rebuilds at once.
constexpr int typingDelayMs = 400;
constexpr int optionDelayMs = 100;
constexpr int resizeDelayMs = 80;

// A file name from a briefing's title: letters, digits, spaces and dashes.
QString fileNameFor(const QString &title, BriefingFormat format)
{
    QString name = title;
    name.replace(QRegularExpression(QStringLiteral("[^\\w\\s-]+"), QRegularExpression::UseUnicodePropertiesOption),
                 QStringLiteral(" "));
    name = name.simplified().left(80).trimmed();
    if (name.isEmpty())
        name = BriefingDialog::tr("Briefing");
    else
        name = BriefingDialog::tr("%1 - briefing").arg(name);
    return name + QLatin1Char('.') + briefingFormatWord(format);
}

// Lays the briefing out on pages and paints each at the resolution `fit` asks for. The pages
// (text documents with timers of the thread that lays them out) live and die on the calling
// thread, so only pictures cross to the window.
Result<QList<QImage>> paintBriefingPages(const Briefing &briefing, const BriefingStyle &style, int zoom, QSize view,
                                                int scrollBar, double ratio, double logicalDpi)
{
    auto laid = BriefingPages::layout(briefing, style);
    if (!laid)
        return laid.fullError();
    const BriefingPages &pages = *laid.value();
    const QSizeF page = pages.pageSizePoints();
    const int margin = 12;
    double pixelsPerPoint = 1;
    switch (Zoom(zoom)) {
    case Zoom::FitPage:
        pixelsPerPoint = std::min((view.width() - 2 * margin) / page.width(), (view.height() - 2 * margin) / page.height());
        break;
    case Zoom::FitWidth: pixelsPerPoint = (view.width() - scrollBar - 2 * margin) / page.width(); break;
    case Zoom::Actual: pixelsPerPoint = logicalDpi / 72.0; break;
    case Zoom::OneAndAHalf: pixelsPerPoint = 1.5 * logicalDpi / 72.0; break;
    }
    const double dpi = std::max(pixelsPerPoint, 0.1) * 72 * ratio;
    QList<QImage> images;
    for (int i = 0; i < pages.pageCount(); ++i) {
        QImage image = pages.pageImage(i, dpi);
        image.setDevicePixelRatio(ratio);
        images.append(image);
    }
    return images;
}

} // namespace

BriefingDialog::BriefingDialog(SessionHost &host, const BriefingScope &scope, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::BriefingDialog>()), m_host(host), m_opened(scope),
      m_date(QDateTime::currentDateTimeUtc())
{
    m_ui->setupUi(this);
    m_ui->personalDataNote->hide();
    m_ui->exportProgress->hide();
    m_ui->stopButton->hide();
    m_ui->openFileButton->hide();
    m_ui->openFolderButton->hide();
    m_ui->filtersLabel->hide();
    // The white pages stand out on a darker ground.
    m_ui->pageArea->viewport()->setBackgroundRole(QPalette::Mid);
    m_ui->pageArea->viewport()->setAutoFillBackground(true);
    m_ui->pageArea->viewport()->installEventFilter(this);

    m_ui->styleCombo->addItem(tr("Standard"), QString());
    m_ui->styleCombo->setItemData(0, tr("The built-in layout, with the files of the knowledge base's briefing folder in place of its own."),
                                  Qt::ToolTipRole);
    m_ui->styleCombo->addItem(tr("Other folder…"));
    m_ui->styleCombo->setItemData(1, true, OtherFolderRole);
    m_ui->styleCombo->setItemData(1, tr("A folder with your own templates and style sheets (see the user guide)."), Qt::ToolTipRole);

    m_exportButton = m_ui->buttonBox->addButton(tr("&Export…"), QDialogButtonBox::ActionRole);
    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    m_exportButton->setDefault(true);
    m_exportButton->setAccessibleName(tr("Export the briefing to a file"));
    connect(m_exportButton, &QPushButton::clicked, this, &BriefingDialog::askForFile);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);

    m_buildDelay.setSingleShot(true);
    connect(&m_buildDelay, &QTimer::timeout, this, &BriefingDialog::buildPreview);
    m_renderDelay.setSingleShot(true);
    m_renderDelay.setInterval(resizeDelayMs);
    connect(&m_renderDelay, &QTimer::timeout, this, &BriefingDialog::paintPages);

    connect(m_ui->scopeKindCombo, &QComboBox::currentIndexChanged, this, [this]() { optionChanged(optionDelayMs); });
    connect(m_ui->scopeEdit, &QLineEdit::textChanged, this, [this]() { optionChanged(typingDelayMs); });
    connect(m_ui->scopeEdit, &QLineEdit::returnPressed, this, &BriefingDialog::buildPreview);
    connect(m_ui->formatCombo, &QComboBox::currentIndexChanged, this, [this]() { optionChanged(optionDelayMs); });
    connect(m_ui->styleCombo, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (m_ui->styleCombo->itemData(index, OtherFolderRole).toBool()) {
            chooseStyleFolder();
            return;
        }
        m_styleIndex = index;
        optionChanged(optionDelayMs);
    });
    connect(m_ui->personalDataCheck, &QCheckBox::toggled, this, [this](bool on) {
        m_ui->personalDataNote->setVisible(on);
        optionChanged(optionDelayMs);
    });
    connect(m_ui->previousButton, &QToolButton::clicked, this, [this]() { showPage(m_page - 1); });
    connect(m_ui->nextButton, &QToolButton::clicked, this, [this]() { showPage(m_page + 1); });
    connect(m_ui->pageSpin, &QSpinBox::valueChanged, this, [this](int value) { showPage(value - 1); });
    connect(m_ui->zoomCombo, &QComboBox::currentIndexChanged, this, &BriefingDialog::paintPages);
    connect(m_ui->stopButton, &QPushButton::clicked, this, [this]() {
        if (m_job)
            m_job->cancel();
    });
    connect(m_ui->openFileButton, &QPushButton::clicked, this,
            [this]() { QDesktopServices::openUrl(QUrl::fromLocalFile(m_exported)); });
    connect(m_ui->openFolderButton, &QPushButton::clicked, this,
            [this]() { QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(m_exported).absolutePath())); });

    fillScope(scope);
    updateNavigation();
    buildPreview();
}

BriefingDialog::~BriefingDialog()
{
    m_ui->pageArea->viewport()->removeEventFilter(this);
    // A closed dialog leaves no file being written behind it.
    if (m_job)
        m_job->cancel();
}

BriefingDialog *BriefingDialog::showFor(SessionHost &host, const BriefingScope &scope, QWidget *parent)
{
    auto *dialog = new BriefingDialog(host, scope, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

void BriefingDialog::offerOn(QAbstractScrollArea *view, SessionHost &host,
                             std::function<std::optional<BriefingScope>(const QPoint &)> scopeAt)
{
    view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(view, &QWidget::customContextMenuRequested, view, [view, &host, scopeAt = std::move(scopeAt)](const QPoint &pos) {
        const std::optional<BriefingScope> scope = scopeAt(pos);
        // A text view keeps its own entries (copy, select all).
        auto *text = qobject_cast<QTextEdit *>(view);
        QMenu *menu = text ? text->createStandardContextMenu() : nullptr;
        if (!scope && !menu)
            return;
        if (!menu)
            menu = new QMenu(view);
        if (scope) {
            if (!menu->isEmpty())
                menu->addSeparator();
            QAction *action = menu->addAction(actionText(*scope));
            connect(action, &QAction::triggered, view, [view, &host, scope = *scope]() { showFor(host, scope, view->window()); });
        }
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->popup(view->viewport()->mapToGlobal(pos));
    });
}

std::optional<BriefingScope> BriefingDialog::scopeForRecord(RecordType type, const QString &name)
{
    if (name.trimmed().isEmpty())
        return std::nullopt;
    switch (type) {
    case RecordType::Network: return BriefingScope::network(name);
    case RecordType::WorkingGroup: return BriefingScope::workingGroup(name);
    case RecordType::City: return BriefingScope::city(name);
    default: return std::nullopt;
    }
}

std::optional<BriefingScope> BriefingDialog::scopeForFacet(const QString &field, const QString &value)
{
    if (value.trimmed().isEmpty())
        return std::nullopt;
    // Every vocabulary's term briefs as a theme does.
    static const QStringList terms{QStringLiteral("theme"), QStringLiteral("target-group"), QStringLiteral("success-factor"),
                                   QStringLiteral("instrument")};
    if (terms.contains(field))
        return BriefingScope::theme(value);
    if (field == QLatin1String("network"))
        return BriefingScope::network(value);
    if (field == QLatin1String("working-group"))
        return BriefingScope::workingGroup(value);
    if (field == QLatin1String("city"))
        return BriefingScope::city(value);
    return std::nullopt;
}

QString BriefingDialog::actionText(const BriefingScope &scope)
{
    switch (scope.kind) {
    case BriefingScope::Kind::Network: return tr("Export Briefing on the Network %1…").arg(scope.name);
    case BriefingScope::Kind::WorkingGroup: return tr("Export Briefing on the Working Group %1…").arg(scope.name);
    case BriefingScope::Kind::Theme: return tr("Export Briefing on the Theme %1…").arg(scope.name);
    case BriefingScope::Kind::City: return tr("Export Briefing on the City %1…").arg(scope.name);
    case BriefingScope::Kind::Practices:
        return scope.practices.size() == 1 ? tr("Export Briefing on the Selected Practice…")
                                           : tr("Export Briefing on the %n Selected Practices…", nullptr, int(scope.practices.size()));
    case BriefingScope::Kind::Query: return tr("Export Briefing on This Search…");
    }
    return {};
}

void BriefingDialog::fillScope(const BriefingScope &scope)
{
    const QSignalBlocker blockKind(m_ui->scopeKindCombo);
    const QSignalBlocker blockText(m_ui->scopeEdit);
    const auto row = std::find(std::begin(kindOrder), std::end(kindOrder), scope.kind) - std::begin(kindOrder);
    m_ui->scopeKindCombo->setCurrentIndex(int(row));
    switch (scope.kind) {
    case BriefingScope::Kind::Practices: m_ui->scopeEdit->setText(scope.practices.join(QStringLiteral(", "))); break;
    case BriefingScope::Kind::Query: m_ui->scopeEdit->setText(scope.query.text); break;
    default: m_ui->scopeEdit->setText(scope.name); break;
    }
    showFilters();
}

// A search keeps the type and filters it was opened with; they show below its text.
void BriefingDialog::showFilters()
{
    QStringList filters;
    if (m_opened.kind == BriefingScope::Kind::Query && kindAt(m_ui->scopeKindCombo->currentIndex()) == BriefingScope::Kind::Query) {
        if (m_opened.query.type)
            filters.append(tr("type: %1").arg(specFor(*m_opened.query.type).word));
        for (const FacetFilter &f : m_opened.query.facets)
            filters.append(tr("%1: %2").arg(f.field, f.value));
    }
    m_ui->filtersLabel->setText(tr("With the filters of the search: %1").arg(filters.join(QStringLiteral(", "))));
    m_ui->filtersLabel->setVisible(!filters.isEmpty());
}

std::optional<BriefingScope> BriefingDialog::scopeFromFields(QString *why) const
{
    const BriefingScope::Kind kind = kindAt(m_ui->scopeKindCombo->currentIndex());
    const QString text = m_ui->scopeEdit->text().trimmed();
    switch (kind) {
    case BriefingScope::Kind::Query: {
        BriefingScope scope = m_opened.kind == BriefingScope::Kind::Query ? m_opened : BriefingScope::search({});
        scope.query.text = text;
        if (text.isEmpty() && scope.query.facets.isEmpty()) {
            *why = tr("Type the text to search for.");
            return std::nullopt;
        }
        return scope;
    }
    case BriefingScope::Kind::Practices: {
        const QStringList ids = text.split(QRegularExpression(QStringLiteral("[,;\\s]+")), Qt::SkipEmptyParts);
        if (ids.isEmpty()) {
            *why = tr("Type the numbers or keys of the practices, separated by commas.");
            return std::nullopt;
        }
        return BriefingScope::selectedPractices(ids);
    }
    case BriefingScope::Kind::Network:
        if (text.isEmpty())
            *why = tr("Type the name of a network.");
        return text.isEmpty() ? std::nullopt : std::optional(BriefingScope::network(text));
    case BriefingScope::Kind::WorkingGroup:
        if (text.isEmpty())
            *why = tr("Type the name of a working group.");
        return text.isEmpty() ? std::nullopt : std::optional(BriefingScope::workingGroup(text));
    case BriefingScope::Kind::Theme:
        if (text.isEmpty())
            *why = tr("Type a theme, a target group or a success factor.");
        return text.isEmpty() ? std::nullopt : std::optional(BriefingScope::theme(text));
    case BriefingScope::Kind::City:
        if (text.isEmpty())
            *why = tr("Type the name of a city.");
        return text.isEmpty() ? std::nullopt : std::optional(BriefingScope::city(text));
    }
    return std::nullopt;
}

BriefingScope BriefingDialog::scope() const
{
    QString why;
    const std::optional<BriefingScope> scope = scopeFromFields(&why);
    if (scope)
        return *scope;
    BriefingScope empty;
    empty.kind = kindAt(m_ui->scopeKindCombo->currentIndex());
    return empty;
}

void BriefingDialog::setScope(const BriefingScope &scope)
{
    m_opened = scope;
    fillScope(scope);
    buildPreview();
}

BriefingFormat BriefingDialog::format() const
{
    return formatOrder[std::clamp(m_ui->formatCombo->currentIndex(), 0, int(std::size(formatOrder)) - 1)];
}

void BriefingDialog::setFormat(BriefingFormat format)
{
    m_ui->formatCombo->setCurrentIndex(int(std::find(std::begin(formatOrder), std::end(formatOrder), format) - std::begin(formatOrder)));
}

bool BriefingDialog::personalData() const
{
    return m_ui->personalDataCheck->isChecked();
}

void BriefingDialog::setPersonalData(bool on)
{
    m_ui->personalDataCheck->setChecked(on);
}

BriefingOptions BriefingDialog::options() const
{
    BriefingOptions options;
    options.personalData = m_ui->personalDataCheck->isChecked();
    options.date = m_date;
    const QString folder = m_ui->styleCombo->currentData().toString();
    if (!folder.isEmpty())
        options.styleDirs = {folder};
    return options;
}

void BriefingDialog::optionChanged(int delayMs)
{
    showFilters();
    m_buildDelay.start(delayMs);
}

void BriefingDialog::buildPreview()
{
    m_buildDelay.stop();
    const quint64 generation = ++m_buildGeneration;
    ++m_renderGeneration; // pictures of the build before are no longer wanted
    m_painting = false;
    QString why;
    const std::optional<BriefingScope> scope = scopeFromFields(&why);
    if (!scope) {
        m_building = false;
        m_previewError = why;
        m_briefing.reset();
        m_style.reset();
        m_pageImages.clear();
        m_pageCount = 0;
        showMessage(why);
        Q_EMIT previewChanged();
        return;
    }
    m_building = true;
    if (!m_briefing)
        showMessage(tr("Preparing the preview…"));
    const BriefingFormat format = this->format();
    m_host.read<Preview>(
        this,
        [scope = *scope, format, options = options(), fit = pageFit()](KnowledgeBase &kb) -> Result<Preview> {
            BriefingService service(kb);
            auto style = service.style(options);
            if (!style)
                return style.fullError();
            auto briefing = service.build(scope, options);
            if (!briefing)
                return briefing.fullError();
            Preview preview;
            preview.briefing = std::move(briefing).value();
            preview.style = style.value();
            if (format == BriefingFormat::Pdf) {
                auto pages = paintBriefingPages(preview.briefing, style.value(), fit.zoom, fit.view, fit.scrollBar, fit.ratio,
                                                fit.logicalDpi);
                if (!pages)
                    return pages.fullError();
                preview.pages = pages.value();
                preview.fit = fit;
                return preview;
            }
            auto text = format == BriefingFormat::Html ? renderBriefingHtml(preview.briefing, style.value())
                                                       : renderBriefingMarkdown(preview.briefing, style.value());
            if (!text)
                return text.fullError();
            preview.text = text.value();
            return preview;
        },
        [this, generation](const Result<Preview> &preview) {
            if (generation != m_buildGeneration)
                return; // options changed meanwhile: a newer build is on its way
            m_building = false;
            if (!preview) {
                m_previewError = preview.error();
                m_briefing.reset();
                m_style.reset();
                m_pageImages.clear();
                m_pageCount = 0;
                showMessage(preview.error());
                Q_EMIT previewChanged();
                return;
            }
            showPreview(preview.value());
        });
}

void BriefingDialog::showPreview(const Preview &preview)
{
    m_previewError.clear();
    m_briefing = preview.briefing;
    m_style = preview.style;
    if (format() == BriefingFormat::Pdf) {
        m_pageImages = preview.pages;
        m_pageCount = int(m_pageImages.size());
        m_page = std::clamp(m_page, 0, std::max(0, m_pageCount - 1));
        m_text.clear();
        m_ui->pageArea->setAccessibleDescription(m_briefing->title);
        m_fit = preview.fit;
        showCurrentPage();
        // The view changed size while the pages were made (the dialog showing, say).
        if (!(m_fit == pageFit()))
            paintPages();
    } else {
        m_pageImages.clear();
        m_pageCount = 0;
        m_page = 0;
        m_text = preview.text;
        m_ui->textPreview->setPlainText(m_text);
        m_ui->previewStack->setCurrentWidget(m_ui->textPreview);
    }
    updateNavigation();
    Q_EMIT previewChanged();
}

void BriefingDialog::showMessage(const QString &message)
{
    m_ui->previewMessage->setText(message);
    m_ui->previewStack->setCurrentWidget(m_ui->previewMessage);
    updateNavigation();
}

QString BriefingDialog::previewText() const
{
    return m_text;
}

void BriefingDialog::showPage(int index)
{
    if (index < 0 || index >= m_pageCount || index == m_page)
        return;
    m_page = index;
    showCurrentPage();
    updateNavigation();
}

void BriefingDialog::showCurrentPage()
{
    if (m_page >= m_pageImages.size())
        return;
    m_pageImage = m_pageImages.at(m_page);
    m_ui->pageView->setPixmap(QPixmap::fromImage(m_pageImage));
    m_ui->pageView->setAccessibleDescription(tr("Page %1 of %2").arg(m_page + 1).arg(m_pageCount));
    m_ui->previewStack->setCurrentWidget(m_ui->pageArea);
}

BriefingDialog::PageFit BriefingDialog::pageFit() const
{
    PageFit fit;
    fit.view = m_ui->pageArea->viewport()->size();
    fit.zoom = m_ui->zoomCombo->currentIndex();
    // Fitting the width leaves room for the vertical scroll bar the page will need, the same
    // whether it shows yet or not.
    fit.scrollBar = style()->pixelMetric(QStyle::PM_ScrollBarExtent);
    if (m_ui->pageArea->verticalScrollBar()->isVisible())
        fit.view.rwidth() += fit.scrollBar;
    fit.ratio = devicePixelRatioF();
    fit.logicalDpi = logicalDpiX();
    return fit;
}

// Paints the pages again for a new zoom or size of the view, on a reader thread.
void BriefingDialog::paintPages()
{
    m_renderDelay.stop();
    if (!m_briefing || !m_style || format() != BriefingFormat::Pdf)
        return;
    const quint64 generation = ++m_renderGeneration;
    m_painting = true;
    const PageFit fit = pageFit();
    m_host.read<QList<QImage>>(
        this,
        [briefing = *m_briefing, style = *m_style, fit](KnowledgeBase &) {
            return paintBriefingPages(briefing, style, fit.zoom, fit.view, fit.scrollBar, fit.ratio, fit.logicalDpi);
        },
        [this, generation, fit](const Result<QList<QImage>> &pages) {
            if (generation != m_renderGeneration)
                return;
            m_painting = false;
            m_fit = fit;
            if (!pages) {
                showMessage(pages.error());
                return;
            }
            m_pageImages = pages.value();
            showCurrentPage();
            updateNavigation();
            Q_EMIT previewChanged();
        });
}

void BriefingDialog::updateNavigation()
{
    const bool pages = m_ui->previewStack->currentWidget() == m_ui->pageArea && m_pageCount > 0;
    m_ui->previousButton->setEnabled(pages && m_page > 0);
    m_ui->nextButton->setEnabled(pages && m_page + 1 < m_pageCount);
    m_ui->pageSpin->setEnabled(pages);
    m_ui->zoomCombo->setEnabled(pages);
    {
        const QSignalBlocker block(m_ui->pageSpin);
        m_ui->pageSpin->setMaximum(std::max(1, m_pageCount));
        m_ui->pageSpin->setValue(m_page + 1);
    }
    m_ui->pageCountLabel->setText(pages ? (m_pageCount == 1 ? tr("1 page") : tr("%n pages", nullptr, m_pageCount)) : QString());
    m_exportButton->setEnabled(!m_job && m_previewError.isEmpty());
}

bool BriefingDialog::eventFilter(QObject *watched, QEvent *event)
{
    // A resized preview paints its pages again at the new size, once the resizing pauses.
    if (watched == m_ui->pageArea->viewport() && event->type() == QEvent::Resize && m_pageCount > 0 && !(m_fit == pageFit()))
        m_renderDelay.start();
    return QDialog::eventFilter(watched, event);
}

void BriefingDialog::chooseStyleFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Folder with a Briefing Layout"));
    const QSignalBlocker block(m_ui->styleCombo);
    if (folder.isEmpty()) {
        m_ui->styleCombo->setCurrentIndex(m_styleIndex);
        return;
    }
    int row = m_ui->styleCombo->findData(folder);
    if (row < 0) {
        row = m_ui->styleCombo->count() - 1; // before "Other folder…"
        m_ui->styleCombo->insertItem(row, QDir(folder).dirName(), folder);
        m_ui->styleCombo->setItemData(row, QDir::toNativeSeparators(folder), Qt::ToolTipRole);
    }
    m_ui->styleCombo->setCurrentIndex(row);
    m_styleIndex = row;
    optionChanged(optionDelayMs);
}

void BriefingDialog::askForFile()
{
    const BriefingFormat format = this->format();
    const QString title = m_briefing ? m_briefing->title : m_ui->scopeEdit->text();
    const QString folder = m_exported.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                                                : QFileInfo(m_exported).absolutePath();
    QString filter;
    switch (format) {
    case BriefingFormat::Pdf: filter = tr("PDF documents (*.pdf)"); break;
    case BriefingFormat::Html: filter = tr("Web pages (*.html)"); break;
    case BriefingFormat::Markdown: filter = tr("Markdown files (*.md)"); break;
    }
    QFileDialog dialog(this, tr("Export Briefing"), folder, filter);
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setDefaultSuffix(briefingFormatWord(format));
    dialog.selectFile(QDir(folder).filePath(fileNameFor(title, format)));
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return;
    exportTo(dialog.selectedFiles().first());
}

void BriefingDialog::exportTo(const QString &file)
{
    if (m_job)
        return;
    QString why;
    const std::optional<BriefingScope> scope = scopeFromFields(&why);
    if (!scope) {
        m_ui->statusLabel->setText(why);
        return;
    }
    m_job = m_host.startJob(tr("Exporting the briefing"), SessionHost::JobPlace::Readers,
                            BriefingService::job(*scope, format(), file, options()), this);
    m_ui->statusLabel->setText(tr("Exporting the briefing to %1…").arg(QDir::toNativeSeparators(file)));
    m_ui->exportProgress->setRange(0, 0);
    m_ui->exportProgress->show();
    m_ui->stopButton->show();
    m_ui->openFileButton->hide();
    m_ui->openFolderButton->hide();
    updateNavigation();
    connect(m_job, &Job::progress, this, [this](qint64 done, qint64 total) {
        m_ui->exportProgress->setRange(0, int(total));
        m_ui->exportProgress->setValue(int(done));
    });
    connect(m_job, &Job::finished, this, [this, file](const Status &status) {
        m_job->deleteLater();
        m_job = nullptr;
        exportDone(file, status);
    });
}

void BriefingDialog::exportDone(const QString &file, const Status &status)
{
    m_ui->exportProgress->hide();
    m_ui->stopButton->hide();
    updateNavigation();
    if (status) {
        m_exported = file;
        m_ui->statusLabel->setText(tr("Saved the briefing as %1.").arg(QDir::toNativeSeparators(file)));
        m_ui->openFileButton->show();
        m_ui->openFolderButton->show();
    } else if (status.errorKind() == ErrorKind::Cancelled) {
        m_ui->statusLabel->setText(tr("The export was stopped; no file was written."));
    } else {
        m_ui->statusLabel->setText(status.error());
        showProblem(this, tr("Export Briefing"), status.error());
    }
    Q_EMIT exportFinished(status);
}

} // namespace citykb
