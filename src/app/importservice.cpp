#include "importservice.h"

#include "core/outputfile.h"
#include "ingest/bundlereader.h"
#include "knowledgebase.h"

#include <QFileInfo>

#include <spdlog/spdlog.h>

namespace citykb {

Result<QList<ImportSummary>> ImportService::importFiles(const QStringList &files)
{
    using R = Result<QList<ImportSummary>>;
    // Read and check every file before writing anything.
    QList<Bundle> bundles;
    for (const QString &file : files) {
        if (!QFileInfo::exists(file))
            return R::failure(QStringLiteral("There is no file %1.").arg(file));
        if (const QString kind = nonRegularFileKind(file); !kind.isEmpty())
            return R::failure(QStringLiteral("%1 is %2, not a file to import.").arg(file, kind));
        // A .json file is read as a bundle so that a broken one gets a JSON error, not a shrug.
        if (!looksLikeBundle(file) && !file.endsWith(QLatin1String(".json"), Qt::CaseInsensitive))
            return R::failure(QStringLiteral("%1 is not a CityKB bundle; documents and transcripts cannot be imported yet.").arg(file));
        auto bundle = readBundleFile(file);
        if (!bundle)
            return bundle.fullError();
        bundles.append(std::move(bundle).value());
    }
    QList<ImportBatch> batches;
    for (const Bundle &bundle : bundles) {
        // A bundle without personal data has "[e-mail withheld]" where the KB may have the real
        // thing: it adds what is new and never overwrites.
        batches.append(ImportBatch{bundle.records, bundle.hasPersonalData ? ExistingRecords::Replace : ExistingRecords::Keep});
    }
    QList<ImportSummary> summaries;
    auto written = m_kb.write([&](Store &store) -> Status {
        auto imported = store.importBatches(batches);
        if (!imported)
            return Status(imported.fullError());
        summaries = imported.value();
        return {};
    });
    if (!written) {
        const QString nothing = files.size() > 1 ? QStringLiteral(" Nothing of the %1 files was imported.").arg(files.size()) : QString();
        return R::failure(written.error() + nothing, written.errorKind());
    }
    auto logger = spdlog::get("app");
    for (qsizetype i = 0; i < files.size(); ++i)
        (logger ? logger : spdlog::default_logger())
            ->info("imported {}: {} new, {} replaced, {} kept", files.at(i).toStdString(), summaries.at(i).inserted,
                   summaries.at(i).updated, summaries.at(i).kept);
    return summaries;
}

} // namespace citykb
