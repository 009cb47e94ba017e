#include "bundlereader.h"

#include "textdecoder.h"

#include "core/validation.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <vector>

namespace citykb {

namespace {

Result<QByteArray> readWhole(const QString &file)
{
    const QFileInfo info(file);
    if (!info.exists())
        return Result<QByteArray>::failure(QStringLiteral("There is no file %1.").arg(file));
    if (info.isDir())
        return Result<QByteArray>::failure(QStringLiteral("%1 is a folder, not a file.").arg(file));
    if (!info.isFile())
        return Result<QByteArray>::failure(QStringLiteral("%1 is not a regular file.").arg(file));
    QFile f(file);
    if (f.size() > maxJsonFileSize)
        return Result<QByteArray>::failure(QStringLiteral("%1 is larger than %2 MiB.").arg(file).arg(maxJsonFileSize / (1024 * 1024)));
    if (!f.open(QIODevice::ReadOnly))
        return Result<QByteArray>::failure(QStringLiteral("Cannot read %1: %2.").arg(file, f.errorString()));
    return f.readAll();
}

qsizetype lineAt(const QByteArray &bytes, qsizetype offset)
{
    return QByteArrayView(bytes.constData(), std::min(offset, bytes.size())).count('\n') + 1;
}

// QJsonDocument keeps one of two equal keys in an object and drops the other without a word,
// so a second scan of the (already parsed, so well-formed) text finds them.
Status checkDuplicateKeys(const QByteArray &bytes, const QString &sourceName)
{
    struct Frame
    {
        bool object = false;
        bool expectKey = false;
        qsizetype index = 0; // arrays: the item being read
        QString key;         // objects: the member being read
        QSet<QString> keys;
    };
    std::vector<Frame> stack;
    const char *p = bytes.constData();
    const qsizetype n = bytes.size();
    for (qsizetype i = 0; i < n; ++i) {
        switch (p[i]) {
        case '{': stack.push_back(Frame{true, true, 0, {}, {}}); break;
        case '[': stack.push_back(Frame{}); break;
        case '}':
        case ']': stack.pop_back(); break;
        case ',':
            if (!stack.empty()) {
                stack.back().expectKey = stack.back().object;
                ++stack.back().index;
            }
            break;
        case '"': {
            const bool isKey = !stack.empty() && stack.back().expectKey;
            const qsizetype start = i;
            QString key;
            qsizetype run = i + 1; // the start of text without escapes
            for (++i; i < n && p[i] != '"'; ++i) {
                if (p[i] != '\\')
                    continue;
                if (isKey) {
                    key += QString::fromUtf8(p + run, i - run);
                    const char e = p[i + 1];
                    if (e == 'u') {
                        key += QChar(char16_t(QByteArray(p + i + 2, 4).toUShort(nullptr, 16)));
                        i += 4;
                    } else {
                        static const QByteArray from = "bfnrt", to = "\b\f\n\r\t";
                        const qsizetype at = from.indexOf(e);
                        key += at >= 0 ? QChar::fromLatin1(to.at(at)) : QChar::fromLatin1(e);
                    }
                    run = i + 2;
                }
                ++i;
            }
            if (!isKey)
                break;
            key += QString::fromUtf8(p + run, i - run);
            Frame &frame = stack.back();
            if (frame.keys.contains(key)) {
                QString path;
                for (std::size_t level = 0; level + 1 < stack.size(); ++level) {
                    const Frame &f = stack.at(level);
                    path += f.object ? (path.isEmpty() ? QString() : QStringLiteral(".")) + printable(f.key)
                                     : QStringLiteral("[%1]").arg(f.index);
                }
                const QString object = path.isEmpty() ? QStringLiteral("the top-level object")
                                                      : QStringLiteral("the object at %1").arg(path);
                return Status::failure(QStringLiteral("%1, line %2: %3 has the key \"%4\" twice.")
                                           .arg(sourceName)
                                           .arg(lineAt(bytes, start))
                                           .arg(object, printable(key)));
            }
            frame.keys.insert(key);
            frame.key = key;
            frame.expectKey = false;
            break;
        }
        default: break;
        }
    }
    return {};
}

Result<QJsonDocument> parseJson(const QByteArray &bytes, const QString &sourceName)
{
    if (const qsizetype bad = ingest::invalidUtf8Offset(bytes); bad >= 0)
        return Result<QJsonDocument>::failure(QStringLiteral("%1 is not valid JSON: the byte at offset %2 (line %3) is not part of a UTF-8 character.")
                                                  .arg(sourceName)
                                                  .arg(bad)
                                                  .arg(lineAt(bytes, bad)));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error == QJsonParseError::DeepNesting)
        return Result<QJsonDocument>::failure(QStringLiteral("%1 nests arrays and objects more than 1024 levels deep, which no CityKB file does.")
                                                  .arg(sourceName));
    if (error.error != QJsonParseError::NoError) {
        // Report the line, which is what an editor shows.
        return Result<QJsonDocument>::failure(QStringLiteral("%1 is not valid JSON: %2 at line %3.")
                                                  .arg(sourceName, error.errorString())
                                                  .arg(lineAt(bytes, error.offset)));
    }
    if (Status s = checkDuplicateKeys(bytes, sourceName); !s)
        return s.fullError();
    return doc;
}

Status appendRecords(RecordList &out, RecordType type, const QJsonValue &value, const QString &where)
{
    if (!value.isArray())
        return Status::failure(QStringLiteral("%1 must be a JSON array of %2.").arg(where, specFor(type).word));
    const QJsonArray items = value.toArray();
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (!items.at(i).isObject())
            return Status::failure(QStringLiteral("%1, item %2, must be a JSON object.").arg(where).arg(i + 1));
        const QJsonObject record = items.at(i).toObject();
        if (Status s = validateRecord(type, record); !s)
            return Status::failure(QStringLiteral("%1: %2").arg(where, s.error()));
        out.append({type, record});
    }
    return {};
}

} // namespace

