// The translations (docs/architecture.md, "Translations"): the German and French ones load and
// translate the window's menus, the CLI's help and its plural forms; the CLI follows the
// environment's language; a briefing speaks the language asked for; every field of the specs
// has a translatable word.
#include "app/sessionhost.h"
#include "app/translations.h"
#include "cli/cli.h"
#include "core/recordspec.h"
#include "gui/displaynames.h"
#include "gui/mainwindow.h"

#include <QMenuBar>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace citykb;

namespace {

// The titles of the window's menus, as shown (with their & marks).
QStringList menuTitles(const MainWindow &window)
{
    QStringList titles;
    for (QAction *action : window.menuBar()->actions())
        titles.append(action->text());
    return titles;
}

// Runs citykb-cli with `environment` added to (or, for an empty value, taken from) this
// process's environment; returns its exit code, with stdout and stderr.
int runCli(const QStringList &arguments, const QList<std::pair<QString, QString>> &environment, QString *out, QString *err = nullptr)
{
    QProcess cli;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // A neutral start: no language set but what the test gives.
    for (const char *name : {"LANGUAGE", "LC_ALL", "LC_MESSAGES"})
        env.remove(QString::fromLatin1(name));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    for (const auto &[name, value] : environment)
        env.insert(name, value);
    cli.setProcessEnvironment(env);
    cli.start(qEnvironmentVariable("CITYKB_CLI"), arguments);
    if (!cli.waitForFinished(240000))
        return -1;
    *out = QString::fromUtf8(cli.readAllStandardOutput());
    if (err)
        *err = QString::fromUtf8(cli.readAllStandardError());
    return cli.exitCode();
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void cleanup() { Translations::install(QStringLiteral("en")); }

    void loadsTheLanguagesItSpeaks()
    {
        QCOMPARE(Translations::languages(), (QStringList{QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr")}));
        QVERIFY(Translations::load(QStringLiteral("de")));
        QVERIFY(Translations::load(QStringLiteral("fr")));
        QVERIFY(!Translations::load(QStringLiteral("en")));  // English is the sources' language
        QVERIFY(!Translations::load(QStringLiteral("xx")));
        QCOMPARE(Translations::choose(QStringLiteral("de_AT.UTF-8")), QStringLiteral("de"));
        QCOMPARE(Translations::choose(QStringLiteral("fr-CA")), QStringLiteral("fr"));
        QCOMPARE(Translations::install(QStringLiteral("de")), QStringLiteral("de"));
        QCOMPARE(Translations::current(), QStringLiteral("de"));
        QCOMPARE(QLocale().language(), QLocale::German); // numbers and dates follow the language
    }

    void translatesTheWindowsMenus_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QStringList>("menus");
        QTest::addColumn<QString>("records");
        QTest::addColumn<QString>("languageMenu");
        QTest::newRow("en") << QStringLiteral("en")
                            << QStringList{QStringLiteral("&File"), QStringLiteral("&Edit"), QStringLiteral("&View"), QStringLiteral("&Go"), QStringLiteral("&Help")}
                            << QStringLiteral("Records") << QStringLiteral("&Language");
        QTest::newRow("de") << QStringLiteral("de")
                            << QStringList{QStringLiteral("&Datei"), QStringLiteral("&Bearbeiten"), QStringLiteral("&Ansicht"), QStringLiteral("&Gehe zu"), QStringLiteral("&Hilfe")}
                            << QStringLiteral("Datensätze") << QStringLiteral("&Sprache");
        QTest::newRow("fr") << QStringLiteral("fr")
                            << QStringList{QStringLiteral("&Fichier"), QStringLiteral("&Édition"), QStringLiteral("&Affichage"), QStringLiteral("A&ller"), QStringLiteral("&Aide")}
                            << QStringLiteral("Fiches") << QStringLiteral("&Langue");
    }

    void translatesTheWindowsMenus()
    {
        QFETCH(QString, language);
        QFETCH(QStringList, menus);
        QFETCH(QString, records);
        QFETCH(QString, languageMenu);
        Translations::install(language);

        QTemporaryDir tmp;
        const QString dir = tmp.filePath(QStringLiteral("kb"));
        SessionHost host;
        QSignalSpy opened(&host, &SessionHost::opened);
        host.open(dir, SessionHost::OpenMode::Create, QString()); // an empty KB is enough
        QVERIFY(opened.wait(60000));
        QVERIFY2(opened.first().first().value<Status>().ok(), qPrintable(opened.first().first().value<Status>().error()));

        MainWindow window(host, dir);
        const QStringList titles = menuTitles(window);
        for (const QString &menu : menus)
            QVERIFY2(titles.contains(menu), qPrintable(QStringLiteral("no menu %1 in %2").arg(menu, titles.join(QLatin1Char(' ')))));
        auto *tree = window.findChild<QTreeWidget *>(QStringLiteral("navigationTree"));
        QVERIFY(tree);
        QCOMPARE(tree->findItems(records, Qt::MatchExactly).size(), 1);
        auto *languages = window.findChild<QMenu *>(QStringLiteral("menuLanguage"));
        QVERIFY(languages);
        QCOMPARE(languages->title(), languageMenu);
        // The languages are named in their own words whatever the window speaks.
        QStringList entries;
        for (QAction *action : languages->actions())
            entries.append(action->text());
        QCOMPARE(entries.mid(1), (QStringList{QStringLiteral("English"), QStringLiteral("Deutsch"), QStringLiteral("Français")}));
    }

    void translatesTheCliHelpAndPlurals()
    {
        const QString english = cliUsage();
        QVERIFY(english.startsWith(QLatin1String("Usage: citykb-cli [--kb DIR] COMMAND [ARGS] [--json]\n\nCityKB keeps")));
        QVERIFY(english.contains(QLatin1String("\n  init [--empty]                   create a KB, seeded from the curated dataset unless --empty\n")));
        QVERIFY(english.contains(QLatin1String("\nCommands:\n")));

        Translations::install(QStringLiteral("de"));
        const QString german = cliUsage();
        QVERIFY2(german.startsWith(QLatin1String("Aufruf: citykb-cli")), qPrintable(german.left(80)));
        QVERIFY(german.contains(QLatin1String("\nBefehle:\n")));
        // The syntax stays, the description is German, its lines indented under each other.
        QVERIFY(german.contains(QStringLiteral("\n  init [--empty]                   eine KB anlegen, mit dem kuratierten Datensatz befüllt, außer\n"
                                               "                                   mit --empty\n")));
        QCOMPARE(QCoreApplication::translate("Cli", "%n record(s) in the trash", nullptr, 1), QStringLiteral("1 Datensatz im Papierkorb"));
        QCOMPARE(QCoreApplication::translate("Cli", "%n record(s) in the trash", nullptr, 3), QStringLiteral("3 Datensätze im Papierkorb"));

        Translations::install(QStringLiteral("fr"));
        QVERIFY(cliUsage().contains(QLatin1String("\nCommandes :\n")));
        QCOMPARE(QCoreApplication::translate("Cli", "%n result(s)", nullptr, 1), QStringLiteral("1 résultat"));
        QCOMPARE(QCoreApplication::translate("Cli", "%n result(s)", nullptr, 2), QStringLiteral("2 résultats"));

        // English has its plural forms too, and its help is the sources' text.
        Translations::install(QStringLiteral("en"));
        QCOMPARE(QCoreApplication::translate("Cli", "%n record(s) in the trash", nullptr, 1), QStringLiteral("1 record in the trash"));
        QCOMPARE(QCoreApplication::translate("Cli", "%n record(s) in the trash", nullptr, 2), QStringLiteral("2 records in the trash"));
        QCOMPARE(cliUsage(), english);
    }

    void everySpecFieldHasATranslatedWord()
    {
        Translations::install(QStringLiteral("de"));
        for (RecordType type : allRecordTypes()) {
            const RecordSpec &spec = specFor(type);
            QStringList names;
            for (const FieldSpec &field : spec.fields)
                names.append(field.name);
            for (const ChildSpec &child : spec.children) {
                names.append(child.name);
                for (const FieldSpec &field : child.fields)
                    names.append(field.name);
            }
            for (const QString &name : names)
                QVERIFY2(DisplayNames::knowsField(name), qPrintable(QStringLiteral("%1 of %2 has no word in DisplayNames").arg(name, spec.word)));
        }
        QCOMPARE(DisplayNames::field(QStringLiteral("founded_year")), QStringLiteral("Gründungsjahr"));
        QCOMPARE(DisplayNames::field(QStringLiteral("target_groups")), QStringLiteral("Zielgruppen"));
    }

    void cliFollowsTheEnvironment()
    {
        QString out;
        QCOMPARE(runCli({QStringLiteral("--help")}, {{QStringLiteral("LANGUAGE"), QStringLiteral("de")}}, &out), 0);
        QVERIFY2(out.startsWith(QLatin1String("Aufruf: citykb-cli")), qPrintable(out.left(80)));
        QCOMPARE(runCli({QStringLiteral("--help")}, {{QStringLiteral("LANG"), QStringLiteral("fr_FR.UTF-8")}}, &out), 0);
        QVERIFY2(out.startsWith(QLatin1String("Usage : citykb-cli")), qPrintable(out.left(80)));
        // LANGUAGE is a list, first choice first; a language CityKB lacks is passed over.
        QCOMPARE(runCli({QStringLiteral("--help")}, {{QStringLiteral("LANGUAGE"), QStringLiteral("pt:fr:de")}}, &out), 0);
        QVERIFY2(out.startsWith(QLatin1String("Usage : citykb-cli")), qPrintable(out.left(80)));
        QCOMPARE(runCli({QStringLiteral("--help")}, {}, &out), 0);
        QVERIFY(out.startsWith(QLatin1String("Usage: citykb-cli [--kb DIR]")));
        // The CLI's own messages too.
        QString err;
        QCOMPARE(runCli({QStringLiteral("frobnicate")}, {{QStringLiteral("LANGUAGE"), QStringLiteral("de")}}, &out, &err), 2);
        QCOMPARE(err.trimmed(), QStringLiteral("„frobnicate“ ist kein Befehl von citykb-cli. Siehe „citykb-cli --help“."));
    }

    void briefingSpeaksTheLanguageAskedFor()
    {
        QTemporaryDir tmp;
        const QString kb = tmp.filePath(QStringLiteral("kb"));
        QString out, err;
        QCOMPARE(runCli({QStringLiteral("--kb"), kb, QStringLiteral("init")}, {{QStringLiteral("CITYKB_DATA"), qEnvironmentVariable("CITYKB_DATA")}}, &out, &err), 0);
        const QList<std::tuple<QString, QStringList>> cases{
            {QStringLiteral("de"), {QStringLiteral("## Inhalt"), QStringLiteral("Eckdaten"), QStringLiteral("## Quellen"), QStringLiteral("- Datum: ")}},
            {QStringLiteral("fr"), {QStringLiteral("## Sommaire"), QStringLiteral("Chiffres clés"), QStringLiteral("## Sources"), QStringLiteral("Adhésion : qui, comment et à quel coût")}},
            {QStringLiteral("en"), {QStringLiteral("## Contents"), QStringLiteral("Key facts"), QStringLiteral("## Sources"), QStringLiteral("- Date: ")}},
        };
        for (const auto &[language, expected] : cases) {
            const QString file = tmp.filePath(language + QStringLiteral(".md"));
            // The environment says German; --language wins.
            QCOMPARE(runCli({QStringLiteral("--kb"), kb, QStringLiteral("export"), QStringLiteral("briefing"), QStringLiteral("--scope"),
                             QStringLiteral("network:Eurotowns"), QStringLiteral("--language"), language, QStringLiteral("-o"), file},
                            {{QStringLiteral("LANGUAGE"), QStringLiteral("de")}}, &out, &err),
                     0);
            QFile md(file);
            QVERIFY(md.open(QIODevice::ReadOnly));
            const QString text = QString::fromUtf8(md.readAll());
            for (const QString &words : expected)
                QVERIFY2(text.contains(words), qPrintable(QStringLiteral("%1 briefing lacks \"%2\"").arg(language, words)));
        }
        QCOMPARE(runCli({QStringLiteral("--kb"), kb, QStringLiteral("export"), QStringLiteral("briefing"), QStringLiteral("--scope"),
                         QStringLiteral("network:Eurotowns"), QStringLiteral("--language"), QStringLiteral("pt"), QStringLiteral("-o"),
                         tmp.filePath(QStringLiteral("pt.md"))},
                        {}, &out, &err),
                 2);
        QVERIFY2(err.contains(QLatin1String("--language takes en, de, fr")), qPrintable(err));
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
