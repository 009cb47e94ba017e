#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace citykb {

// The record types of the domain model (DESIGN.md, "The domain").
enum class RecordType {
    Taxonomy,
    Document,
    Network,
    Organisation,
    City,
    Forum,
    WorkingGroup,
    Person,
    Practice,
    Event,
    Questionnaire,
    Response,
    Recommendation,
};

enum class FieldKind {
    Text,    // a JSON string, a TEXT column
    Integer, // a JSON integer, an INTEGER column
    Number,  // any JSON number, a REAL column
    Boolean, // a JSON bool, an INTEGER 0/1 column
    Json,    // a nested JSON object or array kept as JSON text (fees, work plans, ...)
    Ref,     // the key of another record; an INTEGER <column> that holds its id
};

// What happens to a record that refers to one being deleted.
enum class OnDelete {
    Restrict, // the referring record belongs to the target: deleting needs a cascade
    SetNull,  // the reference is dropped, the referring record stays
};

struct FieldSpec
{
    QString name;        // JSON name
    FieldKind kind = FieldKind::Text;
    QString column;      // SQL column (name, or name + "_id" for references)
    bool required = false;
    std::optional<RecordType> target; // for Ref
    OnDelete onDelete = OnDelete::SetNull;
    QStringList allowed; // allowed values of a Text field, empty when free
};

// A list inside a record that the store keeps in a table of its own, one row per item:
// either objects with fields (outcomes, questions, answers, memberships) or a flat list
// of keys of other records (a practice's cities). Rows go with their parent.
struct ChildSpec
{
    QString name;          // JSON name of the list
    QString table;
    QString parentColumn;
    QList<FieldSpec> fields;   // for lists of objects
    std::optional<FieldSpec> flatRef; // for lists of keys: the one reference column
    QString fixedColumn;   // rows of several lists can share a table, told apart here
    QString fixedValue;
    // Items saved one at a time (a response's answers): each row keeps its own revision.
    bool itemRevisions = false;
};

struct RecordSpec
{
    RecordType type;
    QString word;       // the CLI TYPE word, plural: "working-groups"
    QString singular;   // "working-group"
    QString table;
    QString titleField; // the field a user knows the record by: name, title, term
    QList<FieldSpec> fields;
    QList<ChildSpec> children;

    const FieldSpec *field(const QString &name) const;
    const ChildSpec *child(const QString &name) const;
};

const QList<RecordType> &allRecordTypes();
const RecordSpec &specFor(RecordType type);

// "networks", "network", "working_groups", "Working-Group" ... → the type.
std::optional<RecordType> recordTypeFromWord(const QString &word);
QString recordTypeWord(RecordType type);
QStringList recordTypeWords();

// Folder names in data/ and bundle section names are the CLI TYPE words.
// Types in an order where every required reference points to an earlier type.
const QList<RecordType> &loadOrder();

} // namespace citykb
