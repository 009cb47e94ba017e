#include "responseexportdialog.h"

#include "app/job.h"
#include "app/sessionhost.h"
#include "ui_responseexport.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QPushButton>
#include <QStandardPaths>

namespace citykb {

namespace {

QString extensionOf(TableFormat format)
{
    switch (format) {
    case TableFormat::Csv:
        return QStringLiteral("csv");
    case TableFormat::Xlsx:
        return QStringLiteral("xlsx");
    case TableFormat::Json:
        return QStringLiteral("json");
    }
    return QStringLiteral("csv");
}

} // namespace

ResponseExportDialog::ResponseExportDialog(SessionHost &host, const QString &questionnaire, const QString &title, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ResponseExport>()), m_host(host), m_questionnaire(questionnaire)
{
    m_ui->setupUi(this);
    m_ui->headerLabel->setText(tr("Export the responses to “%1”: one row per response, one column per question.").arg(title));
    m_ui->formatBox->addItem(tr("CSV (spreadsheets, data tools)"), int(TableFormat::Csv));
    m_ui->formatBox->addItem(tr("Excel workbook (XLSX)"), int(TableFormat::Xlsx));
    m_ui->formatBox->addItem(tr("JSON"), int(TableFormat::Json));
    m_ui->personalDataBox->setChecked(false);
    m_ui->personalDataBox->setToolTip(tr("Left out, e-mail addresses and phone numbers show as “withheld”."));
    m_ui->progressBar->setVisible(false);
    m_ui->messageLabel->setVisible(false);
    m_exportButton = m_ui->buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    m_exportButton->setDefault(true);
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString base = questionnaire;
    base.replace(QLatin1Char('/'), QLatin1Char('-'));
    m_ui->fileEdit->setText(QDir(documents.isEmpty() ? QDir::homePath() : documents).filePath(base + QStringLiteral("-responses.csv")));

    connect(m_ui->formatBox, &QComboBox::currentIndexChanged, this, [this]() {
        if (!m_ui->fileEdit->text().trimmed().isEmpty())
            m_ui->fileEdit->setText(withExtension(m_ui->fileEdit->text().trimmed()));
    });
    connect(m_ui->fileEdit, &QLineEdit::textChanged, this, &ResponseExportDialog::updateButtons);
    connect(m_ui->browseButton, &QPushButton::clicked, this, &ResponseExportDialog::chooseFile);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &ResponseExportDialog::startExport);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &ResponseExportDialog::reject);
    updateButtons();
}

ResponseExportDialog::~ResponseExportDialog() = default;

void ResponseExportDialog::setFormat(TableFormat format)
{
    m_ui->formatBox->setCurrentIndex(m_ui->formatBox->findData(int(format)));
}

TableFormat ResponseExportDialog::format() const
{
    return TableFormat(m_ui->formatBox->currentData().toInt());
}

void ResponseExportDialog::setFile(const QString &file)
{
    m_ui->fileEdit->setText(file);
}

void ResponseExportDialog::setPersonalData(bool include)
{
    m_ui->personalDataBox->setChecked(include);
}

QString ResponseExportDialog::withExtension(const QString &file) const
{
    const QFileInfo info(file);
    const QString wanted = extensionOf(format());
    const QString suffix = info.suffix().toLower();
    if (suffix == wanted)
        return file;
    if (suffix == QLatin1String("csv") || suffix == QLatin1String("xlsx") || suffix == QLatin1String("json"))
        return file.left(file.size() - suffix.size()) + wanted;
    return file + QLatin1Char('.') + wanted;
}

void ResponseExportDialog::chooseFile()
{
    const QString filter = format() == TableFormat::Csv    ? tr("CSV files (*.csv)")
                           : format() == TableFormat::Xlsx ? tr("Excel workbooks (*.xlsx)")
                                                           : tr("JSON files (*.json)");
    const QString file = QFileDialog::getSaveFileName(this, tr("Export Responses"), m_ui->fileEdit->text(), filter);
    if (!file.isEmpty())
        m_ui->fileEdit->setText(withExtension(file));
}

void ResponseExportDialog::updateButtons()
{
    const bool running = isRunning();
    m_exportButton->setEnabled(!running && !m_ui->fileEdit->text().trimmed().isEmpty());
    m_ui->formatBox->setEnabled(!running);
    m_ui->fileEdit->setEnabled(!running);
    m_ui->browseButton->setEnabled(!running);
    m_ui->personalDataBox->setEnabled(!running);
    m_ui->buttons->button(QDialogButtonBox::Close)->setText(running ? tr("Cancel") : tr("Close"));
}

void ResponseExportDialog::startExport()
{
    if (isRunning() || m_ui->fileEdit->text().trimmed().isEmpty())
        return;
    const QString file = m_ui->fileEdit->text().trimmed();
    const bool personal = m_ui->personalDataBox->isChecked();
    auto result = std::make_shared<ResponseExportResult>();
    m_job = m_host.startJob(tr("Exporting responses"), SessionHost::JobPlace::Readers,
                            ResponseExportService::job(m_questionnaire, format(), file,
                                                       personal ? ExportService::PersonalData::Include
                                                                : ExportService::PersonalData::Leave,
                                                       result),
                            this);
    m_ui->progressBar->setRange(0, 0); // busy until the first report
    m_ui->progressBar->setVisible(true);
    m_ui->messageLabel->setText(tr("Exporting…"));
    m_ui->messageLabel->setVisible(true);
    updateButtons();
    connect(m_job, &Job::progress, this, [this](qint64 done, qint64 total) {
        if (total > 0) {
            m_ui->progressBar->setRange(0, int(total));
            m_ui->progressBar->setValue(int(done));
        }
    });
    connect(m_job, &Job::finished, this, [this, result, file, personal](const Status &status) {
        m_job->deleteLater();
        m_job.clear();
        m_ui->progressBar->setRange(0, 1);
        m_ui->progressBar->setValue(status ? 1 : 0);
        QString message;
        if (status) {
            const QString where = QDir::toNativeSeparators(result->file.isEmpty() ? file : result->file);
            const int count = result->responses;
            if (personal)
                message = count == 1 ? tr("Exported 1 response to %1, with e-mail addresses and phone numbers.").arg(where)
                                     : tr("Exported %n responses to %1, with e-mail addresses and phone numbers.", nullptr, count).arg(where);
            else
                message = count == 1 ? tr("Exported 1 response to %1, without e-mail addresses and phone numbers.").arg(where)
                                     : tr("Exported %n responses to %1, without e-mail addresses and phone numbers.", nullptr, count)
                                           .arg(where);
        } else if (status.errorKind() == ErrorKind::Cancelled) {
            message = tr("The export was cancelled; no file was written.");
        } else {
            message = tr("The export failed: %1").arg(status.error());
        }
        m_ui->messageLabel->setText(message);
        updateButtons();
        Q_EMIT finished(status.ok(), message);
    });
}

void ResponseExportDialog::reject()
{
    if (isRunning()) {
        m_job->cancel();
        return;
    }
    QDialog::reject();
}

} // namespace citykb
