// Transcripts of filled-in questionnaires (issue 12): the reader's pieces (dates, modes, how
// questions are told from answers), the seed study into an empty and into the seeded KB, and
// DOCX and ODT transcripts made here, with list-numbered questions whose numbers are not in
// the text, each answer checked against the question it must be under.
#include "app/documentimportservice.h"
#include "app/questionnaireservice.h"
#include "app/transcriptparser.h"
#include "testsupport.h"

#include <QBuffer>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <quazip.h>
#include <quazipfile.h>

using namespace citykb;

namespace {

// A document as a list of blocks, written as DOCX or ODT.
struct Block
{
    enum Kind { Title, Heading, Paragraph, ListItem };
    Kind kind;
    QString text;
};

QByteArray zip(const QList<std::tuple<QString, QByteArray, bool>> &entries)
{
    QBuffer buffer;
    {
        QuaZip archive(&buffer);
        if (!archive.open(QuaZip::mdCreate))
            qFatal("cannot create a ZIP in memory");
        for (const auto &[name, data, stored] : entries) {
            QuaZipFile file(&archive);
            if (!file.open(QIODevice::WriteOnly, QuaZipNewInfo(name), nullptr, 0, stored ? 0 : Z_DEFLATED))
                qFatal("cannot add to a ZIP");
            file.write(data);
            file.close();
        }
        archive.close();
    }
    return buffer.data();
}

QByteArray escaped(const QString &text)
{
    return text.toHtmlEscaped().toUtf8();
}

// Word: headings by style, questions as list paragraphs (w:numPr) whose numbers Word draws.
QByteArray docx(const QList<Block> &blocks)
{
    const QByteArray ns = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";
    QByteArray body;
    for (const Block &b : blocks) {
        QByteArray properties;
        switch (b.kind) {
        case Block::Title: properties = "<w:pStyle w:val=\"Title\"/>"; break;
        case Block::Heading: properties = "<w:pStyle w:val=\"Heading1\"/>"; break;
        case Block::ListItem:
            properties = "<w:pStyle w:val=\"ListParagraph\"/><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr>";
            break;
        case Block::Paragraph: break;
        }
        body += "<w:p><w:pPr>" + properties + "</w:pPr><w:r><w:t xml:space=\"preserve\">" + escaped(b.text) + "</w:t></w:r></w:p>";
    }
    const QByteArray document = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document " + ns + "><w:body>" + body
                                + "</w:body></w:document>";
    const QByteArray styles = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:styles " + ns + ">"
                              "<w:style w:type=\"paragraph\" w:styleId=\"Title\"><w:name w:val=\"Title\"/></w:style>"
                              "<w:style w:type=\"paragraph\" w:styleId=\"Heading1\"><w:name w:val=\"heading 1\"/></w:style>"
                              "<w:style w:type=\"paragraph\" w:styleId=\"ListParagraph\"><w:name w:val=\"List Paragraph\"/></w:style>"
                              "</w:styles>";
    const QByteArray numbering = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:numbering " + ns + ">"
                                 "<w:abstractNum w:abstractNumId=\"0\"><w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/>"
                                 "<w:lvlText w:val=\"%1.\"/></w:lvl></w:abstractNum><w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>"
                                 "</w:numbering>";
    return zip({{QStringLiteral("[Content_Types].xml"), "<Types/>", false},
                {QStringLiteral("word/document.xml"), document, false},
                {QStringLiteral("word/styles.xml"), styles, false},
                {QStringLiteral("word/numbering.xml"), numbering, false}});
}

// ODF: headings as text:h, questions as items of a numbered text:list.
QByteArray odt(const QList<Block> &blocks)
{
    QByteArray body;
    bool inList = false;
    for (const Block &b : blocks) {
        if (inList && b.kind != Block::ListItem) {
            body += "</text:list>";
            inList = false;
        }
        switch (b.kind) {
        case Block::Title: body += "<text:p text:style-name=\"Title\">" + escaped(b.text) + "</text:p>"; break;
        case Block::Heading: body += "<text:h text:outline-level=\"1\">" + escaped(b.text) + "</text:h>"; break;
        case Block::Paragraph: body += "<text:p>" + escaped(b.text) + "</text:p>"; break;
        case Block::ListItem:
            if (!inList)
                body += "<text:list text:style-name=\"Numbering_20_123\">";
            inList = true;
            body += "<text:list-item><text:p>" + escaped(b.text) + "</text:p></text:list-item>";
            break;
        }
    }
    if (inList)
        body += "</text:list>";
    const QByteArray content = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content "
                               "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
                               "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" office:version=\"1.2\">"
                               "<office:body><office:text>" + body + "</office:text></office:body></office:document-content>";
    return zip({{QStringLiteral("mimetype"), "application/vnd.oasis.opendocument.text", true},
                {QStringLiteral("content.xml"), content, false}});
}

const QStringList questions{QStringLiteral("Your name and contact details (e-mail, phone):"),
                            QStringLiteral("Is your network familiar with the people-helping-people approach? YES/NO"),
                            QStringLiteral("How does your network involve volunteers in public services?"),
                            QStringLiteral("Which working group could take up the theme, and why?"),
                            QStringLiteral("How can other cities join your network?")};

// Two interviews after the empty questionnaire.
QList<Block> twoInterviews()
{
    QList<Block> b{{Block::Title, QStringLiteral("Interviews with city networks")},
                   {Block::Heading, QStringLiteral("The questionnaire")},
                   {Block::Paragraph, QStringLiteral("Questionnaire on volunteering in networks")},
                   {Block::Paragraph, QStringLiteral("We ask each network the same five questions about volunteers.")}};
    for (const QString &q : questions)
        b.append({Block::ListItem, q});
    b.append({Block::Paragraph, QStringLiteral("Thank you for your answers!")});
    b += QList<Block>{{Block::Heading, QStringLiteral("Filled in questionnaire: Testville Network")},
                      {Block::Paragraph, QStringLiteral("Date of interview: 12 March 2018")},
                      {Block::Paragraph, QStringLiteral("Mode: phone")},
                      {Block::Paragraph, QStringLiteral("Interviewer: Anna Muster")},
                      {Block::ListItem, questions.at(0)},
                      {Block::Paragraph, QStringLiteral("Jan Jansen, coordinator; e-mail jan@testville.eu")},
                      {Block::ListItem, questions.at(1)},
                      {Block::Paragraph, QStringLiteral("Yes, since 2015.")},
                      {Block::ListItem, questions.at(2)},
                      {Block::Paragraph, QStringLiteral("Through a volunteer desk in every member city:")},
                      {Block::ListItem, QStringLiteral("Training for volunteers.")},
                      {Block::ListItem, QStringLiteral("Matching volunteers with services.")},
                      {Block::ListItem, questions.at(4)},
                      {Block::Paragraph, QStringLiteral("Any town of 50,000 inhabitants or more may join.")},
                      {Block::Paragraph, QStringLiteral("Thank you for your answers!")},
                      {Block::Heading, QStringLiteral("Filled in questionnaire: Riverside Cities (in person, 5 April 2018)")},
                      {Block::Paragraph, QStringLiteral("Interview notes typed up from a recording.")},
                      {Block::ListItem, questions.at(0)},
                      {Block::Paragraph, QStringLiteral("Mia Rossi, secretary general")},
                      {Block::ListItem, questions.at(1)},
                      {Block::Paragraph, QStringLiteral("No.")},
                      {Block::ListItem, questions.at(2)},
                      {Block::Paragraph, QStringLiteral("Not yet. Why would volunteers come?")},
                      {Block::Paragraph, QStringLiteral("Our members ask that too.")},
                      {Block::ListItem, questions.at(3)},
                      {Block::Paragraph, QStringLiteral("The social affairs group, as it meets monthly.")},
                      {Block::ListItem, questions.at(4)},
                      {Block::Paragraph, QStringLiteral("By a letter of the mayor.")}};
    return b;
}

QString writeFile(const QString &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = QDir(dir).filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

QString seedFile()
{
    return QDir(qEnvironmentVariable("CITYKB_SEEDS")).filePath(QStringLiteral("002_53723598b53d50a0.txt"));
}

ingest::ExtractedSection section(QStringList path, QString text)
{
    return ingest::ExtractedSection{std::move(path), std::move(text), 0};
}

} // namespace

class TestTranscripts : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    int m_n = 0;

