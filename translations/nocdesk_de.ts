<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>main</name>
    <message>
        <source>NocDesk operator console</source>
        <translation>NocDesk-Bedienkonsole</translation>
    </message>
    <message>
        <source>Serving metrics at %1</source>
        <translation>Metriken unter %1</translation>
    </message>
</context>
<context>
    <name>nocdesk::AlarmTableModel</name>
    <message>
        <source>Raised</source>
        <translation>Ausgelöst</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Forwarded to NSP</source>
        <translation>An NSP weitergeleitet</translation>
    </message>
    <message>
        <source>not forwarded</source>
        <translation>nicht weitergeleitet</translation>
    </message>
</context>
<context>
    <name>nocdesk::AppPaths</name>
    <message>
        <source>Use the database at &lt;path&gt; instead of the one in the user's data folder.</source>
        <translation>Die Datenbank unter &lt;path&gt; statt der im Datenordner des Benutzers verwenden.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Open a separate demo database filled with sample data.</source>
        <translation>Eine separate Demo-Datenbank mit Beispieldaten öffnen.</translation>
    </message>
</context>
<context>
    <name>nocdesk::AssignProviderDialog</name>
    <message>
        <source>Attribute all future mail from this sender to it</source>
        <translation>Alle künftigen Mails dieses Absenders ihm zuordnen</translation>
    </message>
    <message>
        <source>Assign Provider</source>
        <translation>Provider zuweisen</translation>
    </message>
    <message>
        <source>Parse the mail from &lt;b&gt;%1&lt;/b&gt; as a notice of:</source>
        <translation>Die Mail von &lt;b&gt;%1&lt;/b&gt; auswerten als Meldung von:</translation>
    </message>
    <message numerus="yes">
        <source>Parse the %n selected mails as notices of:</source>
        <translation>
            <numerusform>Die ausgewählte Mail auswerten als Meldung von:</numerusform>
            <numerusform>Die %n ausgewählten Mails auswerten als Meldungen von:</numerusform>
        </translation>
    </message>
    <message>
        <source>Provider:</source>
        <translation>Provider:</translation>
    </message>
</context>
<context>
    <name>nocdesk::CalendarExportAction</name>
    <message>
        <source>Export to Calendar…</source>
        <translation>In Kalender exportieren…</translation>
    </message>
    <message>
        <source>Save the selected maintenances, or all shown, as an .ics file for a calendar</source>
        <translation>Die ausgewählten Wartungen, oder alle angezeigten, als .ics-Datei für einen Kalender speichern</translation>
    </message>
    <message>
        <source>Export to Calendar</source>
        <translation>In Kalender exportieren</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar-Dateien (*.ics)</translation>
    </message>
    <message>
        <source>No maintenances to export.</source>
        <translation>Keine Wartungen zu exportieren.</translation>
    </message>
    <message numerus="yes">
        <source>Exporting %n maintenance(s) to %1</source>
        <translation>
            <numerusform>Exportiere %n Wartung nach %1</numerusform>
            <numerusform>Exportiere %n Wartungen nach %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n maintenance(s) with %1 window(s) to %2</source>
        <translation>
            <numerusform>%n Wartung mit %1 Zeitfenster(n) nach %2 exportiert</numerusform>
            <numerusform>%n Wartungen mit %1 Zeitfenster(n) nach %2 exportiert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nocdesk::Cli</name>
    <message>
        <source>Database: %1</source>
        <translation>Datenbank: %1</translation>
    </message>
    <message>
        <source>Schema version: %1</source>
        <translation>Schemaversion: %1</translation>
    </message>
    <message>
        <source>%1 already holds maintenances; the demo data goes into an empty database only.</source>
        <translation>%1 enthält bereits Wartungen; Demodaten kommen nur in eine leere Datenbank.</translation>
    </message>
    <message>
        <source>Demo data written to %1</source>
        <translation>Demodaten nach %1 geschrieben</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>Show the database file, its schema version and how many rows each table holds.</source>
        <translation>Datenbankdatei, Schemaversion und die Zeilenzahl jeder Tabelle anzeigen.</translation>
    </message>
    <message>
        <source>Fill an empty database with the demo data set.</source>
        <translation>Eine leere Datenbank mit dem Demo-Datensatz füllen.</translation>
    </message>
    <message>
        <source>NocDesk command line: the console's engine without its window.</source>
        <translation>NocDesk-Kommandozeile: der Kern der Konsole ohne ihr Fenster.</translation>
    </message>
    <message>
        <source>The command to run (see above).</source>
        <translation>Der auszuführende Befehl (siehe oben).</translation>
    </message>
    <message>
        <source>Unknown command "%1".</source>
        <translation>Unbekannter Befehl „%1“.</translation>
    </message>
    <message>
        <source>Receive syslog over UDP and TCP into the database until stopped.</source>
        <translation>Syslog über UDP und TCP in die Datenbank empfangen, bis zum Beenden.</translation>
    </message>
    <message>
        <source>Send realistic device syslog lines to a receiver.</source>
        <translation>Realistische Syslog-Zeilen von Geräten an einen Empfänger senden.</translation>
    </message>
    <message>
        <source>Parse syslog lines (stdin by default) and print one JSON object per line.</source>
        <translation>Syslog-Zeilen auswerten (standardmäßig von stdin) und je Zeile ein JSON-Objekt ausgeben.</translation>
    </message>
    <message>
        <source>Parse a provider's maintenance notice (an RFC 822 mail, or TYPE=PATH parts) and print its maintenances as JSON.</source>
        <translation>Die Wartungsmeldung eines Providers auswerten (eine RFC-822-Mail oder Teile als TYP=PFAD) und ihre Wartungen als JSON ausgeben.</translation>
    </message>
    <message>
        <source>Import .eml files or maildirs: every mail is stored whole and parsed into maintenances.</source>
        <translation>Importiert .eml-Dateien oder Maildirs: Jede Mail wird vollständig gespeichert und in Wartungen zerlegt.</translation>
    </message>
    <message>
        <source>List the stored notifications with their outcome.</source>
        <translation>Listet die gespeicherten Benachrichtigungen mit ihrem Ergebnis auf.</translation>
    </message>
    <message>
        <source>List the circuit maintenances.</source>
        <translation>Listet die Leitungswartungen auf.</translation>
    </message>
    <message>
        <source>Parse stored notifications again; --provider assigns the provider of an unknown sender.</source>
        <translation>Wertet gespeicherte Benachrichtigungen erneut aus; --provider weist einem unbekannten Absender den Provider zu.</translation>
    </message>
    <message>
        <source>Manage notification sources (IMAP, Gmail API, files).</source>
        <translation>Verwaltet Benachrichtigungsquellen (IMAP, Gmail-API, Dateien).</translation>
    </message>
    <message>
        <source>Fetch new mail from the notification sources into the store.</source>
        <translation>Ruft neue Mails aus den Benachrichtigungsquellen in die Datenbank ab.</translation>
    </message>
    <message>
        <source>Find maintenances running at the same time at a site (redundancy reduced or lost) and print them.</source>
        <translation>Findet Wartungen, die an einem Standort gleichzeitig laufen (Redundanz verringert oder verloren), und gibt sie aus.</translation>
    </message>
    <message>
        <source>Write maintenances as an iCalendar file for calendar clients, one event per window.</source>
        <translation>Schreibt Wartungen als iCalendar-Datei für Kalenderprogramme, ein Termin je Zeitfenster.</translation>
    </message>
    <message>
        <source>Serve /metrics for Prometheus (circuit maintenance status, NocDesk's own figures) until stopped.</source>
        <translation>Stellt /metrics für Prometheus bereit (Wartungsstatus der Leitungen, NocDesks eigene Kennzahlen), bis es beendet wird.</translation>
    </message>
    <message>
        <source>Import providers, sites, circuits, devices and interfaces from CSV/JSON, or sync them from NetBox or Nautobot.</source>
        <translation>Importiert Provider, Standorte, Leitungen, Geräte und Schnittstellen aus CSV/JSON oder synchronisiert sie aus NetBox oder Nautobot.</translation>
    </message>
</context>
<context>
    <name>nocdesk::ConsoleController</name>
    <message>
        <source>Loading the store</source>
        <translation>Datenbestand wird geladen</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <source>Maintenances</source>
        <translation>Wartungen</translation>
    </message>
    <message>
        <source>Alarms</source>
        <translation>Alarme</translation>
    </message>
    <message>
        <source>Loading the store failed: %1</source>
        <translation>Laden des Datenbestands fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>Acknowledging %n maintenance(s)</source>
        <translation>
            <numerusform>Bestätige %n Wartung</numerusform>
            <numerusform>Bestätige %n Wartungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removing %n acknowledgement(s)</source>
        <translation>
            <numerusform>Entferne %n Bestätigung</numerusform>
            <numerusform>Entferne %n Bestätigungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Acknowledging failed: %1</source>
        <translation>Bestätigen fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>Updating %n alarm(s)</source>
        <translation>
            <numerusform>Aktualisiere %n Alarm</numerusform>
            <numerusform>Aktualisiere %n Alarme</numerusform>
        </translation>
    </message>
    <message>
        <source>Updating alarms failed: %1</source>
        <translation>Aktualisieren der Alarme fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Loading demo data</source>
        <translation>Demodaten werden geladen</translation>
    </message>
    <message>
        <source>Loading demo data failed: %1</source>
        <translation>Laden der Demodaten fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Storing syslog failed, retrying: %1</source>
        <translation>Speichern von Syslog fehlgeschlagen, neuer Versuch: %1</translation>
    </message>
    <message>
        <source>Receiving events</source>
        <translation>Ereignisse werden empfangen</translation>
    </message>
    <message>
        <source>Reading new events failed: %1</source>
        <translation>Lesen neuer Ereignisse fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Counting events</source>
        <translation>Ereignisse zählen</translation>
    </message>
    <message>
        <source>Counting events failed: %1</source>
        <translation>Zählen der Ereignisse fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Listing devices and codes</source>
        <translation>Geräte und Codes auflisten</translation>
    </message>
    <message>
        <source>Listing devices and codes failed: %1</source>
        <translation>Auflisten der Geräte und Codes fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>nocdesk::CsvReader</name>
    <message>
        <source>the CSV reader could not start</source>
        <translation>der CSV-Leser konnte nicht starten</translation>
    </message>
    <message>
        <source>malformed quoting: %1 (a quote inside a field must be doubled)</source>
        <translation>fehlerhafte Anführungszeichen: %1 (ein Anführungszeichen innerhalb eines Feldes muss verdoppelt werden)</translation>
    </message>
    <message>
        <source>the text is not UTF-8: save the file as "CSV UTF-8"</source>
        <translation>der Text ist kein UTF-8: Speichern Sie die Datei als „CSV UTF-8“</translation>
    </message>
    <message>
        <source>a quoted field is not closed before the end of the file</source>
        <translation>ein Feld in Anführungszeichen ist vor dem Dateiende nicht geschlossen</translation>
    </message>
</context>
<context>
    <name>nocdesk::DetailPanel</name>
    <message>
        <source>Select a row to see its details.</source>
        <translation>Wählen Sie eine Zeile, um ihre Details zu sehen.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) selected.</source>
        <translation>
            <numerusform>%n Zeile ausgewählt.</numerusform>
            <numerusform>%n Zeilen ausgewählt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nocdesk::DisplayText</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>Tentative</source>
        <translation>Vorläufig</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgesagt</translation>
    </message>
    <message>
        <source>In process</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Rescheduled</source>
        <translation>Verschoben</translation>
    </message>
    <message>
        <source>No change</source>
        <translation>Keine Änderung</translation>
    </message>
    <message>
        <source>No impact</source>
        <translation>Keine Auswirkung</translation>
    </message>
    <message>
        <source>Reduced redundancy</source>
        <translation>Reduzierte Redundanz</translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation>Beeinträchtigt</translation>
    </message>
    <message>
        <source>Outage</source>
        <translation>Ausfall</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Parsed</source>
        <translation>Ausgewertet</translation>
    </message>
    <message>
        <source>Ignored</source>
        <translation>Ignoriert</translation>
    </message>
    <message>
        <source>Parsing failed</source>
        <translation>Auswertung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Unknown provider</source>
        <translation>Unbekannter Provider</translation>
    </message>
    <message>
        <source>Out of sequence</source>
        <translation>Außer der Reihe</translation>
    </message>
    <message>
        <source>Unknown circuits</source>
        <translation>Unbekannte Leitungen</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>Notfall</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Alarm</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Debug</source>
        <translation>Debug</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>In Warteschlange</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Remediated</source>
        <translation>Behoben</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Suppressed</source>
        <translation>Unterdrückt</translation>
    </message>
    <message>
        <source>Cleared</source>
        <translation>Aufgehoben</translation>
    </message>
    <message>
        <source>Indeterminate</source>
        <translation>Unbestimmt</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>Gering</translation>
    </message>
    <message>
        <source>Major</source>
        <translation>Schwer</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <source>Overlap</source>
        <translation>Überschneidung</translation>
    </message>
    <message>
        <source>Redundancy reduced</source>
        <translation>Redundanz verringert</translation>
    </message>
    <message>
        <source>Redundancy lost</source>
        <translation>Redundanz verloren</translation>
    </message>
</context>
<context>
    <name>nocdesk::EventFilterBar</name>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Events of this device; * and ? match any text, e.g. fra1-*</source>
        <translation>Ereignisse dieses Geräts; * und ? stehen für beliebigen Text, z. B. fra1-*</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Events with this vendor code, e.g. LINEPROTO-5-UPDOWN; * and ? match any text</source>
        <translation>Ereignisse mit diesem Herstellercode, z. B. LINEPROTO-5-UPDOWN; * und ? stehen für beliebigen Text</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Events of this kind, e.g. INTERFACE_DOWN; * and ? match any text</source>
        <translation>Ereignisse dieser Art, z. B. INTERFACE_DOWN; * und ? stehen für beliebigen Text</translation>
    </message>
    <message>
        <source>A severity and worse, or only that severity</source>
        <translation>Ein Schweregrad und schwerere, oder nur dieser Schweregrad</translation>
    </message>
    <message>
        <source>Any severity</source>
        <translation>Jeder Schweregrad</translation>
    </message>
    <message>
        <source>%1 or worse</source>
        <translation>%1 oder schwerer</translation>
    </message>
    <message>
        <source>Only %1</source>
        <translation>Nur %1</translation>
    </message>
    <message>
        <source>Events in this state</source>
        <translation>Ereignisse in diesem Zustand</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <source>When the event happened, by the device's clock</source>
        <translation>Wann das Ereignis geschah, nach der Uhr des Geräts</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Jederzeit</translation>
    </message>
    <message>
        <source>Last 15 minutes</source>
        <translation>Letzte 15 Minuten</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Letzte Stunde</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Between…</source>
        <translation>Zwischen…</translation>
    </message>
    <message>
        <source>From (local time)</source>
        <translation>Von (Ortszeit)</translation>
    </message>
    <message>
        <source>Until (local time)</source>
        <translation>Bis (Ortszeit)</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Show every event again</source>
        <translation>Wieder alle Ereignisse zeigen</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Zeigen:</translation>
    </message>
</context>
<context>
    <name>nocdesk::EventFolder</name>
    <message>
        <source>Interface %1 went down and up %2 times in %3 s; still flapping while this count grows</source>
        <translation>Schnittstelle %1 ging %2-mal in %3 s aus und an; sie flattert weiter, solange dieser Zähler steigt</translation>
    </message>
</context>
<context>
    <name>nocdesk::EventSummary</name>
    <message>
        <source>Summarising events failed (%1): %2</source>
        <translation>Zusammenfassen der Ereignisse fehlgeschlagen (%1): %2</translation>
    </message>
</context>
<context>
    <name>nocdesk::EventTableModel</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <source>OS</source>
        <translation>Betriebssystem</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>Facility</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Raw line</source>
        <translation>Rohzeile</translation>
    </message>
    <message>
        <source>Not parsed</source>
        <translation>Nicht ausgewertet</translation>
    </message>
    <message>
        <source>Reading events failed: %1</source>
        <translation>Lesen der Ereignisse fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Not sortable: sorting millions of events by this column would take seconds. The pane sorts by time, severity or status.</source>
        <translation>Nicht sortierbar: Millionen von Ereignissen nach dieser Spalte zu sortieren, würde Sekunden dauern. Der Bereich sortiert nach Zeit, Schweregrad oder Status.</translation>
    </message>
