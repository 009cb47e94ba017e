#pragma once

#include "app/transcriptparser.h"
#include "core/result.h"

#include <QString>
#include <QStringList>

namespace citykb {

class Store;

// What importing the filled-in questionnaires of one document did.
struct TranscriptImport
{
    QString questionnaire;         // the key of the questionnaire the answers went under
    bool questionnaireCreated = false;
    int questions = 0;
    QStringList responsesCreated;  // keys, in the document's order
    QStringList responsesFound;    // keys of responses the KB had for the same questionnaire and subject
    QStringList networksCreated;   // keys of the subjects the KB did not know
    // One sentence for each filled-in copy with text that matched no question (it is in that
    // response's notes), and for copies left out.
    QStringList unplaced;

    bool addedAnything() const { return questionnaireCreated || !responsesCreated.isEmpty() || !networksCreated.isEmpty(); }
    // "Questionnaire \"KEY\" (new, 11 questions): 6 responses created, 0 there already."
    QString summary() const;
};

// Writes what `transcript` holds into `store`, inside the caller's transaction (the document
// import's one write): the questionnaire, unless the KB has one asking the same questions (then
// the answers go under its questions, by their numbers); one response per filled-in copy, unless
// the KB has a response to that questionnaire for that subject; the subject's network when the KB
// has no network or organisation of that name or acronym. Responses and new records cite the
// document `documentKey` and the heading they come from. Importing the same transcript again
// writes nothing.
Result<TranscriptImport> importTranscript(Store &store, const Transcript &transcript, const QString &documentKey,
                                          const QString &documentTitle);

} // namespace citykb
