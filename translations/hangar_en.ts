<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
    <context>
        <name>DestroyDialog</name>
        <message>
            <source>Destroy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Kill running machines without a clean stop</source>
            <translation type="unfinished" />
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
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 GB</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 · %2, %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 — %2 in %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cordoned: receives no traffic</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 — %2, %3 in %4</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not attached</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Attached to %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>GuestConfig</name>
        <message>
            <source>Unknown CPU kind “%1”: choose shared or performance.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A shared guest can have 1, 2, 4, 6 or 8 CPUs, not %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A performance guest can have 1, 2, 4, 6, 8, 10, 12, 14, 16, 32, 64 or 128 CPUs, not %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Memory must be between %1 MB and %2 MB for this guest (256 to 2048 MB per shared CPU).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Memory must be between %1 MB and %2 MB for this guest (2048 to 8192 MB per performance CPU).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Memory for a shared guest must be a multiple of 256 MB.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Memory for a performance guest must be a multiple of 1024 MB.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MachinePanel</name>
        <message>
            <source>Cordoned: not receiving traffic</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Overview</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Machine ID</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>App</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Image</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Digest</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Size</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Region</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Private IP</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Volume</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Created</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Updated</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Version</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Checks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Output</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Metadata</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Key</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Value</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Events</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Hangar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Filter: name, id, image, state, region or key=value</source>
            <translation type="unfinished" />
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
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 MB</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>performance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>shared</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>just now</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>VolumePanel</name>
        <message>
            <source>Overview</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Volume ID</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>App</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Size</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Used</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Region</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Zone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Encryption</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Attached to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Created</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Snapshots</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Snapshot</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>hangar::api::ApiError</name>
        <message>
            <source>Cancelled.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not reach %1: %2. Check your internet connection and proxy settings.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the server</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The machine did not reach the expected state in time. It may still get there; refresh to see where it stands.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 did not answer in time. The action may still complete; refresh before trying again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The server</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The secure connection failed: %1. Hangar never connects when a certificate cannot be verified; check the API address and your network.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The server sent an answer Hangar could not read (%1). Try again; if it keeps happening, report it with the request id.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The token was rejected. Check that it is complete and has not expired or been revoked.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This token does not give access to that. Use a token for the right organization or app.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not found: it may have been deleted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not found: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The platform did not finish in time. The action may still complete; refresh to see where it stands.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The machine is locked by another operation (a lease is held). Try again when it has finished.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Someone else changed this machine in the meantime. Reload it and apply your changes again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That volume is already attached to another machine. A volume can be mounted by one machine at a time.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That name is already taken. Choose another one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is not enough capacity for this right now. Try another region or try again later.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fly.io is rate limiting these requests. Hangar retried them; wait a moment and try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The request was too large for the server.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fly.io had a problem (HTTP %1). Try again in a moment.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The request was not valid.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not accepted: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The request conflicts with the current state.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Conflict: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The request cannot be carried out in the current state.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not possible now: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The request was not accepted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The server answered with HTTP %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The server answered with HTTP %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>"%1" is not a valid API address.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hangar only talks to the API over https (plain http is allowed for this computer's own simulator only), so it will not use %1.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>hangar::api::CreateAndWait</name>
        <message>
            <source>Creating the machine</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Waiting for the machine to be created</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Waiting for the machine to start</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>hangar::api::DestroyMachine</name>
        <message>
            <source>Stopping the machine</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Destroying the machine</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>hangar::api::TransitionAndWait</name>
        <message>
            <source>Waiting for the machine</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Starting the machine</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stopping the machine</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restarting the machine</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Suspending the machine</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>hangar::api::UpdateAndWait</name>
        <message>
            <source>Taking a lease on the machine</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Applying the new config</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Waiting for the machine to settle</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Releasing the lease</source>
            <translation type="unfinished" />
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
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The operation could not be started.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: failed: %2</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>hangar::core::Job</name>
        <message>
            <source>Finished</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Failed: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancelled</source>
            <translation type="unfinished" />
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
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stop %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restart %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Suspend %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Destroy %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 was destroyed</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>hangar::core::OperationJob</name>
        <message>
            <source>Done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is %2</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>hangar::gui::ActivityDock</name>
        <message>
            <source>Activity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing running. Starts, stops, updates and copies show their progress here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel the selected job</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Details…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show the steps and error details of the selected job</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clear finished</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove the jobs that have finished from the list</source>
            <translation type="unfinished" />
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
            <translation type="unfinished" />
        </message>
        <message>
            <source>State</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Region</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Image</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Size</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Organization %1 · status %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No machines yet. Machines you create in this app appear here.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>hangar::gui::ConnectDialog</name>
        <message>
            <source>Connect to Fly.io</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>FlyV1 fm2_… (from fly tokens create) or a personal token</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Paste an API token. Hangar checks it with Fly.io before it connects. It is kept in memory for this session only.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Token:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>API &amp;address:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Connect</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Paste a token first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Checking the token…</source>
            <translation type="unfinished" />
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
            <translation type="unfinished" />
        </message>
        <message>
            <source>Destroy volume %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;b&gt;%1&lt;/b&gt; will be destroyed: the machine and its root file system are deleted. Its volume, if it has one, is kept. This cannot be undone.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;b&gt;%1&lt;/b&gt; and every file on it will be destroyed. Snapshots are kept for their retention period. This cannot be undone.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type &lt;b&gt;%1&lt;/b&gt; to confirm:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>These will be destroyed, which cannot be undone:&lt;br&gt;&lt;b&gt;%1&lt;/b&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type the number of items, &lt;b&gt;%1&lt;/b&gt;, to confirm:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Without this, a running machine is stopped cleanly first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Destroy</source>
            <translation type="unfinished" />
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
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start the selected machines</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>S&amp;top</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stop the selected machines cleanly</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Restart</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restart the selected machines</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sus&amp;pend</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Suspend the selected machines: they resume quickly with their memory</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Cordon</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stop routing traffic to the selected machines</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Uncordon</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Route traffic to the selected machines again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Destroy…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Destroy the selected machines (asks first)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cordon %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Uncordon %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Done</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>hangar::gui::JobDetailsDialog</name>
        <message>
            <source>Waiting to start</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Running</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Finished</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Failed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancelled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Activity details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy the details, including the request id, to the clipboard</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 — %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 — %2: %3</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>hangar::gui::JobItemDelegate</name>
        <message>
            <source>Waiting to start</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Starting…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Failed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Failed: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancelled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Started at %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Details…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1%</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>hangar::gui::MachinePanel</name>
        <message>
            <source>None</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 at %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No health checks are configured for this machine.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Checks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Checks (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No metadata.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>hangar::gui::MainWindow</name>
        <message>
            <source>&amp;Refresh</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Refresh everything now (F5)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Filter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Re&amp;gions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Where your machines and volumes are (Ctrl+R)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Group by &amp;region first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reset sandbox…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reset the sandbox</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Throw away everything you did in the sandbox and start again with the demo fleet?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reset</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Main</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Connect to Fly.io…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open the &amp;sandbox</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;View</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Machine</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Select an app, a machine or a volume in the tree.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Loading your fleet…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hangar — Sandbox</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hangar — %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Showing region %1 only · &lt;a href="clear"&gt;show all&lt;/a&gt;</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>hangar::gui::RegionsPanel</name>
        <message numerus="yes">
            <source>You have machines or volumes in %n of %1 region(s).</source>
            <translation>
                <numerusform>You have machines or volumes in %n of %1 region.</numerusform>
                <numerusform>You have machines or volumes in %n of %1 regions.</numerusform>
            </translation>
        </message>
        <message>
            <source>Regions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Region</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Machines</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Started</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stopped</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Suspended</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Failed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Volumes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Volume GB</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>hangar::gui::StateBadge</name>
        <message>
            <source>Started</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stopped</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Suspended</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Created</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Failed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Destroyed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Starting…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stopping…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restarting…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Suspending…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Updating…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Destroying…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unknown</source>
            <translation type="unfinished" />
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
            <translation type="unfinished" />
        </message>
        <message>
            <source>You are in the sandbox: a simulated Fly.io account on this computer. Nothing here touches real machines.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>● Connected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>● Problem</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The last refresh worked.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Updated %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Refreshing…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>hangar::gui::VolumePanel</name>
        <message>
            <source>%1 GB</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 of %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Encrypted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not encrypted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not attached — any new machine in %1 can mount it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Loading snapshots…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No snapshots yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Snapshots (%1)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>hangar::gui::WelcomePage</name>
        <message>
            <source>Welcome to Hangar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Manage your Fly.io apps, machines and volumes by pointing and clicking.
Try everything first in the sandbox: a simulated Fly.io account that runs on this computer and needs no sign-up.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Try the &amp;sandbox</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Connect to Fly.io with a token…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>hangar::models::FleetTreeModel</name>
        <message>
            <source>Fleet</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>hangar::models::MachineEventsModel</name>
        <message>
            <source>Exit code %1 (out of memory)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exit code %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Event</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Source</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>hangar::models::MachineTableModel</name>
        <message>
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>State</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Region</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Image</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Size</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Private IP</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Updated</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 (cordoned)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>hangar::models::VolumeTableModel</name>
        <message>
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>State</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Size</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Region</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Zone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Attached to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Created</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>main</name>
        <message>
            <source>Manage your Fly.io Machines by pointing and clicking.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start in the built-in sandbox (a simulated Fly.io account).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Once the fleet has loaded, save the window as a PNG file and quit.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Select an app, or a machine or volume of it, first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open a view: regions, activity, welcome, or a panel tab (overview, checks, metadata, events, snapshots).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Window size, e.g. 1280x800.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>--size wants WIDTHxHEIGHT, e.g. 1280x800</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Starting the sandbox…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sandbox</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The sandbox could not start: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>FLY_API_TOKEN</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