</context>
<context>
    <name>nocdesk::IcsCli</name>
    <message>
        <source>Write maintenances as an iCalendar file (RFC 5545, one event per window, with the BCOP X-MAINTNOTE properties).</source>
        <translation>Schreibt Wartungen als iCalendar-Datei (RFC 5545, ein Termin je Zeitfenster, mit den BCOP-Eigenschaften X-MAINTNOTE).</translation>
    </message>
    <message>
        <source>Write to FILE instead of standard output.</source>
        <translation>Schreibt in FILE statt auf die Standardausgabe.</translation>
    </message>
    <message>
        <source>Only this maintenance (repeatable).</source>
        <translation>Nur diese Wartung (mehrfach möglich).</translation>
    </message>
    <message>
        <source>Only maintenances with this status, e.g. CONFIRMED (repeatable).</source>
        <translation>Nur Wartungen mit diesem Status, z. B. CONFIRMED (mehrfach möglich).</translation>
    </message>
    <message>
        <source>Only maintenances of this provider, e.g. zayo (repeatable).</source>
        <translation>Nur Wartungen dieses Providers, z. B. zayo (mehrfach möglich).</translation>
    </message>
    <message>
        <source>Only windows that have not ended yet.</source>
        <translation>Nur Zeitfenster, die noch nicht vorbei sind.</translation>
    </message>
    <message>
        <source>Usage: export-ics [--output FILE] [--id N ...] [--status S ...] [--provider P ...] [--upcoming]</source>
        <translation>Aufruf: export-ics [--output DATEI] [--id N ...] [--status S ...] [--provider P ...] [--upcoming]</translation>
    </message>
    <message>
        <source>"%1" is not a maintenance id.</source>
        <translation>„%1“ ist keine Wartungsnummer.</translation>
    </message>
    <message>
        <source>Unknown status "%1"; one of TENTATIVE, CONFIRMED, CANCELLED, IN-PROCESS, COMPLETED, RE-SCHEDULED, NO-CHANGE.</source>
        <translation>Unbekannter Status „%1“; einer von TENTATIVE, CONFIRMED, CANCELLED, IN-PROCESS, COMPLETED, RE-SCHEDULED, NO-CHANGE.</translation>
    </message>
    <message>
        <source>There is no maintenance with the ids given.</source>
        <translation>Es gibt keine Wartung mit den angegebenen Nummern.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>No maintenance matched; the calendar has no events.</source>
        <translation>Keine Wartung passt; der Kalender enthält keine Termine.</translation>
    </message>
    <message>
        <source>Exported %1 event(s) from %2 maintenance(s).</source>
        <translation>%1 Termin(e) aus %2 Wartung(en) exportiert.</translation>
    </message>
</context>
<context>
    <name>nocdesk::IcsExport</name>
    <message>
        <source>Provider: %1</source>
        <translation>Provider: %1</translation>
    </message>
    <message>
        <source>Account: %1</source>
        <translation>Kundennummer: %1</translation>
    </message>
    <message>
        <source>Maintenance: %1</source>
        <translation>Wartung: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Circuits:</source>
        <translation>Leitungen:</translation>
    </message>
    <message>
        <source>Maintenance %1 (%2)</source>
        <translation>Wartung %1 (%2)</translation>
    </message>
</context>
<context>
    <name>nocdesk::IntakeCli</name>
    <message>
        <source>Receive syslog over UDP and TCP into the database until stopped.</source>
        <translation>Syslog über UDP und TCP in die Datenbank empfangen, bis zum Beenden.</translation>
    </message>
    <message>
        <source>Address to listen on (default 127.0.0.1).</source>
        <translation>Adresse, auf der empfangen wird (Standard 127.0.0.1).</translation>
    </message>
    <message>
        <source>UDP port, 0 for none (default 5514).</source>
        <translation>UDP-Port, 0 für keinen (Standard 5514).</translation>
    </message>
    <message>
        <source>TCP port, 0 for none (default 5514).</source>
        <translation>TCP-Port, 0 für keinen (Standard 5514).</translation>
    </message>
    <message>
        <source>Stop after this many seconds (default: on SIGINT or SIGTERM).</source>
        <translation>Nach so vielen Sekunden beenden (Standard: bei SIGINT oder SIGTERM).</translation>
    </message>
    <message>
        <source>Give a valid --address and at least one port.</source>
        <translation>Geben Sie eine gültige --address und mindestens einen Port an.</translation>
    </message>
    <message>
        <source>Listening for syslog on %1 (UDP %2, TCP %3); stop with Ctrl+C.</source>
        <translation>Empfange Syslog auf %1 (UDP %2, TCP %3); Beenden mit Strg+C.</translation>
    </message>
    <message>
        <source>Send realistic device syslog lines to a receiver.</source>
        <translation>Realistische Syslog-Zeilen von Geräten an einen Empfänger senden.</translation>
    </message>
    <message>
        <source>Lines per second (default 1000).</source>
        <translation>Zeilen pro Sekunde (Standard 1000).</translation>
    </message>
    <message>
        <source>Seconds to send for (default 10).</source>
        <translation>Sendedauer in Sekunden (Standard 10).</translation>
    </message>
    <message>
        <source>Stop after this many lines instead.</source>
        <translation>Stattdessen nach so vielen Zeilen aufhören.</translation>
    </message>
    <message>
        <source>Receiver as HOST:PORT (default 127.0.0.1:5514).</source>
        <translation>Empfänger als HOST:PORT (Standard 127.0.0.1:5514).</translation>
    </message>
    <message>
        <source>Send over TCP (newline framing) instead of UDP.</source>
        <translation>Über TCP (Zeilenende als Trenner) statt UDP senden.</translation>
    </message>
    <message>
        <source>With --tcp: frame by octet counting (RFC 6587).</source>
        <translation>Mit --tcp: Nachrichten mit Längenangabe trennen (RFC 6587).</translation>
    </message>
    <message>
        <source>Seed for the generated lines (default 1).</source>
        <translation>Startwert für die erzeugten Zeilen (Standard 1).</translation>
    </message>
    <message>
        <source>Give --target HOST:PORT with an IP address, a --rate above 0 and a --duration or --count.</source>
        <translation>Geben Sie --target HOST:PORT mit einer IP-Adresse, eine --rate über 0 und eine --duration oder --count an.</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation>Keine Verbindung zu %1: %2</translation>
    </message>
    <message>
        <source>sent %1 lines in %2 s (%3 lines/s) over %4</source>
        <translation>%1 Zeilen in %2 s gesendet (%3 Zeilen/s) über %4</translation>
    </message>
</context>
<context>
    <name>nocdesk::InventoryActions</name>
    <message>
        <source>&amp;Inventory</source>
        <translation>&amp;Inventar</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren …</translation>
    </message>
    <message>
        <source>Import providers, sites, circuits, devices and interfaces from CSV or JSON files</source>
        <translation>Provider, Standorte, Leitungen, Geräte und Schnittstellen aus CSV- oder JSON-Dateien importieren</translation>
    </message>
    <message>
        <source>&amp;Sync with NetBox/Nautobot…</source>
        <translation>Mit NetBox/Nautobot &amp;synchronisieren …</translation>
    </message>
    <message>
        <source>Inventory Import</source>
        <translation>Inventarimport</translation>
    </message>
    <message>
        <source>Inventory sync: %1</source>
        <translation>Inventarsynchronisierung: %1</translation>
    </message>
    <message>
        <source>Import Inventory</source>
        <translation>Inventar importieren</translation>
    </message>
    <message>
        <source>Inventory (*.csv *.json);;CSV, one kind per file (*.csv);;JSON (*.json);;All files (*)</source>
        <translation>Inventar (*.csv *.json);;CSV, eine Art je Datei (*.csv);;JSON (*.json);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>nocdesk::InventoryCli</name>
    <message>
        <source>Usage:
  inventory import PATH... [--kind providers|sites|circuits|devices|interfaces]
  inventory sync --url URL [--kind netbox|nautobot] [--token-env VAR | --prompt]
  inventory list [--json]
CSV files hold one kind each, told by their name (circuits.csv) or by --kind; a .json file
holds any. An import is all or nothing. The API token is kept in the keychain once a sync
with it succeeded; later syncs need only --url.
</source>
        <translation>Aufruf:
  inventory import PFAD... [--kind providers|sites|circuits|devices|interfaces]
  inventory sync --url URL [--kind netbox|nautobot] [--token-env VARIABLE | --prompt]
  inventory list [--json]
CSV-Dateien enthalten je eine Art, erkennbar am Namen (circuits.csv) oder an --kind; eine .json-Datei
kann alle enthalten. Ein Import gilt ganz oder gar nicht. Das API-Token bleibt im Schlüsselbund, sobald eine
Synchronisierung damit gelungen ist; spätere Synchronisierungen brauchen nur --url.
</translation>
    </message>
    <message>
        <source>--kind takes providers, sites, circuits, devices or interfaces.</source>
        <translation>--kind erwartet providers, sites, circuits, devices oder interfaces.</translation>
    </message>
    <message>
        <source>%1 rows read: %2 new, %3 changed, %4 unchanged.</source>
        <translation>%1 Zeilen gelesen: %2 neu, %3 geändert, %4 unverändert.</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>inventory sync needs --url, e.g. --url https://netbox.example.net/</source>
        <translation>inventory sync braucht --url, z. B. --url https://netbox.example.net/</translation>
    </message>
    <message>
        <source>--kind takes netbox or nautobot.</source>
        <translation>--kind erwartet netbox oder nautobot.</translation>
    </message>
    <message>
        <source>The environment variable %1 is not set or empty.</source>
        <translation>Die Umgebungsvariable %1 ist nicht gesetzt oder leer.</translation>
    </message>
    <message>
        <source>API token for %1: </source>
        <translation>API-Token für %1: </translation>
    </message>
    <message>
        <source>No token for %1 in the keychain: pass --token-env VAR or --prompt once.</source>
        <translation>Kein Token für %1 im Schlüsselbund: Geben Sie einmal --token-env VARIABLE oder --prompt an.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The token is in the keychain for the next sync.</source>
        <translation>Das Token liegt für die nächste Synchronisierung im Schlüsselbund.</translation>
    </message>
    <message>
        <source>The token could not be stored in the keychain: %1</source>
        <translation>Das Token konnte nicht im Schlüsselbund abgelegt werden: %1</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>Provider</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Standorte</translation>
    </message>
    <message>
        <source>Circuits</source>
        <translation>Leitungen</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <source>Interfaces</source>
        <translation>Schnittstellen</translation>
    </message>
    <message>
        <source>Providers, sites, circuits, devices and interfaces.</source>
        <translation>Provider, Standorte, Leitungen, Geräte und Schnittstellen.</translation>
    </message>
    <message>
        <source>import, sync or list.</source>
        <translation>import, sync oder list.</translation>
    </message>
    <message>
        <source>list: print the JSON document import reads.</source>
        <translation>list: gibt das JSON-Dokument aus, das import liest.</translation>
    </message>
    <message>
        <source>import: what CSV files hold; sync: netbox or nautobot.</source>
        <translation>import: was die CSV-Dateien enthalten; sync: netbox oder nautobot.</translation>
    </message>
    <message>
        <source>sync: the NetBox or Nautobot address.</source>
        <translation>sync: die Adresse von NetBox oder Nautobot.</translation>
    </message>
    <message>
        <source>sync: take the API token from this environment variable.</source>
        <translation>sync: das API-Token aus dieser Umgebungsvariable nehmen.</translation>
    </message>
    <message>
        <source>sync: ask for the API token at the terminal.</source>
        <translation>sync: das API-Token im Terminal abfragen.</translation>
    </message>
</context>
<context>
    <name>nocdesk::InventoryController</name>
    <message>
        <source>Importing the inventory</source>
        <translation>Inventar wird importiert</translation>
    </message>
    <message>
        <source>Inventory imported: %1 rows, %2 new, %3 changed, %4 unchanged.</source>
        <translation>Inventar importiert: %1 Zeilen, %2 neu, %3 geändert, %4 unverändert.</translation>
    </message>
    <message>
        <source>Nothing was imported.
%1</source>
        <translation>Es wurde nichts importiert.
%1</translation>
    </message>
    <message>
        <source>Syncing the inventory with %1</source>
        <translation>Inventar wird mit %1 synchronisiert</translation>
    </message>
    <message>
        <source>No token for %1 in the keychain: enter one.</source>
        <translation>Kein Token für %1 im Schlüsselbund: Geben Sie eines ein.</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s); the first: %1</source>
        <translation>
            <numerusform>%n Hinweis; der erste: %1</numerusform>
            <numerusform>%n Hinweise; der erste: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nocdesk::InventoryImport</name>
    <message>
        <source>cannot tell which inventory this file holds: name it providers.csv, sites.csv, circuits.csv, devices.csv or interfaces.csv, or give its kind</source>
        <translation>unklar, welches Inventar diese Datei enthält: Benennen Sie sie providers.csv, sites.csv, circuits.csv, devices.csv oder interfaces.csv oder geben Sie ihre Art an</translation>
    </message>
    <message>
        <source>the file is empty: the first line must name the columns</source>
        <translation>die Datei ist leer: Die erste Zeile muss die Spalten benennen</translation>
    </message>
    <message>
        <source>unknown column "%1" for %2; the columns are: %3</source>
        <translation>unbekannte Spalte „%1“ für %2; die Spalten sind: %3</translation>
    </message>
    <message>
        <source>the column "%1" appears twice</source>
        <translation>die Spalte „%1“ kommt zweimal vor</translation>
    </message>
    <message>
        <source>the required column "%1" is missing for %2</source>
        <translation>die Pflichtspalte „%1“ fehlt für %2</translation>
    </message>
    <message>
        <source>this row has more cells than the header has columns</source>
        <translation>diese Zeile hat mehr Zellen, als die Kopfzeile Spalten hat</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>kein gültiges JSON: %1</translation>
    </message>
    <message>
        <source>the document must be an object with lists named providers, sites, circuits, devices and interfaces</source>
        <translation>das Dokument muss ein Objekt mit Listen namens providers, sites, circuits, devices und interfaces sein</translation>
    </message>
    <message>
        <source>"%1" must be a list</source>
        <translation>„%1“ muss eine Liste sein</translation>
    </message>
    <message>
        <source>%1[%2] must be an object</source>
        <translation>%1[%2] muss ein Objekt sein</translation>
    </message>
    <message>
        <source>%1[%2]: unknown field "%3"; the fields are: %4</source>
        <translation>%1[%2]: unbekanntes Feld „%3“; die Felder sind: %4</translation>
    </message>
    <message>
        <source>%1[%2].%3 must be text</source>
        <translation>%1[%2].%3 muss Text sein</translation>
    </message>
    <message>
        <source>unknown list "%1": the lists are providers, sites, circuits, devices and interfaces</source>
        <translation>unbekannte Liste „%1“: Die Listen sind providers, sites, circuits, devices und interfaces</translation>
    </message>
    <message>
        <source>"%1" is required and empty</source>
        <translation>„%1“ ist erforderlich, aber leer</translation>
    </message>
    <message>
        <source>"%1" is not an IANA time zone such as Europe/Berlin</source>
        <translation>„%1“ ist keine IANA-Zeitzone wie Europe/Berlin</translation>
    </message>
    <message>
        <source>"%1" is not an IP address</source>
        <translation>„%1“ ist keine IP-Adresse</translation>
    </message>
    <message>
        <source>this %1 row repeats the one on line %2 of %3</source>
        <translation>diese %1-Zeile wiederholt die aus Zeile %2 von %3</translation>
    </message>
    <message>
        <source>a circuit_id needs its circuit_provider</source>
        <translation>eine circuit_id braucht ihren circuit_provider</translation>
    </message>
    <message>
        <source>unknown provider "%1": add it to providers.csv or import it first</source>
        <translation>unbekannter Provider „%1“: Ergänzen Sie ihn in providers.csv oder importieren Sie ihn zuerst</translation>
    </message>
    <message>
        <source>unknown site "%1"</source>
        <translation>unbekannter Standort „%1“</translation>
    </message>
    <message>
        <source>unknown device "%1"</source>
        <translation>unbekanntes Gerät „%1“</translation>
    </message>
    <message>
        <source>unknown circuit "%1" of provider "%2"</source>
        <translation>unbekannte Leitung „%1“ des Providers „%2“</translation>
    </message>
</context>
<context>
    <name>nocdesk::InventorySync</name>
    <message>
        <source>%1 providers, %2 sites, %3 circuits, %4 devices, %5 interfaces: %6 new, %7 changed, %8 unchanged.</source>
        <translation>%1 Provider, %2 Standorte, %3 Leitungen, %4 Geräte, %5 Schnittstellen: %6 neu, %7 geändert, %8 unverändert.</translation>
    </message>
    <message>
        <source>"%1" is not a server address such as https://netbox.example.net/.</source>
        <translation>„%1“ ist keine Serveradresse wie https://netbox.example.net/.</translation>
    </message>
    <message>
        <source>No API token: create one in %1 (a read-only one is enough).</source>
        <translation>Kein API-Token: Legen Sie eines in %1 an (eines mit reinen Leserechten genügt).</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>Provider</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Standorte</translation>
    </message>
    <message>
        <source>Circuits</source>
        <translation>Leitungen</translation>
    </message>
    <message>
        <source>Circuit terminations</source>
        <translation>Leitungsabschlüsse</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <source>Interfaces</source>
        <translation>Schnittstellen</translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1: %2 von %3</translation>
    </message>
    <message>
        <source>Writing the inventory</source>
        <translation>Inventar wird geschrieben</translation>
    </message>
    <message>
        <source>%1: the site "%2" is not in the site list; left out.</source>
        <translation>%1: Der Standort „%2“ fehlt in der Standortliste; weggelassen.</translation>
    </message>
    <message>
        <source>Circuit %1: its provider "%2" is not in the provider list; left out.</source>
        <translation>Leitung %1: Ihr Provider „%2“ fehlt in der Providerliste; weggelassen.</translation>
    </message>
    <message>
        <source>circuit %1 side %2</source>
        <translation>Leitung %1 Seite %2</translation>
    </message>
    <message>
        <source>%1 ends at a %2, not a site; its site is left empty.</source>
        <translation>%1 endet an einem Objekt vom Typ %2, nicht an einem Standort; der Standort bleibt leer.</translation>
    </message>
    <message>
        <source>A device without a name (id %1) is left out.</source>
        <translation>Ein Gerät ohne Namen (ID %1) wird weggelassen.</translation>
    </message>
    <message>
        <source>The device name "%1" is used twice; the first one is kept.</source>
        <translation>Der Gerätename „%1“ kommt zweimal vor; das erste Gerät wird behalten.</translation>
    </message>
    <message>
        <source>device %1</source>
        <translation>Gerät %1</translation>
    </message>
