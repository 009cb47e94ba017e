<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Briefing</name>
    <message>
        <source>CityKB (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <comment>the format of a full date (QLocale)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knowledge base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail addresses and phone numbers are left out of this briefing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This briefing holds personal contact data (e-mail addresses and phone numbers): share it only with those who need it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>section</source>
        <comment>a section of a source document</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>briefing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommendation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scope needs the name of a %1 after the colon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no %1 called &quot;%2&quot;; did you mean &quot;%3&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no %1 called &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <comment>the format of a month (QLocale)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>value and unit</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>POSTPONED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CANCELLED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>success factor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>challenge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>instrument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>policy area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pillar of active inclusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 to %3 inhabitants may join as members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 with at least %2 inhabitants may join as members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 with up to %2 inhabitants may join as members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may join as members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>amount and currency</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail addresses and phone numbers are left out; the KB holds them on each person&apos;s record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (as of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Founded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headquarters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Membership of %1, which the working group belongs to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who may join</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the network&apos;s words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fees and conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to join</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How a working group starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The KB holds no eligibility rules or fees for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working groups and forums</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (chair: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forums</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it works on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The KB knows one member of %1 by name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The KB knows %1 members of %2 by name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members by country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (the date has passed; the KB has no newer news)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postponed events are marked POSTPONED: the KB has no new date for them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events by year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relevant practices and their outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practices by success factor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>practices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practices by theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 more practices are in the KB; this briefing shows the first %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the network said in its interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the networks said in their interviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interview with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommendations and actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommendation %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Challenge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each figure is as its source gives it; figures of different cities may rest on different definitions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network &quot;%1&quot; could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Briefing on a network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who %1 is, who may join and how, what its working groups do, what is coming up, which practices came through it and what it said when interviewed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Briefing on the network %1, from the CityKB knowledge base %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key facts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joining: who may, how, and at what cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practices that came through %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>working group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The working group &quot;%1&quot; could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Briefing on a working group of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Briefing on a working group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What %1 works on, its work plan, how to take part and how a group starts, its members, its meetings, and what its network said.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Briefing on the working group %1, from the CityKB knowledge base %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EU policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taking part and starting a working group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practices presented at the group&apos;s meetings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The working group was not interviewed itself; this is what %1 said.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work plan %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The objectives and actions as the work plan sets them out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No objectives recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objective %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EU policy: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The theme &quot;%1&quot; could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Briefing on a %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where %1 fits among the networks and working groups, which practices worked on it and what came of them, and what the networks said about it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Briefing on the %1 %2, from the CityKB knowledge base %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vocabulary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also called</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Through networks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Networks and working groups where it fits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ranked by how strongly the KB ties them to %1: practices on it that came through them, and the term in their names, focus, EU policy or work plans.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network or working group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practices classified under %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events where it came up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answers that mention %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The KB has nothing on the %1 &quot;%2&quot; to brief on: no practice, network, interview or recommendation names it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The city &quot;%1&quot; could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Briefing on a city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in figures, the networks and working groups it belongs to, its practices and what came of them, its events, and the cities that worked on the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Briefing on the city %1, from the CityKB knowledge base %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Population</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Networks and working groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practices of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cities that worked on the same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cities whose practices share the most themes, target groups, success factors and instruments with those of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overlap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In common</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scope &quot;practices:&quot; needs the ids or keys of one or more practices, separated by commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 selected practices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Briefing on selected practices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the practices did, what came of them, the networks they came through and where they were presented.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Briefing on selected practices, from the CityKB knowledge base %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The networks they came through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where they were presented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scope &quot;query:&quot; needs the text to search for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search &quot;%1&quot; finds nothing to brief on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>filters only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Briefing on a search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the knowledge base holds on the search &quot;%1&quot;: networks and working groups, practices and their outcomes, events, interviews and recommendations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Briefing on the search &quot;%1&quot;, from the CityKB knowledge base %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 = %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type = %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searched for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing matched &quot;%1&quot; as typed; these are the results for &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practices the search found, best match first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answers the search found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scope &quot;%1&quot; is not one of network:NAME, working-group:NAME, theme:NAME, city:NAME, practices:ID,ID,... or query:TEXT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scope &quot;%1&quot; needs a name or text after the colon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The briefing was cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BulkEdit</name>
    <message>
        <source>Bulk Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulk edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;List:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List to change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add or remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record to add or remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>&quot;%1&quot; does not take the option %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 See &quot;citykb-cli --help&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a record type: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a record type; use one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a citykb-cli command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;init&quot; takes no arguments besides --empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created a KB at %1 with %2 records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;stats&quot; takes no arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KB %1 (schema %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  store revision   %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  index revision   %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;list&quot; takes one record type; filter with --filter FIELD=VALUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2 of %3 %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;show&quot; needs a record type and one id, key or name (quote a name with spaces)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;export&quot; needs what to export: bundle or responses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;export bundle&quot; takes no arguments besides -o FILE and --personal-data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;export bundle&quot; needs -o FILE.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1, with e-mail addresses and phone numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 (e-mail addresses and phone numbers withheld; --personal-data includes them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;export responses&quot; takes no arguments besides --questionnaire, --format, -o FILE and --personal-data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;export responses&quot; needs --questionnaire ID|KEY|TITLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;export responses&quot; needs --format csv, xlsx or json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format takes csv, xlsx or json, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;export responses&quot; needs -o FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1: %2 responses to &quot;%3&quot;, %4 questions, with e-mail addresses and phone numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1: %2 responses to &quot;%3&quot;, %4 questions (e-mail addresses and phone numbers withheld; --personal-data includes them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;import&quot; needs at least one file or folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1: %2 new records, %3 replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 records that exist were kept as they are: the bundle has no personal data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filled in %1 as the document &quot;%2&quot; (%3): %4 sections, %5 links.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 as the document &quot;%2&quot; (%3): %4 sections, %5 links.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filled-in questionnaires: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New networks (subjects the KB did not know): %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;relink&quot; takes no arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked %1 documents again: %2 changed, %3 links in all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;check&quot; takes no arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The KB at %1 is healthy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>store: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>index: </source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The KB at %1 has %n problem(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;backup&quot; needs -o FILE and nothing else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote a backup of %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;restore&quot; needs exactly one backup file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored %1 from %2; the previous state is in its backups folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The standard input cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2, not a JSON file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds more than 64 MiB, which is no single record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not valid JSON (%2 at byte %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no JSON object; a record is one object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1 &quot;%2&quot; (revision %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;add&quot; needs a record type and --json FILE (or --json - to read standard input)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;edit&quot; needs a record type, one id, key or name (quote a name with spaces), and --set or --json FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;edit&quot; needs what to change: --set FIELD=VALUE or --json FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;delete&quot; needs a record type and one id, key or name (quote a name with spaces)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved %1 &quot;%2&quot; to the trash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;citykb-cli trash restore %1 %2&quot; brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) in the trash</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;trash restore&quot; needs a record type and the key of the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored %1 &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n other record(s) got their link back.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;trash empty&quot; takes no arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Emptied the trash: %n record(s) deleted for good.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;trash %1&quot; is not a trash command; use &quot;trash&quot;, &quot;trash restore TYPE KEY&quot; or &quot;trash empty&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;history&quot; needs a record type and one id, key or name (quote a name with spaces)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; (id %3), in the trash since %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; (id %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created</source>
        <comment>a version of a record</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restored</source>
        <comment>a version of a record</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed</source>
        <comment>a version of a record</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revision %1  %2  %3  (current)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revision %1  %2  %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;revert&quot; needs a record type, one id, key or name, and --to REVISION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; is as it was at revision %3 again, as revision %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;erase&quot; erases people only: &quot;erase people ID|KEY|NAME&quot;; other records are deleted with &quot;delete&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;erase people&quot; needs one id, key or name (quote a name with spaces)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did you mean: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n result(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;search&quot; needs a query (quote it when it has spaces) or a --facet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;similar&quot; needs a record type and one id, key or name (quote a name with spaces)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;reindex&quot; takes no arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reindexed %1 records in %2 s (%3 records/s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;export briefing&quot; takes no arguments besides --scope SCOPE, --format, --language, --personal-data, --style DIR and -o FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--language takes %1, not &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;export briefing&quot; needs --scope SCOPE: network:NAME, working-group:NAME, theme:NAME, city:NAME, practices:ID,ID,... or query:TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;export briefing&quot; needs -o FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--type and --facet go with a query:TEXT scope only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format must be pdf, html or md, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The style folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--filter needs FIELD=VALUE, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--facet needs FIELD=VALUE, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a number from 0 to 10000, not &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--set needs FIELD=VALUE, FIELD+=VALUE or FIELD-=VALUE, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a revision number, not &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an option of citykb-cli</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create a KB, seeded from the curated dataset unless --empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record counts per type, the store and index revisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>records of a type; F is a field, a reference or a list
(list practices --filter city=Bologna --filter theme=employment);
sorted by title unless --sort (&quot;-&quot; for descending)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one record with the records that link to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the whole KB as one JSON bundle; imports back unchanged.
E-mail addresses and phone numbers are withheld unless
--personal-data; such a bundle never overwrites on import</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>find the records each document mentions again (after new records)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>full-text search with facets, snippets and &quot;did you mean&quot;;
QUERY may hold words, &quot;phrases&quot;, AND/OR/NOT, +word -word, word*,
title:WORD and facet fields such as city:Bologna, network:ERRIN,
type:practice, theme:housing, year:2011..2013 (-city:X excludes);
F is one of type, network, working-group, city, country, theme,
target-group, success-factor, instrument, status, year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>records like this one (&quot;more like this&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a new record from a JSON object (- reads stdin); prints its key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change fields: F=V sets (F= clears), F+=V adds to a list,
F-=V takes out of one (themes+=housing); --json lays a JSON
object over the record first; a record saved since revision N
is refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>move a record to the trash (with --cascade, what belongs to it too)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what is in the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bring a record back from the trash, with its links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete what is in the trash for good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the versions of a record and what changed, field by field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write an earlier version again, as a new edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>erase a person everywhere: records, history, trash, index,
the backups in the KB&apos;s backups folder and its logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rebuild the search index from the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>store integrity (SQLite integrity and foreign keys) and index drift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a consistent copy of the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replace the store by a checked backup; the current one is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: citykb-cli [--kb DIR] COMMAND [ARGS] [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CityKB keeps the knowledge of European city networks in a local knowledge base (KB).
The KB folder is --kb DIR, else $CITYKB_HOME, else %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TYPE is one of: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options: --json prints one JSON document on stdout; --help; --version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit status: 0 success, 1 bad input, 2 usage error, 3 KB locked, damaged or of a newer schema.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. See &quot;citykb-cli --help&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No command given. See &quot;citykb-cli --help&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Argument %1 is not valid UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DisplayNames</name>
    <message>
        <source>Acronym</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chair city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checksum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eligibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EU policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Founded year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Founders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headquarters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to join</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Innovation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instruments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interview mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting frequency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members as of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memberships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Networks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New group rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Population</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Population year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Related</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Respondents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success factors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synonyms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vocabulary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success factor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FinderText</name>
    <message>
        <source>a city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a national government</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>national governments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a living lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>living labs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The KB does not say where its members may come from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It takes members from any country.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is a national network, and the KB does not say of which country.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is a national network of %1; enter the country to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is a national network of %1, the country entered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is a national network of %1 only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is for members in the EU; enter the country to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is for members in the EU, and %1 is an EU member state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is for members in the EU, and %1 is not an EU member state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is for European members; enter the country to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is for European members, and %1 is in Europe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is for European members; the KB cannot tell whether %1 counts as European.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is for European members, and %1 is not a European country.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The KB gives its scope as &quot;%1&quot;, which the finder cannot check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The KB does not say what kind of member it takes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its members are described as &quot;%1&quot;, which the finder cannot match to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its members are %1, and %2 is one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its members are %1, so %2 cannot join as a member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It takes members of %1 to %2 inhabitants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It takes members of at least %1 inhabitants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It takes members of at most %1 inhabitants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; enter the population to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, and %2 is fewer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, and %2 is more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, and %2 is within that range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It ran until %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It runs until %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first year is free of charge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Costs reimbursed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The KB holds no rules on who may join it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It meets every rule the KB holds for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Associated membership is another way in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rules of %1 apply. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>focus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EU policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>work plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One practice on %1 came through it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 practices on %2 came through it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its %1 mentions &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The country must be a two-letter ISO 3166 code such as NL or DE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The population must be a whole number of inhabitants above zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The working group &quot;%1&quot; belongs to the network &quot;%2&quot;, which the KB does not hold.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go Back to This Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>CityKB: the knowledge base of European city networks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The KB folder (default: $CITYKB_HOME or %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DIR</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>CityKB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Filters&lt;/b&gt; (click to keep, again to leave out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Search…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Documents…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import reports, work plans and transcripts (PDF, Word, LibreOffice, HTML, Markdown, text) or JSON bundles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Record…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a record of the type in view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Record…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the open record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected or open record to the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Del</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier versions of the open record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+H</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Trash…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted records, to restore or delete for good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bulk Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a theme, target group, network, city... to the selected records, or remove it, in one step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Peers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cities that worked on the same themes as the open city or practice (Ctrl+Shift+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Network Finder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The networks and working groups a city may join, with fees and coming events (Ctrl+Shift+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;More Like This</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search &amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About CityKB</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NetworkFinder</name>
    <message>
        <source>Network finder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which networks and working groups may your city, region or organisation join, at what cost, and how?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Inhabitants:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inhabitants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Member:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional, such as housing or youth employment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find Networks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Networks you may join</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Peers</name>
    <message>
        <source>Peers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peers of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peer cities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cities that worked on the same themes, target groups, success factors and instruments; open a city to see its practices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City or practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likeness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In common</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Networks shared</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeersText</name>
    <message>
        <source>Ask for at least one peer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>redone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <source>Record editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordPage</name>
    <message>
        <source>d MMMM yyyy</source>
        <comment>the format of a full date (QLocale)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <comment>the format of a month (QLocale)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success factor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Challenge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pillar of active inclusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>free text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes or no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes or no, with an explanation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one or more choices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contact details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>President</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vice chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Founders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner cities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Associated members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>postponed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ongoing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pilot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommendation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memberships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (as of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Founded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headquarters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to join</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting a new working group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Networks and projects within it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forums</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member cities and organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interviews about it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 to %3 inhabitants may join as members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 with at least %2 inhabitants may join as members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 with up to %2 inhabitants may join as members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may join as members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who may join</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>amount and currency</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>amount and period</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>amount and period</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EU policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member cities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work plan %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No objectives recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objective %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EU policy: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Networks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is new about it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presented at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>value and unit</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Challenges: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(lines %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classified as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success factors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instruments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Related practices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adapted from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Similar to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was adapted from this practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is part of this practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refers to this practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interviews with its networks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>population and year</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Population</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisations based there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chair city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practices presented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who took part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <comment>question number and text</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Respondents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>section %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also called</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taxonomy term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interview</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <source>Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Empty Trash…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>citykb::BulkEditDialog</name>
    <message>
        <source>Change a list of the selected record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change a list of the %1 selected records, as one step that Undo takes back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>citykb::FacetModel</name>
    <message>
        <source>Only records with “%1” are shown. Click to leave them out instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records with “%1” are left out. Click to clear this filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records with “%1”: %2. Click to show only these.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by %1: a click on a value shows only records with it, a second click leaves them out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>citykb::FilterChipsModel</name>
    <message>
        <source>%1: not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records with %1 “%2” are left out; remove the filter to show them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only records with %1 “%2” are shown; remove the filter to show all.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>citykb::HistoryDialog</name>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in the trash. Its versions, newest first:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The versions of %1, newest first. Choose one to see what it changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(first version)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no field changed)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>citykb::KbOpener</name>
    <message>
        <source>CityKB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The knowledge base at %1 cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Another Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a New Knowledge Base…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a Knowledge Base Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a Folder for the New Knowledge Base</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>citykb::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CityKB will speak %1 when you start it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>citykb::ListColumns</name>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset Columns</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>citykb::MainWindow</name>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network finder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved searches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Select a record to read it here.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search practices, networks, interviews… (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 records, store revision %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records like the one open: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About %1 results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing results for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did you mean %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove filter %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the records to change in a list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents (*.pdf *.docx *.odt *.html *.htm *.md *.txt *.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — saved meanwhile: %2; yours: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved Meanwhile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the version saved meanwhile, or save yours over it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep Theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

Move them to the trash too?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1 records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved to the trash. Undo (Ctrl+Z) brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulk Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to %1 of %2 records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from %1 of %2 records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing 1 file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1 files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching CityKB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Type words to find records, document sections and interview answers that hold them. Results update while you type.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;code&gt;&quot;social action&quot;&lt;/code&gt; finds the phrase;&lt;/li&gt;&lt;li&gt;&lt;code&gt;housing AND youth&lt;/code&gt;, &lt;code&gt;housing OR homelessness&lt;/code&gt;, &lt;code&gt;housing NOT london&lt;/code&gt;, &lt;code&gt;+word&lt;/code&gt;, &lt;code&gt;-word&lt;/code&gt;;&lt;/li&gt;&lt;li&gt;&lt;code&gt;appren*&lt;/code&gt; finds words that begin so;&lt;/li&gt;&lt;li&gt;&lt;code&gt;city:Bologna&lt;/code&gt;, &lt;code&gt;network:Eurotowns&lt;/code&gt;, &lt;code&gt;theme:housing&lt;/code&gt;, &lt;code&gt;type:practices&lt;/code&gt;, &lt;code&gt;year:2011..2013&lt;/code&gt;; &lt;code&gt;-city:London&lt;/code&gt; leaves out;&lt;/li&gt;&lt;li&gt;&lt;code&gt;title:word&lt;/code&gt; searches titles only.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Synonyms from the vocabularies are found too: &quot;people helping people&quot; finds &quot;social action&quot;. A misspelt word gets a &quot;did you mean&quot;.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About CityKB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;CityKB %1&lt;/h3&gt;&lt;p&gt;The knowledge base of European city networks: networks, working groups, cities, good practices, events, interviews and source documents, searchable in one place.&lt;/p&gt;&lt;p&gt;Built on %2.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>citykb::NetworkFinderWidget</name>
    <message>
        <source>May join</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot join as asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The KB cannot tell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Enter your country, the number of inhabitants and the kind of member, then &lt;b&gt;Find Networks&lt;/b&gt;.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Looking…&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another way in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to join:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coming up:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;The KB holds no networks yet.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>citykb::OverviewWidget</name>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practices by theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practices by country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events by year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Networks by members</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>citykb::PeersWidget</name>
    <message>
        <source>Looking for cities like %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No city shares a theme, target group, success factor or instrument with %1 yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cities that worked on what %1 worked on, most alike first. Open one to read its page; its practices are below it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 term in common</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n terms in common</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Same challenge: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>citykb::RecordEditor</name>
    <message>
        <source>New %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new %1. Fields in bold are required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, as saved at revision %2. Fields in bold are required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON, as docs/data-model.md describes this field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>made from the title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to find one to add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a row to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the row from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read as the field needs.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>citykb::RecordListModel</name>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>citykb::SearchResultsModel</name>
    <message>
        <source>No record matches &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interview: %1, question %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interview: %1, question %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document: %1, section %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document: %1, section %2 (page %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>citykb::TrashDialog</name>
    <message>
        <source>The trash is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted records. Restore brings a record back with its links.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the record in the trash for good? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the %1 records in the trash for good? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
