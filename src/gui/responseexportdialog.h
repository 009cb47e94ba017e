#pragma once

#include "app/responseexportservice.h"

#include <QDialog>
#include <QPointer>

#include <memory>

namespace Ui {
class ResponseExport;
}

class QPushButton;

namespace citykb {

class Job;
class SessionHost;

// Exports the responses to a questionnaire as CSV, XLSX or JSON (issue 12, "Compare and
// export"): the format, the file, and whether e-mail addresses and phone numbers go along (off
// by default). The export runs as a job on the reader pool with progress and cancel; the dialog
// says where the file went or why it could not be written.
class ResponseExportDialog : public QDialog
{
    Q_OBJECT

public:
    // `questionnaire`: the key of any version; `title` names it in the dialog.
    ResponseExportDialog(SessionHost &host, const QString &questionnaire, const QString &title, QWidget *parent = nullptr);
    ~ResponseExportDialog() override;

    void setFormat(TableFormat format);
    TableFormat format() const;
    void setFile(const QString &file);
    void setPersonalData(bool include);
    bool isRunning() const { return !m_job.isNull(); }
    // Starts the export with the choices made; finished() tells how it went.
    void startExport();

Q_SIGNALS:
    void finished(bool ok, const QString &message);

public Q_SLOTS:
    // Cancels a running export; closes otherwise.
    void reject() override;

private:
    void chooseFile();
    void updateButtons();
    // The file name with the extension of the chosen format.
    QString withExtension(const QString &file) const;

    std::unique_ptr<Ui::ResponseExport> m_ui;
    SessionHost &m_host;
    QString m_questionnaire;
    QPushButton *m_exportButton = nullptr;
    QPointer<Job> m_job;
};

} // namespace citykb