Result<Bundle> parseBundle(const QByteArray &json, const QString &sourceName)
{
    using R = Result<Bundle>;
    auto doc = parseJson(json, sourceName);
    if (!doc)
        return doc.fullError();
    if (!doc.value().isObject())
        return R::failure(QStringLiteral("%1 is not a CityKB bundle: it must be a JSON object.").arg(sourceName));
    const QJsonObject root = doc.value().object();
    if (root.value(QStringLiteral("format")).toString() != QLatin1String(bundleFormatName))
        return R::failure(QStringLiteral("%1 is not a CityKB bundle: \"format\" must be \"%2\".")
                                               .arg(sourceName, QLatin1String(bundleFormatName)));
    const QJsonValue version = root.value(QStringLiteral("version"));
    if (!version.isDouble() || version.toInteger() < 1)
        return R::failure(QStringLiteral("%1 has no valid bundle \"version\".").arg(sourceName));
    if (version.toInteger() > bundleFormatVersion)
        return R::failure(QStringLiteral("%1 is a bundle of version %2, newer than this program reads (%3).")
                                               .arg(sourceName).arg(version.toInteger()).arg(bundleFormatVersion));
    const QJsonValue records = root.value(QStringLiteral("records"));
    if (!records.isObject())
        return R::failure(QStringLiteral("%1 needs a \"records\" object.").arg(sourceName));
    const QJsonValue personal = root.value(QLatin1String(bundlePersonalDataField));
    if (!personal.isUndefined() && !personal.isBool())
        return R::failure(QStringLiteral("%1: \"%2\" must be true or false.").arg(sourceName, QLatin1String(bundlePersonalDataField)));
    Bundle bundle;
    bundle.hasPersonalData = personal.toBool(true);
    RecordList &out = bundle.records;
    const QJsonObject byType = records.toObject();
    for (auto it = byType.begin(); it != byType.end(); ++it) {
        const auto type = recordTypeFromWord(it.key());
        if (!type || specFor(*type).word != it.key())
            return R::failure(QStringLiteral("%1 holds an unknown record type \"%2\".").arg(sourceName, printable(it.key())));
        if (Status s = appendRecords(out, *type, it.value(), sourceName + QStringLiteral(", ") + it.key()); !s)
            return s.fullError();
    }
    return bundle;
}

Result<Bundle> readBundleFile(const QString &file)
{
    auto bytes = readWhole(file);
    if (!bytes)
        return bytes.fullError();
    return parseBundle(bytes.value(), file);
}

Result<RecordList> readDataDir(const QString &dir)
{
    if (!QFileInfo(dir).isDir())
        return Result<RecordList>::failure(QStringLiteral("The seed dataset folder %1 does not exist.").arg(dir));
    RecordList out;
    for (RecordType type : loadOrder()) {
        const QDir typeDir(QDir(dir).filePath(specFor(type).word));
        const QStringList files = typeDir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
        for (const QString &name : files) {
            const QString path = typeDir.filePath(name);
            auto bytes = readWhole(path);
            if (!bytes)
                return bytes.fullError();
            auto doc = parseJson(bytes.value(), path);
            if (!doc)
                return doc.fullError();
            const QJsonValue value = doc.value().isArray() ? QJsonValue(doc.value().array()) : QJsonValue();
            if (Status s = appendRecords(out, type, value, path); !s)
                return s.fullError();
        }
    }
    return out;
}

bool looksLikeBundle(const QString &file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    const QByteArray head = f.read(4096);
    return head.contains(bundleFormatName);
}

} // namespace citykb
