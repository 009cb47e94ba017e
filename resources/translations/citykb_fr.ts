<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Briefing</name>
    <message>
        <source>CityKB (%1)</source>
        <translation>CityKB (%1)</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <comment>the format of a full date (QLocale)</comment>
        <translation>d MMMM yyyy</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Portée</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Knowledge base</source>
        <translation>Base de connaissances</translation>
    </message>
    <message>
        <source>E-mail addresses and phone numbers are left out of this briefing.</source>
        <translation>Les adresses e-mail et numéros de téléphone ne figurent pas dans ce dossier.</translation>
    </message>
    <message>
        <source>This briefing holds personal contact data (e-mail addresses and phone numbers): share it only with those who need it.</source>
        <translation>Ce dossier contient des coordonnées personnelles (adresses e-mail et numéros de téléphone) : ne le partagez qu’avec les personnes qui en ont besoin.</translation>
    </message>
    <message>
        <source>section</source>
        <comment>a section of a source document</comment>
        <translation>section</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>briefing</source>
        <translation>dossier</translation>
    </message>
    <message>
        <source>Recommendation %1</source>
        <translation>Recommandation %1</translation>
    </message>
    <message>
        <source>The scope needs the name of a %1 after the colon.</source>
        <translation>La portée demande après les deux-points le nom : %1.</translation>
    </message>
    <message>
        <source>There is no %1 called &quot;%2&quot;; did you mean &quot;%3&quot;?</source>
        <translation>Il n’existe pas de %1 nommé « %2 » ; vouliez-vous dire « %3 » ?</translation>
    </message>
    <message>
        <source>There is no %1 called &quot;%2&quot;.</source>
        <translation>Il n’existe pas de %1 nommé « %2 ».</translation>
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
        <translation>prévu</translation>
    </message>
    <message>
        <source>held</source>
        <translation>tenu</translation>
    </message>
    <message>
        <source>POSTPONED</source>
        <translation>REPORTÉ</translation>
    </message>
    <message>
        <source>CANCELLED</source>
        <translation>ANNULÉ</translation>
    </message>
    <message>
        <source>theme</source>
        <translation>thème</translation>
    </message>
    <message>
        <source>target group</source>
        <translation>public cible</translation>
    </message>
    <message>
        <source>success factor</source>
        <translation>facteur de réussite</translation>
    </message>
    <message>
        <source>challenge</source>
        <translation>défi</translation>
    </message>
    <message>
        <source>instrument</source>
        <translation>instrument</translation>
    </message>
    <message>
        <source>policy area</source>
        <translation>domaine politique</translation>
    </message>
    <message>
        <source>pillar of active inclusion</source>
        <translation>pilier de l’inclusion active</translation>
    </message>
    <message>
        <source>other</source>
        <translation>autres</translation>
    </message>
    <message>
        <source>Cities</source>
        <translation>Villes</translation>
    </message>
    <message>
        <source>%1 of %2 to %3 inhabitants may join as members.</source>
        <translation>Les %1 de %2 à %3 habitants peuvent devenir membres.</translation>
    </message>
    <message>
        <source>%1 with at least %2 inhabitants may join as members.</source>
        <translation>Les %1 d’au moins %2 habitants peuvent devenir membres.</translation>
    </message>
    <message>
        <source>%1 with up to %2 inhabitants may join as members.</source>
        <translation>Les %1 de %2 habitants au plus peuvent devenir membres.</translation>
    </message>
    <message>
        <source>%1 may join as members.</source>
        <translation>%1 peuvent devenir membres.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>amount and currency</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 a year</source>
        <translation>%1 par an</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>E-mail addresses and phone numbers are left out; the KB holds them on each person&apos;s record.</source>
        <translation>Les adresses e-mail et numéros de téléphone sont omis ; la base les conserve dans la fiche de chaque personne.</translation>
    </message>
    <message>
        <source>%1, %2 scope</source>
        <translation>%1, portée : %2</translation>
    </message>
    <message>
        <source>%1, by %2</source>
        <translation>%1, par %2</translation>
    </message>
    <message>
        <source>%1 members</source>
        <translation>%1 membres</translation>
    </message>
    <message>
        <source>%1 (as of %2)</source>
        <translation>%1 (au %2)</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1 ; %2</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>Sigle</translation>
    </message>
    <message>
        <source>Part of</source>
        <translation>Fait partie de</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Founded</source>
        <translation>Fondé</translation>
    </message>
    <message>
        <source>Headquarters</source>
        <translation>Siège</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Runs until</source>
        <translation>Jusqu’au</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>Interviewed</source>
        <translation>Interrogé</translation>
    </message>
    <message>
        <source>Through</source>
        <translation>Via</translation>
    </message>
    <message>
        <source>Membership of %1, which the working group belongs to</source>
        <translation>Adhésion à %1, dont le groupe de travail fait partie</translation>
    </message>
    <message>
        <source>Who may join</source>
        <translation>Qui peut adhérer</translation>
    </message>
    <message>
        <source>In the network&apos;s words</source>
        <translation>Selon le réseau</translation>
    </message>
    <message>
        <source>Fees and conditions</source>
        <translation>Cotisations et conditions</translation>
    </message>
    <message>
        <source>How to join</source>
        <translation>Comment adhérer</translation>
    </message>
    <message>
        <source>How a working group starts</source>
        <translation>Comment un groupe de travail est créé</translation>
    </message>
    <message>
        <source>The KB holds no eligibility rules or fees for %1.</source>
        <translation>La base ne contient ni règles d’adhésion ni cotisations pour %1.</translation>
    </message>
    <message>
        <source>Working groups and forums</source>
        <translation>Groupes de travail et forums</translation>
    </message>
    <message>
        <source>%1 (chair: %2)</source>
        <translation>%1 (présidence : %2)</translation>
    </message>
    <message>
        <source>Forums</source>
        <translation>Forums</translation>
    </message>
    <message>
        <source>Working groups</source>
        <translation>Groupes de travail</translation>
    </message>
    <message>
        <source>Working group</source>
        <translation>Groupe de travail</translation>
    </message>
    <message>
        <source>Lead city</source>
        <translation>Ville chef de file</translation>
    </message>
    <message>
        <source>What it works on</source>
        <translation>Ses sujets de travail</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>The KB knows one member of %1 by name.</source>
        <translation>La base connaît un membre de %1 par son nom.</translation>
    </message>
    <message>
        <source>The KB knows %1 members of %2 by name.</source>
        <translation>La base connaît %1 membres de %2 par leur nom.</translation>
    </message>
    <message>
        <source>Members by country</source>
        <translation>Membres par pays</translation>
    </message>
    <message>
        <source>members</source>
        <translation>membres</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>%1 (the date has passed; the KB has no newer news)</source>
        <translation>%1 (la date est passée ; la base n’a pas d’information plus récente)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Coming</source>
        <translation>À venir</translation>
    </message>
    <message>
        <source>Postponed events are marked POSTPONED: the KB has no new date for them.</source>
        <translation>Les événements reportés sont marqués REPORTÉ : la base n’a pas encore de nouvelle date.</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Passés</translation>
    </message>
    <message>
        <source>Events by year</source>
        <translation>Événements par année</translation>
    </message>
    <message>
        <source>events</source>
        <translation>événements</translation>
    </message>
    <message>
        <source>Relevant practices and their outcomes</source>
        <translation>Pratiques pertinentes et leurs résultats</translation>
    </message>
    <message>
        <source>Practices by success factor</source>
        <translation>Pratiques par facteur de réussite</translation>
    </message>
    <message>
        <source>practices</source>
        <translation>pratiques</translation>
    </message>
    <message>
        <source>Practices by theme</source>
        <translation>Pratiques par thème</translation>
    </message>
    <message>
        <source>%1 more practices are in the KB; this briefing shows the first %2.</source>
        <translation>La base contient %1 autres pratiques ; ce dossier présente les %2 premières.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>depuis %1</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>à partir de %1</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Financement</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>What the network said in its interview</source>
        <translation>Ce que le réseau a dit lors de son entretien</translation>
    </message>
    <message>
        <source>What the networks said in their interviews</source>
        <translation>Ce que les réseaux ont dit lors de leurs entretiens</translation>
    </message>
    <message>
        <source>Yes.</source>
        <translation>Oui.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Non.</translation>
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
        <translation>Question %1</translation>
    </message>
    <message>
        <source>Interview with %1</source>
        <translation>Entretien avec %1</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>par %1</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Recommendations and actions</source>
        <translation>Recommandations et actions</translation>
    </message>
    <message>
        <source>Recommendation %1: %2</source>
        <translation>Recommandation %1 : %2</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recommandation</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Extrait de</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Pour</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>By when</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>City indicators</source>
        <translation>Indicateurs de la ville</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Challenge</source>
        <translation>Défi</translation>
    </message>
    <message>
        <source>Each figure is as its source gives it; figures of different cities may rest on different definitions.</source>
        <translation>Chaque chiffre est donné tel que sa source l’indique ; les chiffres de villes différentes peuvent reposer sur des définitions différentes.</translation>
    </message>
    <message>
        <source>network</source>
        <translation>réseau</translation>
    </message>
    <message>
        <source>The network &quot;%1&quot; could not be read.</source>
        <translation>Le réseau « %1 » n’a pas pu être lu.</translation>
    </message>
    <message>
        <source>Briefing on a network</source>
        <translation>Dossier sur un réseau</translation>
    </message>
    <message>
        <source>Who %1 is, who may join and how, what its working groups do, what is coming up, which practices came through it and what it said when interviewed.</source>
        <translation>Qui est %1, qui peut adhérer et comment, ce que font ses groupes de travail, ce qui est à venir, quelles pratiques sont venues par lui et ce qu’il a dit en entretien.</translation>
    </message>
    <message>
        <source>Briefing on the network %1, from the CityKB knowledge base %2.</source>
        <translation>Dossier sur le réseau %1, tiré de la base de connaissances CityKB %2.</translation>
    </message>
    <message>
        <source>Key facts</source>
        <translation>Chiffres clés</translation>
    </message>
    <message>
        <source>Joining: who may, how, and at what cost</source>
        <translation>Adhésion : qui, comment et à quel coût</translation>
    </message>
    <message>
        <source>Practices that came through %1.</source>
        <translation>Pratiques venues par %1.</translation>
    </message>
    <message>
        <source>working group</source>
        <translation>groupe de travail</translation>
    </message>
    <message>
        <source>The working group &quot;%1&quot; could not be read.</source>
        <translation>Le groupe de travail « %1 » n’a pas pu être lu.</translation>
    </message>
    <message>
        <source>Briefing on a working group of %1</source>
        <translation>Dossier sur un groupe de travail de %1</translation>
    </message>
    <message>
        <source>Briefing on a working group</source>
        <translation>Dossier sur un groupe de travail</translation>
    </message>
    <message>
        <source>What %1 works on, its work plan, how to take part and how a group starts, its members, its meetings, and what its network said.</source>
        <translation>Ce sur quoi travaille %1, son plan de travail, comment y participer et comment un groupe est créé, ses membres, ses réunions et ce qu’a dit son réseau.</translation>
    </message>
    <message>
        <source>Briefing on the working group %1, from the CityKB knowledge base %2.</source>
        <translation>Dossier sur le groupe de travail %1, tiré de la base de connaissances CityKB %2.</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>Forum</source>
        <translation>Forum</translation>
    </message>
    <message>
        <source>Meets</source>
        <translation>Se réunit</translation>
    </message>
    <message>
        <source>EU policy</source>
        <translation>Politique de l’UE</translation>
    </message>
    <message>
        <source>Focus</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Présentation</translation>
    </message>
    <message>
        <source>Taking part and starting a working group</source>
        <translation>Participer et créer un groupe de travail</translation>
    </message>
    <message>
        <source>Practices presented at the group&apos;s meetings.</source>
        <translation>Pratiques présentées lors des réunions du groupe.</translation>
    </message>
    <message>
        <source>The working group was not interviewed itself; this is what %1 said.</source>
        <translation>Le groupe de travail n’a pas été interrogé lui-même ; voici ce qu’a dit %1.</translation>
    </message>
    <message>
        <source>Work plans</source>
        <translation>Plans de travail</translation>
    </message>
    <message>
        <source>Work plan %1</source>
        <translation>Plan de travail %1</translation>
    </message>
    <message>
        <source>Work plan</source>
        <translation>Plan de travail</translation>
    </message>
    <message>
        <source>The objectives and actions as the work plan sets them out.</source>
        <translation>Les objectifs et actions tels que le plan de travail les définit.</translation>
    </message>
    <message>
        <source>No objectives recorded.</source>
        <translation>Aucun objectif enregistré.</translation>
    </message>
    <message>
        <source>Objective %1: %2</source>
        <translation>Objectif %1 : %2</translation>
    </message>
    <message>
        <source>EU policy: %1</source>
        <translation>Politique de l’UE : %1</translation>
    </message>
    <message>
        <source>The theme &quot;%1&quot; could not be read.</source>
        <translation>Le thème « %1 » n’a pas pu être lu.</translation>
    </message>
    <message>
        <source>Briefing on a %1</source>
        <translation>Dossier : %1</translation>
    </message>
    <message>
        <source>Where %1 fits among the networks and working groups, which practices worked on it and what came of them, and what the networks said about it.</source>
        <translation>La place de %1 parmi les réseaux et groupes de travail, les pratiques qui y ont travaillé et leurs résultats, et ce que les réseaux en ont dit.</translation>
    </message>
    <message>
        <source>Briefing on the %1 %2, from the CityKB knowledge base %3.</source>
        <translation>Dossier sur : %1 « %2 », tiré de la base de connaissances CityKB %3.</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Terme</translation>
    </message>
    <message>
        <source>Vocabulary</source>
        <translation>Vocabulaire</translation>
    </message>
    <message>
        <source>Also called</source>
        <translation>Autres noms</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Signification</translation>
    </message>
    <message>
        <source>Practices</source>
        <translation>Pratiques</translation>
    </message>
    <message>
        <source>Through networks</source>
        <translation>Par des réseaux</translation>
    </message>
    <message>
        <source>Networks and working groups where it fits</source>
        <translation>Réseaux et groupes de travail où il s’inscrit</translation>
    </message>
    <message>
        <source>Ranked by how strongly the KB ties them to %1: practices on it that came through them, and the term in their names, focus, EU policy or work plans.</source>
        <translation>Classés selon la force du lien que la base établit avec %1 : les pratiques sur ce sujet venues par eux, et le terme dans leur nom, leur priorité, leur politique de l’UE ou leurs plans de travail.</translation>
    </message>
    <message>
        <source>Network or working group</source>
        <translation>Réseau ou groupe de travail</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Practices classified under %1.</source>
        <translation>Pratiques classées sous %1.</translation>
    </message>
    <message>
        <source>Events where it came up</source>
        <translation>Événements où le sujet a été abordé</translation>
    </message>
    <message>
        <source>The answers that mention %1.</source>
        <translation>Les réponses qui mentionnent %1.</translation>
    </message>
    <message>
        <source>The KB has nothing on the %1 &quot;%2&quot; to brief on: no practice, network, interview or recommendation names it.</source>
        <translation>La base n’a rien sur %1 « %2 » pour un dossier : aucune pratique, aucun réseau, aucun entretien ni aucune recommandation ne le mentionne.</translation>
    </message>
    <message>
        <source>city</source>
        <translation>ville</translation>
    </message>
    <message>
        <source>The city &quot;%1&quot; could not be read.</source>
        <translation>La ville « %1 » n’a pas pu être lue.</translation>
    </message>
    <message>
        <source>Briefing on a city</source>
        <translation>Dossier sur une ville</translation>
    </message>
    <message>
        <source>%1 in figures, the networks and working groups it belongs to, its practices and what came of them, its events, and the cities that worked on the same.</source>
        <translation>%1 en chiffres, les réseaux et groupes de travail dont elle fait partie, ses pratiques et leurs résultats, ses événements et les villes qui ont travaillé sur les mêmes sujets.</translation>
    </message>
    <message>
        <source>Briefing on the city %1, from the CityKB knowledge base %2.</source>
        <translation>Dossier sur la ville de %1, tiré de la base de connaissances CityKB %2.</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Population</translation>
    </message>
    <message>
        <source>Networks and working groups</source>
        <translation>Réseaux et groupes de travail</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Practices of %1.</source>
        <translation>Pratiques de %1.</translation>
    </message>
    <message>
        <source>Cities that worked on the same</source>
        <translation>Villes ayant travaillé sur les mêmes sujets</translation>
    </message>
    <message>
        <source>Cities whose practices share the most themes, target groups, success factors and instruments with those of %1.</source>
        <translation>Villes dont les pratiques partagent le plus de thèmes, publics cibles, facteurs de réussite et instruments avec celles de %1.</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Overlap</source>
        <translation>Recoupement</translation>
    </message>
    <message>
        <source>In common</source>
        <translation>En commun</translation>
    </message>
    <message>
        <source>The scope &quot;practices:&quot; needs the ids or keys of one or more practices, separated by commas.</source>
        <translation>La portée « practices: » demande les identifiants ou clés d’une ou plusieurs pratiques, séparés par des virgules.</translation>
    </message>
    <message>
        <source>practice</source>
        <translation>pratique</translation>
    </message>
    <message>
        <source>%1 selected practices</source>
        <translation>%1 pratiques sélectionnées</translation>
    </message>
    <message>
        <source>Briefing on selected practices</source>
        <translation>Dossier sur des pratiques sélectionnées</translation>
    </message>
    <message>
        <source>What the practices did, what came of them, the networks they came through and where they were presented.</source>
        <translation>Ce que les pratiques ont fait, leurs résultats, les réseaux par lesquels elles sont venues et où elles ont été présentées.</translation>
    </message>
    <message>
        <source>Briefing on selected practices, from the CityKB knowledge base %1.</source>
        <translation>Dossier sur des pratiques sélectionnées, tiré de la base de connaissances CityKB %1.</translation>
    </message>
    <message>
        <source>The networks they came through</source>
        <translation>Les réseaux par lesquels elles sont venues</translation>
    </message>
    <message>
        <source>Where they were presented</source>
        <translation>Où elles ont été présentées</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>Cotisations</translation>
    </message>
    <message>
        <source>The scope &quot;query:&quot; needs the text to search for.</source>
        <translation>La portée « query: » demande le texte à rechercher.</translation>
    </message>
    <message>
        <source>The search &quot;%1&quot; finds nothing to brief on.</source>
        <translation>La recherche « %1 » ne trouve rien pour un dossier.</translation>
    </message>
    <message>
        <source>Search: %1</source>
        <translation>Recherche : %1</translation>
    </message>
    <message>
        <source>filters only</source>
        <translation>filtres seulement</translation>
    </message>
    <message>
        <source>Briefing on a search</source>
        <translation>Dossier sur une recherche</translation>
    </message>
    <message>
        <source>What the knowledge base holds on the search &quot;%1&quot;: networks and working groups, practices and their outcomes, events, interviews and recommendations.</source>
        <translation>Ce que la base contient sur la recherche « %1 » : réseaux et groupes de travail, pratiques et leurs résultats, événements, entretiens et recommandations.</translation>
    </message>
    <message>
        <source>Briefing on the search &quot;%1&quot;, from the CityKB knowledge base %2.</source>
        <translation>Dossier sur la recherche « %1 », tiré de la base de connaissances CityKB %2.</translation>
    </message>
    <message>
        <source>%1 = %2</source>
        <translation>%1 = %2</translation>
    </message>
    <message>
        <source>type = %1</source>
        <translation>type = %1</translation>
    </message>
    <message>
        <source>Searched for</source>
        <translation>Recherché</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filtres</translation>
    </message>
    <message>
        <source>Nothing matched &quot;%1&quot; as typed; these are the results for &quot;%2&quot;.</source>
        <translation>Rien ne correspond à « %1 » tel que saisi ; voici les résultats pour « %2 ».</translation>
    </message>
    <message>
        <source>Practices the search found, best match first.</source>
        <translation>Pratiques trouvées par la recherche, les plus pertinentes d’abord.</translation>
    </message>
    <message>
        <source>The answers the search found.</source>
        <translation>Les réponses trouvées par la recherche.</translation>
    </message>
    <message>
        <source>The scope &quot;%1&quot; is not one of network:NAME, working-group:NAME, theme:NAME, city:NAME, practices:ID,ID,... or query:TEXT.</source>
        <translation>La portée « %1 » n’est ni network:NAME, ni working-group:NAME, ni theme:NAME, ni city:NAME, ni practices:ID,ID,... ni query:TEXT.</translation>
    </message>
    <message>
        <source>The scope &quot;%1&quot; needs a name or text after the colon.</source>
        <translation>La portée « %1 » demande un nom ou un texte après les deux-points.</translation>
    </message>
    <message>
        <source>The briefing was cancelled; no file was written.</source>
        <translation>Le dossier a été annulé ; aucun fichier n’a été écrit.</translation>
    </message>
