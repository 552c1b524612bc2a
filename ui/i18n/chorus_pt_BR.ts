<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>Chorus::Ui::AudienceModel</name>
    <message>
        <location filename="../audiencemodel.cpp" line="103"/>
        <source>City</source>
        <translation>Cidade</translation>
    </message>
    <message>
        <location filename="../audiencemodel.cpp" line="104"/>
        <source>Zone</source>
        <translation>Fuso horário</translation>
    </message>
    <message>
        <location filename="../audiencemodel.cpp" line="105"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../audiencemodel.cpp" line="106"/>
        <source>Weight</source>
        <translation>Peso</translation>
    </message>
    <message>
        <location filename="../audiencemodel.cpp" line="107"/>
        <source>Share</source>
        <translation>Proporção</translation>
    </message>
    <message>
        <location filename="../audiencemodel.cpp" line="108"/>
        <source>Local start</source>
        <translation>Início local</translation>
    </message>
    <message>
        <location filename="../audiencemodel.cpp" line="135"/>
        <source>Change weight</source>
        <translation>alteração de peso</translation>
    </message>
    <message>
        <location filename="../audiencemodel.cpp" line="146"/>
        <source>Add %1</source>
        <translation>adição de %1</translation>
    </message>
    <message>
        <location filename="../audiencemodel.cpp" line="165"/>
        <source>Remove a zone</source>
        <translation>remoção de um fuso horário</translation>
    </message>
    <message>
        <location filename="../audiencemodel.cpp" line="165"/>
        <source>Remove %1 zones</source>
        <translation>remoção de %1 fusos horários</translation>
    </message>
</context>
<context>
    <name>Chorus::Ui::CountdownPage</name>
    <message numerus="yes">
        <location filename="../countdownpage.cpp" line="42"/>
        <location filename="../countdownpage.cpp" line="206"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dia</numerusform>
            <numerusform>%n dias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../countdownpage.cpp" line="44"/>
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hora</numerusform>
            <numerusform>%n horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../countdownpage.cpp" line="46"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../countdownpage.cpp" line="78"/>
        <source>Time until the start</source>
        <translation>Tempo até o início</translation>
    </message>
    <message>
        <location filename="../countdownpage.cpp" line="84"/>
        <source>Progress through the hour</source>
        <translation>Progresso da hora</translation>
    </message>
    <message>
        <location filename="../countdownpage.cpp" line="92"/>
        <source>Show times for:</source>
        <translation>Mostrar horários em:</translation>
    </message>
    <message>
        <location filename="../countdownpage.cpp" line="181"/>
        <source>Starts %1 at %2 — your time (%3)</source>
        <translation>Começa %1 às %2 — no seu horário (%3)</translation>
    </message>
    <message>
        <location filename="../countdownpage.cpp" line="183"/>
        <source>Ends at %1</source>
        <translation>Termina às %1</translation>
    </message>
    <message>
        <location filename="../countdownpage.cpp" line="186"/>
        <source>Ends %1 at %2</source>
        <translation>Termina %1 às %2</translation>
    </message>
    <message>
        <location filename="../countdownpage.cpp" line="208"/>
        <source>until the start</source>
        <translation>até o início</translation>
    </message>
    <message>
        <location filename="../countdownpage.cpp" line="214"/>
        <source>Live now</source>
        <translation>Ao vivo agora</translation>
    </message>
    <message numerus="yes">
        <location filename="../countdownpage.cpp" line="215"/>
        <source>%n minute(s) left — post together!</source>
        <translation>
            <numerusform>Falta %n minuto — vamos postar juntos!</numerusform>
            <numerusform>Faltam %n minutos — vamos postar juntos!</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../countdownpage.cpp" line="221"/>
        <source>Ended</source>
        <translation>Encerrado</translation>
    </message>
    <message>
        <location filename="../countdownpage.cpp" line="222"/>
        <source>Thank you for posting together.</source>
        <translation>Obrigado por postar junto com a gente.</translation>
    </message>
    <message>
        <location filename="../countdownpage.cpp" line="228"/>
        <source>Next reminder: %1 before the start, at %2</source>
        <translation>Próximo lembrete: %1 antes do início, em %2</translation>
    </message>
    <message>
        <location filename="../countdownpage.cpp" line="178"/>
        <source>dddd d MMMM yyyy</source>
        <comment>QDate::toString pattern of the start day</comment>
        <translation>dddd, d &apos;de&apos; MMMM &apos;de&apos; yyyy</translation>
    </message>
    <message>
        <location filename="../countdownpage.cpp" line="188"/>
        <source>dddd d MMMM</source>
        <comment>QDate::toString pattern of the end day</comment>
        <translation>dddd, d &apos;de&apos; MMMM</translation>
    </message>
