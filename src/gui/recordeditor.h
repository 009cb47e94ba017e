#pragma once

#include "core/recordspec.h"

#include <QDialog>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

class QLabel;
class QWidget;

namespace Ui {
class RecordEditor;
}

namespace citykb {

class SessionHost;

// A record's form, built from its spec so that a field added to a spec shows up here: a line
// or a text box per text field (a list of choices where the spec fixes them), numbers, yes/no,
// references and lists of references picked from searchable lists of titles (never typed
// keys), lists of objects (a practice's outcomes, a city's memberships) as editable tables,
// a network's fees and eligibility and a working group's work plans in forms of their own
// (FeesTable, EligibilityEditor, WorkPlanEditor), and other JSON fields as JSON text. What is
// wrong shows under the field it concerns while typing, and Save stays off until the record
// is valid.
//
// The dialog does not write: accepted, it hands the record as it was and as it is now to the
// caller, which saves it as an undoable step.
class RecordEditor : public QDialog
{
    Q_OBJECT

public:
    // An editor for the record `key` of `type`, or for a new one when `key` is empty.
    RecordEditor(SessionHost &host, RecordType type, const QString &key, QWidget *parent = nullptr);
    ~RecordEditor() override;

    RecordType type() const { return m_type; }
    // The record as it was read (empty for a new one) and its revision.
    const QJsonObject &original() const { return m_original; }
    qint64 originalRevision() const { return m_revision; }
    // The record as the form holds it; nullopt with `problem` set when a field cannot be read.
    std::optional<QJsonObject> record(QString *problem = nullptr) const;
    // Whether the record and the lists to pick from have been read.
    bool isLoaded() const { return m_loaded; }

    // Whether two versions of a record hold the same (revision, id and times aside), compared
    // as the store writes them: 3500 and 3500.0 are one amount.
    static bool sameRecord(const QJsonObject &a, const QJsonObject &b);

    // Fills a field as a user would (for tests): text, number, a choice's value, a reference's
    // or a list's keys (JSON array), a table's rows (JSON array of objects).
    bool setFieldValue(const QString &field, const QJsonValue &value);

Q_SIGNALS:
    void loaded();

private:
    struct Loaded;
    struct FieldEditor
    {
        QString name;
        std::function<QJsonValue()> value; // undefined: empty; null: unreadable
        std::function<void(const QJsonValue &)> setValue;
        std::function<QString()> check; // what the field's own form finds wrong; may be empty
        QLabel *problem = nullptr;
    };

    void build(const Loaded &loaded);
    void addField(const FieldSpec &field, const Loaded &loaded);
    void addKeyList(const ChildSpec &child, const Loaded &loaded);
    void addObjectList(const ChildSpec &child);
    void addRow(const QString &name, QWidget *editor, std::function<QJsonValue()> value,
                std::function<void(const QJsonValue &)> setValue, std::function<QString()> check = {});
    // The hand-made form of a JSON field, if it has one.
    bool addJsonForm(const FieldSpec &field);
    void validate();

    std::unique_ptr<Ui::RecordEditor> m_ui;
    SessionHost &m_host;
    RecordType m_type;
    QString m_key;
    QJsonObject m_original;
    qint64 m_revision = 0;
    bool m_loaded = false;
    QList<FieldEditor> m_fields;
    QTimer m_validateDelay;
};

} // namespace citykb