    std::unique_ptr<KnowledgeBase> emptyKb()
    {
        auto kb = KnowledgeBase::create(m_tmp.filePath(QStringLiteral("kb%1").arg(++m_n)), {});
        if (!kb)
            qFatal("%s", qPrintable(kb.error()));
        return std::move(kb).value();
    }

    QMap<RecordType, qint64> counts(KnowledgeBase &kb)
    {
        QMap<RecordType, qint64> n;
        for (RecordType type : allRecordTypes())
            n.insert(type, kb.reader().value()->count(type).value());
        return n;
    }

    // Imports `file` and checks that the transcript part went in.
    FileImport importOne(KnowledgeBase &kb, const QString &file)
    {
        const ImportReport report = DocumentImportService(kb).importPaths({file});
        if (report.files.size() != 1 || !report.files.first().wentIn())
            qFatal("%s", qPrintable(report.files.value(0).message));
        return report.files.first();
    }

    // The answers of the response for `subject`, by question number.
    QMap<int, Answer> answersOf(KnowledgeBase &kb, const QString &subjectKey, ResponseView *view = nullptr)
    {
        auto responses = kb.reader().value()->list(RecordType::Response, {Filter{QStringLiteral("subject_network"), subjectKey}});
        if (!responses || responses.value().size() != 1)
            qFatal("no single response for %s", qPrintable(subjectKey));
        const ResponseView r = ResponseView::from(responses.value().first());
        if (view)
            *view = r;
        QMap<int, Answer> answers;
        for (const Answer &a : r.answers)
            answers.insert(a.question, a);
        return answers;
    }

