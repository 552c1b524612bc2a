<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>FanPage</name>
    <message>
        <location filename="../../core/share/fanpagestrings.cpp" line="30"/>
        <source>Language</source>
        <extracomment>Label of the row of buttons that switch the page&apos;s language.</extracomment>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../core/share/fanpagestrings.cpp" line="32"/>
        <source>When, on your clock</source>
        <extracomment>Heading over the start time, which is shown in the reader&apos;s own time zone.</extracomment>
        <translation>Cuándo, en tu reloj</translation>
    </message>
    <message>
        <location filename="../../core/share/fanpagestrings.cpp" line="34"/>
        <source>until %1</source>
        <extracomment>%1 is the end time, e.g. &quot;until 6:00 PM&quot;.</extracomment>
        <translation>hasta %1</translation>
    </message>
    <message>
        <location filename="../../core/share/fanpagestrings.cpp" line="36"/>
        <source>Your time zone: %1</source>
        <extracomment>%1 is the zone&apos;s name, e.g. &quot;Asia/Tokyo (Japan Standard Time), UTC+09:00&quot;.</extracomment>
        <translation>Tu zona horaria: %1</translation>
    </message>
    <message>
        <location filename="../../core/share/fanpagestrings.cpp" line="38"/>
        <source>%1 (%2), UTC%3</source>
        <extracomment>%1 the zone&apos;s identifier, %2 its long name, %3 its offset (&quot;+09:00&quot;).</extracomment>
        <translation>%1 (%2), UTC%3</translation>
    </message>
    <message>
        <location filename="../../core/share/fanpagestrings.cpp" line="41"/>
        <source>Starts %1 (UTC). Turn on JavaScript to see your local time.</source>
        <extracomment>Shown to readers whose browser runs no JavaScript; %1 is the start in UTC.</extracomment>
        <translation>Inicio: %1 (UTC). Activa JavaScript para ver la hora local.</translation>
    </message>
    <message>
        <location filename="../../core/share/fanpagestrings.cpp" line="42"/>
        <source>Add to calendar (.ics)</source>
        <translation>Agregar al calendario (.ics)</translation>
    </message>
    <message>
        <location filename="../../core/share/fanpagestrings.cpp" line="44"/>
        <source>Google Calendar</source>
        <extracomment>The product&apos;s name as the reader&apos;s language writes it.</extracomment>
        <translation>Google Calendar</translation>
    </message>
    <message>
        <location filename="../../core/share/fanpagestrings.cpp" line="45"/>
        <source>Outlook</source>
        <translation>Outlook</translation>
    </message>
    <message>
        <location filename="../../core/share/fanpagestrings.cpp" line="46"/>
        <source>Your post</source>
        <translation>Tu publicación</translation>
    </message>
    <message>
        <location filename="../../core/share/fanpagestrings.cpp" line="47"/>
        <source>Copy one, change a word or two, and post it at the start. Identical copies get filtered.</source>
        <translation>Copia una, cambia una o dos palabras y publícala al comenzar. Las copias idénticas se filtran.</translation>
    </message>
    <message>
        <location filename="../../core/share/fanpagestrings.cpp" line="50"/>
        <source>Shuffle wording</source>
        <extracomment>Button: picks other wordings for the posts, so fans&apos; posts differ.</extracomment>
        <translation>Variar el texto</translation>
    </message>
    <message>
        <location filename="../../core/share/fanpagestrings.cpp" line="51"/>
        <source>Your Mastodon server (for the Mastodon button)</source>
        <translation>Tu servidor de Mastodon (para el botón de Mastodon)</translation>
    </message>
    <message>
        <location filename="../../core/share/fanpagestrings.cpp" line="52"/>
        <source>Join the hour</source>
        <translation>Únete al evento</translation>
    </message>
    <message>
        <location filename="../../core/share/fanpagestrings.cpp" line="53"/>
        <source>Your handle</source>
        <translation>Tu nombre de usuario</translation>
    </message>
    <message>
        <location filename="../../core/share/fanpagestrings.cpp" line="55"/>
        <source>@you</source>
        <extracomment>Example in the empty handle field: a user name with an @.</extracomment>
        <translation>@tu_usuario</translation>
    </message>
    <message>
        <location filename="../../core/share/fanpagestrings.cpp" line="56"/>
        <source>Platform</source>
        <translation>Plataforma</translation>
    </message>
    <message>
        <location filename="../../core/share/fanpagestrings.cpp" line="58"/>
        <source>Join</source>
        <extracomment>Button: sign up for the hour with the check-in service.</extracomment>
        <translation>Unirme</translation>
    </message>
    <message>
        <location filename="../../core/share/fanpagestrings.cpp" line="59"/>
        <source>I&apos;m ready</source>
        <translation>Todo listo</translation>
    </message>
    <message>
        <location filename="../../core/share/fanpagestrings.cpp" line="60"/>
        <source>I posted</source>
        <translation>Ya publiqué</translation>
    </message>
    <message>
        <location filename="../../core/share/fanpagestrings.cpp" line="61"/>
        <source>Made with Chorus. This page works offline; the times come from your device&apos;s clock and zone.</source>
        <translation>Hecho con Chorus. Esta página funciona sin conexión; las horas salen del reloj y la zona horaria de tu dispositivo.</translation>
    </message>
    <message>
        <location filename="../../core/share/fanpagestrings.cpp" line="64"/>
        <source>starts in %1</source>
        <extracomment>The ticking countdown; %1 is e.g. &quot;4 days 3 h 12 min 5 s&quot;.</extracomment>
        <translation>empieza en %1</translation>
    </message>
    <message>
        <location filename="../../core/share/fanpagestrings.cpp" line="66"/>
        <source>%1 h</source>
        <extracomment>Short unit in the ticking countdown.</extracomment>
        <translation>%1 h</translation>
    </message>
    <message>
        <location filename="../../core/share/fanpagestrings.cpp" line="68"/>
        <source>%1 min</source>
        <extracomment>Short unit in the ticking countdown.</extracomment>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../../core/share/fanpagestrings.cpp" line="70"/>
        <source>%1 s</source>
        <extracomment>Short unit in the ticking countdown.</extracomment>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../../core/share/fanpagestrings.cpp" line="72"/>
        <source>ended</source>
        <extracomment>The countdown once the hour is over.</extracomment>
        <translation>terminado</translation>
    </message>
    <message>
        <location filename="../../core/share/fanpagestrings.cpp" line="75"/>
        <source>The hour starts in %1.</source>
        <extracomment>Read out by screen readers at milestones (a day, an hour, 15 minutes… before); %1 is e.g. &quot;4 days, 3 hours, 12 minutes&quot;.</extracomment>
        <translation>El evento empieza en %1.</translation>
    </message>
    <message>
        <location filename="../../core/share/fanpagestrings.cpp" line="77"/>
        <source>It is on: %1 left. Post now!</source>
        <extracomment>Read out by screen readers during the hour; %1 is e.g. &quot;15 minutes&quot;.</extracomment>
        <translation>¡Ya empezó! Quedan %1. ¡Publica ahora!</translation>
    </message>
    <message>
        <location filename="../../core/share/fanpagestrings.cpp" line="78"/>
        <source>The hour has ended. Thank you!</source>
        <translation>El evento terminó. ¡Gracias!</translation>
    </message>
    <message>
        <location filename="../../core/share/fanpagestrings.cpp" line="80"/>
        <source>Post %1</source>
        <extracomment>Accessible name of one suggested post; %1 is its number.</extracomment>
        <translation>Publicación %1</translation>
    </message>
    <message>
        <location filename="../../core/share/fanpagestrings.cpp" line="81"/>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <location filename="../../core/share/fanpagestrings.cpp" line="83"/>
        <source>Copy post %1</source>
        <extracomment>Accessible name of a Copy button; %1 is the post&apos;s number.</extracomment>
        <translation>Copiar la publicación %1</translation>
    </message>
    <message>
        <location filename="../../core/share/fanpagestrings.cpp" line="84"/>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
    <message>
        <location filename="../../core/share/fanpagestrings.cpp" line="85"/>
        <source>Post copied.</source>
        <translation>Publicación copiada.</translation>
    </message>
    <message>
        <location filename="../../core/share/fanpagestrings.cpp" line="86"/>
        <source>Post on X</source>
        <translation>Publicar en X</translation>
    </message>
    <message>
        <location filename="../../core/share/fanpagestrings.cpp" line="87"/>
        <source>Post on Bluesky</source>
        <translation>Publicar en Bluesky</translation>
    </message>
    <message>
        <location filename="../../core/share/fanpagestrings.cpp" line="88"/>
        <source>Post on Mastodon</source>
        <translation>Publicar en Mastodon</translation>
    </message>
    <message>
        <location filename="../../core/share/fanpagestrings.cpp" line="89"/>
        <source>Type your Mastodon server first.</source>
        <translation>Primero escribe tu servidor de Mastodon.</translation>
    </message>
    <message>
        <location filename="../../core/share/fanpagestrings.cpp" line="90"/>
        <source>Joining…</source>
        <translation>Uniéndote…</translation>
    </message>
    <message>
        <location filename="../../core/share/fanpagestrings.cpp" line="91"/>
        <source>You&apos;re in. Come back at the start!</source>
        <translation>¡Ya estás dentro! Vuelve cuando empiece.</translation>
    </message>
    <message>
        <location filename="../../core/share/fanpagestrings.cpp" line="93"/>
        <source>Could not join: %1</source>
        <extracomment>%1 is the reason, in English, from the check-in service.</extracomment>
        <translation>No pudimos registrarte: %1</translation>
    </message>
    <message>
        <location filename="../../core/share/fanpagestrings.cpp" line="94"/>
        <source>Marked ready.</source>
        <translation>Anotado: todo listo.</translation>
    </message>
    <message>
        <location filename="../../core/share/fanpagestrings.cpp" line="95"/>
        <source>Thank you for posting!</source>
        <translation>¡Gracias por publicar!</translation>
    </message>
    <message>
        <location filename="../../core/share/fanpagestrings.cpp" line="97"/>
        <source>Could not check in: %1</source>
        <extracomment>%1 is the reason, in English, from the check-in service.</extracomment>
        <translation>No se pudo registrar: %1</translation>
    </message>
    <message>
        <location filename="../../core/share/fanpagestrings.cpp" line="99"/>
        <source>the service answered %1</source>
        <extracomment>The reason given when the service said no without saying why; %1 is an HTTP status.</extracomment>
        <translation>el servicio respondió %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/share/fanpagestrings.cpp" line="101"/>
        <source>%n day(s)</source>
        <extracomment>Ticking countdown: whole days before the start.</extracomment>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/share/fanpagestrings.cpp" line="103"/>
        <source>%n hour(s)</source>
        <extracomment>Spoken countdown.</extracomment>
        <translation>
            <numerusform>%n hora</numerusform>
            <numerusform>%n horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/share/fanpagestrings.cpp" line="105"/>
        <source>%n minute(s)</source>
        <extracomment>Spoken countdown, and the time left during the hour.</extracomment>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/share/fanpagestrings.cpp" line="107"/>
        <source>live now — %n minute(s) left</source>
        <extracomment>The countdown during the hour.</extracomment>
        <translation>
            <numerusform>en vivo: queda %n minuto</numerusform>
            <numerusform>en vivo: quedan %n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/share/fanpagestrings.cpp" line="109"/>
        <source>%n joined</source>
        <extracomment>Part of the line &quot;3 joined · 2 ready · 1 posted&quot;: people who joined the hour.</extracomment>
        <translation>
            <numerusform>%n participante</numerusform>
            <numerusform>%n participantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/share/fanpagestrings.cpp" line="111"/>
        <source>%n ready</source>
        <extracomment>Part of the line &quot;3 joined · 2 ready · 1 posted&quot;: people ready to post.</extracomment>
        <translation>
            <numerusform>%n listo</numerusform>
            <numerusform>%n listos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/share/fanpagestrings.cpp" line="113"/>
        <source>%n posted</source>
        <extracomment>Part of the line &quot;3 joined · 2 ready · 1 posted&quot;: people who have posted.</extracomment>
        <translation>
            <numerusform>%n publicó</numerusform>
            <numerusform>%n publicaron</numerusform>
        </translation>
    </message>
</context>
</TS>
