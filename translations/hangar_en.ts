<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>DestroyDialog</name>
    <message>
        <source>Destroy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kill running machines without a clean stop</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FleetLabels</name>
    <message numerus="yes">
        <source>%n %1 CPU(s) · %2 MB</source>
        <translation>
            <numerusform>%n %1 CPU · %2 MB</numerusform>
            <numerusform>%n %1 CPUs · %2 MB</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n started</source>
        <translation>
            <numerusform>%n started</numerusform>
            <numerusform>%n started</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stopped</source>
        <translation>
            <numerusform>%n stopped</numerusform>
            <numerusform>%n stopped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n suspended</source>
        <translation>
            <numerusform>%n suspended</numerusform>
            <numerusform>%n suspended</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changing state</source>
        <translation>
            <numerusform>%n changing state</numerusform>
            <numerusform>%n changing state</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n machine(s)</source>
        <translation>
            <numerusform>%n machine</numerusform>
            <numerusform>%n machines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n volume(s)</source>
        <translation>
            <numerusform>%n volume</numerusform>
            <numerusform>%n volumes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cordoned: receives no traffic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2, %3 in %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attached to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (copy helper)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hangar started this machine to copy files into volume %1. It is destroyed when the copy ends.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuestConfig</name>
    <message>
        <source>Unknown CPU kind “%1”: choose shared or performance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A shared guest can have 1, 2, 4, 6 or 8 CPUs, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A performance guest can have 1, 2, 4, 6, 8, 10, 12, 14, 16, 32, 64 or 128 CPUs, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory must be between %1 MB and %2 MB for this guest (256 to 2048 MB per shared CPU).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory must be between %1 MB and %2 MB for this guest (2048 to 8192 MB per performance CPU).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory for a shared guest must be a multiple of 256 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory for a performance guest must be a multiple of 1024 MB.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MachinePanel</name>
    <message>
        <source>Cordoned: not receiving traffic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machine ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private IP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Hangar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter: name, id, image, state, region or key=value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PanelFormat</name>
    <message numerus="yes">
        <source>%n %1 CPU(s), %2</source>
        <translation>
            <numerusform>%n %1 CPU, %2</numerusform>
            <numerusform>%n %1 CPUs, %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n minute ago</numerusform>
            <numerusform>%n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n hour ago</numerusform>
            <numerusform>%n hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>performance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Binary content, %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… %n more line(s)</source>
        <translation>
            <numerusform>… %n more line</numerusform>
            <numerusform>… %n more lines</numerusform>
        </translation>
    </message>
    <message>
        <source>secret %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image config of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegionMarkerText</name>
    <message>
        <source>Nearest to you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deprecated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid plan only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No machines or volumes here</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n volume(s), %1</source>
        <translation>
            <numerusform>%n volume, %1</numerusform>
            <numerusform>%n volumes, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Capacity: %1 more machines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available for new machines or volumes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VolumePanel</name>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attached to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshots</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hangar::api::ApiError</name>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach %1: %2. Check your internet connection and proxy settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The machine did not reach the expected state in time. It may still get there; refresh to see where it stands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer in time. The action may still complete; refresh before trying again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection failed: %1. Hangar never connects when a certificate cannot be verified; check the API address and your network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent an answer Hangar could not read (%1). Try again; if it keeps happening, report it with the request id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token was rejected. Check that it is complete and has not expired or been revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This token does not give access to that. Use a token for the right organization or app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found: it may have been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform did not finish in time. The action may still complete; refresh to see where it stands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The machine is locked by another operation (a lease is held). Try again when it has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this machine in the meantime. Reload it and apply your changes again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That volume is already attached to another machine. A volume can be mounted by one machine at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That name is already taken. Choose another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is not enough capacity for this right now. Try another region or try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fly.io is rate limiting these requests. Hangar retried them; wait a moment and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was too large for the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fly.io had a problem (HTTP %1). Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not accepted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request conflicts with the current state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request cannot be carried out in the current state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not possible now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was not accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered with HTTP %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered with HTTP %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid API address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hangar only talks to the API over https (plain http is allowed for this computer&apos;s own simulator only), so it will not use %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hangar::api::CreateAndWait</name>
    <message>
        <source>Creating the machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the machine to be created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the machine to start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hangar::api::DestroyMachine</name>
    <message>
        <source>Stopping the machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destroying the machine</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hangar::api::TransitionAndWait</name>
    <message>
        <source>Waiting for the machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping the machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restarting the machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspending the machine</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hangar::api::UpdateAndWait</name>
    <message>
        <source>Taking a lease on the machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applying the new config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the machine to settle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Releasing the lease</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hangar::core::AccountManager</name>
    <message>
        <source>The account has no id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste a token first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already an account with this id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token of “%1” could not be saved in the system keychain. %2 Hangar keeps it in memory until it quits; next time, paste it again in the account&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token of “%1” could not be read from the system keychain. %2 To use the account now, paste its token in the account&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No token is saved for “%1”. Paste its token in the account&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token of the removed account could not be deleted from the system keychain. %1 Hangar will try again when it next starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not saved)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hangar::core::AccountProfile</name>
    <message>
        <source>Put the token in the token field, not in the API address.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hangar::core::BulkJob</name>
    <message numerus="yes">
        <source>%1 of %n machine(s) done</source>
        <translation>
            <numerusform>%1 of %n machine done</numerusform>
            <numerusform>%1 of %n machines done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n cancelled</numerusform>
            <numerusform>%n cancelled</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (and %n more)</source>
        <translation>
            <numerusform>%1 (and %n more)</numerusform>
            <numerusform>%1 (and %n more)</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operation could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hangar::core::ChunkReader</name>
    <message>
        <source>it changed while it was being copied</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hangar::core::ConfigSummary</name>
    <message>
        <source>the machine will restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the machine stays stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the machine stays stopped and its suspended state is lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>env %1 added</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n env variable(s) added</source>
        <translation>
            <numerusform>%n env variable added</numerusform>
            <numerusform>%n env variables added</numerusform>
        </translation>
    </message>
    <message>
        <source>env %1 changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n env variable(s) changed</source>
        <translation>
            <numerusform>%n env variable changed</numerusform>
            <numerusform>%n env variables changed</numerusform>
        </translation>
    </message>
    <message>
        <source>env %1 removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n env variable(s) removed</source>
        <translation>
            <numerusform>%n env variable removed</numerusform>
            <numerusform>%n env variables removed</numerusform>
        </translation>
    </message>
    <message>
        <source>metadata %1 added</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n metadata key(s) added</source>
        <translation>
            <numerusform>%n metadata key added</numerusform>
            <numerusform>%n metadata keys added</numerusform>
        </translation>
    </message>
    <message>
        <source>metadata %1 changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n metadata key(s) changed</source>
        <translation>
            <numerusform>%n metadata key changed</numerusform>
            <numerusform>%n metadata keys changed</numerusform>
        </translation>
    </message>
    <message>
        <source>metadata %1 removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n metadata key(s) removed</source>
        <translation>
            <numerusform>%n metadata key removed</numerusform>
            <numerusform>%n metadata keys removed</numerusform>
        </translation>
    </message>
    <message>
        <source>check %1 added</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) added</source>
        <translation>
            <numerusform>%n check added</numerusform>
            <numerusform>%n checks added</numerusform>
        </translation>
    </message>
    <message>
        <source>check %1 changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) changed</source>
        <translation>
            <numerusform>%n check changed</numerusform>
            <numerusform>%n checks changed</numerusform>
        </translation>
    </message>
    <message>
        <source>check %1 removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) removed</source>
        <translation>
            <numerusform>%n check removed</numerusform>
            <numerusform>%n checks removed</numerusform>
        </translation>
    </message>
    <message>
        <source>file %1 added</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) added</source>
        <translation>
            <numerusform>%n file added</numerusform>
            <numerusform>%n files added</numerusform>
        </translation>
    </message>
    <message>
        <source>file %1 changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) changed</source>
        <translation>
            <numerusform>%n file changed</numerusform>
            <numerusform>%n files changed</numerusform>
        </translation>
    </message>
    <message>
        <source>file %1 removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) removed</source>
        <translation>
            <numerusform>%n file removed</numerusform>
            <numerusform>%n files removed</numerusform>
        </translation>
    </message>
    <message>
        <source>auto-destroy on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auto-destroy off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>and %n other change(s)</source>
        <translation>
            <numerusform>and %n other change</numerusform>
            <numerusform>and %n other changes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n CPU(s), %1 MB</source>
        <translation>
            <numerusform>%n CPU, %1 MB</numerusform>
            <numerusform>%n CPUs, %1 MB</numerusform>
        </translation>
    </message>
    <message>
        <source>init</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>processes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>statics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>containers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>container volumes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standbys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>root file system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cache drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spot pricing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>autostart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>size %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>size removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>size %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU kind %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPUs %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>memory %1 → %2 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>guest settings changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service %1 added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service %1 removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port %1 added to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port %1 removed from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port %1 of %2 changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service %1 changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>volume %1 mounted at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>volume %1 unmounted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mount path %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mount of %1 changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restart policy %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restart retries %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restart settings changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stop signal %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stop timeout changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stop settings changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schedule %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schedule removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schedule %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field %1 added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field %1 removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field %1 changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hangar::core::CopyEngine</name>
    <message>
        <source>The volume is full: %1 did not fit. Nothing partial was left in its place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The volume is full: %n file(s) starting with %1 did not fit. Nothing partial was left in their place.</source>
        <translation>
            <numerusform>The volume is full: %n file starting with %1 did not fit. Nothing partial was left in their place.</numerusform>
            <numerusform>The volume is full: %n files starting with %1 did not fit. Nothing partial was left in their place.</numerusform>
        </translation>
    </message>
    <message>
        <source>The machine stopped answering commands: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The machine refuses even the smallest chunk: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy did not match the original (SHA-256 differs).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The machine refuses even the smallest request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be written on the machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be put in place: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its temporary file on the machine was removed while it was being copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The machine could not write it (exit code %1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hangar::core::CopyJob</name>
    <message>
        <source>Copy into %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The destination is not valid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking at the dropped files</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The dropped folders contain %n symbolic link(s), such as %1. Copy what they point to, or leave them out?</source>
        <translation>
            <numerusform>The dropped folders contain %n symbolic link, such as %1. Copy what they point to, or leave them out?</numerusform>
            <numerusform>The dropped folders contain %n symbolic links, such as %1. Copy what they point to, or leave them out?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out %n symbolic link(s).</source>
        <translation>
            <numerusform>Left out %n symbolic link.</numerusform>
            <numerusform>Left out %n symbolic links.</numerusform>
        </translation>
    </message>
    <message>
        <source>The name cannot be used on the volume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s), %1 in all</source>
        <translation>
            <numerusform>%n file, %1 in all</numerusform>
            <numerusform>%n files, %1 in all</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is %2. Copying it takes a while and uses space on the volume. Copy it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Larger than %1; not copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The volume is attached to %1, which is %2. Start it for the copy (and stop it again afterwards)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying through %1, which sees the volume at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying %1 (%2 of %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing temporary files</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) copied (%1) to %2</source>
        <translation>
            <numerusform>%n file copied (%1) to %2</numerusform>
            <numerusform>%n files copied (%1) to %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n skipped</numerusform>
            <numerusform>%n skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message>
        <source>Failed: %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be copied.</source>
        <translation>
            <numerusform>%n file could not be copied.</numerusform>
            <numerusform>%n files could not be copied.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking what is already on the volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The volume could not be checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A folder with this name is in the way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists on the volume. Replace it, skip this file, or keep both?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already there; skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeping both: the copy is named %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some folders could not be made: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hangar::core::CreateMachineJob</name>
    <message>
        <source>a new machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Creating volume %1 (%n GB) in %2</source>
        <translation>
            <numerusform>Creating volume %1 (%n GB) in %2</numerusform>
            <numerusform>Creating volume %1 (%n GB) in %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Forking %1 into %2 in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The volume could not be created; no machine was created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume %1 created (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new volume %1 was kept; mount it on another machine or destroy it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 created and %2 in %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hangar::core::DownloadJob</name>
    <message>
        <source>Download from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The volume&apos;s machine is not running. Open the Files tab with it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) saved in %1</source>
        <translation>
            <numerusform>%n file saved in %1</numerusform>
            <numerusform>%n files saved in %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be downloaded.</source>
        <translation>
            <numerusform>%n file could not be downloaded.</numerusform>
            <numerusform>%n files could not be downloaded.</numerusform>
        </translation>
    </message>
    <message>
        <source>Downloading %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file changed while it was read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The download did not match the file on the volume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hangar::core::Job</name>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hangar::core::KeychainCredentialStore</name>
    <message numerus="yes">
        <source>The system keychain did not answer within %n second(s). It may be locked, or waiting for a password prompt that nobody can see.</source>
        <translation>
            <numerusform>The system keychain did not answer within %n second. It may be locked, or waiting for a password prompt that nobody can see.</numerusform>
            <numerusform>The system keychain did not answer within %n seconds. It may be locked, or waiting for a password prompt that nobody can see.</numerusform>
        </translation>
    </message>
    <message>
        <source>Access to the system keychain was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain could not delete the entry: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain is not available: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hangar::core::LocalScan</name>
    <message>
        <source>%1: it no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: it cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a link loops back to a folder above it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the folder cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a broken link</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hangar::core::MachineJobs</name>
    <message numerus="yes">
        <source>Start %n machine(s)</source>
        <translation>
            <numerusform>Start %n machine</numerusform>
            <numerusform>Start %n machines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stop %n machine(s)</source>
        <translation>
            <numerusform>Stop %n machine</numerusform>
            <numerusform>Stop %n machines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restart %n machine(s)</source>
        <translation>
            <numerusform>Restart %n machine</numerusform>
            <numerusform>Restart %n machines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Suspend %n machine(s)</source>
        <translation>
            <numerusform>Suspend %n machine</numerusform>
            <numerusform>Suspend %n machines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n machine(s) started</source>
        <translation>
            <numerusform>%1 of %n machine started</numerusform>
            <numerusform>%1 of %n machines started</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n machine(s) stopped</source>
        <translation>
            <numerusform>%1 of %n machine stopped</numerusform>
            <numerusform>%1 of %n machines stopped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n machine(s) restarted</source>
        <translation>
            <numerusform>%1 of %n machine restarted</numerusform>
            <numerusform>%1 of %n machines restarted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n machine(s) suspended</source>
        <translation>
            <numerusform>%1 of %n machine suspended</numerusform>
            <numerusform>%1 of %n machines suspended</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Destroy %n machine(s)</source>
        <translation>
            <numerusform>Destroy %n machine</numerusform>
            <numerusform>Destroy %n machines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n machine(s) destroyed</source>
        <translation>
            <numerusform>%1 of %n machine destroyed</numerusform>
            <numerusform>%1 of %n machines destroyed</numerusform>
        </translation>
    </message>
    <message>
        <source>Start %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspend %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destroy %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was destroyed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hangar::core::MemoryCredentialStore</name>
    <message>
        <source>The credential store did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hangar::core::OperationJob</name>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hangar::core::TokenCheck</name>
    <message>
        <source>This token has expired. Create a new one (fly tokens create, or Tokens in the Fly.io dashboard) and paste it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fly.io knows this token but it is too narrow: it may not even describe itself (HTTP 403). Use an organization token (fly tokens create org) or a deploy token for the apps to manage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fly.io accepts this token, but it reaches no organization, so there is nothing Hangar could show. Use an organization token (fly tokens create org) or a deploy token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token works. It is a personal token: Hangar shows the apps of your personal organization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The token works. It reaches %n organization(s).</source>
        <translation>
            <numerusform>The token works. It reaches %n organization.</numerusform>
            <numerusform>The token works. It reaches %n organizations.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hangar::core::TokenValidator</name>
    <message>
        <source>Paste a token first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hangar::core::VolumeAccess</name>
    <message>
        <source>%1 was not started, so the volume cannot be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking up the volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for %1 to settle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The volume is attached to %1, which is %2: it cannot be used now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be started: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting helper machine %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The helper machine could not be started: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Helper machine %1 (%2) is running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping %1 again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be stopped: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing helper machine %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Helper machine %1 removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Helper machine %1 could not be removed (%2); it removes itself when its timer runs out, or at Hangar&apos;s next start.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hangar::core::VolumeBrowser</name>
    <message>
        <source>No machine mounts this volume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The volume is attached to %1, which is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The volume itself cannot be deleted here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hangar::core::helpers</name>
    <message>
        <source>Remove helper machine %1 left behind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Helper machine %1 removed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hangar::core::remotepath</name>
    <message>
        <source>The path contains a NUL character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an absolute path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; climbs above the root.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name in &quot;%1&quot; is longer than 255 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is outside the volume, which is at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be used as a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name cannot contain &quot;/&quot; or NUL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is longer than 255 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hangar::gui::AccountBanner</name>
    <message>
        <source>PRODUCTION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A production account: destructive actions need the resource&apos;s name typed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · nothing here touches Fly.io</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hangar::gui::AccountDialog</name>
    <message>
        <source>Check the token to see what it reaches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a Fly.io account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change how Hangar shows this account. Paste a new token only to replace the saved one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste an API token from Fly.io: &lt;i&gt;fly tokens create org&lt;/i&gt;, or Tokens in the dashboard. Hangar checks it, then keeps it in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Acme production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Machines API. Change it only for a proxy or a simulator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved in the keychain; paste a new token to replace it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FlyV1 fm2_… or a personal access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chec&amp;k token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept in the system keychain, never shown again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Production account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destroying a machine, volume or app, or stopping several machines at once, then needs its name typed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organizations:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste a token first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the token with %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No token is saved for this account. Paste it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved token could not be read. %1 Paste it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your personal organization. A personal token reaches every organization you belong to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It belongs to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least one organization to show.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hangar::gui::AccountNotices</name>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hangar::gui::AccountsDialog</name>
    <message>
        <source>token in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>token in memory until Hangar quits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no token saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keychain not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>token not read yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fly.io accounts Hangar shows side by side. Tokens stay in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all organizations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove “%1” from Hangar?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its token is deleted from the system keychain. Nothing changes on Fly.io: its apps, machines and volumes stay as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hangar::gui::ActivityDock</name>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing running. Starts, stops, updates and copies show their progress here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the selected job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the steps and error details of the selected job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the jobs that have finished from the list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hangar::gui::AppPanel</name>
    <message numerus="yes">
        <source>%n machine(s): %1</source>
        <translation>
            <numerusform>%n machine: %1</numerusform>
            <numerusform>%n machines: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n volume(s), %1 GB in all</source>
        <translation>
            <numerusform>%n volume, %1 GB in all</numerusform>
            <numerusform>%n volumes, %1 GB in all</numerusform>
        </translation>
    </message>
    <message>
        <source>Machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization %1 · status %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No machines yet. Machines you create in this app appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Machines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Secrets (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hangar::gui::ChecksEditor</name>
    <message>
        <source>Add chec&amp;k</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grace period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health checks: type tcp (the port accepts connections) or http (GET of the path answers 2xx). Durations are like 15s, 1m or 500ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check %1 needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two checks are named “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check %1: the type is tcp or http.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check %1: the port is a number from 1 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check %1: “%2” is not a duration; write it like 15s, 1m30s or 500ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check %1: an HTTP path starts with /.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hangar::gui::ChecksSection</name>
    <message>
        <source>Health checks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hangar::gui::ColourChoice</name>
    <message>
        <source>Blue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Green</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purple</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grey</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hangar::gui::ConfigDiffView</name>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide unchanged lines, keeping the sections around each change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous change (Alt+Up, Shift+F8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next change (Alt+Down, F8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n change</numerusform>
            <numerusform>%n changes</numerusform>
        </translation>
    </message>
    <message>
        <source>Change %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hangar::gui::ConfigEditor</name>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole config as the Machines API sees it, including fields the form does not show. Edits here update the form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The config must be a JSON object: { … }.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fly machines mount at most one volume; this config has %1. Keep one mount and add the other files as config files, or copy them into the mounted volume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JSON does not parse: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid config.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to fix before applying:</source>
        <translation>
            <numerusform>%n problem to fix before applying:</numerusform>
            <numerusform>%n problems to fix before applying:</numerusform>
        </translation>
    </message>
    <message>
        <source>The JSON is valid; see the problems above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also in this config, kept as they are and editable in the JSON tab: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hangar::gui::ConfigFileDialog</name>
    <message>
        <source>A &amp;local file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Text typed here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An app &amp;secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Config file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the file is written inside the machine, each time it boots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permissions in octal, such as 0644 (readable by all) or 0600 (owner only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file&apos;s content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret&apos;s value becomes the file&apos;s content; it never appears in the machine config.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This app has no secrets yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Path in the machine:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit config file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say where the file goes in the machine, such as /etc/app/config.toml.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The path in the machine must be absolute (start with /).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The path names a directory; add the file&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another config file is already written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mode is an octal number such as 0644.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the local file to add.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2; config files are limited to %3. Copy large files into a volume instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text is larger than %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value of secret %1, written at boot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 grew past %2 while it was being read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hangar::gui::ConfigHistoryWidget</name>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore this version…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select one version to see what it changed, or two to compare them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (current)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No config changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the config the machine runs now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review going back to the selected version&apos;s config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select one version to see what it changed, or two to compare them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing version %1 with the newer %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What version %1 changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 is the first version.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hangar::gui::CopyProgressWidget</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry Failed Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hangar::gui::CopyQuestionDialog</name>
    <message>
        <source>Start the machine?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Large file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Symbolic links</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Do this for the other %n file(s) too</source>
        <translation>
            <numerusform>Do this for the other %n file too</numerusform>
            <numerusform>Do this for the other %n files too</numerusform>
        </translation>
    </message>
    <message>
        <source>Start and Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Don&apos;t Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep Both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow Links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave Them Out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hangar::gui::CreateMachineWizard</name>
    <message>
        <source>Use lowercase letters, digits and dashes (not at the start or end), up to 63 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This app already has a machine called %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a machine in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the machine runs: an image from Docker Hub or another registry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPUs and memory. You can change this later; the machine restarts to take a new size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services and ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which ports the Fly Proxy routes to the machine. Leave empty for a private machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variables the machine&apos;s processes see. Put passwords in app secrets instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a &amp;web service (ports 80 and 443 → 8080)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the machine is shown in Hangar and on Fly. Leave it empty and Fly picks a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lowercase letters, digits and dashes, unique within the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a region on the map or in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the machine runs. Volumes live in one region, so a machine can only mount volumes of its own region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persistent storage that survives restarts and image updates. A machine mounts at most one volume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;No volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mount a free volume of this app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a &amp;new volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to 30 lowercase letters, digits, dashes and underscores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted at rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Si&amp;ze:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mount &amp;path:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick the volume to mount, or choose another option.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the new volume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A volume name has up to 30 lowercase letters, digits, dashes and underscores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mount path must be an absolute directory such as /data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is what will be sent to Fly. Nothing is created until you press Create machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Creates %1 in %2 from %3, %4 CPU(s) and %5 MB.</source>
        <translation>
            <numerusform>Creates %1 in %2 from %3, %4 CPU and %5 MB.</numerusform>
            <numerusform>Creates %1 in %2 from %3, %4 CPUs and %5 MB.</numerusform>
        </translation>
    </message>
    <message>
        <source>a machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First creates volume %1 (%2 GB), mounted at %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First forks the original&apos;s volume into %1, mounted at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mounts volume %1 at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clone %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fork %1 (a copy of its data) into a new volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a &amp;fresh, empty volume</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hangar::gui::CreateVolumeDialog</name>
    <message>
        <source>Create Volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The snapshots could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A volume is persistent storage on one host in one region. Create it first, then a machine in the same region that mounts it; a machine mounts one volume at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. nginx-data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to 30 lowercase letters, digits, dashes and underscores. Machines refer to the volume by its ID; several volumes may share a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the volume lives. A machine must be in the same region (and on the same host) to mount it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1 to %2 GB. A volume can be extended later, but never shrunk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2 GB; it can grow later, never shrink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Empty volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from a &amp;snapshot:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshots of this app&apos;s volumes, newest first. The new volume must be at least as large as the volume the snapshot was taken from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encr&amp;ypt the contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommended. Encryption cannot be turned on or off later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put it on a different &amp;host than volumes with this name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommended: volumes of one name on one host fail together. Creating fails when the region has no such host left; clear this to allow sharing one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Si&amp;ze:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contents:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading regions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The regions could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fork Volume %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fork</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forking copies a volume to a new one, in this region or another. The copy can be mounted at once; its data arrives in the background.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A copy of %1 (%2, %n GB in %3)</source>
        <translation>
            <numerusform>A copy of %1 (%2, %n GB in %3)</numerusform>
            <numerusform>A copy of %1 (%2, %n GB in %3)</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore Snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates a new volume holding the contents of a snapshot of %1. The volume the snapshot was taken from is not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading snapshots…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 — from %2 (%n GB)</source>
        <translation>
            <numerusform>%1 — from %2 (%n GB)</numerusform>
            <numerusform>%1 — from %2 (%n GB)</numerusform>
        </translation>
    </message>
    <message>
        <source>Snapshot %1 of volume %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a snapshot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No volume of this app has a snapshot yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This volume has no snapshots yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Map…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the region on a world map</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hangar::gui::DestroyDialog</name>
    <message numerus="yes">
        <source>Destroy %n machine(s)</source>
        <translation>
            <numerusform>Destroy %n machine</numerusform>
            <numerusform>Destroy %n machines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Destroy %n volume(s)</source>
        <translation>
            <numerusform>Destroy %n volume</numerusform>
            <numerusform>Destroy %n volumes</numerusform>
        </translation>
    </message>
    <message>
        <source>Destroy machine %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destroy volume %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; will be destroyed: the machine and its root file system are deleted. Its volume, if it has one, is kept. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; and every file on it will be destroyed. Snapshots are kept for their retention period. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type &lt;b&gt;%1&lt;/b&gt; to confirm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These will be destroyed, which cannot be undone:&lt;br&gt;&lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the number of items, &lt;b&gt;%1&lt;/b&gt;, to confirm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without this, a running machine is stopped cleanly first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destroy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destroy app %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; and everything in it will be destroyed: its machines, its volumes and the files on them, its secrets and its addresses. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Destroy %n app(s)</source>
        <translation>
            <numerusform>Destroy %n app</numerusform>
            <numerusform>Destroy %n apps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stop %n machine(s)</source>
        <translation>
            <numerusform>Stop %n machine</numerusform>
            <numerusform>Stop %n machines</numerusform>
        </translation>
    </message>
    <message>
        <source>These machines will stop, and whatever they serve stops with them:&lt;br&gt;&lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the app&apos;s name, &lt;b&gt;%1&lt;/b&gt;, to confirm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the account&apos;s name, &lt;b&gt;%1&lt;/b&gt;, to confirm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Production:&lt;/b&gt; %1 is a production account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspend</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Restart %n machine(s)</source>
        <translation>
            <numerusform>Restart %n machine</numerusform>
            <numerusform>Restart %n machines</numerusform>
        </translation>
    </message>
    <message>
        <source>These machines will restart, and whatever they serve is interrupted until they are back:&lt;br&gt;&lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Suspend %n machine(s)</source>
        <translation>
            <numerusform>Suspend %n machine</numerusform>
            <numerusform>Suspend %n machines</numerusform>
        </translation>
    </message>
    <message>
        <source>These machines will be suspended, and whatever they serve pauses with them:&lt;br&gt;&lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hangar::gui::DiffPane</name>
    <message numerus="yes">
        <source>⋯ %n unchanged line(s)</source>
        <translation>
            <numerusform>⋯ %n unchanged line</numerusform>
            <numerusform>⋯ %n unchanged lines</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hangar::gui::DnsSection</name>
    <message>
        <source>DNS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not register in the app&apos;s private DNS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the machine ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The machine&apos;s hostname as its processes see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fly&apos;s resolver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP addresses of resolvers, separated by commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search domains, separated by commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other machines of the app then cannot find this one by &lt;app&gt;.internal names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host&amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name&amp;servers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search &amp;domains:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an IP address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid hostname: use letters, digits and hyphens, in dot-separated parts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid search domain.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hangar::gui::ExtendVolumeDialog</name>
    <message>
        <source>Extend Volume %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xtend</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; (%2) in %3 has %n GB.</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; (%2) in %3 has %n GB.</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; (%2) in %3 has %n GB.</numerusform>
        </translation>
    </message>
    <message>
        <source>It is mounted by machine %1. The volume grows while in use; if the machine is running it may have to restart to see the new space, and Hangar will say so.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is not attached to a machine: the next machine that mounts it sees the new size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new total size, larger than now and at most %1 GB. Volumes cannot shrink.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n GB more</source>
        <translation>
            <numerusform>%n GB more</numerusform>
            <numerusform>%n GB more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hangar::gui::FilesFormat</name>
    <message>
        <source>%1/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>estimating time left</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n second(s) left</source>
        <translation>
            <numerusform>%n second left</numerusform>
            <numerusform>%n seconds left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) left</source>
        <translation>
            <numerusform>%n minute left</numerusform>
            <numerusform>%n minutes left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) left</source>
        <translation>
            <numerusform>%n hour left</numerusform>
            <numerusform>%n hours left</numerusform>
        </translation>
    </message>
    <message>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hangar::gui::FilesSection</name>
    <message>
        <source>Config files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path in the machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files written into the machine each time it boots, from text, a local file or an app secret. Good for small configuration such as nginx.conf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Config file “%1”: the path must be absolute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two config files are written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add config file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No config files. Add one to write a file such as nginx.conf into the machine when it boots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written from the value of secret %1 (not shown).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written from the config of image %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hangar::gui::FleetActions</name>
    <message numerus="yes">
        <source>Cordon %n machine(s)</source>
        <translation>
            <numerusform>Cordon %n machine</numerusform>
            <numerusform>Cordon %n machines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Uncordon %n machine(s)</source>
        <translation>
            <numerusform>Uncordon %n machine</numerusform>
            <numerusform>Uncordon %n machines</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the selected machines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the selected machines cleanly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart the selected machines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sus&amp;pend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspend the selected machines: they resume quickly with their memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cordon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop routing traffic to the selected machines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Uncordon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route traffic to the selected machines again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Destroy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destroy the selected machines (asks first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cordon %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uncordon %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hangar::gui::ImageSection</name>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The container image to run: a Docker Hub name such as nginx:1.27, or a full reference such as registry.fly.io/my-app:deployment-01H…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Image:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An image is required, for example nginx:latest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An image reference has no spaces.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hangar::gui::JobDetailsDialog</name>
    <message>
        <source>Waiting to start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the details, including the request id, to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hangar::gui::JobDialog</name>
    <message>
        <source>&amp;OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account was removed while this was open; nothing can be done for it now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled before it finished. Nothing you entered was lost.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hangar::gui::JobItemDelegate</name>
    <message>
        <source>Waiting to start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hangar::gui::KeyValueSection</name>
    <message>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment variables the machine&apos;s processes see. Names must be unique; keep passwords and keys in app secrets instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key/value labels on the machine, such as fly_process_group. Keys must be unique.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 is empty: give the %2 a name or remove the row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 has a value but no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is set twice; each name can appear once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a usable variable name: use letters, digits and _, not starting with a digit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hangar::gui::ListPanel</name>
    <message>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hangar::gui::MachineConfigTab</name>
    <message>
        <source>&amp;Discard changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Review and apply…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget the edits and show the machine&apos;s config as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See every change side by side before anything is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applying…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to fix before this can be applied.</source>
        <translation>
            <numerusform>%n problem to fix before this can be applied.</numerusform>
            <numerusform>%n problems to fix before this can be applied.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved changes, started from an older version of the config; the review will offer to re-apply them onto the current one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes, kept until you apply or discard them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply config to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 runs the new config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied at %1: %2 runs version %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply cancelled; your changes are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not apply: %1 Your changes are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone changed %1 meanwhile; loading their version…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone changed %1 meanwhile, and reading the new config failed: %2 Your changes are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your changes were discarded; this is the config %1 runs now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applied: the machine changed meanwhile. Your changes are kept; review again to re-apply them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hangar::gui::MachineCreation</name>
    <message>
        <source>New &amp;app…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New machine…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lone machine…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an app in this account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an account to create an app in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a machine in %1 (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an app to create a machine in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new machine with this one&apos;s config, in any region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a machine to clone it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hangar::gui::MachineFileDrop</name>
    <message>
        <source>%1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large for a machine&apos;s config; copy it into a volume instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop a single file to add it to the machine&apos;s config.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add as Config File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where should %1 appear inside %2?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hangar::gui::MachineHistoryTab</name>
    <message>
        <source>Re&amp;load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the versions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the history: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n version(s). Select two to compare them.</source>
        <translation>
            <numerusform>%n version. Select two to compare them.</numerusform>
            <numerusform>%n versions. Select two to compare them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hangar::gui::MachinePanel</name>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No health checks are configured for this machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No metadata.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hangar::gui::MainWindow</name>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh everything now (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;gions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where your machines and volumes are (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group by &amp;region first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset sandbox…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset the sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Throw away everything you did in the sandbox and start again with the demo fleet?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect to Fly.io…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;sandbox</source>
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
        <source>&amp;Machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an app, a machine or a volume in the tree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading your fleet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hangar — Sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hangar — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing region %1 only · &lt;a href=&quot;clear&quot;&gt;show all&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accounts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>V&amp;olume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hangar will use %1 the next time it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hangar::gui::MountLimitDialog</name>
    <message>
        <source>Add a &amp;config file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;py into %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One volume per machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 already mounts %2 at %3.&lt;/b&gt; A Fly machine mounts one volume, so it cannot mount another as well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 already mounts %2 at %3.&lt;/b&gt; A Fly machine mounts one volume, so %4 cannot be mounted as well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you can do instead:&lt;ul&gt;&lt;li&gt;&lt;b&gt;Add a config file&lt;/b&gt; for small files such as nginx.conf: it is written into the machine each time it boots.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Copy the files into %1&lt;/b&gt;, under %2, for data the app reads and writes.&lt;/li&gt;&lt;li&gt;Run a second machine that mounts the other volume.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hangar::gui::MountSection</name>
    <message>
        <source>Volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mount another volume…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A volume of this app in the machine&apos;s region that no other machine uses. A machine mounts at most one volume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the volume appears inside the machine, an absolute path such as /data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machines on Fly mount one volume; this explains the alternatives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vol&amp;ume:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mount &amp;path:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 GB, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say where to mount the volume, for example /data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mount path must be absolute (start with /).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A volume cannot be mounted over the root directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This app has no free volume. Create one from the Volumes menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This app has no free volume in %1. Create one from the Volumes menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n free volume(s) can be mounted here.</source>
        <translation>
            <numerusform>%n free volume can be mounted here.</numerusform>
            <numerusform>%n free volumes can be mounted here.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2 GB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another volume…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hangar::gui::NewAppDialog</name>
    <message>
        <source>New app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lowercase letters, digits and dashes; unique across all of Fly.io, since it becomes &lt;name&gt;.fly.dev.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use lowercase letters, digits and dashes (not at the start or end).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hangar::gui::OrgReachTree</name>
    <message>
        <source>all apps</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n app(s)</source>
        <translation>
            <numerusform>%n app</numerusform>
            <numerusform>%n apps</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every organization the token reaches. Check the token to choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the token to see its apps here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hangar::gui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying into volumes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ask before copying a file larger than</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Large files take a while over exec (about 6 MiB a second on Fly.io); the question lets a big drop be trimmed before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hangar::gui::ProcessSection</name>
    <message>
        <source>Process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocate a terminal (tty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destroy the machine when it exits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the image&apos;s CMD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaces the image&apos;s CMD, written as in a shell: nginx -g &apos;daemon off;&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the image&apos;s ENTRYPOINT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaces the image&apos;s ENTRYPOINT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs this instead of entrypoint and command together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some programs need a terminal to start; most servers do not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default (SIGINT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signal sent to the process when the machine stops.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default (5s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long to wait after the signal before killing the process, such as 30s or 2m.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default (on failure)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happens when the main process exits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many times to restart after failures before giving up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For one-off jobs: the machine is destroyed once its process exits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hourly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts the machine on this schedule; it should exit when done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;mmand:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;ntrypoint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xec:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop &amp;signal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop &amp;timeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restart:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max retries:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sc&amp;hedule:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a duration; write it like 30s or 2m.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stop timeout cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quote is not closed in “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quote is not closed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hangar::gui::RegionsPanel</name>
    <message>
        <source>Regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regions table</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>You have machines or volumes in %n of %1 region(s). Click a region to show only it in the tree, double-click to zoom in, drag to move the map.</source>
        <translation>
            <numerusform>You have machines or volumes in %n of %1 region. Click a region to show only it in the tree, double-click to zoom in, drag to move the map.</numerusform>
            <numerusform>You have machines or volumes in %n of %1 regions. Click a region to show only it in the tree, double-click to zoom in, drag to move the map.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hangar::gui::RemoteFilesModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hangar::gui::ReviewDialog</name>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload and re-apply my edits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start again from the machine&apos;s config as it is now and apply your edits on top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Throw your edits away and keep the machine as it is now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review changes to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply these changes to %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to apply to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After applying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a version of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore %1 to version %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 is the same as the current config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was changed meanwhile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed %1 while you were editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The machine moved to a new version with the same config.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They changed: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your edits: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When you started editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hangar::gui::SecretsWidget</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Set…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a secret, or replace the value of the selected one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unset…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected secrets from the app (asks first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A fingerprint of the value: it changes when the value does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading secrets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secrets could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secrets yet. “Set…” adds one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set secret %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is set; machines get it when they are next updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Unset %n Secret(s)</source>
        <translation>
            <numerusform>Unset %n Secret</numerusform>
            <numerusform>Unset %n Secrets</numerusform>
        </translation>
    </message>
    <message>
        <source>Unset %1 in %2? Machines keep the old value until they are next updated; then it is gone and cannot be recovered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unset secret %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Unset %n secret(s) in %1</source>
        <translation>
            <numerusform>Unset %n secret in %1</numerusform>
            <numerusform>Unset %n secrets in %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n secret(s) unset</source>
        <translation>
            <numerusform>%n secret unset</numerusform>
            <numerusform>%n secrets unset</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hangar::gui::ServicesSection</name>
    <message>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add ser&amp;vice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the machine when a request arrives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each service exposes one internal port of the machine through the Fly Proxy on one or more public ports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP for web and most servers; UDP for DNS, games and the like.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port your process listens on inside the machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public port(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handlers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Force HTTPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public ports: one number (443) or a range (8000-8010). Handlers say what the proxy does first: tls terminates TLS, http speaks HTTP, proxy_proto adds the PROXY header; none passes raw TCP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop when idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspend when idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the proxy does with the machine when it has no traffic. Suspend resumes fastest but keeps memory in a snapshot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lets the proxy start a stopped or suspended machine on demand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machines of the app the proxy keeps running in the primary region even when idle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the limits count: open connections, or HTTP requests in flight.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Above this the proxy prefers other machines (and may start one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At this the proxy sends no more traffic to the machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>soft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;rotocol:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Internal port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public ports:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When idle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum running:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concurrency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service checks:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: set the internal port your process listens on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: “%2” is not a handler name (http, tls, proxy_proto, …).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a public port is a number from 1 to 65535, or a range such as 8000-8010.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the soft limit cannot be above the hard limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 :%2 (private)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 :%2 ← %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A public port is a number from 1 to 65535, or a range such as 8000-8010.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a handler name (http, tls, proxy_proto, …).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the port your process listens on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The soft limit cannot be above the hard limit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hangar::gui::SetSecretDialog</name>
    <message>
        <source>Set Secret in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Set Secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets reach the app&apos;s machines as environment variables. The value is stored encrypted by Fly.io and never shown again; machines get it when they are next updated or created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. DATABASE_URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sho&amp;w while typing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the value in this field only; it is never shown once set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a name, for example DATABASE_URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name cannot start with a digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use underscores instead of dashes, for example “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name cannot contain spaces; use underscores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not allowed: use letters, digits and underscores, as in an environment variable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists: its value will be replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From &amp;File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uses the contents of a text file, such as a key or a certificate, as the value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret Value From File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large for a secret (%2 KiB at most).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a text file: a secret&apos;s value must be text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n line(s), kept exactly as pasted.</source>
        <translation>
            <numerusform>%n line, kept exactly as pasted.</numerusform>
            <numerusform>%n lines, kept exactly as pasted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) from %1, kept exactly.</source>
        <translation>
            <numerusform>%n line from %1, kept exactly.</numerusform>
            <numerusform>%n lines from %1, kept exactly.</numerusform>
        </translation>
    </message>
    <message>
        <source>From %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value is too long for a secret (%1 KiB at most).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hangar::gui::SizeSection</name>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n CPU(s), %2 MB</source>
        <translation>
            <numerusform>%1 — %n CPU, %2 MB</numerusform>
            <numerusform>%1 — %n CPUs, %2 MB</numerusform>
        </translation>
    </message>
    <message>
        <source>Custom size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A named size from Fly&apos;s list, or Custom to choose the CPU kind, the number of CPUs and the memory yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Performance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared CPUs are cheap and fine for most web apps; performance CPUs are dedicated cores for steady heavy work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared: 1, 2, 4, 6 or 8. Performance: 1–16 in even steps, or 32, 64, 128.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared CPUs take 256–2048 MB per CPU in steps of 256 MB; performance CPUs take 2048–8192 MB per CPU in steps of 1024 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preset:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU &amp;kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;CPUs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Memory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n CPU(s) (%1), %2 MB of memory</source>
        <translation>
            <numerusform>%n CPU (%1), %2 MB of memory</numerusform>
            <numerusform>%n CPUs (%1), %2 MB of memory</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hangar::gui::StateBadge</name>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destroyed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restarting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destroying…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hangar::gui::StatusIndicators</name>
    <message numerus="yes">
        <source>%n request(s) in flight, %1 waiting</source>
        <translation>
            <numerusform>%n request in flight, %1 waiting</numerusform>
            <numerusform>%n requests in flight, %1 waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) in flight</source>
        <translation>
            <numerusform>%n request in flight</numerusform>
            <numerusform>%n requests in flight</numerusform>
        </translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are in the sandbox: a simulated Fly.io account on this computer. Nothing here touches real machines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last refresh worked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hangar::gui::VolumeActions</name>
    <message>
        <source>Create a volume in this app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the selected volume more space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected volume to a new one, in any region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take a snapshot of the selected volume now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destroy the selected volume and its data (asks first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attached to machine %1: destroy that machine first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 now has more space, but machine %2 sees it only after a restart. Restart the machine now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restart Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume in Use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is attached to machine %2 and cannot be destroyed. Destroy that machine first: a machine&apos;s mount cannot be removed by an update.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New volume…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xtend volume…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fork volume…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take &amp;snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Destroy volume…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hangar::gui::VolumeFilesWidget</name>
    <message>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No machine mounts this volume. Files dropped here go where a machine mounting it at this path would see them:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No volume selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for a machine that mounts this volume…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Getting a machine ready to read the volume…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files dropped here are still copied; listing them needs a running machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the Machine to Browse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse with a Temporary Helper Machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop files or folders here to copy them into %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the new folder in %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete from the Volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1 from %2? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n item(s) from %1? This cannot be undone.</source>
        <translation>
            <numerusform>Delete %n item from %1? This cannot be undone.</numerusform>
            <numerusform>Delete %n items from %1? This cannot be undone.</numerusform>
        </translation>
    </message>
    <message>
        <source>Download To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release to copy into %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) saved in %1.</source>
        <translation>
            <numerusform>%n file saved in %1.</numerusform>
            <numerusform>%n files saved in %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hangar::gui::VolumeJobs</name>
    <message>
        <source>Fork volume %1 as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore snapshot %1 as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create volume %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2) created in %3, %n GB</source>
        <translation>
            <numerusform>%1 (%2) created in %3, %n GB</numerusform>
            <numerusform>%1 (%2) created in %3, %n GB</numerusform>
        </translation>
    </message>
    <message>
        <source>No host in %1 has room for another volume named %2 apart from the ones there. Choose another region, or clear “different host” to let volumes share one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Extend %1 to %n GB</source>
        <translation>
            <numerusform>Extend %1 to %n GB</numerusform>
            <numerusform>Extend %1 to %n GB</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is now %n GB; its machine must restart to use the new space</source>
        <translation>
            <numerusform>%1 is now %n GB; its machine must restart to use the new space</numerusform>
            <numerusform>%1 is now %n GB; its machine must restart to use the new space</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is now %n GB</source>
        <translation>
            <numerusform>%1 is now %n GB</numerusform>
            <numerusform>%1 is now %n GB</numerusform>
        </translation>
    </message>
    <message>
        <source>Snapshot %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A snapshot of %1 was requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destroy volume %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume %1 was destroyed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is attached to a machine and cannot be destroyed. Destroy the machine first (a machine&apos;s mount cannot be removed), then the volume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account of this volume was removed before the job could start.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hangar::gui::VolumePanel</name>
    <message>
        <source>%1 GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not attached — any new machine in %1 can mount it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshots (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hangar::gui::VolumeRules</name>
    <message>
        <source>Enter a name for the volume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Use at most %1 characters; this name has %n.</source>
        <translation>
            <numerusform>Use at most %1 characters; this name has %n.</numerusform>
            <numerusform>Use at most %1 characters; this name has %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Start the name with a letter or a digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use lowercase letters, for example “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume names cannot contain spaces; use underscores, for example “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not allowed: use lowercase letters, digits, dashes and underscores only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A volume needs at least %n GB.</source>
        <translation>
            <numerusform>A volume needs at least %n GB.</numerusform>
            <numerusform>A volume needs at least %n GB.</numerusform>
        </translation>
    </message>
    <message>
        <source>A volume can have at most %1 GB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source is %1 GB, more than a volume can have (%2 GB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The source holds %n GB; the new volume must be at least that large.</source>
        <translation>
            <numerusform>The source holds %n GB; the new volume must be at least that large.</numerusform>
            <numerusform>The source holds %n GB; the new volume must be at least that large.</numerusform>
        </translation>
    </message>
    <message>
        <source>This volume already has the largest size a volume can have (%1 GB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Volumes can only grow: choose more than the current %n GB.</source>
        <translation>
            <numerusform>Volumes can only grow: choose more than the current %n GB.</numerusform>
            <numerusform>Volumes can only grow: choose more than the current %n GB.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hangar::gui::VolumeSnapshotsWidget</name>
    <message>
        <source>Snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take a snapshot of the volume now. Fly also takes one daily while automatic backups are on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore to &amp;new volume…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new volume holding the selected snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading snapshots…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The snapshots could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Taken from a %1 volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No snapshots yet. Fly takes one daily while automatic backups are on; “Create snapshot” takes one now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The snapshot could not be taken: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hangar::gui::WelcomePage</name>
    <message>
        <source>Welcome to Hangar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage your Fly.io apps, machines and volumes by pointing and clicking.
Try everything first in the sandbox: a simulated Fly.io account that runs on this computer and needs no sign-up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the &amp;sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect to Fly.io with a token…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hangar::gui::map::MapControls</name>
    <message>
        <source>Zoom in (+, wheel, pinch)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out (−, wheel, pinch)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the whole world (0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset the map view</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hangar::gui::map::MapLegend</name>
    <message>
        <source>Map legend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size: number of machines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volumes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deprecated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hangar::gui::map::MapWidget</name>
    <message>
        <source>World map of regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where your machines and volumes are. The region table next to the map has the same numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No regions to show yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hangar::gui::map::RegionPicker</name>
    <message>
        <source>Find a region by code or city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hangar::gui::map::RegionPickerDialog</name>
    <message>
        <source>Choose a region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hangar::gui::map::RegionTableModel</name>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volumes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many more machines the region can take, where the API says</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hangar::models::FleetTreeModel</name>
    <message>
        <source>Fleet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hangar::models::MachineEventsModel</name>
    <message>
        <source>Exit code %1 (out of memory)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hangar::models::MachineTableModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private IP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (cordoned)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hangar::models::VolumeTableModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attached to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Manage your Fly.io Machines by pointing and clicking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start in the built-in sandbox (a simulated Fly.io account).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once the fleet has loaded, save the window as a PNG file and quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an app, or a machine or volume of it, first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a view: regions, activity, welcome, or a panel tab (overview, checks, metadata, events, snapshots).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window size, e.g. 1280x800.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--size wants WIDTHxHEIGHT, e.g. 1280x800</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the sandbox…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