</context>
<context>
    <name>Chorus::Ui::DetailsForm</name>
    <message>
        <location filename="../detailsform.cpp" line="48"/>
        <source>What the hour is for</source>
        <translation>Motivo desta hora</translation>
    </message>
    <message>
        <location filename="../detailsform.cpp" line="50"/>
        <source>#YourHashtag</source>
        <translation>#SuaHashtag</translation>
    </message>
    <message>
        <location filename="../detailsform.cpp" line="56"/>
        <source>Start date</source>
        <translation>Data de início</translation>
    </message>
    <message>
        <location filename="../detailsform.cpp" line="59"/>
        <source>Start time</source>
        <translation>Hora de início</translation>
    </message>
    <message>
        <location filename="../detailsform.cpp" line="71"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../detailsform.cpp" line="72"/>
        <source>Duration in minutes</source>
        <translation>Duração em minutos</translation>
    </message>
    <message>
        <location filename="../detailsform.cpp" line="74"/>
        <source>minutes before, e.g. 1440, 60, 10</source>
        <translation>minutos antes, ex.: 1440, 60, 10</translation>
    </message>
    <message>
        <location filename="../detailsform.cpp" line="85"/>
        <source>in</source>
        <translation>em</translation>
    </message>
    <message>
        <location filename="../detailsform.cpp" line="93"/>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <location filename="../detailsform.cpp" line="94"/>
        <source>&amp;Hashtag:</source>
        <translation>&amp;Hashtag:</translation>
    </message>
    <message>
        <location filename="../detailsform.cpp" line="96"/>
        <source>&amp;Start:</source>
        <translation>Iní&amp;cio:</translation>
    </message>
    <message>
        <location filename="../detailsform.cpp" line="102"/>
        <source>&amp;Duration:</source>
        <translation>Du&amp;ração:</translation>
    </message>
    <message>
        <location filename="../detailsform.cpp" line="103"/>
        <source>&amp;Reminders:</source>
        <translation>&amp;Lembretes:</translation>
    </message>
    <message>
        <location filename="../detailsform.cpp" line="105"/>
        <source>&amp;Link:</source>
        <translation>Li&amp;nk:</translation>
    </message>
    <message>
        <location filename="../detailsform.cpp" line="107"/>
        <source>&amp;Organizer:</source>
        <translation>&amp;Organizador(a):</translation>
    </message>
    <message>
        <location filename="../detailsform.cpp" line="108"/>
        <source>&amp;E-mail:</source>
        <translation>E-&amp;mail:</translation>
    </message>
    <message>
        <location filename="../detailsform.cpp" line="116"/>
        <source>Change title</source>
        <translation>alteração de título</translation>
    </message>
    <message>
        <location filename="../detailsform.cpp" line="124"/>
        <source>A hashtag is one word after #, without spaces.</source>
        <translation>Uma hashtag é uma única palavra depois de #, sem espaços.</translation>
    </message>
    <message>
        <location filename="../detailsform.cpp" line="128"/>
        <source>Change hashtag</source>
        <translation>alteração de hashtag</translation>
    </message>
    <message>
        <location filename="../detailsform.cpp" line="137"/>
        <source>Change duration</source>
        <translation>alteração de duração</translation>
    </message>
    <message>
        <location filename="../detailsform.cpp" line="145"/>
        <source>&apos;%1&apos; is not an http or https link.</source>
        <translation>&apos;%1&apos; não é um link http ou https.</translation>
    </message>
    <message>
        <location filename="../detailsform.cpp" line="149"/>
        <source>Change link</source>
        <translation>alteração de link</translation>
    </message>
    <message>
        <location filename="../detailsform.cpp" line="153"/>
        <source>Change organizer</source>
        <translation>alteração de organizador(a)</translation>
    </message>
    <message>
        <location filename="../detailsform.cpp" line="157"/>
        <source>Change e-mail</source>
        <translation>alteração de e-mail</translation>
    </message>
    <message>
        <location filename="../detailsform.cpp" line="194"/>
        <source>= %1 UTC</source>
        <translation>= %1 UTC</translation>
    </message>
    <message>
        <location filename="../detailsform.cpp" line="245"/>
        <location filename="../detailsform.cpp" line="292"/>
        <source>Change start</source>
        <translation>alteração de início</translation>
    </message>
    <message>
        <location filename="../detailsform.cpp" line="249"/>
        <source>%1 does not exist in %2: the clocks jump from %3 to %4 (%5 → %6). Choose what you mean:</source>
        <translation>%1 não existe em %2: os relógios saltam de %3 para %4 (%5 → %6). Escolha o horário desejado:</translation>
    </message>
    <message>
        <location filename="../detailsform.cpp" line="257"/>
        <source>%1 (%2 by the new clock)</source>
        <translation>%1 (%2 pelo novo horário)</translation>
    </message>
    <message>
        <location filename="../detailsform.cpp" line="259"/>
        <source>%1 (%2, when the clocks change)</source>
        <translation>%1 (%2, quando os relógios mudam)</translation>
    </message>
    <message>
        <location filename="../detailsform.cpp" line="264"/>
        <source>%1 happens twice in %2: the clocks go back from %3 to %4 (%5 → %6). Choose which one:</source>
        <translation>%1 ocorre duas vezes em %2: os relógios voltam de %3 para %4 (%5 → %6). Escolha qual delas:</translation>
    </message>
    <message>
        <location filename="../detailsform.cpp" line="271"/>
        <source>The first, %1 (%2)</source>
        <translation>A primeira, %1 (%2)</translation>
    </message>
    <message>
        <location filename="../detailsform.cpp" line="273"/>
        <source>The second, %1 (%2)</source>
        <translation>A segunda, %1 (%2)</translation>
    </message>
    <message>
        <location filename="../detailsform.cpp" line="306"/>
        <source>%1 is listed twice.</source>
        <translation>%1 aparece duas vezes.</translation>
    </message>
    <message>
        <location filename="../detailsform.cpp" line="312"/>
        <source>Change reminders</source>
        <translation>alteração de lembretes</translation>
    </message>
