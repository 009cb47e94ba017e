<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Briefing</name>
    <message>
        <source>CityKB (%1)</source>
        <translation>CityKB (%1)</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <comment>the format of a full date (QLocale)</comment>
        <translation>d. MMMM yyyy</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Reichweite</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Knowledge base</source>
        <translation>Wissensbasis</translation>
    </message>
    <message>
        <source>E-mail addresses and phone numbers are left out of this briefing.</source>
        <translation>E-Mail-Adressen und Telefonnummern sind in diesem Briefing weggelassen.</translation>
    </message>
    <message>
        <source>This briefing holds personal contact data (e-mail addresses and phone numbers): share it only with those who need it.</source>
        <translation>Dieses Briefing enthält persönliche Kontaktdaten (E-Mail-Adressen und Telefonnummern): Geben Sie es nur an Personen weiter, die sie brauchen.</translation>
    </message>
    <message>
        <source>section</source>
        <comment>a section of a source document</comment>
        <translation>Abschnitt</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>briefing</source>
        <translation>Briefing</translation>
    </message>
    <message>
        <source>Recommendation %1</source>
        <translation>Empfehlung %1</translation>
    </message>
    <message>
        <source>The scope needs the name of a %1 after the colon.</source>
        <translation>Der Bereich braucht nach dem Doppelpunkt den Namen: %1.</translation>
    </message>
    <message>
        <source>There is no %1 called &quot;%2&quot;; did you mean &quot;%3&quot;?</source>
        <translation>Es gibt kein(e) %1 namens „%2“; meinten Sie „%3“?</translation>
    </message>
    <message>
        <source>There is no %1 called &quot;%2&quot;.</source>
        <translation>Es gibt kein(e) %1 namens „%2“.</translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <comment>the format of a month (QLocale)</comment>
        <translation>MMMM yyyy</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>value and unit</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>geplant</translation>
    </message>
    <message>
        <source>held</source>
        <translation>abgehalten</translation>
    </message>
    <message>
        <source>POSTPONED</source>
        <translation>VERSCHOBEN</translation>
    </message>
    <message>
        <source>CANCELLED</source>
        <translation>ABGESAGT</translation>
    </message>
    <message>
        <source>theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>target group</source>
        <translation>Zielgruppe</translation>
    </message>
    <message>
        <source>success factor</source>
        <translation>Erfolgsfaktor</translation>
    </message>
    <message>
        <source>challenge</source>
        <translation>Herausforderung</translation>
    </message>
    <message>
        <source>instrument</source>
        <translation>Instrument</translation>
    </message>
    <message>
        <source>policy area</source>
        <translation>Politikbereich</translation>
    </message>
    <message>
        <source>pillar of active inclusion</source>
        <translation>Säule der aktiven Inklusion</translation>
    </message>
    <message>
        <source>other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <source>Cities</source>
        <translation>Städte</translation>
    </message>
    <message>
        <source>%1 of %2 to %3 inhabitants may join as members.</source>
        <translation>%1 mit %2 bis %3 Einwohnern können Mitglied werden.</translation>
    </message>
    <message>
        <source>%1 with at least %2 inhabitants may join as members.</source>
        <translation>%1 mit mindestens %2 Einwohnern können Mitglied werden.</translation>
    </message>
    <message>
        <source>%1 with up to %2 inhabitants may join as members.</source>
        <translation>%1 mit bis zu %2 Einwohnern können Mitglied werden.</translation>
    </message>
    <message>
        <source>%1 may join as members.</source>
        <translation>%1 können Mitglied werden.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>amount and currency</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 a year</source>
        <translation>%1 pro Jahr</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>E-mail addresses and phone numbers are left out; the KB holds them on each person&apos;s record.</source>
        <translation>E-Mail-Adressen und Telefonnummern sind weggelassen; die Wissensbasis führt sie im Datensatz jeder Person.</translation>
    </message>
    <message>
        <source>%1, %2 scope</source>
        <translation>%1, Reichweite: %2</translation>
    </message>
    <message>
        <source>%1, by %2</source>
        <translation>%1, von %2</translation>
    </message>
    <message>
        <source>%1 members</source>
        <translation>%1 Mitglieder</translation>
    </message>
    <message>
        <source>%1 (as of %2)</source>
        <translation>%1 (Stand: %2)</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>Akronym</translation>
    </message>
    <message>
        <source>Part of</source>
        <translation>Teil von</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Founded</source>
        <translation>Gegründet</translation>
    </message>
    <message>
        <source>Headquarters</source>
        <translation>Sitz</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Runs until</source>
        <translation>Läuft bis</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Interviewed</source>
        <translation>Befragt</translation>
    </message>
    <message>
        <source>Through</source>
        <translation>Über</translation>
    </message>
    <message>
        <source>Membership of %1, which the working group belongs to</source>
        <translation>Mitgliedschaft bei %1, dem die Arbeitsgruppe angehört</translation>
    </message>
    <message>
        <source>Who may join</source>
        <translation>Wer beitreten kann</translation>
    </message>
    <message>
        <source>In the network&apos;s words</source>
        <translation>In den Worten des Netzwerks</translation>
    </message>
    <message>
        <source>Fees and conditions</source>
        <translation>Beiträge und Bedingungen</translation>
    </message>
    <message>
        <source>How to join</source>
        <translation>Wie man beitritt</translation>
    </message>
    <message>
        <source>How a working group starts</source>
        <translation>Wie eine Arbeitsgruppe entsteht</translation>
    </message>
    <message>
        <source>The KB holds no eligibility rules or fees for %1.</source>
        <translation>Die Wissensbasis enthält keine Beitrittsregeln oder Beiträge für %1.</translation>
    </message>
    <message>
        <source>Working groups and forums</source>
        <translation>Arbeitsgruppen und Foren</translation>
    </message>
    <message>
        <source>%1 (chair: %2)</source>
        <translation>%1 (Vorsitz: %2)</translation>
    </message>
    <message>
        <source>Forums</source>
        <translation>Foren</translation>
    </message>
    <message>
        <source>Working groups</source>
        <translation>Arbeitsgruppen</translation>
    </message>
    <message>
        <source>Working group</source>
        <translation>Arbeitsgruppe</translation>
    </message>
    <message>
        <source>Lead city</source>
        <translation>Federführende Stadt</translation>
    </message>
    <message>
        <source>What it works on</source>
        <translation>Woran es arbeitet</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>The KB knows one member of %1 by name.</source>
        <translation>Die Wissensbasis kennt ein Mitglied von %1 namentlich.</translation>
    </message>
    <message>
        <source>The KB knows %1 members of %2 by name.</source>
        <translation>Die Wissensbasis kennt %1 Mitglieder von %2 namentlich.</translation>
    </message>
    <message>
        <source>Members by country</source>
        <translation>Mitglieder nach Land</translation>
    </message>
    <message>
        <source>members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Veranstaltungen</translation>
    </message>
    <message>
        <source>%1 (the date has passed; the KB has no newer news)</source>
        <translation>%1 (der Termin ist vorbei; die Wissensbasis kennt keinen neueren Stand)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Veranstaltung</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Coming</source>
        <translation>Demnächst</translation>
    </message>
    <message>
        <source>Postponed events are marked POSTPONED: the KB has no new date for them.</source>
        <translation>Verschobene Veranstaltungen sind als VERSCHOBEN markiert: Die Wissensbasis kennt noch keinen neuen Termin.</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Vergangen</translation>
    </message>
    <message>
        <source>Events by year</source>
        <translation>Veranstaltungen nach Jahr</translation>
    </message>
    <message>
        <source>events</source>
        <translation>Veranstaltungen</translation>
    </message>
    <message>
        <source>Relevant practices and their outcomes</source>
        <translation>Relevante Praxisbeispiele und ihre Ergebnisse</translation>
    </message>
    <message>
        <source>Practices by success factor</source>
        <translation>Praxisbeispiele nach Erfolgsfaktor</translation>
    </message>
    <message>
        <source>practices</source>
        <translation>Praxisbeispiele</translation>
    </message>
    <message>
        <source>Practices by theme</source>
        <translation>Praxisbeispiele nach Thema</translation>
    </message>
    <message>
        <source>%1 more practices are in the KB; this briefing shows the first %2.</source>
        <translation>Die Wissensbasis enthält %1 weitere Praxisbeispiele; dieses Briefing zeigt die ersten %2.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>seit %1</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>ab %1</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Länder</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Finanzierung</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anmerkung</translation>
    </message>
    <message>
        <source>What the network said in its interview</source>
        <translation>Was das Netzwerk im Interview sagte</translation>
    </message>
    <message>
        <source>What the networks said in their interviews</source>
        <translation>Was die Netzwerke in ihren Interviews sagten</translation>
    </message>
    <message>
        <source>Yes.</source>
        <translation>Ja.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nein.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Question %1</source>
        <translation>Frage %1</translation>
    </message>
    <message>
        <source>Interview with %1</source>
        <translation>Interview mit %1</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>von %1</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Recommendations and actions</source>
        <translation>Empfehlungen und Maßnahmen</translation>
    </message>
    <message>
        <source>Recommendation %1: %2</source>
        <translation>Empfehlung %1: %2</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Empfehlung</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Für</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>By when</source>
        <translation>Bis wann</translation>
    </message>
    <message>
        <source>City indicators</source>
        <translation>Kennzahlen der Stadt</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Challenge</source>
        <translation>Herausforderung</translation>
    </message>
    <message>
        <source>Each figure is as its source gives it; figures of different cities may rest on different definitions.</source>
        <translation>Jede Zahl steht so da, wie ihre Quelle sie angibt; Zahlen verschiedener Städte können auf unterschiedlichen Definitionen beruhen.</translation>
    </message>
    <message>
        <source>network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>The network &quot;%1&quot; could not be read.</source>
        <translation>Das Netzwerk „%1“ konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Briefing on a network</source>
        <translation>Briefing zu einem Netzwerk</translation>
    </message>
    <message>
        <source>Who %1 is, who may join and how, what its working groups do, what is coming up, which practices came through it and what it said when interviewed.</source>
        <translation>Wer %1 ist, wer wie beitreten kann, was seine Arbeitsgruppen tun, was ansteht, welche Praxisbeispiele über das Netzwerk kamen und was es im Interview sagte.</translation>
    </message>
    <message>
        <source>Briefing on the network %1, from the CityKB knowledge base %2.</source>
        <translation>Briefing zum Netzwerk %1 aus der CityKB-Wissensbasis %2.</translation>
    </message>
    <message>
        <source>Key facts</source>
        <translation>Eckdaten</translation>
    </message>
    <message>
        <source>Joining: who may, how, and at what cost</source>
        <translation>Beitritt: wer, wie und zu welchen Kosten</translation>
    </message>
    <message>
        <source>Practices that came through %1.</source>
        <translation>Praxisbeispiele, die über %1 kamen.</translation>
    </message>
    <message>
        <source>working group</source>
        <translation>Arbeitsgruppe</translation>
    </message>
    <message>
        <source>The working group &quot;%1&quot; could not be read.</source>
        <translation>Die Arbeitsgruppe „%1“ konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Briefing on a working group of %1</source>
        <translation>Briefing zu einer Arbeitsgruppe von %1</translation>
    </message>
    <message>
        <source>Briefing on a working group</source>
        <translation>Briefing zu einer Arbeitsgruppe</translation>
    </message>
    <message>
        <source>What %1 works on, its work plan, how to take part and how a group starts, its members, its meetings, and what its network said.</source>
        <translation>Woran %1 arbeitet, sein Arbeitsplan, wie man mitmacht und wie eine Gruppe entsteht, seine Mitglieder, seine Treffen und was sein Netzwerk sagte.</translation>
    </message>
    <message>
        <source>Briefing on the working group %1, from the CityKB knowledge base %2.</source>
        <translation>Briefing zur Arbeitsgruppe %1 aus der CityKB-Wissensbasis %2.</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>Forum</source>
        <translation>Forum</translation>
    </message>
    <message>
        <source>Meets</source>
        <translation>Trifft sich</translation>
    </message>
    <message>
        <source>EU policy</source>
        <translation>EU-Politik</translation>
    </message>
    <message>
        <source>Focus</source>
        <translation>Schwerpunkt</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Taking part and starting a working group</source>
        <translation>Mitmachen und eine Arbeitsgruppe gründen</translation>
    </message>
    <message>
        <source>Practices presented at the group&apos;s meetings.</source>
        <translation>Praxisbeispiele, die bei den Treffen der Gruppe vorgestellt wurden.</translation>
    </message>
    <message>
        <source>The working group was not interviewed itself; this is what %1 said.</source>
        <translation>Die Arbeitsgruppe selbst wurde nicht befragt; dies sagte %1.</translation>
    </message>
    <message>
        <source>Work plans</source>
        <translation>Arbeitspläne</translation>
    </message>
    <message>
        <source>Work plan %1</source>
        <translation>Arbeitsplan %1</translation>
    </message>
    <message>
        <source>Work plan</source>
        <translation>Arbeitsplan</translation>
    </message>
    <message>
        <source>The objectives and actions as the work plan sets them out.</source>
        <translation>Die Ziele und Maßnahmen, wie der Arbeitsplan sie festlegt.</translation>
    </message>
    <message>
        <source>No objectives recorded.</source>
        <translation>Keine Ziele erfasst.</translation>
    </message>
    <message>
        <source>Objective %1: %2</source>
        <translation>Ziel %1: %2</translation>
    </message>
    <message>
        <source>EU policy: %1</source>
        <translation>EU-Politik: %1</translation>
    </message>
    <message>
        <source>The theme &quot;%1&quot; could not be read.</source>
        <translation>Das Thema „%1“ konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Briefing on a %1</source>
        <translation>Briefing: %1</translation>
    </message>
    <message>
        <source>Where %1 fits among the networks and working groups, which practices worked on it and what came of them, and what the networks said about it.</source>
        <translation>Wo %1 unter den Netzwerken und Arbeitsgruppen steht, welche Praxisbeispiele daran gearbeitet haben und was daraus wurde, und was die Netzwerke dazu sagten.</translation>
    </message>
    <message>
        <source>Briefing on the %1 %2, from the CityKB knowledge base %3.</source>
        <translation>Briefing zu %1 „%2“ aus der CityKB-Wissensbasis %3.</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Begriff</translation>
    </message>
    <message>
        <source>Vocabulary</source>
        <translation>Vokabular</translation>
    </message>
    <message>
        <source>Also called</source>
        <translation>Auch genannt</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Bedeutung</translation>
    </message>
    <message>
        <source>Practices</source>
        <translation>Praxisbeispiele</translation>
    </message>
    <message>
        <source>Through networks</source>
        <translation>Über Netzwerke</translation>
    </message>
    <message>
        <source>Networks and working groups where it fits</source>
        <translation>Passende Netzwerke und Arbeitsgruppen</translation>
    </message>
    <message>
        <source>Ranked by how strongly the KB ties them to %1: practices on it that came through them, and the term in their names, focus, EU policy or work plans.</source>
        <translation>Danach geordnet, wie eng die Wissensbasis sie mit %1 verbindet: Praxisbeispiele dazu, die über sie kamen, und der Begriff in ihrem Namen, Schwerpunkt, ihrer EU-Politik oder ihren Arbeitsplänen.</translation>
    </message>
    <message>
        <source>Network or working group</source>
        <translation>Netzwerk oder Arbeitsgruppe</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>Practices classified under %1.</source>
        <translation>Praxisbeispiele, die unter %1 eingeordnet sind.</translation>
    </message>
    <message>
        <source>Events where it came up</source>
        <translation>Veranstaltungen, bei denen es zur Sprache kam</translation>
    </message>
    <message>
        <source>The answers that mention %1.</source>
        <translation>Die Antworten, die %1 erwähnen.</translation>
    </message>
    <message>
        <source>The KB has nothing on the %1 &quot;%2&quot; to brief on: no practice, network, interview or recommendation names it.</source>
        <translation>Die Wissensbasis hat zu %1 „%2“ nichts für ein Briefing: Kein Praxisbeispiel, kein Netzwerk, kein Interview und keine Empfehlung nennt es.</translation>
    </message>
    <message>
        <source>city</source>
        <translation>Stadt</translation>
    </message>
    <message>
        <source>The city &quot;%1&quot; could not be read.</source>
        <translation>Die Stadt „%1“ konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Briefing on a city</source>
        <translation>Briefing zu einer Stadt</translation>
    </message>
    <message>
        <source>%1 in figures, the networks and working groups it belongs to, its practices and what came of them, its events, and the cities that worked on the same.</source>
        <translation>%1 in Zahlen, die Netzwerke und Arbeitsgruppen, denen es angehört, seine Praxisbeispiele und was aus ihnen wurde, seine Veranstaltungen und die Städte, die an Ähnlichem gearbeitet haben.</translation>
    </message>
    <message>
        <source>Briefing on the city %1, from the CityKB knowledge base %2.</source>
        <translation>Briefing zur Stadt %1 aus der CityKB-Wissensbasis %2.</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Einwohnerzahl</translation>
    </message>
    <message>
        <source>Networks and working groups</source>
        <translation>Netzwerke und Arbeitsgruppen</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Practices of %1.</source>
        <translation>Praxisbeispiele von %1.</translation>
    </message>
    <message>
        <source>Cities that worked on the same</source>
        <translation>Städte, die an Ähnlichem gearbeitet haben</translation>
    </message>
    <message>
        <source>Cities whose practices share the most themes, target groups, success factors and instruments with those of %1.</source>
        <translation>Städte, deren Praxisbeispiele die meisten Themen, Zielgruppen, Erfolgsfaktoren und Instrumente mit denen von %1 teilen.</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Stadt</translation>
    </message>
    <message>
        <source>Overlap</source>
        <translation>Überschneidung</translation>
    </message>
    <message>
        <source>In common</source>
        <translation>Gemeinsam</translation>
    </message>
    <message>
        <source>The scope &quot;practices:&quot; needs the ids or keys of one or more practices, separated by commas.</source>
        <translation>Der Bereich „practices:“ braucht die IDs oder Schlüssel eines oder mehrerer Praxisbeispiele, durch Kommas getrennt.</translation>
    </message>
    <message>
        <source>practice</source>
        <translation>Praxisbeispiel</translation>
    </message>
    <message>
        <source>%1 selected practices</source>
        <translation>%1 ausgewählte Praxisbeispiele</translation>
    </message>
    <message>
        <source>Briefing on selected practices</source>
        <translation>Briefing zu ausgewählten Praxisbeispielen</translation>
    </message>
    <message>
        <source>What the practices did, what came of them, the networks they came through and where they were presented.</source>
        <translation>Was die Praxisbeispiele taten, was aus ihnen wurde, über welche Netzwerke sie kamen und wo sie vorgestellt wurden.</translation>
    </message>
    <message>
        <source>Briefing on selected practices, from the CityKB knowledge base %1.</source>
        <translation>Briefing zu ausgewählten Praxisbeispielen aus der CityKB-Wissensbasis %1.</translation>
    </message>
    <message>
        <source>The networks they came through</source>
        <translation>Die Netzwerke, über die sie kamen</translation>
    </message>
    <message>
        <source>Where they were presented</source>
        <translation>Wo sie vorgestellt wurden</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>Beiträge</translation>
    </message>
    <message>
        <source>The scope &quot;query:&quot; needs the text to search for.</source>
        <translation>Der Bereich „query:“ braucht den Suchtext.</translation>
    </message>
    <message>
        <source>The search &quot;%1&quot; finds nothing to brief on.</source>
        <translation>Die Suche „%1“ findet nichts für ein Briefing.</translation>
    </message>
    <message>
        <source>Search: %1</source>
        <translation>Suche: %1</translation>
    </message>
    <message>
        <source>filters only</source>
        <translation>nur Filter</translation>
    </message>
    <message>
        <source>Briefing on a search</source>
        <translation>Briefing zu einer Suche</translation>
    </message>
    <message>
        <source>What the knowledge base holds on the search &quot;%1&quot;: networks and working groups, practices and their outcomes, events, interviews and recommendations.</source>
        <translation>Was die Wissensbasis zur Suche „%1“ enthält: Netzwerke und Arbeitsgruppen, Praxisbeispiele und ihre Ergebnisse, Veranstaltungen, Interviews und Empfehlungen.</translation>
    </message>
    <message>
        <source>Briefing on the search &quot;%1&quot;, from the CityKB knowledge base %2.</source>
        <translation>Briefing zur Suche „%1“ aus der CityKB-Wissensbasis %2.</translation>
    </message>
    <message>
        <source>%1 = %2</source>
        <translation>%1 = %2</translation>
    </message>
    <message>
        <source>type = %1</source>
        <translation>Typ = %1</translation>
    </message>
    <message>
        <source>Searched for</source>
        <translation>Gesucht nach</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Nothing matched &quot;%1&quot; as typed; these are the results for &quot;%2&quot;.</source>
        <translation>Nichts passte zu „%1“ wie eingegeben; dies sind die Ergebnisse für „%2“.</translation>
    </message>
    <message>
        <source>Practices the search found, best match first.</source>
        <translation>Praxisbeispiele, die die Suche fand, die besten Treffer zuerst.</translation>
    </message>
    <message>
        <source>The answers the search found.</source>
        <translation>Die Antworten, die die Suche fand.</translation>
    </message>
    <message>
        <source>The scope &quot;%1&quot; is not one of network:NAME, working-group:NAME, theme:NAME, city:NAME, practices:ID,ID,... or query:TEXT.</source>
        <translation>Der Bereich „%1“ ist keiner von network:NAME, working-group:NAME, theme:NAME, city:NAME, practices:ID,ID,... oder query:TEXT.</translation>
    </message>
    <message>
        <source>The scope &quot;%1&quot; needs a name or text after the colon.</source>
        <translation>Der Bereich „%1“ braucht nach dem Doppelpunkt einen Namen oder Text.</translation>
    </message>
    <message>
        <source>The briefing was cancelled; no file was written.</source>
        <translation>Das Briefing wurde abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
