#include "kbopener.h"

#include "mainwindow.h"

#include <QFileDialog>
#include <QMessageBox>
#include <QPushButton>

namespace citykb {

KbOpener::KbOpener(SessionHost &host, QString seedDir, QObject *parent)
    : QObject(parent), m_host(host), m_seedDir(std::move(seedDir))
{
    connect(&m_host, &SessionHost::opened, this, &KbOpener::onOpened);
}

KbOpener::~KbOpener()
{
    delete m_window;
}

void KbOpener::open(const QString &dir, SessionHost::OpenMode mode)
{
    m_dir = dir;
    m_host.open(dir, mode, mode == SessionHost::OpenMode::OpenExisting ? QString() : m_seedDir);
}

void KbOpener::onOpened(const Status &status)
{
    if (!status) {
        askWhatNext(status.error());
        return;
    }
    delete m_window;
    m_window = new MainWindow(m_host, m_dir);
    m_window->setAttribute(Qt::WA_DeleteOnClose, false);
    m_window->show();
}

void KbOpener::askWhatNext(const QString &problem)
{
    QMessageBox box(QMessageBox::Warning, tr("CityKB"), tr("The knowledge base at %1 cannot be opened.").arg(m_dir));
    box.setInformativeText(problem);
    QPushButton *other = box.addButton(tr("Open Another Folder…"), QMessageBox::AcceptRole);
    QPushButton *create = box.addButton(tr("Create a New Knowledge Base…"), QMessageBox::ActionRole);
    box.addButton(QMessageBox::Close);
    box.setDefaultButton(other);
    box.exec();
    if (box.clickedButton() == other) {
        const QString dir = QFileDialog::getExistingDirectory(nullptr, tr("Open a Knowledge Base Folder"), m_dir);
        if (!dir.isEmpty()) {
            open(dir, SessionHost::OpenMode::OpenExisting);
            return;
        }
    } else if (box.clickedButton() == create) {
        const QString dir = QFileDialog::getExistingDirectory(nullptr, tr("Choose a Folder for the New Knowledge Base"), m_dir);
        if (!dir.isEmpty()) {
            open(dir, SessionHost::OpenMode::Create);
            return;
        }
    }
    Q_EMIT abandoned();
}

} // namespace citykb