</context>
<context>
    <name>nocdesk::InventorySyncDialog</name>
    <message>
        <source>&amp;Sync</source>
        <translation>&amp;Synchronisieren</translation>
    </message>
    <message>
        <source>Cancel Sync</source>
        <translation>Synchronisierung abbrechen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Sync with NetBox or Nautobot</source>
        <translation>Mit NetBox oder Nautobot synchronisieren</translation>
    </message>
    <message>
        <source>Empty: use the token in the keychain</source>
        <translation>Leer: Token aus dem Schlüsselbund verwenden</translation>
    </message>
    <message>
        <source>Server &amp;URL:</source>
        <translation>Server-&amp;URL:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>API &amp;token:</source>
        <translation>API-&amp;Token:</translation>
    </message>
    <message>
        <source>A read-only token is enough. It is kept in the system keychain once a sync with it succeeds, never in a settings file. The certificate of the server is always checked.</source>
        <translation>Ein Token mit reinen Leserechten genügt. Es wird im Schlüsselbund des Systems abgelegt, sobald eine Synchronisierung damit gelingt, nie in einer Einstellungsdatei. Das Zertifikat des Servers wird immer geprüft.</translation>
    </message>
    <message>
        <source>Enter the server's address, e.g. https://netbox.example.net/.</source>
        <translation>Geben Sie die Adresse des Servers ein, z. B. https://netbox.example.net/.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt …</translation>
    </message>
    <message>
        <source>Cancelled: nothing was changed.</source>
        <translation>Abgebrochen: Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The sync failed; nothing was changed.
%1</source>
        <translation>Die Synchronisierung ist fehlgeschlagen; es wurde nichts geändert.
%1</translation>
    </message>
</context>
<context>
    <name>nocdesk::KeychainSecretStore</name>
    <message>
        <source>%1: the keyring can only be used once the application has started.</source>
        <translation>%1: Der Schlüsselbund ist erst nach dem Start der Anwendung verfügbar.</translation>
    </message>
    <message numerus="yes">
        <source>%1: the keyring did not answer within %n second(s). It may be waiting for an unlock prompt; unlock it and try again.</source>
        <translation>
            <numerusform>%1: Der Schlüsselbund hat nicht innerhalb von %n Sekunde geantwortet. Vielleicht wartet er auf eine Entsperrabfrage; entsperren Sie ihn und versuchen Sie es erneut.</numerusform>
            <numerusform>%1: Der Schlüsselbund hat nicht innerhalb von %n Sekunden geantwortet. Vielleicht wartet er auf eine Entsperrabfrage; entsperren Sie ihn und versuchen Sie es erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>the keyring is locked. Unlock it (for example by logging in to the desktop session) and try again.</source>
        <translation>der Schlüsselbund ist gesperrt. Entsperren Sie ihn (zum Beispiel durch Anmelden an der Desktop-Sitzung) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>no keyring is reachable: there is no D-Bus session. NocDesk keeps passwords in the desktop keyring (Secret Service: GNOME Keyring or KWallet); run it in a desktop session or start one.</source>
        <translation>kein Schlüsselbund erreichbar: Es gibt keine D-Bus-Sitzung. NocDesk bewahrt Passwörter im Schlüsselbund des Desktops auf (Secret Service: GNOME Keyring oder KWallet); starten Sie NocDesk in einer Desktop-Sitzung oder starten Sie eine solche Sitzung.</translation>
    </message>
    <message>
        <source>no keyring is running. NocDesk keeps passwords in the desktop keyring (Secret Service: GNOME Keyring or KWallet); start one in this session and try again.</source>
        <translation>es läuft kein Schlüsselbund. NocDesk bewahrt Passwörter im Schlüsselbund des Desktops auf (Secret Service: GNOME Keyring oder KWallet); starten Sie einen in dieser Sitzung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>no keyring is available. NocDesk keeps passwords in the desktop keyring (Secret Service: GNOME Keyring or KWallet); start one in this session and try again.</source>
        <translation>kein Schlüsselbund verfügbar. NocDesk bewahrt Passwörter im Schlüsselbund des Desktops auf (Secret Service: GNOME Keyring oder KWallet); starten Sie einen in dieser Sitzung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>access to the keyring was denied at its prompt. Allow NocDesk and try again.</source>
        <translation>der Zugriff auf den Schlüsselbund wurde in dessen Abfrage verweigert. Erlauben Sie NocDesk den Zugriff und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>the keyring refused access; it may be locked. Unlock it and try again.</source>
        <translation>der Schlüsselbund verweigert den Zugriff; vielleicht ist er gesperrt. Entsperren Sie ihn und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>the keyring could not delete the entry.</source>
        <translation>der Schlüsselbund konnte den Eintrag nicht löschen.</translation>
    </message>
    <message>
        <source>the keyring reported an error.</source>
        <translation>der Schlüsselbund hat einen Fehler gemeldet.</translation>
    </message>
    <message>
        <source>(Keyring: %1)</source>
        <translation>(Schlüsselbund: %1)</translation>
    </message>
    <message>
        <source>Reading "%1" from the keyring</source>
        <translation>Lesen von „%1“ aus dem Schlüsselbund</translation>
    </message>
    <message>
        <source>Storing "%1" in the keyring</source>
        <translation>Speichern von „%1“ im Schlüsselbund</translation>
    </message>
    <message>
        <source>Removing "%1" from the keyring</source>
        <translation>Entfernen von „%1“ aus dem Schlüsselbund</translation>
    </message>
