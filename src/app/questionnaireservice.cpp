#include "questionnaireservice.h"

#include "browseservice.h"
#include "knowledgebase.h"

namespace citykb {

Result<QJsonObject> QuestionnaireService::read(RecordType type, const QString &idKeyOrName)
{
    auto reader = m_kb.reader();
    if (!reader)
        return reader.fullError();
    auto key = resolveRecordKey(*reader.value(), type, idKeyOrName);
    if (!key)
        return key.fullError();
    return reader.value()->get(type, key.value());
}

Result<QuestionnaireView> QuestionnaireService::questionnaire(const QString &idKeyOrName)
{
    auto record = read(RecordType::Questionnaire, idKeyOrName);
    if (!record)
        return record.fullError();
    return QuestionnaireView::from(record.value());
}

Result<ResponseView> QuestionnaireService::response(const QString &idKeyOrName)
{
    auto record = read(RecordType::Response, idKeyOrName);
    if (!record)
        return record.fullError();
    return ResponseView::from(record.value());
}

Result<qint64> QuestionnaireService::saveAnswer(const AnswerWrite &answer)
{
    qint64 revision = 0;
    auto written = m_kb.write([&](Store &store) -> Status {
        auto saved = store.saveAnswer(answer);
        if (!saved)
            return Status(saved.fullError());
        revision = saved.value();
        return {};
    });
    if (!written)
        return written.fullError();
    return revision;
}

} // namespace citykb
