<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AttentionModel</name>
    <message>
        <source>{outcome}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you did</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal&apos;s answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now on the portal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttentionPage</name>
    <message>
        <source>The portal did not apply these actions: the situation changed before they reached it. Check each request as it is now and decide again if needed, then dismiss the entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have seen this; remove it from the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing needs your attention.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContractsModel</name>
    <message>
        <source>Request №</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by the parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Countersigned</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContractsPage</name>
    <message>
        <source>Contracts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find by request number or child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contracts yet. A contract appears here once it is sent to a parent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Failures</name>
    <message>
        <source>This account is not on any kindergarten&apos;s staff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody has signed in on this computer yet: sign in online first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no saved data for the last user on this computer: sign in online first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal cannot be reached: type your password to open the data saved on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have not signed in on this computer with a password yet, so the saved data cannot be opened while the portal is away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in is not possible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A decision on this request is already waiting to be sent to the portal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request is no longer waiting for a decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request has been decided already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please add a comment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request is not in the local data any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your session on the portal has ended. Please sign in again; nothing you did is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal cannot be reached. Your work is kept on this computer and will be sent when the connection returns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal refused the request ({code}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system&apos;s password store cannot be used, so the program cannot keep your sign-in safely. Unlock it (or ask your administrator) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved data on this computer cannot be opened with its key. Sign in online to download it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved data on this computer is damaged. Sign in online to download it again; support can recover unsent work from the log folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The built-in training portal did not start. The details show what it printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full. Free some space and try again; nothing has been lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved data is busy in another program. Is Balabaqsha Desk open twice? Close the other window and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong inside the program. Your work is kept. Please send the report to support.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroupsModel</name>
    <message>
        <source>{low}–{high} years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroupsPage</name>
    <message>
        <source>Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No groups yet. They appear after the first sync with the portal.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockPanel</name>
    <message>
        <source>The session is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as {login}. Enter your password to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Sign in — Balabaqsha Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to the BALABAQSHA portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training portal (sandbox) on this computer: the data is made up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portal: {url}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EDS key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login, IIN or phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AUTH key (.p12):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the AUTH_RSA key from your EDS folder; the signing key (RSA) is for contracts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff accounts of the training portal: pick one to fill in the log-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal cannot be reached. You can open the data saved on this computer and work offline: your actions are sent when the portal answers again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the AUTH key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys (*.p12 *.pfx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the key file and type its password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your login and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your password to open the saved data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the saved data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login or the password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are working on the built-in training portal: the children and requests here are made up, and nothing reaches the real portal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Act as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow the portal&apos;s changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your session on the portal has ended. Enter your password to sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Act as {role}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switching role…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role was not switched</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <source>This page is not available in this version.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestDetail</name>
    <message>
        <source>Application submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voucher issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent confirmed the voucher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent declined the voucher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored from the stop-list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrollment window extended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request sent to the kindergarten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document uploaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract signed by the parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This request is no longer in the cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request №{number} — {child}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Born</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Girl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decline reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enroll by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working days left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{low}–{high} years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{review}, not sent yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestDetailDialog</name>
    <message>
        <source>Request №{number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestsModel</name>
    <message>
        <source>Working days the parent has left to enroll the child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Born</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{review}, not sent yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your decision is saved here and waits to be sent to the portal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deadline passed: {deadline}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline: {deadline}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IIN {iin}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestsPage</name>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, IIN or number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With the kindergarten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Within %n working day(s)</source>
        <translation>
            <numerusform>Within %n working day</numerusform>
            <numerusform>Within %n working days</numerusform>
        </translation>
    </message>
    <message>
        <source>when the group starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Youngest age, in full years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oldest age, in full years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parent&apos;s deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No requests match. Clear the search or the filters to see all the requests in this computer&apos;s copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n request</numerusform>
            <numerusform>%n requests</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SandboxStartDialog</name>
    <message>
        <source>Balabaqsha Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the training portal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No portal is set up, so the program uses its built-in training portal. The first start builds a demo world and can take up to a minute.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portal address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: the built-in training portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new address is used from the next sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock after inactivity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync with the portal every:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncStatusBar</name>
    <message>
        <source>● Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● Syncing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal cannot be reached. You can go on working: your actions wait on this computer and are sent when it answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchanging changes with the portal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sync: {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To send: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your actions that the portal has not confirmed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs attention: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync with the portal now (F5)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncWorker</name>
    <message>
        <source>sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>receiving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal&apos;s data would delete most of what is saved on this computer. Allow it only if you expect that (for example, a new school year).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TablePage</name>
    <message>
        <source>Search (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>In the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voucher issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the stop-list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choosing a kindergarten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting the contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting countersignature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to the parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by the parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Countersigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Director</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Methodologist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kazakh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Russian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will be retried</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept request №{number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decline request №{number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return the documents of request №{number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the contract for request №{number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Countersign the contract for request №{number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the capacity of group “{group}” to {capacity}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create group “{group}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change group “{group}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish the forecast of places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>? (id {id})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No longer with this kindergarten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{status}, accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{status}, declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity {capacity}, free places {free}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>not a portal address (http://… or https://…): {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected KIND=TEXT (kinds: {kinds}), got {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balabaqsha Desk: without a command, the window; with one, the same services on the command line. Exit codes: 0 done, 1 refused, 2 bad usage, 3 the portal could not be reached (the work waits in the outbox).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keep settings, local data, documents and logs in DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the portal to use; remembered in the profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sign in (password from BALABAQSHA_PASSWORD or asked on the terminal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IIN, phone, login name or e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one sync cycle: send the outbox, then fetch the portal&apos;s changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>go on when the portal&apos;s data would delete most local requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the requests in the local data (works offline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only requests in status S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a JSON array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record a decision on a request through the outbox (works offline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accept the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decline the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>return documents to the parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the request&apos;s id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the portal&apos;s decline reason code (`other` always exists)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a comment for the parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a document kind and what is wrong with it (repeat for more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>actions the portal has not confirmed yet, and those needing attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check the local data, keyring, portal, CRL and disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as {name} ({roles}) at {kindergarten}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal&apos;s data would delete most of the local requests ({detail}). Nothing was deleted. If that is expected, run `sync --allow-mass-delete`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No requests in the local data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>* a decision waits in the outbox for the next sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no request {id} in the local data: see `requests` for the ids, or sync to fetch new ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded as outbox action {seq} ({name} on request {id}); it goes to the portal with the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal has no decline reason “{reason}”. Known reasons: {codes}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outbox is empty: the portal has confirmed every action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting          {seq:&gt;5}  {name} {args}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs attention  {seq:&gt;5}  {name} {args}: {outcome}, {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PROBLEM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>local data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No portal is configured: starting the embedded portal sandbox ({folder}) for this command. Set a portal with --portal URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password: set {variable} or run the command in a terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for {login}: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password was typed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal could not be reached: working offline on the local data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal could not be reached ({detail}). Nothing is lost: the work waits in the outbox and goes to the portal with the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody has signed in with this profile yet: sign in first with `login LOGIN`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no local data for the last user on this portal yet: sign in and sync while the portal can be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account is not on any kindergarten&apos;s staff, so the desk cannot be used with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is wrong. (The portal could not be reached, so it was checked against the one last used here.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal could not be reached, and this user has never signed in here with a password, so they cannot be let in offline. Sign in once while the portal can be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is needed: set BALABAQSHA_PASSWORD or run the command in a terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A decision on this request is already waiting to be sent to the portal: sync first, or see `outbox`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This request is accepted already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A comment is needed: the reason “other” and every returned document need one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision cannot be recorded: {detail}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong login or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal no longer accepts this sign-in: sign in again with `login LOGIN`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal refused: {title} ({code}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keyring ({backend}) cannot be used: {detail}. The desk keeps its secrets only there: unlock or set up the keyring, or choose another backend with PYTHON_KEYRING_BACKEND.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local data cannot be opened with the key kept in the keyring ({backend}): it was made with another key, or the keyring lost it ({detail}). Ask support: moving the file aside lets the desk fetch a fresh copy, but actions in it not yet sent would be lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local data is damaged ({detail}). Run `doctor`, and ask support before deleting anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local data cannot be used: {detail}. Run `doctor`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The embedded portal sandbox did not start ({tail}). Set a portal with --portal URL, or run `doctor`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file could not be read or written ({detail}). Check the disk and the folder&apos;s permissions.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>doctor</name>
    <message>
        <source>no local data yet (nobody has synced with this profile)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: its key cannot be read from the keyring ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: the keyring holds no key for it, so it cannot be opened; ask support (moved aside, the desk fetches a fresh copy, but actions in it not yet sent are lost)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: intact ({size:.1f} MB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be opened: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key in the keyring does not open it (another key, or the file is not a cache)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>damaged: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{backend} does not work: {detail}. Without it the desk cannot keep sessions or open its local data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{backend} works (wrote, read and deleted a test entry)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none configured: the embedded portal sandbox is used (set one with --portal URL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{url} cannot be reached ({detail}): check the connection; work waits in the outbox meanwhile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{url} answers, but not as a portal should ({detail}): check the address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{url} answers, round trip {ms} ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no CRL cached yet: a revoked key cannot be recognised offline until one is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the newest CRL is {days} days old and was due for renewal on {date}: sync while online to fetch a new one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the newest CRL is {days} days old</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only {gb:.2f} GB free in {folder}: too little for syncs and documents; free some space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{gb:.1f} GB free in {folder}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eds</name>
    <message>
        <source>The key {name} is valid only from {date}: use the key you have now, or wait until then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key {name} expired on {date}: get a new key from NCA RK (pki.gov.kz) and use that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file {path} cannot be read: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {name} holds no private key with its certificate: choose the .p12 key file NCA RK issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key in {name} is not an RSA key, and only RSA keys can be used: choose an RSA256_… or AUTH_RSA256_… file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is a signing key: logging in needs the AUTH key issued with it (its file name starts with AUTH_RSA256_).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {name} is not a readable key file (PKCS#12): it may be damaged or not a key at all. Choose the .p12 file NCA RK issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password does not open the key {name}. Check the keyboard layout and Caps Lock, and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {name} holds no private key: choose the .p12 key file NCA RK issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is a GOST key ({kind}, algorithm {oid}). GOST keys are not supported yet: use your RSA key (a file named RSA256_… to sign, AUTH_RSA256_… to log in).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key in {name} uses an algorithm this program cannot use ({oid}): choose an RSA key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(By its name this is a GOST key: even with the right password, GOST keys are not supported yet.)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