</context>
<context>
    <name>nocdesk::MailActions</name>
    <message>
        <source>Parse Again</source>
        <translation>Erneut auswerten</translation>
    </message>
    <message>
        <source>Assign Provider…</source>
        <translation>Provider zuweisen …</translation>
    </message>
    <message>
        <source>&amp;Mail</source>
        <translation>&amp;Mail</translation>
    </message>
    <message>
        <source>Notification &amp;Sources…</source>
        <translation>Benachrichtigungs&amp;quellen …</translation>
    </message>
    <message>
        <source>&amp;Fetch All Now</source>
        <translation>Alle jetzt &amp;abrufen</translation>
    </message>
    <message>
        <source>&amp;Import Mail Files…</source>
        <translation>Mail-Dateien &amp;importieren …</translation>
    </message>
    <message>
        <source>Import a &amp;Maildir…</source>
        <translation>Ein &amp;Maildir importieren …</translation>
    </message>
    <message>
        <source>Parse the selected notifications again, e.g. after a parser upgrade</source>
        <translation>Die ausgewählten Benachrichtigungen erneut auswerten, etwa nach einem Parser-Update</translation>
    </message>
    <message>
        <source>Name the provider of mail from an unknown sender and parse it</source>
        <translation>Den Provider einer Mail eines unbekannten Absenders angeben und sie auswerten</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n mail(s)</source>
        <translation>
            <numerusform>%n Mail importiert</numerusform>
            <numerusform>%n Mails importiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n already stored</source>
        <translation>
            <numerusform>; %n bereits gespeichert</numerusform>
            <numerusform>; %n bereits gespeichert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n could not be read: %1</source>
        <translation>
            <numerusform>; %n nicht lesbar: %1</numerusform>
            <numerusform>; %n nicht lesbar: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Fetching %1 failed: %2</source>
        <translation>Abruf von %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Import Mail Files</source>
        <translation>Mail-Dateien importieren</translation>
    </message>
    <message>
        <source>Mail messages (*.eml);;All files (*)</source>
        <translation>Mail-Nachrichten (*.eml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import a Maildir</source>
        <translation>Ein Maildir importieren</translation>
    </message>
</context>
<context>
    <name>nocdesk::MailCli</name>
    <message>
        <source>%1: already stored as notification #%2</source>
        <translation>%1: bereits als Benachrichtigung #%2 gespeichert</translation>
    </message>
    <message>
        <source>%1: notification #%2 %3</source>
        <translation>%1: Benachrichtigung #%2 %3</translation>
    </message>
    <message>
        <source> (provider %1)</source>
        <translation> (Provider %1)</translation>
    </message>
    <message>
        <source>, maintenances %1</source>
        <translation>, Wartungen %1</translation>
    </message>
    <message>
        <source>Import .eml files or maildirs into the notifications; each mail is stored whole and parsed.</source>
        <translation>Importiert .eml-Dateien oder Maildirs in die Benachrichtigungen; jede Mail wird vollständig gespeichert und ausgewertet.</translation>
    </message>
    <message>
        <source>An .eml file, a maildir, or a folder of .eml files.</source>
        <translation>Eine .eml-Datei, ein Maildir oder ein Ordner mit .eml-Dateien.</translation>
    </message>
    <message>
        <source>import needs at least one PATH.</source>
        <translation>import braucht mindestens einen PFAD.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>List the stored notifications with their outcome.</source>
        <translation>Listet die gespeicherten Benachrichtigungen mit ihrem Ergebnis auf.</translation>
    </message>
    <message>
        <source>The only action: list.</source>
        <translation>Die einzige Aktion: list.</translation>
    </message>
    <message>
        <source>Print a JSON array.</source>
        <translation>Gibt ein JSON-Array aus.</translation>
    </message>
    <message>
        <source>Only notifications with this outcome.</source>
        <translation>Nur Benachrichtigungen mit diesem Ergebnis.</translation>
    </message>
    <message>
        <source>Usage: notifications list [--json] [--outcome OUTCOME]</source>
        <translation>Aufruf: notifications list [--json] [--outcome ERGEBNIS]</translation>
    </message>
    <message>
        <source>Unknown outcome "%1".</source>
        <translation>Unbekanntes Ergebnis „%1“.</translation>
    </message>
    <message>
        <source>List the circuit maintenances.</source>
        <translation>Listet die Leitungswartungen auf.</translation>
    </message>
    <message>
        <source>Usage: maintenances list [--json]</source>
        <translation>Aufruf: maintenances list [--json]</translation>
    </message>
    <message>
        <source>	acknowledged by %1</source>
        <translation>	bestätigt von %1</translation>
    </message>
    <message>
        <source>Parse stored notifications again, e.g. after a parser upgrade or once their provider is known.</source>
        <translation>Wertet gespeicherte Benachrichtigungen erneut aus, etwa nach einem Parser-Update oder sobald ihr Provider bekannt ist.</translation>
    </message>
    <message>
        <source>Notification ids.</source>
        <translation>Nummern der Benachrichtigungen.</translation>
    </message>
    <message>
        <source>Every stored notification.</source>
        <translation>Alle gespeicherten Benachrichtigungen.</translation>
    </message>
    <message>
        <source>Every notification with this outcome.</source>
        <translation>Alle Benachrichtigungen mit diesem Ergebnis.</translation>
    </message>
    <message>
        <source>Attribute the notifications to this provider.</source>
        <translation>Ordnet die Benachrichtigungen diesem Provider zu.</translation>
    </message>
    <message>
        <source>With --provider: attribute all future mail from the same sender to it.</source>
        <translation>Mit --provider: ordnet ihm auch alle künftigen Mails desselben Absenders zu.</translation>
    </message>
    <message>
        <source>"%1" is not a notification id.</source>
        <translation>„%1“ ist keine Benachrichtigungsnummer.</translation>
    </message>
    <message>
        <source>reparse needs notification ids, --all or --outcome.</source>
        <translation>reparse braucht Benachrichtigungsnummern, --all oder --outcome.</translation>
    </message>
    <message>
        <source>--remember-sender needs --provider.</source>
        <translation>--remember-sender braucht --provider.</translation>
    </message>
</context>
<context>
    <name>nocdesk::MailController</name>
    <message>
        <source>Loading notification sources</source>
        <translation>Benachrichtigungsquellen werden geladen</translation>
    </message>
    <message>
        <source>Saving source %1</source>
        <translation>Quelle %1 wird gespeichert</translation>
    </message>
    <message>
        <source>Saving failed: %1</source>
        <translation>Speichern fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Removing source %1</source>
        <translation>Quelle %1 wird entfernt</translation>
    </message>
    <message>
        <source>Validating %1</source>
        <translation>%1 wird geprüft</translation>
    </message>
    <message>
        <source>Signing in to %1</source>
        <translation>Anmeldung bei %1</translation>
    </message>
    <message>
        <source>Fetching %1</source>
        <translation>%1 wird abgerufen</translation>
    </message>
    <message>
        <source>message %1 of %2</source>
        <translation>Nachricht %1 von %2</translation>
    </message>
    <message>
        <source>Importing mail</source>
        <translation>Mails werden importiert</translation>
    </message>
    <message>
        <source>file %1 of %2</source>
        <translation>Datei %1 von %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Parsing %n notification(s) again</source>
        <translation>
            <numerusform>%n Benachrichtigung wird erneut ausgewertet</numerusform>
            <numerusform>%n Benachrichtigungen werden erneut ausgewertet</numerusform>
        </translation>
    </message>
    <message>
        <source>Removing %1 failed: %2</source>
        <translation>Entfernen von %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Parsing again failed: %1</source>
        <translation>Erneutes Parsen fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>nocdesk::MailImport</name>
    <message>
        <source>%1: no such file or folder</source>
        <translation>%1: Datei oder Ordner nicht vorhanden</translation>
    </message>
    <message>
        <source>%1: not readable</source>
        <translation>%1: nicht lesbar</translation>
    </message>
</context>
<context>
    <name>nocdesk::MailPipeline</name>
    <message>
        <source>There is no notification #%1.</source>
        <translation>Es gibt keine Benachrichtigung #%1.</translation>
    </message>
    <message>
        <source>Unknown provider "%1".</source>
        <translation>Unbekannter Provider „%1“.</translation>
    </message>
    <message>
        <source>The message names no sender.</source>
        <translation>Die Nachricht nennt keinen Absender.</translation>
    </message>
    <message>
        <source>No provider is known for the sender %1.</source>
        <translation>Für den Absender %1 ist kein Provider bekannt.</translation>
    </message>
    <message>
        <source>The sender %1 belongs to provider %2, which is not attached to source %3.</source>
        <translation>Der Absender %1 gehört zum Provider %2, der der Quelle %3 nicht zugeordnet ist.</translation>
    </message>
    <message>
        <source>Circuits not in the inventory: %1</source>
        <translation>Leitungen nicht im Inventar: %1</translation>
    </message>
    <message>
        <source>A newer notice for this maintenance was already applied; this one changes nothing.</source>
        <translation>Eine neuere Meldung zu dieser Wartung wurde bereits übernommen; diese ändert nichts.</translation>
    </message>
    <message>
        <source>The parsed maintenances could not be stored: %1</source>
        <translation>Die erkannten Wartungen konnten nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>nocdesk::MainWindow</name>
    <message>
        <source>NocDesk</source>
        <translation>NocDesk</translation>
    </message>
    <message>
        <source>The database this console works on</source>
        <translation>Die Datenbank, mit der diese Konsole arbeitet</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <source>Maintenances</source>
        <translation>Wartungen</translation>
    </message>
    <message>
        <source>Live Events</source>
        <translation>Live-Ereignisse</translation>
    </message>
    <message>
        <source>Alarms</source>
        <translation>Alarme</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Bestätigen</translation>
    </message>
    <message>
        <source>Acknowledge the selected maintenances (Space toggles)</source>
        <translation>Die ausgewählten Wartungen bestätigen (Leertaste schaltet um)</translation>
    </message>
    <message>
        <source>Unacknowledge</source>
        <translation>Bestätigung aufheben</translation>
    </message>
    <message>
        <source>Toggle acknowledgement</source>
        <translation>Bestätigung umschalten</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close the selected alarms: nobody needs to look at them any more</source>
        <translation>Die ausgewählten Alarme schließen: niemand muss sich mehr darum kümmern</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About NocDesk</source>
        <translation>Ü&amp;ber NocDesk</translation>
    </message>
    <message>
        <source>About NocDesk</source>
        <translation>Über NocDesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;NocDesk %1&lt;/h3&gt;&lt;p&gt;The operator console for network operations teams: provider maintenances, live events and alarms in one window.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;NocDesk %1&lt;/h3&gt;&lt;p&gt;Die Bedienkonsole für Network-Operations-Teams: Provider-Wartungen, Live-Ereignisse und Alarme in einem Fenster.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Notifications (%1)</source>
        <translation>Benachrichtigungen (%1)</translation>
    </message>
    <message>
        <source>Maintenances (%1 to acknowledge)</source>
        <translation>Wartungen (%1 zu bestätigen)</translation>
    </message>
    <message>
        <source>Live Events (%1)</source>
        <translation>Live-Ereignisse (%1)</translation>
    </message>
    <message>
        <source>Alarms (%1 active)</source>
        <translation>Alarme (%1 aktiv)</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Stop adding new events to the pane; they are still received and stored</source>
        <translation>Keine neuen Ereignisse mehr in den Bereich aufnehmen; sie werden weiter empfangen und gespeichert</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Syslog intake off</source>
        <translation>Syslog-Empfang aus</translation>
    </message>
    <message>
        <source>Syslog on UDP %1, TCP %2 — received %3 · parsed %4 · unparsed %5 · folded %6 · dropped %7</source>
        <translation>Syslog auf UDP %1, TCP %2 — empfangen %3 · ausgewertet %4 · nicht ausgewertet %5 · zusammengefasst %6 · verworfen %7</translation>
    </message>
    <message>
        <source>Filter: words in the line, message or kind</source>
        <translation>Filter: Wörter in Zeile, Meldung oder Art</translation>
    </message>
    <message>
        <source>That maintenance is hidden by the pane's filter.</source>
        <translation>Diese Wartung ist durch den Filter des Bereichs ausgeblendet.</translation>
    </message>
    <message>
        <source>Filter: words in any field</source>
        <translation>Filter: Wörter in einem beliebigen Feld</translation>
    </message>
    <message>
        <source>Maintenance Times in &amp;UTC</source>
        <translation>Wartungszeiten in &amp;UTC</translation>
    </message>
    <message>
        <source>Show start and end in UTC rather than your local time</source>
        <translation>Beginn und Ende in UTC statt in Ihrer Ortszeit anzeigen</translation>
    </message>
</context>
<context>
    <name>nocdesk::MaintenanceAlerts</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>New maintenance: %1</source>
        <translation>Neue Wartung: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2 – %3, %n circuit(s), %4</source>
        <translation>
            <numerusform>%1, %2 – %3, %n Leitung, %4</numerusform>
            <numerusform>%1, %2 – %3, %n Leitungen, %4</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is now %2</source>
        <translation>%1 ist jetzt %2</translation>
    </message>
    <message>
        <source>Was %1; %2 – %3</source>
        <translation>Vorher %1; %2 – %3</translation>
    </message>
    <message>
        <source>Not acknowledged: %1 starts in %2</source>
        <translation>Nicht bestätigt: %1 beginnt in %2</translation>
    </message>
    <message>
        <source>%1 – %2, %3</source>
        <translation>%1 – %2, %3</translation>
    </message>
</context>
<context>
    <name>nocdesk::MaintenanceDetails</name>
    <message>
        <source>Add Note…</source>
        <translation>Notiz hinzufügen …</translation>
    </message>
    <message>
        <source>Add a note to the selected maintenance, for the next shift</source>
        <translation>Der ausgewählten Wartung eine Notiz für die nächste Schicht hinzufügen</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>Acknowledgement removed</source>
        <translation>Bestätigung entfernt</translation>
    </message>
    <message>
        <source>Status changed</source>
        <translation>Status geändert</translation>
    </message>
    <message>
        <source>Window changed</source>
        <translation>Zeitfenster geändert</translation>
    </message>
    <message>
        <source>Re-scheduled</source>
        <translation>Verschoben</translation>
    </message>
    <message>
        <source>Impacts changed</source>
        <translation>Auswirkungen geändert</translation>
    </message>
    <message>
        <source>Acknowledgement reset</source>
        <translation>Bestätigung zurückgesetzt</translation>
    </message>
    <message>
        <source>Loading maintenance #%1</source>
        <translation>Wartung #%1 wird geladen</translation>
    </message>
    <message>
        <source>Windows</source>
        <translation>Zeitfenster</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>(re-scheduled from window %1)</source>
        <translation>(verschoben von Zeitfenster %1)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Notices</source>
        <translation>Meldungen</translation>
    </message>
    <message>
        <source>(out of sequence: changed nothing)</source>
        <translation>(veraltete Meldung: hat nichts geändert)</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Add Note</source>
        <translation>Notiz hinzufügen</translation>
    </message>
    <message>
        <source>Adding a note</source>
        <translation>Notiz wird hinzugefügt</translation>
    </message>
    <message>
        <source>Reading notice #%1</source>
        <translation>Meldung #%1 wird gelesen</translation>
    </message>
    <message>
        <source>Edit Note</source>
        <translation>Notiz bearbeiten</translation>
    </message>
    <message>
        <source>Editing a note</source>
        <translation>Notiz wird bearbeitet</translation>
    </message>
    <message>
        <source>Saving the note failed: %1</source>
        <translation>Speichern der Notiz fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Note edited</source>
        <translation>Notiz bearbeitet</translation>
    </message>
    <message>
        <source>; edited by %1, %2</source>
        <translation>; bearbeitet von %1, %2</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>was “%1”</source>
        <translation>war „%1“</translation>
    </message>
</context>
<context>
    <name>nocdesk::MaintenanceFilterBar</name>
    <message>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <source>%1 statuses</source>
        <translation>%1 Status</translation>
    </message>
    <message>
        <source>Maintenances in any of the ticked states</source>
        <translation>Wartungen in einem der angehakten Zustände</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Provider</translation>
    </message>
    <message>
        <source>Maintenances of this provider; * and ? match any text</source>
        <translation>Wartungen dieses Providers; * und ? stehen für beliebigen Text</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Maintenances with a circuit at this site; * and ? match any text, e.g. fra*</source>
        <translation>Wartungen mit einer Leitung an diesem Standort; * und ? stehen für beliebigen Text, z. B. fra*</translation>
    </message>
    <message>
        <source>Circuit</source>
        <translation>Leitung</translation>
    </message>
    <message>
        <source>Maintenances of this circuit id; * and ? match any text</source>
        <translation>Wartungen dieser Leitungs-ID; * und ? stehen für beliebigen Text</translation>
    </message>
    <message>
        <source>Acknowledged or not</source>
        <translation>Bestätigt oder nicht</translation>
    </message>
    <message>
        <source>To acknowledge</source>
        <translation>Zu bestätigen</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>Upcoming: not started yet. Running now: started and not ended. Ended: within the last days.</source>
        <translation>Anstehend: noch nicht begonnen. Läuft gerade: begonnen und nicht beendet. Beendet: innerhalb der letzten Tage.</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Jederzeit</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Anstehend</translation>
    </message>
    <message>
        <source>Running now</source>
        <translation>Läuft gerade</translation>
    </message>
    <message>
        <source>Ended in the last</source>
        <translation>Beendet in den letzten</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tagen</translation>
    </message>
    <message>
        <source>How many days back</source>
        <translation>Wie viele Tage zurück</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Show every maintenance again</source>
        <translation>Wieder alle Wartungen zeigen</translation>
    </message>
    <message>
        <source>A filter you named</source>
        <translation>Ein von Ihnen benannter Filter</translation>
    </message>
    <message>
        <source>Saved filters</source>
        <translation>Gespeicherte Filter</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Speichern …</translation>
    </message>
    <message>
        <source>Give the current filter a name to pick it again later</source>
        <translation>Dem aktuellen Filter einen Namen geben, um ihn später wieder auszuwählen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Forget the saved filter shown</source>
        <translation>Den angezeigten gespeicherten Filter löschen</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Zeigen:</translation>
    </message>
    <message>
        <source>Save Filter</source>
        <translation>Filter speichern</translation>
    </message>
    <message>
        <source>Name of this filter:</source>
        <translation>Name dieses Filters:</translation>
    </message>
    <message>
        <source>A filter named "%1" exists. Replace it?</source>
        <translation>Ein Filter namens „%1“ existiert bereits. Ersetzen?</translation>
    </message>
    <message>
        <source>Delete Filter</source>
        <translation>Filter löschen</translation>
    </message>
    <message>
        <source>Forget the filter "%1"?</source>
        <translation>Den Filter „%1“ löschen?</translation>
    </message>
</context>
<context>
    <name>nocdesk::MaintenanceTableModel</name>
    <message>
        <source>Ack</source>
        <translation>Best.</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Provider</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>Wartung</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Circuits</source>
        <translation>Leitungen</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Standorte</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Auswirkung</translation>
    </message>
    <message>
        <source>Notices</source>
        <translation>Meldungen</translation>
    </message>
    <message>
        <source>Organizer</source>
        <translation>Organisator</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation>Sequenz</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>yes, by %1 at %2</source>
        <translation>ja, von %1 am %2</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Zeitfenster</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source> (unknown circuit)</source>
        <translation> (unbekannte Leitung)</translation>
    </message>
    <message>
        <source> at %1</source>
        <translation> in %1</translation>
    </message>
    <message>
        <source>Circuit</source>
        <translation>Leitung</translation>
    </message>
    <message>
        <source>%1: %2%3</source>
        <translation>%1: %2%3</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>The provider's id for the maintenance</source>
        <translation>Die Kennung des Providers für die Wartung</translation>
    </message>
    <message>
        <source>In %1</source>
        <translation>In %1</translation>
    </message>
    <message>
        <source>In your local time</source>
        <translation>In Ihrer Ortszeit</translation>
    </message>
</context>
<context>
    <name>nocdesk::MaintenanceTimeline</name>
    <message>
        <source>Circuit</source>
        <translation>Leitung</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Window: %1 – %2 (%3)</source>
        <translation>Zeitfenster: %1 – %2 (%3)</translation>
    </message>
    <message>
        <source>Circuit %1: %2</source>
        <translation>Leitung %1: %2</translation>
    </message>
    <message>
        <source>Circuit %1 at %3: %2</source>
        <translation>Leitung %1 in %3: %2</translation>
    </message>
    <message>
        <source>Acknowledged by %1</source>
        <translation>Bestätigt von %1</translation>
    </message>
    <message>
        <source>Not acknowledged</source>
        <translation>Nicht bestätigt</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 of the site's %2 circuits in maintenance</source>
        <translation>%1 der %2 Leitungen des Standorts in Wartung</translation>
    </message>
    <message>
        <source>No maintenances to show</source>
        <translation>Keine Wartungen anzuzeigen</translation>
    </message>
    <message>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Laying out the maintenances…</source>
        <translation>Wartungen werden angeordnet…</translation>
    </message>
</context>
<context>
    <name>nocdesk::MaintenanceTimelineLayout</name>
    <message>
        <source>No known site</source>
        <translation>Kein bekannter Standort</translation>
    </message>
    <message>
        <source>No circuit</source>
        <translation>Keine Leitung</translation>
    </message>
</context>
<context>
    <name>nocdesk::MaintenanceTimelinePanel</name>
    <message>
        <source>Find Overlaps Now</source>
        <translation>Überschneidungen jetzt suchen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Timeline&lt;/b&gt;</source>
        <translation>&lt;b&gt;Zeitachse&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>Scroll the timeline to the present</source>
        <translation>Die Zeitachse zur Gegenwart scrollen</translation>
    </message>
    <message>
        <source>Look for maintenances that overlap at a site now, rather than after the next fetch</source>
        <translation>Jetzt nach Wartungen suchen, die sich an einem Standort überschneiden, statt erst nach dem nächsten Abruf</translation>
    </message>
    <message>
        <source>band: redundancy lost</source>
        <translation>Streifen: Redundanz verloren</translation>
    </message>
    <message>
        <source>band: reduced</source>
        <translation>Streifen: verringert</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Show one day across the chart</source>
        <translation>Einen Tag über die ganze Diagrammbreite zeigen</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>Show one week across the chart</source>
        <translation>Eine Woche über die ganze Diagrammbreite zeigen</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Show a month across the chart</source>
        <translation>Einen Monat über die ganze Diagrammbreite zeigen</translation>
    </message>
    <message>
        <source> (Ctrl+wheel zooms)</source>
        <translation> (Strg+Mausrad zoomt)</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Standorte</translation>
    </message>
    <message>
        <source>One row per site: overlaps that reduce a site's redundancy show as bands</source>
        <translation>Eine Zeile je Standort: Überschneidungen, die die Redundanz eines Standorts verringern, erscheinen als Streifen</translation>
    </message>
    <message>
        <source>Circuits</source>
        <translation>Leitungen</translation>
    </message>
    <message>
        <source>One row per circuit</source>
        <translation>Eine Zeile je Leitung</translation>
    </message>
</context>
<context>
    <name>nocdesk::MetricsCli</name>
    <message>
        <source>Serve /metrics in the Prometheus text format: circuit_maintenance_status per circuit and NocDesk's own figures.</source>
        <translation>Stellt /metrics im Textformat von Prometheus bereit: circuit_maintenance_status je Leitung und NocDesks eigene Kennzahlen.</translation>
    </message>
    <message>
        <source>Address and port to serve on (default: the settings, else 127.0.0.1:%1; port 0 picks a free one).</source>
        <translation>Adresse und Port, auf denen bereitgestellt wird (Vorgabe: die Einstellungen, sonst 127.0.0.1:%1; Port 0 wählt einen freien).</translation>
    </message>
    <message>
        <source>Labels of circuit_maintenance_status as LABEL=ATTRIBUTE,... (default: the settings, else %1).</source>
        <translation>Labels von circuit_maintenance_status als LABEL=ATTRIBUT,... (Vorgabe: die Einstellungen, sonst %1).</translation>
    </message>
    <message>
        <source>Print the exposition to standard output and exit.</source>
        <translation>Gibt die Metriken auf der Standardausgabe aus und beendet sich.</translation>
    </message>
    <message>
        <source>Usage: metrics [--listen ADDR:PORT] [--labels SPEC] [--once]</source>
        <translation>Aufruf: metrics [--listen ADRESSE:PORT] [--labels SPEC] [--once]</translation>
    </message>
    <message>
        <source>Give --listen as ADDRESS:PORT with an IP address, e.g. 127.0.0.1:%1.</source>
        <translation>Geben Sie --listen als ADRESSE:PORT mit einer IP-Adresse an, z. B. 127.0.0.1:%1.</translation>
    </message>
    <message>
        <source>Serving http://%1:%2/metrics; stop with Ctrl+C.</source>
        <translation>Stelle http://%1:%2/metrics bereit; beenden mit Strg+C.</translation>
    </message>
</context>
<context>
    <name>nocdesk::NetboxClient</name>
    <message>
        <source>The certificate of %1 is not trusted: %2. Install the CA that signed it in the system's trust store; NocDesk does not skip the check.</source>
        <translation>Dem Zertifikat von %1 wird nicht vertraut: %2. Installieren Sie die CA, die es signiert hat, im Zertifikatsspeicher des Systems; NocDesk überspringt die Prüfung nicht.</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s.</source>
        <translation>%1 hat nicht innerhalb von %2 s geantwortet.</translation>
    </message>
    <message>
        <source>Cannot reach %1: %2.</source>
        <translation>%1 ist nicht erreichbar: %2.</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2; trying again in %3 s.</source>
        <translation>%1 hat mit HTTP %2 geantwortet; neuer Versuch in %3 s.</translation>
    </message>
    <message>
        <source>%1 sends the same page again: the paging loops.</source>
        <translation>%1 sendet dieselbe Seite erneut: Die Seitenabfrage läuft im Kreis.</translation>
    </message>
    <message>
        <source>%1 refused the token (HTTP %2%3). Check the token and that its user may read %4.</source>
        <translation>%1 hat das Token abgelehnt (HTTP %2%3). Prüfen Sie das Token und ob sein Benutzer %4 lesen darf.</translation>
    </message>
    <message>
        <source>%1 was not found (HTTP 404): is this the right URL and kind of server?</source>
        <translation>%1 wurde nicht gefunden (HTTP 404): Stimmen URL und Serverart?</translation>
    </message>
    <message>
        <source>%1 redirects (HTTP %2): give the URL it redirects to.</source>
        <translation>%1 leitet weiter (HTTP %2): Geben Sie die URL an, auf die weitergeleitet wird.</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 after %3 attempts%4.</source>
        <translation>%1 hat nach %3 Versuchen mit HTTP %2 geantwortet%4.</translation>
    </message>
    <message>
        <source>%1 did not answer with a NetBox/Nautobot list (%2): is this the API URL?</source>
        <translation>%1 hat nicht mit einer NetBox/Nautobot-Liste geantwortet (%2): Ist das die API-URL?</translation>
    </message>
    <message>
        <source>no "results"</source>
        <translation>kein „results“</translation>
    </message>
    <message>
        <source>%1 said it has %2 objects but sent %3: it changed during the sync, try again.</source>
        <translation>%1 meldete %2 Objekte, sandte aber %3: Die Daten haben sich während der Synchronisierung geändert; versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>nocdesk::NoteDialog</name>
    <message>
        <source>What the next shift should know about this maintenance</source>
        <translation>Was die nächste Schicht über diese Wartung wissen sollte</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
</context>
<context>
    <name>nocdesk::NoticeViewer</name>
    <message>
        <source>Notice</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Von:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Betreff:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Datum:</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
    <message>
        <source>Notice #%1</source>
        <translation>Meldung #%1</translation>
    </message>
    <message>
        <source>HTML %1</source>
        <translation>HTML %1</translation>
    </message>
    <message>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <source>(nothing was parsed from this notice)</source>
        <translation>(aus dieser Meldung wurde nichts ausgewertet)</translation>
    </message>
    <message>
        <source>Parsed</source>
        <translation>Ausgewertet</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) outside the mail not loaded: NocDesk never fetches the images, styles or files a notice points to. A link opens only when you click it and confirm.</source>
        <translation>
            <numerusform>%n Element außerhalb der Mail nicht geladen: NocDesk lädt nie Bilder, Stylesheets oder Dateien, auf die eine Meldung verweist. Ein Link öffnet sich nur, wenn Sie ihn anklicken und bestätigen.</numerusform>
            <numerusform>%n Elemente außerhalb der Mail nicht geladen: NocDesk lädt nie Bilder, Stylesheets oder Dateien, auf die eine Meldung verweist. Ein Link öffnet sich nur, wenn Sie ihn anklicken und bestätigen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The notice could not be read: %1</source>
        <translation>Die Meldung konnte nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>nocdesk::NotificationTableModel</name>
    <message>
        <source>Received</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Absender</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Provider</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Maintenances</source>
        <translation>Wartungen</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Message-ID</source>
        <translation>Message-ID</translation>
    </message>
</context>
<context>
    <name>nocdesk::OverlapAlarms</name>
    <message>
        <source>Redundancy lost at %1 from %2 to %3: all %4 circuits in maintenance (%5)</source>
        <translation>Redundanz verloren an %1 von %2 bis %3: alle %4 Leitungen in Wartung (%5)</translation>
    </message>
    <message>
        <source>Redundancy reduced at %1 from %2 to %3: %4 circuits in maintenance (%5)</source>
        <translation>Redundanz reduziert an %1 von %2 bis %3: %4 Leitungen in Wartung (%5)</translation>
    </message>
