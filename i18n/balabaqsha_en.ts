<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About {program}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kindergarten&apos;s desk for the BALABAQSHA voucher portal: requests, documents, groups, contracts and their signatures, working offline too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{address} (the built-in training portal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Python:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PySide6:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portal:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AcceptDialog</name>
    <message>
        <source>Accept request №{number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept request №{number} — {child}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group “{group}”: {ages}, {language}, starts on {day}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group&apos;s places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After accepting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reserved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepting reserves a place for the child. The decision is saved on this computer at once and goes to the portal with the next sync, also when there is no connection now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This request cannot be accepted as it is. Declining it with a reason lets the parent choose another group or kindergarten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept and reserve a place</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttentionModel</name>
    <message>
        <source>Your role did not allow this action: it needs the role {roles}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A colleague declined this request first: it is no longer with this kindergarten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parent withdrew the application before your decision reached the portal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parent&apos;s enrollment window closed before your decision reached the portal; the application is archived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application was archived before your decision reached the portal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request had moved on to “{status}” before your decision reached the portal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A colleague accepted this request first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A colleague decided on this request first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A colleague reviewed the documents before your decision reached the portal, so it was made on an older view of the request. Look at it as it is now and decide again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parent extended the enrollment window before your decision reached the portal. Look at the request as it is now and decide again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone changed this request before your decision reached the portal: look at it as it is now and decide again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group had no free place left when your decision reached the portal. Free a place or raise the capacity, then accept again, or decline the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not every required document was accepted: review the documents first.</source>
        <translation type="unfinished"></translation>
    </message>
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
    <name>BulkActions</name>
    <message>
        <source>Download documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download the selected requests&apos; documents now, to open them later without a connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print summaries…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a summary sheet of each selected request (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the selected requests, or all the requests the list shows, to a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the selected requests to a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List as Excel (XLSX)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary sheets as PDF…</source>
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
        <source>IIN</source>
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
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request №{number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages of education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrollment window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voucher issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enroll by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working days left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <comment>group</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Selected: %n</source>
        <translation>
            <numerusform>Selected: %n</numerusform>
            <numerusform>Selected: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All shown: %n</source>
        <translation>
            <numerusform>All shown: %n</numerusform>
            <numerusform>All shown: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Downloading documents…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents not downloaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The portal cannot be reached: %n document(s) were not downloaded. Try again when the connection returns; what arrived is kept.</source>
        <translation>
            <numerusform>The portal cannot be reached: %n document was not downloaded. Try again when the connection returns; what arrived is kept.</numerusform>
            <numerusform>The portal cannot be reached: %n documents were not downloaded. Try again when the connection returns; what arrived is kept.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Download cancelled: %n document(s) downloaded.</source>
        <translation>
            <numerusform>Download cancelled: %n document downloaded.</numerusform>
            <numerusform>Download cancelled: %n documents downloaded.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some documents were not downloaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) could not be downloaded: the portal no longer has them, what arrived was damaged, or the file is too large. Open the request to see which, or ask the parent to upload them again.</source>
        <translation>
            <numerusform>%n document could not be downloaded: the portal no longer has it, what arrived was damaged, or the file is too large. Open the request to see which, or ask the parent to upload it again.</numerusform>
            <numerusform>%n documents could not be downloaded: the portal no longer has them, what arrived was damaged, or the files are too large. Open the request to see which, or ask the parent to upload them again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) were left out: larger than this program takes, or the disk is nearly full. Free some space and try again, or open them from the request.</source>
        <translation>
            <numerusform>%n document was left out: larger than this program takes, or the disk is nearly full. Free some space and try again, or open it from the request.</numerusform>
            <numerusform>%n documents were left out: larger than this program takes, or the disk is nearly full. Free some space and try again, or open them from the request.</numerusform>
        </translation>
    </message>
    <message>
        <source>All the documents of the selected requests are on this computer already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) downloaded.</source>
        <translation>
            <numerusform>%n document downloaded.</numerusform>
            <numerusform>%n documents downloaded.</numerusform>
        </translation>
    </message>
    <message>
        <source>Preparing the summary sheets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print summary sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The summary sheets could not be prepared for printing. Try again; if it happens again, send the program&apos;s report to support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>summary-sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the requests shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the selected requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) saved to {path}</source>
        <translation>
            <numerusform>%n request saved to {path}</numerusform>
            <numerusform>%n requests saved to {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} could not be saved: this folder does not accept new files. Choose another folder, such as Documents, and export again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} could not be saved: the file is open in another program. Close it there, or choose another name, and export again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} could not be saved: the disk is full. Free some space or choose another drive, and export again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} could not be saved: the folder no longer exists (a removed USB stick?). Choose another folder and export again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} could not be saved. Choose another folder or name and export again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BulkBar</name>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n selected</numerusform>
            <numerusform>%n selected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkDecisionDialog</name>
    <message>
        <source>None of the selected requests can take this decision now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will not be recorded: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will be declined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted: a place is reserved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will be accepted: a place is reserved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) declined</source>
        <translation>
            <numerusform>%n request declined</numerusform>
            <numerusform>%n requests declined</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) accepted</source>
        <translation>
            <numerusform>%n request accepted</numerusform>
            <numerusform>%n requests accepted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) were refused and are left as they were: see why below.</source>
        <translation>
            <numerusform>%n request was refused and is left as it was: see why below.</numerusform>
            <numerusform>%n requests were refused and are left as they were: see why below.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every selected request is recorded. The decisions go to the portal at once when it answers, or with the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Decline %n request(s)</source>
        <translation>
            <numerusform>Decline %n request</numerusform>
            <numerusform>Decline %n requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Decline %n selected request(s)?</source>
        <translation>
            <numerusform>Decline the selected request?</numerusform>
            <numerusform>Decline %n selected requests?</numerusform>
        </translation>
    </message>
    <message>
        <source>One reason and comment go to every parent below. Each request is checked as if it were alone; those that cannot be declined now are left as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Accept %n request(s)</source>
        <translation>
            <numerusform>Accept %n request</numerusform>
            <numerusform>Accept %n requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Accept %n selected request(s)?</source>
        <translation>
            <numerusform>Accept the selected request?</numerusform>
            <numerusform>Accept %n selected requests?</numerusform>
        </translation>
    </message>
    <message>
        <source>Each request is checked as if it were alone: the child&apos;s age on the group&apos;s first day, the language, and the free places, which each accept above it takes one of. Those that fail a check are left as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a reason…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the parents should know (needed for “Other reason”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CertificateDialog</name>
    <message>
        <source>Individual (personal key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First head: signs for the organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right to sign for the organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signs financial documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Human resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employee (no right to sign)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logging in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown: no revocation list of its issuer is cached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked: the certificate names no revocation list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revocation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revocation list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name in the certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— (a personal key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads to a trusted root certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does not lead to a trusted root certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{start} – {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{span} (expired)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{span} (not valid yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{span} ({days} left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{issuer}, issued {date} ({age} ago)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None cached: refresh the revocation list while online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue since {date}: a recent revocation may be missing. Refresh it while online.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContractDialogs</name>
    <message>
        <source>request №{number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept the request first: a contract is sent only for an accepted request, with a place reserved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request is no longer at this step: synchronise to see where it stands now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This step is recorded already and waits to be sent to the portal at the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request is no longer in this computer&apos;s copy: the portal may have closed it. Synchronise to see it as it is now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contract is not a PDF: make it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was recorded: {detail}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version {version}, as shipped with the program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version {version}, saved {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revocation checked against: {crls}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No revocation list (CRL) is cached, so whether a certificate was revoked is unknown. Refresh it while online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificates name no revocation list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract No. {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract No. {number} of {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>right to sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key of {who} may countersign: BIN {bin}, {role}, valid until {until}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContractFlow</name>
    <message>
        <source>The request is not in the local data any more: synchronise to see where it stands now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contract was countersigned by {who} for another organisation (BIN {theirs}), not for this kindergarten (BIN {ours}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contract was countersigned by {who}, whose key gives no right to sign for the kindergarten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kindergarten&apos;s details (its BIN) are not in the local data yet: synchronise, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal has not sent who the applicant parent is, so their signature cannot be checked: synchronise, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal has not recorded this file of the contract yet: synchronise, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contract&apos;s file is not on this computer yet and the portal cannot be reached. Connect once and synchronise: the files are then kept for work offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal holds another file of this contract than the local data names: the contract changed meanwhile. Synchronise, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parent has not signed this contract yet: there is no signature to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The countersignature is not on top of the contract the parent signed: the file was changed or made anew before it was countersigned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This contract is countersigned already and waits to be sent to the portal at the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contract is not waiting for a countersignature: the parent has to sign it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not all the required documents are accepted yet: review them first (the portal enrolls the child only then).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Contracts</name>
    <message>
        <source>The request is not in the local data any more: synchronise, then open it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request has no group in the local data, so the contract cannot name one: synchronise, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kindergarten&apos;s details are not in the local data yet: synchronise, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal has not sent who the parent is for this request, so the contract cannot name them: synchronise, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contract&apos;s text cannot be laid out on pages: a part that must stay on one page is longer than a page. Shorten the captions over the signature boxes (the lines that start with “@”) in the template.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContractsModel</name>
    <message>
        <source>Not sent yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent from here, waiting for the portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Countersigned here, waiting for the portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: the director sends the contract to the parent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contract goes to the portal at the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: the parent signs the contract on the portal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: check the parent&apos;s signature, then the director countersigns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The countersigned contract goes to the portal at the next sync; the child is enrolled once the portal accepts it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by both; the child is enrolled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request is no longer with the kindergarten.</source>
        <translation type="unfinished"></translation>
    </message>
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
        <source>No contracts yet. An accepted request appears here, ready for its contract to be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the contract…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signatures…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Countersign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrollment order…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the contract from the template, look at it and send it to the parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the signatures of the contract: whose, when, valid or why not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Countersign the selected contracts with the director&apos;s key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the contract with a sheet of its signatures and a QR code of its hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the contract&apos;s file, with its signatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the enrollment order for enrolled children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contracts can be worked on once you are signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select one request in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parent has not signed this contract yet: there is no signature to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contract has not been sent yet: send it first, then it can be printed and saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contract is recorded already and goes to the portal at the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contract has been sent already; a contract is sent once, to an accepted request awaiting it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the contracts signed by the parent to countersign them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contract of request №{number} is countersigned already and goes to the portal at the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contract of request №{number} is countersigned already: the child is enrolled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parent has not signed the contract of request №{number} yet: it can be countersigned after that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request №{number}: not all the required documents are accepted yet ({documents}). Review them first: the portal enrolls the child only then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contract for request №{number} is recorded: it goes to the parent at the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Countersigned %n contract(s): they go to the portal at the next sync, and each child shows as enrolled once the portal accepts.</source>
        <translation>
            <numerusform>Countersigned %n contract: it goes to the portal at the next sync, and the child shows as enrolled once the portal accepts.</numerusform>
            <numerusform>Countersigned %n contracts: they go to the portal at the next sync, and each child shows as enrolled once the portal accepts.</numerusform>
        </translation>
    </message>
    <message>
        <source>Preparing the contract for printing…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CountersignDialog</name>
    <message>
        <source>Countersign the contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Countersign the contract for {request}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Countersign contracts</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Countersign %n contracts</source>
        <translation>
            <numerusform>Countersign %n contract</numerusform>
            <numerusform>Countersign %n contracts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sign %n contracts</source>
        <translation>
            <numerusform>Sign %n contract</numerusform>
            <numerusform>Sign %n contracts</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the director&apos;s signing key (RSA256_….p12) and type its password. The key is checked first: this kindergarten&apos;s BIN, the right to sign, validity and revocation. The signature is added to the file the parent signed; it reaches the portal at the next sync, and the child is enrolled once the portal accepts it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The director&apos;s signing key is the RSA256_….p12 in the director&apos;s folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RSA256_….p12</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember the password until I sign out or the window locks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept in memory only, never written anywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have read the warnings and want to sign anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the signing key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EDS keys (*.p12 *.pfx);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the key file first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parent&apos;s signature is valid ({who}, {number}); the contract is the one that was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the warnings and tick that you want to sign anyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the key first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Countersigning the contracts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping after this contract…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Countersigned {done} of {total}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Countersigned %n contract(s): they reach the portal at the next sync.</source>
        <translation>
            <numerusform>Countersigned %n contract: it reaches the portal at the next sync.</numerusform>
            <numerusform>Countersigned %n contracts: they reach the portal at the next sync.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %n contract(s) were not signed; the ones signed stay signed.</source>
        <translation>
            <numerusform>Cancelled: %n contract was not signed; the ones signed stay signed.</numerusform>
            <numerusform>Cancelled: %n contracts were not signed; the ones signed stay signed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Request №{number}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{low}–%n year(s)</source>
        <comment>ages of a group</comment>
        <translation>
            <numerusform>{low}–%n years</numerusform>
            <numerusform>{low}–%n years</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Decisions</name>
    <message>
        <source>Accepting or declining a request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepting a request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declining a request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returning documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepting documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending a contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Countersigning a contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating a group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing a group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing a group&apos;s capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publishing the forecast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing the settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting up printers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editing templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A decision on this request is waiting to be sent to the portal. The next one can be made when the portal has answered, after the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request is “{status}”: documents are reviewed only while the request is with the kindergarten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request is “{status}”: only a request awaiting the contract can be accepted or declined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request is accepted already: a place is reserved for the child.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request names no group, so no place can be reserved. Decline it, or wait for the parent to choose a group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The child&apos;s date of birth is not known, so the age cannot be checked. Sync again; if it stays unknown, ask the portal&apos;s support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too young: on {day}, when the group starts, the child will be {age}; the group takes children of {ages}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too old: on {day}, when the group starts, the child will be {age}; the group takes children of {ages}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age: on {day}, when the group starts, the child will be {age}; the group takes children of {ages}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong language: the group teaches in {language}, the parent asked for {languages}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No free places: {enrolled} enrolled and {reserved} reserved fill all {capacity} places. Free a place or raise the capacity first, or decline the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parent has not uploaded any documents yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every document is returned for correction: wait for the parent to upload new ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{document}” is “{status}” and cannot take this verdict.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{action} needs the role {needed}, and your role is not known on this computer yet: sign in online once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{action} needs the role {needed}; you act as {acting}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch to {role} in Session › Act as.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request is no longer in this computer&apos;s copy: the portal may have closed it. Sync to see it as it is now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A comment is needed: the reason “Other” and every returned document need one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comment is too long: the portal keeps at most {limit} characters. Shorten it and record the decision again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a reason for declining.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a verdict for at least one document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A document cannot be accepted and returned at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal does not know one of the document kinds; nothing was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected refusal ({detail}). Sync, open the request again and check it; if this happens again, report it to support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{taken} of {capacity} places taken: {enrolled} enrolled, {reserved} reserved; {free} free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language: the group teaches in {language}, which the parent asked for.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeclineDialog</name>
    <message>
        <source>Other reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason “{reason}” needs a comment for the parent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comment is too long: the portal keeps at most {limit} characters, this one has {count}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group has free places</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The group still has %n free place(s). Decline for “{reason}” all the same?</source>
        <translation>
            <numerusform>The group still has %n free place. Decline for “{reason}” all the same?</numerusform>
            <numerusform>The group still has %n free places. Decline for “{reason}” all the same?</numerusform>
        </translation>
    </message>
    <message>
        <source>Decline all the same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only “Other reason” can be chosen: the portal&apos;s list of reasons has not reached this computer yet. Connect to the portal and sync once to get it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decline request №{number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decline request №{number} — {child}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parent is told the reason and your comment, and may choose another kindergarten while their enrollment window lasts. A reserved place is freed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a reason…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the parent should know (needed for “Other reason”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decline the request</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiagnosticsSection</name>
    <message>
        <source>Balabaqsha Desk version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Python:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PySide6:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt platform plugin:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local data on disk:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last successful sync:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newest revocation list (CRL):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyring:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export holds these figures, the health checks, the settings and the logs, with IINs, names, phone numbers and e-mail addresses masked: it can be sent to support as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export diagnostics…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{size:.1f} MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{age} old</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none cached yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export diagnostics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zip archives (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collecting the diagnostics…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting diagnostics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The diagnostics were not saved. {reason} Nothing was written there; choose another folder and export again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentRowWidget</name>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the document (downloads it first when it is not on this computer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Throw away the copy on this computer and download the document afresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the download; what arrived is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment: {comment}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parent has not uploaded this document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uploaded {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{done} of {total} downloaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not downloaded yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentViewer</name>
    <message>
        <source>This file is neither a PDF nor a JPEG, PNG or TIFF image, so it cannot be shown. Download it again; if it stays like this, report it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is empty. Download it again; if it stays empty, ask the parent to upload the document again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved copy of this file cannot be read from the disk. Download it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This PDF is damaged and cannot be shown. Download it again; if it stays damaged, return it to the parent with a comment asking for a new scan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This PDF is protected with a password, so it cannot be shown. Return it to the parent with a comment asking for a file without a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This PDF has no pages. Return it to the parent with a comment asking for the scan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some pages of this PDF are damaged and cannot be shown. Download it again; if they stay damaged, return it to the parent with a comment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This image is incomplete: the file ends too early. Download it again; if it stays incomplete, return it to the parent with a comment asking for a new scan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This image is damaged and cannot be shown. Download it again; if it stays damaged, return it to the parent with a comment asking for a new scan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This image has too many pixels to be shown. Return it to the parent with a comment asking for a smaller scan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+−)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the page as wide as the window (Ctrl+0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the whole page in the window (Ctrl+9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn the pages a quarter clockwise (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{percent} %</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentsPanel</name>
    <message>
        <source>Downloading {document}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{document} — request №{number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This request is not in the data on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{given} of {required} required received, {accepted} accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parent has not uploaded this document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy of this document kept on this computer is damaged or can no longer be decrypted (its key is gone from the system&apos;s keyring), so it is not shown. Download it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal has no file for this document any more. Report it to the portal&apos;s support, and ask the parent to upload the document again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file that arrived is not the one the portal listed (its checksum differs), so it was not kept. Download it again; if this happens again, report it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is {size}, more than the {limit} this program downloads. Return the document to the parent with a comment asking for a smaller scan, or report it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download cancelled. What arrived is kept: opening the document continues from there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The download took too long and was stopped. What arrived is kept: open the document again to continue from there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal cannot be reached. What arrived is kept: open the document again when the connection returns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document could not be downloaded. Download it again; if this happens again, report it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the request&apos;s number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document is not on this computer yet: open it once to download it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only PDF files are printed and saved from here; open the image to look at it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentsReviewDialog</name>
    <message>
        <source>Write what to correct in “{document}”: the parent sees the comment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comment on “{document}” is too long: at most {limit} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose “Accept” or “Return” for at least one document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents of request №{number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents of request №{number} — {child}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept the documents that are in order. Return the others with a comment on what to correct: the parent is told and uploads them again. The director countersigns only when every required document is accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment to the parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return for correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{status}: “{comment}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to correct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the document in the viewer (downloaded first if it is not on this computer yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Characters typed, of the {limit} the portal keeps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the parent to upload it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not uploaded yet: {documents}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept all received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set “Accept” on every received document that has no verdict yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the verdicts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnrollmentOrder</name>
    <message>
        <source>Kazakh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Russian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kazakh and Russian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolled on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{selected} of {total} children ticked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kindergarten&apos;s details are not on this computer yet. Synchronise with the portal, then make the order again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the order&apos;s number, as it is in the kindergarten&apos;s register of orders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the children this order enrolls.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making the enrollment order…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrollment order No. {number} of {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enrollment-order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order could not be made into a printable PDF. Make it again; if this happens again, send the program&apos;s report to support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrollment order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order &amp;number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order &amp;date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language of the order:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolled children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a child by name, IIN or contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick all shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untick all shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no enrolled children on this computer. A child appears here once the contract is countersigned and the data is synchronised with the portal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preview and print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
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
        <source>Nothing is lost: the decisions you made are kept in the outbox and go to the portal with the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A report was saved to {path}. Send it to support, or copy the details below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be saved in the log folder ({reason}): copy the details or save them elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
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
        <source>The portal has not granted you this role: choose one of the roles in Session › Act as.</source>
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
        <source>On this computer your sign-in is kept in a file that opens with your password: sign in with your login and password.</source>
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
        <source>The portal&apos;s data would delete most of what is saved on this computer. Allow it only if you expect that (for example, a new school year).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The built-in training portal is still being started by another Balabaqsha Desk window on this computer. Wait until it is ready and try again.</source>
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
    <message>
        <source>The saved data on this computer is missing or empty, though its key is still here: decisions made here and not yet sent may be lost with it. Nothing was created in its place: ask support before signing in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many failed sign-in attempts. Try again in {wait}; until then the portal refuses even the right password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FiguresDialog</name>
    <message>
        <source>Children enrolled, month by month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days from request to enrollment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occupancy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{low}–{high} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{low}+ days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolled children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Places in the groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kindergarten} — {figure}, made {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The figures could not be prepared for printing. Try again; if it happens again, report it to support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolled on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>figures-{day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export XLSX…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the figures…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No requests yet. The figures fill after the first sync with the portal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children enrolled now: {count}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Half of them waited {days} days or less from the request to enrollment.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>Open file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system has no program to open this. The file is here: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as {path}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ForecastDialog</name>
    <message>
        <source>{group}, {month}: {free} free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gone to school by then: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your entries by then: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the forecast in the outbox for the parents&apos; catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The forecast is in the outbox: it goes to the portal with the next sync, and parents see it in the catalogue after that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forecast of free places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free places in each group, month by month: those free now, plus those that free up as children leave for school on 1 September, plus your entries for known departures. Review it, then publish it to the parents&apos; catalogue. Hover over a number to see what it is made of.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known departures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Places:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example, the family is moving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroupDialogs</name>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>educators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the group a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kindergarten already has a group named “{name}”: choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ages are missing: give them as two numbers, from and to, for example 3–4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ages {low}–{high} are the wrong way round: the first must not be above the second.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ages go from {low} to {high}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A group has {low} to {high} places, not {capacity}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group is no longer in this computer&apos;s copy: sync to see the groups as they are now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group waits to be created on the portal: sync first, then change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group still holds {enrolled} enrolled and {reserved} reserved children: move them to another group first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an enrolled child, or one with a reserved place, can be moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The child is in this group already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group “{name}” is full ({enrolled} enrolled and {reserved} reserved of {capacity}): raise its capacity first, or choose another group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group teaches in {language}; the parent asked for {languages}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Places cannot be negative ({places}): enter 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {field} is too long: at most {limit} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request is no longer in this computer&apos;s copy: sync to see it as it is now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no groups to forecast yet: sync to fetch them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded ({detail}). Sync and try again; if this happens again, report it to support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit group “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ages (from–to):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Educators:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example 3–4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group holds {enrolled} enrolled and {reserved} reserved children; its places cannot go below {taken}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Places in “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now {capacity} places: {enrolled} enrolled, {reserved} reserved, {free} free.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Places:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A capacity of {capacity} is below the children the group holds ({enrolled} enrolled and {reserved} reserved): move children out first, or choose at least {taken}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On {day}, when the group starts, the child will be {age}; the group&apos;s age band is {ages}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close group “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the group “{name}”? It takes no more children and leaves the lists; the portal keeps its history. A group is closed only when it holds no children.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move {child} to another group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{child} is in “{group}” now. Choose the group to move to; the number of free places is shown beside each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To the group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} · {low}–{high} · {language} · free: {free}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroupsModel</name>
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
    <message>
        <source>over by {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More children than places: raise the capacity or move children.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group is full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
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
    <message>
        <source>There are no groups to move up yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no move-up to undo: none was made here, or it has been sent to the portal already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a group in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group waits to be created on the portal: sync first, then change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a group to the kindergarten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the group&apos;s name, kind, ages, language, places, educators or room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the number of places in the group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close an empty group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview and make the September move-up: every group a year older, school starters leaving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw the move-up while it has not been sent to the portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The move-up is undone: its changes were taken out of the outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The move-up has been sent to the portal already and cannot be undone here; change the groups one by one instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New group…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close group…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>September move-up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the move-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the group&apos;s requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no groups to forecast yet: sync to fetch them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free places per group for the next twelve months: review them, add known departures and publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occupancy over the months, requests by status and days from request to enrollment, to print or export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forecast…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for your decision, the latest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No new requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadlines ending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parent&apos;s enrollment window closes today or on the next working day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No deadline ends today or on the next working day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents sent again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parents uploaded these again after a review: check them once more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No documents are waiting to be checked again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions the portal did not apply: look at each on the Needs attention page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing needs your attention.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s) to see to.</source>
        <translation>
            <numerusform>%n thing to see to.</numerusform>
            <numerusform>%n things to see to.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing needs doing right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>…and %n more</source>
        <translation>
            <numerusform>…and %n more</numerusform>
            <numerusform>…and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>№{number} · {child}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrived {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your decision waits to be sent to the portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day: until {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s) left, until {when}</source>
        <translation>
            <numerusform>%n working day left, until {when}</numerusform>
            <numerusform>%n working days left, until {when}</numerusform>
        </translation>
    </message>
    <message>
        <source>{document}, sent {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered {when}</source>
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
        <source>Picking an account above fills in its AUTH key and password here.</source>
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
        <source>Keep it in an encrypted file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has no system password store: your sign-in is kept in a file here, encrypted with your password, so the password is asked at every start and the EDS key does not sign you in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has no system password store (Windows Credential Manager or the Secret Service), where the program keeps your sign-in and the key of the data saved here. It can keep them instead in a file on this computer, encrypted with your password. The trade-off: whoever copies the file can try to guess your password, so it must not be an easy one; the password is asked at every start; and only the password signs you in, not the EDS key.</source>
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
        <source>Without a system password store, choose “Keep it in an encrypted file” to sign in.</source>
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
    <message>
        <source>Restore the saved data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved data on this computer is lost or damaged, but a backup made after a successful sync is kept. Restore it now? Actions recorded on this computer after that backup may be lost; the damaged file is kept aside, not deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring the saved data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved data was restored from its backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved data could not be restored from its backups ({detail}). Nothing was changed: ask support.</source>
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
        <source>Today</source>
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
        <source>Switching role…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role was not switched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report a problem…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a report for support: versions, checks and logs, without personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About {program}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report a problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report is saved as:
{path}

Send this file to support (by e-mail or a messenger) with a few words on what you were doing and what went wrong. It holds the program&apos;s versions, checks and logs, with IINs, names, phone numbers and e-mail addresses masked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ManualDialog</name>
    <message>
        <source>User manual — {program}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MoveUpDialog</name>
    <message>
        <source>{child}, born {born}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On {day} every group takes children a year older and keeps its children; those who start school leave. It is recorded in one step and can be undone until it is sent to the portal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {ages} → {new_ages}; stay {stay}, leave for school {leave}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {ages}, unchanged; stay {stay}, leave for school {leave}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave for school on {day}: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{child} — {group}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody leaves for school this year.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OccupancyChart</name>
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
    <message>
        <source>Over capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Places by group</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutboxModel</name>
    <message>
        <source>Accept: a place in the group is reserved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decline: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return documents to the parent: {documents}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept documents: {documents}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the contract to the parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Countersign the contract: the child is enrolled once the portal accepts it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent, waiting for the portal&apos;s answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it will do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutboxSection</name>
    <message>
        <source>Withdraw…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is waiting: the portal has every action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This action has been sent to the portal: only its answer can say whether it was applied. Wait for the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take back the selected action before it is sent: its effect on this computer is undone and nothing reaches the portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request {number}, {child}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw the action?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw “{action}”{subject}? Its effect on this computer is undone and nothing is sent to the portal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The action was sent to the portal meanwhile, so it cannot be withdrawn. Wait for the portal&apos;s answer: if you decide otherwise after it, make the new decision then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal has answered this action meanwhile: see the request and Needs attention as they are now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PageView</name>
    <message>
        <source>This page cannot be shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page {page}…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Plurals</name>
    <message numerus="yes">
        <source>%n year(s) old</source>
        <translation>
            <numerusform>%n year old</numerusform>
            <numerusform>%n years old</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Children, %n year(s)</source>
        <translation>
            <numerusform>Children, %n year</numerusform>
            <numerusform>Children, %n years</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Places: %n free place(s) before accepting.</source>
        <translation>
            <numerusform>Places: %n free place before accepting.</numerusform>
            <numerusform>Places: %n free places before accepting.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Documents still to accept: %n.</source>
        <translation>
            <numerusform>Documents still to accept: %n.</numerusform>
            <numerusform>Documents still to accept: %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintPreview</name>
    <message>
        <source>Parent (legal representative)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head of the kindergarten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Electronic signatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 of the signed file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The QR code holds “sha256:” and the SHA-256 of the signed file. Compare it with the hash of the file you have: if they are equal, this paper was printed from that file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate serial number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Almaty time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no electronic signatures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A paper copy of an electronically signed document. The signed file is the original: its signatures can be checked only in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this document as a PDF file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document was not printed: {reason} Check that the printer is on and connected, then print again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document cannot be printed: it is not a readable PDF. Make it again; if this happens again, send the program&apos;s report to support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This folder cannot be written to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file of that name is open in another program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF was not saved as {path}. {reason} Nothing was written there; choose another folder (for example, Documents) and save again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF is saved as {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the contract for printing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the printer, the pages and the number of copies (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was not saved as {path}. {reason} Nothing was written there; choose another folder (for example, Documents) and save again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProblemPanel</name>
    <message>
        <source>Download again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Invalid filename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;The name &quot;%1&quot; cannot be used.&lt;/b&gt;&lt;p&gt;Try using another name, with fewer characters or no punctuation marks.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QShortcut</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportButton</name>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A report of this problem for the portal&apos;s support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be saved there ({reason}). Choose another folder, or copy the report instead.</source>
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
        <source>Voucher annulled: no answer in time (stop-list)</source>
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
        <source>Archived: the parent declined the voucher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived: 28 days on the stop-list passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived: no answer to the voucher a second time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived: the enrollment window closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived: the parent withdrew the application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (parent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (kindergarten)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special (correctional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sanatorium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orphan or without parental care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child with a disability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Large family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family of a serviceman</source>
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
        <source>Documents</source>
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
        <source>Age when the group starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) on {day}</source>
        <translation>
            <numerusform>%n year on {day}</numerusform>
            <numerusform>%n years on {day}</numerusform>
        </translation>
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
        <source>Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority category</source>
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
        <source>Yes, once by 2 working days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working days left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <comment>group</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None chosen</source>
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
        <source>Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{status}: “{comment}”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestDetailDialog</name>
    <message>
        <source>{done} Sent to the portal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{done} Sending it to the portal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{done} It goes to the portal when the connection returns; until then it is kept on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request is no longer in this computer&apos;s copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserve a place in the group; a contract follows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decline with a reason; the parent may choose another kindergarten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept the documents, or return them for correction with a comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request №{number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accept…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Decline…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Review documents…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted: a place is reserved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The verdicts are recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording the decision…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestMenu</name>
    <message>
        <source>Copied to the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select one request to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the number</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Copy the %n numbers</source>
        <translation>
            <numerusform>Copy the number</numerusform>
            <numerusform>Copy the %n numbers</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy the child&apos;s IIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Copy the %n IINs</source>
        <translation>
            <numerusform>Copy the IIN</numerusform>
            <numerusform>Copy the %n IINs</numerusform>
        </translation>
    </message>
    <message>
        <source>Accept…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Accept the %n selected…</source>
        <translation>
            <numerusform>Accept the selected one…</numerusform>
            <numerusform>Accept the %n selected…</numerusform>
        </translation>
    </message>
    <message>
        <source>Decline…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Decline the %n selected…</source>
        <translation>
            <numerusform>Decline the selected one…</numerusform>
            <numerusform>Decline the %n selected…</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a request first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n lines copied to the clipboard.</source>
        <translation>
            <numerusform>%n line copied to the clipboard.</numerusform>
            <numerusform>%n lines copied to the clipboard.</numerusform>
        </translation>
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
        <source>Group {id}</source>
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
    <message numerus="yes">
        <source>With the kindergarten (%n statuses)</source>
        <translation>
            <numerusform>With the kindergarten (%n status)</numerusform>
            <numerusform>With the kindergarten (%n statuses)</numerusform>
        </translation>
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
        <source>Requests in any of these statuses: {statuses}</source>
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
    <message>
        <source>Fit the columns to their contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View “{name}” saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group of view “{name}” is no longer in this computer&apos;s copy: all groups are shown. Choose a group and save the view again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View “{name}” shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View “{name}” deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No saved views yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the current view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name for the filters and columns shown now:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A view called “{name}” exists already. Replace it with what is shown now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename the view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new name for “{name}”:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the view “{name}”? The requests are not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is empty: type a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is too long: at most {limit} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A view called “{name}” exists already: choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That view no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the filters and columns shown now under a name, or show a saved view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording the decisions…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Review</name>
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
    <name>RosterModel</name>
    <message>
        <source>enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reserved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolled since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{status}, not sent yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RosterPanel</name>
    <message>
        <source>Select a group in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group has no children yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a child in the group&apos;s list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A change about this child waits to be sent to the portal: the next one can be made after the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected child to another group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the group&apos;s list of children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the group&apos;s list of children as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the group&apos;s list of children as an Excel workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children of the group “{name}”, {ages}, on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list could not be prepared for printing. Try again; if it happens again, report it to support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>children-{group}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export XLSX…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a group to see its children.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children of “{name}”: {count}</source>
        <translation type="unfinished"></translation>
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
    <name>SendContractDialog</name>
    <message>
        <source>Send the contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract for {request}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{layout} (the request&apos;s language)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contract is sent at the next sync with the portal; until then it waits on this computer, offline too. The parent then signs it on the portal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this contract as a PDF file, unsent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send to the parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making the contract…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal has not sent: {names}. The contract shows a blank line in its place, to fill in by hand on paper; or synchronise and make it again.</source>
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
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnostics</source>
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
    <message>
        <source>Time-stamp server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: countersign without a time-stamp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notify me of new requests and of deadlines ending within one working day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract templates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the text of the contracts: each saved edit is a new version, and every contract names the version it was made from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Countersignatures get a time-stamp (PAdES B-T) from this RFC 3161 server when it answers; without one they are PAdES B.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a web address (http:// or https://): it was not saved. The last saved address is still used.</source>
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
        <source>Stop syncing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop this sync at its next safe point: what was sent and received so far is kept, the rest comes with the next sync</source>
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
        <source>receiving, page {page}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>receiving</source>
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
    <name>TemplateEditor</name>
    <message>
        <source>Kazakh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Russian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kazakh and Russian, side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kazakh text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Russian text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locality (city or village)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kindergarten&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kindergarten&apos;s BIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kindergarten&apos;s address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kindergarten&apos;s phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Director&apos;s full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent&apos;s full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent&apos;s IIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent&apos;s phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child&apos;s full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child&apos;s IIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child&apos;s date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group&apos;s language, in words of the text&apos;s language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children&apos;s ages in the group, in words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date the group starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines that start with “=” make the title, “#” a section heading, and “| left | right” a row such as the place and the date. The contract ends with the blocks [kindergarten] and [parent]: each party&apos;s details, and one line starting with “@”, the caption over its signature box. Words in braces are placeholders, filled in from the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placeholders:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert into the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview with a sample request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh the preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as a new version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a placeholder to see what it holds; double-click to insert it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version {version}, shipped with the program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version {version}, saved {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text has changes that are not saved. Discard them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a placeholder in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making the preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preview waits until the text is correct; it shows the last correct text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preview waits until the text is correct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n pages</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved. {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: {reason} The text is still here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as version {version}. New contracts use it; contracts made before keep the version they were made from.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Templates</name>
    <message>
        <source>Kazakh text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Russian text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text}, line {line}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: a brace is not closed or not opened. A placeholder is a name from the list in braces, such as {example}; to print a brace itself, write it twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: “{field}” is not a placeholder. A placeholder is a name from the list in braces, such as {example}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: {{{name}}} is not a known placeholder. Insert one from the list, or correct the name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: [{name}] is not a block this template knows: use [kindergarten] or [parent].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: the block [{name}] is there twice: keep one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: titles, headings and rows cannot follow the [kindergarten] and [parent] blocks: the parties&apos; details end the contract.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: title lines (“=”) belong at the top, before the first heading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: a row is written “| left text | right text”, with exactly two parts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text} is empty: write the contract&apos;s text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text} has no title: start it with a line that begins with “=”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text} has no [{name}] block: the contract ends with the blocks [kindergarten] and [parent], the parties&apos; details and signatures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: the block [{name}] needs exactly one line that starts with “@”: the caption over its signature box.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Kazakh text has {kk} sections and the Russian text {ru}. The two columns are laid out side by side section by section, so both need the same number of headings (lines that start with “#”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template could not be saved in {folder} ({reason}). Check that the disk has space and the folder can be written, then save again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrayNotifier</name>
    <message>
        <source>Notify me of new requests and deadlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open {app}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n new request(s): </source>
        <translation>
            <numerusform>%n new request: </numerusform>
            <numerusform>%n new requests: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deadline(s) end within one working day: </source>
        <translation>
            <numerusform>%n deadline ends within one working day: </numerusform>
            <numerusform>%n deadlines end within one working day: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new request(s)</source>
        <translation>
            <numerusform>%n new request</numerusform>
            <numerusform>%n new requests</numerusform>
        </translation>
    </message>
    <message>
        <source>Deadlines end soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open the program to see them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>№{number} {child}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> and %n more</numerusform>
            <numerusform> and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>Signatures of the contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signatures of the contract for {request}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IIN / BIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose certificate made the selected signature, its roles, validity and issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check a signed copy of this contract from a file (one the parent sent another way, for example) against the contract that was sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh the revocation list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch the newest revocation lists (CRL) and check again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal cannot be reached: the revocation list is refreshed when the connection returns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the signatures…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {path} cannot be read: {reason}. Check that it is still there and not open in another program, then choose it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check a signed contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching the revocation list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The revocation list could not be fetched ({reason}): the check below uses the one kept on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every signature is valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not every signature is valid: see below why, and do not countersign or accept this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked: the file {name} (SHA-256 {digest}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked: the countersigned contract (SHA-256 {digest}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked: the contract signed by the parent (SHA-256 {digest}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{role}: the signature is intact, made with a trusted certificate that was valid and not revoked when it signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not a contract: it is a folder, a device, or larger than {megabytes} MB. Choose the contract&apos;s PDF file.</source>
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
        <source>Medical certificate (form 027/u)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent&apos;s ID card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health passport (form 052-2/u)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vaccination card (form 065/u)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PMPK conclusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not uploaded yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received, not reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned for correction</source>
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
        <source>Accept the documents of request №{number}</source>
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
        <source>Move the child of request №{number} to group “{group}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training portal: the staff&apos;s test keys are in {folder}, in a folder per person; every one opens with the password {password}.</source>
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
    <message>
        <source>Kazakh and Russian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short stay</source>
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
        <source>keep settings, local data, documents and logs in DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the portal to use; remembered in the profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>log everything (DEBUG) and show the log on stderr as well</source>
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
        <source>The portal has no decline reason “{reason}”. Known reasons: {codes}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outbox is empty: the portal has confirmed every action.</source>
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
        <source>window system</source>
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
        <source>The comment is too long: the portal keeps at most {limit} characters. Shorten it and run the command again.</source>
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
        <source>Another Balabaqsha Desk on this computer is still starting the embedded portal sandbox. Wait until it is ready and run the command again.</source>
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
    <message>
        <source>check the signatures of a contract PDF, countersign it, or make contracts from the templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check every signature of FILE.pdf; exit code 0 only when all are valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>countersign FILE.pdf with the director&apos;s key into OUT.pdf (the key&apos;s password from BALABAQSHA_KEY_PASSWORD or asked on the terminal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the contract PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first signer must be this person (the applicant parent&apos;s IIN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signing key (RSA256_….p12)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>where to write the countersigned PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the kindergarten&apos;s BIN (by default the signed-in kindergarten&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>also trust these roots and intermediates (PEM; repeat for more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>also use this CRL (DER or PEM; repeat for more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>make contract PDFs from the profile&apos;s current templates: one contract&apos;s data per line of JSON on stdin, each written to DIR/&lt;contract_number&gt;.pdf and its path printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder the PDFs are written to (made if missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the template for every contract: kk, ru or bilingual (default: the group&apos;s language, as in the window)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {path} cannot be read: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} cannot be read as a PDF: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BIN {bin}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IIN {iin}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT VALID ({code}): {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revocation checked against the {crl}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No CRL is cached: whether a certificate was revoked could not be checked (give one with --crl FILE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} carries no signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first signature is not by IIN {iin}: it is by {who}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key password: set {variable} or run the command in a terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password of the key {name}: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder cannot be written to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a file of that name is open in another program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} was not written: {reason}. Nothing was changed there; free the file or choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose contract is this? Give the kindergarten&apos;s BIN with --bin, or sign in with `login` first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was signed: {path} carries no signature yet. The parent signs first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was signed: the signature in {field} is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Countersigned by {who} (BIN {bin}) with a time-stamp: written to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Countersigned by {who} (BIN {bin}): written to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field “{field}” is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{field}” is not a field of a contract (misspelt?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{field}” must be text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{field}” must be a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{field}” must be a date written YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{field}” must be kk or ru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder {path} cannot be made: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {number}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not JSON ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a JSON object of a contract&apos;s fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the contract number “{value}” cannot name a file: it must not be empty, start or end with a dot or space, or hold / \ : * ? &quot; &lt; &gt; |</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show this help, with the reason codes, and exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another reason, explained with --comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason codes (CODE):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the language of the commands&apos; messages (default: the profile&apos;s language, as chosen in the window); JSON output is the same in every language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balabaqsha Desk: without a command, the window; with one, the same services on the command line. Exit codes: 0 done, 1 refused, 2 bad usage, 3 the portal could not be reached (the work waits in the outbox), 4 synced, but actions the portal refused need attention.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only requests in status S: {statuses}, or {new} for those awaiting the kindergarten&apos;s decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the request&apos;s number, as people see it (257017), or its id (17)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conflicts {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pushed {count} (applied {applied}{refused})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing to push</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pulled {count} (full snapshot)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pulled {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} need attention: see `outbox`</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kilobytes} KB in {seconds} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{given} names two requests: request №{given} (id {number_id}) by its number, and request №{id_number} by its id. Nothing was recorded: see `requests`, and give the number of the one you mean, or the other&apos;s id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no request {id} in the local data (neither a number nor an id): see `requests`, or sync to fetch new ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded as outbox action {seq} ({action}, id {id}); it goes to the portal with the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check that the program is installed completely (headless, in a temporary folder; the profile is not touched), then exit: 0 when every check passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the groups with their places; changes go through the outbox (works offline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create a group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the group&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the age band on the group&apos;s start day, e.g. 3-4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the language of education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>places in the group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>general, special needs or short stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the educators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set a group&apos;s capacity (never below enrolled plus reserved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the children enrolled in (or reserved for) a group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>move an enrolled child to another group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the group to move to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>free places per group and month, computed from the local data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>how many months ahead (default 12)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>send the current forecast to the portal (through the outbox)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restore lost or damaged local data from its newest good backup (the damaged file is moved aside, not deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A group needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kindergarten already has a group named “{name}”: choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The age band is empty: give it as FROM-TO, for example 3-4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The age band {age_from}-{age_to} is inverted: the first age must not be above the second.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ages go from {low} to {high}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A capacity is {low} to {high} places, not {capacity}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A capacity of {capacity} is below the children the group holds ({enrolled} enrolled and {reserved} reserved): move children out first, or choose at least {taken}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no group {group_id} in the local data: see `groups` for the ids.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group waits to be created on the portal: sync first, then change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group still holds {enrolled} enrolled and {reserved} reserved children: move them to another group first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an enrolled child (or one with a reserved place) moves; this request is {status}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The child is in this group already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group “{name}” is full ({enrolled} enrolled and {reserved} reserved of {capacity}): raise its capacity first, or choose another group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The child will be {age} when the group starts; it takes {age_from}-{age_to}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group teaches in {language}; the parent asked for {languages}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Places cannot be negative ({places}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no request {id} in the local data: see `requests` for the ids, or sync to fetch new ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No groups in the local data: sync to fetch them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lang.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reserved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>! more children than places: raise the capacity or move children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>* a change waits in the outbox for the next sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded as outbox action {seq} ({name}); it goes to the portal with the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No children in this group yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--months is 1 to 36.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a whole number, got {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is out of range: no request, group or place count is that large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This needs the role {needed}, and your role is not known on this computer yet. Nothing was recorded: sign in once with `login LOGIN` while the portal can be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role ({acting}) does not allow this: it needs the role {needed}. Nothing was recorded: sign in with `login LOGIN` as someone who holds that role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local data is lost ({detail}), though the keyring still holds its key: actions recorded here and not yet sent may be lost with it. Nothing was created in its place. Run `doctor`, and ask support before signing in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is larger than {megabytes} MB, which no contract or key is: check that this is the right file. Nothing was read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not a file (a folder, a device or a pipe): give the path of the PDF or key file itself. Nothing was read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many failed sign-in attempts. Try again in {wait}; until then the portal refuses even the right password.</source>
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
        <source>The backup holds the actions up to number {seq}; those among them not yet confirmed ({pending}) will be sent at the next sync.</source>
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
        <source>lost: the file is missing, though the keyring holds its key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(a backup is kept: `doctor --repair` restores it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: the keyring holds no key for it, so neither it nor its backups can be opened; ask support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: intact, nothing to restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: no backup of it could be restored ({detail}); nothing was changed. Ask support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: skipped, damaged ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: restored from the backup of {moment} ({backup})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the damaged file was moved aside as {aside}, nothing was deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions recorded on this computer from {since} to {until} are not in the backup and may be lost: check them on the portal and record again any it does not show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions recorded on this computer after {since} are not in the backup and may be lost: check them on the portal and record again any it does not show.</source>
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
        <source>the newest CRL is {age} old and was due for renewal on {date}: refresh it while online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the newest CRL is {age} old</source>
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
    <message>
        <source>Qt&apos;s window-system plugin “{platform}” is not installed: reinstall the program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt&apos;s window-system plugin “{platform}” cannot load: {libraries} missing; install them ({command})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt&apos;s window-system plugin “{platform}”: {file}, its system libraries are installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lost: the file is empty, though the keyring holds its key; actions recorded here and not yet sent may be lost</source>
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
        <source>The key file {path} cannot be read: {reason}. Check that the file (or the USB stick it is on) is still there and readable, then choose it again.</source>
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
    <message>
        <source>{path} is not a key file: NCA&apos;s key files are small .p12 files, not folders, devices or anything over 1 MB. Choose the key file itself.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>self_check</name>
    <message>
        <source>cannot import {modules}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sandbox&apos;s module check ended with code {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing {files} in {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot load {modules}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the interface font has no Kazakh letters: the fonts in {folder} are missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the schema was not migrated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is missing or unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} does not translate “{text}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF uses no fonts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fonts not embedded: {fonts}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF does not use the DejaVu fonts (Kazakh letters): {fonts}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QtPdf cannot render the contract (status {status})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sandbox did not stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not checked: needs the contract and the sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signed PDF carries no signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>modules of the client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>modules of the portal sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt plugins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt libraries and fonts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>encrypted local data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>translations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contract PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>portal sandbox (start and stop)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAILED: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>self-check failed: {checks}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>self-check passed: the program is installed completely</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>signatures</name>
    <message>
        <source>The file is not a PDF document: choose the contract&apos;s PDF file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF cannot be read ({detail}): it is damaged or incomplete. Get the file again, then check it anew.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A signature in the PDF cannot be read ({detail}): the file is damaged. Get the file again, then check it anew.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No revocation list (CRL) of {issuer} is cached, so whether the certificate of {who} was revoked is unknown. Refresh the CRL while online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The revocation list of {issuer} is {age} old and was due for renewal on {date}: a recent revocation may be missing from it. Refresh it while online, or decide knowing this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of {who} was revoked on {date}, after this signature was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of {who} was revoked on {date} (according to the revocation list of {issuer} of {crl_date}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of {who} had expired on {date}, before {what}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of {who} is valid only from {date}, after {what}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of {who} does not lead to a trusted root certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature cannot be read ({detail}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature of {who} cannot be checked ({detail}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document was changed after {who} signed it: the signed content no longer matches the signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature of {who} does not match their certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document was modified after {who} signed it, beyond adding later signatures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signing time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signed PDF is not the contract that was sent with a signature added: it is another document, or the contract was saved again before or after signing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parent&apos;s PDF carries no signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parent&apos;s PDF carries {count} new signatures, where one was expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contract was changed after it was sent and before the parent signed it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} signed with a log-in key (AUTH), not a signing key: ask the parent to sign with their RSA256_… key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of {who} is not an individual&apos;s: the parent must sign with a personal key, not an organisation&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contract was signed by {who} (IIN {iin}), not by the applicant parent (IIN {expected}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is a log-in key (AUTH): countersigning needs the signing key issued with it (its file name starts with RSA256_).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key of {who} is a personal key: countersigning needs the key NCA RK issued to them as an employee of the kindergarten (BIN {bin}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key of {who} belongs to another organisation (BIN {theirs}), not to this kindergarten (BIN {ours}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key of {who} gives no right to sign for the kindergarten (it is not a first head&apos;s key, and carries no right to sign): the director, or an employee with the right to sign, must countersign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was signed: the signature in {field} ({who}) is not valid. {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was signed: the contract carries no signature yet. The parent signs first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was signed: the contract is countersigned already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was signed. {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time-stamp server {url} did not answer: the contract was signed without a time-stamp (PAdES baseline B).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature could not be added as an incremental revision: nothing was signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was signed: the contract has several empty signature fields ({fields}) and none of them is named {field}, so which one is the kindergarten&apos;s cannot be told. Ask whoever made the contract to leave one empty field for the kindergarten.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>startup</name>
    <message>
        <source>Balabaqsha Desk cannot open its window: Qt&apos;s window-system plugin “{platform}” could not start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These system libraries are missing: {libraries}. Ask your IT person to install them; on Debian or Ubuntu this command does it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install the system packages that provide: {libraries}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no screen to open a window on (neither DISPLAY nor WAYLAND_DISPLAY is set). Start the program from a desktop session; the commands work without one (python -m desktop --help).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt reported: {message}. Reinstall the program; if that does not help, send the log {log} to support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder for settings and data cannot be used: {path} ({error}). Choose another one with --profile DIR, or ask your IT person for write access to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The installation is incomplete: {module} cannot be loaded ({error}). Reinstall Balabaqsha Desk (from a source checkout: python dev.py run).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balabaqsha Desk could not start: {error}. The details are in the log {log}; send it to support.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>trust</name>
    <message>
        <source>The certificate file {path} cannot be read: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} holds no certificate that can be read (PEM or DER expected): {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} holds no certificate (PEM or DER expected).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CRL file {path} cannot be read: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not a certificate revocation list (CRL, DER or PEM expected).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was received is not a certificate revocation list (CRL).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CRL of {issuer} is not signed by its issuer: it was not kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No NCA RK root certificates are installed, so no signature can be trusted. Ask IT to add them (resources/trust/README.md says how).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No NCA RK root certificates are installed, only test roots: ask IT to add them (resources/trust/README.md says how).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no CRL cached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRL of {issuer} issued {date} ({age} ago)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, overdue since {date}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
