<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>main</name>
    <message>
        <source>NocDesk operator console</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nocdesk::AlarmTableModel</name>
    <message>
        <source>Raised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forwarded to NSP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not forwarded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nocdesk::AppPaths</name>
    <message>
        <source>Use the database at &lt;path&gt; instead of the one in the user&apos;s data folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a separate demo database filled with sample data.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nocdesk::Cli</name>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema version: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already holds maintenances; the demo data goes into an empty database only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the database file, its schema version and how many rows each table holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill an empty database with the demo data set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NocDesk command line: the console&apos;s engine without its window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command to run (see above).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nocdesk::ConsoleController</name>
    <message>
        <source>Loading the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maintenances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alarms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the store failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Acknowledging %n maintenance(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removing %n acknowledgement(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Acknowledging failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Updating %n alarm(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Updating alarms failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading demo data failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nocdesk::DetailPanel</name>
    <message>
        <source>Select a row to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) selected.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nocdesk::DisplayText</name>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tentative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rescheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reduced redundancy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parsed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parsing failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown circuits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remediated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suppressed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cleared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indeterminate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Major</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nocdesk::EventTableModel</name>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw line</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nocdesk::MainWindow</name>
    <message>
        <source>NocDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database this console works on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maintenances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alarms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledge the selected maintenances (Space toggles)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unacknowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toggle acknowledgement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the selected alarms: nobody needs to look at them any more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About NocDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About NocDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;NocDesk %1&lt;/h3&gt;&lt;p&gt;The operator console for network operations teams: provider maintenances, live events and alarms in one window.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maintenances (%1 to acknowledge)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live Events (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alarms (%1 active)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nocdesk::MaintenanceTableModel</name>
    <message>
        <source>Ack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Circuits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organizer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes, by %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (unknown circuit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Circuit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2%3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nocdesk::NotificationTableModel</name>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maintenances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message-ID</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nocdesk::PaneWidget</name>
    <message>
        <source>Filter: words to find in any column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the columns this pane shows</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nocdesk::SqlQuery</name>
    <message>
        <source>Database error: %1 (in: %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nocdesk::StartupErrors</name>
    <message>
        <source>NocDesk cannot open the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start NocDesk with --database PATH to use another file, or without it to use the database in your data folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nocdesk::Store</name>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a NocDesk database (it is not an SQLite file). Choose another file with --database, or move this one away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged or not a database NocDesk can read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading the database to schema version %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another application, not a NocDesk database. It was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer NocDesk (schema version %2; this version reads up to %3). It was left untouched; update NocDesk to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown provider &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nocdesk::TaskRunner</name>
    <message>
        <source>The task &quot;%1&quot; failed with an unknown error.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nocdesk::TaskStatusWidget</name>
    <message>
        <source>Cancel this task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>(+%n more)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nocdesk::TransactionGuard</name>
    <message>
        <source>Cannot start a transaction: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot commit: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database error: %1 (in: %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nocdesk::parsing</name>
    <message>
        <source>unknown X-MAINTNOTE-STATUS &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown X-MAINTNOTE-IMPACT &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown X-MAINTNOTE-OBJECT-IMPACT &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the event has no valid DTSTART</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the event has no valid DTEND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the event has no valid DTSTAMP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an iCalendar object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the calendar has no VEVENT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Date header cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the notification has no sender to pick a provider from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no provider is known for the sender %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown provider &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nocdesk-cli parse --provider ID INPUT... (INPUT is PATH or TYPE=PATH)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--provider needs a provider id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no provider given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no input given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the part could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no data was extracted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none of its parsers reads any part of this notification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no maintenance was found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid maintenance: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no processor of provider %1 could parse the notification</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nocdesk::parsing::Maintenance</name>
    <message>
        <source>the account is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the maintenance id is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the provider is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the uid is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the start time is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the end time is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the notification time stamp is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the end time is not after the start time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no circuit is affected, but the status is neither CANCELLED nor COMPLETED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a circuit id is empty</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nocdesk::parsing::kit</name>
    <message>
        <source>cannot read the %1 time from &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nocdesk::parsing::providers</name>
    <message>
        <source>no &quot;Work Notification: &lt;ticket&gt; - &lt;state&gt;&quot; heading found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no &quot;Services Affected&quot; table found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no &quot;Maintenance Window:&quot; found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no maintenance window (&quot;Activity Date&quot; with a GMT time) found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the subject names no ZAYO ticket</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2: not parsed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parse-syslog: --rules needs a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parse-syslog: unknown option %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parse-syslog: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parse-syslog: cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;stdin&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nocdesk::syslog::SyslogParser</name>
    <message>
        <source>The line is longer than %1 bytes; it was cut there and not parsed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The line is not valid UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The line is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The line contains control characters; it is not a syslog message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The line starts with &apos;&lt;&apos; but has no valid priority (0-191).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No syslog header and no known vendor format was found.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nocdesk::syslog::SyslogRuleSet</name>
    <message>
        <source>The embedded syslog rules are missing (resource :/nocdesk/syslog-rules).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read syslog rule file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syslog rule folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a JSON object (%2 at offset %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: invalid pattern at offset %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a rule needs &quot;tags&quot; or a &quot;pattern&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;detect&quot; needs the file&apos;s &quot;os&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
