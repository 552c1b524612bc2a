<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>Chorus::Ui::AudienceModel</name>
    <message>
        <location filename="../audiencemodel.cpp" line="88"/>
        <source>ddd d MMM</source>
        <comment>QDate::toString pattern of a local day</comment>
        <translation>ddd d MMM</translation>
    </message>
    <message>
        <location filename="../audiencemodel.cpp" line="105"/>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <location filename="../audiencemodel.cpp" line="106"/>
        <source>Zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <location filename="../audiencemodel.cpp" line="107"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../audiencemodel.cpp" line="108"/>
        <source>Weight</source>
        <translation>Peso</translation>
    </message>
    <message>
        <location filename="../audiencemodel.cpp" line="109"/>
        <source>Share</source>
        <translation>Proporción</translation>
    </message>
    <message>
        <location filename="../audiencemodel.cpp" line="110"/>
        <source>Local start</source>
        <translation>Inicio local</translation>
    </message>
    <message>
        <location filename="../audiencemodel.cpp" line="137"/>
        <source>Change weight</source>
        <translation>cambio de peso</translation>
    </message>
    <message>
        <location filename="../audiencemodel.cpp" line="148"/>
        <source>Add %1</source>
        <translation>agregar %1</translation>
    </message>
    <message>
        <location filename="../audiencemodel.cpp" line="167"/>
        <source>Remove a zone</source>
        <translation>quitar una zona horaria</translation>
    </message>
    <message>
        <location filename="../audiencemodel.cpp" line="167"/>
        <source>Remove %1 zones</source>
        <translation>quitar %1 zonas horarias</translation>
    </message>
</context>
<context>
    <name>Chorus::Ui::CheckinChart</name>
    <message>
        <location filename="../checkinchart.cpp" line="29"/>
        <source>Check-ins over time</source>
        <translation>Check-ins a lo largo del tiempo</translation>
    </message>
    <message numerus="yes">
        <location filename="../checkinchart.cpp" line="123"/>
        <source>per %n minute(s)</source>
        <translation>
            <numerusform>cada %n minuto</numerusform>
            <numerusform>cada %n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../checkinchart.cpp" line="124"/>
        <source>per %n hour(s)</source>
        <translation>
            <numerusform>cada %n hora</numerusform>
            <numerusform>cada %n horas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../checkinchart.cpp" line="144"/>
        <source>Check-ins from %1 to %2 (a bar %3): %4 joined, %5 ready, %6 posted. The tallest bar, at %7, has %8.</source>
        <translation>Check-ins de %1 a %2 (una barra %3): %4 se unieron, %5 listos, %6 publicaron. La barra más alta, a las %7, tiene %8.</translation>
    </message>
    <message>
        <location filename="../checkinchart.cpp" line="169"/>
        <source>joined</source>
        <translation>se unieron</translation>
    </message>
    <message>
        <location filename="../checkinchart.cpp" line="169"/>
        <source>ready</source>
        <translation>listos</translation>
    </message>
    <message>
        <location filename="../checkinchart.cpp" line="169"/>
        <source>posted</source>
        <translation>publicaron</translation>
    </message>
    <message>
        <location filename="../checkinchart.cpp" line="30"/>
        <location filename="../checkinchart.cpp" line="132"/>
        <location filename="../checkinchart.cpp" line="189"/>
        <source>No joins or check-ins yet.</source>
        <translation>Todavía no hay participantes ni check-ins.</translation>
    </message>
</context>
<context>
    <name>Chorus::Ui::CheckinsPage</name>
    <message>
        <location filename="../checkinspage.cpp" line="18"/>
        <source>Take part or organize</source>
        <translation>Participar u organizar</translation>
    </message>
    <message>
        <location filename="../checkinspage.cpp" line="22"/>
        <source>Take part</source>
        <translation>Participar</translation>
    </message>
    <message>
        <location filename="../checkinspage.cpp" line="23"/>
        <source>Organize</source>
        <translation>Organizar</translation>
    </message>
    <message>
        <location filename="../checkinspage.cpp" line="24"/>
        <source>Join the campaign and check in as a fan</source>
        <translation>Únete a la campaña y haz check-in como fan</translation>
    </message>
    <message>
        <location filename="../checkinspage.cpp" line="25"/>
        <source>Run the check-in service and watch who takes part</source>
        <translation>Ejecuta el servicio de check-in y mira quién participa</translation>
    </message>
</context>
<context>
    <name>Chorus::Ui::CountdownPage</name>
    <message numerus="yes">
        <location filename="../countdownpage.cpp" line="44"/>
        <location filename="../countdownpage.cpp" line="257"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../countdownpage.cpp" line="46"/>
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hora</numerusform>
            <numerusform>%n horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../countdownpage.cpp" line="48"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../countdownpage.cpp" line="69"/>
        <source>Time until the start</source>
        <translation>Tiempo hasta el inicio</translation>
    </message>
    <message>
        <location filename="../countdownpage.cpp" line="75"/>
        <source>Progress through the hour</source>
        <translation>Avance de la hora</translation>
    </message>
    <message>
        <location filename="../countdownpage.cpp" line="84"/>
        <source>Clock warning</source>
        <translation>Aviso sobre el reloj</translation>
    </message>
    <message>
        <location filename="../countdownpage.cpp" line="98"/>
        <source>Show times for:</source>
        <translation>Mostrar horarios para:</translation>
    </message>
    <message>
        <location filename="../countdownpage.cpp" line="194"/>
        <source>Starts %1 at %2 — your time (%3)</source>
        <translation>Empieza el %1 a las %2 — tu hora (%3)</translation>
    </message>
    <message>
        <location filename="../countdownpage.cpp" line="196"/>
        <source>Ends at %1</source>
        <translation>Termina a las %1</translation>
    </message>
    <message>
        <location filename="../countdownpage.cpp" line="199"/>
        <source>Ends %1 at %2</source>
        <translation>Termina el %1 a las %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../countdownpage.cpp" line="223"/>
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n segundo</numerusform>
            <numerusform>%n segundos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../countdownpage.cpp" line="227"/>
        <source>Your clock is %1 fast compared with the check-in service.</source>
        <translation>Tu reloj está %1 adelantado respecto del servicio de check-in.</translation>
    </message>
    <message>
        <location filename="../countdownpage.cpp" line="228"/>
        <source>Your clock is %1 slow compared with the check-in service.</source>
        <translation>Tu reloj está %1 atrasado respecto del servicio de check-in.</translation>
    </message>
    <message>
        <location filename="../countdownpage.cpp" line="230"/>
        <source>This countdown is corrected for it; set your clock right so that other apps agree.</source>
        <translation>Esta cuenta regresiva ya compensa la diferencia; pon tu reloj en hora para que las demás aplicaciones coincidan.</translation>
    </message>
    <message>
        <location filename="../countdownpage.cpp" line="259"/>
        <source>until the start</source>
        <translation>para el inicio</translation>
    </message>
    <message>
        <location filename="../countdownpage.cpp" line="265"/>
        <source>Live now</source>
        <translation>En vivo ahora</translation>
    </message>
    <message numerus="yes">
        <location filename="../countdownpage.cpp" line="266"/>
        <source>%n minute(s) left — post together!</source>
        <translation>
            <numerusform>Queda %n minuto — ¡publiquemos juntos!</numerusform>
            <numerusform>Quedan %n minutos — ¡publiquemos juntos!</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../countdownpage.cpp" line="272"/>
        <source>Ended</source>
        <translation>Terminó</translation>
    </message>
    <message>
        <location filename="../countdownpage.cpp" line="273"/>
        <source>Thank you for posting together.</source>
        <translation>Gracias por publicar con nosotros.</translation>
    </message>
    <message>
        <location filename="../countdownpage.cpp" line="279"/>
        <source>Next reminder: %1 before the start, at %2</source>
        <translation>Próximo recordatorio: %1 antes del inicio, el %2</translation>
    </message>
    <message>
        <location filename="../countdownpage.cpp" line="191"/>
        <source>dddd d MMMM yyyy</source>
        <comment>QDate::toString pattern of the start day</comment>
        <translation>dddd d &apos;de&apos; MMMM &apos;de&apos; yyyy</translation>
    </message>
    <message>
        <location filename="../countdownpage.cpp" line="201"/>
        <source>dddd d MMMM</source>
        <comment>QDate::toString pattern of the end day</comment>
        <translation>dddd d &apos;de&apos; MMMM</translation>
    </message>
</context>
<context>
    <name>Chorus::Ui::DetailsForm</name>
    <message>
        <location filename="../detailsform.cpp" line="49"/>
        <source>What the hour is for</source>
        <translation>Para qué es esta hora</translation>
    </message>
    <message>
        <location filename="../detailsform.cpp" line="51"/>
        <source>#YourHashtag</source>
        <translation>#TuHashtag</translation>
    </message>
    <message>
        <location filename="../detailsform.cpp" line="57"/>
        <source>Start date</source>
        <translation>Fecha de inicio</translation>
    </message>
    <message>
        <location filename="../detailsform.cpp" line="60"/>
        <source>Start time</source>
        <translation>Hora de inicio</translation>
    </message>
    <message>
        <location filename="../detailsform.cpp" line="61"/>
        <source>The start&apos;s date, in the zone chosen beside it</source>
        <translation>La fecha del inicio, en la zona horaria elegida al lado</translation>
    </message>
    <message>
        <location filename="../detailsform.cpp" line="62"/>
        <source>The start&apos;s time of day, in the zone chosen beside it</source>
        <translation>La hora del inicio, en la zona horaria elegida al lado</translation>
    </message>
    <message>
        <location filename="../detailsform.cpp" line="74"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../detailsform.cpp" line="75"/>
        <source>Duration in minutes</source>
        <translation>Duración en minutos</translation>
    </message>
    <message>
        <location filename="../detailsform.cpp" line="76"/>
        <source>How long the posting hour lasts</source>
        <translation>Cuánto dura la hora de publicaciones</translation>
    </message>
    <message>
        <location filename="../detailsform.cpp" line="78"/>
        <source>minutes before, e.g. 1440, 60, 10</source>
        <translation>minutos antes, p. ej., 1440, 60, 10</translation>
    </message>
    <message>
        <location filename="../detailsform.cpp" line="86"/>
        <source>Who runs the campaign, written into the calendar event</source>
        <translation>Quién lleva adelante la campaña; se escribe en el evento del calendario</translation>
    </message>
    <message>
        <location filename="../detailsform.cpp" line="88"/>
        <source>The organizer&apos;s e-mail address, written into the calendar event</source>
        <translation>El correo electrónico de quien organiza; se escribe en el evento del calendario</translation>
    </message>
    <message>
        <location filename="../detailsform.cpp" line="93"/>
        <source>in</source>
        <translation>en</translation>
    </message>
    <message>
        <location filename="../detailsform.cpp" line="101"/>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <location filename="../detailsform.cpp" line="102"/>
        <source>&amp;Hashtag:</source>
        <translation>&amp;Hashtag:</translation>
    </message>
    <message>
        <location filename="../detailsform.cpp" line="104"/>
        <source>&amp;Start:</source>
        <translation>&amp;Inicio:</translation>
    </message>
    <message>
        <location filename="../detailsform.cpp" line="110"/>
        <source>&amp;Duration:</source>
        <translation>&amp;Duración:</translation>
    </message>
    <message>
        <location filename="../detailsform.cpp" line="111"/>
        <source>&amp;Reminders:</source>
        <translation>&amp;Recordatorios:</translation>
    </message>
    <message>
        <location filename="../detailsform.cpp" line="113"/>
        <source>&amp;Link:</source>
        <translation>&amp;Enlace:</translation>
    </message>
    <message>
        <location filename="../detailsform.cpp" line="115"/>
        <source>&amp;Organizer:</source>
        <translation>&amp;Organizador(a):</translation>
    </message>
    <message>
        <location filename="../detailsform.cpp" line="116"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;Correo electrónico:</translation>
    </message>
    <message>
        <location filename="../detailsform.cpp" line="124"/>
        <source>Change title</source>
        <translation>cambio de título</translation>
    </message>
    <message>
        <location filename="../detailsform.cpp" line="132"/>
        <source>A hashtag is one word after #, without spaces.</source>
        <translation>Un hashtag es una sola palabra después de #, sin espacios.</translation>
    </message>
    <message>
        <location filename="../detailsform.cpp" line="136"/>
        <source>Change hashtag</source>
        <translation>cambio de hashtag</translation>
    </message>
    <message>
        <location filename="../detailsform.cpp" line="145"/>
        <source>Change duration</source>
        <translation>cambio de duración</translation>
    </message>
    <message>
        <location filename="../detailsform.cpp" line="153"/>
        <source>&apos;%1&apos; is not an http or https link.</source>
        <translation>&apos;%1&apos; no es un enlace http o https.</translation>
    </message>
    <message>
        <location filename="../detailsform.cpp" line="157"/>
        <source>Change link</source>
        <translation>cambio de enlace</translation>
    </message>
    <message>
        <location filename="../detailsform.cpp" line="161"/>
        <source>Change organizer</source>
        <translation>cambio de organizador(a)</translation>
    </message>
    <message>
        <location filename="../detailsform.cpp" line="165"/>
        <source>Change e-mail</source>
        <translation>cambio de correo electrónico</translation>
    </message>
    <message>
        <location filename="../detailsform.cpp" line="207"/>
        <source>= %1 UTC</source>
        <translation>= %1 UTC</translation>
    </message>
    <message>
        <location filename="../detailsform.cpp" line="258"/>
        <location filename="../detailsform.cpp" line="305"/>
        <source>Change start</source>
        <translation>cambio de inicio</translation>
    </message>
    <message>
        <location filename="../detailsform.cpp" line="262"/>
        <source>%1 does not exist in %2: the clocks jump from %3 to %4 (%5 → %6). Choose what you mean:</source>
        <translation>%1 no existe en %2: los relojes saltan de %3 a %4 (%5 → %6). Elige lo que quieres decir:</translation>
    </message>
    <message>
        <location filename="../detailsform.cpp" line="270"/>
        <source>%1 (%2 by the new clock)</source>
        <translation>%1 (%2 según el nuevo horario)</translation>
    </message>
    <message>
        <location filename="../detailsform.cpp" line="272"/>
        <source>%1 (%2, when the clocks change)</source>
        <translation>%1 (%2, cuando cambian los relojes)</translation>
    </message>
    <message>
        <location filename="../detailsform.cpp" line="277"/>
        <source>%1 happens twice in %2: the clocks go back from %3 to %4 (%5 → %6). Choose which one:</source>
        <translation>%1 ocurre dos veces en %2: los relojes retroceden de %3 a %4 (%5 → %6). Elige cuál:</translation>
    </message>
    <message>
        <location filename="../detailsform.cpp" line="284"/>
        <source>The first, %1 (%2)</source>
        <translation>La primera, %1 (%2)</translation>
    </message>
    <message>
        <location filename="../detailsform.cpp" line="286"/>
        <source>The second, %1 (%2)</source>
        <translation>La segunda, %1 (%2)</translation>
    </message>
    <message>
        <location filename="../detailsform.cpp" line="319"/>
        <source>%1 is listed twice.</source>
        <translation>%1 aparece dos veces.</translation>
    </message>
    <message>
        <location filename="../detailsform.cpp" line="325"/>
        <source>Change reminders</source>
        <translation>cambio de recordatorios</translation>
    </message>