</context>
<context>
    <name>BriefingDialog</name>
    <message>
        <source>Export Briefing</source>
        <translation>Briefing exportieren</translation>
    </message>
    <message>
        <source>Briefing &amp;on:</source>
        <translation>&amp;Briefing zu:</translation>
    </message>
    <message>
        <source>What the briefing is on</source>
        <translation>Worum es im Briefing geht</translation>
    </message>
    <message>
        <source>A network</source>
        <translation>Ein Netzwerk</translation>
    </message>
    <message>
        <source>A working group</source>
        <translation>Eine Arbeitsgruppe</translation>
    </message>
    <message>
        <source>A theme</source>
        <translation>Ein Thema</translation>
    </message>
    <message>
        <source>A city</source>
        <translation>Eine Stadt</translation>
    </message>
    <message>
        <source>Selected practices</source>
        <translation>Ausgewählte Praxisbeispiele</translation>
    </message>
    <message>
        <source>A search</source>
        <translation>Eine Suche</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Name, practice numbers or search text</source>
        <translation>Name, Nummern von Praxisbeispielen oder Suchtext</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>PDF (to print or send)</source>
        <translation>PDF (zum Drucken oder Versenden)</translation>
    </message>
    <message>
        <source>HTML (for e-mails and web pages)</source>
        <translation>HTML (für E-Mails und Webseiten)</translation>
    </message>
    <message>
        <source>Markdown (for wikis)</source>
        <translation>Markdown (für Wikis)</translation>
    </message>
    <message>
        <source>&amp;Layout:</source>
        <translation>&amp;Layout:</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Layout</translation>
    </message>
    <message>
        <source>Include &amp;personal data (e-mail addresses, phone numbers)</source>
        <translation>&amp;Personenbezogene Daten aufnehmen (E-Mail-Adressen, Telefonnummern)</translation>
    </message>
    <message>
        <source>Include personal data (e-mail addresses, phone numbers)</source>
        <translation>Personenbezogene Daten aufnehmen (E-Mail-Adressen, Telefonnummern)</translation>
    </message>
    <message>
        <source>The briefing will show people&apos;s e-mail addresses and phone numbers. Share it only with those who need them.</source>
        <translation>Das Briefing zeigt E-Mail-Adressen und Telefonnummern von Personen. Geben Sie es nur an Personen weiter, die sie brauchen.</translation>
    </message>
    <message>
        <source>Export status</source>
        <translation>Exportstatus</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Exportfortschritt</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <source>Stop the export</source>
        <translation>Den Export anhalten</translation>
    </message>
    <message>
        <source>Open &amp;File</source>
        <translation>&amp;Datei öffnen</translation>
    </message>
    <message>
        <source>Open the exported file</source>
        <translation>Die exportierte Datei öffnen</translation>
    </message>
    <message>
        <source>Open F&amp;older</source>
        <translation>&amp;Ordner öffnen</translation>
    </message>
    <message>
        <source>Open the folder of the exported file</source>
        <translation>Den Ordner der exportierten Datei öffnen</translation>
    </message>
    <message>
        <source>◀</source>
        <translation>◀</translation>
    </message>
    <message>
        <source>Previous page (Page Up)</source>
        <translation>Vorherige Seite (Bild auf)</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Vorherige Seite</translation>
    </message>
    <message>
        <source>PgUp</source>
        <translation>PgUp</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>▶</source>
        <translation>▶</translation>
    </message>
    <message>
        <source>Next page (Page Down)</source>
        <translation>Nächste Seite (Bild ab)</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Nächste Seite</translation>
    </message>
    <message>
        <source>PgDown</source>
        <translation>PgDown</translation>
    </message>
    <message>
        <source>&amp;Zoom:</source>
        <translation>&amp;Zoom:</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>Fit page</source>
        <translation>Ganze Seite</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Seitenbreite</translation>
    </message>
    <message>
        <source>100%</source>
        <translation>100%</translation>
    </message>
    <message>
        <source>150%</source>
        <translation>150%</translation>
    </message>
    <message>
        <source>Preview of the page</source>
        <translation>Vorschau der Seite</translation>
    </message>
    <message>
        <source>Preview of the text</source>
        <translation>Vorschau des Textes</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
</context>
<context>
    <name>BulkEdit</name>
    <message>
        <source>Bulk Edit</source>
        <translation>Mehrere bearbeiten</translation>
    </message>
    <message>
        <source>Bulk edit</source>
        <translation>Mehrere bearbeiten</translation>
    </message>
    <message>
        <source>&amp;List:</source>
        <translation>&amp;Liste:</translation>
    </message>
    <message>
        <source>List to change</source>
        <translation>Zu ändernde Liste</translation>
    </message>
    <message>
        <source>&amp;Change:</source>
        <translation>&amp;Ändern:</translation>
    </message>
    <message>
        <source>Add or remove</source>
        <translation>Hinzufügen oder entfernen</translation>
    </message>
    <message>
        <source>&amp;Record:</source>
        <translation>&amp;Datensatz:</translation>
    </message>
    <message>
        <source>Record to add or remove</source>
        <translation>Hinzuzufügender oder zu entfernender Datensatz</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>&quot;%1&quot; does not take the option %2</source>
        <translation>„%1“ nimmt die Option %2 nicht an</translation>
    </message>
    <message>
        <source>%1 See &quot;citykb-cli --help&quot;.</source>
        <translation>%1 Siehe „citykb-cli --help“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a record type: %2</source>
        <translation>„%1“ braucht einen Datensatztyp: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a record type; use one of %2</source>
        <translation>„%1“ ist kein Datensatztyp; verwenden Sie einen von %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a citykb-cli command</source>
        <translation>„%1“ ist kein Befehl von citykb-cli</translation>
    </message>
    <message>
        <source>&quot;init&quot; takes no arguments besides --empty</source>
        <translation>„init“ nimmt außer --empty keine Argumente an</translation>
    </message>
    <message>
        <source>Created a KB at %1 with %2 records.</source>
        <translation>Eine KB in %1 mit %2 Datensätzen angelegt.</translation>
    </message>
    <message>
        <source>&quot;stats&quot; takes no arguments</source>
        <translation>„stats“ nimmt keine Argumente an</translation>
    </message>
    <message>
        <source>KB %1 (schema %2)</source>
        <translation>KB %1 (Schema %2)</translation>
    </message>
    <message>
        <source>  store revision   %1</source>
        <translation>  Speicherrevision %1</translation>
    </message>
    <message>
        <source>  index revision   %1</source>
        <translation>  Indexrevision    %1</translation>
    </message>
    <message>
        <source>&quot;list&quot; takes one record type; filter with --filter FIELD=VALUE</source>
        <translation>„list“ nimmt einen Datensatztyp an; filtern Sie mit --filter FELD=WERT</translation>
    </message>
    <message>
        <source>%1 to %2 of %3 %4</source>
        <translation>%1 bis %2 von %3 %4</translation>
    </message>
    <message>
        <source>&quot;show&quot; needs a record type and one id, key or name (quote a name with spaces)</source>
        <translation>„show“ braucht einen Datensatztyp und eine ID, einen Schlüssel oder Namen (Namen mit Leerzeichen in Anführungszeichen)</translation>
    </message>
    <message>
        <source>&quot;export&quot; needs what to export: bundle or responses</source>
        <translation>„export“ braucht, was exportiert werden soll: bundle oder responses</translation>
    </message>
    <message>
        <source>&quot;export bundle&quot; takes no arguments besides -o FILE and --personal-data</source>
        <translation>„export bundle“ nimmt außer -o DATEI und --personal-data keine Argumente an</translation>
    </message>
    <message>
        <source>&quot;export bundle&quot; needs -o FILE.json</source>
        <translation>„export bundle“ braucht -o DATEI.json</translation>
    </message>
    <message>
        <source>Wrote %1, with e-mail addresses and phone numbers.</source>
        <translation>%1 geschrieben, mit E-Mail-Adressen und Telefonnummern.</translation>
    </message>
    <message>
        <source>Wrote %1 (e-mail addresses and phone numbers withheld; --personal-data includes them).</source>
        <translation>%1 geschrieben (E-Mail-Adressen und Telefonnummern weggelassen; --personal-data nimmt sie auf).</translation>
    </message>
    <message>
        <source>&quot;export responses&quot; takes no arguments besides --questionnaire, --format, -o FILE and --personal-data</source>
        <translation>„export responses“ nimmt außer --questionnaire, --format, -o DATEI und --personal-data keine Argumente an</translation>
    </message>
    <message>
        <source>&quot;export responses&quot; needs --questionnaire ID|KEY|TITLE</source>
        <translation>„export responses“ braucht --questionnaire ID|KEY|TITLE</translation>
    </message>
    <message>
        <source>&quot;export responses&quot; needs --format csv, xlsx or json</source>
        <translation>„export responses“ braucht --format csv, xlsx oder json</translation>
    </message>
    <message>
        <source>--format takes csv, xlsx or json, not &quot;%1&quot;</source>
        <translation>--format nimmt csv, xlsx oder json an, nicht „%1“</translation>
    </message>
    <message>
        <source>&quot;export responses&quot; needs -o FILE</source>
        <translation>„export responses“ braucht -o DATEI</translation>
    </message>
    <message>
        <source>Wrote %1: %2 responses to &quot;%3&quot;, %4 questions, with e-mail addresses and phone numbers.</source>
        <translation>%1 geschrieben: %2 Antworten auf „%3“, %4 Fragen, mit E-Mail-Adressen und Telefonnummern.</translation>
    </message>
    <message>
        <source>Wrote %1: %2 responses to &quot;%3&quot;, %4 questions (e-mail addresses and phone numbers withheld; --personal-data includes them).</source>
        <translation>%1 geschrieben: %2 Antworten auf „%3“, %4 Fragen (E-Mail-Adressen und Telefonnummern weggelassen; --personal-data nimmt sie auf).</translation>
    </message>
    <message>
        <source>&quot;import&quot; needs at least one file or folder</source>
        <translation>„import“ braucht mindestens eine Datei oder einen Ordner</translation>
    </message>
    <message>
        <source>Imported %1: %2 new records, %3 replaced.</source>
        <translation>%1 importiert: %2 neue Datensätze, %3 ersetzt.</translation>
    </message>
    <message>
        <source>%1 records that exist were kept as they are: the bundle has no personal data.</source>
        <translation>%1 vorhandene Datensätze blieben, wie sie sind: Das Bündel enthält keine personenbezogenen Daten.</translation>
    </message>
    <message>
        <source>Filled in %1 as the document &quot;%2&quot; (%3): %4 sections, %5 links.</source>
        <translation>%1 als Dokument „%2“ (%3) ergänzt: %4 Abschnitte, %5 Verknüpfungen.</translation>
    </message>
    <message>
        <source>Imported %1 as the document &quot;%2&quot; (%3): %4 sections, %5 links.</source>
        <translation>%1 als Dokument „%2“ (%3) importiert: %4 Abschnitte, %5 Verknüpfungen.</translation>
    </message>
    <message>
        <source>Filled-in questionnaires: %1.</source>
        <translation>Ausgefüllte Fragebögen: %1.</translation>
    </message>
    <message>
        <source>New networks (subjects the KB did not know): %1.</source>
        <translation>Neue Netzwerke (Gegenstände, die die KB nicht kannte): %1.</translation>
    </message>
    <message>
        <source>&quot;relink&quot; takes no arguments</source>
        <translation>„relink“ nimmt keine Argumente an</translation>
    </message>
    <message>
        <source>Linked %1 documents again: %2 changed, %3 links in all.</source>
        <translation>%1 Dokumente neu verknüpft: %2 geändert, %3 Verknüpfungen insgesamt.</translation>
    </message>
    <message>
        <source>&quot;check&quot; takes no arguments</source>
        <translation>„check“ nimmt keine Argumente an</translation>
    </message>
    <message>
        <source>The KB at %1 is healthy.</source>
        <translation>Die KB in %1 ist in Ordnung.</translation>
    </message>
    <message>
        <source>store: </source>
        <translation>Speicher: </translation>
    </message>
    <message>
        <source>index: </source>
        <translation>Index: </translation>
    </message>
    <message numerus="yes">
        <source>The KB at %1 has %n problem(s).</source>
        <translation>
            <numerusform>Die KB in %1 hat %n Problem.</numerusform>
            <numerusform>Die KB in %1 hat %n Probleme.</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;backup&quot; needs -o FILE and nothing else</source>
        <translation>„backup“ braucht -o DATEI und sonst nichts</translation>
    </message>
    <message>
        <source>Wrote a backup of %1 to %2.</source>
        <translation>Sicherung von %1 nach %2 geschrieben.</translation>
    </message>
    <message>
        <source>&quot;restore&quot; needs exactly one backup file</source>
        <translation>„restore“ braucht genau eine Sicherungsdatei</translation>
    </message>
    <message>
        <source>Restored %1 from %2; the previous state is in its backups folder.</source>
        <translation>%1 aus %2 wiederhergestellt; der vorherige Stand liegt in seinem Sicherungsordner.</translation>
    </message>
    <message>
        <source>The standard input</source>
        <translation>Die Standardeingabe</translation>
    </message>
    <message>
        <source>The standard input cannot be read.</source>
        <translation>Die Standardeingabe kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1 is %2, not a JSON file.</source>
        <translation>%1 ist %2, keine JSON-Datei.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>%1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>%1 holds more than 64 MiB, which is no single record.</source>
        <translation>%1 enthält mehr als 64 MiB, das ist kein einzelner Datensatz.</translation>
    </message>
    <message>
        <source>%1 is not valid JSON (%2 at byte %3).</source>
        <translation>%1 ist kein gültiges JSON (%2 bei Byte %3).</translation>
    </message>
    <message>
        <source>%1 holds no JSON object; a record is one object.</source>
        <translation>%1 enthält kein JSON-Objekt; ein Datensatz ist ein Objekt.</translation>
    </message>
    <message>
        <source>Saved %1 &quot;%2&quot; (revision %3).</source>
        <translation>%1 „%2“ gespeichert (Revision %3).</translation>
    </message>
    <message>
        <source>&quot;add&quot; needs a record type and --json FILE (or --json - to read standard input)</source>
        <translation>„add“ braucht einen Datensatztyp und --json DATEI (oder --json -, um die Standardeingabe zu lesen)</translation>
    </message>
    <message>
        <source>&quot;edit&quot; needs a record type, one id, key or name (quote a name with spaces), and --set or --json FILE</source>
        <translation>„edit“ braucht einen Datensatztyp, eine ID, einen Schlüssel oder Namen (Namen mit Leerzeichen in Anführungszeichen) und --set oder --json DATEI</translation>
    </message>
    <message>
        <source>&quot;edit&quot; needs what to change: --set FIELD=VALUE or --json FILE</source>
        <translation>„edit“ braucht die Änderung: --set FELD=WERT oder --json DATEI</translation>
    </message>
    <message>
        <source>&quot;delete&quot; needs a record type and one id, key or name (quote a name with spaces)</source>
        <translation>„delete“ braucht einen Datensatztyp und eine ID, einen Schlüssel oder Namen (Namen mit Leerzeichen in Anführungszeichen)</translation>
    </message>
    <message>
        <source>Moved %1 &quot;%2&quot; to the trash.</source>
        <translation>%1 „%2“ in den Papierkorb verschoben.</translation>
    </message>
    <message>
        <source>&quot;citykb-cli trash restore %1 %2&quot; brings it back.</source>
        <translation>„citykb-cli trash restore %1 %2“ holt ihn zurück.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) in the trash</source>
        <translation>
            <numerusform>%n Datensatz im Papierkorb</numerusform>
            <numerusform>%n Datensätze im Papierkorb</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;trash restore&quot; needs a record type and the key of the record</source>
        <translation>„trash restore“ braucht einen Datensatztyp und den Schlüssel des Datensatzes</translation>
    </message>
    <message>
        <source>Restored %1 &quot;%2&quot;.</source>
        <translation>%1 „%2“ wiederhergestellt.</translation>
    </message>
    <message numerus="yes">
        <source>%n other record(s) got their link back.</source>
        <translation>
            <numerusform>%n weiterer Datensatz hat seine Verknüpfung zurückerhalten.</numerusform>
            <numerusform>%n weitere Datensätze haben ihre Verknüpfung zurückerhalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;trash empty&quot; takes no arguments</source>
        <translation>„trash empty“ nimmt keine Argumente an</translation>
    </message>
    <message numerus="yes">
        <source>Emptied the trash: %n record(s) deleted for good.</source>
        <translation>
            <numerusform>Papierkorb geleert: %n Datensatz endgültig gelöscht.</numerusform>
            <numerusform>Papierkorb geleert: %n Datensätze endgültig gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;trash %1&quot; is not a trash command; use &quot;trash&quot;, &quot;trash restore TYPE KEY&quot; or &quot;trash empty&quot;</source>
        <translation>„trash %1“ ist kein Papierkorb-Befehl; verwenden Sie „trash“, „trash restore TYPE KEY“ oder „trash empty“</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(nicht gesetzt)</translation>
    </message>
    <message>
        <source>&quot;history&quot; needs a record type and one id, key or name (quote a name with spaces)</source>
        <translation>„history“ braucht einen Datensatztyp und eine ID, einen Schlüssel oder Namen (Namen mit Leerzeichen in Anführungszeichen)</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; (id %3), in the trash since %4</source>
        <translation>%1 „%2“ (ID %3), im Papierkorb seit %4</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; (id %3)</source>
        <translation>%1 „%2“ (ID %3)</translation>
    </message>
    <message>
        <source>created</source>
        <comment>a version of a record</comment>
        <translation>angelegt</translation>
    </message>
    <message>
        <source>restored</source>
        <comment>a version of a record</comment>
        <translation>wiederhergestellt</translation>
    </message>
    <message>
        <source>changed</source>
        <comment>a version of a record</comment>
        <translation>geändert</translation>
    </message>
    <message>
        <source>revision %1  %2  %3  (current)</source>
        <translation>Revision %1  %2  %3  (aktuell)</translation>
    </message>
    <message>
        <source>revision %1  %2  %3</source>
        <translation>Revision %1  %2  %3</translation>
    </message>
    <message>
        <source>&quot;revert&quot; needs a record type, one id, key or name, and --to REVISION</source>
        <translation>„revert“ braucht einen Datensatztyp, eine ID, einen Schlüssel oder Namen und --to REVISION</translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; is as it was at revision %3 again, as revision %4.</source>
        <translation>%1 „%2“ ist wieder wie in Revision %3, als Revision %4.</translation>
    </message>
    <message>
        <source>&quot;erase&quot; erases people only: &quot;erase people ID|KEY|NAME&quot;; other records are deleted with &quot;delete&quot;</source>
        <translation>„erase“ löscht nur Personen aus: „erase people ID|KEY|NAME“; andere Datensätze werden mit „delete“ gelöscht</translation>
    </message>
    <message>
        <source>&quot;erase people&quot; needs one id, key or name (quote a name with spaces)</source>
        <translation>„erase people“ braucht eine ID, einen Schlüssel oder Namen (Namen mit Leerzeichen in Anführungszeichen)</translation>
    </message>
    <message>
        <source>Did you mean: %1</source>
        <translation>Meinten Sie: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n Ergebnis</numerusform>
            <numerusform>%n Ergebnisse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n result(s)</source>
        <translation>
            <numerusform>etwa %n Ergebnis</numerusform>
            <numerusform>etwa %n Ergebnisse</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;search&quot; needs a query (quote it when it has spaces) or a --facet</source>
        <translation>„search“ braucht eine Suchanfrage (in Anführungszeichen, wenn sie Leerzeichen enthält) oder ein --facet</translation>
    </message>
    <message>
        <source>&quot;similar&quot; needs a record type and one id, key or name (quote a name with spaces)</source>
        <translation>„similar“ braucht einen Datensatztyp und eine ID, einen Schlüssel oder Namen (Namen mit Leerzeichen in Anführungszeichen)</translation>
    </message>
    <message>
        <source>&quot;reindex&quot; takes no arguments</source>
        <translation>„reindex“ nimmt keine Argumente an</translation>
    </message>
    <message>
        <source>Reindexed %1 records in %2 s (%3 records/s).</source>
        <translation>%1 Datensätze in %2 s neu indiziert (%3 Datensätze/s).</translation>
    </message>
    <message>
        <source>&quot;export briefing&quot; takes no arguments besides --scope SCOPE, --format, --language, --personal-data, --style DIR and -o FILE</source>
        <translation>„export briefing“ nimmt außer --scope BEREICH, --format, --language, --personal-data, --style ORDNER und -o DATEI keine Argumente an</translation>
    </message>
    <message>
        <source>--language takes %1, not &quot;%2&quot;</source>
        <translation>--language nimmt %1 an, nicht „%2“</translation>
    </message>
    <message>
        <source>&quot;export briefing&quot; needs --scope SCOPE: network:NAME, working-group:NAME, theme:NAME, city:NAME, practices:ID,ID,... or query:TEXT</source>
        <translation>„export briefing“ braucht --scope BEREICH: network:NAME, working-group:NAME, theme:NAME, city:NAME, practices:ID,ID,... oder query:TEXT</translation>
    </message>
    <message>
        <source>&quot;export briefing&quot; needs -o FILE</source>
        <translation>„export briefing“ braucht -o DATEI</translation>
    </message>
    <message>
        <source>--type and --facet go with a query:TEXT scope only</source>
        <translation>--type und --facet gehören nur zu einem Bereich query:TEXT</translation>
    </message>
    <message>
        <source>--format must be pdf, html or md, not &quot;%1&quot;</source>
        <translation>--format muss pdf, html oder md sein, nicht „%1“</translation>
    </message>
    <message>
        <source>The style folder %1 does not exist.</source>
        <translation>Der Stilordner %1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 braucht einen Wert</translation>
    </message>
    <message>
        <source>--filter needs FIELD=VALUE, not &quot;%1&quot;</source>
        <translation>--filter braucht FELD=WERT, nicht „%1“</translation>
    </message>
    <message>
        <source>--facet needs FIELD=VALUE, not &quot;%1&quot;</source>
        <translation>--facet braucht FELD=WERT, nicht „%1“</translation>
    </message>
    <message>
        <source>%1 needs a number from 0 to 10000, not &quot;%2&quot;</source>
        <translation>%1 braucht eine Zahl von 0 bis 10000, nicht „%2“</translation>
    </message>
    <message>
        <source>--set needs FIELD=VALUE, FIELD+=VALUE or FIELD-=VALUE, not &quot;%1&quot;</source>
        <translation>--set braucht FELD=WERT, FELD+=WERT oder FELD-=WERT, nicht „%1“</translation>
    </message>
    <message>
        <source>%1 needs a revision number, not &quot;%2&quot;</source>
        <translation>%1 braucht eine Revisionsnummer, nicht „%2“</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an option of citykb-cli</source>
        <translation>„%1“ ist keine Option von citykb-cli</translation>
    </message>
    <message>
        <source>create a KB, seeded from the curated dataset unless --empty</source>
        <translation>eine KB anlegen, mit dem kuratierten Datensatz befüllt, außer