    void checkTwoInterviews(KnowledgeBase &kb, const FileImport &imported)
    {
        QVERIFY(imported.transcript.has_value());
        const TranscriptImport &t = *imported.transcript;
        QVERIFY(t.questionnaireCreated);
        QCOMPARE(t.responsesCreated.size(), 2);
        QCOMPARE(t.networksCreated, (QStringList{QStringLiteral("testville-network"), QStringLiteral("riverside-cities")}));
        const QuestionnaireView q = QuestionnaireService(kb).questionnaire(t.questionnaire).value();
        QCOMPARE(q.title, QStringLiteral("Questionnaire on volunteering in networks"));
        QCOMPARE(q.introduction, QStringLiteral("We ask each network the same five questions about volunteers."));
        QCOMPARE(q.status, QStringLiteral("published"));
        QCOMPARE(q.questions.size(), 5);
        for (int i = 0; i < 5; ++i) {
            QCOMPARE(q.questions.at(i).number, i + 1);
            QCOMPARE(q.questions.at(i).text, questions.at(i));
        }
        QCOMPARE(q.questions.at(0).kind, QStringLiteral("contact_details"));
        QCOMPARE(q.questions.at(1).kind, QStringLiteral("yes_no"));

        ResponseView testville;
        const QMap<int, Answer> a = answersOf(kb, QStringLiteral("testville-network"), &testville);
        QCOMPARE(a.keys(), (QList<int>{1, 2, 3, 5}));
        QCOMPARE(a.value(1).text, QStringLiteral("Jan Jansen, coordinator; e-mail jan@testville.eu"));
        QCOMPARE(a.value(2).text, QStringLiteral("Yes, since 2015."));
        QCOMPARE(a.value(2).choice, QStringLiteral("yes"));
        QCOMPARE(a.value(3).text, QStringLiteral("Through a volunteer desk in every member city:\n\nTraining for volunteers.\n\n"
                                                 "Matching volunteers with services."));
        QCOMPARE(a.value(5).text, QStringLiteral("Any town of 50,000 inhabitants or more may join."));
        QCOMPARE(testville.date, QStringLiteral("2018-03-12"));
        QCOMPARE(testville.mode, QStringLiteral("phone"));
        QCOMPARE(testville.interviewer, QStringLiteral("Anna Muster"));
        QCOMPARE(testville.status, QStringLiteral("complete"));
        QVERIFY(testville.notes.isEmpty());

        ResponseView riverside;
        const QMap<int, Answer> b = answersOf(kb, QStringLiteral("riverside-cities"), &riverside);
        QCOMPARE(b.keys(), (QList<int>{1, 2, 3, 4, 5}));
        QCOMPARE(b.value(1).text, QStringLiteral("Mia Rossi, secretary general"));
        QCOMPARE(b.value(2).choice, QStringLiteral("no"));
        QCOMPARE(b.value(3).text, QStringLiteral("Not yet. Why would volunteers come?\n\nOur members ask that too."));
        QCOMPARE(b.value(4).text, QStringLiteral("The social affairs group, as it meets monthly."));
        QCOMPARE(b.value(5).text, QStringLiteral("By a letter of the mayor."));
        QCOMPARE(riverside.date, QStringLiteral("2018-04-05"));
        QCOMPARE(riverside.mode, QStringLiteral("in person"));
        // Text under no question is kept in the notes and reported.
        QVERIFY2(riverside.notes.contains(QLatin1String("Interview notes typed up from a recording.")), qPrintable(riverside.notes));
        QCOMPARE(t.unplaced.size(), 1);
        QVERIFY2(t.unplaced.first().startsWith(QLatin1String("Riverside Cities: 1 passage")), qPrintable(t.unplaced.first()));
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void datesModesAndSimilarity()
    {
        QCOMPARE(dateFromText(QStringLiteral("12 March 2018")), QStringLiteral("2018-03-12"));
        QCOMPARE(dateFromText(QStringLiteral("on March 12th, 2018")), QStringLiteral("2018-03-12"));
        QCOMPARE(dateFromText(QStringLiteral("12.03.2018")), QStringLiteral("2018-03-12"));
        QCOMPARE(dateFromText(QStringLiteral("2018-03-12")), QStringLiteral("2018-03-12"));
        QCOMPARE(dateFromText(QStringLiteral("February 2018")), QStringLiteral("2018-02"));
        QCOMPARE(dateFromText(QStringLiteral("31 February 2018")), QString());
        QCOMPARE(dateFromText(QStringLiteral("a meeting in spring")), QString());
        QCOMPARE(modeFromText(QStringLiteral("by phone")), QStringLiteral("phone"));
        QCOMPARE(modeFromText(QStringLiteral("SKYPE")), QStringLiteral("skype"));
        QCOMPARE(modeFromText(QStringLiteral("personal interview")), QStringLiteral("in person"));
        QCOMPARE(modeFromText(QStringLiteral("Zoom video call")), QStringLiteral("video call"));
        QCOMPARE(modeFromText(QStringLiteral("answers sent by e-mail")), QStringLiteral("e-mail"));
        QCOMPARE(modeFromText(QStringLiteral("Brussels")), QString());
        QVERIFY(textSimilarity(QStringLiteral("3. Does your organisation deal with “social design”?"),
                               QStringLiteral("Does your organisation deals with \"*social design*\"?"))
                > 0.8);
        QVERIFY(textSimilarity(QStringLiteral("1. better spending for better social outcomes"),
                               QStringLiteral("Your name and contact details (e-mail, phone):"))
                < 0.2);
    }

    // How lines are placed: a question with its answer on the same line, a misnumbered
    // question, a numbered list inside an answer, a dash for no answer, the questionnaire's own
    // wording repeated, text before the first question.
    void linesArePlacedUnderTheirQuestions()
    {
        const QList<ingest::ExtractedSection> sections{
            section({QStringLiteral("Annex")},
                    QStringLiteral("Questionnaire on networks\n\nPlease answer briefly.\n\n"
                                   "1. Your name and contact details:\n\n2. Is your organisation familiar with the approach? YES/NO\n\n"
                                   "3. How can other cities join to your network?\n\nThank you very much for your support!")),
            section({QStringLiteral("Annex"), QStringLiteral("01: Filled in questionnaire: Alpha")},
                    QStringLiteral("Questionnaire on networks\n\nA preamble nobody asked for.\n\n"
                                   "2. Your name and contact details:\n\nAda Alpha\n\n"
                                   "2. Is your organisation familiar with the approach? YES\n\n"
                                   "3. How can other cities join to your network?\n\n-\n\nThank you very much for your support!")),
            section({QStringLiteral("Annex"), QStringLiteral("02: Filled in questionnaire: Beta")},
                    QStringLiteral("1. Your name and contact details:\n\nBen Beta\n\n"
                                   "2. Is your organisation familiar with the approach? YES/NO\n\nNo, not at all.\n\n"
                                   "3. How can other cities join to your network?\n\nIn two steps:\n1. Write to us.\n2. Pay the fee.")),
        };
        const auto transcript = readTranscript(sections);
        QVERIFY(transcript.has_value());
        QCOMPARE(transcript->title, QStringLiteral("Questionnaire on networks"));
        QCOMPARE(transcript->introduction, QStringLiteral("Please answer briefly."));
        QCOMPARE(transcript->templateHeading, QStringLiteral("Annex"));
        QCOMPARE(transcript->questions.size(), 3);
        QCOMPARE(transcript->copies.size(), 2);
        QCOMPARE(transcript->copies.at(0).subject, QStringLiteral("Alpha"));
        QList<AnswerTarget> targets;
        for (const TranscriptQuestion &q : transcript->questions)
            targets.append(AnswerTarget{q.number, q.kind, {q.text}});

        const PlacedCopy alpha = placeAnswers(*transcript, transcript->copies.at(0), targets);
        QCOMPARE(alpha.answers.size(), 2);
        QCOMPARE(alpha.answers.at(0).question, 1); // printed "2." but worded as question 1
        QCOMPARE(alpha.answers.at(0).text, QStringLiteral("Ada Alpha"));
        QCOMPARE(alpha.answers.at(1).question, 2);
        QCOMPARE(alpha.answers.at(1).text, QStringLiteral("YES"));
        QCOMPARE(alpha.answers.at(1).choice, QStringLiteral("yes"));
        QCOMPARE(alpha.unplaced, QStringList{QStringLiteral("A preamble nobody asked for.")});
        QCOMPARE(alpha.repeatedLines, 2); // the title and the thanks

        const PlacedCopy beta = placeAnswers(*transcript, transcript->copies.at(1), targets);
        QCOMPARE(beta.answers.size(), 3);
        QCOMPARE(beta.answers.at(1).choice, QStringLiteral("no"));
        QCOMPARE(beta.answers.at(2).question, 3);
        QCOMPARE(beta.answers.at(2).text, QStringLiteral("In two steps:\n1. Write to us.\n2. Pay the fee."));
        QVERIFY(beta.unplaced.isEmpty());

        // A document without "Filled in questionnaire" headings holds no transcript.
        QVERIFY(!readTranscript({sections.first()}).has_value());
        // Such a heading may be a line of the text, in capitals.
        const auto inText = readTranscript({section({QStringLiteral("Annex")},
                                                    QStringLiteral("COMPLETED QUESTIONNAIRE - Gamma\n\n1. Your name and contact details:\n\n"
                                                                   "Gus Gamma\n\n2. How can other cities join to your network?\n\n"
                                                                   "By invitation."))});
        QVERIFY(inText.has_value());
        QCOMPARE(inText->copies.size(), 1);
        QCOMPARE(inText->copies.first().subject, QStringLiteral("Gamma"));
    }

    // The seed study into an empty KB: the template with its eleven questions, one response per
    // interview linked to a new network, every answer under its question, the modes the
    // methodology section gives; again: nothing changes.
    void seedStudyIntoAnEmptyKb()
    {
        auto kb = emptyKb();
        const FileImport imported = importOne(*kb, seedFile());
        QCOMPARE(imported.outcome, FileImport::Outcome::Imported);
        QVERIFY(imported.transcript.has_value());
        const TranscriptImport &t = *imported.transcript;
        QVERIFY(t.questionnaireCreated);
        QCOMPARE(t.questions, 11);
        QCOMPARE(t.responsesCreated.size(), 6);
        QCOMPARE(t.networksCreated, (QStringList{QStringLiteral("eurotowns"), QStringLiteral("errin"), QStringLiteral("eukn"),
                                                 QStringLiteral("citymart"), QStringLiteral("enoll"), QStringLiteral("eurocities")}));
        QVERIFY2(t.unplaced.isEmpty(), qPrintable(t.unplaced.join(QLatin1Char('\n'))));

        const QuestionnaireView q = QuestionnaireService(*kb).questionnaire(t.questionnaire).value();
        QCOMPARE(q.title, QStringLiteral("Questionnaire on ‘people-powered public services’"));
        QVERIFY(q.introduction.startsWith(QLatin1String("This questionnaire aims to detect")));
        QCOMPARE(q.questions.size(), 11);
        QCOMPARE(q.questions.at(8).text, QStringLiteral("How can other cities join to your organisation/network?"));

        // The curated seed responses say which questions each interview answered, and how it was held.
        QFile curated(QDir(qEnvironmentVariable("CITYKB_DATA")).filePath(QStringLiteral("responses/change-study.json")));
        QVERIFY(curated.open(QIODevice::ReadOnly));
        const QJsonArray seedResponses = QJsonDocument::fromJson(curated.readAll()).array();
        QCOMPARE(seedResponses.size(), 6);
        for (const QJsonValue &v : seedResponses) {
            const ResponseView expected = ResponseView::from(v.toObject());
            ResponseView got;
            const QMap<int, Answer> answers = answersOf(*kb, expected.subjectNetwork, &got);
            QList<int> numbers;
            for (const Answer &a : expected.answers)
                numbers.append(a.question);
            QCOMPARE(answers.keys(), numbers);
            QCOMPARE(got.mode, expected.mode);
            QCOMPARE(got.questionnaire, t.questionnaire);
            QVERIFY(got.notes.isEmpty());
        }
        // Each answer under its question: words only that answer holds.
        const QList<std::tuple<QString, int, QString>> probes{
            {QStringLiteral("eurotowns"), 1, QStringLiteral("let.hulshof@schiedam.nl")},
            {QStringLiteral("eurotowns"), 4, QStringLiteral("5 up till 10")},
            {QStringLiteral("eurotowns"), 5, QStringLiteral("Support and Empowerment for Youth at Risk")},
            {QStringLiteral("eurotowns"), 8, QStringLiteral("Detmold")},
            {QStringLiteral("eurotowns"), 9, QStringLiteral("€ 3500")},
            {QStringLiteral("errin"), 1, QStringLiteral("Smart Specialisation")},
            {QStringLiteral("errin"), 3, QStringLiteral("Transport & Water")},
            {QStringLiteral("errin"), 4, QStringLiteral("ESPON-project")},
            {QStringLiteral("errin"), 11, QStringLiteral("technology pact")},
            {QStringLiteral("eukn"), 9, QStringLiteral("through national contacts")},
            {QStringLiteral("eukn"), 10, QStringLiteral("Via National Partnerships")},
            {QStringLiteral("citymart"), 4, QStringLiteral("YES")},
            {QStringLiteral("citymart"), 9, QStringLiteral("member against a fee")},
            {QStringLiteral("enoll"), 4, QStringLiteral("the award is about this")},
            {QStringLiteral("enoll"), 11, QStringLiteral("iscapeproject")},
            {QStringLiteral("eurocities"), 1, QStringLiteral("Torrens Melich Luis")}, // printed as question "2."
            {QStringLiteral("eurocities"), 3, QStringLiteral("decidim.barcelona")},
            {QStringLiteral("eurocities"), 8, QStringLiteral("Utrecht on 7-8th of March")},
        };
        for (const auto &[subject, number, words] : probes) {
            const QMap<int, Answer> answers = answersOf(*kb, subject);
            QVERIFY2(answers.value(number).text.contains(words), qPrintable(QStringLiteral("%1 %2").arg(subject).arg(number)));
            for (auto it = answers.begin(); it != answers.end(); ++it)
                QVERIFY2(it.key() == number || !it.value().text.contains(words), qPrintable(QStringLiteral("%1 %2").arg(subject).arg(it.key())));
        }
        // Nothing of an interview is lost: every line of its section is a question, the
        // questionnaire's own wording, a dash for no answer, or in an answer.
        const QJsonObject document = kb->reader().value()->get(RecordType::Document, imported.key).value();
        for (const QJsonValue &s : document.value(QStringLiteral("sections")).toArray()) {
            const QString heading = s.toObject().value(QStringLiteral("heading")).toString();
            if (!heading.contains(QLatin1String("Filled in questionnaire: Eurotowns")) && !heading.contains(QLatin1String("questionnaire: ENOLL")))
                continue;
            const QString subject = heading.contains(QLatin1String("Eurotowns")) ? QStringLiteral("eurotowns") : QStringLiteral("enoll");
            QString all;
            for (const Answer &a : answersOf(*kb, subject))
                all += a.text + QLatin1Char('\n');
            for (const QString &raw : s.toObject().value(QStringLiteral("text")).toString().split(QLatin1Char('\n'))) {
                const QString line = raw.trimmed();
                if (line.isEmpty() || line == QLatin1String("-") || line.startsWith(QLatin1String("Thank you very much"))
                    || all.contains(line))
                    continue;
                const bool asked = std::any_of(q.questions.begin(), q.questions.end(),
                                               [&](const Question &question) { return textSimilarity(line, question.text) > 0.6; });
                const bool ownWording = line.startsWith(QLatin1String("Questionnaire on")) || line.startsWith(QLatin1String("This questionnaire aims"));
                QVERIFY2(asked || ownWording, qPrintable(subject + QStringLiteral(": ") + line));
            }
        }

        // Again: nothing changes.
        const auto before = counts(*kb);
        const qint64 revision = kb->reader().value()->revision().value();
        const ImportReport again = DocumentImportService(*kb).importPaths({seedFile()});
        QCOMPARE(again.files.first().outcome, FileImport::Outcome::Unchanged);
        QCOMPARE(counts(*kb), before);
        QCOMPARE(kb->reader().value()->revision().value(), revision);
    }

    // Into the seeded KB, which holds this questionnaire and its six responses: the document
    // gets its text, and nothing else is added.
    void seedStudyIntoTheSeededKb()
    {
        auto created = KnowledgeBase::create(m_tmp.filePath(QStringLiteral("seeded")), qEnvironmentVariable("CITYKB_DATA"));
        QVERIFY2(created, qPrintable(created.error()));
        KnowledgeBase &kb = *created.value();
        const auto before = counts(kb);
        const FileImport imported = importOne(kb, seedFile());
        QCOMPARE(imported.outcome, FileImport::Outcome::FilledIn);
        QVERIFY(imported.transcript.has_value());
        QCOMPARE(imported.transcript->questionnaire, QStringLiteral("change-people-powered-public-services"));
        QVERIFY(!imported.transcript->addedAnything());
        QCOMPARE(imported.transcript->responsesFound.size(), 6);
        QCOMPARE(counts(kb), before);
        const ResponseView eurotowns = QuestionnaireService(kb).response(QStringLiteral("change-questionnaire-eurotowns")).value();
        QCOMPARE(eurotowns.interviewer, QStringLiteral("Twan de Bruijn")); // the curated record as it was
    }

    // DOCX and ODT transcripts with Word's and ODF's list numbering: the numbers are not in the
    // text, so questions are told by their wording.
    void docxTranscriptWithListNumbering()
    {
        auto kb = emptyKb();
        const QString file = writeFile(m_tmp.path(), QStringLiteral("interviews.docx"), docx(twoInterviews()));
        checkTwoInterviews(*kb, importOne(*kb, file));
    }

    void odtTranscriptWithListNumbering()
    {
        auto kb = emptyKb();
        const QString file = writeFile(m_tmp.path(), QStringLiteral("interviews.odt"), odt(twoInterviews()));
        checkTwoInterviews(*kb, importOne(*kb, file));
    }

    // One more interview on its own, questions in another order and reworded a little, into the
    // KB that has the questionnaire: its answers go under that questionnaire's questions.
    void aSingleInterviewAnswersTheQuestionnaireTheKbHas()
    {
        auto kb = emptyKb();
        importOne(*kb, writeFile(m_tmp.path(), QStringLiteral("first.docx"), docx(twoInterviews())));
        const QList<Block> single{{Block::Title, QStringLiteral("Hilltop interview")},
                                  {Block::Heading, QStringLiteral("Filled in questionnaire: Hilltop League")},
                                  {Block::ListItem, QStringLiteral("How can other cities join your network?")},
                                  {Block::Paragraph, QStringLiteral("Write to the secretariat: what do you offer?")},
                                  {Block::ListItem, QStringLiteral("Your name and contact details (e-mail, phone):")},
                                  {Block::Paragraph, QStringLiteral("Hugo Hill")},
                                  {Block::ListItem, QStringLiteral("How does your network involve volunteers in its public services?")},
                                  {Block::Paragraph, QStringLiteral("Through its youth council.")}};
        const FileImport imported = importOne(*kb, writeFile(m_tmp.path(), QStringLiteral("hilltop.odt"), odt(single)));
        QVERIFY(imported.transcript.has_value());
        QVERIFY(!imported.transcript->questionnaireCreated);
        QCOMPARE(imported.transcript->responsesCreated.size(), 1);
        const QMap<int, Answer> a = answersOf(*kb, QStringLiteral("hilltop-league"));
        QCOMPARE(a.keys(), (QList<int>{1, 3, 5}));
        QCOMPARE(a.value(5).text, QStringLiteral("Write to the secretariat: what do you offer?"));
        QCOMPARE(a.value(1).text, QStringLiteral("Hugo Hill"));
        QCOMPARE(a.value(3).text, QStringLiteral("Through its youth council."));

        // Into a KB without that questionnaire, a lone unnumbered interview cannot be told
        // apart from its answers: the document goes in, with a sentence saying so.
        auto other = emptyKb();
        const FileImport alone = importOne(*other, writeFile(m_tmp.path(), QStringLiteral("alone.odt"), odt(single)));
        QVERIFY(alone.transcript.has_value());
        QVERIFY(!alone.transcript->addedAnything());
        QCOMPARE(alone.transcript->unplaced.size(), 1);
        QVERIFY(alone.transcript->unplaced.first().contains(QLatin1String("kept as document text only")));
        QCOMPARE(counts(*other).value(RecordType::Response), 0);
        QCOMPARE(counts(*other).value(RecordType::Document), 1);
    }
};

QTEST_GUILESS_MAIN(TestTranscripts)
#include "tst_transcripts.moc"
