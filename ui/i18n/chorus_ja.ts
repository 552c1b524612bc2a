<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>Chorus::Ui::AudienceModel</name>
    <message>
        <location filename="../audiencemodel.cpp" line="88"/>
        <source>ddd d MMM</source>
        <comment>QDate::toString pattern of a local day</comment>
        <translation>M月d日(ddd)</translation>
    </message>
    <message>
        <location filename="../audiencemodel.cpp" line="105"/>
        <source>City</source>
        <translation>都市</translation>
    </message>
    <message>
        <location filename="../audiencemodel.cpp" line="106"/>
        <source>Zone</source>
        <translation>タイムゾーン</translation>
    </message>
    <message>
        <location filename="../audiencemodel.cpp" line="107"/>
        <source>Country</source>
        <translation>国</translation>
    </message>
    <message>
        <location filename="../audiencemodel.cpp" line="108"/>
        <source>Weight</source>
        <translation>重み</translation>
    </message>
    <message>
        <location filename="../audiencemodel.cpp" line="109"/>
        <source>Share</source>
        <translation>割合</translation>
    </message>
    <message>
        <location filename="../audiencemodel.cpp" line="110"/>
        <source>Local start</source>
        <translation>現地の開始時刻</translation>
    </message>
    <message>
        <location filename="../audiencemodel.cpp" line="137"/>
        <source>Change weight</source>
        <translation>重みの変更</translation>
    </message>
    <message>
        <location filename="../audiencemodel.cpp" line="148"/>
        <source>Add %1</source>
        <translation>%1 の追加</translation>
    </message>
    <message>
        <location filename="../audiencemodel.cpp" line="167"/>
        <source>Remove a zone</source>
        <translation>タイムゾーンの削除</translation>
    </message>
    <message>
        <location filename="../audiencemodel.cpp" line="167"/>
        <source>Remove %1 zones</source>
        <translation>%1 件のタイムゾーンの削除</translation>
    </message>
</context>
<context>
    <name>Chorus::Ui::CheckinChart</name>
    <message>
        <location filename="../checkinchart.cpp" line="29"/>
        <source>Check-ins over time</source>
        <translation>チェックインの推移</translation>
    </message>
    <message numerus="yes">
        <location filename="../checkinchart.cpp" line="123"/>
        <source>per %n minute(s)</source>
        <translation>
            <numerusform>%n 分ごと</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../checkinchart.cpp" line="124"/>
        <source>per %n hour(s)</source>
        <translation>
            <numerusform>%n 時間ごと</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../checkinchart.cpp" line="144"/>
        <source>Check-ins from %1 to %2 (a bar %3): %4 joined, %5 ready, %6 posted. The tallest bar, at %7, has %8.</source>
        <translation>%1〜%2 のチェックイン (棒 1 本が%3): 参加 %4、準備完了 %5、投稿済み %6。最も高い棒は %7 で %8 件です。</translation>
    </message>
    <message>
        <location filename="../checkinchart.cpp" line="169"/>
        <source>joined</source>
        <translation>参加</translation>
    </message>
    <message>
        <location filename="../checkinchart.cpp" line="169"/>
        <source>ready</source>
        <translation>準備完了</translation>
    </message>
    <message>
        <location filename="../checkinchart.cpp" line="169"/>
        <source>posted</source>
        <translation>投稿済み</translation>
    </message>
    <message>
        <location filename="../checkinchart.cpp" line="30"/>
        <location filename="../checkinchart.cpp" line="132"/>
        <location filename="../checkinchart.cpp" line="189"/>
        <source>No joins or check-ins yet.</source>
        <translation>まだ参加もチェックインもありません。</translation>
    </message>
</context>
<context>
    <name>Chorus::Ui::CheckinsPage</name>
    <message>
        <location filename="../checkinspage.cpp" line="18"/>
        <source>Take part or organize</source>
        <translation>参加または主催</translation>
    </message>
    <message>
        <location filename="../checkinspage.cpp" line="22"/>
        <source>Take part</source>
        <translation>参加する</translation>
    </message>
    <message>
        <location filename="../checkinspage.cpp" line="23"/>
        <source>Organize</source>
        <translation>主催する</translation>
    </message>
    <message>
        <location filename="../checkinspage.cpp" line="24"/>
        <source>Join the campaign and check in as a fan</source>
        <translation>ファンとしてキャンペーンに参加し、チェックインします</translation>
    </message>
    <message>
        <location filename="../checkinspage.cpp" line="25"/>
        <source>Run the check-in service and watch who takes part</source>
        <translation>チェックインサービスを動かし、参加者を確認します</translation>
    </message>
</context>
<context>
    <name>Chorus::Ui::CountdownPage</name>
    <message numerus="yes">
        <location filename="../countdownpage.cpp" line="44"/>
        <location filename="../countdownpage.cpp" line="257"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 日</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../countdownpage.cpp" line="46"/>
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n 時間</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../countdownpage.cpp" line="48"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n 分</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../countdownpage.cpp" line="69"/>
        <source>Time until the start</source>
        <translation>開始までの時間</translation>
    </message>
    <message>
        <location filename="../countdownpage.cpp" line="75"/>
        <source>Progress through the hour</source>
        <translation>この 1 時間の進み具合</translation>
    </message>
    <message>
        <location filename="../countdownpage.cpp" line="84"/>
        <source>Clock warning</source>
        <translation>時計に関する警告</translation>
    </message>
    <message>
        <location filename="../countdownpage.cpp" line="98"/>
        <source>Show times for:</source>
        <translation>表示する時刻:</translation>
    </message>
    <message>
        <location filename="../countdownpage.cpp" line="194"/>
        <source>Starts %1 at %2 — your time (%3)</source>
        <translation>開始: %1 %2 — あなたの時刻 (%3)</translation>
    </message>
    <message>
        <location filename="../countdownpage.cpp" line="196"/>
        <source>Ends at %1</source>
        <translation>終了: %1</translation>
    </message>
    <message>
        <location filename="../countdownpage.cpp" line="199"/>
        <source>Ends %1 at %2</source>
        <translation>終了: %1 %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../countdownpage.cpp" line="223"/>
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n 秒</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../countdownpage.cpp" line="227"/>
        <source>Your clock is %1 fast compared with the check-in service.</source>
        <translation>あなたの時計はチェックインサービスより %1 進んでいます。</translation>
    </message>
    <message>
        <location filename="../countdownpage.cpp" line="228"/>
        <source>Your clock is %1 slow compared with the check-in service.</source>
        <translation>あなたの時計はチェックインサービスより %1 遅れています。</translation>
    </message>
    <message>
        <location filename="../countdownpage.cpp" line="230"/>
        <source>This countdown is corrected for it; set your clock right so that other apps agree.</source>
        <translation>このカウントダウンはずれを補正済みです。ほかのアプリと時刻が合うよう、時計を合わせてください。</translation>
    </message>
    <message>
        <location filename="../countdownpage.cpp" line="259"/>
        <source>until the start</source>
        <translation>開始まで</translation>
    </message>
    <message>
        <location filename="../countdownpage.cpp" line="265"/>
        <source>Live now</source>
        <translation>開催中</translation>
    </message>
    <message numerus="yes">
        <location filename="../countdownpage.cpp" line="266"/>
        <source>%n minute(s) left — post together!</source>
        <translation>
            <numerusform>残り %n 分 — みんなで投稿しよう!</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../countdownpage.cpp" line="272"/>
        <source>Ended</source>
        <translation>終了しました</translation>
    </message>
    <message>
        <location filename="../countdownpage.cpp" line="273"/>
        <source>Thank you for posting together.</source>
        <translation>いっしょに投稿してくれてありがとう。</translation>
    </message>
    <message>
        <location filename="../countdownpage.cpp" line="279"/>
        <source>Next reminder: %1 before the start, at %2</source>
        <translation>次のリマインダー: 開始の %1 前、%2</translation>
    </message>
    <message>
        <location filename="../countdownpage.cpp" line="191"/>
        <source>dddd d MMMM yyyy</source>
        <comment>QDate::toString pattern of the start day</comment>
        <translation>yyyy年M月d日 dddd</translation>
    </message>
    <message>
        <location filename="../countdownpage.cpp" line="201"/>
        <source>dddd d MMMM</source>
        <comment>QDate::toString pattern of the end day</comment>
        <translation>M月d日 dddd</translation>
    </message>
</context>
<context>
    <name>Chorus::Ui::DetailsForm</name>
    <message>
        <location filename="../detailsform.cpp" line="49"/>
        <source>What the hour is for</source>
        <translation>この 1 時間の目的</translation>
    </message>
    <message>
        <location filename="../detailsform.cpp" line="51"/>
        <source>#YourHashtag</source>
        <translation>#あなたのハッシュタグ</translation>
    </message>
    <message>
        <location filename="../detailsform.cpp" line="57"/>
        <source>Start date</source>
        <translation>開始日</translation>
    </message>
    <message>
        <location filename="../detailsform.cpp" line="60"/>
        <source>Start time</source>
        <translation>開始時刻</translation>
    </message>
    <message>
        <location filename="../detailsform.cpp" line="61"/>
        <source>The start&apos;s date, in the zone chosen beside it</source>
        <translation>開始日 (横で選んだタイムゾーンでの日付)</translation>
    </message>
    <message>
        <location filename="../detailsform.cpp" line="62"/>
        <source>The start&apos;s time of day, in the zone chosen beside it</source>
        <translation>開始時刻 (横で選んだタイムゾーンでの時刻)</translation>
    </message>
    <message>
        <location filename="../detailsform.cpp" line="74"/>
        <source> min</source>
        <translation> 分</translation>
    </message>
    <message>
        <location filename="../detailsform.cpp" line="75"/>
        <source>Duration in minutes</source>
        <translation>長さ (分)</translation>
    </message>
    <message>
        <location filename="../detailsform.cpp" line="76"/>
        <source>How long the posting hour lasts</source>
        <translation>投稿タイムの長さ</translation>
    </message>
    <message>
        <location filename="../detailsform.cpp" line="78"/>
        <source>minutes before, e.g. 1440, 60, 10</source>
        <translation>何分前か (例: 1440, 60, 10)</translation>
    </message>
    <message>
        <location filename="../detailsform.cpp" line="86"/>
        <source>Who runs the campaign, written into the calendar event</source>
        <translation>キャンペーンの主催者。カレンダーの予定に書き込まれます</translation>
    </message>
    <message>
        <location filename="../detailsform.cpp" line="88"/>
        <source>The organizer&apos;s e-mail address, written into the calendar event</source>
        <translation>主催者のメールアドレス。カレンダーの予定に書き込まれます</translation>
    </message>
    <message>
        <location filename="../detailsform.cpp" line="93"/>
        <source>in</source>
        <translation>タイムゾーン</translation>
    </message>
    <message>
        <location filename="../detailsform.cpp" line="101"/>
        <source>&amp;Title:</source>
        <translation>タイトル(&amp;T):</translation>
    </message>
    <message>
        <location filename="../detailsform.cpp" line="102"/>
        <source>&amp;Hashtag:</source>
        <translation>ハッシュタグ(&amp;H):</translation>
    </message>
    <message>
        <location filename="../detailsform.cpp" line="104"/>
        <source>&amp;Start:</source>
        <translation>開始(&amp;S):</translation>
    </message>
    <message>
        <location filename="../detailsform.cpp" line="110"/>
        <source>&amp;Duration:</source>
        <translation>長さ(&amp;D):</translation>
    </message>
    <message>
        <location filename="../detailsform.cpp" line="111"/>
        <source>&amp;Reminders:</source>
        <translation>リマインダー(&amp;R):</translation>
    </message>
    <message>
        <location filename="../detailsform.cpp" line="113"/>
        <source>&amp;Link:</source>
        <translation>リンク(&amp;L):</translation>
    </message>
    <message>
        <location filename="../detailsform.cpp" line="115"/>
        <source>&amp;Organizer:</source>
        <translation>主催者(&amp;O):</translation>
    </message>
    <message>
        <location filename="../detailsform.cpp" line="116"/>
        <source>&amp;E-mail:</source>
        <translation>メール(&amp;E):</translation>
    </message>
    <message>
        <location filename="../detailsform.cpp" line="124"/>
        <source>Change title</source>
        <translation>タイトルの変更</translation>
    </message>
    <message>
        <location filename="../detailsform.cpp" line="132"/>
        <source>A hashtag is one word after #, without spaces.</source>
        <translation>ハッシュタグは # の後に続く、空白のない 1 語です。</translation>
    </message>
    <message>
        <location filename="../detailsform.cpp" line="136"/>
        <source>Change hashtag</source>
        <translation>ハッシュタグの変更</translation>
    </message>
    <message>
        <location filename="../detailsform.cpp" line="145"/>
        <source>Change duration</source>
        <translation>長さの変更</translation>
    </message>
    <message>
        <location filename="../detailsform.cpp" line="153"/>
        <source>&apos;%1&apos; is not an http or https link.</source>
        <translation>&apos;%1&apos; は http または https のリンクではありません。</translation>
    </message>
    <message>
        <location filename="../detailsform.cpp" line="157"/>
        <source>Change link</source>
        <translation>リンクの変更</translation>
    </message>
    <message>
        <location filename="../detailsform.cpp" line="161"/>
        <source>Change organizer</source>
        <translation>主催者の変更</translation>
    </message>
    <message>
        <location filename="../detailsform.cpp" line="165"/>
        <source>Change e-mail</source>
        <translation>メールアドレスの変更</translation>
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
        <translation>開始の変更</translation>
    </message>
    <message>
        <location filename="../detailsform.cpp" line="262"/>
        <source>%1 does not exist in %2: the clocks jump from %3 to %4 (%5 → %6). Choose what you mean:</source>
        <translation>%2 には %1 がありません。時計が %3 から %4 に進みます (%5 → %6)。どちらの意味か選んでください:</translation>
    </message>
    <message>
        <location filename="../detailsform.cpp" line="270"/>
        <source>%1 (%2 by the new clock)</source>
        <translation>%1 (新しい時刻で %2)</translation>
    </message>
    <message>
        <location filename="../detailsform.cpp" line="272"/>
        <source>%1 (%2, when the clocks change)</source>
        <translation>%1 (%2、時計が切り替わるとき)</translation>
    </message>
    <message>
        <location filename="../detailsform.cpp" line="277"/>
        <source>%1 happens twice in %2: the clocks go back from %3 to %4 (%5 → %6). Choose which one:</source>
        <translation>%2 では %1 が 2 回あります。時計が %3 から %4 に戻ります (%5 → %6)。どちらか選んでください:</translation>
    </message>
    <message>
        <location filename="../detailsform.cpp" line="284"/>
        <source>The first, %1 (%2)</source>
        <translation>1 回目、%1 (%2)</translation>
    </message>
    <message>
        <location filename="../detailsform.cpp" line="286"/>
        <source>The second, %1 (%2)</source>
        <translation>2 回目、%1 (%2)</translation>
    </message>
    <message>
        <location filename="../detailsform.cpp" line="319"/>
        <source>%1 is listed twice.</source>
        <translation>%1 が 2 回入っています。</translation>
    </message>
    <message>
        <location filename="../detailsform.cpp" line="325"/>
        <source>Change reminders</source>
        <translation>リマインダーの変更</translation>
    </message>