</context>
<context>
    <name>BriefingDialog</name>
    <message>
        <source>Export Briefing</source>
        <translation>Exporter un dossier</translation>
    </message>
    <message>
        <source>Briefing &amp;on:</source>
        <translation>&amp;Dossier sur :</translation>
    </message>
    <message>
        <source>What the briefing is on</source>
        <translation>Sujet du dossier</translation>
    </message>
    <message>
        <source>A network</source>
        <translation>Un réseau</translation>
    </message>
    <message>
        <source>A working group</source>
        <translation>Un groupe de travail</translation>
    </message>
    <message>
        <source>A theme</source>
        <translation>Un thème</translation>
    </message>
    <message>
        <source>A city</source>
        <translation>Une ville</translation>
    </message>
    <message>
        <source>Selected practices</source>
        <translation>Les pratiques sélectionnées</translation>
    </message>
    <message>
        <source>A search</source>
        <translation>Une recherche</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>Name, practice numbers or search text</source>
        <translation>Nom, numéros de pratiques ou texte de recherche</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format :</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>PDF (to print or send)</source>
        <translation>PDF (à imprimer ou à envoyer)</translation>
    </message>
    <message>
        <source>HTML (for e-mails and web pages)</source>
        <translation>HTML (pour les e-mails et les pages web)</translation>
    </message>
    <message>
        <source>Markdown (for wikis)</source>
        <translation>Markdown (pour les wikis)</translation>
    </message>
    <message>
        <source>&amp;Layout:</source>
        <translation>&amp;Mise en page :</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Mise en page</translation>
    </message>
    <message>
        <source>Include &amp;personal data (e-mail addresses, phone numbers)</source>
        <translation>Inclure les données &amp;personnelles (adresses e-mail, numéros de téléphone)</translation>
    </message>
    <message>
        <source>Include personal data (e-mail addresses, phone numbers)</source>
        <translation>Inclure les données personnelles (adresses e-mail, numéros de téléphone)</translation>
    </message>
    <message>
        <source>The briefing will show people&apos;s e-mail addresses and phone numbers. Share it only with those who need them.</source>
        <translation>Le dossier montrera les adresses e-mail et les numéros de téléphone des personnes. Ne le partagez qu’avec ceux qui en ont besoin.</translation>
    </message>
    <message>
        <source>Export status</source>
        <translation>État de l’export</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Progression de l’export</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <source>Stop the export</source>
        <translation>Arrêter l’export</translation>
    </message>
    <message>
        <source>Open &amp;File</source>
        <translation>Ouvrir le f&amp;ichier</translation>
    </message>
    <message>
        <source>Open the exported file</source>
        <translation>Ouvrir le fichier exporté</translation>
    </message>
    <message>
        <source>Open F&amp;older</source>
        <translation>Ouvrir le d&amp;ossier</translation>
    </message>
    <message>
        <source>Open the folder of the exported file</source>
        <translation>Ouvrir le dossier du fichier exporté</translation>
    </message>
    <message>
        <source>◀</source>
        <translation>◀</translation>
    </message>
    <message>
        <source>Previous page (Page Up)</source>
        <translation>Page précédente (Pg préc)</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Page précédente</translation>
    </message>
    <message>
        <source>PgUp</source>
        <translation>PgUp</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <source>▶</source>
        <translation>▶</translation>
    </message>
    <message>
        <source>Next page (Page Down)</source>
        <translation>Page suivante (Pg suiv)</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Page suivante</translation>
    </message>
    <message>
        <source>PgDown</source>
        <translation>PgDown</translation>
    </message>
    <message>
        <source>&amp;Zoom:</source>
        <translation>&amp;Zoom :</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>Fit page</source>
        <translation>Page entière</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Pleine largeur</translation>
    </message>
    <message>
        <source>100%</source>
        <translation>100 %</translation>
    </message>
    <message>
        <source>150%</source>
        <translation>150 %</translation>
    </message>
    <message>
        <source>Preview of the page</source>
        <translation>Aperçu de la page</translation>
    </message>
    <message>
        <source>Preview of the text</source>
        <translation>Aperçu du texte</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
</context>
<context>
    <name>BulkEdit</name>
    <message>
        <source>Bulk Edit</source>
        <translation>Modification groupée</translation>
    </message>
    <message>
        <source>Bulk edit</source>
        <translation>Modification groupée</translation>
    </message>
    <message>
        <source>&amp;List:</source>
        <translation>&amp;Liste :</translation>
    </message>
    <message>
        <source>List to change</source>
        <translation>Liste à modifier</translation>
    </message>
    <message>
        <source>&amp;Change:</source>
        <translation>&amp;Modification :</translation>
    </message>
    <message>
        <source>Add or remove</source>
        <translation>Ajouter ou retirer</translation>
    </message>
    <message>
        <source>&amp;Record:</source>
        <translation>&amp;Fiche :</translation>
    </message>
    <message>
        <source>Record to add or remove</source>
        <translation>Fiche à ajouter ou à retirer</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>&quot;%1&quot; does not take the option %2</source>
        <translation>« %1 » n’accepte pas l’option %2</translation>
    </message>
    <message>
        <source>%1 See &quot;citykb-cli --help&quot;.</source>
        <translation>%1 Voir « citykb-cli --help ».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a record type: %2</source>
        <translation>« %1 » demande un type de fiche : %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a record type; use one of %2</source>
        <translation>« %1 » n’est pas un type de fiche ; utilisez l’un de %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a citykb-cli command</source>
        <translation>« %1 » n’est pas une commande de citykb-cli</translation>
    </message>
    <message>
        <source>&quot;init&quot; takes no arguments besides --empty</source>
        <translation>« init » n’accepte aucun argument hormis --empty</translation>
    </message>
    <message>
        <source>Created a KB at %1 with %2 records.</source>
        <translation>KB créée dans %1 avec %2 fiches.</translation>
    </message>
    <message>
        <source>&quot;stats&quot; takes no arguments</source>
        <translation>« stats » n’accepte aucun argument</translation>
    </message>
    <message>
        <source>KB %1 (schema %2)</source>
        <translation>KB %1 (schéma %2)</translation>
    </message>
    <message>
        <source>  store revision   %1</source>
        <translation>  révision du stockage %1</translation>
    </message>
    <message>
        <source>  index revision   %1</source>
        <translation>  révision de l’index  %1</translation>
    </message>
    <message>
        <source>&quot;list&quot; takes one record type; filter with --filter FIELD=VALUE</source>
        <translation>« list » accepte un type de fiche ; filtrez avec --filter CHAMP=VALEUR</translation>
    </message>
    <message>
        <source>%1 to %2 of %3 %4</source>
        <translation>%1 à %2 sur %3 %4</translation>
    </message>
    <message>
        <source>&quot;show&quot; needs a record type and one id, key or name (quote a name with spaces)</source>
        <translation>« show » demande un type de fiche et un identifiant, une clé ou un nom (entre guillemets s’il contient des espaces)</translation>
    </message>
    <message>
        <source>&quot;export&quot; needs what to export: bundle or responses</source>
        <translation>« export » demande ce qu’il faut exporter : bundle ou responses</translation>
    </message>
    <message>
        <source>&quot;export bundle&quot; takes no arguments besides -o FILE and --personal-data</source>
        <translation>« export bundle » n’accepte aucun argument hormis -o FICHIER et --personal-data</translation>
    </message>
    <message>
        <source>&quot;export bundle&quot; needs -o FILE.json</source>
        <translation>« export bundle » demande -o FICHIER.json</translation>
    </message>
    <message>
        <source>Wrote %1, with e-mail addresses and phone numbers.</source>
        <translation>%1 écrit, avec les adresses e-mail et numéros de téléphone.</translation>
    </message>
    <message>
        <source>Wrote %1 (e-mail addresses and phone numbers withheld; --personal-data includes them).</source>
        <translation>%1 écrit (adresses e-mail et numéros de téléphone omis ; --personal-data les inclut).</translation>
    </message>
    <message>
        <source>&quot;export responses&quot; takes no arguments besides --questionnaire, --format, -o FILE and --personal-data</source>
        <translation>« export responses » n’accepte aucun argument hormis --questionnaire, --format, -o FICHIER et --personal-data</translation>
    </message>
    <message>
        <source>&quot;export responses&quot; needs --questionnaire ID|KEY|TITLE</source>
        <translation>« export responses » demande --questionnaire ID|KEY|TITLE</translation>
    </message>
    <message>
        <source>&quot;export responses&quot; needs --format csv, xlsx or json</source>
        <translation>« export responses » demande --format csv, xlsx ou json</translation>
    </message>
    <message>
        <source>--format takes csv, xlsx or json, not &quot;%1&quot;</source>
        <translation>--format accepte csv, xlsx ou json, pas « %1 »</translation>
    </message>
    <message>
        <source>&quot;export responses&quot; needs -o FILE</source>
        <translation>« export responses » demande -o FICHIER</translation>
    </message>
    <message>
        <source>Wrote %1: %2 responses to &quot;%3&quot;, %4 questions, with e-mail addresses and phone numbers.</source>
        <translation>%1 écrit : %2 réponses à « %3 », %4 questions, avec les adresses e-mail et numéros de téléphone.</translation>
    </message>
    <message>
        <source>Wrote %1: %2 responses to &quot;%3&quot;, %4 questions (e-mail addresses and phone numbers withheld; --personal-data includes them).</source>
        <translation>%1 écrit : %2 réponses à « %3 », %4 questions (adresses e-mail et numéros de téléphone omis ; --personal-data les inclut).</translation>
    </message>
    <message>
        <source>&quot;import&quot; needs at least one file or folder</source>
        <translation>« import » demande au moins un fichier ou un dossier</translation>
    </message>
    <message>
        <source>Imported %1: %2 new records, %3 replaced.</source>
        <translation>%1 importé : %2 nouvelles fiches, %3 remplacées.</translation>
    </message>
    <message>
        <source>%1 records that exist were kept as they are: the bundle has no personal data.</source>
        <translation>%1 fiches existantes ont été gardées telles quelles : le paquet ne contient pas de données personnelles.</translation>
    </message>
    <message>
        <source>Filled in %1 as the document &quot;%2&quot; (%3): %4 sections, %5 links.</source>
        <translation>%1 complété en tant que document « %2 » (%3) : %4 sections, %5 liens.</translation>
    </message>
    <message>
        <source>Imported %1 as the document &quot;%2&quot; (%3): %4 sections, %5 links.</source>
        <translation>%1 importé en tant que document « %2 » (%3) : %4 sections, %5 liens.</translation>
    </message>
    <message>
        <source>Filled-in questionnaires: %1.</source>
        <translation>Questionnaires remplis : %1.</translation>
    </message>
    <message>
        <source>New networks (subjects the KB did not know): %1.</source>
        <translation>Nouveaux réseaux (sujets inconnus de la KB) : %1.</translation>
    </message>
    <message>
        <source>&quot;relink&quot; takes no arguments</source>
        <translation>« relink » n’accepte aucun argument</translation>
    </message>
    <message>
        <source>Linked %1 documents again: %2 changed, %3 links in all.</source>
        <translation>%1 documents reliés à nouveau : %2 modifiés, %3 liens au total.</translation>
    </message>
    <message>
        <source>&quot;check&quot; takes no arguments</source>
        <translation>« check » n’accepte aucun argument</translation>
    </message>
    <message>
        <source>The KB at %1 is healthy.</source>
        <translation>La KB de %1 est en bon état.</translation>
    </message>
    <message>
        <source>store: </source>
        <translation>stockage : </translation>
    </message>
    <message>
        <source>index: </source>
        <translation>index : </translation>
    </message>
    <message numerus="yes">
        <source>The KB at %1 has %n problem(s).</source>
        <translation>
            <numerusform>La KB de %1 a %n problème.</numerusform>
            <numerusform>La KB de %1 a %n problèmes.</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;backup&quot; needs -o FILE and nothing else</source>
        <translation>« backup » demande -o FICHIER et rien d’autre</translation>
    </message>
    <message>
        <source>Wrote a backup of %1 to %2.</source>
        <translation>Sauvegarde de %1 écrite dans %2.</translation>
    </message>
    <message>
        <source>&quot;restore&quot; needs exactly one backup file</source>
        <translation>« restore » demande exactement un fichier de sauvegarde</translation>
    </message>
    <message>
        <source>Restored %1 from %2; the previous state is in its backups folder.</source>
        <translation>%1 restaurée depuis %2 ; l’état précédent se trouve dans son dossier de sauvegardes.</translation>
    </message>
    <message>
        <source>The standard input</source>
        <translation>L’entrée standard</translation>
    </message>
    <message>
        <source>The standard input cannot be read.</source>
        <translation>L’entrée standard ne peut pas être lue.</translation>
    </message>
    <message>
        <source>%1 is %2, not a JSON file.</source>
        <translation>%1 est %2, pas un fichier JSON.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>Impossible de lire %1 : %2.</translation>
    </message>
    <message>
        <source>%1 holds more than 64 MiB, which is no single record.</source>
        <translation>%1 contient plus de 64 Mio, ce qui n’est pas une fiche unique.</translation>
    </message>
    <message>
        <source>%1 is not valid JSON (%2 at byte %3).</source>
        <translation>%1 n’est pas du JSON valide (%2 à l’octet %3).</translation>
    </message>
    <message>
        <source>%1 holds no JSON object; a record is one object.</source>
        <translation>%1 ne contient aucun objet JSON ; une fiche est un objet.</translation>
    </message>
    <message>
        <source>Saved %1 &quot;%2&quot; (revision %3).</source>
        <translation>%1 « %2 » enregistrée (révision %3).</translation>
    </message>
    <message>
        <source>&quot;add&quot; needs a record type and --json FILE (or --json - to read standard input)</source>
        <translation>« add » demande un type de fiche et --json FICHIER (ou --json - pour lire l’entrée standard)</translation>
    </message>
    <message>
        <source>&quot;edit&quot; needs a record type, one id, key or name (quote a name with spaces), and --set or --json FILE</source>
        <translation>« edit » demande un type de fiche, un identifiant, une clé ou un nom (entre guillemets s’il contient des espaces), et --set ou --json FICHIER</translation>
    </message>
    <message>
        <source>&quot;edit&quot; needs what to change: --set FIELD=VALUE or --json FILE</source>
        <translation>« edit » demande la modification : --set CHAMP=VALEUR ou --json FICHIER</translation>
    </message>
    <message>
        <source>&quot;delete&quot; needs a record type and one id, key or name (quote a name with spaces)</source>
        <translation>« delete » demande un type de fiche et un identifiant, une clé ou un nom (mettez entre guillemets un nom avec des espaces)</translation>
    </message>
    <message>
        <source>Moved %1 &quot;%2&quot; to the trash.</source>
        <translation>%1 « %2 » mis à la corbeille.</translation>
    </message>
    <message>
        <source>&quot;citykb-cli trash restore %1 %2&quot; brings it back.</source>
        <translation>« citykb-cli trash restore %1 %2 » la restaure.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) in the trash</source>
        <translation>
            <numerusform>%n fiche dans la corbeille</numerusform>
            <numerusform>%n fiches dans la corbeille</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;trash restore&quot; needs a record type and the key of the record</source>
        <translation>« trash restore » demande un type de fiche et la clé de la fiche</translation>
    </message>
    <message>
        <source>Restored %1 &quot;%2&quot;.</source>
        <translation>%1 « %2 » restaurée.</translation>
    </message>
    <message numerus="yes">
        <source>%n other record(s) got their link back.</source>
        <translation>
            <numerusform>%n autre fiche a retrouvé son lien.</numerusform>
            <numerusform>%n autres fiches ont retrouvé leur lien.</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;trash empty&quot; takes no arguments</source>
        <translation>« trash empty » n’accepte aucun argument</translation>
    </message>
    <message numerus="yes">
        <source>Emptied the trash: %n record(s) deleted for good.</source>
        <translation>
            <numerusform>Corbeille vidée : %n fiche supprimée définitivement.</numerusform>
            <numerusform>Corbeille vidée : %n fiches supprimées définitivement.</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;trash %1&quot; is not a trash command; use &quot;trash&quot;, &quot;trash restore TYPE KEY&quot; or &quot;trash empty&quot;</source>
        <translation>« trash %1 » n’est pas une commande de la corbeille ; utilisez « trash », « trash restore TYPE KEY » ou « trash empty »</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(non défini)</translation>
    </message>
    <message>
        <source>&quot;history&quot; needs a record type and one id, key or name (quote a name with spaces)</source>
        <translation>« history » demande un type de fiche et un identifiant, une clé ou un nom (entre guillemets s’il contient des espaces)</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; (id %3), in the trash since %4</source>
        <translation>%1 « %2 » (id %3), dans la corbeille depuis %4</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; (id %3)</source>
        <translation>%1 « %2 » (id %3)</translation>
    </message>
    <message>
        <source>created</source>
        <comment>a version of a record</comment>
        <translation>créée</translation>
    </message>
    <message>
        <source>restored</source>
        <comment>a version of a record</comment>
        <translation>restaurée</translation>
    </message>
    <message>
        <source>changed</source>
        <comment>a version of a record</comment>
        <translation>modifiée</translation>
    </message>
    <message>
        <source>revision %1  %2  %3  (current)</source>
        <translation>révision %1  %2  %3  (actuelle)</translation>
    </message>
    <message>
        <source>revision %1  %2  %3</source>
        <translation>révision %1  %2  %3</translation>
    </message>
    <message>
        <source>&quot;revert&quot; needs a record type, one id, key or name, and --to REVISION</source>
        <translation>« revert » demande un type de fiche, un identifiant, une clé ou un nom, et --to RÉVISION</translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; is as it was at revision %3 again, as revision %4.</source>
        <translation>%1 « %2 » est de nouveau telle qu’à la révision %3, en tant que révision %4.</translation>
    </message>
    <message>
        <source>&quot;erase&quot; erases people only: &quot;erase people ID|KEY|NAME&quot;; other records are deleted with &quot;delete&quot;</source>
        <translation>« erase » n’efface que des personnes : « erase people ID|KEY|NAME » ; les autres fiches se suppriment avec « delete »</translation>
    </message>
    <message>
        <source>&quot;erase people&quot; needs one id, key or name (quote a name with spaces)</source>
        <translation>« erase people » demande un identifiant, une clé ou un nom (entre guillemets s’il contient des espaces)</translation>
    </message>
    <message>
        <source>Did you mean: %1</source>
        <translation>Vouliez-vous dire : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n résultat</numerusform>
            <numerusform>%n résultats</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n result(s)</source>
        <translation>
            <numerusform>environ %n résultat</numerusform>
            <numerusform>environ %n résultats</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;search&quot; needs a query (quote it when it has spaces) or a --facet</source>
        <translation>« search » demande une requête (entre guillemets si elle contient des espaces) ou un --facet</translation>
    </message>
    <message>
        <source>&quot;similar&quot; needs a record type and one id, key or name (quote a name with spaces)</source>
        <translation>« similar » demande un type de fiche et un identifiant, une clé ou un nom (entre guillemets s’il contient des espaces)</translation>
    </message>
    <message>
        <source>&quot;reindex&quot; takes no arguments</source>
        <translation>« reindex » n’accepte aucun argument</translation>
    </message>
    <message>
        <source>Reindexed %1 records in %2 s (%3 records/s).</source>
        <translation>%1 fiches réindexées en %2 s (%3 fiches/s).</translation>
    </message>
    <message>
        <source>&quot;export briefing&quot; takes no arguments besides --scope SCOPE, --format, --language, --personal-data, --style DIR and -o FILE</source>
        <translation>« export briefing » n’accepte aucun argument hormis --scope PORTÉE, --format, --language, --personal-data, --style DOSSIER et -o FICHIER</translation>
    </message>
    <message>
        <source>--language takes %1, not &quot;%2&quot;</source>
        <translation>--language accepte %1, pas « %2 »</translation>
    </message>
    <message>
        <source>&quot;export briefing&quot; needs --scope SCOPE: network:NAME, working-group:NAME, theme:NAME, city:NAME, practices:ID,ID,... or query:TEXT</source>
        <translation>« export briefing » demande --scope PORTÉE : network:NAME, working-group:NAME, theme:NAME, city:NAME, practices:ID,ID,... ou query:TEXT</translation>
    </message>
    <message>
        <source>&quot;export briefing&quot; needs -o FILE</source>
        <translation>« export briefing » demande -o FICHIER</translation>
    </message>
    <message>
        <source>--type and --facet go with a query:TEXT scope only</source>
        <translation>--type et --facet ne vont qu’avec une portée query:TEXT</translation>
    </message>
    <message>
        <source>--format must be pdf, html or md, not &quot;%1&quot;</source>
        <translation>--format doit valoir pdf, html ou md, pas « %1 »</translation>
    </message>
    <message>
        <source>The style folder %1 does not exist.</source>
        <translation>Le dossier de style %1 n’existe pas.</translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 demande une valeur</translation>
    </message>
    <message>
        <source>--filter needs FIELD=VALUE, not &quot;%1&quot;</source>
        <translation>--filter demande CHAMP=VALEUR, pas « %1 »</translation>
    </message>
    <message>
        <source>--facet needs FIELD=VALUE, not &quot;%1&quot;</source>
        <translation>--facet demande CHAMP=VALEUR, pas « %1 »</translation>
    </message>
    <message>
        <source>%1 needs a number from 0 to 10000, not &quot;%2&quot;</source>
        <translation>%1 demande un nombre de 0 à 10000, pas « %2 »</translation>
    </message>
    <message>
        <source>--set needs FIELD=VALUE, FIELD+=VALUE or FIELD-=VALUE, not &quot;%1&quot;</source>
        <translation>--set demande CHAMP=VALEUR, CHAMP+=VALEUR ou CHAMP-=VALEUR, pas « %1 »</translation>
    </message>
    <message>
        <source>%1 needs a revision number, not &quot;%2&quot;</source>
        <translation>%1 demande un numéro de révision, pas « %2 »</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an option of citykb-cli</source>
        <translation>« %1 » n’est pas une option de citykb-cli</translation>
    </message>
    <message>
        <source>create a KB, seeded from the curated dataset unless --empty</source>
        <translation>créer une KB, alimentée par le jeu de données de référence sauf
