<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Chorus::Ui::CountdownPage</name>
    <message numerus="yes">
        <location filename="../countdownpage.cpp" line="41"/>
        <location filename="../countdownpage.cpp" line="198"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../countdownpage.cpp" line="43"/>
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../countdownpage.cpp" line="45"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../countdownpage.cpp" line="207"/>
        <source>%n minute(s) left — post together!</source>
        <translation>
            <numerusform>%n minute left — post together!</numerusform>
            <numerusform>%n minutes left — post together!</numerusform>
        </translation>
    </message>
</context>
</TS>