</context>
<context>
    <name>Chorus::Ui::MainWindow</name>
    <message>
        <location filename="../mainwindow.cpp" line="64"/>
        <source>Unsaved changes</source>
        <translation>未保存の変更</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="65"/>
        <source>“%1” has changes that are not saved. Save them first?</source>
        <translation>「%1」には保存されていない変更があります。先に保存しますか?</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="73"/>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="111"/>
        <source>Messages</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="112"/>
        <source>Check-ins</source>
        <translation>チェックイン</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="113"/>
        <source>Share</source>
        <translation>共有</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="100"/>
        <source>Pages</source>
        <translation>ページ</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="102"/>
        <source>The campaign&apos;s pages: plan, countdown, messages, check-ins and share</source>
        <translation>キャンペーンのページ: 計画、カウントダウン、メッセージ、チェックイン、共有</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="109"/>
        <source>Plan</source>
        <translation>計画</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="110"/>
        <source>Countdown</source>
        <translation>カウントダウン</translation>
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
        <translation>%1 開始まで %2</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="175"/>
        <source>%1 is live — post together now!</source>
        <translation>%1 開催中 — 今すぐみんなで投稿しよう!</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="317"/>
        <location filename="../mainwindow.cpp" line="327"/>
        <source>The last campaign could not be opened, so the sample is shown. %1</source>
        <translation>前回のキャンペーンを開けなかったため、サンプルを表示しています。%1</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="207"/>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="173"/>
        <source>%1 is live — post together now! Click here to post on X now.</source>
        <translation>%1 開催中 — 今すぐみんなで投稿しよう! ここをクリックすると今すぐ X に投稿できます。</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="181"/>
        <source>Keep Chorus running?</source>
        <translation>Chorus を実行したままにしますか?</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="182"/>
        <source>Chorus still has to make a post for you at the start. Keep it running in the tray? If it quits, that post is not made.</source>
        <translation>Chorus には、開始時刻にあなたの代わりに行う投稿が残っています。システムトレイで実行したままにしますか? 終了すると、その投稿は行われません。</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="208"/>
        <source>&amp;New</source>
        <translation>新規(&amp;N)</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="209"/>
        <source>&amp;Open…</source>
        <translation>開く(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="210"/>
        <source>Open &amp;URL…</source>
        <translation>URL を開く(&amp;U)…</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="211"/>
        <source>Open &amp;Recent</source>
        <translation>最近使ったファイル(&amp;R)</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="212"/>
        <source>Open the Sa&amp;mple Campaign</source>
        <translation>サンプルのキャンペーンを開く(&amp;M)</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="217"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="218"/>
        <source>Save &amp;As…</source>
        <translation>名前を付けて保存(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="221"/>
        <source>&amp;Publish…</source>
        <translation>公開(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="224"/>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="225"/>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="226"/>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="228"/>
        <source>&amp;Redo</source>
        <translation>やり直す(&amp;R)</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="232"/>
        <source>&amp;Go</source>
        <translation>移動(&amp;G)</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="238"/>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="239"/>
        <source>&amp;About Chorus</source>
        <translation>Chorus について(&amp;A)</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="240"/>
        <source>About Chorus</source>
        <translation>Chorus について</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="241"/>
        <source>&lt;h3&gt;Chorus %1&lt;/h3&gt;&lt;p&gt;Plan, publish and run a worldwide synchronized posting hour.&lt;/p&gt;&lt;p&gt;Time zones from the system&apos;s tz database.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Chorus %1&lt;/h3&gt;&lt;p&gt;世界中でいっせいに投稿する 1 時間を計画し、告知し、運営します。&lt;/p&gt;&lt;p&gt;タイムゾーンはシステムの tz データベースを使用しています。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="298"/>
        <location filename="../mainwindow.cpp" line="309"/>
        <source>%1 could not be opened, so the sample is shown. %2</source>
        <translation>%1 を開けなかったため、サンプルを表示しています。%2</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="340"/>
        <source>Opening %1…</source>
        <translation>%1 を開いています…</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="379"/>
        <source>New campaign</source>
        <translation>新しいキャンペーン</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="397"/>
        <source>Showing the sample campaign</source>
        <translation>サンプルのキャンペーンを表示しています</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="399"/>
        <source>Opened %1</source>
        <translation>%1 を開きました</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="422"/>
        <source>Saved %1</source>
        <translation>%1 を保存しました</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="436"/>
        <source>Save Campaign</source>
        <translation>キャンペーンを保存</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="437"/>
        <source>Chorus campaigns (*.chorus.json)</source>
        <translation>Chorus キャンペーン (*.chorus.json)</translation>
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
        <translation>キャンペーンを開く</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="491"/>
        <source>Chorus campaigns (*.chorus.json);;JSON files (*.json)</source>
        <translation>Chorus キャンペーン (*.chorus.json);;JSON ファイル (*.json)</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="499"/>
        <source>Open Campaign from a Link</source>
        <translation>リンクからキャンペーンを開く</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="500"/>
        <source>Campaign link (https://…):</source>
        <translation>キャンペーンのリンク (https://…):</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="506"/>
        <source>&apos;%1&apos; is not an http or https link.</source>
        <translation>&apos;%1&apos; は http または https のリンクではありません。</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="545"/>
        <source>Chorus keeps running here and posts for you at the start.</source>
        <translation>Chorus はここで実行を続け、開始時刻にあなたの代わりに投稿します。</translation>
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
        <translation>キャンペーンのハッシュタグ</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="91"/>
        <source>the campaign link</source>
        <translation>キャンペーンのリンク</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="93"/>
        <source>the start on the fan&apos;s clock (22:30, 9:00 PM)</source>
        <translation>ファンの時計での開始時刻 (22:30、午後9:00)</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="95"/>
        <source>the start&apos;s date in the fan&apos;s zone</source>
        <translation>ファンのタイムゾーンでの開始日</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="97"/>
        <source>the fan&apos;s city</source>
        <translation>ファンの都市</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="99"/>
        <source>the fan&apos;s UTC offset (UTC+05:30)</source>
        <translation>ファンの UTC との時差 (UTC+05:30)</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="141"/>
        <source>Templates</source>
        <translation>テンプレート</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="142"/>
        <source>The campaign&apos;s post templates; select one to edit it</source>
        <translation>キャンペーンの投稿テンプレート。選ぶと編集できます</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="149"/>
        <source>&amp;Add</source>
        <translation>追加(&amp;A)</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="150"/>
        <source>Add a template after the selected one</source>
        <translation>選択したテンプレートの後にテンプレートを追加します</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="151"/>
        <source>D&amp;uplicate</source>
        <translation>複製(&amp;U)</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="153"/>
        <source>Add a copy of the selected template, to write another version of it</source>
        <translation>選択したテンプレートのコピーを追加して、別のバージョンを書きます</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="154"/>
        <source>Remo&amp;ve</source>
        <translation>削除(&amp;V)</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="155"/>
        <source>Remove the selected template (Undo brings it back)</source>
        <translation>選択したテンプレートを削除します (元に戻すで復元できます)</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="158"/>
        <source>Move up (Alt+Up)</source>
        <translation>上へ移動 (Alt+↑)</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="159"/>
        <source>Move up</source>
        <translation>上へ移動</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="162"/>
        <source>Move down (Alt+Down)</source>
        <translation>下へ移動 (Alt+↓)</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="163"/>
        <source>Move down</source>
        <translation>下へ移動</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="174"/>
        <source>&lt;b&gt;Templates&lt;/b&gt;</source>
        <translation>&lt;b&gt;テンプレート&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="184"/>
        <source>&lt;h2&gt;No messages yet&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;まだメッセージがありません&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="187"/>
        <source>A template is the post fans copy when the hour starts. Write it once with placeholders such as {hashtag} and {local_time}, which each fan gets filled in for their own zone, and with variants such as {We want|Give us}, so that thousands of fans do not post the same words. Counters show at once whether it fits on X, Bluesky and Mastodon.</source>
        <translation>テンプレートは、開始時刻にファンがコピーする投稿です。{hashtag} や {local_time} などのプレースホルダー (ファンごとのタイムゾーンで埋められます) と、{見たい|続編を} のようなバリエーションを使って一度だけ書けば、何千人ものファンが同じ文面を投稿せずに済みます。X、Bluesky、Mastodon に収まるかどうかはカウンターですぐにわかります。</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="196"/>
        <source>Add the first template</source>
        <translation>最初のテンプレートを追加</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="212"/>
        <source>Template id</source>
        <translation>テンプレート ID</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="213"/>
        <source>A short name for the template, unique in the campaign (&quot;main&quot;)</source>
        <translation>テンプレートの短い名前。キャンペーン内で重複不可 (&quot;main&quot;)</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="220"/>
        <source>Offer this template to fans posting on %1</source>
        <translation>%1 で投稿するファンにこのテンプレートを提供します</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="222"/>
        <source>%1 length</source>
        <translation>%1 での長さ</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="238"/>
        <source>Template text</source>
        <translation>テンプレートの本文</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="240"/>
        <source>The post, with placeholders such as {hashtag} and variants such as {a|b}</source>
        <translation>投稿の本文。{hashtag} などのプレースホルダーや {a|b} などのバリエーションを使えます</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="243"/>
        <source>{We want|Give us} the sequel! {hashtag}</source>
        <translation>続編を{見たい|ください}! {hashtag}</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="249"/>
        <source>&amp;Insert placeholder</source>
        <translation>プレースホルダーを挿入(&amp;I)</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="256"/>
        <source>{%1} — %2</source>
        <translation>{%1} — %2</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="260"/>
        <source>Variants {a|b} — each fan gets one of them</source>
        <translation>バリエーション {a|b} — ファンごとにどれか 1 つ</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="263"/>
        <source>Insert variants</source>
        <translation>バリエーションの挿入</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="271"/>
        <source>&amp;Text:</source>
        <translation>本文(&amp;T):</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="282"/>
        <source>Lint findings</source>
        <translation>チェック結果</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="290"/>
        <source>Variant </source>
        <translation>バリエーション </translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="291"/>
        <source>Variant shown</source>
        <translation>表示中のバリエーション</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="292"/>
        <source>Which of the template&apos;s variants the preview shows</source>
        <translation>プレビューに表示するバリエーション</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="295"/>
        <source>@fan</source>
        <translation>@fan</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="297"/>
        <source>Clear the handle</source>
        <translation>ハンドルを消去</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="299"/>
        <source>Each fan gets one variant, chosen from their handle: type a handle to see which</source>
        <translation>どのバリエーションになるかはファンのハンドルで決まります。ハンドルを入力すると確認できます</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="301"/>
        <source>Fan handle</source>
        <translation>ファンのハンドル</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="306"/>
        <source>or the one this fan gets:</source>
        <translation>またはこのファンの分:</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="316"/>
        <source>Preview</source>
        <translation>プレビュー</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="318"/>
        <source>&amp;Copy</source>
        <translation>コピー(&amp;C)</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="319"/>
        <source>Copy this text to the clipboard</source>
        <translation>このテキストをクリップボードにコピーします</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="324"/>
        <source>Open in %1</source>
        <translation>%1 で開く</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="325"/>
        <source>Open %1&apos;s compose window in the browser with this text</source>
        <translation>%1 の投稿画面をこのテキスト入りでブラウザーで開きます</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="332"/>
        <source>your Mastodon server</source>
        <translation>あなたの Mastodon サーバー</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="334"/>
        <source>The server you post on Mastodon from, such as mastodon.social</source>
        <translation>Mastodon で投稿に使うサーバー (mastodon.social など)</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="335"/>
        <source>Mastodon server</source>
        <translation>Mastodon サーバー</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="348"/>
        <source>&amp;Id:</source>
        <translation>ID(&amp;I):</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="353"/>
        <source>Platforms:</source>
        <translation>プラットフォーム:</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="374"/>
        <source>Campaign lint findings</source>
        <translation>キャンペーンのチェック結果</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="420"/>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="421"/>
        <source>Duplicate</source>
        <translation>複製</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="422"/>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="423"/>
        <source>Move Up</source>
        <translation>上へ移動</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="424"/>
        <source>Move Down</source>
        <translation>下へ移動</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="625"/>
        <source>A template needs some text; until it has some, the campaign keeps the last text it had.</source>
        <translation>テンプレートには本文が必要です。本文が入るまで、キャンペーンは最後の本文を保持します。</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="631"/>
        <source>%1 characters are more than a template may have (%2); the campaign keeps the last text that fitted.</source>
        <translation>%1 文字はテンプレートの上限 (%2) を超えています。キャンペーンは収まっていた最後の本文を保持します。</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="641"/>
        <source>Edit template “%1”</source>
        <translation>テンプレート「%1」の編集</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="674"/>
        <source>A template needs an id, a short name such as &quot;main&quot;.</source>
        <translation>テンプレートには &quot;main&quot; のような短い名前の ID が必要です。</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="677"/>
        <source>Another template is called “%1”; ids are unique.</source>
        <translation>「%1」という名前のテンプレートがすでにあります。ID は重複できません。</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="687"/>
        <source>Rename template “%1” to “%2”</source>
        <translation>テンプレート「%1」の名前を「%2」に変更</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="711"/>
        <source>Change platforms of “%1”</source>
        <translation>「%1」のプラットフォームの変更</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="751"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="754"/>
        <source>(%1 over)</source>
        <translation>(%1 超過)</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="756"/>
        <source> (%1 / %2 bytes)</source>
        <translation> (%1 / %2 バイト)</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="760"/>
        <source>The longest of %1 variants is variant %2: %3 of %4 characters as %5 counts them.</source>
        <translation>%1 個のバリエーションで最も長いのはバリエーション %2 です: %5 の数え方で %4 文字中 %3 文字。</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="766"/>
        <source>%1 of %2 characters as %3 counts them.</source>
        <translation>%3 の数え方で %2 文字中 %1 文字。</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="771"/>
        <source>Too long: %1 would refuse it.</source>
        <translation>長すぎます: %1 では投稿できません。</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="774"/>
        <source>(This template is not offered on %1.)</source>
        <translation>(このテンプレートは %1 では提供されません。)</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="786"/>
        <source>Counted on the longest of the first %1 of %2 variants</source>
        <translation>%2 個のバリエーションのうち最初の %1 個で最も長いものを数えています</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="790"/>
        <source>Counted on the longest of its %1 variants</source>
        <translation>%1 個のバリエーションで最も長いものを数えています</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="792"/>
        <source>Counted</source>
        <translation>数えています</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="793"/>
        <source>, with the longest city, time, date and link a fan could get.</source>
        <translation> (ファンに入りうる最も長い都市・時刻・日付・リンクで)。</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="818"/>
        <source>&lt;b&gt;Preview for you&lt;/b&gt; — %1 (%2), as your locale writes dates and times</source>
        <translation>&lt;b&gt;あなた向けのプレビュー&lt;/b&gt; — %1 (%2)、日付と時刻はあなたのロケールの書式</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="831"/>
        <source>of %1</source>
        <translation>/ %1</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="855"/>
        <source>Add the link on the Plan page.</source>
        <translation>「計画」ページでリンクを追加してください。</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="860"/>
        <source>No preview: %1</source>
        <translation>プレビューなし: %1</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="879"/>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="879"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="881"/>
        <source>%1: the campaign: %2</source>
        <translation>%1: キャンペーン: %2</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="893"/>
        <source>Lint finds nothing to fix in this template.</source>
        <translation>このテンプレートに直すべき点は見つかりません。</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="980"/>
        <source>{Here we go|Count me in|Posting now} with fans everywhere! {hashtag}</source>
        <translation>世界中のファンと{いくよ|参加します|いま投稿中}! {hashtag}</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="985"/>
        <source>Add template “%1”</source>
        <translation>テンプレート「%1」の追加</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="1000"/>
        <source>Duplicate template “%1”</source>
        <translation>テンプレート「%1」の複製</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="1012"/>
        <source>Remove template “%1”</source>
        <translation>テンプレート「%1」の削除</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="1023"/>
        <source>Move template “%1”</source>
        <translation>テンプレート「%1」の移動</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="1031"/>
        <source>Insert {%1}</source>
        <translation>{%1} の挿入</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="1040"/>
        <source>Nothing to copy: the preview has no text.</source>
        <translation>コピーするものがありません: プレビューが空です。</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="1044"/>
        <source>Copied. Paste it where you post.</source>
        <translation>コピーしました。投稿する場所に貼り付けてください。</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="1050"/>
        <source>Nothing to post: the preview has no text.</source>
        <translation>投稿するものがありません: プレビューが空です。</translation>
    </message>
    <message>
        <location filename="../messagespage.cpp" line="1061"/>
        <source>Opened %1 in your browser with this text.</source>
        <translation>このテキスト入りで %1 をブラウザーで開きました。</translation>
    </message>
</context>
<context>
    <name>Chorus::Ui::OrganizePanel</name>
    <message>
        <location filename="../organizepanel.cpp" line="77"/>
        <source>Check-in databases (*.sqlite *.db);;All files (*)</source>
        <translation>チェックインのデータベース (*.sqlite *.db);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location filename="../organizepanel.cpp" line="81"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <location filename="../organizepanel.cpp" line="99"/>
        <source>any free port</source>
        <translation>空いている任意のポート</translation>
    </message>
    <message>
        <location filename="../organizepanel.cpp" line="104"/>
        <source>Database file</source>
        <translation>データベースファイル</translation>
    </message>
    <message>
        <location filename="../organizepanel.cpp" line="111"/>
        <source>Choose…</source>
        <translation>選択…</translation>
    </message>
    <message>
        <location filename="../organizepanel.cpp" line="113"/>
        <source>Check-in Database</source>
        <translation>チェックインのデータベース</translation>
    </message>
    <message>
        <location filename="../organizepanel.cpp" line="117"/>
        <source>&amp;Start the service</source>
        <translation>サービスを開始(&amp;S)</translation>
    </message>
    <message>
        <location filename="../organizepanel.cpp" line="118"/>
        <source>S&amp;top</source>
        <translation>停止(&amp;T)</translation>
    </message>
    <message>
        <location filename="../organizepanel.cpp" line="127"/>
        <source>Admin token</source>
        <translation>管理トークン</translation>
    </message>
    <message>
        <location filename="../organizepanel.cpp" line="132"/>
        <source>&amp;Copy</source>
        <translation>コピー(&amp;C)</translation>
    </message>
    <message>
        <location filename="../organizepanel.cpp" line="135"/>
        <source>The admin token is on the clipboard.</source>
        <translation>管理トークンをクリップボードにコピーしました。</translation>
    </message>
    <message>
        <location filename="../organizepanel.cpp" line="137"/>
        <source>I have saved it</source>
        <translation>保存しました</translation>
    </message>
    <message>
        <location filename="../organizepanel.cpp" line="140"/>
        <source>&lt;b&gt;Admin token — shown only this once.&lt;/b&gt; Scripts use it to read the participant list over HTTP (&lt;tt&gt;GET /api/v1/participants&lt;/tt&gt;). Chorus keeps only a hash of it: copy it now if you need it, you won&apos;t see it again. Each start makes a new one.</source>
        <translation>&lt;b&gt;管理トークン — 表示はこの 1 回だけです。&lt;/b&gt;スクリプトが HTTP で参加者一覧を読むときに使います (&lt;tt&gt;GET /api/v1/participants&lt;/tt&gt;)。Chorus はハッシュしか保存しないので、必要なら今コピーしてください。二度と表示されません。開始するたびに新しいトークンが作られます。</translation>
    </message>
    <message>
        <location filename="../organizepanel.cpp" line="156"/>
        <source>Check-in service</source>
        <translation>チェックインサービス</translation>
    </message>
    <message>
        <location filename="../organizepanel.cpp" line="164"/>
        <source>A&amp;ddress:</source>
        <translation>アドレス(&amp;D):</translation>
    </message>
    <message>
        <location filename="../organizepanel.cpp" line="167"/>
        <source>P&amp;ort:</source>
        <translation>ポート(&amp;O):</translation>
    </message>
    <message>
        <location filename="../organizepanel.cpp" line="171"/>
        <source>Data&amp;base:</source>
        <translation>データベース(&amp;B):</translation>
    </message>
    <message>
        <location filename="../organizepanel.cpp" line="180"/>
        <source>Put this address in the campaign</source>
        <translation>このアドレスをキャンペーンに設定</translation>
    </message>
    <message>
        <location filename="../organizepanel.cpp" line="94"/>
        <source>127.0.0.1 accepts only this computer; 0.0.0.0 (or :: for IPv6 too) accepts every network (put a TLS proxy in front for the internet).</source>
        <translation>127.0.0.1 はこのコンピューターからのみ受け付けます。0.0.0.0 (IPv6 も含めるなら ::) はすべてのネットワークから受け付けます (インターネットに出すなら前段に TLS プロキシを置いてください)。</translation>
    </message>
    <message>
        <location filename="../organizepanel.cpp" line="101"/>
        <source>The port the check-in service listens on; 0 picks any free port</source>
        <translation>チェックインサービスが待ち受けるポート。0 なら空いているポートを選びます</translation>
    </message>
    <message>
        <location filename="../organizepanel.cpp" line="105"/>
        <source>The SQLite file that keeps the check-ins</source>
        <translation>チェックインを保存する SQLite ファイル</translation>
    </message>
    <message>
        <location filename="../organizepanel.cpp" line="185"/>
        <source>Set the check-in address</source>
        <translation>チェックインアドレスの設定</translation>
    </message>
    <message>
        <location filename="../organizepanel.cpp" line="205"/>
        <location filename="../organizepanel.cpp" line="630"/>
        <source>No participants yet.</source>
        <translation>まだ参加者はいません。</translation>
    </message>
    <message>
        <location filename="../organizepanel.cpp" line="208"/>
        <source>All zones</source>
        <translation>すべてのタイムゾーン</translation>
    </message>
    <message>
        <location filename="../organizepanel.cpp" line="211"/>
        <source>All platforms</source>
        <translation>すべてのプラットフォーム</translation>
    </message>
    <message>
        <location filename="../organizepanel.cpp" line="215"/>
        <source>Any status</source>
        <translation>すべての状態</translation>
    </message>
    <message>
        <location filename="../organizepanel.cpp" line="218"/>
        <source>Show the participants of a zone</source>
        <translation>タイムゾーンで参加者を絞り込む</translation>
    </message>
    <message>
        <location filename="../organizepanel.cpp" line="219"/>
        <source>Show the participants on a platform</source>
        <translation>プラットフォームで参加者を絞り込む</translation>
    </message>
    <message>
        <location filename="../organizepanel.cpp" line="220"/>
        <source>Show the participants with a status</source>
        <translation>状態で参加者を絞り込む</translation>
    </message>
    <message>
        <location filename="../organizepanel.cpp" line="222"/>
        <source>Filters the participants table and its CSV export</source>
        <translation>参加者の表と CSV エクスポートを絞り込みます</translation>
    </message>
    <message>
        <location filename="../organizepanel.cpp" line="226"/>
        <source>Sho&amp;w:</source>
        <translation>表示(&amp;W):</translation>
    </message>
    <message>
        <location filename="../organizepanel.cpp" line="243"/>
        <location filename="../organizepanel.cpp" line="305"/>
        <source>Participants</source>
        <translation>参加者</translation>
    </message>
    <message>
        <location filename="../organizepanel.cpp" line="261"/>
        <source>Head counts by zone</source>
        <translation>タイムゾーン別の人数</translation>
    </message>
    <message>
        <location filename="../organizepanel.cpp" line="263"/>
        <source>How many joined, are ready and have posted, zone by zone</source>
        <translation>タイムゾーンごとの参加・準備完了・投稿済みの人数</translation>
    </message>
    <message>
        <location filename="../organizepanel.cpp" line="284"/>
        <source>Use sign-ups as the &amp;audience</source>
        <translation>参加登録を対象者に使う(&amp;A)</translation>
    </message>
    <message>
        <location filename="../organizepanel.cpp" line="285"/>
        <source>Replaces the Plan page&apos;s audience with one entry per zone, weighted by the number of people who joined from it (undoable).</source>
        <translation>「計画」ページの対象者を、タイムゾーンごとに 1 件、そこから参加した人数を重みとした一覧に置き換えます (元に戻せます)。</translation>
    </message>
    <message>
        <location filename="../organizepanel.cpp" line="288"/>
        <source>E&amp;xport CSV…</source>
        <translation>CSV にエクスポート(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../organizepanel.cpp" line="289"/>
        <source>Saves the participants the table shows (the filters apply).</source>
        <translation>表に表示されている参加者を保存します (フィルターが適用されます)。</translation>
    </message>
    <message>
        <location filename="../organizepanel.cpp" line="304"/>
        <source>Participants and pulse</source>
        <translation>参加者とパルス</translation>
    </message>
    <message>
        <location filename="../organizepanel.cpp" line="306"/>
        <source>Pulse</source>
        <translation>パルス</translation>
    </message>
    <message>
        <location filename="../organizepanel.cpp" line="472"/>
        <source>“%1” is not an IP address; use 127.0.0.1 for this computer only, or 0.0.0.0 for every network.</source>
        <translation>「%1」は IP アドレスではありません。このコンピューターだけなら 127.0.0.1、すべてのネットワークなら 0.0.0.0 を使ってください。</translation>
    </message>
    <message>
        <location filename="../organizepanel.cpp" line="479"/>
        <source>Choose a database file first.</source>
        <translation>先にデータベースファイルを選んでください。</translation>
    </message>
    <message>
        <location filename="../organizepanel.cpp" line="483"/>
        <source>The folder %1 cannot be created.</source>
        <translation>フォルダー %1 を作成できません。</translation>
    </message>
    <message>
        <location filename="../organizepanel.cpp" line="507"/>
        <source>The service did not start: %1</source>
        <translation>サービスを開始できませんでした: %1</translation>
    </message>
    <message>
        <location filename="../organizepanel.cpp" line="575"/>
        <source>Stopping: answering the requests in flight…</source>
        <translation>停止中: 処理中のリクエストに応答しています…</translation>
    </message>
    <message>
        <location filename="../organizepanel.cpp" line="577"/>
        <source>Running on every network, but this computer has no address that other devices can reach; on this computer it answers at &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>すべてのネットワークで動作中ですが、このコンピューターにはほかの機器から届くアドレスがありません。このコンピューターでは &lt;b&gt;%1&lt;/b&gt; で応答します。</translation>
    </message>
    <message>
        <location filename="../organizepanel.cpp" line="585"/>
        <source>Running. Fans join at %1</source>
        <translation>動作中。ファンの参加先は %1</translation>
    </message>
    <message>
        <location filename="../organizepanel.cpp" line="596"/>
        <source>This computer has no network address that fans could reach: connect it to a network, then start the service again.</source>
        <translation>このコンピューターにはファンから届くネットワークアドレスがありません。ネットワークに接続してから、もう一度サービスを開始してください。</translation>
    </message>
    <message>
        <location filename="../organizepanel.cpp" line="598"/>
        <source>Sets the campaign&apos;s check-in address to %1, which fans get with the campaign (undoable).</source>
        <translation>キャンペーンのチェックインアドレスを %1 に設定します。ファンにはキャンペーンといっしょに届きます (元に戻せます)。</translation>
    </message>
    <message>
        <location filename="../organizepanel.cpp" line="629"/>
        <source>Nothing to show.</source>
        <translation>表示するものがありません。</translation>
    </message>
    <message>
        <location filename="../organizepanel.cpp" line="587"/>
        <source>Not running.</source>
        <translation>停止しています。</translation>
    </message>
    <message>
        <location filename="../organizepanel.cpp" line="245"/>
        <source>Everyone who joined: handle, platform, zone, status, when they joined and the address of their post; activate an address to open the post</source>
        <translation>参加した全員: ハンドル、プラットフォーム、タイムゾーン、状態、参加日時、投稿のアドレス。アドレスを実行すると投稿が開きます</translation>
    </message>
    <message>
        <location filename="../organizepanel.cpp" line="631"/>
        <source>%1 joined · %2 ready · %3 posted</source>
        <translation>参加 %1 · 準備完了 %2 · 投稿済み %3</translation>
    </message>
    <message>
        <location filename="../organizepanel.cpp" line="658"/>
        <source>The dashboard could not read %1, so it shows nothing: %2</source>
        <translation>ダッシュボードは %1 を読めなかったため、何も表示していません: %2</translation>
    </message>
    <message>
        <location filename="../organizepanel.cpp" line="698"/>
        <source>Export Participants</source>
        <translation>参加者をエクスポート</translation>
    </message>
    <message>
        <location filename="../organizepanel.cpp" line="704"/>
        <source>%1 could not be written: %2</source>
        <translation>%1 に書き込めませんでした: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../organizepanel.cpp" line="707"/>
        <source>Saved %n participant(s) to %1.</source>
        <translation>
            <numerusform>%n 人の参加者を %1 に保存しました。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../organizepanel.cpp" line="720"/>
        <source>Reading the sign-ups…</source>
        <translation>参加登録を読み込んでいます…</translation>
    </message>
    <message>
        <location filename="../organizepanel.cpp" line="734"/>
        <source>The database changed while the sign-ups were read; the audience stays as it is.</source>
        <translation>参加登録の読み込み中にデータベースが変わったため、対象者はそのままです。</translation>
    </message>
    <message>
        <location filename="../organizepanel.cpp" line="739"/>
        <source>No sign-ups to use: %1</source>
        <translation>使える参加登録がありません: %1</translation>
    </message>
    <message>
        <location filename="../organizepanel.cpp" line="744"/>
        <source>Nobody has joined yet, so the audience stays as it is.</source>
        <translation>まだ誰も参加していないため、対象者はそのままです。</translation>
    </message>
    <message>
        <location filename="../organizepanel.cpp" line="749"/>
        <source>The sign-ups cannot be used: %1</source>
        <translation>参加登録を使えません: %1</translation>
    </message>
    <message>
        <location filename="../organizepanel.cpp" line="753"/>
        <source>Use sign-ups as the audience</source>
        <translation>参加登録を対象者に使用</translation>
    </message>
    <message numerus="yes">
        <location filename="../organizepanel.cpp" line="756"/>
        <source>The audience is now the %n sign-up(s), by zone; the Plan page ranks the hours for them. Edit ▸ Undo brings the previous audience back.</source>
        <translation>
            <numerusform>対象者は %n 件の参加登録 (タイムゾーン別) になりました。「計画」ページがその人たち向けに時間帯を順位付けします。編集 ▸ 元に戻す で以前の対象者に戻せます。</numerusform>
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
        <translation>参加</translation>
    </message>
    <message>
        <location filename="../participantsmodel.cpp" line="42"/>
        <source>ready</source>
        <translation>準備完了</translation>
    </message>
    <message>
        <location filename="../participantsmodel.cpp" line="44"/>
        <source>posted</source>
        <translation>投稿済み</translation>
    </message>
    <message>
        <location filename="../participantsmodel.cpp" line="243"/>
        <source>Handle</source>
        <translation>ハンドル</translation>
    </message>
    <message>
        <location filename="../participantsmodel.cpp" line="245"/>
        <source>Platform</source>
        <translation>プラットフォーム</translation>
    </message>
    <message>
        <location filename="../participantsmodel.cpp" line="247"/>
        <source>Zone</source>
        <translation>タイムゾーン</translation>
    </message>
    <message>
        <location filename="../participantsmodel.cpp" line="249"/>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../participantsmodel.cpp" line="251"/>
        <source>Joined</source>
        <translation>参加日時</translation>
    </message>
    <message>
        <location filename="../participantsmodel.cpp" line="253"/>
        <source>Post</source>
        <translation>投稿</translation>
    </message>
</context>
<context>
    <name>Chorus::Ui::PlanPage</name>
    <message>
        <location filename="../planpage.cpp" line="97"/>
        <source>The start&apos;s day</source>
        <translation>開始日</translation>
    </message>
    <message>
        <location filename="../planpage.cpp" line="98"/>
        <source>A week from the start&apos;s day</source>
        <translation>開始日から 1 週間</translation>
    </message>
    <message>
        <location filename="../planpage.cpp" line="99"/>
        <source>Four weeks</source>
        <translation>4 週間</translation>
    </message>
    <message>
        <location filename="../planpage.cpp" line="100"/>
        <source>A year</source>
        <translation>1 年</translation>
    </message>
    <message>
        <location filename="../planpage.cpp" line="119"/>
        <source>No start to rank in this range.</source>
        <translation>この期間には順位付けする開始時刻がありません。</translation>
    </message>
    <message>
        <location filename="../planpage.cpp" line="137"/>
        <source>ddd d MMM</source>
        <comment>QDate::toString pattern of a UTC day</comment>
        <translation>M月d日(ddd)</translation>
    </message>
    <message>
        <location filename="../planpage.cpp" line="154"/>
        <source>Timeline</source>
        <translation>タイムライン</translation>
    </message>
    <message>
        <location filename="../planpage.cpp" line="157"/>
        <source>Move start</source>
        <translation>開始の移動</translation>
    </message>
    <message>
        <location filename="../planpage.cpp" line="177"/>
        <source>Audience zones</source>
        <translation>対象者のタイムゾーン</translation>
    </message>
    <message>
        <location filename="../planpage.cpp" line="179"/>
        <source>The audience&apos;s zones with their weights and local starts; weights can be edited</source>
        <translation>対象者のタイムゾーンと重み、現地の開始時刻。重みは編集できます</translation>
    </message>
    <message>
        <location filename="../planpage.cpp" line="183"/>
        <source>Zone to add</source>
        <translation>追加するタイムゾーン</translation>
    </message>
    <message>
        <location filename="../planpage.cpp" line="187"/>
        <source>Weight of the zone to add</source>
        <translation>追加するタイムゾーンの重み</translation>
    </message>
    <message>
        <location filename="../planpage.cpp" line="188"/>
        <source>How much the zone counts when the hours are ranked</source>
        <translation>時間帯を順位付けするときにこのタイムゾーンをどれだけ重視するか</translation>
    </message>
    <message>
        <location filename="../planpage.cpp" line="189"/>
        <source>&amp;Add</source>
        <translation>追加(&amp;A)</translation>
    </message>
    <message>
        <location filename="../planpage.cpp" line="190"/>
        <source>&amp;Remove</source>
        <translation>削除(&amp;R)</translation>
    </message>
    <message>
        <location filename="../planpage.cpp" line="204"/>
        <source>Zone:</source>
        <translation>タイムゾーン:</translation>
    </message>
    <message>
        <location filename="../planpage.cpp" line="208"/>
        <source>Weight:</source>
        <translation>重み:</translation>
    </message>
    <message>
        <location filename="../planpage.cpp" line="223"/>
        <source>Look for suggestions within</source>
        <translation>おすすめの検索範囲</translation>
    </message>
    <message>
        <location filename="../planpage.cpp" line="224"/>
        <source>How far from the start&apos;s day to look for better starts</source>
        <translation>開始日からどこまでの範囲でよりよい開始時刻を探すか</translation>
    </message>
    <message>
        <location filename="../planpage.cpp" line="226"/>
        <source>Comfort hours</source>
        <translation>参加しやすい時間帯</translation>
    </message>
    <message>
        <location filename="../planpage.cpp" line="227"/>
        <source>The local hours in which people can join, e.g. 09:00-23:00 or 18:00-02:00</source>
        <translation>参加できる現地の時間帯。例: 09:00-23:00、18:00-02:00</translation>
    </message>
    <message>
        <location filename="../planpage.cpp" line="232"/>
        <source>Ranking in progress</source>
        <translation>順位付けしています</translation>
    </message>
    <message>
        <location filename="../planpage.cpp" line="236"/>
        <source>Suggested starts, best first</source>
        <translation>おすすめの開始時刻 (よい順)</translation>
    </message>
    <message>
        <location filename="../planpage.cpp" line="238"/>
        <source>Each start with how much of the audience it reaches; activate one to use it</source>
        <translation>各開始時刻と、対象者のどれだけに届くか。選んで決定すると使えます</translation>
    </message>
    <message>
        <location filename="../planpage.cpp" line="239"/>
        <source>&amp;Use this start</source>
        <translation>この開始時刻を使う(&amp;U)</translation>
    </message>
    <message>
        <location filename="../planpage.cpp" line="257"/>
        <source>Look within:</source>
        <translation>検索範囲:</translation>
    </message>
    <message>
        <location filename="../planpage.cpp" line="261"/>
        <source>Comfort hours:</source>
        <translation>参加しやすい時間帯:</translation>
    </message>
    <message>
        <location filename="../planpage.cpp" line="279"/>
        <source>Pre-flight report</source>
        <translation>事前チェックの結果</translation>
    </message>
    <message>
        <location filename="../planpage.cpp" line="281"/>
        <source>What to watch out for at the start: DST changes, date shifts and odd offsets</source>
        <translation>開始時刻の注意点: 夏時間の切り替え、日付のずれ、珍しい時差</translation>
    </message>
    <message>
        <location filename="../planpage.cpp" line="284"/>
        <source>Plan sections</source>
        <translation>計画の項目</translation>
    </message>
    <message>
        <location filename="../planpage.cpp" line="285"/>
        <source>&amp;Details</source>
        <translation>詳細(&amp;D)</translation>
    </message>
    <message>
        <location filename="../planpage.cpp" line="286"/>
        <source>Au&amp;dience</source>
        <translation>対象者(&amp;D)</translation>
    </message>
    <message>
        <location filename="../planpage.cpp" line="287"/>
        <source>Su&amp;ggestions</source>
        <translation>おすすめ(&amp;G)</translation>
    </message>
    <message>
        <location filename="../planpage.cpp" line="288"/>
        <source>&amp;Pre-flight</source>
        <translation>事前チェック(&amp;P)</translation>
    </message>
    <message>
        <location filename="../planpage.cpp" line="436"/>
        <source>Fix the comfort hours to get suggestions.</source>
        <translation>おすすめを出すには、参加しやすい時間帯を直してください。</translation>
    </message>
    <message>
        <location filename="../planpage.cpp" line="445"/>
        <source>Add zones with weights to the audience to get suggestions.</source>
        <translation>おすすめを出すには、重み付きのタイムゾーンを対象者に追加してください。</translation>
    </message>
    <message>
        <location filename="../planpage.cpp" line="473"/>
        <source>The current start, %1 UTC, reaches %2.</source>
        <translation>現在の開始時刻 %1 UTC は %2 に届きます。</translation>
    </message>
    <message>
        <location filename="../planpage.cpp" line="483"/>
        <source>Any start from %1 to %2 UTC reaches %3</source>
        <translation>%1〜%2 UTC のどの開始時刻でも %3 に届きます</translation>
    </message>
    <message>
        <location filename="../planpage.cpp" line="486"/>
        <source>Start at %1 UTC reaches %2</source>
        <translation>%1 UTC 開始で %2 に届きます</translation>
    </message>
    <message>
        <location filename="../planpage.cpp" line="492"/>
        <source>A second wave at %1 UTC would reach %2 of those the best start leaves out; together the two reach %3.</source>
        <translation>%1 UTC の第 2 波は、最良の開始時刻で外れる人の %2 に届きます。両方を合わせると %3 に届きます。</translation>
    </message>
    <message>
        <location filename="../planpage.cpp" line="497"/>
        <source>No second wave needed: nobody the best start leaves out can be reached.</source>
        <translation>第 2 波は不要です: 最良の開始時刻で外れる人には誰にも届きません。</translation>
    </message>
    <message>
        <location filename="../planpage.cpp" line="507"/>
        <source>Use suggested start</source>
        <translation>おすすめの開始時刻の使用</translation>
    </message>
    <message>
        <location filename="../planpage.cpp" line="520"/>
        <source>Nothing to watch out for: no DST change, date shift or odd offset.</source>
        <translation>注意点はありません: 夏時間の切り替えも、日付のずれも、珍しい時差もありません。</translation>
    </message>
</context>
<context>
    <name>Chorus::Ui::PostForMe</name>
    <message>
        <location filename="../postforme.cpp" line="441"/>
        <source>Reading the account&apos;s secret from the keychain…</source>
        <translation>キーチェーンからアカウントのシークレットを読み込んでいます…</translation>
    </message>
    <message>
        <location filename="../postforme.cpp" line="449"/>
        <source>%1 Connect the account again.</source>
        <translation>%1 アカウントをもう一度接続してください。</translation>
    </message>
    <message>
        <location filename="../postforme.cpp" line="468"/>
        <location filename="../postforme.cpp" line="563"/>
        <source>%1. Fix the message on the Messages page.</source>
        <translation>%1。メッセージのページでメッセージを修正してください。</translation>
    </message>
    <message>
        <location filename="../postforme.cpp" line="506"/>
        <source>Signing in to Bluesky…</source>
        <translation>Bluesky にサインインしています…</translation>
    </message>
    <message>
        <location filename="../postforme.cpp" line="527"/>
        <source>Bluesky refused the app password for %1 (wrong or revoked). Make a new one at %2, forget this account and connect it again.</source>
        <translation>Bluesky が %1 のアプリパスワードを拒否しました (誤りか取り消し済みです)。%2 で新しいものを作成し、このアカウントを削除してからもう一度接続してください。</translation>
    </message>
    <message>
        <location filename="../postforme.cpp" line="548"/>
        <source>Asking %1…</source>
        <translation>%1 に問い合わせています…</translation>
    </message>
    <message>
        <location filename="../postforme.cpp" line="584"/>
        <source>%1 Chorus tries again.</source>
        <translation>%1 Chorus が再試行します。</translation>
    </message>
    <message>
        <location filename="../postforme.cpp" line="610"/>
        <source>Scheduling on %1…</source>
        <translation>%1 で予約しています…</translation>
    </message>
    <message>
        <location filename="../postforme.cpp" line="634"/>
        <source>Cancelling on %1…</source>
        <translation>%1 で取り消しています…</translation>
    </message>
    <message>
        <location filename="../postforme.cpp" line="670"/>
        <source>Saving the account in the keychain…</source>
        <translation>アカウントをキーチェーンに保存しています…</translation>
    </message>
    <message>
        <location filename="../postforme.cpp" line="675"/>
        <source>%1 Nothing was kept: Chorus needs the system&apos;s keychain (GNOME Keyring, KWallet, macOS Keychain) to keep the secret safe.</source>
        <translation>%1 何も保存されませんでした: シークレットを安全に保管するため、Chorus にはシステムのキーチェーン (GNOME Keyring、KWallet、macOS キーチェーン) が必要です。</translation>
    </message>
    <message>
        <location filename="../postforme.cpp" line="696"/>
        <source>That is not an app password (four groups of four, like abcd-efgh-ijkl-mnop). Make one at %1: never give Chorus your main password.</source>
        <translation>これはアプリパスワードではありません (abcd-efgh-ijkl-mnop のように 4 文字 × 4 組)。%1 で作成してください。メインのパスワードは決して Chorus に渡さないでください。</translation>
    </message>
    <message>
        <location filename="../postforme.cpp" line="704"/>
        <source>“%1” is not a server address (https://…).</source>
        <translation>「%1」はサーバーのアドレス (https://…) ではありません。</translation>
    </message>
    <message>
        <location filename="../postforme.cpp" line="710"/>
        <source>Signing in at %1…</source>
        <translation>%1 にサインインしています…</translation>
    </message>
    <message>
        <location filename="../postforme.cpp" line="718"/>
        <source>Bluesky refused the handle or app password. Check both, or make a new app password at %1.</source>
        <translation>Bluesky がハンドルまたはアプリパスワードを拒否しました。両方を確認するか、%1 で新しいアプリパスワードを作成してください。</translation>
    </message>
    <message>
        <location filename="../postforme.cpp" line="729"/>
        <source>Looking up %1…</source>
        <translation>%1 を検索しています…</translation>
    </message>
    <message>
        <location filename="../postforme.cpp" line="749"/>
        <source>server</source>
        <translation>サーバー</translation>
    </message>
    <message>
        <location filename="../postforme.cpp" line="767"/>
        <source>Registering Chorus on %1…</source>
        <translation>%1 に Chorus を登録しています…</translation>
    </message>
    <message>
        <location filename="../postforme.cpp" line="783"/>
        <source>Approve Chorus in your browser on %1. If the browser shows a code, paste it below.</source>
        <translation>ブラウザーで %1 の Chorus を承認してください。ブラウザーにコードが表示されたら、下に貼り付けてください。</translation>
    </message>
    <message>
        <location filename="../postforme.cpp" line="787"/>
        <source>Open this address in your browser and approve Chorus: %1</source>
        <translation>このアドレスをブラウザーで開き、Chorus を承認してください: %1</translation>
    </message>
    <message>
        <location filename="../postforme.cpp" line="796"/>
        <source>Start with “Connect” on your server first.</source>
        <translation>先にサーバーを入力して「接続」から始めてください。</translation>
    </message>
    <message>
        <location filename="../postforme.cpp" line="811"/>
        <source>Getting access from %1…</source>
        <translation>%1 からアクセス権を取得しています…</translation>
    </message>
    <message>
        <location filename="../postforme.cpp" line="816"/>
        <source>%1 Start again with “Connect”.</source>
        <translation>%1 「接続」からやり直してください。</translation>
    </message>
    <message>
        <location filename="../postforme.cpp" line="841"/>
        <source>%1 The account stays: try again.</source>
        <translation>%1 アカウントは残っています。もう一度お試しください。</translation>
    </message>
</context>
<context>
    <name>Chorus::Ui::PostForMePanel</name>
    <message>
        <location filename="../postformepanel.cpp" line="32"/>
        <source>Post for me</source>
        <translation>代理投稿</translation>
    </message>
    <message>
        <location filename="../postformepanel.cpp" line="39"/>
        <source>Chorus can make your post at the start from your own accounts: Mastodon keeps it scheduled on your server, Bluesky is posted by this app at the instant. Your passwords and tokens stay in this computer&apos;s keychain and never leave it.</source>
        <translation>Chorus は開始時刻に、あなた自身のアカウントから投稿できます。Mastodon ではあなたのサーバーで予約投稿され、Bluesky ではこのアプリがその時刻に投稿します。パスワードとトークンはこのコンピューターのキーチェーンに保存され、外に出ることはありません。</translation>
    </message>
    <message>
        <location filename="../postformepanel.cpp" line="48"/>
        <source>Supporter goal</source>
        <translation>参加者の目標</translation>
    </message>
    <message>
        <location filename="../postformepanel.cpp" line="51"/>
        <source>No account connected yet.</source>
        <translation>接続しているアカウントはまだありません。</translation>
    </message>
    <message>
        <location filename="../postformepanel.cpp" line="61"/>
        <source>Posts waiting for other campaigns</source>
        <translation>ほかのキャンペーンで待機中の投稿</translation>
    </message>
    <message>
        <location filename="../postformepanel.cpp" line="70"/>
        <source>yourname.bsky.social</source>
        <translation>yourname.bsky.social</translation>
    </message>
    <message>
        <location filename="../postformepanel.cpp" line="75"/>
        <source>found from the handle</source>
        <translation>ハンドルから自動検出</translation>
    </message>
    <message>
        <location filename="../postformepanel.cpp" line="77"/>
        <source>Use an app password, never your main password: an app password can post but cannot change your account, and you can revoke it alone. Make one at &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;.</source>
        <translation>メインのパスワードではなく、必ずアプリパスワードを使ってください。アプリパスワードは投稿はできてもアカウントの変更はできず、それだけを個別に取り消せます。&lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt; で作成できます。</translation>
    </message>
    <message>
        <location filename="../postformepanel.cpp" line="84"/>
        <source>Connect Bluesky</source>
        <translation>Bluesky に接続</translation>
    </message>
    <message>
        <location filename="../postformepanel.cpp" line="85"/>
        <source>&amp;Handle:</source>
        <translation>ハンドル(&amp;H):</translation>
    </message>
    <message>
        <location filename="../postformepanel.cpp" line="86"/>
        <source>App pass&amp;word:</source>
        <translation>アプリパスワード(&amp;W):</translation>
    </message>
    <message>
        <location filename="../postformepanel.cpp" line="88"/>
        <source>Ser&amp;ver (optional):</source>
        <translation>サーバー (任意)(&amp;V):</translation>
    </message>
    <message>
        <location filename="../postformepanel.cpp" line="94"/>
        <source>Bluesky</source>
        <translation>Bluesky</translation>
    </message>
    <message>
        <location filename="../postformepanel.cpp" line="100"/>
        <source>Mastodon server</source>
        <translation>Mastodonサーバー</translation>
    </message>
    <message>
        <location filename="../postformepanel.cpp" line="101"/>
        <source>Connect Mastodon</source>
        <translation>Mastodon に接続</translation>
    </message>
    <message>
        <location filename="../postformepanel.cpp" line="105"/>
        <source>Chorus opens your server&apos;s page in the browser; approve it there and come back. It asks only to read and write statuses.</source>
        <translation>Chorus がブラウザーでサーバーのページを開くので、そこで承認してから戻ってきてください。求める権限は投稿の読み書きだけです。</translation>
    </message>
    <message>
        <location filename="../postformepanel.cpp" line="110"/>
        <source>a code the server showed you</source>
        <translation>サーバーに表示されたコード</translation>
    </message>
    <message>
        <location filename="../postformepanel.cpp" line="111"/>
        <source>Code from the server</source>
        <translation>サーバーが表示したコード</translation>
    </message>
    <message>
        <location filename="../postformepanel.cpp" line="112"/>
        <source>Use code</source>
        <translation>コードを使う</translation>
    </message>
    <message>
        <location filename="../postformepanel.cpp" line="113"/>
        <source>Get a code to paste instead</source>
        <translation>代わりに貼り付け用のコードを取得</translation>
    </message>
    <message>
        <location filename="../postformepanel.cpp" line="119"/>
        <source>&amp;Server:</source>
        <translation>サーバー(&amp;S):</translation>
    </message>
    <message>
        <location filename="../postformepanel.cpp" line="121"/>
        <source>&amp;Code:</source>
        <translation>コード(&amp;C):</translation>
    </message>
    <message>
        <location filename="../postformepanel.cpp" line="129"/>
        <source>Mastodon</source>
        <translation>Mastodon</translation>
    </message>
    <message>
        <location filename="../postformepanel.cpp" line="131"/>
        <source>Connect an account</source>
        <translation>アカウントを接続</translation>
    </message>
    <message>
        <location filename="../postformepanel.cpp" line="137"/>
        <source>Connection progress</source>
        <translation>接続の進行状況</translation>
    </message>
    <message>
        <location filename="../postformepanel.cpp" line="151"/>
        <source>Connected %1.</source>
        <translation>%1 を接続しました。</translation>
    </message>
    <message>
        <location filename="../postformepanel.cpp" line="205"/>
        <source>Chorus also posts for %1 from %2 on %3 at %4 your time: keep it running.</source>
        <translation>Chorus は %1 のためにも、%3 の %2 からあなたの時刻で %4 に投稿します。起動したままにしてください。</translation>
    </message>
    <message>
        <location filename="../postformepanel.cpp" line="238"/>
        <source>&lt;b&gt;%1&lt;/b&gt; on %2</source>
        <translation>%2 の &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../postformepanel.cpp" line="245"/>
        <source>The post</source>
        <translation>投稿内容</translation>
    </message>
    <message>
        <location filename="../postformepanel.cpp" line="253"/>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../postformepanel.cpp" line="254"/>
        <source>Schedule</source>
        <translation>予約</translation>
    </message>
    <message>
        <location filename="../postformepanel.cpp" line="255"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../postformepanel.cpp" line="256"/>
        <source>Forget this account</source>
        <translation>このアカウントを削除</translation>
    </message>
    <message>
        <location filename="../postformepanel.cpp" line="297"/>
        <source>Not scheduled yet.</source>
        <translation>まだ予約されていません。</translation>
    </message>
    <message>
        <location filename="../postformepanel.cpp" line="301"/>
        <source>Scheduled on %1 for %2 your time</source>
        <translation>%1 で予約済み (あなたの時刻で %2)</translation>
    </message>
    <message>
        <location filename="../postformepanel.cpp" line="303"/>
        <source>Chorus posts on %1 at %2: keep it running (it waits in the tray)</source>
        <translation>Chorus が %2 に %1 へ投稿します: 実行したままにしてください (システムトレイで待機します)</translation>
    </message>
    <message>
        <location filename="../postformepanel.cpp" line="310"/>
        <source>Posted ✓ &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;</source>
        <translation>投稿済み ✓ &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../postformepanel.cpp" line="313"/>
        <source>Cancelled: nothing will be posted from this account.</source>
        <translation>キャンセルしました: このアカウントからは何も投稿されません。</translation>
    </message>
    <message>
        <location filename="../postformepanel.cpp" line="315"/>
        <source>The campaign&apos;s hour is over: nothing was posted from this account.</source>
        <translation>キャンペーンの時間は終了しました: このアカウントからは何も投稿されませんでした。</translation>
    </message>
    <message>
        <location filename="../postformepanel.cpp" line="317"/>
        <source>The goal was not reached in time, so nothing is posted (all or nothing).</source>
        <translation>期限までに目標に届かなかったため、何も投稿しません (オールオアナッシング)。</translation>
    </message>
    <message>
        <location filename="../postformepanel.cpp" line="337"/>
        <source>Cannot post: %1</source>
        <translation>投稿できません: %1</translation>
    </message>
    <message>
        <location filename="../postformepanel.cpp" line="357"/>
        <source>All or nothing: posts only if %1 join by %2.</source>
        <translation>オールオアナッシング: %2 までに %1 人が参加した場合のみ投稿します。</translation>
    </message>
</context>
<context>
    <name>Chorus::Ui::PulseChart</name>
    <message>
        <location filename="../pulsechart.cpp" line="30"/>
        <source>Posts per minute</source>
        <translation>1 分あたりの投稿数</translation>
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
        <translation>投稿済みのチェックイン</translation>
    </message>
    <message>
        <location filename="../pulsechart.cpp" line="177"/>
        <source>X: not readable without X&apos;s paid API</source>
        <translation>X: X の有料 API がないと読み取れません</translation>
    </message>
    <message>
        <location filename="../pulsechart.cpp" line="191"/>
        <source>The pulse has not been read yet.</source>
        <translation>パルスはまだ読み取られていません。</translation>
    </message>
    <message>
        <location filename="../pulsechart.cpp" line="192"/>
        <source>No posts with the hashtag yet.</source>
        <translation>ハッシュタグ付きの投稿はまだありません。</translation>
    </message>
</context>
<context>
    <name>Chorus::Ui::PulsePanel</name>
    <message>
        <location filename="../pulsepanel.cpp" line="88"/>
        <source>PNG images (*.png)</source>
        <translation>PNG 画像 (*.png)</translation>
    </message>
    <message>
        <location filename="../pulsepanel.cpp" line="91"/>
        <location filename="../pulsepanel.cpp" line="222"/>
        <source>Mastodon servers</source>
        <translation>Mastodon サーバー</translation>
    </message>
    <message>
        <location filename="../pulsepanel.cpp" line="92"/>
        <source>Each server only knows the posts that reached it; a post seen on several servers counts once.</source>
        <translation>各サーバーは、そのサーバーに届いた投稿しか知りません。複数のサーバーで見つかった投稿は 1 件として数えます。</translation>
    </message>
    <message>
        <location filename="../pulsepanel.cpp" line="95"/>
        <source>you.bsky.social (optional)</source>
        <translation>you.bsky.social (任意)</translation>
    </message>
    <message>
        <location filename="../pulsepanel.cpp" line="96"/>
        <source>Bluesky handle</source>
        <translation>Bluesky のハンドル</translation>
    </message>
    <message>
        <location filename="../pulsepanel.cpp" line="99"/>
        <source>an app password, never your own</source>
        <translation>自分のパスワードではなくアプリパスワード</translation>
    </message>
    <message>
        <location filename="../pulsepanel.cpp" line="100"/>
        <source>Bluesky app password</source>
        <translation>Bluesky のアプリパスワード</translation>
    </message>
    <message>
        <location filename="../pulsepanel.cpp" line="102"/>
        <location filename="../pulsepanel.cpp" line="235"/>
        <source>Bluesky server</source>
        <translation>Bluesky サーバー</translation>
    </message>
    <message>
        <location filename="../pulsepanel.cpp" line="103"/>
        <source>Your account&apos;s Bluesky server, to search through</source>
        <translation>検索に使う、あなたのアカウントのBlueskyサーバー</translation>
    </message>
    <message>
        <location filename="../pulsepanel.cpp" line="104"/>
        <source>Start the &amp;pulse</source>
        <translation>パルスを開始(&amp;P)</translation>
    </message>
    <message>
        <location filename="../pulsepanel.cpp" line="105"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../pulsepanel.cpp" line="106"/>
        <source>Save the &amp;report…</source>
        <translation>レポートを保存(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../pulsepanel.cpp" line="114"/>
        <source>Where to count</source>
        <translation>集計する場所</translation>
    </message>
    <message>
        <location filename="../pulsepanel.cpp" line="116"/>
        <source>&amp;Mastodon servers:</source>
        <translation>Mastodon サーバー(&amp;M):</translation>
    </message>
    <message>
        <location filename="../pulsepanel.cpp" line="122"/>
        <source>&amp;Bluesky search:</source>
        <translation>Bluesky の検索(&amp;B):</translation>
    </message>
    <message>
        <location filename="../pulsepanel.cpp" line="125"/>
        <source>X: not readable without X&apos;s paid API.</source>
        <translation>X: X の有料 API がないと読み取れません。</translation>
    </message>
    <message>
        <location filename="../pulsepanel.cpp" line="127"/>
        <source>X:</source>
        <translation>X:</translation>
    </message>
    <message>
        <location filename="../pulsepanel.cpp" line="184"/>
        <source>mastodon.social, fosstodon.org (or the participants&apos; servers)</source>
        <translation>mastodon.social, fosstodon.org (または参加者のサーバー)</translation>
    </message>
    <message>
        <location filename="../pulsepanel.cpp" line="185"/>
        <source>default: %1</source>
        <translation>既定: %1</translation>
    </message>
    <message>
        <location filename="../pulsepanel.cpp" line="209"/>
        <source>The campaign has no hashtag to count.</source>
        <translation>キャンペーンに集計するハッシュタグがありません。</translation>
    </message>
    <message>
        <location filename="../pulsepanel.cpp" line="231"/>
        <source>Bluesky needs an app password to search (Settings › App passwords on Bluesky).</source>
        <translation>Bluesky で検索するにはアプリパスワードが必要です (Bluesky の「設定 › アプリパスワード」)。</translation>
    </message>
    <message>
        <location filename="../pulsepanel.cpp" line="259"/>
        <source>Name a Mastodon server or a Bluesky account to count on.</source>
        <translation>集計に使う Mastodon サーバーか Bluesky アカウントを指定してください。</translation>
    </message>
    <message>
        <location filename="../pulsepanel.cpp" line="279"/>
        <source>Catching up on the minutes so far…</source>
        <translation>これまでの分を取り込んでいます…</translation>
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
        <translation>まだ投稿は数えられていません。</translation>
    </message>
    <message>
        <location filename="../pulsepanel.cpp" line="318"/>
        <source>%1 posts (%2)</source>
        <translation>投稿 %1 件 (%2)</translation>
    </message>
    <message>
        <location filename="../pulsepanel.cpp" line="321"/>
        <source>%1 posted check-ins</source>
        <translation>投稿済みのチェックイン %1 件</translation>
    </message>
    <message>
        <location filename="../pulsepanel.cpp" line="328"/>
        <source>Peak: %1 a minute at %2</source>
        <translation>ピーク: %2 に 1 分あたり %1 件</translation>
    </message>
    <message>
        <location filename="../pulsepanel.cpp" line="334"/>
        <source>This minute: %1 (the one before: %2)</source>
        <translation>この 1 分: %1 (直前の 1 分: %2)</translation>
    </message>
    <message>
        <location filename="../pulsepanel.cpp" line="344"/>
        <source>Not counting.</source>
        <translation>集計していません。</translation>
    </message>
    <message numerus="yes">
        <location filename="../pulsepanel.cpp" line="349"/>
        <source>Catching up: %n page(s) read…</source>
        <translation>
            <numerusform>取り込み中: %n ページ読み込み済み…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../pulsepanel.cpp" line="351"/>
        <source>The hour is over: the report is ready.</source>
        <translation>時間が終了しました: レポートの準備ができました。</translation>
    </message>
    <message>
        <location filename="../pulsepanel.cpp" line="352"/>
        <source>Up to date; next look in a minute.</source>
        <translation>最新の状態です。次の確認は 1 分後です。</translation>
    </message>
    <message>
        <location filename="../pulsepanel.cpp" line="390"/>
        <source>No posts with %1 in the hour.</source>
        <translation>この時間に %1 の付いた投稿はありませんでした。</translation>
    </message>
    <message>
        <location filename="../pulsepanel.cpp" line="393"/>
        <source>%1 posts in the hour, peak %2 a minute at %3 UTC</source>
        <translation>この時間の投稿は %1 件、ピークは %3 UTC の 1 分あたり %2 件</translation>
    </message>
    <message>
        <location filename="../pulsepanel.cpp" line="408"/>
        <source>Save the Pulse Report</source>
        <translation>パルスレポートを保存</translation>
    </message>
    <message>
        <location filename="../pulsepanel.cpp" line="420"/>
        <source>Saved %1.png and %1.csv.</source>
        <translation>%1.png と %1.csv を保存しました。</translation>
    </message>
    <message>
        <location filename="../pulsepanel.cpp" line="421"/>
        <source>Could not write %1: %2</source>
        <translation>%1 に書き込めませんでした: %2</translation>
    </message>
</context>
<context>
    <name>Chorus::Ui::SharePage</name>
    <message>
        <location filename="../sharepage.cpp" line="81"/>
        <source>No card while the campaign has a problem.</source>
        <translation>キャンペーンに問題があるうちはカードを作れません。</translation>
    </message>
    <message>
        <location filename="../sharepage.cpp" line="172"/>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
    <message>
        <location filename="../sharepage.cpp" line="184"/>
        <source>Calendar</source>
        <translation>カレンダー</translation>
    </message>
    <message>
        <location filename="../sharepage.cpp" line="185"/>
        <source>Export .ics file…</source>
        <translation>.ics ファイルをエクスポート…</translation>
    </message>
    <message>
        <location filename="../sharepage.cpp" line="186"/>
        <source>Copy Google Calendar link</source>
        <translation>Google カレンダーのリンクをコピー</translation>
    </message>
    <message>
        <location filename="../sharepage.cpp" line="187"/>
        <source>Copy Outlook link</source>
        <translation>Outlook のリンクをコピー</translation>
    </message>
    <message>
        <location filename="../sharepage.cpp" line="195"/>
        <source>The .ics file works in every calendar app, with the reminders. The links open Google Calendar or Outlook on the web with the event filled in. Times are in UTC, so each fan&apos;s calendar shows them on their own clock.</source>
        <translation>.ics ファイルはどのカレンダーアプリでもリマインダー付きで使えます。リンクを開くと、予定が入力済みの状態で Web 版の Google カレンダーや Outlook が開きます。時刻は UTC なので、各ファンのカレンダーにはそれぞれの現地時刻で表示されます。</translation>
    </message>
    <message>
        <location filename="../sharepage.cpp" line="202"/>
        <source>Fan page</source>
        <translation>ファンページ</translation>
    </message>
    <message>
        <location filename="../sharepage.cpp" line="203"/>
        <source>Save fan page…</source>
        <translation>ファンページを保存…</translation>
    </message>
    <message>
        <location filename="../sharepage.cpp" line="204"/>
        <source>Open it in the browser after saving</source>
        <translation>保存後にブラウザーで開く</translation>
    </message>
    <message>
        <location filename="../sharepage.cpp" line="213"/>
        <source>One HTML file that needs no server: it shows each fan the start in their own time zone with a countdown, the calendar file and the posts to copy. Put it on any web host or send it as it is.</source>
        <translation>サーバー不要の HTML ファイル 1 つです。各ファンに、その人のタイムゾーンでの開始時刻とカウントダウン、カレンダーファイル、コピー用の投稿を表示します。どの Web ホストに置いても、そのまま送ってもかまいません。</translation>
    </message>
    <message>
        <location filename="../sharepage.cpp" line="220"/>
        <source>Announcement</source>
        <translation>告知</translation>
    </message>
    <message>
        <location filename="../sharepage.cpp" line="224"/>
        <source>Announcement text</source>
        <translation>告知文</translation>
    </message>
    <message>
        <location filename="../sharepage.cpp" line="225"/>
        <source>The announcement to paste into a post or a chat</source>
        <translation>投稿やチャットに貼り付ける告知文</translation>
    </message>
    <message>
        <location filename="../sharepage.cpp" line="229"/>
        <source>Copy announcement</source>
        <translation>告知文をコピー</translation>
    </message>
    <message>
        <location filename="../sharepage.cpp" line="233"/>
        <source>Discord timestamp codes</source>
        <translation>Discord のタイムスタンプコード</translation>
    </message>
    <message>
        <location filename="../sharepage.cpp" line="235"/>
        <source>Codes that Discord shows each reader as the start on their own clock</source>
        <translation>Discord が読む人それぞれの時計での開始時刻として表示するコード</translation>
    </message>
    <message>
        <location filename="../sharepage.cpp" line="236"/>
        <source>Copy Discord codes</source>
        <translation>Discord のコードをコピー</translation>
    </message>
    <message>
        <location filename="../sharepage.cpp" line="243"/>
        <source>To paste into a post or a chat: the start in UTC and in the audience&apos;s cities, in your language.</source>
        <translation>投稿やチャットに貼り付ける用です: UTC と対象者の都市での開始時刻を、あなたの言語で。</translation>
    </message>
    <message>
        <location filename="../sharepage.cpp" line="250"/>
        <source>Discord shows these codes to each reader as the start on their own clock and in their language, and as “in 3 days”.</source>
        <translation>Discord はこれらのコードを、読む人それぞれの時計と言語での開始時刻として、また「3 日後」のように表示します。</translation>
    </message>
    <message>
        <location filename="../sharepage.cpp" line="260"/>
        <source>Image card</source>
        <translation>画像カード</translation>
    </message>
    <message>
        <location filename="../sharepage.cpp" line="263"/>
        <source>Announcement card preview</source>
        <translation>告知カードのプレビュー</translation>
    </message>
    <message>
        <location filename="../sharepage.cpp" line="264"/>
        <source>Save image…</source>
        <translation>画像を保存…</translation>
    </message>
    <message>
        <location filename="../sharepage.cpp" line="268"/>
        <source>A 1200 × 675 PNG, the shape X, Bluesky, Mastodon and Discord show without cropping.</source>
        <translation>1200 × 675 の PNG。X、Bluesky、Mastodon、Discord で切り抜かれずに表示される形です。</translation>
    </message>
    <message>
        <location filename="../sharepage.cpp" line="288"/>
        <source>Ways to share the campaign</source>
        <translation>キャンペーンの共有方法</translation>
    </message>
    <message>
        <location filename="../sharepage.cpp" line="298"/>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../sharepage.cpp" line="384"/>
        <source>Nothing can be shared until this is fixed: %1</source>
        <translation>これを直すまで何も共有できません: %1</translation>
    </message>
    <message>
        <location filename="../sharepage.cpp" line="399"/>
        <source>In Discord you will see: %1 %2 (%3)</source>
        <translation>Discord での表示: %1 %2 (%3)</translation>
    </message>
    <message>
        <location filename="../sharepage.cpp" line="414"/>
        <source>The calendar file and the fan page cannot be made: %1</source>
        <translation>カレンダーファイルとファンページを作れません: %1</translation>
    </message>
    <message>
        <location filename="../sharepage.cpp" line="474"/>
        <source>Could not save: %1</source>
        <translation>保存できませんでした: %1</translation>
    </message>
    <message>
        <location filename="../sharepage.cpp" line="478"/>
        <source>Saved %1.</source>
        <translation>%1 を保存しました。</translation>
    </message>
    <message>
        <location filename="../sharepage.cpp" line="486"/>
        <source>Export the calendar file</source>
        <translation>カレンダーファイルをエクスポート</translation>
    </message>
    <message>
        <location filename="../sharepage.cpp" line="487"/>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar ファイル (*.ics)</translation>
    </message>
    <message>
        <location filename="../sharepage.cpp" line="495"/>
        <source>The Google Calendar link is on the clipboard.</source>
        <translation>Google カレンダーのリンクをクリップボードにコピーしました。</translation>
    </message>
    <message>
        <location filename="../sharepage.cpp" line="502"/>
        <source>The Outlook link is on the clipboard.</source>
        <translation>Outlook のリンクをクリップボードにコピーしました。</translation>
    </message>
    <message>
        <location filename="../sharepage.cpp" line="511"/>
        <source>Save the fan page</source>
        <translation>ファンページを保存</translation>
    </message>
    <message>
        <location filename="../sharepage.cpp" line="511"/>
        <source>Web pages (*.html *.htm)</source>
        <translation>Web ページ (*.html *.htm)</translation>
    </message>
    <message>
        <location filename="../sharepage.cpp" line="517"/>
        <source>Saved %1 and opened it in the browser.</source>
        <translation>%1 を保存し、ブラウザーで開きました。</translation>
    </message>
    <message>
        <location filename="../sharepage.cpp" line="519"/>
        <source>Saved %1, but no browser could open it.</source>
        <translation>%1 を保存しましたが、開けるブラウザーがありませんでした。</translation>
    </message>
    <message>
        <location filename="../sharepage.cpp" line="525"/>
        <source>The announcement is on the clipboard.</source>
        <translation>告知文をクリップボードにコピーしました。</translation>
    </message>
    <message>
        <location filename="../sharepage.cpp" line="531"/>
        <source>The Discord codes are on the clipboard.</source>
        <translation>Discord のコードをクリップボードにコピーしました。</translation>
    </message>
    <message>
        <location filename="../sharepage.cpp" line="539"/>
        <source>Save the image card</source>
        <translation>画像カードを保存</translation>
    </message>
    <message>
        <location filename="../sharepage.cpp" line="539"/>
        <source>PNG images (*.png)</source>
        <translation>PNG 画像 (*.png)</translation>
    </message>
</context>
<context>
    <name>Chorus::Ui::TakePartPanel</name>
    <message>
        <location filename="../takepartpanel.cpp" line="48"/>
        <source>Clear the address</source>
        <translation>アドレスを消去</translation>
    </message>
    <message>
        <location filename="../takepartpanel.cpp" line="49"/>
        <source>Check-in service address</source>
        <translation>チェックインサービスのアドレス</translation>
    </message>
    <message>
        <location filename="../takepartpanel.cpp" line="424"/>
        <source>@yourname</source>
        <translation>@yourname</translation>
    </message>
    <message>
        <location filename="../takepartpanel.cpp" line="66"/>
        <source>The platform you will post on</source>
        <translation>投稿するプラットフォーム</translation>
    </message>
    <message>
        <location filename="../takepartpanel.cpp" line="69"/>
        <location filename="../takepartpanel.cpp" line="456"/>
        <source>Join</source>
        <translation>参加する</translation>
    </message>
    <message>
        <location filename="../takepartpanel.cpp" line="82"/>
        <source>Ha&amp;ndle:</source>
        <translation>ハンドル(&amp;N):</translation>
    </message>
    <message>
        <location filename="../takepartpanel.cpp" line="81"/>
        <source>Pl&amp;atform:</source>
        <translation>プラットフォーム(&amp;A):</translation>
    </message>
    <message>
        <location filename="../takepartpanel.cpp" line="59"/>
        <source>What a handle looks like</source>
        <translation>ハンドルの形式</translation>
    </message>
    <message>
        <location filename="../takepartpanel.cpp" line="84"/>
        <source>&amp;Your zone:</source>
        <translation>あなたのタイムゾーン(&amp;Y):</translation>
    </message>
    <message>
        <location filename="../takepartpanel.cpp" line="93"/>
        <source>I&apos;m &amp;ready</source>
        <translation>準備完了(&amp;R)</translation>
    </message>
    <message>
        <location filename="../takepartpanel.cpp" line="94"/>
        <source>I &amp;posted</source>
        <translation>投稿しました(&amp;P)</translation>
    </message>
    <message>
        <location filename="../takepartpanel.cpp" line="109"/>
        <source>People posting with you</source>
        <translation>いっしょに投稿している人</translation>
    </message>
    <message>
        <location filename="../takepartpanel.cpp" line="115"/>
        <source>Supporter goal</source>
        <translation>参加者の目標</translation>
    </message>
    <message>
        <location filename="../takepartpanel.cpp" line="120"/>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
    <message>
        <location filename="../takepartpanel.cpp" line="127"/>
        <source>Check-in &amp;service:</source>
        <translation>チェックインサービス(&amp;S):</translation>
    </message>
    <message>
        <location filename="../takepartpanel.cpp" line="151"/>
        <source>Take part</source>
        <translation>参加する</translation>
    </message>
    <message>
        <location filename="../takepartpanel.cpp" line="254"/>
        <source>http://… (the organizer&apos;s address)</source>
        <translation>http://… (主催者のアドレス)</translation>
    </message>
    <message>
        <location filename="../takepartpanel.cpp" line="259"/>
        <source>This campaign names no check-in service. Type the address the organizer gave you.</source>
        <translation>このキャンペーンにはチェックインサービスの指定がありません。主催者から聞いたアドレスを入力してください。</translation>
    </message>
    <message>
        <location filename="../takepartpanel.cpp" line="261"/>
        <source>The campaign&apos;s address. Type another one to use it instead.</source>
        <translation>キャンペーンのアドレスです。別のアドレスを入力すると、そちらを使います。</translation>
    </message>
    <message>
        <location filename="../takepartpanel.cpp" line="264"/>
        <source>“%1” is not an http or https address.</source>
        <translation>「%1」は http または https のアドレスではありません。</translation>
    </message>
    <message>
        <location filename="../takepartpanel.cpp" line="266"/>
        <source>The address the organizer gave you.</source>
        <translation>主催者から聞いたアドレスです。</translation>
    </message>
    <message>
        <location filename="../takepartpanel.cpp" line="268"/>
        <source>Used instead of the campaign&apos;s address, %1.</source>
        <translation>キャンペーンのアドレス %1 の代わりに使います。</translation>
    </message>
    <message>
        <location filename="../takepartpanel.cpp" line="305"/>
        <source>Could not join: the check-in service did not answer (%1).</source>
        <translation>参加できませんでした: チェックインサービスが応答しません (%1)。</translation>
    </message>
    <message>
        <location filename="../takepartpanel.cpp" line="308"/>
        <source>Could not join: %1.</source>
        <translation>参加できませんでした: %1。</translation>
    </message>
    <message>
        <location filename="../takepartpanel.cpp" line="322"/>
        <source>Not recorded: the check-in service did not answer (%1). Try again in a moment.</source>
        <translation>記録されませんでした: チェックインサービスが応答しません (%1)。少ししてからもう一度お試しください。</translation>
    </message>
    <message>
        <location filename="../takepartpanel.cpp" line="326"/>
        <source>Not recorded: %1.</source>
        <translation>記録されませんでした: %1。</translation>
    </message>
    <message>
        <location filename="../takepartpanel.cpp" line="331"/>
        <source>The check-in service cannot be reached (%1). Chorus keeps trying.</source>
        <translation>チェックインサービスに接続できません (%1)。Chorus は接続を試み続けます。</translation>
    </message>
    <message>
        <location filename="../takepartpanel.cpp" line="367"/>
        <source>There is no check-in service to join: type its address above.</source>
        <translation>参加するチェックインサービスがありません: 上にアドレスを入力してください。</translation>
    </message>
    <message>
        <location filename="../takepartpanel.cpp" line="375"/>
        <source>Type your handle first, as it appears on %1.</source>
        <translation>先に %1 で表示されているとおりのハンドルを入力してください。</translation>
    </message>
    <message>
        <location filename="../takepartpanel.cpp" line="385"/>
        <source>“%1” is not a time zone Chorus knows; pick one from the list.</source>
        <translation>「%1」は Chorus が知らないタイムゾーンです。一覧から選んでください。</translation>
    </message>
    <message>
        <location filename="../takepartpanel.cpp" line="412"/>
        <source>A Bluesky handle is a domain name, such as alita.bsky.social.</source>
        <translation>Bluesky のハンドルはドメイン名です (例: alita.bsky.social)。</translation>
    </message>
    <message>
        <location filename="../takepartpanel.cpp" line="414"/>
        <source>A Mastodon handle is your name and your server, such as @alita@mastodon.social.</source>
        <translation>Mastodon のハンドルは名前とサーバーを組み合わせたものです (例: @alita@mastodon.social)。</translation>
    </message>
    <message>
        <location filename="../takepartpanel.cpp" line="416"/>
        <source>An X handle is 1 to 15 letters A–Z, digits or _, such as @AlitaFan.</source>
        <translation>X のハンドルは A–Z の英字、数字、_ からなる 1〜15 文字です (例: @AlitaFan)。</translation>
    </message>
    <message>
        <location filename="../takepartpanel.cpp" line="422"/>
        <source>yourname.bsky.social</source>
        <translation>yourname.bsky.social</translation>
    </message>
    <message>
        <location filename="../takepartpanel.cpp" line="423"/>
        <source>@yourname@yourserver.social</source>
        <translation>@yourname@yourserver.social</translation>
    </message>
    <message>
        <location filename="../takepartpanel.cpp" line="429"/>
        <source>That is not a handle on %1. %2</source>
        <translation>%1 のハンドルではありません。%2</translation>
    </message>
    <message>
        <location filename="../takepartpanel.cpp" line="456"/>
        <source>Joining…</source>
        <translation>参加しています…</translation>
    </message>
    <message>
        <location filename="../takepartpanel.cpp" line="462"/>
        <source>Join the campaign to tell the organizer you take part, and to see how many post with you.</source>
        <translation>キャンペーンに参加すると、主催者に参加を伝えられ、いっしょに投稿する人数がわかります。</translation>
    </message>
    <message>
        <location filename="../takepartpanel.cpp" line="465"/>
        <source>Join with the handle you will post from. Then say “I&apos;m ready” before the start and “I posted” once your post is out.</source>
        <translation>投稿に使うハンドルで参加してください。開始前に「準備完了」、投稿したら「投稿しました」を押してください。</translation>
    </message>
    <message>
        <location filename="../takepartpanel.cpp" line="474"/>
        <source>You&apos;re in as %1 on %2. Say “I&apos;m ready” when you are set to post, or “I posted” once your post is out.</source>
        <translation>%2 の %1 として参加中です。投稿の準備ができたら「準備完了」、投稿したら「投稿しました」を押してください。</translation>
    </message>
    <message>
        <location filename="../takepartpanel.cpp" line="479"/>
        <source>You&apos;re in as %1 on %2, and ready. Say “I posted” once your post is out.</source>
        <translation>%2 の %1 として参加中で、準備完了です。投稿したら「投稿しました」を押してください。</translation>
    </message>
    <message>
        <location filename="../takepartpanel.cpp" line="483"/>
        <source>You&apos;re in as %1 on %2, and you posted. Thank you!</source>
        <translation>%2 の %1 として参加中で、投稿済みです。ありがとう!</translation>
    </message>
    <message>
        <location filename="../takepartpanel.cpp" line="529"/>
        <source>You&apos;re the first one in.</source>
        <translation>あなたが最初の参加者です。</translation>
    </message>
    <message numerus="yes">
        <location filename="../takepartpanel.cpp" line="530"/>
        <source>%n people are posting with you</source>
        <translation>
            <numerusform>%n 人があなたといっしょに投稿しています</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../takepartpanel.cpp" line="510"/>
        <source>%1 of %2 have joined</source>
        <translation>%2人中%1人が参加</translation>
    </message>
    <message numerus="yes">
        <location filename="../takepartpanel.cpp" line="532"/>
        <source>%n people have joined</source>
        <translation>
            <numerusform>%n 人が参加しています</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../takepartpanel.cpp" line="513"/>
        <source>The goal: %1 people</source>
        <translation>目標：%1人</translation>
    </message>
    <message>
        <location filename="../takepartpanel.cpp" line="535"/>
        <source>%1 ready · %2 posted</source>
        <translation>準備完了 %1 · 投稿済み %2</translation>
    </message>
</context>
<context>
    <name>Chorus::Ui::TemplateListModel</name>
    <message>
        <location filename="../templatelistmodel.cpp" line="45"/>
        <source>(empty)</source>
        <translation>(空)</translation>
    </message>
    <message>
        <location filename="../templatelistmodel.cpp" line="65"/>
        <source>has errors</source>
        <translation>エラーあり</translation>
    </message>
    <message>
        <location filename="../templatelistmodel.cpp" line="65"/>
        <source>has warnings</source>
        <translation>警告あり</translation>
    </message>
</context>
<context>
    <name>Chorus::Ui::TimelineView</name>
    <message>
        <location filename="../timelineview.cpp" line="46"/>
        <source>ddd d MMM</source>
        <comment>QDate::toString pattern of a day on a zone row</comment>
        <translation>M月d日(ddd)</translation>
    </message>
    <message>
        <location filename="../timelineview.cpp" line="68"/>
        <source>Timeline of the campaign hour across zones</source>
        <translation>タイムゾーンごとのキャンペーン時間のタイムライン</translation>
    </message>
    <message>
        <location filename="../timelineview.cpp" line="69"/>
        <source>Left and right arrows move the campaign window by 15 minutes</source>
        <translation>左右の矢印キーでキャンペーンの時間帯を 15 分ずつ動かします</translation>
    </message>
    <message>
        <location filename="../timelineview.cpp" line="235"/>
        <source>d MMM</source>
        <comment>QDate::toString pattern of the timeline&apos;s date marks</comment>
        <translation>M月d日</translation>
    </message>
    <message>
        <location filename="../timelineview.cpp" line="262"/>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <location filename="../timelineview.cpp" line="407"/>
        <source>%1: %2 %3–%4 (%5)</source>
        <translation>%1: %2 %3〜%4 (%5)</translation>
    </message>
    <message>
        <location filename="../timelineview.cpp" line="427"/>
        <source>%1, %2 to %3</source>
        <comment>a zone row for screen readers: city, local start, local end</comment>
        <translation>%1、%2〜%3</translation>
    </message>
    <message>
        <location filename="../timelineview.cpp" line="432"/>
        <source>comfortable</source>
        <translation>参加しやすい</translation>
    </message>
    <message>
        <location filename="../timelineview.cpp" line="435"/>
        <source>asleep</source>
        <translation>就寝中</translation>
    </message>
    <message>
        <location filename="../timelineview.cpp" line="438"/>
        <source>at work</source>
        <translation>仕事中</translation>
    </message>
    <message>
        <location filename="../timelineview.cpp" line="441"/>
        <source>out of hours</source>
        <translation>時間外</translation>
    </message>
    <message>
        <location filename="../timelineview.cpp" line="444"/>
        <source>%1, %2 to %3, %4</source>
        <comment>a zone row for screen readers: city, local start, local end, standing</comment>
        <translation>%1、%2〜%3、%4</translation>
    </message>
    <message>
        <location filename="../timelineview.cpp" line="456"/>
        <source>%1 %2 to %3 UTC</source>
        <comment>the campaign window for screen readers: date, start, end</comment>
        <translation>%1 %2〜%3 UTC</translation>
    </message>
</context>
<context>
    <name>Chorus::Ui::ZonePicker</name>
    <message>
        <location filename="../zonepicker.cpp" line="29"/>
        <source>City, country or zone</source>
        <translation>都市、国、タイムゾーン</translation>
    </message>
    <message>
        <location filename="../zonepicker.cpp" line="31"/>
        <location filename="../zonepicker.cpp" line="33"/>
        <source>Time zone</source>
        <translation>タイムゾーン</translation>
    </message>
    <message>
        <location filename="../zonepicker.cpp" line="34"/>
        <source>Clear the zone</source>
        <translation>タイムゾーンを消去</translation>
    </message>
    <message>
        <location filename="../zonepicker.cpp" line="35"/>
        <source>Type a city, a country or a zone id, then pick a zone</source>
        <translation>都市、国、タイムゾーン ID を入力して、タイムゾーンを選んでください</translation>
    </message>
</context>
<context>
    <name>Chorus::Ui::ZoneStatsModel</name>
    <message>
        <location filename="../participantsmodel.cpp" line="354"/>
        <source>All zones</source>
        <translation>すべてのタイムゾーン</translation>
    </message>
    <message>
        <location filename="../participantsmodel.cpp" line="380"/>
        <source>Zone</source>
        <translation>タイムゾーン</translation>
    </message>
    <message>
        <location filename="../participantsmodel.cpp" line="382"/>
        <source>Joined</source>
        <translation>参加</translation>
    </message>
    <message>
        <location filename="../participantsmodel.cpp" line="384"/>
        <source>Ready</source>
        <translation>準備完了</translation>
    </message>
    <message>
        <location filename="../participantsmodel.cpp" line="386"/>
        <source>Posted</source>
        <translation>投稿済み</translation>
    </message>
</context>
<context>
    <name>FanPage</name>
    <message>
        <location filename="../../core/share/fanpagestrings.cpp" line="30"/>
        <source>Language</source>
        <extracomment>Label of the row of buttons that switch the page&apos;s language.</extracomment>
        <translation>言語</translation>
    </message>
    <message>
        <location filename="../../core/share/fanpagestrings.cpp" line="32"/>
        <source>When, on your clock</source>
        <extracomment>Heading over the start time, which is shown in the reader&apos;s own time zone.</extracomment>
        <translation>開始日時（あなたの時間で）</translation>
    </message>
    <message>
        <location filename="../../core/share/fanpagestrings.cpp" line="34"/>
        <source>until %1</source>
        <extracomment>%1 is the end time, e.g. &quot;until 6:00 PM&quot;.</extracomment>
        <translation>%1 まで</translation>
    </message>
    <message>
        <location filename="../../core/share/fanpagestrings.cpp" line="36"/>
        <source>Your time zone: %1</source>
        <extracomment>%1 is the zone&apos;s name, e.g. &quot;Asia/Tokyo (Japan Standard Time), UTC+09:00&quot;.</extracomment>
        <translation>あなたのタイムゾーン：%1</translation>
    </message>
    <message>
        <location filename="../../core/share/fanpagestrings.cpp" line="38"/>
        <source>%1 (%2), UTC%3</source>
        <extracomment>%1 the zone&apos;s identifier, %2 its long name, %3 its offset (&quot;+09:00&quot;).</extracomment>
        <translation>%1（%2）、UTC%3</translation>
    </message>
    <message>
        <location filename="../../core/share/fanpagestrings.cpp" line="41"/>
        <source>Starts %1 (UTC). Turn on JavaScript to see your local time.</source>
        <extracomment>Shown to readers whose browser runs no JavaScript; %1 is the start in UTC.</extracomment>
        <translation>開始：%1（UTC）。現地の時刻を表示するには JavaScript を有効にしてください。</translation>
    </message>
    <message>
        <location filename="../../core/share/fanpagestrings.cpp" line="42"/>
        <source>Add to calendar (.ics)</source>
        <translation>カレンダーに追加 (.ics)</translation>
    </message>
    <message>
        <location filename="../../core/share/fanpagestrings.cpp" line="44"/>
        <source>Google Calendar</source>
        <extracomment>The product&apos;s name as the reader&apos;s language writes it.</extracomment>
        <translation>Google カレンダー</translation>
    </message>
    <message>
        <location filename="../../core/share/fanpagestrings.cpp" line="45"/>
        <source>Outlook</source>
        <translation>Outlook</translation>
    </message>
    <message>
        <location filename="../../core/share/fanpagestrings.cpp" line="46"/>
        <source>Your post</source>
        <translation>あなたの投稿</translation>
    </message>
    <message>
        <location filename="../../core/share/fanpagestrings.cpp" line="48"/>
        <source>Copy one, change a word or two, and post it at the start. Identical copies get filtered.</source>
        <translation>どれか一つをコピーし、一、二語変えてから開始時刻に投稿してください。まったく同じ投稿はフィルターで除外されます。</translation>
    </message>
    <message>
        <location filename="../../core/share/fanpagestrings.cpp" line="52"/>
        <source>Shuffle wording</source>
        <extracomment>Button: picks other wordings for the posts, so fans&apos; posts differ.</extracomment>
        <translation>言い回しを変える</translation>
    </message>
    <message>
        <location filename="../../core/share/fanpagestrings.cpp" line="54"/>
        <source>Your Mastodon server (for the Mastodon button)</source>
        <translation>あなたの Mastodon サーバー（Mastodon ボタン用）</translation>
    </message>
    <message>
        <location filename="../../core/share/fanpagestrings.cpp" line="55"/>
        <source>Join the hour</source>
        <translation>一斉投稿に参加する</translation>
    </message>
    <message>
        <location filename="../../core/share/fanpagestrings.cpp" line="56"/>
        <source>Your handle</source>
        <translation>あなたのユーザー名</translation>
    </message>
    <message>
        <location filename="../../core/share/fanpagestrings.cpp" line="58"/>
        <source>@you</source>
        <extracomment>Example in the empty handle field: a user name with an @.</extracomment>
        <translation>@you</translation>
    </message>
    <message>
        <location filename="../../core/share/fanpagestrings.cpp" line="59"/>
        <source>Platform</source>
        <translation>プラットフォーム</translation>
    </message>
    <message>
        <location filename="../../core/share/fanpagestrings.cpp" line="61"/>
        <source>Join</source>
        <extracomment>Button: sign up for the hour with the check-in service.</extracomment>
        <translation>参加する</translation>
    </message>
    <message>
        <location filename="../../core/share/fanpagestrings.cpp" line="62"/>
        <source>I&apos;m ready</source>
        <translation>準備OK</translation>
    </message>
    <message>
        <location filename="../../core/share/fanpagestrings.cpp" line="63"/>
        <source>I posted</source>
        <translation>投稿しました</translation>
    </message>
    <message>
        <location filename="../../core/share/fanpagestrings.cpp" line="65"/>
        <source>Made with Chorus. This page works offline; the times come from your device&apos;s clock and zone.</source>
        <translation>Chorus で作成。このページはオフラインでも使えます。時刻はお使いの端末の時計とタイムゾーンに基づいています。</translation>
    </message>
    <message>
        <location filename="../../core/share/fanpagestrings.cpp" line="69"/>
        <source>starts in %1</source>
        <extracomment>The ticking countdown; %1 is e.g. &quot;4 days 3 h 12 min 5 s&quot;.</extracomment>
        <translation>開始まであと %1</translation>
    </message>
    <message>
        <location filename="../../core/share/fanpagestrings.cpp" line="71"/>
        <source>%1 h</source>
        <extracomment>Short unit in the ticking countdown.</extracomment>
        <translation>%1時間</translation>
    </message>
    <message>
        <location filename="../../core/share/fanpagestrings.cpp" line="73"/>
        <source>%1 min</source>
        <extracomment>Short unit in the ticking countdown.</extracomment>
        <translation>%1分</translation>
    </message>
    <message>
        <location filename="../../core/share/fanpagestrings.cpp" line="75"/>
        <source>%1 s</source>
        <extracomment>Short unit in the ticking countdown.</extracomment>
        <translation>%1秒</translation>
    </message>
    <message>
        <location filename="../../core/share/fanpagestrings.cpp" line="77"/>
        <source>ended</source>
        <extracomment>The countdown once the hour is over.</extracomment>
        <translation>終了しました</translation>
    </message>
    <message>
        <location filename="../../core/share/fanpagestrings.cpp" line="80"/>
        <source>The hour starts in %1.</source>
        <extracomment>Read out by screen readers at milestones (a day, an hour, 15 minutes… before); %1 is e.g. &quot;4 days, 3 hours, 12 minutes&quot;.</extracomment>
        <translation>開始まであと%1です。</translation>
    </message>
    <message>
        <location filename="../../core/share/fanpagestrings.cpp" line="82"/>
        <source>It is on: %1 left. Post now!</source>
        <extracomment>Read out by screen readers during the hour; %1 is e.g. &quot;15 minutes&quot;.</extracomment>
        <translation>開催中：残り%1。今すぐ投稿しましょう！</translation>
    </message>
    <message>
        <location filename="../../core/share/fanpagestrings.cpp" line="83"/>
        <source>The hour has ended. Thank you!</source>
        <translation>終了しました。ありがとうございました！</translation>
    </message>
    <message>
        <location filename="../../core/share/fanpagestrings.cpp" line="85"/>
        <source>Post %1</source>
        <extracomment>Accessible name of one suggested post; %1 is its number.</extracomment>
        <translation>投稿 %1</translation>
    </message>
    <message>
        <location filename="../../core/share/fanpagestrings.cpp" line="86"/>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <location filename="../../core/share/fanpagestrings.cpp" line="88"/>
        <source>Copy post %1</source>
        <extracomment>Accessible name of a Copy button; %1 is the post&apos;s number.</extracomment>
        <translation>投稿 %1 をコピー</translation>
    </message>
    <message>
        <location filename="../../core/share/fanpagestrings.cpp" line="89"/>
        <source>Copied</source>
        <translation>コピーしました</translation>
    </message>
    <message>
        <location filename="../../core/share/fanpagestrings.cpp" line="90"/>
        <source>Post copied.</source>
        <translation>投稿をコピーしました。</translation>
    </message>
    <message>
        <location filename="../../core/share/fanpagestrings.cpp" line="91"/>
        <source>Post on X</source>
        <translation>X に投稿</translation>
    </message>
    <message>
        <location filename="../../core/share/fanpagestrings.cpp" line="92"/>
        <source>Post on Bluesky</source>
        <translation>Bluesky に投稿</translation>
    </message>
    <message>
        <location filename="../../core/share/fanpagestrings.cpp" line="93"/>
        <source>Post on Mastodon</source>
        <translation>Mastodon に投稿</translation>
    </message>
    <message>
        <location filename="../../core/share/fanpagestrings.cpp" line="94"/>
        <source>Type your Mastodon server first.</source>
        <translation>先に Mastodon サーバーを入力してください。</translation>
    </message>
    <message>
        <location filename="../../core/share/fanpagestrings.cpp" line="95"/>
        <source>Joining…</source>
        <translation>参加しています…</translation>
    </message>
    <message>
        <location filename="../../core/share/fanpagestrings.cpp" line="96"/>
        <source>You&apos;re in. Come back at the start!</source>
        <translation>参加しました。開始時刻にまた来てください！</translation>
    </message>
    <message>
        <location filename="../../core/share/fanpagestrings.cpp" line="98"/>
        <source>Could not join: %1</source>
        <extracomment>%1 is the reason, in English, from the check-in service.</extracomment>
        <translation>参加できませんでした：%1</translation>
    </message>
    <message>
        <location filename="../../core/share/fanpagestrings.cpp" line="99"/>
        <source>Marked ready.</source>
        <translation>準備OKにしました。</translation>
    </message>
    <message>
        <location filename="../../core/share/fanpagestrings.cpp" line="100"/>
        <source>Thank you for posting!</source>
        <translation>投稿ありがとうございます！</translation>
    </message>
    <message>
        <location filename="../../core/share/fanpagestrings.cpp" line="102"/>
        <source>Could not check in: %1</source>
        <extracomment>%1 is the reason, in English, from the check-in service.</extracomment>
        <translation>チェックインできませんでした：%1</translation>
    </message>
    <message>
        <location filename="../../core/share/fanpagestrings.cpp" line="104"/>
        <source>the service answered %1</source>
        <extracomment>The reason given when the service said no without saying why; %1 is an HTTP status.</extracomment>
        <translation>サービスの応答：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/share/fanpagestrings.cpp" line="106"/>
        <source>%n day(s)</source>
        <extracomment>Ticking countdown: whole days before the start.</extracomment>
        <translation>
            <numerusform>%n日</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/share/fanpagestrings.cpp" line="108"/>
        <source>%n hour(s)</source>
        <extracomment>Spoken countdown.</extracomment>
        <translation>
            <numerusform>%n時間</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/share/fanpagestrings.cpp" line="110"/>
        <source>%n minute(s)</source>
        <extracomment>Spoken countdown, and the time left during the hour.</extracomment>
        <translation>
            <numerusform>%n分</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/share/fanpagestrings.cpp" line="112"/>
        <source>live now — %n minute(s) left</source>
        <extracomment>The countdown during the hour.</extracomment>
        <translation>
            <numerusform>開催中 — 残り%n分</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/share/fanpagestrings.cpp" line="114"/>
        <source>%n joined</source>
        <extracomment>Part of the line &quot;3 joined · 2 ready · 1 posted&quot;: people who joined the hour.</extracomment>
        <translation>
            <numerusform>参加 %n人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/share/fanpagestrings.cpp" line="116"/>
        <source>%n ready</source>
        <extracomment>Part of the line &quot;3 joined · 2 ready · 1 posted&quot;: people ready to post.</extracomment>
        <translation>
            <numerusform>準備OK %n人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/share/fanpagestrings.cpp" line="118"/>
        <source>%n posted</source>
        <extracomment>Part of the line &quot;3 joined · 2 ready · 1 posted&quot;: people who have posted.</extracomment>
        <translation>
            <numerusform>投稿済み %n人</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/share/fanpagestrings.cpp" line="120"/>
        <source>The goal: %1 people</source>
        <extracomment>The supporter goal before the check-in service answered; %1 is e.g. &quot;5,000&quot;.</extracomment>
        <translation>目標：%1人</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/share/fanpagestrings.cpp" line="122"/>
        <source>%n of %1 have joined</source>
        <extracomment>The supporter goal: %n people joined out of %1 (e.g. &quot;1,234 of 5,000 have joined&quot;).</extracomment>
        <translation>
            <numerusform>%1人中%n人が参加</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/share/fanpagestrings.cpp" line="125"/>
        <source>All or nothing: the posts go out only if %1 people have joined by %2, 10 minutes before the start.</source>
        <extracomment>All or nothing, before the decision; %1 the goal (&quot;5,000&quot;), %2 the local time.</extracomment>
        <translation>オール・オア・ナッシング：開始10分前の%2までに%1人が参加した場合にのみ投稿されます。</translation>
    </message>
    <message>
        <location filename="../../core/share/fanpagestrings.cpp" line="129"/>
        <source>The goal was met in time: the posts go out.</source>
        <extracomment>All or nothing, after the decision, when the goal was met.</extracomment>
        <translation>目標を期限内に達成しました。投稿は行われます。</translation>
    </message>
    <message>
        <location filename="../../core/share/fanpagestrings.cpp" line="132"/>
        <source>The goal was not met 10 minutes before the start: nothing is posted this time.</source>
        <extracomment>All or nothing, after the decision, when the goal was not met.</extracomment>
        <translation>開始10分前に目標に届きませんでした。今回は何も投稿されません。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../../app/gui/main.cpp" line="24"/>
        <source>Plan, publish and run a worldwide synchronized posting hour.</source>
        <translation>世界中でいっせいに投稿する 1 時間を計画し、告知し、運営します。</translation>
    </message>
    <message>
        <location filename="../../app/gui/main.cpp" line="29"/>
        <source>A campaign file or link to open.</source>
        <translation>開くキャンペーンのファイルまたはリンク。</translation>
    </message>
</context>
</TS>