</context>
<context>
    <name>nocdesk::OverlapCli</name>
    <message>
        <source>redundancy lost</source>
        <translation>Redundanz verloren</translation>
    </message>
    <message>
        <source>redundancy reduced</source>
        <translation>Redundanz verringert</translation>
    </message>
    <message>
        <source>overlap</source>
        <translation>Überschneidung</translation>
    </message>
    <message>
        <source>Find maintenances that run at the same time at a site, store the result for the console, and print it.</source>
        <translation>Findet Wartungen, die an einem Standort gleichzeitig laufen, speichert das Ergebnis für die Konsole und gibt es aus.</translation>
    </message>
    <message>
        <source>Print a JSON array.</source>
        <translation>Gibt ein JSON-Array aus.</translation>
    </message>
    <message>
        <source>Leave out circuits listed as NO-IMPACT (default: the setting %1, else false).</source>
        <translation>Lässt Leitungen mit NO-IMPACT weg (Vorgabe: die Einstellung %1, sonst nein).</translation>
    </message>
    <message>
        <source>Usage: overlaps [--json] [--exclude-no-impact]</source>
        <translation>Aufruf: overlaps [--json] [--exclude-no-impact]</translation>
    </message>
    <message>
        <source>No maintenances overlap at any site.</source>
        <translation>An keinem Standort überschneiden sich Wartungen.</translation>
    </message>
    <message>
        <source>%1 of %2 circuits</source>
        <translation>%1 von %2 Leitungen</translation>
    </message>
</context>
<context>
    <name>nocdesk::OverlapController</name>
    <message>
        <source>Finding overlaps</source>
        <translation>Überschneidungen werden gesucht</translation>
    </message>
    <message>
        <source>maintenances per site</source>
        <translation>Wartungen je Standort</translation>
    </message>
    <message>
        <source>inventory</source>
        <translation>Inventar</translation>
    </message>
    <message>
        <source>Finding overlaps failed: %1</source>
        <translation>Suche nach Überschneidungen fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>nocdesk::PaneWidget</name>
    <message>
        <source>Filter: words to find in any column</source>
        <translation>Filter: Wörter, die in einer beliebigen Spalte vorkommen</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>Choose the columns this pane shows</source>
        <translation>Die Spalten wählen, die dieser Bereich zeigt</translation>
    </message>
</context>
<context>
    <name>nocdesk::RowReader</name>
    <message>
        <source>Reading from the database failed: %1 (%2)</source>
        <translation>Lesen aus der Datenbank fehlgeschlagen: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>nocdesk::SafeMailBrowser</name>
    <message>
        <source>Open Link</source>
        <translation>Link öffnen</translation>
    </message>
    <message>
        <source>The notice links to:

%1

Open it in your browser?</source>
        <translation>Die Meldung verlinkt auf:

%1

Im Browser öffnen?</translation>
    </message>
    <message>
        <source>The notice links to:

%1

NocDesk opens only http, https and mailto links.</source>
        <translation>Die Meldung verlinkt auf:

%1

NocDesk öffnet nur http-, https- und mailto-Links.</translation>
    </message>
    <message>
        <source>Open in Browser</source>
        <translation>Im Browser öffnen</translation>
    </message>
</context>
<context>
    <name>nocdesk::SiteOverlapTableModel</name>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>Overlap</source>
        <translation>Überschneidung</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Circuits</source>
        <translation>Leitungen</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Maintenances</source>
        <translation>Wartungen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 of %2: %3</source>
        <translation>%1 von %2: %3</translation>
    </message>
    <message>
        <source>touching</source>
        <translation>angrenzend</translation>
    </message>
    <message>
        <source>Circuits at the site</source>
        <translation>Leitungen am Standort</translation>
    </message>
    <message>
        <source>Circuit</source>
        <translation>Leitung</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>Wartung</translation>
    </message>
</context>
<context>
    <name>nocdesk::SiteOverlapView</name>
    <message>
        <source>Select a row to see it in the timeline and select its maintenances</source>
        <translation>Wählen Sie eine Zeile, um sie in der Zeitachse zu sehen und ihre Wartungen auszuwählen</translation>
    </message>
</context>
<context>
    <name>nocdesk::SourceConfig</name>
    <message>
        <source>Unknown source kind "%1" (imap, gmail or file).</source>
        <translation>Unbekannte Quellenart „%1“ (imap, gmail oder file).</translation>
    </message>
    <message>
        <source>"%1" looks like a secret; secrets are kept in the keychain, never in source settings.</source>
        <translation>„%1“ sieht nach einem Geheimnis aus; Geheimnisse liegen im Schlüsselbund, nie in den Quelleneinstellungen.</translation>
    </message>
    <message>
        <source>Unknown setting "%1" for a %2 source.</source>
        <translation>Unbekannte Einstellung „%1“ für eine %2-Quelle.</translation>
    </message>
    <message>
        <source>Unknown outcome "%1" in labels (one of: %2).</source>
        <translation>Unbekanntes Ergebnis „%1“ in labels (erlaubt: %2).</translation>
    </message>
    <message>
        <source>A source needs a name.</source>
        <translation>Eine Quelle braucht einen Namen.</translation>
    </message>
    <message>
        <source>schedule_minutes cannot be negative.</source>
        <translation>schedule_minutes darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>Either attach all providers or list the providers that send through this source.</source>
        <translation>Entweder alle Provider zuordnen oder die Provider auflisten, die über diese Quelle senden.</translation>
    </message>
    <message>
        <source>An IMAP source needs a host.</source>
        <translation>Eine IMAP-Quelle braucht einen Server.</translation>
    </message>
    <message>
        <source>The port must be between 1 and 65535.</source>
        <translation>Der Port muss zwischen 1 und 65535 liegen.</translation>
    </message>
    <message>
        <source>tls must be implicit, starttls or none.</source>
        <translation>tls muss implicit, starttls oder none sein.</translation>
    </message>
    <message>
        <source>An IMAP source needs an account.</source>
        <translation>Eine IMAP-Quelle braucht ein Konto.</translation>
    </message>
    <message>
        <source>A Gmail source needs an account.</source>
        <translation>Eine Gmail-Quelle braucht ein Konto.</translation>
    </message>
    <message>
        <source>A Gmail source needs a credentials_file (an OAuth client or a service account).</source>
        <translation>Eine Gmail-Quelle braucht eine credentials_file (einen OAuth-Client oder ein Dienstkonto).</translation>
    </message>
    <message>
        <source>Not a sources file: %1</source>
        <translation>Keine Quellendatei: %1</translation>
    </message>
    <message>
        <source>Not a sources file: no "sources" array.</source>
        <translation>Keine Quellendatei: kein Array "sources".</translation>
    </message>
    <message>
        <source>Source %1: %2</source>
        <translation>Quelle %1: %2</translation>
    </message>
</context>
<context>
    <name>nocdesk::SourceFetcher</name>
    <message>
        <source>Certificate subject: %1</source>
        <translation>Zertifikatsinhaber: %1</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint: %1</source>
        <translation>SHA-256-Fingerabdruck: %1</translation>
    </message>
    <message>
        <source>A file source takes mail dropped on the window or given to nocdesk-cli import; there is nothing to connect to.</source>
        <translation>Eine Dateiquelle nimmt Mails, die auf das Fenster gezogen oder an nocdesk-cli import übergeben werden; es gibt nichts, womit sie sich verbinden müsste.</translation>
    </message>
    <message>
        <source>A file source has nothing to fetch.</source>
        <translation>Eine Dateiquelle hat nichts abzurufen.</translation>
    </message>
    <message>
        <source>Only a Gmail source signs in through a browser.</source>
        <translation>Nur eine Gmail-Quelle meldet sich über einen Browser an.</translation>
    </message>
    <message>
        <source>Signed in to %1.</source>
        <translation>Bei %1 angemeldet.</translation>
    </message>
    <message>
        <source>Label %1 (%2)</source>
        <translation>Label %1 (%2)</translation>
    </message>
    <message>
        <source>Cancelled after %1 of %2 messages.</source>
        <translation>Nach %1 von %2 Nachrichten abgebrochen.</translation>
    </message>
    <message>
        <source>Stored, but the outcome label could not be applied: %1</source>
        <translation>Gespeichert, aber das Ergebnis-Label konnte nicht gesetzt werden: %1</translation>
    </message>
    <message>
        <source>%1 new, %2 already stored.</source>
        <translation>%1 neu, %2 bereits gespeichert.</translation>
    </message>
    <message>
        <source>No password is stored for %1: set it in the Sources dialog or with nocdesk-cli sources add --secret-env.</source>
        <translation>Für %1 ist kein Passwort gespeichert: im Quellen-Dialog oder mit nocdesk-cli sources add --secret-env setzen.</translation>
    </message>
    <message>
        <source>Capabilities: %1</source>
        <translation>Fähigkeiten: %1</translation>
    </message>
</context>
<context>
    <name>nocdesk::SourcesCli</name>
    <message>
        <source>Source %1: %2</source>
        <translation>Quelle %1: %2</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <source>--label takes OUTCOME=LABEL_ID, not "%1".</source>
        <translation>--label erwartet ERGEBNIS=LABEL_ID, nicht „%1“.</translation>
    </message>
    <message>
        <source>Source %1 saved.</source>
        <translation>Quelle %1 gespeichert.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n source(s) written to %1 (secrets stay in the keychain).</source>
        <translation>
            <numerusform>%n Quelle nach %1 geschrieben (Geheimnisse bleiben im Schlüsselbund).</numerusform>
            <numerusform>%n Quellen nach %1 geschrieben (Geheimnisse bleiben im Schlüsselbund).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source(s) imported.</source>
        <translation>
            <numerusform>%n Quelle importiert.</numerusform>
            <numerusform>%n Quellen importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Manage notification sources.</source>
        <translation>Verwaltet Benachrichtigungsquellen.</translation>
    </message>
    <message>
        <source>list: print JSON.</source>
        <translation>list: gibt JSON aus.</translation>
    </message>
    <message>
        <source>imap, gmail or file.</source>
        <translation>imap, gmail oder file.</translation>
    </message>
    <message>
        <source>IMAP server.</source>
        <translation>IMAP-Server.</translation>
    </message>
    <message>
        <source>IMAP port (993 with implicit TLS, else 143).</source>
        <translation>IMAP-Port (993 mit implizitem TLS, sonst 143).</translation>
    </message>
    <message>
        <source>implicit, starttls or none.</source>
        <translation>implicit, starttls oder none.</translation>
    </message>
    <message>
        <source>Login name, or the Gmail address.</source>
        <translation>Anmeldename oder die Gmail-Adresse.</translation>
    </message>
    <message>
        <source>IMAP folder (INBOX).</source>
        <translation>IMAP-Ordner (INBOX).</translation>
    </message>
    <message>
        <source>An extra CA certificate (PEM) to trust.</source>
        <translation>Ein zusätzliches vertrauenswürdiges CA-Zertifikat (PEM).</translation>
    </message>
    <message>
        <source>The header that names the sender (From).</source>
        <translation>Die Kopfzeile, die den Absender nennt (From).</translation>
    </message>
    <message>
        <source>Only these providers send through this source.</source>
        <translation>Nur diese Provider senden über diese Quelle.</translation>
    </message>
    <message>
        <source>Fetch every N minutes (0: by hand only).</source>
        <translation>Alle N Minuten abrufen (0: nur von Hand).</translation>
    </message>
    <message>
        <source>Gmail: OAuth client or service-account JSON.</source>
        <translation>Gmail: JSON eines OAuth-Clients oder Dienstkontos.</translation>
    </message>
    <message>
        <source>Gmail: skip mail from these senders.</source>
        <translation>Gmail: Mails dieser Absender überspringen.</translation>
    </message>
    <message>
        <source>Gmail: OAuth scopes to ask for besides gmail.modify.</source>
        <translation>Gmail: OAuth-Bereiche, die zusätzlich zu gmail.modify angefragt werden.</translation>
    </message>
    <message>
        <source>Gmail: label id to apply per outcome.</source>
        <translation>Gmail: Label-ID, die je Ergebnis gesetzt wird.</translation>
    </message>
    <message>
        <source>Save the source disabled.</source>
        <translation>Die Quelle deaktiviert speichern.</translation>
    </message>
    <message>
        <source>Take the password from this environment variable.</source>
        <translation>Das Passwort aus dieser Umgebungsvariable nehmen.</translation>
    </message>
    <message>
        <source>There is no source named "%1".</source>
        <translation>Es gibt keine Quelle namens „%1“.</translation>
    </message>
    <message>
        <source>Source %1 removed; its mail stays in the notifications.</source>
        <translation>Quelle %1 entfernt; ihre Mails bleiben in den Benachrichtigungen.</translation>
    </message>
    <message>
        <source>Usage:
  sources list [--json]
  sources add NAME --kind imap --host HOST [--port N] [--tls implicit|starttls|none] --account USER
              [--folder F] [--ca-file PEM] [--source-header H] [--providers A,B] [--schedule-minutes N]
              [--secret-env VAR | --prompt]
  sources add NAME --kind gmail --account ADDRESS --credentials-file JSON [--label OUTCOME=LABEL_ID]...
              [--limit-emails-with-not-header-from A,B] [--extra-scopes S,T] [--source-header H]
  sources remove NAME
  sources export FILE
  sources import FILE
  sources validate NAME [--secret-env VAR] [--json]
  sources signin NAME          (Gmail with an OAuth client: consent in a browser)
A password comes from the keychain, from --secret-env VAR, or from --prompt.
</source>
        <translation>Aufruf:
  sources list [--json]
  sources add NAME --kind imap --host SERVER [--port N] [--tls implicit|starttls|none] --account BENUTZER
              [--folder ORDNER] [--ca-file PEM] [--source-header KOPFZEILE] [--providers A,B] [--schedule-minutes N]
              [--secret-env VARIABLE | --prompt]
  sources add NAME --kind gmail --account ADRESSE --credentials-file JSON [--label ERGEBNIS=LABEL_ID]...
              [--limit-emails-with-not-header-from A,B] [--extra-scopes S,T] [--source-header KOPFZEILE]
  sources remove NAME
  sources export DATEI
  sources import DATEI
  sources validate NAME [--secret-env VARIABLE] [--json]
  sources signin NAME          (Gmail mit OAuth-Client: Zustimmung im Browser)
Ein Passwort kommt aus dem Schlüsselbund, aus --secret-env VARIABLE oder von --prompt.
</translation>
    </message>
    <message>
        <source>The environment variable %1 is not set or empty.</source>
        <translation>Die Umgebungsvariable %1 ist nicht gesetzt oder leer.</translation>
    </message>
    <message>
        <source>Password for %1@%2: </source>
        <translation>Passwort für %1@%2: </translation>
    </message>
    <message>
        <source>Source %1 saved, but its password could not be stored: %2</source>
        <translation>Quelle %1 gespeichert, aber ihr Passwort konnte nicht abgelegt werden: %2</translation>
    </message>
    <message>
        <source>Source %1 saved; its password is in the keychain.</source>
        <translation>Quelle %1 gespeichert; ihr Passwort liegt im Schlüsselbund.</translation>
    </message>
    <message>
        <source>list, add, remove, export, import, validate or signin.</source>
        <translation>list, add, remove, export, import, validate oder signin.</translation>
    </message>
    <message>
        <source>Ask for the password at the terminal.</source>
        <translation>Das Passwort im Terminal abfragen.</translation>
    </message>
    <message>
        <source>Open this address in a browser and allow NocDesk to read the mailbox:</source>
        <translation>Diese Adresse im Browser öffnen und NocDesk das Lesen des Postfachs erlauben:</translation>
    </message>
    <message>
        <source>Fetch new mail from the notification sources (all enabled ones, or one).</source>
        <translation>Ruft neue Mails aus den Benachrichtigungsquellen ab (alle aktiven oder eine).</translation>
    </message>
    <message>
        <source>Only this source.</source>
        <translation>Nur diese Quelle.</translation>
    </message>
    <message>
        <source>Print a JSON report.</source>
        <translation>Gibt einen JSON-Bericht aus.</translation>
    </message>
    <message>
        <source>Password: </source>
        <translation>Passwort: </translation>
    </message>