mit --empty</translation>
    </message>
    <message>
        <source>record counts per type, the store and index revisions</source>
        <translation>Anzahl der Datensätze je Typ, die Revisionen von Speicher und Index</translation>
    </message>
    <message>
        <source>records of a type; F is a field, a reference or a list
(list practices --filter city=Bologna --filter theme=employment);
sorted by title unless --sort (&quot;-&quot; for descending)</source>
        <translation>Datensätze eines Typs; F ist ein Feld, ein Verweis oder eine Liste
(list practices --filter city=Bologna --filter theme=employment);
nach Titel sortiert, außer mit --sort („-“ für absteigend)</translation>
    </message>
    <message>
        <source>one record with the records that link to it</source>
        <translation>ein Datensatz mit den Datensätzen, die auf ihn verweisen</translation>
    </message>
    <message>
        <source>the whole KB as one JSON bundle; imports back unchanged.
E-mail addresses and phone numbers are withheld unless
--personal-data; such a bundle never overwrites on import</source>
        <translation>die ganze KB als ein JSON-Bündel; wird unverändert wieder
importiert. E-Mail-Adressen und Telefonnummern werden
weggelassen, außer mit --personal-data; ein solches Bündel
überschreibt beim Import nie</translation>
    </message>
    <message>
        <source>a briefing for a meeting: title page, contents, key facts, how
to join and at what cost, working groups, events (coming first),
practices with their outcomes, what the network said, recommendations
and numbered sources. SCOPE is network:NAME, working-group:NAME,
theme:NAME, city:NAME, practices:ID,ID,... or query:TEXT (with
--type and --facet F=V as in search). The format follows FILE&apos;s
ending unless --format; PDF by default. E-mail addresses and phone
numbers only with --personal-data. --style DIR: templates and style
sheets that replace the built-in ones (also read from the KB&apos;s
briefing/ folder). --language LANG (en, de or fr): the language of
the headings and labels; the environment&apos;s language by default</source>
        <translation>ein Briefing für eine Sitzung: Titelseite, Inhalt, Eckdaten, wie
man beitritt und zu welchen Kosten, Arbeitsgruppen, Veranstaltungen
(kommende zuerst), Praxisbeispiele mit Ergebnissen, was das Netzwerk
sagte, Empfehlungen und nummerierte Quellen. SCOPE ist network:NAME,
working-group:NAME, theme:NAME, city:NAME, practices:ID,ID,... oder
query:TEXT (mit --type und --facet F=V wie bei search). Das Format
folgt der Endung von FILE, außer mit --format; sonst PDF.
E-Mail-Adressen und Telefonnummern nur mit --personal-data. --style DIR:
Vorlagen und Stylesheets, die die eingebauten ersetzen (auch aus dem
Ordner briefing/ der KB gelesen). --language LANG (en, de oder fr):
die Sprache der Überschriften und Bezeichnungen; sonst die Sprache
der Umgebung</translation>
    </message>
    <message>
        <source>documents and JSON bundles, told apart by content (a bundle is
JSON naming the bundle format, or a .json file); folders are
walked. Bundles go in together (all or nothing), then each
document on its own, split into sections and linked to the
records it mentions; a file imported before is left as it is.
Filled-in questionnaires in a document (&quot;Filled in questionnaire:
NETWORK&quot; headings, questions and their answers) become a
questionnaire and one response per interview; what matches no
question goes to the response&apos;s notes and is reported.
A bad file is reported and the others go on; exit 1 when any failed</source>
        <translation>Dokumente und JSON-Bündel, am Inhalt unterschieden (ein Bündel
ist JSON, das das Bündelformat nennt, oder eine .json-Datei);
Ordner werden durchlaufen. Bündel kommen zusammen hinein (alles
oder nichts), dann jedes Dokument für sich, in Abschnitte geteilt
und mit den erwähnten Datensätzen verknüpft; eine schon importierte
Datei bleibt, wie sie ist. Ausgefüllte Fragebögen in einem Dokument
(Überschriften „Filled in questionnaire: NETWORK“, Fragen und ihre
Antworten) werden ein Fragebogen und eine Antwort je Interview;
was zu keiner Frage passt, kommt in die Notizen der Antwort und
wird gemeldet. Eine fehlerhafte Datei wird gemeldet, die anderen
laufen weiter; Exit-Status 1, wenn eine scheiterte</translation>
    </message>
    <message>
        <source>find the records each document mentions again (after new records)</source>
        <translation>die Datensätze, die jedes Dokument erwähnt, erneut suchen (nach
neuen Datensätzen)</translation>
    </message>
    <message>
        <source>full-text search with facets, snippets and &quot;did you mean&quot;;
QUERY may hold words, &quot;phrases&quot;, AND/OR/NOT, +word -word, word*,
title:WORD and facet fields such as city:Bologna, network:ERRIN,
type:practice, theme:housing, year:2011..2013 (-city:X excludes);
F is one of type, network, working-group, city, country, theme,
target-group, success-factor, instrument, status, year</source>
        <translation>Volltextsuche mit Facetten, Ausschnitten und „Meinten Sie“;
QUERY kann Wörter, &quot;Phrasen&quot;, AND/OR/NOT, +Wort -Wort, Wort*,
title:WORT und Facettenfelder wie city:Bologna, network:ERRIN,
type:practice, theme:housing, year:2011..2013 enthalten (-city:X
schließt aus); F ist eines von type, network, working-group, city,
country, theme, target-group, success-factor, instrument, status,
year</translation>
    </message>
    <message>
        <source>records like this one (&quot;more like this&quot;)</source>
        <translation>Datensätze wie dieser („mehr davon“)</translation>
    </message>
    <message>
        <source>a new record from a JSON object (- reads stdin); prints its key</source>
        <translation>ein neuer Datensatz aus einem JSON-Objekt (- liest stdin); gibt
seinen Schlüssel aus</translation>
    </message>
    <message>
        <source>change fields: F=V sets (F= clears), F+=V adds to a list,
F-=V takes out of one (themes+=housing); --json lays a JSON
object over the record first; a record saved since revision N
is refused</source>
        <translation>Felder ändern: F=V setzt (F= leert), F+=V fügt einer Liste hinzu,
F-=V nimmt aus einer heraus (themes+=housing); --json legt zuerst
ein JSON-Objekt über den Datensatz; ein seit Revision N
gespeicherter Datensatz wird abgelehnt</translation>
    </message>
    <message>
        <source>move a record to the trash (with --cascade, what belongs to it too)</source>
        <translation>einen Datensatz in den Papierkorb verschieben (mit --cascade auch,
was zu ihm gehört)</translation>
    </message>
    <message>
        <source>what is in the trash</source>
        <translation>was im Papierkorb liegt</translation>
    </message>
    <message>
        <source>bring a record back from the trash, with its links</source>
        <translation>einen Datensatz mit seinen Verknüpfungen aus dem Papierkorb
zurückholen</translation>
    </message>
    <message>
        <source>delete what is in the trash for good</source>
        <translation>den Inhalt des Papierkorbs endgültig löschen</translation>
    </message>
    <message>
        <source>the versions of a record and what changed, field by field</source>
        <translation>die Versionen eines Datensatzes und was sich geändert hat, Feld für
Feld</translation>
    </message>
    <message>
        <source>write an earlier version again, as a new edit</source>
        <translation>eine frühere Version erneut schreiben, als neue Bearbeitung</translation>
    </message>
    <message>
        <source>erase a person everywhere: records, history, trash, index,
the backups in the KB&apos;s backups folder and its logs</source>
        <translation>eine Person überall auslöschen: Datensätze, Verlauf, Papierkorb,
Index, die Sicherungen im Sicherungsordner der KB und ihre Logs</translation>
    </message>
    <message>
        <source>rebuild the search index from the store</source>
        <translation>den Suchindex aus dem Speicher neu aufbauen</translation>
    </message>
    <message>
        <source>store integrity (SQLite integrity and foreign keys) and index drift</source>
        <translation>Integrität des Speichers (SQLite-Integrität und Fremdschlüssel)
und Abweichung des Index</translation>
    </message>
    <message>
        <source>a consistent copy of the store</source>
        <translation>eine konsistente Kopie des Speichers</translation>
    </message>
    <message>
        <source>replace the store by a checked backup; the current one is kept</source>
        <translation>den Speicher durch eine geprüfte Sicherung ersetzen; der aktuelle
bleibt erhalten</translation>
    </message>
    <message>
        <source>Usage: citykb-cli [--kb DIR] COMMAND [ARGS] [--json]</source>
        <translation>Aufruf: citykb-cli [--kb ORDNER] BEFEHL [ARGUMENTE] [--json]</translation>
    </message>
    <message>
        <source>CityKB keeps the knowledge of European city networks in a local knowledge base (KB).
The KB folder is --kb DIR, else $CITYKB_HOME, else %1.</source>
        <translation>CityKB bewahrt das Wissen europäischer Städtenetzwerke in einer lokalen Wissensbasis (KB) auf.
Der KB-Ordner ist --kb ORDNER, sonst $CITYKB_HOME, sonst %1.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>TYPE is one of: %1.</source>
        <translation>TYPE ist einer von: %1.</translation>
    </message>
    <message>
        <source>Options: --json prints one JSON document on stdout; --help; --version.</source>
        <translation>Optionen: --json gibt ein JSON-Dokument auf stdout aus; --help; --version.</translation>
    </message>
    <message>
        <source>Exit status: 0 success, 1 bad input, 2 usage error, 3 KB locked, damaged or of a newer schema.</source>
        <translation>Exit-Status: 0 Erfolg, 1 fehlerhafte Eingabe, 2 Aufruffehler, 3 KB gesperrt, beschädigt oder mit neuerem Schema.</translation>
    </message>
    <message>
        <source>%1. See &quot;citykb-cli --help&quot;.</source>
        <translation>%1. Siehe „citykb-cli --help“.</translation>
    </message>
    <message>
        <source>No command given. See &quot;citykb-cli --help&quot;.</source>
        <translation>Kein Befehl angegeben. Siehe „citykb-cli --help“.</translation>
    </message>
    <message>
        <source>Argument %1 is not valid UTF-8.</source>
        <translation>Argument %1 ist kein gültiges UTF-8.</translation>
    </message>
    <message>
        <source>Erased the person: their record and %1 earlier version(s) are gone; %2 other record(s), %3 version(s), %4 trash entr(y/ies) and %5 backup(s) no longer name them.</source>
        <translation>Person ausgelöscht: Ihr Datensatz und %1 frühere Version(en) sind entfernt; %2 andere Datensätze, %3 Versionen, %4 Papierkorbeinträge und %5 Sicherungen nennen sie nicht mehr.</translation>
    </message>
    <message>
        <source>&quot;export %1&quot; is not available; use &quot;export bundle -o FILE.json&quot;, &quot;export briefing --scope SCOPE -o FILE&quot; or &quot;export responses --questionnaire ID|KEY|TITLE --format csv|xlsx|json -o FILE&quot;</source>
        <translation>„export %1“ gibt es nicht; verwenden Sie „export bundle -o FILE.json“, „export briefing --scope SCOPE -o FILE“ oder „export responses --questionnaire ID|KEY|TITLE --format csv|xlsx|json -o FILE“</translation>
    </message>