avec --empty</translation>
    </message>
    <message>
        <source>record counts per type, the store and index revisions</source>
        <translation>nombre de fiches par type, révisions du stockage et de l’index</translation>
    </message>
    <message>
        <source>records of a type; F is a field, a reference or a list
(list practices --filter city=Bologna --filter theme=employment);
sorted by title unless --sort (&quot;-&quot; for descending)</source>
        <translation>fiches d’un type ; F est un champ, une référence ou une liste
(list practices --filter city=Bologna --filter theme=employment) ;
triées par titre sauf avec --sort (« - » pour l’ordre décroissant)</translation>
    </message>
    <message>
        <source>one record with the records that link to it</source>
        <translation>une fiche avec les fiches qui y renvoient</translation>
    </message>
    <message>
        <source>the whole KB as one JSON bundle; imports back unchanged.
E-mail addresses and phone numbers are withheld unless
--personal-data; such a bundle never overwrites on import</source>
        <translation>toute la KB en un paquet JSON ; se réimporte à l’identique.
Les adresses e-mail et numéros de téléphone sont omis sauf avec
--personal-data ; un tel paquet n’écrase jamais rien à l’import</translation>
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
        <translation>un dossier pour une réunion : page de titre, sommaire, chiffres clés,
comment adhérer et à quel coût, groupes de travail, événements (à
venir d’abord), pratiques et leurs résultats, ce qu’a dit le réseau,
recommandations et sources numérotées. SCOPE vaut network:NAME,
working-group:NAME, theme:NAME, city:NAME, practices:ID,ID,... ou
query:TEXT (avec --type et --facet F=V comme pour search). Le format
suit l’extension de FILE, sauf avec --format ; PDF par défaut.
Adresses e-mail et numéros de téléphone seulement avec
--personal-data. --style DIR : modèles et feuilles de style qui
remplacent ceux intégrés (lus aussi dans le dossier briefing/ de la
KB). --language LANG (en, de ou fr) : la langue des titres et
libellés ; par défaut celle de l’environnement</translation>
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
        <translation>documents et paquets JSON, distingués par leur contenu (un paquet
est du JSON qui nomme le format de paquet, ou un fichier .json) ;
les dossiers sont parcourus. Les paquets entrent ensemble (tout ou
rien), puis chaque document seul, découpé en sections et relié
aux fiches qu’il mentionne ; un fichier déjà importé reste tel
quel. Les questionnaires remplis d’un document (titres « Filled in
questionnaire: NETWORK », questions et réponses) deviennent un
questionnaire et une réponse par entretien ; ce qui ne correspond
à aucune question va dans les notes de la réponse et est signalé.
Un fichier incorrect est signalé et les autres continuent ; code 1
si l’un a échoué</translation>
    </message>
    <message>
        <source>find the records each document mentions again (after new records)</source>
        <translation>retrouver les fiches que mentionne chaque document (après de
nouvelles fiches)</translation>
    </message>
    <message>
        <source>full-text search with facets, snippets and &quot;did you mean&quot;;
QUERY may hold words, &quot;phrases&quot;, AND/OR/NOT, +word -word, word*,
title:WORD and facet fields such as city:Bologna, network:ERRIN,
type:practice, theme:housing, year:2011..2013 (-city:X excludes);
F is one of type, network, working-group, city, country, theme,
target-group, success-factor, instrument, status, year</source>
        <translation>recherche plein texte avec facettes, extraits et « vouliez-vous
dire » ; QUERY peut contenir des mots, des &quot;phrases&quot;, AND/OR/NOT,
+mot -mot, mot*, title:MOT et des champs de facette comme
city:Bologna, network:ERRIN, type:practice, theme:housing,
year:2011..2013 (-city:X exclut) ; F est l’un de type, network,
working-group, city, country, theme, target-group, success-factor,
instrument, status, year</translation>
    </message>
    <message>
        <source>records like this one (&quot;more like this&quot;)</source>
        <translation>fiches semblables à celle-ci (« plus comme ceci »)</translation>
    </message>
    <message>
        <source>a new record from a JSON object (- reads stdin); prints its key</source>
        <translation>une nouvelle fiche à partir d’un objet JSON (- lit stdin) ; affiche
sa clé</translation>
    </message>
    <message>
        <source>change fields: F=V sets (F= clears), F+=V adds to a list,
F-=V takes out of one (themes+=housing); --json lays a JSON
object over the record first; a record saved since revision N
is refused</source>
        <translation>modifier des champs : F=V affecte (F= vide), F+=V ajoute à une
liste, F-=V en retire (themes+=housing) ; --json applique d’abord
un objet JSON sur la fiche ; une fiche enregistrée depuis la
révision N est refusée</translation>
    </message>
    <message>
        <source>move a record to the trash (with --cascade, what belongs to it too)</source>
        <translation>mettre une fiche à la corbeille (avec --cascade, ce qui lui
appartient aussi)</translation>
    </message>
    <message>
        <source>what is in the trash</source>
        <translation>le contenu de la corbeille</translation>
    </message>
    <message>
        <source>bring a record back from the trash, with its links</source>
        <translation>restaurer une fiche de la corbeille, avec ses liens</translation>
    </message>
    <message>
        <source>delete what is in the trash for good</source>
        <translation>supprimer définitivement le contenu de la corbeille</translation>
    </message>
    <message>
        <source>the versions of a record and what changed, field by field</source>
        <translation>les versions d’une fiche et ce qui a changé, champ par champ</translation>
    </message>
    <message>
        <source>write an earlier version again, as a new edit</source>
        <translation>réécrire une version antérieure, comme nouvelle modification</translation>
    </message>
    <message>
        <source>erase a person everywhere: records, history, trash, index,
the backups in the KB&apos;s backups folder and its logs</source>
        <translation>effacer une personne partout : fiches, historique, corbeille,
index, sauvegardes du dossier de sauvegardes de la KB et journaux</translation>
    </message>
    <message>
        <source>rebuild the search index from the store</source>
        <translation>reconstruire l’index de recherche à partir du stockage</translation>
    </message>
    <message>
        <source>store integrity (SQLite integrity and foreign keys) and index drift</source>
        <translation>intégrité du stockage (intégrité SQLite et clés étrangères) et
écart de l’index</translation>
    </message>
    <message>
        <source>a consistent copy of the store</source>
        <translation>une copie cohérente du stockage</translation>
    </message>
    <message>
        <source>replace the store by a checked backup; the current one is kept</source>
        <translation>remplacer le stockage par une sauvegarde vérifiée ; l’actuel est
conservé</translation>
    </message>
    <message>
        <source>Usage: citykb-cli [--kb DIR] COMMAND [ARGS] [--json]</source>
        <translation>Usage : citykb-cli [--kb DOSSIER] COMMANDE [ARGUMENTS] [--json]</translation>
    </message>
    <message>
        <source>CityKB keeps the knowledge of European city networks in a local knowledge base (KB).
The KB folder is --kb DIR, else $CITYKB_HOME, else %1.</source>
        <translation>CityKB conserve les connaissances des réseaux de villes européens dans une base locale (KB).
Le dossier de la KB est --kb DOSSIER, sinon $CITYKB_HOME, sinon %1.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commandes :</translation>
    </message>
    <message>
        <source>TYPE is one of: %1.</source>
        <translation>TYPE est l’un de : %1.</translation>
    </message>
    <message>
        <source>Options: --json prints one JSON document on stdout; --help; --version.</source>
        <translation>Options : --json écrit un document JSON sur stdout ; --help ; --version.</translation>
    </message>
    <message>
        <source>Exit status: 0 success, 1 bad input, 2 usage error, 3 KB locked, damaged or of a newer schema.</source>
        <translation>Code de sortie : 0 succès, 1 entrée incorrecte, 2 erreur d’utilisation, 3 KB verrouillée, endommagée ou d’un schéma plus récent.</translation>
    </message>
    <message>
        <source>%1. See &quot;citykb-cli --help&quot;.</source>
        <translation>%1. Voir « citykb-cli --help ».</translation>
    </message>
    <message>
        <source>No command given. See &quot;citykb-cli --help&quot;.</source>
        <translation>Aucune commande indiquée. Voir « citykb-cli --help ».</translation>
    </message>
    <message>
        <source>Argument %1 is not valid UTF-8.</source>
        <translation>L’argument %1 n’est pas de l’UTF-8 valide.</translation>
    </message>
    <message>
        <source>Erased the person: their record and %1 earlier version(s) are gone; %2 other record(s), %3 version(s), %4 trash entr(y/ies) and %5 backup(s) no longer name them.</source>
        <translation>Personne effacée : sa fiche et %1 version(s) antérieure(s) ont disparu ; %2 autre(s) fiche(s), %3 version(s), %4 entrée(s) de corbeille et %5 sauvegarde(s) ne la mentionnent plus.</translation>
    </message>
    <message>
        <source>&quot;export %1&quot; is not available; use &quot;export bundle -o FILE.json&quot;, &quot;export briefing --scope SCOPE -o FILE&quot; or &quot;export responses --questionnaire ID|KEY|TITLE --format csv|xlsx|json -o FILE&quot;</source>
        <translation>« export %1 » n’existe pas ; utilisez « export bundle -o FILE.json », « export briefing --scope SCOPE -o FILE » ou « export responses --questionnaire ID|KEY|TITLE --format csv|xlsx|json -o FILE »</translation>
    </message>
