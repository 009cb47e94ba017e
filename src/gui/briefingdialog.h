#pragma once

#include "app/briefingservice.h"
#include "app/job.h" // Status as a signal argument

#include <QDateTime>
#include <QDialog>
#include <QImage>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

namespace Ui {
class BriefingDialog;
}

class QAbstractScrollArea;
class QPushButton;

namespace citykb {

class SessionHost;

// Exports a briefing (issue 13) from the window: what it is on (prefilled from where it was
// opened, changeable), the format, the layout, personal data (off unless ticked), a live
// preview of the pages, and the export itself as a job with progress and stop. The preview is
// built on a reader thread and rebuilt shortly after an option changes; a build overtaken by a
// newer one is dropped.
class BriefingDialog : public QDialog
{
    Q_OBJECT

public:
    BriefingDialog(SessionHost &host, const BriefingScope &scope, QWidget *parent = nullptr);
    ~BriefingDialog() override;

    // Opens a dialog on `scope` that deletes itself when closed.
    static BriefingDialog *showFor(SessionHost &host, const BriefingScope &scope, QWidget *parent);
    // Adds "Export Briefing on …" to the context menu of `view` (for a text view, below its own
    // entries) where `scopeAt` gives a scope for the point (in the viewport's coordinates).
    static void offerOn(QAbstractScrollArea *view, SessionHost &host,
                        std::function<std::optional<BriefingScope>(const QPoint &)> scopeAt);

    // The scope of a record's page: a network, working group or city (by its name); none for
    // other records.
    static std::optional<BriefingScope> scopeForRecord(RecordType type, const QString &name);
    // The scope of a facet value: a theme, target group, success factor or instrument, a
    // network, working group or city; none for other fields.
    static std::optional<BriefingScope> scopeForFacet(const QString &field, const QString &value);
    // The menu entry that opens a briefing on `scope`.
    static QString actionText(const BriefingScope &scope);

    // As the fields set it; a search keeps the filters it was opened with.
    BriefingScope scope() const;
    void setScope(const BriefingScope &scope);
    BriefingFormat format() const;
    void setFormat(BriefingFormat format);
    bool personalData() const;
    void setPersonalData(bool on);

    // The preview: the content of the last build (none before it, or when it failed), its
    // pages (PDF), the page shown and its picture, or its text (HTML and Markdown).
    const std::optional<Briefing> &previewBriefing() const { return m_briefing; }
    bool isPreviewBuilding() const { return m_building || m_painting; }
    QString previewError() const { return m_previewError; }
    int pageCount() const { return m_pageCount; }
    int currentPage() const { return m_page; }
    void showPage(int index);
    QImage pageImage() const { return m_pageImage; }
    QString previewText() const;

    // Exports to `file` as a job (Export… asks for the file first).
    void exportTo(const QString &file);
    bool isExporting() const { return m_job != nullptr; }

Q_SIGNALS:
    // A preview build or page picture arrived (or failed).
    void previewChanged();
    void exportFinished(const citykb::Status &status);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Preview;
    // How large the preview's pages are painted: the view's size, the zoom, the screen.
    struct PageFit
    {
        QSize view;       // the viewport, in logical pixels
        int zoom = 0;     // the row of the zoom box
        int scrollBar = 0;
        double ratio = 1; // device pixels per logical pixel
        double logicalDpi = 96;
        // Whether pages painted for `other` suit this one (fitting the width ignores the height).
        bool operator==(const PageFit &other) const;
    };

    void fillScope(const BriefingScope &scope);
    void showFilters();
    std::optional<BriefingScope> scopeFromFields(QString *why) const;
    BriefingOptions options() const;
    void optionChanged(int delayMs);
    void buildPreview();
    void showPreview(const Preview &preview);
    void showMessage(const QString &message);
    PageFit pageFit() const;
    // Lays the pages out again and paints them for the zoom and the size of the view.
    void paintPages();
    void showCurrentPage();
    void updateNavigation();
    void askForFile();
    void exportDone(const QString &file, const Status &status);
    void chooseStyleFolder();

    std::unique_ptr<Ui::BriefingDialog> m_ui;
    SessionHost &m_host;
    QPushButton *m_exportButton = nullptr;
    BriefingScope m_opened;   // the scope the dialog was opened on: a search's filters come from it
    QDateTime m_date;         // one date for the preview and the file
    QTimer m_buildDelay;
    QTimer m_renderDelay;
    quint64 m_buildGeneration = 0;
    quint64 m_renderGeneration = 0;
    bool m_building = false;
    bool m_painting = false;
    QString m_previewError;
    std::optional<Briefing> m_briefing;
    std::optional<BriefingStyle> m_style;
    QList<QImage> m_pageImages; // PDF: every page, painted for the view
    PageFit m_fit;              // what they were painted for
    int m_pageCount = 0;
    int m_page = 0;
    QImage m_pageImage;
    QString m_text;
    int m_styleIndex = 0; // the layout chosen before "Other folder…"
    QPointer<Job> m_job;
    QString m_exported;
};

} // namespace citykb
