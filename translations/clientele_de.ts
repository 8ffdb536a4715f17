<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>OfferEditor</name>
    <message>
        <source>Offer editor</source>
        <translation>Leistungseditor</translation>
    </message>
    <message>
        <source>Offer name</source>
        <translation>Name der Leistung</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Art</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Pro&amp;mise</source>
        <translation>&amp;Versprechen</translation>
    </message>
    <message>
        <source>Promise</source>
        <translation>Versprechen</translation>
    </message>
    <message>
        <source>What the client gets, in one sentence</source>
        <translation>Was der Kunde bekommt, in einem Satz</translation>
    </message>
    <message>
        <source>&amp;Price</source>
        <translation>&amp;Preis</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>0 = Free</source>
        <translation>0 = kostenlos</translation>
    </message>
    <message>
        <source>Price note</source>
        <translation>Preishinweis</translation>
    </message>
    <message>
        <source>&amp;Ladder stage</source>
        <translation>Stufe der &amp;Leistungstreppe</translation>
    </message>
    <message>
        <source>Ladder stage</source>
        <translation>Stufe der Leistungstreppe</translation>
    </message>
    <message>
        <source>&amp;Step to the next rung</source>
        <translation>&amp;Schritt zur nächsten Stufe</translation>
    </message>
    <message>
        <source>Step to the next rung</source>
        <translation>Schritt zur nächsten Stufe</translation>
    </message>
    <message>
        <source>What leads the client from this offer to the next</source>
        <translation>Was den Kunden von dieser Leistung zur nächsten führt</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Umfang</translation>
    </message>
    <message>
        <source>&amp;Included</source>
        <translation>&amp;Enthalten</translation>
    </message>
    <message>
        <source>Included</source>
        <translation>Enthalten</translation>
    </message>
    <message>
        <source>E&amp;xcluded</source>
        <translation>&amp;Nicht enthalten</translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation>Nicht enthalten</translation>
    </message>
    <message>
        <source>Answers the profile&apos;s obstacles and needs</source>
        <translation>Antwort auf die Hindernisse und Bedürfnisse des Profils</translation>
    </message>
    <message>
        <source>Profile whose obstacles and needs are shown</source>
        <translation>Profil, dessen Hindernisse und Bedürfnisse angezeigt werden</translation>
    </message>
    <message>
        <source>Obstacles and needs this offer answers</source>
        <translation>Hindernisse und Bedürfnisse, auf die diese Leistung antwortet</translation>
    </message>
    <message>
        <source>Retainer terms</source>
        <translation>Bedingungen der monatlichen Pauschale</translation>
    </message>
    <message>
        <source>&amp;Hours per month</source>
        <translation>Stun&amp;den pro Monat</translation>
    </message>
    <message>
        <source>Hours per month</source>
        <translation>Stunden pro Monat</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>Unused hours carry over</source>
        <translation>Ungenutzte Stunden werden übertragen</translation>
    </message>
    <message>
        <source>&amp;Unused hours carry over to later months</source>
        <translation>&amp;Ungenutzte Stunden in spätere Monate übertragen</translation>
    </message>
    <message>
        <source>&amp;Minimum term</source>
        <translation>&amp;Mindestlaufzeit</translation>
    </message>
    <message>
        <source>Minimum term in months</source>
        <translation>Mindestlaufzeit in Monaten</translation>
    </message>
    <message>
        <source> months</source>
        <translation> Monate</translation>
    </message>
    <message>
        <source>&amp;Notice</source>
        <translation>&amp;Kündigungsfrist</translation>
    </message>
    <message>
        <source>Notice in days</source>
        <translation>Kündigungsfrist in Tagen</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Effective hourly rate</source>
        <translation>Effektiver Stundensatz</translation>
    </message>
    <message>
        <source>Yearly value</source>
        <translation>Jahreswert</translation>
    </message>
    <message>
        <source>Fee incl&amp;udes</source>
        <translation>&amp;Im Honorar enthalten</translation>
    </message>
    <message>
        <source>Fee includes</source>
        <translation>Im Honorar enthalten</translation>
    </message>
    <message>
        <source>Fee e&amp;xcludes</source>
        <translation>Nicht im &amp;Honorar enthalten</translation>
    </message>
    <message>
        <source>Fee excludes</source>
        <translation>Nicht im Honorar enthalten</translation>
    </message>
    <message>
        <source>Assessment deliverable</source>
        <translation>Lieferumfang der Analyse</translation>
    </message>
    <message>
        <source>&amp;Questions</source>
        <translation>&amp;Fragen</translation>
    </message>
    <message>
        <source>Questions the assessment asks</source>
        <translation>Fragen, die die Analyse stellt</translation>
    </message>
    <message>
        <source>&amp;Findings</source>
        <translation>E&amp;rkenntnisse</translation>
    </message>
    <message>
        <source>Findings handed over</source>
        <translation>Übergebene Erkenntnisse</translation>
    </message>
</context>
<context>
    <name>ProfileEditor</name>
    <message>
        <source>Profile editor</source>
        <translation>Profileditor</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Profilname</translation>
    </message>
    <message>
        <source>Created and last changed</source>
        <translation>Erstellt und zuletzt geändert</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Who buys, e.g. the owner of an engineering firm</source>
        <translation>Wer kauft, z. B. der Inhaber eines Ingenieurbüros</translation>
    </message>
    <message>
        <source>Demographics</source>
        <translation>Demografie</translation>
    </message>
    <message>
        <source>Age, role, location</source>
        <translation>Alter, Rolle, Ort</translation>
    </message>
    <message>
        <source>Psychographics</source>
        <translation>Psychografie</translation>
    </message>
    <message>
        <source>Values, attitudes, how they decide</source>
        <translation>Werte, Einstellungen, Entscheidungsweise</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Branche</translation>
    </message>
    <message>
        <source>e.g. engineering, manufacturing, trade services</source>
        <translation>z. B. Ingenieurwesen, Fertigung, Handwerksleistungen</translation>
    </message>
    <message>
        <source>Business size</source>
        <translation>Unternehmensgröße</translation>
    </message>
    <message>
        <source>Staff, e.g. 5-200</source>
        <translation>Mitarbeitende, z. B. 5-200</translation>
    </message>
    <message>
        <source>Business size problem</source>
        <translation>Problem bei der Unternehmensgröße</translation>
    </message>
    <message>
        <source>Business type</source>
        <translation>Unternehmensart</translation>
    </message>
    <message>
        <source>e.g. family-owned, franchise, online</source>
        <translation>z. B. familiengeführt, Franchise, online</translation>
    </message>
    <message>
        <source>Technographics</source>
        <translation>Technografie</translation>
    </message>
    <message>
        <source>Person, company, industry</source>
        <translation>Person, Unternehmen, Branche</translation>
    </message>
    <message>
        <source>The person</source>
        <translation>Die Person</translation>
    </message>
    <message>
        <source>Who they are day to day: role, worries, habits</source>
        <translation>Wer sie im Alltag sind: Rolle, Sorgen, Gewohnheiten</translation>
    </message>
    <message>
        <source>The company</source>
        <translation>Das Unternehmen</translation>
    </message>
    <message>
        <source>How the business runs: structure, people, systems</source>
        <translation>Wie das Unternehmen funktioniert: Struktur, Menschen, Systeme</translation>
    </message>
    <message>
        <source>The industry</source>
        <translation>Die Branche</translation>
    </message>
    <message>
        <source>The market they work in: trends, pressures, rules</source>
        <translation>Der Markt, in dem sie arbeiten: Trends, Druck, Regeln</translation>
    </message>
    <message>
        <source>Utopia and obstacles</source>
        <translation>Utopie und Hindernisse</translation>
    </message>
    <message>
        <source>Utopia</source>
        <translation>Utopie</translation>
    </message>
    <message>
        <source>What they dream of once the problems are gone</source>
        <translation>Wovon sie träumen, wenn die Probleme gelöst sind</translation>
    </message>
    <message>
        <source>Obstacles</source>
        <translation>Hindernisse</translation>
    </message>
    <message>
        <source>Needs and wants</source>
        <translation>Bedürfnisse und Wünsche</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Bedürfnisse</translation>
    </message>
    <message>
        <source>Wants</source>
        <translation>Wünsche</translation>
    </message>
    <message>
        <source>Not our customer</source>
        <translation>Nicht unser Kunde</translation>
    </message>
    <message>
        <source>Who and why not</source>
        <translation>Wer und warum nicht</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Anything else worth keeping</source>
        <translation>Alles andere, was festgehalten werden sollte</translation>
    </message>
</context>
<context>
    <name>clientele::App</name>
    <message>
        <source>A Clientele workspace (.clientele) to open.</source>
        <translation>Ein Clientele-Arbeitsbereich (.clientele), der geöffnet werden soll.</translation>
    </message>
    <message>
        <source>Also write the log to standard error.</source>
        <translation>Das Protokoll zusätzlich auf die Standardfehlerausgabe schreiben.</translation>
    </message>
    <message>
        <source>Ideal customer profiles, offers and proposals. Opens each FILE in a window of its own, or the built-in sample workspace when no file is given. A FILE already open in Clientele brings its window to the front.</source>
        <translation>Idealkundenprofile, Leistungen und Angebote. Öffnet jede FILE in einem eigenen Fenster oder, wenn keine Datei angegeben ist, den eingebauten Beispiel-Arbeitsbereich. Ist eine FILE bereits in Clientele geöffnet, kommt ihr Fenster nach vorn.</translation>
    </message>
</context>
<context>
    <name>clientele::AssessmentDeliverable</name>
    <message>
        <source>Specifically, who are your current and potential customers?</source>
        <translation>Wer genau sind Ihre aktuellen und potenziellen Kunden?</translation>
    </message>
    <message>
        <source>What is their demographic profile: age, role, business size?</source>
        <translation>Wie sieht ihr demografisches Profil aus: Alter, Rolle, Unternehmensgröße?</translation>
    </message>
    <message>
        <source>What is their psychographic profile: what worries them, what do they value, how do they spend their day?</source>
        <translation>Wie sieht ihr psychografisches Profil aus: Was beschäftigt sie, was ist ihnen wichtig, wie verbringen sie ihren Tag?</translation>
    </message>
    <message>
        <source>Where are they: which regions, towns or sites do you serve?</source>
        <translation>Wo sind sie: Welche Regionen, Orte oder Standorte bedienen Sie?</translation>
    </message>
    <message>
        <source>What other brands or products do they buy, and why are those appealing?</source>
        <translation>Welche anderen Marken oder Produkte kaufen sie, und was macht diese attraktiv?</translation>
    </message>
    <message>
        <source>What traits did they look for in products they bought in the past?</source>
        <translation>Auf welche Eigenschaften haben sie bei Produkten geachtet, die sie früher gekauft haben?</translation>
    </message>
    <message>
        <source>Which ways of being sold to already appeal to them?</source>
        <translation>Welche Verkaufsansätze sprechen sie bereits an?</translation>
    </message>
    <message>
        <source>A one-page profile of your ideal customer.</source>
        <translation>Ein einseitiges Profil Ihres Idealkunden.</translation>
    </message>
    <message>
        <source>The three changes that would save the most time this quarter.</source>
        <translation>Die drei Änderungen, die in diesem Quartal die meiste Zeit sparen würden.</translation>
    </message>
    <message>
        <source>A written action list you can use with us or anyone else.</source>
        <translation>Eine schriftliche Maßnahmenliste, die Sie mit uns oder mit anderen umsetzen können.</translation>
    </message>
</context>
<context>
    <name>clientele::AttributeType</name>
    <message>
        <source>Number or range</source>
        <translation>Zahl oder Bereich</translation>
    </message>
    <message>
        <source>Money or range</source>
        <translation>Betrag oder Bereich</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>List of tags</source>
        <translation>Schlagwortliste</translation>
    </message>
    <message>
        <source>Location and distance</source>
        <translation>Ort und Entfernung</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>Jahre</translation>
    </message>
    <message>
        <source>Yes / no</source>
        <translation>Ja / Nein</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>A number such as 40 or a range such as 20-50</source>
        <translation>Eine Zahl wie 40 oder ein Bereich wie 20-50</translation>
    </message>
    <message>
        <source>An amount such as $1,200 or a range such as $1M-$5M</source>
        <translation>Ein Betrag wie $1,200 oder ein Bereich wie $1M-$5M</translation>
    </message>
    <message>
        <source>One value from the list, or your own</source>
        <translation>Ein Wert aus der Liste oder ein eigener</translation>
    </message>
    <message>
        <source>Values separated by commas, such as Managed server, Backup</source>
        <translation>Durch Kommas getrennte Werte, etwa Managed Server, Backup</translation>
    </message>
    <message>
        <source>A place, a distance such as 12 km, or both: Parramatta (12 km)</source>
        <translation>Ein Ort, eine Entfernung wie 12 km oder beides: Parramatta (12 km)</translation>
    </message>
    <message>
        <source>A number of years such as 4 or a range such as 3-5</source>
        <translation>Eine Anzahl Jahre wie 4 oder ein Bereich wie 3-5</translation>
    </message>
    <message>
        <source>Yes or no; leave blank when unknown</source>
        <translation>Ja oder Nein; leer lassen, wenn unbekannt</translation>
    </message>
    <message>
        <source>Any text</source>
        <translation>Beliebiger Text</translation>
    </message>
</context>
<context>
    <name>clientele::Backtest</name>
    <message>
        <source>No imported customer outside the chart to test the ideal against.</source>
        <translation>Kein importierter Kunde außerhalb der Tabelle, an dem sich das Ideal testen ließe.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of the top %n customers by spend grade A or B.</source>
        <translation>
            <numerusform>Einstufung A oder B: %1 von %n Top-Kunden nach Ausgaben.</numerusform>
            <numerusform>Einstufung A oder B: %1 von %n Top-Kunden nach Ausgaben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n have too little known to grade.</source>
        <translation>
            <numerusform>Bei %n Kunden ist zu wenig für eine Einstufung bekannt.</numerusform>
            <numerusform>Bei %n Kunden ist zu wenig für eine Einstufung bekannt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clientele::BacktestDialog</name>
    <message>
        <source>%1%</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation>Nichts</translation>
    </message>
    <message>
        <source>Test the Ideal on Customers</source>
        <translation>Ideal an Kunden testen</translation>
    </message>
    <message>
        <source>The best customers by spend that are not in the chart, scored against the ideal as if they were prospects.</source>
        <translation>Die Kunden mit den höchsten Ausgaben, die nicht in der Tabelle stehen, am Ideal bewertet, als wären sie Interessenten.</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Net spend</source>
        <translation>Nettoausgaben</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Einstufung</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Passungswert</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>Bekannt</translation>
    </message>
    <message>
        <source>Customers scored against the ideal</source>
        <translation>Am Ideal bewertete Kunden</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>Merkmal</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Ideal</source>
        <translation>Ideal</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>Why the customer scores as it does</source>
        <translation>Warum der Kunde so bewertet wird</translation>
    </message>
    <message>
        <source>Import an invoice export to test the ideal on your customers.</source>
        <translation>Importieren Sie einen Rechnungsexport, um das Ideal an Ihren Kunden zu testen.</translation>
    </message>
    <message>
        <source>Import Invoices…</source>
        <translation>Rechnungen importieren…</translation>
    </message>
    <message>
        <source>Fit Weights…</source>
        <translation>Passungsgewichte…</translation>
    </message>
    <message>
        <source>Import Contacts…</source>
        <translation>Kontakte importieren…</translation>
    </message>
    <message>
        <source>Invoices tell only where a customer is, and its industry when a contacts export gave it, so most of these customers have too little known for a grade. Import the contacts export, or use Fit Weights to choose what counts.</source>
        <translation>Rechnungen verraten nur, wo ein Kunde sitzt, und seine Branche, wenn ein Kontaktexport sie geliefert hat; daher ist über die meisten dieser Kunden zu wenig für eine Einstufung bekannt. Importieren Sie den Kontaktexport, oder legen Sie mit „Passungsgewichte“ fest, was zählt.</translation>
    </message>
    <message>
        <source>Too little is known for this score to grade</source>
        <translation>Zu wenig bekannt, um diesen Wert einzustufen</translation>
    </message>
    <message>
        <source>Select a customer to see why it scores as it does.</source>
        <translation>Wählen Sie einen Kunden aus, um zu sehen, warum er so bewertet wird.</translation>
    </message>
    <message>
        <source>%1 scores %2, with %3 of the weight known.</source>
        <translation>%1 erreicht einen Passungswert von %2; %3 des Gewichts ist bekannt.</translation>
    </message>
    <message>
        <source>Not our customer: %1. %2</source>
        <translation>Nicht unser Kunde: %1. %2</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>left out</source>
        <translation>ausgelassen</translation>
    </message>
    <message>
        <source>Not known, so its weight is left out of the score</source>
        <translation>Unbekannt, daher geht sein Gewicht nicht in die Bewertung ein</translation>
    </message>
</context>
<context>
    <name>clientele::BackupActions</name>
    <message>
        <source>snapshot</source>
        <translation>Sicherungspunkt</translation>
    </message>
    <message>
        <source>&amp;Restore from Backup…</source>
        <translation>Aus Sicherung &amp;wiederherstellen…</translation>
    </message>
    <message>
        <source>Bring back the workspace as it was before an import or an upgrade</source>
        <translation>Den Arbeitsbereich auf den Stand vor einem Import oder einer Aktualisierung zurücksetzen</translation>
    </message>
    <message>
        <source>Workspace Damaged</source>
        <translation>Arbeitsbereich beschädigt</translation>
    </message>
    <message>
        <source>Part of “%1” could not be read.</source>
        <translation>Ein Teil von „%1“ konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>“%1” failed its integrity check.</source>
        <translation>„%1“ hat die Integritätsprüfung nicht bestanden.</translation>
    </message>
    <message>
        <source>There is no backup to restore. Save a copy and check it with clientele-cli check.</source>
        <translation>Es gibt keine Sicherung zum Wiederherstellen. Speichern Sie eine Kopie und prüfen Sie sie mit clientele-cli check.</translation>
    </message>
    <message>
        <source>The newest backup is from %1. Restore it?</source>
        <translation>Die neueste Sicherung stammt vom %1. Wiederherstellen?</translation>
    </message>
    <message>
        <source>&amp;Restore Newest Backup</source>
        <translation>Neueste Sicherung &amp;wiederherstellen</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>Aus Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>There are no backups of this workspace yet. Clientele takes one before every import and every upgrade.</source>
        <translation>Von diesem Arbeitsbereich gibt es noch keine Sicherungen. Clientele legt vor jedem Import und jeder Aktualisierung eine an.</translation>
    </message>
    <message>
        <source>Bring the workspace back to how it was at:</source>
        <translation>Arbeitsbereich auf diesen Stand zurücksetzen:</translation>
    </message>
    <message>
        <source>Replace everything in this workspace with the backup from %1?

The workspace as it is now is kept as a backup first, so you can come back to it. Undo history is cleared.</source>
        <translation>Den gesamten Inhalt dieses Arbeitsbereichs durch die Sicherung vom %1 ersetzen?

Der aktuelle Stand des Arbeitsbereichs wird zuerst als Sicherung aufbewahrt, sodass Sie zu ihm zurückkehren können. Der Rückgängig-Verlauf wird gelöscht.</translation>
    </message>
    <message>
        <source>Restored the backup from %1</source>
        <translation>Sicherung vom %1 wiederhergestellt</translation>
    </message>
</context>
<context>
    <name>clientele::BackupSnapshots</name>
    <message>
        <source>Cannot create the backup folder “%1”.</source>
        <translation>Der Sicherungsordner „%1“ kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The backup taken before the change failed its check (%1); nothing was changed.</source>
        <translation>Die vor der Änderung angelegte Sicherung hat die Prüfung nicht bestanden (%1); es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>This workspace is open read-only; it cannot be restored.</source>
        <translation>Dieser Arbeitsbereich ist schreibgeschützt geöffnet; er kann nicht wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>The backup is damaged (%1); nothing was changed.</source>
        <translation>Die Sicherung ist beschädigt (%1); es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Before restoring the backup taken %1</source>
        <translation>Vor Wiederherstellung der Sicherung vom %1</translation>
    </message>
    <message>
        <source>The backup could not be restored: %1; the workspace is as it was.</source>
        <translation>Die Sicherung konnte nicht wiederhergestellt werden: %1; der Arbeitsbereich ist unverändert.</translation>
    </message>
</context>
<context>
    <name>clientele::ChangeTable</name>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Was sich geändert hat</translation>
    </message>
</context>
<context>
    <name>clientele::ChartActions</name>
    <message>
        <source>C&amp;lear Cells</source>
        <translation>&amp;Zellen leeren</translation>
    </message>
    <message>
        <source>Fill &amp;Down</source>
        <translation>Nach unten au&amp;sfüllen</translation>
    </message>
    <message>
        <source>Fill Rig&amp;ht</source>
        <translation>Nach re&amp;chts ausfüllen</translation>
    </message>
    <message>
        <source>Copies the top cell of the selection into the cells below it</source>
        <translation>Kopiert die oberste Zelle der Auswahl in die Zellen darunter</translation>
    </message>
    <message>
        <source>Copies the left cell of the selection into the cells to its right</source>
        <translation>Kopiert die linke Zelle der Auswahl in die Zellen rechts daneben</translation>
    </message>
    <message>
        <source>&amp;Flip Grid</source>
        <translation>Tabelle dre&amp;hen</translation>
    </message>
    <message>
        <source>Show clients as rows instead of columns, or back (%1)</source>
        <translation>Kunden als Zeilen statt als Spalten anzeigen oder umgekehrt (%1)</translation>
    </message>
    <message>
        <source>A&amp;pply to Profile…</source>
        <translation>Auf Profil an&amp;wenden…</translation>
    </message>
    <message>
        <source>Fill a customer profile&apos;s segment from the ideal, with a preview (%1)</source>
        <translation>Das Segment eines Kundenprofils aus dem Ideal füllen, mit Vorschau (%1)</translation>
    </message>
    <message>
        <source>Fit &amp;Weights…</source>
        <translation>&amp;Passungsgewichte…</translation>
    </message>
    <message>
        <source>Choose which attributes count in a prospect&apos;s fit score, and how much (%1)</source>
        <translation>Festlegen, welche Merkmale wie stark in den Passungswert eines Interessenten eingehen (%1)</translation>
    </message>
    <message>
        <source>Test the &amp;Ideal on Customers…</source>
        <translation>&amp;Ideal an Kunden testen…</translation>
    </message>
    <message>
        <source>Score your best imported customers against the ideal, to see whether it describes them (%1)</source>
        <translation>Ihre besten importierten Kunden am Ideal bewerten, um zu sehen, ob es sie beschreibt (%1)</translation>
    </message>
    <message>
        <source>Show C&amp;harts</source>
        <translation>&amp;Diagramme anzeigen</translation>
    </message>
    <message>
        <source>&amp;Weighting</source>
        <translation>&amp;Gewichtung</translation>
    </message>
</context>
<context>
    <name>clientele::ChartApplyDialog</name>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Anwenden</translation>
    </message>
    <message>
        <source>&amp;Open Profile</source>
        <translation>Profil &amp;öffnen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Apply the Ideal to a Profile</source>
        <translation>Ideal auf ein Profil anwenden</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Profil:</translation>
    </message>
    <message>
        <source>There are no profiles yet. Add one on the Profiles page, then apply the ideal to it.</source>
        <translation>Es gibt noch keine Profile. Legen Sie auf der Seite „Profile“ eines an und wenden Sie dann das Ideal darauf an.</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>“%1” already matches the ideal; nothing would change.</source>
        <translation>„%1“ entspricht bereits dem Ideal; es würde sich nichts ändern.</translation>
    </message>
    <message>
        <source>The ideal differs in 1 field of “%1”; it is applied if ticked. Fields the ideal knows nothing about stay as they are.</source>
        <translation>Das Ideal weicht in 1 Feld von „%1“ ab; es wird übernommen, wenn es angehakt ist. Felder, zu denen das Ideal nichts weiß, bleiben unverändert.</translation>
    </message>
    <message numerus="yes">
        <source>The ideal differs in %n fields of “%1”; the ticked ones are applied. Fields the ideal knows nothing about stay as they are.</source>
        <translation>
            <numerusform>Das Ideal weicht in %n Feld von „%1“ ab; die angehakten werden übernommen. Felder, zu denen das Ideal nichts weiß, bleiben unverändert.</numerusform>
            <numerusform>Das Ideal weicht in %n Feldern von „%1“ ab; die angehakten werden übernommen. Felder, zu denen das Ideal nichts weiß, bleiben unverändert.</numerusform>
        </translation>
    </message>
    <message>
        <source>A row starts ticked when at least two thirds of the reference clients&apos; weight hold the value and the profile&apos;s own text is not longer than it.</source>
        <translation>Eine Zeile ist zu Beginn angehakt, wenn mindestens zwei Drittel des Gewichts der Referenzkunden auf den Wert entfallen und der eigene Text des Profils nicht länger ist als dieser.</translation>
    </message>
    <message>
        <source>Left unticked: the profile&apos;s own text is longer than the proposed value. Tick it to replace that text.</source>
        <translation>Nicht angehakt: Der eigene Text des Profils ist länger als der vorgeschlagene Wert. Haken Sie die Zeile an, um diesen Text zu ersetzen.</translation>
    </message>
    <message>
        <source>Left unticked: only %1% of the reference clients&apos; weight hold this value.</source>
        <translation>Nicht angehakt: Nur %1&#xa0;% des Gewichts der Referenzkunden entfallen auf diesen Wert.</translation>
    </message>
    <message>
        <source>%1% of the reference clients&apos; weight hold this value.</source>
        <translation>%1&#xa0;% des Gewichts der Referenzkunden entfallen auf diesen Wert.</translation>
    </message>
    <message>
        <source>Applied to “%1” as one step; Edit ▸ Undo takes it back.</source>
        <translation>Auf „%1“ in einem Schritt angewendet; Bearbeiten ▸ Rückgängig nimmt es zurück.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>clientele::ChartAttributeDialog</name>
    <message>
        <source>&amp;Suggested values:</source>
        <translation>&amp;Vorgeschlagene Werte:</translation>
    </message>
    <message>
        <source>Add Attribute</source>
        <translation>Merkmal hinzufügen</translation>
    </message>
    <message>
        <source>e.g. Technographics</source>
        <translation>z. B. Technografie</translation>
    </message>
    <message>
        <source>Attribute name</source>
        <translation>Merkmalsname</translation>
    </message>
    <message>
        <source>Attribute type</source>
        <translation>Merkmalstyp</translation>
    </message>
    <message>
        <source>Xero, Odoo, MYOB</source>
        <translation>Xero, Odoo, MYOB</translation>
    </message>
    <message>
        <source>Suggested values, separated by commas</source>
        <translation>Vorgeschlagene Werte, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
</context>
<context>
    <name>clientele::ChartBarPainter</name>
    <message>
        <source>Nothing recorded yet</source>
        <translation>Noch nichts erfasst</translation>
    </message>
</context>
<context>
    <name>clientele::ChartClient</name>
    <message>
        <source>Client #%1</source>
        <translation>Kunde Nr. %1</translation>
    </message>
</context>
<context>
    <name>clientele::ChartDelegate</name>
    <message>
        <source>40 or 20-50</source>
        <translation>40 oder 20-50</translation>
    </message>
    <message>
        <source>4 or 3-5</source>
        <translation>4 oder 3-5</translation>
    </message>
    <message>
        <source>1,200 or 1M-5M</source>
        <translation>1,200 oder 1M-5M</translation>
    </message>
    <message>
        <source>Parramatta (12 km)</source>
        <translation>Parramatta (12 km)</translation>
    </message>
    <message>
        <source>tag, tag, …</source>
        <translation>Schlagwort, Schlagwort, …</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>The ideal profile is computed from the clients and cannot be typed into.</source>
        <translation>Das Idealprofil wird aus den Kunden berechnet; hier kann nichts eingegeben werden.</translation>
    </message>
    <message>
        <source>That attribute is no longer in the chart.</source>
        <translation>Dieses Merkmal ist nicht mehr in der Tabelle.</translation>
    </message>
</context>
<context>
    <name>clientele::ChartEditor</name>
    <message>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>New attribute</source>
        <translation>Neues Merkmal</translation>
    </message>
    <message>
        <source>Add attribute “%1”</source>
        <translation>Merkmal „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>An attribute needs a name, such as “Industry”.</source>
        <translation>Ein Merkmal braucht einen Namen, etwa „Branche“.</translation>
    </message>
    <message>
        <source>Rename attribute to “%1”</source>
        <translation>Merkmal in „%1“ umbenennen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>The distance at which a value stops matching must be more than 0.</source>
        <translation>Die Entfernung, ab der ein Wert nicht mehr passt, muss größer als 0 sein.</translation>
    </message>
    <message>
        <source>Change fit of “%1”</source>
        <translation>Passung von „%1“ ändern</translation>
    </message>
    <message>
        <source>Used for fit</source>
        <translation>Für Passung verwendet</translation>
    </message>
    <message>
        <source>Fit importance</source>
        <translation>Bedeutung für die Passung</translation>
    </message>
    <message>
        <source>Fit distance</source>
        <translation>Entfernung für die Passung</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Remove attribute “%1”</source>
        <translation>Merkmal „%1“ entfernen</translation>
    </message>
    <message>
        <source>Move attribute</source>
        <translation>Merkmal verschieben</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>That cell is no longer in the chart.</source>
        <translation>Diese Zelle ist nicht mehr in der Tabelle.</translation>
    </message>
    <message>
        <source>That client is no longer in the chart.</source>
        <translation>Dieser Kunde ist nicht mehr in der Tabelle.</translation>
    </message>
    <message>
        <source>That attribute is no longer in the chart.</source>
        <translation>Dieses Merkmal ist nicht mehr in der Tabelle.</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>„%1“ bearbeiten</translation>
    </message>
    <message>
        <source>Add client “%1”</source>
        <translation>Kunde „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>Remove client “%1”</source>
        <translation>Kunde „%1“ entfernen</translation>
    </message>
    <message>
        <source>Rename client to “%1”</source>
        <translation>Kunde in „%1“ umbenennen</translation>
    </message>
    <message>
        <source>Move client</source>
        <translation>Kunde verschieben</translation>
    </message>
    <message>
        <source>Mark as reference client</source>
        <translation>Als Referenzkunde markieren</translation>
    </message>
    <message>
        <source>Unmark reference client</source>
        <translation>Markierung als Referenzkunde entfernen</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Reference client</source>
        <translation>Referenzkunde</translation>
    </message>
    <message>
        <source>ICP chart</source>
        <translation>ICP-Tabelle</translation>
    </message>
    <message>
        <source>Weighting</source>
        <translation>Gewichtung</translation>
    </message>
    <message>
        <source>Flip chart</source>
        <translation>Tabelle drehen</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Anordnung</translation>
    </message>
    <message>
        <source>Restore an earlier value</source>
        <translation>Früheren Wert wiederherstellen</translation>
    </message>
    <message>
        <source>That profile no longer exists.</source>
        <translation>Dieses Profil gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>The profile has changed since the preview; look at the preview again before applying it.</source>
        <translation>Das Profil wurde seit der Vorschau geändert; sehen Sie sich die Vorschau erneut an, bevor Sie das Ideal anwenden.</translation>
    </message>
    <message>
        <source>Apply the ICP chart to “%1”</source>
        <translation>ICP-Tabelle auf „%1“ anwenden</translation>
    </message>
    <message>
        <source>A client needs a name; “Client #1” will do when the real name should not be on paper.</source>
        <translation>Ein Kunde braucht einen Namen; „Kunde Nr. 1“ genügt, wenn der echte Name nicht auf Papier erscheinen soll.</translation>
    </message>
    <message>
        <source>Change attribute type to “%1”</source>
        <translation>Merkmalstyp in „%1“ ändern</translation>
    </message>
    <message>
        <source>Weight clients equally</source>
        <translation>Kunden gleich gewichten</translation>
    </message>
    <message>
        <source>Weight clients by spend</source>
        <translation>Kunden nach Ausgaben gewichten</translation>
    </message>
    <message>
        <source>Weight clients by loyalty</source>
        <translation>Kunden nach Treue gewichten</translation>
    </message>
</context>
<context>
    <name>clientele::ChartFigures</name>
    <message>
        <source>Lighter part: a range</source>
        <translation>Hellerer Teil: ein Bereich</translation>
    </message>
    <message>
        <source>Italics: 12 × the monthly spend</source>
        <translation>Kursiv: 12 × die monatlichen Ausgaben</translation>
    </message>
    <message>
        <source>Grey: not a reference client</source>
        <translation>Grau: kein Referenzkunde</translation>
    </message>
    <message>
        <source>Top %1 of %2 clients; %3 more not shown</source>
        <translation>Top %1 von %2 Kunden; %3 weitere nicht angezeigt</translation>
    </message>
    <message>
        <source>Spend per year (%1)</source>
        <translation>Ausgaben pro Jahr (%1)</translation>
    </message>
    <message>
        <source>Spend per client, per year</source>
        <translation>Ausgaben pro Kunde und Jahr</translation>
    </message>
    <message>
        <source>Years as a customer</source>
        <translation>Jahre als Kunde</translation>
    </message>
    <message>
        <source>Years as customer</source>
        <translation>Jahre als Kunde</translation>
    </message>
    <message>
        <source>Industry mix</source>
        <translation>Branchenmix</translation>
    </message>
    <message>
        <source>Reference clients by industry</source>
        <translation>Referenzkunden nach Branche</translation>
    </message>
    <message>
        <source>Share of each client&apos;s known attributes that agree</source>
        <translation>Anteil der bekannten Merkmale je Kunde, die übereinstimmen</translation>
    </message>
    <message>
        <source>Hatched: fewer than 60% of the ideal&apos;s attributes known</source>
        <translation>Schraffiert: weniger als 60&#xa0;% der Merkmale des Ideals bekannt</translation>
    </message>
    <message>
        <source>%1. Hatched: fewer than 60% of the ideal&apos;s attributes known</source>
        <translation>%1. Schraffiert: weniger als 60&#xa0;% der Merkmale des Ideals bekannt</translation>
    </message>
    <message>
        <source>Match to the ideal</source>
        <translation>Übereinstimmung mit dem Ideal</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
</context>
<context>
    <name>clientele::ChartGrid</name>
    <message>
        <source>Clients %1–%2 of %3</source>
        <translation>Kunden %1–%2 von %3</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>Merkmal</translation>
    </message>
    <message>
        <source>not a reference client</source>
        <translation>kein Referenzkunde</translation>
    </message>
    <message>
        <source>Ideal</source>
        <translation>Ideal</translation>
    </message>
</context>
<context>
    <name>clientele::ChartMessageBubble</name>
    <message>
        <source>Input message</source>
        <translation>Eingabehinweis</translation>
    </message>
</context>
<context>
    <name>clientele::ChartModel</name>
    <message>
        <source>Ideal profile</source>
        <translation>Idealprofil</translation>
    </message>
    <message>
        <source>Derived from the other spend figure; type a value to replace it.</source>
        <translation>Aus der anderen Ausgabenangabe abgeleitet; geben Sie einen Wert ein, um ihn zu ersetzen.</translation>
    </message>
    <message>
        <source>The ideal profile is computed from the clients and cannot be typed into.</source>
        <translation>Das Idealprofil wird aus den Kunden berechnet; hier kann nichts eingegeben werden.</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>„%1“ bearbeiten</translation>
    </message>
    <message>
        <source>The ideal profile&apos;s heading cannot be renamed.</source>
        <translation>Die Überschrift des Idealprofils kann nicht umbenannt werden.</translation>
    </message>
    <message>
        <source>Row %1, column %2 (%3, %4)</source>
        <translation>Zeile %1, Spalte %2 (%3, %4)</translation>
    </message>
    <message>
        <source>%1: the ideal profile is computed from the clients and cannot be changed.</source>
        <translation>%1: Das Idealprofil wird aus den Kunden berechnet und kann nicht geändert werden.</translation>
    </message>
    <message>
        <source>Choose the cell to paste into first.</source>
        <translation>Wählen Sie zuerst die Zelle aus, in die eingefügt werden soll.</translation>
    </message>
    <message>
        <source>The clipboard holds no cells to paste.</source>
        <translation>Die Zwischenablage enthält keine Zellen zum Einfügen.</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Einfügen</translation>
    </message>
    <message>
        <source>The pasted block is %1 × %2 cells (rows × columns), but from row %3, column %4 only %5 × %6 client cells fit. Add clients or attributes first, or paste further up or left.</source>
        <translation>Der eingefügte Block umfasst %1 × %2 Zellen (Zeilen × Spalten), ab Zeile %3, Spalte %4 passen aber nur %5 × %6 Kundenzellen. Fügen Sie zuerst Kunden oder Merkmale hinzu, oder fügen Sie weiter oben oder links ein.</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Select a cell and the cells below it to fill down.</source>
        <translation>Wählen Sie eine Zelle und die Zellen darunter aus, um nach unten auszufüllen.</translation>
    </message>
    <message>
        <source>Select a cell and the cells to its right to fill right.</source>
        <translation>Wählen Sie eine Zelle und die Zellen rechts daneben aus, um nach rechts auszufüllen.</translation>
    </message>
    <message>
        <source>Fill down</source>
        <translation>Nach unten ausfüllen</translation>
    </message>
    <message>
        <source>Fill right</source>
        <translation>Nach rechts ausfüllen</translation>
    </message>
</context>
<context>
    <name>clientele::ChartMoneyEdit</name>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>An amount or a range in %1, such as 1,200 or 1M-5M</source>
        <translation>Ein Betrag oder ein Bereich in %1, etwa 1,200 oder 1M-5M</translation>
    </message>
</context>
<context>
    <name>clientele::ChartPage</name>
    <message>
        <source>Weighting of the ideal</source>
        <translation>Gewichtung des Ideals</translation>
    </message>
    <message>
        <source>&amp;Weighting:</source>
        <translation>&amp;Gewichtung:</translation>
    </message>
    <message>
        <source>The chart has no clients yet.
Add your best clients — five is a good start — and fill in what you know about each; the ideal customer is derived as you type.</source>
        <translation>Die Tabelle enthält noch keine Kunden.
Fügen Sie Ihre besten Kunden hinzu – fünf sind ein guter Anfang – und tragen Sie ein, was Sie über jeden wissen; der Idealkunde wird während der Eingabe abgeleitet.</translation>
    </message>
    <message>
        <source>Add Client (Ctrl+N)</source>
        <translation>Kunde hinzufügen (Ctrl+N)</translation>
    </message>
    <message numerus="yes">
        <source>Ideal derived from all %n clients</source>
        <translation>
            <numerusform>Ideal aus dem einzigen Kunden abgeleitet</numerusform>
            <numerusform>Ideal aus allen %n Kunden abgeleitet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ideal derived from %1 of %n clients (the reference clients)</source>
        <translation>
            <numerusform>Ideal aus %1 von %n Kunden abgeleitet (den Referenzkunden)</numerusform>
            <numerusform>Ideal aus %1 von %n Kunden abgeleitet (den Referenzkunden)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Chart</source>
        <translation>&amp;Tabelle</translation>
    </message>
    <message>
        <source>ICP chart.pdf</source>
        <translation>ICP-Tabelle.pdf</translation>
    </message>
    <message>
        <source>the ICP chart</source>
        <translation>die ICP-Tabelle</translation>
    </message>
</context>
<context>
    <name>clientele::ChartPinnedIdeal</name>
    <message>
        <source>Ideal (derived)</source>
        <translation>Ideal (abgeleitet)</translation>
    </message>
</context>
<context>
    <name>clientele::ChartPrintout</name>
    <message>
        <source>The attributes</source>
        <translation>Die Merkmale</translation>
    </message>
    <message>
        <source>Notes on cells</source>
        <translation>Anmerkungen zu Zellen</translation>
    </message>
    <message>
        <source>How the Ideal column is derived</source>
        <translation>Wie die Spalte „Ideal“ abgeleitet wird</translation>
    </message>
    <message>
        <source>Ideal Customer Profile chart</source>
        <translation>Tabelle zum Idealkundenprofil</translation>
    </message>
</context>
<context>
    <name>clientele::ChartRepository</name>
    <message>
        <source>a chart list is not a JSON array of text</source>
        <translation>eine Tabellenliste ist kein JSON-Array aus Text</translation>
    </message>
    <message>
        <source>a chart list holds something other than text</source>
        <translation>eine Tabellenliste enthält etwas anderes als Text</translation>
    </message>
    <message>
        <source>a chart cell has an unknown kind of value</source>
        <translation>eine Tabellenzelle hat eine unbekannte Art von Wert</translation>
    </message>
</context>
<context>
    <name>clientele::ChartRowsGrid</name>
    <message>
        <source>Client</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Ideal</source>
        <translation>Ideal</translation>
    </message>
    <message>
        <source>not a reference client</source>
        <translation>kein Referenzkunde</translation>
    </message>
</context>
<context>
    <name>clientele::ChartSharePainter</name>
    <message>
        <source>Nothing recorded yet</source>
        <translation>Noch nichts erfasst</translation>
    </message>
    <message>
        <source>client</source>
        <translation>Kunde</translation>
    </message>
    <message numerus="yes">
        <source>clients</source>
        <translation>
            <numerusform>Kunde</numerusform>
            <numerusform>Kunden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clientele::ChartSheet</name>
    <message>
        <source>Numbers, years and money</source>
        <translation>Zahlen, Jahre und Beträge</translation>
    </message>
    <message>
        <source>The median, then the lowest to highest value in brackets; a range such as 20–50 counts as its midpoint.</source>
        <translation>Der Median, dahinter in Klammern der niedrigste bis höchste Wert; ein Bereich wie 20–50 zählt mit seiner Mitte.</translation>
    </message>
    <message>
        <source>Categories and text</source>
        <translation>Kategorien und Text</translation>
    </message>
    <message>
        <source>The most common value and how many clients hold it, with the weighted share, as in “Manufacturing — 3 of 5”; ties are all listed.</source>
        <translation>Der häufigste Wert und wie viele Kunden ihn haben, mit dem gewichteten Anteil, etwa „Fertigung — 3 von 5“; bei Gleichstand werden alle aufgeführt.</translation>
    </message>
    <message>
        <source>The most common value and how many clients hold it, as in “Manufacturing — 3 of 5”; ties are all listed.</source>
        <translation>Der häufigste Wert und wie viele Kunden ihn haben, etwa „Fertigung — 3 von 5“; bei Gleichstand werden alle aufgeführt.</translation>
    </message>
    <message>
        <source>Yes or no</source>
        <translation>Ja oder Nein</translation>
    </message>
    <message>
        <source>How many of the known answers are yes, with the weighted share.</source>
        <translation>Wie viele der bekannten Antworten Ja lauten, mit dem gewichteten Anteil.</translation>
    </message>
    <message>
        <source>How many of the known answers are yes.</source>
        <translation>Wie viele der bekannten Antworten Ja lauten.</translation>
    </message>
    <message>
        <source>Lists</source>
        <translation>Listen</translation>
    </message>
    <message>
        <source>The items held by at least half the clients, by weight, most widely held first.</source>
        <translation>Die Einträge, die mindestens die Hälfte der Kunden (nach Gewicht) haben, die verbreitetsten zuerst.</translation>
    </message>
    <message>
        <source>Locations</source>
        <translation>Orte</translation>
    </message>
    <message>
        <source>The most common place, and the median distance from the office with its range.</source>
        <translation>Der häufigste Ort sowie der Median der Entfernung vom Büro mit ihrer Spanne.</translation>
    </message>
    <message>
        <source>Unknown and derived cells</source>
        <translation>Unbekannte und abgeleitete Zellen</translation>
    </message>
    <message>
        <source>A dash marks an unknown value, which is left out; the Ideal column says how many were known. Italics mark a value computed from another cell (spend per month × 12, or per year ÷ 12).</source>
        <translation>Ein Strich kennzeichnet einen unbekannten Wert, der nicht berücksichtigt wird; die Spalte „Ideal“ gibt an, wie viele Werte bekannt waren. Kursiv gesetzte Werte sind aus einer anderen Zelle berechnet (Ausgaben pro Monat × 12 oder pro Jahr ÷ 12).</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>Ideal Customer Profile chart</source>
        <translation>Tabelle zum Idealkundenprofil</translation>
    </message>
    <message>
        <source>equal weights</source>
        <translation>gleiche Gewichte</translation>
    </message>
    <message>
        <source>1 reference client</source>
        <translation>1 Referenzkunde</translation>
    </message>
    <message numerus="yes">
        <source>%n reference clients</source>
        <translation>
            <numerusform>%n Referenzkunde</numerusform>
            <numerusform>%n Referenzkunden</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (of %2 in the chart)</source>
        <translation>%1 (von %2 in der Tabelle)</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Nicht erfasst</translation>
    </message>
    <message>
        <source>by spend</source>
        <translation>nach Ausgaben</translation>
    </message>
    <message>
        <source>by loyalty</source>
        <translation>nach Treue</translation>
    </message>
</context>
<context>
    <name>clientele::ChartStructureActions</name>
    <message>
        <source>Add &amp;Client</source>
        <translation>&amp;Kunde hinzufügen</translation>
    </message>
    <message>
        <source>Remo&amp;ve Client</source>
        <translation>Kunde &amp;entfernen</translation>
    </message>
    <message>
        <source>Re&amp;name Client</source>
        <translation>Kunde &amp;umbenennen</translation>
    </message>
    <message>
        <source>Move Client &amp;Left</source>
        <translation>Kunde nach &amp;links verschieben</translation>
    </message>
    <message>
        <source>Move Client &amp;Right</source>
        <translation>Kunde nach &amp;rechts verschieben</translation>
    </message>
    <message>
        <source>R&amp;eference Client</source>
        <translation>Re&amp;ferenzkunde</translation>
    </message>
    <message>
        <source>Reference clients make up the ideal; others are shown greyed for comparison.</source>
        <translation>Referenzkunden bilden das Ideal; andere werden zum Vergleich ausgegraut angezeigt.</translation>
    </message>
    <message>
        <source>Add &amp;Attribute…</source>
        <translation>&amp;Merkmal hinzufügen…</translation>
    </message>
    <message>
        <source>Rena&amp;me Attribute…</source>
        <translation>Merkmal um&amp;benennen…</translation>
    </message>
    <message>
        <source>Remove Attri&amp;bute</source>
        <translation>Merkm&amp;al entfernen</translation>
    </message>
    <message>
        <source>Move Attribute &amp;Up</source>
        <translation>Merkmal nach &amp;oben verschieben</translation>
    </message>
    <message>
        <source>Move Attribute &amp;Down</source>
        <translation>Merkmal nach u&amp;nten verschieben</translation>
    </message>
    <message>
        <source>Attribute &amp;Type</source>
        <translation>Merkmal&amp;typ</translation>
    </message>
    <message>
        <source>Move Client &amp;Up</source>
        <translation>Kunde nach &amp;oben verschieben</translation>
    </message>
    <message>
        <source>Move Client &amp;Down</source>
        <translation>Kunde nach u&amp;nten verschieben</translation>
    </message>
    <message>
        <source>Move Attribute U&amp;p</source>
        <translation>Merkmal nach &amp;oben verschieben</translation>
    </message>
    <message>
        <source>Move Attribute Le&amp;ft</source>
        <translation>Merkmal nach &amp;links verschieben</translation>
    </message>
    <message>
        <source>Move Attribute Do&amp;wn</source>
        <translation>Merkmal nach u&amp;nten verschieben</translation>
    </message>
    <message>
        <source>Move Attribute Ri&amp;ght</source>
        <translation>Merkmal nach &amp;rechts verschieben</translation>
    </message>
    <message>
        <source>Removed %1 — Ctrl+Z brings it back</source>
        <translation>%1 entfernt – Ctrl+Z stellt es wieder her</translation>
    </message>
    <message>
        <source>Client name</source>
        <translation>Kundenname</translation>
    </message>
    <message>
        <source>Added %1</source>
        <translation>%1 hinzugefügt</translation>
    </message>
    <message>
        <source>Rename Attribute</source>
        <translation>Merkmal umbenennen</translation>
    </message>
    <message>
        <source>Attribute name:</source>
        <translation>Merkmalsname:</translation>
    </message>
    <message>
        <source>Change Attribute Type</source>
        <translation>Merkmalstyp ändern</translation>
    </message>
    <message>
        <source>Undo brings them back.</source>
        <translation>Mit „Rückgängig“ lassen sie sich wiederherstellen.</translation>
    </message>
    <message>
        <source>Change Type</source>
        <translation>Typ ändern</translation>
    </message>
    <message>
        <source>Removed “%1” — Ctrl+Z brings it back</source>
        <translation>„%1“ entfernt – Ctrl+Z stellt es wieder her</translation>
    </message>
    <message>
        <source>Changing “%1” to “%2” clears 1 cell that cannot be read that way.</source>
        <translation>Wenn Sie „%1“ in „%2“ ändern, wird 1 Zelle geleert, die sich so nicht lesen lässt.</translation>
    </message>
    <message numerus="yes">
        <source>Changing “%1” to “%2” clears %n cells that cannot be read that way.</source>
        <translation>
            <numerusform>Wenn Sie „%1“ in „%2“ ändern, wird %n Zelle geleert, die sich so nicht lesen lässt.</numerusform>
            <numerusform>Wenn Sie „%1“ in „%2“ ändern, werden %n Zellen geleert, die sich so nicht lesen lassen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clientele::ChartTableView</name>
    <message>
        <source>ICP chart</source>
        <translation>ICP-Tabelle</translation>
    </message>
    <message>
        <source>Copied 1 cell</source>
        <translation>1 Zelle kopiert</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n cells</source>
        <translation>
            <numerusform>%n Zelle kopiert</numerusform>
            <numerusform>%n Zellen kopiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Pasted</source>
        <translation>Eingefügt</translation>
    </message>
    <message>
        <source>Pasted %1 × %2 cells</source>
        <extracomment>Rows × columns.</extracomment>
        <translation>%1 × %2 Zellen eingefügt</translation>
    </message>
    <message>
        <source>Cleared</source>
        <translation>Geleert</translation>
    </message>
    <message>
        <source>Filled down</source>
        <translation>Nach unten ausgefüllt</translation>
    </message>
    <message>
        <source>Filled right</source>
        <translation>Nach rechts ausgefüllt</translation>
    </message>
    <message>
        <source>The ideal is derived from the reference clients; type into a client&apos;s cell instead.</source>
        <translation>Das Ideal wird aus den Referenzkunden abgeleitet; geben Sie stattdessen etwas in die Zelle eines Kunden ein.</translation>
    </message>
</context>
<context>
    <name>clientele::ChartText</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Expected yes or no (leave blank when unknown), not &quot;%1&quot;.</source>
        <translation>Erwartet wird Ja oder Nein (leer lassen, wenn unbekannt), nicht „%1“.</translation>
    </message>
    <message>
        <source>Expected a number of years such as 4 or a range such as 3-5, not &quot;%1&quot;.</source>
        <translation>Erwartet wird eine Anzahl Jahre wie 4 oder ein Bereich wie 3-5, nicht „%1“.</translation>
    </message>
    <message>
        <source>Amounts in this chart are in %1; &quot;%2&quot; is in %3.</source>
        <translation>Beträge in dieser Tabelle sind in %1; „%2“ ist in %3.</translation>
    </message>
</context>
<context>
    <name>clientele::ChartViewModel</name>
    <message>
        <source>Ideal (derived)</source>
        <translation>Ideal (abgeleitet)</translation>
    </message>
    <message>
        <source>No reference client has a value for %1 yet.</source>
        <translation>Noch kein Referenzkunde hat einen Wert für %1.</translation>
    </message>
    <message>
        <source>Derived from the spend per month (× 12); type a value to replace it.</source>
        <translation>Abgeleitet aus den Ausgaben pro Monat (× 12); geben Sie einen Wert ein, um ihn zu ersetzen.</translation>
    </message>
    <message>
        <source>Derived from the spend per year (÷ 12); type a value to replace it.</source>
        <translation>Abgeleitet aus den Ausgaben pro Jahr (÷ 12); geben Sie einen Wert ein, um ihn zu ersetzen.</translation>
    </message>
    <message>
        <source>
%1 is not a reference client: shown for comparison, left out of the ideal.</source>
        <translation>
%1 ist kein Referenzkunde: wird zum Vergleich angezeigt, fließt aber nicht in das Ideal ein.</translation>
    </message>
    <message>
        <source>Not a reference client: shown for comparison and scored against the ideal, but left out of it.</source>
        <translation>Kein Referenzkunde: wird zum Vergleich angezeigt und am Ideal bewertet, fließt aber nicht in das Ideal ein.</translation>
    </message>
    <message>
        <source>equal weighting</source>
        <translation>gleiche Gewichtung</translation>
    </message>
    <message>
        <source>Computed from the reference clients on every edit.
%1
%2</source>
        <translation>Bei jeder Änderung aus den Referenzkunden berechnet.
%1
%2</translation>
    </message>
    <message>
        <source>weighted by spend</source>
        <translation>nach Ausgaben gewichtet</translation>
    </message>
    <message>
        <source>weighted by loyalty</source>
        <translation>nach Treue gewichtet</translation>
    </message>
</context>
<context>
    <name>clientele::ChartsPanel</name>
    <message>
        <source>Grey bars: clients left out of the ideal. Hatched: a match resting on too few known attributes. Ranges count at their midpoint.</source>
        <translation>Graue Balken: Kunden, die nicht in das Ideal einfließen. Schraffiert: eine Übereinstimmung, die auf zu wenigen bekannten Merkmalen beruht. Spannen zählen mit ihrem Mittelwert.</translation>
    </message>
    <message>
        <source>Spend per year</source>
        <translation>Ausgaben pro Jahr</translation>
    </message>
    <message>
        <source>%1 million</source>
        <translation>Mio. %1</translation>
    </message>
    <message>
        <source>%1 thousand</source>
        <translation>Tsd. %1</translation>
    </message>
    <message>
        <source>Years as customer</source>
        <translation>Jahre als Kunde</translation>
    </message>
    <message>
        <source>years</source>
        <translation>Jahre</translation>
    </message>
    <message>
        <source>Match to the ideal</source>
        <translation>Übereinstimmung mit dem Ideal</translation>
    </message>
    <message>
        <source>% of known attributes</source>
        <translation>% der bekannten Merkmale</translation>
    </message>
    <message>
        <source>Industry mix</source>
        <translation>Branchenverteilung</translation>
    </message>
    <message>
        <source>clients</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>%1: top %2 of %3</source>
        <translation>%1: Top %2 von %3</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message numerus="yes">
        <source>Each figure shows the top %1 clients; %n more are in the grid. %2</source>
        <translation>
            <numerusform>Jedes Diagramm zeigt die %1 obersten Kunden; %n weiterer steht in der Tabelle. %2</numerusform>
            <numerusform>Jedes Diagramm zeigt die %1 obersten Kunden; %n weitere stehen in der Tabelle. %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clientele::ClientMatch</name>
    <message numerus="yes">
        <source>%1% of %n</source>
        <translation>
            <numerusform>%1 % von %n</numerusform>
            <numerusform>%1 % von %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1% of %n (too few known)</source>
        <translation>
            <numerusform>%1 % von %n (zu wenige bekannt)</numerusform>
            <numerusform>%1 % von %n (zu wenige bekannt)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing to compare: none of the %n attributes the ideal has is known for this client.</source>
        <translation>
            <numerusform>Nichts zu vergleichen: Das Ideal hat %n Merkmal, und es ist für diesen Kunden nicht bekannt.</numerusform>
            <numerusform>Nichts zu vergleichen: Keines der %n Merkmale des Ideals ist für diesen Kunden bekannt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Agrees on %1 of the %n attributes known (of %2 the ideal has).</source>
        <translation>
            <numerusform>Stimmt bei %1 von %n bekannten Merkmal überein (von %2 Merkmalen des Ideals).</numerusform>
            <numerusform>Stimmt bei %1 von %n bekannten Merkmalen überein (von %2 Merkmalen des Ideals).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clientele::CloseLostDialog</name>
    <message numerus="yes">
        <source>%n staff</source>
        <translation>
            <numerusform>%n Mitarbeitende</numerusform>
            <numerusform>%n Mitarbeitende</numerusform>
        </translation>
    </message>
    <message>
        <source>Firms like %1</source>
        <translation>Firmen wie %1</translation>
    </message>
    <message>
        <source>Firms like %1 (%2)</source>
        <extracomment>%1 is a company, %2 its industry and size (&quot;Weighbridge supply, 8 staff&quot;).</extracomment>
        <translation>Firmen wie %1 (%2)</translation>
    </message>
    <message>
        <source>Close %1 as Lost</source>
        <translation>%1 als verloren abschließen</translation>
    </message>
    <message>
        <source>Why it was lost</source>
        <translation>Verlustgrund</translation>
    </message>
    <message>
        <source>Choose or type a reason</source>
        <translation>Grund auswählen oder eingeben</translation>
    </message>
    <message>
        <source>&amp;Why it was lost</source>
        <translation>&amp;Verlustgrund</translation>
    </message>
    <message>
        <source>Also add to a profile&apos;s “not our customer” list</source>
        <translation>Auch zur Liste „Nicht unser Kunde“ eines Profils hinzufügen</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Choose a profile</source>
        <translation>Profil auswählen</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>Reason for the entry</source>
        <translation>Grund für den Eintrag</translation>
    </message>
    <message>
        <source>Proposal %1 was lost as not a fit.</source>
        <translation>Angebot %1 ging verloren, weil der Interessent nicht passt.</translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation>&amp;Profil</translation>
    </message>
    <message>
        <source>&amp;Entry</source>
        <translation>Ein&amp;trag</translation>
    </message>
    <message>
        <source>Rea&amp;son</source>
        <translation>&amp;Grund</translation>
    </message>
    <message>
        <source>Record that proposal %1 was lost, and why.</source>
        <translation>Erfassen Sie, dass Angebot %1 verloren ging, und warum.</translation>
    </message>
    <message>
        <source>Record that %1 turned down proposal %2, and why.</source>
        <translation>Erfassen Sie, dass %1 Angebot %2 abgelehnt hat, und warum.</translation>
    </message>
    <message>
        <source>Close as &amp;Lost</source>
        <translation>Als ver&amp;loren abschließen</translation>
    </message>
    <message>
        <source>Choose or type why the proposal was lost: a reason is required.</source>
        <translation>Wählen Sie aus oder geben Sie ein, warum das Angebot verloren ging: Ein Grund ist erforderlich.</translation>
    </message>
    <message>
        <source>Choose the profile whose “not our customer” list gets the entry.</source>
        <translation>Wählen Sie das Profil, in dessen Liste „Nicht unser Kunde“ der Eintrag aufgenommen wird.</translation>
    </message>
    <message>
        <source>Type the entry for the “not our customer” list.</source>
        <translation>Geben Sie den Eintrag für die Liste „Nicht unser Kunde“ ein.</translation>
    </message>
    <message>
        <source>That profile no longer exists.</source>
        <translation>Dieses Profil existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Close proposal %1 as lost and add “%2” to “not our customer”</source>
        <translation>Angebot %1 als verloren abschließen und „%2“ zu „Nicht unser Kunde“ hinzufügen</translation>
    </message>
</context>
<context>
    <name>clientele::CloseProposalDialog</name>
    <message>
        <source>Decided on</source>
        <translation>Entschieden am</translation>
    </message>
    <message>
        <source>&amp;Decided on</source>
        <translation>&amp;Entschieden am</translation>
    </message>
</context>
<context>
    <name>clientele::CloseWonDialog</name>
    <message>
        <source>Close %1 as Won</source>
        <translation>%1 als gewonnen abschließen</translation>
    </message>
    <message>
        <source>Accepted by</source>
        <translation>Angenommen von</translation>
    </message>
    <message>
        <source>Who signed or said yes</source>
        <translation>Wer unterschrieben oder zugesagt hat</translation>
    </message>
    <message>
        <source>Client&apos;s reference</source>
        <translation>Referenz des Kunden</translation>
    </message>
    <message>
        <source>e.g. their purchase order number</source>
        <translation>z. B. die Bestellnummer des Kunden</translation>
    </message>
    <message>
        <source>&amp;Accepted by</source>
        <translation>&amp;Angenommen von</translation>
    </message>
    <message>
        <source>Client&apos;s &amp;reference</source>
        <translation>&amp;Referenz des Kunden</translation>
    </message>
    <message>
        <source>Record that proposal %1 was accepted.</source>
        <translation>Erfassen Sie, dass Angebot %1 angenommen wurde.</translation>
    </message>
    <message>
        <source>Record that %1 accepted proposal %2.</source>
        <translation>Erfassen Sie, dass %1 Angebot %2 angenommen hat.</translation>
    </message>
    <message>
        <source>Close as &amp;Won</source>
        <translation>Als &amp;gewonnen abschließen</translation>
    </message>
</context>
<context>
    <name>clientele::ConflictsDialog</name>
    <message>
        <source>Whether it exists</source>
        <translation>Vorhandensein</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>Deleted on %1</source>
        <translation>Gelöscht am %1</translation>
    </message>
    <message>
        <source>Set on %1</source>
        <translation>Gesetzt am %1</translation>
    </message>
    <message>
        <source>Deleted by %1 on %2</source>
        <translation>Gelöscht von %1 am %2</translation>
    </message>
    <message>
        <source>Set by %1 on %2</source>
        <translation>Gesetzt von %1 am %2</translation>
    </message>
    <message>
        <source>Workspace settings</source>
        <translation>Einstellungen des Arbeitsbereichs</translation>
    </message>
    <message>
        <source>ICP chart</source>
        <translation>ICP-Tabelle</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Profile entry</source>
        <translation>Profileintrag</translation>
    </message>
    <message>
        <source>Chart attribute</source>
        <translation>Merkmal der Tabelle</translation>
    </message>
    <message>
        <source>Chart client</source>
        <translation>Tabellenkunde</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation>Interessent</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Leistung</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Angebot</translation>
    </message>
    <message>
        <source>Proposal line</source>
        <translation>Angebotsposition</translation>
    </message>
    <message>
        <source>Review round</source>
        <translation>Prüfrunde</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>&amp;Keep This Value</source>
        <translation>Diesen Wert &amp;behalten</translation>
    </message>
    <message>
        <source>&amp;Use the Other Value</source>
        <translation>Den anderen Wert &amp;übernehmen</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflikte</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Element</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Value kept</source>
        <translation>Behaltener Wert</translation>
    </message>
    <message>
        <source>Other value</source>
        <translation>Anderer Wert</translation>
    </message>
    <message>
        <source>Each of these fields was changed on two computers before either had seen the other&apos;s change. The workspace holds the value kept; choose which of the two it should hold.</source>
        <translation>Jedes dieser Felder wurde auf zwei Computern geändert, bevor auf dem einen die Änderung des anderen angekommen war. Der Arbeitsbereich enthält den behaltenen Wert; wählen Sie, welchen der beiden er enthalten soll.</translation>
    </message>
    <message>
        <source>No conflicts: every change made on another computer has been merged into this workspace.</source>
        <translation>Keine Konflikte: Jede Änderung von einem anderen Computer ist in diesen Arbeitsbereich eingeflossen.</translation>
    </message>
    <message>
        <source>%1 “%2”</source>
        <extracomment>A conflict&apos;s item: its kind and its name.</extracomment>
        <translation>%1 „%2“</translation>
    </message>
</context>
<context>
    <name>clientele::CsvFiles</name>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-Dateien (*.csv *.txt);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>clientele::CustomerColumns</name>
    <message>
        <source>%1: %2</source>
        <extracomment>A figure the narrow Customers table hides, in a row&apos;s tooltip: &quot;Per year: $9,600&quot;</extracomment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>clientele::CustomerInvoicesDialog</name>
    <message>
        <source>Invoices of %1</source>
        <translation>Rechnungen von %1</translation>
    </message>
    <message>
        <source>Invoices and credit notes</source>
        <translation>Rechnungen und Gutschriften</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Net amount</source>
        <translation>Nettobetrag</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Counts as sale</source>
        <translation>Zählt als Verkauf</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Rechnung</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>Gutschrift</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>neither an invoice nor a credit note</source>
        <translation>weder Rechnung noch Gutschrift</translation>
    </message>
    <message>
        <source>No: %1</source>
        <translation>Nein: %1</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>kein Datum</translation>
    </message>
    <message>
        <source>Net of the one sale in %1: %2, the customer&apos;s net spend.</source>
        <translation>Netto aus dem einzigen Verkauf in %1: %2, der Nettoausgaben des Kunden.</translation>
    </message>
    <message numerus="yes">
        <source>Net of the %n sales (invoices less credit notes) in %1: %2, the customer&apos;s net spend.</source>
        <translation>
            <numerusform>Netto aus %n Verkauf (Rechnungen abzüglich Gutschriften) in %1: %2, der Nettoausgaben des Kunden.</numerusform>
            <numerusform>Netto aus %n Verkäufen (Rechnungen abzüglich Gutschriften) in %1: %2, der Nettoausgaben des Kunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Also %1 %2 in sales, not converted and not in the net spend.</source>
        <translation>Außerdem %1 %2 an Verkäufen, nicht umgerechnet und nicht im Nettoausgaben enthalten.</translation>
    </message>
</context>
<context>
    <name>clientele::CustomerMetric</name>
    <message>
        <source>%1 %2 in 1 invoice</source>
        <translation>%1 %2 in 1 Rechnung</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2 in %n invoices</source>
        <translation>
            <numerusform>%1 %2 in %n Rechnung</numerusform>
            <numerusform>%1 %2 in %n Rechnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <extracomment>A list of amounts in other currencies: &quot;EUR 1,200.00 in 2 invoices, GBP 80.00 in 1 invoice and USD 5.00 in 1 invoice&quot;.</extracomment>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>First invoice</source>
        <translation>Erste Rechnung</translation>
    </message>
    <message>
        <source>Last invoice</source>
        <translation>Letzte Rechnung</translation>
    </message>
    <message>
        <source>Years as customer</source>
        <translation>Jahre als Kunde</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Rechnungen</translation>
    </message>
    <message>
        <source>Net spend</source>
        <translation>Nettoausgaben</translation>
    </message>
    <message>
        <source>Per month</source>
        <translation>Pro Monat</translation>
    </message>
    <message>
        <source>Per year</source>
        <translation>Pro Jahr</translation>
    </message>
    <message>
        <source>Loyalty</source>
        <translation>Treue</translation>
    </message>
    <message>
        <source>What they purchase</source>
        <translation>Was gekauft wird</translation>
    </message>
    <message>
        <source>The date of the customer&apos;s earliest sales invoice, in any currency. Credit notes, drafts, voided and deleted documents and overpayments do not count.</source>
        <translation>Das Datum der frühesten Verkaufsrechnung des Kunden, in beliebiger Währung. Gutschriften, Entwürfe, stornierte und gelöschte Belege sowie Überzahlungen zählen nicht.</translation>
    </message>
    <message>
        <source>The date of the customer&apos;s latest sales invoice (same rules as the first invoice).</source>
        <translation>Das Datum der letzten Verkaufsrechnung des Kunden (gleiche Regeln wie bei der ersten Rechnung).</translation>
    </message>
    <message>
        <source>Days from the first to the last invoice divided by 365.25, to one decimal. A customer with a single invoice has 0.0 years.</source>
        <translation>Tage von der ersten bis zur letzten Rechnung, geteilt durch 365,25, auf eine Nachkommastelle. Ein Kunde mit nur einer Rechnung hat 0,0 Jahre.</translation>
    </message>
    <message>
        <source>The number of sales invoices, in any currency. Credit notes, drafts, voided and deleted documents and overpayments are not counted.</source>
        <translation>Die Anzahl der Verkaufsrechnungen, in beliebiger Währung. Gutschriften, Entwürfe, stornierte und gelöschte Belege sowie Überzahlungen werden nicht gezählt.</translation>
    </message>
    <message>
        <source>Sales invoices minus credit notes, without tax where the export shows it. Drafts, voided and deleted documents and overpayments are left out. In the customer&apos;s main currency (the one most of their invoices are in); sales in other currencies are shown beside it, not converted.</source>
        <translation>Verkaufsrechnungen abzüglich Gutschriften, ohne Steuer, sofern der Export sie ausweist. Entwürfe, stornierte und gelöschte Belege sowie Überzahlungen bleiben unberücksichtigt. In der Hauptwährung des Kunden (der Währung der meisten seiner Rechnungen); Verkäufe in anderen Währungen werden daneben angezeigt, nicht umgerechnet.</translation>
    </message>
    <message>
        <source>Net spend divided by the calendar months from the first invoice&apos;s month to the last invoice&apos;s month, both included (at least one).</source>
        <translation>Nettoausgaben geteilt durch die Kalendermonate vom Monat der ersten bis zum Monat der letzten Rechnung, beide eingeschlossen (mindestens einer).</translation>
    </message>
    <message>
        <source>Net spend times 12 divided by the months spanned, with at least 12 months: a customer of less than a year shows what they spent.</source>
        <translation>Nettoausgaben mal 12 geteilt durch die umspannten Monate, mit mindestens 12 Monaten: Bei einem Kunden seit weniger als einem Jahr steht hier, was er ausgegeben hat.</translation>
    </message>
    <message>
        <source>0 to 100: the share of calendar quarters between the first and the last invoice in which the customer bought, times the tenure up to three years (36 months spanned or more count in full).</source>
        <translation>0 bis 100: der Anteil der Kalenderquartale zwischen der ersten und der letzten Rechnung, in denen der Kunde gekauft hat, multipliziert mit der Kundendauer bis zu drei Jahren (ab 36 umspannten Monaten zählt sie voll).</translation>
    </message>
    <message>
        <source>The three items with the largest net amount on the customer&apos;s sales: lines grouped by description (the item code when the description is empty), credit notes subtracted.</source>
        <translation>Die drei Positionen mit dem größten Nettobetrag in den Verkäufen an den Kunden: Zeilen nach Beschreibung gruppiert (nach Artikelnummer, wenn die Beschreibung leer ist), Gutschriften abgezogen.</translation>
    </message>
</context>
<context>
    <name>clientele::CustomersPage</name>
    <message>
        <source>Pick &amp;Top Customers…</source>
        <translation>&amp;Top-Kunden auswählen…</translation>
    </message>
    <message>
        <source>&amp;Add to ICP Chart</source>
        <translation>Zur ICP-Tabelle &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Show &amp;Invoices…</source>
        <translation>&amp;Rechnungen anzeigen…</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Export as CSV…</source>
        <translation>Als CSV &amp;exportieren…</translation>
    </message>
    <message>
        <source>Put the best customers into the ICP chart as clients (Ctrl+Shift+T)</source>
        <translation>Die besten Kunden in die ICP-Tabelle übernehmen (Ctrl+Shift+T)</translation>
    </message>
    <message>
        <source>Put the selected customers into the ICP chart as clients, with their figures from the invoices</source>
        <translation>Die ausgewählten Kunden mit ihren Zahlen aus den Rechnungen in die ICP-Tabelle übernehmen</translation>
    </message>
    <message>
        <source>The invoices and credit notes of the selected customer (Enter or double-click)</source>
        <translation>Die Rechnungen und Gutschriften des ausgewählten Kunden (Enter oder Doppelklick)</translation>
    </message>
    <message>
        <source>Copy the selected rows as a table, for a spreadsheet</source>
        <translation>Die ausgewählten Zeilen als Tabelle kopieren, für eine Tabellenkalkulation</translation>
    </message>
    <message>
        <source>Save the customers as shown, filtered and sorted, as a CSV file</source>
        <translation>Die Kunden wie angezeigt, gefiltert und sortiert, als CSV-Datei speichern</translation>
    </message>
    <message>
        <source>Filter by name, place or industry</source>
        <translation>Nach Name, Ort oder Branche filtern</translation>
    </message>
    <message>
        <source>Filter customers</source>
        <translation>Kunden filtern</translation>
    </message>
    <message>
        <source>Pick top customers</source>
        <translation>Top-Kunden auswählen</translation>
    </message>
    <message>
        <source>Customers shown</source>
        <translation>Angezeigte Kunden</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Import invoices from Xero or Odoo (File ▸ Import ▸ Invoices…), or add a client in the ICP chart.</source>
        <translation>Importieren Sie Rechnungen aus Xero oder Odoo (Datei ▸ Importieren ▸ Rechnungen…) oder fügen Sie einen Kunden in der ICP-Tabelle hinzu.</translation>
    </message>
    <message>
        <source>&amp;Import Invoices…</source>
        <translation>Rechnungen &amp;importieren…</translation>
    </message>
    <message numerus="yes">
        <source>%1 customers</source>
        <translation>
            <numerusform>%1 Kunde</numerusform>
            <numerusform>%1 Kunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 customers</source>
        <translation>
            <numerusform>%1 von %2 Kunden</numerusform>
            <numerusform>%1 von %2 Kunden</numerusform>
        </translation>
    </message>
    <message>
        <source>No customers match “%1”.</source>
        <translation>Keine Kunden entsprechen „%1“.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Add %n Customers to ICP Chart</source>
        <translation>
            <numerusform>%n Kunden zur ICP-Tabelle &amp;hinzufügen</numerusform>
            <numerusform>%n Kunden zur ICP-Tabelle &amp;hinzufügen</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied %1.</source>
        <translation>%1 kopiert.</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n customers.</source>
        <translation>
            <numerusform>%n Kunde kopiert.</numerusform>
            <numerusform>%n Kunden kopiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not added to the chart</source>
        <translation>Nicht zur Tabelle hinzugefügt</translation>
    </message>
    <message>
        <source>Export Customers as CSV</source>
        <translation>Kunden als CSV exportieren</translation>
    </message>
    <message>
        <source>Customers.csv</source>
        <translation>Kunden.csv</translation>
    </message>
    <message>
        <source>Export as CSV</source>
        <translation>Als CSV exportieren</translation>
    </message>
    <message>
        <source>Exported the customers to %1</source>
        <translation>Kunden nach %1 exportiert</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>„%1“ kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Customers.pdf</source>
        <translation>Kunden.pdf</translation>
    </message>
    <message>
        <source>the customers</source>
        <translation>die Kunden</translation>
    </message>
    <message>
        <source>Z to A</source>
        <translation>Z bis A</translation>
    </message>
    <message>
        <source>A to Z</source>
        <translation>A bis Z</translation>
    </message>
    <message>
        <source>highest first</source>
        <translation>höchste zuerst</translation>
    </message>
    <message>
        <source>lowest first</source>
        <translation>niedrigste zuerst</translation>
    </message>
    <message>
        <source>&amp;Customers</source>
        <translation>&amp;Kunden</translation>
    </message>
    <message numerus="yes">
        <source>%n customers, sorted by “%1”, %2.</source>
        <translation>
            <numerusform>%n Kunde, sortiert nach „%1“, %2.</numerusform>
            <numerusform>%n Kunden, sortiert nach „%1“, %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customers matching “%1”, sorted by “%2”, %3.</source>
        <translation>
            <numerusform>%n Kunde passend zu „%1“, sortiert nach „%2“, %3.</numerusform>
            <numerusform>%n Kunden passend zu „%1“, sortiert nach „%2“, %3.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clientele::CustomersTableModel</name>
    <message>
        <source>
Also %1 — other currencies are shown apart, not converted; the invoices count towards tenure.</source>
        <translation>
Außerdem %1 – andere Währungen werden getrennt angezeigt, nicht umgerechnet; die Rechnungen zählen zur Kundendauer.</translation>
    </message>
    <message>
        <source>Also %1</source>
        <translation>Außerdem %1</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>City, region and country, from the contacts or, when no contacts import gave them, the invoices.</source>
        <translation>Stadt, Region und Land, aus den Kontakten oder, wenn kein Kontaktimport sie geliefert hat, aus den Rechnungen.</translation>
    </message>
    <message>
        <source>The customer&apos;s name as the invoices give it.</source>
        <translation>Der Name des Kunden, wie er in den Rechnungen steht.</translation>
    </message>
</context>
<context>
    <name>clientele::DerivedValue</name>
    <message>
        <source>%1 of %2 known</source>
        <translation>%1 von %2 bekannt</translation>
    </message>
</context>
<context>
    <name>clientele::EditActions</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Ausschneiden</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Einfügen</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Alles &amp;markieren</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>&amp;History of This Item…</source>
        <translation>&amp;Verlauf dieses Elements…</translation>
    </message>
    <message>
        <source>The changes of the selected profile, chart client, offer or proposal, and their earlier values</source>
        <translation>Die Änderungen am ausgewählten Profil, Kunden in der Tabelle, an der Leistung oder am Angebot und ihre früheren Werte</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Rückgängig: %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Wiederholen: %1</translation>
    </message>
    <message>
        <source>Undo %1 (Ctrl+Z)</source>
        <translation>Rückgängig: %1 (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation>Nichts rückgängig zu machen</translation>
    </message>
    <message>
        <source>Redo %1 (Ctrl+Shift+Z)</source>
        <translation>Wiederholen: %1 (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <source>Nothing to redo</source>
        <translation>Nichts zu wiederholen</translation>
    </message>
</context>
<context>
    <name>clientele::ExclusionRule</name>
    <message>
        <source>Systems or notes mention “%1”</source>
        <translation>Systeme oder Notizen erwähnen „%1“</translation>
    </message>
    <message>
        <source>(a removed attribute)</source>
        <translation>(ein entferntes Merkmal)</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <translation>%1 %2 %3</translation>
    </message>
</context>
<context>
    <name>clientele::ExclusionRuleDialog</name>
    <message>
        <source>&amp;No rule</source>
        <translation>&amp;Keine Regel</translation>
    </message>
    <message>
        <source>&amp;Attribute</source>
        <translation>&amp;Merkmal</translation>
    </message>
    <message>
        <source>&amp;Systems or notes mention</source>
        <translation>&amp;Systeme oder Notizen erwähnen</translation>
    </message>
    <message>
        <source>this entry</source>
        <translation>diesen Eintrag</translation>
    </message>
    <message>
        <source>Rule for “%1”</source>
        <translation>Regel für „%1“</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>Merkmal</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Word the systems or notes mention</source>
        <translation>Wort, das die Systeme oder Notizen erwähnen</translation>
    </message>
    <message>
        <source>e.g. MYOB</source>
        <translation>z. B. MYOB</translation>
    </message>
    <message>
        <source>A prospect that matches the rule is graded “not a fit”, whatever its score, and shows this entry&apos;s reason. An unknown value never matches.</source>
        <translation>Ein Interessent, auf den die Regel zutrifft, wird unabhängig von seiner Bewertung als „passt nicht“ eingestuft und zeigt den Grund dieses Eintrags. Ein unbekannter Wert trifft nie zu.</translation>
    </message>
    <message>
        <source>Yes or No</source>
        <translation>Ja oder Nein</translation>
    </message>
    <message>
        <source>Type a word that a prospect&apos;s systems or notes would mention.</source>
        <translation>Geben Sie ein Wort ein, das in den Systemen oder Notizen eines Interessenten vorkommen würde.</translation>
    </message>
    <message>
        <source>Choose an attribute of the chart.</source>
        <translation>Wählen Sie ein Merkmal der Tabelle.</translation>
    </message>
    <message>
        <source>Type the value to compare with.</source>
        <translation>Geben Sie den Wert ein, mit dem verglichen wird.</translation>
    </message>
</context>
<context>
    <name>clientele::FileActions</name>
    <message>
        <source>Clientele workspaces (*.clientele);;All files (*)</source>
        <translation>Clientele-Arbeitsbereiche (*.clientele);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Workspace location</source>
        <translation>Speicherort des Arbeitsbereichs</translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation>Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <source>You can open it read-only to read, search and print it without changing anything.</source>
        <translation>Sie können ihn schreibgeschützt öffnen, um ihn zu lesen, zu durchsuchen und zu drucken, ohne etwas zu ändern.</translation>
    </message>
    <message>
        <source>Open &amp;Read-Only</source>
        <translation>&amp;Schreibgeschützt öffnen</translation>
    </message>
    <message>
        <source>&amp;New Workspace…</source>
        <translation>&amp;Neuer Arbeitsbereich…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open Sa&amp;mple Workspace</source>
        <translation>Beispie&amp;l-Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <source>Save a &amp;Copy…</source>
        <translation>&amp;Kopie speichern…</translation>
    </message>
    <message>
        <source>&amp;Close Workspace</source>
        <translation>Arbeitsbereich &amp;schließen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Create an empty workspace file (Ctrl+Shift+N)</source>
        <translation>Eine leere Arbeitsbereichsdatei anlegen (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>Open a workspace file (Ctrl+O)</source>
        <translation>Eine Arbeitsbereichsdatei öffnen (Ctrl+O)</translation>
    </message>
    <message>
        <source>New Workspace</source>
        <translation>Neuer Arbeitsbereich</translation>
    </message>
    <message>
        <source>Clients.clientele</source>
        <translation>Kunden.clientele</translation>
    </message>
    <message>
        <source>“%1” is the workspace open now. Choose another name for the new one.</source>
        <translation>„%1“ ist der gerade geöffnete Arbeitsbereich. Wählen Sie für den neuen einen anderen Namen.</translation>
    </message>
    <message>
        <source>Could not replace “%1”.</source>
        <translation>„%1“ konnte nicht ersetzt werden.</translation>
    </message>
    <message>
        <source>Could not open “%1”.</source>
        <translation>„%1“ konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>Sample Workspace</source>
        <translation>Beispiel-Arbeitsbereich</translation>
    </message>
    <message>
        <source>Could not create the sample workspace in %1.

%2</source>
        <translation>Der Beispiel-Arbeitsbereich konnte nicht in %1 angelegt werden.

%2</translation>
    </message>
    <message>
        <source>Sample.clientele</source>
        <extracomment>The file name suggested for a copy of a workspace.</extracomment>
        <translation>Beispiel.clientele</translation>
    </message>
    <message>
        <source>%1 copy.clientele</source>
        <translation>%1 Kopie.clientele</translation>
    </message>
    <message>
        <source>Save a Copy</source>
        <translation>Kopie speichern</translation>
    </message>
    <message>
        <source>Saved the sample as %1; you are now working in that file.</source>
        <translation>Das Beispiel wurde als %1 gespeichert; Sie arbeiten jetzt in dieser Datei.</translation>
    </message>
    <message>
        <source>Saved a copy to %1</source>
        <translation>Kopie unter %1 gespeichert</translation>
    </message>
</context>
<context>
    <name>clientele::FileInspector</name>
    <message>
        <source>Cannot open &quot;%1&quot;: %2</source>
        <translation>„%1“ kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>the file does not exist.</source>
        <translation>die Datei existiert nicht.</translation>
    </message>
    <message>
        <source>it is a folder, not a workspace file.</source>
        <translation>das ist ein Ordner, keine Arbeitsbereichsdatei.</translation>
    </message>
    <message>
        <source>it cannot be read (%1).</source>
        <translation>die Datei kann nicht gelesen werden (%1).</translation>
    </message>
    <message>
        <source>the file is empty, so it is not a Clientele workspace.</source>
        <translation>die Datei ist leer und damit kein Clientele-Arbeitsbereich.</translation>
    </message>
    <message>
        <source>it is a text file, not a Clientele workspace.</source>
        <translation>das ist eine Textdatei, kein Clientele-Arbeitsbereich.</translation>
    </message>
    <message>
        <source>it is not a Clientele workspace (not a SQLite database at all).</source>
        <translation>das ist kein Clientele-Arbeitsbereich (überhaupt keine SQLite-Datenbank).</translation>
    </message>
    <message numerus="yes">
        <source>the file is truncated (only %n bytes).</source>
        <translation>
            <numerusform>die Datei ist abgeschnitten (nur %n Byte).</numerusform>
            <numerusform>die Datei ist abgeschnitten (nur %n Bytes).</numerusform>
        </translation>
    </message>
    <message>
        <source>the file is truncated or damaged: it should hold %1 bytes but holds %2.</source>
        <translation>die Datei ist abgeschnitten oder beschädigt: Sie sollte %1 Bytes enthalten, enthält aber %2.</translation>
    </message>
    <message>
        <source>it is an empty SQLite database, not a Clientele workspace.</source>
        <translation>das ist eine leere SQLite-Datenbank, kein Clientele-Arbeitsbereich.</translation>
    </message>
    <message>
        <source>it is another program&apos;s SQLite database, not a Clientele workspace.</source>
        <translation>das ist die SQLite-Datenbank eines anderen Programms, kein Clientele-Arbeitsbereich.</translation>
    </message>
    <message>
        <source>it was made by a newer version of Clientele (schema %1; this version reads up to %2). Update Clientele to open it.</source>
        <translation>die Datei wurde mit einer neueren Version von Clientele erstellt (Schema %1; diese Version liest bis %2). Aktualisieren Sie Clientele, um sie zu öffnen.</translation>
    </message>
    <message>
        <source>the workspace was never finished being created (no schema).</source>
        <translation>der Arbeitsbereich wurde nie fertig angelegt (kein Schema).</translation>
    </message>
    <message>
        <source>the file is damaged (%1).</source>
        <translation>die Datei ist beschädigt (%1).</translation>
    </message>
</context>
<context>
    <name>clientele::FitExplanation</name>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Why this score</source>
        <translation>Warum dieser Passungswert</translation>
    </message>
    <message>
        <source>Not scored: the chart needs clients whose values describe the ideal</source>
        <translation>Nicht bewertet: Die Tabelle braucht Kunden, deren Werte das Ideal beschreiben</translation>
    </message>
    <message>
        <source>Score %1 · %2 · confidence %3</source>
        <translation>Passungswert %1 · %2 · Sicherheit %3</translation>
    </message>
    <message>
        <source>Not our customer: %1</source>
        <translation>Nicht unser Kunde: %1</translation>
    </message>
    <message>
        <source>Not our customer: %1 — %2</source>
        <translation>Nicht unser Kunde: %1 – %2</translation>
    </message>
    <message>
        <source>No attribute of the chart counts for fit yet</source>
        <translation>Noch zählt kein Merkmal der Tabelle für die Passung</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>Merkmal</translation>
    </message>
    <message>
        <source>This prospect</source>
        <translation>Dieser Interessent</translation>
    </message>
    <message>
        <source>Ideal</source>
        <translation>Ideal</translation>
    </message>
    <message>
        <source>Importance</source>
        <translation>Wichtigkeit</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Score (the points above added up)</source>
        <translation>Passungswert (Summe der Punkte oben)</translation>
    </message>
</context>
<context>
    <name>clientele::FitGrade</name>
    <message>
        <source>Insufficient</source>
        <translation>Unzureichend</translation>
    </message>
    <message>
        <source>Not a fit</source>
        <translation>Passt nicht</translation>
    </message>
</context>
<context>
    <name>clientele::FitImportance</name>
    <message>
        <source>Very important</source>
        <translation>Sehr wichtig</translation>
    </message>
    <message>
        <source>Important</source>
        <translation>Wichtig</translation>
    </message>
    <message>
        <source>Somewhat important</source>
        <translation>Etwas wichtig</translation>
    </message>
    <message>
        <source>Not important</source>
        <translation>Nicht wichtig</translation>
    </message>
</context>
<context>
    <name>clientele::FitWeightsDialog</name>
    <message>
        <source> years</source>
        <translation> Jahre</translation>
    </message>
    <message>
        <source> km</source>
        <translation> km</translation>
    </message>
    <message>
        <source> staff</source>
        <translation> Mitarbeitende</translation>
    </message>
    <message>
        <source>Fit Weights</source>
        <translation>Passungsgewichte</translation>
    </message>
    <message>
        <source>Choose what counts when a prospect is scored against the ideal. Each change applies at once and can be undone.</source>
        <translation>Legen Sie fest, was zählt, wenn ein Interessent anhand des Ideals bewertet wird. Jede Änderung gilt sofort und kann rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Used for fit</source>
        <translation>Für Passung genutzt</translation>
    </message>
    <message>
        <source>Importance</source>
        <translation>Wichtigkeit</translation>
    </message>
    <message>
        <source>Stops matching at</source>
        <translation>Keine Übereinstimmung ab</translation>
    </message>
    <message>
        <source>Ideal</source>
        <translation>Ideal</translation>
    </message>
    <message>
        <source>Use “%1” for fit</source>
        <translation>„%1“ für die Passung verwenden</translation>
    </message>
    <message>
        <source>Importance of “%1”</source>
        <translation>Wichtigkeit von „%1“</translation>
    </message>
    <message>
        <source>Distance at which “%1” stops matching</source>
        <translation>Abstand, ab dem „%1“ nicht mehr übereinstimmt</translation>
    </message>
    <message>
        <source>How far outside the ideal&apos;s range a value may lie before it stops matching; 0 for the default</source>
        <translation>Wie weit ein Wert außerhalb des Idealbereichs liegen darf, bevor er nicht mehr übereinstimmt; 0 für den Standardwert</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (Standard)</translation>
    </message>
    <message>
        <source>%1%2 (default)</source>
        <translation>%1%2 (Standard)</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Not known yet</source>
        <translation>Noch nicht bekannt</translation>
    </message>
</context>
<context>
    <name>clientele::GradeBandsDialog</name>
    <message>
        <source>Grade Bands</source>
        <translation>Einstufungsbereiche</translation>
    </message>
    <message>
        <source>A prospect that fits gets the highest grade whose lowest score it reaches; below C it is D.</source>
        <translation>Ein passender Interessent erhält die höchste Einstufung, deren Mindestwert er erreicht; unter C ist es D.</translation>
    </message>
    <message>
        <source>Grade &amp;A from</source>
        <translation>Einstufung &amp;A ab</translation>
    </message>
    <message>
        <source>Grade &amp;B from</source>
        <translation>Einstufung &amp;B ab</translation>
    </message>
    <message>
        <source>Grade &amp;C from</source>
        <translation>Einstufung &amp;C ab</translation>
    </message>
    <message>
        <source>Prospects in each grade</source>
        <translation>Interessenten je Einstufung</translation>
    </message>
    <message>
        <source>A: %1 · B: %2 · C: %3 · D: %4 · not graded: %5</source>
        <translation>A: %1 · B: %2 · C: %3 · D: %4 · nicht eingestuft: %5</translation>
    </message>
</context>
<context>
    <name>clientele::HeaderNameEdit</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
</context>
<context>
    <name>clientele::History</name>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Entfernt</translation>
    </message>
    <message>
        <source>This value cannot be put back: the item or its field is gone.</source>
        <translation>Dieser Wert kann nicht wiederhergestellt werden: Das Element oder sein Feld existiert nicht mehr.</translation>
    </message>
</context>
<context>
    <name>clientele::HistoryDialog</name>
    <message>
        <source>No changes of this profile have been recorded yet.</source>
        <translation>Für dieses Profil wurden noch keine Änderungen erfasst.</translation>
    </message>
    <message numerus="yes">
        <source>%n changes of this profile, newest first. Select one to put its earlier value back.</source>
        <translation>
            <numerusform>%n Änderung an diesem Profil, neueste zuerst. Wählen Sie eine aus, um ihren früheren Wert wiederherzustellen.</numerusform>
            <numerusform>%n Änderungen an diesem Profil, neueste zuerst. Wählen Sie eine aus, um ihren früheren Wert wiederherzustellen.</numerusform>
        </translation>
    </message>
    <message>
        <source>No changes of this chart client have been recorded yet.</source>
        <translation>Für diesen Kunden in der Tabelle wurden noch keine Änderungen erfasst.</translation>
    </message>
    <message numerus="yes">
        <source>%n changes of this chart client, newest first. Select one to put its earlier value back.</source>
        <translation>
            <numerusform>%n Änderung an diesem Kunden in der Tabelle, neueste zuerst. Wählen Sie eine aus, um ihren früheren Wert wiederherzustellen.</numerusform>
            <numerusform>%n Änderungen an diesem Kunden in der Tabelle, neueste zuerst. Wählen Sie eine aus, um ihren früheren Wert wiederherzustellen.</numerusform>
        </translation>
    </message>
    <message>
        <source>No changes of this offer have been recorded yet.</source>
        <translation>Für diese Leistung wurden noch keine Änderungen erfasst.</translation>
    </message>
    <message numerus="yes">
        <source>%n changes of this offer, newest first. Select one to put its earlier value back.</source>
        <translation>
            <numerusform>%n Änderung an dieser Leistung, neueste zuerst. Wählen Sie eine aus, um ihren früheren Wert wiederherzustellen.</numerusform>
            <numerusform>%n Änderungen an dieser Leistung, neueste zuerst. Wählen Sie eine aus, um ihren früheren Wert wiederherzustellen.</numerusform>
        </translation>
    </message>
    <message>
        <source>No changes of this proposal have been recorded yet.</source>
        <translation>Für dieses Angebot wurden noch keine Änderungen erfasst.</translation>
    </message>
    <message numerus="yes">
        <source>%n changes of this proposal, newest first. Select one to put its earlier value back.</source>
        <translation>
            <numerusform>%n Änderung an diesem Angebot, neueste zuerst. Wählen Sie eine aus, um ihren früheren Wert wiederherzustellen.</numerusform>
            <numerusform>%n Änderungen an diesem Angebot, neueste zuerst. Wählen Sie eine aus, um ihren früheren Wert wiederherzustellen.</numerusform>
        </translation>
    </message>
    <message>
        <source>No changes of this %1 have been recorded yet.</source>
        <extracomment>%1 is the kind of item as the history stores it.</extracomment>
        <translation>Für dieses Element (%1) wurden noch keine Änderungen erfasst.</translation>
    </message>
    <message numerus="yes">
        <source>%n changes of this %1, newest first. Select one to put its earlier value back.</source>
        <translation>
            <numerusform>%n Änderung an diesem Element (%1), neueste zuerst. Wählen Sie eine aus, um ihren früheren Wert wiederherzustellen.</numerusform>
            <numerusform>%n Änderungen an diesem Element (%1), neueste zuerst. Wählen Sie eine aus, um ihren früheren Wert wiederherzustellen.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Restore This Value</source>
        <translation>Diesen Wert &amp;wiederherstellen</translation>
    </message>
    <message>
        <source>History of “%1”</source>
        <translation>Verlauf von „%1“</translation>
    </message>
    <message>
        <source>Changes, newest first</source>
        <translation>Änderungen, neueste zuerst</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>Put the selected change&apos;s earlier value back; Edit ▸ Undo takes it out again</source>
        <translation>Den früheren Wert der ausgewählten Änderung wiederherstellen; Bearbeiten ▸ Rückgängig nimmt das wieder zurück</translation>
    </message>
</context>
<context>
    <name>clientele::HubConnection</name>
    <message>
        <source>the local server</source>
        <translation>dem lokalen Server</translation>
    </message>
    <message>
        <source>database “%1” on %2</source>
        <translation>Datenbank „%1“ auf %2</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>kein Speicher mehr frei</translation>
    </message>
    <message>
        <source>The hub address is not valid: %1</source>
        <translation>Die Hub-Adresse ist ungültig: %1</translation>
    </message>
    <message>
        <source>Could not connect to the hub at %1: out of memory</source>
        <translation>Keine Verbindung zum Hub (%1): kein Speicher mehr frei</translation>
    </message>
    <message numerus="yes">
        <source>no answer within %n second(s)</source>
        <translation>
            <numerusform>keine Antwort innerhalb von %n Sekunde</numerusform>
            <numerusform>keine Antwort innerhalb von %n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <source>The hub at %1 cannot be reached, so this workspace is offline: %2</source>
        <translation>Der Hub (%1) ist nicht erreichbar, dieser Arbeitsbereich ist offline: %2</translation>
    </message>
    <message>
        <source>The hub at %1 refused the connection: %2</source>
        <translation>Der Hub (%1) hat die Verbindung abgelehnt: %2</translation>
    </message>
    <message>
        <source>The hub did not say its version: %1</source>
        <translation>Der Hub hat seine Version nicht genannt: %1</translation>
    </message>
    <message>
        <source>the connection was lost: %1</source>
        <translation>die Verbindung ist abgerissen: %1</translation>
    </message>
</context>
<context>
    <name>clientele::IcpChart</name>
    <message>
        <source>That cell is no longer in the chart.</source>
        <translation>Diese Zelle ist nicht mehr in der Tabelle.</translation>
    </message>
</context>
<context>
    <name>clientele::IdealProfile</name>
    <message>
        <source>%1 — %2 of %3 each</source>
        <translation>%1 – je %2 von %3</translation>
    </message>
    <message>
        <source>%1 — %2 of %3</source>
        <translation>%1 – %2 von %3</translation>
    </message>
    <message>
        <source>No common value</source>
        <translation>Kein gemeinsamer Wert</translation>
    </message>
    <message>
        <source>No common place</source>
        <translation>Kein gemeinsamer Ort</translation>
    </message>
    <message>
        <source>median %1 km</source>
        <translation>Median %1 km</translation>
    </message>
    <message>
        <source>No tag held by half the clients</source>
        <translation>Kein Schlagwort bei der Hälfte der Kunden</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1 of %2 yes</source>
        <translation>%1 von %2 ja</translation>
    </message>
    <message>
        <source>%1% each by spend</source>
        <translation>je %1 % nach Ausgaben</translation>
    </message>
    <message>
        <source>%1% by spend</source>
        <translation>%1 % nach Ausgaben</translation>
    </message>
    <message>
        <source>%1% each by loyalty</source>
        <translation>je %1 % nach Treue</translation>
    </message>
    <message>
        <source>%1% by loyalty</source>
        <translation>%1 % nach Treue</translation>
    </message>
</context>
<context>
    <name>clientele::Import</name>
    <message>
        <source>“%1” is not an amount: %2</source>
        <translation>„%1“ ist kein Betrag: %2</translation>
    </message>
    <message>
        <source>it is empty.</source>
        <translation>der Wert ist leer.</translation>
    </message>
    <message>
        <source>unexpected text.</source>
        <translation>unerwarteter Text.</translation>
    </message>
    <message>
        <source>more than one minus sign.</source>
        <translation>mehr als ein Minuszeichen.</translation>
    </message>
    <message>
        <source>there are no digits.</source>
        <translation>keine Ziffern vorhanden.</translation>
    </message>
    <message>
        <source>misplaced thousands separator.</source>
        <translation>falsch gesetztes Tausendertrennzeichen.</translation>
    </message>
    <message>
        <source>unexpected character “%1”.</source>
        <translation>unerwartetes Zeichen „%1“.</translation>
    </message>
    <message>
        <source>more than %1 decimal places.</source>
        <translation>mehr als %1 Nachkommastellen.</translation>
    </message>
    <message>
        <source>it is too large.</source>
        <translation>der Wert ist zu groß.</translation>
    </message>
    <message>
        <source>Xero invoices</source>
        <translation>Xero-Rechnungen</translation>
    </message>
    <message>
        <source>Odoo invoices</source>
        <translation>Odoo-Rechnungen</translation>
    </message>
    <message>
        <source>Xero contacts</source>
        <translation>Xero-Kontakte</translation>
    </message>
    <message>
        <source>Odoo contacts</source>
        <translation>Odoo-Kontakte</translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>import format</comment>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>The contact has no name.</source>
        <translation>Der Kontakt hat keinen Namen.</translation>
    </message>
    <message>
        <source>Cannot import “%1”: %2</source>
        <translation>„%1“ kann nicht importiert werden: %2</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>Die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The file is UTF-16 text; save it as CSV UTF-8 and try again.</source>
        <translation>Die Datei ist UTF-16-Text; speichern Sie sie als CSV UTF-8 und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>the file is a SQLite database, not a CSV export (a Clientele workspace is opened with File ▸ Open).</source>
        <translation>die Datei ist eine SQLite-Datenbank, kein CSV-Export (ein Clientele-Arbeitsbereich wird mit Datei ▸ Öffnen geöffnet).</translation>
    </message>
    <message>
        <source>the file is a ZIP archive (perhaps an Excel workbook), not a CSV export; save it as CSV UTF-8 and try again.</source>
        <translation>die Datei ist ein ZIP-Archiv (vielleicht eine Excel-Arbeitsmappe), kein CSV-Export; speichern Sie sie als CSV UTF-8 und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>the file is not text (it holds binary data); export the data as CSV UTF-8 and try again.</source>
        <translation>die Datei ist kein Text (sie enthält Binärdaten); exportieren Sie die Daten als CSV UTF-8 und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The record starting on line %1 is longer than %2 KB and was skipped.</source>
        <translation>Der Datensatz ab Zeile %1 ist länger als %2 KB und wurde übersprungen.</translation>
    </message>
    <message>
        <source>Invalid UTF-8 text; save the file as CSV UTF-8.</source>
        <translation>Ungültiger UTF-8-Text; speichern Sie die Datei als CSV UTF-8.</translation>
    </message>
    <message>
        <source>A quote opened on line %1 is never closed; the rest of the file was skipped.</source>
        <translation>Ein in Zeile %1 geöffnetes Anführungszeichen wird nie geschlossen; der Rest der Datei wurde übersprungen.</translation>
    </message>
    <message>
        <source>Dates are unambiguous.</source>
        <translation>Die Datumsangaben sind eindeutig.</translation>
    </message>
    <message>
        <source>Dates are %1 (line %2 shows it).</source>
        <translation>Die Datumsangaben haben die Reihenfolge %1 (siehe Zeile %2).</translation>
    </message>
    <message>
        <source>Every day in the file is 12 or less, so the dates could be day/month/year or month/day/year; choose the date order.</source>
        <translation>Jeder Tag in der Datei ist 12 oder kleiner, daher könnten die Datumsangaben Tag/Monat/Jahr oder Monat/Tag/Jahr sein; wählen Sie die Datumsreihenfolge.</translation>
    </message>
    <message>
        <source>The dates contradict each other: line %1 only works as day/month/year and line %2 only as month/day/year.</source>
        <translation>Die Datumsangaben widersprechen sich: Zeile %1 passt nur als Tag/Monat/Jahr und Zeile %2 nur als Monat/Tag/Jahr.</translation>
    </message>
    <message>
        <source>“%1” is not a date: %2</source>
        <translation>„%1“ ist kein Datum: %2</translation>
    </message>
    <message>
        <source>day/month/year</source>
        <translation>Tag/Monat/Jahr</translation>
    </message>
    <message>
        <source>month/day/year</source>
        <translation>Monat/Tag/Jahr</translation>
    </message>
    <message>
        <source>year-month-day</source>
        <translation>Jahr-Monat-Tag</translation>
    </message>
    <message>
        <source>automatic</source>
        <comment>date order</comment>
        <translation>automatisch</translation>
    </message>
    <message>
        <source>expected a form like 2024-03-31 or 31/03/2024.</source>
        <translation>erwartet wird eine Form wie 2024-03-31 oder 31/03/2024.</translation>
    </message>
    <message>
        <source>the year should come first.</source>
        <translation>das Jahr sollte vorne stehen.</translation>
    </message>
    <message>
        <source>the year should have four digits.</source>
        <translation>das Jahr sollte vier Ziffern haben.</translation>
    </message>
    <message>
        <source>it could be day/month or month/day; choose the date order.</source>
        <translation>es könnte Tag/Monat oder Monat/Tag sein; wählen Sie die Datumsreihenfolge.</translation>
    </message>
    <message>
        <source>there is no such day.</source>
        <translation>diesen Tag gibt es nicht.</translation>
    </message>
    <message>
        <source>there is no such day when read as %1.</source>
        <translation>diesen Tag gibt es in der Lesart %1 nicht.</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation>„%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cannot read “%1” with the mapping given: %2</source>
        <translation>„%1“ kann mit der angegebenen Zuordnung nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>“%1” is a %2 export, not contacts.</source>
        <translation>„%1“ ist ein Export im Format „%2“, kein Kontaktexport.</translation>
    </message>
    <message>
        <source>“%1” is a %2 export, not invoices.</source>
        <translation>„%1“ ist ein Export im Format „%2“, kein Rechnungsexport.</translation>
    </message>
    <message>
        <source>Before importing “%1”</source>
        <translation>Vor dem Import von „%1“</translation>
    </message>
    <message>
        <source>Before importing “%1”, 1 contact</source>
        <translation>Vor dem Import von „%1“, 1 Kontakt</translation>
    </message>
    <message>
        <source>Before importing “%1”, 1 line</source>
        <translation>Vor dem Import von „%1“, 1 Zeile</translation>
    </message>
    <message numerus="yes">
        <source>Before importing “%1”, %2 contacts</source>
        <translation>
            <numerusform>Vor dem Import von „%1“, %2 Kontakt</numerusform>
            <numerusform>Vor dem Import von „%1“, %2 Kontakte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Before importing “%1”, %2 lines</source>
        <translation>
            <numerusform>Vor dem Import von „%1“, %2 Zeile</numerusform>
            <numerusform>Vor dem Import von „%1“, %2 Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>The check was cancelled.</source>
        <translation>Die Prüfung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The import was cancelled.</source>
        <translation>Der Import wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The columns of “%1” are not recognised; choose which column holds what.</source>
        <translation>Die Spalten von „%1“ werden nicht erkannt; wählen Sie, welche Spalte was enthält.</translation>
    </message>
    <message>
        <source>The dates in “%1” could be day/month/year or month/day/year; choose the date order.</source>
        <translation>Die Datumsangaben in „%1“ könnten Tag/Monat/Jahr oder Monat/Tag/Jahr sein; wählen Sie die Datumsreihenfolge.</translation>
    </message>
    <message numerus="yes">
        <source>%n lines of “%1” cannot be read; import the rest only if you agree.</source>
        <translation>
            <numerusform>%n Zeile von „%1“ kann nicht gelesen werden; importieren Sie den Rest nur, wenn Sie einverstanden sind.</numerusform>
            <numerusform>%n Zeilen von „%1“ können nicht gelesen werden; importieren Sie den Rest nur, wenn Sie einverstanden sind.</numerusform>
        </translation>
    </message>
    <message>
        <source>The disk is full; nothing was imported.</source>
        <translation>Der Datenträger ist voll; es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>The workspace is read-only; nothing was imported.</source>
        <translation>Der Arbeitsbereich ist schreibgeschützt; es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Another program is writing to this workspace; nothing was imported. Try again in a moment.</source>
        <translation>Ein anderes Programm schreibt gerade in diesen Arbeitsbereich; es wurde nichts importiert. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The import failed and nothing was imported: %1</source>
        <translation>Der Import ist fehlgeschlagen, es wurde nichts importiert: %1</translation>
    </message>
    <message>
        <source>The row has %1 fields where the header has %2.</source>
        <translation>Die Zeile hat %1 Felder, die Kopfzeile aber %2.</translation>
    </message>
    <message>
        <source>The line total is too large.</source>
        <translation>Die Zeilensumme ist zu groß.</translation>
    </message>
    <message>
        <source>The amount is missing.</source>
        <translation>Der Betrag fehlt.</translation>
    </message>
    <message>
        <source>The customer is missing.</source>
        <translation>Der Kunde fehlt.</translation>
    </message>
    <message>
        <source>The invoice number is missing.</source>
        <translation>Die Rechnungsnummer fehlt.</translation>
    </message>
    <message>
        <source>The date is missing.</source>
        <translation>Das Datum fehlt.</translation>
    </message>
    <message>
        <source>Cannot import “%1”: its date order shows only late in the file; choose the date order.</source>
        <translation>„%1“ kann nicht importiert werden: Die Datumsreihenfolge zeigt sich erst spät in der Datei; wählen Sie die Datumsreihenfolge.</translation>
    </message>
    <message>
        <source>Customer *</source>
        <extracomment>A label of the column-mapping dialog; a &quot;*&quot; marks a field every import needs.</extracomment>
        <translation>Kunde *</translation>
    </message>
    <message>
        <source>Invoice date *</source>
        <translation>Rechnungsdatum *</translation>
    </message>
    <message>
        <source>Amount excluding tax</source>
        <translation>Betrag ohne Steuer</translation>
    </message>
    <message>
        <source>Amount including tax</source>
        <translation>Betrag mit Steuer</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Steuer</translation>
    </message>
    <message>
        <source>Invoice number</source>
        <translation>Rechnungsnummer</translation>
    </message>
    <message>
        <source>Type (invoice, credit note)</source>
        <translation>Typ (Rechnung, Gutschrift)</translation>
    </message>
    <message>
        <source>Status (paid, draft, voided)</source>
        <translation>Status (bezahlt, Entwurf, storniert)</translation>
    </message>
    <message>
        <source>What was sold</source>
        <translation>Was verkauft wurde</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Customer&apos;s city</source>
        <translation>Ort des Kunden</translation>
    </message>
    <message>
        <source>Customer&apos;s country</source>
        <translation>Land des Kunden</translation>
    </message>
    <message>
        <source>Name *</source>
        <translation>Name *</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Region or state</source>
        <translation>Region oder Bundesland</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Branche</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>“%1” is not FIELD=HEADER.</source>
        <translation>„%1“ hat nicht die Form FIELD=HEADER.</translation>
    </message>
    <message>
        <source>No FIELD=HEADER pairs were given.</source>
        <translation>Es wurden keine FIELD=HEADER-Paare angegeben.</translation>
    </message>
    <message>
        <source>There is no field “%1”; the fields are %2.</source>
        <translation>Es gibt kein Feld „%1“; die Felder sind: %2.</translation>
    </message>
    <message>
        <source>The file has no column “%1”; its columns are %2.</source>
        <translation>Die Datei hat keine Spalte „%1“; ihre Spalten sind: %2.</translation>
    </message>
    <message>
        <source>An invoice mapping needs customer, date and an amount (untaxedTotal or total).</source>
        <translation>Eine Rechnungszuordnung braucht die Felder customer, date und einen Betrag (untaxedTotal oder total).</translation>
    </message>
    <message>
        <source>A contacts mapping needs name.</source>
        <translation>Eine Kontaktzuordnung braucht das Feld name.</translation>
    </message>
    <message>
        <source>the file is empty.</source>
        <translation>die Datei ist leer.</translation>
    </message>
    <message>
        <source>the header row cannot be read (line %1: %2)</source>
        <translation>die Kopfzeile kann nicht gelesen werden (Zeile %1: %2)</translation>
    </message>
    <message>
        <source>it looks like a %1 export, not %2.</source>
        <translation>es sieht nach einem Export im Format „%1“ aus, nicht „%2“.</translation>
    </message>
    <message numerus="yes">
        <source>%n purchase documents (bills)</source>
        <translation>
            <numerusform>%n Einkaufsbeleg (Eingangsrechnung)</numerusform>
            <numerusform>%n Einkaufsbelege (Eingangsrechnungen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lines that are not sales (%1)</source>
        <translation>
            <numerusform>%n Zeile, die kein Verkauf ist (%1)</numerusform>
            <numerusform>%n Zeilen, die keine Verkäufe sind (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>“%1” holds no sales invoices or credit notes, only %2, so it adds no customers. Export the sales invoices instead.</source>
        <translation>„%1“ enthält keine Verkaufsrechnungen oder Gutschriften, nur %2, und fügt daher keine Kunden hinzu. Exportieren Sie stattdessen die Verkaufsrechnungen.</translation>
    </message>
    <message>
        <source>this is a %1 export, not contacts.</source>
        <translation>das ist ein Export im Format „%1“, kein Kontaktexport.</translation>
    </message>
    <message>
        <source>this is a %1 export, not invoices.</source>
        <translation>das ist ein Export im Format „%1“, kein Rechnungsexport.</translation>
    </message>
</context>
<context>
    <name>clientele::ImportActions</name>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>&amp;Invoices…</source>
        <translation>&amp;Rechnungen…</translation>
    </message>
    <message>
        <source>&amp;Contacts…</source>
        <translation>&amp;Kontakte…</translation>
    </message>
    <message>
        <source>Import a sales invoice export from Xero, Odoo or another CSV (Ctrl+Shift+I)</source>
        <translation>Ausgangsrechnungen aus einem Export von Xero, Odoo oder einer anderen CSV-Datei importieren (Ctrl+Shift+I)</translation>
    </message>
    <message>
        <source>Import a contacts export from Xero, Odoo or another CSV for names and locations</source>
        <translation>Kontakte aus einem Export von Xero, Odoo oder einer anderen CSV-Datei für Namen und Orte importieren</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Open or create a workspace first; the import goes into it.</source>
        <translation>Öffnen oder erstellen Sie zuerst einen Arbeitsbereich; der Import wird darin gespeichert.</translation>
    </message>
    <message>
        <source>This workspace is open read-only, so nothing can be imported into it.</source>
        <translation>Dieser Arbeitsbereich ist schreibgeschützt geöffnet, daher kann nichts in ihn importiert werden.</translation>
    </message>
    <message>
        <source>Import Invoices</source>
        <translation>Rechnungen importieren</translation>
    </message>
    <message>
        <source>Import Contacts</source>
        <translation>Kontakte importieren</translation>
    </message>
    <message>
        <source>CSV exports (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>CSV-Exporte (*.csv *.tsv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>What does “%1” hold?</source>
        <translation>Was enthält „%1“?</translation>
    </message>
    <message>
        <source>&amp;Invoices</source>
        <translation>&amp;Rechnungen</translation>
    </message>
    <message>
        <source>C&amp;ontacts</source>
        <translation>&amp;Kontakte</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 wird importiert…</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was imported.</source>
        <translation>Import abgebrochen; es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Es wurde nichts importiert.</translation>
    </message>
</context>
<context>
    <name>clientele::ImportBatches</name>
    <message>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <source>“%1” is not one of: %2</source>
        <translation>„%1“ ist keiner der Werte: %2</translation>
    </message>
    <message>
        <source>expected a date in the form yyyy-mm-dd or null, not “%1”</source>
        <translation>erwartet ein Datum der Form JJJJ-MM-TT oder null, nicht „%1“</translation>
    </message>
    <message>
        <source>a document needs at least one line</source>
        <translation>ein Beleg braucht mindestens eine Zeile</translation>
    </message>
    <message>
        <source>the lines do not add up to the document&apos;s net amount %1</source>
        <translation>die Zeilen ergeben nicht den Nettobetrag %1 des Belegs</translation>
    </message>
    <message>
        <source>the customer “%1” is not among the import&apos;s customers</source>
        <translation>der Kunde „%1“ ist nicht unter den Kunden des Imports</translation>
    </message>
    <message>
        <source>the import came as %1 but names itself %2</source>
        <translation>der Import kam als %1, nennt sich aber %2</translation>
    </message>
    <message>
        <source>the time of the import is missing</source>
        <translation>die Zeit des Imports fehlt</translation>
    </message>
    <message>
        <source>the customer “%1” is listed twice</source>
        <translation>der Kunde „%1“ ist doppelt aufgeführt</translation>
    </message>
    <message>
        <source>a contacts import holds no documents</source>
        <translation>ein Kontaktimport enthält keine Belege</translation>
    </message>
    <message>
        <source>the document “%1” is listed twice</source>
        <translation>der Beleg „%1“ ist doppelt aufgeführt</translation>
    </message>
    <message>
        <source>The import of “%1” cannot be taken in: %2</source>
        <translation>Der Import von „%1“ kann nicht übernommen werden: %2</translation>
    </message>
</context>
<context>
    <name>clientele::ImportDateOrderDialog</name>
    <message>
        <source>not a date</source>
        <translation>kein Datum</translation>
    </message>
    <message>
        <source>&amp;Day first (day/month/year)</source>
        <translation>&amp;Tag zuerst (Tag/Monat/Jahr)</translation>
    </message>
    <message>
        <source>&amp;Month first (month/day/year)</source>
        <translation>&amp;Monat zuerst (Monat/Tag/Jahr)</translation>
    </message>
    <message>
        <source>Which Date Order?</source>
        <translation>Welche Datumsreihenfolge?</translation>
    </message>
    <message>
        <source>&lt;p&gt;Every date in “%1” could be read day-first or month-first, so Clientele cannot tell which the file uses. How does your accounting software write dates?&lt;/p&gt;</source>
        <translation>&lt;p&gt;Jedes Datum in „%1“ lässt sich mit dem Tag oder mit dem Monat zuerst lesen, daher kann Clientele nicht erkennen, welche Reihenfolge die Datei verwendet. Wie schreibt Ihre Buchhaltungssoftware Datumsangaben?&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
</context>
<context>
    <name>clientele::ImportFlow</name>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>Der Import wurde abgebrochen; es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Nothing Imported</source>
        <translation>Nichts importiert</translation>
    </message>
    <message>
        <source>“%1” could not be imported.</source>
        <translation>„%1“ konnte nicht importiert werden.</translation>
    </message>
    <message>
        <source>

The workspace is unchanged.</source>
        <translation>

Der Arbeitsbereich ist unverändert.</translation>
    </message>
    <message>
        <source>Imported contacts from %1: %2 read, %3 added, %4 updated, %5 already present, %6 skipped.</source>
        <translation>Kontakte aus %1 importiert: %2 gelesen, %3 hinzugefügt, %4 aktualisiert, %5 bereits vorhanden, %6 übersprungen.</translation>
    </message>
    <message numerus="yes">
        <source>Imported invoices from %1: %2 lines read, %3 imported, %4 already present, %5 skipped (%6 new customers).</source>
        <extracomment>The plural form follows the number of lines read (%2).</extracomment>
        <translation>
            <numerusform>Rechnungen aus %1 importiert: %2 Zeile gelesen, %3 importiert, %4 bereits vorhanden, %5 übersprungen (%6 neue Kunden).</numerusform>
            <numerusform>Rechnungen aus %1 importiert: %2 Zeilen gelesen, %3 importiert, %4 bereits vorhanden, %5 übersprungen (%6 neue Kunden).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clientele::ImportMappingDialog</name>
    <message>
        <source>Match the Columns</source>
        <translation>Spalten zuordnen</translation>
    </message>
    <message>
        <source>Clientele does not know the columns of “%1”. Choose which column holds what; fields marked * are needed. Files with the same columns will be read this way from now on.</source>
        <translation>Clientele kennt die Spalten von „%1“ nicht. Wählen Sie, welche Spalte was enthält; mit * markierte Felder sind erforderlich. Dateien mit denselben Spalten werden künftig auf diese Weise gelesen.</translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation>(nicht in der Datei)</translation>
    </message>
    <message>
        <source>First rows of the file</source>
        <translation>Erste Zeilen der Datei</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>The first rows of the file:</source>
        <translation>Die ersten Zeilen der Datei:</translation>
    </message>
    <message>
        <source>Choose the customer, the date and at least one amount.</source>
        <translation>Wählen Sie den Kunden, das Datum und mindestens einen Betrag.</translation>
    </message>
    <message>
        <source>Choose the column with the contact’s name.</source>
        <translation>Wählen Sie die Spalte mit dem Namen des Kontakts.</translation>
    </message>
</context>
<context>
    <name>clientele::ImportReport</name>
    <message>
        <source>purchase</source>
        <translation>Einkauf</translation>
    </message>
    <message>
        <source>overpayment</source>
        <translation>Überzahlung</translation>
    </message>
    <message>
        <source>prepayment</source>
        <translation>Vorauszahlung</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>awaiting approval</source>
        <translation>wartet auf Freigabe</translation>
    </message>
    <message>
        <source>voided</source>
        <translation>storniert</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulliert</translation>
    </message>
    <message>
        <source>not a customer invoice (%1)</source>
        <translation>keine Kundenrechnung (%1)</translation>
    </message>
    <message>
        <source>unrecognised status “%1”</source>
        <translation>unbekannter Status „%1“</translation>
    </message>
    <message numerus="yes">
        <source>%n contacts</source>
        <translation>
            <numerusform>%n Kontakt</numerusform>
            <numerusform>%n Kontakte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lines</source>
        <translation>
            <numerusform>%n Zeile</numerusform>
            <numerusform>%n Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <comment>lines in documents</comment>
        <extracomment>&quot;12 lines in 3 documents&quot;.</extracomment>
        <translation>%1 in %2</translation>
    </message>
    <message numerus="yes">
        <source>%n documents</source>
        <translation>
            <numerusform>%n Beleg</numerusform>
            <numerusform>%n Belegen</numerusform>
        </translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Date order:</source>
        <translation>Datumsreihenfolge:</translation>
    </message>
    <message>
        <source>Lines read:</source>
        <translation>Gelesene Zeilen:</translation>
    </message>
    <message>
        <source>Would add:</source>
        <translation>Würde hinzufügen:</translation>
    </message>
    <message>
        <source>Contacts added:</source>
        <translation>Hinzugefügte Kontakte:</translation>
    </message>
    <message>
        <source>Would update:</source>
        <translation>Würde aktualisieren:</translation>
    </message>
    <message>
        <source>Contacts updated:</source>
        <translation>Aktualisierte Kontakte:</translation>
    </message>
    <message>
        <source>Already present:</source>
        <translation>Bereits vorhanden:</translation>
    </message>
    <message>
        <source>Would import:</source>
        <translation>Würde importieren:</translation>
    </message>
    <message>
        <source>Imported:</source>
        <translation>Importiert:</translation>
    </message>
    <message>
        <source>New customers:</source>
        <translation>Neue Kunden:</translation>
    </message>
    <message>
        <source>Not sales:</source>
        <translation>Keine Verkäufe:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>lines (why they are not sales)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Purchases:</source>
        <translation>Einkäufe:</translation>
    </message>
    <message>
        <source>%1 (bills), not imported</source>
        <translation>%1 (Eingangsrechnungen), nicht importiert</translation>
    </message>
    <message>
        <source>Skipped:</source>
        <translation>Übersprungen:</translation>
    </message>
    <message numerus="yes">
        <source>%n lines that cannot be read</source>
        <translation>
            <numerusform>%n nicht lesbare Zeile</numerusform>
            <numerusform>%n nicht lesbare Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>Problems:</source>
        <translation>Probleme:</translation>
    </message>
    <message>
        <source>Checked only: nothing was written.</source>
        <translation>Nur geprüft: Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Es wurde nichts importiert: %1</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>„%1“ kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>clientele::ImportReportDialog</name>
    <message>
        <source>Import Report</source>
        <translation>Importbericht</translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;&lt;b&gt;%1 of %2 lines of “%3” cannot be read.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Nothing has been imported yet. You can import the other lines now and fix the ones below later (importing the file again adds only what is missing), or cancel and correct the file first.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;&lt;b&gt;Clientele kann %1 von %2 Zeile aus „%3“ nicht lesen.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Es wurde noch nichts importiert. Sie können die übrigen Zeilen jetzt importieren und die unten aufgeführten später korrigieren (ein erneuter Import der Datei fügt nur hinzu, was noch fehlt), oder abbrechen und zuerst die Datei korrigieren.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;&lt;b&gt;Clientele kann %1 von %2 Zeilen aus „%3“ nicht lesen.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Es wurde noch nichts importiert. Sie können die übrigen Zeilen jetzt importieren und die unten aufgeführten später korrigieren (ein erneuter Import der Datei fügt nur hinzu, was noch fehlt), oder abbrechen und zuerst die Datei korrigieren.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;&lt;b&gt;“%1” was imported, but %2 lines could not be read&lt;/b&gt; and were left out.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;&lt;b&gt;„%1“ wurde importiert, aber %2 Zeile konnte nicht gelesen werden&lt;/b&gt; und wurde ausgelassen.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;&lt;b&gt;„%1“ wurde importiert, aber %2 Zeilen konnten nicht gelesen werden&lt;/b&gt; und wurden ausgelassen.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>Lines that could not be read</source>
        <translation>Zeilen, die nicht gelesen werden konnten</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>&amp;Save Report…</source>
        <translation>Bericht &amp;speichern…</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import the Other %1 Lines</source>
        <translation>
            <numerusform>Die übrige %1 Zeile &amp;importieren</numerusform>
            <numerusform>Die übrigen %1 Zeilen &amp;importieren</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Cancel Import</source>
        <translation>Import &amp;abbrechen</translation>
    </message>
    <message>
        <source>%1 import report.txt</source>
        <extracomment>The file name suggested for the report of importing %1.</extracomment>
        <translation>%1 Importbericht.txt</translation>
    </message>
    <message>
        <source>Save Import Report</source>
        <translation>Importbericht speichern</translation>
    </message>
    <message>
        <source>Text report (*.txt);;Problems as CSV (*.csv)</source>
        <translation>Textbericht (*.txt);;Probleme als CSV (*.csv)</translation>
    </message>
    <message>
        <source>Report not saved</source>
        <translation>Bericht nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>clientele::ImportRunner</name>
    <message>
        <source>Importing Invoices</source>
        <translation>Rechnungen werden importiert</translation>
    </message>
    <message>
        <source>Importing Contacts</source>
        <translation>Kontakte werden importiert</translation>
    </message>
    <message>
        <source>Cancelling… nothing will be imported.</source>
        <translation>Wird abgebrochen… es wird nichts importiert.</translation>
    </message>
    <message>
        <source>Working out the customers’ figures…</source>
        <translation>Die Kennzahlen der Kunden werden berechnet…</translation>
    </message>
    <message>
        <source>Checking “%1”…
Nothing is written until the check is done.</source>
        <translation>„%1“ wird geprüft…
Bis die Prüfung abgeschlossen ist, wird nichts geschrieben.</translation>
    </message>
    <message>
        <source>Importing “%1”…
Cancel leaves the workspace as it was.</source>
        <translation>„%1“ wird importiert…
Abbrechen lässt den Arbeitsbereich unverändert.</translation>
    </message>
</context>
<context>
    <name>clientele::ImportSummaryDialog</name>
    <message>
        <source>1 line</source>
        <translation>1 Zeile</translation>
    </message>
    <message>
        <source>%1 lines</source>
        <translation>%1 Zeilen</translation>
    </message>
    <message>
        <source>1 document</source>
        <translation>1 Beleg</translation>
    </message>
    <message>
        <source>%1 documents</source>
        <translation>%1 Belegen</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <comment>lines in documents</comment>
        <extracomment>&quot;12 lines in 3 documents&quot;.</extracomment>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <source>Contacts added:</source>
        <translation>Hinzugefügte Kontakte:</translation>
    </message>
    <message>
        <source>Contacts updated:</source>
        <translation>Aktualisierte Kontakte:</translation>
    </message>
    <message>
        <source>Already present:</source>
        <translation>Bereits vorhanden:</translation>
    </message>
    <message>
        <source>Imported:</source>
        <translation>Importiert:</translation>
    </message>
    <message>
        <source>New customers:</source>
        <translation>Neue Kunden:</translation>
    </message>
    <message>
        <source>Skipped:</source>
        <translation>Übersprungen:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>%1 lines that cannot be read</source>
        <translation>%1 nicht lesbare Zeilen</translation>
    </message>
    <message>
        <source>%1 (1 document)</source>
        <translation>%1 (1 Beleg)</translation>
    </message>
    <message>
        <source>%1 (%2 documents)</source>
        <translation>%1 (%2 Belege)</translation>
    </message>
    <message>
        <source>Other currencies:</source>
        <translation>Andere Währungen:</translation>
    </message>
    <message>
        <source>%1, kept apart from the %2 figures and never converted.</source>
        <translation>%1, getrennt von den Beträgen in %2 geführt und nie umgerechnet.</translation>
    </message>
    <message>
        <source>Import Finished</source>
        <translation>Import abgeschlossen</translation>
    </message>
    <message>
        <source>&lt;b&gt;The contacts of “%1” are in the workspace.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Die Kontakte aus „%1“ sind jetzt im Arbeitsbereich.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;The invoices of “%1” are in the workspace.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Die Rechnungen aus „%1“ sind jetzt im Arbeitsbereich.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Show Customers</source>
        <translation>&amp;Kunden anzeigen</translation>
    </message>
</context>
<context>
    <name>clientele::ItemField</name>
    <message>
        <source>“%1” is not a date (YYYY-MM-DD).</source>
        <translation>„%1“ ist kein Datum (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>“%1” is not a whole number of 0 or more.</source>
        <translation>„%1“ ist keine ganze Zahl größer oder gleich 0.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>“%1” is neither yes nor no.</source>
        <translation>„%1“ ist weder ja noch nein.</translation>
    </message>
    <message>
        <source>“%1” is not one of the choices.</source>
        <translation>„%1“ ist keine der Auswahlmöglichkeiten.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Promise</source>
        <translation>Versprechen</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>What it answers</source>
        <translation>Worauf sie eingeht</translation>
    </message>
    <message>
        <source>“%1” is not an item of a profile.</source>
        <translation>„%1“ ist kein Eintrag eines Profils.</translation>
    </message>
    <message>
        <source>Ladder stage</source>
        <translation>Phase auf der Treppe</translation>
    </message>
    <message>
        <source>Place on the ladder</source>
        <translation>Position auf der Treppe</translation>
    </message>
    <message>
        <source>The offer is not on the ladder.</source>
        <translation>Die Leistung steht nicht auf der Treppe.</translation>
    </message>
    <message>
        <source>Step to the next rung</source>
        <translation>Schritt zur nächsten Stufe</translation>
    </message>
    <message>
        <source>Hours per month</source>
        <translation>Stunden pro Monat</translation>
    </message>
    <message>
        <source>Unused hours carry over</source>
        <translation>Nicht genutzte Stunden werden übertragen</translation>
    </message>
    <message>
        <source>Minimum term (months)</source>
        <translation>Mindestlaufzeit (Monate)</translation>
    </message>
    <message>
        <source>Notice (days)</source>
        <translation>Kündigungsfrist (Tage)</translation>
    </message>
    <message>
        <source>Consultancy</source>
        <translation>Beratung</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation>Kontaktdaten</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Accent colour</source>
        <translation>Akzentfarbe</translation>
    </message>
    <message>
        <source>Tax note</source>
        <translation>Steuerhinweis</translation>
    </message>
    <message>
        <source>Page size</source>
        <translation>Papierformat</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Formal proposals from (staff)</source>
        <translation>Förmliche Angebote ab (Mitarbeitende)</translation>
    </message>
    <message>
        <source>Grade bands (A / B / C)</source>
        <translation>Einstufungsgrenzen (A / B / C)</translation>
    </message>
    <message>
        <source>“%1” are not grade bands such as 80 / 60 / 40.</source>
        <translation>„%1“ sind keine Einstufungsgrenzen wie 80 / 60 / 40.</translation>
    </message>
    <message>
        <source>One-off total</source>
        <translation>Summe einmalig</translation>
    </message>
    <message>
        <source>Monthly total</source>
        <translation>Summe monatlich</translation>
    </message>
    <message>
        <source>“%1” cannot be read as a row.</source>
        <translation>„%1“ kann nicht als Zeile gelesen werden.</translation>
    </message>
    <message>
        <source>“%1” is neither once nor monthly.</source>
        <translation>„%1“ ist weder „once“ noch „monthly“.</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Mitarbeitende</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Branche</translation>
    </message>
    <message>
        <source>Current systems</source>
        <translation>Aktuelle Systeme</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Ausgestellt</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <source>Style</source>
        <translation>Stil</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Bedürfnisse</translation>
    </message>
    <message>
        <source>Wants</source>
        <translation>Wünsche</translation>
    </message>
    <message>
        <source>Recommended offers</source>
        <translation>Empfohlene Leistungen</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Bedingungen</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Nächster Schritt</translation>
    </message>
    <message>
        <source>Executive summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Risiken</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Meilensteine</translation>
    </message>
    <message>
        <source>Benefits</source>
        <translation>Nutzen</translation>
    </message>
    <message>
        <source>Systems used</source>
        <translation>Eingesetzte Systeme</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Letzter Kontakt</translation>
    </message>
    <message>
        <source>This kind of item has no field “%1”.</source>
        <translation>Diese Art von Eintrag hat kein Feld „%1“.</translation>
    </message>
</context>
<context>
    <name>clientele::ItemListEditor</name>
    <message>
        <source>No tools yet — press Insert or + to add one</source>
        <translation>Noch keine Werkzeuge — zum Hinzufügen Insert oder + drücken</translation>
    </message>
    <message>
        <source>Add tool</source>
        <translation>Werkzeug hinzufügen</translation>
    </message>
    <message>
        <source>Remove tool</source>
        <translation>Werkzeug entfernen</translation>
    </message>
    <message>
        <source>No obstacles yet — press Insert or + to add one</source>
        <translation>Noch keine Hindernisse — zum Hinzufügen Insert oder + drücken</translation>
    </message>
    <message>
        <source>Add obstacle</source>
        <translation>Hindernis hinzufügen</translation>
    </message>
    <message>
        <source>Remove obstacle</source>
        <translation>Hindernis entfernen</translation>
    </message>
    <message>
        <source>No needs yet — press Insert or + to add one</source>
        <translation>Noch keine Bedürfnisse — zum Hinzufügen Insert oder + drücken</translation>
    </message>
    <message>
        <source>Add need</source>
        <translation>Bedürfnis hinzufügen</translation>
    </message>
    <message>
        <source>Remove need</source>
        <translation>Bedürfnis entfernen</translation>
    </message>
    <message>
        <source>No wants yet — press Insert or + to add one</source>
        <translation>Noch keine Wünsche — zum Hinzufügen Insert oder + drücken</translation>
    </message>
    <message>
        <source>Add want</source>
        <translation>Wunsch hinzufügen</translation>
    </message>
    <message>
        <source>Remove want</source>
        <translation>Wunsch entfernen</translation>
    </message>
    <message>
        <source>No exclusions yet — press Insert or + to add one</source>
        <translation>Noch keine Ausschlüsse — zum Hinzufügen Insert oder + drücken</translation>
    </message>
    <message>
        <source>Add exclusion</source>
        <translation>Ausschluss hinzufügen</translation>
    </message>
    <message>
        <source>Remove exclusion</source>
        <translation>Ausschluss entfernen</translation>
    </message>
    <message>
        <source>No inclusions yet — press Insert or + to add one</source>
        <translation>Noch keine enthaltenen Punkte — zum Hinzufügen Insert oder + drücken</translation>
    </message>
    <message>
        <source>Add inclusion</source>
        <translation>Enthaltenen Punkt hinzufügen</translation>
    </message>
    <message>
        <source>Remove inclusion</source>
        <translation>Enthaltenen Punkt entfernen</translation>
    </message>
    <message>
        <source>No questions yet — press Insert or + to add one</source>
        <translation>Noch keine Fragen — zum Hinzufügen Insert oder + drücken</translation>
    </message>
    <message>
        <source>Add question</source>
        <translation>Frage hinzufügen</translation>
    </message>
    <message>
        <source>Remove question</source>
        <translation>Frage entfernen</translation>
    </message>
    <message>
        <source>No findings yet — press Insert or + to add one</source>
        <translation>Noch keine Ergebnisse — zum Hinzufügen Insert oder + drücken</translation>
    </message>
    <message>
        <source>Add finding</source>
        <translation>Ergebnis hinzufügen</translation>
    </message>
    <message>
        <source>Remove finding</source>
        <translation>Ergebnis entfernen</translation>
    </message>
</context>
<context>
    <name>clientele::JoinHubDialog</name>
    <message>
        <source>Join a Hub</source>
        <translation>Einem Hub beitreten</translation>
    </message>
    <message>
        <source>As the hub knows you (optional)</source>
        <translation>Wie der Hub Sie kennt (optional)</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>A hub is a PostgreSQL database your team shares. Joining uploads this workspace to a hub that holds none yet, or fills an empty workspace with the hub&apos;s.</source>
        <translation>Ein Hub ist eine PostgreSQL-Datenbank, die Ihr Team gemeinsam nutzt. Beim Beitritt wird dieser Arbeitsbereich auf einen Hub hochgeladen, der noch keinen enthält, oder ein leerer Arbeitsbereich wird mit dem des Hubs gefüllt.</translation>
    </message>
    <message>
        <source>A URL such as %1,
or a connection string such as %2.</source>
        <translation>Eine URL wie %1
oder eine Verbindungszeichenfolge wie %2.</translation>
    </message>
    <message>
        <source>Hub &amp;address:</source>
        <translation>&amp;Adresse des Hubs:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Joining the hub</source>
        <translation>Beitritt zum Hub</translation>
    </message>
    <message>
        <source>Joining the hub…</source>
        <translation>Beitritt zum Hub läuft…</translation>
    </message>
    <message>
        <source>&amp;Join</source>
        <translation>Bei&amp;treten</translation>
    </message>
    <message>
        <source>The password is kept in your desktop&apos;s keyring, never in the workspace.</source>
        <translation>Das Passwort wird im Schlüsselbund Ihres Desktops aufbewahrt, nie im Arbeitsbereich.</translation>
    </message>
    <message>
        <source>No desktop keyring answers here, so the password will not be remembered: your .pgpass file can keep it instead.</source>
        <translation>Hier antwortet kein Schlüsselbund des Desktops, daher wird das Passwort nicht gespeichert: Ihre .pgpass-Datei kann es stattdessen aufbewahren.</translation>
    </message>
    <message>
        <source>Type the hub&apos;s address, such as %1.</source>
        <translation>Geben Sie die Adresse des Hubs ein, etwa %1.</translation>
    </message>
    <message>
        <source>Type the password into the Password field, not the address: the workspace keeps the address, and never a password.</source>
        <translation>Geben Sie das Passwort in das Feld „Passwort“ ein, nicht in die Adresse: Der Arbeitsbereich speichert die Adresse, aber nie ein Passwort.</translation>
    </message>
</context>
<context>
    <name>clientele::LadderDiagram</name>
    <message>
        <source>Free</source>
        <translation>Kostenlos</translation>
    </message>
    <message>
        <source>%1 / month</source>
        <translation>%1 / Monat</translation>
    </message>
    <message>
        <source>Up-sell ladder</source>
        <translation>Leistungstreppe</translation>
    </message>
    <message>
        <source>; then </source>
        <extracomment>Joins the steps of the ladder in its description for screen readers.</extracomment>
        <translation>; dann </translation>
    </message>
    <message>
        <source>No offers on the ladder yet — give an offer a ladder stage to place it here</source>
        <translation>Noch keine Leistungen auf der Treppe — weisen Sie einer Leistung eine Phase der Treppe zu, um sie hier einzuordnen</translation>
    </message>
    <message>
        <source>(no step written)</source>
        <translation>(kein Schritt beschrieben)</translation>
    </message>
</context>
<context>
    <name>clientele::LocationCheck</name>
    <message>
        <source>This workspace is on a network drive (%1). Its file locking is not reliable there, so two people or windows editing at once could damage it. Keep workspaces on a local disk and share copies.</source>
        <translation>Dieser Arbeitsbereich liegt auf einem Netzlaufwerk (%1). Die Dateisperre ist dort nicht zuverlässig, sodass gleichzeitiges Bearbeiten durch zwei Personen oder in zwei Fenstern ihn beschädigen könnte. Bewahren Sie Arbeitsbereiche auf einem lokalen Datenträger auf und geben Sie Kopien weiter.</translation>
    </message>
    <message>
        <source>This workspace is inside a %1 folder. Sync programs copy files while they are being written, which can damage a workspace or bring back old versions. Keep it in a local folder and save copies into %1 instead.</source>
        <translation>Dieser Arbeitsbereich liegt in einem %1-Ordner. Synchronisierungsprogramme kopieren Dateien, während sie geschrieben werden; das kann einen Arbeitsbereich beschädigen oder alte Versionen zurückbringen. Bewahren Sie ihn in einem lokalen Ordner auf und speichern Sie stattdessen Kopien in %1.</translation>
    </message>
</context>
<context>
    <name>clientele::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Workspace &amp;Settings…</source>
        <translation>Arbeitsbereichseinstellun&amp;gen…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Page</source>
        <translation>&amp;Seite</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Show &amp;Sidebar</source>
        <translation>&amp;Seitenleiste anzeigen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Benutzerhandbuch</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About Clientele</source>
        <translation>&amp;Über Clientele</translation>
    </message>
    <message>
        <source>About Clientele</source>
        <translation>Über Clientele</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Clientele %1&lt;/h3&gt;&lt;p&gt;A workbench for ideal customer profiles: the ICP chart, the written profile, offers and proposals.&lt;/p&gt;&lt;p&gt;Every workspace is one file on this computer; every change is saved as you make it and can be undone.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Clientele %1&lt;/h3&gt;&lt;p&gt;Eine Werkbank für Idealkundenprofile: die ICP-Tabelle, das schriftliche Profil, Leistungen und Angebote.&lt;/p&gt;&lt;p&gt;Jeder Arbeitsbereich ist eine Datei auf diesem Computer; jede Änderung wird gespeichert, sobald Sie sie vornehmen, und kann rückgängig gemacht werden.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>Workspace file</source>
        <translation>Arbeitsbereichsdatei</translation>
    </message>
    <message>
        <source>Save state</source>
        <translation>Speicherstatus</translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation>Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <source>Add an entry</source>
        <translation>Eintrag hinzufügen</translation>
    </message>
    <message>
        <source>Remove the entry</source>
        <translation>Eintrag entfernen</translation>
    </message>
    <message>
        <source>Move the entry up</source>
        <translation>Eintrag nach oben verschieben</translation>
    </message>
    <message>
        <source>Move the entry down</source>
        <translation>Eintrag nach unten verschieben</translation>
    </message>
    <message>
        <source>Give a “not our customer” entry a rule</source>
        <translation>Einem Eintrag der Liste „Nicht unser Kunde“ eine Regel zuweisen</translation>
    </message>
    <message>
        <source>Lists in an editor</source>
        <translation>Listen in einem Editor</translation>
    </message>
    <message>
        <source>Select a profile, chart client, offer or proposal to see its history.</source>
        <translation>Wählen Sie ein Profil, einen Kunden in der Tabelle, eine Leistung oder ein Angebot aus, um den Verlauf zu sehen.</translation>
    </message>
    <message>
        <source>Clientele</source>
        <translation>Clientele</translation>
    </message>
    <message>
        <source>Sample workspace — Clientele</source>
        <translation>Beispiel-Arbeitsbereich — Clientele</translation>
    </message>
    <message>
        <source>%1 (read only) — Clientele</source>
        <translation>%1 (schreibgeschützt) — Clientele</translation>
    </message>
    <message>
        <source>%1 — Clientele</source>
        <translation>%1 — Clientele</translation>
    </message>
    <message>
        <source>Sample workspace: your changes last until you close it; File ▸ Save a Copy… keeps them.</source>
        <translation>Beispiel-Arbeitsbereich: Ihre Änderungen bleiben bis zum Schließen erhalten; mit Datei ▸ Kopie speichern… behalten Sie sie.</translation>
    </message>
    <message>
        <source>Last change not saved</source>
        <translation>Letzte Änderung nicht gespeichert</translation>
    </message>
    <message>
        <source>Read only</source>
        <translation>Schreibgeschützt</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>Alle Änderungen gespeichert</translation>
    </message>
    <message>
        <source>Change not saved</source>
        <translation>Änderung nicht gespeichert</translation>
    </message>
    <message>
        <source>Clientele could not save your last change, so it was not kept.</source>
        <translation>Clientele konnte Ihre letzte Änderung nicht speichern; sie wurde daher nicht übernommen.</translation>
    </message>
</context>
<context>
    <name>clientele::Money</name>
    <message>
        <source>Expected an amount such as $1,234.50, 1200, AUD 1,200, (120.00) or 1.5M.</source>
        <translation>Erwartet wird ein Betrag wie $1,234.50, 1200, AUD 1,200, (120.00) oder 1.5M.</translation>
    </message>
    <message>
        <source>Expected an amount such as $1,234.50, 1200, AUD 1,200, (120.00) or 1.5M, not &quot;%1&quot;.</source>
        <translation>Erwartet wird ein Betrag wie $1,234.50, 1200, AUD 1,200, (120.00) oder 1.5M, nicht „%1“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names two currencies, %2 and %3.</source>
        <translation>„%1“ nennt zwei Währungen, %2 und %3.</translation>
    </message>
    <message>
        <source>The amount &quot;%1&quot; is too large.</source>
        <translation>Der Betrag „%1“ ist zu groß.</translation>
    </message>
    <message>
        <source>Expected a decimal amount with at most %1 decimals such as &quot;1234.50&quot;, not &quot;%2&quot;.</source>
        <translation>Erwartet wird ein Dezimalbetrag mit höchstens %1 Nachkommastellen wie „1234.50“, nicht „%2“.</translation>
    </message>
</context>
<context>
    <name>clientele::Offer</name>
    <message>
        <source>Free assessment</source>
        <translation>Kostenlose Erstanalyse</translation>
    </message>
    <message>
        <source>Fixed-price project</source>
        <translation>Festpreisprojekt</translation>
    </message>
    <message>
        <source>Monthly retainer</source>
        <translation>Monatliche Pauschale</translation>
    </message>
    <message>
        <source>Product or licence</source>
        <translation>Produkt oder Lizenz</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Einstieg</translation>
    </message>
    <message>
        <source>Core</source>
        <translation>Kern</translation>
    </message>
    <message>
        <source>Continuing</source>
        <translation>Fortführung</translation>
    </message>
    <message>
        <source>Included</source>
        <translation>Enthalten</translation>
    </message>
    <message>
        <source>Not included</source>
        <translation>Nicht enthalten</translation>
    </message>
    <message>
        <source>The fee also covers</source>
        <translation>Das Honorar umfasst auch</translation>
    </message>
    <message>
        <source>The fee does not cover</source>
        <translation>Das Honorar umfasst nicht</translation>
    </message>
    <message>
        <source>Questions we ask</source>
        <translation>Fragen, die wir stellen</translation>
    </message>
    <message>
        <source>What you keep</source>
        <translation>Was Sie behalten</translation>
    </message>
    <message>
        <source>An offer needs a name.</source>
        <translation>Eine Leistung braucht einen Namen.</translation>
    </message>
    <message>
        <source>A price cannot be negative; a free offer costs 0.</source>
        <translation>Ein Preis kann nicht negativ sein; eine kostenlose Leistung kostet 0.</translation>
    </message>
    <message>
        <source>Hours, minimum term and notice cannot be negative.</source>
        <translation>Stunden, Mindestlaufzeit und Kündigungsfrist können nicht negativ sein.</translation>
    </message>
</context>
<context>
    <name>clientele::OfferCatalogue</name>
    <message>
        <source>That offer no longer exists.</source>
        <translation>Diese Leistung gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>Add offer “%1”</source>
        <translation>Leistung „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>The offer could not be saved.</source>
        <translation>Die Leistung konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Remove offer “%1”</source>
        <translation>Leistung „%1“ entfernen</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <source>Rename offer</source>
        <translation>Leistung umbenennen</translation>
    </message>
    <message>
        <source>Change offer kind</source>
        <translation>Art der Leistung ändern</translation>
    </message>
    <message>
        <source>Edit promise</source>
        <translation>Versprechen bearbeiten</translation>
    </message>
    <message>
        <source>Change price</source>
        <translation>Preis ändern</translation>
    </message>
    <message>
        <source>Change what the offer answers</source>
        <translation>Ändern, worauf die Leistung eingeht</translation>
    </message>
    <message>
        <source>Put offer on the ladder</source>
        <translation>Leistung auf die Treppe setzen</translation>
    </message>
    <message>
        <source>Take offer off the ladder</source>
        <translation>Leistung von der Treppe nehmen</translation>
    </message>
    <message>
        <source>Edit the step to the next rung</source>
        <translation>Schritt zur nächsten Stufe bearbeiten</translation>
    </message>
    <message>
        <source>The offer is not on the ladder.</source>
        <translation>Die Leistung steht nicht auf der Treppe.</translation>
    </message>
    <message>
        <source>Move offer down the ladder</source>
        <translation>Leistung auf der Treppe nach unten verschieben</translation>
    </message>
    <message>
        <source>Move offer up the ladder</source>
        <translation>Leistung auf der Treppe nach oben verschieben</translation>
    </message>
    <message>
        <source>Restore an earlier value</source>
        <translation>Früheren Wert wiederherstellen</translation>
    </message>
    <message>
        <source>Edit what is included</source>
        <translation>Leistungsumfang bearbeiten</translation>
    </message>
    <message>
        <source>Edit what is not included</source>
        <translation>Nicht enthaltene Leistungen bearbeiten</translation>
    </message>
    <message>
        <source>Edit what the fee also covers</source>
        <translation>Im Honorar enthaltene Posten bearbeiten</translation>
    </message>
    <message>
        <source>Edit what the fee does not cover</source>
        <translation>Nicht im Honorar enthaltene Posten bearbeiten</translation>
    </message>
    <message>
        <source>Edit the questions we ask</source>
        <translation>Unsere Fragen bearbeiten</translation>
    </message>
    <message>
        <source>Edit what the client keeps</source>
        <translation>Bearbeiten, was der Kunde behält</translation>
    </message>
</context>
<context>
    <name>clientele::OfferCatalogueDocument</name>
    <message>
        <source>Our offers</source>
        <translation>Unsere Leistungen</translation>
    </message>
    <message>
        <source>Offer catalogue</source>
        <translation>Leistungskatalog</translation>
    </message>
    <message>
        <source>Start small, and grow when it pays</source>
        <translation>Klein anfangen und wachsen, wenn es sich lohnt</translation>
    </message>
    <message>
        <source>%1  ·  start small, and grow when it pays</source>
        <translation>%1  ·  klein anfangen und wachsen, wenn es sich lohnt</translation>
    </message>
    <message>
        <source>The ladder</source>
        <translation>Die Leistungstreppe</translation>
    </message>
    <message>
        <source>Each step earns the next: you only move up when the last one has paid its way.</source>
        <translation>Jede Stufe verdient sich die nächste: Sie steigen erst auf, wenn sich die vorige bezahlt gemacht hat.</translation>
    </message>
    <message>
        <source>No offers yet.</source>
        <translation>Noch keine Leistungen.</translation>
    </message>
    <message>
        <source>The offers</source>
        <translation>Die Leistungen</translation>
    </message>
</context>
<context>
    <name>clientele::OfferDocument</name>
    <message>
        <source>Free</source>
        <translation>Kostenlos</translation>
    </message>
    <message>
        <source>%1 a month</source>
        <translation>%1 pro Monat</translation>
    </message>
    <message>
        <source>Monthly fee</source>
        <translation>Monatliches Honorar</translation>
    </message>
    <message>
        <source>Hours included each month</source>
        <translation>Enthaltene Stunden pro Monat</translation>
    </message>
    <message>
        <source>Unused hours</source>
        <translation>Nicht genutzte Stunden</translation>
    </message>
    <message>
        <source>Carry over to later months</source>
        <translation>Werden in Folgemonate übertragen</translation>
    </message>
    <message>
        <source>Do not carry over</source>
        <translation>Werden nicht übertragen</translation>
    </message>
    <message>
        <source>Effective hourly rate</source>
        <translation>Effektiver Stundensatz</translation>
    </message>
    <message>
        <source>Yearly value</source>
        <translation>Jahreswert</translation>
    </message>
    <message>
        <source>Minimum term</source>
        <translation>Mindestlaufzeit</translation>
    </message>
    <message numerus="yes">
        <source>%n months</source>
        <translation>
            <numerusform>%n Monat</numerusform>
            <numerusform>%n Monate</numerusform>
        </translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Kündigungsfrist</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>What it answers</source>
        <translation>Worauf sie eingeht</translation>
    </message>
</context>
<context>
    <name>clientele::OfferEditor</name>
    <message>
        <source>Not on the ladder</source>
        <translation>Nicht auf der Treppe</translation>
    </message>
    <message>
        <source>Change retainer terms</source>
        <translation>Pauschalbedingungen ändern</translation>
    </message>
    <message>
        <source>Let unused hours carry over</source>
        <translation>Nicht genutzte Stunden übertragen</translation>
    </message>
    <message>
        <source>Let unused hours lapse</source>
        <translation>Nicht genutzte Stunden verfallen lassen</translation>
    </message>
    <message>
        <source>%1 · Free</source>
        <translation>%1 · kostenlos</translation>
    </message>
    <message>
        <source>%1 per month</source>
        <translation>%1 pro Monat</translation>
    </message>
    <message>
        <source>%1 an hour  (%2 for %3 h)</source>
        <translation>%1 pro Stunde  (%2 für %3 Std.)</translation>
    </message>
    <message>
        <source>—  (no hours included)</source>
        <translation>—  (keine Stunden enthalten)</translation>
    </message>
    <message>
        <source>%1 a year</source>
        <translation>%1 pro Jahr</translation>
    </message>
    <message>
        <source>  ·  %1 over the minimum term</source>
        <translation>  ·  %1 über die Mindestlaufzeit</translation>
    </message>
    <message>
        <source>Add a customer profile with obstacles and needs to link them here.</source>
        <translation>Legen Sie ein Kundenprofil mit Hindernissen und Bedürfnissen an, um sie hier zu verknüpfen.</translation>
    </message>
    <message>
        <source>Tick what this offer answers for “%1”:</source>
        <translation>Haken Sie an, worauf diese Leistung bei „%1“ eingeht:</translation>
    </message>
    <message>
        <source>Obstacle</source>
        <translation>Hindernis</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Bedürfnis</translation>
    </message>
    <message>
        <source>“%1” has no obstacles or needs yet.</source>
        <translation>„%1“ hat noch keine Hindernisse oder Bedürfnisse.</translation>
    </message>
</context>
<context>
    <name>clientele::OfferListModel</name>
    <message>
        <source>Free</source>
        <translation>Kostenlos</translation>
    </message>
    <message>
        <source>%1 /month</source>
        <translation>%1 /Monat</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Leistung</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Ladder</source>
        <translation>Treppe</translation>
    </message>
</context>
<context>
    <name>clientele::OffersPage</name>
    <message>
        <source>Search offers</source>
        <translation>Leistungen durchsuchen</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>Leistungen</translation>
    </message>
    <message>
        <source>&amp;New Offer</source>
        <translation>&amp;Neue Leistung</translation>
    </message>
    <message>
        <source>D&amp;uplicate Offer</source>
        <translation>Leistung &amp;duplizieren</translation>
    </message>
    <message>
        <source>&amp;Delete Offer</source>
        <translation>Leistung &amp;löschen</translation>
    </message>
    <message>
        <source>Deleted offer “%1”</source>
        <translation>Leistung „%1“ gelöscht</translation>
    </message>
    <message>
        <source>No offers yet — press Ctrl+N to add the first rung of your ladder, such as a free assessment</source>
        <translation>Noch keine Leistungen — drücken Sie Ctrl+N, um die erste Stufe Ihrer Treppe anzulegen, etwa eine kostenlose Erstanalyse</translation>
    </message>
    <message>
        <source>No offer matches “%1” — press Esc in the search field to show all</source>
        <translation>Keine Leistung passt zu „%1“ — drücken Sie Esc im Suchfeld, um alle anzuzeigen</translation>
    </message>
    <message>
        <source>Select an offer on the left, or press Ctrl+N to add one</source>
        <translation>Wählen Sie links eine Leistung aus oder drücken Sie Ctrl+N, um eine hinzuzufügen</translation>
    </message>
    <message>
        <source>Move &amp;Up the Ladder</source>
        <translation>Auf der Treppe nach &amp;oben</translation>
    </message>
    <message>
        <source>Move D&amp;own the Ladder</source>
        <translation>Auf der Treppe nach &amp;unten</translation>
    </message>
    <message>
        <source>Up-sell ladder</source>
        <translation>Leistungstreppe</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Ohne Titel</translation>
    </message>
    <message>
        <source>O&amp;ffer</source>
        <translation>&amp;Leistung</translation>
    </message>
    <message>
        <source>Offers.pdf</source>
        <translation>Leistungen.pdf</translation>
    </message>
    <message>
        <source>the offer catalogue</source>
        <translation>den Leistungskatalog</translation>
    </message>
</context>
<context>
    <name>clientele::PagedDocument</name>
    <message>
        <source>The page is too small for the document.</source>
        <translation>Die Seite ist zu klein für das Dokument.</translation>
    </message>
    <message>
        <source>The document could not be started on the output device.</source>
        <translation>Das Dokument konnte auf dem Ausgabegerät nicht begonnen werden.</translation>
    </message>
    <message>
        <source>Page %1 could not be added to the output.</source>
        <translation>Seite %1 konnte der Ausgabe nicht hinzugefügt werden.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>The document could not be finished on the output device.</source>
        <translation>Das Dokument konnte auf dem Ausgabegerät nicht abgeschlossen werden.</translation>
    </message>
</context>
<context>
    <name>clientele::PdfExport</name>
    <message>
        <source>The PDF could not be completed with its title and author.</source>
        <translation>Das PDF konnte nicht mit Titel und Autor fertiggestellt werden.</translation>
    </message>
    <message>
        <source>Could not export “%1”: %2</source>
        <translation>„%1“ konnte nicht exportiert werden: %2</translation>
    </message>
    <message>
        <source>Could not write “%1”: %2</source>
        <translation>„%1“ konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>clientele::PickTopCustomers</name>
    <message>
        <source>%1 sales only; also invoiced %2, not included.</source>
        <translation>Nur Umsätze in %1; außerdem in %2 abgerechnet, nicht enthalten.</translation>
    </message>
    <message>
        <source>%1 buys in %2 and the chart counts %3, so its spend is left blank (amounts are not converted).</source>
        <translation>%1 kauft in %2 ein, die Tabelle rechnet aber in %3; die Ausgaben bleiben daher leer (Beträge werden nicht umgerechnet).</translation>
    </message>
    <message>
        <source>Put %1 into the chart</source>
        <translation>%1 in die Tabelle übernehmen</translation>
    </message>
    <message numerus="yes">
        <source>Put %n top customers into the chart</source>
        <translation>
            <numerusform>%n Top-Kunden in die Tabelle übernehmen</numerusform>
            <numerusform>%n Top-Kunden in die Tabelle übernehmen</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not add “%1” to the chart.</source>
        <translation>„%1“ konnte nicht zur Tabelle hinzugefügt werden.</translation>
    </message>
</context>
<context>
    <name>clientele::PickTopDialog</name>
    <message>
        <source>Updates the client of that name</source>
        <translation>Aktualisiert den Kunden gleichen Namens</translation>
    </message>
    <message>
        <source>Takes the place of “%1”</source>
        <translation>Tritt an die Stelle von „%1“</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>Neuer Kunde</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <comment>a range of amounts</comment>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>Pick Top Customers</source>
        <translation>Top-Kunden auswählen</translation>
    </message>
    <message>
        <source>How many customers</source>
        <translation>Anzahl der Kunden</translation>
    </message>
    <message>
        <source>net spend</source>
        <translation>Nettoausgaben</translation>
    </message>
    <message>
        <source>years as customer</source>
        <translation>Dauer der Kundenbeziehung</translation>
    </message>
    <message>
        <source>loyalty</source>
        <translation>Treue</translation>
    </message>
    <message>
        <source>Ranked by</source>
        <translation>Rangfolge nach</translation>
    </message>
    <message>
        <source>Put the &amp;top</source>
        <extracomment>The words before the number in &quot;Put the top [5] customers by [net spend] into the ICP chart:&quot;.</extracomment>
        <translation>Die &amp;besten</translation>
    </message>
    <message>
        <source>customers &amp;by</source>
        <extracomment>The words between the number and the ranking in &quot;Put the top [5] customers by [net spend] into the ICP chart:&quot;.</extracomment>
        <translation>Kunden &amp;nach</translation>
    </message>
    <message>
        <source>into the ICP chart:</source>
        <extracomment>The words after the ranking in &quot;Put the top [5] customers by [net spend] into the ICP chart:&quot;.</extracomment>
        <translation>in die ICP-Tabelle übernehmen:</translation>
    </message>
    <message>
        <source>What goes into the chart</source>
        <translation>Was in die Tabelle übernommen wird</translation>
    </message>
    <message>
        <source>Replace values entered by hand</source>
        <translation>Von Hand eingegebene Werte ersetzen</translation>
    </message>
    <message>
        <source>&amp;Put into Chart</source>
        <translation>In die &amp;Tabelle übernehmen</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>In the chart</source>
        <translation>In der Tabelle</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Replace the %n value(s) typed into the chart by hand (marked ⚠)</source>
        <translation>
            <numerusform>%n von Hand in die Tabelle eingegebenen Wert (mit ⚠ markiert) &amp;ersetzen</numerusform>
            <numerusform>%n von Hand in die Tabelle eingegebene Werte (mit ⚠ markiert) &amp;ersetzen</numerusform>
        </translation>
    </message>
    <message>
        <source>No customer has a sales invoice yet.</source>
        <translation>Noch kein Kunde hat eine Ausgangsrechnung.</translation>
    </message>
    <message>
        <source>Cells marked ⚠ already hold a value typed by hand that differs from the invoices; they are kept unless you tick the box below.</source>
        <translation>Mit ⚠ markierte Zellen enthalten bereits einen von Hand eingegebenen Wert, der von den Rechnungen abweicht; sie bleiben erhalten, sofern Sie nicht das Kästchen unten ankreuzen.</translation>
    </message>
    <message>
        <source>The chart has no %1 row, so that is left out.</source>
        <translation>Die Tabelle hat keine Zeile für %1; das wird daher ausgelassen.</translation>
    </message>
    <message>
        <source>Edit ▸ Undo takes the whole pick out again in one step.</source>
        <translation>Bearbeiten ▸ Rückgängig nimmt die gesamte Auswahl in einem Schritt wieder zurück.</translation>
    </message>
    <message>
        <source>⚠ %1 (typed: %2)</source>
        <translation>⚠ %1 (eingegeben: %2)</translation>
    </message>
    <message>
        <source>The chart holds “%1”, typed by hand; the invoices say “%2”.</source>
        <translation>Die Tabelle enthält den von Hand eingegebenen Wert „%1“; laut Rechnungen ist es „%2“.</translation>
    </message>
    <message>
        <source>Not put into the chart</source>
        <translation>Nicht in die Tabelle übernommen</translation>
    </message>
</context>
<context>
    <name>clientele::PipelineView</name>
    <message numerus="yes">
        <source>%n in draft, worth %1 in the first year</source>
        <translation>
            <numerusform>%n Angebot im Entwurf, Wert im ersten Jahr: %1</numerusform>
            <numerusform>%n Angebote im Entwurf, Wert im ersten Jahr: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sent and awaiting a decision, worth %1 in the first year</source>
        <translation>
            <numerusform>%n gesendetes Angebot wartet auf eine Entscheidung, Wert im ersten Jahr: %1</numerusform>
            <numerusform>%n gesendete Angebote warten auf eine Entscheidung, Wert im ersten Jahr: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n won, worth %1 in the first year</source>
        <translation>
            <numerusform>%n gewonnenes Angebot, Wert im ersten Jahr: %1</numerusform>
            <numerusform>%n gewonnene Angebote, Wert im ersten Jahr: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lost, worth %1 in the first year</source>
        <translation>
            <numerusform>%n verlorenes Angebot, Wert im ersten Jahr: %1</numerusform>
            <numerusform>%n verlorene Angebote, Wert im ersten Jahr: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>Abschlussquote</translation>
    </message>
    <message>
        <source>Days to decision</source>
        <translation>Tage bis zur Entscheidung</translation>
    </message>
    <message>
        <source>Monthly revenue won</source>
        <translation>Gewonnener Monatsumsatz</translation>
    </message>
    <message>
        <source>A proposal&apos;s value is its first year: the one-off total and twelve months of its monthly fees.</source>
        <translation>Als Wert eines Angebots zählt sein erstes Jahr: die einmalige Summe und zwölf Monate seiner monatlichen Gebühren.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>A status&apos;s count of proposals and their value: &quot;2 · $45,200&quot;.</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1%</source>
        <extracomment>A win rate: &quot;66.7%&quot;.</extracomment>
        <translation>%1 %</translation>
    </message>
    <message numerus="yes">
        <source>%1 won out of %n decided</source>
        <translation>
            <numerusform>%1 von %n entschiedenen Angebot gewonnen</numerusform>
            <numerusform>%1 von %n entschiedenen Angeboten gewonnen</numerusform>
        </translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>No proposal has been won or lost yet.</source>
        <translation>Bisher wurde noch kein Angebot gewonnen oder verloren.</translation>
    </message>
    <message>
        <source>Average days from sending a proposal&apos;s first version to the day it was won or lost</source>
        <translation>Durchschnittliche Anzahl Tage vom Senden der ersten Version eines Angebots bis zu dem Tag, an dem es gewonnen oder verloren wurde</translation>
    </message>
    <message>
        <source>No proposal that was sent has been won or lost yet.</source>
        <translation>Bisher wurde noch kein gesendetes Angebot gewonnen oder verloren.</translation>
    </message>
    <message>
        <source>The monthly fees of the proposals won</source>
        <translation>Die monatlichen Gebühren der gewonnenen Angebote</translation>
    </message>
    <message>
        <source>One proposal in another currency than %1 is counted but left out of the money.</source>
        <translation>Ein Angebot in einer anderen Währung als %1 wird mitgezählt, aber nicht in die Beträge eingerechnet.</translation>
    </message>
    <message numerus="yes">
        <source>%n proposals in other currencies than %1 are counted but left out of the money.</source>
        <translation>
            <numerusform>%n Angebot in einer anderen Währung als %1 wird mitgezählt, aber nicht in die Beträge eingerechnet.</numerusform>
            <numerusform>%n Angebote in anderen Währungen als %1 werden mitgezählt, aber nicht in die Beträge eingerechnet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clientele::PostgresHub</name>
    <message>
        <source>The hub at %1 could not be brought to hub schema %2: %3</source>
        <translation>Der Hub (%1) konnte nicht auf Hub-Schema %2 gebracht werden: %3</translation>
    </message>
    <message>
        <source>There is no Clientele hub at %1: run clientele-cli hub init URL to set one up.</source>
        <translation>Es gibt keinen Clientele-Hub (%1): Richten Sie einen mit clientele-cli hub init URL ein.</translation>
    </message>
    <message>
        <source>The hub at %1 was set up by a newer Clientele (hub schema %2; this one knows up to %3): update Clientele on this computer.</source>
        <translation>Der Hub (%1) wurde von einer neueren Clientele-Version eingerichtet (Hub-Schema %2; diese kennt bis %3): Aktualisieren Sie Clientele auf diesem Computer.</translation>
    </message>
    <message>
        <source>The hub at %1 has hub schema %2, older than this Clientele&apos;s %3: run clientele-cli hub init URL to bring it up to date.</source>
        <translation>Der Hub (%1) hat Hub-Schema %2, älter als das dieser Clientele-Version (%3): Bringen Sie ihn mit clientele-cli hub init URL auf den neuesten Stand.</translation>
    </message>
    <message>
        <source>The hub&apos;s migration %1 is missing from this Clientele.</source>
        <translation>Dieser Clientele-Version fehlt die Hub-Migration %1.</translation>
    </message>
    <message>
        <source>Could not read the hub at %1: %2</source>
        <translation>Der Hub (%1) konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Could not read which team the hub at %1 belongs to: %2</source>
        <translation>Es konnte nicht gelesen werden, zu welchem Team der Hub (%1) gehört: %2</translation>
    </message>
    <message>
        <source>Could not give the hub at %1 to the team: %2</source>
        <translation>Der Hub (%1) konnte dem Team nicht zugeordnet werden: %2</translation>
    </message>
    <message>
        <source>The hub at %1 did not take the change: %2</source>
        <translation>Der Hub (%1) hat die Änderung nicht übernommen: %2</translation>
    </message>
    <message numerus="yes">
        <source>The hub at %1 did not take the %n changes: %2</source>
        <translation>
            <numerusform>Der Hub (%1) hat die %n Änderung nicht übernommen: %2</numerusform>
            <numerusform>Der Hub (%1) hat die %n Änderungen nicht übernommen: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not fetch changes from the hub at %1: %2</source>
        <translation>Die Änderungen konnten nicht vom Hub (%1) abgerufen werden: %2</translation>
    </message>
    <message>
        <source>The hub at %1 holds change %2 with a clock that cannot be read.</source>
        <translation>Der Hub (%1) enthält die Änderung %2 mit einem unlesbaren Zeitstempel.</translation>
    </message>
</context>
<context>
    <name>clientele::PrintActions</name>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>Druck&amp;vorschau…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>Als &amp;PDF exportieren…</translation>
    </message>
    <message>
        <source>the page</source>
        <translation>die Seite</translation>
    </message>
    <message>
        <source>Preview %1 as printed (Ctrl+Shift+P)</source>
        <extracomment>%1 says what the page prints, as SectionPage::documentDescription() words it: &quot;the ICP chart&quot;, &quot;the profile&quot;.</extracomment>
        <translation>Zeigt eine Druckvorschau für %1 (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>Print %1 (Ctrl+P)</source>
        <translation>Druckt %1 (Ctrl+P)</translation>
    </message>
    <message>
        <source>Save %1 as PDF (Ctrl+E)</source>
        <translation>Speichert %1 als PDF (Ctrl+E)</translation>
    </message>
    <message>
        <source>Document.pdf</source>
        <translation>Dokument.pdf</translation>
    </message>
    <message>
        <source>Print Preview — %1</source>
        <translation>Druckvorschau — %1</translation>
    </message>
    <message>
        <source>Print — %1</source>
        <translation>Drucken — %1</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Als PDF exportieren</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>%1 exportiert</translation>
    </message>
    <message>
        <source>There is nothing to export on this page.</source>
        <translation>Auf dieser Seite gibt es nichts zu exportieren.</translation>
    </message>
</context>
<context>
    <name>clientele::ProfileEditor</name>
    <message>
        <source>Created %1 · Last changed %2</source>
        <translation>Erstellt am %1 · Zuletzt geändert am %2</translation>
    </message>
</context>
<context>
    <name>clientele::ProfileField</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Demographics</source>
        <translation>Demografie</translation>
    </message>
    <message>
        <source>Psychographics</source>
        <translation>Psychografie</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Branche</translation>
    </message>
    <message>
        <source>Business size</source>
        <translation>Unternehmensgröße</translation>
    </message>
    <message>
        <source>Business type</source>
        <translation>Unternehmensart</translation>
    </message>
    <message>
        <source>The person</source>
        <translation>Die Person</translation>
    </message>
    <message>
        <source>The company</source>
        <translation>Das Unternehmen</translation>
    </message>
    <message>
        <source>The industry</source>
        <translation>Die Branche</translation>
    </message>
    <message>
        <source>Utopia</source>
        <translation>Utopie</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Technographics</source>
        <translation>Technografie</translation>
    </message>
    <message>
        <source>Obstacles</source>
        <translation>Hindernisse</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Bedürfnisse</translation>
    </message>
    <message>
        <source>Wants</source>
        <translation>Wünsche</translation>
    </message>
    <message>
        <source>Not our customer</source>
        <translation>Nicht unser Kunde</translation>
    </message>
</context>
<context>
    <name>clientele::ProfileItemsEditor</name>
    <message>
        <source>Rule…</source>
        <translation>Regel…</translation>
    </message>
    <message>
        <source>Disqualify prospects that match this entry (%1)</source>
        <translation>Interessenten ausschließen, die diesem Eintrag entsprechen (%1)</translation>
    </message>
    <message>
        <source>Rule not set</source>
        <translation>Regel nicht festgelegt</translation>
    </message>
</context>
<context>
    <name>clientele::ProfileItemsModel</name>
    <message>
        <source>Disqualifies: %1</source>
        <translation>Schließt aus: %1</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Why not</source>
        <translation>Warum nicht</translation>
    </message>
</context>
<context>
    <name>clientele::ProfileListDelegate</name>
    <message>
        <source>Changed today</source>
        <translation>Heute geändert</translation>
    </message>
    <message>
        <source>Changed %1</source>
        <translation>Geändert am %1</translation>
    </message>
</context>
<context>
    <name>clientele::ProfileListModel</name>
    <message>
        <source>(untitled profile)</source>
        <translation>(unbenanntes Profil)</translation>
    </message>
    <message>
        <source>Last changed %1</source>
        <translation>Zuletzt geändert am %1</translation>
    </message>
</context>
<context>
    <name>clientele::ProfilePrintout</name>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Customer profiles</source>
        <translation>Kundenprofile</translation>
    </message>
    <message>
        <source>Customer profile</source>
        <translation>Kundenprofil</translation>
    </message>
    <message>
        <source>Customer profile  ·  updated %1</source>
        <translation>Kundenprofil  ·  aktualisiert am %1</translation>
    </message>
</context>
<context>
    <name>clientele::ProfileSheet</name>
    <message>
        <source>%1 staff</source>
        <translation>%1 Mitarbeitende</translation>
    </message>
    <message>
        <source>Untitled profile</source>
        <translation>Unbenanntes Profil</translation>
    </message>
    <message>
        <source>Needs and wants</source>
        <translation>Bedürfnisse und Wünsche</translation>
    </message>
</context>
<context>
    <name>clientele::ProfileStore</name>
    <message>
        <source>That profile no longer exists.</source>
        <translation>Dieses Profil existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Add profile</source>
        <translation>Profil hinzufügen</translation>
    </message>
    <message>
        <source>Remove profile “%1”</source>
        <translation>Profil „%1“ entfernen</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <source>Duplicate profile</source>
        <translation>Profil duplizieren</translation>
    </message>
    <message>
        <source>That entry is no longer in the list.</source>
        <translation>Dieser Eintrag ist nicht mehr in der Liste.</translation>
    </message>
    <message>
        <source>Set the rule of “%1”</source>
        <translation>Regel für „%1“ festlegen</translation>
    </message>
    <message>
        <source>Remove the rule of “%1”</source>
        <translation>Regel für „%1“ entfernen</translation>
    </message>
    <message>
        <source>The profile has changed meanwhile; try again.</source>
        <translation>Das Profil wurde inzwischen geändert; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Restore an earlier value</source>
        <translation>Früheren Wert wiederherstellen</translation>
    </message>
    <message>
        <source>Rename the profile</source>
        <translation>Profil umbenennen</translation>
    </message>
    <message>
        <source>Edit the customer</source>
        <translation>Kunde bearbeiten</translation>
    </message>
    <message>
        <source>Edit the demographics</source>
        <translation>Demografie bearbeiten</translation>
    </message>
    <message>
        <source>Edit the psychographics</source>
        <translation>Psychografie bearbeiten</translation>
    </message>
    <message>
        <source>Edit the industry</source>
        <translation>Branche bearbeiten</translation>
    </message>
    <message>
        <source>Edit the business size</source>
        <translation>Unternehmensgröße bearbeiten</translation>
    </message>
    <message>
        <source>Edit the business type</source>
        <translation>Unternehmensart bearbeiten</translation>
    </message>
    <message>
        <source>Edit the description of the person</source>
        <translation>Beschreibung der Person bearbeiten</translation>
    </message>
    <message>
        <source>Edit the description of the company</source>
        <translation>Beschreibung des Unternehmens bearbeiten</translation>
    </message>
    <message>
        <source>Edit the description of the industry</source>
        <translation>Beschreibung der Branche bearbeiten</translation>
    </message>
    <message>
        <source>Edit the utopia</source>
        <translation>Utopie bearbeiten</translation>
    </message>
    <message>
        <source>Edit the notes</source>
        <translation>Notizen bearbeiten</translation>
    </message>
    <message>
        <source>Add to the technographics</source>
        <translation>Zur Technografie hinzufügen</translation>
    </message>
    <message>
        <source>Remove from the technographics</source>
        <translation>Aus der Technografie entfernen</translation>
    </message>
    <message>
        <source>Reorder the technographics</source>
        <translation>Technografie neu ordnen</translation>
    </message>
    <message>
        <source>Edit the technographics</source>
        <translation>Technografie bearbeiten</translation>
    </message>
    <message>
        <source>Add to the obstacles</source>
        <translation>Zu den Hindernissen hinzufügen</translation>
    </message>
    <message>
        <source>Remove from the obstacles</source>
        <translation>Aus den Hindernissen entfernen</translation>
    </message>
    <message>
        <source>Reorder the obstacles</source>
        <translation>Hindernisse neu ordnen</translation>
    </message>
    <message>
        <source>Edit the obstacles</source>
        <translation>Hindernisse bearbeiten</translation>
    </message>
    <message>
        <source>Add to the needs</source>
        <translation>Zu den Bedürfnissen hinzufügen</translation>
    </message>
    <message>
        <source>Remove from the needs</source>
        <translation>Aus den Bedürfnissen entfernen</translation>
    </message>
    <message>
        <source>Reorder the needs</source>
        <translation>Bedürfnisse neu ordnen</translation>
    </message>
    <message>
        <source>Edit the needs</source>
        <translation>Bedürfnisse bearbeiten</translation>
    </message>
    <message>
        <source>Add to the wants</source>
        <translation>Zu den Wünschen hinzufügen</translation>
    </message>
    <message>
        <source>Remove from the wants</source>
        <translation>Aus den Wünschen entfernen</translation>
    </message>
    <message>
        <source>Reorder the wants</source>
        <translation>Wünsche neu ordnen</translation>
    </message>
    <message>
        <source>Edit the wants</source>
        <translation>Wünsche bearbeiten</translation>
    </message>
    <message>
        <source>Add to the “Not our customer” list</source>
        <translation>Zur Liste „Nicht unser Kunde“ hinzufügen</translation>
    </message>
    <message>
        <source>Remove from the “Not our customer” list</source>
        <translation>Aus der Liste „Nicht unser Kunde“ entfernen</translation>
    </message>
    <message>
        <source>Reorder the “Not our customer” list</source>
        <translation>Liste „Nicht unser Kunde“ neu ordnen</translation>
    </message>
    <message>
        <source>Edit the “Not our customer” list</source>
        <translation>Liste „Nicht unser Kunde“ bearbeiten</translation>
    </message>
</context>
<context>
    <name>clientele::ProfilesPage</name>
    <message>
        <source>Search profiles</source>
        <translation>Profile durchsuchen</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>&amp;New Profile</source>
        <translation>&amp;Neues Profil</translation>
    </message>
    <message>
        <source>D&amp;uplicate Profile</source>
        <translation>Profil d&amp;uplizieren</translation>
    </message>
    <message>
        <source>&amp;Delete Profile</source>
        <translation>Profil &amp;löschen</translation>
    </message>
    <message>
        <source>Deleted profile “%1”</source>
        <translation>Profil „%1“ gelöscht</translation>
    </message>
    <message>
        <source>No profiles yet — press Ctrl+N to add one</source>
        <translation>Noch keine Profile — drücken Sie Ctrl+N, um eines hinzuzufügen</translation>
    </message>
    <message>
        <source>No profile matches “%1” — press Esc in the search field to show all</source>
        <translation>Kein Profil entspricht „%1“ — drücken Sie Esc im Suchfeld, um alle anzuzeigen</translation>
    </message>
    <message>
        <source>Select a profile on the left, or press Ctrl+N to add one</source>
        <translation>Wählen Sie links ein Profil aus, oder drücken Sie Ctrl+N, um eines hinzuzufügen</translation>
    </message>
    <message>
        <source>&amp;Review Rounds…</source>
        <translation>&amp;Prüfrunden…</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation>&amp;Profil</translation>
    </message>
    <message>
        <source>the profile</source>
        <translation>das Profil</translation>
    </message>
</context>
<context>
    <name>clientele::Proposal</name>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Gewonnen</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Verloren</translation>
    </message>
    <message>
        <source>Formal</source>
        <translation>Formell</translation>
    </message>
    <message>
        <source>Informal</source>
        <translation>Informell</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>Chose someone else</source>
        <translation>Anderen Anbieter gewählt</translation>
    </message>
    <message>
        <source>No decision</source>
        <translation>Keine Entscheidung</translation>
    </message>
    <message>
        <source>Not a fit</source>
        <translation>Passt nicht</translation>
    </message>
    <message>
        <source>Version %1 of %2 was sent on %3 and cannot change. Revise it to write version %4.</source>
        <translation>Version %1 von %2 wurde am %3 gesendet und kann nicht mehr geändert werden. Überarbeiten Sie sie, um Version %4 zu erstellen.</translation>
    </message>
    <message>
        <source>A proposal needs a number.</source>
        <translation>Ein Angebot braucht eine Nummer.</translation>
    </message>
    <message>
        <source>The number of staff cannot be negative.</source>
        <translation>Die Zahl der Mitarbeitenden kann nicht negativ sein.</translation>
    </message>
    <message>
        <source>A quantity must be at least 1.</source>
        <translation>Eine Menge muss mindestens 1 sein.</translation>
    </message>
    <message>
        <source>A price cannot be negative.</source>
        <translation>Ein Preis kann nicht negativ sein.</translation>
    </message>
    <message>
        <source>Version %1 of %2 was sent and cannot change.</source>
        <translation>Version %1 von %2 wurde gesendet und kann nicht mehr geändert werden.</translation>
    </message>
</context>
<context>
    <name>clientele::ProposalBook</name>
    <message>
        <source>That proposal no longer exists.</source>
        <translation>Dieses Angebot existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Another proposal is numbered %1.</source>
        <translation>Ein anderes Angebot hat bereits die Nummer %1.</translation>
    </message>
    <message>
        <source>Add proposal %1</source>
        <translation>Angebot %1 hinzufügen</translation>
    </message>
    <message>
        <source>The proposal could not be saved.</source>
        <translation>Das Angebot konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>That prospect no longer exists.</source>
        <translation>Dieser Interessent existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Remove proposal %1</source>
        <translation>Angebot %1 entfernen</translation>
    </message>
    <message>
        <source>Proposal %1: send or revise it to change its versions.</source>
        <translation>Angebot %1: Um seine Versionen zu ändern, senden oder überarbeiten Sie es.</translation>
    </message>
    <message>
        <source>Change proposal style</source>
        <translation>Angebotsstil ändern</translation>
    </message>
    <message>
        <source>Edit needs</source>
        <translation>Bedürfnisse bearbeiten</translation>
    </message>
    <message>
        <source>Edit wants</source>
        <translation>Wünsche bearbeiten</translation>
    </message>
    <message>
        <source>Edit recommended offers</source>
        <translation>Empfohlene Leistungen bearbeiten</translation>
    </message>
    <message>
        <source>Recommend %1</source>
        <translation>„%1“ empfehlen</translation>
    </message>
    <message>
        <source>Use the catalogue&apos;s current prices</source>
        <translation>Aktuelle Katalogpreise übernehmen</translation>
    </message>
    <message>
        <source>Edit risks</source>
        <translation>Risiken bearbeiten</translation>
    </message>
    <message>
        <source>Edit project plan</source>
        <translation>Projektplan bearbeiten</translation>
    </message>
    <message>
        <source>Edit benefits</source>
        <translation>Nutzen bearbeiten</translation>
    </message>
    <message>
        <source>A benefit cannot be negative.</source>
        <translation>Ein Nutzen kann nicht negativ sein.</translation>
    </message>
    <message>
        <source>Change validity</source>
        <translation>Gültigkeit ändern</translation>
    </message>
    <message>
        <source>Print the changes</source>
        <translation>Änderungen drucken</translation>
    </message>
    <message>
        <source>Leave out the changes</source>
        <translation>Änderungen weglassen</translation>
    </message>
    <message>
        <source>Change customer profile</source>
        <translation>Kundenprofil ändern</translation>
    </message>
    <message>
        <source>Restore an earlier value</source>
        <translation>Früheren Wert wiederherstellen</translation>
    </message>
    <message>
        <source>Proposal %1 is closed; it can no longer be sent.</source>
        <translation>Angebot %1 ist abgeschlossen; es kann nicht mehr gesendet werden.</translation>
    </message>
    <message>
        <source>Version %1 of proposal %2 has already been sent.</source>
        <translation>Version %1 von Angebot %2 wurde bereits gesendet.</translation>
    </message>
    <message>
        <source>Proposal %1 needs an internal approval before it is sent: its one-off total of %2 is above %3.</source>
        <translation>Angebot %1 braucht vor dem Senden eine interne Freigabe: Seine einmalige Summe von %2 liegt über %3.</translation>
    </message>
    <message>
        <source>Send version %1 of %2</source>
        <translation>Version %1 von %2 senden</translation>
    </message>
    <message>
        <source>Proposal %1 could not be marked as sent.</source>
        <translation>Angebot %1 konnte nicht als gesendet markiert werden.</translation>
    </message>
    <message>
        <source>Proposal %1 is closed; it cannot be revised.</source>
        <translation>Angebot %1 ist abgeschlossen; es kann nicht überarbeitet werden.</translation>
    </message>
    <message>
        <source>Version %1 of proposal %2 has not been sent; edit it as it is.</source>
        <translation>Version %1 von Angebot %2 wurde noch nicht gesendet; bearbeiten Sie sie direkt.</translation>
    </message>
    <message>
        <source>Start version %1 of %2</source>
        <translation>Version %1 von %2 beginnen</translation>
    </message>
    <message>
        <source>Say who approved the proposal.</source>
        <translation>Geben Sie an, wer das Angebot freigegeben hat.</translation>
    </message>
    <message>
        <source>Version %1 of proposal %2 has already gone out.</source>
        <translation>Version %1 von Angebot %2 wurde bereits versendet.</translation>
    </message>
    <message>
        <source>Approve proposal %1</source>
        <translation>Angebot %1 freigeben</translation>
    </message>
    <message>
        <source>Close proposal %1 as won</source>
        <translation>Angebot %1 als gewonnen abschließen</translation>
    </message>
    <message>
        <source>Say why proposal %1 was lost.</source>
        <translation>Geben Sie an, warum Angebot %1 verloren wurde.</translation>
    </message>
    <message>
        <source>Close proposal %1 as lost</source>
        <translation>Angebot %1 als verloren abschließen</translation>
    </message>
    <message>
        <source>Proposal %1 is already closed.</source>
        <translation>Angebot %1 ist bereits abgeschlossen.</translation>
    </message>
    <message>
        <source>Proposal %1 could not be closed.</source>
        <translation>Angebot %1 konnte nicht abgeschlossen werden.</translation>
    </message>
</context>
<context>
    <name>clientele::ProposalChanges</name>
    <message>
        <source>Monthly</source>
        <translation>Monatlich</translation>
    </message>
    <message>
        <source>One-off</source>
        <translation>Einmalig</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Position %1</translation>
    </message>
    <message>
        <source>%1: %2 × %3 a month</source>
        <translation>%1: %2 × %3 monatlich</translation>
    </message>
    <message>
        <source>%1: %2 × %3 once</source>
        <translation>%1: %2 × %3 einmalig</translation>
    </message>
    <message>
        <source>%1: description</source>
        <translation>%1: Beschreibung</translation>
    </message>
    <message>
        <source>%1: quantity</source>
        <translation>%1: Menge</translation>
    </message>
    <message>
        <source>%1: unit price</source>
        <translation>%1: Einzelpreis</translation>
    </message>
    <message>
        <source>%1: billing</source>
        <translation>%1: Abrechnung</translation>
    </message>
</context>
<context>
    <name>clientele::ProposalChangesPanel</name>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Was geändert wurde</translation>
    </message>
    <message>
        <source>Print the c&amp;hanges as the last page</source>
        <translation>Ä&amp;nderungen als letzte Seite drucken</translation>
    </message>
    <message>
        <source>Compare version</source>
        <translation>Version vergleichen</translation>
    </message>
    <message>
        <source>With version</source>
        <translation>Mit Version</translation>
    </message>
    <message>
        <source>The prospect sees what changed since the version they hold</source>
        <translation>Der Interessent sieht, was sich seit der Version geändert hat, die ihm vorliegt</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <source>with</source>
        <translation>mit</translation>
    </message>
    <message>
        <source>Print the c&amp;hanges since version %1 as the last page</source>
        <translation>Ä&amp;nderungen seit Version %1 als letzte Seite drucken</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>now (version %1, draft)</source>
        <translation>jetzt (Version %1, Entwurf)</translation>
    </message>
    <message>
        <source>Choose two versions to compare.</source>
        <translation>Wählen Sie zwei Versionen zum Vergleichen aus.</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>Changes since version %1</source>
        <translation>Änderungen seit Version %1</translation>
    </message>
    <message>
        <source>Changes from version %1 to version %2</source>
        <translation>Änderungen von Version %1 zu Version %2</translation>
    </message>
    <message>
        <source>Nothing has changed since version %1 yet.</source>
        <translation>Seit Version %1 hat sich noch nichts geändert.</translation>
    </message>
    <message>
        <source>Versions %1 and %2 read the same.</source>
        <translation>Die Versionen %1 und %2 sind identisch.</translation>
    </message>
</context>
<context>
    <name>clientele::ProposalDocument</name>
    <message>
        <source>Offer</source>
        <translation>Leistung</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Anz.</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Einzelpreis</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>ONE-OFF</source>
        <translation>EINMALIG</translation>
    </message>
    <message>
        <source>One-off total</source>
        <translation>Summe einmalig</translation>
    </message>
    <message>
        <source>%1 /mo</source>
        <translation>%1 mtl.</translation>
    </message>
    <message>
        <source>MONTHLY</source>
        <translation>MONATLICH</translation>
    </message>
    <message>
        <source>Monthly total</source>
        <translation>Summe monatlich</translation>
    </message>
    <message>
        <source>No offers recommended yet.</source>
        <translation>Noch keine Leistungen empfohlen.</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>Wahrscheinlichkeit</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Auswirkung</translation>
    </message>
    <message>
        <source>Mitigation</source>
        <translation>Gegenmaßnahme</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Meilenstein</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>to agree</source>
        <translation>noch abzustimmen</translation>
    </message>
    <message>
        <source>Benefits you can expect</source>
        <translation>Zu erwartender Nutzen</translation>
    </message>
    <message>
        <source>No benefits entered yet.</source>
        <translation>Noch kein Nutzen erfasst.</translation>
    </message>
    <message>
        <source>Benefit</source>
        <translation>Nutzen</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Each month</source>
        <translation>Jeden Monat</translation>
    </message>
    <message>
        <source>Once</source>
        <translation>Einmalig</translation>
    </message>
    <message>
        <source>Costs against benefits</source>
        <translation>Kosten und Nutzen im Vergleich</translation>
    </message>
    <message>
        <source>First month</source>
        <translation>Erster Monat</translation>
    </message>
    <message>
        <source>Over 1 year</source>
        <translation>Über 1 Jahr</translation>
    </message>
    <message>
        <source>Over 3 years</source>
        <translation>Über 3 Jahre</translation>
    </message>
    <message>
        <source>Costs</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Benefits</source>
        <translation>Nutzen</translation>
    </message>
    <message>
        <source>Net return</source>
        <translation>Nettoertrag</translation>
    </message>
    <message>
        <source>Return on investment</source>
        <translation>Kapitalrendite</translation>
    </message>
    <message>
        <source>The benefits entered do not cover the monthly costs, so the investment does not pay back on these figures alone.</source>
        <translation>Der erfasste Nutzen deckt die monatlichen Kosten nicht; allein auf Grundlage dieser Zahlen amortisiert sich die Investition daher nicht.</translation>
    </message>
    <message>
        <source>Nothing is owed up front beyond what the benefits return at once: the proposal pays back from the first month.</source>
        <translation>Im Voraus ist nichts zu zahlen, was der Nutzen nicht sofort wieder einbringt: Das Angebot amortisiert sich ab dem ersten Monat.</translation>
    </message>
    <message>
        <source>Payback period: &lt;b&gt;%1 months&lt;/b&gt;. One-off costs less one-off benefits, divided by the monthly benefit less the monthly cost.</source>
        <translation>Amortisationsdauer: &lt;b&gt;%1 Monate&lt;/b&gt;. Einmalige Kosten abzüglich des einmaligen Nutzens, geteilt durch den monatlichen Nutzen abzüglich der monatlichen Kosten.</translation>
    </message>
    <message>
        <source>The client</source>
        <translation>den Kunden</translation>
    </message>
    <message>
        <source>Signing below accepts proposal %1 on the terms above.</source>
        <translation>Mit der Unterschrift unten wird Angebot %1 zu den oben genannten Bedingungen angenommen.</translation>
    </message>
    <message>
        <source>For %1</source>
        <translation>Für %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Unterschrift</translation>
    </message>
    <message>
        <source>To accept proposal %1, sign below and send us a copy, or simply reply to this letter.</source>
        <translation>Um Angebot %1 anzunehmen, unterschreiben Sie unten und senden Sie uns eine Kopie, oder antworten Sie einfach auf dieses Schreiben.</translation>
    </message>
    <message>
        <source>PROPOSAL</source>
        <translation>ANGEBOT</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Angebot</translation>
    </message>
    <message>
        <source>Proposal number</source>
        <translation>Angebotsnummer</translation>
    </message>
    <message>
        <source>Prepared for</source>
        <translation>Erstellt für</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Ausgestellt am</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>Erstellt von</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Changes since version %1</source>
        <translation>Änderungen seit Version %1</translation>
    </message>
    <message>
        <source>Everything in proposal %1 that reads differently from version %2, beside what it says in version %3.</source>
        <translation>Alle Stellen in Angebot %1, die von Version %2 abweichen, jeweils neben dem Wortlaut in Version %3.</translation>
    </message>
    <message>
        <source>Proposal %1</source>
        <translation>Angebot %1</translation>
    </message>
    <message>
        <source>Proposal %1 for %2</source>
        <translation>Angebot %1 für %2</translation>
    </message>
    <message>
        <source>DRAFT</source>
        <translation>ENTWURF</translation>
    </message>
    <message>
        <source>A proposal for %1</source>
        <translation>Ein Angebot für %1</translation>
    </message>
    <message>
        <source>Hello,</source>
        <translation>Guten Tag,</translation>
    </message>
    <message>
        <source>Hi %1,</source>
        <translation>Hallo %1,</translation>
    </message>
    <message>
        <source>Thanks for your time. Here is what we heard, and what we suggest as a sensible first step.</source>
        <translation>Vielen Dank für Ihre Zeit. Hier ist, was wir gehört haben und was wir als sinnvollen ersten Schritt vorschlagen.</translation>
    </message>
    <message>
        <source>What we heard</source>
        <translation>Was wir gehört haben</translation>
    </message>
    <message>
        <source>What the business needs</source>
        <translation>Was das Unternehmen braucht</translation>
    </message>
    <message>
        <source>What you told us you want</source>
        <translation>Was Sie sich nach eigenen Worten wünschen</translation>
    </message>
    <message>
        <source>We put what the business needs first; what you want shapes how and when we do it.</source>
        <translation>Was das Unternehmen braucht, steht an erster Stelle; Ihre Wünsche bestimmen, wie und wann wir es umsetzen.</translation>
    </message>
    <message>
        <source>What we suggest</source>
        <translation>Was wir vorschlagen</translation>
    </message>
    <message>
        <source>The fine print</source>
        <translation>Das Kleingedruckte</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Nächster Schritt</translation>
    </message>
    <message>
        <source>Reply to this letter, or sign below, and we will get started.</source>
        <translation>Antworten Sie auf dieses Schreiben oder unterschreiben Sie unten, und wir legen los.</translation>
    </message>
    <message>
        <source>These prices stand until &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>Diese Preise gelten bis &lt;b&gt;%1&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Kind regards,</source>
        <translation>Mit freundlichen Grüßen</translation>
    </message>
    <message>
        <source>Your consultant</source>
        <translation>Ihr Berater</translation>
    </message>
    <message>
        <source>Executive summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>To be written.</source>
        <translation>Noch zu verfassen.</translation>
    </message>
    <message>
        <source>Your business today</source>
        <translation>Ihr Unternehmen heute</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Ansprechpartner</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Mitarbeitende</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Branche</translation>
    </message>
    <message>
        <source>Current systems</source>
        <translation>Aktuelle Systeme</translation>
    </message>
    <message>
        <source>Needs and wants</source>
        <translation>Bedürfnisse und Wünsche</translation>
    </message>
    <message>
        <source>A business&apos;s needs and its wants are not the same. We recommend for what the business needs, and respect what you want in how and when we deliver it.</source>
        <translation>Was ein Unternehmen braucht und was es sich wünscht, ist nicht dasselbe. Wir empfehlen, was das Unternehmen braucht, und berücksichtigen Ihre Wünsche dabei, wie und wann wir es umsetzen.</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Bedürfnisse</translation>
    </message>
    <message>
        <source>Wants</source>
        <translation>Wünsche</translation>
    </message>
    <message>
        <source>Recommended offers</source>
        <translation>Empfohlene Leistungen</translation>
    </message>
    <message>
        <source>How we grow with you</source>
        <translation>Wie wir mit Ihnen wachsen</translation>
    </message>
    <message>
        <source>Every engagement starts small; each step earns the next.</source>
        <translation>Jede Zusammenarbeit beginnt klein; jeder Schritt verdient sich den nächsten.</translation>
    </message>
    <message>
        <source>Risk assessment</source>
        <translation>Risikobewertung</translation>
    </message>
    <message>
        <source>No risks identified yet.</source>
        <translation>Noch keine Risiken ermittelt.</translation>
    </message>
    <message>
        <source>Project plan</source>
        <translation>Projektplan</translation>
    </message>
    <message>
        <source>Milestones to agree.</source>
        <translation>Meilensteine noch abzustimmen.</translation>
    </message>
    <message>
        <source>Cost-benefit analysis</source>
        <translation>Kosten-Nutzen-Analyse</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Bedingungen</translation>
    </message>
    <message>
        <source>Our standard terms apply.</source>
        <translation>Es gelten unsere allgemeinen Geschäftsbedingungen.</translation>
    </message>
    <message>
        <source>Validity and next step</source>
        <translation>Gültigkeit und nächster Schritt</translation>
    </message>
    <message>
        <source>This proposal is valid until &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>Dieses Angebot gilt bis &lt;b&gt;%1&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>To go ahead, sign the acceptance in section %1 and return it to us.</source>
        <translation>Um fortzufahren, unterschreiben Sie die Annahmeerklärung in Abschnitt %1 und senden Sie sie an uns zurück.</translation>
    </message>
    <message>
        <source>Acceptance</source>
        <translation>Annahmeerklärung</translation>
    </message>
    <message>
        <source>For us</source>
        <translation>Für uns</translation>
    </message>
    <message>
        <source>Formal proposal</source>
        <translation>Formelles Angebot</translation>
    </message>
    <message>
        <source>Informal proposal</source>
        <translation>Informelles Angebot</translation>
    </message>
    <message>
        <source>A proposal for you</source>
        <translation>Ein Angebot für Sie</translation>
    </message>
</context>
<context>
    <name>clientele::ProposalEditor</name>
    <message>
        <source>Proposal editor</source>
        <translation>Angebotseditor</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation>Interessent</translation>
    </message>
    <message>
        <source>What they need and what they want</source>
        <translation>Was der Interessent braucht und was er sich wünscht</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Bedürfnisse</translation>
    </message>
    <message>
        <source>Wants</source>
        <translation>Wünsche</translation>
    </message>
    <message>
        <source>Needs — what we recommend for</source>
        <translation>Bedürfnisse — worauf sich unsere Empfehlung stützt</translation>
    </message>
    <message>
        <source>Wants — what they asked for</source>
        <translation>Wünsche — worum der Interessent gebeten hat</translation>
    </message>
    <message>
        <source>Recommended offers</source>
        <translation>Empfohlene Leistungen</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Bedingungen</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Nächster Schritt</translation>
    </message>
    <message>
        <source>e.g. Reply to this letter and we book the first workshop</source>
        <translation>z. B. Antworten Sie auf dieses Schreiben, und wir buchen den ersten Workshop</translation>
    </message>
    <message>
        <source>&amp;Terms</source>
        <translation>Bed&amp;ingungen</translation>
    </message>
    <message>
        <source>Ne&amp;xt step</source>
        <translation>Nächster Sch&amp;ritt</translation>
    </message>
    <message>
        <source>Proposal number</source>
        <translation>Angebotsnummer</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Changes since the version sent</source>
        <translation>Änderungen seit der gesendeten Version</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <source>Sending restarts the clock: the prospect gets as many days from the day it is sent</source>
        <translation>Beim Senden beginnt die Frist neu: Der Interessent erhält ab dem Sendetag ebenso viele Tage</translation>
    </message>
    <message>
        <source>&amp;Valid until</source>
        <translation>&amp;Gültig bis</translation>
    </message>
    <message>
        <source>Versions sent</source>
        <translation>Gesendete Versionen</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>The firm the proposal is for</source>
        <translation>Das Unternehmen, für das das Angebot bestimmt ist</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Ansprechpartner</translation>
    </message>
    <message>
        <source>Who reads it</source>
        <translation>Wer es liest</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Mitarbeitende</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Nicht bekannt</translation>
    </message>
    <message>
        <source> staff</source>
        <translation> Mitarbeitende</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Branche</translation>
    </message>
    <message>
        <source>Current systems</source>
        <translation>Aktuelle Systeme</translation>
    </message>
    <message>
        <source>e.g. MYOB, spreadsheets, a job-tracking app</source>
        <translation>z. B. MYOB, Tabellenkalkulationen, eine App zur Auftragsverfolgung</translation>
    </message>
    <message>
        <source>Customer profile</source>
        <translation>Kundenprofil</translation>
    </message>
    <message>
        <source>Style</source>
        <translation>Stil</translation>
    </message>
    <message>
        <source>Automatic by size</source>
        <translation>Automatisch nach Größe</translation>
    </message>
    <message>
        <source>Informal</source>
        <translation>Informell</translation>
    </message>
    <message>
        <source>Formal</source>
        <translation>Formell</translation>
    </message>
    <message>
        <source>Style that applies</source>
        <translation>Geltender Stil</translation>
    </message>
    <message>
        <source>&amp;Company</source>
        <translation>&amp;Unternehmen</translation>
    </message>
    <message>
        <source>C&amp;ontact</source>
        <translation>&amp;Ansprechpartner</translation>
    </message>
    <message>
        <source>St&amp;aff</source>
        <translation>&amp;Mitarbeitende</translation>
    </message>
    <message>
        <source>&amp;Industry</source>
        <translation>&amp;Branche</translation>
    </message>
    <message>
        <source>Current s&amp;ystems</source>
        <translation>Aktuelle &amp;Systeme</translation>
    </message>
    <message>
        <source>Customer &amp;profile</source>
        <translation>&amp;Kundenprofil</translation>
    </message>
    <message>
        <source>Sty&amp;le</source>
        <translation>Sti&amp;l</translation>
    </message>
    <message>
        <source>Edit prospect</source>
        <translation>Interessent bearbeiten</translation>
    </message>
    <message>
        <source>Edit proposal</source>
        <translation>Angebot bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Mark as Sent…</source>
        <translation>Als ge&amp;sendet markieren…</translation>
    </message>
    <message>
        <source>Freeze this version with its PDF as the prospect gets it</source>
        <translation>Diese Version mit ihrem PDF so festschreiben, wie der Interessent sie erhält</translation>
    </message>
    <message>
        <source>Recor&amp;d Approval…</source>
        <translation>&amp;Freigabe erfassen…</translation>
    </message>
    <message>
        <source>Record who approved this version before it is sent</source>
        <translation>Erfassen, wer diese Version vor dem Senden freigegeben hat</translation>
    </message>
    <message>
        <source>Revi&amp;se</source>
        <translation>Über&amp;arbeiten</translation>
    </message>
    <message>
        <source>Start the next version as a copy of the one sent</source>
        <translation>Die nächste Version als Kopie der gesendeten beginnen</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Won %1</source>
        <translation>Gewonnen am %1</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Gewonnen</translation>
    </message>
    <message>
        <source>accepted by %1</source>
        <translation>angenommen von %1</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Verloren</translation>
    </message>
    <message>
        <source>Lost — %1</source>
        <translation>Verloren — %1</translation>
    </message>
    <message>
        <source>Sent %1</source>
        <translation>Gesendet am %1</translation>
    </message>
    <message>
        <source>ran out %1</source>
        <translation>abgelaufen am %1</translation>
    </message>
    <message>
        <source>valid until %1</source>
        <translation>gültig bis %1</translation>
    </message>
    <message>
        <source>needs approval</source>
        <translation>Freigabe erforderlich</translation>
    </message>
    <message>
        <source>approved by %1</source>
        <translation>freigegeben von %1</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;#changes&quot;&gt;1 change since version %1&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;#changes&quot;&gt;1 Änderung seit Version %1&lt;/a&gt;</translation>
    </message>
    <message numerus="yes">
        <source>&lt;a href=&quot;#changes&quot;&gt;%n changes since version %1&lt;/a&gt;</source>
        <translation>
            <numerusform>&lt;a href=&quot;#changes&quot;&gt;%n Änderung seit Version %1&lt;/a&gt;</numerusform>
            <numerusform>&lt;a href=&quot;#changes&quot;&gt;%n Änderungen seit Version %1&lt;/a&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>Version %1 was sent on %2; the proposal is closed.</source>
        <translation>Version %1 wurde am %2 gesendet; das Angebot ist abgeschlossen.</translation>
    </message>
    <message>
        <source>Version %1 was sent on %2. Revise to change it.</source>
        <translation>Version %1 wurde am %2 gesendet. Überarbeiten Sie das Angebot, um sie zu ändern.</translation>
    </message>
    <message>
        <source>This formal proposal&apos;s one-off total of %1 is above the approval threshold of %2: record who approved it before it is sent.</source>
        <translation>Die einmalige Summe dieses formellen Angebots von %1 liegt über der Freigabegrenze von %2: Erfassen Sie vor dem Senden, wer es freigegeben hat.</translation>
    </message>
    <message>
        <source>Version %1 ran out on %2: the prospect can no longer accept it as written. Revise it to send a new version.</source>
        <translation>Version %1 ist am %2 abgelaufen: Der Interessent kann sie in dieser Form nicht mehr annehmen. Überarbeiten Sie sie, um eine neue Version zu senden.</translation>
    </message>
    <message>
        <source>Version %1, which the prospect holds, ran out on %2. Sending version %3 restarts the clock.</source>
        <translation>Version %1, die dem Interessenten vorliegt, ist am %2 abgelaufen. Mit dem Senden von Version %3 beginnt die Frist neu.</translation>
    </message>
    <message numerus="yes">
        <source>Sending restarts the clock: the prospect gets %n days from the day it is sent.</source>
        <translation>
            <numerusform>Beim Senden beginnt die Frist neu: Der Interessent erhält ab dem Sendetag %n Tag.</numerusform>
            <numerusform>Beim Senden beginnt die Frist neu: Der Interessent erhält ab dem Sendetag %n Tage.</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark as Sent</source>
        <translation>Als gesendet markieren</translation>
    </message>
    <message>
        <source>Version %1 of %2 needs an internal approval before it is sent.</source>
        <translation>Version %1 von %2 braucht vor dem Senden eine interne Freigabe.</translation>
    </message>
    <message>
        <source>Its one-off total of %1 is above the approval threshold of %2 in the workspace settings. Record who approved it, then it can be sent.</source>
        <translation>Ihre einmalige Summe von %1 liegt über der Freigabegrenze von %2 aus den Einstellungen des Arbeitsbereichs. Erfassen Sie, wer sie freigegeben hat; danach kann sie gesendet werden.</translation>
    </message>
    <message>
        <source>Mark version %1 of %2 as sent?</source>
        <translation>Version %1 von %2 als gesendet markieren?</translation>
    </message>
    <message>
        <source>Its PDF is made now and kept in this workspace, exactly as the prospect receives it.</source>
        <translation>Ihr PDF wird jetzt erstellt und in diesem Arbeitsbereich aufbewahrt, genau so, wie der Interessent es erhält.</translation>
    </message>
    <message>
        <source>From then on version %1 cannot change; Revise starts version %2 as a copy to edit.</source>
        <translation>Ab dann kann Version %1 nicht mehr geändert werden; „Überarbeiten“ beginnt Version %2 als bearbeitbare Kopie.</translation>
    </message>
    <message numerus="yes">
        <source>It is valid for %n days, until %1.</source>
        <translation>
            <numerusform>Sie ist %n Tag gültig, bis %1.</numerusform>
            <numerusform>Sie ist %n Tage gültig, bis %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Mark as Sent</source>
        <translation>Als ge&amp;sendet markieren</translation>
    </message>
    <message>
        <source>Save the PDF to send once it is marked</source>
        <translation>Das PDF zum Versenden speichern, sobald es markiert ist</translation>
    </message>
    <message>
        <source>Version %1 of %2 is marked as sent.</source>
        <translation>Version %1 von %2 ist als gesendet markiert.</translation>
    </message>
    <message>
        <source>Record Approval</source>
        <translation>Freigabe erfassen</translation>
    </message>
    <message>
        <source>Who approved version %1 of %2? The name goes out with the version.</source>
        <translation>Wer hat Version %1 von %2 freigegeben? Der Name wird mit der Version versendet.</translation>
    </message>
    <message>
        <source>Revise</source>
        <translation>Überarbeiten</translation>
    </message>
    <message>
        <source>%1 v%2 %3</source>
        <extracomment>The suggested file name, without .pdf, of a version as sent: &quot;P-2026-001 v2 Coastal Pump&quot;; %1 is the proposal&apos;s number, %2 the version, %3 the prospect&apos;s company.</extracomment>
        <translation>%1 v%2 %3</translation>
    </message>
    <message>
        <source>the prospect&apos;s staff count is not known yet</source>
        <translation>die Mitarbeiterzahl des Interessenten ist noch nicht bekannt</translation>
    </message>
    <message numerus="yes">
        <source>%n staff is under the %1-staff threshold</source>
        <translation>
            <numerusform>mit %n Mitarbeitenden unter der Schwelle von %1 Mitarbeitenden</numerusform>
            <numerusform>mit %n Mitarbeitenden unter der Schwelle von %1 Mitarbeitenden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n staff is at or above the %1-staff threshold</source>
        <translation>
            <numerusform>mit %n Mitarbeitenden auf oder über der Schwelle von %1 Mitarbeitenden</numerusform>
            <numerusform>mit %n Mitarbeitenden auf oder über der Schwelle von %1 Mitarbeitenden</numerusform>
        </translation>
    </message>
    <message>
        <source>No profile</source>
        <translation>Kein Profil</translation>
    </message>
    <message>
        <source>&amp;Use Current Price</source>
        <translation>Aktuellen Preis &amp;übernehmen</translation>
    </message>
    <message>
        <source>&amp;Use Current Prices</source>
        <translation>Aktuelle Preise &amp;übernehmen</translation>
    </message>
    <message>
        <source>The catalogue price of “%1” is now %2; this proposal has %3.</source>
        <translation>Der Katalogpreis von „%1“ beträgt jetzt %2; in diesem Angebot steht %3.</translation>
    </message>
    <message numerus="yes">
        <source>The catalogue price of %n lines has changed since they were added.</source>
        <translation>
            <numerusform>Der Katalogpreis von %n Position hat sich seit dem Hinzufügen geändert.</numerusform>
            <numerusform>Der Katalogpreis von %n Positionen hat sich seit dem Hinzufügen geändert.</numerusform>
        </translation>
    </message>
    <message>
        <source>One-off</source>
        <translation>Einmalig</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Monatlich</translation>
    </message>
    <message>
        <source>%1, chosen here; the size agrees (%2)</source>
        <translation>%1, hier gewählt; die Größe passt dazu (%2)</translation>
    </message>
    <message>
        <source>e.g. Sign the acceptance section and return it</source>
        <translation>z. B. Unterschreiben Sie die Annahmeerklärung und senden Sie sie zurück</translation>
    </message>
    <message>
        <source>e.g. Reply to this letter, or sign below</source>
        <translation>z. B. Antworten Sie auf dieses Schreiben, oder unterschreiben Sie unten</translation>
    </message>
    <message>
        <source>%1 / month</source>
        <translation>%1 / Monat</translation>
    </message>
    <message>
        <source>&lt;b&gt;Payback:&lt;/b&gt; %1 &amp;nbsp;&amp;nbsp; &lt;b&gt;Return after 1 year:&lt;/b&gt; %2%3 &amp;nbsp;&amp;nbsp; &lt;b&gt;after 3 years:&lt;/b&gt; %4%5</source>
        <translation>&lt;b&gt;Amortisation:&lt;/b&gt; %1 &amp;nbsp;&amp;nbsp; &lt;b&gt;Ertrag nach 1 Jahr:&lt;/b&gt; %2%3 &amp;nbsp;&amp;nbsp; &lt;b&gt;nach 3 Jahren:&lt;/b&gt; %4%5</translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1 Monate</translation>
    </message>
    <message>
        <source>never at these figures</source>
        <translation>bei diesen Zahlen nie</translation>
    </message>
    <message>
        <source>&amp;Add offer</source>
        <translation>Leistung &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Add an offer from the ladder</source>
        <translation>Eine Leistung aus der Leistungstreppe hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove line</source>
        <translation>Position &amp;entfernen</translation>
    </message>
    <message>
        <source>One-off total</source>
        <translation>Summe einmalig</translation>
    </message>
    <message>
        <source>Monthly total</source>
        <translation>Summe monatlich</translation>
    </message>
    <message>
        <source>“%1” is already on this proposal.</source>
        <translation>„%1“ ist bereits in diesem Angebot enthalten.</translation>
    </message>
    <message>
        <source>&amp;Go to Line</source>
        <translation>Zur &amp;Position springen</translation>
    </message>
    <message>
        <source>Add &amp;Anyway</source>
        <translation>&amp;Trotzdem hinzufügen</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Kostenlos</translation>
    </message>
    <message>
        <source>Other line…</source>
        <translation>Sonstige Position…</translation>
    </message>
    <message>
        <source>No offers in the catalogue yet</source>
        <translation>Noch keine Leistungen im Katalog</translation>
    </message>
    <message>
        <source>Formal proposal</source>
        <translation>Formelles Angebot</translation>
    </message>
    <message>
        <source>Executive summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Risk assessment</source>
        <translation>Risikobewertung</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Risiken</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>Wahrscheinlichkeit</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Auswirkung</translation>
    </message>
    <message>
        <source>Mitigation</source>
        <translation>Gegenmaßnahme</translation>
    </message>
    <message>
        <source>New risk</source>
        <translation>Neues Risiko</translation>
    </message>
    <message>
        <source>Project plan</source>
        <translation>Projektplan</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Meilensteine</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Meilenstein</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>New milestone</source>
        <translation>Neuer Meilenstein</translation>
    </message>
    <message>
        <source>Benefits</source>
        <translation>Nutzen</translation>
    </message>
    <message>
        <source>Benefit</source>
        <translation>Nutzen</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Per</source>
        <translation>Turnus</translation>
    </message>
    <message>
        <source>New benefit</source>
        <translation>Neuer Nutzen</translation>
    </message>
    <message>
        <source>Payback and return</source>
        <translation>Amortisation und Ertrag</translation>
    </message>
    <message>
        <source>Formal, chosen here; by size it would be informal (%1)</source>
        <translation>Formell, hier gewählt; nach Größe wäre es informell (%1)</translation>
    </message>
    <message>
        <source>Informal, chosen here; by size it would be formal (%1)</source>
        <translation>Informell, hier gewählt; nach Größe wäre es formell (%1)</translation>
    </message>
    <message>
        <source>Add a risk (Insert)</source>
        <translation>Ein Risiko hinzufügen (Insert)</translation>
    </message>
    <message>
        <source>Add a milestone (Insert)</source>
        <translation>Einen Meilenstein hinzufügen (Insert)</translation>
    </message>
    <message>
        <source>Add a benefit (Insert)</source>
        <translation>Einen Nutzen hinzufügen (Insert)</translation>
    </message>
</context>
<context>
    <name>clientele::ProposalLinesModel</name>
    <message>
        <source>Monthly</source>
        <translation>Monatlich</translation>
    </message>
    <message>
        <source>One-off</source>
        <translation>Einmalig</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Leistung</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Anz.</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Einzelpreis</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Abrechnung</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>New line</source>
        <translation>Neue Position</translation>
    </message>
</context>
<context>
    <name>clientele::ProposalListModel</name>
    <message>
        <source>%1, expired</source>
        <translation>%1, abgelaufen</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation>Interessent</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Mitarbeitende</translation>
    </message>
    <message>
        <source>Style</source>
        <translation>Stil</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>One-off</source>
        <translation>Einmalig</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Monatlich</translation>
    </message>
</context>
<context>
    <name>clientele::ProposalTableEditor</name>
    <message>
        <source>Add row</source>
        <translation>Zeile hinzufügen</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>Zeile entfernen</translation>
    </message>
    <message>
        <source>Remove the row (Delete)</source>
        <translation>Die Zeile entfernen (Delete)</translation>
    </message>
</context>
<context>
    <name>clientele::ProposalVersionsPanel</name>
    <message>
        <source>Sent versions</source>
        <translation>Gesendete Versionen</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Freigegeben von</translation>
    </message>
    <message>
        <source>E&amp;xport Version as PDF…</source>
        <translation>Version als PDF e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Save the selected version&apos;s PDF exactly as it was sent</source>
        <translation>Das PDF der ausgewählten Version genau so speichern, wie es gesendet wurde</translation>
    </message>
</context>
<context>
    <name>clientele::ProposalsPage</name>
    <message>
        <source>Search proposals</source>
        <translation>Angebote durchsuchen</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>Angebote</translation>
    </message>
    <message>
        <source>&amp;New Proposal</source>
        <translation>&amp;Neues Angebot</translation>
    </message>
    <message>
        <source>D&amp;uplicate Proposal</source>
        <translation>Angebot d&amp;uplizieren</translation>
    </message>
    <message>
        <source>&amp;Delete Proposal</source>
        <translation>Angebot &amp;löschen</translation>
    </message>
    <message>
        <source>Deleted proposal “%1”</source>
        <translation>Angebot „%1“ gelöscht</translation>
    </message>
    <message>
        <source>No proposals yet — press Ctrl+N to write one for a prospect</source>
        <translation>Noch keine Angebote – drücken Sie Ctrl+N, um eines für einen Interessenten zu schreiben</translation>
    </message>
    <message>
        <source>No proposal matches “%1” — press Esc in the search field to show all</source>
        <translation>Kein Angebot passt zu „%1“ – drücken Sie Esc im Suchfeld, um alle anzuzeigen</translation>
    </message>
    <message>
        <source>Select a proposal on the left, or press Ctrl+N to write one</source>
        <translation>Wählen Sie links ein Angebot aus oder drücken Sie Ctrl+N, um eines zu schreiben</translation>
    </message>
    <message>
        <source>Close as &amp;Won…</source>
        <translation>Als ge&amp;wonnen abschließen…</translation>
    </message>
    <message>
        <source>Close as &amp;Lost…</source>
        <translation>Als &amp;verloren abschließen…</translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation>%1 für %2</translation>
    </message>
    <message>
        <source>P&amp;roposal</source>
        <translation>An&amp;gebot</translation>
    </message>
    <message>
        <source>the proposal</source>
        <translation>das Angebot</translation>
    </message>
</context>
<context>
    <name>clientele::ProspectBook</name>
    <message>
        <source>That prospect no longer exists.</source>
        <translation>Diesen Interessenten gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>New prospect</source>
        <translation>Neuer Interessent</translation>
    </message>
    <message>
        <source>Add prospect %1</source>
        <translation>Interessent „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>Remove prospect %1</source>
        <translation>Interessent „%1“ entfernen</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <source>A prospect needs a company name.</source>
        <translation>Ein Interessent braucht einen Firmennamen.</translation>
    </message>
    <message>
        <source>The chart has no such attribute.</source>
        <translation>Die Tabelle hat kein solches Merkmal.</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>Restore an earlier value</source>
        <translation>Früheren Wert wiederherstellen</translation>
    </message>
    <message>
        <source>Mark prospect as new</source>
        <translation>Interessent als neu markieren</translation>
    </message>
    <message>
        <source>Mark prospect as contacted</source>
        <translation>Interessent als kontaktiert markieren</translation>
    </message>
    <message>
        <source>Mark prospect as qualified</source>
        <translation>Interessent als qualifiziert markieren</translation>
    </message>
    <message>
        <source>Mark that a proposal was sent</source>
        <translation>Vermerken, dass ein Angebot gesendet wurde</translation>
    </message>
    <message>
        <source>Mark prospect as won</source>
        <translation>Interessent als gewonnen markieren</translation>
    </message>
    <message>
        <source>Mark prospect as lost</source>
        <translation>Interessent als verloren markieren</translation>
    </message>
    <message>
        <source>Mark prospect as not a fit</source>
        <translation>Interessent als unpassend markieren</translation>
    </message>
</context>
<context>
    <name>clientele::ProspectColumnsDialog</name>
    <message>
        <source>Which Column Holds What?</source>
        <translation>Welche Spalte enthält was?</translation>
    </message>
    <message>
        <source>Clientele does not know this file&apos;s columns. Say what each column holds; one must be the company.</source>
        <translation>Clientele kennt die Spalten dieser Datei nicht. Geben Sie an, was jede Spalte enthält; eine davon muss die Firma sein.</translation>
    </message>
    <message>
        <source>What column %1 holds</source>
        <translation>Inhalt von Spalte %1</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(nicht importiert)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Choose the column that holds the company.</source>
        <translation>Wählen Sie die Spalte, die die Firma enthält.</translation>
    </message>
</context>
<context>
    <name>clientele::ProspectCsv</name>
    <message>
        <source>No company name; the row was skipped.</source>
        <translation>Kein Firmenname; die Zeile wurde übersprungen.</translation>
    </message>
    <message>
        <source>“%1” is already present; the row was skipped.</source>
        <translation>„%1“ ist bereits vorhanden; die Zeile wurde übersprungen.</translation>
    </message>
    <message>
        <source>“%1” is not a status; the prospect is imported as new.</source>
        <translation>„%1“ ist kein Status; der Interessent wird als „Neu“ importiert.</translation>
    </message>
    <message>
        <source>“%1” is not a date (YYYY-MM-DD); it was left out.</source>
        <translation>„%1“ ist kein Datum (YYYY-MM-DD); es wurde ausgelassen.</translation>
    </message>
    <message>
        <source>%1: the file cannot be read (%2).</source>
        <translation>%1: Die Datei kann nicht gelesen werden (%2).</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>%1: there is no such file.</source>
        <translation>%1: Diese Datei gibt es nicht.</translation>
    </message>
    <message>
        <source>%1: the header has no Company column, so no prospects can be read from it.</source>
        <translation>%1: Die Kopfzeile enthält keine Spalte „Company“, daher können daraus keine Interessenten gelesen werden.</translation>
    </message>
    <message numerus="yes">
        <source>Import %n prospects</source>
        <translation>
            <numerusform>%n Interessenten importieren</numerusform>
            <numerusform>%n Interessenten importieren</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the prospects could not be saved.</source>
        <translation>%1: Die Interessenten konnten nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Could not write “%1”: %2</source>
        <translation>„%1“ konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Ansprechpartner</translation>
    </message>
    <message>
        <source>Systems</source>
        <translation>Systeme</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Letzter Kontakt</translation>
    </message>
</context>
<context>
    <name>clientele::ProspectDocuments</name>
    <message>
        <source>Prospects</source>
        <translation>Interessenten</translation>
    </message>
    <message numerus="yes">
        <source>%n prospects, best fit first; a prospect the profile excludes is last.</source>
        <translation>
            <numerusform>%n Interessent, beste Passung zuerst; ein vom Profil ausgeschlossener Interessent steht am Ende.</numerusform>
            <numerusform>%n Interessenten, beste Passung zuerst; ein vom Profil ausgeschlossener Interessent steht am Ende.</numerusform>
        </translation>
    </message>
    <message>
        <source>No prospects yet.</source>
        <translation>Noch keine Interessenten.</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Einstufung</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Passungswert</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Mitarbeitende</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Branche</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Not a fit because</source>
        <translation>Passt nicht, weil</translation>
    </message>
    <message>
        <source>Fit: %1  ·  score %2 of 100  ·  %3 of the weight known</source>
        <translation>Passung: %1  ·  Passungswert %2 von 100  ·  %3 des Gewichts bekannt</translation>
    </message>
    <message>
        <source>Grade %1  ·  score %2 of 100  ·  %3 of the weight known</source>
        <translation>Einstufung %1  ·  Passungswert %2 von 100  ·  %3 des Gewichts bekannt</translation>
    </message>
    <message>
        <source>Not our customer</source>
        <translation>Nicht unser Kunde</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>„%1“: %2</translation>
    </message>
    <message>
        <source>“%1”: %2 (%3)</source>
        <translation>„%1“: %2 (%3)</translation>
    </message>
    <message>
        <source>Too little is known to grade this prospect: fill in the attributes marked unknown.</source>
        <translation>Über diesen Interessenten ist zu wenig bekannt, um ihn einzustufen: Füllen Sie die als unbekannt markierten Merkmale aus.</translation>
    </message>
    <message>
        <source>How the score adds up</source>
        <translation>Wie sich der Passungswert zusammensetzt</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>Merkmal</translation>
    </message>
    <message>
        <source>This prospect</source>
        <translation>Dieser Interessent</translation>
    </message>
    <message>
        <source>The ideal</source>
        <translation>Idealwert</translation>
    </message>
    <message>
        <source>Importance</source>
        <translation>Wichtigkeit</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>An unknown value leaves its weight out of the score; the share of the weight known is the confidence.</source>
        <translation>Ein unbekannter Wert lässt sein Gewicht beim Passungswert außen vor; der Anteil des bekannten Gewichts ist die Sicherheit.</translation>
    </message>
    <message>
        <source>Fit sheet: %1</source>
        <translation>Passungsblatt: %1</translation>
    </message>
    <message>
        <source>Fit sheets</source>
        <translation>Passungsblätter</translation>
    </message>
    <message>
        <source>Prospect fit</source>
        <translation>Passung des Interessenten</translation>
    </message>
</context>
<context>
    <name>clientele::ProspectEditor</name>
    <message>
        <source>Prospect editor</source>
        <translation>Interessenten-Editor</translation>
    </message>
    <message>
        <source>Why this score</source>
        <translation>Warum dieser Passungswert</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>The business you might approach</source>
        <translation>Das Unternehmen, das Sie ansprechen könnten</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Ansprechpartner</translation>
    </message>
    <message>
        <source>Who you would speak to</source>
        <translation>Mit wem Sie sprechen würden</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Letzter Kontakt</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Noch nicht</translation>
    </message>
    <message>
        <source>Pick the earliest date to say not yet</source>
        <translation>Wählen Sie das früheste Datum für „noch nicht“</translation>
    </message>
    <message>
        <source>Systems</source>
        <translation>Systeme</translation>
    </message>
    <message>
        <source>e.g. MYOB, spreadsheets, a job-tracking app</source>
        <translation>z. B. MYOB, Tabellenkalkulationen, eine App zur Auftragsverfolgung</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Where you heard of them</source>
        <translation>Wo Sie von ihnen erfahren haben</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>&amp;Company</source>
        <translation>&amp;Firma</translation>
    </message>
    <message>
        <source>C&amp;ontact</source>
        <translation>&amp;Ansprechpartner</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>S&amp;tatus</translation>
    </message>
    <message>
        <source>&amp;Last contact</source>
        <translation>&amp;Letzter Kontakt</translation>
    </message>
    <message>
        <source>S&amp;ystems</source>
        <translation>S&amp;ysteme</translation>
    </message>
    <message>
        <source>Sou&amp;rce</source>
        <translation>&amp;Quelle</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notizen</translation>
    </message>
    <message>
        <source>What the fit score reads</source>
        <translation>Was in den Passungswert einfließt</translation>
    </message>
    <message>
        <source>Typed as in the chart&apos;s cells; leave a value blank or type ? when you do not know it.</source>
        <translation>Eingabe wie in den Zellen der Tabelle; lassen Sie einen Wert leer oder geben Sie ? ein, wenn Sie ihn nicht kennen.</translation>
    </message>
    <message>
        <source>Create Propos&amp;al</source>
        <translation>Angebot &amp;erstellen</translation>
    </message>
    <message>
        <source>Write a proposal for this prospect, its prospect details filled in</source>
        <translation>Ein Angebot für diesen Interessenten schreiben, mit bereits ausgefüllten Angaben zum Interessenten</translation>
    </message>
    <message>
        <source>Edit prospect</source>
        <translation>Interessent bearbeiten</translation>
    </message>
</context>
<context>
    <name>clientele::ProspectFileActions</name>
    <message>
        <source>&amp;Import Prospects…</source>
        <translation>&amp;Interessenten importieren…</translation>
    </message>
    <message>
        <source>E&amp;xport Prospects as CSV…</source>
        <translation>Interessenten als CSV e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Add prospects from a CSV file with a Company column and the chart&apos;s attributes, or a Xero or Odoo contacts export</source>
        <translation>Interessenten aus einer CSV-Datei mit einer Spalte „Company“ und den Merkmalen der Tabelle oder aus einem Kontaktexport von Xero oder Odoo hinzufügen</translation>
    </message>
    <message>
        <source>Save every prospect as a CSV file that imports back</source>
        <translation>Alle Interessenten als CSV-Datei speichern, die sich wieder importieren lässt</translation>
    </message>
    <message>
        <source>Import Prospects</source>
        <translation>Interessenten importieren</translation>
    </message>
    <message>
        <source>Export Prospects as CSV</source>
        <translation>Interessenten als CSV exportieren</translation>
    </message>
    <message>
        <source>Prospects.csv</source>
        <translation>Interessenten.csv</translation>
    </message>
    <message>
        <source>Line %1, %2: %3</source>
        <translation>Zeile %1, %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>Added %n prospects from %1.</source>
        <translation>
            <numerusform>%n Interessent aus %1 hinzugefügt.</numerusform>
            <numerusform>%n Interessenten aus %1 hinzugefügt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lines or cells were left out; see the details.</source>
        <translation>
            <numerusform>%n Zeile oder Zelle wurde ausgelassen; siehe Details.</numerusform>
            <numerusform>%n Zeilen oder Zellen wurden ausgelassen; siehe Details.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clientele::ProspectListModel</name>
    <message>
        <source>Not our customer: %1</source>
        <translation>Nicht unser Kunde: %1</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Passungswert</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Einstufung</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Mitarbeitende</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Branche</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Letzter Kontakt</translation>
    </message>
</context>
<context>
    <name>clientele::ProspectStatus</name>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>Kontaktiert</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>Qualifiziert</translation>
    </message>
    <message>
        <source>Proposal sent</source>
        <translation>Angebot gesendet</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Gewonnen</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Verloren</translation>
    </message>
    <message>
        <source>Not a fit</source>
        <translation>Passt nicht</translation>
    </message>
</context>
<context>
    <name>clientele::ProspectsPage</name>
    <message>
        <source>Search prospects</source>
        <translation>Interessenten durchsuchen</translation>
    </message>
    <message>
        <source>Prospects</source>
        <translation>Interessenten</translation>
    </message>
    <message>
        <source>&amp;New Prospect</source>
        <translation>&amp;Neuer Interessent</translation>
    </message>
    <message>
        <source>D&amp;uplicate Prospect</source>
        <translation>Interessent d&amp;uplizieren</translation>
    </message>
    <message>
        <source>&amp;Delete Prospect</source>
        <translation>Interessent &amp;löschen</translation>
    </message>
    <message>
        <source>Deleted prospect “%1”</source>
        <translation>Interessent „%1“ gelöscht</translation>
    </message>
    <message>
        <source>No prospects yet — press Ctrl+N to add a business you might approach</source>
        <translation>Noch keine Interessenten – drücken Sie Ctrl+N, um ein Unternehmen hinzuzufügen, das Sie ansprechen könnten</translation>
    </message>
    <message>
        <source>No prospect matches “%1” — press Esc in the search field to show all</source>
        <translation>Kein Interessent passt zu „%1“ – drücken Sie Esc im Suchfeld, um alle anzuzeigen</translation>
    </message>
    <message>
        <source>Select a prospect on the left, or press Ctrl+N to add one</source>
        <translation>Wählen Sie links einen Interessenten aus oder drücken Sie Ctrl+N, um einen hinzuzufügen</translation>
    </message>
    <message>
        <source>Grade &amp;Bands…</source>
        <translation>Einstufungs&amp;grenzen…</translation>
    </message>
    <message>
        <source>Create &amp;Proposal</source>
        <translation>&amp;Angebot erstellen</translation>
    </message>
    <message>
        <source>Print &amp;Fit Sheet…</source>
        <translation>Passungsblatt &amp;drucken…</translation>
    </message>
    <message>
        <source>E&amp;xport Fit Sheet as PDF…</source>
        <translation>Passungsblatt als &amp;PDF exportieren…</translation>
    </message>
    <message>
        <source>Fit sheet %1</source>
        <extracomment>The suggested file name, without .pdf, of a prospect&apos;s fit sheet; %1 is its company.</extracomment>
        <translation>Passungsblatt %1</translation>
    </message>
    <message>
        <source>Fit sheet</source>
        <translation>Passungsblatt</translation>
    </message>
    <message>
        <source>Show grade</source>
        <translation>Einstufung anzeigen</translation>
    </message>
    <message>
        <source>All grades</source>
        <translation>Alle Einstufungen</translation>
    </message>
    <message>
        <source>Show status</source>
        <translation>Status anzeigen</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>&amp;Grade</source>
        <translation>&amp;Einstufung</translation>
    </message>
    <message>
        <source>Stat&amp;us</source>
        <translation>Stat&amp;us</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 prospects, as filtered, best fit first.</source>
        <translation>
            <numerusform>%n von %1 Interessenten, gefiltert, beste Passung zuerst.</numerusform>
            <numerusform>%n von %1 Interessenten, gefiltert, beste Passung zuerst.</numerusform>
        </translation>
    </message>
    <message>
        <source>Pro&amp;spect</source>
        <translation>&amp;Interessent</translation>
    </message>
    <message>
        <source>Prospects.pdf</source>
        <translation>Interessenten.pdf</translation>
    </message>
    <message>
        <source>the prospects</source>
        <translation>die Interessenten</translation>
    </message>
</context>
<context>
    <name>clientele::Range</name>
    <message>
        <source>Expected a number such as 40 or a range such as 20-50, not &quot;%1&quot;.</source>
        <translation>Erwartet wird eine Zahl wie 40 oder ein Bereich wie 20-50, nicht „%1“.</translation>
    </message>
    <message>
        <source>The range &quot;%1&quot; ends below where it starts.</source>
        <translation>Der Bereich „%1“ endet unterhalb seines Anfangs.</translation>
    </message>
    <message>
        <source>Expected an amount such as $1,200 or a range such as $1M-$5M, not &quot;%1&quot;.</source>
        <translation>Erwartet wird ein Betrag wie $1,200 oder ein Bereich wie $1M-$5M, nicht „%1“.</translation>
    </message>
    <message>
        <source>The range &quot;%1&quot; mixes %2 and %3.</source>
        <translation>Der Bereich „%1“ vermischt %2 und %3.</translation>
    </message>
</context>
<context>
    <name>clientele::RecentFiles</name>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>No recent workspaces</source>
        <translation>Keine zuletzt geöffneten Arbeitsbereiche</translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation>Menü &amp;leeren</translation>
    </message>
</context>
<context>
    <name>clientele::ReviewChanges</name>
    <message>
        <source>ICP chart</source>
        <translation>ICP-Tabelle</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>Merkmal</translation>
    </message>
    <message>
        <source>Weighting</source>
        <translation>Gewichtung</translation>
    </message>
    <message>
        <source>%1: ideal</source>
        <translation>%1: Idealwert</translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation>Profil: %1</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Offer: %1</source>
        <translation>Leistung: %1</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Leistung</translation>
    </message>
</context>
<context>
    <name>clientele::ReviewChangesTable</name>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>What changed since the round before</source>
        <translation>Änderungen seit der vorherigen Runde</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Runde</translation>
    </message>
    <message>
        <source>Round %1</source>
        <translation>Runde %1</translation>
    </message>
</context>
<context>
    <name>clientele::ReviewPack</name>
    <message>
        <source>Round %1</source>
        <translation>Runde %1</translation>
    </message>
    <message>
        <source>I have reviewed review round %1: the customer profiles, the ICP chart and the offers as this pack prints them.</source>
        <translation>Ich habe Prüfrunde %1 geprüft: die Kundenprofile, die ICP-Tabelle und die Leistungen, wie diese Unterlage sie wiedergibt.</translation>
    </message>
    <message>
        <source>I have reviewed review round %1, “%2”: the customer profiles, the ICP chart and the offers as this pack prints them.</source>
        <translation>Ich habe Prüfrunde %1, „%2“, geprüft: die Kundenprofile, die ICP-Tabelle und die Leistungen, wie diese Unterlage sie wiedergibt.</translation>
    </message>
    <message>
        <source>What changed since round %1</source>
        <translation>Änderungen seit Runde %1</translation>
    </message>
    <message>
        <source>Nothing has changed since round %1.</source>
        <translation>Seit Runde %1 hat sich nichts geändert.</translation>
    </message>
    <message>
        <source>Review pack: %1</source>
        <translation>Prüfunterlage: %1</translation>
    </message>
    <message>
        <source>The owner&apos;s review</source>
        <translation>Prüfung durch den Inhaber</translation>
    </message>
    <message>
        <source>FOR THE OWNER&apos;S REVIEW</source>
        <translation>ZUR PRÜFUNG DURCH DEN INHABER</translation>
    </message>
    <message>
        <source>The customer profiles, the ICP chart and the offers, as they stand</source>
        <translation>Die Kundenprofile, die ICP-Tabelle und die Leistungen im aktuellen Stand</translation>
    </message>
    <message>
        <source>Review round</source>
        <translation>Prüfrunde</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>Erstellt von</translation>
    </message>
    <message>
        <source>The customer profiles, each with who is not our customer: %1</source>
        <translation>Die Kundenprofile, jeweils mit der Liste „Nicht unser Kunde“: %1</translation>
    </message>
    <message>
        <source>The ICP chart and the ideal customer derived from it</source>
        <translation>Die ICP-Tabelle und der daraus abgeleitete Idealkunde</translation>
    </message>
    <message>
        <source>The offer ladder and the offers</source>
        <translation>Die Leistungstreppe und die Leistungen</translation>
    </message>
    <message>
        <source>Your sign-off</source>
        <translation>Ihre Abnahme</translation>
    </message>
    <message>
        <source>In this pack</source>
        <translation>In dieser Unterlage</translation>
    </message>
    <message>
        <source>How to review it</source>
        <translation>So prüfen Sie</translation>
    </message>
    <message>
        <source>Read each part and write in the wide margin beside it whatever is wrong, missing or could be said better. When you have been through it all, tick one box on the last page, sign it and give the pack back.</source>
        <translation>Lesen Sie jeden Teil und notieren Sie auf dem breiten Rand daneben alles, was falsch ist, fehlt oder besser formuliert werden könnte. Wenn Sie alles durchgesehen haben, kreuzen Sie auf der letzten Seite ein Kästchen an, unterschreiben Sie und geben Sie die Unterlage zurück.</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>Abnahme</translation>
    </message>
    <message>
        <source>Approved as it stands</source>
        <translation>Freigegeben in der vorliegenden Form</translation>
    </message>
    <message>
        <source>Approved with the changes marked</source>
        <translation>Freigegeben mit den markierten Änderungen</translation>
    </message>
    <message>
        <source>The owner</source>
        <translation>Der Inhaber</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Unterschrift</translation>
    </message>
</context>
<context>
    <name>clientele::ReviewRound</name>
    <message>
        <source>A review round keeps what it froze; start a new round instead.</source>
        <translation>Eine Prüfrunde behält den eingefrorenen Stand; starten Sie stattdessen eine neue Runde.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Signed off by</source>
        <translation>Abgenommen von</translation>
    </message>
    <message>
        <source>the review round&apos;s snapshot</source>
        <translation>Sicherungspunkt der Prüfrunde</translation>
    </message>
</context>
<context>
    <name>clientele::ReviewRounds</name>
    <message>
        <source>The workspace could not be read: %1</source>
        <translation>Der Arbeitsbereich konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Round %1</source>
        <translation>Runde %1</translation>
    </message>
    <message>
        <source>Start review %1</source>
        <translation>Prüfrunde „%1“ starten</translation>
    </message>
    <message>
        <source>The review round could not be saved.</source>
        <translation>Die Prüfrunde konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>That review round no longer exists.</source>
        <translation>Diese Prüfrunde gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>Say who signed the round off.</source>
        <translation>Geben Sie an, wer die Runde abgenommen hat.</translation>
    </message>
    <message>
        <source>%1 was already signed off by %2.</source>
        <translation>%1 wurde bereits von %2 abgenommen.</translation>
    </message>
    <message>
        <source>Sign off %1</source>
        <translation>Abnahme von „%1“</translation>
    </message>
</context>
<context>
    <name>clientele::ReviewRoundsDialog</name>
    <message>
        <source>&amp;Start Review Round…</source>
        <translation>Prüfrunde s&amp;tarten…</translation>
    </message>
    <message>
        <source>&amp;Export Pack as PDF…</source>
        <translation>Prüfunterlage als PDF &amp;exportieren…</translation>
    </message>
    <message>
        <source>Sign &amp;Off…</source>
        <translation>&amp;Abnahme erfassen…</translation>
    </message>
    <message>
        <source>Review Rounds</source>
        <translation>Prüfrunden</translation>
    </message>
    <message>
        <source>Review rounds, oldest first</source>
        <translation>Prüfrunden, älteste zuerst</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Runde</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <source>Signed off by</source>
        <translation>Abgenommen von</translation>
    </message>
    <message>
        <source>Signed off</source>
        <translation>Abgenommen am</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Freeze the profiles, the ICP chart and the offers as they stand now, and print the owner&apos;s review pack from them</source>
        <translation>Die Profile, die ICP-Tabelle und die Leistungen im jetzigen Stand einfrieren und daraus die Prüfunterlage für den Inhaber drucken</translation>
    </message>
    <message>
        <source>%1…</source>
        <extracomment>The first digits of a review pack&apos;s SHA-256, which the tooltip gives in full.</extracomment>
        <translation>%1…</translation>
    </message>
    <message>
        <source>No review rounds yet. Start one to freeze the profiles with their “not our customer” lists, the ICP chart with its ideal and the offer ladder as the business owner reviews them, and to print the review pack.</source>
        <translation>Noch keine Prüfrunden. Starten Sie eine, um die Profile mit ihren Listen „Nicht unser Kunde“, die ICP-Tabelle mit ihrem Ideal und die Leistungstreppe so einzufrieren, wie der Inhaber sie prüft, und um die Prüfunterlage zu drucken.</translation>
    </message>
    <message numerus="yes">
        <source>%n review rounds, oldest first. Each keeps the pack printed when it started; from round 2 on the pack opens with what changed since the round before.</source>
        <translation>
            <numerusform>%n Prüfrunde, älteste zuerst. Jede behält die Prüfunterlage, die bei ihrem Start gedruckt wurde; ab Runde 2 beginnt die Unterlage mit den Änderungen seit der vorherigen Runde.</numerusform>
            <numerusform>%n Prüfrunden, älteste zuerst. Jede behält die Prüfunterlage, die bei ihrem Start gedruckt wurde; ab Runde 2 beginnt die Unterlage mit den Änderungen seit der vorherigen Runde.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was signed off by %2 on %3.</source>
        <translation>%1 wurde am %3 von %2 abgenommen.</translation>
    </message>
    <message>
        <source>Record who signed the selected round off, and when</source>
        <translation>Erfassen, wer die ausgewählte Runde wann abgenommen hat</translation>
    </message>
    <message>
        <source>Save the pack of %1 exactly as it was printed when the round started</source>
        <translation>Die Prüfunterlage von %1 genau so speichern, wie sie beim Start der Runde gedruckt wurde</translation>
    </message>
    <message>
        <source>Start a round first: its pack is kept with it</source>
        <translation>Starten Sie zuerst eine Runde: Die Prüfunterlage wird mit ihr aufbewahrt</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>From round 2 on, what changed since the round before shows here.</source>
        <translation>Ab Runde 2 erscheinen hier die Änderungen seit der vorherigen Runde.</translation>
    </message>
    <message>
        <source>Round 1 is the first round: there is no earlier one to compare it with.</source>
        <translation>Runde 1 ist die erste Runde: Es gibt keine frühere, mit der sie sich vergleichen ließe.</translation>
    </message>
    <message>
        <source>What changed since round %1</source>
        <translation>Änderungen seit Runde %1</translation>
    </message>
    <message>
        <source>Nothing changed between round %1 and round %2.</source>
        <translation>Zwischen Runde %1 und Runde %2 hat sich nichts geändert.</translation>
    </message>
    <message>
        <source>Start Review Round</source>
        <translation>Prüfrunde starten</translation>
    </message>
    <message>
        <source>Round %1 freezes the profiles, the ICP chart and the offers as they stand now, and prints the owner&apos;s review pack from them.

Name of the round:</source>
        <translation>Runde %1 friert die Profile, die ICP-Tabelle und die Leistungen im jetzigen Stand ein und druckt daraus die Prüfunterlage für den Inhaber.

Name der Runde:</translation>
    </message>
    <message>
        <source>Round %1</source>
        <translation>Runde %1</translation>
    </message>
    <message>
        <source>%1 is started, and its review pack is kept with it. Save the pack as a PDF for the owner now?</source>
        <translation>%1 ist gestartet, und die zugehörige Prüfunterlage wird mit ihr aufbewahrt. Die Unterlage jetzt als PDF für den Inhaber speichern?</translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation>PDF &amp;speichern…</translation>
    </message>
    <message>
        <source>&amp;Not Now</source>
        <translation>&amp;Nicht jetzt</translation>
    </message>
    <message>
        <source>Review pack %1</source>
        <extracomment>The suggested file name, without .pdf, of a round&apos;s review pack; %1 is the round&apos;s name.</extracomment>
        <translation>Prüfunterlage %1</translation>
    </message>
    <message>
        <source>Review pack</source>
        <translation>Prüfunterlage</translation>
    </message>
    <message>
        <source>Sign Off %1</source>
        <translation>Abnahme von %1</translation>
    </message>
    <message>
        <source>Who signed %1 off?</source>
        <translation>Wer hat %1 abgenommen?</translation>
    </message>
    <message>
        <source>Sign Off</source>
        <translation>Abnahme</translation>
    </message>
</context>
<context>
    <name>clientele::RuleComparison</name>
    <message>
        <source>is less than</source>
        <translation>ist kleiner als</translation>
    </message>
    <message>
        <source>is more than</source>
        <translation>ist größer als</translation>
    </message>
    <message>
        <source>is</source>
        <translation>ist</translation>
    </message>
    <message>
        <source>contains</source>
        <translation>enthält</translation>
    </message>
</context>
<context>
    <name>clientele::SampleWorkspace</name>
    <message>
        <source>Could not read the built-in sample workspace.</source>
        <translation>Der integrierte Beispiel-Arbeitsbereich konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Could not write the sample workspace to %1: %2</source>
        <translation>Der Beispiel-Arbeitsbereich konnte nicht nach %1 geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Could not write the sample workspace: %1</source>
        <translation>Der Beispiel-Arbeitsbereich konnte nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>clientele::ScoreHistogram</name>
    <message numerus="yes">
        <source>Scores: %n graded</source>
        <translation>
            <numerusform>Passungswerte: %n eingestuft</numerusform>
            <numerusform>Passungswerte: %n eingestuft</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Scores: %1 graded, %n not graded</source>
        <translation>
            <numerusform>Passungswerte: %1 eingestuft, %n nicht eingestuft</numerusform>
            <numerusform>Passungswerte: %1 eingestuft, %n nicht eingestuft</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clientele::SectionPage</name>
    <message>
        <source>Document.pdf</source>
        <translation>Dokument.pdf</translation>
    </message>
    <message>
        <source>the page</source>
        <translation>die Seite</translation>
    </message>
</context>
<context>
    <name>clientele::Sections</name>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>ICP Chart</source>
        <translation>ICP-Tabelle</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>Leistungen</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>Angebote</translation>
    </message>
    <message>
        <source>Prospects</source>
        <translation>Interessenten</translation>
    </message>
</context>
<context>
    <name>clientele::SettingsDialog</name>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Workspace Settings</source>
        <translation>Einstellungen des Arbeitsbereichs</translation>
    </message>
    <message>
        <source>Consultancy name</source>
        <translation>Name der Beratung</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation>Kontaktdaten</translation>
    </message>
    <message>
        <source>Logo file</source>
        <translation>Logodatei</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>Wä&amp;hlen…</translation>
    </message>
    <message>
        <source>&amp;No logo</source>
        <translation>Kein L&amp;ogo</translation>
    </message>
    <message>
        <source>Accent colour</source>
        <translation>Akzentfarbe</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Default tax note</source>
        <translation>Standard-Steuerhinweis</translation>
    </message>
    <message>
        <source>e.g. All prices exclude GST</source>
        <translation>z. B. Alle Preise zzgl. MwSt.</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Papierformat</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>Formal proposals from</source>
        <translation>Förmliche Angebote ab</translation>
    </message>
    <message>
        <source> staff</source>
        <extracomment>After the number of staff in a spin box: &quot;20 staff&quot;.</extracomment>
        <translation> Mitarbeitende</translation>
    </message>
    <message>
        <source>Consultancy &amp;name</source>
        <translation>Name der &amp;Beratung</translation>
    </message>
    <message>
        <source>&amp;Contact details</source>
        <translation>&amp;Kontaktdaten</translation>
    </message>
    <message>
        <source>&amp;Logo (PNG or SVG)</source>
        <translation>&amp;Logo (PNG oder SVG)</translation>
    </message>
    <message>
        <source>&amp;Accent colour</source>
        <translation>Ak&amp;zentfarbe</translation>
    </message>
    <message>
        <source>C&amp;urrency</source>
        <translation>&amp;Währung</translation>
    </message>
    <message>
        <source>&amp;Tax note</source>
        <translation>&amp;Steuerhinweis</translation>
    </message>
    <message>
        <source>&amp;Paper size</source>
        <translation>&amp;Papierformat</translation>
    </message>
    <message>
        <source>&amp;Formal proposals from</source>
        <translation>Förmliche Angebote &amp;ab</translation>
    </message>
    <message>
        <source>Prospects with fewer staff get an informal, letter-like proposal.</source>
        <translation>Interessenten mit weniger Mitarbeitenden erhalten ein informelles Angebot in Briefform.</translation>
    </message>
    <message>
        <source>Approval needed above</source>
        <translation>Freigabe erforderlich über</translation>
    </message>
    <message>
        <source>0</source>
        <translation>0</translation>
    </message>
    <message>
        <source>&amp;Approval needed above</source>
        <translation>&amp;Freigabe erforderlich über</translation>
    </message>
    <message>
        <source>Lost &amp;reasons you added</source>
        <translation>Von Ihnen hinzugefügte &amp;Verlustgründe</translation>
    </message>
    <message>
        <source>How the history names your changes on this computer; empty for your user name</source>
        <translation>Unter welchem Namen der Verlauf Ihre Änderungen auf diesem Computer führt; leer lassen für Ihren Benutzernamen</translation>
    </message>
    <message>
        <source>&amp;Your name in the history</source>
        <translation>&amp;Ihr Name im Verlauf</translation>
    </message>
    <message>
        <source>Lost reasons you added</source>
        <translation>Von Ihnen hinzugefügte Verlustgründe</translation>
    </message>
    <message>
        <source>None yet: a reason typed when closing a proposal as lost joins the list.</source>
        <translation>Noch keine: Ein Grund, den Sie beim Abschließen eines Angebots als verloren eingeben, wird in die Liste aufgenommen.</translation>
    </message>
    <message>
        <source>Removing a reason keeps it on the proposals that gave it.</source>
        <translation>Wird ein Grund entfernt, bleibt er bei den Angeboten erhalten, die ihn angegeben haben.</translation>
    </message>
    <message>
        <source>Give the approval threshold in %1, the workspace&apos;s currency.</source>
        <translation>Geben Sie die Freigabegrenze in %1 an, der Währung des Arbeitsbereichs.</translation>
    </message>
    <message>
        <source>The approval threshold cannot be negative.</source>
        <translation>Die Freigabegrenze darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>A formal proposal whose one-off total is above this needs an internal approval before it is sent; 0: never.</source>
        <translation>Ein förmliches Angebot, dessen einmalige Summe darüber liegt, braucht vor dem Senden eine interne Freigabe; 0: nie.</translation>
    </message>
    <message>
        <source>Choose a Logo</source>
        <translation>Logo auswählen</translation>
    </message>
    <message>
        <source>Images (*.png *.svg)</source>
        <translation>Bilder (*.png *.svg)</translation>
    </message>
    <message>
        <source>Accent Colour</source>
        <translation>Akzentfarbe</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Kein Logo</translation>
    </message>
    <message>
        <source>Cannot read this image</source>
        <translation>Dieses Bild kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Language of the documents</source>
        <translation>Sprache der Dokumente</translation>
    </message>
    <message>
        <source>The language of printouts and proposals, whatever the language of the application</source>
        <translation>Die Sprache der Ausdrucke und Angebote, unabhängig von der Sprache der Anwendung</translation>
    </message>
    <message>
        <source>Documents &amp;written in</source>
        <translation>Dokumente &amp;verfassen in</translation>
    </message>
</context>
<context>
    <name>clientele::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>Tables and the chart grid</source>
        <translation>Tabellen und die ICP-Tabelle</translation>
    </message>
    <message>
        <source>Move between cells or rows</source>
        <translation>Zwischen Zellen oder Zeilen wechseln</translation>
    </message>
    <message>
        <source>Arrow keys</source>
        <translation>Pfeiltasten</translation>
    </message>
    <message>
        <source>Edit the cell</source>
        <translation>Zelle bearbeiten</translation>
    </message>
    <message>
        <source>F2, or start typing</source>
        <translation>F2 oder einfach lostippen</translation>
    </message>
    <message>
        <source>Keep the cell and go down</source>
        <translation>Zelle übernehmen und nach unten gehen</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Keep the cell and go to the next one</source>
        <translation>Zelle übernehmen und zur nächsten gehen</translation>
    </message>
    <message>
        <source>Tab, while editing</source>
        <translation>Tab, beim Bearbeiten</translation>
    </message>
    <message>
        <source>Leave the cell as it was</source>
        <translation>Zelle unverändert lassen</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Go on to the next control</source>
        <translation>Zum nächsten Bedienelement</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>Go back to the previous control</source>
        <translation>Zum vorherigen Bedienelement</translation>
    </message>
    <message>
        <source>Shift+Tab</source>
        <translation>Shift+Tab</translation>
    </message>
    <message>
        <source>%1 ▸ </source>
        <translation>%1 ▸ </translation>
    </message>
</context>
<context>
    <name>clientele::Sidebar</name>
    <message>
        <source>Sections</source>
        <translation>Bereiche</translation>
    </message>
</context>
<context>
    <name>clientele::StaffRange</name>
    <message>
        <source>Expected a staff count such as &quot;40&quot; or a range such as &quot;5-200&quot;, not &quot;%1&quot;.</source>
        <translation>Erwartet wird eine Anzahl Mitarbeitender wie „40“ oder ein Bereich wie „5-200“, nicht „%1“.</translation>
    </message>
    <message>
        <source>The range &quot;%1&quot; ends below where it starts.</source>
        <translation>Der Bereich „%1“ endet unterhalb seines Anfangswerts.</translation>
    </message>
</context>
<context>
    <name>clientele::StandardAttribute</name>
    <message>
        <source>Manufacturing</source>
        <translation>Fertigung</translation>
    </message>
    <message>
        <source>Engineering</source>
        <translation>Ingenieurwesen</translation>
    </message>
    <message>
        <source>Trade services</source>
        <translation>Handwerk</translation>
    </message>
    <message>
        <source>Construction</source>
        <translation>Bauwesen</translation>
    </message>
    <message>
        <source>Law</source>
        <translation>Recht</translation>
    </message>
    <message>
        <source>Healthcare</source>
        <translation>Gesundheitswesen</translation>
    </message>
    <message>
        <source>Banking</source>
        <translation>Bankwesen</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Bildung</translation>
    </message>
    <message>
        <source>Financial</source>
        <translation>Finanzwesen</translation>
    </message>
    <message>
        <source>Insurance</source>
        <translation>Versicherungen</translation>
    </message>
    <message>
        <source>Real estate</source>
        <translation>Immobilien</translation>
    </message>
    <message>
        <source>Government</source>
        <translation>Öffentliche Verwaltung</translation>
    </message>
    <message>
        <source>Retail</source>
        <translation>Einzelhandel</translation>
    </message>
    <message>
        <source>Private company</source>
        <translation>Privatunternehmen</translation>
    </message>
    <message>
        <source>Family business</source>
        <translation>Familienunternehmen</translation>
    </message>
    <message>
        <source>Entrepreneur</source>
        <translation>Unternehmer</translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation>Personengesellschaft</translation>
    </message>
    <message>
        <source>Sole trader</source>
        <translation>Einzelunternehmen</translation>
    </message>
    <message>
        <source>Franchise</source>
        <translation>Franchise</translation>
    </message>
    <message>
        <source>Home-based</source>
        <translation>Home-Office-Betrieb</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Non-profit</source>
        <translation>Gemeinnützig</translation>
    </message>
    <message>
        <source>Public company</source>
        <translation>Aktiengesellschaft</translation>
    </message>
    <message>
        <source>ERP integration</source>
        <translation>ERP-Integration</translation>
    </message>
    <message>
        <source>Accounting integration</source>
        <translation>Buchhaltungsintegration</translation>
    </message>
    <message>
        <source>Support retainer</source>
        <translation>Support-Pauschale</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projekte</translation>
    </message>
    <message>
        <source>Software upgrades</source>
        <translation>Software-Upgrades</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Schulung</translation>
    </message>
    <message>
        <source>Managed desktop</source>
        <translation>Managed Desktop</translation>
    </message>
    <message>
        <source>Managed server</source>
        <translation>Managed Server</translation>
    </message>
    <message>
        <source>Antivirus</source>
        <translation>Virenschutz</translation>
    </message>
    <message>
        <source>Spam protection</source>
        <translation>Spamschutz</translation>
    </message>
    <message>
        <source>Number of employees</source>
        <translation>Anzahl Mitarbeitende</translation>
    </message>
    <message>
        <source>A range is fine when the exact head count is unknown; a user list from the support tools gives a good count.</source>
        <translation>Ein Bereich genügt, wenn die genaue Zahl nicht bekannt ist; eine Benutzerliste aus den Support-Tools liefert eine verlässliche Zahl.</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Branche</translation>
    </message>
    <message>
        <source>Pick from the list or type your own.</source>
        <translation>Aus der Liste wählen oder eigenen Wert eingeben.</translation>
    </message>
    <message>
        <source>Type of business</source>
        <translation>Unternehmensart</translation>
    </message>
    <message>
        <source>Average revenue</source>
        <translation>Durchschnittlicher Umsatz</translation>
    </message>
    <message>
        <source>Yearly revenue; a range is fine when unsure.</source>
        <translation>Jahresumsatz; im Zweifel genügt ein Bereich.</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>A suburb, city or region, and the distance from the office in km when it matters.</source>
        <translation>Ein Stadtteil, eine Stadt oder eine Region und, wenn sie eine Rolle spielt, die Entfernung vom Büro in km.</translation>
    </message>
    <message>
        <source>Years as customer</source>
        <translation>Jahre als Kunde</translation>
    </message>
    <message>
        <source>The accounting package shows when they were first invoiced.</source>
        <translation>Die Buchhaltungssoftware zeigt, wann die erste Rechnung an den Kunden ging.</translation>
    </message>
    <message>
        <source>What they purchase</source>
        <translation>Was sie kaufen</translation>
    </message>
    <message>
        <source>Broad services, separated by commas.</source>
        <translation>Grobe Leistungsbereiche, durch Kommas getrennt.</translation>
    </message>
    <message>
        <source>Average spent per month</source>
        <translation>Durchschnittliche Ausgaben pro Monat</translation>
    </message>
    <message>
        <source>From the monthly customer summary; derived from the yearly figure (÷ 12) when left blank.</source>
        <translation>Aus der monatlichen Kundenübersicht; bleibt das Feld leer, wird der Wert aus dem Jahreswert abgeleitet (÷ 12).</translation>
    </message>
    <message>
        <source>Average spent per year</source>
        <translation>Durchschnittliche Ausgaben pro Jahr</translation>
    </message>
    <message>
        <source>From the yearly customer summary; derived from the monthly figure (× 12) when left blank.</source>
        <translation>Aus der jährlichen Kundenübersicht; bleibt das Feld leer, wird der Wert aus dem Monatswert abgeleitet (× 12).</translation>
    </message>
    <message>
        <source>Referred us</source>
        <translation>Hat uns empfohlen</translation>
    </message>
    <message>
        <source>Leave blank when unsure.</source>
        <translation>Im Zweifel leer lassen.</translation>
    </message>
    <message>
        <source>Gave a testimonial</source>
        <translation>Hat eine Kundenstimme abgegeben</translation>
    </message>
</context>
<context>
    <name>clientele::StartPage</name>
    <message>
        <source>No workspace open</source>
        <translation>Kein Arbeitsbereich geöffnet</translation>
    </message>
    <message>
        <source>Look around a finished example: profiles, a chart, offers and proposals. It is not kept when you close it.</source>
        <translation>Sehen Sie sich ein fertiges Beispiel an: Profile, eine Tabelle, Leistungen und Angebote. Es wird beim Schließen nicht gespeichert.</translation>
    </message>
    <message>
        <source>Start an empty workspace file for your own clients.</source>
        <translation>Legen Sie eine leere Arbeitsbereichsdatei für Ihre eigenen Kunden an.</translation>
    </message>
    <message>
        <source>Carry on with a workspace file made earlier.</source>
        <translation>Arbeiten Sie mit einer früher erstellten Arbeitsbereichsdatei weiter.</translation>
    </message>
    <message>
        <source>&amp;Import Invoices…</source>
        <translation>Rechnungen &amp;importieren…</translation>
    </message>
    <message>
        <source>Create a workspace and fill it with your customers from a Xero, Odoo or other CSV invoice export.</source>
        <translation>Legen Sie einen Arbeitsbereich an und füllen Sie ihn mit Ihren Kunden aus einem Rechnungsexport von Xero, Odoo oder einem anderen CSV-Export.</translation>
    </message>
    <message>
        <source>&amp;Recent workspaces</source>
        <translation>&amp;Zuletzt verwendete Arbeitsbereiche</translation>
    </message>
    <message>
        <source>Recent workspaces</source>
        <translation>Zuletzt verwendete Arbeitsbereiche</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Noch keine</translation>
    </message>
</context>
<context>
    <name>clientele::SyncDocument</name>
    <message>
        <source>the value is not JSON: %1</source>
        <translation>der Wert ist kein JSON: %1</translation>
    </message>
</context>
<context>
    <name>clientele::SyncStatusLabel</name>
    <message>
        <source>Team hub</source>
        <translation>Team-Hub</translation>
    </message>
</context>
<context>
    <name>clientele::TeamActions</name>
    <message>
        <source>&amp;Team</source>
        <translation>&amp;Team</translation>
    </message>
    <message>
        <source>&amp;Join a Hub…</source>
        <translation>Einem Hub &amp;beitreten…</translation>
    </message>
    <message>
        <source>&amp;Sync Now</source>
        <translation>Jetzt &amp;synchronisieren</translation>
    </message>
    <message>
        <source>&amp;Conflicts…</source>
        <translation>&amp;Konflikte…</translation>
    </message>
    <message>
        <source>&amp;Leave the Hub…</source>
        <translation>Hub &amp;verlassen…</translation>
    </message>
    <message>
        <source>Share this workspace with your team through a PostgreSQL hub</source>
        <translation>Diesen Arbeitsbereich über einen PostgreSQL-Hub mit Ihrem Team teilen</translation>
    </message>
    <message>
        <source>Send your changes to the hub and take in your team&apos;s</source>
        <translation>Ihre Änderungen an den Hub senden und die Ihres Teams übernehmen</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Noch nicht synchronisiert</translation>
    </message>
    <message>
        <source>This workspace syncs with %1.</source>
        <translation>Dieser Arbeitsbereich wird mit %1 synchronisiert.</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Wird synchronisiert…</translation>
    </message>
    <message>
        <source>Syncing with %1.</source>
        <translation>Synchronisierung mit %1 läuft.</translation>
    </message>
    <message>
        <source>Synced at %1</source>
        <translation>Synchronisiert um %1</translation>
    </message>
    <message>
        <source>Last synced with %1 on %2.</source>
        <translation>Zuletzt mit %1 synchronisiert: %2.</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Not synced</source>
        <translation>Nicht synchronisiert</translation>
    </message>
    <message>
        <source>1 conflict</source>
        <translation>1 Konflikt</translation>
    </message>
    <message numerus="yes">
        <source>%n conflicts</source>
        <translation>
            <numerusform>%n Konflikt</numerusform>
            <numerusform>%n Konflikte</numerusform>
        </translation>
    </message>
    <message>
        <source>Edits made apart from each other wait for you to choose between them. Click to see them.</source>
        <translation>Unabhängig voneinander vorgenommene Änderungen warten auf Ihre Entscheidung. Klicken Sie, um sie zu sehen.</translation>
    </message>
    <message>
        <source>Your team&apos;s changes are in. Undo starts afresh from here.</source>
        <translation>Die Änderungen Ihres Teams sind übernommen. „Rückgängig“ beginnt ab hier neu.</translation>
    </message>
    <message>
        <source>Joined the hub: this workspace now syncs with your team.</source>
        <translation>Dem Hub beigetreten: Dieser Arbeitsbereich wird jetzt mit Ihrem Team synchronisiert.</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflikte</translation>
    </message>
    <message>
        <source>Leave the Hub</source>
        <translation>Hub verlassen</translation>
    </message>
    <message>
        <source>Stop syncing this workspace with %1?</source>
        <translation>Diesen Arbeitsbereich nicht mehr mit %1 synchronisieren?</translation>
    </message>
    <message>
        <source>The workspace keeps everything it holds now, and the hub keeps its copy for your team. Changes not synced yet stay on this computer only.</source>
        <translation>Der Arbeitsbereich behält alles, was er jetzt enthält, und der Hub behält seine Kopie für Ihr Team. Noch nicht synchronisierte Änderungen bleiben nur auf diesem Computer.</translation>
    </message>
    <message>
        <source>&amp;Leave the Hub</source>
        <translation>Hub &amp;verlassen</translation>
    </message>
    <message>
        <source>This workspace no longer syncs with the hub.</source>
        <translation>Dieser Arbeitsbereich wird nicht mehr mit dem Hub synchronisiert.</translation>
    </message>
</context>
<context>
    <name>clientele::TeamSync</name>
    <message>
        <source>The conflict in %1 was not settled: %2</source>
        <translation>Der Konflikt in %1 wurde nicht beigelegt: %2</translation>
    </message>
    <message>
        <source>%1 has no conflict waiting whose lost change is %2. clientele-cli conflicts lists them.</source>
        <translation>%1 hat keinen offenen Konflikt, dessen unterlegene Änderung %2 ist. clientele-cli conflicts listet sie auf.</translation>
    </message>
    <message>
        <source>%1 already shares its content through the hub %2. Leave that hub first to join another.</source>
        <translation>%1 teilt seinen Inhalt bereits über den Hub %2. Verlassen Sie zuerst diesen Hub, um einem anderen beizutreten.</translation>
    </message>
    <message>
        <source>The hub %1 already holds a team&apos;s workspace, and %2 has content of its own, so it was not joined. Join with a new, empty workspace to download the team&apos;s.</source>
        <translation>Der Hub %1 enthält bereits den Arbeitsbereich eines Teams, und %2 hat eigenen Inhalt, deshalb wurde er nicht verbunden. Treten Sie mit einem neuen, leeren Arbeitsbereich bei, um den des Teams herunterzuladen.</translation>
    </message>
    <message>
        <source>%1 is not linked to a team hub. Join one with File ▸ Team ▸ Join a Hub…, or clientele-cli hub join FILE URL.</source>
        <translation>%1 ist mit keinem Team-Hub verbunden. Treten Sie einem bei mit Datei ▸ Team ▸ Einem Hub beitreten… oder mit clientele-cli hub join DATEI URL.</translation>
    </message>
    <message>
        <source>%1 left its team hub while it was being synced.</source>
        <translation>%1 hat seinen Team-Hub verlassen, während er synchronisiert wurde.</translation>
    </message>
    <message>
        <source>The hub %1 holds another team&apos;s workspace, so %2 was not synced. Check the hub&apos;s address, or leave it and join the right one.</source>
        <translation>Der Hub %1 enthält den Arbeitsbereich eines anderen Teams, deshalb wurde %2 nicht synchronisiert. Prüfen Sie die Adresse des Hubs, oder verlassen Sie ihn und treten Sie dem richtigen bei.</translation>
    </message>
    <message>
        <source>%1 was not synced: %2</source>
        <translation>%1 wurde nicht synchronisiert: %2</translation>
    </message>
</context>
<context>
    <name>clientele::Theme</name>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;System</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
</context>
<context>
    <name>clientele::UndoNotice</name>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>Rückgängig: %1</translation>
    </message>
</context>
<context>
    <name>clientele::UserGuideDialog</name>
    <message>
        <source>Clientele User Guide</source>
        <translation>Clientele-Benutzerhandbuch</translation>
    </message>
</context>
<context>
    <name>clientele::Weighting</name>
    <message>
        <source>Equal</source>
        <translation>Gleichmäßig</translation>
    </message>
    <message>
        <source>By spend</source>
        <translation>Nach Ausgaben</translation>
    </message>
    <message>
        <source>By loyalty</source>
        <translation>Nach Treue</translation>
    </message>
    <message>
        <source>Every client counts the same.</source>
        <translation>Jeder Kunde zählt gleich viel.</translation>
    </message>
    <message>
        <source>Each client counts in proportion to their spend per year; clients without a known spend count at the median spend.</source>
        <translation>Jeder Kunde zählt im Verhältnis zu seinen jährlichen Ausgaben; Kunden ohne bekannte Ausgaben zählen mit dem Median der Ausgaben.</translation>
    </message>
    <message>
        <source>Each client counts 1, plus half a point per year as a customer (up to 10 years), plus 2 if they referred us and 2 if they gave a testimonial.</source>
        <translation>Jeder Kunde zählt 1, plus einen halben Punkt pro Jahr als Kunde (bis zu 10 Jahre), plus 2, wenn er uns empfohlen hat, und 2, wenn er eine Kundenstimme abgegeben hat.</translation>
    </message>
    <message>
        <source>No client&apos;s spend is known, so all count the same.</source>
        <translation>Von keinem Kunden sind die Ausgaben bekannt, daher zählen alle gleich.</translation>
    </message>
    <message>
        <source>1 client without a known spend counts at the median spend.</source>
        <translation>1 Kunde ohne bekannte Ausgaben zählt mit dem Median der Ausgaben.</translation>
    </message>
    <message numerus="yes">
        <source>%n clients without a known spend count at the median spend.</source>
        <translation>
            <numerusform>%n Kunde ohne bekannte Ausgaben zählt mit dem Median der Ausgaben.</numerusform>
            <numerusform>%n Kunden ohne bekannte Ausgaben zählen mit dem Median der Ausgaben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Weighting: equal</source>
        <translation>Gewichtung: gleichmäßig</translation>
    </message>
    <message>
        <source>Weighting: by spend</source>
        <translation>Gewichtung: nach Ausgaben</translation>
    </message>
    <message>
        <source>Weighting: by loyalty</source>
        <translation>Gewichtung: nach Treue</translation>
    </message>
</context>
<context>
    <name>clientele::Workspace</name>
    <message>
        <source>Cannot open &quot;%1&quot;: the file is damaged (%2).</source>
        <translation>„%1“ kann nicht geöffnet werden: Die Datei ist beschädigt (%2).</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Change workspace settings</source>
        <translation>Arbeitsbereichseinstellungen ändern</translation>
    </message>
    <message>
        <source>Grade bands must fall from A to C, each at least 1 below the one before, between 100 and 0.</source>
        <translation>Die Einstufungsgrenzen müssen von A nach C fallen, jede mindestens 1 unter der vorherigen, zwischen 100 und 0.</translation>
    </message>
    <message>
        <source>Change grade bands</source>
        <translation>Einstufungsgrenzen ändern</translation>
    </message>
    <message>
        <source>Workspace settings</source>
        <translation>Arbeitsbereichseinstellungen</translation>
    </message>
</context>
<context>
    <name>clientele::WorkspaceFile</name>
    <message>
        <source>The disk is full; the change was not saved. Free some space and try again.</source>
        <translation>Der Datenträger ist voll; die Änderung wurde nicht gespeichert. Geben Sie Speicherplatz frei und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The workspace file or its folder is read-only; the change was not saved.</source>
        <translation>Die Arbeitsbereichsdatei oder ihr Ordner ist schreibgeschützt; die Änderung wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>Another program is writing to this workspace; the change was not saved. Try again in a moment.</source>
        <translation>Ein anderes Programm schreibt gerade in diesen Arbeitsbereich; die Änderung wurde nicht gespeichert. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The change could not be saved: %1</source>
        <translation>Die Änderung konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is read-only; open it read-only or copy it somewhere you can write.</source>
        <translation>„%1“ ist schreibgeschützt; öffnen Sie die Datei schreibgeschützt oder kopieren Sie sie an einen Ort, an dem Sie schreiben dürfen.</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; is read-only, so &quot;%2&quot; cannot be changed there; open it read-only or copy it somewhere you can write.</source>
        <translation>Der Ordner „%1“ ist schreibgeschützt, daher kann „%2“ dort nicht geändert werden; öffnen Sie die Datei schreibgeschützt oder kopieren Sie sie an einen Ort, an dem Sie schreiben dürfen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already exists; Clientele will not overwrite it.</source>
        <translation>„%1“ existiert bereits; Clientele überschreibt die Datei nicht.</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; does not exist.</source>
        <translation>Der Ordner „%1“ existiert nicht.</translation>
    </message>
    <message>
        <source>Could not create &quot;%1&quot;: the folder &quot;%2&quot; is read-only. Choose a folder you can write to.</source>
        <translation>„%1“ konnte nicht angelegt werden: Der Ordner „%2“ ist schreibgeschützt. Wählen Sie einen Ordner, in den Sie schreiben dürfen.</translation>
    </message>
    <message>
        <source>could not move the new file into place</source>
        <translation>die neue Datei konnte nicht an ihren Platz verschoben werden</translation>
    </message>
    <message>
        <source>Could not create &quot;%1&quot;: %2</source>
        <translation>„%1“ konnte nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>Before the upgrade from schema %1 to %2</source>
        <translation>Vor der Aktualisierung von Schema %1 auf %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was not upgraded, because no backup could be made first: %2</source>
        <translation>„%1“ wurde nicht aktualisiert, weil zuvor keine Sicherung angelegt werden konnte: %2</translation>
    </message>
    <message>
        <source>Cannot open &quot;%1&quot;: %2</source>
        <translation>„%1“ kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Could not upgrade &quot;%1&quot; to schema %2: %3</source>
        <translation>„%1“ konnte nicht auf Schema %2 aktualisiert werden: %3</translation>
    </message>
    <message>
        <source>This workspace is open read-only; changes cannot be saved.</source>
        <translation>Dieser Arbeitsbereich ist schreibgeschützt geöffnet; Änderungen können nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>A copy cannot replace the workspace it is copied from.</source>
        <translation>Eine Kopie kann nicht den Arbeitsbereich ersetzen, von dem sie erstellt wird.</translation>
    </message>
    <message>
        <source>Could not save a copy to &quot;%1&quot;: the folder &quot;%2&quot; is read-only.</source>
        <translation>Die Kopie konnte nicht unter „%1“ gespeichert werden: Der Ordner „%2“ ist schreibgeschützt.</translation>
    </message>
    <message>
        <source>could not move the copy into place</source>
        <translation>die Kopie konnte nicht an ihren Platz verschoben werden</translation>
    </message>
    <message>
        <source>Could not save a copy to &quot;%1&quot;: %2</source>
        <translation>Die Kopie konnte nicht unter „%1“ gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Row %1 of table %2 points to a missing %3.</source>
        <translation>Zeile %1 der Tabelle %2 verweist auf einen fehlenden Eintrag in %3.</translation>
    </message>
    <message>
        <source>The file is not marked as a Clientele workspace.</source>
        <translation>Die Datei ist nicht als Clientele-Arbeitsbereich gekennzeichnet.</translation>
    </message>
    <message>
        <source>Schema version %1 differs from the expected %2.</source>
        <translation>Schemaversion %1 weicht von der erwarteten Version %2 ab.</translation>
    </message>
</context>
<context>
    <name>clientele::WorkspaceJson</name>
    <message>
        <source>must not be empty; an unknown value is left out</source>
        <translation>darf nicht leer sein; einen unbekannten Wert lassen Sie weg</translation>
    </message>
    <message>
        <source>expected a number, found %1</source>
        <translation>erwartet wird eine Zahl, gefunden: %1</translation>
    </message>
    <message>
        <source>must be a number from 0 to %1</source>
        <translation>muss eine Zahl von 0 bis %1 sein</translation>
    </message>
    <message>
        <source>expected a number or an object with min and max, found %1</source>
        <translation>erwartet wird eine Zahl oder ein Objekt mit min und max, gefunden: %1</translation>
    </message>
    <message>
        <source>must not be less than min (%1)</source>
        <translation>darf nicht kleiner als min (%1) sein</translation>
    </message>
    <message>
        <source>amounts in this chart are in %1 (chart.currency), not &quot;%2&quot;</source>
        <translation>Beträge in dieser Tabelle sind in %1 (chart.currency), nicht in „%2“</translation>
    </message>
    <message>
        <source>a place needs a name or a distanceKm; an unknown value is left out</source>
        <translation>ein Ort braucht einen Namen oder „distanceKm“; einen unbekannten Wert lassen Sie weg</translation>
    </message>
    <message>
        <source>attribute %1 (&quot;%2&quot;) is of type %3, so its cell needs exactly one &quot;%4&quot; value</source>
        <translation>Merkmal %1 („%2“) ist vom Typ %3, daher braucht seine Zelle genau einen Wert „%4“</translation>
    </message>
    <message>
        <source>attribute %1 (&quot;%2&quot;) is of type %3, so its cell needs exactly one &quot;%4&quot; value, found: %5</source>
        <translation>Merkmal %1 („%2“) ist vom Typ %3, daher braucht seine Zelle genau einen Wert „%4“, gefunden: %5</translation>
    </message>
    <message>
        <source>must hold at least one tag; an unknown value is left out</source>
        <translation>muss mindestens ein Schlagwort enthalten; einen unbekannten Wert lassen Sie weg</translation>
    </message>
    <message>
        <source>expected one of: %1</source>
        <translation>erwartet wird einer dieser Werte: %1</translation>
    </message>
    <message>
        <source>duplicate attribute id %1 (already used at %2)</source>
        <translation>doppelte Merkmal-ID %1 (bereits unter %2 verwendet)</translation>
    </message>
    <message>
        <source>expected &quot;&quot; for an attribute of your own or one of: %1</source>
        <translation>erwartet wird &quot;&quot; für ein eigenes Merkmal oder einer dieser Werte: %1</translation>
    </message>
    <message>
        <source>the standard attribute &quot;%1&quot; is already at %2</source>
        <translation>das Standardmerkmal „%1“ steht bereits unter %2</translation>
    </message>
    <message>
        <source>duplicate client id %1 (already used at %2)</source>
        <translation>doppelte Kunden-ID %1 (bereits unter %2 verwendet)</translation>
    </message>
    <message>
        <source>this client already has a cell for attribute %1 (at %2)</source>
        <translation>dieser Kunde hat bereits eine Zelle für Merkmal %1 (unter %2)</translation>
    </message>
    <message>
        <source>expected an ISO 4217 currency code such as &quot;AUD&quot;, not &quot;%1&quot;</source>
        <translation>erwartet wird ein ISO-4217-Währungscode wie „AUD“, nicht „%1“</translation>
    </message>
    <message>
        <source>attribute</source>
        <comment>the kind of item in: duplicate %1 id, duplicate %1 uuid</comment>
        <translation>Merkmal</translation>
    </message>
    <message>
        <source>client</source>
        <comment>the kind of item in: duplicate %1 id, duplicate %1 uuid</comment>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>no attribute with id %1 in chart.attributes</source>
        <translation>kein Merkmal mit der ID %1 in chart.attributes</translation>
    </message>
    <message>
        <source>nested deeper than %1 levels; a workspace never is</source>
        <translation>tiefer als %1 Ebenen verschachtelt; das ist ein Arbeitsbereich nie</translation>
    </message>
    <message>
        <source>the key appears twice in the same object</source>
        <translation>der Schlüssel kommt im selben Objekt zweimal vor</translation>
    </message>
    <message>
        <source>top level</source>
        <translation>oberste Ebene</translation>
    </message>
    <message>
        <source>line %1, column %2 (byte offset %3)</source>
        <translation>Zeile %1, Spalte %2 (Byte-Offset %3)</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>kein gültiges JSON: %1</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <source>expected a number more than 0</source>
        <translation>erwartet wird eine Zahl größer als 0</translation>
    </message>
    <message>
        <source>a rule has either a keyword or an attribute, a comparison and a value, not both</source>
        <translation>eine Regel hat entweder ein Stichwort oder ein Merkmal, einen Vergleich und einen Wert, nicht beides</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>an unsupported value</source>
        <translation>ein nicht unterstützter Wert</translation>
    </message>
    <message>
        <source>expected an object, found %1</source>
        <translation>erwartet wird ein Objekt, gefunden: %1</translation>
    </message>
    <message>
        <source>unknown key (expected one of: %1)</source>
        <translation>unbekannter Schlüssel (erwartet wird einer dieser Schlüssel: %1)</translation>
    </message>
    <message>
        <source>required key is missing</source>
        <translation>erforderlicher Schlüssel fehlt</translation>
    </message>
    <message>
        <source>expected an array, found %1</source>
        <translation>erwartet wird ein Array, gefunden: %1</translation>
    </message>
    <message>
        <source>expected a string, found %1</source>
        <translation>erwartet wird eine Zeichenkette, gefunden: %1</translation>
    </message>
    <message>
        <source>expected true or false, found %1</source>
        <translation>erwartet wird true oder false, gefunden: %1</translation>
    </message>
    <message>
        <source>must be between %1 and %2</source>
        <translation>muss zwischen %1 und %2 liegen</translation>
    </message>
    <message>
        <source>expected a whole number, found %1</source>
        <translation>erwartet wird eine ganze Zahl, gefunden: %1</translation>
    </message>
    <message>
        <source>must be between %1 and %2, not %3</source>
        <translation>muss zwischen %1 und %2 liegen, nicht %3</translation>
    </message>
    <message>
        <source>expected a date and time as a string or null, found %1</source>
        <translation>erwartet wird ein Datum mit Uhrzeit als Zeichenkette oder null, gefunden: %1</translation>
    </message>
    <message>
        <source>expected an ISO 8601 date and time with a time zone, such as &quot;2024-03-04T09:30:00.000Z&quot;, not &quot;%1&quot;</source>
        <translation>erwartet wird Datum und Uhrzeit nach ISO 8601 mit Zeitzone, etwa „2024-03-04T09:30:00.000Z“, nicht „%1“</translation>
    </message>
    <message>
        <source>expected a UUID as a string, found %1</source>
        <translation>erwartet wird eine UUID als Zeichenkette, gefunden: %1</translation>
    </message>
    <message>
        <source>expected a UUID in lowercase 8-4-4-4-12 form without braces, such as &quot;0b6e3f7a-5c2d-4e8f-9a1b-3c4d5e6f7a8b&quot;, not &quot;%1&quot;</source>
        <translation>erwartet wird eine UUID in Kleinbuchstaben im Format 8-4-4-4-12 ohne geschweifte Klammern, etwa „0b6e3f7a-5c2d-4e8f-9a1b-3c4d5e6f7a8b“, nicht „%1“</translation>
    </message>
    <message>
        <source>the nil UUID names nothing; leave &quot;uuid&quot; out and a new one is given</source>
        <translation>die Null-UUID bezeichnet nichts; lassen Sie „uuid“ weg, dann wird eine neue vergeben</translation>
    </message>
    <message>
        <source>an offer needs a name</source>
        <translation>eine Leistung braucht einen Namen</translation>
    </message>
    <message>
        <source>profile item %1 is linked twice</source>
        <translation>Profileintrag %1 ist doppelt verknüpft</translation>
    </message>
    <message>
        <source>only a retainer offer has retainer terms</source>
        <translation>nur eine Leistung mit monatlicher Pauschale hat Pauschalbedingungen</translation>
    </message>
    <message>
        <source>only an assessment offer has a deliverable</source>
        <translation>nur eine Analyseleistung hat ein Arbeitsergebnis</translation>
    </message>
    <message>
        <source>offer</source>
        <comment>the kind of item in: duplicate %1 id, duplicate %1 uuid</comment>
        <translation>Leistung</translation>
    </message>
    <message>
        <source>expected a three-letter currency code such as &quot;AUD&quot;, not &quot;%1&quot;</source>
        <translation>erwartet wird ein dreistelliger Währungscode wie „AUD“, nicht „%1“</translation>
    </message>
    <message>
        <source>expected an amount as a string such as &quot;1234.50&quot;, found %1</source>
        <translation>erwartet wird ein Betrag als Zeichenkette wie &quot;1234.50&quot;, gefunden: %1</translation>
    </message>
    <message>
        <source>an amount cannot be negative</source>
        <translation>ein Betrag darf nicht negativ sein</translation>
    </message>
    <message>
        <source>expected a date as &quot;YYYY-MM-DD&quot; or null, not &quot;%1&quot;</source>
        <translation>erwartet wird ein Datum als „YYYY-MM-DD“ oder null, nicht „%1“</translation>
    </message>
    <message>
        <source>expected one of %1, not &quot;%2&quot;</source>
        <translation>erwartet wird einer der Werte %1, nicht „%2“</translation>
    </message>
    <message>
        <source>duplicate %1 id %2 (already used at %3)</source>
        <translation>doppelte ID %2 (%1, bereits unter %3 verwendet)</translation>
    </message>
    <message>
        <source>profile</source>
        <comment>the kind of item in: duplicate %1 id, duplicate %1 uuid</comment>
        <translation>Profil</translation>
    </message>
    <message>
        <source>list item</source>
        <comment>the kind of item in: duplicate %1 id, duplicate %1 uuid</comment>
        <translation>Listeneintrag</translation>
    </message>
    <message>
        <source>an unknown size is written as null, not as 0 to 0</source>
        <translation>eine unbekannte Größe wird als null geschrieben, nicht als 0 bis 0</translation>
    </message>
    <message>
        <source>a sent version needs the time it was sent</source>
        <translation>eine gesendete Version braucht den Zeitpunkt des Versands</translation>
    </message>
    <message>
        <source>expected the sent PDF in base64</source>
        <translation>erwartet wird das gesendete PDF in Base64</translation>
    </message>
    <message>
        <source>the PDF of version %1 does not match its SHA-256</source>
        <translation>das PDF von Version %1 stimmt nicht mit seinem SHA-256 überein</translation>
    </message>
    <message>
        <source>versions must rise one after another up to the proposal&apos;s version %1</source>
        <translation>die Versionen müssen lückenlos aufsteigen, bis zur Version %1 des Angebots</translation>
    </message>
    <message>
        <source>this prospect already has a value for attribute %1 (at %2)</source>
        <translation>dieser Interessent hat bereits einen Wert für Merkmal %1 (unter %2)</translation>
    </message>
    <message>
        <source>a prospect needs a company name</source>
        <translation>ein Interessent braucht einen Firmennamen</translation>
    </message>
    <message>
        <source>prospect</source>
        <comment>the kind of item in: duplicate %1 id, duplicate %1 uuid</comment>
        <translation>Interessent</translation>
    </message>
    <message>
        <source>a review round needs the time it started</source>
        <translation>eine Prüfrunde braucht ihren Startzeitpunkt</translation>
    </message>
    <message>
        <source>expected the review pack&apos;s PDF in base64</source>
        <translation>erwartet wird das PDF der Prüfunterlage in Base64</translation>
    </message>
    <message>
        <source>the review pack does not match its SHA-256</source>
        <translation>die Prüfunterlage stimmt nicht mit ihrem SHA-256 überein</translation>
    </message>
    <message>
        <source>review round</source>
        <comment>the kind of item in: duplicate %1 id, duplicate %1 uuid</comment>
        <translation>Prüfrunde</translation>
    </message>
    <message>
        <source>another review round has this number</source>
        <translation>eine andere Prüfrunde hat diese Nummer</translation>
    </message>
    <message>
        <source>the grade bands must fall from a to c (a &gt; b &gt; c), such as 80, 60 and 40</source>
        <translation>die Einstufungsgrenzen müssen von a nach c fallen (a &gt; b &gt; c), etwa 80, 60 und 40</translation>
    </message>
    <message>
        <source>expected an amount of zero or more written like &quot;5000.00&quot;</source>
        <translation>erwartet wird ein Betrag von null oder mehr, geschrieben wie &quot;5000.00&quot;</translation>
    </message>
    <message>
        <source>duplicate %1 uuid %2 (already used at %3)</source>
        <translation>doppelte UUID %2 (%1, bereits unter %3 verwendet)</translation>
    </message>
    <message>
        <source>a proposal needs a number</source>
        <translation>ein Angebot braucht eine Nummer</translation>
    </message>
    <message>
        <source>the number &quot;%1&quot; is used by another proposal</source>
        <translation>die Nummer „%1“ wird von einem anderen Angebot verwendet</translation>
    </message>
    <message>
        <source>proposal</source>
        <comment>the kind of item in: duplicate %1 id, duplicate %1 uuid</comment>
        <translation>Angebot</translation>
    </message>
    <message>
        <source>proposal line</source>
        <comment>the kind of item in: duplicate %1 id, duplicate %1 uuid</comment>
        <translation>Angebotsposition</translation>
    </message>
    <message>
        <source>%1: the file is %2 MB; a workspace export is at most %3 MB, so this is not one.</source>
        <translation>%1: Die Datei ist %2 MB groß; ein Arbeitsbereichsexport ist höchstens %3 MB groß, es handelt sich also nicht um einen.</translation>
    </message>
    <message>
        <source>expected an object, found %1; this is not a Clientele workspace export</source>
        <translation>erwartet wird ein Objekt, gefunden: %1; dies ist kein Clientele-Arbeitsbereichsexport</translation>
    </message>
    <message>
        <source>expected &quot;%1&quot;; this is not a Clientele workspace export</source>
        <translation>erwartet wird „%1“; dies ist kein Clientele-Arbeitsbereichsexport</translation>
    </message>
    <message>
        <source>the file was written by a newer version of Clientele (format version %1; this version reads up to %2). Update Clientele to import it.</source>
        <translation>die Datei wurde von einer neueren Version von Clientele geschrieben (Formatversion %1; diese Version liest bis %2). Aktualisieren Sie Clientele, um sie zu importieren.</translation>
    </message>
    <message>
        <source>Could not export &quot;%1&quot;: %2</source>
        <translation>„%1“ konnte nicht exportiert werden: %2</translation>
    </message>
    <message>
        <source>Could not write &quot;%1&quot;: %2</source>
        <translation>„%1“ konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1: this workspace is open read-only, so nothing can be imported into it.</source>
        <translation>%1: Dieser Arbeitsbereich ist schreibgeschützt geöffnet, daher kann nichts in ihn importiert werden.</translation>
    </message>
    <message>
        <source>%1: nothing was imported. %2</source>
        <translation>%1: Es wurde nichts importiert. %2</translation>
    </message>
    <message>
        <source>%1: the file does not exist.</source>
        <translation>%1: Die Datei existiert nicht.</translation>
    </message>
    <message>
        <source>%1: the file cannot be read (%2).</source>
        <translation>%1: Die Datei kann nicht gelesen werden (%2).</translation>
    </message>
    <message>
        <source>expected a document language: %1</source>
        <translation>erwartet wird eine Dokumentsprache: %1</translation>
    </message>
</context>
<context>
    <name>clientele::WorkspaceLock</name>
    <message>
        <source>&quot;%1&quot; is open for editing in another window (%2, process %3 on %4).</source>
        <translation>„%1“ ist in einem anderen Fenster zur Bearbeitung geöffnet (%2, Prozess %3 auf %4).</translation>
    </message>
    <message>
        <source>Could not check whether &quot;%1&quot; is open elsewhere.</source>
        <translation>Es konnte nicht geprüft werden, ob „%1“ an anderer Stelle geöffnet ist.</translation>
    </message>
</context>
<context>
    <name>clientele::cli::Cli</name>
    <message>
        <source>Check a workspace&apos;s integrity and schema; exit 0 when healthy.</source>
        <translation>Integrität und Schema eines Arbeitsbereichs prüfen; Exit-Status 0, wenn alles in Ordnung ist.</translation>
    </message>
    <message>
        <source>A workspace.</source>
        <translation>Ein Arbeitsbereich.</translation>
    </message>
    <message>
        <source>%1 is not healthy:
  %2</source>
        <translation>%1 ist nicht in Ordnung:
  %2</translation>
    </message>
    <message>
        <source>%1: ok (schema %2)</source>
        <translation>%1: OK (Schema %2)</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>Usage: clientele-cli %1</source>
        <translation>Aufruf: clientele-cli %1</translation>
    </message>
    <message>
        <source>Missing arguments: expected 1 argument, got %1.</source>
        <translation>Fehlende Argumente: 1 Argument erwartet, %1 erhalten.</translation>
    </message>
    <message numerus="yes">
        <source>Missing arguments: expected %n arguments, got %1.</source>
        <translation>
            <numerusform>Fehlende Argumente: %n Argument erwartet, %1 erhalten.</numerusform>
            <numerusform>Fehlende Argumente: %n Argumente erwartet, %1 erhalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many arguments: expected 1 argument, got %1.</source>
        <translation>Zu viele Argumente: 1 Argument erwartet, %1 erhalten.</translation>
    </message>
    <message numerus="yes">
        <source>Too many arguments: expected %n arguments, got %1.</source>
        <translation>
            <numerusform>Zu viele Argumente: %n Argument erwartet, %1 erhalten.</numerusform>
            <numerusform>Zu viele Argumente: %n Argumente erwartet, %1 erhalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Say how the proposal ended: --won or --lost.</source>
        <translation>Geben Sie an, wie das Angebot ausgegangen ist: --won oder --lost.</translation>
    </message>
    <message>
        <source>--reason says why a proposal was lost; it goes with --lost.</source>
        <translation>--reason gibt an, warum ein Angebot verloren wurde; es gehört zu --lost.</translation>
    </message>
    <message>
        <source>--by and --reference say who accepted a proposal; they go with --won.</source>
        <translation>--by und --reference geben an, wer ein Angebot angenommen hat; sie gehören zu --won.</translation>
    </message>
    <message>
        <source>A lost proposal needs a reason: --reason TEXT, such as &quot;Price&quot;.</source>
        <translation>Ein verlorenes Angebot braucht einen Grund: --reason TEXT, etwa „Preis“.</translation>
    </message>
    <message>
        <source>--date takes a date written like 2026-05-31.</source>
        <translation>--date erwartet ein Datum in der Form 2026-05-31.</translation>
    </message>
    <message>
        <source>Closed %1 as won on %2.</source>
        <translation>%1 am %2 als gewonnen abgeschlossen.</translation>
    </message>
    <message>
        <source>Accepted by: %1</source>
        <translation>Angenommen von: %1</translation>
    </message>
    <message>
        <source>Reference: %1</source>
        <translation>Referenz: %1</translation>
    </message>
    <message>
        <source>Closed %1 as lost on %2.</source>
        <translation>%1 am %2 als verloren abgeschlossen.</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Grund: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; joins the workspace&apos;s reasons for losing a proposal.</source>
        <translation>„%1“ wird in die Liste der Gründe für verlorene Angebote des Arbeitsbereichs aufgenommen.</translation>
    </message>
    <message>
        <source>Close a proposal as won (accepted by whom, the client&apos;s reference) or lost (with a reason).</source>
        <translation>Ein Angebot als gewonnen (von wem angenommen, Referenz des Kunden) oder als verloren (mit Grund) abschließen.</translation>
    </message>
    <message>
        <source>The client accepted it.</source>
        <translation>Der Kunde hat es angenommen.</translation>
    </message>
    <message>
        <source>With --won: who accepted it.</source>
        <translation>Mit --won: wer es angenommen hat.</translation>
    </message>
    <message>
        <source>With --won: the client&apos;s reference, such as an order number.</source>
        <translation>Mit --won: die Referenz des Kunden, etwa eine Bestellnummer.</translation>
    </message>
    <message>
        <source>The client turned it down.</source>
        <translation>Der Kunde hat es abgelehnt.</translation>
    </message>
    <message>
        <source>With --lost (required): why, such as &quot;Price&quot;, &quot;Timing&quot;, &quot;Chose someone else&quot;, &quot;Not a fit&quot; or &quot;No decision&quot;; a new reason joins the workspace&apos;s list.</source>
        <translation>Mit --lost (erforderlich): der Grund, etwa „Preis“, „Zeitpunkt“, „Anderen Anbieter gewählt“, „Passt nicht“ oder „Keine Entscheidung“; ein neuer Grund wird in die Liste des Arbeitsbereichs aufgenommen.</translation>
    </message>
    <message>
        <source>When it was decided; today if left out.</source>
        <translation>Wann entschieden wurde; heute, wenn nicht angegeben.</translation>
    </message>
    <message>
        <source>First</source>
        <comment>first invoice</comment>
        <extracomment>Column heads of clientele-cli customers: the first and the last invoice.</extracomment>
        <translation>Erste</translation>
    </message>
    <message>
        <source>Last</source>
        <comment>last invoice</comment>
        <translation>Letzte</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>Jahre</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Rechn.</translation>
    </message>
    <message>
        <source>Net spend</source>
        <translation>Nettoausgaben</translation>
    </message>
    <message>
        <source>Per month</source>
        <translation>pro Monat</translation>
    </message>
    <message>
        <source>Per year</source>
        <translation>pro Jahr</translation>
    </message>
    <message>
        <source>Loyalty</source>
        <translation>Treue</translation>
    </message>
    <message>
        <source>What they purchase</source>
        <translation>Was sie kaufen</translation>
    </message>
    <message>
        <source>also %1, not in the figures above</source>
        <translation>außerdem %1, nicht in den obigen Zahlen enthalten</translation>
    </message>
    <message>
        <source>List imported customers with their metrics (see docs/metrics.md).</source>
        <translation>Importierte Kunden mit ihren Kennzahlen auflisten (siehe docs/metrics.md).</translation>
    </message>
    <message>
        <source>Print a JSON array.</source>
        <translation>Ein JSON-Array ausgeben.</translation>
    </message>
    <message>
        <source>Order by spend (default), tenure, loyalty or name.</source>
        <translation>Sortieren nach spend (Standard), tenure, loyalty oder name.</translation>
    </message>
    <message>
        <source>Only customers whose name or place contains TEXT.</source>
        <translation>Nur Kunden, deren Name oder Ort TEXT enthält.</translation>
    </message>
    <message>
        <source>Unknown order “%1”: use spend, tenure, loyalty or name.</source>
        <translation>Unbekannte Sortierung „%1“: Verwenden Sie spend, tenure, loyalty oder name.</translation>
    </message>
    <message>
        <source>Write the whole workspace as JSON.</source>
        <translation>Den gesamten Arbeitsbereich als JSON schreiben.</translation>
    </message>
    <message>
        <source>The JSON file to write.</source>
        <translation>Die zu schreibende JSON-Datei.</translation>
    </message>
    <message>
        <source>No prospect with the name or id &quot;%1&quot; in %2.</source>
        <translation>Kein Interessent mit dem Namen oder der ID „%1“ in %2.</translation>
    </message>
    <message>
        <source>Export profiles (every one unless named), a proposal, the owner&apos;s review pack, the offers, the prospects, a prospect&apos;s fit sheet or the ICP chart as PDF.</source>
        <translation>Profile (alle, sofern keines genannt ist), ein Angebot, die Prüfunterlage für den Inhaber, die Leistungen, die Interessenten, das Passungsblatt eines Interessenten oder die ICP-Tabelle als PDF exportieren.</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>Die zu schreibende PDF-Datei.</translation>
    </message>
    <message>
        <source>The proposal with this number or id instead.</source>
        <translation>Stattdessen das Angebot mit dieser Nummer oder ID.</translation>
    </message>
    <message>
        <source>With --proposal: this version, exactly as it was sent (or the version being written).</source>
        <translation>Mit --proposal: diese Version, genau so, wie sie gesendet wurde (oder die Version in Bearbeitung).</translation>
    </message>
    <message>
        <source>The owner&apos;s review pack of the latest review round instead, exactly as it was printed when the round started.</source>
        <translation>Stattdessen die Prüfunterlage für den Inhaber aus der neuesten Prüfrunde, genau so, wie sie beim Start der Runde gedruckt wurde.</translation>
    </message>
    <message>
        <source>With --review-pack: the pack of this round instead.</source>
        <translation>Mit --review-pack: stattdessen die Unterlage dieser Runde.</translation>
    </message>
    <message>
        <source>The offer catalogue with the ladder instead.</source>
        <translation>Stattdessen der Leistungskatalog mit der Leistungstreppe.</translation>
    </message>
    <message>
        <source>The prospects by grade instead.</source>
        <translation>Stattdessen die Interessenten nach Einstufung.</translation>
    </message>
    <message>
        <source>The fit sheet of the prospect with this name or id instead.</source>
        <translation>Stattdessen das Passungsblatt des Interessenten mit diesem Namen oder dieser ID.</translation>
    </message>
    <message>
        <source>The ICP chart with its derived ideal instead.</source>
        <translation>Stattdessen die ICP-Tabelle mit ihren abgeleiteten Idealwerten.</translation>
    </message>
    <message>
        <source>--version takes a version number (1 or more) of the proposal --proposal names.</source>
        <translation>--version erwartet eine Versionsnummer (1 oder höher) des Angebots, das --proposal nennt.</translation>
    </message>
    <message>
        <source>--round takes the number (1 or more) of a review round whose pack --review-pack exports.</source>
        <translation>--round erwartet die Nummer (1 oder höher) einer Prüfrunde, deren Unterlage --review-pack exportiert.</translation>
    </message>
    <message>
        <source>--chart prints the whole ICP chart on its own.</source>
        <translation>--chart druckt die gesamte ICP-Tabelle für sich allein.</translation>
    </message>
    <message>
        <source>Choose one of --profile, --proposal, --review-pack, --offers, --prospects and --prospect.</source>
        <translation>Wählen Sie eine der Optionen --profile, --proposal, --review-pack, --offers, --prospects und --prospect.</translation>
    </message>
    <message>
        <source>%1 has no profiles to print.</source>
        <translation>%1 enthält keine Profile zum Drucken.</translation>
    </message>
    <message>
        <source>Print the history of changes, newest first.</source>
        <translation>Den Änderungsverlauf ausgeben, neueste zuerst.</translation>
    </message>
    <message>
        <source>No changes recorded.</source>
        <translation>Keine Änderungen erfasst.</translation>
    </message>
    <message>
        <source>Reading… %1%</source>
        <translation>Wird gelesen… %1%</translation>
    </message>
    <message>
        <source>A Xero or Odoo invoice export.</source>
        <translation>Ein Rechnungsexport aus Xero oder Odoo.</translation>
    </message>
    <message>
        <source>A Xero or Odoo contacts export.</source>
        <translation>Ein Kontaktexport aus Xero oder Odoo.</translation>
    </message>
    <message>
        <source>auto (default), xero or odoo.</source>
        <translation>auto (Standard), xero oder odoo.</translation>
    </message>
    <message>
        <source>dmy, mdy or ymd, for files whose dates could be read either way.</source>
        <translation>dmy, mdy oder ymd, für Dateien, deren Datumsangaben sich auf beide Arten lesen lassen.</translation>
    </message>
    <message>
        <source>Import the readable lines even if some cannot be read.</source>
        <translation>Die lesbaren Zeilen importieren, auch wenn einige nicht gelesen werden können.</translation>
    </message>
    <message>
        <source>Save the import report (.csv: problems as CSV).</source>
        <translation>Den Importbericht speichern (.csv: Probleme als CSV).</translation>
    </message>
    <message>
        <source>Do not keep a backup snapshot of the workspace first.</source>
        <translation>Vorher keinen Sicherungspunkt des Arbeitsbereichs anlegen.</translation>
    </message>
    <message>
        <source>Check the file and print what an import would do; the workspace is not changed.</source>
        <translation>Die Datei prüfen und ausgeben, was ein Import bewirken würde; der Arbeitsbereich wird nicht geändert.</translation>
    </message>
    <message>
        <source>For columns Clientele does not know: which column holds each field, as FIELD=HEADER,FIELD=HEADER; remembered for files with the same columns. Fields: %1.</source>
        <translation>Für Spalten, die Clientele nicht kennt: welche Spalte welches Feld enthält, als FELD=SPALTE,FELD=SPALTE; wird für Dateien mit denselben Spalten gemerkt. Felder: %1.</translation>
    </message>
    <message>
        <source>Unknown format “%1”: use auto, xero or odoo.</source>
        <translation>Unbekanntes Format „%1“: Verwenden Sie auto, xero oder odoo.</translation>
    </message>
    <message>
        <source>Unknown date order “%1”: use dmy, mdy or ymd.</source>
        <translation>Unbekannte Datumsreihenfolge „%1“: Verwenden Sie dmy, mdy oder ymd.</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n lines of %1 cannot be read, so nothing would be imported; run again with --allow-problems to import the rest.</source>
        <translation>
            <numerusform>%n Zeile von %1 kann nicht gelesen werden, daher würde nichts importiert; führen Sie den Befehl erneut mit --allow-problems aus, um den Rest zu importieren.</numerusform>
            <numerusform>%n Zeilen von %1 können nicht gelesen werden, daher würde nichts importiert; führen Sie den Befehl erneut mit --allow-problems aus, um den Rest zu importieren.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lines of %1 cannot be read, so nothing was imported; run again with --allow-problems to import the rest.</source>
        <translation>
            <numerusform>%n Zeile von %1 kann nicht gelesen werden, daher wurde nichts importiert; führen Sie den Befehl erneut mit --allow-problems aus, um den Rest zu importieren.</numerusform>
            <numerusform>%n Zeilen von %1 können nicht gelesen werden, daher wurde nichts importiert; führen Sie den Befehl erneut mit --allow-problems aus, um den Rest zu importieren.</numerusform>
        </translation>
    </message>
    <message>
        <source>the dates in %1 could be day/month/year or month/day/year; run again with --date-order dmy or --date-order mdy.</source>
        <translation>die Datumsangaben in %1 könnten Tag/Monat/Jahr oder Monat/Tag/Jahr sein; führen Sie den Befehl erneut mit --date-order dmy oder --date-order mdy aus.</translation>
    </message>
    <message>
        <source>the columns of %1 are not a Xero or Odoo export Clientele knows; name them with --map (for example --map %2), or map them once in the app; either is remembered.</source>
        <translation>die Spalten von %1 entsprechen keinem Xero- oder Odoo-Export, den Clientele kennt; benennen Sie sie mit --map (zum Beispiel --map %2) oder ordnen Sie sie einmal in der App zu; beides wird gemerkt.</translation>
    </message>
    <message>
        <source>%1 Import it with: clientele-cli import-contacts %2 %3</source>
        <translation>%1 Importieren Sie die Datei mit: clientele-cli import-contacts %2 %3</translation>
    </message>
    <message>
        <source>%1 Import it with: clientele-cli import-invoices %2 %3</source>
        <translation>%1 Importieren Sie die Datei mit: clientele-cli import-invoices %2 %3</translation>
    </message>
    <message>
        <source>Import a Xero or Odoo contacts export: customer names and locations.</source>
        <translation>Einen Kontaktexport aus Xero oder Odoo importieren: Kundennamen und Orte.</translation>
    </message>
    <message>
        <source>Import a Xero or Odoo invoice export into a workspace.</source>
        <translation>Einen Rechnungsexport aus Xero oder Odoo in einen Arbeitsbereich importieren.</translation>
    </message>
    <message>
        <source>Load a JSON export into a workspace, creating it if needed and replacing its content.</source>
        <translation>Einen JSON-Export in einen Arbeitsbereich laden, ihn bei Bedarf anlegen und seinen Inhalt ersetzen.</translation>
    </message>
    <message>
        <source>A JSON export of a workspace.</source>
        <translation>Ein JSON-Export eines Arbeitsbereichs.</translation>
    </message>
    <message>
        <source>The workspace to fill.</source>
        <translation>Der zu füllende Arbeitsbereich.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not exist.</source>
        <translation>„%1“ existiert nicht.</translation>
    </message>
    <message>
        <source>Import prospects from a CSV file with a Company column and the chart&apos;s attribute names as headers, or from a Xero or Odoo contacts export.</source>
        <translation>Interessenten aus einer CSV-Datei mit einer Spalte „Company“ und den Merkmalsnamen der Tabelle als Spaltenköpfen oder aus einem Kontaktexport von Xero oder Odoo importieren.</translation>
    </message>
    <message>
        <source>The prospect list.</source>
        <translation>Die Liste der Interessenten.</translation>
    </message>
    <message numerus="yes">
        <source>Added %n prospects.</source>
        <translation>
            <numerusform>%n Interessent hinzugefügt.</numerusform>
            <numerusform>%n Interessenten hinzugefügt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Skipped or left out:</source>
        <translation>Übersprungen oder ausgelassen:</translation>
    </message>
    <message>
        <source>profiles:</source>
        <extracomment>clientele-cli info: how many customer profiles the workspace holds.</extracomment>
        <translation>Profile:</translation>
    </message>
    <message>
        <source>chartClients:</source>
        <extracomment>clientele-cli info: how many clients the ICP chart has.</extracomment>
        <translation>Tabellenkunden:</translation>
    </message>
    <message>
        <source>offers:</source>
        <extracomment>clientele-cli info: how many offers the workspace holds.</extracomment>
        <translation>Leistungen:</translation>
    </message>
    <message>
        <source>proposals:</source>
        <extracomment>clientele-cli info: how many proposals the workspace holds.</extracomment>
        <translation>Angebote:</translation>
    </message>
    <message>
        <source>prospects:</source>
        <extracomment>clientele-cli info: how many prospects the workspace holds.</extracomment>
        <translation>Interessenten:</translation>
    </message>
    <message>
        <source>reviewRounds:</source>
        <extracomment>clientele-cli info: how many rounds of the owner&apos;s review have been started.</extracomment>
        <translation>Prüfrunden:</translation>
    </message>
    <message>
        <source>Show what a workspace holds and its schema version.</source>
        <translation>Anzeigen, was ein Arbeitsbereich enthält, und seine Schemaversion.</translation>
    </message>
    <message>
        <source>Print a JSON object.</source>
        <translation>Ein JSON-Objekt ausgeben.</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <source>Schema version:</source>
        <translation>Schemaversion:</translation>
    </message>
    <message>
        <source>Consultancy:</source>
        <translation>Beratung:</translation>
    </message>
    <message>
        <source>Usage: clientele-cli COMMAND [OPTIONS] ARGS...

Works on Clientele workspace files without opening a window.

Commands:
</source>
        <translation>Aufruf: clientele-cli BEFEHL [OPTIONEN] ARGUMENTE...

Arbeitet mit Clientele-Arbeitsbereichsdateien, ohne ein Fenster zu öffnen.

Befehle:
</translation>
    </message>
    <message>
        <source>
Run &apos;clientele-cli COMMAND --help&apos; for a command&apos;s options.
Exit status: 0 success, 1 wrong usage, 2 bad file or input.
</source>
        <translation>
Mit „clientele-cli BEFEHL --help“ erhalten Sie die Optionen eines Befehls.
Exit-Status: 0 Erfolg, 1 falscher Aufruf, 2 fehlerhafte Datei oder Eingabe.
</translation>
    </message>
    <message>
        <source>Unknown command &apos;%1&apos;.</source>
        <translation>Unbekannter Befehl „%1“.</translation>
    </message>
    <message>
        <source>Create a workspace file (never overwrites an existing file).</source>
        <translation>Eine Arbeitsbereichsdatei anlegen (überschreibt nie eine vorhandene Datei).</translation>
    </message>
    <message>
        <source>The workspace to create.</source>
        <translation>Der anzulegende Arbeitsbereich.</translation>
    </message>
    <message>
        <source>Fill it with the built-in sample workspace.</source>
        <translation>Mit dem eingebauten Beispiel-Arbeitsbereich füllen.</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>Angelegt: %1</translation>
    </message>
    <message>
        <source>free</source>
        <translation>kostenlos</translation>
    </message>
    <message>
        <source>%1/month</source>
        <translation>%1/Monat</translation>
    </message>
    <message>
        <source>%1 h/month</source>
        <translation>%1 Std./Monat</translation>
    </message>
    <message>
        <source>unused hours carry over</source>
        <translation>nicht genutzte Stunden werden übertragen</translation>
    </message>
    <message>
        <source>unused hours lapse</source>
        <translation>nicht genutzte Stunden verfallen</translation>
    </message>
    <message>
        <source>%1/hour</source>
        <translation>%1/Stunde</translation>
    </message>
    <message>
        <source>%1/year</source>
        <translation>%1/Jahr</translation>
    </message>
    <message>
        <source>List the offers, up the ladder first, then those off it.</source>
        <translation>Die Leistungen auflisten, zuerst die auf der Leistungstreppe von unten nach oben, dann die übrigen.</translation>
    </message>
    <message>
        <source>No offers.</source>
        <translation>Keine Leistungen.</translation>
    </message>
    <message>
        <source>%1: updated</source>
        <translation>%1: aktualisiert</translation>
    </message>
    <message>
        <source>%1: in place of %2</source>
        <translation>%1: anstelle von %2</translation>
    </message>
    <message>
        <source>%1: added</source>
        <translation>%1: hinzugefügt</translation>
    </message>
    <message>
        <source>Put the top imported customers into the ICP chart as clients.</source>
        <translation>Die Top-Kunden aus dem Import als Kunden in die ICP-Tabelle übernehmen.</translation>
    </message>
    <message>
        <source>How many customers to pick (1-200).</source>
        <translation>Wie viele Kunden übernommen werden (1-200).</translation>
    </message>
    <message>
        <source>Rank by spend, tenure or loyalty.</source>
        <translation>Rangfolge nach spend, tenure oder loyalty.</translation>
    </message>
    <message>
        <source>Replace values typed into the chart by hand.</source>
        <translation>Von Hand in die Tabelle eingetragene Werte ersetzen.</translation>
    </message>
    <message>
        <source>--count takes 1 to 200 and --by spend, tenure or loyalty.</source>
        <translation>--count erwartet 1 bis 200 und --by spend, tenure oder loyalty.</translation>
    </message>
    <message>
        <source>%1 has no imported customers with sales; import invoices first (clientele-cli import-invoices).</source>
        <translation>%1 enthält keine importierten Kunden mit Umsätzen; importieren Sie zuerst Rechnungen (clientele-cli import-invoices).</translation>
    </message>
    <message numerus="yes">
        <source>Picked %n customers by %1 into the ICP chart:</source>
        <extracomment>%1 is the ranking as given to --by: spend, tenure or loyalty.</extracomment>
        <translation>
            <numerusform>%n Kunde nach %1 in die ICP-Tabelle übernommen:</numerusform>
            <numerusform>%n Kunden nach %1 in die ICP-Tabelle übernommen:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Replaced %n values typed by hand.</source>
        <translation>
            <numerusform>%n von Hand eingetragener Wert ersetzt.</numerusform>
            <numerusform>%n von Hand eingetragene Werte ersetzt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kept %n values typed by hand (use --overwrite to replace them).</source>
        <translation>
            <numerusform>%n von Hand eingetragener Wert beibehalten (mit --overwrite ersetzen Sie ihn).</numerusform>
            <numerusform>%n von Hand eingetragene Werte beibehalten (mit --overwrite ersetzen Sie sie).</numerusform>
        </translation>
    </message>
    <message>
        <source>The proposal&apos;s number (such as P-2026-001) or id.</source>
        <translation>Die Nummer des Angebots (etwa P-2026-001) oder seine ID.</translation>
    </message>
    <message>
        <source>No proposal with the number or id &quot;%1&quot; in %2.</source>
        <translation>Kein Angebot mit der Nummer oder ID „%1“ in %2.</translation>
    </message>
    <message>
        <source>Proposal %1 has no version %2: it is at version %3 and none has been sent.</source>
        <translation>Angebot %1 hat keine Version %2: Es steht bei Version %3, und noch keine wurde gesendet.</translation>
    </message>
    <message>
        <source>Proposal %1 has no version %2: it is at version %3, and the versions sent are %4.</source>
        <translation>Angebot %1 hat keine Version %2: Es steht bei Version %3, gesendet wurden die Versionen %4.</translation>
    </message>
    <message>
        <source>List the proposals with their style, status and totals.</source>
        <translation>Die Angebote mit Stil, Status und Summen auflisten.</translation>
    </message>
    <message>
        <source>No proposals.</source>
        <translation>Keine Angebote.</translation>
    </message>
    <message>
        <source>v%1</source>
        <extracomment>A proposal&apos;s version number in the list: v1, v2, ...</extracomment>
        <translation>v%1</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>%1 once + %2/month</source>
        <translation>%1 einmalig + %2/Monat</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n staff)</source>
        <translation>
            <numerusform>%1 (Mitarbeitende: %n)</numerusform>
            <numerusform>%1 (Mitarbeitende: %n)</numerusform>
        </translation>
    </message>
    <message>
        <source>List the prospects: company, status, staff, industry, location, last contact.</source>
        <translation>Die Interessenten auflisten: Firma, Status, Mitarbeitende, Branche, Ort, letzter Kontakt.</translation>
    </message>
    <message>
        <source>No prospects.</source>
        <translation>Keine Interessenten.</translation>
    </message>
    <message>
        <source>%1  %2  staff %3  %4  %5  last contact %6</source>
        <translation>%1  %2  Mitarbeitende %3  %4  %5  letzter Kontakt %6</translation>
    </message>
    <message>
        <source>The review round with this number; the latest if left out.</source>
        <translation>Die Prüfrunde mit dieser Nummer; die neueste, wenn nicht angegeben.</translation>
    </message>
    <message>
        <source>%1 has no review rounds yet: start one with clientele-cli start-review %1.</source>
        <translation>%1 hat noch keine Prüfrunden: Starten Sie eine mit clientele-cli start-review %1.</translation>
    </message>
    <message>
        <source>%1 has no review round %2; the latest is round %3.</source>
        <translation>%1 hat keine Prüfrunde %2; die neueste ist Runde %3.</translation>
    </message>
    <message>
        <source>Start the next version of a sent proposal as a draft.</source>
        <translation>Die nächste Version eines gesendeten Angebots als Entwurf beginnen.</translation>
    </message>
    <message>
        <source>Started version %1 of %2 as a draft; version %3 stays as it was sent.</source>
        <translation>Version %1 von %2 als Entwurf begonnen; Version %3 bleibt so, wie sie gesendet wurde.</translation>
    </message>
    <message>
        <source>Score every prospect against the ideal, best first, &quot;not a fit&quot; last.</source>
        <translation>Jeden Interessenten am Ideal bewerten, die besten zuerst, „Passt nicht“ zuletzt.</translation>
    </message>
    <message>
        <source>Grade         Score  Known  Prospect</source>
        <translation>Einstufung     Wert  Bekannt  Interessent</translation>
    </message>
    <message>
        <source>%1 (not our customer: %2)</source>
        <translation>%1 (nicht unser Kunde: %2)</translation>
    </message>
    <message>
        <source>Mark a proposal as sent: its current version is frozen with its PDF and SHA-256.</source>
        <translation>Ein Angebot als gesendet markieren: Seine aktuelle Version wird mit PDF und SHA-256 festgeschrieben.</translation>
    </message>
    <message>
        <source>Record the internal approval a formal proposal above the workspace&apos;s threshold needs, by NAME, before sending.</source>
        <translation>Vor dem Senden die interne Freigabe durch NAME erfassen, die ein förmliches Angebot oberhalb der Freigabegrenze des Arbeitsbereichs benötigt.</translation>
    </message>
    <message>
        <source>--approved-by needs a name.</source>
        <translation>--approved-by braucht einen Namen.</translation>
    </message>
    <message>
        <source>Sent version %1 of %2.</source>
        <translation>Version %1 von %2 gesendet.</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256: %1</translation>
    </message>
    <message>
        <source>Valid until: %1</source>
        <translation>Gültig bis: %1</translation>
    </message>
    <message>
        <source>Approved by: %1</source>
        <translation>Freigegeben von: %1</translation>
    </message>
    <message>
        <source>Record that the owner signed a review round off (the latest unless --round names one).</source>
        <translation>Erfassen, dass der Inhaber eine Prüfrunde abgenommen hat (die neueste, sofern --round keine andere nennt).</translation>
    </message>
    <message>
        <source>Who signed it off (required).</source>
        <translation>Wer die Abnahme erteilt hat (erforderlich).</translation>
    </message>
    <message>
        <source>--round takes a round number (1 or more).</source>
        <translation>--round erwartet eine Rundennummer (1 oder höher).</translation>
    </message>
    <message>
        <source>Say who signed the round off: --by NAME.</source>
        <translation>Geben Sie an, wer die Runde abgenommen hat: --by NAME.</translation>
    </message>
    <message>
        <source>Review round %1 (%2) signed off by %3 on %4.</source>
        <translation>Prüfrunde %1 (%2) am %4 von %3 abgenommen.</translation>
    </message>
    <message>
        <source>Started review round %1: %2</source>
        <translation>Prüfrunde %1 gestartet: %2</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Datum: %1</translation>
    </message>
    <message>
        <source>Changes: none, this is the first round</source>
        <translation>Änderungen: keine, dies ist die erste Runde</translation>
    </message>
    <message>
        <source>Changes since round %1: %2</source>
        <translation>Änderungen seit Runde %1: %2</translation>
    </message>
    <message>
        <source>Start the owner&apos;s next review round: the profiles, the ICP chart and the offers are frozen, and the review pack is printed and kept with its SHA-256.</source>
        <translation>Die nächste Prüfrunde des Inhabers starten: Profile, ICP-Tabelle und Leistungen werden festgeschrieben, und die Prüfunterlage wird gedruckt und mit ihrem SHA-256 aufbewahrt.</translation>
    </message>
    <message>
        <source>The round&apos;s name; &quot;Round N&quot; if left out.</source>
        <translation>Der Name der Runde; „Runde N“, wenn nicht angegeben.</translation>
    </message>
    <message>
        <source>deleted by %1 on %2</source>
        <translation>gelöscht von %1 am %2</translation>
    </message>
    <message>
        <source>%1 by %2 on %3</source>
        <translation>%1 von %2 am %3</translation>
    </message>
    <message>
        <source>%1: edited after the item was deleted</source>
        <translation>%1: nach dem Löschen des Eintrags bearbeitet</translation>
    </message>
    <message>
        <source>%1: edited apart</source>
        <translation>%1: getrennt voneinander bearbeitet</translation>
    </message>
    <message>
        <source>  kept: %1</source>
        <translation>  behalten: %1</translation>
    </message>
    <message>
        <source>  lost: %1</source>
        <translation>  unterlegen: %1</translation>
    </message>
    <message>
        <source>  settle: clientele-cli resolve %1 %2 --keep, --take-lost or --value JSON</source>
        <translation>  beilegen: clientele-cli resolve %1 %2 --keep, --take-lost oder --value JSON</translation>
    </message>
    <message>
        <source>No conflicts wait to be settled.</source>
        <translation>Es gibt keine offenen Konflikte.</translation>
    </message>
    <message>
        <source>List the conflicts sync kept for you to settle: both values, who and when.</source>
        <translation>Die Konflikte auflisten, die die Synchronisierung zum Beilegen aufbewahrt hat: beide Werte, wer und wann.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a list, which edit-profile does not set. It sets these fields: %2.</source>
        <translation>„%1“ ist eine Liste, die edit-profile nicht setzt. Es setzt diese Felder: %2.</translation>
    </message>
    <message>
        <source>A profile has no field &quot;%1&quot;. The fields are: %2.</source>
        <translation>Ein Profil hat kein Feld „%1“. Die Felder sind: %2.</translation>
    </message>
    <message>
        <source>Say what to change: --set FIELD=VALUE, such as --set businessSize=5-200.</source>
        <translation>Geben Sie an, was geändert werden soll: --set FELD=WERT, etwa --set businessSize=5-200.</translation>
    </message>
    <message>
        <source>--set takes FIELD=VALUE, such as businessSize=5-200, not &quot;%1&quot;.</source>
        <translation>--set erwartet FELD=WERT, etwa businessSize=5-200, nicht „%1“.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; is set twice; give it one value.</source>
        <translation>Das Feld „%1“ wird zweimal gesetzt; geben Sie ihm einen Wert.</translation>
    </message>
    <message>
        <source>Changed profile %1 “%2”:</source>
        <translation>Profil %1 „%2“ geändert:</translation>
    </message>
    <message>
        <source>%1, profile %2 “%3”, field &quot;%4&quot;: %5 Nothing was changed.</source>
        <translation>%1, Profil %2 „%3“, Feld „%4“: %5 Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Profile %1 “%2” already has these values; nothing was changed.</source>
        <translation>Profil %1 „%2“ hat diese Werte bereits; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Edit the profile&apos;s fields</source>
        <translation>Felder des Profils bearbeiten</translation>
    </message>
    <message>
        <source>Set fields of a profile, as one change recorded in the history.</source>
        <translation>Felder eines Profils setzen, als eine Änderung im Verlauf festgehalten.</translation>
    </message>
    <message>
        <source>The profile&apos;s id, uuid or name.</source>
        <translation>ID, UUID oder Name des Profils.</translation>
    </message>
    <message>
        <source>Set a field, named as in the JSON export (%1), to VALUE; businessSize takes a staff count such as 12, a range such as 5-200 or nothing for unknown. Give --set once per field.</source>
        <translation>Setzt ein Feld, benannt wie im JSON-Export (%1), auf WERT; businessSize nimmt eine Anzahl Mitarbeitender wie 12, einen Bereich wie 5-200 oder nichts für unbekannt. Geben Sie --set einmal je Feld an.</translation>
    </message>
    <message>
        <source>Only the profile with this id, uuid or name.</source>
        <translation>Nur das Profil mit dieser ID, UUID oder diesem Namen.</translation>
    </message>
    <message>
        <source>The hub is ready for a team: link a workspace to it with clientele-cli hub join FILE URL.</source>
        <translation>Der Hub ist bereit für ein Team: Verbinden Sie einen Arbeitsbereich mit clientele-cli hub join FILE URL damit.</translation>
    </message>
    <message>
        <source>%1 shares its content through the hub as %2.</source>
        <translation>%1 teilt seinen Inhalt über den Hub als %2.</translation>
    </message>
    <message>
        <source>%1 has left its hub; its content stays as it is.</source>
        <translation>%1 hat seinen Hub verlassen; sein Inhalt bleibt, wie er ist.</translation>
    </message>
    <message>
        <source>%1 is not linked to a hub; there is nothing to leave.</source>
        <translation>%1 ist mit keinem Hub verbunden; es gibt nichts zu verlassen.</translation>
    </message>
    <message>
        <source>Make a PostgreSQL database a team&apos;s hub (init), link a workspace to it (join) or unlink it (leave).</source>
        <translation>Eine PostgreSQL-Datenbank zum Hub eines Teams machen (init), einen Arbeitsbereich damit verbinden (join) oder die Verbindung lösen (leave).</translation>
    </message>
    <message>
        <source>init, join or leave.</source>
        <translation>init, join oder leave.</translation>
    </message>
    <message>
        <source>With join and leave: a workspace.</source>
        <translation>Bei join und leave: ein Arbeitsbereich.</translation>
    </message>
    <message>
        <source>With init and join: the hub, a PostgreSQL URL or connection string such as postgresql://db.example.com/team. The password comes from ~/.pgpass or a service file, never from the workspace.</source>
        <translation>Bei init und join: der Hub, eine PostgreSQL-URL oder Verbindungszeichenfolge wie postgresql://db.example.com/team. Das Passwort kommt aus ~/.pgpass oder einer Service-Datei, nie aus dem Arbeitsbereich.</translation>
    </message>
    <message>
        <source>Say what to do with the hub: init, join or leave.</source>
        <translation>Geben Sie an, was mit dem Hub geschehen soll: init, join oder leave.</translation>
    </message>
    <message>
        <source>Wrong arguments for hub %1.</source>
        <translation>Falsche Argumente für hub %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n profiles in %1 are named &quot;%2&quot;; name the one you mean by its id or uuid.</source>
        <translation>
            <numerusform>%n Profil in %1 heißt „%2“; nennen Sie das gemeinte über seine ID oder UUID.</numerusform>
            <numerusform>%n Profile in %1 heißen „%2“; nennen Sie das gemeinte über seine ID oder UUID.</numerusform>
        </translation>
    </message>
    <message>
        <source>No profile with the id, uuid or name &quot;%1&quot; in %2.</source>
        <translation>Kein Profil mit der ID, UUID oder dem Namen „%1“ in %2.</translation>
    </message>
    <message>
        <source>--value takes JSON, as the export writes the field: a text in double quotes (&apos;&quot;Mining&quot;&apos;), {&quot;min&quot;: 5, &quot;max&quot;: 200} for a business size, or null. This is not JSON: %1</source>
        <translation>--value erwartet JSON, so wie der Export das Feld schreibt: einen Text in doppelten Anführungszeichen (&apos;&quot;Mining&quot;&apos;), {&quot;min&quot;: 5, &quot;max&quot;: 200} für eine Unternehmensgröße oder null. Dies ist kein JSON: %1</translation>
    </message>
    <message>
        <source>Say how to settle the conflict: --keep, --take-lost or --value JSON, one of them.</source>
        <translation>Geben Sie an, wie der Konflikt beigelegt werden soll: mit genau einem von --keep, --take-lost oder --value JSON.</translation>
    </message>
    <message>
        <source>Settled: %1 is now %2; the next sync shares it with the team.</source>
        <translation>Beigelegt: %1 ist jetzt %2; die nächste Synchronisierung teilt es mit dem Team.</translation>
    </message>
    <message>
        <source>Settle a conflict sync kept: keep the value that won, take the lost one, or give another.</source>
        <translation>Einen von der Synchronisierung aufbewahrten Konflikt beilegen: den siegreichen Wert behalten, den unterlegenen übernehmen oder einen anderen angeben.</translation>
    </message>
    <message>
        <source>The lost change&apos;s id, as clientele-cli conflicts lists it.</source>
        <translation>Die ID der unterlegenen Änderung, wie clientele-cli conflicts sie auflistet.</translation>
    </message>
    <message>
        <source>Keep the value that won.</source>
        <translation>Den siegreichen Wert behalten.</translation>
    </message>
    <message>
        <source>Take the value that lost instead.</source>
        <translation>Stattdessen den unterlegenen Wert übernehmen.</translation>
    </message>
    <message>
        <source>Settle on this value instead, written as JSON as the export writes the field: &quot;Mining&quot; with its quotes, {&quot;min&quot;: 5, &quot;max&quot;: 200}, null.</source>
        <translation>Den Konflikt stattdessen mit diesem Wert beilegen, als JSON so geschrieben, wie der Export das Feld schreibt: &quot;Mining&quot; mit seinen Anführungszeichen, {&quot;min&quot;: 5, &quot;max&quot;: 200}, null.</translation>
    </message>
    <message>
        <source>Push this workspace&apos;s changes to its hub and take in the team&apos;s.</source>
        <translation>Die Änderungen dieses Arbeitsbereichs an seinen Hub übertragen und die des Teams übernehmen.</translation>
    </message>
    <message>
        <source>A workspace linked to a hub.</source>
        <translation>Ein mit einem Hub verbundener Arbeitsbereich.</translation>
    </message>
    <message>
        <source>Pushed to the hub: %1</source>
        <translation>An den Hub übertragen: %1</translation>
    </message>
    <message>
        <source>Taken in from the team: %1</source>
        <translation>Vom Team übernommen: %1</translation>
    </message>
    <message>
        <source>Conflicts waiting: 0</source>
        <translation>Offene Konflikte: 0</translation>
    </message>
    <message>
        <source>Conflicts waiting: %1 (clientele-cli conflicts %2 lists them)</source>
        <translation>Offene Konflikte: %1 (clientele-cli conflicts %2 listet sie auf)</translation>
    </message>
    <message>
        <source>No conflict in %1 has the lost change %2; clientele-cli conflicts %1 lists those waiting.</source>
        <translation>Kein offener Konflikt in %1 hat die unterlegene Änderung %2; clientele-cli conflicts %1 listet die offenen auf.</translation>
    </message>
    <message>
        <source>%1 “%2”, field “%3”</source>
        <translation>%1 „%2“, Feld „%3“</translation>
    </message>
</context>
</TS>