</context>
<context>
    <name>DisplayNames</name>
    <message>
        <source>Acronym</source>
        <translation>Akronym</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Zielpublikum</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Vorsitz</translation>
    </message>
    <message>
        <source>Chair city</source>
        <translation>Vorsitzende Stadt</translation>
    </message>
    <message>
        <source>Checksum</source>
        <translation>Prüfsumme</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>Auswahl</translation>
    </message>
    <message>
        <source>Choices</source>
        <translation>Auswahlmöglichkeiten</translation>
    </message>
    <message>
        <source>Cities</source>
        <translation>Städte</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Stadt</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Länder</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Date text</source>
        <translation>Datum als Text</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Eligibility</source>
        <translation>Teilnahmeberechtigung</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Enddatum</translation>
    </message>
    <message>
        <source>End year</source>
        <translation>Endjahr</translation>
    </message>
    <message>
        <source>EU policy</source>
        <translation>EU-Politik</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Veranstaltungen</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>Beiträge</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Dateiname</translation>
    </message>
    <message>
        <source>Focus</source>
        <translation>Schwerpunkt</translation>
    </message>
    <message>
        <source>Forum</source>
        <translation>Forum</translation>
    </message>
    <message>
        <source>Founded year</source>
        <translation>Gründungsjahr</translation>
    </message>
    <message>
        <source>Founders</source>
        <translation>Gründer</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Finanzierung</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Überschrift</translation>
    </message>
    <message>
        <source>Headquarters</source>
        <translation>Sitz</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hilfe</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Gastgeber</translation>
    </message>
    <message>
        <source>How to join</source>
        <translation>Wie man beitritt</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Kennzahlen</translation>
    </message>
    <message>
        <source>Innovation</source>
        <translation>Innovation</translation>
    </message>
    <message>
        <source>Instruments</source>
        <translation>Instrumente</translation>
    </message>
    <message>
        <source>Interview mode</source>
        <translation>Interviewform</translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation>Interviewer(in)</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>Einleitung</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Key messages</source>
        <translation>Kernbotschaften</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Lead city</source>
        <translation>Federführende Stadt</translation>
    </message>
    <message>
        <source>Meeting frequency</source>
        <translation>Sitzungshäufigkeit</translation>
    </message>
    <message>
        <source>Members as of</source>
        <translation>Mitglieder (Stand)</translation>
    </message>
    <message>
        <source>Members count</source>
        <translation>Mitgliederzahl</translation>
    </message>
    <message>
        <source>Members note</source>
        <translation>Anmerkung zu Mitgliedern</translation>
    </message>
    <message>
        <source>Memberships</source>
        <translation>Mitgliedschaften</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Erwähnungen</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>Networks</source>
        <translation>Netzwerke</translation>
    </message>
    <message>
        <source>New group rule</source>
        <translation>Regel für neue Gruppen</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anmerkung</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Organisation name</source>
        <translation>Name der Organisation</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisationen</translation>
    </message>
    <message>
        <source>Organisers</source>
        <translation>Veranstalter</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Übergeordnet</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <source>Participants count</source>
        <translation>Teilnehmerzahl</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Einwohnerzahl</translation>
    </message>
    <message>
        <source>Population year</source>
        <translation>Jahr der Einwohnerzahl</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Praxisbeispiel</translation>
    </message>
    <message>
        <source>Practices</source>
        <translation>Praxisbeispiele</translation>
    </message>
    <message>
        <source>Previous version</source>
        <translation>Vorherige Version</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>Fragebogen</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Related</source>
        <translation>Verwandt</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Beziehung</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Pflicht</translation>
    </message>
    <message>
        <source>Respondents</source>
        <translation>Befragte</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Regeln</translation>
    </message>
    <message>
        <source>Runs until</source>
        <translation>Läuft bis</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Reichweite</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Abschnitte</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Startdatum</translation>
    </message>
    <message>
        <source>Start year</source>
        <translation>Startjahr</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Subject network</source>
        <translation>Betroffenes Netzwerk</translation>
    </message>
    <message>
        <source>Subject organisation</source>
        <translation>Betroffene Organisation</translation>
    </message>
    <message>
        <source>Success factors</source>
        <translation>Erfolgsfaktoren</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Synonyms</source>
        <translation>Synonyme</translation>
    </message>
    <message>
        <source>Target groups</source>
        <translation>Zielgruppen</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Begriff</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Themen</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Vocabulary</source>
        <translation>Vokabular</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Work plans</source>
        <translation>Arbeitspläne</translation>
    </message>
    <message>
        <source>Working group</source>
        <translation>Arbeitsgruppe</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Target group</source>
        <translation>Zielgruppe</translation>
    </message>
    <message>
        <source>Success factor</source>
        <translation>Erfolgsfaktor</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Instrument</translation>
    </message>
    <message>
        <source>Taxonomy</source>
        <comment>record type, plural, heading</comment>
        <translation>Taxonomie</translation>
    </message>
    <message>
        <source>taxonomy terms</source>
        <comment>record type, plural, in a count</comment>
        <translation>Taxonomiebegriffe</translation>
    </message>
    <message>
        <source>Documents</source>
        <comment>record type, plural, heading</comment>
        <translation>Dokumente</translation>
    </message>
    <message>
        <source>documents</source>
        <comment>record type, plural, in a count</comment>
        <translation>Dokumente</translation>
    </message>
    <message>
        <source>Networks</source>
        <comment>record type, plural, heading</comment>
        <translation>Netzwerke</translation>
    </message>
    <message>
        <source>networks</source>
        <comment>record type, plural, in a count</comment>
        <translation>Netzwerke</translation>
    </message>
    <message>
        <source>Organisations</source>
        <comment>record type, plural, heading</comment>
        <translation>Organisationen</translation>
    </message>
    <message>
        <source>organisations</source>
        <comment>record type, plural, in a count</comment>
        <translation>Organisationen</translation>
    </message>
    <message>
        <source>Cities</source>
        <comment>record type, plural, heading</comment>
        <translation>Städte</translation>
    </message>
    <message>
        <source>cities</source>
        <comment>record type, plural, in a count</comment>
        <translation>Städte</translation>
    </message>
    <message>
        <source>Forums</source>
        <comment>record type, plural, heading</comment>
        <translation>Foren</translation>
    </message>
    <message>
        <source>forums</source>
        <comment>record type, plural, in a count</comment>
        <translation>Foren</translation>
    </message>
    <message>
        <source>Working groups</source>
        <comment>record type, plural, heading</comment>
        <translation>Arbeitsgruppen</translation>
    </message>
    <message>
        <source>working groups</source>
        <comment>record type, plural, in a count</comment>
        <translation>Arbeitsgruppen</translation>
    </message>
    <message>
        <source>People</source>
        <comment>record type, plural, heading</comment>
        <translation>Personen</translation>
    </message>
    <message>
        <source>people</source>
        <comment>record type, plural, in a count</comment>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Practices</source>
        <comment>record type, plural, heading</comment>
        <translation>Praxisbeispiele</translation>
    </message>
    <message>
        <source>practices</source>
        <comment>record type, plural, in a count</comment>
        <translation>Praxisbeispiele</translation>
    </message>
    <message>
        <source>Events</source>
        <comment>record type, plural, heading</comment>
        <translation>Veranstaltungen</translation>
    </message>
    <message>
        <source>events</source>
        <comment>record type, plural, in a count</comment>
        <translation>Veranstaltungen</translation>
    </message>
    <message>
        <source>Questionnaires</source>
        <comment>record type, plural, heading</comment>
        <translation>Fragebögen</translation>
    </message>
    <message>
        <source>questionnaires</source>
        <comment>record type, plural, in a count</comment>
        <translation>Fragebögen</translation>
    </message>
    <message>
        <source>Responses</source>
        <comment>record type, plural, heading</comment>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>responses</source>
        <comment>record type, plural, in a count</comment>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <comment>record type, plural, heading</comment>
        <translation>Empfehlungen</translation>
    </message>
    <message>
        <source>recommendations</source>
        <comment>record type, plural, in a count</comment>
        <translation>Empfehlungen</translation>
    </message>
</context>
<context>
    <name>DocumentLinksDialog</name>
    <message>
        <source>Document Links</source>
        <translation>Dokumentverknüpfungen</translation>
    </message>
    <message>
        <source>Document links</source>
        <translation>Dokumentverknüpfungen</translation>
    </message>
    <message>
        <source>&amp;Records the document links to</source>
        <translation>&amp;Datensätze, mit denen das Dokument verknüpft ist</translation>
    </message>
    <message>
        <source>Records the document links to</source>
        <translation>Datensätze, mit denen das Dokument verknüpft ist</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>Linked by</source>
        <translation>Verknüpft durch</translation>
    </message>
    <message>
        <source>&amp;Remove Link</source>
        <translation>Verknüpfung &amp;entfernen</translation>
    </message>
    <message>
        <source>Remove the chosen link</source>
        <translation>Die gewählte Verknüpfung entfernen</translation>
    </message>
    <message>
        <source>Add a link</source>
        <translation>Eine Verknüpfung hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>&amp;Typ</translation>
    </message>
    <message>
        <source>Type of the record to link</source>
        <translation>Typ des zu verknüpfenden Datensatzes</translation>
    </message>
    <message>
        <source>R&amp;ecord</source>
        <translation>Date&amp;nsatz</translation>
    </message>
    <message>
        <source>Record to link</source>
        <translation>Zu verknüpfender Datensatz</translation>
    </message>
    <message>
        <source>&amp;Section</source>
        <translation>&amp;Abschnitt</translation>
    </message>
    <message>
        <source>Section that mentions it</source>
        <translation>Abschnitt, der ihn erwähnt</translation>
    </message>
    <message>
        <source>&amp;Add Link</source>
        <translation>Verknüpfung &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Add the link</source>
        <translation>Die Verknüpfung hinzufügen</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>EligibilityEditor</name>
    <message>
        <source>Eligibility</source>
        <translation>Teilnahmeberechtigung</translation>
    </message>
    <message>
        <source>&amp;Who may join</source>
        <translation>&amp;Wer beitreten kann</translation>
    </message>
    <message>
        <source>Who may join</source>
        <translation>Wer beitreten kann</translation>
    </message>
    <message>
        <source>member type, such as towns and cities, or regions</source>
        <translation>Art der Mitglieder, etwa Städte und Gemeinden oder Regionen</translation>
    </message>
    <message>
        <source>&amp;Population from</source>
        <translation>&amp;Einwohnerzahl von</translation>
    </message>
    <message>
        <source>Population from</source>
        <translation>Einwohnerzahl von</translation>
    </message>
    <message>
        <source>no lower limit</source>
        <translation>keine Untergrenze</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>&amp;bis</translation>
    </message>
    <message>
        <source>Population to</source>
        <translation>Einwohnerzahl bis</translation>
    </message>
    <message>
        <source>no upper limit</source>
        <translation>keine Obergrenze</translation>
    </message>
    <message>
        <source>inhabitants</source>
        <translation>Einwohner</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Anmerkung</translation>
    </message>
    <message>
        <source>Eligibility note</source>
        <translation>Anmerkung zur Teilnahmeberechtigung</translation>
    </message>
</context>
<context>
    <name>FeesTable</name>
    <message>
        <source>Fees</source>
        <translation>Beiträge</translation>
    </message>
    <message>
        <source>One fee per row: amount, currency, period and conditions such as a free first year or travel costs reimbursed.</source>
        <translation>Ein Beitrag pro Zeile: Betrag, Währung, Zeitraum und Bedingungen wie ein kostenloses erstes Jahr oder erstattete Reisekosten.</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Bedingungen</translation>
    </message>
    <message>
        <source>Add Fee</source>
        <translation>Beitrag hinzufügen</translation>
    </message>
    <message>
        <source>Add a fee</source>
        <translation>Einen Beitrag hinzufügen</translation>
    </message>
    <message>
        <source>Remove Fee</source>
        <translation>Beitrag entfernen</translation>
    </message>
    <message>
        <source>Remove the chosen fee</source>
        <translation>Den gewählten Beitrag entfernen</translation>
    </message>
</context>
<context>
    <name>FinderText</name>
    <message>
        <source>a city</source>
        <translation>eine Stadt</translation>
    </message>
    <message>
        <source>cities</source>
        <translation>Städte</translation>
    </message>
    <message>
        <source>a region</source>
        <translation>eine Region</translation>
    </message>
    <message>
        <source>regions</source>
        <translation>Regionen</translation>
    </message>
    <message>
        <source>a national government</source>
        <translation>eine nationale Regierung</translation>
    </message>
    <message>
        <source>national governments</source>
        <translation>nationale Regierungen</translation>
    </message>
    <message>
        <source>an organisation</source>
        <translation>eine Organisation</translation>
    </message>
    <message>
        <source>organisations</source>
        <translation>Organisationen</translation>
    </message>
    <message>
        <source>a living lab</source>
        <translation>ein Living Lab</translation>
    </message>
    <message>
        <source>living labs</source>
        <translation>Living Labs</translation>
    </message>
    <message>
        <source>The KB does not say where its members may come from.</source>
        <translation>Die Wissensbasis sagt nicht, woher seine Mitglieder kommen dürfen.</translation>
    </message>
    <message>
        <source>It takes members from any country.</source>
        <translation>Es nimmt Mitglieder aus jedem Land auf.</translation>
    </message>
    <message>
        <source>It is a national network, and the KB does not say of which country.</source>
        <translation>Es ist ein nationales Netzwerk, und die Wissensbasis sagt nicht, welches Landes.</translation>
    </message>
    <message>
        <source>It is a national network of %1; enter the country to check.</source>
        <translation>Es ist ein nationales Netzwerk für %1; geben Sie zur Prüfung das Land ein.</translation>
    </message>
    <message>
        <source>It is a national network of %1, the country entered.</source>
        <translation>Es ist ein nationales Netzwerk für %1, das eingegebene Land.</translation>
    </message>
    <message>
        <source>It is a national network of %1 only.</source>
        <translation>Es ist ein nationales Netzwerk nur für %1.</translation>
    </message>
    <message>
        <source>It is for members in the EU; enter the country to check.</source>
        <translation>Es ist für Mitglieder in der EU; geben Sie zur Prüfung das Land ein.</translation>
    </message>
    <message>
        <source>It is for members in the EU, and %1 is an EU member state.</source>
        <translation>Es ist für Mitglieder in der EU, und %1 ist ein EU-Mitgliedstaat.</translation>
    </message>
    <message>
        <source>It is for members in the EU, and %1 is not an EU member state.</source>
        <translation>Es ist für Mitglieder in der EU, und %1 ist kein EU-Mitgliedstaat.</translation>
    </message>
    <message>
        <source>It is for European members; enter the country to check.</source>
        <translation>Es ist für europäische Mitglieder; geben Sie zur Prüfung das Land ein.</translation>
    </message>
    <message>
        <source>It is for European members, and %1 is in Europe.</source>
        <translation>Es ist für europäische Mitglieder, und %1 liegt in Europa.</translation>
    </message>
    <message>
        <source>It is for European members; the KB cannot tell whether %1 counts as European.</source>
        <translation>Es ist für europäische Mitglieder; die Wissensbasis kann nicht sagen, ob %1 als europäisch gilt.</translation>
    </message>
    <message>
        <source>It is for European members, and %1 is not a European country.</source>
        <translation>Es ist für europäische Mitglieder, und %1 ist kein europäisches Land.</translation>
    </message>
    <message>
        <source>The KB gives its scope as &quot;%1&quot;, which the finder cannot check.</source>
        <translation>Die Wissensbasis gibt seine Reichweite als „%1“ an, was der Finder nicht prüfen kann.</translation>
    </message>
    <message>
        <source>The KB does not say what kind of member it takes.</source>
        <translation>Die Wissensbasis sagt nicht, welche Art von Mitgliedern es aufnimmt.</translation>
    </message>
    <message>
        <source>Its members are described as &quot;%1&quot;, which the finder cannot match to %2.</source>
        <translation>Seine Mitglieder werden als „%1“ beschrieben, was der Finder nicht %2 zuordnen kann.</translation>
    </message>
    <message>
        <source>Its members are %1, and %2 is one of them.</source>
        <translation>Seine Mitglieder sind %1, und %2 gehört dazu.</translation>
    </message>
    <message>
        <source>Its members are %1, so %2 cannot join as a member.</source>
        <translation>Seine Mitglieder sind %1, daher kann %2 nicht Mitglied werden.</translation>
    </message>
    <message>
        <source>It takes members of %1 to %2 inhabitants</source>
        <translation>Es nimmt Mitglieder mit %1 bis %2 Einwohnern auf</translation>
    </message>
    <message>
        <source>It takes members of at least %1 inhabitants</source>
        <translation>Es nimmt Mitglieder mit mindestens %1 Einwohnern auf</translation>
    </message>
    <message>
        <source>It takes members of at most %1 inhabitants</source>
        <translation>Es nimmt Mitglieder mit höchstens %1 Einwohnern auf</translation>
    </message>
    <message>
        <source>%1; enter the population to check.</source>
        <translation>%1; geben Sie zur Prüfung die Einwohnerzahl ein.</translation>
    </message>
    <message>
        <source>%1, and %2 is fewer.</source>
        <translation>%1, und %2 sind weniger.</translation>
    </message>
    <message>
        <source>%1, and %2 is more.</source>
        <translation>%1, und %2 sind mehr.</translation>
    </message>
    <message>
        <source>%1, and %2 is within that range.</source>
        <translation>%1, und %2 liegt in diesem Bereich.</translation>
    </message>
    <message>
        <source>It ran until %1.</source>
        <translation>Es lief bis %1.</translation>
    </message>
    <message>
        <source>It runs until %1.</source>
        <translation>Es läuft bis %1.</translation>
    </message>
    <message>
        <source>The first year is free of charge.</source>
        <translation>Das erste Jahr ist kostenlos.</translation>
    </message>
    <message>
        <source>Costs reimbursed: %1</source>
        <translation>Erstattete Kosten: %1</translation>
    </message>
    <message>
        <source>The KB holds no rules on who may join it.</source>
        <translation>Die Wissensbasis kennt keine Regeln, wer beitreten darf.</translation>
    </message>
    <message>
        <source>It meets every rule the KB holds for it.</source>
        <translation>Es erfüllt jede Regel, die die Wissensbasis dafür kennt.</translation>
    </message>
    <message>
        <source>%1 Associated membership is another way in.</source>
        <translation>%1 Eine assoziierte Mitgliedschaft ist ein weiterer Weg hinein.</translation>
    </message>
    <message>
        <source>The rules of %1 apply. %2</source>
        <translation>Es gelten die Regeln von %1. %2</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>focus</source>
        <translation>Schwerpunkt</translation>
    </message>
    <message>
        <source>EU policy</source>
        <translation>EU-Politik</translation>
    </message>
    <message>
        <source>work plan</source>
        <translation>Arbeitsplan</translation>
    </message>
    <message>
        <source>One practice on %1 came through it.</source>
        <translation>Ein Praxisbeispiel zu %1 kam über das Netzwerk.</translation>
    </message>
    <message>
        <source>%1 practices on %2 came through it.</source>
        <translation>%1 Praxisbeispiele zu %2 kamen über das Netzwerk.</translation>
    </message>
    <message>
        <source>Its %1 mentions &quot;%2&quot;.</source>
        <translation>Sein Feld „%1“ erwähnt „%2“.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The country must be a two-letter ISO 3166 code such as NL or DE.</source>
        <translation>Das Land muss ein zweistelliger ISO-3166-Code wie NL oder DE sein.</translation>
    </message>
    <message>
        <source>The population must be a whole number of inhabitants above zero.</source>
        <translation>Die Einwohnerzahl muss eine ganze Zahl größer als null sein.</translation>
    </message>
    <message>
        <source>The working group &quot;%1&quot; belongs to the network &quot;%2&quot;, which the KB does not hold.</source>
        <translation>Die Arbeitsgruppe „%1“ gehört zum Netzwerk „%2“, das die Wissensbasis nicht enthält.</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versionen</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Was sich geändert hat</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>&amp;Go Back to This Version</source>
        <translation>Zu dieser Version &amp;zurückkehren</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>CityKB: the knowledge base of European city networks.</source>
        <translation>CityKB: die Wissensbasis europäischer Städtenetzwerke.</translation>
    </message>
    <message>
        <source>The KB folder (default: $CITYKB_HOME or %1).</source>
        <translation>Der KB-Ordner (Standard: $CITYKB_HOME oder %1).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>ORDNER</translation>
    </message>
    <message>
        <source>Opens the form of this response (by key, title or id) once the KB is open.</source>
        <translation>Öffnet das Formular dieser Antwort (nach Schlüssel, Titel oder ID), sobald die KB offen ist.</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>SCHLÜSSEL</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>CityKB</source>
        <translation>CityKB</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Datensätze</translation>
    </message>
    <message>
        <source>&lt;b&gt;Filters&lt;/b&gt; (click to keep, again to leave out)</source>
        <translation>&lt;b&gt;Filter&lt;/b&gt; (klicken zum Behalten, erneut zum Ausschließen)</translation>
    </message>
    <message>
        <source>Facets</source>
        <translation>Facetten</translation>
    </message>
    <message>
        <source>Active filters</source>
        <translation>Aktive Filter</translation>
    </message>
    <message>
        <source>Results summary</source>
        <translation>Zusammenfassung der Ergebnisse</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Erscheinungsbild</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Save Search…</source>
        <translation>Suche &amp;speichern…</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>Alt+Left</source>
        <translation>Alt+Left</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Vorwärts</translation>
    </message>
    <message>
        <source>Alt+Right</source>
        <translation>Alt+Right</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>Ü&amp;bersicht</translation>
    </message>
    <message>
        <source>Ctrl+Home</source>
        <translation>Ctrl+Home</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;System</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>&amp;Import Documents…</source>
        <translation>Dokumente &amp;importieren…</translation>
    </message>
    <message>
        <source>Import reports, work plans and transcripts (PDF, Word, LibreOffice, HTML, Markdown, text) or JSON bundles</source>
        <translation>Berichte, Arbeitspläne und Protokolle (PDF, Word, LibreOffice, HTML, Markdown, Text) oder JSON-Bündel importieren</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>&amp;New Record…</source>
        <translation>&amp;Neuer Datensatz…</translation>
    </message>
    <message>
        <source>Create a record of the type in view</source>
        <translation>Einen Datensatz des angezeigten Typs anlegen</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>&amp;Edit Record…</source>
        <translation>Datensatz &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>Change the open record</source>
        <translation>Den geöffneten Datensatz ändern</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Move the selected or open record to the trash</source>
        <translation>Den ausgewählten oder geöffneten Datensatz in den Papierkorb verschieben</translation>
    </message>
    <message>
        <source>Del</source>
        <translation>Del</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Verlauf…</translation>
    </message>
    <message>
        <source>Earlier versions of the open record</source>
        <translation>Frühere Versionen des geöffneten Datensatzes</translation>
    </message>
    <message>
        <source>Ctrl+H</source>
        <translation>Ctrl+H</translation>
    </message>
    <message>
        <source>&amp;Trash…</source>
        <translation>&amp;Papierkorb…</translation>
    </message>
    <message>
        <source>Deleted records, to restore or delete for good</source>
        <translation>Gelöschte Datensätze, zum Wiederherstellen oder endgültigen Löschen</translation>
    </message>
    <message>
        <source>&amp;Bulk Edit…</source>
        <translation>&amp;Mehrere bearbeiten…</translation>
    </message>
    <message>
        <source>Add a theme, target group, network, city... to the selected records, or remove it, in one step</source>
        <translation>Den ausgewählten Datensätzen in einem Schritt ein Thema, eine Zielgruppe, ein Netzwerk, eine Stadt … hinzufügen oder sie entfernen</translation>
    </message>
    <message>
        <source>Ctrl+B</source>
        <translation>Ctrl+B</translation>
    </message>
    <message>
        <source>&amp;Peers</source>
        <translation>Ver&amp;gleichsstädte</translation>
    </message>
    <message>
        <source>Cities that worked on the same themes as the open city or practice (Ctrl+Shift+P)</source>
        <translation>Städte, die an denselben Themen gearbeitet haben wie die geöffnete Stadt oder das geöffnete Praxisbeispiel (Strg+Umschalt+P)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>&amp;Network Finder</source>
        <translation>&amp;Netzwerk-Finder</translation>
    </message>
    <message>
        <source>The networks and working groups a city may join, with fees and coming events (Ctrl+Shift+N)</source>
        <translation>Die Netzwerke und Arbeitsgruppen, denen eine Stadt beitreten kann, mit Beiträgen und kommenden Veranstaltungen (Strg+Umschalt+N)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>&amp;More Like This</source>
        <translation>Ä&amp;hnliche Datensätze</translation>
    </message>
    <message>
        <source>Ctrl+M</source>
        <translation>Ctrl+M</translation>
    </message>
    <message>
        <source>Search &amp;Help</source>
        <translation>Such&amp;hilfe</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>&amp;About CityKB</source>
        <translation>Ü&amp;ber CityKB</translation>
    </message>
    <message>
        <source>Export &amp;Briefing…</source>
        <translation>Briefing &amp;exportieren…</translation>
    </message>
    <message>
        <source>A few pages for a meeting on the open network, working group or city, the selected practices or the search (Ctrl+Shift+E)</source>
        <translation>Einige Seiten für eine Sitzung zum geöffneten Netzwerk, zur geöffneten Arbeitsgruppe oder Stadt, zu den ausgewählten Praxisbeispielen oder zur Suche (Strg+Umschalt+E)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
