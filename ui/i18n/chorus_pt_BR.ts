<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>Chorus::Ui::AudienceModel</name>
    <message>
        <location filename="../audiencemodel.cpp" line="88"/>
        <source>ddd d MMM</source>
        <comment>QDate::toString pattern of a local day</comment>
        <translation>ddd, d MMM</translation>
    </message>
    <message>
        <location filename="../audiencemodel.cpp" line="105"/>
        <source>City</source>
        <translation>Cidade</translation>
    </message>
    <message>
        <location filename="../audiencemodel.cpp" line="106"/>
        <source>Zone</source>
        <translation>Fuso horário</translation>
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
        <translation>Proporção</translation>
    </message>
    <message>
        <location filename="../audiencemodel.cpp" line="110"/>
        <source>Local start</source>
        <translation>Início local</translation>
    </message>
    <message>
        <location filename="../audiencemodel.cpp" line="137"/>
        <source>Change weight</source>
        <translation>alteração de peso</translation>
    </message>
    <message>
        <location filename="../audiencemodel.cpp" line="148"/>
        <source>Add %1</source>
        <translation>adição de %1</translation>
    </message>
    <message>
        <location filename="../audiencemodel.cpp" line="167"/>
        <source>Remove a zone</source>
        <translation>remoção de um fuso horário</translation>
    </message>
    <message>
        <location filename="../audiencemodel.cpp" line="167"/>
        <source>Remove %1 zones</source>
        <translation>remoção de %1 fusos horários</translation>
    </message>
</context>
<context>
    <name>Chorus::Ui::CheckinChart</name>
    <message>
        <location filename="../checkinchart.cpp" line="29"/>
        <source>Check-ins over time</source>
        <translation>Check-ins ao longo do tempo</translation>
    </message>
    <message numerus="yes">
        <location filename="../checkinchart.cpp" line="123"/>
        <source>per %n minute(s)</source>
        <translation>
            <numerusform>a cada %n minuto</numerusform>
            <numerusform>a cada %n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../checkinchart.cpp" line="124"/>
        <source>per %n hour(s)</source>
        <translation>
            <numerusform>a cada %n hora</numerusform>
            <numerusform>a cada %n horas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../checkinchart.cpp" line="144"/>
        <source>Check-ins from %1 to %2 (a bar %3): %4 joined, %5 ready, %6 posted. The tallest bar, at %7, has %8.</source>
        <translation>Check-ins de %1 a %2 (uma barra %3): %4 participações, %5 a postos, %6 postagens. A barra mais alta, em %7, tem %8.</translation>
    </message>
    <message>
        <location filename="../checkinchart.cpp" line="169"/>
        <source>joined</source>
        <translation>participações</translation>
    </message>
    <message>
        <location filename="../checkinchart.cpp" line="169"/>
        <source>ready</source>
        <translation>a postos</translation>
    </message>
    <message>
        <location filename="../checkinchart.cpp" line="169"/>
        <source>posted</source>
        <translation>postagens</translation>
    </message>
    <message>
        <location filename="../checkinchart.cpp" line="30"/>
        <location filename="../checkinchart.cpp" line="132"/>
        <location filename="../checkinchart.cpp" line="189"/>
        <source>No joins or check-ins yet.</source>
        <translation>Ainda não há participações nem check-ins.</translation>
    </message>
</context>
<context>
    <name>Chorus::Ui::CheckinsPage</name>
    <message>
        <location filename="../checkinspage.cpp" line="18"/>
        <source>Take part or organize</source>
        <translation>Participar ou organizar</translation>
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
        <translation>Participe da campanha e faça check-in como fã</translation>
    </message>
    <message>
        <location filename="../checkinspage.cpp" line="25"/>
        <source>Run the check-in service and watch who takes part</source>
        <translation>Execute o serviço de check-in e acompanhe quem participa</translation>
    </message>
</context>
<context>
    <name>Chorus::Ui::CountdownPage</name>
    <message numerus="yes">
        <location filename="../countdownpage.cpp" line="44"/>
        <location filename="../countdownpage.cpp" line="257"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dia</numerusform>
            <numerusform>%n dias</numerusform>
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
        <translation>Tempo até o início</translation>
    </message>
    <message>
        <location filename="../countdownpage.cpp" line="75"/>
        <source>Progress through the hour</source>
        <translation>Progresso da hora</translation>
    </message>
    <message>
        <location filename="../countdownpage.cpp" line="84"/>
        <source>Clock warning</source>
        <translation>Aviso sobre o relógio</translation>
    </message>
    <message>
        <location filename="../countdownpage.cpp" line="98"/>
        <source>Show times for:</source>
        <translation>Mostrar horários em:</translation>
    </message>
    <message>
        <location filename="../countdownpage.cpp" line="194"/>
        <source>Starts %1 at %2 — your time (%3)</source>
        <translation>Começa %1 às %2 — no seu horário (%3)</translation>
    </message>
    <message>
        <location filename="../countdownpage.cpp" line="196"/>
        <source>Ends at %1</source>
        <translation>Termina às %1</translation>
    </message>
    <message>
        <location filename="../countdownpage.cpp" line="199"/>
        <source>Ends %1 at %2</source>
        <translation>Termina %1 às %2</translation>
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
        <translation>Seu relógio está %1 adiantado em relação ao serviço de check-in.</translation>
    </message>
    <message>
        <location filename="../countdownpage.cpp" line="228"/>
        <source>Your clock is %1 slow compared with the check-in service.</source>
        <translation>Seu relógio está %1 atrasado em relação ao serviço de check-in.</translation>
    </message>
    <message>
        <location filename="../countdownpage.cpp" line="230"/>
        <source>This countdown is corrected for it; set your clock right so that other apps agree.</source>
        <translation>Esta contagem regressiva já compensa a diferença; acerte o relógio para que os outros aplicativos mostrem o mesmo horário.</translation>
    </message>
    <message>
        <location filename="../countdownpage.cpp" line="259"/>
        <source>until the start</source>
        <translation>até o início</translation>
    </message>
    <message>
        <location filename="../countdownpage.cpp" line="265"/>
        <source>Live now</source>
        <translation>Ao vivo agora</translation>
    </message>
    <message numerus="yes">
        <location filename="../countdownpage.cpp" line="266"/>
        <source>%n minute(s) left — post together!</source>
        <translation>
            <numerusform>Falta %n minuto — vamos postar juntos!</numerusform>
            <numerusform>Faltam %n minutos — vamos postar juntos!</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../countdownpage.cpp" line="272"/>
        <source>Ended</source>
        <translation>Encerrado</translation>
    </message>
    <message>
        <location filename="../countdownpage.cpp" line="273"/>
        <source>Thank you for posting together.</source>
        <translation>Obrigado por postar junto com a gente.</translation>
    </message>
    <message>
        <location filename="../countdownpage.cpp" line="279"/>
        <source>Next reminder: %1 before the start, at %2</source>
        <translation>Próximo lembrete: %1 antes do início, em %2</translation>
    </message>
    <message>
        <location filename="../countdownpage.cpp" line="191"/>
        <source>dddd d MMMM yyyy</source>
        <comment>QDate::toString pattern of the start day</comment>
        <translation>dddd, d &apos;de&apos; MMMM &apos;de&apos; yyyy</translation>
    </message>
    <message>
        <location filename="../countdownpage.cpp" line="201"/>
        <source>dddd d MMMM</source>
        <comment>QDate::toString pattern of the end day</comment>
        <translation>dddd, d &apos;de&apos; MMMM</translation>
    </message>
</context>
<context>
    <name>Chorus::Ui::DetailsForm</name>
    <message>
        <location filename="../detailsform.cpp" line="49"/>
        <source>What the hour is for</source>
        <translation>Motivo desta hora</translation>
    </message>
    <message>
        <location filename="../detailsform.cpp" line="51"/>
        <source>#YourHashtag</source>
        <translation>#SuaHashtag</translation>
    </message>
    <message>
        <location filename="../detailsform.cpp" line="57"/>
        <source>Start date</source>
        <translation>Data de início</translation>
    </message>
    <message>
        <location filename="../detailsform.cpp" line="60"/>
        <source>Start time</source>
        <translation>Hora de início</translation>
    </message>
    <message>
        <location filename="../detailsform.cpp" line="61"/>
        <source>The start&apos;s date, in the zone chosen beside it</source>
        <translation>A data do início, no fuso horário escolhido ao lado</translation>
    </message>
    <message>
        <location filename="../detailsform.cpp" line="62"/>
        <source>The start&apos;s time of day, in the zone chosen beside it</source>
        <translation>A hora do início, no fuso horário escolhido ao lado</translation>
    </message>
    <message>
        <location filename="../detailsform.cpp" line="74"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../detailsform.cpp" line="75"/>
        <source>Duration in minutes</source>
        <translation>Duração em minutos</translation>
    </message>
    <message>
        <location filename="../detailsform.cpp" line="76"/>
        <source>How long the posting hour lasts</source>
        <translation>Quanto tempo dura a hora de postagem</translation>
    </message>
    <message>
        <location filename="../detailsform.cpp" line="78"/>
        <source>minutes before, e.g. 1440, 60, 10</source>
        <translation>minutos antes, ex.: 1440, 60, 10</translation>
    </message>
    <message>
        <location filename="../detailsform.cpp" line="86"/>
        <source>Who runs the campaign, written into the calendar event</source>
        <translation>Quem conduz a campanha, registrado no evento do calendário</translation>
    </message>
    <message>
        <location filename="../detailsform.cpp" line="88"/>
        <source>The organizer&apos;s e-mail address, written into the calendar event</source>
        <translation>O e-mail de quem organiza, registrado no evento do calendário</translation>
    </message>
    <message>
        <location filename="../detailsform.cpp" line="93"/>
        <source>in</source>
        <translation>em</translation>
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
        <translation>Iní&amp;cio:</translation>
    </message>
    <message>
        <location filename="../detailsform.cpp" line="110"/>
        <source>&amp;Duration:</source>
        <translation>Du&amp;ração:</translation>
    </message>
    <message>
        <location filename="../detailsform.cpp" line="111"/>
        <source>&amp;Reminders:</source>
        <translation>&amp;Lembretes:</translation>
    </message>
    <message>
        <location filename="../detailsform.cpp" line="113"/>
        <source>&amp;Link:</source>
        <translation>Li&amp;nk:</translation>
    </message>
    <message>
        <location filename="../detailsform.cpp" line="115"/>
        <source>&amp;Organizer:</source>
        <translation>&amp;Organizador(a):</translation>
    </message>
    <message>
        <location filename="../detailsform.cpp" line="116"/>
        <source>&amp;E-mail:</source>
        <translation>E-&amp;mail:</translation>
    </message>
    <message>
        <location filename="../detailsform.cpp" line="124"/>
        <source>Change title</source>
        <translation>alteração de título</translation>
    </message>
    <message>
        <location filename="../detailsform.cpp" line="132"/>
        <source>A hashtag is one word after #, without spaces.</source>
        <translation>Uma hashtag é uma única palavra depois de #, sem espaços.</translation>
    </message>
    <message>
        <location filename="../detailsform.cpp" line="136"/>
        <source>Change hashtag</source>
        <translation>alteração de hashtag</translation>
    </message>
    <message>
        <location filename="../detailsform.cpp" line="145"/>
        <source>Change duration</source>
        <translation>alteração de duração</translation>
    </message>
    <message>
        <location filename="../detailsform.cpp" line="153"/>
        <source>&apos;%1&apos; is not an http or https link.</source>
        <translation>&apos;%1&apos; não é um link http ou https.</translation>
    </message>
    <message>
        <location filename="../detailsform.cpp" line="157"/>
        <source>Change link</source>
        <translation>alteração de link</translation>
    </message>
    <message>
        <location filename="../detailsform.cpp" line="161"/>
        <source>Change organizer</source>
        <translation>alteração de organizador(a)</translation>
    </message>
    <message>
        <location filename="../detailsform.cpp" line="165"/>
        <source>Change e-mail</source>
        <translation>alteração de e-mail</translation>
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
        <translation>alteração de início</translation>
    </message>
    <message>
        <location filename="../detailsform.cpp" line="262"/>
        <source>%1 does not exist in %2: the clocks jump from %3 to %4 (%5 → %6). Choose what you mean:</source>
        <translation>%1 não existe em %2: os relógios saltam de %3 para %4 (%5 → %6). Escolha o horário desejado:</translation>
    </message>
    <message>
        <location filename="../detailsform.cpp" line="270"/>
        <source>%1 (%2 by the new clock)</source>
        <translation>%1 (%2 pelo novo horário)</translation>
    </message>
    <message>
        <location filename="../detailsform.cpp" line="272"/>
        <source>%1 (%2, when the clocks change)</source>
        <translation>%1 (%2, quando os relógios mudam)</translation>
    </message>
    <message>
        <location filename="../detailsform.cpp" line="277"/>
        <source>%1 happens twice in %2: the clocks go back from %3 to %4 (%5 → %6). Choose which one:</source>
        <translation>%1 ocorre duas vezes em %2: os relógios voltam de %3 para %4 (%5 → %6). Escolha qual delas:</translation>
    </message>
    <message>
        <location filename="../detailsform.cpp" line="284"/>
        <source>The first, %1 (%2)</source>
        <translation>A primeira, %1 (%2)</translation>
    </message>
    <message>
        <location filename="../detailsform.cpp" line="286"/>
        <source>The second, %1 (%2)</source>
        <translation>A segunda, %1 (%2)</translation>
    </message>
    <message>
        <location filename="../detailsform.cpp" line="319"/>
        <source>%1 is listed twice.</source>
        <translation>%1 aparece duas vezes.</translation>
    </message>
    <message>
        <location filename="../detailsform.cpp" line="325"/>
        <source>Change reminders</source>
        <translation>alteração de lembretes</translation>
    </message>