</context>
<context>
    <name>DisplayNames</name>
    <message>
        <source>Acronym</source>
        <translation>Sigle</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Public</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Présidence</translation>
    </message>
    <message>
        <source>Chair city</source>
        <translation>Ville présidente</translation>
    </message>
    <message>
        <source>Checksum</source>
        <translation>Somme de contrôle</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>Choix</translation>
    </message>
    <message>
        <source>Choices</source>
        <translation>Choix possibles</translation>
    </message>
    <message>
        <source>Cities</source>
        <translation>Villes</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Date text</source>
        <translation>Date en texte</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Eligibility</source>
        <translation>Conditions d’adhésion</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <source>End year</source>
        <translation>Année de fin</translation>
    </message>
    <message>
        <source>EU policy</source>
        <translation>Politique de l’UE</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>Cotisations</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Nom du fichier</translation>
    </message>
    <message>
        <source>Focus</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Forum</source>
        <translation>Forum</translation>
    </message>
    <message>
        <source>Founded year</source>
        <translation>Année de création</translation>
    </message>
    <message>
        <source>Founders</source>
        <translation>Fondateurs</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Financement</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Headquarters</source>
        <translation>Siège</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Aide</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Hôte</translation>
    </message>
    <message>
        <source>How to join</source>
        <translation>Comment adhérer</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <source>Innovation</source>
        <translation>Innovation</translation>
    </message>
    <message>
        <source>Instruments</source>
        <translation>Instruments</translation>
    </message>
    <message>
        <source>Interview mode</source>
        <translation>Mode d’entretien</translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation>Enquêteur</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>Introduction</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Key messages</source>
        <translation>Messages clés</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Lead city</source>
        <translation>Ville chef de file</translation>
    </message>
    <message>
        <source>Meeting frequency</source>
        <translation>Fréquence des réunions</translation>
    </message>
    <message>
        <source>Members as of</source>
        <translation>Membres au</translation>
    </message>
    <message>
        <source>Members count</source>
        <translation>Nombre de membres</translation>
    </message>
    <message>
        <source>Members note</source>
        <translation>Remarque sur les membres</translation>
    </message>
    <message>
        <source>Memberships</source>
        <translation>Adhésions</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Mentions</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>Networks</source>
        <translation>Réseaux</translation>
    </message>
    <message>
        <source>New group rule</source>
        <translation>Règle pour les nouveaux groupes</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Organisation name</source>
        <translation>Nom de l’organisation</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>Organisers</source>
        <translation>Organisateurs</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Parent</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Participants count</source>
        <translation>Nombre de participants</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Population</translation>
    </message>
    <message>
        <source>Population year</source>
        <translation>Année de la population</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Pratique</translation>
    </message>
    <message>
        <source>Practices</source>
        <translation>Pratiques</translation>
    </message>
    <message>
        <source>Previous version</source>
        <translation>Version précédente</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>Questionnaire</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Related</source>
        <translation>Liés</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <source>Respondents</source>
        <translation>Répondants</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Règles</translation>
    </message>
    <message>
        <source>Runs until</source>
        <translation>Jusqu’au</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Portée</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <source>Start year</source>
        <translation>Année de début</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Subject network</source>
        <translation>Réseau concerné</translation>
    </message>
    <message>
        <source>Subject organisation</source>
        <translation>Organisation concernée</translation>
    </message>
    <message>
        <source>Success factors</source>
        <translation>Facteurs de réussite</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Synonyms</source>
        <translation>Synonymes</translation>
    </message>
    <message>
        <source>Target groups</source>
        <translation>Publics cibles</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Terme</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Vocabulary</source>
        <translation>Vocabulaire</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>Work plans</source>
        <translation>Plans de travail</translation>
    </message>
    <message>
        <source>Working group</source>
        <translation>Groupe de travail</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Target group</source>
        <translation>Public cible</translation>
    </message>
    <message>
        <source>Success factor</source>
        <translation>Facteur de réussite</translation>
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
        <translation>termes de taxonomie</translation>
    </message>
    <message>
        <source>Documents</source>
        <comment>record type, plural, heading</comment>
        <translation>Documents</translation>
    </message>
    <message>
        <source>documents</source>
        <comment>record type, plural, in a count</comment>
        <translation>documents</translation>
    </message>
    <message>
        <source>Networks</source>
        <comment>record type, plural, heading</comment>
        <translation>Réseaux</translation>
    </message>
    <message>
        <source>networks</source>
        <comment>record type, plural, in a count</comment>
        <translation>réseaux</translation>
    </message>
    <message>
        <source>Organisations</source>
        <comment>record type, plural, heading</comment>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>organisations</source>
        <comment>record type, plural, in a count</comment>
        <translation>organisations</translation>
    </message>
    <message>
        <source>Cities</source>
        <comment>record type, plural, heading</comment>
        <translation>Villes</translation>
    </message>
    <message>
        <source>cities</source>
        <comment>record type, plural, in a count</comment>
        <translation>villes</translation>
    </message>
    <message>
        <source>Forums</source>
        <comment>record type, plural, heading</comment>
        <translation>Forums</translation>
    </message>
    <message>
        <source>forums</source>
        <comment>record type, plural, in a count</comment>
        <translation>forums</translation>
    </message>
    <message>
        <source>Working groups</source>
        <comment>record type, plural, heading</comment>
        <translation>Groupes de travail</translation>
    </message>
    <message>
        <source>working groups</source>
        <comment>record type, plural, in a count</comment>
        <translation>groupes de travail</translation>
    </message>
    <message>
        <source>People</source>
        <comment>record type, plural, heading</comment>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>people</source>
        <comment>record type, plural, in a count</comment>
        <translation>personnes</translation>
    </message>
    <message>
        <source>Practices</source>
        <comment>record type, plural, heading</comment>
        <translation>Pratiques</translation>
    </message>
    <message>
        <source>practices</source>
        <comment>record type, plural, in a count</comment>
        <translation>pratiques</translation>
    </message>
    <message>
        <source>Events</source>
        <comment>record type, plural, heading</comment>
        <translation>Événements</translation>
    </message>
    <message>
        <source>events</source>
        <comment>record type, plural, in a count</comment>
        <translation>événements</translation>
    </message>
    <message>
        <source>Questionnaires</source>
        <comment>record type, plural, heading</comment>
        <translation>Questionnaires</translation>
    </message>
    <message>
        <source>questionnaires</source>
        <comment>record type, plural, in a count</comment>
        <translation>questionnaires</translation>
    </message>
    <message>
        <source>Responses</source>
        <comment>record type, plural, heading</comment>
        <translation>Réponses</translation>
    </message>
    <message>
        <source>responses</source>
        <comment>record type, plural, in a count</comment>
        <translation>réponses</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <comment>record type, plural, heading</comment>
        <translation>Recommandations</translation>
    </message>
    <message>
        <source>recommendations</source>
        <comment>record type, plural, in a count</comment>
        <translation>recommandations</translation>
    </message>
</context>
<context>
    <name>DocumentLinksDialog</name>
    <message>
        <source>Document Links</source>
        <translation>Liens du document</translation>
    </message>
    <message>
        <source>Document links</source>
        <translation>Liens du document</translation>
    </message>
    <message>
        <source>&amp;Records the document links to</source>
        <translation>&amp;Fiches liées au document</translation>
    </message>
    <message>
        <source>Records the document links to</source>
        <translation>Fiches liées au document</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <source>Linked by</source>
        <translation>Lié par</translation>
    </message>
    <message>
        <source>&amp;Remove Link</source>
        <translation>&amp;Retirer le lien</translation>
    </message>
    <message>
        <source>Remove the chosen link</source>
        <translation>Retirer le lien choisi</translation>
    </message>
    <message>
        <source>Add a link</source>
        <translation>Ajouter un lien</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <source>Type of the record to link</source>
        <translation>Type de la fiche à lier</translation>
    </message>
    <message>
        <source>R&amp;ecord</source>
        <translation>Fich&amp;e</translation>
    </message>
    <message>
        <source>Record to link</source>
        <translation>Fiche à lier</translation>
    </message>
    <message>
        <source>&amp;Section</source>
        <translation>&amp;Section</translation>
    </message>
    <message>
        <source>Section that mentions it</source>
        <translation>Section qui la mentionne</translation>
    </message>
    <message>
        <source>&amp;Add Link</source>
        <translation>&amp;Ajouter le lien</translation>
    </message>
    <message>
        <source>Add the link</source>
        <translation>Ajouter le lien</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
</context>
<context>
    <name>EligibilityEditor</name>
    <message>
        <source>Eligibility</source>
        <translation>Conditions d’adhésion</translation>
    </message>
    <message>
        <source>&amp;Who may join</source>
        <translation>&amp;Qui peut adhérer</translation>
    </message>
    <message>
        <source>Who may join</source>
        <translation>Qui peut adhérer</translation>
    </message>
    <message>
        <source>member type, such as towns and cities, or regions</source>
        <translation>type de membre, par exemple villes ou régions</translation>
    </message>
    <message>
        <source>&amp;Population from</source>
        <translation>&amp;Population de</translation>
    </message>
    <message>
        <source>Population from</source>
        <translation>Population à partir de</translation>
    </message>
    <message>
        <source>no lower limit</source>
        <translation>pas de limite inférieure</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>&amp;jusqu’à</translation>
    </message>
    <message>
        <source>Population to</source>
        <translation>Population jusqu’à</translation>
    </message>
    <message>
        <source>no upper limit</source>
        <translation>pas de limite supérieure</translation>
    </message>
    <message>
        <source>inhabitants</source>
        <translation>habitants</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Remarque</translation>
    </message>
    <message>
        <source>Eligibility note</source>
        <translation>Remarque sur les conditions d’adhésion</translation>
    </message>
</context>
<context>
    <name>FeesTable</name>
    <message>
        <source>Fees</source>
        <translation>Cotisations</translation>
    </message>
    <message>
        <source>One fee per row: amount, currency, period and conditions such as a free first year or travel costs reimbursed.</source>
        <translation>Une cotisation par ligne : montant, devise, période et conditions, comme une première année gratuite ou des frais de déplacement remboursés.</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <source>Add Fee</source>
        <translation>Ajouter une cotisation</translation>
    </message>
    <message>
        <source>Add a fee</source>
        <translation>Ajouter une cotisation</translation>
    </message>
    <message>
        <source>Remove Fee</source>
        <translation>Retirer la cotisation</translation>
    </message>
    <message>
        <source>Remove the chosen fee</source>
        <translation>Retirer la cotisation choisie</translation>
    </message>
</context>
<context>
    <name>FinderText</name>
    <message>
        <source>a city</source>
        <translation>une ville</translation>
    </message>
    <message>
        <source>cities</source>
        <translation>villes</translation>
    </message>
    <message>
        <source>a region</source>
        <translation>une région</translation>
    </message>
    <message>
        <source>regions</source>
        <translation>régions</translation>
    </message>
    <message>
        <source>a national government</source>
        <translation>un gouvernement national</translation>
    </message>
    <message>
        <source>national governments</source>
        <translation>gouvernements nationaux</translation>
    </message>
    <message>
        <source>an organisation</source>
        <translation>une organisation</translation>
    </message>
    <message>
        <source>organisations</source>
        <translation>organisations</translation>
    </message>
    <message>
        <source>a living lab</source>
        <translation>un living lab</translation>
    </message>
    <message>
        <source>living labs</source>
        <translation>living labs</translation>
    </message>
    <message>
        <source>The KB does not say where its members may come from.</source>
        <translation>La base ne dit pas d’où peuvent venir ses membres.</translation>
    </message>
    <message>
        <source>It takes members from any country.</source>
        <translation>Il accepte des membres de tout pays.</translation>
    </message>
    <message>
        <source>It is a national network, and the KB does not say of which country.</source>
        <translation>C’est un réseau national, et la base ne dit pas de quel pays.</translation>
    </message>
    <message>
        <source>It is a national network of %1; enter the country to check.</source>
        <translation>C’est un réseau national pour %1 ; saisissez le pays pour vérifier.</translation>
    </message>
    <message>
        <source>It is a national network of %1, the country entered.</source>
        <translation>C’est un réseau national pour %1, le pays saisi.</translation>
    </message>
    <message>
        <source>It is a national network of %1 only.</source>
        <translation>C’est un réseau national réservé à : %1.</translation>
    </message>
    <message>
        <source>It is for members in the EU; enter the country to check.</source>
        <translation>Il s’adresse aux membres de l’UE ; saisissez le pays pour vérifier.</translation>
    </message>
    <message>
        <source>It is for members in the EU, and %1 is an EU member state.</source>
        <translation>Il s’adresse aux membres de l’UE, et %1 est un État membre de l’UE.</translation>
    </message>
    <message>
        <source>It is for members in the EU, and %1 is not an EU member state.</source>
        <translation>Il s’adresse aux membres de l’UE, et %1 n’est pas un État membre de l’UE.</translation>
    </message>
    <message>
        <source>It is for European members; enter the country to check.</source>
        <translation>Il s’adresse aux membres européens ; saisissez le pays pour vérifier.</translation>
    </message>
    <message>
        <source>It is for European members, and %1 is in Europe.</source>
        <translation>Il s’adresse aux membres européens, et %1 est en Europe.</translation>
    </message>
    <message>
        <source>It is for European members; the KB cannot tell whether %1 counts as European.</source>
        <translation>Il s’adresse aux membres européens ; la base ne peut pas dire si %1 compte comme européen.</translation>
    </message>
    <message>
        <source>It is for European members, and %1 is not a European country.</source>
        <translation>Il s’adresse aux membres européens, et %1 n’est pas un pays européen.</translation>
    </message>
    <message>
        <source>The KB gives its scope as &quot;%1&quot;, which the finder cannot check.</source>
        <translation>La base indique sa portée comme « %1 », ce que l’outil ne peut pas vérifier.</translation>
    </message>
    <message>
        <source>The KB does not say what kind of member it takes.</source>
        <translation>La base ne dit pas quel type de membres il accepte.</translation>
    </message>
    <message>
        <source>Its members are described as &quot;%1&quot;, which the finder cannot match to %2.</source>
        <translation>Ses membres sont décrits comme « %1 », ce que l’outil ne peut pas rapprocher de %2.</translation>
    </message>
    <message>
        <source>Its members are %1, and %2 is one of them.</source>
        <translation>Ses membres sont des %1, et %2 en fait partie.</translation>
    </message>
    <message>
        <source>Its members are %1, so %2 cannot join as a member.</source>
        <translation>Ses membres sont des %1, donc %2 ne peut pas devenir membre.</translation>
    </message>
    <message>
        <source>It takes members of %1 to %2 inhabitants</source>
        <translation>Il accepte des membres de %1 à %2 habitants</translation>
    </message>
    <message>
        <source>It takes members of at least %1 inhabitants</source>
        <translation>Il accepte des membres d’au moins %1 habitants</translation>
    </message>
    <message>
        <source>It takes members of at most %1 inhabitants</source>
        <translation>Il accepte des membres de %1 habitants au plus</translation>
    </message>
    <message>
        <source>%1; enter the population to check.</source>
        <translation>%1 ; saisissez la population pour vérifier.</translation>
    </message>
    <message>
        <source>%1, and %2 is fewer.</source>
        <translation>%1, et %2, c’est moins.</translation>
    </message>
    <message>
        <source>%1, and %2 is more.</source>
        <translation>%1, et %2, c’est plus.</translation>
    </message>
    <message>
        <source>%1, and %2 is within that range.</source>
        <translation>%1, et %2 est dans cette fourchette.</translation>
    </message>
    <message>
        <source>It ran until %1.</source>
        <translation>Il a pris fin le %1.</translation>
    </message>
    <message>
        <source>It runs until %1.</source>
        <translation>Il court jusqu’au %1.</translation>
    </message>
    <message>
        <source>The first year is free of charge.</source>
        <translation>La première année est gratuite.</translation>
    </message>
    <message>
        <source>Costs reimbursed: %1</source>
        <translation>Frais remboursés : %1</translation>
    </message>
    <message>
        <source>The KB holds no rules on who may join it.</source>
        <translation>La base ne connaît aucune règle sur qui peut adhérer.</translation>
    </message>
    <message>
        <source>It meets every rule the KB holds for it.</source>
        <translation>Toutes les règles que la base connaît pour lui sont remplies.</translation>
    </message>
    <message>
        <source>%1 Associated membership is another way in.</source>
        <translation>%1 L’adhésion associée est une autre voie d’accès.</translation>
    </message>
    <message>
        <source>The rules of %1 apply. %2</source>
        <translation>Les règles de %1 s’appliquent. %2</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>description</source>
        <translation>description</translation>
    </message>
    <message>
        <source>focus</source>
        <translation>priorité</translation>
    </message>
    <message>
        <source>EU policy</source>
        <translation>Politique de l’UE</translation>
    </message>
    <message>
        <source>work plan</source>
        <translation>plan de travail</translation>
    </message>
    <message>
        <source>One practice on %1 came through it.</source>
        <translation>Une pratique sur %1 est venue par ce réseau.</translation>
    </message>
    <message>
        <source>%1 practices on %2 came through it.</source>
        <translation>%1 pratiques sur %2 sont venues par ce réseau.</translation>
    </message>
    <message>
        <source>Its %1 mentions &quot;%2&quot;.</source>
        <translation>Son champ « %1 » mentionne « %2 ».</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
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
        <translation>Le pays doit être un code ISO 3166 à deux lettres, comme NL ou DE.</translation>
    </message>
    <message>
        <source>The population must be a whole number of inhabitants above zero.</source>
        <translation>La population doit être un nombre entier d’habitants supérieur à zéro.</translation>
    </message>
    <message>
        <source>The working group &quot;%1&quot; belongs to the network &quot;%2&quot;, which the KB does not hold.</source>
        <translation>Le groupe de travail « %1 » appartient au réseau « %2 », que la base ne contient pas.</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Ce qui a changé</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>&amp;Go Back to This Version</source>
        <translation>&amp;Revenir à cette version</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>CityKB: the knowledge base of European city networks.</source>
        <translation>CityKB : la base de connaissances des réseaux de villes européens.</translation>
    </message>
    <message>
        <source>The KB folder (default: $CITYKB_HOME or %1).</source>
        <translation>Le dossier de la KB (par défaut : $CITYKB_HOME ou %1).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DOSSIER</translation>
    </message>
    <message>
        <source>Opens the form of this response (by key, title or id) once the KB is open.</source>
        <translation>Ouvre le formulaire de cette réponse (par clé, titre ou identifiant) une fois la KB ouverte.</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>CLÉ</translation>
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
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Fiches</translation>
    </message>
    <message>
        <source>&lt;b&gt;Filters&lt;/b&gt; (click to keep, again to leave out)</source>
        <translation>&lt;b&gt;Filtres&lt;/b&gt; (cliquer pour garder, à nouveau pour exclure)</translation>
    </message>
    <message>
        <source>Facets</source>
        <translation>Facettes</translation>
    </message>
    <message>
        <source>Active filters</source>
        <translation>Filtres actifs</translation>
    </message>
    <message>
        <source>Results summary</source>
        <translation>Résumé des résultats</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Résultats de recherche</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>A&amp;ller</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Apparence</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barre d’outils principale</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Save Search…</source>
        <translation>&amp;Enregistrer la recherche…</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Précédent</translation>
    </message>
    <message>
        <source>Alt+Left</source>
        <translation>Alt+Left</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Suivant</translation>
    </message>
    <message>
        <source>Alt+Right</source>
        <translation>Alt+Right</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Vue d’ensemble</translation>
    </message>
    <message>
        <source>Ctrl+Home</source>
        <translation>Ctrl+Home</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>S&amp;ystème</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Sombre</translation>
    </message>
    <message>
        <source>&amp;Import Documents…</source>
        <translation>&amp;Importer des documents…</translation>
    </message>
    <message>
        <source>Import reports, work plans and transcripts (PDF, Word, LibreOffice, HTML, Markdown, text) or JSON bundles</source>
        <translation>Importer des rapports, plans de travail et transcriptions (PDF, Word, LibreOffice, HTML, Markdown, texte) ou des paquets JSON</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>&amp;New Record…</source>
        <translation>&amp;Nouvelle fiche…</translation>
    </message>
    <message>
        <source>Create a record of the type in view</source>
        <translation>Créer une fiche du type affiché</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>&amp;Edit Record…</source>
        <translation>&amp;Modifier la fiche…</translation>
    </message>
    <message>
        <source>Change the open record</source>
        <translation>Modifier la fiche ouverte</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Move the selected or open record to the trash</source>
        <translation>Mettre la fiche sélectionnée ou ouverte à la corbeille</translation>
    </message>
    <message>
        <source>Del</source>
        <translation>Del</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Historique…</translation>
    </message>
    <message>
        <source>Earlier versions of the open record</source>
        <translation>Versions antérieures de la fiche ouverte</translation>
    </message>
    <message>
        <source>Ctrl+H</source>
        <translation>Ctrl+H</translation>
    </message>
    <message>
        <source>&amp;Trash…</source>
        <translation>&amp;Corbeille…</translation>
    </message>
    <message>
        <source>Deleted records, to restore or delete for good</source>
        <translation>Fiches supprimées, à restaurer ou à supprimer définitivement</translation>
    </message>
    <message>
        <source>&amp;Bulk Edit…</source>
        <translation>Modification &amp;groupée…</translation>
    </message>
    <message>
        <source>Add a theme, target group, network, city... to the selected records, or remove it, in one step</source>
        <translation>Ajouter aux fiches sélectionnées un thème, un public cible, un réseau, une ville… ou le retirer, en une seule étape</translation>
    </message>
    <message>
        <source>Ctrl+B</source>
        <translation>Ctrl+B</translation>
    </message>
    <message>
        <source>&amp;Peers</source>
        <translation>Villes &amp;comparables</translation>
    </message>
    <message>
        <source>Cities that worked on the same themes as the open city or practice (Ctrl+Shift+P)</source>
        <translation>Villes ayant travaillé sur les mêmes thèmes que la ville ou la pratique ouverte (Ctrl+Maj+P)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>&amp;Network Finder</source>
        <translation>&amp;Recherche de réseaux</translation>
    </message>
    <message>
        <source>The networks and working groups a city may join, with fees and coming events (Ctrl+Shift+N)</source>
        <translation>Les réseaux et groupes de travail qu’une ville peut rejoindre, avec cotisations et événements à venir (Ctrl+Maj+N)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>&amp;More Like This</source>
        <translation>&amp;Fiches semblables</translation>
    </message>
    <message>
        <source>Ctrl+M</source>
        <translation>Ctrl+M</translation>
    </message>
    <message>
        <source>Search &amp;Help</source>
        <translation>A&amp;ide à la recherche</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>&amp;About CityKB</source>
        <translation>À &amp;propos de CityKB</translation>
    </message>
    <message>
        <source>Export &amp;Briefing…</source>
        <translation>Exporter un &amp;dossier…</translation>
    </message>
    <message>
        <source>A few pages for a meeting on the open network, working group or city, the selected practices or the search (Ctrl+Shift+E)</source>
        <translation>Quelques pages pour une réunion sur le réseau, le groupe de travail ou la ville ouverts, les pratiques sélectionnées ou la recherche (Ctrl+Maj+E)</translation>
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
        <translation>Recherche de réseaux</translation>
    </message>
    <message>
        <source>Which networks and working groups may your city, region or organisation join, at what cost, and how?</source>
        <translation>Quels réseaux et groupes de travail votre ville, région ou organisation peut-elle rejoindre, à quel coût et comment ?</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Pays :</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>&amp;Inhabitants:</source>
        <translation>&amp;Habitants :</translation>
    </message>
    <message>
        <source>Inhabitants</source>
        <translation>Habitants</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>&amp;Member:</source>
        <translation>&amp;Membre :</translation>
    </message>
    <message>
        <source>Kind of member</source>
        <translation>Type de membre</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Thème :</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>optional, such as housing or youth employment</source>
        <translation>facultatif, par exemple logement ou emploi des jeunes</translation>
    </message>
    <message>
        <source>&amp;Find Networks</source>
        <translation>&amp;Trouver des réseaux</translation>
    </message>
    <message>
        <source>Networks you may join</source>
        <translation>Réseaux que vous pouvez rejoindre</translation>
    </message>