</context>
<context>
    <name>NetworkFinder</name>
    <message>
        <source>Network finder</source>
        <translation>Netzwerk-Finder</translation>
    </message>
    <message>
        <source>Which networks and working groups may your city, region or organisation join, at what cost, and how?</source>
        <translation>Welchen Netzwerken und Arbeitsgruppen kann Ihre Stadt, Region oder Organisation beitreten, zu welchen Kosten und wie?</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Land:</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>&amp;Inhabitants:</source>
        <translation>&amp;Einwohner:</translation>
    </message>
    <message>
        <source>Inhabitants</source>
        <translation>Einwohner</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>&amp;Member:</source>
        <translation>&amp;Mitglied:</translation>
    </message>
    <message>
        <source>Kind of member</source>
        <translation>Art des Mitglieds</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Thema:</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>optional, such as housing or youth employment</source>
        <translation>optional, etwa Wohnen oder Jugendbeschäftigung</translation>
    </message>
    <message>
        <source>&amp;Find Networks</source>
        <translation>&amp;Netzwerke finden</translation>
    </message>
    <message>
        <source>Networks you may join</source>
        <translation>Netzwerke, denen Sie beitreten können</translation>
    </message>
</context>
<context>
    <name>Peers</name>
    <message>
        <source>Peers</source>
        <translation>Vergleichsstädte</translation>
    </message>
    <message>
        <source>Peers of</source>
        <translation>Vergleichsstädte für</translation>
    </message>
    <message>
        <source>Peer cities</source>
        <translation>Vergleichsstädte</translation>
    </message>
    <message>
        <source>Cities that worked on the same themes, target groups, success factors and instruments; open a city to see its practices</source>
        <translation>Städte, die an denselben Themen, Zielgruppen, Erfolgsfaktoren und Instrumenten gearbeitet haben; öffnen Sie eine Stadt, um ihre Praxisbeispiele zu sehen</translation>
    </message>
    <message>
        <source>City or practice</source>
        <translation>Stadt oder Praxisbeispiel</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Likeness</source>
        <translation>Ähnlichkeit</translation>
    </message>
    <message>
        <source>In common</source>
        <translation>Gemeinsam</translation>
    </message>
    <message>
        <source>Networks shared</source>
        <translation>Gemeinsame Netzwerke</translation>
    </message>
</context>
<context>
    <name>PeersText</name>
    <message>
        <source>Ask for at least one peer.</source>
        <translation>Fragen Sie nach mindestens einer Vergleichsstadt.</translation>
    </message>
</context>
<context>
    <name>QuestionnaireEditor</name>
    <message>
        <source>Questionnaire</source>
        <translation>Fragebogen</translation>
    </message>
    <message>
        <source>Questionnaire editor</source>
        <translation>Fragebogen-Editor</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>&amp;Template</source>
        <translation>&amp;Vorlage</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>&amp;Zweck:</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <source>I&amp;ntroduction:</source>
        <translation>&amp;Einleitung:</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>Einleitung</translation>
    </message>
    <message>
        <source>&amp;Questions (drag, or Alt+Up and Alt+Down, to reorder):</source>
        <translation>&amp;Fragen (zum Umordnen ziehen oder Alt+Pfeil hoch und Alt+Pfeil runter drücken):</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <source>&amp;Add Question</source>
        <translation>Frage &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Add a question after the selected one (Ctrl+Shift+A)</source>
        <translation>Eine Frage nach der ausgewählten hinzufügen (Strg+Umschalt+A)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>E&amp;ntfernen</translation>
    </message>
    <message>
        <source>Remove the selected question (Delete in the list)</source>
        <translation>Die ausgewählte Frage entfernen (Entf in der Liste)</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Ask the selected question earlier (Alt+Up)</source>
        <translation>Die ausgewählte Frage früher stellen (Alt+Pfeil hoch)</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>Ask the selected question later (Alt+Down)</source>
        <translation>Die ausgewählte Frage später stellen (Alt+Pfeil runter)</translation>
    </message>
    <message>
        <source>Selected question</source>
        <translation>Ausgewählte Frage</translation>
    </message>
    <message>
        <source>&amp;Wording:</source>
        <translation>&amp;Wortlaut:</translation>
    </message>
    <message>
        <source>Wording of the question</source>
        <translation>Wortlaut der Frage</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>Kind of answer</source>
        <translation>Art der Antwort</translation>
    </message>
    <message>
        <source>Re&amp;quired: a response is complete only with an answer</source>
        <translation>&amp;Pflichtfrage: Eine Antwort ist erst vollständig, wenn diese Frage beantwortet ist</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Pflichtfrage</translation>
    </message>
    <message>
        <source>&amp;Help text:</source>
        <translation>Hilfete&amp;xt:</translation>
    </message>
    <message>
        <source>Help text</source>
        <translation>Hilfetext</translation>
    </message>
    <message>
        <source>Shown beside the question in the response form</source>
        <translation>Wird im Antwortformular neben der Frage angezeigt</translation>
    </message>
    <message>
        <source>&amp;Choices:</source>
        <translation>Auswahl&amp;möglichkeiten:</translation>
    </message>
    <message>
        <source>Choices, one per line</source>
        <translation>Auswahlmöglichkeiten, eine pro Zeile</translation>
    </message>
    <message>
        <source>One choice per line</source>
        <translation>Eine Auswahlmöglichkeit pro Zeile</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>&amp;Versions</source>
        <translation>Ve&amp;rsionen</translation>
    </message>
    <message>
        <source>V&amp;ersions (select two to compare them, or one to compare it with the version before):</source>
        <translation>Vers&amp;ionen (zwei auswählen, um sie zu vergleichen, oder eine, um sie mit der vorherigen Version zu vergleichen):</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versionen</translation>
    </message>
    <message>
        <source>&amp;Compare Versions</source>
        <translation>Versionen ver&amp;gleichen</translation>
    </message>
    <message>
        <source>What changed between the versions</source>
        <translation>Was sich zwischen den Versionen geändert hat</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save the template (Ctrl+S)</source>
        <translation>Die Vorlage speichern (Strg+S)</translation>
    </message>
    <message>
        <source>P&amp;ublish…</source>
        <translation>Veröffentli&amp;chen…</translation>
    </message>
    <message>
        <source>Freeze this version so that responses can be given to it</source>
        <translation>Diese Version einfrieren, damit Antworten darauf gegeben werden können</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>RecordChangeCommand</name>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be redone: %2</source>
        <translation>„%1“ konnte nicht wiederholt werden: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be undone: %2</source>
        <translation>„%1“ konnte nicht rückgängig gemacht werden: %2</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <source>Record editor</source>
        <translation>Datensatz-Editor</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>RecordPage</name>
    <message>
        <source>d MMMM yyyy</source>
        <comment>the format of a full date (QLocale)</comment>
        <translation>d. MMMM yyyy</translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <comment>the format of a month (QLocale)</comment>
        <translation>MMMM yyyy</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Target group</source>
        <translation>Zielgruppe</translation>
    </message>
    <message>
        <source>Success factor</source>
        <translation>Erfolgsfaktor</translation>
    </message>
    <message>
        <source>Challenge</source>
        <translation>Herausforderung</translation>
    </message>
    <message>
        <source>Pillar of active inclusion</source>
        <translation>Säule der aktiven Inklusion</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Instrument</translation>
    </message>
    <message>
        <source>Policy area</source>
        <translation>Politikbereich</translation>
    </message>
    <message>
        <source>free text</source>
        <translation>Freitext</translation>
    </message>
    <message>
        <source>yes or no</source>
        <translation>ja oder nein</translation>
    </message>
    <message>
        <source>yes or no, with an explanation</source>
        <translation>ja oder nein, mit Begründung</translation>
    </message>
    <message>
        <source>one choice</source>
        <translation>eine Auswahl</translation>
    </message>
    <message>
        <source>one or more choices</source>
        <translation>eine oder mehrere Auswahlen</translation>
    </message>
    <message>
        <source>contact details</source>
        <translation>Kontaktdaten</translation>
    </message>
    <message>
        <source>a date</source>
        <translation>ein Datum</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>President</source>
        <translation>Präsident(in)</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Vorsitz</translation>
    </message>
    <message>
        <source>Vice chair</source>
        <translation>Stellvertretender Vorsitz</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Federführung</translation>
    </message>
    <message>
        <source>Lead partners</source>
        <translation>Federführende Partner</translation>
    </message>
    <message>
        <source>Founders</source>
        <translation>Gründer</translation>
    </message>
    <message>
        <source>Partner cities</source>
        <translation>Partnerstädte</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Associated members</source>
        <translation>Assoziierte Mitglieder</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>geplant</translation>
    </message>
    <message>
        <source>held</source>
        <translation>abgehalten</translation>
    </message>
    <message>
        <source>postponed</source>
        <translation>verschoben</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgesagt</translation>
    </message>
    <message>
        <source>ongoing</source>
        <translation>laufend</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>pilot</source>
        <translation>Pilot</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>published</source>
        <translation>veröffentlicht</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>vollständig</translation>
    </message>
    <message>
        <source>Recommendation %1</source>
        <translation>Empfehlung %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Memberships</source>
        <translation>Mitgliedschaften</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>%1, by %2</source>
        <translation>%1, von %2</translation>
    </message>
    <message>
        <source>%1 members</source>
        <translation>%1 Mitglieder</translation>
    </message>
    <message>
        <source>%1 (as of %2)</source>
        <translation>%1 (Stand: %2)</translation>
    </message>
    <message>
        <source>Part of</source>
        <translation>Teil von</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Reichweite</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Founded</source>
        <translation>Gegründet</translation>
    </message>
    <message>
        <source>Headquarters</source>
        <translation>Sitz</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Runs until</source>
        <translation>Läuft bis</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Interviewed</source>
        <translation>Befragt</translation>
    </message>
    <message>
        <source>How to join</source>
        <translation>Wie man beitritt</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Starting a new working group</source>
        <translation>Eine neue Arbeitsgruppe gründen</translation>
    </message>
    <message>
        <source>Networks and projects within it</source>
        <translation>Netzwerke und Projekte darin</translation>
    </message>
    <message>
        <source>Forums</source>
        <translation>Foren</translation>
    </message>
    <message>
        <source>Working groups</source>
        <translation>Arbeitsgruppen</translation>
    </message>
    <message>
        <source>Member cities and organisations</source>
        <translation>Mitgliedsstädte und -organisationen</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Veranstaltungen</translation>
    </message>
    <message>
        <source>Practices</source>
        <translation>Praxisbeispiele</translation>
    </message>
    <message>
        <source>Interviews about it</source>
        <translation>Interviews dazu</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Empfehlungen</translation>
    </message>
    <message>
        <source>Cities</source>
        <translation>Städte</translation>
    </message>
    <message>
        <source>%1 of %2 to %3 inhabitants may join as members.</source>
        <translation>%1 mit %2 bis %3 Einwohnern können Mitglied werden.</translation>
    </message>
    <message>
        <source>%1 with at least %2 inhabitants may join as members.</source>
        <translation>%1 mit mindestens %2 Einwohnern können Mitglied werden.</translation>
    </message>
    <message>
        <source>%1 with up to %2 inhabitants may join as members.</source>
        <translation>%1 mit bis zu %2 Einwohnern können Mitglied werden.</translation>
    </message>
    <message>
        <source>%1 may join as members.</source>
        <translation>%1 können Mitglied werden.</translation>
    </message>
    <message>
        <source>Who may join</source>
        <translation>Wer beitreten kann</translation>
    </message>
    <message>
        <source>a year</source>
        <translation>ein Jahr</translation>
    </message>
    <message>
        <source>a month</source>
        <translation>ein Monat</translation>
    </message>
    <message>
        <source>once</source>
        <translation>einmalig</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>amount and currency</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>amount and period</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>amount and period</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>Beiträge</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>Forum</source>
        <translation>Forum</translation>
    </message>
    <message>
        <source>Lead city</source>
        <translation>Federführende Stadt</translation>
    </message>
    <message>
        <source>Meets</source>
        <translation>Trifft sich</translation>
    </message>
    <message>
        <source>EU policy</source>
        <translation>EU-Politik</translation>
    </message>
    <message>
        <source>Focus</source>
        <translation>Schwerpunkt</translation>
    </message>
    <message>
        <source>Member cities</source>
        <translation>Mitgliedsstädte</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Regeln</translation>
    </message>
    <message>
        <source>Work plan %1</source>
        <translation>Arbeitsplan %1</translation>
    </message>
    <message>
        <source>Work plan</source>
        <translation>Arbeitsplan</translation>
    </message>
    <message>
        <source>No objectives recorded.</source>
        <translation>Keine Ziele erfasst.</translation>
    </message>
    <message>
        <source>Objective %1: %2</source>
        <translation>Ziel %1: %2</translation>
    </message>
    <message>
        <source>EU policy: %1</source>
        <translation>EU-Politik: %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>seit %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>bis %1</translation>
    </message>
    <message>
        <source>Networks</source>
        <translation>Netzwerke</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Länder</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>What is new about it</source>
        <translation>Was daran neu ist</translation>
    </message>
    <message>
        <source>Presented at</source>
        <translation>Vorgestellt bei</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anmerkung</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>value and unit</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Kennzahlen</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Challenges: %1</source>
        <translation>Herausforderungen: %1</translation>
    </message>
    <message>
        <source>(lines %1)</source>
        <translation>(Zeilen %1)</translation>
    </message>
    <message>
        <source>Classified as</source>
        <translation>Eingeordnet als</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Themen</translation>
    </message>
    <message>
        <source>Target groups</source>
        <translation>Zielgruppen</translation>
    </message>
    <message>
        <source>Success factors</source>
        <translation>Erfolgsfaktoren</translation>
    </message>
    <message>
        <source>Instruments</source>
        <translation>Instrumente</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>ab %1</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Finanzierung</translation>
    </message>
    <message>
        <source>Related practices</source>
        <translation>Verwandte Praxisbeispiele</translation>
    </message>
    <message>
        <source>Adapted from %1</source>
        <translation>Übernommen von %1</translation>
    </message>
    <message>
        <source>Similar to %1</source>
        <translation>Ähnlich wie %1</translation>
    </message>
    <message>
        <source>Part of %1</source>
        <translation>Teil von %1</translation>
    </message>
    <message>
        <source>%1 was adapted from this practice</source>
        <translation>%1 wurde nach diesem Praxisbeispiel gestaltet</translation>
    </message>
    <message>
        <source>%1 is part of this practice</source>
        <translation>%1 ist Teil dieses Praxisbeispiels</translation>
    </message>
    <message>
        <source>%1 refers to this practice</source>
        <translation>%1 verweist auf dieses Praxisbeispiel</translation>
    </message>
    <message>
        <source>Interviews with its networks</source>
        <translation>Interviews mit seinen Netzwerken</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>population and year</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Einwohnerzahl</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Federführend bei</translation>
    </message>
    <message>
        <source>Chairs</source>
        <translation>Vorsitzende</translation>
    </message>
    <message>
        <source>Organisations based there</source>
        <translation>Dort ansässige Organisationen</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Stadt</translation>
    </message>
    <message>
        <source>Chair city</source>
        <translation>Vorsitzende Stadt</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Working group</source>
        <translation>Arbeitsgruppe</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Gastgeber</translation>
    </message>
    <message>
        <source>Organisers</source>
        <translation>Veranstalter</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <source>Key messages</source>
        <translation>Kernbotschaften</translation>
    </message>
    <message>
        <source>Practices presented</source>
        <translation>Vorgestellte Praxisbeispiele</translation>
    </message>
    <message>
        <source>Who took part</source>
        <translation>Wer teilnahm</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>Einleitung</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <comment>question number and text</comment>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>%1, required</source>
        <translation>%1, Pflicht</translation>
    </message>
    <message>
        <source>Answer: %1</source>
        <translation>Antwort: %1</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>Fragebogen</translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation>Interviewer(in)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Respondents</source>
        <translation>Befragte</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>Question %1</source>
        <translation>Frage %1</translation>
    </message>
    <message>
        <source>Not answered.</source>
        <translation>Nicht beantwortet.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>page %1</source>
        <translation>Seite %1</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Erwähnungen</translation>
    </message>
    <message>
        <source>section %1</source>
        <translation>Abschnitt %1</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Für</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Empfehlung</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>By when</source>
        <translation>Bis wann</translation>
    </message>
    <message>
        <source>Also called</source>
        <translation>Auch genannt</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Bedeutung</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Taxonomy term</source>
        <translation>Taxonomiebegriff</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Praxisbeispiel</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Veranstaltung</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Interview</translation>
    </message>
    <message>
        <source>Mentioned in</source>
        <translation>Erwähnt in</translation>
    </message>