</context>
<context>
    <name>Chorus::Ui::MainWindow</name>
    <message>
        <location filename="../mainwindow.cpp" line="298"/>
        <location filename="../mainwindow.cpp" line="309"/>
        <source>%1 could not be opened, so the sample is shown. %2</source>
        <translation>Não foi possível abrir %1, então a campanha de exemplo está sendo exibida. %2</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="64"/>
        <source>Unsaved changes</source>
        <translation>Alterações não salvas</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="65"/>
        <source>“%1” has changes that are not saved. Save them first?</source>
        <translation>“%1” tem alterações não salvas. Deseja salvá-las antes?</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="73"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="111"/>
        <source>Messages</source>
        <translation>Mensagens</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="112"/>
        <source>Check-ins</source>
        <translation>Check-ins</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="113"/>
        <source>Share</source>
        <translation>Compartilhar</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="100"/>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="102"/>
        <source>The campaign&apos;s pages: plan, countdown, messages, check-ins and share</source>
        <translation>As páginas da campanha: planejar, contagem regressiva, mensagens, check-ins e compartilhar</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="109"/>
        <source>Plan</source>
        <translation>Planejar</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="110"/>
        <source>Countdown</source>
        <translation>Contagem regressiva</translation>
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
        <translation>%1 começa em %2</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="175"/>
        <source>%1 is live — post together now!</source>
        <translation>%1 começou — vamos postar juntos agora!</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="173"/>
        <source>%1 is live — post together now! Click here to post on X now.</source>
        <translation>%1 começou — postem juntos agora! Clique aqui para postar no X agora.</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="317"/>
        <location filename="../mainwindow.cpp" line="327"/>
        <source>The last campaign could not be opened, so the sample is shown. %1</source>
        <translation>Não foi possível abrir a última campanha, então a campanha de exemplo está sendo exibida. %1</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="181"/>
        <source>Keep Chorus running?</source>
        <translation>Manter o Chorus aberto?</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="182"/>
        <source>Chorus still has to make a post for you at the start. Keep it running in the tray? If it quits, that post is not made.</source>
        <translation>O Chorus ainda vai fazer uma postagem por você no início. Mantê-lo aberto na bandeja? Se ele fechar, essa postagem não é feita.</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="207"/>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="208"/>
        <source>&amp;New</source>
        <translation>&amp;Novo</translation>
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
        <translation>Abrir recen&amp;tes</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="212"/>
        <source>Open the Sa&amp;mple Campaign</source>
        <translation>Abrir a campanha de e&amp;xemplo</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="217"/>
        <source>&amp;Save</source>
        <translation>&amp;Salvar</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="218"/>
        <source>Save &amp;As…</source>
        <translation>Salvar &amp;como…</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="221"/>
        <source>&amp;Publish…</source>
        <translation>&amp;Publicar…</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="224"/>
        <source>&amp;Quit</source>
        <translation>Sai&amp;r</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="225"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="226"/>
        <source>&amp;Undo</source>
        <translation>&amp;Desfazer</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="228"/>
        <source>&amp;Redo</source>
        <translation>&amp;Refazer</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="232"/>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="238"/>
        <source>&amp;Help</source>
        <translation>Aj&amp;uda</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="239"/>
        <source>&amp;About Chorus</source>
        <translation>&amp;Sobre o Chorus</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="240"/>
        <source>About Chorus</source>
        <translation>Sobre o Chorus</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="241"/>
        <source>&lt;h3&gt;Chorus %1&lt;/h3&gt;&lt;p&gt;Plan, publish and run a worldwide synchronized posting hour.&lt;/p&gt;&lt;p&gt;Time zones from the system&apos;s tz database.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Chorus %1&lt;/h3&gt;&lt;p&gt;Planeje, publique e conduza uma hora de postagem sincronizada no mundo todo.&lt;/p&gt;&lt;p&gt;Fusos horários do banco de dados tz do sistema.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="340"/>
        <source>Opening %1…</source>
        <translation>Abrindo %1…</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="379"/>
        <source>New campaign</source>
        <translation>Nova campanha</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="397"/>
        <source>Showing the sample campaign</source>
        <translation>Exibindo a campanha de exemplo</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="399"/>
        <source>Opened %1</source>
        <translation>%1 aberto</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="422"/>
        <source>Saved %1</source>
        <translation>Salvo em %1</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="436"/>
        <source>Save Campaign</source>
        <translation>Salvar campanha</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="437"/>
        <source>Chorus campaigns (*.chorus.json)</source>
        <translation>Campanhas do Chorus (*.chorus.json)</translation>
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
        <translation>Abrir campanha</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="491"/>
        <source>Chorus campaigns (*.chorus.json);;JSON files (*.json)</source>
        <translation>Campanhas do Chorus (*.chorus.json);;Arquivos JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="499"/>
        <source>Open Campaign from a Link</source>
        <translation>Abrir campanha a partir de um link</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="500"/>
        <source>Campaign link (https://…):</source>
        <translation>Link da campanha (https://…):</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="506"/>
        <source>&apos;%1&apos; is not an http or https link.</source>
        <translation>&apos;%1&apos; não é um link http ou https.</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="545"/>
        <source>Chorus keeps running here and posts for you at the start.</source>
        <translation>O Chorus continua aberto aqui e posta por você no início.</translation>
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
        <translation>a hashtag da campanha</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="91"/>
        <source>the campaign link</source>
        <translation>o link da campanha</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="93"/>
        <source>the start on the fan&apos;s clock (22:30, 9:00 PM)</source>
        <translation>o início no relógio do fã (22:30, 9:00 PM)</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="95"/>
        <source>the start&apos;s date in the fan&apos;s zone</source>
        <translation>a data do início no fuso horário do fã</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="97"/>
        <source>the fan&apos;s city</source>
        <translation>a cidade do fã</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="99"/>
        <source>the fan&apos;s UTC offset (UTC+05:30)</source>
        <translation>o deslocamento UTC do fã (UTC+05:30)</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="141"/>
        <source>Templates</source>
        <translation>Modelos</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="142"/>
        <source>The campaign&apos;s post templates; select one to edit it</source>
        <translation>Os modelos de postagem da campanha; selecione um para editá-lo</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="149"/>
        <source>&amp;Add</source>
        <translation>Adi&amp;cionar</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="150"/>
        <source>Add a template after the selected one</source>
        <translation>Adicionar um modelo depois do selecionado</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="151"/>
        <source>D&amp;uplicate</source>
        <translation>&amp;Duplicar</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="153"/>
        <source>Add a copy of the selected template, to write another version of it</source>
        <translation>Adicionar uma cópia do modelo selecionado, para escrever outra versão dele</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="154"/>
        <source>Remo&amp;ve</source>
        <translation>&amp;Remover</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="155"/>
        <source>Remove the selected template (Undo brings it back)</source>
        <translation>Remover o modelo selecionado (Desfazer o traz de volta)</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="158"/>
        <source>Move up (Alt+Up)</source>
        <translation>Mover para cima (Alt+↑)</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="159"/>
        <source>Move up</source>
        <translation>Mover para cima</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="162"/>
        <source>Move down (Alt+Down)</source>
        <translation>Mover para baixo (Alt+↓)</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="163"/>
        <source>Move down</source>
        <translation>Mover para baixo</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="174"/>
        <source>&lt;b&gt;Templates&lt;/b&gt;</source>
        <translation>&lt;b&gt;Modelos&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="184"/>
        <source>&lt;h2&gt;No messages yet&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Ainda não há mensagens&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="187"/>
        <source>A template is the post fans copy when the hour starts. Write it once with placeholders such as {hashtag} and {local_time}, which each fan gets filled in for their own zone, and with variants such as {We want|Give us}, so that thousands of fans do not post the same words. Counters show at once whether it fits on X, Bluesky and Mastodon.</source>
        <translation>Um modelo é a postagem que os fãs copiam quando a hora começa. Escreva-o uma vez, com campos como {hashtag} e {local_time}, que são preenchidos para o fuso horário de cada fã, e com variantes como {Queremos|Exigimos}, para que milhares de fãs não postem as mesmas palavras. Os contadores mostram na hora se ele cabe no X, no Bluesky e no Mastodon.</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="196"/>
        <source>Add the first template</source>
        <translation>Adicionar o primeiro modelo</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="212"/>
        <source>Template id</source>
        <translation>ID do modelo</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="213"/>
        <source>A short name for the template, unique in the campaign (&quot;main&quot;)</source>
        <translation>Um nome curto para o modelo, único na campanha (&quot;principal&quot;)</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="220"/>
        <source>Offer this template to fans posting on %1</source>
        <translation>Oferecer este modelo aos fãs que postam no %1</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="222"/>
        <source>%1 length</source>
        <translation>Tamanho no %1</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="238"/>
        <source>Template text</source>
        <translation>Texto do modelo</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="240"/>
        <source>The post, with placeholders such as {hashtag} and variants such as {a|b}</source>
        <translation>A postagem, com campos como {hashtag} e variantes como {a|b}</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="243"/>
        <source>{We want|Give us} the sequel! {hashtag}</source>
        <translation>{Queremos|Exigimos} a sequência! {hashtag}</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="249"/>
        <source>&amp;Insert placeholder</source>
        <translation>I&amp;nserir campo</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="256"/>
        <source>{%1} — %2</source>
        <translation>{%1} — %2</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="260"/>
        <source>Variants {a|b} — each fan gets one of them</source>
        <translation>Variantes {a|b} — cada fã recebe uma delas</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="263"/>
        <source>Insert variants</source>
        <translation>inserção de variantes</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="271"/>
        <source>&amp;Text:</source>
        <translation>&amp;Texto:</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="282"/>
        <source>Lint findings</source>
        <translation>Apontamentos da revisão</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="290"/>
        <source>Variant </source>
        <translation>Variante </translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="291"/>
        <source>Variant shown</source>
        <translation>Variante exibida</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="292"/>
        <source>Which of the template&apos;s variants the preview shows</source>
        <translation>Qual das variantes do modelo a prévia mostra</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="295"/>
        <source>@fan</source>
        <translation>@fã</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="297"/>
        <source>Clear the handle</source>
        <translation>Limpar o nome de usuário</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="299"/>
        <source>Each fan gets one variant, chosen from their handle: type a handle to see which</source>
        <translation>Cada fã recebe uma variante, escolhida a partir do nome de usuário: digite um nome de usuário para ver qual</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="301"/>
        <source>Fan handle</source>
        <translation>Nome de usuário do fã</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="306"/>
        <source>or the one this fan gets:</source>
        <translation>ou a que este fã recebe:</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="316"/>
        <source>Preview</source>
        <translation>Prévia</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="318"/>
        <source>&amp;Copy</source>
        <translation>C&amp;opiar</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="319"/>
        <source>Copy this text to the clipboard</source>
        <translation>Copiar este texto para a área de transferência</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="324"/>
        <source>Open in %1</source>
        <translation>Abrir no %1</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="325"/>
        <source>Open %1&apos;s compose window in the browser with this text</source>
        <translation>Abrir a janela de nova postagem do %1 no navegador com este texto</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="332"/>
        <source>your Mastodon server</source>
        <translation>servidor Mastodon</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="334"/>
        <source>The server you post on Mastodon from, such as mastodon.social</source>
        <translation>O servidor pelo qual você posta no Mastodon, como mastodon.social</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="335"/>
        <source>Mastodon server</source>
        <translation>Servidor do Mastodon</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="348"/>
        <source>&amp;Id:</source>
        <translation>I&amp;D:</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="353"/>
        <source>Platforms:</source>
        <translation>Plataformas:</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="374"/>
        <source>Campaign lint findings</source>
        <translation>Apontamentos da revisão da campanha</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="420"/>
        <source>Add</source>
        <translation>Adicionar</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="421"/>
        <source>Duplicate</source>
        <translation>Duplicar</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="422"/>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="423"/>
        <source>Move Up</source>
        <translation>Mover para cima</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="424"/>
        <source>Move Down</source>
        <translation>Mover para baixo</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="625"/>
        <source>A template needs some text; until it has some, the campaign keeps the last text it had.</source>
        <translation>Um modelo precisa de algum texto; enquanto não tiver, a campanha mantém o último texto que ele teve.</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="631"/>
        <source>%1 characters are more than a template may have (%2); the campaign keeps the last text that fitted.</source>
        <translation>%1 caracteres são mais do que um modelo pode ter (%2); a campanha mantém o último texto que cabia.</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="641"/>
        <source>Edit template “%1”</source>
        <translation>edição do modelo “%1”</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="674"/>
        <source>A template needs an id, a short name such as &quot;main&quot;.</source>
        <translation>Um modelo precisa de um ID, um nome curto como &quot;principal&quot;.</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="677"/>
        <source>Another template is called “%1”; ids are unique.</source>
        <translation>Outro modelo já se chama “%1”; os IDs são únicos.</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="687"/>
        <source>Rename template “%1” to “%2”</source>
        <translation>renomeação do modelo “%1” para “%2”</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="711"/>
        <source>Change platforms of “%1”</source>
        <translation>alteração de plataformas de “%1”</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="751"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="754"/>
        <source>(%1 over)</source>
        <translation>(%1 a mais)</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="756"/>
        <source> (%1 / %2 bytes)</source>
        <translation> (%1 / %2 bytes)</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="760"/>
        <source>The longest of %1 variants is variant %2: %3 of %4 characters as %5 counts them.</source>
        <translation>A mais longa das %1 variantes é a variante %2: %3 de %4 caracteres, pela contagem do %5.</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="766"/>
        <source>%1 of %2 characters as %3 counts them.</source>
        <translation>%1 de %2 caracteres, pela contagem do %3.</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="771"/>
        <source>Too long: %1 would refuse it.</source>
        <translation>Longo demais: o %1 o recusaria.</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="774"/>
        <source>(This template is not offered on %1.)</source>
        <translation>(Este modelo não é oferecido no %1.)</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="786"/>
        <source>Counted on the longest of the first %1 of %2 variants</source>
        <translation>Contagem feita na mais longa das primeiras %1 de %2 variantes</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="790"/>
        <source>Counted on the longest of its %1 variants</source>
        <translation>Contagem feita na mais longa de suas %1 variantes</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="792"/>
        <source>Counted</source>
        <translation>Contagem feita</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="793"/>
        <source>, with the longest city, time, date and link a fan could get.</source>
        <translation>, com a cidade, o horário, a data e o link mais longos que um fã poderia receber.</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="818"/>
        <source>&lt;b&gt;Preview for you&lt;/b&gt; — %1 (%2), as your locale writes dates and times</source>
        <translation>&lt;b&gt;Prévia para você&lt;/b&gt; — %1 (%2), com datas e horários no formato da sua localidade</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="831"/>
        <source>of %1</source>
        <translation>de %1</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="855"/>
        <source>Add the link on the Plan page.</source>
        <translation>Adicione o link na página Planejar.</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="860"/>
        <source>No preview: %1</source>
        <translation>Sem prévia: %1</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="879"/>
        <source>Error</source>
        <translation>Erro</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="879"/>
        <source>Warning</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="881"/>
        <source>%1: the campaign: %2</source>
        <translation>%1: a campanha: %2</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="893"/>
        <source>Lint finds nothing to fix in this template.</source>
        <translation>A revisão não encontrou nada a corrigir neste modelo.</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="980"/>
        <source>{Here we go|Count me in|Posting now} with fans everywhere! {hashtag}</source>
        <translation>{Lá vamos nós|Estou dentro|Postando agora} com fãs do mundo todo! {hashtag}</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="985"/>
        <source>Add template “%1”</source>
        <translation>adição do modelo “%1”</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="1000"/>
        <source>Duplicate template “%1”</source>
        <translation>duplicação do modelo “%1”</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="1012"/>
        <source>Remove template “%1”</source>
        <translation>remoção do modelo “%1”</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="1023"/>
        <source>Move template “%1”</source>
        <translation>movimentação do modelo “%1”</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="1031"/>
        <source>Insert {%1}</source>
        <translation>inserção de {%1}</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="1040"/>
        <source>Nothing to copy: the preview has no text.</source>
        <translation>Nada para copiar: a prévia não tem texto.</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="1044"/>
        <source>Copied. Paste it where you post.</source>
        <translation>Copiado. Cole onde você posta.</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="1050"/>
        <source>Nothing to post: the preview has no text.</source>
        <translation>Nada para postar: a prévia não tem texto.</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="1061"/>
        <source>Opened %1 in your browser with this text.</source>
        <translation>%1 aberto no navegador com este texto.</translation>
    </message>
</context>
<context>
    <name>Chorus::Ui::OrganizePanel</name>
    <message>
        <location filename="../organizepanel.cpp" line="77"/>
        <source>Check-in databases (*.sqlite *.db);;All files (*)</source>
        <translation>Bancos de dados de check-in (*.sqlite *.db);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <location filename="../organizepanel.cpp" line="81"/>
        <source>CSV files (*.csv)</source>
        <translation>Arquivos CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../organizepanel.cpp" line="99"/>
        <source>any free port</source>
        <translation>qualquer porta livre</translation>
    </message>
    <message>
        <location filename="../organizepanel.cpp" line="104"/>
        <source>Database file</source>
        <translation>Arquivo do banco de dados</translation>
    </message>
    <message>
        <location filename="../organizepanel.cpp" line="111"/>
        <source>Choose…</source>
        <translation>Escolher…</translation>
    </message>
    <message>
        <location filename="../organizepanel.cpp" line="113"/>
        <source>Check-in Database</source>
        <translation>Banco de dados de check-in</translation>
    </message>
    <message>
        <location filename="../organizepanel.cpp" line="117"/>
        <source>&amp;Start the service</source>
        <translation>I&amp;niciar o serviço</translation>
    </message>
    <message>
        <location filename="../organizepanel.cpp" line="118"/>
        <source>S&amp;top</source>
        <translation>Pa&amp;rar</translation>
    </message>
    <message>
        <location filename="../organizepanel.cpp" line="127"/>
        <source>Admin token</source>
        <translation>Token de administração</translation>
    </message>
    <message>
        <location filename="../organizepanel.cpp" line="132"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <location filename="../organizepanel.cpp" line="135"/>
        <source>The admin token is on the clipboard.</source>
        <translation>O token de administração está na área de transferência.</translation>
    </message>
    <message>
        <location filename="../organizepanel.cpp" line="137"/>
        <source>I have saved it</source>
        <translation>Já salvei</translation>
    </message>
    <message>
        <location filename="../organizepanel.cpp" line="140"/>
        <source>&lt;b&gt;Admin token — shown only this once.&lt;/b&gt; Scripts use it to read the participant list over HTTP (&lt;tt&gt;GET /api/v1/participants&lt;/tt&gt;). Chorus keeps only a hash of it: copy it now if you need it, you won&apos;t see it again. Each start makes a new one.</source>
        <translation>&lt;b&gt;Token de administração — exibido só desta vez.&lt;/b&gt; Scripts o usam para ler a lista de participantes por HTTP (&lt;tt&gt;GET /api/v1/participants&lt;/tt&gt;). O Chorus guarda apenas um hash dele: copie-o agora se precisar, pois você não o verá de novo. Cada início do serviço gera um novo.</translation>
    </message>
    <message>
        <location filename="../organizepanel.cpp" line="156"/>
        <source>Check-in service</source>
        <translation>Serviço de check-in</translation>
    </message>
    <message>
        <location filename="../organizepanel.cpp" line="164"/>
        <source>A&amp;ddress:</source>
        <translation>En&amp;dereço:</translation>
    </message>
    <message>
        <location filename="../organizepanel.cpp" line="167"/>
        <source>P&amp;ort:</source>
        <translation>P&amp;orta:</translation>
    </message>
    <message>
        <location filename="../organizepanel.cpp" line="171"/>
        <source>Data&amp;base:</source>
        <translation>&amp;Banco de dados:</translation>
    </message>
    <message>
        <location filename="../organizepanel.cpp" line="180"/>
        <source>Put this address in the campaign</source>
        <translation>Colocar este endereço na campanha</translation>
    </message>
    <message>
        <location filename="../organizepanel.cpp" line="94"/>
        <source>127.0.0.1 accepts only this computer; 0.0.0.0 (or :: for IPv6 too) accepts every network (put a TLS proxy in front for the internet).</source>
        <translation>127.0.0.1 aceita apenas este computador; 0.0.0.0 (ou :: para incluir IPv6) aceita todas as redes (para a internet, coloque um proxy TLS na frente).</translation>
    </message>
    <message>
        <location filename="../organizepanel.cpp" line="101"/>
        <source>The port the check-in service listens on; 0 picks any free port</source>
        <translation>A porta em que o serviço de check-in escuta; 0 escolhe qualquer porta livre</translation>
    </message>
    <message>
        <location filename="../organizepanel.cpp" line="105"/>
        <source>The SQLite file that keeps the check-ins</source>
        <translation>O arquivo SQLite que guarda os check-ins</translation>
    </message>
    <message>
        <location filename="../organizepanel.cpp" line="185"/>
        <source>Set the check-in address</source>
        <translation>definição do endereço de check-in</translation>
    </message>
    <message>
        <location filename="../organizepanel.cpp" line="205"/>
        <location filename="../organizepanel.cpp" line="630"/>
        <source>No participants yet.</source>
        <translation>Ainda não há participantes.</translation>
    </message>
    <message>
        <location filename="../organizepanel.cpp" line="208"/>
        <source>All zones</source>
        <translation>Todos os fusos horários</translation>
    </message>
    <message>
        <location filename="../organizepanel.cpp" line="211"/>
        <source>All platforms</source>
        <translation>Todas as plataformas</translation>
    </message>
    <message>
        <location filename="../organizepanel.cpp" line="215"/>
        <source>Any status</source>
        <translation>Qualquer status</translation>
    </message>
    <message>
        <location filename="../organizepanel.cpp" line="218"/>
        <source>Show the participants of a zone</source>
        <translation>Mostrar os participantes de um fuso horário</translation>
    </message>
    <message>
        <location filename="../organizepanel.cpp" line="219"/>
        <source>Show the participants on a platform</source>
        <translation>Mostrar os participantes de uma plataforma</translation>
    </message>
    <message>
        <location filename="../organizepanel.cpp" line="220"/>
        <source>Show the participants with a status</source>
        <translation>Mostrar os participantes com um status</translation>
    </message>
    <message>
        <location filename="../organizepanel.cpp" line="222"/>
        <source>Filters the participants table and its CSV export</source>
        <translation>Filtra a tabela de participantes e a exportação CSV</translation>
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
        <translation>Contagem de pessoas por fuso horário</translation>
    </message>
    <message>
        <location filename="../organizepanel.cpp" line="263"/>
        <source>How many joined, are ready and have posted, zone by zone</source>
        <translation>Quantos participam, estão a postos e já postaram, fuso por fuso</translation>
    </message>
    <message>
        <location filename="../organizepanel.cpp" line="284"/>
        <source>Use sign-ups as the &amp;audience</source>
        <translation>Usar inscrições como &amp;público</translation>
    </message>
    <message>
        <location filename="../organizepanel.cpp" line="285"/>
        <source>Replaces the Plan page&apos;s audience with one entry per zone, weighted by the number of people who joined from it (undoable).</source>
        <translation>Substitui o público da página Planejar por uma entrada por fuso horário, com peso igual ao número de pessoas que participaram a partir dele (pode ser desfeito).</translation>
    </message>
    <message>
        <location filename="../organizepanel.cpp" line="288"/>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xportar CSV…</translation>
    </message>
    <message>
        <location filename="../organizepanel.cpp" line="289"/>
        <source>Saves the participants the table shows (the filters apply).</source>
        <translation>Salva os participantes exibidos na tabela (com os filtros aplicados).</translation>
    </message>
    <message>
        <location filename="../organizepanel.cpp" line="304"/>
        <source>Participants and pulse</source>
        <translation>Participantes e pulso</translation>
    </message>
    <message>
        <location filename="../organizepanel.cpp" line="306"/>
        <source>Pulse</source>
        <translation>Pulso</translation>
    </message>
    <message>
        <location filename="../organizepanel.cpp" line="472"/>
        <source>“%1” is not an IP address; use 127.0.0.1 for this computer only, or 0.0.0.0 for every network.</source>
        <translation>“%1” não é um endereço IP; use 127.0.0.1 para apenas este computador ou 0.0.0.0 para todas as redes.</translation>
    </message>
    <message>
        <location filename="../organizepanel.cpp" line="479"/>
        <source>Choose a database file first.</source>
        <translation>Escolha primeiro um arquivo de banco de dados.</translation>
    </message>
    <message>
        <location filename="../organizepanel.cpp" line="483"/>
        <source>The folder %1 cannot be created.</source>
        <translation>Não é possível criar a pasta %1.</translation>
    </message>
    <message>
        <location filename="../organizepanel.cpp" line="507"/>
        <source>The service did not start: %1</source>
        <translation>O serviço não foi iniciado: %1</translation>
    </message>
    <message>
        <location filename="../organizepanel.cpp" line="575"/>
        <source>Stopping: answering the requests in flight…</source>
        <translation>Parando: respondendo às solicitações em andamento…</translation>
    </message>
    <message>
        <location filename="../organizepanel.cpp" line="577"/>
        <source>Running on every network, but this computer has no address that other devices can reach; on this computer it answers at &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>Em execução em todas as redes, mas este computador não tem nenhum endereço que outros dispositivos alcancem; neste computador ele responde em &lt;b&gt;%1&lt;/b&gt;.</translation>
    </message>
    <message>
        <location filename="../organizepanel.cpp" line="585"/>
        <source>Running. Fans join at %1</source>
        <translation>Em execução. Os fãs participam em %1</translation>
    </message>
    <message>
        <location filename="../organizepanel.cpp" line="596"/>
        <source>This computer has no network address that fans could reach: connect it to a network, then start the service again.</source>
        <translation>Este computador não tem nenhum endereço de rede que os fãs possam alcançar: conecte-o a uma rede e inicie o serviço de novo.</translation>
    </message>
    <message>
        <location filename="../organizepanel.cpp" line="598"/>
        <source>Sets the campaign&apos;s check-in address to %1, which fans get with the campaign (undoable).</source>
        <translation>Define o endereço de check-in da campanha como %1, que os fãs recebem junto com ela (pode ser desfeito).</translation>
    </message>
    <message>
        <location filename="../organizepanel.cpp" line="629"/>
        <source>Nothing to show.</source>
        <translation>Nada para mostrar.</translation>
    </message>
    <message>
        <location filename="../organizepanel.cpp" line="587"/>
        <source>Not running.</source>
        <translation>Não está em execução.</translation>
    </message>
    <message>
        <location filename="../organizepanel.cpp" line="245"/>
        <source>Everyone who joined: handle, platform, zone, status, when they joined and the address of their post; activate an address to open the post</source>
        <translation>Todos que participaram: nome de usuário, plataforma, fuso horário, status, quando entraram e o endereço da postagem; ative um endereço para abrir a postagem</translation>
    </message>
    <message>
        <location filename="../organizepanel.cpp" line="631"/>
        <source>%1 joined · %2 ready · %3 posted</source>
        <translation>Participando: %1 · A postos: %2 · Já postaram: %3</translation>
    </message>
    <message>
        <location filename="../organizepanel.cpp" line="658"/>
        <source>The dashboard could not read %1, so it shows nothing: %2</source>
        <translation>O painel não conseguiu ler %1, por isso não mostra nada: %2</translation>
    </message>
    <message>
        <location filename="../organizepanel.cpp" line="698"/>
        <source>Export Participants</source>
        <translation>Exportar participantes</translation>
    </message>
    <message>
        <location filename="../organizepanel.cpp" line="704"/>
        <source>%1 could not be written: %2</source>
        <translation>Não foi possível gravar %1: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../organizepanel.cpp" line="707"/>
        <source>Saved %n participant(s) to %1.</source>
        <translation>
            <numerusform>%n participante salvo em %1.</numerusform>
            <numerusform>%n participantes salvos em %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../organizepanel.cpp" line="720"/>
        <source>Reading the sign-ups…</source>
        <translation>Lendo as inscrições…</translation>
    </message>
    <message>
        <location filename="../organizepanel.cpp" line="734"/>
        <source>The database changed while the sign-ups were read; the audience stays as it is.</source>
        <translation>O banco de dados mudou enquanto as inscrições eram lidas; o público continua como está.</translation>
    </message>
    <message>
        <location filename="../organizepanel.cpp" line="739"/>
        <source>No sign-ups to use: %1</source>
        <translation>Não há inscrições para usar: %1</translation>
    </message>
    <message>
        <location filename="../organizepanel.cpp" line="744"/>
        <source>Nobody has joined yet, so the audience stays as it is.</source>
        <translation>Ninguém participou ainda, então o público continua como está.</translation>
    </message>
    <message>
        <location filename="../organizepanel.cpp" line="749"/>
        <source>The sign-ups cannot be used: %1</source>
        <translation>Não é possível usar as inscrições: %1</translation>
    </message>
    <message>
        <location filename="../organizepanel.cpp" line="753"/>
        <source>Use sign-ups as the audience</source>
        <translation>uso das inscrições como público</translation>
    </message>
    <message numerus="yes">
        <location filename="../organizepanel.cpp" line="756"/>
        <source>The audience is now the %n sign-up(s), by zone; the Plan page ranks the hours for them. Edit ▸ Undo brings the previous audience back.</source>
        <translation>
            <numerusform>O público agora é a %n inscrição, por fuso horário; a página Planejar classifica os horários para ela. Editar ▸ Desfazer traz de volta o público anterior.</numerusform>
            <numerusform>O público agora são as %n inscrições, por fuso horário; a página Planejar classifica os horários para elas. Editar ▸ Desfazer traz de volta o público anterior.</numerusform>
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
        <translation>participando</translation>
    </message>
    <message>
        <location filename="../participantsmodel.cpp" line="42"/>
        <source>ready</source>
        <translation>a postos</translation>
    </message>
    <message>
        <location filename="../participantsmodel.cpp" line="44"/>
        <source>posted</source>
        <translation>já postou</translation>
    </message>
    <message>
        <location filename="../participantsmodel.cpp" line="243"/>
        <source>Handle</source>
        <translation>Nome de usuário</translation>
    </message>
    <message>
        <location filename="../participantsmodel.cpp" line="245"/>
        <source>Platform</source>
        <translation>Plataforma</translation>
    </message>
    <message>
        <location filename="../participantsmodel.cpp" line="247"/>
        <source>Zone</source>
        <translation>Fuso horário</translation>
    </message>
    <message>
        <location filename="../participantsmodel.cpp" line="249"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../participantsmodel.cpp" line="251"/>
        <source>Joined</source>
        <translation>Entrou em</translation>
    </message>
    <message>
        <location filename="../participantsmodel.cpp" line="253"/>
        <source>Post</source>
        <translation>Postagem</translation>
    </message>
</context>
<context>
    <name>Chorus::Ui::PlanPage</name>
    <message>
        <location filename="../planpage.cpp" line="97"/>
        <source>The start&apos;s day</source>
        <translation>O dia do início</translation>
    </message>
    <message>
        <location filename="../planpage.cpp" line="98"/>
        <source>A week from the start&apos;s day</source>
        <translation>Uma semana a partir do dia do início</translation>
    </message>
    <message>
        <location filename="../planpage.cpp" line="99"/>
        <source>Four weeks</source>
        <translation>Quatro semanas</translation>
    </message>
    <message>
        <location filename="../planpage.cpp" line="100"/>
        <source>A year</source>
        <translation>Um ano</translation>
    </message>
    <message>
        <location filename="../planpage.cpp" line="119"/>
        <source>No start to rank in this range.</source>
        <translation>Não há horários de início para classificar neste período.</translation>
    </message>
    <message>
        <location filename="../planpage.cpp" line="137"/>
        <source>ddd d MMM</source>
        <comment>QDate::toString pattern of a UTC day</comment>
        <translation>ddd, d MMM</translation>
    </message>
    <message>
        <location filename="../planpage.cpp" line="154"/>
        <source>Timeline</source>
        <translation>Linha do tempo</translation>
    </message>
    <message>
        <location filename="../planpage.cpp" line="157"/>
        <source>Move start</source>
        <translation>movimentação de início</translation>
    </message>
    <message>
        <location filename="../planpage.cpp" line="177"/>
        <source>Audience zones</source>
        <translation>Fusos horários do público</translation>
    </message>
    <message>
        <location filename="../planpage.cpp" line="179"/>
        <source>The audience&apos;s zones with their weights and local starts; weights can be edited</source>
        <translation>Os fusos horários do público com seus pesos e inícios locais; os pesos podem ser editados</translation>
    </message>
    <message>
        <location filename="../planpage.cpp" line="183"/>
        <source>Zone to add</source>
        <translation>Fuso horário a adicionar</translation>
    </message>
    <message>
        <location filename="../planpage.cpp" line="187"/>
        <source>Weight of the zone to add</source>
        <translation>Peso do fuso horário a adicionar</translation>
    </message>
    <message>
        <location filename="../planpage.cpp" line="188"/>
        <source>How much the zone counts when the hours are ranked</source>
        <translation>Quanto o fuso horário pesa quando os horários são classificados</translation>
    </message>
    <message>
        <location filename="../planpage.cpp" line="189"/>
        <source>&amp;Add</source>
        <translation>Adi&amp;cionar</translation>
    </message>
    <message>
        <location filename="../planpage.cpp" line="190"/>
        <source>&amp;Remove</source>
        <translation>&amp;Remover</translation>
    </message>
    <message>
        <location filename="../planpage.cpp" line="204"/>
        <source>Zone:</source>
        <translation>Fuso horário:</translation>
    </message>
    <message>
        <location filename="../planpage.cpp" line="208"/>
        <source>Weight:</source>
        <translation>Peso:</translation>
    </message>
    <message>
        <location filename="../planpage.cpp" line="223"/>
        <source>Look for suggestions within</source>
        <translation>Buscar sugestões em</translation>
    </message>
    <message>
        <location filename="../planpage.cpp" line="224"/>
        <source>How far from the start&apos;s day to look for better starts</source>
        <translation>Até onde, a partir do dia do início, buscar inícios melhores</translation>
    </message>
    <message>
        <location filename="../planpage.cpp" line="226"/>
        <source>Comfort hours</source>
        <translation>Horário conveniente</translation>
    </message>
    <message>
        <location filename="../planpage.cpp" line="227"/>
        <source>The local hours in which people can join, e.g. 09:00-23:00 or 18:00-02:00</source>
        <translation>O horário local em que as pessoas podem participar, ex.: 09:00-23:00 ou 18:00-02:00</translation>
    </message>
    <message>
        <location filename="../planpage.cpp" line="232"/>
        <source>Ranking in progress</source>
        <translation>Classificação em andamento</translation>
    </message>
    <message>
        <location filename="../planpage.cpp" line="236"/>
        <source>Suggested starts, best first</source>
        <translation>Horários de início sugeridos, do melhor para o pior</translation>
    </message>
    <message>
        <location filename="../planpage.cpp" line="238"/>
        <source>Each start with how much of the audience it reaches; activate one to use it</source>
        <translation>Cada início com quanto do público ele alcança; ative um para usá-lo</translation>
    </message>
    <message>
        <location filename="../planpage.cpp" line="239"/>
        <source>&amp;Use this start</source>
        <translation>Usar es&amp;te início</translation>
    </message>
    <message>
        <location filename="../planpage.cpp" line="257"/>
        <source>Look within:</source>
        <translation>Buscar em:</translation>
    </message>
    <message>
        <location filename="../planpage.cpp" line="261"/>
        <source>Comfort hours:</source>
        <translation>Horário conveniente:</translation>
    </message>
    <message>
        <location filename="../planpage.cpp" line="279"/>
        <source>Pre-flight report</source>
        <translation>Relatório de verificação prévia</translation>
    </message>
    <message>
        <location filename="../planpage.cpp" line="281"/>
        <source>What to watch out for at the start: DST changes, date shifts and odd offsets</source>
        <translation>O que observar no início: mudanças de horário de verão, viradas de data e deslocamentos incomuns</translation>
    </message>
    <message>
        <location filename="../planpage.cpp" line="284"/>
        <source>Plan sections</source>
        <translation>Seções do planejamento</translation>
    </message>
    <message>
        <location filename="../planpage.cpp" line="285"/>
        <source>&amp;Details</source>
        <translation>&amp;Detalhes</translation>
    </message>
    <message>
        <location filename="../planpage.cpp" line="286"/>
        <source>Au&amp;dience</source>
        <translation>&amp;Público</translation>
    </message>
    <message>
        <location filename="../planpage.cpp" line="287"/>
        <source>Su&amp;ggestions</source>
        <translation>&amp;Sugestões</translation>
    </message>
    <message>
        <location filename="../planpage.cpp" line="288"/>
        <source>&amp;Pre-flight</source>
        <translation>&amp;Verificação prévia</translation>
    </message>
    <message>
        <location filename="../planpage.cpp" line="436"/>
        <source>Fix the comfort hours to get suggestions.</source>
        <translation>Corrija o horário conveniente para obter sugestões.</translation>
    </message>
    <message>
        <location filename="../planpage.cpp" line="445"/>
        <source>Add zones with weights to the audience to get suggestions.</source>
        <translation>Adicione ao público fusos horários com pesos para obter sugestões.</translation>
    </message>
    <message>
        <location filename="../planpage.cpp" line="473"/>
        <source>The current start, %1 UTC, reaches %2.</source>
        <translation>O início atual, %1 UTC, alcança %2.</translation>
    </message>
    <message>
        <location filename="../planpage.cpp" line="483"/>
        <source>Any start from %1 to %2 UTC reaches %3</source>
        <translation>Qualquer início de %1 a %2 UTC alcança %3</translation>
    </message>
    <message>
        <location filename="../planpage.cpp" line="486"/>
        <source>Start at %1 UTC reaches %2</source>
        <translation>Início em %1 UTC alcança %2</translation>
    </message>
    <message>
        <location filename="../planpage.cpp" line="492"/>
        <source>A second wave at %1 UTC would reach %2 of those the best start leaves out; together the two reach %3.</source>
        <translation>Uma segunda onda em %1 UTC alcançaria %2 das pessoas que o melhor início deixa de fora; juntas, as duas alcançam %3.</translation>
    </message>
    <message>
        <location filename="../planpage.cpp" line="497"/>
        <source>No second wave needed: nobody the best start leaves out can be reached.</source>
        <translation>Não é preciso uma segunda onda: ninguém que o melhor início deixa de fora pode ser alcançado.</translation>
    </message>
    <message>
        <location filename="../planpage.cpp" line="507"/>
        <source>Use suggested start</source>
        <translation>uso de início sugerido</translation>
    </message>
    <message>
        <location filename="../planpage.cpp" line="520"/>
        <source>Nothing to watch out for: no DST change, date shift or odd offset.</source>
        <translation>Nada com que se preocupar: sem mudança de horário de verão, virada de data ou deslocamento UTC incomum.</translation>
    </message>
</context>
<context>
    <name>Chorus::Ui::PostForMe</name>
    <message>
        <location filename="../postforme.cpp" line="441"/>
        <source>Reading the account&apos;s secret from the keychain…</source>
        <translation>Lendo o segredo da conta no chaveiro…</translation>
    </message>
    <message>
        <location filename="../postforme.cpp" line="449"/>
        <source>%1 Connect the account again.</source>
        <translation>%1 Conecte a conta de novo.</translation>
    </message>
    <message>
        <location filename="../postforme.cpp" line="468"/>
        <location filename="../postforme.cpp" line="563"/>
        <source>%1. Fix the message on the Messages page.</source>
        <translation>%1. Corrija a mensagem na página Mensagens.</translation>
    </message>
    <message>
        <location filename="../postforme.cpp" line="506"/>
        <source>Signing in to Bluesky…</source>
        <translation>Entrando no Bluesky…</translation>
    </message>
    <message>
        <location filename="../postforme.cpp" line="527"/>
        <source>Bluesky refused the app password for %1 (wrong or revoked). Make a new one at %2, forget this account and connect it again.</source>
        <translation>O Bluesky recusou a senha de app de %1 (errada ou revogada). Crie uma nova em %2, esqueça esta conta e conecte-a de novo.</translation>
    </message>
    <message>
        <location filename="../postforme.cpp" line="548"/>
        <source>Asking %1…</source>
        <translation>Consultando %1…</translation>
    </message>
    <message>
        <location filename="../postforme.cpp" line="584"/>
        <source>%1 Chorus tries again.</source>
        <translation>%1 O Chorus tenta de novo.</translation>
    </message>
    <message>
        <location filename="../postforme.cpp" line="610"/>
        <source>Scheduling on %1…</source>
        <translation>Agendando em %1…</translation>
    </message>
    <message>
        <location filename="../postforme.cpp" line="634"/>
        <source>Cancelling on %1…</source>
        <translation>Cancelando em %1…</translation>
    </message>
    <message>
        <location filename="../postforme.cpp" line="670"/>
        <source>Saving the account in the keychain…</source>
        <translation>Guardando a conta no chaveiro…</translation>
    </message>
    <message>
        <location filename="../postforme.cpp" line="675"/>
        <source>%1 Nothing was kept: Chorus needs the system&apos;s keychain (GNOME Keyring, KWallet, macOS Keychain) to keep the secret safe.</source>
        <translation>%1 Nada foi guardado: o Chorus precisa do chaveiro do sistema (GNOME Keyring, KWallet, Keychain do macOS) para manter o segredo seguro.</translation>
    </message>
    <message>
        <location filename="../postforme.cpp" line="696"/>
        <source>That is not an app password (four groups of four, like abcd-efgh-ijkl-mnop). Make one at %1: never give Chorus your main password.</source>
        <translation>Isso não é uma senha de app (quatro grupos de quatro, como abcd-efgh-ijkl-mnop). Crie uma em %1: nunca dê ao Chorus a sua senha principal.</translation>
    </message>
    <message>
        <location filename="../postforme.cpp" line="704"/>
        <source>“%1” is not a server address (https://…).</source>
        <translation>“%1” não é um endereço de servidor (https://…).</translation>
    </message>
    <message>
        <location filename="../postforme.cpp" line="710"/>
        <source>Signing in at %1…</source>
        <translation>Entrando em %1…</translation>
    </message>
    <message>
        <location filename="../postforme.cpp" line="718"/>
        <source>Bluesky refused the handle or app password. Check both, or make a new app password at %1.</source>
        <translation>O Bluesky recusou o usuário ou a senha de app. Confira os dois, ou crie uma nova senha de app em %1.</translation>
    </message>
    <message>
        <location filename="../postforme.cpp" line="729"/>
        <source>Looking up %1…</source>
        <translation>Procurando %1…</translation>
    </message>
    <message>
        <location filename="../postforme.cpp" line="749"/>
        <source>server</source>
        <translation>servidor</translation>
    </message>
    <message>
        <location filename="../postforme.cpp" line="767"/>
        <source>Registering Chorus on %1…</source>
        <translation>Registrando o Chorus em %1…</translation>
    </message>
    <message>
        <location filename="../postforme.cpp" line="783"/>
        <source>Approve Chorus in your browser on %1. If the browser shows a code, paste it below.</source>
        <translation>Autorize o Chorus no navegador, em %1. Se o navegador mostrar um código, cole-o abaixo.</translation>
    </message>
    <message>
        <location filename="../postforme.cpp" line="787"/>
        <source>Open this address in your browser and approve Chorus: %1</source>
        <translation>Abra este endereço no navegador e autorize o Chorus: %1</translation>
    </message>
    <message>
        <location filename="../postforme.cpp" line="796"/>
        <source>Start with “Connect” on your server first.</source>
        <translation>Comece com “Conectar” no seu servidor.</translation>
    </message>
    <message>
        <location filename="../postforme.cpp" line="811"/>
        <source>Getting access from %1…</source>
        <translation>Obtendo acesso de %1…</translation>
    </message>
    <message>
        <location filename="../postforme.cpp" line="816"/>
        <source>%1 Start again with “Connect”.</source>
        <translation>%1 Comece de novo com “Conectar”.</translation>
    </message>
    <message>
        <location filename="../postforme.cpp" line="841"/>
        <source>%1 The account stays: try again.</source>
        <translation>%1 A conta continua: tente de novo.</translation>
    </message>
</context>
<context>
    <name>Chorus::Ui::PostForMePanel</name>
    <message>
        <location filename="../postformepanel.cpp" line="32"/>
        <source>Post for me</source>
        <translation>Postar por mim</translation>
    </message>
    <message>
        <location filename="../postformepanel.cpp" line="39"/>
        <source>Chorus can make your post at the start from your own accounts: Mastodon keeps it scheduled on your server, Bluesky is posted by this app at the instant. Your passwords and tokens stay in this computer&apos;s keychain and never leave it.</source>
        <translation>O Chorus pode fazer a sua postagem no início, das suas próprias contas: no Mastodon ela fica agendada no seu servidor; no Bluesky este app posta no instante. Suas senhas e tokens ficam no chaveiro deste computador e nunca saem dele.</translation>
    </message>
    <message>
        <location filename="../postformepanel.cpp" line="48"/>
        <source>Supporter goal</source>
        <translation>Meta de apoiadores</translation>
    </message>
    <message>
        <location filename="../postformepanel.cpp" line="51"/>
        <source>No account connected yet.</source>
        <translation>Nenhuma conta conectada ainda.</translation>
    </message>
    <message>
        <location filename="../postformepanel.cpp" line="61"/>
        <source>Posts waiting for other campaigns</source>
        <translation>Posts à espera de outras campanhas</translation>
    </message>
    <message>
        <location filename="../postformepanel.cpp" line="70"/>
        <source>yourname.bsky.social</source>
        <translation>seunome.bsky.social</translation>
    </message>
    <message>
        <location filename="../postformepanel.cpp" line="75"/>
        <source>found from the handle</source>
        <translation>descoberto pelo usuário</translation>
    </message>
    <message>
        <location filename="../postformepanel.cpp" line="77"/>
        <source>Use an app password, never your main password: an app password can post but cannot change your account, and you can revoke it alone. Make one at &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;.</source>
        <translation>Use uma senha de app, nunca a sua senha principal: uma senha de app pode postar, mas não pode alterar a sua conta, e você pode revogá-la sozinha. Crie uma em &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;.</translation>
    </message>
    <message>
        <location filename="../postformepanel.cpp" line="84"/>
        <source>Connect Bluesky</source>
        <translation>Conectar Bluesky</translation>
    </message>
    <message>
        <location filename="../postformepanel.cpp" line="85"/>
        <source>&amp;Handle:</source>
        <translation>&amp;Usuário:</translation>
    </message>
    <message>
        <location filename="../postformepanel.cpp" line="86"/>
        <source>App pass&amp;word:</source>
        <translation>&amp;Senha de app:</translation>
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
        <translation>Servidor Mastodon</translation>
    </message>
    <message>
        <location filename="../postformepanel.cpp" line="101"/>
        <source>Connect Mastodon</source>
        <translation>Conectar Mastodon</translation>
    </message>
    <message>
        <location filename="../postformepanel.cpp" line="105"/>
        <source>Chorus opens your server&apos;s page in the browser; approve it there and come back. It asks only to read and write statuses.</source>
        <translation>O Chorus abre a página do seu servidor no navegador; autorize lá e volte. Ele pede apenas para ler e escrever postagens.</translation>
    </message>
    <message>
        <location filename="../postformepanel.cpp" line="110"/>
        <source>a code the server showed you</source>
        <translation>um código que o servidor mostrou</translation>
    </message>
    <message>
        <location filename="../postformepanel.cpp" line="111"/>
        <source>Code from the server</source>
        <translation>Código do servidor</translation>
    </message>
    <message>
        <location filename="../postformepanel.cpp" line="112"/>
        <source>Use code</source>
        <translation>Usar código</translation>
    </message>
    <message>
        <location filename="../postformepanel.cpp" line="113"/>
        <source>Get a code to paste instead</source>
        <translation>Obter um código para colar</translation>
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
        <translation>Conectar uma conta</translation>
    </message>
    <message>
        <location filename="../postformepanel.cpp" line="137"/>
        <source>Connection progress</source>
        <translation>Andamento da conexão</translation>
    </message>
    <message>
        <location filename="../postformepanel.cpp" line="151"/>
        <source>Connected %1.</source>
        <translation>%1 conectada.</translation>
    </message>
    <message>
        <location filename="../postformepanel.cpp" line="205"/>
        <source>Chorus also posts for %1 from %2 on %3 at %4 your time: keep it running.</source>
        <translation>O Chorus também publica para %1 com %2 no %3 às %4 (seu horário): deixe-o aberto.</translation>
    </message>
    <message>
        <location filename="../postformepanel.cpp" line="238"/>
        <source>&lt;b&gt;%1&lt;/b&gt; on %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; no %2</translation>
    </message>
    <message>
        <location filename="../postformepanel.cpp" line="245"/>
        <source>The post</source>
        <translation>A postagem</translation>
    </message>
    <message>
        <location filename="../postformepanel.cpp" line="253"/>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <location filename="../postformepanel.cpp" line="254"/>
        <source>Schedule</source>
        <translation>Agendar</translation>
    </message>
    <message>
        <location filename="../postformepanel.cpp" line="255"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../postformepanel.cpp" line="256"/>
        <source>Forget this account</source>
        <translation>Esquecer esta conta</translation>
    </message>
    <message>
        <location filename="../postformepanel.cpp" line="297"/>
        <source>Not scheduled yet.</source>
        <translation>Ainda não agendada.</translation>
    </message>
    <message>
        <location filename="../postformepanel.cpp" line="301"/>
        <source>Scheduled on %1 for %2 your time</source>
        <translation>Agendada em %1 para %2 no seu horário</translation>
    </message>
    <message>
        <location filename="../postformepanel.cpp" line="303"/>
        <source>Chorus posts on %1 at %2: keep it running (it waits in the tray)</source>
        <translation>O Chorus posta no %1 às %2: deixe-o aberto (ele espera na bandeja)</translation>
    </message>
    <message>
        <location filename="../postformepanel.cpp" line="310"/>
        <source>Posted ✓ &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;</source>
        <translation>Postada ✓ &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../postformepanel.cpp" line="313"/>
        <source>Cancelled: nothing will be posted from this account.</source>
        <translation>Cancelada: nada será postado desta conta.</translation>
    </message>
    <message>
        <location filename="../postformepanel.cpp" line="315"/>
        <source>The campaign&apos;s hour is over: nothing was posted from this account.</source>
        <translation>A hora da campanha acabou: nada foi postado desta conta.</translation>
    </message>
    <message>
        <location filename="../postformepanel.cpp" line="317"/>
        <source>The goal was not reached in time, so nothing is posted (all or nothing).</source>
        <translation>A meta não foi atingida a tempo, então nada é postado (tudo ou nada).</translation>
    </message>
    <message>
        <location filename="../postformepanel.cpp" line="337"/>
        <source>Cannot post: %1</source>
        <translation>Não é possível postar: %1</translation>
    </message>
    <message>
        <location filename="../postformepanel.cpp" line="357"/>
        <source>All or nothing: posts only if %1 join by %2.</source>
        <translation>Tudo ou nada: posta só se %1 pessoas entrarem até %2.</translation>
    </message>
</context>
<context>
    <name>Chorus::Ui::PulseChart</name>
    <message>
        <location filename="../pulsechart.cpp" line="30"/>
        <source>Posts per minute</source>
        <translation>Postagens por minuto</translation>
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
        <translation>check-ins de quem postou</translation>
    </message>
    <message>
        <location filename="../pulsechart.cpp" line="177"/>
        <source>X: not readable without X&apos;s paid API</source>
        <translation>X: não dá para ler sem a API paga do X</translation>
    </message>
    <message>
        <location filename="../pulsechart.cpp" line="191"/>
        <source>The pulse has not been read yet.</source>
        <translation>O pulso ainda não foi lido.</translation>
    </message>
    <message>
        <location filename="../pulsechart.cpp" line="192"/>
        <source>No posts with the hashtag yet.</source>
        <translation>Ainda não há postagens com a hashtag.</translation>
    </message>
</context>
<context>
    <name>Chorus::Ui::PulsePanel</name>
    <message>
        <location filename="../pulsepanel.cpp" line="88"/>
        <source>PNG images (*.png)</source>
        <translation>Imagens PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../pulsepanel.cpp" line="91"/>
        <location filename="../pulsepanel.cpp" line="222"/>
        <source>Mastodon servers</source>
        <translation>Servidores Mastodon</translation>
    </message>
    <message>
        <location filename="../pulsepanel.cpp" line="92"/>
        <source>Each server only knows the posts that reached it; a post seen on several servers counts once.</source>
        <translation>Cada servidor só conhece as postagens que chegaram até ele; uma postagem vista em vários servidores conta uma vez só.</translation>
    </message>
    <message>
        <location filename="../pulsepanel.cpp" line="95"/>
        <source>you.bsky.social (optional)</source>
        <translation>voce.bsky.social (opcional)</translation>
    </message>
    <message>
        <location filename="../pulsepanel.cpp" line="96"/>
        <source>Bluesky handle</source>
        <translation>Nome de usuário no Bluesky</translation>
    </message>
    <message>
        <location filename="../pulsepanel.cpp" line="99"/>
        <source>an app password, never your own</source>
        <translation>uma senha de aplicativo, nunca a sua</translation>
    </message>
    <message>
        <location filename="../pulsepanel.cpp" line="100"/>
        <source>Bluesky app password</source>
        <translation>Senha de aplicativo do Bluesky</translation>
    </message>
    <message>
        <location filename="../pulsepanel.cpp" line="102"/>
        <location filename="../pulsepanel.cpp" line="235"/>
        <source>Bluesky server</source>
        <translation>Servidor do Bluesky</translation>
    </message>
    <message>
        <location filename="../pulsepanel.cpp" line="103"/>
        <source>Your account&apos;s Bluesky server, to search through</source>
        <translation>O servidor Bluesky da sua conta, para buscar por ele</translation>
    </message>
    <message>
        <location filename="../pulsepanel.cpp" line="104"/>
        <source>Start the &amp;pulse</source>
        <translation>Iniciar o &amp;pulso</translation>
    </message>
    <message>
        <location filename="../pulsepanel.cpp" line="105"/>
        <source>Stop</source>
        <translation>Parar</translation>
    </message>
    <message>
        <location filename="../pulsepanel.cpp" line="106"/>
        <source>Save the &amp;report…</source>
        <translation>Salvar o &amp;relatório…</translation>
    </message>
    <message>
        <location filename="../pulsepanel.cpp" line="114"/>
        <source>Where to count</source>
        <translation>Onde contar</translation>
    </message>
    <message>
        <location filename="../pulsepanel.cpp" line="116"/>
        <source>&amp;Mastodon servers:</source>
        <translation>Servidores &amp;Mastodon:</translation>
    </message>
    <message>
        <location filename="../pulsepanel.cpp" line="122"/>
        <source>&amp;Bluesky search:</source>
        <translation>Busca no &amp;Bluesky:</translation>
    </message>
    <message>
        <location filename="../pulsepanel.cpp" line="125"/>
        <source>X: not readable without X&apos;s paid API.</source>
        <translation>X: não dá para ler sem a API paga do X.</translation>
    </message>
    <message>
        <location filename="../pulsepanel.cpp" line="127"/>
        <source>X:</source>
        <translation>X:</translation>
    </message>
    <message>
        <location filename="../pulsepanel.cpp" line="184"/>
        <source>mastodon.social, fosstodon.org (or the participants&apos; servers)</source>
        <translation>mastodon.social, fosstodon.org (ou os servidores dos participantes)</translation>
    </message>
    <message>
        <location filename="../pulsepanel.cpp" line="185"/>
        <source>default: %1</source>
        <translation>padrão: %1</translation>
    </message>
    <message>
        <location filename="../pulsepanel.cpp" line="209"/>
        <source>The campaign has no hashtag to count.</source>
        <translation>A campanha não tem hashtag para contar.</translation>
    </message>
    <message>
        <location filename="../pulsepanel.cpp" line="231"/>
        <source>Bluesky needs an app password to search (Settings › App passwords on Bluesky).</source>
        <translation>O Bluesky precisa de uma senha de aplicativo para buscar (Configurações › Senhas de aplicativo no Bluesky).</translation>
    </message>
    <message>
        <location filename="../pulsepanel.cpp" line="259"/>
        <source>Name a Mastodon server or a Bluesky account to count on.</source>
        <translation>Informe um servidor Mastodon ou uma conta do Bluesky onde contar.</translation>
    </message>
    <message>
        <location filename="../pulsepanel.cpp" line="279"/>
        <source>Catching up on the minutes so far…</source>
        <translation>Recuperando os minutos até agora…</translation>
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
        <translation>Nenhuma postagem contada ainda.</translation>
    </message>
    <message>
        <location filename="../pulsepanel.cpp" line="318"/>
        <source>%1 posts (%2)</source>
        <translation>%1 postagens (%2)</translation>
    </message>
    <message>
        <location filename="../pulsepanel.cpp" line="321"/>
        <source>%1 posted check-ins</source>
        <translation>%1 check-ins de quem postou</translation>
    </message>
    <message>
        <location filename="../pulsepanel.cpp" line="328"/>
        <source>Peak: %1 a minute at %2</source>
        <translation>Pico: %1 por minuto às %2</translation>
    </message>
    <message>
        <location filename="../pulsepanel.cpp" line="334"/>
        <source>This minute: %1 (the one before: %2)</source>
        <translation>Este minuto: %1 (o anterior: %2)</translation>
    </message>
    <message>
        <location filename="../pulsepanel.cpp" line="344"/>
        <source>Not counting.</source>
        <translation>Sem contar.</translation>
    </message>
    <message numerus="yes">
        <location filename="../pulsepanel.cpp" line="349"/>
        <source>Catching up: %n page(s) read…</source>
        <translation>
            <numerusform>Recuperando: %n página lida…</numerusform>
            <numerusform>Recuperando: %n páginas lidas…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../pulsepanel.cpp" line="351"/>
        <source>The hour is over: the report is ready.</source>
        <translation>A hora terminou: o relatório está pronto.</translation>
    </message>
    <message>
        <location filename="../pulsepanel.cpp" line="352"/>
        <source>Up to date; next look in a minute.</source>
        <translation>Atualizado; a próxima leitura é daqui a um minuto.</translation>
    </message>
    <message>
        <location filename="../pulsepanel.cpp" line="390"/>
        <source>No posts with %1 in the hour.</source>
        <translation>Nenhuma postagem com %1 na hora.</translation>
    </message>
    <message>
        <location filename="../pulsepanel.cpp" line="393"/>
        <source>%1 posts in the hour, peak %2 a minute at %3 UTC</source>
        <translation>%1 postagens na hora, pico de %2 por minuto às %3 UTC</translation>
    </message>
    <message>
        <location filename="../pulsepanel.cpp" line="408"/>
        <source>Save the Pulse Report</source>
        <translation>Salvar o relatório do pulso</translation>
    </message>
    <message>
        <location filename="../pulsepanel.cpp" line="420"/>
        <source>Saved %1.png and %1.csv.</source>
        <translation>%1.png e %1.csv salvos.</translation>
    </message>
    <message>
        <location filename="../pulsepanel.cpp" line="421"/>
        <source>Could not write %1: %2</source>
        <translation>Não foi possível gravar %1: %2</translation>
    </message>
</context>
<context>
    <name>Chorus::Ui::SharePage</name>
    <message>
        <location filename="../sharepage.cpp" line="81"/>
        <source>No card while the campaign has a problem.</source>
        <translation>Não há card enquanto a campanha tiver um problema.</translation>
    </message>
    <message>
        <location filename="../sharepage.cpp" line="172"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location filename="../sharepage.cpp" line="184"/>
        <source>Calendar</source>
        <translation>Calendário</translation>
    </message>
    <message>
        <location filename="../sharepage.cpp" line="185"/>
        <source>Export .ics file…</source>
        <translation>Exportar arquivo .ics…</translation>
    </message>
    <message>
        <location filename="../sharepage.cpp" line="186"/>
        <source>Copy Google Calendar link</source>
        <translation>Copiar link do Google Agenda</translation>
    </message>
    <message>
        <location filename="../sharepage.cpp" line="187"/>
        <source>Copy Outlook link</source>
        <translation>Copiar link do Outlook</translation>
    </message>
    <message>
        <location filename="../sharepage.cpp" line="195"/>
        <source>The .ics file works in every calendar app, with the reminders. The links open Google Calendar or Outlook on the web with the event filled in. Times are in UTC, so each fan&apos;s calendar shows them on their own clock.</source>
        <translation>O arquivo .ics funciona em qualquer aplicativo de calendário, com os lembretes. Os links abrem o Google Agenda ou o Outlook na web com o evento já preenchido. Os horários estão em UTC, então o calendário de cada fã os mostra no horário local dele.</translation>
    </message>
    <message>
        <location filename="../sharepage.cpp" line="202"/>
        <source>Fan page</source>
        <translation>Página para fãs</translation>
    </message>
    <message>
        <location filename="../sharepage.cpp" line="203"/>
        <source>Save fan page…</source>
        <translation>Salvar página para fãs…</translation>
    </message>
    <message>
        <location filename="../sharepage.cpp" line="204"/>
        <source>Open it in the browser after saving</source>
        <translation>Abrir no navegador depois de salvar</translation>
    </message>
    <message>
        <location filename="../sharepage.cpp" line="213"/>
        <source>One HTML file that needs no server: it shows each fan the start in their own time zone with a countdown, the calendar file and the posts to copy. Put it on any web host or send it as it is.</source>
        <translation>Um único arquivo HTML que não precisa de servidor: ele mostra a cada fã o início no próprio fuso horário, com uma contagem regressiva, o arquivo de calendário e as postagens para copiar. Coloque-o em qualquer hospedagem web ou envie-o como está.</translation>
    </message>
    <message>
        <location filename="../sharepage.cpp" line="220"/>
        <source>Announcement</source>
        <translation>Anúncio</translation>
    </message>
    <message>
        <location filename="../sharepage.cpp" line="224"/>
        <source>Announcement text</source>
        <translation>Texto do anúncio</translation>
    </message>
    <message>
        <location filename="../sharepage.cpp" line="225"/>
        <source>The announcement to paste into a post or a chat</source>
        <translation>O anúncio para colar em uma postagem ou em um chat</translation>
    </message>
    <message>
        <location filename="../sharepage.cpp" line="229"/>
        <source>Copy announcement</source>
        <translation>Copiar anúncio</translation>
    </message>
    <message>
        <location filename="../sharepage.cpp" line="233"/>
        <source>Discord timestamp codes</source>
        <translation>Códigos de data e hora do Discord</translation>
    </message>
    <message>
        <location filename="../sharepage.cpp" line="235"/>
        <source>Codes that Discord shows each reader as the start on their own clock</source>
        <translation>Códigos que o Discord mostra a cada leitor como o início no próprio relógio</translation>
    </message>
    <message>
        <location filename="../sharepage.cpp" line="236"/>
        <source>Copy Discord codes</source>
        <translation>Copiar códigos do Discord</translation>
    </message>
    <message>
        <location filename="../sharepage.cpp" line="243"/>
        <source>To paste into a post or a chat: the start in UTC and in the audience&apos;s cities, in your language.</source>
        <translation>Para colar em uma postagem ou em um chat: o início em UTC e nas cidades do público, no seu idioma.</translation>
    </message>
    <message>
        <location filename="../sharepage.cpp" line="250"/>
        <source>Discord shows these codes to each reader as the start on their own clock and in their language, and as “in 3 days”.</source>
        <translation>O Discord mostra esses códigos a cada leitor como o início no próprio relógio e no próprio idioma, e como “em 3 dias”.</translation>
    </message>
    <message>
        <location filename="../sharepage.cpp" line="260"/>
        <source>Image card</source>
        <translation>Card de imagem</translation>
    </message>
    <message>
        <location filename="../sharepage.cpp" line="263"/>
        <source>Announcement card preview</source>
        <translation>Prévia do card de anúncio</translation>
    </message>
    <message>
        <location filename="../sharepage.cpp" line="264"/>
        <source>Save image…</source>
        <translation>Salvar imagem…</translation>
    </message>
    <message>
        <location filename="../sharepage.cpp" line="268"/>
        <source>A 1200 × 675 PNG, the shape X, Bluesky, Mastodon and Discord show without cropping.</source>
        <translation>Um PNG de 1200 × 675, o formato que o X, o Bluesky, o Mastodon e o Discord exibem sem cortes.</translation>
    </message>
    <message>
        <location filename="../sharepage.cpp" line="288"/>
        <source>Ways to share the campaign</source>
        <translation>Formas de compartilhar a campanha</translation>
    </message>
    <message>
        <location filename="../sharepage.cpp" line="298"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../sharepage.cpp" line="384"/>
        <source>Nothing can be shared until this is fixed: %1</source>
        <translation>Nada pode ser compartilhado até que isto seja corrigido: %1</translation>
    </message>
    <message>
        <location filename="../sharepage.cpp" line="399"/>
        <source>In Discord you will see: %1 %2 (%3)</source>
        <translation>No Discord você verá: %1 %2 (%3)</translation>
    </message>
    <message>
        <location filename="../sharepage.cpp" line="414"/>
        <source>The calendar file and the fan page cannot be made: %1</source>
        <translation>Não é possível gerar o arquivo de calendário e a página para fãs: %1</translation>
    </message>
    <message>
        <location filename="../sharepage.cpp" line="474"/>
        <source>Could not save: %1</source>
        <translation>Não foi possível salvar: %1</translation>
    </message>
    <message>
        <location filename="../sharepage.cpp" line="478"/>
        <source>Saved %1.</source>
        <translation>Salvo em %1.</translation>
    </message>
    <message>
        <location filename="../sharepage.cpp" line="486"/>
        <source>Export the calendar file</source>
        <translation>Exportar o arquivo de calendário</translation>
    </message>
    <message>
        <location filename="../sharepage.cpp" line="487"/>
        <source>iCalendar files (*.ics)</source>
        <translation>Arquivos iCalendar (*.ics)</translation>
    </message>
    <message>
        <location filename="../sharepage.cpp" line="495"/>
        <source>The Google Calendar link is on the clipboard.</source>
        <translation>O link do Google Agenda está na área de transferência.</translation>
    </message>
    <message>
        <location filename="../sharepage.cpp" line="502"/>
        <source>The Outlook link is on the clipboard.</source>
        <translation>O link do Outlook está na área de transferência.</translation>
    </message>
    <message>
        <location filename="../sharepage.cpp" line="511"/>
        <source>Save the fan page</source>
        <translation>Salvar a página para fãs</translation>
    </message>
    <message>
        <location filename="../sharepage.cpp" line="511"/>
        <source>Web pages (*.html *.htm)</source>
        <translation>Páginas web (*.html *.htm)</translation>
    </message>
    <message>
        <location filename="../sharepage.cpp" line="517"/>
        <source>Saved %1 and opened it in the browser.</source>
        <translation>Salvo em %1 e aberto no navegador.</translation>
    </message>
    <message>
        <location filename="../sharepage.cpp" line="519"/>
        <source>Saved %1, but no browser could open it.</source>
        <translation>Salvo em %1, mas nenhum navegador conseguiu abri-lo.</translation>
    </message>
    <message>
        <location filename="../sharepage.cpp" line="525"/>
        <source>The announcement is on the clipboard.</source>
        <translation>O anúncio está na área de transferência.</translation>
    </message>
    <message>
        <location filename="../sharepage.cpp" line="531"/>
        <source>The Discord codes are on the clipboard.</source>
        <translation>Os códigos do Discord estão na área de transferência.</translation>
    </message>
    <message>
        <location filename="../sharepage.cpp" line="539"/>
        <source>Save the image card</source>
        <translation>Salvar o card de imagem</translation>
    </message>
    <message>
        <location filename="../sharepage.cpp" line="539"/>
        <source>PNG images (*.png)</source>
        <translation>Imagens PNG (*.png)</translation>
    </message>
</context>
<context>
    <name>Chorus::Ui::TakePartPanel</name>
    <message>
        <location filename="../takepartpanel.cpp" line="48"/>
        <source>Clear the address</source>
        <translation>Limpar o endereço</translation>
    </message>
    <message>
        <location filename="../takepartpanel.cpp" line="49"/>
        <source>Check-in service address</source>
        <translation>Endereço do serviço de check-in</translation>
    </message>
    <message>
        <location filename="../takepartpanel.cpp" line="424"/>
        <source>@yourname</source>
        <translation>@seunome</translation>
    </message>
    <message>
        <location filename="../takepartpanel.cpp" line="59"/>
        <source>What a handle looks like</source>
        <translation>Como é um nome de usuário</translation>
    </message>
    <message>
        <location filename="../takepartpanel.cpp" line="66"/>
        <source>The platform you will post on</source>
        <translation>A plataforma em que você vai postar</translation>
    </message>
    <message>
        <location filename="../takepartpanel.cpp" line="69"/>
        <location filename="../takepartpanel.cpp" line="456"/>
        <source>Join</source>
        <translation>Participar</translation>
    </message>
    <message>
        <location filename="../takepartpanel.cpp" line="82"/>
        <source>Ha&amp;ndle:</source>
        <translation>&amp;Nome de usuário:</translation>
    </message>
    <message>
        <location filename="../takepartpanel.cpp" line="81"/>
        <source>Pl&amp;atform:</source>
        <translation>P&amp;lataforma:</translation>
    </message>
    <message>
        <location filename="../takepartpanel.cpp" line="84"/>
        <source>&amp;Your zone:</source>
        <translation>&amp;Seu fuso horário:</translation>
    </message>
    <message>
        <location filename="../takepartpanel.cpp" line="93"/>
        <source>I&apos;m &amp;ready</source>
        <translation>Estou a &amp;postos</translation>
    </message>
    <message>
        <location filename="../takepartpanel.cpp" line="94"/>
        <source>I &amp;posted</source>
        <translation>&amp;Já postei</translation>
    </message>
    <message>
        <location filename="../takepartpanel.cpp" line="109"/>
        <source>People posting with you</source>
        <translation>Pessoas postando com você</translation>
    </message>
    <message>
        <location filename="../takepartpanel.cpp" line="115"/>
        <source>Supporter goal</source>
        <translation>Meta de apoiadores</translation>
    </message>
    <message>
        <location filename="../takepartpanel.cpp" line="120"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location filename="../takepartpanel.cpp" line="127"/>
        <source>Check-in &amp;service:</source>
        <translation>Ser&amp;viço de check-in:</translation>
    </message>
    <message>
        <location filename="../takepartpanel.cpp" line="151"/>
        <source>Take part</source>
        <translation>Participar</translation>
    </message>
    <message>
        <location filename="../takepartpanel.cpp" line="254"/>
        <source>http://… (the organizer&apos;s address)</source>
        <translation>http://… (o endereço de quem organiza)</translation>
    </message>
    <message>
        <location filename="../takepartpanel.cpp" line="259"/>
        <source>This campaign names no check-in service. Type the address the organizer gave you.</source>
        <translation>Esta campanha não indica nenhum serviço de check-in. Digite o endereço informado por quem organiza.</translation>
    </message>
    <message>
        <location filename="../takepartpanel.cpp" line="261"/>
        <source>The campaign&apos;s address. Type another one to use it instead.</source>
        <translation>O endereço da campanha. Digite outro para usá-lo no lugar.</translation>
    </message>
    <message>
        <location filename="../takepartpanel.cpp" line="264"/>
        <source>“%1” is not an http or https address.</source>
        <translation>“%1” não é um endereço http ou https.</translation>
    </message>
    <message>
        <location filename="../takepartpanel.cpp" line="266"/>
        <source>The address the organizer gave you.</source>
        <translation>O endereço informado por quem organiza.</translation>
    </message>
    <message>
        <location filename="../takepartpanel.cpp" line="268"/>
        <source>Used instead of the campaign&apos;s address, %1.</source>
        <translation>Usado no lugar do endereço da campanha, %1.</translation>
    </message>
    <message>
        <location filename="../takepartpanel.cpp" line="305"/>
        <source>Could not join: the check-in service did not answer (%1).</source>
        <translation>Não foi possível participar: o serviço de check-in não respondeu (%1).</translation>
    </message>
    <message>
        <location filename="../takepartpanel.cpp" line="308"/>
        <source>Could not join: %1.</source>
        <translation>Não foi possível participar: %1.</translation>
    </message>
    <message>
        <location filename="../takepartpanel.cpp" line="322"/>
        <source>Not recorded: the check-in service did not answer (%1). Try again in a moment.</source>
        <translation>Não registrado: o serviço de check-in não respondeu (%1). Tente de novo daqui a pouco.</translation>
    </message>
    <message>
        <location filename="../takepartpanel.cpp" line="326"/>
        <source>Not recorded: %1.</source>
        <translation>Não registrado: %1.</translation>
    </message>
    <message>
        <location filename="../takepartpanel.cpp" line="331"/>
        <source>The check-in service cannot be reached (%1). Chorus keeps trying.</source>
        <translation>Não é possível acessar o serviço de check-in (%1). O Chorus continua tentando.</translation>
    </message>
    <message>
        <location filename="../takepartpanel.cpp" line="367"/>
        <source>There is no check-in service to join: type its address above.</source>
        <translation>Não há serviço de check-in para participar: digite o endereço dele acima.</translation>
    </message>
    <message>
        <location filename="../takepartpanel.cpp" line="375"/>
        <source>Type your handle first, as it appears on %1.</source>
        <translation>Digite primeiro seu nome de usuário, como ele aparece no %1.</translation>
    </message>
    <message>
        <location filename="../takepartpanel.cpp" line="385"/>
        <source>“%1” is not a time zone Chorus knows; pick one from the list.</source>
        <translation>“%1” não é um fuso horário que o Chorus conhece; escolha um da lista.</translation>
    </message>
    <message>
        <location filename="../takepartpanel.cpp" line="456"/>
        <source>Joining…</source>
        <translation>Entrando…</translation>
    </message>
    <message>
        <location filename="../takepartpanel.cpp" line="462"/>
        <source>Join the campaign to tell the organizer you take part, and to see how many post with you.</source>
        <translation>Participe da campanha para avisar a quem organiza que você vai participar e para ver quantas pessoas postam com você.</translation>
    </message>
    <message>
        <location filename="../takepartpanel.cpp" line="412"/>
        <source>A Bluesky handle is a domain name, such as alita.bsky.social.</source>
        <translation>Um nome de usuário do Bluesky é um nome de domínio, como alita.bsky.social.</translation>
    </message>
    <message>
        <location filename="../takepartpanel.cpp" line="465"/>
        <source>Join with the handle you will post from. Then say “I&apos;m ready” before the start and “I posted” once your post is out.</source>
        <translation>Participe com o nome de usuário com que você vai postar. Depois, diga “Estou a postos” antes do início e “Já postei” assim que sua postagem for publicada.</translation>
    </message>
    <message>
        <location filename="../takepartpanel.cpp" line="414"/>
        <source>A Mastodon handle is your name and your server, such as @alita@mastodon.social.</source>
        <translation>Um nome de usuário do Mastodon é o seu nome e o seu servidor, como @alita@mastodon.social.</translation>
    </message>
    <message>
        <location filename="../takepartpanel.cpp" line="416"/>
        <source>An X handle is 1 to 15 letters A–Z, digits or _, such as @AlitaFan.</source>
        <translation>Um nome de usuário do X tem de 1 a 15 letras A–Z, dígitos ou _, como @AlitaFan.</translation>
    </message>
    <message>
        <location filename="../takepartpanel.cpp" line="422"/>
        <source>yourname.bsky.social</source>
        <translation>seunome.bsky.social</translation>
    </message>
    <message>
        <location filename="../takepartpanel.cpp" line="474"/>
        <source>You&apos;re in as %1 on %2. Say “I&apos;m ready” when you are set to post, or “I posted” once your post is out.</source>
        <translation>Você está participando como %1 no %2. Diga “Estou a postos” quando tudo estiver pronto para postar, ou “Já postei” assim que sua postagem for publicada.</translation>
    </message>
    <message>
        <location filename="../takepartpanel.cpp" line="423"/>
        <source>@yourname@yourserver.social</source>
        <translation>@seunome@seuservidor.social</translation>
    </message>
    <message>
        <location filename="../takepartpanel.cpp" line="479"/>
        <source>You&apos;re in as %1 on %2, and ready. Say “I posted” once your post is out.</source>
        <translation>Você está participando como %1 no %2 e está a postos. Diga “Já postei” assim que sua postagem for publicada.</translation>
    </message>
    <message>
        <location filename="../takepartpanel.cpp" line="429"/>
        <source>That is not a handle on %1. %2</source>
        <translation>Isto não é um nome de usuário do %1. %2</translation>
    </message>
    <message>
        <location filename="../takepartpanel.cpp" line="483"/>
        <source>You&apos;re in as %1 on %2, and you posted. Thank you!</source>
        <translation>Você está participando como %1 no %2 e já postou. Obrigado!</translation>
    </message>
    <message>
        <location filename="../takepartpanel.cpp" line="529"/>
        <source>You&apos;re the first one in.</source>
        <translation>Você é a primeira pessoa a participar.</translation>
    </message>
    <message numerus="yes">
        <location filename="../takepartpanel.cpp" line="530"/>
        <source>%n people are posting with you</source>
        <translation>
            <numerusform>%n pessoa está postando com você</numerusform>
            <numerusform>%n pessoas estão postando com você</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../takepartpanel.cpp" line="510"/>
        <source>%1 of %2 have joined</source>
        <translation>%1 de %2 já participam</translation>
    </message>
    <message numerus="yes">
        <location filename="../takepartpanel.cpp" line="532"/>
        <source>%n people have joined</source>
        <translation>
            <numerusform>%n pessoa já participa</numerusform>
            <numerusform>%n pessoas já participam</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../takepartpanel.cpp" line="513"/>
        <source>The goal: %1 people</source>
        <translation>A meta: %1 pessoas</translation>
    </message>
    <message>
        <location filename="../takepartpanel.cpp" line="535"/>
        <source>%1 ready · %2 posted</source>
        <translation>A postos: %1 · Já postaram: %2</translation>
    </message>
</context>
<context>
    <name>Chorus::Ui::TemplateListModel</name>
    <message>
        <location filename="../templatelistmodel.cpp" line="45"/>
        <source>(empty)</source>
        <translation>(vazio)</translation>
    </message>
    <message>
        <location filename="../templatelistmodel.cpp" line="65"/>
        <source>has errors</source>
        <translation>tem erros</translation>
    </message>
    <message>
        <location filename="../templatelistmodel.cpp" line="65"/>
        <source>has warnings</source>
        <translation>tem avisos</translation>
    </message>
</context>
<context>
    <name>Chorus::Ui::TimelineView</name>
    <message>
        <location filename="../timelineview.cpp" line="46"/>
        <source>ddd d MMM</source>
        <comment>QDate::toString pattern of a day on a zone row</comment>
        <translation>ddd, d MMM</translation>
    </message>
    <message>
        <location filename="../timelineview.cpp" line="68"/>
        <source>Timeline of the campaign hour across zones</source>
        <translation>Linha do tempo da hora da campanha nos fusos horários</translation>
    </message>
    <message>
        <location filename="../timelineview.cpp" line="69"/>
        <source>Left and right arrows move the campaign window by 15 minutes</source>
        <translation>As setas para a esquerda e para a direita movem a janela da campanha em 15 minutos</translation>
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
        <translation>%1, %2 às %3</translation>
    </message>
    <message>
        <location filename="../timelineview.cpp" line="432"/>
        <source>comfortable</source>
        <translation>horário conveniente</translation>
    </message>
    <message>
        <location filename="../timelineview.cpp" line="435"/>
        <source>asleep</source>
        <translation>dormindo</translation>
    </message>
    <message>
        <location filename="../timelineview.cpp" line="438"/>
        <source>at work</source>
        <translation>no trabalho</translation>
    </message>
    <message>
        <location filename="../timelineview.cpp" line="441"/>
        <source>out of hours</source>
        <translation>fora do horário</translation>
    </message>
    <message>
        <location filename="../timelineview.cpp" line="444"/>
        <source>%1, %2 to %3, %4</source>
        <comment>a zone row for screen readers: city, local start, local end, standing</comment>
        <translation>%1, %2 às %3, %4</translation>
    </message>
    <message>
        <location filename="../timelineview.cpp" line="456"/>
        <source>%1 %2 to %3 UTC</source>
        <comment>the campaign window for screen readers: date, start, end</comment>
        <translation>%1 %2 às %3 UTC</translation>
    </message>
</context>
<context>
    <name>Chorus::Ui::ZonePicker</name>
    <message>
        <location filename="../zonepicker.cpp" line="29"/>
        <source>City, country or zone</source>
        <translation>Cidade, país ou fuso horário</translation>
    </message>
    <message>
        <location filename="../zonepicker.cpp" line="31"/>
        <location filename="../zonepicker.cpp" line="33"/>
        <source>Time zone</source>
        <translation>Fuso horário</translation>
    </message>
    <message>
        <location filename="../zonepicker.cpp" line="34"/>
        <source>Clear the zone</source>
        <translation>Limpar o fuso horário</translation>
    </message>
    <message>
        <location filename="../zonepicker.cpp" line="35"/>
        <source>Type a city, a country or a zone id, then pick a zone</source>
        <translation>Digite uma cidade, um país ou o ID de um fuso horário e escolha um fuso</translation>
    </message>
</context>
<context>
    <name>Chorus::Ui::ZoneStatsModel</name>
    <message>
        <location filename="../participantsmodel.cpp" line="354"/>
        <source>All zones</source>
        <translation>Todos os fusos horários</translation>
    </message>
    <message>
        <location filename="../participantsmodel.cpp" line="380"/>
        <source>Zone</source>
        <translation>Fuso horário</translation>
    </message>
    <message>
        <location filename="../participantsmodel.cpp" line="382"/>
        <source>Joined</source>
        <translation>Participando</translation>
    </message>
    <message>
        <location filename="../participantsmodel.cpp" line="384"/>
        <source>Ready</source>
        <translation>A postos</translation>
    </message>
    <message>
        <location filename="../participantsmodel.cpp" line="386"/>
        <source>Posted</source>
        <translation>Já postaram</translation>
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
        <translation>Quando, no seu relógio</translation>
    </message>
    <message>
        <location filename="../../core/share/fanpagestrings.cpp" line="34"/>
        <source>until %1</source>
        <extracomment>%1 is the end time, e.g. &quot;until 6:00 PM&quot;.</extracomment>
        <translation>até %1</translation>
    </message>
    <message>
        <location filename="../../core/share/fanpagestrings.cpp" line="36"/>
        <source>Your time zone: %1</source>
        <extracomment>%1 is the zone&apos;s name, e.g. &quot;Asia/Tokyo (Japan Standard Time), UTC+09:00&quot;.</extracomment>
        <translation>Seu fuso horário: %1</translation>
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
        <translation>Início: %1 (UTC). Ative o JavaScript para ver o horário local.</translation>
    </message>
    <message>
        <location filename="../../core/share/fanpagestrings.cpp" line="42"/>
        <source>Add to calendar (.ics)</source>
        <translation>Adicionar à agenda (.ics)</translation>
    </message>
    <message>
        <location filename="../../core/share/fanpagestrings.cpp" line="44"/>
        <source>Google Calendar</source>
        <extracomment>The product&apos;s name as the reader&apos;s language writes it.</extracomment>
        <translation>Google Agenda</translation>
    </message>
    <message>
        <location filename="../../core/share/fanpagestrings.cpp" line="45"/>
        <source>Outlook</source>
        <translation>Outlook</translation>
    </message>
    <message>
        <location filename="../../core/share/fanpagestrings.cpp" line="46"/>
        <source>Your post</source>
        <translation>Sua postagem</translation>
    </message>
    <message>
        <location filename="../../core/share/fanpagestrings.cpp" line="48"/>
        <source>Copy one, change a word or two, and post it at the start. Identical copies get filtered.</source>
        <translation>Copie uma, mude uma ou duas palavras e poste na hora do início. Cópias idênticas são filtradas.</translation>
    </message>
    <message>
        <location filename="../../core/share/fanpagestrings.cpp" line="52"/>
        <source>Shuffle wording</source>
        <extracomment>Button: picks other wordings for the posts, so fans&apos; posts differ.</extracomment>
        <translation>Variar o texto</translation>
    </message>
    <message>
        <location filename="../../core/share/fanpagestrings.cpp" line="54"/>
        <source>Your Mastodon server (for the Mastodon button)</source>
        <translation>Seu servidor Mastodon (para o botão do Mastodon)</translation>
    </message>
    <message>
        <location filename="../../core/share/fanpagestrings.cpp" line="55"/>
        <source>Join the hour</source>
        <translation>Participe do evento</translation>
    </message>
    <message>
        <location filename="../../core/share/fanpagestrings.cpp" line="56"/>
        <source>Your handle</source>
        <translation>Seu nome de usuário</translation>
    </message>
    <message>
        <location filename="../../core/share/fanpagestrings.cpp" line="58"/>
        <source>@you</source>
        <extracomment>Example in the empty handle field: a user name with an @.</extracomment>
        <translation>@voce</translation>
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
        <translation>Participar</translation>
    </message>
    <message>
        <location filename="../../core/share/fanpagestrings.cpp" line="62"/>
        <source>I&apos;m ready</source>
        <translation>Estou a postos</translation>
    </message>
    <message>
        <location filename="../../core/share/fanpagestrings.cpp" line="63"/>
        <source>I posted</source>
        <translation>Já postei</translation>
    </message>
    <message>
        <location filename="../../core/share/fanpagestrings.cpp" line="65"/>
        <source>Made with Chorus. This page works offline; the times come from your device&apos;s clock and zone.</source>
        <translation>Feito com o Chorus. Esta página funciona offline; os horários vêm do relógio e do fuso horário do seu dispositivo.</translation>
    </message>
    <message>
        <location filename="../../core/share/fanpagestrings.cpp" line="69"/>
        <source>starts in %1</source>
        <extracomment>The ticking countdown; %1 is e.g. &quot;4 days 3 h 12 min 5 s&quot;.</extracomment>
        <translation>começa em %1</translation>
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
        <translation>encerrado</translation>
    </message>
    <message>
        <location filename="../../core/share/fanpagestrings.cpp" line="80"/>
        <source>The hour starts in %1.</source>
        <extracomment>Read out by screen readers at milestones (a day, an hour, 15 minutes… before); %1 is e.g. &quot;4 days, 3 hours, 12 minutes&quot;.</extracomment>
        <translation>O evento começa em %1.</translation>
    </message>
    <message>
        <location filename="../../core/share/fanpagestrings.cpp" line="82"/>
        <source>It is on: %1 left. Post now!</source>
        <extracomment>Read out by screen readers during the hour; %1 is e.g. &quot;15 minutes&quot;.</extracomment>
        <translation>Começou: faltam %1. Poste agora!</translation>
    </message>
    <message>
        <location filename="../../core/share/fanpagestrings.cpp" line="83"/>
        <source>The hour has ended. Thank you!</source>
        <translation>O evento terminou. Obrigado!</translation>
    </message>
    <message>
        <location filename="../../core/share/fanpagestrings.cpp" line="85"/>
        <source>Post %1</source>
        <extracomment>Accessible name of one suggested post; %1 is its number.</extracomment>
        <translation>Postagem %1</translation>
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
        <translation>Copiar a postagem %1</translation>
    </message>
    <message>
        <location filename="../../core/share/fanpagestrings.cpp" line="89"/>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
    <message>
        <location filename="../../core/share/fanpagestrings.cpp" line="90"/>
        <source>Post copied.</source>
        <translation>Postagem copiada.</translation>
    </message>
    <message>
        <location filename="../../core/share/fanpagestrings.cpp" line="91"/>
        <source>Post on X</source>
        <translation>Postar no X</translation>
    </message>
    <message>
        <location filename="../../core/share/fanpagestrings.cpp" line="92"/>
        <source>Post on Bluesky</source>
        <translation>Postar no Bluesky</translation>
    </message>
    <message>
        <location filename="../../core/share/fanpagestrings.cpp" line="93"/>
        <source>Post on Mastodon</source>
        <translation>Postar no Mastodon</translation>
    </message>
    <message>
        <location filename="../../core/share/fanpagestrings.cpp" line="94"/>
        <source>Type your Mastodon server first.</source>
        <translation>Digite primeiro o seu servidor Mastodon.</translation>
    </message>
    <message>
        <location filename="../../core/share/fanpagestrings.cpp" line="95"/>
        <source>Joining…</source>
        <translation>Entrando…</translation>
    </message>
    <message>
        <location filename="../../core/share/fanpagestrings.cpp" line="96"/>
        <source>You&apos;re in. Come back at the start!</source>
        <translation>Você está dentro. Volte na hora do início!</translation>
    </message>
    <message>
        <location filename="../../core/share/fanpagestrings.cpp" line="98"/>
        <source>Could not join: %1</source>
        <extracomment>%1 is the reason, in English, from the check-in service.</extracomment>
        <translation>Não foi possível participar: %1</translation>
    </message>
    <message>
        <location filename="../../core/share/fanpagestrings.cpp" line="99"/>
        <source>Marked ready.</source>
        <translation>Marcado: a postos.</translation>
    </message>
    <message>
        <location filename="../../core/share/fanpagestrings.cpp" line="100"/>
        <source>Thank you for posting!</source>
        <translation>Obrigado por postar!</translation>
    </message>
    <message>
        <location filename="../../core/share/fanpagestrings.cpp" line="102"/>
        <source>Could not check in: %1</source>
        <extracomment>%1 is the reason, in English, from the check-in service.</extracomment>
        <translation>Não foi possível registrar: %1</translation>
    </message>
    <message>
        <location filename="../../core/share/fanpagestrings.cpp" line="104"/>
        <source>the service answered %1</source>
        <extracomment>The reason given when the service said no without saying why; %1 is an HTTP status.</extracomment>
        <translation>o serviço respondeu %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/share/fanpagestrings.cpp" line="106"/>
        <source>%n day(s)</source>
        <extracomment>Ticking countdown: whole days before the start.</extracomment>
        <translation>
            <numerusform>%n dia</numerusform>
            <numerusform>%n dias</numerusform>
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
            <numerusform>ao vivo — falta %n minuto</numerusform>
            <numerusform>ao vivo — faltam %n minutos</numerusform>
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
            <numerusform>%n a postos</numerusform>
            <numerusform>%n a postos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/share/fanpagestrings.cpp" line="118"/>
        <source>%n posted</source>
        <extracomment>Part of the line &quot;3 joined · 2 ready · 1 posted&quot;: people who have posted.</extracomment>
        <translation>
            <numerusform>%n postou</numerusform>
            <numerusform>%n postaram</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/share/fanpagestrings.cpp" line="120"/>
        <source>The goal: %1 people</source>
        <extracomment>The supporter goal before the check-in service answered; %1 is e.g. &quot;5,000&quot;.</extracomment>
        <translation>A meta: %1 pessoas</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/share/fanpagestrings.cpp" line="122"/>
        <source>%n of %1 have joined</source>
        <extracomment>The supporter goal: %n people joined out of %1 (e.g. &quot;1,234 of 5,000 have joined&quot;).</extracomment>
        <translation>
            <numerusform>%n de %1 já participa</numerusform>
            <numerusform>%n de %1 já participam</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/share/fanpagestrings.cpp" line="125"/>
        <source>All or nothing: the posts go out only if %1 people have joined by %2, 10 minutes before the start.</source>
        <extracomment>All or nothing, before the decision; %1 the goal (&quot;5,000&quot;), %2 the local time.</extracomment>
        <translation>Tudo ou nada: os posts só saem se %1 pessoas tiverem participado até %2, 10 minutos antes do início.</translation>
    </message>
    <message>
        <location filename="../../core/share/fanpagestrings.cpp" line="129"/>
        <source>The goal was met in time: the posts go out.</source>
        <extracomment>All or nothing, after the decision, when the goal was met.</extracomment>
        <translation>A meta foi alcançada a tempo: os posts vão sair.</translation>
    </message>
    <message>
        <location filename="../../core/share/fanpagestrings.cpp" line="132"/>
        <source>The goal was not met 10 minutes before the start: nothing is posted this time.</source>
        <extracomment>All or nothing, after the decision, when the goal was not met.</extracomment>
        <translation>A meta não foi alcançada 10 minutos antes do início: nada será postado desta vez.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../../app/gui/main.cpp" line="24"/>
        <source>Plan, publish and run a worldwide synchronized posting hour.</source>
        <translation>Planeje, publique e conduza uma hora de postagem sincronizada no mundo todo.</translation>
    </message>
    <message>
        <location filename="../../app/gui/main.cpp" line="29"/>
        <source>A campaign file or link to open.</source>
        <translation>Um arquivo ou link de campanha para abrir.</translation>
    </message>
</context>
</TS>