</context>
<context>
    <name>Peers</name>
    <message>
        <source>Peers</source>
        <translation>Villes comparables</translation>
    </message>
    <message>
        <source>Peers of</source>
        <translation>Villes comparables à</translation>
    </message>
    <message>
        <source>Peer cities</source>
        <translation>Villes comparables</translation>
    </message>
    <message>
        <source>Cities that worked on the same themes, target groups, success factors and instruments; open a city to see its practices</source>
        <translation>Villes ayant travaillé sur les mêmes thèmes, publics cibles, facteurs de réussite et instruments ; ouvrez une ville pour voir ses pratiques</translation>
    </message>
    <message>
        <source>City or practice</source>
        <translation>Ville ou pratique</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Likeness</source>
        <translation>Ressemblance</translation>
    </message>
    <message>
        <source>In common</source>
        <translation>En commun</translation>
    </message>
    <message>
        <source>Networks shared</source>
        <translation>Réseaux communs</translation>
    </message>
</context>
<context>
    <name>PeersText</name>
    <message>
        <source>Ask for at least one peer.</source>
        <translation>Demandez au moins une ville comparable.</translation>
    </message>
</context>
<context>
    <name>QuestionnaireEditor</name>
    <message>
        <source>Questionnaire</source>
        <translation>Questionnaire</translation>
    </message>
    <message>
        <source>Questionnaire editor</source>
        <translation>Éditeur de questionnaire</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>&amp;Template</source>
        <translation>&amp;Modèle</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>T&amp;itre :</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>&amp;Objet :</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>I&amp;ntroduction:</source>
        <translation>I&amp;ntroduction :</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>Introduction</translation>
    </message>
    <message>
        <source>&amp;Questions (drag, or Alt+Up and Alt+Down, to reorder):</source>
        <translation>&amp;Questions (glisser-déposer, ou Alt+Haut et Alt+Bas, pour les réordonner) :</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <source>&amp;Add Question</source>
        <translation>&amp;Ajouter une question</translation>
    </message>
    <message>
        <source>Add a question after the selected one (Ctrl+Shift+A)</source>
        <translation>Ajouter une question après celle sélectionnée (Ctrl+Maj+A)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Remove the selected question (Delete in the list)</source>
        <translation>Retirer la question sélectionnée (Suppr dans la liste)</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Mon&amp;ter</translation>
    </message>
    <message>
        <source>Ask the selected question earlier (Alt+Up)</source>
        <translation>Poser la question sélectionnée plus tôt (Alt+Haut)</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>&amp;Descendre</translation>
    </message>
    <message>
        <source>Ask the selected question later (Alt+Down)</source>
        <translation>Poser la question sélectionnée plus tard (Alt+Bas)</translation>
    </message>
    <message>
        <source>Selected question</source>
        <translation>Question sélectionnée</translation>
    </message>
    <message>
        <source>&amp;Wording:</source>
        <translation>&amp;Libellé :</translation>
    </message>
    <message>
        <source>Wording of the question</source>
        <translation>Libellé de la question</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>Kind of answer</source>
        <translation>Type de réponse</translation>
    </message>
    <message>
        <source>Re&amp;quired: a response is complete only with an answer</source>
        <translation>O&amp;bligatoire : une réponse n’est complète que si cette question a une réponse</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <source>&amp;Help text:</source>
        <translation>Te&amp;xte d’aide :</translation>
    </message>
    <message>
        <source>Help text</source>
        <translation>Texte d’aide</translation>
    </message>
    <message>
        <source>Shown beside the question in the response form</source>
        <translation>Affiché à côté de la question dans le formulaire de réponse</translation>
    </message>
    <message>
        <source>&amp;Choices:</source>
        <translation>&amp;Choix :</translation>
    </message>
    <message>
        <source>Choices, one per line</source>
        <translation>Choix, un par ligne</translation>
    </message>
    <message>
        <source>One choice per line</source>
        <translation>Un choix par ligne</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>&amp;Versions</source>
        <translation>&amp;Versions</translation>
    </message>
    <message>
        <source>V&amp;ersions (select two to compare them, or one to compare it with the version before):</source>
        <translation>Ver&amp;sions (sélectionnez-en deux pour les comparer, ou une pour la comparer à la version précédente) :</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <source>&amp;Compare Versions</source>
        <translation>Com&amp;parer les versions</translation>
    </message>
    <message>
        <source>What changed between the versions</source>
        <translation>Ce qui a changé entre les versions</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save the template (Ctrl+S)</source>
        <translation>Enregistrer le modèle (Ctrl+S)</translation>
    </message>
    <message>
        <source>P&amp;ublish…</source>
        <translation>P&amp;ublier…</translation>
    </message>
    <message>
        <source>Freeze this version so that responses can be given to it</source>
        <translation>Figer cette version pour qu’elle puisse recevoir des réponses</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>RecordChangeCommand</name>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be redone: %2</source>
        <translation>« %1 » n’a pas pu être rétabli : %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be undone: %2</source>
        <translation>« %1 » n’a pas pu être annulé : %2</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <source>Record editor</source>
        <translation>Éditeur de fiche</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
</context>
<context>
    <name>RecordPage</name>
    <message>
        <source>d MMMM yyyy</source>
        <comment>the format of a full date (QLocale)</comment>
        <translation>d MMMM yyyy</translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <comment>the format of a month (QLocale)</comment>
        <translation>MMMM yyyy</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Target group</source>
        <translation>Public cible</translation>
    </message>
    <message>
        <source>Success factor</source>
        <translation>Facteur de réussite</translation>
    </message>
    <message>
        <source>Challenge</source>
        <translation>Défi</translation>
    </message>
    <message>
        <source>Pillar of active inclusion</source>
        <translation>Pilier de l’inclusion active</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Instrument</translation>
    </message>
    <message>
        <source>Policy area</source>
        <translation>Domaine politique</translation>
    </message>
    <message>
        <source>free text</source>
        <translation>texte libre</translation>
    </message>
    <message>
        <source>yes or no</source>
        <translation>oui ou non</translation>
    </message>
    <message>
        <source>yes or no, with an explanation</source>
        <translation>oui ou non, avec une explication</translation>
    </message>
    <message>
        <source>one choice</source>
        <translation>un seul choix</translation>
    </message>
    <message>
        <source>one or more choices</source>
        <translation>un ou plusieurs choix</translation>
    </message>
    <message>
        <source>contact details</source>
        <translation>coordonnées</translation>
    </message>
    <message>
        <source>a date</source>
        <translation>une date</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>President</source>
        <translation>Président</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Présidence</translation>
    </message>
    <message>
        <source>Vice chair</source>
        <translation>Vice-présidence</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Chef de file</translation>
    </message>
    <message>
        <source>Lead partners</source>
        <translation>Partenaires chefs de file</translation>
    </message>
    <message>
        <source>Founders</source>
        <translation>Fondateurs</translation>
    </message>
    <message>
        <source>Partner cities</source>
        <translation>Villes partenaires</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <source>Associated members</source>
        <translation>Membres associés</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>prévu</translation>
    </message>
    <message>
        <source>held</source>
        <translation>tenu</translation>
    </message>
    <message>
        <source>postponed</source>
        <translation>reporté</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>ongoing</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>pilot</source>
        <translation>pilote</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>brouillon</translation>
    </message>
    <message>
        <source>published</source>
        <translation>publié</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>complet</translation>
    </message>
    <message>
        <source>Recommendation %1</source>
        <translation>Recommandation %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Memberships</source>
        <translation>Adhésions</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>%1, by %2</source>
        <translation>%1, par %2</translation>
    </message>
    <message>
        <source>%1 members</source>
        <translation>%1 membres</translation>
    </message>
    <message>
        <source>%1 (as of %2)</source>
        <translation>%1 (au %2)</translation>
    </message>
    <message>
        <source>Part of</source>
        <translation>Fait partie de</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Portée</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Founded</source>
        <translation>Fondé</translation>
    </message>
    <message>
        <source>Headquarters</source>
        <translation>Siège</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Runs until</source>
        <translation>Jusqu’au</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>Interviewed</source>
        <translation>Interrogé</translation>
    </message>
    <message>
        <source>How to join</source>
        <translation>Comment adhérer</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Présentation</translation>
    </message>
    <message>
        <source>Starting a new working group</source>
        <translation>Créer un nouveau groupe de travail</translation>
    </message>
    <message>
        <source>Networks and projects within it</source>
        <translation>Réseaux et projets en son sein</translation>
    </message>
    <message>
        <source>Forums</source>
        <translation>Forums</translation>
    </message>
    <message>
        <source>Working groups</source>
        <translation>Groupes de travail</translation>
    </message>
    <message>
        <source>Member cities and organisations</source>
        <translation>Villes et organisations membres</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>Practices</source>
        <translation>Pratiques</translation>
    </message>
    <message>
        <source>Interviews about it</source>
        <translation>Entretiens à ce sujet</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Recommandations</translation>
    </message>
    <message>
        <source>Cities</source>
        <translation>Villes</translation>
    </message>
    <message>
        <source>%1 of %2 to %3 inhabitants may join as members.</source>
        <translation>Les %1 de %2 à %3 habitants peuvent devenir membres.</translation>
    </message>
    <message>
        <source>%1 with at least %2 inhabitants may join as members.</source>
        <translation>Les %1 d’au moins %2 habitants peuvent devenir membres.</translation>
    </message>
    <message>
        <source>%1 with up to %2 inhabitants may join as members.</source>
        <translation>Les %1 de %2 habitants au plus peuvent devenir membres.</translation>
    </message>
    <message>
        <source>%1 may join as members.</source>
        <translation>%1 peuvent devenir membres.</translation>
    </message>
    <message>
        <source>Who may join</source>
        <translation>Qui peut adhérer</translation>
    </message>
    <message>
        <source>a year</source>
        <translation>une année</translation>
    </message>
    <message>
        <source>a month</source>
        <translation>un mois</translation>
    </message>
    <message>
        <source>once</source>
        <translation>une fois</translation>
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
        <translation>Cotisations</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>Forum</source>
        <translation>Forum</translation>
    </message>
    <message>
        <source>Lead city</source>
        <translation>Ville chef de file</translation>
    </message>
    <message>
        <source>Meets</source>
        <translation>Se réunit</translation>
    </message>
    <message>
        <source>EU policy</source>
        <translation>Politique de l’UE</translation>
    </message>
    <message>
        <source>Focus</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Member cities</source>
        <translation>Villes membres</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Règles</translation>
    </message>
    <message>
        <source>Work plan %1</source>
        <translation>Plan de travail %1</translation>
    </message>
    <message>
        <source>Work plan</source>
        <translation>Plan de travail</translation>
    </message>
    <message>
        <source>No objectives recorded.</source>
        <translation>Aucun objectif enregistré.</translation>
    </message>
    <message>
        <source>Objective %1: %2</source>
        <translation>Objectif %1 : %2</translation>
    </message>
    <message>
        <source>EU policy: %1</source>
        <translation>Politique de l’UE : %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>depuis %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>jusqu’au %1</translation>
    </message>
    <message>
        <source>Networks</source>
        <translation>Réseaux</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>What is new about it</source>
        <translation>Ce qu’elle a de nouveau</translation>
    </message>
    <message>
        <source>Presented at</source>
        <translation>Présentée lors de</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>value and unit</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Challenges: %1</source>
        <translation>Défis : %1</translation>
    </message>
    <message>
        <source>(lines %1)</source>
        <translation>(lignes %1)</translation>
    </message>
    <message>
        <source>Classified as</source>
        <translation>Classé comme</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <source>Target groups</source>
        <translation>Publics cibles</translation>
    </message>
    <message>
        <source>Success factors</source>
        <translation>Facteurs de réussite</translation>
    </message>
    <message>
        <source>Instruments</source>
        <translation>Instruments</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>à partir de %1</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Financement</translation>
    </message>
    <message>
        <source>Related practices</source>
        <translation>Pratiques liées</translation>
    </message>
    <message>
        <source>Adapted from %1</source>
        <translation>Adapté de %1</translation>
    </message>
    <message>
        <source>Similar to %1</source>
        <translation>Semblable à %1</translation>
    </message>
    <message>
        <source>Part of %1</source>
        <translation>Fait partie de %1</translation>
    </message>
    <message>
        <source>%1 was adapted from this practice</source>
        <translation>%1 a été adapté de cette pratique</translation>
    </message>
    <message>
        <source>%1 is part of this practice</source>
        <translation>%1 fait partie de cette pratique</translation>
    </message>
    <message>
        <source>%1 refers to this practice</source>
        <translation>%1 renvoie à cette pratique</translation>
    </message>
    <message>
        <source>Interviews with its networks</source>
        <translation>Entretiens avec ses réseaux</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>population and year</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Population</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Chef de file de</translation>
    </message>
    <message>
        <source>Chairs</source>
        <translation>Présidences</translation>
    </message>
    <message>
        <source>Organisations based there</source>
        <translation>Organisations qui y sont basées</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Chair city</source>
        <translation>Ville présidente</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Working group</source>
        <translation>Groupe de travail</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Hôte</translation>
    </message>
    <message>
        <source>Organisers</source>
        <translation>Organisateurs</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Key messages</source>
        <translation>Messages clés</translation>
    </message>
    <message>
        <source>Practices presented</source>
        <translation>Pratiques présentées</translation>
    </message>
    <message>
        <source>Who took part</source>
        <translation>Qui a participé</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>version %1</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>Introduction</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <comment>question number and text</comment>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>%1, required</source>
        <translation>%1, obligatoire</translation>
    </message>
    <message>
        <source>Answer: %1</source>
        <translation>Réponse : %1</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>Questionnaire</translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation>Enquêteur</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Respondents</source>
        <translation>Répondants</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <source>Question %1</source>
        <translation>Question %1</translation>
    </message>
    <message>
        <source>Not answered.</source>
        <translation>Sans réponse.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <source>page %1</source>
        <translation>page %1</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Mentions</translation>
    </message>
    <message>
        <source>section %1</source>
        <translation>section %1</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>en %1</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Extrait de</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Pour</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recommandation</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>By when</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Also called</source>
        <translation>Autres noms</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Signification</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Taxonomy term</source>
        <translation>Terme de taxonomie</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Pratique</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Entretien</translation>
    </message>
    <message>
        <source>Mentioned in</source>
        <translation>Mentionné dans</translation>
    </message>