</context>
<context>
    <name>ResponseComparison</name>
    <message>
        <source>Compare Responses</source>
        <translation>Antworten vergleichen</translation>
    </message>
    <message>
        <source>Comparison of responses</source>
        <translation>Vergleich der Antworten</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>Fragebogen</translation>
    </message>
    <message>
        <source>Res&amp;ponses down, questions across</source>
        <translation>&amp;Antworten in Zeilen, Fragen in Spalten</translation>
    </message>
    <message>
        <source>Responses down, questions across</source>
        <translation>Antworten in Zeilen, Fragen in Spalten</translation>
    </message>
    <message>
        <source>&amp;Networks and other subjects:</source>
        <translation>&amp;Netzwerke und andere Gegenstände:</translation>
    </message>
    <message>
        <source>Subjects to show</source>
        <translation>Anzuzeigende Gegenstände</translation>
    </message>
    <message>
        <source>&amp;Questions:</source>
        <translation>&amp;Fragen:</translation>
    </message>
    <message>
        <source>Questions to show</source>
        <translation>Anzuzeigende Fragen</translation>
    </message>
    <message>
        <source>Show &amp;All</source>
        <translation>Alle &amp;zeigen</translation>
    </message>
    <message>
        <source>Answers side by side</source>
        <translation>Antworten nebeneinander</translation>
    </message>
    <message>
        <source>The selected answer in full</source>
        <translation>Die ausgewählte Antwort vollständig</translation>
    </message>
    <message>
        <source>Chart of the counts</source>
        <translation>Diagramm der Anzahlen</translation>
    </message>
</context>
<context>
    <name>ResponseExport</name>
    <message>
        <source>Export Responses</source>
        <translation>Antworten exportieren</translation>
    </message>
    <message>
        <source>Export responses</source>
        <translation>Antworten exportieren</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>File to write</source>
        <translation>Zu schreibende Datei</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>D&amp;urchsuchen…</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>Die Datei wählen</translation>
    </message>
    <message>
        <source>Include &amp;personal data (e-mail addresses and phone numbers)</source>
        <translation>&amp;Personenbezogene Daten aufnehmen (E-Mail-Adressen und Telefonnummern)</translation>
    </message>
    <message>
        <source>Include personal data</source>
        <translation>Personenbezogene Daten aufnehmen</translation>
    </message>
    <message>
        <source>Progress of the export</source>
        <translation>Fortschritt des Exports</translation>
    </message>
    <message>
        <source>Outcome of the export</source>
        <translation>Ergebnis des Exports</translation>
    </message>
</context>
<context>
    <name>ResponseForm</name>
    <message>
        <source>Response</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Response form</source>
        <translation>Antwortformular</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>Fragebogen</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Gegenstand:</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Gegenstand</translation>
    </message>
    <message>
        <source>The network or organisation interviewed: type part of its name to find it.</source>
        <translation>Das befragte Netzwerk oder die befragte Organisation: Tippen Sie einen Teil des Namens, um den Eintrag zu finden.</translation>
    </message>
    <message>
        <source>&amp;Respondents:</source>
        <translation>&amp;Befragte:</translation>
    </message>
    <message>
        <source>Respondents</source>
        <translation>Befragte</translation>
    </message>
    <message>
        <source>One per line: name; role; organisation</source>
        <translation>Eine Person pro Zeile: Name; Rolle; Organisation</translation>
    </message>
    <message>
        <source>&amp;Interviewer:</source>
        <translation>&amp;Interviewer(in):</translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation>Interviewer(in)</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>Interview date</source>
        <translation>Interviewdatum</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>Interview&amp;form:</translation>
    </message>
    <message>
        <source>Interview mode</source>
        <translation>Interviewform</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Mark Complete</source>
        <translation>Als &amp;vollständig markieren</translation>
    </message>
    <message>
        <source>Mark complete</source>
        <translation>Als vollständig markieren</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>&amp;Wieder öffnen</translation>
    </message>
    <message>
        <source>Reopen as draft</source>
        <translation>Als Entwurf wieder öffnen</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <source>Tab: next field · Ctrl+Enter: next unanswered question · answers save as you type</source>
        <translation>Tab: nächstes Feld · Strg+Eingabe: nächste unbeantwortete Frage · Antworten werden beim Tippen gespeichert</translation>
    </message>
    <message>
        <source>Save state</source>
        <translation>Speicherstatus</translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <source>Trash</source>
        <translation>Papierkorb</translation>
    </message>
    <message>
        <source>Deleted records</source>
        <translation>Gelöschte Datensätze</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Empty Trash…</source>
        <translation>Papierkorb &amp;leeren…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>WorkPlanEditor</name>
    <message>
        <source>Work plans</source>
        <translation>Arbeitspläne</translation>
    </message>
    <message>
        <source>&amp;Years</source>
        <translation>&amp;Jahre</translation>
    </message>
    <message>
        <source>O&amp;bjectives of the year</source>
        <translation>&amp;Ziele des Jahres</translation>
    </message>
    <message>
        <source>Work plan years</source>
        <translation>Jahre der Arbeitspläne</translation>
    </message>
    <message>
        <source>One work plan per year. F2 changes the year.</source>
        <translation>Ein Arbeitsplan pro Jahr. F2 ändert das Jahr.</translation>
    </message>
    <message>
        <source>Objectives of the year</source>
        <translation>Ziele des Jahres</translation>
    </message>
    <message>
        <source>One objective per row: its number, title and the EU policy it follows.</source>
        <translation>Ein Ziel pro Zeile: seine Nummer, sein Titel und die EU-Politik, der es folgt.</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>EU policy</source>
        <translation>EU-Politik</translation>
    </message>
    <message>
        <source>Add Year</source>
        <translation>Jahr hinzufügen</translation>
    </message>
    <message>
        <source>Add a work plan year</source>
        <translation>Ein Arbeitsplanjahr hinzufügen</translation>
    </message>
    <message>
        <source>Remove Year</source>
        <translation>Jahr entfernen</translation>
    </message>
    <message>
        <source>Remove the chosen work plan year</source>
        <translation>Das gewählte Arbeitsplanjahr entfernen</translation>
    </message>
    <message>
        <source>Add Objective</source>
        <translation>Ziel hinzufügen</translation>
    </message>
    <message>
        <source>Add an objective to the chosen year</source>
        <translation>Dem gewählten Jahr ein Ziel hinzufügen</translation>
    </message>
    <message>
        <source>Remove Objective</source>
        <translation>Ziel entfernen</translation>
    </message>
    <message>
        <source>Remove the chosen objective</source>
        <translation>Das gewählte Ziel entfernen</translation>
    </message>
    <message>
        <source>&amp;Actions of the chosen objective, one per line</source>
        <translation>&amp;Maßnahmen des gewählten Ziels, eine pro Zeile</translation>
    </message>
    <message>
        <source>Actions of the chosen objective</source>
        <translation>Maßnahmen des gewählten Ziels</translation>
    </message>
    <message>
        <source>One action per line.</source>
        <translation>Eine Maßnahme pro Zeile.</translation>
    </message>
</context>
<context>
    <name>citykb::AnswerField</name>
    <message>
        <source>%1. %2 (required)</source>
        <translation>%1. %2 (Pflicht)</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Help for question %1</source>
        <translation>Hilfe zu Frage %1</translation>
    </message>
    <message>
        <source>Question %1: %2</source>
        <translation>Frage %1: %2</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>%1, answer %2</source>
        <translation>%1, Antwort %2</translation>
    </message>
    <message>
        <source>Explain the answer</source>
        <translation>Antwort begründen</translation>
    </message>
    <message>
        <source>%1, explanation</source>
        <translation>%1, Begründung</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>Name, e-mail, phone</source>
        <translation>Name, E-Mail, Telefon</translation>
    </message>
    <message>
        <source>Another window saved this answer while you were typing, so your text was not saved. The saved answer is: %1</source>
        <translation>Ein anderes Fenster hat diese Antwort gespeichert, während Sie getippt haben; Ihr Text wurde daher nicht gespeichert. Die gespeicherte Antwort lautet: %1</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>Conflict on question %1</source>
        <translation>Konflikt bei Frage %1</translation>
    </message>
    <message>
        <source>Keep My Text</source>
        <translation>Meinen Text behalten</translation>
    </message>
    <message>
        <source>Use the Saved Answer</source>
        <translation>Gespeicherte Antwort übernehmen</translation>
    </message>
</context>
<context>
    <name>citykb::BriefingDialog</name>
    <message>
        <source>Briefing</source>
        <translation>Briefing</translation>
    </message>
    <message>
        <source>%1 - briefing</source>
        <translation>%1 - Briefing</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>The built-in layout, with the files of the knowledge base&apos;s briefing folder in place of its own.</source>
        <translation>Das eingebaute Layout, wobei die Dateien aus dem Briefing-Ordner der Wissensbasis seine eigenen ersetzen.</translation>
    </message>
    <message>
        <source>Other folder…</source>
        <translation>Anderer Ordner…</translation>
    </message>
    <message>
        <source>A folder with your own templates and style sheets (see the user guide).</source>
        <translation>Ein Ordner mit eigenen Vorlagen und Stylesheets (siehe Benutzerhandbuch).</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Export the briefing to a file</source>
        <translation>Das Briefing in eine Datei exportieren</translation>
    </message>
    <message>
        <source>Export Briefing on the Network %1…</source>
        <translation>Briefing zum Netzwerk %1 exportieren…</translation>
    </message>
    <message>
        <source>Export Briefing on the Working Group %1…</source>
        <translation>Briefing zur Arbeitsgruppe %1 exportieren…</translation>
    </message>
    <message>
        <source>Export Briefing on the Theme %1…</source>
        <translation>Briefing zum Thema %1 exportieren…</translation>
    </message>
    <message>
        <source>Export Briefing on the City %1…</source>
        <translation>Briefing zur Stadt %1 exportieren…</translation>
    </message>
    <message>
        <source>Export Briefing on the Selected Practice…</source>
        <translation>Briefing zum ausgewählten Praxisbeispiel exportieren…</translation>
    </message>
    <message numerus="yes">
        <source>Export Briefing on the %n Selected Practices…</source>
        <translation>
            <numerusform>Briefing zu %n ausgewähltem Praxisbeispiel exportieren…</numerusform>
            <numerusform>Briefing zu den %n ausgewählten Praxisbeispielen exportieren…</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Briefing on This Search…</source>
        <translation>Briefing zu dieser Suche exportieren…</translation>
    </message>
    <message>
        <source>type: %1</source>
        <translation>Typ: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>With the filters of the search: %1</source>
        <translation>Mit den Filtern der Suche: %1</translation>
    </message>
    <message>
        <source>Type the text to search for.</source>
        <translation>Geben Sie den Suchtext ein.</translation>
    </message>
    <message>
        <source>Type the numbers or keys of the practices, separated by commas.</source>
        <translation>Geben Sie die Nummern oder Schlüssel der Praxisbeispiele ein, durch Kommas getrennt.</translation>
    </message>
    <message>
        <source>Type the name of a network.</source>
        <translation>Geben Sie den Namen eines Netzwerks ein.</translation>
    </message>
    <message>
        <source>Type the name of a working group.</source>
        <translation>Geben Sie den Namen einer Arbeitsgruppe ein.</translation>
    </message>
    <message>
        <source>Type a theme, a target group or a success factor.</source>
        <translation>Geben Sie ein Thema, eine Zielgruppe oder einen Erfolgsfaktor ein.</translation>
    </message>
    <message>
        <source>Type the name of a city.</source>
        <translation>Geben Sie den Namen einer Stadt ein.</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>Vorschau wird vorbereitet…</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>1 page</source>
        <translation>1 Seite</translation>
    </message>
    <message numerus="yes">
        <source>%n pages</source>
        <translation>
            <numerusform>%n Seite</numerusform>
            <numerusform>%n Seiten</numerusform>
        </translation>
    </message>
    <message>
        <source>Folder with a Briefing Layout</source>
        <translation>Ordner mit einem Briefing-Layout</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Web pages (*.html)</source>
        <translation>Webseiten (*.html)</translation>
    </message>
    <message>
        <source>Markdown files (*.md)</source>
        <translation>Markdown-Dateien (*.md)</translation>
    </message>
    <message>
        <source>Export Briefing</source>
        <translation>Briefing exportieren</translation>
    </message>
    <message>
        <source>Exporting the briefing</source>
        <translation>Briefing wird exportiert</translation>
    </message>
    <message>
        <source>Exporting the briefing to %1…</source>
        <translation>Briefing wird nach %1 exportiert…</translation>
    </message>
    <message>
        <source>Saved the briefing as %1.</source>
        <translation>Briefing als %1 gespeichert.</translation>
    </message>
    <message>
        <source>The export was stopped; no file was written.</source>
        <translation>Der Export wurde angehalten; es wurde keine Datei geschrieben.</translation>
    </message>
</context>
<context>
    <name>citykb::BulkEditDialog</name>
    <message>
        <source>Change a list of the selected record.</source>
        <translation>Eine Liste des ausgewählten Datensatzes ändern.</translation>
    </message>
    <message>
        <source>Change a list of the %1 selected records, as one step that Undo takes back.</source>
        <translation>Eine Liste der %1 ausgewählten Datensätze ändern, als ein Schritt, den „Rückgängig“ zurücknimmt.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
</context>
<context>
    <name>citykb::DocumentLinksDialog</name>
    <message>
        <source>Reading…</source>
        <translation>Wird gelesen…</translation>
    </message>
    <message>
        <source>Type to find the record…</source>
        <translation>Tippen, um den Datensatz zu finden…</translation>
    </message>
    <message>
        <source>The networks, cities, working groups and practices that &quot;%1&quot; links to. Changes can be undone with Edit &gt; Undo.</source>
        <translation>Die Netzwerke, Städte, Arbeitsgruppen und Praxisbeispiele, mit denen „%1“ verknüpft ist. Änderungen lassen sich mit Bearbeiten &gt; Rückgängig zurücknehmen.</translation>
    </message>
    <message>
        <source>The document as a whole</source>
        <translation>Das Dokument als Ganzes</translation>
    </message>
    <message>
        <source>Section %1</source>
        <translation>Abschnitt %1</translation>
    </message>
    <message>
        <source>the whole document</source>
        <translation>das ganze Dokument</translation>
    </message>
    <message>
        <source>a curator</source>
        <translation>Kurator(in)</translation>
    </message>
    <message>
        <source>found in the text</source>
        <translation>im Text gefunden</translation>
    </message>
    <message>
        <source>Choose the record to link from the list: type a part of its name to find it.</source>
        <translation>Wählen Sie den zu verknüpfenden Datensatz aus der Liste: Tippen Sie einen Teil seines Namens, um ihn zu finden.</translation>
    </message>
    <message>
        <source>The document links to &quot;%1&quot; there already.</source>
        <translation>Das Dokument ist dort bereits mit „%1“ verknüpft.</translation>
    </message>
    <message>
        <source>Link &quot;%1&quot; to %2</source>
        <translation>„%1“ mit %2 verknüpfen</translation>
    </message>
    <message>
        <source>Unlink %2 from &quot;%1&quot;</source>
        <translation>Verknüpfung von „%1“ mit %2 aufheben</translation>
    </message>
</context>
<context>
    <name>citykb::EligibilityEditor</name>
    <message>
        <source>The population &quot;from&quot; must be a whole number of 0 or more, not &quot;%1&quot;.</source>
        <translation>Die Einwohnerzahl „von“ muss eine ganze Zahl ab 0 sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>The population &quot;to&quot; must be a whole number of 0 or more, not &quot;%1&quot;.</source>
        <translation>Die Einwohnerzahl „bis“ muss eine ganze Zahl ab 0 sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>The population &quot;from&quot; (%1) is above the population &quot;to&quot; (%2).</source>
        <translation>Die Einwohnerzahl „von“ (%1) liegt über der Einwohnerzahl „bis“ (%2).</translation>
    </message>
