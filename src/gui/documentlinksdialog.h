#pragma once

#include "app/mentionfinder.h"
#include "core/recordspec.h"

#include <QDialog>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QStringList>

#include <memory>

class QUndoStack;

namespace Ui {
class DocumentLinksDialog;
}

namespace citykb {

class SessionHost;
struct Change;

// A curator's links from one document to the networks, cities, working groups and practices
// it mentions (issue 11, "Linking"): the links it has, found in the text or made by hand, with
// the section each is in; a link added to a record picked from a searchable list (never a
// typed key), in a chosen section or the document as a whole; a link removed. Each change goes
// through DocumentLinkService on the session's thread and is one step on `stack`, so Undo
// takes it back. Follows the change stream while open.
class DocumentLinksDialog : public QDialog
{
    Q_OBJECT

public:
    // `context` receives the answers of undo and redo: it must outlive the steps (the window).
    DocumentLinksDialog(SessionHost &host, QUndoStack *stack, const QString &documentKey, QWidget *context);
    ~DocumentLinksDialog() override;

    // Reads the document's links again.
    void refresh();
    // Chooses what to link, as a user would in the lists; false when the list lacks it.
    bool chooseRecord(RecordType type, const QString &key, int section = 0);
    // Links the document to the chosen record, as one undoable step.
    void addChosen();
    // Chooses a link in the list; false when the document has no such link.
    bool chooseLink(RecordType type, const QString &key);
    // Removes the chosen link, as one undoable step.
    void removeChosen();
    // The records linked now, as "TYPE-WORD/KEY".
    QStringList linkedRecords() const;

Q_SIGNALS:
    // The choices and the document's links have been read (again).
    void refreshed();

private:
    struct Loaded;
    void showLoaded(const Loaded &loaded);
    void fillRecords();
    void changeLinks(bool add, RecordType type, const QString &key, int section, const QString &title);

    std::unique_ptr<Ui::DocumentLinksDialog> m_ui;
    SessionHost &m_host;
    QPointer<QUndoStack> m_stack;
    QPointer<QWidget> m_context;
    QString m_key;
    QString m_title;
    QHash<int, QList<std::pair<QString, QString>>> m_choices; // type → (key, title), by title
    QHash<QString, QString> m_titles;                           // "TYPE-WORD/KEY" → title
    QList<Mention> m_links;
    bool m_choicesRead = false;
};

} // namespace citykb
