#pragma once

#include "core/result.h"
#include "core/typedviews.h"
#include "store/store.h"

namespace citykb {

class KnowledgeBase;

// Questionnaires and their responses (interviews) as typed views, and answers saved one at a
// time, so that two windows on different questions of one response never overwrite each
// other. Reads are safe on any thread; saveAnswer() belongs to the session's thread.
class QuestionnaireService
{
public:
    explicit QuestionnaireService(KnowledgeBase &kb) : m_kb(kb) {}

    Result<QuestionnaireView> questionnaire(const QString &idKeyOrName);
    Result<ResponseView> response(const QString &idKeyOrName);
    // Saves one answer; returns the new revision of that answer. With an expected revision
    // (the answer's, as the editor read it), an answer saved meanwhile is a Conflict.
    Result<qint64> saveAnswer(const AnswerWrite &answer);

private:
    Result<QJsonObject> read(RecordType type, const QString &idKeyOrName);
    KnowledgeBase &m_kb;
};

} // namespace citykb