</context>
<context>
    <name>Chorus::Ui::MainWindow</name>
    <message>
        <location filename="../mainwindow.cpp" line="74"/>
        <source>Unsaved changes</source>
        <translation>Alterações não salvas</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="75"/>
        <source>“%1” has changes that are not saved. Save them first?</source>
        <translation>“%1” tem alterações não salvas. Deseja salvá-las antes?</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="83"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="96"/>
        <location filename="../mainwindow.cpp" line="122"/>
        <source>Messages</source>
        <translation>Mensagens</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="97"/>
        <source>The template editor with live counters per platform comes here. Until then, &apos;chorus-cli measure&apos; counts a post as X, Bluesky and Mastodon do.</source>
        <translation>Aqui ficará o editor de modelos, com contadores ao vivo por plataforma. Até lá, &apos;chorus-cli measure&apos; conta uma postagem do mesmo jeito que o X, o Bluesky e o Mastodon.</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="101"/>
        <location filename="../mainwindow.cpp" line="123"/>
        <source>Check-ins</source>
        <translation>Check-ins</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="102"/>
        <source>Joining, “I&apos;m ready” and “I posted”, and the organizer&apos;s live dashboard come here. Until then, &apos;chorus-cli serve&apos; runs the check-in service.</source>
        <translation>Aqui ficarão a participação, “Estou a postos” e “Já postei”, e o painel ao vivo de quem organiza. Até lá, &apos;chorus-cli serve&apos; executa o serviço de check-in.</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="106"/>
        <location filename="../mainwindow.cpp" line="124"/>
        <source>Share</source>
        <translation>Compartilhar</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="107"/>
        <source>The calendar file, the fan page, the announcement and the image card come here. Until then, the command line exports them.</source>
        <translation>Aqui ficarão o arquivo de calendário, a página para fãs, o anúncio e o card de imagem. Até lá, use a linha de comando para exportá-los.</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="113"/>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="120"/>
        <source>Plan</source>
        <translation>Planejar</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="121"/>
        <source>Countdown</source>
        <translation>Contagem regressiva</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="165"/>
        <location filename="../mainwindow.cpp" line="479"/>
        <source>Chorus</source>
        <translation>Chorus</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="178"/>
        <source>%1 starts in %2</source>
        <translation>%1 começa em %2</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="181"/>
        <source>%1 is live — post together now!</source>
        <translation>%1 começou — vamos postar juntos agora!</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="195"/>
        <location filename="../mainwindow.cpp" line="299"/>
        <source>The last campaign could not be opened, so the sample is shown. %1</source>
        <translation>Não foi possível abrir a última campanha, então a campanha de exemplo está sendo exibida. %1</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="203"/>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="204"/>
        <source>&amp;New</source>
        <translation>&amp;Novo</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="205"/>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="206"/>
        <source>Open &amp;URL…</source>
        <translation>Abrir &amp;URL…</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="207"/>
        <source>Open &amp;Recent</source>
        <translation>Abrir recen&amp;tes</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="208"/>
        <source>Open the Sa&amp;mple Campaign</source>
        <translation>Abrir a campanha de e&amp;xemplo</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="213"/>
        <source>&amp;Save</source>
        <translation>&amp;Salvar</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="214"/>
        <source>Save &amp;As…</source>
        <translation>Salvar &amp;como…</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="217"/>
        <source>&amp;Publish…</source>
        <translation>&amp;Publicar…</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="222"/>
        <source>&amp;Quit</source>
        <translation>Sai&amp;r</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="223"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="224"/>
        <source>&amp;Undo</source>
        <translation>&amp;Desfazer</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="226"/>
        <source>&amp;Redo</source>
        <translation>&amp;Refazer</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="230"/>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="236"/>
        <source>&amp;Help</source>
        <translation>Aj&amp;uda</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="237"/>
        <source>&amp;About Chorus</source>
        <translation>&amp;Sobre o Chorus</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="238"/>
        <source>About Chorus</source>
        <translation>Sobre o Chorus</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="239"/>
        <source>&lt;h3&gt;Chorus %1&lt;/h3&gt;&lt;p&gt;Plan, publish and run a worldwide synchronized posting hour.&lt;/p&gt;&lt;p&gt;Time zones from the system&apos;s tz database.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Chorus %1&lt;/h3&gt;&lt;p&gt;Planeje, publique e conduza uma hora de postagem sincronizada no mundo todo.&lt;/p&gt;&lt;p&gt;Fusos horários do banco de dados tz do sistema.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="312"/>
        <source>Opening %1…</source>
        <translation>Abrindo %1…</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="343"/>
        <source>New campaign</source>
        <translation>Nova campanha</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="361"/>
        <source>Showing the sample campaign</source>
        <translation>Exibindo a campanha de exemplo</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="363"/>
        <source>Opened %1</source>
        <translation>%1 aberto</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="386"/>
        <source>Saved %1</source>
        <translation>Salvo em %1</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="400"/>
        <source>Save Campaign</source>
        <translation>Salvar campanha</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="401"/>
        <source>Chorus campaigns (*.chorus.json)</source>
        <translation>Campanhas do Chorus (*.chorus.json)</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="419"/>
        <source>Chorus[*]</source>
        <translation>Chorus[*]</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="419"/>
        <source>%1[*] — Chorus</source>
        <translation>%1[*] — Chorus</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="455"/>
        <source>Open Campaign</source>
        <translation>Abrir campanha</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="455"/>
        <source>Chorus campaigns (*.chorus.json);;JSON files (*.json)</source>
        <translation>Campanhas do Chorus (*.chorus.json);;Arquivos JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="463"/>
        <source>Open Campaign from a Link</source>
        <translation>Abrir campanha a partir de um link</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="464"/>
        <source>Campaign link (https://…):</source>
        <translation>Link da campanha (https://…):</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="470"/>
        <source>&apos;%1&apos; is not an http or https link.</source>
        <translation>&apos;%1&apos; não é um link http ou https.</translation>
    </message>
</context>
<context>
    <name>Chorus::Ui::PlanPage</name>
    <message>
        <location filename="../planpage.cpp" line="95"/>
        <source>The start&apos;s day</source>
        <translation>O dia do início</translation>
    </message>
    <message>
        <location filename="../planpage.cpp" line="96"/>
        <source>A week from the start&apos;s day</source>
        <translation>Uma semana a partir do dia do início</translation>
    </message>
    <message>
        <location filename="../planpage.cpp" line="97"/>
        <source>Four weeks</source>
        <translation>Quatro semanas</translation>
    </message>
    <message>
        <location filename="../planpage.cpp" line="98"/>
        <source>A year</source>
        <translation>Um ano</translation>
    </message>
    <message>
        <location filename="../planpage.cpp" line="115"/>
        <source>No start to rank in this range.</source>
        <translation>Não há horários de início para classificar neste período.</translation>
    </message>
    <message>
        <location filename="../planpage.cpp" line="157"/>
        <source>Move start</source>
        <translation>movimentação de início</translation>
    </message>
    <message>
        <location filename="../planpage.cpp" line="174"/>
        <source>Audience zones</source>
        <translation>Fusos horários do público</translation>
    </message>
    <message>
        <location filename="../planpage.cpp" line="181"/>
        <source>Weight of the zone to add</source>
        <translation>Peso do fuso horário a adicionar</translation>
    </message>
    <message>
        <location filename="../planpage.cpp" line="182"/>
        <source>&amp;Add</source>
        <translation>Adi&amp;cionar</translation>
    </message>
    <message>
        <location filename="../planpage.cpp" line="183"/>
        <source>&amp;Remove</source>
        <translation>&amp;Remover</translation>
    </message>
    <message>
        <location filename="../planpage.cpp" line="197"/>
        <source>Zone:</source>
        <translation>Fuso horário:</translation>
    </message>
    <message>
        <location filename="../planpage.cpp" line="199"/>
        <source>Weight:</source>
        <translation>Peso:</translation>
    </message>
    <message>
        <location filename="../planpage.cpp" line="213"/>
        <source>Comfort hours</source>
        <translation>Horário conveniente</translation>
    </message>
    <message>
        <location filename="../planpage.cpp" line="214"/>
        <source>The local hours in which people can join, e.g. 09:00-23:00 or 18:00-02:00</source>
        <translation>O horário local em que as pessoas podem participar, ex.: 09:00-23:00 ou 18:00-02:00</translation>
    </message>
    <message>
        <location filename="../planpage.cpp" line="219"/>
        <source>Ranking in progress</source>
        <translation>Classificação em andamento</translation>
    </message>
    <message>
        <location filename="../planpage.cpp" line="223"/>
        <source>Suggested starts, best first</source>
        <translation>Horários de início sugeridos, do melhor para o pior</translation>
    </message>
    <message>
        <location filename="../planpage.cpp" line="224"/>
        <source>&amp;Use this start</source>
        <translation>Usar es&amp;te início</translation>
    </message>
    <message>
        <location filename="../planpage.cpp" line="240"/>
        <source>Look within:</source>
        <translation>Buscar em:</translation>
    </message>
    <message>
        <location filename="../planpage.cpp" line="242"/>
        <source>Comfort hours:</source>
        <translation>Horário conveniente:</translation>
    </message>
    <message>
        <location filename="../planpage.cpp" line="258"/>
        <source>Pre-flight report</source>
        <translation>Relatório de verificação prévia</translation>
    </message>
    <message>
        <location filename="../planpage.cpp" line="261"/>
        <source>&amp;Details</source>
        <translation>&amp;Detalhes</translation>
    </message>
    <message>
        <location filename="../planpage.cpp" line="262"/>
        <source>Au&amp;dience</source>
        <translation>&amp;Público</translation>
    </message>
    <message>
        <location filename="../planpage.cpp" line="263"/>
        <source>Su&amp;ggestions</source>
        <translation>&amp;Sugestões</translation>
    </message>
    <message>
        <location filename="../planpage.cpp" line="264"/>
        <source>&amp;Pre-flight</source>
        <translation>&amp;Verificação prévia</translation>
    </message>
    <message>
        <location filename="../planpage.cpp" line="377"/>
        <source>Fix the comfort hours to get suggestions.</source>
        <translation>Corrija o horário conveniente para obter sugestões.</translation>
    </message>
    <message>
        <location filename="../planpage.cpp" line="386"/>
        <source>Add zones with weights to the audience to get suggestions.</source>
        <translation>Adicione ao público fusos horários com pesos para obter sugestões.</translation>
    </message>
    <message>
        <location filename="../planpage.cpp" line="414"/>
        <source>The current start, %1 UTC, reaches %2.</source>
        <translation>O início atual, %1 UTC, alcança %2.</translation>
    </message>
    <message>
        <location filename="../planpage.cpp" line="424"/>
        <source>Any start from %1 to %2 UTC reaches %3</source>
        <translation>Qualquer início de %1 a %2 UTC alcança %3</translation>
    </message>
    <message>
        <location filename="../planpage.cpp" line="427"/>
        <source>Start at %1 UTC reaches %2</source>
        <translation>Início em %1 UTC alcança %2</translation>
    </message>
    <message>
        <location filename="../planpage.cpp" line="433"/>
        <source>A second wave at %1 UTC would reach %2 of those the best start leaves out; together the two reach %3.</source>
        <translation>Uma segunda onda em %1 UTC alcançaria %2 das pessoas que o melhor início deixa de fora; juntas, as duas alcançam %3.</translation>
    </message>
    <message>
        <location filename="../planpage.cpp" line="438"/>
        <source>No second wave needed: nobody the best start leaves out can be reached.</source>
        <translation>Não é preciso uma segunda onda: ninguém que o melhor início deixa de fora pode ser alcançado.</translation>
    </message>
    <message>
        <location filename="../planpage.cpp" line="448"/>
        <source>Use suggested start</source>
        <translation>uso de início sugerido</translation>
    </message>
    <message>
        <location filename="../planpage.cpp" line="461"/>
        <source>Nothing to watch out for: no DST change, date shift or odd offset.</source>
        <translation>Nada com que se preocupar: sem mudança de horário de verão, virada de data ou deslocamento UTC incomum.</translation>
    </message>
</context>
<context>
    <name>Chorus::Ui::PublishDialog</name>
    <message>
        <location filename="../publishdialog.cpp" line="47"/>
        <source>Publish — %1</source>
        <translation>Publicar — %1</translation>
    </message>
    <message>
        <location filename="../publishdialog.cpp" line="56"/>
        <source>Announcement card preview</source>
        <translation>Prévia do card de anúncio</translation>
    </message>
    <message>
        <location filename="../publishdialog.cpp" line="60"/>
        <source>Announcement text</source>
        <translation>Texto do anúncio</translation>
    </message>
    <message>
        <location filename="../publishdialog.cpp" line="75"/>
        <source>Copy announcement</source>
        <translation>Copiar anúncio</translation>
    </message>
    <message>
        <location filename="../publishdialog.cpp" line="75"/>
        <source>Announcement</source>
        <translation>Anúncio</translation>
    </message>
    <message>
        <location filename="../publishdialog.cpp" line="76"/>
        <source>Copy Discord code</source>
        <translation>Copiar código do Discord</translation>
    </message>
    <message>
        <location filename="../publishdialog.cpp" line="76"/>
        <source>Discord code</source>
        <translation>Código do Discord</translation>
    </message>
    <message>
        <location filename="../publishdialog.cpp" line="77"/>
        <source>Copy Google Calendar link</source>
        <translation>Copiar link do Google Agenda</translation>
    </message>
    <message>
        <location filename="../publishdialog.cpp" line="78"/>
        <source>Google Calendar link</source>
        <translation>Link do Google Agenda</translation>
    </message>
    <message>
        <location filename="../publishdialog.cpp" line="79"/>
        <source>Copy Outlook link</source>
        <translation>Copiar link do Outlook</translation>
    </message>
    <message>
        <location filename="../publishdialog.cpp" line="79"/>
        <source>Outlook link</source>
        <translation>Link do Outlook</translation>
    </message>
    <message>
        <location filename="../publishdialog.cpp" line="81"/>
        <source>Save card (PNG)…</source>
        <translation>Salvar card (PNG)…</translation>
    </message>
    <message>
        <location filename="../publishdialog.cpp" line="82"/>
        <source>Save the announcement card</source>
        <translation>Salvar o card de anúncio</translation>
    </message>
    <message>
        <location filename="../publishdialog.cpp" line="83"/>
        <source>PNG images (*.png)</source>
        <translation>Imagens PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../publishdialog.cpp" line="85"/>
        <source>Save calendar (.ics)…</source>
        <translation>Salvar calendário (.ics)…</translation>
    </message>
    <message>
        <location filename="../publishdialog.cpp" line="86"/>
        <source>Save the calendar file</source>
        <translation>Salvar o arquivo de calendário</translation>
    </message>
    <message>
        <location filename="../publishdialog.cpp" line="87"/>
        <source>iCalendar files (*.ics)</source>
        <translation>Arquivos iCalendar (*.ics)</translation>
    </message>
    <message>
        <location filename="../publishdialog.cpp" line="89"/>
        <source>Save fan page (HTML)…</source>
        <translation>Salvar página para fãs (HTML)…</translation>
    </message>
    <message>
        <location filename="../publishdialog.cpp" line="90"/>
        <source>Save the fan page</source>
        <translation>Salvar a página para fãs</translation>
    </message>
    <message>
        <location filename="../publishdialog.cpp" line="90"/>
        <source>Web pages (*.html)</source>
        <translation>Páginas web (*.html)</translation>
    </message>
    <message>
        <location filename="../publishdialog.cpp" line="95"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../publishdialog.cpp" line="120"/>
        <source>cannot encode the PNG</source>
        <translation>não foi possível codificar o PNG</translation>
    </message>
    <message>
        <location filename="../publishdialog.cpp" line="139"/>
        <source>%1 copied.</source>
        <translation>%1 copiado.</translation>
    </message>
    <message>
        <location filename="../publishdialog.cpp" line="154"/>
        <source>Saved %1.</source>
        <translation>Salvo em %1.</translation>
    </message>
</context>
<context>
    <name>Chorus::Ui::TimelineView</name>
    <message>
        <location filename="../timelineview.cpp" line="58"/>
        <source>Timeline of the campaign hour across zones</source>
        <translation>Linha do tempo da hora da campanha nos fusos horários</translation>
    </message>
    <message>
        <location filename="../timelineview.cpp" line="59"/>
        <source>Left and right arrows move the campaign window by 15 minutes</source>
        <translation>As setas para a esquerda e para a direita movem a janela da campanha em 15 minutos</translation>
    </message>
    <message>
        <location filename="../timelineview.cpp" line="189"/>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <location filename="../timelineview.cpp" line="334"/>
        <source>%1: %2 %3–%4 (%5)</source>
        <translation>%1: %2 %3–%4 (%5)</translation>
    </message>
</context>
<context>
    <name>Chorus::Ui::ZonePicker</name>
    <message>
        <location filename="../zonepicker.cpp" line="27"/>
        <source>City, country or zone</source>
        <translation>Cidade, país ou fuso horário</translation>
    </message>
    <message>
        <location filename="../zonepicker.cpp" line="29"/>
        <source>Time zone</source>
        <translation>Fuso horário</translation>
    </message>
    <message>
        <location filename="../zonepicker.cpp" line="30"/>
        <source>Type a city, a country or a zone id, then pick a zone</source>
        <translation>Digite uma cidade, um país ou o ID de um fuso horário e escolha um fuso</translation>
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
