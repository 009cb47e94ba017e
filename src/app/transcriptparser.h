#pragma once

#include "core/typedviews.h"
#include "ingest/extracteddocument.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace citykb {

// Reading documents that hold filled-in questionnaires (interview transcripts), in the shape of
// the seed study: a heading naming the subject ("01: Filled in questionnaire: Eurotowns"), then
// the questions, each followed by its answer. Questions are told by their text, matched loosely
// (a number printed before them helps but is not needed: Word numbers lists by style, and
// transcripts misnumber). Pure: nothing here touches the store (docs/architecture.md,
// "Questionnaires").

// One line of a document as the transcript reader walks it.
struct TranscriptLine
{
    QString text;
    int paragraph = 0;    // lines of one paragraph share it
    int headingLevel = 0; // > 0 for a heading
};

// A question as the document words it.
struct TranscriptQuestion
{
    int number = 0; // as printed, else its place (from 1)
    QString text;
    QString kind;   // guessed from the wording: yes_no, yes_no_explain, contact_details, free_text
    QStringList choices;
};

// One filled-in questionnaire in the document.
struct TranscriptCopy
{
    QString subject;     // the name after "Filled in questionnaire:"
    QString heading;     // that heading as printed, for the response's source
    QString date;        // YYYY-MM-DD (or YYYY-MM) when the document gives one
    QString mode;        // phone, in person, video call, e-mail or skype when it says
    QString interviewer;
    QList<TranscriptLine> lines; // what follows the heading, up to the next copy
};

// What a document holding filled-in questionnaires says, before anything is matched to the KB.
struct Transcript
{
    QString title;        // of the questionnaire, when the document names it
    QString introduction;
    QString templateHeading; // the heading of the section holding the empty questionnaire
    QList<TranscriptQuestion> questions;
    // The questions are guesses from a single copy without numbers or an empty questionnaire
    // (every line that asks): good only for finding a questionnaire the KB has.
    bool questionsUncertain = false;
    QList<TranscriptCopy> copies;
    QStringList boilerplate; // the questionnaire's own wording (title, introduction, thanks), normalised
};

// A question answers may be placed under: the number of the questionnaire's question (0: the
// questionnaire has none like it; its answers go to the notes) and the wordings it may appear in.
struct AnswerTarget
{
    int number = 0;
    QString kind;
    QStringList texts;
};

struct PlacedAnswer
{
    int question = 0;
    QString text;
    QString choice; // yes/no for yes/no questions whose answer starts with one
};

// A filled-in copy with its answers under their questions.
struct PlacedCopy
{
    QList<PlacedAnswer> answers;
    // Text that matched no question of the questionnaire, in the document's order: text before
    // the first question, and answers to questions the questionnaire does not have (with the
    // question). It goes to the response's notes.
    QStringList unplaced;
    int repeatedLines = 0; // lines that repeat the questionnaire's own wording, left out
};

// The filled-in questionnaires in a document, or nullopt when it holds none (no heading naming
// a filled-in questionnaire, or no questions to be found).
std::optional<Transcript> readTranscript(const QList<ingest::ExtractedSection> &sections);

// Places the lines of `copy` under `targets`.
PlacedCopy placeAnswers(const Transcript &transcript, const TranscriptCopy &copy, const QList<AnswerTarget> &targets);

// For each of `found`, the number of the question of `questions` it is (0: none): matched by
// wording, each question of `questions` at most once.
QList<int> matchQuestions(const QList<TranscriptQuestion> &found, const QList<Question> &questions);

// How alike two texts are, from 0 to 1, by their words (case, punctuation, quotes and a leading
// number aside).
double textSimilarity(const QString &a, const QString &b);

// "12 March 2018", "March 12, 2018", "12.03.2018", "2018-03-12", "March 2018" → a date of the
// data model; empty when the text holds none.
QString dateFromText(const QString &text);
// The interview mode a text names ("by phone", "Skype", "face to face"), or empty.
QString modeFromText(const QString &text);

} // namespace citykb