</context>
<context>
    <name>ResponseComparison</name>
    <message>
        <source>Compare Responses</source>
        <translation>Comparer les réponses</translation>
    </message>
    <message>
        <source>Comparison of responses</source>
        <translation>Comparaison des réponses</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>Questionnaire</translation>
    </message>
    <message>
        <source>Res&amp;ponses down, questions across</source>
        <translation>Ré&amp;ponses en lignes, questions en colonnes</translation>
    </message>
    <message>
        <source>Responses down, questions across</source>
        <translation>Réponses en lignes, questions en colonnes</translation>
    </message>
    <message>
        <source>&amp;Networks and other subjects:</source>
        <translation>&amp;Réseaux et autres sujets :</translation>
    </message>
    <message>
        <source>Subjects to show</source>
        <translation>Sujets à afficher</translation>
    </message>
    <message>
        <source>&amp;Questions:</source>
        <translation>&amp;Questions :</translation>
    </message>
    <message>
        <source>Questions to show</source>
        <translation>Questions à afficher</translation>
    </message>
    <message>
        <source>Show &amp;All</source>
        <translation>&amp;Tout afficher</translation>
    </message>
    <message>
        <source>Answers side by side</source>
        <translation>Réponses côte à côte</translation>
    </message>
    <message>
        <source>The selected answer in full</source>
        <translation>La réponse sélectionnée en entier</translation>
    </message>
    <message>
        <source>Chart of the counts</source>
        <translation>Graphique des décomptes</translation>
    </message>
</context>
<context>
    <name>ResponseExport</name>
    <message>
        <source>Export Responses</source>
        <translation>Exporter les réponses</translation>
    </message>
    <message>
        <source>Export responses</source>
        <translation>Exporter les réponses</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format :</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation>F&amp;ichier :</translation>
    </message>
    <message>
        <source>File to write</source>
        <translation>Fichier à écrire</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>Choisir le fichier</translation>
    </message>
    <message>
        <source>Include &amp;personal data (e-mail addresses and phone numbers)</source>
        <translation>Inclure les &amp;données personnelles (adresses e-mail et numéros de téléphone)</translation>
    </message>
    <message>
        <source>Include personal data</source>
        <translation>Inclure les données personnelles</translation>
    </message>
    <message>
        <source>Progress of the export</source>
        <translation>Progression de l’export</translation>
    </message>
    <message>
        <source>Outcome of the export</source>
        <translation>Résultat de l’export</translation>
    </message>
</context>
<context>
    <name>ResponseForm</name>
    <message>
        <source>Response</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Response form</source>
        <translation>Formulaire de réponse</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>Questionnaire</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Sujet :</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <source>The network or organisation interviewed: type part of its name to find it.</source>
        <translation>Le réseau ou l’organisation qui a fait l’objet de l’entretien : tapez une partie de son nom pour le trouver.</translation>
    </message>
    <message>
        <source>&amp;Respondents:</source>
        <translation>&amp;Répondants :</translation>
    </message>
    <message>
        <source>Respondents</source>
        <translation>Répondants</translation>
    </message>
    <message>
        <source>One per line: name; role; organisation</source>
        <translation>Un par ligne : nom ; rôle ; organisation</translation>
    </message>
    <message>
        <source>&amp;Interviewer:</source>
        <translation>&amp;Enquêteur :</translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation>Enquêteur</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date :</translation>
    </message>
    <message>
        <source>Interview date</source>
        <translation>Date de l’entretien</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>&amp;Mode :</translation>
    </message>
    <message>
        <source>Interview mode</source>
        <translation>Mode d’entretien</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Statut :</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>&amp;Mark Complete</source>
        <translation>Marquer comme &amp;complète</translation>
    </message>
    <message>
        <source>Mark complete</source>
        <translation>Marquer comme complète</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>Rou&amp;vrir</translation>
    </message>
    <message>
        <source>Reopen as draft</source>
        <translation>Rouvrir comme brouillon</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <source>Tab: next field · Ctrl+Enter: next unanswered question · answers save as you type</source>
        <translation>Tab : champ suivant · Ctrl+Entrée : question suivante sans réponse · les réponses s’enregistrent au fil de la saisie</translation>
    </message>
    <message>
        <source>Save state</source>
        <translation>État de l’enregistrement</translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <source>Trash</source>
        <translation>Corbeille</translation>
    </message>
    <message>
        <source>Deleted records</source>
        <translation>Fiches supprimées</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Supprimé le</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <source>&amp;Empty Trash…</source>
        <translation>&amp;Vider la corbeille…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>WorkPlanEditor</name>
    <message>
        <source>Work plans</source>
        <translation>Plans de travail</translation>
    </message>
    <message>
        <source>&amp;Years</source>
        <translation>&amp;Années</translation>
    </message>
    <message>
        <source>O&amp;bjectives of the year</source>
        <translation>O&amp;bjectifs de l’année</translation>
    </message>
    <message>
        <source>Work plan years</source>
        <translation>Années des plans de travail</translation>
    </message>
    <message>
        <source>One work plan per year. F2 changes the year.</source>
        <translation>Un plan de travail par année. F2 modifie l’année.</translation>
    </message>
    <message>
        <source>Objectives of the year</source>
        <translation>Objectifs de l’année</translation>
    </message>
    <message>
        <source>One objective per row: its number, title and the EU policy it follows.</source>
        <translation>Un objectif par ligne : son numéro, son titre et la politique de l’UE qu’il suit.</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>EU policy</source>
        <translation>Politique de l’UE</translation>
    </message>
    <message>
        <source>Add Year</source>
        <translation>Ajouter une année</translation>
    </message>
    <message>
        <source>Add a work plan year</source>
        <translation>Ajouter une année de plan de travail</translation>
    </message>
    <message>
        <source>Remove Year</source>
        <translation>Retirer l’année</translation>
    </message>
    <message>
        <source>Remove the chosen work plan year</source>
        <translation>Retirer l’année de plan de travail choisie</translation>
    </message>
    <message>
        <source>Add Objective</source>
        <translation>Ajouter un objectif</translation>
    </message>
    <message>
        <source>Add an objective to the chosen year</source>
        <translation>Ajouter un objectif à l’année choisie</translation>
    </message>
    <message>
        <source>Remove Objective</source>
        <translation>Retirer l’objectif</translation>
    </message>
    <message>
        <source>Remove the chosen objective</source>
        <translation>Retirer l’objectif choisi</translation>
    </message>
    <message>
        <source>&amp;Actions of the chosen objective, one per line</source>
        <translation>A&amp;ctions de l’objectif choisi, une par ligne</translation>
    </message>
    <message>
        <source>Actions of the chosen objective</source>
        <translation>Actions de l’objectif choisi</translation>
    </message>
    <message>
        <source>One action per line.</source>
        <translation>Une action par ligne.</translation>
    </message>
</context>
<context>
    <name>citykb::AnswerField</name>
    <message>
        <source>%1. %2 (required)</source>
        <translation>%1. %2 (obligatoire)</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Help for question %1</source>
        <translation>Aide pour la question %1</translation>
    </message>
    <message>
        <source>Question %1: %2</source>
        <translation>Question %1 : %2</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>%1, answer %2</source>
        <translation>%1, réponse %2</translation>
    </message>
    <message>
        <source>Explain the answer</source>
        <translation>Expliquez la réponse</translation>
    </message>
    <message>
        <source>%1, explanation</source>
        <translation>%1, explication</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>Name, e-mail, phone</source>
        <translation>Nom, e-mail, téléphone</translation>
    </message>
    <message>
        <source>Another window saved this answer while you were typing, so your text was not saved. The saved answer is: %1</source>
        <translation>Une autre fenêtre a enregistré cette réponse pendant votre saisie ; votre texte n’a donc pas été enregistré. La réponse enregistrée est : %1</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>Conflict on question %1</source>
        <translation>Conflit sur la question %1</translation>
    </message>
    <message>
        <source>Keep My Text</source>
        <translation>Garder mon texte</translation>
    </message>
    <message>
        <source>Use the Saved Answer</source>
        <translation>Utiliser la réponse enregistrée</translation>
    </message>
</context>
<context>
    <name>citykb::BriefingDialog</name>
    <message>
        <source>Briefing</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>%1 - briefing</source>
        <translation>%1 - dossier</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>The built-in layout, with the files of the knowledge base&apos;s briefing folder in place of its own.</source>
        <translation>La mise en page intégrée, avec les fichiers du dossier « briefing » de la base de connaissances à la place des siens.</translation>
    </message>
    <message>
        <source>Other folder…</source>
        <translation>Autre dossier…</translation>
    </message>
    <message>
        <source>A folder with your own templates and style sheets (see the user guide).</source>
        <translation>Un dossier avec vos propres modèles et feuilles de style (voir le guide de l’utilisateur).</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>Export the briefing to a file</source>
        <translation>Exporter le dossier dans un fichier</translation>
    </message>
    <message>
        <source>Export Briefing on the Network %1…</source>
        <translation>Exporter un dossier sur le réseau %1…</translation>
    </message>
    <message>
        <source>Export Briefing on the Working Group %1…</source>
        <translation>Exporter un dossier sur le groupe de travail %1…</translation>
    </message>
    <message>
        <source>Export Briefing on the Theme %1…</source>
        <translation>Exporter un dossier sur le thème %1…</translation>
    </message>
    <message>
        <source>Export Briefing on the City %1…</source>
        <translation>Exporter un dossier sur la ville %1…</translation>
    </message>
    <message>
        <source>Export Briefing on the Selected Practice…</source>
        <translation>Exporter un dossier sur la pratique sélectionnée…</translation>
    </message>
    <message numerus="yes">
        <source>Export Briefing on the %n Selected Practices…</source>
        <translation>
            <numerusform>Exporter un dossier sur %n pratique sélectionnée…</numerusform>
            <numerusform>Exporter un dossier sur les %n pratiques sélectionnées…</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Briefing on This Search…</source>
        <translation>Exporter un dossier sur cette recherche…</translation>
    </message>
    <message>
        <source>type: %1</source>
        <translation>type : %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>With the filters of the search: %1</source>
        <translation>Avec les filtres de la recherche : %1</translation>
    </message>
    <message>
        <source>Type the text to search for.</source>
        <translation>Saisissez le texte à rechercher.</translation>
    </message>
    <message>
        <source>Type the numbers or keys of the practices, separated by commas.</source>
        <translation>Saisissez les numéros ou les clés des pratiques, séparés par des virgules.</translation>
    </message>
    <message>
        <source>Type the name of a network.</source>
        <translation>Saisissez le nom d’un réseau.</translation>
    </message>
    <message>
        <source>Type the name of a working group.</source>
        <translation>Saisissez le nom d’un groupe de travail.</translation>
    </message>
    <message>
        <source>Type a theme, a target group or a success factor.</source>
        <translation>Saisissez un thème, un public cible ou un facteur de réussite.</translation>
    </message>
    <message>
        <source>Type the name of a city.</source>
        <translation>Saisissez le nom d’une ville.</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>Préparation de l’aperçu…</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>1 page</source>
        <translation>1 page</translation>
    </message>
    <message numerus="yes">
        <source>%n pages</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>Folder with a Briefing Layout</source>
        <translation>Dossier contenant une mise en page</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Web pages (*.html)</source>
        <translation>Pages web (*.html)</translation>
    </message>
    <message>
        <source>Markdown files (*.md)</source>
        <translation>Fichiers Markdown (*.md)</translation>
    </message>
    <message>
        <source>Export Briefing</source>
        <translation>Exporter un dossier</translation>
    </message>
    <message>
        <source>Exporting the briefing</source>
        <translation>Export du dossier</translation>
    </message>
    <message>
        <source>Exporting the briefing to %1…</source>
        <translation>Export du dossier vers %1…</translation>
    </message>
    <message>
        <source>Saved the briefing as %1.</source>
        <translation>Dossier enregistré sous %1.</translation>
    </message>
    <message>
        <source>The export was stopped; no file was written.</source>
        <translation>L’export a été arrêté ; aucun fichier n’a été écrit.</translation>
    </message>
</context>
<context>
    <name>citykb::BulkEditDialog</name>
    <message>
        <source>Change a list of the selected record.</source>
        <translation>Modifier une liste de la fiche sélectionnée.</translation>
    </message>
    <message>
        <source>Change a list of the %1 selected records, as one step that Undo takes back.</source>
        <translation>Modifier une liste des %1 fiches sélectionnées, en une étape que « Annuler » défait.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
</context>
<context>
    <name>citykb::DocumentLinksDialog</name>
    <message>
        <source>Reading…</source>
        <translation>Lecture…</translation>
    </message>
    <message>
        <source>Type to find the record…</source>
        <translation>Tapez pour trouver la fiche…</translation>
    </message>
    <message>
        <source>The networks, cities, working groups and practices that &quot;%1&quot; links to. Changes can be undone with Edit &gt; Undo.</source>
        <translation>Les réseaux, villes, groupes de travail et pratiques auxquels « %1 » renvoie. Les modifications peuvent être annulées avec Édition &gt; Annuler.</translation>
    </message>
    <message>
        <source>The document as a whole</source>
        <translation>Le document dans son ensemble</translation>
    </message>
    <message>
        <source>Section %1</source>
        <translation>Section %1</translation>
    </message>
    <message>
        <source>the whole document</source>
        <translation>l’ensemble du document</translation>
    </message>
    <message>
        <source>a curator</source>
        <translation>un documentaliste</translation>
    </message>
    <message>
        <source>found in the text</source>
        <translation>trouvé dans le texte</translation>
    </message>
    <message>
        <source>Choose the record to link from the list: type a part of its name to find it.</source>
        <translation>Choisissez dans la liste la fiche à lier : tapez une partie de son nom pour la trouver.</translation>
    </message>
    <message>
        <source>The document links to &quot;%1&quot; there already.</source>
        <translation>Le document renvoie déjà à « %1 » à cet endroit.</translation>
    </message>
    <message>
        <source>Link &quot;%1&quot; to %2</source>
        <translation>Lier « %1 » à %2</translation>
    </message>
    <message>
        <source>Unlink %2 from &quot;%1&quot;</source>
        <translation>Délier %2 de « %1 »</translation>
    </message>
</context>
<context>
    <name>citykb::EligibilityEditor</name>
    <message>
        <source>The population &quot;from&quot; must be a whole number of 0 or more, not &quot;%1&quot;.</source>
        <translation>La population « de » doit être un nombre entier égal ou supérieur à 0, et non « %1 ».</translation>
    </message>
    <message>
        <source>The population &quot;to&quot; must be a whole number of 0 or more, not &quot;%1&quot;.</source>
        <translation>La population « jusqu’à » doit être un nombre entier égal ou supérieur à 0, et non « %1 ».</translation>
    </message>
    <message>
        <source>The population &quot;from&quot; (%1) is above the population &quot;to&quot; (%2).</source>
        <translation>La population « de » (%1) est supérieure à la population « jusqu’à » (%2).</translation>
    </message>
</context>
<context>
    <name>citykb::FacetModel</name>
    <message>
        <source>Only records with “%1” are shown. Click to leave them out instead.</source>
        <translation>Seules les fiches avec « %1 » sont affichées. Cliquez pour les exclure plutôt.</translation>
    </message>
    <message>
        <source>Records with “%1” are left out. Click to clear this filter.</source>
        <translation>Les fiches avec « %1 » sont exclues. Cliquez pour lever ce filtre.</translation>
    </message>
    <message>
        <source>Records with “%1”: %2. Click to show only these.</source>
        <translation>Fiches avec « %1 » : %2. Cliquez pour n’afficher qu’elles.</translation>
    </message>
    <message>
        <source>Filter by %1: a click on a value shows only records with it, a second click leaves them out.</source>
        <translation>Filtrer par %1 : un clic sur une valeur n’affiche que les fiches qui l’ont, un second clic les exclut.</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtre</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Fiches</translation>
    </message>