</context>
<context>
    <name>citykb::FacetModel</name>
    <message>
        <source>Only records with “%1” are shown. Click to leave them out instead.</source>
        <translation>Nur Datensätze mit „%1“ werden gezeigt. Klicken Sie, um sie stattdessen auszuschließen.</translation>
    </message>
    <message>
        <source>Records with “%1” are left out. Click to clear this filter.</source>
        <translation>Datensätze mit „%1“ sind ausgeschlossen. Klicken Sie, um diesen Filter aufzuheben.</translation>
    </message>
    <message>
        <source>Records with “%1”: %2. Click to show only these.</source>
        <translation>Datensätze mit „%1“: %2. Klicken Sie, um nur diese zu zeigen.</translation>
    </message>
    <message>
        <source>Filter by %1: a click on a value shows only records with it, a second click leaves them out.</source>
        <translation>Nach %1 filtern: Ein Klick auf einen Wert zeigt nur Datensätze damit, ein zweiter Klick schließt sie aus.</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Datensätze</translation>
    </message>
</context>
<context>
    <name>citykb::FeesTable</name>
    <message>
        <source>Insert adds a fee, Delete removes the chosen one; F2 or typing edits a cell.</source>
        <translation>Einfg fügt einen Beitrag hinzu, Entf entfernt den gewählten; F2 oder Tippen bearbeitet eine Zelle.</translation>
    </message>
    <message>
        <source>Fee %1: the amount must be a number of 0 or more, not &quot;%2&quot;.</source>
        <translation>Beitrag %1: Der Betrag muss eine Zahl ab 0 sein, nicht „%2“.</translation>
    </message>
    <message>
        <source>Fee %1: the currency must be a code of three capital letters such as EUR, not &quot;%2&quot;.</source>
        <translation>Beitrag %1: Die Währung muss ein Code aus drei Großbuchstaben wie EUR sein, nicht „%2“.</translation>
    </message>
</context>
<context>
    <name>citykb::FilterChipsModel</name>
    <message>
        <source>%1: not %2</source>
        <translation>%1: nicht %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Records with %1 “%2” are left out; remove the filter to show them.</source>
        <translation>Datensätze mit %1 „%2“ sind ausgeschlossen; entfernen Sie den Filter, um sie zu zeigen.</translation>
    </message>
    <message>
        <source>Only records with %1 “%2” are shown; remove the filter to show all.</source>
        <translation>Nur Datensätze mit %1 „%2“ werden gezeigt; entfernen Sie den Filter, um alle zu zeigen.</translation>
    </message>
</context>
<context>
    <name>citykb::HistoryDialog</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Reading the history…</source>
        <translation>Verlauf wird gelesen…</translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation>Verlauf von %1</translation>
    </message>
    <message>
        <source>%1 is in the trash. Its versions, newest first:</source>
        <translation>%1 liegt im Papierkorb. Seine Versionen, die neueste zuerst:</translation>
    </message>
    <message>
        <source>The versions of %1, newest first. Choose one to see what it changed.</source>
        <translation>Die Versionen von %1, die neueste zuerst. Wählen Sie eine, um zu sehen, was sie geändert hat.</translation>
    </message>
    <message>
        <source>Revision %1, %2</source>
        <translation>Revision %1, %2</translation>
    </message>
    <message>
        <source> (now)</source>
        <translation> (jetzt)</translation>
    </message>
    <message>
        <source>removed: %1</source>
        <translation>entfernt: %1</translation>
    </message>
    <message>
        <source>added: %1</source>
        <translation>hinzugefügt: %1</translation>
    </message>
    <message>
        <source>(first version)</source>
        <translation>(erste Version)</translation>
    </message>
    <message>
        <source>(no field changed)</source>
        <translation>(kein Feld geändert)</translation>
    </message>
</context>
<context>
    <name>citykb::KbOpener</name>
    <message>
        <source>CityKB</source>
        <translation>CityKB</translation>
    </message>
    <message>
        <source>The knowledge base at %1 cannot be opened.</source>
        <translation>Die Wissensbasis in %1 kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>Open Another Folder…</source>
        <translation>Anderen Ordner öffnen…</translation>
    </message>
    <message>
        <source>Create a New Knowledge Base…</source>
        <translation>Neue Wissensbasis anlegen…</translation>
    </message>
    <message>
        <source>Open a Knowledge Base Folder</source>
        <translation>Ordner einer Wissensbasis öffnen</translation>
    </message>
    <message>
        <source>Choose a Folder for the New Knowledge Base</source>
        <translation>Ordner für die neue Wissensbasis wählen</translation>
    </message>
</context>
<context>
    <name>citykb::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>CityKB will speak %1 when you start it again.</source>
        <translation>CityKB spricht %1, wenn Sie es das nächste Mal starten.</translation>
    </message>
</context>
<context>
    <name>citykb::ListColumns</name>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>Reset Columns</source>
        <translation>Spalten zurücksetzen</translation>
    </message>