</context>
<context>
    <name>nocdesk::SourcesDialog</name>
    <message>
        <source>Fetch this source</source>
        <translation>Diese Quelle abrufen</translation>
    </message>
    <message>
        <source>Mail from any known provider</source>
        <translation>Mails jedes bekannten Providers</translation>
    </message>
    <message>
        <source>IMAP server</source>
        <translation>IMAP-Server</translation>
    </message>
    <message>
        <source>Gmail API</source>
        <translation>Gmail-API</translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation>Anmelden …</translation>
    </message>
    <message>
        <source>Fetch now</source>
        <translation>Jetzt abrufen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Notification Sources</source>
        <translation>Benachrichtigungsquellen</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>IMAP mailbox</source>
        <translation>IMAP-Postfach</translation>
    </message>
    <message>
        <source>Files (drop or import)</source>
        <translation>Dateien (ablegen oder importieren)</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>by hand only</source>
        <translation>nur von Hand</translation>
    </message>
    <message>
        <source>The header that names the provider: From, or e.g. X-Original-Sender for mail relayed by a list</source>
        <translation>Die Kopfzeile, die den Provider nennt: From oder z. B. X-Original-Sender bei Mails über eine Verteilerliste</translation>
    </message>
    <message>
        <source>zayo, arelion, …</source>
        <translation>zayo, arelion, …</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Art:</translation>
    </message>
    <message>
        <source>Fetch every:</source>
        <translation>Abrufen alle:</translation>
    </message>
    <message>
        <source>Sender header:</source>
        <translation>Absender-Kopfzeile:</translation>
    </message>
    <message>
        <source>Providers:</source>
        <translation>Provider:</translation>
    </message>
    <message>
        <source>TLS (implicit, port 993)</source>
        <translation>TLS (implizit, Port 993)</translation>
    </message>
    <message>
        <source>STARTTLS (port 143)</source>
        <translation>STARTTLS (Port 143)</translation>
    </message>
    <message>
        <source>None — plain text, local test servers only</source>
        <translation>Keine – Klartext, nur für lokale Testserver</translation>
    </message>
    <message>
        <source>kept in the keychain; leave empty to keep the stored one</source>
        <translation>liegt im Schlüsselbund; leer lassen, um das gespeicherte zu behalten</translation>
    </message>
    <message>
        <source>optional: a CA certificate (PEM) to trust besides the system's</source>
        <translation>optional: ein CA-Zertifikat (PEM), dem zusätzlich zu denen des Systems vertraut wird</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen …</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>CA-Zertifikat</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>PEM-Zertifikate (*.pem *.crt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <source>Security:</source>
        <translation>Sicherheit:</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Konto:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Passwort:</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Ordner:</translation>
    </message>
    <message>
        <source>Extra CA:</source>
        <translation>Zusätzliche CA:</translation>
    </message>
    <message>
        <source>an OAuth client or a service account (JSON from Google Cloud)</source>
        <translation>ein OAuth-Client oder ein Dienstkonto (JSON aus Google Cloud)</translation>
    </message>
    <message>
        <source>Google credentials</source>
        <translation>Google-Zugangsdaten</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON-Dateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>parsed=Label_1, parsing-failed=Label_2, …</source>
        <translation>parsed=Label_1, parsing-failed=Label_2, …</translation>
    </message>
    <message>
        <source>Gmail label ids applied per outcome: %1</source>
        <translation>Gmail-Label-IDs, die je Ergebnis gesetzt werden: %1</translation>
    </message>
    <message>
        <source>only mail whose From is one of these (relayed lists)</source>
        <translation>nur Mails, deren From eine dieser Adressen ist (Verteilerlisten)</translation>
    </message>
    <message>
        <source>Credentials file:</source>
        <translation>Zugangsdatei:</translation>
    </message>
    <message>
        <source>Outcome labels:</source>
        <translation>Ergebnis-Labels:</translation>
    </message>
    <message>
        <source>Extra scopes:</source>
        <translation>Zusätzliche Bereiche:</translation>
    </message>
    <message>
        <source>Limit to From:</source>
        <translation>Nur From:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Validate</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>Connect, sign in and open the folder now, and say what was found or exactly what failed</source>
        <translation>Jetzt verbinden, anmelden und den Ordner öffnen und sagen, was gefunden wurde oder was genau fehlschlug</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren …</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importieren …</translation>
    </message>
    <message>
        <source>Waiting for the sign-in in your browser…</source>
        <translation>Warte auf die Anmeldung im Browser …</translation>
    </message>
    <message>
        <source>Fetching %1…</source>
        <translation>%1 wird abgerufen …</translation>
    </message>
    <message>
        <source>Remove source</source>
        <translation>Quelle entfernen</translation>
    </message>
    <message>
        <source>Remove the source %1 and its password? Mail it delivered stays in the notifications.</source>
        <translation>Die Quelle %1 und ihr Passwort entfernen? Bereits gelieferte Mails bleiben in den Benachrichtigungen.</translation>
    </message>
    <message>
        <source>Last fetch failed: %1</source>
        <translation>Letzter Abruf fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>A new source: fill in the form, then Save. Validate checks it without saving.</source>
        <translation>Eine neue Quelle: Formular ausfüllen, dann Speichern. Prüfen testet sie ohne zu speichern.</translation>
    </message>
    <message>
        <source>Last fetch failed:</source>
        <translation>Letzter Abruf fehlgeschlagen:</translation>
    </message>
    <message>
        <source>Last fetched %1.</source>
        <translation>Zuletzt abgerufen %1.</translation>
    </message>
    <message>
        <source>Not fetched yet.</source>
        <translation>Noch nicht abgerufen.</translation>
    </message>
    <message>
        <source>Not saved:</source>
        <translation>Nicht gespeichert:</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>Cannot validate:</source>
        <translation>Prüfen nicht möglich:</translation>
    </message>
    <message>
        <source>Validating %1…</source>
        <translation>%1 wird geprüft …</translation>
    </message>
    <message>
        <source>Export sources</source>
        <translation>Quellen exportieren</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n source(s) exported; passwords and tokens stay in the keychain.</source>
        <translation>
            <numerusform>%n Quelle exportiert; Passwörter und Tokens bleiben im Schlüsselbund.</numerusform>
            <numerusform>%n Quellen exportiert; Passwörter und Tokens bleiben im Schlüsselbund.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import sources</source>
        <translation>Quellen importieren</translation>
    </message>
    <message>
        <source>%1 holds no sources.</source>
        <translation>%1 enthält keine Quellen.</translation>
    </message>
    <message numerus="yes">
        <source>%n source(s) imported; enter their passwords before the first fetch.</source>
        <translation>
            <numerusform>%n Quelle importiert; vor dem ersten Abruf ihr Passwort eingeben.</numerusform>
            <numerusform>%n Quellen importiert; vor dem ersten Abruf ihre Passwörter eingeben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing imported: %1</source>
        <translation>Nichts importiert: %1</translation>
    </message>
</context>
<context>
    <name>nocdesk::SqlQuery</name>
    <message>
        <source>Database error: %1 (in: %2)</source>
        <translation>Datenbankfehler: %1 (in: %2)</translation>
    </message>
</context>
<context>
    <name>nocdesk::SqliteEventWriter</name>
    <message>
        <source>Storing events failed (%1): %2</source>
        <translation>Speichern von Ereignissen fehlgeschlagen (%1): %2</translation>
    </message>
    <message>
        <source>The events writer needs an SQLite connection.</source>
        <translation>Der Ereignis-Schreiber braucht eine SQLite-Verbindung.</translation>
    </message>
</context>
<context>
    <name>nocdesk::StartupErrors</name>
    <message>
        <source>NocDesk cannot open the database</source>
        <translation>NocDesk kann die Datenbank nicht öffnen</translation>
    </message>
    <message>
        <source>Start NocDesk with --database PATH to use another file, or without it to use the database in your data folder.</source>
        <translation>Starten Sie NocDesk mit --database PFAD, um eine andere Datei zu verwenden, oder ohne, um die Datenbank in Ihrem Datenordner zu verwenden.</translation>
    </message>
</context>
<context>
    <name>nocdesk::Store</name>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Die Datenbank %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a NocDesk database (it is not an SQLite file). Choose another file with --database, or move this one away.</source>
        <translation>%1 ist keine NocDesk-Datenbank (es ist keine SQLite-Datei). Wählen Sie mit --database eine andere Datei oder verschieben Sie diese.</translation>
    </message>
    <message>
        <source>%1 is damaged or not a database NocDesk can read.</source>
        <translation>%1 ist beschädigt oder keine Datenbank, die NocDesk lesen kann.</translation>
    </message>
    <message>
        <source>Upgrading the database to schema version %1 failed: %2</source>
        <translation>Die Aktualisierung der Datenbank auf Schemaversion %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another application, not a NocDesk database. It was left untouched.</source>
        <translation>%1 ist eine SQLite-Datenbank einer anderen Anwendung, keine NocDesk-Datenbank. Sie wurde nicht verändert.</translation>
    </message>
    <message>
        <source>%1 was written by a newer NocDesk (schema version %2; this version reads up to %3). It was left untouched; update NocDesk to open it.</source>
        <translation>%1 wurde von einem neueren NocDesk geschrieben (Schemaversion %2; diese Version liest bis %3). Sie wurde nicht verändert; aktualisieren Sie NocDesk, um sie zu öffnen.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Unknown provider "%1".</source>
        <translation>Unbekannter Provider „%1“.</translation>
    </message>
    <message>
        <source>Circuit %1 of %2 is not in the inventory.</source>
        <translation>Leitung %1 von %2 ist nicht im Inventar.</translation>
    </message>
    <message>
        <source>There is no notification source named "%1".</source>
        <translation>Es gibt keine Benachrichtigungsquelle namens „%1“.</translation>
    </message>
    <message>
        <source>An inventory row of %1 vanished while it was written.</source>
        <translation>Eine Inventarzeile für %1 ist beim Schreiben verschwunden.</translation>
    </message>
    <message>
        <source>The inventory refers to %1, which it does not hold.</source>
        <translation>Das Inventar verweist auf %1, doch dieser Eintrag fehlt darin.</translation>
    </message>
    <message>
        <source>provider "%1"</source>
        <translation>Provider „%1“</translation>
    </message>
    <message>
        <source>site "%1"</source>
        <translation>Standort „%1“</translation>
    </message>
    <message>
        <source>circuit "%1" of provider "%2"</source>
        <translation>Leitung „%1“ des Providers „%2“</translation>
    </message>
    <message>
        <source>device "%1"</source>
        <translation>Gerät „%1“</translation>
    </message>
    <message>
        <source>There is no note #%1 (removed meanwhile?).</source>
        <translation>Es gibt keine Notiz #%1 (inzwischen entfernt?).</translation>
    </message>
</context>
<context>
    <name>nocdesk::SyslogIntake</name>
    <message>
        <source>Cannot listen for syslog on UDP %1 port %2: %3</source>
        <translation>Kann Syslog nicht auf UDP %1 Port %2 empfangen: %3</translation>
    </message>
    <message>
        <source>Cannot listen for syslog on TCP %1 port %2: %3</source>
        <translation>Kann Syslog nicht auf TCP %1 Port %2 empfangen: %3</translation>
    </message>
</context>
<context>
    <name>nocdesk::SyslogLineParser</name>
    <message>
        <source>not a syslog message NocDesk can read</source>
        <translation>keine Syslog-Meldung, die NocDesk lesen kann</translation>
    </message>
</context>
<context>
    <name>nocdesk::TaskRunner</name>
    <message>
        <source>The task "%1" failed with an unknown error.</source>
        <translation>Die Aufgabe „%1“ ist mit einem unbekannten Fehler fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>nocdesk::TaskStatusWidget</name>
    <message>
        <source>Cancel this task</source>
        <translation>Diese Aufgabe abbrechen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>(+%n more)</source>
        <translation>
            <numerusform>(+%n weitere)</numerusform>
            <numerusform>(+%n weitere)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nocdesk::TransactionGuard</name>
    <message>
        <source>Cannot start a transaction: %1</source>
        <translation>Transaktion kann nicht begonnen werden: %1</translation>
    </message>
    <message>
        <source>Cannot commit: %1</source>
        <translation>Festschreiben nicht möglich: %1</translation>
    </message>
    <message>
        <source>Database error: %1 (in: %2)</source>
        <translation>Datenbankfehler: %1 (in: %2)</translation>
    </message>
</context>
<context>
    <name>nocdesk::TrayNotifier</name>
    <message>
        <source>Desktop &amp;Notifications</source>
        <translation>Desktop-&amp;Benachrichtigungen</translation>
    </message>
    <message>
        <source>&amp;Notify About Maintenances</source>
        <translation>Über Wartungen &amp;benachrichtigen</translation>
    </message>
    <message>
        <source>A desktop notification when a maintenance is new or changes status, and before an unacknowledged one starts</source>
        <translation>Eine Desktop-Benachrichtigung, wenn eine Wartung neu ist oder ihren Status ändert, und bevor eine unbestätigte beginnt</translation>
    </message>
    <message>
        <source>NocDesk</source>
        <translation>NocDesk</translation>
    </message>
    <message>
        <source>Show NocDesk</source>
        <translation>NocDesk anzeigen</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Warn %n Hour(s) Before an Unacknowledged Start…</source>
        <translation>
            <numerusform>%n Stunde vor unbestätigtem Beginn &amp;warnen …</numerusform>
            <numerusform>%n Stunden vor unbestätigtem Beginn &amp;warnen …</numerusform>
        </translation>
    </message>
    <message>
        <source>Starting Soon</source>
        <translation>Beginnt bald</translation>
    </message>
    <message>
        <source>Warn this many hours before a maintenance that is not acknowledged starts (0: not at all):</source>
        <translation>So viele Stunden vor dem Beginn einer unbestätigten Wartung warnen (0: gar nicht):</translation>
    </message>
    <message numerus="yes">
        <source>%n maintenance update(s)</source>
        <translation>
            <numerusform>%n Wartungsänderung</numerusform>
            <numerusform>%n Wartungsänderungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more</source>
        <translation>
            <numerusform>…und %n weitere</numerusform>
            <numerusform>…und %n weitere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nocdesk::gmail::GmailClient</name>
    <message>
        <source>Gmail answered %1 with something that is not a JSON object (%2).</source>
        <translation>Gmail hat auf %1 mit etwas geantwortet, das kein JSON-Objekt ist (%2).</translation>
    </message>
    <message>
        <source>Gmail does not accept the sign-in of %1 (%2): sign in again.</source>
        <translation>Gmail akzeptiert die Anmeldung von %1 nicht (%2): Bitte erneut anmelden.</translation>
    </message>
    <message>
        <source>Gmail refused %1 for %2: %3</source>
        <translation>Gmail hat %1 für %2 verweigert: %3</translation>
    </message>
    <message>
        <source>Gmail answered %1 to %2 %3 times in a row (%4): try again later.</source>
        <translation>Gmail hat auf %2 %3-mal hintereinander mit %1 geantwortet (%4): Bitte später erneut versuchen.</translation>
    </message>
    <message>
        <source>Gmail answered %1 to %2: %3</source>
        <translation>Gmail hat auf %2 mit %1 geantwortet: %3</translation>
    </message>
    <message>
        <source>The sign-in opens the mailbox %1, not %2 as configured.</source>
        <translation>Die Anmeldung öffnet das Postfach %1, nicht wie eingestellt %2.</translation>
    </message>
    <message>
        <source>"%1" is not an outcome; the outcomes are %2.</source>
        <translation>„%1“ ist kein Ergebnis; die Ergebnisse sind %2.</translation>
    </message>
    <message>
        <source>The label for "%1" is given by its name "%2"; Gmail needs its id, %3.</source>
        <translation>Das Label für „%1“ ist mit seinem Namen „%2“ angegeben; Gmail braucht seine ID, %3.</translation>
    </message>
    <message>
        <source>The label %1 for "%2" does not exist in %3.</source>
        <translation>Das Label %1 für „%2“ gibt es in %3 nicht.</translation>
    </message>
    <message>
        <source>Signed in to %1: %2 messages, %3 labels.</source>
        <translation>Angemeldet bei %1: %2 Nachrichten, %3 Labels.</translation>
    </message>
    <message>
        <source>Gmail returned the same page twice while listing messages.</source>
        <translation>Gmail hat beim Auflisten der Nachrichten dieselbe Seite zweimal geliefert.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Gmail sent message %1 without a readable raw body.</source>
        <translation>Gmail hat die Nachricht %1 ohne lesbaren Rohinhalt geliefert.</translation>
    </message>
</context>
<context>
    <name>nocdesk::gmail::GmailTokenStore</name>
    <message>
        <source>The keyring holding the Gmail sign-in could not be used: %1. Unlock the keyring and try again.</source>
        <translation>Der Schlüsselbund mit der Gmail-Anmeldung ließ sich nicht verwenden: %1. Bitte den Schlüsselbund entsperren und erneut versuchen.</translation>
    </message>
</context>
<context>
    <name>nocdesk::gmail::GmailTransport</name>
    <message>
        <source>The TLS connection to %1 failed: %2.</source>
        <translation>Die TLS-Verbindung zu %1 ist fehlgeschlagen: %2.</translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted (%2). It names "%3", SHA-256 fingerprint %4. Something between this computer and Google may be intercepting the connection: ask the network team before trusting it.</source>
        <translation>Dem Zertifikat von %1 wird nicht vertraut (%2). Es lautet auf „%3“, SHA-256-Fingerabdruck %4. Möglicherweise fängt etwas zwischen diesem Rechner und Google die Verbindung ab: Bitte das Netzwerkteam fragen, bevor Sie ihm vertrauen.</translation>
    </message>
    <message>
        <source>The name %1 could not be resolved: check the DNS and the network connection.</source>
        <translation>Der Name %1 konnte nicht aufgelöst werden: Bitte DNS und Netzwerkverbindung prüfen.</translation>
    </message>
    <message>
        <source>%1 refused the connection on port %2: check the address, a proxy or a firewall.</source>
        <translation>%1 hat die Verbindung auf Port %2 abgelehnt: Bitte Adresse, Proxy oder Firewall prüfen.</translation>
    </message>
    <message>
        <source>The connection to %1 timed out.</source>
        <translation>Die Verbindung zu %1 hat das Zeitlimit überschritten.</translation>
    </message>
    <message>
        <source>The connection to %1 failed: %2.</source>
        <translation>Die Verbindung zu %1 ist fehlgeschlagen: %2.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s: check the network connection and any proxy.</source>
        <translation>%1 hat nicht innerhalb von %2 s geantwortet: Bitte Netzwerkverbindung und Proxy prüfen.</translation>
    </message>
</context>
<context>
    <name>nocdesk::gmail::GoogleAuthorizer</name>
    <message>
        <source>NocDesk is not signed in to the Gmail account %1 yet: sign in from the source's settings.</source>
        <translation>NocDesk ist noch nicht beim Gmail-Konto %1 angemeldet: Bitte in den Einstellungen der Quelle anmelden.</translation>
    </message>
    <message>
        <source>The credentials file now holds another OAuth client than the one %1 signed in with: sign in again.</source>
        <translation>Die Zugangsdatei enthält jetzt einen anderen OAuth-Client als den, mit dem sich %1 angemeldet hat: Bitte erneut anmelden.</translation>
    </message>
    <message>
        <source>The sign-in of %1 does not allow everything the source now needs (%2); labelling messages needs gmail.modify. Sign in again.</source>
        <translation>Die Anmeldung von %1 erlaubt nicht alles, was die Quelle jetzt braucht (%2); das Setzen von Labels braucht gmail.modify. Bitte erneut anmelden.</translation>
    </message>
    <message>
        <source>Google's token endpoint answered without an access token.</source>
        <translation>Der Token-Endpunkt von Google hat ohne Zugriffstoken geantwortet.</translation>
    </message>
    <message>
        <source>Google refused the service account's token request (%1). Check that its key is still active and that the Workspace admin delegated the scopes %2 to it for %3.</source>
        <translation>Google hat die Token-Anfrage des Dienstkontos abgelehnt (%1). Bitte prüfen, ob sein Schlüssel noch aktiv ist und ob der Workspace-Administrator ihm die Bereiche %2 für %3 delegiert hat.</translation>
    </message>
    <message>
        <source>Google did not accept the sign-in of %1 (Google: %2): sign in again.</source>
        <translation>Google hat die Anmeldung von %1 nicht angenommen (Google: %2): Bitte erneut anmelden.</translation>
    </message>
    <message>
        <source>The Gmail sign-in of %1 has expired or was revoked (Google: %2): sign in again.</source>
        <translation>Die Gmail-Anmeldung von %1 ist abgelaufen oder wurde widerrufen (Google: %2): Bitte erneut anmelden.</translation>
    </message>
    <message>
        <source>Google does not accept the OAuth client in the credentials file (%1): download it again from the Google Cloud console.</source>
        <translation>Google akzeptiert den OAuth-Client in der Zugangsdatei nicht (%1): Bitte die Datei erneut aus der Google Cloud Console herunterladen.</translation>
    </message>
    <message>
        <source>Google's token endpoint answered %1: %2</source>
        <translation>Der Token-Endpunkt von Google hat mit %1 geantwortet: %2</translation>
    </message>
    <message>
        <source>The OAuth client in the credentials file is a web client without a redirect URI like http://127.0.0.1:PORT/: create a "Desktop app" client instead.</source>
        <translation>Der OAuth-Client in der Zugangsdatei ist ein Web-Client ohne Weiterleitungs-URI wie http://127.0.0.1:PORT/: Bitte stattdessen einen Client vom Typ „Desktop-App“ anlegen.</translation>
    </message>
    <message>
        <source>NocDesk cannot receive the browser's answer: port %1 on 127.0.0.1 is not available.</source>
        <translation>NocDesk kann die Antwort des Browsers nicht empfangen: Port %1 auf 127.0.0.1 ist nicht verfügbar.</translation>
    </message>
    <message>
        <source>NocDesk is signed in to Gmail. You can close this page.</source>
        <translation>NocDesk ist bei Gmail angemeldet. Sie können diese Seite schließen.</translation>
    </message>
    <message>
        <source>Google did not grant access (%1): sign in again and allow NocDesk to read the mailbox.</source>
        <translation>Google hat den Zugriff nicht gewährt (%1): Bitte erneut anmelden und NocDesk das Lesen des Postfachs erlauben.</translation>
    </message>
    <message>
        <source>Google's token endpoint could not be reached: %1.</source>
        <translation>Der Token-Endpunkt von Google war nicht erreichbar: %1.</translation>
    </message>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation>Die Anmeldung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>No answer came from the browser within %1 minutes: sign in again.</source>
        <translation>Innerhalb von %1 Minuten kam keine Antwort vom Browser: Bitte erneut anmelden.</translation>
    </message>
    <message>
        <source>Google granted access but sent no refresh token, so NocDesk could not fetch again later. Remove NocDesk's access in the Google account and sign in again.</source>
        <translation>Google hat den Zugriff gewährt, aber kein Aktualisierungstoken gesendet, sodass NocDesk später nicht erneut abrufen könnte. Bitte den Zugriff von NocDesk im Google-Konto entfernen und erneut anmelden.</translation>
    </message>
</context>
<context>
    <name>nocdesk::gmail::GoogleCredentials</name>
    <message>
        <source>%1 is not a Google credentials file: %2. Download the OAuth client (Desktop app) or a service account key from the Google Cloud console.</source>
        <translation>%1 ist keine Google-Zugangsdatei: %2. Bitte den OAuth-Client (Desktop-App) oder einen Dienstkonto-Schlüssel aus der Google Cloud Console herunterladen.</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>kein JSON-Objekt</translation>
    </message>
    <message>
        <source>the service account has no client_email or private_key</source>
        <translation>dem Dienstkonto fehlt client_email oder private_key</translation>
    </message>
    <message>
        <source>neither an "installed" nor a "web" OAuth client, nor a service account</source>
        <translation>weder ein OAuth-Client vom Typ „installed“ oder „web“ noch ein Dienstkonto</translation>
    </message>
    <message>
        <source>the OAuth client has no client_id</source>
        <translation>dem OAuth-Client fehlt die client_id</translation>
    </message>
    <message>
        <source>No credentials file is set: give the OAuth client or service account JSON file from the Google Cloud console.</source>
        <translation>Es ist keine Zugangsdatei eingestellt: Bitte die JSON-Datei des OAuth-Clients oder Dienstkontos aus der Google Cloud Console angeben.</translation>
    </message>
    <message>
        <source>The credentials file %1 cannot be read: %2.</source>
        <translation>Die Zugangsdatei %1 kann nicht gelesen werden: %2.</translation>
    </message>
</context>
<context>
    <name>nocdesk::gmail::ServiceAccountJwt</name>
    <message>
        <source>unknown OpenSSL error</source>
        <translation>unbekannter OpenSSL-Fehler</translation>
    </message>
    <message>
        <source>The private key of the service account %1 cannot be used: %2.</source>
        <translation>Der private Schlüssel des Dienstkontos %1 ist nicht verwendbar: %2.</translation>
    </message>
    <message>
        <source>not an RSA key</source>
        <translation>kein RSA-Schlüssel</translation>
    </message>
</context>
<context>
    <name>nocdesk::mail::ImapClient</name>
    <message>
        <source>implicit TLS</source>
        <translation>implizites TLS</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>no encryption</source>
        <translation>keine Verschlüsselung</translation>
    </message>
    <message>
        <source>No IMAP server is set.</source>
        <translation>Es ist kein IMAP-Server eingetragen.</translation>
    </message>
    <message numerus="yes">
        <source>Connected to %1 as %2 (%3). Folder "%4" holds %n message(s).</source>
        <translation>
            <numerusform>Verbunden mit %1 als %2 (%3). Der Ordner „%4“ enthält %n Nachricht.</numerusform>
            <numerusform>Verbunden mit %1 als %2 (%3). Der Ordner „%4“ enthält %n Nachrichten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled before connecting.</source>
        <translation>Vor dem Verbindungsaufbau abgebrochen.</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after %n message(s).</source>
        <translation>
            <numerusform>Nach %n Nachricht abgebrochen.</numerusform>
            <numerusform>Nach %n Nachrichten abgebrochen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %n message(s): the next batch was not taken in and will be offered again.</source>
        <translation>
            <numerusform>Nach %n Nachricht angehalten: Der nächste Stapel wurde nicht übernommen und wird erneut angeboten.</numerusform>
            <numerusform>Nach %n Nachrichten angehalten: Der nächste Stapel wurde nicht übernommen und wird erneut angeboten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fetched %n new message(s) from folder "%1" at %2.</source>
        <translation>
            <numerusform>%n neue Nachricht aus dem Ordner „%1“ auf %2 abgerufen.</numerusform>
            <numerusform>%n neue Nachrichten aus dem Ordner „%1“ auf %2 abgerufen.</numerusform>
        </translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>beim Verbindungsaufbau</translation>
    </message>
    <message>
        <source>setting up TLS</source>
        <translation>bei der TLS-Aushandlung</translation>
    </message>
    <message>
        <source>waiting for the server's greeting</source>
        <translation>beim Warten auf die Begrüßung des Servers</translation>
    </message>
    <message>
        <source>logging in</source>
        <translation>bei der Anmeldung</translation>
    </message>
    <message>
        <source>opening folder "%1"</source>
        <translation>beim Öffnen des Ordners „%1“</translation>
    </message>
    <message>
        <source>listing new messages</source>
        <translation>beim Auflisten neuer Nachrichten</translation>
    </message>
    <message>
        <source>fetching messages</source>
        <translation>beim Abrufen von Nachrichten</translation>
    </message>
    <message>
        <source>logging out</source>
        <translation>bei der Abmeldung</translation>
    </message>
    <message>
        <source>The connection to %1 is not encrypted although the source asks for TLS.</source>
        <translation>Die Verbindung zu %1 ist nicht verschlüsselt, obwohl die Quelle TLS verlangt.</translation>
    </message>
    <message>
        <source>%1 closed the connection while %2: %3</source>
        <translation>%1 hat die Verbindung %2 geschlossen: %3</translation>
    </message>
    <message>
        <source>%1 did not open folder "%2": %3</source>
        <translation>%1 hat den Ordner „%2“ nicht geöffnet: %3</translation>
    </message>
    <message>
        <source>There is no folder "%1" for account %2 at %3. Folders there: %4.</source>
        <translation>Für das Konto %2 auf %3 gibt es keinen Ordner „%1“. Vorhandene Ordner: %4.</translation>
    </message>
    <message>
        <source>%1 could not list the messages of folder "%2": %3</source>
        <translation>%1 konnte die Nachrichten des Ordners „%2“ nicht auflisten: %3</translation>
    </message>
    <message>
        <source>%1 could not deliver messages of folder "%2": %3</source>
        <translation>%1 konnte Nachrichten des Ordners „%2“ nicht liefern: %3</translation>
    </message>
    <message numerus="yes">
        <source>No connection to %1 within %n second(s): the host does not answer (a firewall may drop the connection).</source>
        <translation>
            <numerusform>Keine Verbindung zu %1 innerhalb von %n Sekunde: Der Host antwortet nicht (vielleicht verwirft eine Firewall die Verbindung).</numerusform>
            <numerusform>Keine Verbindung zu %1 innerhalb von %n Sekunden: Der Host antwortet nicht (vielleicht verwirft eine Firewall die Verbindung).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The TLS handshake with %1 did not finish within %n second(s).</source>
        <translation>
            <numerusform>Die TLS-Aushandlung mit %1 wurde nicht innerhalb von %n Sekunde abgeschlossen.</numerusform>
            <numerusform>Die TLS-Aushandlung mit %1 wurde nicht innerhalb von %n Sekunden abgeschlossen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 accepted the connection but did not answer within %n second(s). If that port expects implicit TLS (usually 993), choose implicit TLS.</source>
        <translation>
            <numerusform>%1 hat die Verbindung angenommen, aber nicht innerhalb von %n Sekunde geantwortet. Erwartet dieser Port implizites TLS (meist 993), wählen Sie implizites TLS.</numerusform>
            <numerusform>%1 hat die Verbindung angenommen, aber nicht innerhalb von %n Sekunden geantwortet. Erwartet dieser Port implizites TLS (meist 993), wählen Sie implizites TLS.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The login at %1 got no answer within %n second(s).</source>
        <translation>
            <numerusform>Die Anmeldung bei %1 blieb %n Sekunde lang ohne Antwort.</numerusform>
            <numerusform>Die Anmeldung bei %1 blieb %n Sekunden lang ohne Antwort.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 stopped answering while %2 (nothing for %n second(s)).</source>
        <translation>
            <numerusform>%1 antwortet %2 nicht mehr (seit %n Sekunde nichts).</numerusform>
            <numerusform>%1 antwortet %2 nicht mehr (seit %n Sekunden nichts).</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled while %1.</source>
        <translation>Abgebrochen %1.</translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted: %2. Certificate subject: %3; SHA-256 fingerprint: %4.</source>
        <translation>Dem Zertifikat von %1 wird nicht vertraut: %2. Inhaber des Zertifikats: %3; SHA-256-Fingerabdruck: %4.</translation>
    </message>
    <message>
        <source>%1 offers no login method NocDesk can use (such as AUTH=PLAIN); the password was not sent.</source>
        <translation>%1 bietet kein Anmeldeverfahren an, das NocDesk verwenden kann (etwa AUTH=PLAIN); das Passwort wurde nicht gesendet.</translation>
    </message>
    <message>
        <source>%1 rejected the login of account "%2"; check the account name and the password.</source>
        <translation>%1 hat die Anmeldung des Kontos „%2“ abgelehnt; prüfen Sie Kontoname und Passwort.</translation>
    </message>
    <message>
        <source>The server said: %1</source>
        <translation>Antwort des Servers: %1</translation>
    </message>
    <message>
        <source>%1 does not offer STARTTLS, and the password is never sent unencrypted. Choose implicit TLS (usually port 993) if the server has it.</source>
        <translation>%1 bietet kein STARTTLS an, und das Passwort wird nie unverschlüsselt gesendet. Wählen Sie implizites TLS (meist Port 993), wenn der Server es anbietet.</translation>
    </message>
    <message>
        <source>%1 answered unexpectedly while %2: %3</source>
        <translation>%1 hat %2 unerwartet geantwortet: %3</translation>
    </message>
    <message>
        <source>The host name %1 could not be resolved (%2). Check the spelling and the DNS.</source>
        <translation>Der Hostname %1 konnte nicht aufgelöst werden (%2). Prüfen Sie die Schreibweise und das DNS.</translation>
    </message>
    <message>
        <source>%1 refused the connection: nothing listens on that port. Check the host and port.</source>
        <translation>%1 hat die Verbindung abgelehnt: Auf diesem Port lauscht nichts. Prüfen Sie Host und Port.</translation>
    </message>
    <message>
        <source>%1 cannot be reached: %2</source>
        <translation>%1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>Connecting to %1 failed: %2</source>
        <translation>Die Verbindung zu %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>The TLS handshake with %1 failed: %2. Check the port and the TLS mode (implicit TLS is usually port 993, STARTTLS port 143).</source>
        <translation>Die TLS-Aushandlung mit %1 ist fehlgeschlagen: %2. Prüfen Sie Port und TLS-Modus (implizites TLS meist Port 993, STARTTLS Port 143).</translation>
    </message>
    <message>
        <source>The connection to %1 was lost while %2: %3</source>
        <translation>Die Verbindung zu %1 ist %2 abgebrochen: %3</translation>
    </message>
    <message>
        <source>Unexpected failure while %1 at %2.</source>
        <translation>Unerwarteter Fehler %1 (%2).</translation>
    </message>
    <message>
        <source>The CA file %1 cannot be read (%2), so the server cannot be verified.</source>
        <translation>Die CA-Datei %1 kann nicht gelesen werden (%2), daher lässt sich der Server nicht prüfen.</translation>
    </message>
    <message>
        <source>The CA file %1 holds no certificate (PEM expected), so the server cannot be verified.</source>
        <translation>Die CA-Datei %1 enthält kein Zertifikat (PEM erwartet), daher lässt sich der Server nicht prüfen.</translation>
    </message>
    <message>
        <source>it is not signed by a trusted certificate authority (for a private or self-signed CA, give its certificate as the CA file)</source>
        <translation>es ist nicht von einer vertrauenswürdigen Zertifizierungsstelle signiert (für eine private oder selbstsignierte CA deren Zertifikat als CA-Datei angeben)</translation>
    </message>
    <message>
        <source>it was issued for another name than %1</source>
        <translation>es wurde für einen anderen Namen als %1 ausgestellt</translation>
    </message>
    <message>
        <source>it has expired</source>
        <translation>es ist abgelaufen</translation>
    </message>
    <message>
        <source>it is not valid yet</source>
        <translation>es ist noch nicht gültig</translation>
    </message>
    <message>
        <source>its type is not supported</source>
        <translation>sein Typ wird nicht unterstützt</translation>
    </message>
</context>
<context>
    <name>nocdesk::metrics::CircuitLabels</name>
    <message>
        <source>"%1" is not LABEL=ATTRIBUTE with a valid Prometheus label name.</source>
        <translation>„%1“ ist nicht LABEL=ATTRIBUT mit einem gültigen Prometheus-Labelnamen.</translation>
    </message>
    <message>
        <source>Unknown circuit attribute "%1"; one of %2.</source>
        <translation>Unbekanntes Leitungsattribut „%1“; eines von %2.</translation>
    </message>
    <message>
        <source>The label "%1" is given twice.</source>
        <translation>Das Label „%1“ ist doppelt angegeben.</translation>
    </message>
    <message>
        <source>Give at least one label, e.g. %1.</source>
        <translation>Geben Sie mindestens ein Label an, z. B. %1.</translation>
    </message>
</context>
<context>
    <name>nocdesk::metrics::MetricsServer</name>
    <message>
        <source>Cannot listen on %1 port %2 for /metrics: the address is not on this machine or the port is taken.</source>
        <translation>Auf %1 Port %2 kann /metrics nicht bereitgestellt werden: Die Adresse gehört nicht zu diesem Rechner oder der Port ist belegt.</translation>
    </message>
</context>
<context>
    <name>nocdesk::parsing::ICalParser</name>
    <message>
        <source>unknown X-MAINTNOTE-STATUS "%1"</source>
        <translation>unbekannter X-MAINTNOTE-STATUS „%1“</translation>
    </message>
    <message>
        <source>unknown X-MAINTNOTE-IMPACT "%1"</source>
        <translation>unbekannter X-MAINTNOTE-IMPACT „%1“</translation>
    </message>
    <message>
        <source>unknown X-MAINTNOTE-OBJECT-IMPACT "%1"</source>
        <translation>unbekannter X-MAINTNOTE-OBJECT-IMPACT „%1“</translation>
    </message>
    <message>
        <source>the event has no valid DTSTART</source>
        <translation>das Ereignis hat kein gültiges DTSTART</translation>
    </message>
    <message>
        <source>the event has no valid DTEND</source>
        <translation>das Ereignis hat kein gültiges DTEND</translation>
    </message>
    <message>
        <source>the event has no valid DTSTAMP</source>
        <translation>das Ereignis hat kein gültiges DTSTAMP</translation>
    </message>
    <message>
        <source>not an iCalendar object</source>
        <translation>kein iCalendar-Objekt</translation>
    </message>
    <message>
        <source>the calendar has no VEVENT</source>
        <translation>der Kalender enthält kein VEVENT</translation>
    </message>
    <message>
        <source>the Date header cannot be read</source>
        <translation>der Date-Header ist nicht lesbar</translation>
    </message>
</context>
<context>
    <name>nocdesk::parsing::Maintenance</name>
    <message>
        <source>the account is missing</source>
        <translation>das Kundenkonto fehlt</translation>
    </message>
    <message>
        <source>the maintenance id is missing</source>
        <translation>die Wartungs-ID fehlt</translation>
    </message>
    <message>
        <source>the provider is missing</source>
        <translation>der Provider fehlt</translation>
    </message>
    <message>
        <source>the uid is missing</source>
        <translation>die UID fehlt</translation>
    </message>
    <message>
        <source>the end time is not after the start time</source>
        <translation>das Ende liegt nicht nach dem Beginn</translation>
    </message>
    <message>
        <source>no circuit is affected, but the status is neither CANCELLED nor COMPLETED</source>
        <translation>keine Leitung betroffen, aber der Status ist weder CANCELLED noch COMPLETED</translation>
    </message>
    <message>
        <source>a circuit id is empty</source>
        <translation>eine Leitungs-ID ist leer</translation>
    </message>
</context>
<context>
    <name>nocdesk::parsing::NoticeParser</name>
    <message>
        <source>the notification has no sender to pick a provider from</source>
        <translation>die Benachrichtigung hat keinen Absender, nach dem ein Provider gewählt werden könnte</translation>
    </message>
    <message>
        <source>no provider is known for the sender %1</source>
        <translation>für den Absender %1 ist kein Provider bekannt</translation>
    </message>
    <message>
        <source>unknown provider "%1"</source>
        <translation>unbekannter Provider „%1“</translation>
    </message>
</context>
<context>
    <name>nocdesk::parsing::ParseCommand</name>
    <message>
        <source>nocdesk-cli parse --provider ID INPUT... (INPUT is PATH or TYPE=PATH)</source>
        <translation>nocdesk-cli parse --provider ID EINGABE... (EINGABE ist PFAD oder TYP=PFAD)</translation>
    </message>
    <message>
        <source>--provider needs a provider id</source>
        <translation>--provider braucht eine Provider-ID</translation>
    </message>
    <message>
        <source>no provider given</source>
        <translation>kein Provider angegeben</translation>
    </message>
    <message>
        <source>no input given</source>
        <translation>keine Eingabe angegeben</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 ist nicht lesbar: %2</translation>
    </message>
</context>
<context>
    <name>nocdesk::parsing::Provider</name>
    <message>
        <source>the part could not be read</source>
        <translation>der Teil konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>no data was extracted</source>
        <translation>es wurden keine Daten gefunden</translation>
    </message>
    <message>
        <source>none of its parsers reads any part of this notification</source>
        <translation>keiner seiner Parser liest einen Teil dieser Benachrichtigung</translation>
    </message>
    <message>
        <source>no maintenance was found</source>
        <translation>keine Wartung gefunden</translation>
    </message>
    <message>
        <source>the start time is missing</source>
        <translation>der Beginn fehlt</translation>
    </message>
    <message>
        <source>the end time is missing</source>
        <translation>das Ende fehlt</translation>
    </message>
    <message>
        <source>the notification time stamp is missing</source>
        <translation>der Zeitstempel der Benachrichtigung fehlt</translation>
    </message>
    <message>
        <source>invalid maintenance: %1</source>
        <translation>ungültige Wartung: %1</translation>
    </message>
    <message>
        <source>no processor of provider %1 could parse the notification</source>
        <translation>kein Prozessor des Providers %1 konnte die Benachrichtigung lesen</translation>
    </message>
</context>
<context>
    <name>nocdesk::parsing::ProviderParsers</name>
    <message>
        <source>no "Reference Internal Ticket" with Start/End Time found</source>
        <translation>kein „Reference Internal Ticket“ mit Start/End Time gefunden</translation>
    </message>
    <message>
        <source>no "Ticket Number" with scheduled start and end found</source>
        <translation>keine „Ticket Number“ mit geplantem Beginn und Ende gefunden</translation>
    </message>
    <message>
        <source>no "Event ID:" found</source>
        <translation>keine „Event ID:“ gefunden</translation>
    </message>
    <message>
        <source>not an xlsx workbook</source>
        <translation>keine xlsx-Arbeitsmappe</translation>
    </message>
    <message>
        <source>the workbook has no circuit column</source>
        <translation>die Arbeitsmappe hat keine Leitungsspalte</translation>
    </message>
    <message>
        <source>no "from &lt;start&gt; to &lt;end&gt;" window found</source>
        <translation>kein Zeitfenster „from &lt;Beginn&gt; to &lt;Ende&gt;“ gefunden</translation>
    </message>
    <message>
        <source>no "Maintenance ID" found</source>
        <translation>keine „Maintenance ID“ gefunden</translation>
    </message>
    <message>
        <source>no "Timeslot start time" found</source>
        <translation>keine „Timeslot start time“ gefunden</translation>
    </message>
    <message>
        <source>no "Work order number" with start and end times found</source>
        <translation>keine „Work order number“ mit Beginn und Ende gefunden</translation>
    </message>
    <message>
        <source>no time zone is known for "%1"</source>
        <translation>für „%1“ ist keine Zeitzone bekannt</translation>
    </message>
    <message>
        <source>empty CSV</source>
        <translation>leere CSV-Datei</translation>
    </message>
    <message>
        <source>the CSV has no "Circuit ID" column</source>
        <translation>die CSV-Datei hat keine Spalte „Circuit ID“</translation>
    </message>
    <message>
        <source>the subject is not "&lt;title&gt;: &lt;CRQ&gt; &lt;start&gt; - &lt;end&gt; - &lt;state&gt;"</source>
        <translation>der Betreff hat nicht die Form „&lt;Titel&gt;: &lt;CRQ&gt; &lt;Beginn&gt; - &lt;Ende&gt; - &lt;Zustand&gt;“</translation>
    </message>
    <message>
        <source>the subject is not "&lt;state&gt; &lt;summary&gt; - &lt;CRQ&gt; [&lt;start&gt; - &lt;end&gt;]"</source>
        <translation>der Betreff hat nicht die Form „&lt;Zustand&gt; &lt;Zusammenfassung&gt; - &lt;CRQ&gt; [&lt;Beginn&gt; - &lt;Ende&gt;]“</translation>
    </message>
    <message>
        <source>no "Ticket Number:" found</source>
        <translation>keine „Ticket Number:“ gefunden</translation>
    </message>
    <message>
        <source>no GMT row in the schedule table</source>
        <translation>keine GMT-Zeile in der Zeitplantabelle</translation>
    </message>
    <message>
        <source>no "UTC:" window with a "DATE:" year found</source>
        <translation>kein „UTC:“-Zeitfenster mit einem Jahr aus „DATE:“ gefunden</translation>
    </message>
    <message>
        <source>no "Service ID" / "Impact" table found</source>
        <translation>keine Tabelle „Service ID“ / „Impact“ gefunden</translation>
    </message>
    <message>
        <source>the subject is not "&lt;ticket&gt; | &lt;urgency&gt; | ... | &lt;summary&gt; | &lt;window&gt;"</source>
        <translation>der Betreff hat nicht die Form „&lt;Ticket&gt; | &lt;Dringlichkeit&gt; | ... | &lt;Zusammenfassung&gt; | &lt;Zeitfenster&gt;“</translation>
    </message>
    <message>
        <source>the subject gives no "&lt;start&gt; - &lt;end&gt;" window</source>
        <translation>der Betreff nennt kein Zeitfenster „&lt;Beginn&gt; - &lt;Ende&gt;“</translation>
    </message>
    <message>
        <source>no "Reference" with start and end times found</source>
        <translation>keine „Reference“ mit Beginn und Ende gefunden</translation>
    </message>
    <message>
        <source>no "Work Notification: &lt;ticket&gt; - &lt;state&gt;" heading found</source>
        <translation>keine Überschrift „Work Notification: &lt;Ticket&gt; - &lt;Zustand&gt;“ gefunden</translation>
    </message>
    <message>
        <source>no "Services Affected" table found</source>
        <translation>keine Tabelle „Services Affected“ gefunden</translation>
    </message>
    <message>
        <source>no maintenance window start and end found</source>
        <translation>kein Beginn und Ende des Wartungsfensters gefunden</translation>
    </message>
    <message>
        <source>the subject ends with no ticket</source>
        <translation>der Betreff endet nicht mit einem Ticket</translation>
    </message>
    <message>
        <source>no "Scheduled Maintenance Window #:" found</source>
        <translation>kein „Scheduled Maintenance Window #:“ gefunden</translation>
    </message>
    <message>
        <source>no Start/End table found</source>
        <translation>keine Start/End-Tabelle gefunden</translation>
    </message>
    <message>
        <source>no table of impacted circuits found</source>
        <translation>keine Tabelle betroffener Leitungen gefunden</translation>
    </message>
    <message>
        <source>no "Planned maintenance (&lt;id&gt;)" with start and end found</source>
        <translation>kein „Planned maintenance (&lt;ID&gt;)“ mit Beginn und Ende gefunden</translation>
    </message>
    <message>
        <source>no maintenance start and finish found</source>
        <translation>kein Beginn und Ende der Wartung gefunden</translation>
    </message>
    <message>
        <source>no "will be performing scheduled maintenance ... at &lt;time&gt;" found</source>
        <translation>kein „will be performing scheduled maintenance ... at &lt;Zeit&gt;“ gefunden</translation>
    </message>
    <message>
        <source>no "Date Time : &lt;start&gt; to &lt;end&gt;" found</source>
        <translation>kein „Date Time : &lt;Beginn&gt; to &lt;Ende&gt;“ gefunden</translation>
    </message>
    <message>
        <source>the subject is not "&lt;state&gt; - &lt;title&gt; - &lt;ticket&gt;"</source>
        <translation>der Betreff hat nicht die Form „&lt;Zustand&gt; - &lt;Titel&gt; - &lt;Ticket&gt;“</translation>
    </message>
    <message>
        <source>start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>end</source>
        <translation>End</translation>
    </message>
    <message>
        <source>notice</source>
        <translation>Benachrichtigungs</translation>
    </message>
    <message>
        <source>extended end</source>
        <translation>verlängerte End</translation>
    </message>
    <message>
        <source>cannot read the %1 time from "%2"</source>
        <translation>die %1zeit ist aus „%2“ nicht lesbar</translation>
    </message>
    <message>
        <source>no "Seaborn Ticket number" with start and finish found</source>
        <translation>keine „Seaborn Ticket number“ mit Beginn und Ende gefunden</translation>
    </message>
    <message>
        <source>no "Sparkle Ticket Number" with matching start and end times found</source>
        <translation>keine „Sparkle Ticket Number“ mit passenden Beginn- und Endzeiten gefunden</translation>
    </message>
    <message>
        <source>no "Ticket Reference - TCL" with an "Activity Window (GMT)" found</source>
        <translation>keine „Ticket Reference - TCL“ mit einem „Activity Window (GMT)“ gefunden</translation>
    </message>
    <message>
        <source>the subject is not a "TCL TT:" notice</source>
        <translation>der Betreff ist keine „TCL TT:“-Benachrichtigung</translation>
    </message>
    <message>
        <source>no "Maintenance Window:" found</source>
        <translation>kein „Maintenance Window:“ gefunden</translation>
    </message>
    <message>
        <source>no "Maintenance Number" with start and end times found</source>
        <translation>keine „Maintenance Number“ mit Beginn und Ende gefunden</translation>
    </message>
    <message>
        <source>no "Maintenance Date/Time (GMT):" window found</source>
        <translation>kein Zeitfenster „Maintenance Date/Time (GMT):“ gefunden</translation>
    </message>
    <message>
        <source>no "Circuits Affected" table found</source>
        <translation>keine Tabelle „Circuits Affected“ gefunden</translation>
    </message>
    <message>
        <source>no "WMT:" with event start and end found</source>
        <translation>kein „WMT:“ mit Beginn und Ende gefunden</translation>
    </message>
    <message>
        <source>no circuit table ("Name", "Circuit ID") found</source>
        <translation>keine Leitungstabelle („Name“, „Circuit ID“) gefunden</translation>
    </message>
    <message>
        <source>no maintenance window ("Activity Date" with a GMT time) found</source>
        <translation>kein Wartungsfenster („Activity Date“ mit GMT-Zeit) gefunden</translation>
    </message>
</context>
<context>
    <name>nocdesk::syslog</name>
    <message>
        <source>Usage: nocdesk-cli parse-syslog [--rules DIR] [FILE...]
Parses syslog lines (from FILEs, or standard input) and prints one JSON object per line
with host, os, tag, kind, facility, severity, date, time, timestamp, message, values.
  --rules DIR   also load the rule files (*.json) in DIR; they take precedence.
</source>
        <translation>Aufruf: nocdesk-cli parse-syslog [--rules ORDNER] [DATEI...]
Wertet Syslog-Zeilen aus (aus DATEIen oder der Standardeingabe) und gibt je Zeile ein JSON-Objekt aus
mit host, os, tag, kind, facility, severity, date, time, timestamp, message, values.
  --rules ORDNER   zusätzlich die Regeldateien (*.json) in ORDNER laden; sie haben Vorrang.
</translation>
    </message>
    <message>
        <source>%1:%2: not parsed: %3</source>
        <translation>%1:%2: nicht ausgewertet: %3</translation>
    </message>
    <message>
        <source>parse-syslog: --rules needs a folder.</source>
        <translation>parse-syslog: --rules braucht einen Ordner.</translation>
    </message>
    <message>
        <source>parse-syslog: unknown option %1.</source>
        <translation>parse-syslog: unbekannte Option %1.</translation>
    </message>
    <message>
        <source>parse-syslog: %1</source>
        <translation>parse-syslog: %1</translation>
    </message>
    <message>
        <source>parse-syslog: cannot read %1: %2</source>
        <translation>parse-syslog: %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>&lt;stdin&gt;</source>
        <translation>&lt;stdin&gt;</translation>
    </message>
</context>
<context>
    <name>nocdesk::syslog::SyslogParser</name>
    <message>
        <source>The line is longer than %1 bytes; it was cut there and not parsed.</source>
        <translation>Die Zeile ist länger als %1 Byte; sie wurde dort abgeschnitten und nicht ausgewertet.</translation>
    </message>
    <message>
        <source>The line is not valid UTF-8.</source>
        <translation>Die Zeile ist kein gültiges UTF-8.</translation>
    </message>
    <message>
        <source>The line is empty.</source>
        <translation>Die Zeile ist leer.</translation>
    </message>
    <message>
        <source>The line contains control characters; it is not a syslog message.</source>
        <translation>Die Zeile enthält Steuerzeichen; sie ist keine Syslog-Meldung.</translation>
    </message>
    <message>
        <source>The line starts with '&lt;' but has no valid priority (0-191).</source>
        <translation>Die Zeile beginnt mit '&lt;', hat aber keine gültige Priorität (0–191).</translation>
    </message>
    <message>
        <source>No syslog header and no known vendor format was found.</source>
        <translation>Weder ein Syslog-Kopf noch ein bekanntes Herstellerformat wurde gefunden.</translation>
    </message>
</context>
<context>
    <name>nocdesk::syslog::SyslogRuleSet</name>
    <message>
        <source>The embedded syslog rules are missing (resource :/nocdesk/syslog-rules).</source>
        <translation>Die eingebauten Syslog-Regeln fehlen (Ressource :/nocdesk/syslog-rules).</translation>
    </message>
    <message>
        <source>Cannot read syslog rule file %1: %2</source>
        <translation>Syslog-Regeldatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Syslog rule folder %1 does not exist.</source>
        <translation>Der Syslog-Regelordner %1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1: not a JSON object (%2 at offset %3)</source>
        <translation>%1: kein JSON-Objekt (%2 an Position %3)</translation>
    </message>
    <message>
        <source>%1: invalid pattern at offset %2: %3</source>
        <translation>%1: ungültiges Muster an Position %2: %3</translation>
    </message>
    <message>
        <source>%1: a rule needs "tags" or a "pattern"</source>
        <translation>%1: eine Regel braucht „tags“ oder ein „pattern“</translation>
    </message>
    <message>
        <source>%1: "detect" needs the file's "os"</source>
        <translation>%1: „detect“ braucht das „os“ der Datei</translation>
    </message>
</context>
</TS>