</context>
<context>
    <name>citykb::FeesTable</name>
    <message>
        <source>Insert adds a fee, Delete removes the chosen one; F2 or typing edits a cell.</source>
        <translation>Inser ajoute une cotisation, Suppr retire celle choisie ; F2 ou la saisie modifie une cellule.</translation>
    </message>
    <message>
        <source>Fee %1: the amount must be a number of 0 or more, not &quot;%2&quot;.</source>
        <translation>Cotisation %1 : le montant doit être un nombre égal ou supérieur à 0, et non « %2 ».</translation>
    </message>
    <message>
        <source>Fee %1: the currency must be a code of three capital letters such as EUR, not &quot;%2&quot;.</source>
        <translation>Cotisation %1 : la devise doit être un code de trois lettres majuscules, comme EUR, et non « %2 ».</translation>
    </message>
</context>
<context>
    <name>citykb::FilterChipsModel</name>
    <message>
        <source>%1: not %2</source>
        <translation>%1 : pas %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Records with %1 “%2” are left out; remove the filter to show them.</source>
        <translation>Les fiches avec %1 « %2 » sont exclues ; retirez le filtre pour les afficher.</translation>
    </message>
    <message>
        <source>Only records with %1 “%2” are shown; remove the filter to show all.</source>
        <translation>Seules les fiches avec %1 « %2 » sont affichées ; retirez le filtre pour tout afficher.</translation>
    </message>
</context>
<context>
    <name>citykb::HistoryDialog</name>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Reading the history…</source>
        <translation>Lecture de l’historique…</translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation>Historique de %1</translation>
    </message>
    <message>
        <source>%1 is in the trash. Its versions, newest first:</source>
        <translation>%1 est dans la corbeille. Ses versions, de la plus récente à la plus ancienne :</translation>
    </message>
    <message>
        <source>The versions of %1, newest first. Choose one to see what it changed.</source>
        <translation>Les versions de %1, de la plus récente à la plus ancienne. Choisissez-en une pour voir ce qu’elle a changé.</translation>
    </message>
    <message>
        <source>Revision %1, %2</source>
        <translation>Révision %1, %2</translation>
    </message>
    <message>
        <source> (now)</source>
        <translation> (actuelle)</translation>
    </message>
    <message>
        <source>removed: %1</source>
        <translation>retiré : %1</translation>
    </message>
    <message>
        <source>added: %1</source>
        <translation>ajouté : %1</translation>
    </message>
    <message>
        <source>(first version)</source>
        <translation>(première version)</translation>
    </message>
    <message>
        <source>(no field changed)</source>
        <translation>(aucun champ modifié)</translation>
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
        <translation>La base de connaissances de %1 ne peut pas être ouverte.</translation>
    </message>
    <message>
        <source>Open Another Folder…</source>
        <translation>Ouvrir un autre dossier…</translation>
    </message>
    <message>
        <source>Create a New Knowledge Base…</source>
        <translation>Créer une nouvelle base de connaissances…</translation>
    </message>
    <message>
        <source>Open a Knowledge Base Folder</source>
        <translation>Ouvrir le dossier d’une base de connaissances</translation>
    </message>
    <message>
        <source>Choose a Folder for the New Knowledge Base</source>
        <translation>Choisir un dossier pour la nouvelle base de connaissances</translation>
    </message>
</context>
<context>
    <name>citykb::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>CityKB will speak %1 when you start it again.</source>
        <translation>CityKB parlera %1 au prochain démarrage.</translation>
    </message>
</context>
<context>
    <name>citykb::ListColumns</name>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <source>Reset Columns</source>
        <translation>Réinitialiser les colonnes</translation>
    </message>