</context>
<context>
    <name>Chorus::Ui::MainWindow</name>
    <message>
        <location filename="../mainwindow.cpp" line="64"/>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="65"/>
        <source>“%1” has changes that are not saved. Save them first?</source>
        <translation>“%1” tiene cambios sin guardar. ¿Quieres guardarlos primero?</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="73"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="111"/>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="112"/>
        <source>Check-ins</source>
        <translation>Check-ins</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="113"/>
        <source>Share</source>
        <translation>Compartir</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="100"/>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="102"/>
        <source>The campaign&apos;s pages: plan, countdown, messages, check-ins and share</source>
        <translation>Las páginas de la campaña: planificar, cuenta regresiva, mensajes, check-ins y compartir</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="109"/>
        <source>Plan</source>
        <translation>Planificar</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="110"/>
        <source>Countdown</source>
        <translation>Cuenta regresiva</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="154"/>
        <location filename="../mainwindow.cpp" line="515"/>
        <source>Chorus</source>
        <translation>Chorus</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="167"/>
        <source>%1 starts in %2</source>
        <translation>%1 empieza en %2</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="175"/>
        <source>%1 is live — post together now!</source>
        <translation>%1 está en vivo — ¡publiquemos juntos ahora!</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="317"/>
        <location filename="../mainwindow.cpp" line="327"/>
        <source>The last campaign could not be opened, so the sample is shown. %1</source>
        <translation>No se pudo abrir la última campaña, así que se muestra la de ejemplo. %1</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="207"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="173"/>
        <source>%1 is live — post together now! Click here to post on X now.</source>
        <translation>%1 está en vivo — ¡publiquemos juntos ahora! Haz clic aquí para publicar en X ahora.</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="181"/>
        <source>Keep Chorus running?</source>
        <translation>¿Mantener Chorus en ejecución?</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="182"/>
        <source>Chorus still has to make a post for you at the start. Keep it running in the tray? If it quits, that post is not made.</source>
        <translation>Chorus todavía tiene que hacer una publicación por ti al inicio. ¿Lo mantienes en ejecución en la bandeja del sistema? Si se cierra, esa publicación no se hará.</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="208"/>
        <source>&amp;New</source>
        <translation>&amp;Nuevo</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="209"/>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="210"/>
        <source>Open &amp;URL…</source>
        <translation>Abrir &amp;URL…</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="211"/>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;recientes</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="212"/>
        <source>Open the Sa&amp;mple Campaign</source>
        <translation>Abrir la campaña de e&amp;jemplo</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="217"/>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="218"/>
        <source>Save &amp;As…</source>
        <translation>Guardar &amp;como…</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="221"/>
        <source>&amp;Publish…</source>
        <translation>&amp;Publicar…</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="224"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="225"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="226"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="228"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="232"/>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="238"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="239"/>
        <source>&amp;About Chorus</source>
        <translation>&amp;Acerca de Chorus</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="240"/>
        <source>About Chorus</source>
        <translation>Acerca de Chorus</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="241"/>
        <source>&lt;h3&gt;Chorus %1&lt;/h3&gt;&lt;p&gt;Plan, publish and run a worldwide synchronized posting hour.&lt;/p&gt;&lt;p&gt;Time zones from the system&apos;s tz database.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Chorus %1&lt;/h3&gt;&lt;p&gt;Planifica, publica y lleva adelante una hora de publicaciones sincronizada en todo el mundo.&lt;/p&gt;&lt;p&gt;Zonas horarias de la base de datos tz del sistema.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="298"/>
        <location filename="../mainwindow.cpp" line="309"/>
        <source>%1 could not be opened, so the sample is shown. %2</source>
        <translation>No se pudo abrir %1, así que se muestra la de ejemplo. %2</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="340"/>
        <source>Opening %1…</source>
        <translation>Abriendo %1…</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="379"/>
        <source>New campaign</source>
        <translation>Campaña nueva</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="397"/>
        <source>Showing the sample campaign</source>
        <translation>Mostrando la campaña de ejemplo</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="399"/>
        <source>Opened %1</source>
        <translation>Se abrió %1</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="422"/>
        <source>Saved %1</source>
        <translation>Se guardó %1</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="436"/>
        <source>Save Campaign</source>
        <translation>Guardar campaña</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="437"/>
        <source>Chorus campaigns (*.chorus.json)</source>
        <translation>Campañas de Chorus (*.chorus.json)</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="455"/>
        <source>Chorus[*]</source>
        <translation>Chorus[*]</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="455"/>
        <source>%1[*] — Chorus</source>
        <translation>%1[*] — Chorus</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="491"/>
        <source>Open Campaign</source>
        <translation>Abrir campaña</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="491"/>
        <source>Chorus campaigns (*.chorus.json);;JSON files (*.json)</source>
        <translation>Campañas de Chorus (*.chorus.json);;Archivos JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="499"/>
        <source>Open Campaign from a Link</source>
        <translation>Abrir campaña desde un enlace</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="500"/>
        <source>Campaign link (https://…):</source>
        <translation>Enlace de la campaña (https://…):</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="506"/>
        <source>&apos;%1&apos; is not an http or https link.</source>
        <translation>&apos;%1&apos; no es un enlace http o https.</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="545"/>
        <source>Chorus keeps running here and posts for you at the start.</source>
        <translation>Chorus sigue en ejecución aquí y publica por ti al inicio.</translation>
    </message>
</context>
<context>
    <name>Chorus::Ui::MessagesPage</name>
    <message>
        <location filename="../messagespage.cpp" line="77"/>
        <source>X</source>
        <translation>X</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="79"/>
        <source>Bluesky</source>
        <translation>Bluesky</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="81"/>
        <source>Mastodon</source>
        <translation>Mastodon</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="89"/>
        <source>the campaign hashtag</source>
        <translation>el hashtag de la campaña</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="91"/>
        <source>the campaign link</source>
        <translation>el enlace de la campaña</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="93"/>
        <source>the start on the fan&apos;s clock (22:30, 9:00 PM)</source>
        <translation>el inicio en el reloj del fan (22:30, 9:00 PM)</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="95"/>
        <source>the start&apos;s date in the fan&apos;s zone</source>
        <translation>la fecha del inicio en la zona horaria del fan</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="97"/>
        <source>the fan&apos;s city</source>
        <translation>la ciudad del fan</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="99"/>
        <source>the fan&apos;s UTC offset (UTC+05:30)</source>
        <translation>el desfase UTC del fan (UTC+05:30)</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="141"/>
        <source>Templates</source>
        <translation>Plantillas</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="142"/>
        <source>The campaign&apos;s post templates; select one to edit it</source>
        <translation>Las plantillas de publicación de la campaña; selecciona una para editarla</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="149"/>
        <source>&amp;Add</source>
        <translation>&amp;Agregar</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="150"/>
        <source>Add a template after the selected one</source>
        <translation>Agregar una plantilla después de la seleccionada</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="151"/>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplicar</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="153"/>
        <source>Add a copy of the selected template, to write another version of it</source>
        <translation>Agregar una copia de la plantilla seleccionada, para escribir otra versión</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="154"/>
        <source>Remo&amp;ve</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="155"/>
        <source>Remove the selected template (Undo brings it back)</source>
        <translation>Quitar la plantilla seleccionada (Deshacer la recupera)</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="158"/>
        <source>Move up (Alt+Up)</source>
        <translation>Subir (Alt+↑)</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="159"/>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="162"/>
        <source>Move down (Alt+Down)</source>
        <translation>Bajar (Alt+↓)</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="163"/>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="174"/>
        <source>&lt;b&gt;Templates&lt;/b&gt;</source>
        <translation>&lt;b&gt;Plantillas&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="184"/>
        <source>&lt;h2&gt;No messages yet&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Todavía no hay mensajes&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="187"/>
        <source>A template is the post fans copy when the hour starts. Write it once with placeholders such as {hashtag} and {local_time}, which each fan gets filled in for their own zone, and with variants such as {We want|Give us}, so that thousands of fans do not post the same words. Counters show at once whether it fits on X, Bluesky and Mastodon.</source>
        <translation>Una plantilla es la publicación que los fans copian cuando empieza la hora. Escríbela una vez con campos como {hashtag} y {local_time}, que se completan para la zona horaria de cada fan, y con variantes como {Queremos|Danos}, para que miles de fans no publiquen las mismas palabras. Los contadores muestran al instante si cabe en X, Bluesky y Mastodon.</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="196"/>
        <source>Add the first template</source>
        <translation>Agregar la primera plantilla</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="212"/>
        <source>Template id</source>
        <translation>ID de la plantilla</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="213"/>
        <source>A short name for the template, unique in the campaign (&quot;main&quot;)</source>
        <translation>Un nombre corto para la plantilla, único en la campaña (&quot;main&quot;)</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="220"/>
        <source>Offer this template to fans posting on %1</source>
        <translation>Ofrecer esta plantilla a los fans que publican en %1</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="222"/>
        <source>%1 length</source>
        <translation>Longitud en %1</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="238"/>
        <source>Template text</source>
        <translation>Texto de la plantilla</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="240"/>
        <source>The post, with placeholders such as {hashtag} and variants such as {a|b}</source>
        <translation>La publicación, con campos como {hashtag} y variantes como {a|b}</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="243"/>
        <source>{We want|Give us} the sequel! {hashtag}</source>
        <translation>¡{Queremos|Danos} la secuela! {hashtag}</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="249"/>
        <source>&amp;Insert placeholder</source>
        <translation>&amp;Insertar campo</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="256"/>
        <source>{%1} — %2</source>
        <translation>{%1} — %2</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="260"/>
        <source>Variants {a|b} — each fan gets one of them</source>
        <translation>Variantes {a|b}: cada fan recibe una de ellas</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="263"/>
        <source>Insert variants</source>
        <translation>insertar variantes</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="271"/>
        <source>&amp;Text:</source>
        <translation>&amp;Texto:</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="282"/>
        <source>Lint findings</source>
        <translation>Observaciones de la revisión</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="290"/>
        <source>Variant </source>
        <translation>Variante </translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="291"/>
        <source>Variant shown</source>
        <translation>Variante mostrada</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="292"/>
        <source>Which of the template&apos;s variants the preview shows</source>
        <translation>Cuál de las variantes de la plantilla muestra la vista previa</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="295"/>
        <source>@fan</source>
        <translation>@fan</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="297"/>
        <source>Clear the handle</source>
        <translation>Borrar el usuario</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="299"/>
        <source>Each fan gets one variant, chosen from their handle: type a handle to see which</source>
        <translation>Cada fan recibe una variante, elegida según su usuario: escribe un usuario para ver cuál</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="301"/>
        <source>Fan handle</source>
        <translation>Usuario del fan</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="306"/>
        <source>or the one this fan gets:</source>
        <translation>o la que recibe este fan:</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="316"/>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="318"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="319"/>
        <source>Copy this text to the clipboard</source>
        <translation>Copiar este texto al portapapeles</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="324"/>
        <source>Open in %1</source>
        <translation>Abrir en %1</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="325"/>
        <source>Open %1&apos;s compose window in the browser with this text</source>
        <translation>Abrir en el navegador la ventana para publicar de %1 con este texto</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="332"/>
        <source>your Mastodon server</source>
        <translation>tu servidor de Mastodon</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="334"/>
        <source>The server you post on Mastodon from, such as mastodon.social</source>
        <translation>El servidor desde el que publicas en Mastodon, como mastodon.social</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="335"/>
        <source>Mastodon server</source>
        <translation>Servidor de Mastodon</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="348"/>
        <source>&amp;Id:</source>
        <translation>&amp;ID:</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="353"/>
        <source>Platforms:</source>
        <translation>Plataformas:</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="374"/>
        <source>Campaign lint findings</source>
        <translation>Observaciones de la revisión de la campaña</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="420"/>
        <source>Add</source>
        <translation>Agregar</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="421"/>
        <source>Duplicate</source>
        <translation>Duplicar</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="422"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="423"/>
        <source>Move Up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="424"/>
        <source>Move Down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="625"/>
        <source>A template needs some text; until it has some, the campaign keeps the last text it had.</source>
        <translation>Una plantilla necesita algo de texto; mientras no lo tenga, la campaña conserva el último texto que tuvo.</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="631"/>
        <source>%1 characters are more than a template may have (%2); the campaign keeps the last text that fitted.</source>
        <translation>%1 caracteres son más de los que puede tener una plantilla (%2); la campaña conserva el último texto que cabía.</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="641"/>
        <source>Edit template “%1”</source>
        <translation>editar la plantilla “%1”</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="674"/>
        <source>A template needs an id, a short name such as &quot;main&quot;.</source>
        <translation>Una plantilla necesita un ID, un nombre corto como &quot;main&quot;.</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="677"/>
        <source>Another template is called “%1”; ids are unique.</source>
        <translation>Ya hay otra plantilla llamada “%1”; los ID son únicos.</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="687"/>
        <source>Rename template “%1” to “%2”</source>
        <translation>renombrar la plantilla “%1” a “%2”</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="711"/>
        <source>Change platforms of “%1”</source>
        <translation>cambiar las plataformas de “%1”</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="751"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="754"/>
        <source>(%1 over)</source>
        <translation>(%1 de más)</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="756"/>
        <source> (%1 / %2 bytes)</source>
        <translation> (%1 / %2 bytes)</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="760"/>
        <source>The longest of %1 variants is variant %2: %3 of %4 characters as %5 counts them.</source>
        <translation>La más larga de las %1 variantes es la variante %2: %3 de %4 caracteres, según cuenta %5.</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="766"/>
        <source>%1 of %2 characters as %3 counts them.</source>
        <translation>%1 de %2 caracteres, según cuenta %3.</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="771"/>
        <source>Too long: %1 would refuse it.</source>
        <translation>Demasiado largo: %1 lo rechazaría.</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="774"/>
        <source>(This template is not offered on %1.)</source>
        <translation>(Esta plantilla no se ofrece en %1).</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="786"/>
        <source>Counted on the longest of the first %1 of %2 variants</source>
        <translation>Contado sobre la más larga de las primeras %1 de %2 variantes</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="790"/>
        <source>Counted on the longest of its %1 variants</source>
        <translation>Contado sobre la más larga de sus %1 variantes</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="792"/>
        <source>Counted</source>
        <translation>Contado</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="793"/>
        <source>, with the longest city, time, date and link a fan could get.</source>
        <translation>, con la ciudad, la hora, la fecha y el enlace más largos que podría recibir un fan.</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="818"/>
        <source>&lt;b&gt;Preview for you&lt;/b&gt; — %1 (%2), as your locale writes dates and times</source>
        <translation>&lt;b&gt;Vista previa para ti&lt;/b&gt; — %1 (%2), con fechas y horas como las escribe tu configuración regional</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="831"/>
        <source>of %1</source>
        <translation>de %1</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="855"/>
        <source>Add the link on the Plan page.</source>
        <translation>Agrega el enlace en la página Planificar.</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="860"/>
        <source>No preview: %1</source>
        <translation>Sin vista previa: %1</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="879"/>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="879"/>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="881"/>
        <source>%1: the campaign: %2</source>
        <translation>%1: la campaña: %2</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="893"/>
        <source>Lint finds nothing to fix in this template.</source>
        <translation>La revisión no encuentra nada que corregir en esta plantilla.</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="980"/>
        <source>{Here we go|Count me in|Posting now} with fans everywhere! {hashtag}</source>
        <translation>¡{Allá vamos|Cuenten conmigo|Publicando ahora} con fans de todo el mundo! {hashtag}</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="985"/>
        <source>Add template “%1”</source>
        <translation>agregar la plantilla “%1”</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="1000"/>
        <source>Duplicate template “%1”</source>
        <translation>duplicar la plantilla “%1”</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="1012"/>
        <source>Remove template “%1”</source>
        <translation>quitar la plantilla “%1”</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="1023"/>
        <source>Move template “%1”</source>
        <translation>mover la plantilla “%1”</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="1031"/>
        <source>Insert {%1}</source>
        <translation>insertar {%1}</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="1040"/>
        <source>Nothing to copy: the preview has no text.</source>
        <translation>Nada que copiar: la vista previa no tiene texto.</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="1044"/>
        <source>Copied. Paste it where you post.</source>
        <translation>Copiado. Pégalo donde publiques.</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="1050"/>
        <source>Nothing to post: the preview has no text.</source>
        <translation>Nada que publicar: la vista previa no tiene texto.</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="1061"/>
        <source>Opened %1 in your browser with this text.</source>
        <translation>Se abrió %1 en tu navegador con este texto.</translation>
    </message>
</context>
<context>
    <name>Chorus::Ui::OrganizePanel</name>
    <message>
        <location filename="../organizepanel.cpp" line="77"/>
        <source>Check-in databases (*.sqlite *.db);;All files (*)</source>
        <translation>Bases de datos de check-in (*.sqlite *.db);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../organizepanel.cpp" line="81"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../organizepanel.cpp" line="99"/>
        <source>any free port</source>
        <translation>cualquier puerto libre</translation>
    </message>
    <message>
        <location filename="../organizepanel.cpp" line="104"/>
        <source>Database file</source>
        <translation>Archivo de la base de datos</translation>
    </message>
    <message>
        <location filename="../organizepanel.cpp" line="111"/>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <location filename="../organizepanel.cpp" line="113"/>
        <source>Check-in Database</source>
        <translation>Base de datos de check-in</translation>
    </message>
    <message>
        <location filename="../organizepanel.cpp" line="117"/>
        <source>&amp;Start the service</source>
        <translation>&amp;Iniciar el servicio</translation>
    </message>
    <message>
        <location filename="../organizepanel.cpp" line="118"/>
        <source>S&amp;top</source>
        <translation>&amp;Detener</translation>
    </message>
    <message>
        <location filename="../organizepanel.cpp" line="127"/>
        <source>Admin token</source>
        <translation>Token de administración</translation>
    </message>
    <message>
        <location filename="../organizepanel.cpp" line="132"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <location filename="../organizepanel.cpp" line="135"/>
        <source>The admin token is on the clipboard.</source>
        <translation>El token de administración está en el portapapeles.</translation>
    </message>
    <message>
        <location filename="../organizepanel.cpp" line="137"/>
        <source>I have saved it</source>
        <translation>Ya lo guardé</translation>
    </message>
    <message>
        <location filename="../organizepanel.cpp" line="140"/>
        <source>&lt;b&gt;Admin token — shown only this once.&lt;/b&gt; Scripts use it to read the participant list over HTTP (&lt;tt&gt;GET /api/v1/participants&lt;/tt&gt;). Chorus keeps only a hash of it: copy it now if you need it, you won&apos;t see it again. Each start makes a new one.</source>
        <translation>&lt;b&gt;Token de administración: se muestra solo esta vez.&lt;/b&gt; Los scripts lo usan para leer la lista de participantes por HTTP (&lt;tt&gt;GET /api/v1/participants&lt;/tt&gt;). Chorus guarda solo un hash: cópialo ahora si lo necesitas, porque no lo volverás a ver. Cada inicio crea uno nuevo.</translation>
    </message>
    <message>
        <location filename="../organizepanel.cpp" line="156"/>
        <source>Check-in service</source>
        <translation>Servicio de check-in</translation>
    </message>
    <message>
        <location filename="../organizepanel.cpp" line="164"/>
        <source>A&amp;ddress:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <location filename="../organizepanel.cpp" line="167"/>
        <source>P&amp;ort:</source>
        <translation>&amp;Puerto:</translation>
    </message>
    <message>
        <location filename="../organizepanel.cpp" line="171"/>
        <source>Data&amp;base:</source>
        <translation>&amp;Base de datos:</translation>
    </message>
    <message>
        <location filename="../organizepanel.cpp" line="180"/>
        <source>Put this address in the campaign</source>
        <translation>Poner esta dirección en la campaña</translation>
    </message>
    <message>
        <location filename="../organizepanel.cpp" line="94"/>
        <source>127.0.0.1 accepts only this computer; 0.0.0.0 (or :: for IPv6 too) accepts every network (put a TLS proxy in front for the internet).</source>
        <translation>127.0.0.1 solo acepta esta computadora; 0.0.0.0 (o :: para incluir IPv6) acepta todas las redes (para internet, pon un proxy TLS adelante).</translation>
    </message>
    <message>
        <location filename="../organizepanel.cpp" line="101"/>
        <source>The port the check-in service listens on; 0 picks any free port</source>
        <translation>El puerto en el que escucha el servicio de check-in; 0 elige cualquier puerto libre</translation>
    </message>
    <message>
        <location filename="../organizepanel.cpp" line="105"/>
        <source>The SQLite file that keeps the check-ins</source>
        <translation>El archivo SQLite que guarda los check-ins</translation>
    </message>
    <message>
        <location filename="../organizepanel.cpp" line="185"/>
        <source>Set the check-in address</source>
        <translation>definir la dirección de check-in</translation>
    </message>
    <message>
        <location filename="../organizepanel.cpp" line="205"/>
        <location filename="../organizepanel.cpp" line="630"/>
        <source>No participants yet.</source>
        <translation>Todavía no hay participantes.</translation>
    </message>
    <message>
        <location filename="../organizepanel.cpp" line="208"/>
        <source>All zones</source>
        <translation>Todas las zonas horarias</translation>
    </message>
    <message>
        <location filename="../organizepanel.cpp" line="211"/>
        <source>All platforms</source>
        <translation>Todas las plataformas</translation>
    </message>
    <message>
        <location filename="../organizepanel.cpp" line="215"/>
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <location filename="../organizepanel.cpp" line="218"/>
        <source>Show the participants of a zone</source>
        <translation>Mostrar los participantes de una zona horaria</translation>
    </message>
    <message>
        <location filename="../organizepanel.cpp" line="219"/>
        <source>Show the participants on a platform</source>
        <translation>Mostrar los participantes de una plataforma</translation>
    </message>
    <message>
        <location filename="../organizepanel.cpp" line="220"/>
        <source>Show the participants with a status</source>
        <translation>Mostrar los participantes con un estado</translation>
    </message>
    <message>
        <location filename="../organizepanel.cpp" line="222"/>
        <source>Filters the participants table and its CSV export</source>
        <translation>Filtra la tabla de participantes y su exportación CSV</translation>
    </message>
    <message>
        <location filename="../organizepanel.cpp" line="226"/>
        <source>Sho&amp;w:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <location filename="../organizepanel.cpp" line="243"/>
        <location filename="../organizepanel.cpp" line="305"/>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <location filename="../organizepanel.cpp" line="261"/>
        <source>Head counts by zone</source>
        <translation>Cantidad de personas por zona horaria</translation>
    </message>
    <message>
        <location filename="../organizepanel.cpp" line="263"/>
        <source>How many joined, are ready and have posted, zone by zone</source>
        <translation>Cuántos se unieron, están listos y publicaron, zona por zona</translation>
    </message>
    <message>
        <location filename="../organizepanel.cpp" line="284"/>
        <source>Use sign-ups as the &amp;audience</source>
        <translation>Usar las inscripciones como &amp;público</translation>
    </message>
    <message>
        <location filename="../organizepanel.cpp" line="285"/>
        <source>Replaces the Plan page&apos;s audience with one entry per zone, weighted by the number of people who joined from it (undoable).</source>
        <translation>Reemplaza el público de la página Planificar por una entrada por zona horaria, con un peso igual a la cantidad de personas que se unieron desde ella (se puede deshacer).</translation>
    </message>
    <message>
        <location filename="../organizepanel.cpp" line="288"/>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xportar CSV…</translation>
    </message>
    <message>
        <location filename="../organizepanel.cpp" line="289"/>
        <source>Saves the participants the table shows (the filters apply).</source>
        <translation>Guarda los participantes que muestra la tabla (con los filtros aplicados).</translation>
    </message>
    <message>
        <location filename="../organizepanel.cpp" line="304"/>
        <source>Participants and pulse</source>
        <translation>Participantes y pulso</translation>
    </message>
    <message>
        <location filename="../organizepanel.cpp" line="306"/>
        <source>Pulse</source>
        <translation>Pulso</translation>
    </message>
    <message>
        <location filename="../organizepanel.cpp" line="472"/>
        <source>“%1” is not an IP address; use 127.0.0.1 for this computer only, or 0.0.0.0 for every network.</source>
        <translation>“%1” no es una dirección IP; usa 127.0.0.1 solo para esta computadora o 0.0.0.0 para todas las redes.</translation>
    </message>
    <message>
        <location filename="../organizepanel.cpp" line="479"/>
        <source>Choose a database file first.</source>
        <translation>Primero elige un archivo de base de datos.</translation>
    </message>
    <message>
        <location filename="../organizepanel.cpp" line="483"/>
        <source>The folder %1 cannot be created.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <location filename="../organizepanel.cpp" line="507"/>
        <source>The service did not start: %1</source>
        <translation>El servicio no se inició: %1</translation>
    </message>
    <message>
        <location filename="../organizepanel.cpp" line="575"/>
        <source>Stopping: answering the requests in flight…</source>
        <translation>Deteniendo: respondiendo las solicitudes en curso…</translation>
    </message>
    <message>
        <location filename="../organizepanel.cpp" line="577"/>
        <source>Running on every network, but this computer has no address that other devices can reach; on this computer it answers at &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>En ejecución en todas las redes, pero esta computadora no tiene ninguna dirección a la que lleguen otros dispositivos; en esta computadora responde en &lt;b&gt;%1&lt;/b&gt;.</translation>
    </message>
    <message>
        <location filename="../organizepanel.cpp" line="585"/>
        <source>Running. Fans join at %1</source>
        <translation>En ejecución. Los fans se unen en %1</translation>
    </message>
    <message>
        <location filename="../organizepanel.cpp" line="596"/>
        <source>This computer has no network address that fans could reach: connect it to a network, then start the service again.</source>
        <translation>Esta computadora no tiene ninguna dirección de red a la que lleguen los fans: conéctala a una red y vuelve a iniciar el servicio.</translation>
    </message>
    <message>
        <location filename="../organizepanel.cpp" line="598"/>
        <source>Sets the campaign&apos;s check-in address to %1, which fans get with the campaign (undoable).</source>
        <translation>Define la dirección de check-in de la campaña como %1, que los fans reciben con la campaña (se puede deshacer).</translation>
    </message>
    <message>
        <location filename="../organizepanel.cpp" line="629"/>
        <source>Nothing to show.</source>
        <translation>Nada que mostrar.</translation>
    </message>
    <message>
        <location filename="../organizepanel.cpp" line="587"/>
        <source>Not running.</source>
        <translation>No está en ejecución.</translation>
    </message>
    <message>
        <location filename="../organizepanel.cpp" line="245"/>
        <source>Everyone who joined: handle, platform, zone, status, when they joined and the address of their post; activate an address to open the post</source>
        <translation>Todas las personas que se unieron: usuario, plataforma, zona horaria, estado, cuándo se unieron y la dirección de su publicación; activa una dirección para abrir la publicación</translation>
    </message>
    <message>
        <location filename="../organizepanel.cpp" line="631"/>
        <source>%1 joined · %2 ready · %3 posted</source>
        <translation>Se unieron: %1 · Listos: %2 · Publicaron: %3</translation>
    </message>
    <message>
        <location filename="../organizepanel.cpp" line="658"/>
        <source>The dashboard could not read %1, so it shows nothing: %2</source>
        <translation>El panel no pudo leer %1, así que no muestra nada: %2</translation>
    </message>
    <message>
        <location filename="../organizepanel.cpp" line="698"/>
        <source>Export Participants</source>
        <translation>Exportar participantes</translation>
    </message>
    <message>
        <location filename="../organizepanel.cpp" line="704"/>
        <source>%1 could not be written: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../organizepanel.cpp" line="707"/>
        <source>Saved %n participant(s) to %1.</source>
        <translation>
            <numerusform>Se guardó %n participante en %1.</numerusform>
            <numerusform>Se guardaron %n participantes en %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../organizepanel.cpp" line="720"/>
        <source>Reading the sign-ups…</source>
        <translation>Leyendo las inscripciones…</translation>
    </message>
    <message>
        <location filename="../organizepanel.cpp" line="734"/>
        <source>The database changed while the sign-ups were read; the audience stays as it is.</source>
        <translation>La base de datos cambió mientras se leían las inscripciones; el público queda como está.</translation>
    </message>
    <message>
        <location filename="../organizepanel.cpp" line="739"/>
        <source>No sign-ups to use: %1</source>
        <translation>No hay inscripciones para usar: %1</translation>
    </message>
    <message>
        <location filename="../organizepanel.cpp" line="744"/>
        <source>Nobody has joined yet, so the audience stays as it is.</source>
        <translation>Nadie se unió todavía, así que el público queda como está.</translation>
    </message>
    <message>
        <location filename="../organizepanel.cpp" line="749"/>
        <source>The sign-ups cannot be used: %1</source>
        <translation>No se pueden usar las inscripciones: %1</translation>
    </message>
    <message>
        <location filename="../organizepanel.cpp" line="753"/>
        <source>Use sign-ups as the audience</source>
        <translation>usar las inscripciones como público</translation>
    </message>
    <message numerus="yes">
        <location filename="../organizepanel.cpp" line="756"/>
        <source>The audience is now the %n sign-up(s), by zone; the Plan page ranks the hours for them. Edit ▸ Undo brings the previous audience back.</source>
        <translation>
            <numerusform>El público ahora es la %n inscripción, por zona horaria; la página Planificar ordena las horas para ella. Editar ▸ Deshacer recupera el público anterior.</numerusform>
            <numerusform>El público ahora son las %n inscripciones, por zona horaria; la página Planificar ordena las horas para ellas. Editar ▸ Deshacer recupera el público anterior.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Chorus::Ui::ParticipantsModel</name>
    <message>
        <location filename="../participantsmodel.cpp" line="28"/>
        <source>X</source>
        <translation>X</translation>
    </message>
    <message>
        <location filename="../participantsmodel.cpp" line="30"/>
        <source>Bluesky</source>
        <translation>Bluesky</translation>
    </message>
    <message>
        <location filename="../participantsmodel.cpp" line="32"/>
        <source>Mastodon</source>
        <translation>Mastodon</translation>
    </message>
    <message>
        <location filename="../participantsmodel.cpp" line="40"/>
        <source>joined</source>
        <translation>se unió</translation>
    </message>
    <message>
        <location filename="../participantsmodel.cpp" line="42"/>
        <source>ready</source>
        <translation>listo</translation>
    </message>
    <message>
        <location filename="../participantsmodel.cpp" line="44"/>
        <source>posted</source>
        <translation>publicó</translation>
    </message>
    <message>
        <location filename="../participantsmodel.cpp" line="243"/>
        <source>Handle</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <location filename="../participantsmodel.cpp" line="245"/>
        <source>Platform</source>
        <translation>Plataforma</translation>
    </message>
    <message>
        <location filename="../participantsmodel.cpp" line="247"/>
        <source>Zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <location filename="../participantsmodel.cpp" line="249"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../participantsmodel.cpp" line="251"/>
        <source>Joined</source>
        <translation>Se unió</translation>
    </message>
    <message>
        <location filename="../participantsmodel.cpp" line="253"/>
        <source>Post</source>
        <translation>Publicación</translation>
    </message>
</context>
<context>
    <name>Chorus::Ui::PlanPage</name>
    <message>
        <location filename="../planpage.cpp" line="97"/>
        <source>The start&apos;s day</source>
        <translation>El día del inicio</translation>
    </message>
    <message>
        <location filename="../planpage.cpp" line="98"/>
        <source>A week from the start&apos;s day</source>
        <translation>Una semana desde el día del inicio</translation>
    </message>
    <message>
        <location filename="../planpage.cpp" line="99"/>
        <source>Four weeks</source>
        <translation>Cuatro semanas</translation>
    </message>
    <message>
        <location filename="../planpage.cpp" line="100"/>
        <source>A year</source>
        <translation>Un año</translation>
    </message>
    <message>
        <location filename="../planpage.cpp" line="119"/>
        <source>No start to rank in this range.</source>
        <translation>No hay inicios que ordenar en este período.</translation>
    </message>
    <message>
        <location filename="../planpage.cpp" line="137"/>
        <source>ddd d MMM</source>
        <comment>QDate::toString pattern of a UTC day</comment>
        <translation>ddd d MMM</translation>
    </message>
    <message>
        <location filename="../planpage.cpp" line="154"/>
        <source>Timeline</source>
        <translation>Línea de tiempo</translation>
    </message>
    <message>
        <location filename="../planpage.cpp" line="157"/>
        <source>Move start</source>
        <translation>mover el inicio</translation>
    </message>
    <message>
        <location filename="../planpage.cpp" line="177"/>
        <source>Audience zones</source>
        <translation>Zonas horarias del público</translation>
    </message>
    <message>
        <location filename="../planpage.cpp" line="179"/>
        <source>The audience&apos;s zones with their weights and local starts; weights can be edited</source>
        <translation>Las zonas horarias del público con sus pesos e inicios locales; los pesos se pueden editar</translation>
    </message>
    <message>
        <location filename="../planpage.cpp" line="183"/>
        <source>Zone to add</source>
        <translation>Zona horaria que se agrega</translation>
    </message>
    <message>
        <location filename="../planpage.cpp" line="187"/>
        <source>Weight of the zone to add</source>
        <translation>Peso de la zona horaria que se agrega</translation>
    </message>
    <message>
        <location filename="../planpage.cpp" line="188"/>
        <source>How much the zone counts when the hours are ranked</source>
        <translation>Cuánto cuenta la zona horaria al ordenar las horas</translation>
    </message>
    <message>
        <location filename="../planpage.cpp" line="189"/>
        <source>&amp;Add</source>
        <translation>&amp;Agregar</translation>
    </message>
    <message>
        <location filename="../planpage.cpp" line="190"/>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <location filename="../planpage.cpp" line="204"/>
        <source>Zone:</source>
        <translation>Zona horaria:</translation>
    </message>
    <message>
        <location filename="../planpage.cpp" line="208"/>
        <source>Weight:</source>
        <translation>Peso:</translation>
    </message>
    <message>
        <location filename="../planpage.cpp" line="223"/>
        <source>Look for suggestions within</source>
        <translation>Buscar sugerencias en</translation>
    </message>
    <message>
        <location filename="../planpage.cpp" line="224"/>
        <source>How far from the start&apos;s day to look for better starts</source>
        <translation>Hasta dónde, desde el día del inicio, buscar mejores inicios</translation>
    </message>
    <message>
        <location filename="../planpage.cpp" line="226"/>
        <source>Comfort hours</source>
        <translation>Horario cómodo</translation>
    </message>
    <message>
        <location filename="../planpage.cpp" line="227"/>
        <source>The local hours in which people can join, e.g. 09:00-23:00 or 18:00-02:00</source>
        <translation>Las horas locales en que la gente puede participar, p. ej., 09:00-23:00 o 18:00-02:00</translation>
    </message>
    <message>
        <location filename="../planpage.cpp" line="232"/>
        <source>Ranking in progress</source>
        <translation>Ordenando</translation>
    </message>
    <message>
        <location filename="../planpage.cpp" line="236"/>
        <source>Suggested starts, best first</source>
        <translation>Inicios sugeridos, el mejor primero</translation>
    </message>
    <message>
        <location filename="../planpage.cpp" line="238"/>
        <source>Each start with how much of the audience it reaches; activate one to use it</source>
        <translation>Cada inicio con cuánto del público alcanza; actívalo para usarlo</translation>
    </message>
    <message>
        <location filename="../planpage.cpp" line="239"/>
        <source>&amp;Use this start</source>
        <translation>&amp;Usar este inicio</translation>
    </message>
    <message>
        <location filename="../planpage.cpp" line="257"/>
        <source>Look within:</source>
        <translation>Buscar en:</translation>
    </message>
    <message>
        <location filename="../planpage.cpp" line="261"/>
        <source>Comfort hours:</source>
        <translation>Horario cómodo:</translation>
    </message>
    <message>
        <location filename="../planpage.cpp" line="279"/>
        <source>Pre-flight report</source>
        <translation>Informe previo</translation>
    </message>
    <message>
        <location filename="../planpage.cpp" line="281"/>
        <source>What to watch out for at the start: DST changes, date shifts and odd offsets</source>
        <translation>Qué tener en cuenta en el inicio: cambios de horario de verano, cambios de fecha y desfases raros</translation>
    </message>
    <message>
        <location filename="../planpage.cpp" line="284"/>
        <source>Plan sections</source>
        <translation>Secciones de la planificación</translation>
    </message>
    <message>
        <location filename="../planpage.cpp" line="285"/>
        <source>&amp;Details</source>
        <translation>&amp;Detalles</translation>
    </message>
    <message>
        <location filename="../planpage.cpp" line="286"/>
        <source>Au&amp;dience</source>
        <translation>&amp;Público</translation>
    </message>
    <message>
        <location filename="../planpage.cpp" line="287"/>
        <source>Su&amp;ggestions</source>
        <translation>&amp;Sugerencias</translation>
    </message>
    <message>
        <location filename="../planpage.cpp" line="288"/>
        <source>&amp;Pre-flight</source>
        <translation>&amp;Verificación previa</translation>
    </message>
    <message>
        <location filename="../planpage.cpp" line="436"/>
        <source>Fix the comfort hours to get suggestions.</source>
        <translation>Corrige el horario cómodo para obtener sugerencias.</translation>
    </message>
    <message>
        <location filename="../planpage.cpp" line="445"/>
        <source>Add zones with weights to the audience to get suggestions.</source>
        <translation>Agrega al público zonas horarias con pesos para obtener sugerencias.</translation>
    </message>
    <message>
        <location filename="../planpage.cpp" line="473"/>
        <source>The current start, %1 UTC, reaches %2.</source>
        <translation>El inicio actual, %1 UTC, llega al %2.</translation>
    </message>
    <message>
        <location filename="../planpage.cpp" line="483"/>
        <source>Any start from %1 to %2 UTC reaches %3</source>
        <translation>Cualquier inicio de %1 a %2 UTC llega al %3</translation>
    </message>
    <message>
        <location filename="../planpage.cpp" line="486"/>
        <source>Start at %1 UTC reaches %2</source>
        <translation>Empezar el %1 UTC llega al %2</translation>
    </message>
    <message>
        <location filename="../planpage.cpp" line="492"/>
        <source>A second wave at %1 UTC would reach %2 of those the best start leaves out; together the two reach %3.</source>
        <translation>Una segunda ola el %1 UTC llegaría al %2 de quienes deja fuera el mejor inicio; juntas, las dos llegan al %3.</translation>
    </message>
    <message>
        <location filename="../planpage.cpp" line="497"/>
        <source>No second wave needed: nobody the best start leaves out can be reached.</source>
        <translation>No hace falta una segunda ola: no se puede llegar a nadie de los que deja fuera el mejor inicio.</translation>
    </message>
    <message>
        <location filename="../planpage.cpp" line="507"/>
        <source>Use suggested start</source>
        <translation>usar el inicio sugerido</translation>
    </message>
    <message>
        <location filename="../planpage.cpp" line="520"/>
        <source>Nothing to watch out for: no DST change, date shift or odd offset.</source>
        <translation>Nada de qué preocuparse: sin cambios de horario de verano, cambios de fecha ni desfases raros.</translation>
    </message>
</context>
<context>
    <name>Chorus::Ui::PostForMe</name>
    <message>
        <location filename="../postforme.cpp" line="441"/>
        <source>Reading the account&apos;s secret from the keychain…</source>
        <translation>Leyendo el secreto de la cuenta desde el llavero…</translation>
    </message>
    <message>
        <location filename="../postforme.cpp" line="449"/>
        <source>%1 Connect the account again.</source>
        <translation>%1 Vuelve a conectar la cuenta.</translation>
    </message>
    <message>
        <location filename="../postforme.cpp" line="468"/>
        <location filename="../postforme.cpp" line="563"/>
        <source>%1. Fix the message on the Messages page.</source>
        <translation>%1. Corrige el mensaje en la página Mensajes.</translation>
    </message>
    <message>
        <location filename="../postforme.cpp" line="506"/>
        <source>Signing in to Bluesky…</source>
        <translation>Iniciando sesión en Bluesky…</translation>
    </message>
    <message>
        <location filename="../postforme.cpp" line="527"/>
        <source>Bluesky refused the app password for %1 (wrong or revoked). Make a new one at %2, forget this account and connect it again.</source>
        <translation>Bluesky rechazó la contraseña de aplicación de %1 (incorrecta o revocada). Crea una nueva en %2, olvida esta cuenta y vuelve a conectarla.</translation>
    </message>
    <message>
        <location filename="../postforme.cpp" line="548"/>
        <source>Asking %1…</source>
        <translation>Consultando a %1…</translation>
    </message>
    <message>
        <location filename="../postforme.cpp" line="584"/>
        <source>%1 Chorus tries again.</source>
        <translation>%1 Chorus vuelve a intentarlo.</translation>
    </message>
    <message>
        <location filename="../postforme.cpp" line="610"/>
        <source>Scheduling on %1…</source>
        <translation>Programando en %1…</translation>
    </message>
    <message>
        <location filename="../postforme.cpp" line="634"/>
        <source>Cancelling on %1…</source>
        <translation>Cancelando en %1…</translation>
    </message>
    <message>
        <location filename="../postforme.cpp" line="670"/>
        <source>Saving the account in the keychain…</source>
        <translation>Guardando la cuenta en el llavero…</translation>
    </message>
    <message>
        <location filename="../postforme.cpp" line="675"/>
        <source>%1 Nothing was kept: Chorus needs the system&apos;s keychain (GNOME Keyring, KWallet, macOS Keychain) to keep the secret safe.</source>
        <translation>%1 No se guardó nada: Chorus necesita el llavero del sistema (GNOME Keyring, KWallet, Llavero de macOS) para mantener el secreto a salvo.</translation>
    </message>
    <message>
        <location filename="../postforme.cpp" line="696"/>
        <source>That is not an app password (four groups of four, like abcd-efgh-ijkl-mnop). Make one at %1: never give Chorus your main password.</source>
        <translation>Eso no es una contraseña de aplicación (cuatro grupos de cuatro, como abcd-efgh-ijkl-mnop). Crea una en %1: nunca le des a Chorus tu contraseña principal.</translation>
    </message>
    <message>
        <location filename="../postforme.cpp" line="704"/>
        <source>“%1” is not a server address (https://…).</source>
        <translation>“%1” no es una dirección de servidor (https://…).</translation>
    </message>
    <message>
        <location filename="../postforme.cpp" line="710"/>
        <source>Signing in at %1…</source>
        <translation>Iniciando sesión en %1…</translation>
    </message>
    <message>
        <location filename="../postforme.cpp" line="718"/>
        <source>Bluesky refused the handle or app password. Check both, or make a new app password at %1.</source>
        <translation>Bluesky rechazó el usuario o la contraseña de aplicación. Revisa ambos o crea una nueva contraseña de aplicación en %1.</translation>
    </message>
    <message>
        <location filename="../postforme.cpp" line="729"/>
        <source>Looking up %1…</source>
        <translation>Buscando %1…</translation>
    </message>
    <message>
        <location filename="../postforme.cpp" line="749"/>
        <source>server</source>
        <translation>servidor</translation>
    </message>
    <message>
        <location filename="../postforme.cpp" line="767"/>
        <source>Registering Chorus on %1…</source>
        <translation>Registrando Chorus en %1…</translation>
    </message>
    <message>
        <location filename="../postforme.cpp" line="783"/>
        <source>Approve Chorus in your browser on %1. If the browser shows a code, paste it below.</source>
        <translation>Aprueba Chorus en tu navegador en %1. Si el navegador muestra un código, pégalo abajo.</translation>
    </message>
    <message>
        <location filename="../postforme.cpp" line="787"/>
        <source>Open this address in your browser and approve Chorus: %1</source>
        <translation>Abre esta dirección en tu navegador y aprueba Chorus: %1</translation>
    </message>
    <message>
        <location filename="../postforme.cpp" line="796"/>
        <source>Start with “Connect” on your server first.</source>
        <translation>Primero empieza con “Conectar” en tu servidor.</translation>
    </message>
    <message>
        <location filename="../postforme.cpp" line="811"/>
        <source>Getting access from %1…</source>
        <translation>Obteniendo acceso de %1…</translation>
    </message>
    <message>
        <location filename="../postforme.cpp" line="816"/>
        <source>%1 Start again with “Connect”.</source>
        <translation>%1 Vuelve a empezar con “Conectar”.</translation>
    </message>
    <message>
        <location filename="../postforme.cpp" line="841"/>
        <source>%1 The account stays: try again.</source>
        <translation>%1 La cuenta se conserva: vuelve a intentarlo.</translation>
    </message>
</context>
<context>
    <name>Chorus::Ui::PostForMePanel</name>
    <message>
        <location filename="../postformepanel.cpp" line="32"/>
        <source>Post for me</source>
        <translation>Publicar por mí</translation>
    </message>
    <message>
        <location filename="../postformepanel.cpp" line="39"/>
        <source>Chorus can make your post at the start from your own accounts: Mastodon keeps it scheduled on your server, Bluesky is posted by this app at the instant. Your passwords and tokens stay in this computer&apos;s keychain and never leave it.</source>
        <translation>Chorus puede hacer tu publicación al inicio desde tus propias cuentas: Mastodon la deja programada en tu servidor y Bluesky la publica esta aplicación en el momento exacto. Tus contraseñas y tokens se quedan en el llavero de esta computadora y nunca salen de ella.</translation>
    </message>
    <message>
        <location filename="../postformepanel.cpp" line="48"/>
        <source>Supporter goal</source>
        <translation>Meta de participantes</translation>
    </message>
    <message>
        <location filename="../postformepanel.cpp" line="51"/>
        <source>No account connected yet.</source>
        <translation>Todavía no hay ninguna cuenta conectada.</translation>
    </message>
    <message>
        <location filename="../postformepanel.cpp" line="61"/>
        <source>Posts waiting for other campaigns</source>
        <translation>Publicaciones en espera de otras campañas</translation>
    </message>
    <message>
        <location filename="../postformepanel.cpp" line="70"/>
        <source>yourname.bsky.social</source>
        <translation>tunombre.bsky.social</translation>
    </message>
    <message>
        <location filename="../postformepanel.cpp" line="75"/>
        <source>found from the handle</source>
        <translation>se obtiene del usuario</translation>
    </message>
    <message>
        <location filename="../postformepanel.cpp" line="77"/>
        <source>Use an app password, never your main password: an app password can post but cannot change your account, and you can revoke it alone. Make one at &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;.</source>
        <translation>Usa una contraseña de aplicación, nunca tu contraseña principal: una contraseña de aplicación puede publicar pero no puede cambiar tu cuenta, y puedes revocarla por separado. Crea una en &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;.</translation>
    </message>
    <message>
        <location filename="../postformepanel.cpp" line="84"/>
        <source>Connect Bluesky</source>
        <translation>Conectar Bluesky</translation>
    </message>
    <message>
        <location filename="../postformepanel.cpp" line="85"/>
        <source>&amp;Handle:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <location filename="../postformepanel.cpp" line="86"/>
        <source>App pass&amp;word:</source>
        <translation>&amp;Contraseña de aplicación:</translation>
    </message>
    <message>
        <location filename="../postformepanel.cpp" line="88"/>
        <source>Ser&amp;ver (optional):</source>
        <translation>Ser&amp;vidor (opcional):</translation>
    </message>
    <message>
        <location filename="../postformepanel.cpp" line="94"/>
        <source>Bluesky</source>
        <translation>Bluesky</translation>
    </message>
    <message>
        <location filename="../postformepanel.cpp" line="100"/>
        <source>Mastodon server</source>
        <translation>Servidor de Mastodon</translation>
    </message>
    <message>
        <location filename="../postformepanel.cpp" line="101"/>
        <source>Connect Mastodon</source>
        <translation>Conectar Mastodon</translation>
    </message>
    <message>
        <location filename="../postformepanel.cpp" line="105"/>
        <source>Chorus opens your server&apos;s page in the browser; approve it there and come back. It asks only to read and write statuses.</source>
        <translation>Chorus abre la página de tu servidor en el navegador; apruébalo allí y vuelve. Solo pide leer y escribir publicaciones.</translation>
    </message>
    <message>
        <location filename="../postformepanel.cpp" line="110"/>
        <source>a code the server showed you</source>
        <translation>un código que te mostró el servidor</translation>
    </message>
    <message>
        <location filename="../postformepanel.cpp" line="111"/>
        <source>Code from the server</source>
        <translation>Código del servidor</translation>
    </message>
    <message>
        <location filename="../postformepanel.cpp" line="112"/>
        <source>Use code</source>
        <translation>Usar código</translation>
    </message>
    <message>
        <location filename="../postformepanel.cpp" line="113"/>
        <source>Get a code to paste instead</source>
        <translation>Obtener un código para pegar</translation>
    </message>
    <message>
        <location filename="../postformepanel.cpp" line="119"/>
        <source>&amp;Server:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <location filename="../postformepanel.cpp" line="121"/>
        <source>&amp;Code:</source>
        <translation>&amp;Código:</translation>
    </message>
    <message>
        <location filename="../postformepanel.cpp" line="129"/>
        <source>Mastodon</source>
        <translation>Mastodon</translation>
    </message>
    <message>
        <location filename="../postformepanel.cpp" line="131"/>
        <source>Connect an account</source>
        <translation>Conectar una cuenta</translation>
    </message>
    <message>
        <location filename="../postformepanel.cpp" line="137"/>
        <source>Connection progress</source>
        <translation>Progreso de la conexión</translation>
    </message>
    <message>
        <location filename="../postformepanel.cpp" line="151"/>
        <source>Connected %1.</source>
        <translation>Se conectó %1.</translation>
    </message>
    <message>
        <location filename="../postformepanel.cpp" line="205"/>
        <source>Chorus also posts for %1 from %2 on %3 at %4 your time: keep it running.</source>
        <translation>Chorus también publica para %1 con %2 en %3 a las %4 (tu hora): mantenlo abierto.</translation>
    </message>
    <message>
        <location filename="../postformepanel.cpp" line="238"/>
        <source>&lt;b&gt;%1&lt;/b&gt; on %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; en %2</translation>
    </message>
    <message>
        <location filename="../postformepanel.cpp" line="245"/>
        <source>The post</source>
        <translation>La publicación</translation>
    </message>
    <message>
        <location filename="../postformepanel.cpp" line="253"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../postformepanel.cpp" line="254"/>
        <source>Schedule</source>
        <translation>Programar</translation>
    </message>
    <message>
        <location filename="../postformepanel.cpp" line="255"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../postformepanel.cpp" line="256"/>
        <source>Forget this account</source>
        <translation>Olvidar esta cuenta</translation>
    </message>
    <message>
        <location filename="../postformepanel.cpp" line="297"/>
        <source>Not scheduled yet.</source>
        <translation>Todavía no está programada.</translation>
    </message>
    <message>
        <location filename="../postformepanel.cpp" line="301"/>
        <source>Scheduled on %1 for %2 your time</source>
        <translation>Programada en %1 para las %2 (tu hora)</translation>
    </message>
    <message>
        <location filename="../postformepanel.cpp" line="303"/>
        <source>Chorus posts on %1 at %2: keep it running (it waits in the tray)</source>
        <translation>Chorus publica en %1 a las %2: mantenlo en ejecución (espera en la bandeja del sistema)</translation>
    </message>
    <message>
        <location filename="../postformepanel.cpp" line="310"/>
        <source>Posted ✓ &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;</source>
        <translation>Publicada ✓ &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../postformepanel.cpp" line="313"/>
        <source>Cancelled: nothing will be posted from this account.</source>
        <translation>Cancelada: no se publicará nada desde esta cuenta.</translation>
    </message>
    <message>
        <location filename="../postformepanel.cpp" line="315"/>
        <source>The campaign&apos;s hour is over: nothing was posted from this account.</source>
        <translation>La hora de la campaña terminó: no se publicó nada desde esta cuenta.</translation>
    </message>
    <message>
        <location filename="../postformepanel.cpp" line="317"/>
        <source>The goal was not reached in time, so nothing is posted (all or nothing).</source>
        <translation>No se alcanzó la meta a tiempo, así que no se publica nada (todo o nada).</translation>
    </message>
    <message>
        <location filename="../postformepanel.cpp" line="337"/>
        <source>Cannot post: %1</source>
        <translation>No se puede publicar: %1</translation>
    </message>
    <message>
        <location filename="../postformepanel.cpp" line="357"/>
        <source>All or nothing: posts only if %1 join by %2.</source>
        <translation>Todo o nada: se publica solo si se unen %1 para las %2.</translation>
    </message>
</context>
<context>
    <name>Chorus::Ui::PulseChart</name>
    <message>
        <location filename="../pulsechart.cpp" line="30"/>
        <source>Posts per minute</source>
        <translation>Publicaciones por minuto</translation>
    </message>
    <message>
        <location filename="../pulsechart.cpp" line="164"/>
        <source>Mastodon</source>
        <translation>Mastodon</translation>
    </message>
    <message>
        <location filename="../pulsechart.cpp" line="166"/>
        <source>Bluesky</source>
        <translation>Bluesky</translation>
    </message>
    <message>
        <location filename="../pulsechart.cpp" line="168"/>
        <source>posted check-ins</source>
        <translation>check-ins “Ya publiqué”</translation>
    </message>
    <message>
        <location filename="../pulsechart.cpp" line="177"/>
        <source>X: not readable without X&apos;s paid API</source>
        <translation>X: no se puede leer sin la API de pago de X</translation>
    </message>
    <message>
        <location filename="../pulsechart.cpp" line="191"/>
        <source>The pulse has not been read yet.</source>
        <translation>Todavía no se leyó el pulso.</translation>
    </message>
    <message>
        <location filename="../pulsechart.cpp" line="192"/>
        <source>No posts with the hashtag yet.</source>
        <translation>Todavía no hay publicaciones con el hashtag.</translation>
    </message>
</context>
<context>
    <name>Chorus::Ui::PulsePanel</name>
    <message>
        <location filename="../pulsepanel.cpp" line="88"/>
        <source>PNG images (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../pulsepanel.cpp" line="91"/>
        <location filename="../pulsepanel.cpp" line="222"/>
        <source>Mastodon servers</source>
        <translation>Servidores de Mastodon</translation>
    </message>
    <message>
        <location filename="../pulsepanel.cpp" line="92"/>
        <source>Each server only knows the posts that reached it; a post seen on several servers counts once.</source>
        <translation>Cada servidor solo conoce las publicaciones que le llegaron; una publicación vista en varios servidores cuenta una sola vez.</translation>
    </message>
    <message>
        <location filename="../pulsepanel.cpp" line="95"/>
        <source>you.bsky.social (optional)</source>
        <translation>tunombre.bsky.social (opcional)</translation>
    </message>
    <message>
        <location filename="../pulsepanel.cpp" line="96"/>
        <source>Bluesky handle</source>
        <translation>Usuario de Bluesky</translation>
    </message>
    <message>
        <location filename="../pulsepanel.cpp" line="99"/>
        <source>an app password, never your own</source>
        <translation>una contraseña de aplicación, nunca la tuya</translation>
    </message>
    <message>
        <location filename="../pulsepanel.cpp" line="100"/>
        <source>Bluesky app password</source>
        <translation>Contraseña de aplicación de Bluesky</translation>
    </message>
    <message>
        <location filename="../pulsepanel.cpp" line="102"/>
        <location filename="../pulsepanel.cpp" line="235"/>
        <source>Bluesky server</source>
        <translation>Servidor de Bluesky</translation>
    </message>
    <message>
        <location filename="../pulsepanel.cpp" line="103"/>
        <source>Your account&apos;s Bluesky server, to search through</source>
        <translation>El servidor de Bluesky de tu cuenta, para buscar a través de él</translation>
    </message>
    <message>
        <location filename="../pulsepanel.cpp" line="104"/>
        <source>Start the &amp;pulse</source>
        <translation>Iniciar el &amp;pulso</translation>
    </message>
    <message>
        <location filename="../pulsepanel.cpp" line="105"/>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <location filename="../pulsepanel.cpp" line="106"/>
        <source>Save the &amp;report…</source>
        <translation>Guardar el &amp;informe…</translation>
    </message>
    <message>
        <location filename="../pulsepanel.cpp" line="114"/>
        <source>Where to count</source>
        <translation>Dónde contar</translation>
    </message>
    <message>
        <location filename="../pulsepanel.cpp" line="116"/>
        <source>&amp;Mastodon servers:</source>
        <translation>Servidores de &amp;Mastodon:</translation>
    </message>
    <message>
        <location filename="../pulsepanel.cpp" line="122"/>
        <source>&amp;Bluesky search:</source>
        <translation>Búsqueda en &amp;Bluesky:</translation>
    </message>
    <message>
        <location filename="../pulsepanel.cpp" line="125"/>
        <source>X: not readable without X&apos;s paid API.</source>
        <translation>X: no se puede leer sin la API de pago de X.</translation>
    </message>
    <message>
        <location filename="../pulsepanel.cpp" line="127"/>
        <source>X:</source>
        <translation>X:</translation>
    </message>
    <message>
        <location filename="../pulsepanel.cpp" line="184"/>
        <source>mastodon.social, fosstodon.org (or the participants&apos; servers)</source>
        <translation>mastodon.social, fosstodon.org (o los servidores de los participantes)</translation>
    </message>
    <message>
        <location filename="../pulsepanel.cpp" line="185"/>
        <source>default: %1</source>
        <translation>por defecto: %1</translation>
    </message>
    <message>
        <location filename="../pulsepanel.cpp" line="209"/>
        <source>The campaign has no hashtag to count.</source>
        <translation>La campaña no tiene ningún hashtag que contar.</translation>
    </message>
    <message>
        <location filename="../pulsepanel.cpp" line="231"/>
        <source>Bluesky needs an app password to search (Settings › App passwords on Bluesky).</source>
        <translation>Bluesky necesita una contraseña de aplicación para buscar (Ajustes › Contraseñas de aplicación en Bluesky).</translation>
    </message>
    <message>
        <location filename="../pulsepanel.cpp" line="259"/>
        <source>Name a Mastodon server or a Bluesky account to count on.</source>
        <translation>Indica un servidor de Mastodon o una cuenta de Bluesky en los que contar.</translation>
    </message>
    <message>
        <location filename="../pulsepanel.cpp" line="279"/>
        <source>Catching up on the minutes so far…</source>
        <translation>Poniéndose al día con los minutos transcurridos…</translation>
    </message>
    <message>
        <location filename="../pulsepanel.cpp" line="312"/>
        <source>Mastodon %1</source>
        <translation>Mastodon %1</translation>
    </message>
    <message>
        <location filename="../pulsepanel.cpp" line="314"/>
        <source>Bluesky %1</source>
        <translation>Bluesky %1</translation>
    </message>
    <message>
        <location filename="../pulsepanel.cpp" line="315"/>
        <source>No posts counted yet.</source>
        <translation>Todavía no se contó ninguna publicación.</translation>
    </message>
    <message>
        <location filename="../pulsepanel.cpp" line="318"/>
        <source>%1 posts (%2)</source>
        <translation>%1 publicaciones (%2)</translation>
    </message>
    <message>
        <location filename="../pulsepanel.cpp" line="321"/>
        <source>%1 posted check-ins</source>
        <translation>%1 check-ins “Ya publiqué”</translation>
    </message>
    <message>
        <location filename="../pulsepanel.cpp" line="328"/>
        <source>Peak: %1 a minute at %2</source>
        <translation>Pico: %1 por minuto a las %2</translation>
    </message>
    <message>
        <location filename="../pulsepanel.cpp" line="334"/>
        <source>This minute: %1 (the one before: %2)</source>
        <translation>Este minuto: %1 (el anterior: %2)</translation>
    </message>
    <message>
        <location filename="../pulsepanel.cpp" line="344"/>
        <source>Not counting.</source>
        <translation>No se está contando.</translation>
    </message>
    <message numerus="yes">
        <location filename="../pulsepanel.cpp" line="349"/>
        <source>Catching up: %n page(s) read…</source>
        <translation>
            <numerusform>Poniéndose al día: %n página leída…</numerusform>
            <numerusform>Poniéndose al día: %n páginas leídas…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../pulsepanel.cpp" line="351"/>
        <source>The hour is over: the report is ready.</source>
        <translation>La hora terminó: el informe está listo.</translation>
    </message>
    <message>
        <location filename="../pulsepanel.cpp" line="352"/>
        <source>Up to date; next look in a minute.</source>
        <translation>Al día; la próxima consulta, en un minuto.</translation>
    </message>
    <message>
        <location filename="../pulsepanel.cpp" line="390"/>
        <source>No posts with %1 in the hour.</source>
        <translation>No hubo publicaciones con %1 en la hora.</translation>
    </message>
    <message>
        <location filename="../pulsepanel.cpp" line="393"/>
        <source>%1 posts in the hour, peak %2 a minute at %3 UTC</source>
        <translation>%1 publicaciones en la hora, pico de %2 por minuto a las %3 UTC</translation>
    </message>
    <message>
        <location filename="../pulsepanel.cpp" line="408"/>
        <source>Save the Pulse Report</source>
        <translation>Guardar el informe del pulso</translation>
    </message>
    <message>
        <location filename="../pulsepanel.cpp" line="420"/>
        <source>Saved %1.png and %1.csv.</source>
        <translation>Se guardaron %1.png y %1.csv.</translation>
    </message>
    <message>
        <location filename="../pulsepanel.cpp" line="421"/>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>Chorus::Ui::SharePage</name>
    <message>
        <location filename="../sharepage.cpp" line="81"/>
        <source>No card while the campaign has a problem.</source>
        <translation>No hay tarjeta mientras la campaña tenga un problema.</translation>
    </message>
    <message>
        <location filename="../sharepage.cpp" line="172"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location filename="../sharepage.cpp" line="184"/>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <location filename="../sharepage.cpp" line="185"/>
        <source>Export .ics file…</source>
        <translation>Exportar archivo .ics…</translation>
    </message>
    <message>
        <location filename="../sharepage.cpp" line="186"/>
        <source>Copy Google Calendar link</source>
        <translation>Copiar enlace de Google Calendar</translation>
    </message>
    <message>
        <location filename="../sharepage.cpp" line="187"/>
        <source>Copy Outlook link</source>
        <translation>Copiar enlace de Outlook</translation>
    </message>
    <message>
        <location filename="../sharepage.cpp" line="195"/>
        <source>The .ics file works in every calendar app, with the reminders. The links open Google Calendar or Outlook on the web with the event filled in. Times are in UTC, so each fan&apos;s calendar shows them on their own clock.</source>
        <translation>El archivo .ics funciona en cualquier aplicación de calendario, con los recordatorios. Los enlaces abren Google Calendar u Outlook en la web con el evento ya completado. Las horas están en UTC, así que el calendario de cada fan las muestra en su propio reloj.</translation>
    </message>
    <message>
        <location filename="../sharepage.cpp" line="202"/>
        <source>Fan page</source>
        <translation>Página para fans</translation>
    </message>
    <message>
        <location filename="../sharepage.cpp" line="203"/>
        <source>Save fan page…</source>
        <translation>Guardar página para fans…</translation>
    </message>
    <message>
        <location filename="../sharepage.cpp" line="204"/>
        <source>Open it in the browser after saving</source>
        <translation>Abrirla en el navegador después de guardar</translation>
    </message>
    <message>
        <location filename="../sharepage.cpp" line="213"/>
        <source>One HTML file that needs no server: it shows each fan the start in their own time zone with a countdown, the calendar file and the posts to copy. Put it on any web host or send it as it is.</source>
        <translation>Un solo archivo HTML que no necesita servidor: muestra a cada fan el inicio en su propia zona horaria con una cuenta regresiva, el archivo de calendario y las publicaciones para copiar. Súbelo a cualquier hosting web o envíalo tal cual.</translation>
    </message>
    <message>
        <location filename="../sharepage.cpp" line="220"/>
        <source>Announcement</source>
        <translation>Anuncio</translation>
    </message>
    <message>
        <location filename="../sharepage.cpp" line="224"/>
        <source>Announcement text</source>
        <translation>Texto del anuncio</translation>
    </message>
    <message>
        <location filename="../sharepage.cpp" line="225"/>
        <source>The announcement to paste into a post or a chat</source>
        <translation>El anuncio para pegar en una publicación o un chat</translation>
    </message>
    <message>
        <location filename="../sharepage.cpp" line="229"/>
        <source>Copy announcement</source>
        <translation>Copiar anuncio</translation>
    </message>
    <message>
        <location filename="../sharepage.cpp" line="233"/>
        <source>Discord timestamp codes</source>
        <translation>Códigos de fecha y hora de Discord</translation>
    </message>
    <message>
        <location filename="../sharepage.cpp" line="235"/>
        <source>Codes that Discord shows each reader as the start on their own clock</source>
        <translation>Códigos que Discord muestra a cada lector como el inicio en su propio reloj</translation>
    </message>
    <message>
        <location filename="../sharepage.cpp" line="236"/>
        <source>Copy Discord codes</source>
        <translation>Copiar códigos de Discord</translation>
    </message>
    <message>
        <location filename="../sharepage.cpp" line="243"/>
        <source>To paste into a post or a chat: the start in UTC and in the audience&apos;s cities, in your language.</source>
        <translation>Para pegar en una publicación o un chat: el inicio en UTC y en las ciudades del público, en tu idioma.</translation>
    </message>
    <message>
        <location filename="../sharepage.cpp" line="250"/>
        <source>Discord shows these codes to each reader as the start on their own clock and in their language, and as “in 3 days”.</source>
        <translation>Discord muestra estos códigos a cada lector como el inicio en su propio reloj y en su idioma, y como “en 3 días”.</translation>
    </message>
    <message>
        <location filename="../sharepage.cpp" line="260"/>
        <source>Image card</source>
        <translation>Tarjeta de imagen</translation>
    </message>
    <message>
        <location filename="../sharepage.cpp" line="263"/>
        <source>Announcement card preview</source>
        <translation>Vista previa de la tarjeta del anuncio</translation>
    </message>
    <message>
        <location filename="../sharepage.cpp" line="264"/>
        <source>Save image…</source>
        <translation>Guardar imagen…</translation>
    </message>
    <message>
        <location filename="../sharepage.cpp" line="268"/>
        <source>A 1200 × 675 PNG, the shape X, Bluesky, Mastodon and Discord show without cropping.</source>
        <translation>Un PNG de 1200 × 675, el formato que X, Bluesky, Mastodon y Discord muestran sin recortar.</translation>
    </message>
    <message>
        <location filename="../sharepage.cpp" line="288"/>
        <source>Ways to share the campaign</source>
        <translation>Formas de compartir la campaña</translation>
    </message>
    <message>
        <location filename="../sharepage.cpp" line="298"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../sharepage.cpp" line="384"/>
        <source>Nothing can be shared until this is fixed: %1</source>
        <translation>No se puede compartir nada hasta que se corrija esto: %1</translation>
    </message>
    <message>
        <location filename="../sharepage.cpp" line="399"/>
        <source>In Discord you will see: %1 %2 (%3)</source>
        <translation>En Discord verás: %1 %2 (%3)</translation>
    </message>
    <message>
        <location filename="../sharepage.cpp" line="414"/>
        <source>The calendar file and the fan page cannot be made: %1</source>
        <translation>No se pueden crear el archivo de calendario ni la página para fans: %1</translation>
    </message>
    <message>
        <location filename="../sharepage.cpp" line="474"/>
        <source>Could not save: %1</source>
        <translation>No se pudo guardar: %1</translation>
    </message>
    <message>
        <location filename="../sharepage.cpp" line="478"/>
        <source>Saved %1.</source>
        <translation>Se guardó %1.</translation>
    </message>
    <message>
        <location filename="../sharepage.cpp" line="486"/>
        <source>Export the calendar file</source>
        <translation>Exportar el archivo de calendario</translation>
    </message>
    <message>
        <location filename="../sharepage.cpp" line="487"/>
        <source>iCalendar files (*.ics)</source>
        <translation>Archivos iCalendar (*.ics)</translation>
    </message>
    <message>
        <location filename="../sharepage.cpp" line="495"/>
        <source>The Google Calendar link is on the clipboard.</source>
        <translation>El enlace de Google Calendar está en el portapapeles.</translation>
    </message>
    <message>
        <location filename="../sharepage.cpp" line="502"/>
        <source>The Outlook link is on the clipboard.</source>
        <translation>El enlace de Outlook está en el portapapeles.</translation>
    </message>
    <message>
        <location filename="../sharepage.cpp" line="511"/>
        <source>Save the fan page</source>
        <translation>Guardar la página para fans</translation>
    </message>
    <message>
        <location filename="../sharepage.cpp" line="511"/>
        <source>Web pages (*.html *.htm)</source>
        <translation>Páginas web (*.html *.htm)</translation>
    </message>
    <message>
        <location filename="../sharepage.cpp" line="517"/>
        <source>Saved %1 and opened it in the browser.</source>
        <translation>Se guardó %1 y se abrió en el navegador.</translation>
    </message>
    <message>
        <location filename="../sharepage.cpp" line="519"/>
        <source>Saved %1, but no browser could open it.</source>
        <translation>Se guardó %1, pero ningún navegador pudo abrirlo.</translation>
    </message>
    <message>
        <location filename="../sharepage.cpp" line="525"/>
        <source>The announcement is on the clipboard.</source>
        <translation>El anuncio está en el portapapeles.</translation>
    </message>
    <message>
        <location filename="../sharepage.cpp" line="531"/>
        <source>The Discord codes are on the clipboard.</source>
        <translation>Los códigos de Discord están en el portapapeles.</translation>
    </message>
    <message>
        <location filename="../sharepage.cpp" line="539"/>
        <source>Save the image card</source>
        <translation>Guardar la tarjeta de imagen</translation>
    </message>
    <message>
        <location filename="../sharepage.cpp" line="539"/>
        <source>PNG images (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
</context>
<context>
    <name>Chorus::Ui::TakePartPanel</name>
    <message>
        <location filename="../takepartpanel.cpp" line="48"/>
        <source>Clear the address</source>
        <translation>Borrar la dirección</translation>
    </message>
    <message>
        <location filename="../takepartpanel.cpp" line="49"/>
        <source>Check-in service address</source>
        <translation>Dirección del servicio de check-in</translation>
    </message>
    <message>
        <location filename="../takepartpanel.cpp" line="424"/>
        <source>@yourname</source>
        <translation>@tunombre</translation>
    </message>
    <message>
        <location filename="../takepartpanel.cpp" line="66"/>
        <source>The platform you will post on</source>
        <translation>La plataforma en la que vas a publicar</translation>
    </message>
    <message>
        <location filename="../takepartpanel.cpp" line="69"/>
        <location filename="../takepartpanel.cpp" line="456"/>
        <source>Join</source>
        <translation>Unirme</translation>
    </message>
    <message>
        <location filename="../takepartpanel.cpp" line="82"/>
        <source>Ha&amp;ndle:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <location filename="../takepartpanel.cpp" line="81"/>
        <source>Pl&amp;atform:</source>
        <translation>&amp;Plataforma:</translation>
    </message>
    <message>
        <location filename="../takepartpanel.cpp" line="59"/>
        <source>What a handle looks like</source>
        <translation>Cómo es un usuario</translation>
    </message>
    <message>
        <location filename="../takepartpanel.cpp" line="84"/>
        <source>&amp;Your zone:</source>
        <translation>&amp;Tu zona horaria:</translation>
    </message>
    <message>
        <location filename="../takepartpanel.cpp" line="93"/>
        <source>I&apos;m &amp;ready</source>
        <translation>Estoy &amp;listo</translation>
    </message>
    <message>
        <location filename="../takepartpanel.cpp" line="94"/>
        <source>I &amp;posted</source>
        <translation>Ya &amp;publiqué</translation>
    </message>
    <message>
        <location filename="../takepartpanel.cpp" line="109"/>
        <source>People posting with you</source>
        <translation>Personas que publican contigo</translation>
    </message>
    <message>
        <location filename="../takepartpanel.cpp" line="115"/>
        <source>Supporter goal</source>
        <translation>Meta de participantes</translation>
    </message>
    <message>
        <location filename="../takepartpanel.cpp" line="120"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location filename="../takepartpanel.cpp" line="127"/>
        <source>Check-in &amp;service:</source>
        <translation>&amp;Servicio de check-in:</translation>
    </message>
    <message>
        <location filename="../takepartpanel.cpp" line="151"/>
        <source>Take part</source>
        <translation>Participar</translation>
    </message>
    <message>
        <location filename="../takepartpanel.cpp" line="254"/>
        <source>http://… (the organizer&apos;s address)</source>
        <translation>http://… (la dirección de quien organiza)</translation>
    </message>
    <message>
        <location filename="../takepartpanel.cpp" line="259"/>
        <source>This campaign names no check-in service. Type the address the organizer gave you.</source>
        <translation>Esta campaña no indica ningún servicio de check-in. Escribe la dirección que te dio quien organiza.</translation>
    </message>
    <message>
        <location filename="../takepartpanel.cpp" line="261"/>
        <source>The campaign&apos;s address. Type another one to use it instead.</source>
        <translation>La dirección de la campaña. Escribe otra para usarla en su lugar.</translation>
    </message>
    <message>
        <location filename="../takepartpanel.cpp" line="264"/>
        <source>“%1” is not an http or https address.</source>
        <translation>“%1” no es una dirección http o https.</translation>
    </message>
    <message>
        <location filename="../takepartpanel.cpp" line="266"/>
        <source>The address the organizer gave you.</source>
        <translation>La dirección que te dio quien organiza.</translation>
    </message>
    <message>
        <location filename="../takepartpanel.cpp" line="268"/>
        <source>Used instead of the campaign&apos;s address, %1.</source>
        <translation>Se usa en lugar de la dirección de la campaña, %1.</translation>
    </message>
    <message>
        <location filename="../takepartpanel.cpp" line="305"/>
        <source>Could not join: the check-in service did not answer (%1).</source>
        <translation>No te pudiste unir: el servicio de check-in no respondió (%1).</translation>
    </message>
    <message>
        <location filename="../takepartpanel.cpp" line="308"/>
        <source>Could not join: %1.</source>
        <translation>No te pudiste unir: %1.</translation>
    </message>
    <message>
        <location filename="../takepartpanel.cpp" line="322"/>
        <source>Not recorded: the check-in service did not answer (%1). Try again in a moment.</source>
        <translation>No se registró: el servicio de check-in no respondió (%1). Vuelve a intentarlo en un momento.</translation>
    </message>
    <message>
        <location filename="../takepartpanel.cpp" line="326"/>
        <source>Not recorded: %1.</source>
        <translation>No se registró: %1.</translation>
    </message>
    <message>
        <location filename="../takepartpanel.cpp" line="331"/>
        <source>The check-in service cannot be reached (%1). Chorus keeps trying.</source>
        <translation>No se puede llegar al servicio de check-in (%1). Chorus sigue intentándolo.</translation>
    </message>
    <message>
        <location filename="../takepartpanel.cpp" line="367"/>
        <source>There is no check-in service to join: type its address above.</source>
        <translation>No hay servicio de check-in al que unirse: escribe su dirección arriba.</translation>
    </message>
    <message>
        <location filename="../takepartpanel.cpp" line="375"/>
        <source>Type your handle first, as it appears on %1.</source>
        <translation>Primero escribe tu usuario, tal como aparece en %1.</translation>
    </message>
    <message>
        <location filename="../takepartpanel.cpp" line="385"/>
        <source>“%1” is not a time zone Chorus knows; pick one from the list.</source>
        <translation>“%1” no es una zona horaria que Chorus conozca; elige una de la lista.</translation>
    </message>
    <message>
        <location filename="../takepartpanel.cpp" line="412"/>
        <source>A Bluesky handle is a domain name, such as alita.bsky.social.</source>
        <translation>Un usuario de Bluesky es un nombre de dominio, como alita.bsky.social.</translation>
    </message>
    <message>
        <location filename="../takepartpanel.cpp" line="414"/>
        <source>A Mastodon handle is your name and your server, such as @alita@mastodon.social.</source>
        <translation>Un usuario de Mastodon es tu nombre y tu servidor, como @alita@mastodon.social.</translation>
    </message>
    <message>
        <location filename="../takepartpanel.cpp" line="416"/>
        <source>An X handle is 1 to 15 letters A–Z, digits or _, such as @AlitaFan.</source>
        <translation>Un usuario de X tiene de 1 a 15 letras A–Z, dígitos o _, como @AlitaFan.</translation>
    </message>
    <message>
        <location filename="../takepartpanel.cpp" line="422"/>
        <source>yourname.bsky.social</source>
        <translation>tunombre.bsky.social</translation>
    </message>
    <message>
        <location filename="../takepartpanel.cpp" line="423"/>
        <source>@yourname@yourserver.social</source>
        <translation>@tunombre@tuservidor.social</translation>
    </message>
    <message>
        <location filename="../takepartpanel.cpp" line="429"/>
        <source>That is not a handle on %1. %2</source>
        <translation>Eso no es un usuario de %1. %2</translation>
    </message>
    <message>
        <location filename="../takepartpanel.cpp" line="456"/>
        <source>Joining…</source>
        <translation>Uniéndote…</translation>
    </message>
    <message>
        <location filename="../takepartpanel.cpp" line="462"/>
        <source>Join the campaign to tell the organizer you take part, and to see how many post with you.</source>
        <translation>Únete a la campaña para avisarle a quien organiza que participas y para ver cuántas personas publican contigo.</translation>
    </message>
    <message>
        <location filename="../takepartpanel.cpp" line="465"/>
        <source>Join with the handle you will post from. Then say “I&apos;m ready” before the start and “I posted” once your post is out.</source>
        <translation>Únete con el usuario desde el que vas a publicar. Después, di “Estoy listo” antes del inicio y “Ya publiqué” cuando tu publicación esté arriba.</translation>
    </message>
    <message>
        <location filename="../takepartpanel.cpp" line="474"/>
        <source>You&apos;re in as %1 on %2. Say “I&apos;m ready” when you are set to post, or “I posted” once your post is out.</source>
        <translation>Participas como %1 en %2. Di “Estoy listo” cuando estés preparado para publicar, o “Ya publiqué” cuando tu publicación esté arriba.</translation>
    </message>
    <message>
        <location filename="../takepartpanel.cpp" line="479"/>
        <source>You&apos;re in as %1 on %2, and ready. Say “I posted” once your post is out.</source>
        <translation>Participas como %1 en %2 y estás listo. Di “Ya publiqué” cuando tu publicación esté arriba.</translation>
    </message>
    <message>
        <location filename="../takepartpanel.cpp" line="483"/>
        <source>You&apos;re in as %1 on %2, and you posted. Thank you!</source>
        <translation>Participas como %1 en %2 y ya publicaste. ¡Gracias!</translation>
    </message>
    <message>
        <location filename="../takepartpanel.cpp" line="529"/>
        <source>You&apos;re the first one in.</source>
        <translation>Eres la primera persona en unirte.</translation>
    </message>
    <message numerus="yes">
        <location filename="../takepartpanel.cpp" line="530"/>
        <source>%n people are posting with you</source>
        <translation>
            <numerusform>%n persona está publicando contigo</numerusform>
            <numerusform>%n personas están publicando contigo</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../takepartpanel.cpp" line="510"/>
        <source>%1 of %2 have joined</source>
        <translation>%1 de %2 se han unido</translation>
    </message>
    <message numerus="yes">
        <location filename="../takepartpanel.cpp" line="532"/>
        <source>%n people have joined</source>
        <translation>
            <numerusform>Se unió %n persona</numerusform>
            <numerusform>Se unieron %n personas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../takepartpanel.cpp" line="513"/>
        <source>The goal: %1 people</source>
        <translation>La meta: %1 personas</translation>
    </message>
    <message>
        <location filename="../takepartpanel.cpp" line="535"/>
        <source>%1 ready · %2 posted</source>
        <translation>Listos: %1 · Publicaron: %2</translation>
    </message>
</context>
<context>
    <name>Chorus::Ui::TemplateListModel</name>
    <message>
        <location filename="../templatelistmodel.cpp" line="45"/>
        <source>(empty)</source>
        <translation>(vacía)</translation>
    </message>
    <message>
        <location filename="../templatelistmodel.cpp" line="65"/>
        <source>has errors</source>
        <translation>tiene errores</translation>
    </message>
    <message>
        <location filename="../templatelistmodel.cpp" line="65"/>
        <source>has warnings</source>
        <translation>tiene advertencias</translation>
    </message>
</context>
<context>
    <name>Chorus::Ui::TimelineView</name>
    <message>
        <location filename="../timelineview.cpp" line="46"/>
        <source>ddd d MMM</source>
        <comment>QDate::toString pattern of a day on a zone row</comment>
        <translation>ddd d MMM</translation>
    </message>
    <message>
        <location filename="../timelineview.cpp" line="68"/>
        <source>Timeline of the campaign hour across zones</source>
        <translation>Línea de tiempo de la hora de la campaña en las zonas horarias</translation>
    </message>
    <message>
        <location filename="../timelineview.cpp" line="69"/>
        <source>Left and right arrows move the campaign window by 15 minutes</source>
        <translation>Las flechas izquierda y derecha mueven la ventana de la campaña de a 15 minutos</translation>
    </message>
    <message>
        <location filename="../timelineview.cpp" line="235"/>
        <source>d MMM</source>
        <comment>QDate::toString pattern of the timeline&apos;s date marks</comment>
        <translation>d MMM</translation>
    </message>
    <message>
        <location filename="../timelineview.cpp" line="262"/>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <location filename="../timelineview.cpp" line="407"/>
        <source>%1: %2 %3–%4 (%5)</source>
        <translation>%1: %2 %3–%4 (%5)</translation>
    </message>
    <message>
        <location filename="../timelineview.cpp" line="427"/>
        <source>%1, %2 to %3</source>
        <comment>a zone row for screen readers: city, local start, local end</comment>
        <translation>%1, de %2 a %3</translation>
    </message>
    <message>
        <location filename="../timelineview.cpp" line="432"/>
        <source>comfortable</source>
        <translation>horario cómodo</translation>
    </message>
    <message>
        <location filename="../timelineview.cpp" line="435"/>
        <source>asleep</source>
        <translation>durmiendo</translation>
    </message>
    <message>
        <location filename="../timelineview.cpp" line="438"/>
        <source>at work</source>
        <translation>en el trabajo</translation>
    </message>
    <message>
        <location filename="../timelineview.cpp" line="441"/>
        <source>out of hours</source>
        <translation>fuera de horario</translation>
    </message>
    <message>
        <location filename="../timelineview.cpp" line="444"/>
        <source>%1, %2 to %3, %4</source>
        <comment>a zone row for screen readers: city, local start, local end, standing</comment>
        <translation>%1, de %2 a %3, %4</translation>
    </message>
    <message>
        <location filename="../timelineview.cpp" line="456"/>
        <source>%1 %2 to %3 UTC</source>
        <comment>the campaign window for screen readers: date, start, end</comment>
        <translation>%1 de %2 a %3 UTC</translation>
    </message>
</context>
<context>
    <name>Chorus::Ui::ZonePicker</name>
    <message>
        <location filename="../zonepicker.cpp" line="29"/>
        <source>City, country or zone</source>
        <translation>Ciudad, país o zona horaria</translation>
    </message>
    <message>
        <location filename="../zonepicker.cpp" line="31"/>
        <location filename="../zonepicker.cpp" line="33"/>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <location filename="../zonepicker.cpp" line="34"/>
        <source>Clear the zone</source>
        <translation>Borrar la zona horaria</translation>
    </message>
    <message>
        <location filename="../zonepicker.cpp" line="35"/>
        <source>Type a city, a country or a zone id, then pick a zone</source>
        <translation>Escribe una ciudad, un país o un ID de zona horaria y elige una zona</translation>
    </message>
</context>
<context>
    <name>Chorus::Ui::ZoneStatsModel</name>
    <message>
        <location filename="../participantsmodel.cpp" line="354"/>
        <source>All zones</source>
        <translation>Todas las zonas horarias</translation>
    </message>
    <message>
        <location filename="../participantsmodel.cpp" line="380"/>
        <source>Zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <location filename="../participantsmodel.cpp" line="382"/>
        <source>Joined</source>
        <translation>Se unieron</translation>
    </message>
    <message>
        <location filename="../participantsmodel.cpp" line="384"/>
        <source>Ready</source>
        <translation>Listos</translation>
    </message>
    <message>
        <location filename="../participantsmodel.cpp" line="386"/>
        <source>Posted</source>
        <translation>Publicaron</translation>
    </message>
</context>
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
        <location filename="../../core/share/fanpagestrings.cpp" line="48"/>
        <source>Copy one, change a word or two, and post it at the start. Identical copies get filtered.</source>
        <translation>Copia una, cambia una o dos palabras y publícala al comenzar. Las copias idénticas se filtran.</translation>
    </message>
    <message>
        <location filename="../../core/share/fanpagestrings.cpp" line="52"/>
        <source>Shuffle wording</source>
        <extracomment>Button: picks other wordings for the posts, so fans&apos; posts differ.</extracomment>
        <translation>Variar el texto</translation>
    </message>
    <message>
        <location filename="../../core/share/fanpagestrings.cpp" line="54"/>
        <source>Your Mastodon server (for the Mastodon button)</source>
        <translation>Tu servidor de Mastodon (para el botón de Mastodon)</translation>
    </message>
    <message>
        <location filename="../../core/share/fanpagestrings.cpp" line="55"/>
        <source>Join the hour</source>
        <translation>Únete al evento</translation>
    </message>
    <message>
        <location filename="../../core/share/fanpagestrings.cpp" line="56"/>
        <source>Your handle</source>
        <translation>Tu nombre de usuario</translation>
    </message>
    <message>
        <location filename="../../core/share/fanpagestrings.cpp" line="58"/>
        <source>@you</source>
        <extracomment>Example in the empty handle field: a user name with an @.</extracomment>
        <translation>@tu_usuario</translation>
    </message>
    <message>
        <location filename="../../core/share/fanpagestrings.cpp" line="59"/>
        <source>Platform</source>
        <translation>Plataforma</translation>
    </message>
    <message>
        <location filename="../../core/share/fanpagestrings.cpp" line="61"/>
        <source>Join</source>
        <extracomment>Button: sign up for the hour with the check-in service.</extracomment>
        <translation>Unirme</translation>
    </message>
    <message>
        <location filename="../../core/share/fanpagestrings.cpp" line="62"/>
        <source>I&apos;m ready</source>
        <translation>Todo listo</translation>
    </message>
    <message>
        <location filename="../../core/share/fanpagestrings.cpp" line="63"/>
        <source>I posted</source>
        <translation>Ya publiqué</translation>
    </message>
    <message>
        <location filename="../../core/share/fanpagestrings.cpp" line="65"/>
        <source>Made with Chorus. This page works offline; the times come from your device&apos;s clock and zone.</source>
        <translation>Hecho con Chorus. Esta página funciona sin conexión; las horas salen del reloj y la zona horaria de tu dispositivo.</translation>
    </message>
    <message>
        <location filename="../../core/share/fanpagestrings.cpp" line="69"/>
        <source>starts in %1</source>
        <extracomment>The ticking countdown; %1 is e.g. &quot;4 days 3 h 12 min 5 s&quot;.</extracomment>
        <translation>empieza en %1</translation>
    </message>
    <message>
        <location filename="../../core/share/fanpagestrings.cpp" line="71"/>
        <source>%1 h</source>
        <extracomment>Short unit in the ticking countdown.</extracomment>
        <translation>%1 h</translation>
    </message>
    <message>
        <location filename="../../core/share/fanpagestrings.cpp" line="73"/>
        <source>%1 min</source>
        <extracomment>Short unit in the ticking countdown.</extracomment>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../../core/share/fanpagestrings.cpp" line="75"/>
        <source>%1 s</source>
        <extracomment>Short unit in the ticking countdown.</extracomment>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../../core/share/fanpagestrings.cpp" line="77"/>
        <source>ended</source>
        <extracomment>The countdown once the hour is over.</extracomment>
        <translation>terminado</translation>
    </message>
    <message>
        <location filename="../../core/share/fanpagestrings.cpp" line="80"/>
        <source>The hour starts in %1.</source>
        <extracomment>Read out by screen readers at milestones (a day, an hour, 15 minutes… before); %1 is e.g. &quot;4 days, 3 hours, 12 minutes&quot;.</extracomment>
        <translation>El evento empieza en %1.</translation>
    </message>
    <message>
        <location filename="../../core/share/fanpagestrings.cpp" line="82"/>
        <source>It is on: %1 left. Post now!</source>
        <extracomment>Read out by screen readers during the hour; %1 is e.g. &quot;15 minutes&quot;.</extracomment>
        <translation>¡Ya empezó! Quedan %1. ¡Publica ahora!</translation>
    </message>
    <message>
        <location filename="../../core/share/fanpagestrings.cpp" line="83"/>
        <source>The hour has ended. Thank you!</source>
        <translation>El evento terminó. ¡Gracias!</translation>
    </message>
    <message>
        <location filename="../../core/share/fanpagestrings.cpp" line="85"/>
        <source>Post %1</source>
        <extracomment>Accessible name of one suggested post; %1 is its number.</extracomment>
        <translation>Publicación %1</translation>
    </message>
    <message>
        <location filename="../../core/share/fanpagestrings.cpp" line="86"/>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <location filename="../../core/share/fanpagestrings.cpp" line="88"/>
        <source>Copy post %1</source>
        <extracomment>Accessible name of a Copy button; %1 is the post&apos;s number.</extracomment>
        <translation>Copiar la publicación %1</translation>
    </message>
    <message>
        <location filename="../../core/share/fanpagestrings.cpp" line="89"/>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
    <message>
        <location filename="../../core/share/fanpagestrings.cpp" line="90"/>
        <source>Post copied.</source>
        <translation>Publicación copiada.</translation>
    </message>
    <message>
        <location filename="../../core/share/fanpagestrings.cpp" line="91"/>
        <source>Post on X</source>
        <translation>Publicar en X</translation>
    </message>
    <message>
        <location filename="../../core/share/fanpagestrings.cpp" line="92"/>
        <source>Post on Bluesky</source>
        <translation>Publicar en Bluesky</translation>
    </message>
    <message>
        <location filename="../../core/share/fanpagestrings.cpp" line="93"/>
        <source>Post on Mastodon</source>
        <translation>Publicar en Mastodon</translation>
    </message>
    <message>
        <location filename="../../core/share/fanpagestrings.cpp" line="94"/>
        <source>Type your Mastodon server first.</source>
        <translation>Primero escribe tu servidor de Mastodon.</translation>
    </message>
    <message>
        <location filename="../../core/share/fanpagestrings.cpp" line="95"/>
        <source>Joining…</source>
        <translation>Uniéndote…</translation>
    </message>
    <message>
        <location filename="../../core/share/fanpagestrings.cpp" line="96"/>
        <source>You&apos;re in. Come back at the start!</source>
        <translation>¡Ya estás dentro! Vuelve cuando empiece.</translation>
    </message>
    <message>
        <location filename="../../core/share/fanpagestrings.cpp" line="98"/>
        <source>Could not join: %1</source>
        <extracomment>%1 is the reason, in English, from the check-in service.</extracomment>
        <translation>No pudimos registrarte: %1</translation>
    </message>
    <message>
        <location filename="../../core/share/fanpagestrings.cpp" line="99"/>
        <source>Marked ready.</source>
        <translation>Anotado: todo listo.</translation>
    </message>
    <message>
        <location filename="../../core/share/fanpagestrings.cpp" line="100"/>
        <source>Thank you for posting!</source>
        <translation>¡Gracias por publicar!</translation>
    </message>
    <message>
        <location filename="../../core/share/fanpagestrings.cpp" line="102"/>
        <source>Could not check in: %1</source>
        <extracomment>%1 is the reason, in English, from the check-in service.</extracomment>
        <translation>No se pudo registrar: %1</translation>
    </message>
    <message>
        <location filename="../../core/share/fanpagestrings.cpp" line="104"/>
        <source>the service answered %1</source>
        <extracomment>The reason given when the service said no without saying why; %1 is an HTTP status.</extracomment>
        <translation>el servicio respondió %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/share/fanpagestrings.cpp" line="106"/>
        <source>%n day(s)</source>
        <extracomment>Ticking countdown: whole days before the start.</extracomment>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/share/fanpagestrings.cpp" line="108"/>
        <source>%n hour(s)</source>
        <extracomment>Spoken countdown.</extracomment>
        <translation>
            <numerusform>%n hora</numerusform>
            <numerusform>%n horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/share/fanpagestrings.cpp" line="110"/>
        <source>%n minute(s)</source>
        <extracomment>Spoken countdown, and the time left during the hour.</extracomment>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/share/fanpagestrings.cpp" line="112"/>
        <source>live now — %n minute(s) left</source>
        <extracomment>The countdown during the hour.</extracomment>
        <translation>
            <numerusform>en vivo: queda %n minuto</numerusform>
            <numerusform>en vivo: quedan %n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/share/fanpagestrings.cpp" line="114"/>
        <source>%n joined</source>
        <extracomment>Part of the line &quot;3 joined · 2 ready · 1 posted&quot;: people who joined the hour.</extracomment>
        <translation>
            <numerusform>%n participante</numerusform>
            <numerusform>%n participantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/share/fanpagestrings.cpp" line="116"/>
        <source>%n ready</source>
        <extracomment>Part of the line &quot;3 joined · 2 ready · 1 posted&quot;: people ready to post.</extracomment>
        <translation>
            <numerusform>%n listo</numerusform>
            <numerusform>%n listos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/share/fanpagestrings.cpp" line="118"/>
        <source>%n posted</source>
        <extracomment>Part of the line &quot;3 joined · 2 ready · 1 posted&quot;: people who have posted.</extracomment>
        <translation>
            <numerusform>%n publicó</numerusform>
            <numerusform>%n publicaron</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/share/fanpagestrings.cpp" line="120"/>
        <source>The goal: %1 people</source>
        <extracomment>The supporter goal before the check-in service answered; %1 is e.g. &quot;5,000&quot;.</extracomment>
        <translation>La meta: %1 personas</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/share/fanpagestrings.cpp" line="122"/>
        <source>%n of %1 have joined</source>
        <extracomment>The supporter goal: %n people joined out of %1 (e.g. &quot;1,234 of 5,000 have joined&quot;).</extracomment>
        <translation>
            <numerusform>%n de %1 se ha unido</numerusform>
            <numerusform>%n de %1 se han unido</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/share/fanpagestrings.cpp" line="125"/>
        <source>All or nothing: the posts go out only if %1 people have joined by %2, 10 minutes before the start.</source>
        <extracomment>All or nothing, before the decision; %1 the goal (&quot;5,000&quot;), %2 the local time.</extracomment>
        <translation>Todo o nada: las publicaciones salen solo si %1 personas se han unido antes de las %2, 10 minutos antes del inicio.</translation>
    </message>
    <message>
        <location filename="../../core/share/fanpagestrings.cpp" line="129"/>
        <source>The goal was met in time: the posts go out.</source>
        <extracomment>All or nothing, after the decision, when the goal was met.</extracomment>
        <translation>La meta se alcanzó a tiempo: las publicaciones salen.</translation>
    </message>
    <message>
        <location filename="../../core/share/fanpagestrings.cpp" line="132"/>
        <source>The goal was not met 10 minutes before the start: nothing is posted this time.</source>
        <extracomment>All or nothing, after the decision, when the goal was not met.</extracomment>
        <translation>La meta no se alcanzó 10 minutos antes del inicio: esta vez no se publica nada.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../../app/gui/main.cpp" line="24"/>
        <source>Plan, publish and run a worldwide synchronized posting hour.</source>
        <translation>Planifica, publica y lleva adelante una hora de publicaciones sincronizada en todo el mundo.</translation>
    </message>
    <message>
        <location filename="../../app/gui/main.cpp" line="29"/>
        <source>A campaign file or link to open.</source>
        <translation>Un archivo o enlace de campaña para abrir.</translation>
    </message>
</context>
</TS>
