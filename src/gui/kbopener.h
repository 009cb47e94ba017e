#pragma once

#include "app/sessionhost.h"
#include "mainwindow.h"

#include <QObject>
#include <QPointer>

namespace citykb {


// Opens the KB at start-up through the session host (off the GUI thread) and shows the main
// window when it is open. A KB that cannot be opened gets a dialog that says why and offers to
// open another folder, create a new KB, or quit; nothing exits with a bare code.
class KbOpener : public QObject
{
    Q_OBJECT

public:
    KbOpener(SessionHost &host, QString seedDir, QObject *parent = nullptr);
    ~KbOpener() override;

    void open(const QString &dir, SessionHost::OpenMode mode);
    MainWindow *window() const { return m_window; }

Q_SIGNALS:
    // The user gave up: no KB could be opened.
    void abandoned();

private:
    void onOpened(const Status &status);
    void askWhatNext(const QString &problem);

    SessionHost &m_host;
    QString m_seedDir;
    QString m_dir;
    QPointer<MainWindow> m_window;
};

} // namespace citykb
