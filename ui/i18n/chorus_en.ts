<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Chorus::Ui::CheckinChart</name>
    <message numerus="yes">
        <location filename="../checkinchart.cpp" line="123"/>
        <source>per %n minute(s)</source>
        <translation>
            <numerusform>per minute</numerusform>
            <numerusform>per %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../checkinchart.cpp" line="124"/>
        <source>per %n hour(s)</source>
        <translation>
            <numerusform>per hour</numerusform>
            <numerusform>per %n hours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Chorus::Ui::CountdownPage</name>
    <message numerus="yes">
        <location filename="../countdownpage.cpp" line="44"/>
        <location filename="../countdownpage.cpp" line="257"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../countdownpage.cpp" line="46"/>
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../countdownpage.cpp" line="48"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../countdownpage.cpp" line="266"/>
        <source>%n minute(s) left — post together!</source>
        <translation>
            <numerusform>%n minute left — post together!</numerusform>
            <numerusform>%n minutes left — post together!</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../countdownpage.cpp" line="223"/>
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Chorus::Ui::OrganizePanel</name>
    <message numerus="yes">
        <location filename="../organizepanel.cpp" line="707"/>
        <source>Saved %n participant(s) to %1.</source>
        <translation>
            <numerusform>Saved %n participant to %1.</numerusform>
            <numerusform>Saved %n participants to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../organizepanel.cpp" line="756"/>
        <source>The audience is now the %n sign-up(s), by zone; the Plan page ranks the hours for them. Edit ▸ Undo brings the previous audience back.</source>
        <translation>
            <numerusform>The audience is now the %n sign-up, by zone; the Plan page ranks the hours for them. Edit ▸ Undo brings the previous audience back.</numerusform>
            <numerusform>The audience is now the %n sign-ups, by zone; the Plan page ranks the hours for them. Edit ▸ Undo brings the previous audience back.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Chorus::Ui::PulsePanel</name>
    <message numerus="yes">
        <location filename="../pulsepanel.cpp" line="349"/>
        <source>Catching up: %n page(s) read…</source>
        <translation>
            <numerusform>Catching up: %n page read…</numerusform>
            <numerusform>Catching up: %n pages read…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Chorus::Ui::TakePartPanel</name>
    <message numerus="yes">
        <location filename="../takepartpanel.cpp" line="530"/>
        <source>%n people are posting with you</source>
        <translation>
            <numerusform>%n person is posting with you</numerusform>
            <numerusform>%n people are posting with you</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../takepartpanel.cpp" line="532"/>
        <source>%n people have joined</source>
        <translation>
            <numerusform>%n person has joined</numerusform>
            <numerusform>%n people have joined</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FanPage</name>
    <message numerus="yes">
        <location filename="../../core/share/fanpagestrings.cpp" line="106"/>
        <source>%n day(s)</source>
        <extracomment>Ticking countdown: whole days before the start.</extracomment>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/share/fanpagestrings.cpp" line="108"/>
        <source>%n hour(s)</source>
        <extracomment>Spoken countdown.</extracomment>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/share/fanpagestrings.cpp" line="110"/>
        <source>%n minute(s)</source>
        <extracomment>Spoken countdown, and the time left during the hour.</extracomment>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/share/fanpagestrings.cpp" line="112"/>
        <source>live now — %n minute(s) left</source>
        <extracomment>The countdown during the hour.</extracomment>
        <translation>
            <numerusform>live now — %n minute left</numerusform>
            <numerusform>live now — %n minutes left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/share/fanpagestrings.cpp" line="114"/>
        <source>%n joined</source>
        <extracomment>Part of the line &quot;3 joined · 2 ready · 1 posted&quot;: people who joined the hour.</extracomment>
        <translation>
            <numerusform>%n joined</numerusform>
            <numerusform>%n joined</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/share/fanpagestrings.cpp" line="116"/>
        <source>%n ready</source>
        <extracomment>Part of the line &quot;3 joined · 2 ready · 1 posted&quot;: people ready to post.</extracomment>
        <translation>
            <numerusform>%n ready</numerusform>
            <numerusform>%n ready</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/share/fanpagestrings.cpp" line="118"/>
        <source>%n posted</source>
        <extracomment>Part of the line &quot;3 joined · 2 ready · 1 posted&quot;: people who have posted.</extracomment>
        <translation>
            <numerusform>%n posted</numerusform>
            <numerusform>%n posted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/share/fanpagestrings.cpp" line="122"/>
        <source>%n of %1 have joined</source>
        <extracomment>The supporter goal: %n people joined out of %1 (e.g. &quot;1,234 of 5,000 have joined&quot;).</extracomment>
        <translation>
            <numerusform>%n of %1 has joined</numerusform>
            <numerusform>%n of %1 have joined</numerusform>
        </translation>
    </message>
</context>
</TS>
