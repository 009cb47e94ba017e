// citykb-answer-writer: types answers into a response the way the response form's autosave
// does (issue 12), for the answer kill test (answerkilltest.py): words are added to one answer
// burst after burst, each burst saved on its own through the session's one write path with the
// revision the last save returned, now and then moving on to another question. After each
// save that the store has committed it prints one JSON line {"question", "revision", "text"}
// and flushes, so that whoever kills it knows what must have survived.
//
// Usage: citykb-answer-writer --kb DIR --response KEY [--seed N] [--saves N] [--pause-ms N]

#include "app/knowledgebase.h"
#include "app/questionnaireservice.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QStringList>
#include <QThread>

#include <cstdio>

using namespace citykb;

namespace {

const QStringList words{QStringLiteral("volunteers"), QStringLiteral("network"), QStringLiteral("cities"),
                        QStringLiteral("working"),    QStringLiteral("group"),   QStringLiteral("meets"),
                        QStringLiteral("monthly"),    QStringLiteral("youth"),   QStringLiteral("ageing"),
                        QStringLiteral("services"),   QStringLiteral("members"), QStringLiteral("ümlaut"),
                        QStringLiteral("café"),       QStringLiteral("—"),       QStringLiteral("\"quoted\""),
                        QStringLiteral("=formula"),   QStringLiteral("line\nbreak")};

void say(const QJsonObject &line)
{
    const QByteArray bytes = QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n';
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

int fail(const QString &message)
{
    std::fprintf(stderr, "%s\n", qPrintable(message));
    return 1;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QString kbDir;
    QString responseKey;
    quint32 seed = 1;
    int saves = 1000000;
    int pauseMs = 40;
    const QStringList args = app.arguments().mid(1);
    for (qsizetype i = 0; i + 1 < args.size(); i += 2) {
        const QString &option = args.at(i);
        const QString &value = args.at(i + 1);
        if (option == QLatin1String("--kb"))
            kbDir = value;
        else if (option == QLatin1String("--response"))
            responseKey = value;
        else if (option == QLatin1String("--seed"))
            seed = value.toUInt();
        else if (option == QLatin1String("--saves"))
            saves = value.toInt();
        else if (option == QLatin1String("--pause-ms"))
            pauseMs = value.toInt();
        else
            return fail(QStringLiteral("Unknown option %1.").arg(option));
    }
    if (kbDir.isEmpty() || responseKey.isEmpty())
        return fail(QStringLiteral("Usage: citykb-answer-writer --kb DIR --response KEY [--seed N] [--saves N] [--pause-ms N]"));

    auto kb = KnowledgeBase::open(kbDir, KnowledgeBase::Access::Write);
    if (!kb)
        return fail(kb.error());
    QuestionnaireService service(*kb.value());
    auto response = service.response(responseKey);
    if (!response)
        return fail(response.error());
    auto questionnaire = service.questionnaire(response.value().questionnaire);
    if (!questionnaire)
        return fail(questionnaire.error());
    // Free-text answers only: a choice must be one the question offers.
    QList<Question> typed;
    for (const Question &q : questionnaire.value().questions) {
        if (q.kind != QLatin1String("yes_no") && q.kind != QLatin1String("single_choice") && q.kind != QLatin1String("multiple_choice"))
            typed.append(q);
    }
    if (typed.isEmpty())
        return fail(QStringLiteral("The questionnaire of %1 has no question to type into.").arg(responseKey));
    QHash<int, QString> texts;
    QHash<int, qint64> revisions;
    for (const Answer &a : response.value().answers) {
        texts.insert(a.question, a.text);
        revisions.insert(a.question, a.revision);
    }
    say(QJsonObject{{QStringLiteral("ready"), true}});

    QRandomGenerator random(seed);
    int current = typed.at(random.bounded(int(typed.size()))).number;
    for (int n = 0; n < saves; ++n) {
        if (random.bounded(10) == 0)
            current = typed.at(random.bounded(int(typed.size()))).number;
        QString text = texts.value(current);
        for (int w = 1 + random.bounded(3); w > 0; --w)
            text += (text.isEmpty() ? QString() : QStringLiteral(" ")) + words.at(random.bounded(int(words.size())));
        const auto saved = service.saveAnswer(AnswerWrite{responseKey, current, QJsonObject{{QStringLiteral("text"), text}},
                                                          revisions.value(current, 0)});
        if (!saved)
            return fail(saved.error());
        texts.insert(current, text);
        revisions.insert(current, saved.value());
        say(QJsonObject{{QStringLiteral("question"), current}, {QStringLiteral("revision"), saved.value()}, {QStringLiteral("text"), text}});
        QThread::msleep(ulong(pauseMs / 2 + random.bounded(pauseMs + 1)));
    }
    return 0;
}
