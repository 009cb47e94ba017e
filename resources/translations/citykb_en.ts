<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>Cli</name>
    <message numerus="yes">
        <source>The KB at %1 has %n problem(s).</source>
        <translation>
            <numerusform>The KB at %1 has %n problem.</numerusform>
            <numerusform>The KB at %1 has %n problems.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) in the trash</source>
        <translation>
            <numerusform>%n record in the trash</numerusform>
            <numerusform>%n records in the trash</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other record(s) got their link back.</source>
        <translation>
            <numerusform>%n other record got its link back.</numerusform>
            <numerusform>%n other records got their link back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Emptied the trash: %n record(s) deleted for good.</source>
        <translation>
            <numerusform>Emptied the trash: %n record deleted for good.</numerusform>
            <numerusform>Emptied the trash: %n records deleted for good.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n result</numerusform>
            <numerusform>%n results</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n result(s)</source>
        <translation>
            <numerusform>about %n result</numerusform>
            <numerusform>about %n results</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>citykb::BriefingDialog</name>
    <message numerus="yes">
        <source>Export Briefing on the %n Selected Practices…</source>
        <translation>
            <numerusform>Export Briefing on the %n Selected Practice…</numerusform>
            <numerusform>Export Briefing on the %n Selected Practices…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pages</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>citykb::PeersWidget</name>
    <message numerus="yes">
        <source>%n terms in common</source>
        <translation>
            <numerusform>%n term in common</numerusform>
            <numerusform>%n terms in common</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>citykb::QuestionnaireEditor</name>
    <message numerus="yes">
        <source>Version %1 (%2): %3, %n questions</source>
        <translation>
            <numerusform>Version %1 (%2): %3, %n question</numerusform>
            <numerusform>Version %1 (%2): %3, %n questions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;%n questions asked as before.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;%n question asked as before.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;%n questions asked as before.&lt;/p&gt;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>citykb::ResponseComparisonView</name>
    <message numerus="yes">
        <source>%1 — %n responses shown.</source>
        <translation>
            <numerusform>%1 — %n response shown.</numerusform>
            <numerusform>%1 — %n responses shown.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n answered</source>
        <translation>
            <numerusform>%1 of %n answered</numerusform>
            <numerusform>%1 of %n answered</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>citykb::ResponseExportDialog</name>
    <message numerus="yes">
        <source>Exported %n responses to %1, with e-mail addresses and phone numbers.</source>
        <translation>
            <numerusform>Exported %n response to %1, with e-mail addresses and phone numbers.</numerusform>
            <numerusform>Exported %n responses to %1, with e-mail addresses and phone numbers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n responses to %1, without e-mail addresses and phone numbers.</source>
        <translation>
            <numerusform>Exported %n response to %1, without e-mail addresses and phone numbers.</numerusform>
            <numerusform>Exported %n responses to %1, without e-mail addresses and phone numbers.</numerusform>
        </translation>
    </message>
</context>
</TS>