</context>
<context>
    <name>citykb::MainWindow</name>
    <message>
        <source>Overview</source>
        <translation>Vue d’ensemble</translation>
    </message>
    <message>
        <source>Network finder</source>
        <translation>Recherche de réseaux</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Fiches</translation>
    </message>
    <message>
        <source>Saved searches</source>
        <translation>Recherches enregistrées</translation>
    </message>
    <message>
        <source>&lt;p&gt;Select a record to read it here.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Sélectionnez une fiche pour la lire ici.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Search practices, networks, interviews… (Ctrl+F)</source>
        <translation>Rechercher pratiques, réseaux, entretiens… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Save Search</source>
        <translation>Enregistrer la recherche</translation>
    </message>
    <message>
        <source>Name of the search:</source>
        <translation>Nom de la recherche :</translation>
    </message>
    <message>
        <source>%1 — %2 records, store revision %3</source>
        <translation>%1 — %2 fiches, révision du stockage %3</translation>
    </message>
    <message>
        <source>Records like the one open: %1</source>
        <translation>Fiches semblables à celle ouverte : %1</translation>
    </message>
    <message>
        <source>records</source>
        <translation>fiches</translation>
    </message>
    <message>
        <source>1 result</source>
        <translation>1 résultat</translation>
    </message>
    <message>
        <source>%1 results</source>
        <translation>%1 résultats</translation>
    </message>
    <message>
        <source>About %1 results</source>
        <translation>Environ %1 résultats</translation>
    </message>
    <message>
        <source>Showing results for %1.</source>
        <translation>Résultats pour %1.</translation>
    </message>
    <message>
        <source>Did you mean %1?</source>
        <translation>Vouliez-vous dire %1 ?</translation>
    </message>
    <message>
        <source>Remove this filter</source>
        <translation>Retirer ce filtre</translation>
    </message>
    <message>
        <source>Remove filter %1</source>
        <translation>Retirer le filtre %1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Select the records to change in a list first.</source>
        <translation>Sélectionnez d’abord dans une liste les fiches à modifier.</translation>
    </message>
    <message>
        <source>Import Documents</source>
        <translation>Importer des documents</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.docx *.odt *.html *.htm *.md *.txt *.json);;All files (*)</source>
        <translation>Documents (*.pdf *.docx *.odt *.html *.htm *.md *.txt *.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Create %1</source>
        <translation>Créer : %1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <source>%1 — saved meanwhile: %2; yours: %3</source>
        <translation>%1 — enregistré entre-temps : %2 ; votre version : %3</translation>
    </message>
    <message>
        <source>Saved Meanwhile</source>
        <translation>Enregistré entre-temps</translation>
    </message>
    <message>
        <source>Keep the version saved meanwhile, or save yours over it?</source>
        <translation>Garder la version enregistrée entre-temps, ou enregistrer la vôtre par-dessus ?</translation>
    </message>
    <message>
        <source>Save Mine</source>
        <translation>Enregistrer la mienne</translation>
    </message>
    <message>
        <source>Keep Theirs</source>
        <translation>Garder la leur</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>%1

Move them to the trash too?</source>
        <translation>%1

Les mettre aussi à la corbeille ?</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Supprimer %1</translation>
    </message>
    <message>
        <source>Delete %1 records</source>
        <translation>Supprimer %1 fiches</translation>
    </message>
    <message>
        <source>Moved to the trash. Undo (Ctrl+Z) brings it back.</source>
        <translation>Mis à la corbeille. Annuler (Ctrl+Z) le restaure.</translation>
    </message>
    <message>
        <source>Bulk Edit</source>
        <translation>Modification groupée</translation>
    </message>
    <message>
        <source>Add to %1 of %2 records</source>
        <translation>Ajouter à %1 fiches sur %2</translation>
    </message>
    <message>
        <source>Remove from %1 of %2 records</source>
        <translation>Retirer de %1 fiches sur %2</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Importation</translation>
    </message>
    <message>
        <source>Importing 1 file…</source>
        <translation>Importation d’un fichier…</translation>
    </message>
    <message>
        <source>Importing %1 files…</source>
        <translation>Importation de %1 fichiers…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Searching CityKB</source>
        <translation>Recherche dans CityKB</translation>
    </message>
    <message>
        <source>&lt;p&gt;Type words to find records, document sections and interview answers that hold them. Results update while you type.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;code&gt;&quot;social action&quot;&lt;/code&gt; finds the phrase;&lt;/li&gt;&lt;li&gt;&lt;code&gt;housing AND youth&lt;/code&gt;, &lt;code&gt;housing OR homelessness&lt;/code&gt;, &lt;code&gt;housing NOT london&lt;/code&gt;, &lt;code&gt;+word&lt;/code&gt;, &lt;code&gt;-word&lt;/code&gt;;&lt;/li&gt;&lt;li&gt;&lt;code&gt;appren*&lt;/code&gt; finds words that begin so;&lt;/li&gt;&lt;li&gt;&lt;code&gt;city:Bologna&lt;/code&gt;, &lt;code&gt;network:Eurotowns&lt;/code&gt;, &lt;code&gt;theme:housing&lt;/code&gt;, &lt;code&gt;type:practices&lt;/code&gt;, &lt;code&gt;year:2011..2013&lt;/code&gt;; &lt;code&gt;-city:London&lt;/code&gt; leaves out;&lt;/li&gt;&lt;li&gt;&lt;code&gt;title:word&lt;/code&gt; searches titles only.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Synonyms from the vocabularies are found too: &quot;people helping people&quot; finds &quot;social action&quot;. A misspelt word gets a &quot;did you mean&quot;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Tapez des mots pour trouver les fiches, sections de documents et réponses d’entretien qui les contiennent. Les résultats se mettent à jour pendant la saisie.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;code&gt;&quot;social action&quot;&lt;/code&gt; trouve l’expression ;&lt;/li&gt;&lt;li&gt;&lt;code&gt;housing AND youth&lt;/code&gt;, &lt;code&gt;housing OR homelessness&lt;/code&gt;, &lt;code&gt;housing NOT london&lt;/code&gt;, &lt;code&gt;+word&lt;/code&gt;, &lt;code&gt;-word&lt;/code&gt; ;&lt;/li&gt;&lt;li&gt;&lt;code&gt;appren*&lt;/code&gt; trouve les mots qui commencent ainsi ;&lt;/li&gt;&lt;li&gt;&lt;code&gt;city:Bologna&lt;/code&gt;, &lt;code&gt;network:Eurotowns&lt;/code&gt;, &lt;code&gt;theme:housing&lt;/code&gt;, &lt;code&gt;type:practices&lt;/code&gt;, &lt;code&gt;year:2011..2013&lt;/code&gt; ; &lt;code&gt;-city:London&lt;/code&gt; exclut ;&lt;/li&gt;&lt;li&gt;&lt;code&gt;title:word&lt;/code&gt; ne cherche que dans les titres.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Les synonymes des vocabulaires sont trouvés aussi : « people helping people » trouve « social action ». Un mot mal orthographié reçoit un « vouliez-vous dire ».&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About CityKB</source>
        <translation>À propos de CityKB</translation>
    </message>
    <message>
        <source>&lt;h3&gt;CityKB %1&lt;/h3&gt;&lt;p&gt;The knowledge base of European city networks: networks, working groups, cities, good practices, events, interviews and source documents, searchable in one place.&lt;/p&gt;&lt;p&gt;Built on %2.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;CityKB %1&lt;/h3&gt;&lt;p&gt;La base de connaissances des réseaux de villes européens : réseaux, groupes de travail, villes, bonnes pratiques, événements, entretiens et documents sources, consultables en un seul endroit.&lt;/p&gt;&lt;p&gt;Construit avec %2.&lt;/p&gt;&lt;p&gt;Sous licence GNU General Public License, version 3 ou ultérieure.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Document &amp;Links…</source>
        <translation>&amp;Liens du document…</translation>
    </message>
    <message>
        <source>New Res&amp;ponse</source>
        <translation>Nouvelle ré&amp;ponse</translation>
    </message>
    <message>
        <source>&amp;Fill In / Continue Response</source>
        <translation>&amp;Remplir / continuer une réponse</translation>
    </message>
    <message>
        <source>Nothing changed, so nothing was saved.</source>
        <translation>Rien n’a changé : rien n’a donc été enregistré.</translation>
    </message>
</context>
<context>
    <name>citykb::NetworkFinderWidget</name>
    <message>
        <source>May join</source>
        <translation>Peut adhérer</translation>
    </message>
    <message>
        <source>Cannot join as asked</source>
        <translation>Adhésion impossible telle quelle</translation>
    </message>
    <message>
        <source>The KB cannot tell</source>
        <translation>La base ne peut pas le dire</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>&lt;p&gt;Enter your country, the number of inhabitants and the kind of member, then &lt;b&gt;Find Networks&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Saisissez votre pays, le nombre d’habitants et le type de membre, puis &lt;b&gt;Trouver des réseaux&lt;/b&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Looking…&lt;/p&gt;</source>
        <translation>&lt;p&gt;Recherche en cours…&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Another way in:</source>
        <translation>Autre voie d’accès :</translation>
    </message>
    <message>
        <source>Fee:</source>
        <translation>Cotisation :</translation>
    </message>
    <message>
        <source>How to join:</source>
        <translation>Comment adhérer :</translation>
    </message>
    <message>
        <source>Coming up:</source>
        <translation>À venir :</translation>
    </message>
    <message>
        <source>&lt;p&gt;The KB holds no networks yet.&lt;/p&gt;</source>
        <translation>&lt;p&gt;La base ne contient encore aucun réseau.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>citykb::OverviewWidget</name>
    <message>
        <source>Overview</source>
        <translation>Vue d’ensemble</translation>
    </message>
    <message>
        <source>Practices by theme</source>
        <translation>Pratiques par thème</translation>
    </message>
    <message>
        <source>Practices by country</source>
        <translation>Pratiques par pays</translation>
    </message>
    <message>
        <source>Events by year</source>
        <translation>Événements par année</translation>
    </message>
    <message>
        <source>Networks by members</source>
        <translation>Réseaux par nombre de membres</translation>
    </message>
</context>
<context>
    <name>citykb::PeersWidget</name>
    <message>
        <source>Looking for cities like %1…</source>
        <translation>Recherche de villes semblables à %1…</translation>
    </message>
    <message>
        <source>No city shares a theme, target group, success factor or instrument with %1 yet.</source>
        <translation>Aucune ville ne partage encore de thème, public cible, facteur de réussite ou instrument avec %1.</translation>
    </message>
    <message>
        <source>Cities that worked on what %1 worked on, most alike first. Open one to read its page; its practices are below it.</source>
        <translation>Villes ayant travaillé sur les mêmes sujets que %1, les plus proches d’abord. Ouvrez-en une pour lire sa page ; ses pratiques figurent en dessous.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>1 term in common</source>
        <translation>1 terme en commun</translation>
    </message>
    <message numerus="yes">
        <source>%n terms in common</source>
        <translation>
            <numerusform>%n terme en commun</numerusform>
            <numerusform>%n termes en commun</numerusform>
        </translation>
    </message>
    <message>
        <source>Same challenge: %1</source>
        <translation>Même défi : %1</translation>
    </message>
</context>
<context>
    <name>citykb::QuestionnaireEditor</name>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Move Question Up</source>
        <translation>Monter la question</translation>
    </message>
    <message>
        <source>Move Question Down</source>
        <translation>Descendre la question</translation>
    </message>
    <message>
        <source>Add Question</source>
        <translation>Ajouter une question</translation>
    </message>
    <message>
        <source>Remove Question</source>
        <translation>Retirer la question</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Edit the title</source>
        <translation>Modifier le titre</translation>
    </message>
    <message>
        <source>Edit the purpose</source>
        <translation>Modifier l’objet</translation>
    </message>
    <message>
        <source>Edit the introduction</source>
        <translation>Modifier l’introduction</translation>
    </message>
    <message>
        <source>Edit the wording of a question</source>
        <translation>Modifier le libellé d’une question</translation>
    </message>
    <message>
        <source>Edit the help text of a question</source>
        <translation>Modifier le texte d’aide d’une question</translation>
    </message>
    <message>
        <source>Edit the choices of a question</source>
        <translation>Modifier les choix d’une question</translation>
    </message>
    <message>
        <source>Make a question required</source>
        <translation>Rendre une question obligatoire</translation>
    </message>
    <message>
        <source>Make a question optional</source>
        <translation>Rendre une question facultative</translation>
    </message>
    <message>
        <source>Change the kind of a question</source>
        <translation>Changer le type d’une question</translation>
    </message>
    <message>
        <source>New Questionnaire[*]</source>
        <translation>Nouveau questionnaire[*]</translation>
    </message>
    <message>
        <source>Free text</source>
        <translation>Texte libre</translation>
    </message>
    <message>
        <source>Yes or no</source>
        <translation>Oui ou non</translation>
    </message>
    <message>
        <source>Yes or no, with an explanation</source>
        <translation>Oui ou non, avec une explication</translation>
    </message>
    <message>
        <source>One choice of several</source>
        <translation>Un choix parmi plusieurs</translation>
    </message>
    <message>
        <source>Several choices</source>
        <translation>Plusieurs choix</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation>Coordonnées</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>The questionnaire has no versions.</source>
        <translation>Le questionnaire n’a aucune version.</translation>
    </message>
    <message>
        <source>published</source>
        <translation>publié</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>brouillon</translation>
    </message>
    <message>
        <source>Version %1 (%2): %3, 1 question</source>
        <translation>Version %1 (%2) : %3, 1 question</translation>
    </message>
    <message numerus="yes">
        <source>Version %1 (%2): %3, %n questions</source>
        <translation>
            <numerusform>Version %1 (%2) : %3, %n question</numerusform>
            <numerusform>Version %1 (%2) : %3, %n questions</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;There is one version so far. Once it is published, saving changes makes version 2, and this tab shows what changed.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Il n’existe qu’une version pour l’instant. Une fois qu’elle est publiée, enregistrer des modifications crée la version 2, et cet onglet montre ce qui a changé.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>(no wording yet)</source>
        <translation>(pas encore de libellé)</translation>
    </message>
    <message>
        <source>%1. %2 — %3, required</source>
        <translation>%1. %2 — %3, obligatoire</translation>
    </message>
    <message>
        <source>%1. %2 — %3</source>
        <translation>%1. %2 — %3</translation>
    </message>
    <message>
        <source>Question %1</source>
        <translation>Question %1</translation>
    </message>
    <message>
        <source>No question selected</source>
        <translation>Aucune question sélectionnée</translation>
    </message>
    <message>
        <source>The questionnaire needs a title.</source>
        <translation>Le questionnaire doit avoir un titre.</translation>
    </message>
    <message>
        <source>Question %1 needs its wording.</source>
        <translation>Question %1 : le libellé manque.</translation>
    </message>
    <message>
        <source>A questionnaire needs at least one question before it is published.</source>
        <translation>Un questionnaire doit compter au moins une question avant d’être publié.</translation>
    </message>
    <message>
        <source>Question %1 needs two choices or more before the questionnaire is published.</source>
        <translation>Question %1 : il faut au moins deux choix avant de publier le questionnaire.</translation>
    </message>
    <message>
        <source>Untitled questionnaire</source>
        <translation>Questionnaire sans titre</translation>
    </message>
    <message>
        <source>New Questionnaire: %1[*]</source>
        <translation>Nouveau questionnaire : %1[*]</translation>
    </message>
    <message>
        <source>Questionnaire: %1, version %2[*]</source>
        <translation>Questionnaire : %1, version %2[*]</translation>
    </message>
    <message>
        <source>A new questionnaire. Save it to keep it as a draft; publish it to take responses.</source>
        <translation>Un nouveau questionnaire. Enregistrez-le pour le garder comme brouillon ; publiez-le pour recueillir des réponses.</translation>
    </message>
    <message>
        <source>Version %1 is published and frozen: saving your changes makes version %2, a new draft. Responses keep the version they answered.</source>
        <translation>La version %1 est publiée et figée : enregistrer vos modifications crée la version %2, un nouveau brouillon. Les réponses gardent la version à laquelle elles ont répondu.</translation>
    </message>
    <message>
        <source>Version %1 is a draft: saving changes it in place. Publish it to take responses.</source>
        <translation>La version %1 est un brouillon : l’enregistrement la modifie directement. Publiez-la pour recueillir des réponses.</translation>
    </message>
    <message>
        <source>Question %1 </source>
        <translation>Question %1 </translation>
    </message>
    <message>
        <source>Add a question</source>
        <translation>Ajouter une question</translation>
    </message>
    <message>
        <source>Remove question %1</source>
        <translation>Retirer la question %1</translation>
    </message>
    <message>
        <source>Move question %1 to place %2</source>
        <translation>Déplacer la question %1 en position %2</translation>
    </message>
    <message>
        <source>Reorder the questions</source>
        <translation>Réordonner les questions</translation>
    </message>
    <message>
        <source>Save Questionnaire</source>
        <translation>Enregistrer le questionnaire</translation>
    </message>
    <message>
        <source>Publish version %1? A published version is never changed again; later edits make a new version.</source>
        <translation>Publier la version %1 ? Une version publiée n’est plus jamais modifiée ; les modifications ultérieures créent une nouvelle version.</translation>
    </message>
    <message>
        <source>Save and publish the questionnaire? A published version is never changed again; later edits make a new version.</source>
        <translation>Enregistrer et publier le questionnaire ? Une version publiée n’est plus jamais modifiée ; les modifications ultérieures créent une nouvelle version.</translation>
    </message>
    <message>
        <source>Publish Questionnaire</source>
        <translation>Publier le questionnaire</translation>
    </message>
    <message>
        <source>&lt;h3&gt;From version %1 to version %2&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;De la version %1 à la version %2&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The title, purpose and introduction are the same.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Le titre, l’objet et l’introduction sont identiques.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>Introduction</translation>
    </message>
    <message>
        <source>&lt;li&gt;&lt;b&gt;%1&lt;/b&gt; was %2, is now %3.&lt;/li&gt;</source>
        <translation>&lt;li&gt;&lt;b&gt;%1&lt;/b&gt; : avant %2, désormais %3.&lt;/li&gt;</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>vide</translation>
    </message>
    <message>
        <source>&lt;li&gt;&lt;b&gt;Added&lt;/b&gt; as question %1: %2 (%3%4).&lt;/li&gt;</source>
        <translation>&lt;li&gt;&lt;b&gt;Ajoutée&lt;/b&gt; comme question %1 : %2 (%3%4).&lt;/li&gt;</translation>
    </message>
    <message>
        <source>, required</source>
        <translation>, obligatoire</translation>
    </message>
    <message>
        <source>&lt;li&gt;&lt;b&gt;Removed&lt;/b&gt; question %1: %2.&lt;/li&gt;</source>
        <translation>&lt;li&gt;&lt;b&gt;Retirée&lt;/b&gt; : la question %1, %2.&lt;/li&gt;</translation>
    </message>
    <message>
        <source>moved from place %1 to place %2</source>
        <translation>déplacée de la position %1 à la position %2</translation>
    </message>
    <message>
        <source>reworded: was %1</source>
        <translation>reformulée : avant %1</translation>
    </message>
    <message>
        <source>kind was %1, is now %2</source>
        <translation>type : avant %1, désormais %2</translation>
    </message>
    <message>
        <source>now required</source>
        <translation>désormais obligatoire</translation>
    </message>
    <message>
        <source>no longer required</source>
        <translation>plus obligatoire</translation>
    </message>
    <message>
        <source>help text added</source>
        <translation>texte d’aide ajouté</translation>
    </message>
    <message>
        <source>help text was %1</source>
        <translation>texte d’aide : avant %1</translation>
    </message>
    <message>
        <source>choices were %1, are now %2</source>
        <translation>choix : avant %1, désormais %2</translation>
    </message>
    <message>
        <source>&lt;li&gt;&lt;b&gt;Question %1&lt;/b&gt; %2: %3.&lt;/li&gt;</source>
        <translation>&lt;li&gt;&lt;b&gt;Question %1&lt;/b&gt; %2 : %3.&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;h4&gt;Questions&lt;/h4&gt;</source>
        <translation>&lt;h4&gt;Questions&lt;/h4&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;1 question asked as before.&lt;/p&gt;</source>
        <translation>&lt;p&gt;1 question posée comme avant.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;%n questions asked as before.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;%n question posée comme avant.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;%n questions posées comme avant.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;No questions in either version.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Aucune question dans l’une ou l’autre version.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Save the changes to this questionnaire before closing?</source>
        <translation>Enregistrer les modifications de ce questionnaire avant de fermer ?</translation>
    </message>
</context>
<context>
    <name>citykb::QuestionnaireMenu</name>
    <message>
        <source>&amp;Questionnaires</source>
        <translation>&amp;Questionnaires</translation>
    </message>
    <message>
        <source>&amp;New Questionnaire</source>
        <translation>&amp;Nouveau questionnaire</translation>
    </message>
    <message>
        <source>&amp;Edit Questionnaire</source>
        <translation>&amp;Modifier le questionnaire</translation>
    </message>
    <message>
        <source>Edit Questionnaire</source>
        <translation>Modifier le questionnaire</translation>
    </message>
    <message>
        <source>&amp;Compare Responses</source>
        <translation>&amp;Comparer les réponses</translation>
    </message>
    <message>
        <source>Compare Responses</source>
        <translation>Comparer les réponses</translation>
    </message>
    <message>
        <source>E&amp;xport Responses…</source>
        <translation>E&amp;xporter les réponses…</translation>
    </message>
    <message>
        <source>Export Responses</source>
        <translation>Exporter les réponses</translation>
    </message>
    <message>
        <source>The knowledge base holds no questionnaire yet; make one with New Questionnaire.</source>
        <translation>La base de connaissances ne contient encore aucun questionnaire ; créez-en un avec Nouveau questionnaire.</translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation>%1 (version %2)</translation>
    </message>
    <message>
        <source>Questionnaire:</source>
        <translation>Questionnaire :</translation>
    </message>
</context>
<context>
    <name>citykb::RecordEditor</name>
    <message>
        <source>New %1</source>
        <translation>Nouveau : %1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Lecture…</translation>
    </message>
    <message>
        <source>A new %1. Fields in bold are required.</source>
        <translation>Nouveau : %1. Les champs en gras sont obligatoires.</translation>
    </message>
    <message>
        <source>%1, as saved at revision %2. Fields in bold are required.</source>
        <translation>%1, tel qu’enregistré à la révision %2. Les champs en gras sont obligatoires.</translation>
    </message>
    <message>
        <source>JSON, as docs/data-model.md describes this field</source>
        <translation>JSON, tel que docs/data-model.md décrit ce champ</translation>
    </message>
    <message>
        <source>made from the title</source>
        <translation>formé à partir du titre</translation>
    </message>
    <message>
        <source>Add to %1</source>
        <translation>Ajouter à %1</translation>
    </message>
    <message>
        <source>Type to find one to add…</source>
        <translation>Tapez pour en trouver un à ajouter…</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove from %1</source>
        <translation>Retirer de %1</translation>
    </message>
    <message>
        <source>Add Row</source>
        <translation>Ajouter une ligne</translation>
    </message>
    <message>
        <source>Add a row to %1</source>
        <translation>Ajouter une ligne à %1</translation>
    </message>
    <message>
        <source>Remove Row</source>
        <translation>Retirer la ligne</translation>
    </message>
    <message>
        <source>Remove the row from %1</source>
        <translation>Retirer la ligne de %1</translation>
    </message>
    <message>
        <source>%1 cannot be read as the field needs.</source>
        <translation>%1 ne peut pas être lu comme le champ l’exige.</translation>
    </message>
</context>
<context>
    <name>citykb::RecordListModel</name>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
</context>
<context>
    <name>citykb::ResponseComparisonView</name>
    <message>
        <source>Reading the responses…</source>
        <translation>Lecture des réponses…</translation>
    </message>
    <message>
        <source>&lt;p&gt;Select an answer to read it in full here.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Sélectionnez une réponse pour la lire ici en entier.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Chart of the yes/no and choice answers</source>
        <translation>Graphique des réponses oui/non et à choix</translation>
    </message>
    <message>
        <source>Compare Responses: %1</source>
        <translation>Comparer les réponses : %1</translation>
    </message>
    <message>
        <source>%1 — 1 response shown.</source>
        <translation>%1 — 1 réponse affichée.</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n responses shown.</source>
        <translation>
            <numerusform>%1 — %n réponse affichée.</numerusform>
            <numerusform>%1 — %n réponses affichées.</numerusform>
        </translation>
    </message>
    <message>
        <source>They answer versions 1 to %1 of the questionnaire.</source>
        <translation>Elles répondent aux versions 1 à %1 du questionnaire.</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n answered</source>
        <translation>
            <numerusform>%1 sur %n a répondu</numerusform>
            <numerusform>%1 sur %n ont répondu</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1. %2 (earlier versions only)</source>
        <translation>%1. %2 (versions antérieures uniquement)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Interviewer: %1</source>
        <translation>Enquêteur : %1</translation>
    </message>
    <message>
        <source>Mode: %1</source>
        <translation>Mode : %1</translation>
    </message>
    <message>
        <source>Answers version %1 of the questionnaire; %2.</source>
        <translation>Répond à la version %1 du questionnaire ; %2.</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Décomptes</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Question %1&lt;/b&gt;: %2&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Question %1&lt;/b&gt; : %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; answered:&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; a répondu :&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;No answer.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;Pas de réponse.&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Yes/no and choice answers</source>
        <translation>Réponses oui/non et à choix</translation>
    </message>
    <message>
        <source>No yes/no or choice answers to count</source>
        <translation>Aucune réponse oui/non ou à choix à compter</translation>
    </message>
</context>
<context>
    <name>citykb::ResponseExportDialog</name>
    <message>
        <source>Export the responses to “%1”: one row per response, one column per question.</source>
        <translation>Exporter les réponses à « %1 » : une ligne par réponse, une colonne par question.</translation>
    </message>
    <message>
        <source>CSV (spreadsheets, data tools)</source>
        <translation>CSV (tableurs, outils de données)</translation>
    </message>
    <message>
        <source>Excel workbook (XLSX)</source>
        <translation>Classeur Excel (XLSX)</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Left out, e-mail addresses and phone numbers show as “withheld”.</source>
        <translation>Si elles sont exclues, les adresses e-mail et les numéros de téléphone apparaissent comme « withheld ».</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <source>Export Responses</source>
        <translation>Exporter les réponses</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Exporting responses</source>
        <translation>Export des réponses</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Export en cours…</translation>
    </message>
    <message>
        <source>Exported 1 response to %1, with e-mail addresses and phone numbers.</source>
        <translation>1 réponse exportée vers %1, avec les adresses e-mail et les numéros de téléphone.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n responses to %1, with e-mail addresses and phone numbers.</source>
        <translation>
            <numerusform>%n réponse exportée vers %1, avec les adresses e-mail et les numéros de téléphone.</numerusform>
            <numerusform>%n réponses exportées vers %1, avec les adresses e-mail et les numéros de téléphone.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported 1 response to %1, without e-mail addresses and phone numbers.</source>
        <translation>1 réponse exportée vers %1, sans les adresses e-mail ni les numéros de téléphone.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n responses to %1, without e-mail addresses and phone numbers.</source>
        <translation>
            <numerusform>%n réponse exportée vers %1, sans les adresses e-mail ni les numéros de téléphone.</numerusform>
            <numerusform>%n réponses exportées vers %1, sans les adresses e-mail ni les numéros de téléphone.</numerusform>
        </translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>L’export a été annulé ; aucun fichier n’a été écrit.</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>L’export a échoué : %1</translation>
    </message>
</context>
<context>
    <name>citykb::ResponseForm</name>
    <message>
        <source>(not given)</source>
        <translation>(non indiqué)</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>En personne</translation>
    </message>
    <message>
        <source>Video call</source>
        <translation>Appel vidéo</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>New Response</source>
        <translation>Nouvelle réponse</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Ouverture…</translation>
    </message>
    <message>
        <source>%1 (network)</source>
        <translation>%1 (réseau)</translation>
    </message>
    <message>
        <source>%1 (organisation)</source>
        <translation>%1 (organisation)</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2, version %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2, version %3</translation>
    </message>
    <message>
        <source>All answers are saved.</source>
        <translation>Toutes les réponses sont enregistrées.</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Complète</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré : %1</translation>
    </message>
    <message>
        <source>An answer changed in another window waits for your choice.</source>
        <translation>Une réponse modifiée dans une autre fenêtre attend votre choix.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Saved at %1</source>
        <translation>Enregistré à %1</translation>
    </message>
    <message>
        <source>Every question has an answer.</source>
        <translation>Chaque question a une réponse.</translation>
    </message>
    <message>
        <source>The response cannot be marked complete: question %1 is required and has no answer.</source>
        <translation>La réponse ne peut pas être marquée comme complète : la question %1 est obligatoire et n’a pas de réponse.</translation>
    </message>
    <message>
        <source>The response cannot be marked complete: questions %1 are required and have no answer.</source>
        <translation>La réponse ne peut pas être marquée comme complète : les questions %1 sont obligatoires et n’ont pas de réponse.</translation>
    </message>
    <message>
        <source>The response is complete.</source>
        <translation>La réponse est complète.</translation>
    </message>
    <message>
        <source>The response is a draft again.</source>
        <translation>La réponse est de nouveau un brouillon.</translation>
    </message>
</context>
<context>
    <name>citykb::SearchResultsModel</name>
    <message>
        <source>No record matches &quot;%1&quot;.</source>
        <translation>Aucune fiche ne correspond à « %1 ».</translation>
    </message>
    <message>
        <source>Interview: %1, question %2</source>
        <translation>Entretien : %1, question %2</translation>
    </message>
    <message>
        <source>Interview: %1, question %2: %3</source>
        <translation>Entretien : %1, question %2 : %3</translation>
    </message>
    <message>
        <source>Document: %1, section %2</source>
        <translation>Document : %1, section %2</translation>
    </message>
    <message>
        <source>Document: %1, section %2 (page %3)</source>
        <translation>Document : %1, section %2 (page %3)</translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation>%1 : %2, %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>citykb::TrashDialog</name>
    <message>
        <source>The trash is empty.</source>
        <translation>La corbeille est vide.</translation>
    </message>
    <message>
        <source>Deleted records. Restore brings a record back with its links.</source>
        <translation>Fiches supprimées. « Restaurer » ramène une fiche avec ses liens.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Empty Trash</source>
        <translation>Vider la corbeille</translation>
    </message>
    <message>
        <source>Delete the record in the trash for good? This cannot be undone.</source>
        <translation>Supprimer définitivement la fiche de la corbeille ? Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Delete the %1 records in the trash for good? This cannot be undone.</source>
        <translation>Supprimer définitivement les %1 fiches de la corbeille ? Cette action est irréversible.</translation>
    </message>
</context>
<context>
    <name>citykb::WorkPlanEditor</name>
    <message>
        <source>Insert adds, Delete removes; F2 or typing edits.</source>
        <translation>Inser ajoute, Suppr retire ; F2 ou la saisie modifie.</translation>
    </message>
    <message>
        <source>A work plan needs its year.</source>
        <translation>Un plan de travail doit avoir son année.</translation>
    </message>
    <message>
        <source>The work plan year &quot;%1&quot; is not a year from %2 to %3.</source>
        <translation>L’année de plan de travail « %1 » n’est pas une année de %2 à %3.</translation>
    </message>
    <message>
        <source>Work plan %1, objective %2: the number must be a whole number from 1, not &quot;%3&quot;.</source>
        <translation>Plan de travail %1, objectif %2 : le numéro doit être un nombre entier à partir de 1, et non « %3 ».</translation>
    </message>
    <message>
        <source>Work plan %1, objective %2: the title must not be empty.</source>
        <translation>Plan de travail %1, objectif %2 : le titre ne doit pas être vide.</translation>
    </message>
    <message>
        <source>O&amp;bjectives of %1</source>
        <translation>O&amp;bjectifs de %1</translation>
    </message>
    <message>
        <source>O&amp;bjectives of the year</source>
        <translation>O&amp;bjectifs de l’année</translation>
    </message>
</context>
</TS>