</context>
<context>
    <name>citykb::MainWindow</name>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Network finder</source>
        <translation>Netzwerk-Finder</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Datensätze</translation>
    </message>
    <message>
        <source>Saved searches</source>
        <translation>Gespeicherte Suchen</translation>
    </message>
    <message>
        <source>&lt;p&gt;Select a record to read it here.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Wählen Sie einen Datensatz, um ihn hier zu lesen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Search practices, networks, interviews… (Ctrl+F)</source>
        <translation>Praxisbeispiele, Netzwerke, Interviews durchsuchen … (Strg+F)</translation>
    </message>
    <message>
        <source>Save Search</source>
        <translation>Suche speichern</translation>
    </message>
    <message>
        <source>Name of the search:</source>
        <translation>Name der Suche:</translation>
    </message>
    <message>
        <source>%1 — %2 records, store revision %3</source>
        <translation>%1 — %2 Datensätze, Speicherrevision %3</translation>
    </message>
    <message>
        <source>Records like the one open: %1</source>
        <translation>Datensätze wie der geöffnete: %1</translation>
    </message>
    <message>
        <source>records</source>
        <translation>Datensätze</translation>
    </message>
    <message>
        <source>1 result</source>
        <translation>1 Ergebnis</translation>
    </message>
    <message>
        <source>%1 results</source>
        <translation>%1 Ergebnisse</translation>
    </message>
    <message>
        <source>About %1 results</source>
        <translation>Etwa %1 Ergebnisse</translation>
    </message>
    <message>
        <source>Showing results for %1.</source>
        <translation>Ergebnisse für %1.</translation>
    </message>
    <message>
        <source>Did you mean %1?</source>
        <translation>Meinten Sie %1?</translation>
    </message>
    <message>
        <source>Remove this filter</source>
        <translation>Diesen Filter entfernen</translation>
    </message>
    <message>
        <source>Remove filter %1</source>
        <translation>Filter %1 entfernen</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Select the records to change in a list first.</source>
        <translation>Wählen Sie zuerst die zu ändernden Datensätze in einer Liste aus.</translation>
    </message>
    <message>
        <source>Import Documents</source>
        <translation>Dokumente importieren</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.docx *.odt *.html *.htm *.md *.txt *.json);;All files (*)</source>
        <translation>Dokumente (*.pdf *.docx *.odt *.html *.htm *.md *.txt *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Create %1</source>
        <translation>%1 anlegen</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>%1 — saved meanwhile: %2; yours: %3</source>
        <translation>%1 — inzwischen gespeichert: %2; Ihre Fassung: %3</translation>
    </message>
    <message>
        <source>Saved Meanwhile</source>
        <translation>Inzwischen gespeichert</translation>
    </message>
    <message>
        <source>Keep the version saved meanwhile, or save yours over it?</source>
        <translation>Die inzwischen gespeicherte Fassung behalten oder Ihre darüber speichern?</translation>
    </message>
    <message>
        <source>Save Mine</source>
        <translation>Meine speichern</translation>
    </message>
    <message>
        <source>Keep Theirs</source>
        <translation>Deren Fassung behalten</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>%1

Move them to the trash too?</source>
        <translation>%1

Diese auch in den Papierkorb verschieben?</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message>
        <source>Delete %1 records</source>
        <translation>%1 Datensätze löschen</translation>
    </message>
    <message>
        <source>Moved to the trash. Undo (Ctrl+Z) brings it back.</source>
        <translation>In den Papierkorb verschoben. Rückgängig (Strg+Z) holt ihn zurück.</translation>
    </message>
    <message>
        <source>Bulk Edit</source>
        <translation>Mehrere bearbeiten</translation>
    </message>
    <message>
        <source>Add to %1 of %2 records</source>
        <translation>Zu %1 von %2 Datensätzen hinzufügen</translation>
    </message>
    <message>
        <source>Remove from %1 of %2 records</source>
        <translation>Aus %1 von %2 Datensätzen entfernen</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Import läuft</translation>
    </message>
    <message>
        <source>Importing 1 file…</source>
        <translation>1 Datei wird importiert…</translation>
    </message>
    <message>
        <source>Importing %1 files…</source>
        <translation>%1 Dateien werden importiert…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Searching CityKB</source>
        <translation>CityKB durchsuchen</translation>
    </message>
    <message>
        <source>&lt;p&gt;Type words to find records, document sections and interview answers that hold them. Results update while you type.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;code&gt;&quot;social action&quot;&lt;/code&gt; finds the phrase;&lt;/li&gt;&lt;li&gt;&lt;code&gt;housing AND youth&lt;/code&gt;, &lt;code&gt;housing OR homelessness&lt;/code&gt;, &lt;code&gt;housing NOT london&lt;/code&gt;, &lt;code&gt;+word&lt;/code&gt;, &lt;code&gt;-word&lt;/code&gt;;&lt;/li&gt;&lt;li&gt;&lt;code&gt;appren*&lt;/code&gt; finds words that begin so;&lt;/li&gt;&lt;li&gt;&lt;code&gt;city:Bologna&lt;/code&gt;, &lt;code&gt;network:Eurotowns&lt;/code&gt;, &lt;code&gt;theme:housing&lt;/code&gt;, &lt;code&gt;type:practices&lt;/code&gt;, &lt;code&gt;year:2011..2013&lt;/code&gt;; &lt;code&gt;-city:London&lt;/code&gt; leaves out;&lt;/li&gt;&lt;li&gt;&lt;code&gt;title:word&lt;/code&gt; searches titles only.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Synonyms from the vocabularies are found too: &quot;people helping people&quot; finds &quot;social action&quot;. A misspelt word gets a &quot;did you mean&quot;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Geben Sie Wörter ein, um Datensätze, Dokumentabschnitte und Interviewantworten zu finden, die sie enthalten. Die Ergebnisse ändern sich beim Tippen.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;code&gt;&quot;social action&quot;&lt;/code&gt; findet die Phrase;&lt;/li&gt;&lt;li&gt;&lt;code&gt;housing AND youth&lt;/code&gt;, &lt;code&gt;housing OR homelessness&lt;/code&gt;, &lt;code&gt;housing NOT london&lt;/code&gt;, &lt;code&gt;+word&lt;/code&gt;, &lt;code&gt;-word&lt;/code&gt;;&lt;/li&gt;&lt;li&gt;&lt;code&gt;appren*&lt;/code&gt; findet Wörter, die so beginnen;&lt;/li&gt;&lt;li&gt;&lt;code&gt;city:Bologna&lt;/code&gt;, &lt;code&gt;network:Eurotowns&lt;/code&gt;, &lt;code&gt;theme:housing&lt;/code&gt;, &lt;code&gt;type:practices&lt;/code&gt;, &lt;code&gt;year:2011..2013&lt;/code&gt;; &lt;code&gt;-city:London&lt;/code&gt; schließt aus;&lt;/li&gt;&lt;li&gt;&lt;code&gt;title:word&lt;/code&gt; sucht nur in Titeln.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Synonyme aus den Vokabularen werden mitgefunden: „people helping people“ findet „social action“. Ein falsch geschriebenes Wort bekommt ein „Meinten Sie“.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About CityKB</source>
        <translation>Über CityKB</translation>
    </message>
    <message>
        <source>&lt;h3&gt;CityKB %1&lt;/h3&gt;&lt;p&gt;The knowledge base of European city networks: networks, working groups, cities, good practices, events, interviews and source documents, searchable in one place.&lt;/p&gt;&lt;p&gt;Built on %2.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;CityKB %1&lt;/h3&gt;&lt;p&gt;Die Wissensbasis europäischer Städtenetzwerke: Netzwerke, Arbeitsgruppen, Städte, gute Praxis, Veranstaltungen, Interviews und Quelldokumente, an einem Ort durchsuchbar.&lt;/p&gt;&lt;p&gt;Erstellt mit %2.&lt;/p&gt;&lt;p&gt;Lizenziert unter der GNU General Public License, Version 3 oder später.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Document &amp;Links…</source>
        <translation>Dokumentver&amp;knüpfungen…</translation>
    </message>
    <message>
        <source>New Res&amp;ponse</source>
        <translation>Neue &amp;Antwort</translation>
    </message>
    <message>
        <source>&amp;Fill In / Continue Response</source>
        <translation>Antwort aus&amp;füllen / fortsetzen</translation>
    </message>
    <message>
        <source>Nothing changed, so nothing was saved.</source>
        <translation>Nichts wurde geändert, daher wurde nichts gespeichert.</translation>
    </message>
</context>
<context>
    <name>citykb::NetworkFinderWidget</name>
    <message>
        <source>May join</source>
        <translation>Kann beitreten</translation>
    </message>
    <message>
        <source>Cannot join as asked</source>
        <translation>Kann so nicht beitreten</translation>
    </message>
    <message>
        <source>The KB cannot tell</source>
        <translation>Die Wissensbasis kann es nicht sagen</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>&lt;p&gt;Enter your country, the number of inhabitants and the kind of member, then &lt;b&gt;Find Networks&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Geben Sie Ihr Land, die Einwohnerzahl und die Art des Mitglieds ein und wählen Sie dann &lt;b&gt;Netzwerke finden&lt;/b&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Looking…&lt;/p&gt;</source>
        <translation>&lt;p&gt;Suche läuft…&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Another way in:</source>
        <translation>Ein anderer Weg hinein:</translation>
    </message>
    <message>
        <source>Fee:</source>
        <translation>Beitrag:</translation>
    </message>
    <message>
        <source>How to join:</source>
        <translation>Wie man beitritt:</translation>
    </message>
    <message>
        <source>Coming up:</source>
        <translation>Demnächst:</translation>
    </message>
    <message>
        <source>&lt;p&gt;The KB holds no networks yet.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Die Wissensbasis enthält noch keine Netzwerke.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>citykb::OverviewWidget</name>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Practices by theme</source>
        <translation>Praxisbeispiele nach Thema</translation>
    </message>
    <message>
        <source>Practices by country</source>
        <translation>Praxisbeispiele nach Land</translation>
    </message>
    <message>
        <source>Events by year</source>
        <translation>Veranstaltungen nach Jahr</translation>
    </message>
    <message>
        <source>Networks by members</source>
        <translation>Netzwerke nach Mitgliedern</translation>
    </message>
</context>
<context>
    <name>citykb::PeersWidget</name>
    <message>
        <source>Looking for cities like %1…</source>
        <translation>Suche nach Städten wie %1…</translation>
    </message>
    <message>
        <source>No city shares a theme, target group, success factor or instrument with %1 yet.</source>
        <translation>Noch teilt keine Stadt ein Thema, eine Zielgruppe, einen Erfolgsfaktor oder ein Instrument mit %1.</translation>
    </message>
    <message>
        <source>Cities that worked on what %1 worked on, most alike first. Open one to read its page; its practices are below it.</source>
        <translation>Städte, die an dem gearbeitet haben, woran %1 gearbeitet hat, die ähnlichsten zuerst. Öffnen Sie eine, um ihre Seite zu lesen; ihre Praxisbeispiele stehen darunter.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>1 term in common</source>
        <translation>1 gemeinsamer Begriff</translation>
    </message>
    <message numerus="yes">
        <source>%n terms in common</source>
        <translation>
            <numerusform>%n gemeinsamer Begriff</numerusform>
            <numerusform>%n gemeinsame Begriffe</numerusform>
        </translation>
    </message>
    <message>
        <source>Same challenge: %1</source>
        <translation>Gleiche Herausforderung: %1</translation>
    </message>
</context>
<context>
    <name>citykb::QuestionnaireEditor</name>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Move Question Up</source>
        <translation>Frage nach oben verschieben</translation>
    </message>
    <message>
        <source>Move Question Down</source>
        <translation>Frage nach unten verschieben</translation>
    </message>
    <message>
        <source>Add Question</source>
        <translation>Frage hinzufügen</translation>
    </message>
    <message>
        <source>Remove Question</source>
        <translation>Frage entfernen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Edit the title</source>
        <translation>Titel bearbeiten</translation>
    </message>
    <message>
        <source>Edit the purpose</source>
        <translation>Zweck bearbeiten</translation>
    </message>
    <message>
        <source>Edit the introduction</source>
        <translation>Einleitung bearbeiten</translation>
    </message>
    <message>
        <source>Edit the wording of a question</source>
        <translation>Wortlaut einer Frage bearbeiten</translation>
    </message>
    <message>
        <source>Edit the help text of a question</source>
        <translation>Hilfetext einer Frage bearbeiten</translation>
    </message>
    <message>
        <source>Edit the choices of a question</source>
        <translation>Auswahlmöglichkeiten einer Frage bearbeiten</translation>
    </message>
    <message>
        <source>Make a question required</source>
        <translation>Frage zur Pflichtfrage machen</translation>
    </message>
    <message>
        <source>Make a question optional</source>
        <translation>Frage optional machen</translation>
    </message>
    <message>
        <source>Change the kind of a question</source>
        <translation>Art einer Frage ändern</translation>
    </message>
    <message>
        <source>New Questionnaire[*]</source>
        <translation>Neuer Fragebogen[*]</translation>
    </message>
    <message>
        <source>Free text</source>
        <translation>Freitext</translation>
    </message>
    <message>
        <source>Yes or no</source>
        <translation>Ja oder nein</translation>
    </message>
    <message>
        <source>Yes or no, with an explanation</source>
        <translation>Ja oder nein, mit Begründung</translation>
    </message>
    <message>
        <source>One choice of several</source>
        <translation>Eine Auswahl aus mehreren</translation>
    </message>
    <message>
        <source>Several choices</source>
        <translation>Mehrfachauswahl</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation>Kontaktdaten</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <source>The questionnaire has no versions.</source>
        <translation>Der Fragebogen hat keine Versionen.</translation>
    </message>
    <message>
        <source>published</source>
        <translation>veröffentlicht</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Version %1 (%2): %3, 1 question</source>
        <translation>Version %1 (%2): %3, 1 Frage</translation>
    </message>
    <message numerus="yes">
        <source>Version %1 (%2): %3, %n questions</source>
        <translation>
            <numerusform>Version %1 (%2): %3, %n Frage</numerusform>
            <numerusform>Version %1 (%2): %3, %n Fragen</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;There is one version so far. Once it is published, saving changes makes version 2, and this tab shows what changed.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Bisher gibt es eine Version. Sobald sie veröffentlicht ist, entsteht beim Speichern von Änderungen Version 2, und dieser Reiter zeigt, was sich geändert hat.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>(no wording yet)</source>
        <translation>(noch kein Wortlaut)</translation>
    </message>
    <message>
        <source>%1. %2 — %3, required</source>
        <translation>%1. %2 — %3, Pflicht</translation>
    </message>
    <message>
        <source>%1. %2 — %3</source>
        <translation>%1. %2 — %3</translation>
    </message>
    <message>
        <source>Question %1</source>
        <translation>Frage %1</translation>
    </message>
    <message>
        <source>No question selected</source>
        <translation>Keine Frage ausgewählt</translation>
    </message>
    <message>
        <source>The questionnaire needs a title.</source>
        <translation>Der Fragebogen braucht einen Titel.</translation>
    </message>
    <message>
        <source>Question %1 needs its wording.</source>
        <translation>Frage %1 braucht einen Wortlaut.</translation>
    </message>
    <message>
        <source>A questionnaire needs at least one question before it is published.</source>
        <translation>Ein Fragebogen braucht mindestens eine Frage, bevor er veröffentlicht wird.</translation>
    </message>
    <message>
        <source>Question %1 needs two choices or more before the questionnaire is published.</source>
        <translation>Frage %1 braucht mindestens zwei Auswahlmöglichkeiten, bevor der Fragebogen veröffentlicht wird.</translation>
    </message>
    <message>
        <source>Untitled questionnaire</source>
        <translation>Fragebogen ohne Titel</translation>
    </message>
    <message>
        <source>New Questionnaire: %1[*]</source>
        <translation>Neuer Fragebogen: %1[*]</translation>
    </message>
    <message>
        <source>Questionnaire: %1, version %2[*]</source>
        <translation>Fragebogen: %1, Version %2[*]</translation>
    </message>
    <message>
        <source>A new questionnaire. Save it to keep it as a draft; publish it to take responses.</source>
        <translation>Ein neuer Fragebogen. Speichern Sie ihn, um ihn als Entwurf zu behalten; veröffentlichen Sie ihn, um Antworten aufzunehmen.</translation>
    </message>
    <message>
        <source>Version %1 is published and frozen: saving your changes makes version %2, a new draft. Responses keep the version they answered.</source>
        <translation>Version %1 ist veröffentlicht und eingefroren: Beim Speichern Ihrer Änderungen entsteht Version %2, ein neuer Entwurf. Antworten behalten die Version, die sie beantwortet haben.</translation>
    </message>
    <message>
        <source>Version %1 is a draft: saving changes it in place. Publish it to take responses.</source>
        <translation>Version %1 ist ein Entwurf: Beim Speichern wird sie direkt geändert. Veröffentlichen Sie sie, um Antworten aufzunehmen.</translation>
    </message>
    <message>
        <source>Question %1 </source>
        <translation>Frage %1 </translation>
    </message>
    <message>
        <source>Add a question</source>
        <translation>Frage hinzufügen</translation>
    </message>
    <message>
        <source>Remove question %1</source>
        <translation>Frage %1 entfernen</translation>
    </message>
    <message>
        <source>Move question %1 to place %2</source>
        <translation>Frage %1 an Stelle %2 verschieben</translation>
    </message>
    <message>
        <source>Reorder the questions</source>
        <translation>Fragen umordnen</translation>
    </message>
    <message>
        <source>Save Questionnaire</source>
        <translation>Fragebogen speichern</translation>
    </message>
    <message>
        <source>Publish version %1? A published version is never changed again; later edits make a new version.</source>
        <translation>Version %1 veröffentlichen? Eine veröffentlichte Version wird nie mehr geändert; spätere Bearbeitungen ergeben eine neue Version.</translation>
    </message>
    <message>
        <source>Save and publish the questionnaire? A published version is never changed again; later edits make a new version.</source>
        <translation>Den Fragebogen speichern und veröffentlichen? Eine veröffentlichte Version wird nie mehr geändert; spätere Bearbeitungen ergeben eine neue Version.</translation>
    </message>
    <message>
        <source>Publish Questionnaire</source>
        <translation>Fragebogen veröffentlichen</translation>
    </message>
    <message>
        <source>&lt;h3&gt;From version %1 to version %2&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Von Version %1 zu Version %2&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The title, purpose and introduction are the same.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Titel, Zweck und Einleitung sind unverändert.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>Einleitung</translation>
    </message>
    <message>
        <source>&lt;li&gt;&lt;b&gt;%1&lt;/b&gt; was %2, is now %3.&lt;/li&gt;</source>
        <translation>&lt;li&gt;&lt;b&gt;%1&lt;/b&gt; war %2, ist jetzt %3.&lt;/li&gt;</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>leer</translation>
    </message>
    <message>
        <source>&lt;li&gt;&lt;b&gt;Added&lt;/b&gt; as question %1: %2 (%3%4).&lt;/li&gt;</source>
        <translation>&lt;li&gt;&lt;b&gt;Hinzugefügt&lt;/b&gt; als Frage %1: %2 (%3%4).&lt;/li&gt;</translation>
    </message>
    <message>
        <source>, required</source>
        <translation>, Pflicht</translation>
    </message>
    <message>
        <source>&lt;li&gt;&lt;b&gt;Removed&lt;/b&gt; question %1: %2.&lt;/li&gt;</source>
        <translation>&lt;li&gt;Frage %1 &lt;b&gt;entfernt&lt;/b&gt;: %2.&lt;/li&gt;</translation>
    </message>
    <message>
        <source>moved from place %1 to place %2</source>
        <translation>von Stelle %1 an Stelle %2 verschoben</translation>
    </message>
    <message>
        <source>reworded: was %1</source>
        <translation>umformuliert: war %1</translation>
    </message>
    <message>
        <source>kind was %1, is now %2</source>
        <translation>Art war %1, ist jetzt %2</translation>
    </message>
    <message>
        <source>now required</source>
        <translation>jetzt Pflicht</translation>
    </message>
    <message>
        <source>no longer required</source>
        <translation>nicht mehr Pflicht</translation>
    </message>
    <message>
        <source>help text added</source>
        <translation>Hilfetext hinzugefügt</translation>
    </message>
    <message>
        <source>help text was %1</source>
        <translation>Hilfetext war %1</translation>
    </message>
    <message>
        <source>choices were %1, are now %2</source>
        <translation>Auswahlmöglichkeiten waren %1, sind jetzt %2</translation>
    </message>
    <message>
        <source>&lt;li&gt;&lt;b&gt;Question %1&lt;/b&gt; %2: %3.&lt;/li&gt;</source>
        <translation>&lt;li&gt;&lt;b&gt;Frage %1&lt;/b&gt; %2: %3.&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;h4&gt;Questions&lt;/h4&gt;</source>
        <translation>&lt;h4&gt;Fragen&lt;/h4&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;1 question asked as before.&lt;/p&gt;</source>
        <translation>&lt;p&gt;1 Frage wird unverändert gestellt.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;%n questions asked as before.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;%n Frage wird unverändert gestellt.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;%n Fragen werden unverändert gestellt.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;No questions in either version.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Keine der beiden Versionen enthält Fragen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Save the changes to this questionnaire before closing?</source>
        <translation>Die Änderungen an diesem Fragebogen vor dem Schließen speichern?</translation>
    </message>
</context>
<context>
    <name>citykb::QuestionnaireMenu</name>
    <message>
        <source>&amp;Questionnaires</source>
        <translation>&amp;Fragebögen</translation>
    </message>
    <message>
        <source>&amp;New Questionnaire</source>
        <translation>&amp;Neuer Fragebogen</translation>
    </message>
    <message>
        <source>&amp;Edit Questionnaire</source>
        <translation>Fragebogen &amp;bearbeiten</translation>
    </message>
    <message>
        <source>Edit Questionnaire</source>
        <translation>Fragebogen bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Compare Responses</source>
        <translation>Antworten &amp;vergleichen</translation>
    </message>
    <message>
        <source>Compare Responses</source>
        <translation>Antworten vergleichen</translation>
    </message>
    <message>
        <source>E&amp;xport Responses…</source>
        <translation>Antworten e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Export Responses</source>
        <translation>Antworten exportieren</translation>
    </message>
    <message>
        <source>The knowledge base holds no questionnaire yet; make one with New Questionnaire.</source>
        <translation>Die Wissensbasis enthält noch keinen Fragebogen; legen Sie einen mit „Neuer Fragebogen“ an.</translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation>%1 (Version %2)</translation>
    </message>
    <message>
        <source>Questionnaire:</source>
        <translation>Fragebogen:</translation>
    </message>
</context>
<context>
    <name>citykb::RecordEditor</name>
    <message>
        <source>New %1</source>
        <translation>Neu: %1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Wird gelesen…</translation>
    </message>
    <message>
        <source>A new %1. Fields in bold are required.</source>
        <translation>Neu: %1. Fett gesetzte Felder sind Pflicht.</translation>
    </message>
    <message>
        <source>%1, as saved at revision %2. Fields in bold are required.</source>
        <translation>%1, wie in Revision %2 gespeichert. Fett gesetzte Felder sind Pflicht.</translation>
    </message>
    <message>
        <source>JSON, as docs/data-model.md describes this field</source>
        <translation>JSON, wie docs/data-model.md dieses Feld beschreibt</translation>
    </message>
    <message>
        <source>made from the title</source>
        <translation>aus dem Titel gebildet</translation>
    </message>
    <message>
        <source>Add to %1</source>
        <translation>Zu %1 hinzufügen</translation>
    </message>
    <message>
        <source>Type to find one to add…</source>
        <translation>Tippen, um einen zum Hinzufügen zu finden…</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove from %1</source>
        <translation>Aus %1 entfernen</translation>
    </message>
    <message>
        <source>Add Row</source>
        <translation>Zeile hinzufügen</translation>
    </message>
    <message>
        <source>Add a row to %1</source>
        <translation>Eine Zeile zu %1 hinzufügen</translation>
    </message>
    <message>
        <source>Remove Row</source>
        <translation>Zeile entfernen</translation>
    </message>
    <message>
        <source>Remove the row from %1</source>
        <translation>Die Zeile aus %1 entfernen</translation>
    </message>
    <message>
        <source>%1 cannot be read as the field needs.</source>
        <translation>%1 lässt sich nicht so lesen, wie das Feld es braucht.</translation>
    </message>
</context>
<context>
    <name>citykb::RecordListModel</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
</context>
<context>
    <name>citykb::ResponseComparisonView</name>
    <message>
        <source>Reading the responses…</source>
        <translation>Antworten werden gelesen…</translation>
    </message>
    <message>
        <source>&lt;p&gt;Select an answer to read it in full here.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Wählen Sie eine Antwort, um sie hier vollständig zu lesen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Chart of the yes/no and choice answers</source>
        <translation>Diagramm der Ja/Nein- und Auswahlantworten</translation>
    </message>
    <message>
        <source>Compare Responses: %1</source>
        <translation>Antworten vergleichen: %1</translation>
    </message>
    <message>
        <source>%1 — 1 response shown.</source>
        <translation>%1 — 1 Antwort angezeigt.</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n responses shown.</source>
        <translation>
            <numerusform>%1 — %n Antwort angezeigt.</numerusform>
            <numerusform>%1 — %n Antworten angezeigt.</numerusform>
        </translation>
    </message>
    <message>
        <source>They answer versions 1 to %1 of the questionnaire.</source>
        <translation>Sie beantworten die Versionen 1 bis %1 des Fragebogens.</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n answered</source>
        <translation>
            <numerusform>%1 von %n beantwortet</numerusform>
            <numerusform>%1 von %n beantwortet</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1. %2 (earlier versions only)</source>
        <translation>%1. %2 (nur frühere Versionen)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Interviewer: %1</source>
        <translation>Interviewer(in): %1</translation>
    </message>
    <message>
        <source>Mode: %1</source>
        <translation>Interviewform: %1</translation>
    </message>
    <message>
        <source>Answers version %1 of the questionnaire; %2.</source>
        <translation>Beantwortet Version %1 des Fragebogens; %2.</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Anzahlen</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Question %1&lt;/b&gt;: %2&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Frage %1&lt;/b&gt;: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; answered:&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; antwortete:&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;No answer.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;Keine Antwort.&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Yes/no and choice answers</source>
        <translation>Ja/Nein- und Auswahlantworten</translation>
    </message>
    <message>
        <source>No yes/no or choice answers to count</source>
        <translation>Keine Ja/Nein- oder Auswahlantworten zum Zählen</translation>
    </message>
</context>
<context>
    <name>citykb::ResponseExportDialog</name>
    <message>
        <source>Export the responses to “%1”: one row per response, one column per question.</source>
        <translation>Die Antworten auf „%1“ exportieren: eine Zeile pro Antwort, eine Spalte pro Frage.</translation>
    </message>
    <message>
        <source>CSV (spreadsheets, data tools)</source>
        <translation>CSV (Tabellenkalkulationen, Datenwerkzeuge)</translation>
    </message>
    <message>
        <source>Excel workbook (XLSX)</source>
        <translation>Excel-Arbeitsmappe (XLSX)</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Left out, e-mail addresses and phone numbers show as “withheld”.</source>
        <translation>Ohne diese Option erscheinen E-Mail-Adressen und Telefonnummern als „withheld“.</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-Arbeitsmappen (*.xlsx)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>Export Responses</source>
        <translation>Antworten exportieren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Exporting responses</source>
        <translation>Antworten werden exportiert</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Export läuft…</translation>
    </message>
    <message>
        <source>Exported 1 response to %1, with e-mail addresses and phone numbers.</source>
        <translation>1 Antwort nach %1 exportiert, mit E-Mail-Adressen und Telefonnummern.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n responses to %1, with e-mail addresses and phone numbers.</source>
        <translation>
            <numerusform>%n Antwort nach %1 exportiert, mit E-Mail-Adressen und Telefonnummern.</numerusform>
            <numerusform>%n Antworten nach %1 exportiert, mit E-Mail-Adressen und Telefonnummern.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported 1 response to %1, without e-mail addresses and phone numbers.</source>
        <translation>1 Antwort nach %1 exportiert, ohne E-Mail-Adressen und Telefonnummern.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n responses to %1, without e-mail addresses and phone numbers.</source>
        <translation>
            <numerusform>%n Antwort nach %1 exportiert, ohne E-Mail-Adressen und Telefonnummern.</numerusform>
            <numerusform>%n Antworten nach %1 exportiert, ohne E-Mail-Adressen und Telefonnummern.</numerusform>
        </translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>Der Export wurde abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>Der Export ist fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>citykb::ResponseForm</name>
    <message>
        <source>(not given)</source>
        <translation>(nicht angegeben)</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Persönlich</translation>
    </message>
    <message>
        <source>Video call</source>
        <translation>Videoanruf</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>New Response</source>
        <translation>Neue Antwort</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Wird geöffnet…</translation>
    </message>
    <message>
        <source>%1 (network)</source>
        <translation>%1 (Netzwerk)</translation>
    </message>
    <message>
        <source>%1 (organisation)</source>
        <translation>%1 (Organisation)</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2, version %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2, Version %3</translation>
    </message>
    <message>
        <source>All answers are saved.</source>
        <translation>Alle Antworten sind gespeichert.</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Vollständig</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>An answer changed in another window waits for your choice.</source>
        <translation>Eine in einem anderen Fenster geänderte Antwort wartet auf Ihre Entscheidung.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Saved at %1</source>
        <translation>Gespeichert um %1</translation>
    </message>
    <message>
        <source>Every question has an answer.</source>
        <translation>Jede Frage ist beantwortet.</translation>
    </message>
    <message>
        <source>The response cannot be marked complete: question %1 is required and has no answer.</source>
        <translation>Die Antwort kann nicht als vollständig markiert werden: Frage %1 ist eine Pflichtfrage und hat keine Antwort.</translation>
    </message>
    <message>
        <source>The response cannot be marked complete: questions %1 are required and have no answer.</source>
        <translation>Die Antwort kann nicht als vollständig markiert werden: Die Fragen %1 sind Pflichtfragen und haben keine Antwort.</translation>
    </message>
    <message>
        <source>The response is complete.</source>
        <translation>Die Antwort ist vollständig.</translation>
    </message>
    <message>
        <source>The response is a draft again.</source>
        <translation>Die Antwort ist wieder ein Entwurf.</translation>
    </message>
</context>
<context>
    <name>citykb::SearchResultsModel</name>
    <message>
        <source>No record matches &quot;%1&quot;.</source>
        <translation>Kein Datensatz passt zu „%1“.</translation>
    </message>
    <message>
        <source>Interview: %1, question %2</source>
        <translation>Interview: %1, Frage %2</translation>
    </message>
    <message>
        <source>Interview: %1, question %2: %3</source>
        <translation>Interview: %1, Frage %2: %3</translation>
    </message>
    <message>
        <source>Document: %1, section %2</source>
        <translation>Dokument: %1, Abschnitt %2</translation>
    </message>
    <message>
        <source>Document: %1, section %2 (page %3)</source>
        <translation>Dokument: %1, Abschnitt %2 (Seite %3)</translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation>%1: %2, %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>citykb::TrashDialog</name>
    <message>
        <source>The trash is empty.</source>
        <translation>Der Papierkorb ist leer.</translation>
    </message>
    <message>
        <source>Deleted records. Restore brings a record back with its links.</source>
        <translation>Gelöschte Datensätze. „Wiederherstellen“ holt einen Datensatz mit seinen Verknüpfungen zurück.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Empty Trash</source>
        <translation>Papierkorb leeren</translation>
    </message>
    <message>
        <source>Delete the record in the trash for good? This cannot be undone.</source>
        <translation>Den Datensatz im Papierkorb endgültig löschen? Das kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Delete the %1 records in the trash for good? This cannot be undone.</source>
        <translation>Die %1 Datensätze im Papierkorb endgültig löschen? Das kann nicht rückgängig gemacht werden.</translation>
    </message>
</context>
<context>
    <name>citykb::WorkPlanEditor</name>
    <message>
        <source>Insert adds, Delete removes; F2 or typing edits.</source>
        <translation>Einfg fügt hinzu, Entf entfernt; F2 oder Tippen bearbeitet.</translation>
    </message>
    <message>
        <source>A work plan needs its year.</source>
        <translation>Ein Arbeitsplan braucht sein Jahr.</translation>
    </message>
    <message>
        <source>The work plan year &quot;%1&quot; is not a year from %2 to %3.</source>
        <translation>Das Arbeitsplanjahr „%1“ ist kein Jahr von %2 bis %3.</translation>
    </message>
    <message>
        <source>Work plan %1, objective %2: the number must be a whole number from 1, not &quot;%3&quot;.</source>
        <translation>Arbeitsplan %1, Ziel %2: Die Nummer muss eine ganze Zahl ab 1 sein, nicht „%3“.</translation>
    </message>
    <message>
        <source>Work plan %1, objective %2: the title must not be empty.</source>
        <translation>Arbeitsplan %1, Ziel %2: Der Titel darf nicht leer sein.</translation>
    </message>
    <message>
        <source>O&amp;bjectives of %1</source>
        <translation>&amp;Ziele für %1</translation>
    </message>
    <message>
        <source>O&amp;bjectives of the year</source>
        <translation>&amp;Ziele des Jahres</translation>
    </message>
</context>
</TS>
