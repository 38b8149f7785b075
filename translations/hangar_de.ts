<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>DestroyDialog</name>
    <message>
        <source>Destroy</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>&amp;Kill running machines without a clean stop</source>
        <translation>Laufende Maschinen &amp;hart beenden, ohne sie sauber zu stoppen</translation>
    </message>
</context>
<context>
    <name>FleetLabels</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%n %1 CPU(s) · %2 MB</source>
        <translation>
            <numerusform>%n CPU (%1) · %2 MB</numerusform>
            <numerusform>%n CPUs (%1) · %2 MB</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message numerus="yes">
        <source>%n started</source>
        <translation>
            <numerusform>%n gestartet</numerusform>
            <numerusform>%n gestartet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stopped</source>
        <translation>
            <numerusform>%n gestoppt</numerusform>
            <numerusform>%n gestoppt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n suspended</source>
        <translation>
            <numerusform>%n suspendiert</numerusform>
            <numerusform>%n suspendiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changing state</source>
        <translation>
            <numerusform>%n wechselt den Zustand</numerusform>
            <numerusform>%n wechseln den Zustand</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n machine(s)</source>
        <translation>
            <numerusform>%n Maschine</numerusform>
            <numerusform>%n Maschinen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 · %2, %3</source>
        <translation>%1 · %2, %3</translation>
    </message>
    <message numerus="yes">
        <source>%n volume(s)</source>
        <translation>
            <numerusform>%n Volume</numerusform>
            <numerusform>%n Volumes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2 in %3</source>
        <translation>%1 — %2 in %3</translation>
    </message>
    <message>
        <source>Cordoned: receives no traffic</source>
        <translation>Abgesperrt: erhält keinen Datenverkehr</translation>
    </message>
    <message>
        <source>%1 — %2, %3 in %4</source>
        <translation>%1 — %2, %3 in %4</translation>
    </message>
    <message>
        <source>Not attached</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Attached to %1</source>
        <translation>Verbunden mit %1</translation>
    </message>
    <message>
        <source>%1 (copy helper)</source>
        <translation>%1 (Kopierhelfer)</translation>
    </message>
    <message>
        <source>Hangar started this machine to copy files into volume %1. It is destroyed when the copy ends.</source>
        <translation>Hangar hat diese Machine gestartet, um Dateien in das Volume %1 zu kopieren. Sie wird gelöscht, sobald das Kopieren endet.</translation>
    </message>
</context>
<context>
    <name>GuestConfig</name>
    <message>
        <source>Unknown CPU kind “%1”: choose shared or performance.</source>
        <translation>Unbekannter CPU-Typ „%1“: Wählen Sie shared oder performance.</translation>
    </message>
    <message>
        <source>A shared guest can have 1, 2, 4, 6 or 8 CPUs, not %1.</source>
        <translation>Eine Maschine mit Shared-CPUs kann 1, 2, 4, 6 oder 8 CPUs haben, nicht %1.</translation>
    </message>
    <message>
        <source>A performance guest can have 1, 2, 4, 6, 8, 10, 12, 14, 16, 32, 64 or 128 CPUs, not %1.</source>
        <translation>Eine Maschine mit Performance-CPUs kann 1, 2, 4, 6, 8, 10, 12, 14, 16, 32, 64 oder 128 CPUs haben, nicht %1.</translation>
    </message>
    <message>
        <source>Memory must be between %1 MB and %2 MB for this guest (256 to 2048 MB per shared CPU).</source>
        <translation>Der Arbeitsspeicher muss bei dieser Konfiguration zwischen %1 MB und %2 MB liegen (256 bis 2048 MB pro Shared-CPU).</translation>
    </message>
    <message>
        <source>Memory must be between %1 MB and %2 MB for this guest (2048 to 8192 MB per performance CPU).</source>
        <translation>Der Arbeitsspeicher muss bei dieser Konfiguration zwischen %1 MB und %2 MB liegen (2048 bis 8192 MB pro Performance-CPU).</translation>
    </message>
    <message>
        <source>Memory for a shared guest must be a multiple of 256 MB.</source>
        <translation>Bei Shared-CPUs muss der Arbeitsspeicher ein Vielfaches von 256 MB sein.</translation>
    </message>
    <message>
        <source>Memory for a performance guest must be a multiple of 1024 MB.</source>
        <translation>Bei Performance-CPUs muss der Arbeitsspeicher ein Vielfaches von 1024 MB sein.</translation>
    </message>
</context>
<context>
    <name>MachinePanel</name>
    <message>
        <source>Cordoned: not receiving traffic</source>
        <translation>Abgesperrt: erhält keinen Datenverkehr</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Machine ID</source>
        <translation>Maschinen-ID</translation>
    </message>
    <message>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Digest</source>
        <translation>Digest</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Private IP</source>
        <translation>Private IP</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Checks</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>Metadaten</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Hangar</source>
        <translation>Hangar</translation>
    </message>
    <message>
        <source>Filter: name, id, image, state, region or key=value</source>
        <translation>Filter: Name, ID, Image, Zustand, Region oder key=value</translation>
    </message>
</context>
<context>
    <name>PanelFormat</name>
    <message>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>performance</source>
        <translation>Performance</translation>
    </message>
    <message>
        <source>shared</source>
        <translation>Shared</translation>
    </message>
    <message numerus="yes">
        <source>%n %1 CPU(s), %2</source>
        <translation>
            <numerusform>%n CPU (%1), %2</numerusform>
            <numerusform>%n CPUs (%1), %2</numerusform>
        </translation>
    </message>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>vor %n Minute</numerusform>
            <numerusform>vor %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>vor %n Stunde</numerusform>
            <numerusform>vor %n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Binary content, %1.</source>
        <translation>Binärinhalt, %1.</translation>
    </message>
    <message numerus="yes">
        <source>… %n more line(s)</source>
        <translation>
            <numerusform>… %n weitere Zeile</numerusform>
            <numerusform>… %n weitere Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>secret %1</source>
        <translation>Secret %1</translation>
    </message>
    <message>
        <source>image config of %1</source>
        <translation>Image-Konfiguration von %1</translation>
    </message>
</context>
<context>
    <name>RegionMarkerText</name>
    <message>
        <source>Nearest to you</source>
        <translation>Am nächsten bei Ihnen</translation>
    </message>
    <message>
        <source>Deprecated</source>
        <translation>Veraltet</translation>
    </message>
    <message>
        <source>Paid plan only</source>
        <translation>Nur mit kostenpflichtigem Tarif</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Gateway</translation>
    </message>
    <message>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2)</translation>
    </message>
    <message>
        <source>No machines or volumes here</source>
        <translation>Hier gibt es keine Maschinen oder Volumes</translation>
    </message>
    <message numerus="yes">
        <source>%n volume(s), %1</source>
        <translation>
            <numerusform>%n Volume, %1</numerusform>
            <numerusform>%n Volumes, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Capacity: %1 more machines</source>
        <translation>Kapazität: %1 weitere Maschinen</translation>
    </message>
    <message>
        <source>Not available for new machines or volumes</source>
        <translation>Nicht verfügbar für neue Maschinen oder Volumes</translation>
    </message>
</context>
<context>
    <name>VolumePanel</name>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Volume ID</source>
        <translation>Volume-ID</translation>
    </message>
    <message>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Belegt</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Verschlüsselung</translation>
    </message>
    <message>
        <source>Attached to</source>
        <translation>Verbunden mit</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Snapshots</source>
        <translation>Snapshots</translation>
    </message>
</context>
<context>
    <name>hangar::api::ApiError</name>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Could not reach %1: %2. Check your internet connection and proxy settings.</source>
        <translation>Keine Verbindung zu %1: %2. Prüfen Sie Ihre Internetverbindung und die Proxy-Einstellungen.</translation>
    </message>
    <message>
        <source>the server</source>
        <translation>dem Server</translation>
    </message>
    <message>
        <source>The machine did not reach the expected state in time. It may still get there; refresh to see where it stands.</source>
        <translation>Die Maschine hat den erwarteten Zustand nicht rechtzeitig erreicht. Das kann noch geschehen; aktualisieren Sie, um den aktuellen Stand zu sehen.</translation>
    </message>
    <message>
        <source>%1 did not answer in time. The action may still complete; refresh before trying again.</source>
        <translation>%1 hat nicht rechtzeitig geantwortet. Die Aktion wird möglicherweise trotzdem abgeschlossen; aktualisieren Sie, bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <source>The server</source>
        <translation>Der Server</translation>
    </message>
    <message>
        <source>The secure connection failed: %1. Hangar never connects when a certificate cannot be verified; check the API address and your network.</source>
        <translation>Die sichere Verbindung ist fehlgeschlagen: %1. Hangar stellt nie eine Verbindung her, wenn ein Zertifikat nicht überprüft werden kann; prüfen Sie die API-Adresse und Ihr Netzwerk.</translation>
    </message>
    <message>
        <source>The server sent an answer Hangar could not read (%1). Try again; if it keeps happening, report it with the request id.</source>
        <translation>Der Server hat eine Antwort gesendet, die Hangar nicht lesen konnte (%1). Versuchen Sie es erneut; falls das Problem weiterhin auftritt, melden Sie es mit der Anfrage-ID.</translation>
    </message>
    <message>
        <source>The token was rejected. Check that it is complete and has not expired or been revoked.</source>
        <translation>Das Token wurde abgelehnt. Prüfen Sie, ob es vollständig ist und nicht abgelaufen ist oder widerrufen wurde.</translation>
    </message>
    <message>
        <source>This token does not give access to that. Use a token for the right organization or app.</source>
        <translation>Dieses Token gewährt keinen Zugriff darauf. Verwenden Sie ein Token für die richtige Organisation oder App.</translation>
    </message>
    <message>
        <source>Not found: it may have been deleted.</source>
        <translation>Nicht gefunden: Möglicherweise wurde es gelöscht.</translation>
    </message>
    <message>
        <source>Not found: %1</source>
        <translation>Nicht gefunden: %1</translation>
    </message>
    <message>
        <source>The platform did not finish in time. The action may still complete; refresh to see where it stands.</source>
        <translation>Die Plattform ist nicht rechtzeitig fertig geworden. Die Aktion wird möglicherweise trotzdem abgeschlossen; aktualisieren Sie, um den aktuellen Stand zu sehen.</translation>
    </message>
    <message>
        <source>The machine is locked by another operation (a lease is held). Try again when it has finished.</source>
        <translation>Die Maschine ist durch einen anderen Vorgang gesperrt (eine Lease wird gehalten). Versuchen Sie es erneut, wenn dieser abgeschlossen ist.</translation>
    </message>
    <message>
        <source>Someone else changed this machine in the meantime. Reload it and apply your changes again.</source>
        <translation>Jemand anderes hat diese Maschine zwischenzeitlich geändert. Laden Sie sie neu und wenden Sie Ihre Änderungen erneut an.</translation>
    </message>
    <message>
        <source>That volume is already attached to another machine. A volume can be mounted by one machine at a time.</source>
        <translation>Dieses Volume ist bereits mit einer anderen Maschine verbunden. Ein Volume kann jeweils nur von einer Maschine eingehängt werden.</translation>
    </message>
    <message>
        <source>That name is already taken. Choose another one.</source>
        <translation>Dieser Name ist bereits vergeben. Wählen Sie einen anderen.</translation>
    </message>
    <message>
        <source>There is not enough capacity for this right now. Try another region or try again later.</source>
        <translation>Dafür ist derzeit nicht genügend Kapazität vorhanden. Versuchen Sie es in einer anderen Region oder später erneut.</translation>
    </message>
    <message>
        <source>Fly.io is rate limiting these requests. Hangar retried them; wait a moment and try again.</source>
        <translation>Fly.io begrenzt die Rate dieser Anfragen. Hangar hat sie wiederholt; warten Sie einen Moment und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The request was too large for the server.</source>
        <translation>Die Anfrage war zu groß für den Server.</translation>
    </message>
    <message>
        <source>Fly.io had a problem (HTTP %1). Try again in a moment.</source>
        <translation>Bei Fly.io ist ein Problem aufgetreten (HTTP %1). Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The request was not valid.</source>
        <translation>Die Anfrage war ungültig.</translation>
    </message>
    <message>
        <source>Not accepted: %1</source>
        <translation>Nicht akzeptiert: %1</translation>
    </message>
    <message>
        <source>The request conflicts with the current state.</source>
        <translation>Die Anfrage steht im Konflikt mit dem aktuellen Zustand.</translation>
    </message>
    <message>
        <source>Conflict: %1</source>
        <translation>Konflikt: %1</translation>
    </message>
    <message>
        <source>The request cannot be carried out in the current state.</source>
        <translation>Die Anfrage kann im aktuellen Zustand nicht ausgeführt werden.</translation>
    </message>
    <message>
        <source>Not possible now: %1</source>
        <translation>Derzeit nicht möglich: %1</translation>
    </message>
    <message>
        <source>The request was not accepted.</source>
        <translation>Die Anfrage wurde nicht akzeptiert.</translation>
    </message>
    <message>
        <source>The server answered with HTTP %1.</source>
        <translation>Der Server hat mit HTTP %1 geantwortet.</translation>
    </message>
    <message>
        <source>The server answered with HTTP %1: %2</source>
        <translation>Der Server hat mit HTTP %1 geantwortet: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid API address.</source>
        <translation>„%1“ ist keine gültige API-Adresse.</translation>
    </message>
    <message>
        <source>Hangar only talks to the API over https (plain http is allowed for this computer&apos;s own simulator only), so it will not use %1.</source>
        <translation>Hangar kommuniziert mit der API nur über https (einfaches http ist nur für den Simulator auf diesem Computer erlaubt) und verwendet daher %1 nicht.</translation>
    </message>
</context>
<context>
    <name>hangar::api::CreateAndWait</name>
    <message>
        <source>Creating the machine</source>
        <translation>Maschine wird erstellt</translation>
    </message>
    <message>
        <source>Waiting for the machine to be created</source>
        <translation>Warten, bis die Maschine erstellt ist</translation>
    </message>
    <message>
        <source>Waiting for the machine to start</source>
        <translation>Warten, bis die Maschine gestartet ist</translation>
    </message>
</context>
<context>
    <name>hangar::api::DestroyMachine</name>
    <message>
        <source>Stopping the machine</source>
        <translation>Maschine wird gestoppt</translation>
    </message>
    <message>
        <source>Destroying the machine</source>
        <translation>Maschine wird gelöscht</translation>
    </message>
</context>
<context>
    <name>hangar::api::TransitionAndWait</name>
    <message>
        <source>Waiting for the machine</source>
        <translation>Warten auf die Maschine</translation>
    </message>
    <message>
        <source>Starting the machine</source>
        <translation>Maschine wird gestartet</translation>
    </message>
    <message>
        <source>Stopping the machine</source>
        <translation>Maschine wird gestoppt</translation>
    </message>
    <message>
        <source>Restarting the machine</source>
        <translation>Maschine wird neu gestartet</translation>
    </message>
    <message>
        <source>Suspending the machine</source>
        <translation>Maschine wird suspendiert</translation>
    </message>
</context>
<context>
    <name>hangar::api::UpdateAndWait</name>
    <message>
        <source>Taking a lease on the machine</source>
        <translation>Lease für die Maschine wird erworben</translation>
    </message>
    <message>
        <source>Applying the new config</source>
        <translation>Neue Konfiguration wird angewendet</translation>
    </message>
    <message>
        <source>Waiting for the machine to settle</source>
        <translation>Warten, bis sich die Maschine stabilisiert hat</translation>
    </message>
    <message>
        <source>Releasing the lease</source>
        <translation>Lease wird freigegeben</translation>
    </message>
</context>
<context>
    <name>hangar::core::AccountManager</name>
    <message>
        <source>The account has no id.</source>
        <translation>Das Konto hat keine ID.</translation>
    </message>
    <message>
        <source>Paste a token first.</source>
        <translation>Fügen Sie zuerst ein Token ein.</translation>
    </message>
    <message>
        <source>There is already an account with this id.</source>
        <translation>Es gibt bereits ein Konto mit dieser ID.</translation>
    </message>
    <message>
        <source>This account no longer exists.</source>
        <translation>Dieses Konto existiert nicht mehr.</translation>
    </message>
    <message>
        <source>The token of “%1” could not be saved in the system keychain. %2 Hangar keeps it in memory until it quits; next time, paste it again in the account&apos;s settings.</source>
        <translation>Das Token von „%1“ konnte nicht im Schlüsselbund des Systems gespeichert werden. %2 Hangar behält es bis zum Beenden im Arbeitsspeicher; fügen Sie es beim nächsten Mal erneut in den Kontoeinstellungen ein.</translation>
    </message>
    <message>
        <source>The token of “%1” could not be read from the system keychain. %2 To use the account now, paste its token in the account&apos;s settings.</source>
        <translation>Das Token von „%1“ konnte nicht aus dem Schlüsselbund des Systems gelesen werden. %2 Um das Konto jetzt zu verwenden, fügen Sie sein Token in den Kontoeinstellungen ein.</translation>
    </message>
    <message>
        <source>No token is saved for “%1”. Paste its token in the account&apos;s settings.</source>
        <translation>Für „%1“ ist kein Token gespeichert. Fügen Sie das Token in den Kontoeinstellungen ein.</translation>
    </message>
    <message>
        <source>The token of the removed account could not be deleted from the system keychain. %1 Hangar will try again when it next starts.</source>
        <translation>Das Token des entfernten Kontos konnte nicht aus dem Schlüsselbund des Systems gelöscht werden. %1 Hangar versucht es beim nächsten Start erneut.</translation>
    </message>
    <message>
        <source>%1 (not saved)</source>
        <translation>%1 (nicht gespeichert)</translation>
    </message>
</context>
<context>
    <name>hangar::core::AccountProfile</name>
    <message>
        <source>Put the token in the token field, not in the API address.</source>
        <translation>Geben Sie das Token in das Token-Feld ein, nicht in die API-Adresse.</translation>
    </message>
</context>
<context>
    <name>hangar::core::BulkJob</name>
    <message numerus="yes">
        <source>%1 of %n machine(s) done</source>
        <translation>
            <numerusform>%1 von %n Maschine fertig</numerusform>
            <numerusform>%1 von %n Maschinen fertig</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to do</source>
        <translation>Nichts zu tun</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: done</source>
        <translation>%1: fertig</translation>
    </message>
    <message>
        <source>The operation could not be started.</source>
        <translation>Der Vorgang konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>%1: failed: %2</source>
        <translation>%1: fehlgeschlagen: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n abgebrochen</numerusform>
            <numerusform>%n abgebrochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (and %n more)</source>
        <translation>
            <numerusform>%1 (und %n weitere)</numerusform>
            <numerusform>%1 (und %n weitere)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hangar::core::ChunkReader</name>
    <message>
        <source>it changed while it was being copied</source>
        <translation>sie hat sich während des Kopierens geändert</translation>
    </message>
</context>
<context>
    <name>hangar::core::ConfigSummary</name>
    <message>
        <source>the machine will restart</source>
        <translation>die Maschine wird neu gestartet</translation>
    </message>
    <message>
        <source>the machine stays stopped</source>
        <translation>die Maschine bleibt gestoppt</translation>
    </message>
    <message>
        <source>the machine stays stopped and its suspended state is lost</source>
        <translation>die Maschine bleibt gestoppt und ihr suspendierter Zustand geht verloren</translation>
    </message>
    <message>
        <source>env %1 added</source>
        <translation>Umgebungsvariable %1 hinzugefügt</translation>
    </message>
    <message numerus="yes">
        <source>%n env variable(s) added</source>
        <translation>
            <numerusform>%n Umgebungsvariable hinzugefügt</numerusform>
            <numerusform>%n Umgebungsvariablen hinzugefügt</numerusform>
        </translation>
    </message>
    <message>
        <source>env %1 changed</source>
        <translation>Umgebungsvariable %1 geändert</translation>
    </message>
    <message numerus="yes">
        <source>%n env variable(s) changed</source>
        <translation>
            <numerusform>%n Umgebungsvariable geändert</numerusform>
            <numerusform>%n Umgebungsvariablen geändert</numerusform>
        </translation>
    </message>
    <message>
        <source>env %1 removed</source>
        <translation>Umgebungsvariable %1 entfernt</translation>
    </message>
    <message numerus="yes">
        <source>%n env variable(s) removed</source>
        <translation>
            <numerusform>%n Umgebungsvariable entfernt</numerusform>
            <numerusform>%n Umgebungsvariablen entfernt</numerusform>
        </translation>
    </message>
    <message>
        <source>metadata %1 added</source>
        <translation>Metadatenschlüssel %1 hinzugefügt</translation>
    </message>
    <message numerus="yes">
        <source>%n metadata key(s) added</source>
        <translation>
            <numerusform>%n Metadatenschlüssel hinzugefügt</numerusform>
            <numerusform>%n Metadatenschlüssel hinzugefügt</numerusform>
        </translation>
    </message>
    <message>
        <source>metadata %1 changed</source>
        <translation>Metadatenschlüssel %1 geändert</translation>
    </message>
    <message numerus="yes">
        <source>%n metadata key(s) changed</source>
        <translation>
            <numerusform>%n Metadatenschlüssel geändert</numerusform>
            <numerusform>%n Metadatenschlüssel geändert</numerusform>
        </translation>
    </message>
    <message>
        <source>metadata %1 removed</source>
        <translation>Metadatenschlüssel %1 entfernt</translation>
    </message>
    <message numerus="yes">
        <source>%n metadata key(s) removed</source>
        <translation>
            <numerusform>%n Metadatenschlüssel entfernt</numerusform>
            <numerusform>%n Metadatenschlüssel entfernt</numerusform>
        </translation>
    </message>
    <message>
        <source>check %1 added</source>
        <translation>Check %1 hinzugefügt</translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) added</source>
        <translation>
            <numerusform>%n Check hinzugefügt</numerusform>
            <numerusform>%n Checks hinzugefügt</numerusform>
        </translation>
    </message>
    <message>
        <source>check %1 changed</source>
        <translation>Check %1 geändert</translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) changed</source>
        <translation>
            <numerusform>%n Check geändert</numerusform>
            <numerusform>%n Checks geändert</numerusform>
        </translation>
    </message>
    <message>
        <source>check %1 removed</source>
        <translation>Check %1 entfernt</translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) removed</source>
        <translation>
            <numerusform>%n Check entfernt</numerusform>
            <numerusform>%n Checks entfernt</numerusform>
        </translation>
    </message>
    <message>
        <source>file %1 added</source>
        <translation>Datei %1 hinzugefügt</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) added</source>
        <translation>
            <numerusform>%n Datei hinzugefügt</numerusform>
            <numerusform>%n Dateien hinzugefügt</numerusform>
        </translation>
    </message>
    <message>
        <source>file %1 changed</source>
        <translation>Datei %1 geändert</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) changed</source>
        <translation>
            <numerusform>%n Datei geändert</numerusform>
            <numerusform>%n Dateien geändert</numerusform>
        </translation>
    </message>
    <message>
        <source>file %1 removed</source>
        <translation>Datei %1 entfernt</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) removed</source>
        <translation>
            <numerusform>%n Datei entfernt</numerusform>
            <numerusform>%n Dateien entfernt</numerusform>
        </translation>
    </message>
    <message>
        <source>auto-destroy on</source>
        <translation>automatisches Löschen ein</translation>
    </message>
    <message>
        <source>auto-destroy off</source>
        <translation>automatisches Löschen aus</translation>
    </message>
    <message>
        <source>No changes.</source>
        <translation>Keine Änderungen.</translation>
    </message>
    <message numerus="yes">
        <source>and %n other change(s)</source>
        <translation>
            <numerusform>und %n weitere Änderung</numerusform>
            <numerusform>und %n weitere Änderungen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
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
        <translation>init</translation>
    </message>
    <message>
        <source>DNS settings</source>
        <translation>DNS-Einstellungen</translation>
    </message>
    <message>
        <source>processes</source>
        <translation>Prozesse</translation>
    </message>
    <message>
        <source>statics</source>
        <translation>statische Dateien</translation>
    </message>
    <message>
        <source>metrics</source>
        <translation>Metriken</translation>
    </message>
    <message>
        <source>containers</source>
        <translation>Container</translation>
    </message>
    <message>
        <source>container volumes</source>
        <translation>Container-Volumes</translation>
    </message>
    <message>
        <source>standbys</source>
        <translation>Standbys</translation>
    </message>
    <message>
        <source>root file system</source>
        <translation>Root-Dateisystem</translation>
    </message>
    <message>
        <source>cache drive</source>
        <translation>Cache-Laufwerk</translation>
    </message>
    <message>
        <source>spot pricing</source>
        <translation>Spot-Preise</translation>
    </message>
    <message>
        <source>autostart</source>
        <translation>Autostart</translation>
    </message>
    <message>
        <source>image %1</source>
        <translation>Image %1</translation>
    </message>
    <message>
        <source>image %1 → %2</source>
        <translation>Image %1 → %2</translation>
    </message>
    <message>
        <source>size %1 → %2</source>
        <translation>Größe %1 → %2</translation>
    </message>
    <message>
        <source>size removed</source>
        <translation>Größe entfernt</translation>
    </message>
    <message>
        <source>size %1</source>
        <translation>Größe %1</translation>
    </message>
    <message>
        <source>CPU kind %1 → %2</source>
        <translation>CPU-Typ %1 → %2</translation>
    </message>
    <message>
        <source>CPUs %1 → %2</source>
        <translation>CPUs %1 → %2</translation>
    </message>
    <message>
        <source>memory %1 → %2 MB</source>
        <translation>Arbeitsspeicher %1 → %2 MB</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>GPU %1 → %2</source>
        <translation>GPU %1 → %2</translation>
    </message>
    <message>
        <source>guest settings changed</source>
        <translation>Ressourceneinstellungen geändert</translation>
    </message>
    <message>
        <source>service %1 added</source>
        <translation>Service %1 hinzugefügt</translation>
    </message>
    <message>
        <source>service %1 removed</source>
        <translation>Service %1 entfernt</translation>
    </message>
    <message>
        <source>port %1 added to %2</source>
        <translation>Port %1 zu %2 hinzugefügt</translation>
    </message>
    <message>
        <source>port %1 removed from %2</source>
        <translation>Port %1 aus %2 entfernt</translation>
    </message>
    <message>
        <source>port %1 of %2 changed</source>
        <translation>Port %1 von %2 geändert</translation>
    </message>
    <message>
        <source>service %1 changed</source>
        <translation>Service %1 geändert</translation>
    </message>
    <message>
        <source>volume %1 mounted at %2</source>
        <translation>Volume %1 unter %2 eingehängt</translation>
    </message>
    <message>
        <source>volume %1 unmounted</source>
        <translation>Volume %1 ausgehängt</translation>
    </message>
    <message>
        <source>mount path %1 → %2</source>
        <translation>Einhängepfad %1 → %2</translation>
    </message>
    <message>
        <source>mount of %1 changed</source>
        <translation>Einhängung von %1 geändert</translation>
    </message>
    <message>
        <source>restart policy %1 → %2</source>
        <translation>Neustartrichtlinie %1 → %2</translation>
    </message>
    <message>
        <source>restart retries %1 → %2</source>
        <translation>Neustartversuche %1 → %2</translation>
    </message>
    <message>
        <source>restart settings changed</source>
        <translation>Neustarteinstellungen geändert</translation>
    </message>
    <message>
        <source>stop signal %1 → %2</source>
        <translation>Stoppsignal %1 → %2</translation>
    </message>
    <message>
        <source>stop timeout changed</source>
        <translation>Stopp-Timeout geändert</translation>
    </message>
    <message>
        <source>stop settings changed</source>
        <translation>Stoppeinstellungen geändert</translation>
    </message>
    <message>
        <source>schedule %1</source>
        <translation>Zeitplan %1</translation>
    </message>
    <message>
        <source>schedule removed</source>
        <translation>Zeitplan entfernt</translation>
    </message>
    <message>
        <source>schedule %1 → %2</source>
        <translation>Zeitplan %1 → %2</translation>
    </message>
    <message>
        <source>field %1 added</source>
        <translation>Feld %1 hinzugefügt</translation>
    </message>
    <message>
        <source>field %1 removed</source>
        <translation>Feld %1 entfernt</translation>
    </message>
    <message>
        <source>field %1 changed</source>
        <translation>Feld %1 geändert</translation>
    </message>
    <message>
        <source>%1 added</source>
        <translation>%1 hinzugefügt</translation>
    </message>
    <message>
        <source>%1 removed</source>
        <translation>%1 entfernt</translation>
    </message>
    <message>
        <source>%1 changed</source>
        <translation>%1 geändert</translation>
    </message>
</context>
<context>
    <name>hangar::core::CopyEngine</name>
    <message>
        <source>The volume is full: %1 did not fit. Nothing partial was left in its place.</source>
        <translation>Das Volume ist voll: %1 hat nicht mehr hineingepasst. An seiner Stelle wurde nichts Unvollständiges hinterlassen.</translation>
    </message>
    <message numerus="yes">
        <source>The volume is full: %n file(s) starting with %1 did not fit. Nothing partial was left in their place.</source>
        <translation>
            <numerusform>Das Volume ist voll: %n Datei ab %1 hat nicht mehr hineingepasst. An ihrer Stelle wurde nichts Unvollständiges hinterlassen.</numerusform>
            <numerusform>Das Volume ist voll: %n Dateien ab %1 haben nicht mehr hineingepasst. An ihrer Stelle wurde nichts Unvollständiges hinterlassen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The machine stopped answering commands: %1</source>
        <translation>Die Maschine reagiert nicht mehr auf Befehle: %1</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The machine refuses even the smallest chunk: %1</source>
        <translation>Die Maschine lehnt selbst den kleinsten Block ab: %1</translation>
    </message>
    <message>
        <source>The file could not be checked.</source>
        <translation>Die Datei konnte nicht geprüft werden.</translation>
    </message>
    <message>
        <source>The copy did not match the original (SHA-256 differs).</source>
        <translation>Die Kopie stimmt nicht mit dem Original überein (SHA-256 weicht ab).</translation>
    </message>
    <message>
        <source>The machine refuses even the smallest request.</source>
        <translation>Die Maschine lehnt selbst die kleinste Anfrage ab.</translation>
    </message>
    <message>
        <source>The file could not be written on the machine.</source>
        <translation>Die Datei konnte auf der Maschine nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>The file could not be put in place: %1</source>
        <translation>Die Datei konnte nicht an ihren Platz gebracht werden: %1</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>unbekannter Fehler</translation>
    </message>
    <message>
        <source>Its temporary file on the machine was removed while it was being copied.</source>
        <translation>Seine temporäre Datei auf der Maschine wurde während des Kopierens entfernt.</translation>
    </message>
    <message>
        <source>The machine could not write it (exit code %1).</source>
        <translation>Die Maschine konnte sie nicht schreiben (Exit-Code %1).</translation>
    </message>
</context>
<context>
    <name>hangar::core::CopyJob</name>
    <message>
        <source>Copy into %1</source>
        <translation>In %1 kopieren</translation>
    </message>
    <message>
        <source>The destination is not valid: %1</source>
        <translation>Das Ziel ist ungültig: %1</translation>
    </message>
    <message>
        <source>Looking at the dropped files</source>
        <translation>Abgelegte Dateien werden untersucht</translation>
    </message>
    <message numerus="yes">
        <source>The dropped folders contain %n symbolic link(s), such as %1. Copy what they point to, or leave them out?</source>
        <translation>
            <numerusform>Die abgelegten Ordner enthalten %n symbolischen Link (%1). Soll kopiert werden, worauf er verweist, oder soll er ausgelassen werden?</numerusform>
            <numerusform>Die abgelegten Ordner enthalten %n symbolische Links, z. B. %1. Soll kopiert werden, worauf sie verweisen, oder sollen sie ausgelassen werden?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out %n symbolic link(s).</source>
        <translation>
            <numerusform>%n symbolischer Link ausgelassen.</numerusform>
            <numerusform>%n symbolische Links ausgelassen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The name cannot be used on the volume.</source>
        <translation>Der Name kann auf dem Volume nicht verwendet werden.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s), %1 in all</source>
        <translation>
            <numerusform>%n Datei, insgesamt %1</numerusform>
            <numerusform>%n Dateien, insgesamt %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is %2. Copying it takes a while and uses space on the volume. Copy it?</source>
        <translation>%1 ist %2 groß. Das Kopieren dauert eine Weile und belegt Platz auf dem Volume. Trotzdem kopieren?</translation>
    </message>
    <message>
        <source>Larger than %1; not copied.</source>
        <translation>Größer als %1; nicht kopiert.</translation>
    </message>
    <message>
        <source>The volume is attached to %1, which is %2. Start it for the copy (and stop it again afterwards)?</source>
        <translation>Das Volume ist mit der Maschine %1 verbunden, die im Zustand %2 ist. Soll sie für das Kopieren gestartet (und danach wieder gestoppt) werden?</translation>
    </message>
    <message>
        <source>Copying through %1, which sees the volume at %2</source>
        <translation>Kopieren über die Maschine %1, bei der das Volume unter %2 eingehängt ist</translation>
    </message>
    <message>
        <source>Copying %1 (%2 of %3)</source>
        <translation>%1 wird kopiert (%2 von %3)</translation>
    </message>
    <message>
        <source>Removing temporary files</source>
        <translation>Temporäre Dateien werden entfernt</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) copied (%1) to %2</source>
        <translation>
            <numerusform>%n Datei (%1) nach %2 kopiert</numerusform>
            <numerusform>%n Dateien (%1) nach %2 kopiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n übersprungen</numerusform>
            <numerusform>%n übersprungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Failed: %1 — %2</source>
        <translation>Fehlgeschlagen: %1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be copied.</source>
        <translation>
            <numerusform>%n Datei konnte nicht kopiert werden.</numerusform>
            <numerusform>%n Dateien konnten nicht kopiert werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking what is already on the volume</source>
        <translation>Es wird geprüft, was bereits auf dem Volume liegt</translation>
    </message>
    <message>
        <source>The volume could not be checked: %1</source>
        <translation>Das Volume konnte nicht geprüft werden: %1</translation>
    </message>
    <message>
        <source>A folder with this name is in the way.</source>
        <translation>Ein Ordner mit diesem Namen ist im Weg.</translation>
    </message>
    <message>
        <source>%1 already exists on the volume. Replace it, skip this file, or keep both?</source>
        <translation>%1 ist bereits auf dem Volume vorhanden. Ersetzen, diese Datei überspringen oder beide behalten?</translation>
    </message>
    <message>
        <source>Already there; skipped.</source>
        <translation>Bereits vorhanden; übersprungen.</translation>
    </message>
    <message>
        <source>Keeping both: the copy is named %1</source>
        <translation>Beide werden behalten: Die Kopie heißt %1</translation>
    </message>
    <message>
        <source>Some folders could not be made: %1</source>
        <translation>Einige Ordner konnten nicht angelegt werden: %1</translation>
    </message>
</context>
<context>
    <name>hangar::core::CreateMachineJob</name>
    <message>
        <source>a new machine</source>
        <translation>Neue Maschine</translation>
    </message>
    <message>
        <source>Create %1</source>
        <translation>%1 erstellen</translation>
    </message>
    <message numerus="yes">
        <source>Creating volume %1 (%n GB) in %2</source>
        <translation>
            <numerusform>Volume %1 (%n GB) wird in %2 erstellt</numerusform>
            <numerusform>Volume %1 (%n GB) wird in %2 erstellt</numerusform>
        </translation>
    </message>
    <message>
        <source>Forking %1 into %2 in %3</source>
        <translation>%1 wird in %3 als %2 geforkt</translation>
    </message>
    <message>
        <source>The volume could not be created; no machine was created.</source>
        <translation>Das Volume konnte nicht erstellt werden; es wurde keine Maschine erstellt.</translation>
    </message>
    <message>
        <source>Volume %1 created (%2)</source>
        <translation>Volume %1 erstellt (%2)</translation>
    </message>
    <message>
        <source>The new volume %1 was kept; mount it on another machine or destroy it.</source>
        <translation>Das neue Volume %1 wurde behalten; hängen Sie es in eine andere Maschine ein oder löschen Sie es.</translation>
    </message>
    <message>
        <source>%1 created and %2 in %3</source>
        <translation>%1 in %3 erstellt (Zustand: %2)</translation>
    </message>
</context>
<context>
    <name>hangar::core::DownloadJob</name>
    <message>
        <source>Download from %1</source>
        <translation>Aus %1 herunterladen</translation>
    </message>
    <message>
        <source>The volume&apos;s machine is not running. Open the Files tab with it first.</source>
        <translation>Die Maschine des Volumes läuft nicht. Starten Sie sie zuerst über den Tab „Dateien“.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) saved in %1</source>
        <translation>
            <numerusform>%n Datei in %1 gespeichert</numerusform>
            <numerusform>%n Dateien in %1 gespeichert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be downloaded.</source>
        <translation>
            <numerusform>%n Datei konnte nicht heruntergeladen werden.</numerusform>
            <numerusform>%n Dateien konnten nicht heruntergeladen werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Downloading %1</source>
        <translation>%1 wird heruntergeladen</translation>
    </message>
    <message>
        <source>The file changed while it was read.</source>
        <translation>Die Datei hat sich während des Lesens geändert.</translation>
    </message>
    <message>
        <source>The download did not match the file on the volume.</source>
        <translation>Der Download stimmt nicht mit der Datei auf dem Volume überein.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
</context>
<context>
    <name>hangar::core::Job</name>
    <message>
        <source>Finished</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
</context>
<context>
    <name>hangar::core::KeychainCredentialStore</name>
    <message numerus="yes">
        <source>The system keychain did not answer within %n second(s). It may be locked, or waiting for a password prompt that nobody can see.</source>
        <translation>
            <numerusform>Der Schlüsselbund des Systems hat nicht innerhalb von %n Sekunde geantwortet. Möglicherweise ist er gesperrt oder wartet auf eine Passwortabfrage, die niemand sehen kann.</numerusform>
            <numerusform>Der Schlüsselbund des Systems hat nicht innerhalb von %n Sekunden geantwortet. Möglicherweise ist er gesperrt oder wartet auf eine Passwortabfrage, die niemand sehen kann.</numerusform>
        </translation>
    </message>
    <message>
        <source>Access to the system keychain was refused.</source>
        <translation>Der Zugriff auf den Schlüsselbund des Systems wurde verweigert.</translation>
    </message>
    <message>
        <source>The system keychain could not delete the entry: %1</source>
        <translation>Der Schlüsselbund des Systems konnte den Eintrag nicht löschen: %1</translation>
    </message>
    <message>
        <source>The system keychain is not available: %1</source>
        <translation>Der Schlüsselbund des Systems ist nicht verfügbar: %1</translation>
    </message>
</context>
<context>
    <name>hangar::core::LocalScan</name>
    <message>
        <source>%1: it no longer exists</source>
        <translation>%1: existiert nicht mehr</translation>
    </message>
    <message>
        <source>%1: not a regular file</source>
        <translation>%1: keine reguläre Datei</translation>
    </message>
    <message>
        <source>%1: it cannot be read</source>
        <translation>%1: kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>%1: a link loops back to a folder above it</source>
        <translation>%1: ein Link verweist zurück auf einen übergeordneten Ordner</translation>
    </message>
    <message>
        <source>%1: the folder cannot be read</source>
        <translation>%1: der Ordner kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>%1: a broken link</source>
        <translation>%1: ein defekter Link</translation>
    </message>
</context>
<context>
    <name>hangar::core::MachineJobs</name>
    <message>
        <source>Start %1</source>
        <translation>%1 starten</translation>
    </message>
    <message>
        <source>Stop %1</source>
        <translation>%1 stoppen</translation>
    </message>
    <message>
        <source>Restart %1</source>
        <translation>%1 neu starten</translation>
    </message>
    <message>
        <source>Suspend %1</source>
        <translation>%1 suspendieren</translation>
    </message>
    <message numerus="yes">
        <source>Start %n machine(s)</source>
        <translation>
            <numerusform>%n Maschine starten</numerusform>
            <numerusform>%n Maschinen starten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stop %n machine(s)</source>
        <translation>
            <numerusform>%n Maschine stoppen</numerusform>
            <numerusform>%n Maschinen stoppen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restart %n machine(s)</source>
        <translation>
            <numerusform>%n Maschine neu starten</numerusform>
            <numerusform>%n Maschinen neu starten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Suspend %n machine(s)</source>
        <translation>
            <numerusform>%n Maschine suspendieren</numerusform>
            <numerusform>%n Maschinen suspendieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n machine(s) started</source>
        <translation>
            <numerusform>%1 von %n Maschine gestartet</numerusform>
            <numerusform>%1 von %n Maschinen gestartet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n machine(s) stopped</source>
        <translation>
            <numerusform>%1 von %n Maschine gestoppt</numerusform>
            <numerusform>%1 von %n Maschinen gestoppt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n machine(s) restarted</source>
        <translation>
            <numerusform>%1 von %n Maschine neu gestartet</numerusform>
            <numerusform>%1 von %n Maschinen neu gestartet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n machine(s) suspended</source>
        <translation>
            <numerusform>%1 von %n Maschine suspendiert</numerusform>
            <numerusform>%1 von %n Maschinen suspendiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Destroy %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message>
        <source>%1 was destroyed</source>
        <translation>%1 wurde gelöscht</translation>
    </message>
    <message numerus="yes">
        <source>Destroy %n machine(s)</source>
        <translation>
            <numerusform>%n Maschine löschen</numerusform>
            <numerusform>%n Maschinen löschen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n machine(s) destroyed</source>
        <translation>
            <numerusform>%1 von %n Maschine gelöscht</numerusform>
            <numerusform>%1 von %n Maschinen gelöscht</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hangar::core::MemoryCredentialStore</name>
    <message>
        <source>The credential store did not answer in time.</source>
        <translation>Der Anmeldedatenspeicher hat nicht rechtzeitig geantwortet.</translation>
    </message>
</context>
<context>
    <name>hangar::core::OperationJob</name>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>%1 is %2</source>
        <translation>%1 ist im Zustand %2</translation>
    </message>
</context>
<context>
    <name>hangar::core::TokenCheck</name>
    <message>
        <source>This token has expired. Create a new one (fly tokens create, or Tokens in the Fly.io dashboard) and paste it here.</source>
        <translation>Dieses Token ist abgelaufen. Erstellen Sie ein neues (fly tokens create oder „Tokens“ im Fly.io-Dashboard) und fügen Sie es hier ein.</translation>
    </message>
    <message>
        <source>Fly.io knows this token but it is too narrow: it may not even describe itself (HTTP 403). Use an organization token (fly tokens create org) or a deploy token for the apps to manage.</source>
        <translation>Fly.io kennt dieses Token, aber seine Berechtigungen sind zu eng: Es darf nicht einmal sich selbst beschreiben (HTTP 403). Verwenden Sie ein Organisations-Token (fly tokens create org) oder ein Deploy-Token für die zu verwaltenden Apps.</translation>
    </message>
    <message>
        <source>Fly.io accepts this token, but it reaches no organization, so there is nothing Hangar could show. Use an organization token (fly tokens create org) or a deploy token.</source>
        <translation>Fly.io akzeptiert dieses Token, aber es erreicht keine Organisation, daher gibt es nichts, was Hangar anzeigen könnte. Verwenden Sie ein Organisations-Token (fly tokens create org) oder ein Deploy-Token.</translation>
    </message>
    <message>
        <source>The token works. It is a personal token: Hangar shows the apps of your personal organization.</source>
        <translation>Das Token funktioniert. Es ist ein persönliches Token: Hangar zeigt die Apps Ihrer persönlichen Organisation.</translation>
    </message>
    <message numerus="yes">
        <source>The token works. It reaches %n organization(s).</source>
        <translation>
            <numerusform>Das Token funktioniert. Es erreicht %n Organisation.</numerusform>
            <numerusform>Das Token funktioniert. Es erreicht %n Organisationen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hangar::core::TokenValidator</name>
    <message>
        <source>Paste a token first.</source>
        <translation>Fügen Sie zuerst ein Token ein.</translation>
    </message>
</context>
<context>
    <name>hangar::core::VolumeAccess</name>
    <message>
        <source>%1 was not started, so the volume cannot be reached.</source>
        <translation>%1 wurde nicht gestartet, daher ist das Volume nicht erreichbar.</translation>
    </message>
    <message>
        <source>Looking up the volume</source>
        <translation>Volume wird gesucht</translation>
    </message>
    <message>
        <source>Waiting for %1 to settle</source>
        <translation>Warten, bis sich %1 stabilisiert hat</translation>
    </message>
    <message>
        <source>The volume is attached to %1, which is %2: it cannot be used now.</source>
        <translation>Das Volume ist mit der Maschine %1 verbunden, die im Zustand %2 ist: Es kann derzeit nicht verwendet werden.</translation>
    </message>
    <message>
        <source>Starting %1</source>
        <translation>%1 wird gestartet</translation>
    </message>
    <message>
        <source>%1 could not be started: %2</source>
        <translation>%1 konnte nicht gestartet werden: %2</translation>
    </message>
    <message>
        <source>Starting helper machine %1 in %2</source>
        <translation>Hilfsmaschine %1 wird in %2 gestartet</translation>
    </message>
    <message>
        <source>The helper machine could not be started: %1</source>
        <translation>Die Hilfsmaschine konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>Helper machine %1 (%2) is running</source>
        <translation>Hilfsmaschine %1 (%2) läuft</translation>
    </message>
    <message>
        <source>Stopping %1 again</source>
        <translation>%1 wird wieder gestoppt</translation>
    </message>
    <message>
        <source>%1 could not be stopped: %2</source>
        <translation>%1 konnte nicht gestoppt werden: %2</translation>
    </message>
    <message>
        <source>Removing helper machine %1</source>
        <translation>Hilfsmaschine %1 wird entfernt</translation>
    </message>
    <message>
        <source>Helper machine %1 removed</source>
        <translation>Hilfsmaschine %1 entfernt</translation>
    </message>
    <message>
        <source>Helper machine %1 could not be removed (%2); it removes itself when its timer runs out, or at Hangar&apos;s next start.</source>
        <translation>Hilfsmaschine %1 konnte nicht entfernt werden (%2); sie entfernt sich selbst, wenn ihr Timer abläuft, oder beim nächsten Start von Hangar.</translation>
    </message>
</context>
<context>
    <name>hangar::core::VolumeBrowser</name>
    <message>
        <source>No machine mounts this volume.</source>
        <translation>Keine Maschine hat dieses Volume eingehängt.</translation>
    </message>
    <message>
        <source>The volume is attached to %1, which is %2.</source>
        <translation>Das Volume ist mit der Maschine %1 verbunden, die im Zustand %2 ist.</translation>
    </message>
    <message>
        <source>The volume itself cannot be deleted here.</source>
        <translation>Das Volume selbst kann hier nicht gelöscht werden.</translation>
    </message>
</context>
<context>
    <name>hangar::core::helpers</name>
    <message>
        <source>Remove helper machine %1 left behind</source>
        <translation>Zurückgebliebene Hilfsmaschine %1 entfernen</translation>
    </message>
    <message>
        <source>Helper machine %1 removed</source>
        <translation>Hilfsmaschine %1 entfernt</translation>
    </message>
</context>
<context>
    <name>hangar::core::remotepath</name>
    <message>
        <source>The path contains a NUL character.</source>
        <translation>Der Pfad enthält ein NUL-Zeichen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an absolute path.</source>
        <translation>„%1“ ist kein absoluter Pfad.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; climbs above the root.</source>
        <translation>„%1“ reicht über das Wurzelverzeichnis hinaus.</translation>
    </message>
    <message>
        <source>A name in &quot;%1&quot; is longer than 255 bytes.</source>
        <translation>Ein Name in „%1“ ist länger als 255 Bytes.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is outside the volume, which is at %2.</source>
        <translation>„%1“ liegt außerhalb des Volumes, das sich unter %2 befindet.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be used as a name.</source>
        <translation>„%1“ kann nicht als Name verwendet werden.</translation>
    </message>
    <message>
        <source>A name cannot contain &quot;/&quot; or NUL.</source>
        <translation>Ein Name darf weder „/“ noch NUL enthalten.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is longer than 255 bytes.</source>
        <translation>„%1“ ist länger als 255 Bytes.</translation>
    </message>
</context>
<context>
    <name>hangar::gui::AccountBanner</name>
    <message>
        <source>PRODUCTION</source>
        <translation>PRODUKTION</translation>
    </message>
    <message>
        <source>A production account: destructive actions need the resource&apos;s name typed.</source>
        <translation>Ein Produktivkonto: Für destruktive Aktionen muss der Name der Ressource eingegeben werden.</translation>
    </message>
    <message>
        <source>%1 · nothing here touches Fly.io</source>
        <translation>%1 · nichts hier wirkt sich auf Fly.io aus</translation>
    </message>
</context>
<context>
    <name>hangar::gui::AccountDialog</name>
    <message>
        <source>Check the token to see what it reaches.</source>
        <translation>Prüfen Sie das Token, um zu sehen, worauf es Zugriff hat.</translation>
    </message>
    <message>
        <source>Account settings</source>
        <translation>Kontoeinstellungen</translation>
    </message>
    <message>
        <source>Add a Fly.io account</source>
        <translation>Fly.io-Konto hinzufügen</translation>
    </message>
    <message>
        <source>Change how Hangar shows this account. Paste a new token only to replace the saved one.</source>
        <translation>Ändern Sie, wie Hangar dieses Konto anzeigt. Fügen Sie nur dann ein neues Token ein, wenn Sie das gespeicherte ersetzen möchten.</translation>
    </message>
    <message>
        <source>Paste an API token from Fly.io: &lt;i&gt;fly tokens create org&lt;/i&gt;, or Tokens in the dashboard. Hangar checks it, then keeps it in the system keychain.</source>
        <translation>Fügen Sie ein API-Token von Fly.io ein: &lt;i&gt;fly tokens create org&lt;/i&gt; oder „Tokens“ im Dashboard. Hangar prüft es und speichert es dann im Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <source>e.g. Acme production</source>
        <translation>z. B. Acme Produktion</translation>
    </message>
    <message>
        <source>The Machines API. Change it only for a proxy or a simulator.</source>
        <translation>Die Machines API. Ändern Sie die Adresse nur für einen Proxy oder einen Simulator.</translation>
    </message>
    <message>
        <source>Saved in the keychain; paste a new token to replace it</source>
        <translation>Im Schlüsselbund gespeichert; fügen Sie ein neues Token ein, um es zu ersetzen</translation>
    </message>
    <message>
        <source>FlyV1 fm2_… or a personal access token</source>
        <translation>FlyV1 fm2_… oder ein persönliches Zugriffstoken</translation>
    </message>
    <message>
        <source>Chec&amp;k token</source>
        <translation>Token &amp;prüfen</translation>
    </message>
    <message>
        <source>Kept in the system keychain, never shown again.</source>
        <translation>Im Schlüsselbund des Systems gespeichert und nie wieder angezeigt.</translation>
    </message>
    <message>
        <source>&amp;Production account</source>
        <translation>Pr&amp;oduktivkonto</translation>
    </message>
    <message>
        <source>Destroying a machine, volume or app, or stopping several machines at once, then needs its name typed.</source>
        <translation>Das Löschen einer Maschine, eines Volumes oder einer App sowie das gleichzeitige Stoppen mehrerer Maschinen erfordert dann die Eingabe des Namens.</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>API &amp;address:</source>
        <translation>API-&amp;Adresse:</translation>
    </message>
    <message>
        <source>Organizations:</source>
        <translation>Organisationen:</translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation>&amp;Farbe:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Paste a token first.</source>
        <translation>Fügen Sie zuerst ein Token ein.</translation>
    </message>
    <message>
        <source>Checking the token with %1…</source>
        <translation>Token wird bei %1 geprüft…</translation>
    </message>
    <message>
        <source>No token is saved for this account. Paste it again.</source>
        <translation>Für dieses Konto ist kein Token gespeichert. Fügen Sie es erneut ein.</translation>
    </message>
    <message>
        <source>The saved token could not be read. %1 Paste it again.</source>
        <translation>Das gespeicherte Token konnte nicht gelesen werden. %1 Fügen Sie es erneut ein.</translation>
    </message>
    <message>
        <source>Your personal organization. A personal token reaches every organization you belong to.</source>
        <translation>Ihre persönliche Organisation. Ein persönliches Token erreicht jede Organisation, der Sie angehören.</translation>
    </message>
    <message>
        <source>It belongs to %1.</source>
        <translation>Es gehört zu %1.</translation>
    </message>
    <message>
        <source>Tick at least one organization to show.</source>
        <translation>Wählen Sie mindestens eine Organisation aus, die angezeigt werden soll.</translation>
    </message>
</context>
<context>
    <name>hangar::gui::AccountNotices</name>
    <message>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
</context>
<context>
    <name>hangar::gui::AccountsDialog</name>
    <message>
        <source>token in the keychain</source>
        <translation>Token im Schlüsselbund</translation>
    </message>
    <message>
        <source>token in memory until Hangar quits</source>
        <translation>Token bis zum Beenden von Hangar im Arbeitsspeicher</translation>
    </message>
    <message>
        <source>no token saved</source>
        <translation>kein Token gespeichert</translation>
    </message>
    <message>
        <source>keychain not available</source>
        <translation>Schlüsselbund nicht verfügbar</translation>
    </message>
    <message>
        <source>token not read yet</source>
        <translation>Token noch nicht gelesen</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Entfernen…</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>Fly.io accounts Hangar shows side by side. Tokens stay in the system keychain.</source>
        <translation>Fly.io-Konten, die Hangar nebeneinander anzeigt. Tokens bleiben im Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <source>all organizations</source>
        <translation>alle Organisationen</translation>
    </message>
    <message>
        <source>%1 — production</source>
        <translation>%1 — Produktion</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation>Konto entfernen</translation>
    </message>
    <message>
        <source>Remove “%1” from Hangar?</source>
        <translation>„%1“ aus Hangar entfernen?</translation>
    </message>
    <message>
        <source>Its token is deleted from the system keychain. Nothing changes on Fly.io: its apps, machines and volumes stay as they are.</source>
        <translation>Sein Token wird aus dem Schlüsselbund des Systems gelöscht. Auf Fly.io ändert sich nichts: Seine Apps, Maschinen und Volumes bleiben unverändert.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
</context>
<context>
    <name>hangar::gui::ActivityDock</name>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>Nothing running. Starts, stops, updates and copies show their progress here.</source>
        <translation>Es läuft nichts. Starts, Stopps, Aktualisierungen und Kopiervorgänge zeigen hier ihren Fortschritt.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel the selected job</source>
        <translation>Ausgewählten Vorgang abbrechen</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>Details…</translation>
    </message>
    <message>
        <source>Show the steps and error details of the selected job</source>
        <translation>Schritte und Fehlerdetails des ausgewählten Vorgangs anzeigen</translation>
    </message>
    <message>
        <source>Clear finished</source>
        <translation>Abgeschlossene entfernen</translation>
    </message>
    <message>
        <source>Remove the jobs that have finished from the list</source>
        <translation>Abgeschlossene Vorgänge aus der Liste entfernen</translation>
    </message>
</context>
<context>
    <name>hangar::gui::AppPanel</name>
    <message>
        <source>Machine</source>
        <translation>Maschine</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>&amp;Machines</source>
        <translation>Maschi&amp;nen</translation>
    </message>
    <message>
        <source>&amp;Secrets</source>
        <translation>&amp;Secrets</translation>
    </message>
    <message>
        <source>&amp;Secrets (%1)</source>
        <translation>&amp;Secrets (%1)</translation>
    </message>
    <message>
        <source>Organization %1 · status %2</source>
        <translation>Organisation %1 · Status %2</translation>
    </message>
    <message>
        <source>No machines yet. Machines you create in this app appear here.</source>
        <translation>Noch keine Maschinen. Maschinen, die Sie in dieser App erstellen, erscheinen hier.</translation>
    </message>
    <message numerus="yes">
        <source>%n machine(s): %1</source>
        <translation>
            <numerusform>%n Maschine: %1</numerusform>
            <numerusform>%n Maschinen: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n volume(s), %1 GB in all</source>
        <translation>
            <numerusform>%n Volume, insgesamt %1 GB</numerusform>
            <numerusform>%n Volumes, insgesamt %1 GB</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hangar::gui::ChecksEditor</name>
    <message>
        <source>Add chec&amp;k</source>
        <translation>Chec&amp;k hinzufügen</translation>
    </message>
    <message>
        <source>Remove check</source>
        <translation>Check entfernen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Interval</source>
        <translation>Intervall</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>Timeout</translation>
    </message>
    <message>
        <source>Grace period</source>
        <translation>Karenzzeit</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Health checks: type tcp (the port accepts connections) or http (GET of the path answers 2xx). Durations are like 15s, 1m or 500ms.</source>
        <translation>Health-Checks: Typ tcp (der Port nimmt Verbindungen an) oder http (ein GET auf den Pfad liefert 2xx). Zeitangaben werden wie 15s, 1m oder 500ms geschrieben.</translation>
    </message>
    <message>
        <source>Check %1 needs a name.</source>
        <translation>Check %1 braucht einen Namen.</translation>
    </message>
    <message>
        <source>Two checks are named “%1”.</source>
        <translation>Zwei Checks heißen „%1“.</translation>
    </message>
    <message>
        <source>Check %1: the type is tcp or http.</source>
        <translation>Check %1: Der Typ ist tcp oder http.</translation>
    </message>
    <message>
        <source>Check %1: the port is a number from 1 to 65535.</source>
        <translation>Check %1: Der Port ist eine Zahl von 1 bis 65535.</translation>
    </message>
    <message>
        <source>Check %1: “%2” is not a duration; write it like 15s, 1m30s or 500ms.</source>
        <translation>Check %1: „%2“ ist keine Zeitangabe; schreiben Sie sie z. B. als 15s, 1m30s oder 500ms.</translation>
    </message>
    <message>
        <source>Check %1: an HTTP path starts with /.</source>
        <translation>Check %1: Ein HTTP-Pfad beginnt mit /.</translation>
    </message>
</context>
<context>
    <name>hangar::gui::ChecksSection</name>
    <message>
        <source>Health checks</source>
        <translation>Health-Checks</translation>
    </message>
</context>
<context>
    <name>hangar::gui::ColourChoice</name>
    <message>
        <source>Blue</source>
        <translation>Blau</translation>
    </message>
    <message>
        <source>Teal</source>
        <translation>Petrol</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Grün</translation>
    </message>
    <message>
        <source>Purple</source>
        <translation>Lila</translation>
    </message>
    <message>
        <source>Pink</source>
        <translation>Pink</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>Orange</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Rot</translation>
    </message>
    <message>
        <source>Grey</source>
        <translation>Grau</translation>
    </message>
</context>
<context>
    <name>hangar::gui::ConfigDiffView</name>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>Show only changes</source>
        <translation>Nur Änderungen anzeigen</translation>
    </message>
    <message>
        <source>Old config</source>
        <translation>Alte Konfiguration</translation>
    </message>
    <message>
        <source>New config</source>
        <translation>Neue Konfiguration</translation>
    </message>
    <message>
        <source>Hide unchanged lines, keeping the sections around each change</source>
        <translation>Unveränderte Zeilen ausblenden; die Abschnitte um jede Änderung bleiben sichtbar</translation>
    </message>
    <message>
        <source>Previous change (Alt+Up, Shift+F8)</source>
        <translation>Vorherige Änderung (Alt+↑, Umschalt+F8)</translation>
    </message>
    <message>
        <source>Previous change</source>
        <translation>Vorherige Änderung</translation>
    </message>
    <message>
        <source>Next change (Alt+Down, F8)</source>
        <translation>Nächste Änderung (Alt+↓, F8)</translation>
    </message>
    <message>
        <source>Next change</source>
        <translation>Nächste Änderung</translation>
    </message>
    <message>
        <source>No changes</source>
        <translation>Keine Änderungen</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n Änderung</numerusform>
            <numerusform>%n Änderungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Change %1 of %2</source>
        <translation>Änderung %1 von %2</translation>
    </message>
</context>
<context>
    <name>hangar::gui::ConfigEditor</name>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>The whole config as the Machines API sees it, including fields the form does not show. Edits here update the form.</source>
        <translation>Die gesamte Konfiguration, wie die Machines API sie sieht, einschließlich der Felder, die das Formular nicht zeigt. Änderungen hier aktualisieren das Formular.</translation>
    </message>
    <message>
        <source>&amp;Form</source>
        <translation>&amp;Formular</translation>
    </message>
    <message>
        <source>&amp;JSON</source>
        <translation>&amp;JSON</translation>
    </message>
    <message>
        <source>The config must be a JSON object: { … }.</source>
        <translation>Die Konfiguration muss ein JSON-Objekt sein: { … }.</translation>
    </message>
    <message>
        <source>Fly machines mount at most one volume; this config has %1. Keep one mount and add the other files as config files, or copy them into the mounted volume.</source>
        <translation>Fly-Maschinen hängen höchstens ein Volume ein; diese Konfiguration hat %1. Behalten Sie eine Einhängung und fügen Sie die übrigen Dateien als Konfigurationsdateien hinzu oder kopieren Sie sie in das eingehängte Volume.</translation>
    </message>
    <message>
        <source>The JSON does not parse: %1</source>
        <translation>Das JSON kann nicht geparst werden: %1</translation>
    </message>
    <message>
        <source>Valid config.</source>
        <translation>Gültige Konfiguration.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weiteres</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to fix before applying:</source>
        <translation>
            <numerusform>%n Problem muss vor dem Anwenden behoben werden:</numerusform>
            <numerusform>%n Probleme müssen vor dem Anwenden behoben werden:</numerusform>
        </translation>
    </message>
    <message>
        <source>The JSON is valid; see the problems above.</source>
        <translation>Das JSON ist gültig; siehe die Probleme oben.</translation>
    </message>
    <message>
        <source>Also in this config, kept as they are and editable in the JSON tab: %1.</source>
        <translation>Ebenfalls in dieser Konfiguration, unverändert übernommen und im Tab „JSON“ bearbeitbar: %1.</translation>
    </message>
</context>
<context>
    <name>hangar::gui::ConfigFileDialog</name>
    <message>
        <source>A &amp;local file</source>
        <translation>Eine &amp;lokale Datei</translation>
    </message>
    <message>
        <source>&amp;Text typed here</source>
        <translation>Hier eingegebener &amp;Text</translation>
    </message>
    <message>
        <source>An app &amp;secret</source>
        <translation>Ein App-&amp;Secret</translation>
    </message>
    <message>
        <source>Config file</source>
        <translation>Konfigurationsdatei</translation>
    </message>
    <message>
        <source>Where the file is written inside the machine, each time it boots.</source>
        <translation>Wohin die Datei innerhalb der Maschine bei jedem Start geschrieben wird.</translation>
    </message>
    <message>
        <source>Permissions in octal, such as 0644 (readable by all) or 0600 (owner only).</source>
        <translation>Berechtigungen in Oktalschreibweise, z. B. 0644 (für alle lesbar) oder 0600 (nur Besitzer).</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>The file&apos;s content</source>
        <translation>Der Inhalt der Datei</translation>
    </message>
    <message>
        <source>The secret&apos;s value becomes the file&apos;s content; it never appears in the machine config.</source>
        <translation>Der Wert des Secrets wird zum Inhalt der Datei; er erscheint nie in der Maschinenkonfiguration.</translation>
    </message>
    <message>
        <source>This app has no secrets yet.</source>
        <translation>Diese App hat noch keine Secrets.</translation>
    </message>
    <message>
        <source>&amp;Path in the machine:</source>
        <translation>&amp;Pfad in der Maschine:</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>&amp;Modus:</translation>
    </message>
    <message>
        <source>Content from:</source>
        <translation>Inhalt aus:</translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation>Vorschau:</translation>
    </message>
    <message>
        <source>Edit config file</source>
        <translation>Konfigurationsdatei bearbeiten</translation>
    </message>
    <message>
        <source>Say where the file goes in the machine, such as /etc/app/config.toml.</source>
        <translation>Geben Sie an, wohin die Datei in der Maschine kommt, z. B. /etc/app/config.toml.</translation>
    </message>
    <message>
        <source>The path in the machine must be absolute (start with /).</source>
        <translation>Der Pfad in der Maschine muss absolut sein (mit / beginnen).</translation>
    </message>
    <message>
        <source>The path names a directory; add the file&apos;s name.</source>
        <translation>Der Pfad bezeichnet ein Verzeichnis; fügen Sie den Dateinamen hinzu.</translation>
    </message>
    <message>
        <source>Another config file is already written to %1.</source>
        <translation>Eine andere Konfigurationsdatei wird bereits nach %1 geschrieben.</translation>
    </message>
    <message>
        <source>The mode is an octal number such as 0644.</source>
        <translation>Der Modus ist eine Oktalzahl wie 0644.</translation>
    </message>
    <message>
        <source>Choose the local file to add.</source>
        <translation>Wählen Sie die lokale Datei aus, die hinzugefügt werden soll.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 ist keine Datei.</translation>
    </message>
    <message>
        <source>%1 is %2; config files are limited to %3. Copy large files into a volume instead.</source>
        <translation>%1 ist %2 groß; Konfigurationsdateien sind auf %3 begrenzt. Kopieren Sie große Dateien stattdessen in ein Volume.</translation>
    </message>
    <message>
        <source>The text is larger than %1.</source>
        <translation>Der Text ist größer als %1.</translation>
    </message>
    <message>
        <source>Choose a secret.</source>
        <translation>Wählen Sie ein Secret aus.</translation>
    </message>
    <message>
        <source>The value of secret %1, written at boot.</source>
        <translation>Der Wert des Secrets %1, beim Start geschrieben.</translation>
    </message>
    <message>
        <source>Choose a file to add</source>
        <translation>Datei zum Hinzufügen auswählen</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 grew past %2 while it was being read.</source>
        <translation>%1 ist während des Lesens über %2 hinausgewachsen.</translation>
    </message>
</context>
<context>
    <name>hangar::gui::ConfigHistoryWidget</name>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Restore this version…</source>
        <translation>Diese Version wiederherstellen…</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>Select one version to see what it changed, or two to compare them</source>
        <translation>Wählen Sie eine Version aus, um zu sehen, was sie geändert hat, oder zwei, um sie zu vergleichen</translation>
    </message>
    <message>
        <source>%1 (current)</source>
        <translation>%1 (aktuell)</translation>
    </message>
    <message>
        <source>First version</source>
        <translation>Erste Version</translation>
    </message>
    <message>
        <source>No config changes</source>
        <translation>Keine Konfigurationsänderungen</translation>
    </message>
    <message>
        <source>This is the config the machine runs now</source>
        <translation>Dies ist die Konfiguration, mit der die Maschine jetzt läuft</translation>
    </message>
    <message>
        <source>Review going back to the selected version&apos;s config</source>
        <translation>Rückkehr zur Konfiguration der ausgewählten Version prüfen</translation>
    </message>
    <message>
        <source>No versions</source>
        <translation>Keine Versionen</translation>
    </message>
    <message>
        <source>Select one version to see what it changed, or two to compare them.</source>
        <translation>Wählen Sie eine Version aus, um zu sehen, was sie geändert hat, oder zwei, um sie zu vergleichen.</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Nothing before</source>
        <translation>Nichts davor</translation>
    </message>
    <message>
        <source>Comparing version %1 with the newer %2.</source>
        <translation>Version %1 wird mit der neueren Version %2 verglichen.</translation>
    </message>
    <message>
        <source>What version %1 changed.</source>
        <translation>Was Version %1 geändert hat.</translation>
    </message>
    <message>
        <source>Version %1 is the first version.</source>
        <translation>Version %1 ist die erste Version.</translation>
    </message>
</context>
<context>
    <name>hangar::gui::CopyProgressWidget</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Retry Failed Files</source>
        <translation>Fehlgeschlagene Dateien erneut versuchen</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation>Wird vorbereitet…</translation>
    </message>
</context>
<context>
    <name>hangar::gui::CopyQuestionDialog</name>
    <message>
        <source>Start the machine?</source>
        <translation>Maschine starten?</translation>
    </message>
    <message>
        <source>File already exists</source>
        <translation>Datei existiert bereits</translation>
    </message>
    <message>
        <source>Large file</source>
        <translation>Große Datei</translation>
    </message>
    <message>
        <source>Symbolic links</source>
        <translation>Symbolische Links</translation>
    </message>
    <message numerus="yes">
        <source>Do this for the other %n file(s) too</source>
        <translation>
            <numerusform>Dies auch für die übrige %n Datei tun</numerusform>
            <numerusform>Dies auch für die übrigen %n Dateien tun</numerusform>
        </translation>
    </message>
    <message>
        <source>Start and Copy</source>
        <translation>Starten und kopieren</translation>
    </message>
    <message>
        <source>Don&apos;t Start</source>
        <translation>Nicht starten</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <source>Keep Both</source>
        <translation>Beide behalten</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Follow Links</source>
        <translation>Links folgen</translation>
    </message>
    <message>
        <source>Leave Them Out</source>
        <translation>Auslassen</translation>
    </message>
</context>
<context>
    <name>hangar::gui::CreateMachineWizard</name>
    <message>
        <source>Use lowercase letters, digits and dashes (not at the start or end), up to 63 characters.</source>
        <translation>Verwenden Sie Kleinbuchstaben, Ziffern und Bindestriche (nicht am Anfang oder Ende), höchstens 63 Zeichen.</translation>
    </message>
    <message>
        <source>This app already has a machine called %1.</source>
        <translation>Diese App hat bereits eine Maschine namens %1.</translation>
    </message>
    <message>
        <source>Create a machine in %1</source>
        <translation>Maschine in %1 erstellen</translation>
    </message>
    <message>
        <source>&amp;Create machine</source>
        <translation>Maschine &amp;erstellen</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>What the machine runs: an image from Docker Hub or another registry.</source>
        <translation>Was die Maschine ausführt: ein Image von Docker Hub oder aus einer anderen Registry.</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>CPUs and memory. You can change this later; the machine restarts to take a new size.</source>
        <translation>CPUs und Arbeitsspeicher. Sie können dies später ändern; die Maschine wird neu gestartet, um eine neue Größe zu übernehmen.</translation>
    </message>
    <message>
        <source>Services and ports</source>
        <translation>Services und Ports</translation>
    </message>
    <message>
        <source>Which ports the Fly Proxy routes to the machine. Leave empty for a private machine.</source>
        <translation>Welche Ports der Fly Proxy an die Maschine weiterleitet. Lassen Sie dies für eine private Maschine leer.</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>Variables the machine&apos;s processes see. Put passwords in app secrets instead.</source>
        <translation>Variablen, die die Prozesse der Maschine sehen. Legen Sie Passwörter stattdessen in App-Secrets ab.</translation>
    </message>
    <message>
        <source>For example: %1</source>
        <translation>Zum Beispiel: %1</translation>
    </message>
    <message>
        <source>Add a &amp;web service (ports 80 and 443 → 8080)</source>
        <translation>We&amp;b-Service hinzufügen (Ports 80 und 443 → 8080)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>How the machine is shown in Hangar and on Fly. Leave it empty and Fly picks a name.</source>
        <translation>Wie die Maschine in Hangar und bei Fly angezeigt wird. Wenn Sie das Feld leer lassen, wählt Fly einen Namen.</translation>
    </message>
    <message>
        <source>Lowercase letters, digits and dashes, unique within the app.</source>
        <translation>Kleinbuchstaben, Ziffern und Bindestriche, eindeutig innerhalb der App.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Pick a region on the map or in the list.</source>
        <translation>Wählen Sie eine Region auf der Karte oder in der Liste.</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Where the machine runs. Volumes live in one region, so a machine can only mount volumes of its own region.</source>
        <translation>Wo die Maschine läuft. Volumes liegen in einer Region, daher kann eine Maschine nur Volumes ihrer eigenen Region einhängen.</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>Persistent storage that survives restarts and image updates. A machine mounts at most one volume.</source>
        <translation>Dauerhafter Speicher, der Neustarts und Image-Aktualisierungen übersteht. Eine Maschine hängt höchstens ein Volume ein.</translation>
    </message>
    <message>
        <source>&amp;No volume</source>
        <translation>&amp;Kein Volume</translation>
    </message>
    <message>
        <source>Mount a free volume of this app</source>
        <translation>Freies Volume dieser App einhängen</translation>
    </message>
    <message>
        <source>Create a &amp;new volume</source>
        <translation>&amp;Neues Volume erstellen</translation>
    </message>
    <message>
        <source>Up to 30 lowercase letters, digits, dashes and underscores.</source>
        <translation>Bis zu 30 Kleinbuchstaben, Ziffern, Bindestriche und Unterstriche.</translation>
    </message>
    <message>
        <source> GB</source>
        <translation> GB</translation>
    </message>
    <message>
        <source>Encrypted at rest</source>
        <translation>Im Ruhezustand verschlüsselt</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <source>Si&amp;ze:</source>
        <translation>&amp;Größe:</translation>
    </message>
    <message>
        <source>Mount &amp;path:</source>
        <translation>Einhänge&amp;pfad:</translation>
    </message>
    <message>
        <source>Pick the volume to mount, or choose another option.</source>
        <translation>Wählen Sie das einzuhängende Volume aus oder wählen Sie eine andere Option.</translation>
    </message>
    <message>
        <source>Name the new volume.</source>
        <translation>Geben Sie dem neuen Volume einen Namen.</translation>
    </message>
    <message>
        <source>A volume name has up to 30 lowercase letters, digits, dashes and underscores.</source>
        <translation>Ein Volume-Name hat bis zu 30 Kleinbuchstaben, Ziffern, Bindestriche und Unterstriche.</translation>
    </message>
    <message>
        <source>The mount path must be an absolute directory such as /data.</source>
        <translation>Der Einhängepfad muss ein absolutes Verzeichnis wie /data sein.</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Überprüfung</translation>
    </message>
    <message>
        <source>This is what will be sent to Fly. Nothing is created until you press Create machine.</source>
        <translation>Dies wird an Fly gesendet. Es wird nichts erstellt, bis Sie auf „Maschine erstellen“ klicken.</translation>
    </message>
    <message numerus="yes">
        <source>Creates %1 in %2 from %3, %4 CPU(s) and %5 MB.</source>
        <translation>
            <numerusform>Erstellt %1 in %2 aus %3 mit %4 CPU und %5 MB.</numerusform>
            <numerusform>Erstellt %1 in %2 aus %3 mit %4 CPUs und %5 MB.</numerusform>
        </translation>
    </message>
    <message>
        <source>a machine</source>
        <translation>eine Maschine</translation>
    </message>
    <message>
        <source>First creates volume %1 (%2 GB), mounted at %3.</source>
        <translation>Erstellt zuerst das Volume %1 (%2 GB), eingehängt unter %3.</translation>
    </message>
    <message>
        <source>First forks the original&apos;s volume into %1, mounted at %2.</source>
        <translation>Forkt zuerst das Volume des Originals als %1, eingehängt unter %2.</translation>
    </message>
    <message>
        <source>Mounts volume %1 at %2.</source>
        <translation>Hängt das Volume %1 unter %2 ein.</translation>
    </message>
    <message>
        <source>Clone %1</source>
        <translation>%1 klonen</translation>
    </message>
    <message>
        <source>&amp;Fork %1 (a copy of its data) into a new volume</source>
        <translation>%1 in ein neues Volume &amp;forken (eine Kopie seiner Daten)</translation>
    </message>
    <message>
        <source>Create a &amp;fresh, empty volume</source>
        <translation>Ein neues, &amp;leeres Volume erstellen</translation>
    </message>
</context>
<context>
    <name>hangar::gui::CreateVolumeDialog</name>
    <message>
        <source>Create Volume</source>
        <translation>Volume erstellen</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Erstellen</translation>
    </message>
    <message>
        <source>The snapshots could not be loaded: %1</source>
        <translation>Die Snapshots konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>A volume is persistent storage on one host in one region. Create it first, then a machine in the same region that mounts it; a machine mounts one volume at a time.</source>
        <translation>Ein Volume ist dauerhafter Speicher auf einem Host in einer Region. Erstellen Sie zuerst das Volume und dann eine Maschine in derselben Region, die es einhängt; eine Maschine hängt jeweils nur ein Volume ein.</translation>
    </message>
    <message>
        <source>e.g. nginx-data</source>
        <translation>z. B. nginx-data</translation>
    </message>
    <message>
        <source>Up to 30 lowercase letters, digits, dashes and underscores. Machines refer to the volume by its ID; several volumes may share a name.</source>
        <translation>Bis zu 30 Kleinbuchstaben, Ziffern, Bindestriche und Unterstriche. Maschinen verweisen über die ID auf das Volume; mehrere Volumes können denselben Namen haben.</translation>
    </message>
    <message>
        <source>Where the volume lives. A machine must be in the same region (and on the same host) to mount it.</source>
        <translation>Wo das Volume liegt. Eine Maschine muss sich in derselben Region (und auf demselben Host) befinden, um es einzuhängen.</translation>
    </message>
    <message>
        <source> GB</source>
        <translation> GB</translation>
    </message>
    <message>
        <source>From %1 to %2 GB. A volume can be extended later, but never shrunk.</source>
        <translation>Von %1 bis %2 GB. Ein Volume kann später vergrößert, aber nie verkleinert werden.</translation>
    </message>
    <message>
        <source>%1 to %2 GB; it can grow later, never shrink</source>
        <translation>%1 bis %2 GB; kann später wachsen, aber nie schrumpfen</translation>
    </message>
    <message>
        <source>&amp;Empty volume</source>
        <translation>&amp;Leeres Volume</translation>
    </message>
    <message>
        <source>Restore from a &amp;snapshot:</source>
        <translation>Aus &amp;Snapshot wiederherstellen:</translation>
    </message>
    <message>
        <source>Snapshots of this app&apos;s volumes, newest first. The new volume must be at least as large as the volume the snapshot was taken from.</source>
        <translation>Snapshots der Volumes dieser App, neueste zuerst. Das neue Volume muss mindestens so groß sein wie das Volume, von dem der Snapshot stammt.</translation>
    </message>
    <message>
        <source>Encr&amp;ypt the contents</source>
        <translation>Inhalt &amp;verschlüsseln</translation>
    </message>
    <message>
        <source>Recommended. Encryption cannot be turned on or off later.</source>
        <translation>Empfohlen. Die Verschlüsselung kann später nicht ein- oder ausgeschaltet werden.</translation>
    </message>
    <message>
        <source>Put it on a different &amp;host than volumes with this name</source>
        <translation>Auf einem anderen &amp;Host als Volumes mit diesem Namen anlegen</translation>
    </message>
    <message>
        <source>Recommended: volumes of one name on one host fail together. Creating fails when the region has no such host left; clear this to allow sharing one.</source>
        <translation>Empfohlen: Volumes mit demselben Namen auf einem Host fallen gemeinsam aus. Das Erstellen schlägt fehl, wenn die Region keinen solchen Host mehr hat; deaktivieren Sie diese Option, um einen gemeinsamen Host zu erlauben.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <source>Si&amp;ze:</source>
        <translation>&amp;Größe:</translation>
    </message>
    <message>
        <source>Contents:</source>
        <translation>Inhalt:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Optionen:</translation>
    </message>
    <message>
        <source>Loading regions…</source>
        <translation>Regionen werden geladen…</translation>
    </message>
    <message>
        <source>The regions could not be loaded: %1</source>
        <translation>Die Regionen konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Fork Volume %1</source>
        <translation>Volume %1 forken</translation>
    </message>
    <message>
        <source>&amp;Fork</source>
        <translation>&amp;Forken</translation>
    </message>
    <message>
        <source>Forking copies a volume to a new one, in this region or another. The copy can be mounted at once; its data arrives in the background.</source>
        <translation>Beim Forken wird ein Volume in ein neues kopiert, in dieser oder einer anderen Region. Die Kopie kann sofort eingehängt werden; ihre Daten kommen im Hintergrund nach.</translation>
    </message>
    <message numerus="yes">
        <source>A copy of %1 (%2, %n GB in %3)</source>
        <translation>
            <numerusform>Eine Kopie von %1 (%2, %n GB in %3)</numerusform>
            <numerusform>Eine Kopie von %1 (%2, %n GB in %3)</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore Snapshot</source>
        <translation>Snapshot wiederherstellen</translation>
    </message>
    <message>
        <source>Creates a new volume holding the contents of a snapshot of %1. The volume the snapshot was taken from is not changed.</source>
        <translation>Erstellt ein neues Volume mit dem Inhalt eines Snapshots von %1. Das Volume, von dem der Snapshot stammt, wird nicht verändert.</translation>
    </message>
    <message>
        <source>Loading snapshots…</source>
        <translation>Snapshots werden geladen…</translation>
    </message>
    <message numerus="yes">
        <source>%1 — from %2 (%n GB)</source>
        <translation>
            <numerusform>%1 — von %2 (%n GB)</numerusform>
            <numerusform>%1 — von %2 (%n GB)</numerusform>
        </translation>
    </message>
    <message>
        <source>Snapshot %1 of volume %2</source>
        <translation>Snapshot %1 von Volume %2</translation>
    </message>
    <message>
        <source>Choose a region.</source>
        <translation>Wählen Sie eine Region.</translation>
    </message>
    <message>
        <source>Choose a snapshot.</source>
        <translation>Wählen Sie einen Snapshot.</translation>
    </message>
    <message>
        <source>No volume of this app has a snapshot yet.</source>
        <translation>Noch kein Volume dieser App hat einen Snapshot.</translation>
    </message>
    <message>
        <source>This volume has no snapshots yet.</source>
        <translation>Dieses Volume hat noch keine Snapshots.</translation>
    </message>
    <message>
        <source>&amp;Map…</source>
        <translation>&amp;Karte…</translation>
    </message>
    <message>
        <source>Choose the region on a world map</source>
        <translation>Die Region auf einer Weltkarte wählen</translation>
    </message>
</context>
<context>
    <name>hangar::gui::DestroyDialog</name>
    <message>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>Destroy</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Destroy app %1</source>
        <translation>App %1 löschen</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; and everything in it will be destroyed: its machines, its volumes and the files on them, its secrets and its addresses. This cannot be undone.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; und alles darin wird gelöscht: ihre Maschinen, ihre Volumes und die Dateien darauf, ihre Secrets und ihre Adressen. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Destroy machine %1</source>
        <translation>Maschine %1 löschen</translation>
    </message>
    <message>
        <source>Destroy volume %1</source>
        <translation>Volume %1 löschen</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; will be destroyed: the machine and its root file system are deleted. Its volume, if it has one, is kept. This cannot be undone.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; wird gelöscht: Die Maschine und ihr Root-Dateisystem werden entfernt. Ihr Volume, falls vorhanden, bleibt erhalten. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; and every file on it will be destroyed. Snapshots are kept for their retention period. This cannot be undone.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; und jede Datei darauf werden gelöscht. Snapshots bleiben für ihre Aufbewahrungsdauer erhalten. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message numerus="yes">
        <source>Destroy %n app(s)</source>
        <translation>
            <numerusform>%n App löschen</numerusform>
            <numerusform>%n Apps löschen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Destroy %n machine(s)</source>
        <translation>
            <numerusform>%n Maschine löschen</numerusform>
            <numerusform>%n Maschinen löschen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Destroy %n volume(s)</source>
        <translation>
            <numerusform>%n Volume löschen</numerusform>
            <numerusform>%n Volumes löschen</numerusform>
        </translation>
    </message>
    <message>
        <source>These will be destroyed, which cannot be undone:&lt;br&gt;&lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Folgendes wird unwiderruflich gelöscht:&lt;br&gt;&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Without this, a running machine is stopped cleanly first.</source>
        <translation>Ohne diese Option wird eine laufende Maschine zuerst sauber gestoppt.</translation>
    </message>
    <message numerus="yes">
        <source>Stop %n machine(s)</source>
        <translation>
            <numerusform>%n Maschine stoppen</numerusform>
            <numerusform>%n Maschinen stoppen</numerusform>
        </translation>
    </message>
    <message>
        <source>These machines will stop, and whatever they serve stops with them:&lt;br&gt;&lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Diese Maschinen werden gestoppt, und alles, was sie bereitstellen, wird mit ihnen beendet:&lt;br&gt;&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Type &lt;b&gt;%1&lt;/b&gt; to confirm:</source>
        <translation>Geben Sie zur Bestätigung &lt;b&gt;%1&lt;/b&gt; ein:</translation>
    </message>
    <message>
        <source>Type the number of items, &lt;b&gt;%1&lt;/b&gt;, to confirm:</source>
        <translation>Geben Sie zur Bestätigung die Anzahl der Elemente (&lt;b&gt;%1&lt;/b&gt;) ein:</translation>
    </message>
    <message>
        <source>Type the app&apos;s name, &lt;b&gt;%1&lt;/b&gt;, to confirm:</source>
        <translation>Geben Sie zur Bestätigung den Namen der App (&lt;b&gt;%1&lt;/b&gt;) ein:</translation>
    </message>
    <message>
        <source>Type the account&apos;s name, &lt;b&gt;%1&lt;/b&gt;, to confirm:</source>
        <translation>Geben Sie zur Bestätigung den Namen des Kontos (&lt;b&gt;%1&lt;/b&gt;) ein:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Production:&lt;/b&gt; %1 is a production account.</source>
        <translation>&lt;b&gt;Produktion:&lt;/b&gt; %1 ist ein Produktivkonto.</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Neu starten</translation>
    </message>
    <message>
        <source>Suspend</source>
        <translation>Suspendieren</translation>
    </message>
    <message numerus="yes">
        <source>Restart %n machine(s)</source>
        <translation>
            <numerusform>%n Maschine neu starten</numerusform>
            <numerusform>%n Maschinen neu starten</numerusform>
        </translation>
    </message>
    <message>
        <source>These machines will restart, and whatever they serve is interrupted until they are back:&lt;br&gt;&lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Diese Maschinen werden neu gestartet, und was sie bereitstellen, ist unterbrochen, bis sie wieder laufen:&lt;br&gt;&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <source>Suspend %n machine(s)</source>
        <translation>
            <numerusform>%n Maschine suspendieren</numerusform>
            <numerusform>%n Maschinen suspendieren</numerusform>
        </translation>
    </message>
    <message>
        <source>These machines will be suspended, and whatever they serve pauses with them:&lt;br&gt;&lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Diese Maschinen werden suspendiert, und was sie bereitstellen, pausiert mit ihnen:&lt;br&gt;&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>hangar::gui::DiffPane</name>
    <message numerus="yes">
        <source>⋯ %n unchanged line(s)</source>
        <translation>
            <numerusform>⋯ %n unveränderte Zeile</numerusform>
            <numerusform>⋯ %n unveränderte Zeilen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hangar::gui::DnsSection</name>
    <message>
        <source>DNS</source>
        <translation>DNS</translation>
    </message>
    <message>
        <source>Do not register in the app&apos;s private DNS</source>
        <translation>Nicht im privaten DNS der App registrieren</translation>
    </message>
    <message>
        <source>the machine ID</source>
        <translation>die Maschinen-ID</translation>
    </message>
    <message>
        <source>The machine&apos;s hostname as its processes see it.</source>
        <translation>Der Hostname der Maschine, wie ihre Prozesse ihn sehen.</translation>
    </message>
    <message>
        <source>Fly&apos;s resolver</source>
        <translation>Resolver von Fly</translation>
    </message>
    <message>
        <source>IP addresses of resolvers, separated by commas.</source>
        <translation>IP-Adressen von Resolvern, durch Kommas getrennt.</translation>
    </message>
    <message>
        <source>Search domains, separated by commas.</source>
        <translation>Suchdomänen, durch Kommas getrennt.</translation>
    </message>
    <message>
        <source>Other machines of the app then cannot find this one by &lt;app&gt;.internal names.</source>
        <translation>Andere Maschinen der App können diese dann nicht über Namen der Form &lt;app&gt;.internal finden.</translation>
    </message>
    <message>
        <source>Host&amp;name:</source>
        <translation>&amp;Hostname:</translation>
    </message>
    <message>
        <source>Name&amp;servers:</source>
        <translation>&amp;Nameserver:</translation>
    </message>
    <message>
        <source>Search &amp;domains:</source>
        <translation>Such&amp;domänen:</translation>
    </message>
    <message>
        <source>“%1” is not an IP address.</source>
        <translation>„%1“ ist keine IP-Adresse.</translation>
    </message>
    <message>
        <source>“%1” is not a valid hostname: use letters, digits and hyphens, in dot-separated parts.</source>
        <translation>„%1“ ist kein gültiger Hostname: Verwenden Sie Buchstaben, Ziffern und Bindestriche in durch Punkte getrennten Teilen.</translation>
    </message>
    <message>
        <source>“%1” is not a valid search domain.</source>
        <translation>„%1“ ist keine gültige Suchdomäne.</translation>
    </message>
</context>
<context>
    <name>hangar::gui::ExtendVolumeDialog</name>
    <message>
        <source>Extend Volume %1</source>
        <translation>Volume %1 vergrößern</translation>
    </message>
    <message>
        <source>E&amp;xtend</source>
        <translation>&amp;Vergrößern</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; (%2) in %3 has %n GB.</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; (%2) in %3 hat %n GB.</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; (%2) in %3 hat %n GB.</numerusform>
        </translation>
    </message>
    <message>
        <source>It is mounted by machine %1. The volume grows while in use; if the machine is running it may have to restart to see the new space, and Hangar will say so.</source>
        <translation>Es ist in die Maschine %1 eingehängt. Das Volume wächst im laufenden Betrieb; wenn die Maschine läuft, muss sie eventuell neu gestartet werden, um den neuen Platz zu sehen, und Hangar weist Sie darauf hin.</translation>
    </message>
    <message>
        <source>It is not attached to a machine: the next machine that mounts it sees the new size.</source>
        <translation>Es ist mit keiner Maschine verbunden: Die nächste Maschine, die es einhängt, sieht die neue Größe.</translation>
    </message>
    <message>
        <source> GB</source>
        <translation> GB</translation>
    </message>
    <message>
        <source>The new total size, larger than now and at most %1 GB. Volumes cannot shrink.</source>
        <translation>Die neue Gesamtgröße, größer als jetzt und höchstens %1 GB. Volumes können nicht verkleinert werden.</translation>
    </message>
    <message>
        <source>&amp;New size:</source>
        <translation>&amp;Neue Größe:</translation>
    </message>
    <message numerus="yes">
        <source>%n GB more</source>
        <translation>
            <numerusform>%n GB mehr</numerusform>
            <numerusform>%n GB mehr</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hangar::gui::FilesFormat</name>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>estimating time left</source>
        <translation>Restzeit wird geschätzt</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s) left</source>
        <translation>
            <numerusform>noch %n Sekunde</numerusform>
            <numerusform>noch %n Sekunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) left</source>
        <translation>
            <numerusform>noch %n Minute</numerusform>
            <numerusform>noch %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) left</source>
        <translation>
            <numerusform>noch %n Stunde</numerusform>
            <numerusform>noch %n Stunden</numerusform>
        </translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>%1 file</source>
        <translation>%1-Datei</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
</context>
<context>
    <name>hangar::gui::FilesSection</name>
    <message>
        <source>Config files</source>
        <translation>Konfigurationsdateien</translation>
    </message>
    <message>
        <source>&amp;Add file…</source>
        <translation>Datei &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Remove file</source>
        <translation>Datei entfernen</translation>
    </message>
    <message>
        <source>Path in the machine</source>
        <translation>Pfad in der Maschine</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>Files written into the machine each time it boots, from text, a local file or an app secret. Good for small configuration such as nginx.conf.</source>
        <translation>Dateien, die bei jedem Start in die Maschine geschrieben werden, aus Text, einer lokalen Datei oder einem App-Secret. Gut geeignet für kleine Konfigurationen wie nginx.conf.</translation>
    </message>
    <message>
        <source>Config file “%1”: the path must be absolute.</source>
        <translation>Konfigurationsdatei „%1“: Der Pfad muss absolut sein.</translation>
    </message>
    <message>
        <source>Two config files are written to %1.</source>
        <translation>Zwei Konfigurationsdateien werden nach %1 geschrieben.</translation>
    </message>
    <message>
        <source>Add config file</source>
        <translation>Konfigurationsdatei hinzufügen</translation>
    </message>
    <message>
        <source>No config files. Add one to write a file such as nginx.conf into the machine when it boots.</source>
        <translation>Keine Konfigurationsdateien. Fügen Sie eine hinzu, um beim Start eine Datei wie nginx.conf in die Maschine zu schreiben.</translation>
    </message>
    <message>
        <source>Written from the value of secret %1 (not shown).</source>
        <translation>Aus dem Wert des Secrets %1 geschrieben (nicht angezeigt).</translation>
    </message>
    <message>
        <source>Written from the config of image %1.</source>
        <translation>Aus der Konfiguration des Images %1 geschrieben.</translation>
    </message>
</context>
<context>
    <name>hangar::gui::FleetActions</name>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>Start the selected machines</source>
        <translation>Ausgewählte Maschinen starten</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>S&amp;toppen</translation>
    </message>
    <message>
        <source>Stop the selected machines cleanly</source>
        <translation>Ausgewählte Maschinen sauber stoppen</translation>
    </message>
    <message>
        <source>&amp;Restart</source>
        <translation>Neu sta&amp;rten</translation>
    </message>
    <message>
        <source>Restart the selected machines</source>
        <translation>Ausgewählte Maschinen neu starten</translation>
    </message>
    <message>
        <source>Sus&amp;pend</source>
        <translation>Sus&amp;pendieren</translation>
    </message>
    <message>
        <source>Suspend the selected machines: they resume quickly with their memory</source>
        <translation>Ausgewählte Maschinen suspendieren: Sie werden mit ihrem Arbeitsspeicher schnell fortgesetzt</translation>
    </message>
    <message>
        <source>&amp;Cordon</source>
        <translation>&amp;Absperren</translation>
    </message>
    <message>
        <source>Stop routing traffic to the selected machines</source>
        <translation>Keinen Datenverkehr mehr an die ausgewählten Maschinen leiten</translation>
    </message>
    <message>
        <source>&amp;Uncordon</source>
        <translation>Absperrung a&amp;ufheben</translation>
    </message>
    <message>
        <source>Route traffic to the selected machines again</source>
        <translation>Wieder Datenverkehr an die ausgewählten Maschinen leiten</translation>
    </message>
    <message>
        <source>&amp;Destroy…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Destroy the selected machines (asks first)</source>
        <translation>Ausgewählte Maschinen löschen (mit Rückfrage)</translation>
    </message>
    <message>
        <source>Cordon %1</source>
        <translation>%1 absperren</translation>
    </message>
    <message>
        <source>Uncordon %1</source>
        <translation>Absperrung von %1 aufheben</translation>
    </message>
    <message numerus="yes">
        <source>Cordon %n machine(s)</source>
        <translation>
            <numerusform>%n Maschine absperren</numerusform>
            <numerusform>%n Maschinen absperren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Uncordon %n machine(s)</source>
        <translation>
            <numerusform>Absperrung von %n Maschine aufheben</numerusform>
            <numerusform>Absperrung von %n Maschinen aufheben</numerusform>
        </translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
</context>
<context>
    <name>hangar::gui::ImageSection</name>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>The container image to run: a Docker Hub name such as nginx:1.27, or a full reference such as registry.fly.io/my-app:deployment-01H…</source>
        <translation>Das auszuführende Container-Image: ein Docker-Hub-Name wie nginx:1.27 oder eine vollständige Referenz wie registry.fly.io/my-app:deployment-01H…</translation>
    </message>
    <message>
        <source>&amp;Image:</source>
        <translation>&amp;Image:</translation>
    </message>
    <message>
        <source>Running now: %1</source>
        <translation>Läuft derzeit: %1</translation>
    </message>
    <message>
        <source>An image is required, for example nginx:latest.</source>
        <translation>Ein Image ist erforderlich, zum Beispiel nginx:latest.</translation>
    </message>
    <message>
        <source>An image reference has no spaces.</source>
        <translation>Eine Image-Referenz enthält keine Leerzeichen.</translation>
    </message>
</context>
<context>
    <name>hangar::gui::JobDetailsDialog</name>
    <message>
        <source>Waiting to start</source>
        <translation>Wartet auf Start</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Activity details</source>
        <translation>Aktivitätsdetails</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the details, including the request id, to the clipboard</source>
        <translation>Details einschließlich der Anfrage-ID in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <translation>%1 — %2: %3</translation>
    </message>
</context>
<context>
    <name>hangar::gui::JobDialog</name>
    <message>
        <source>&amp;OK</source>
        <translation>&amp;OK</translation>
    </message>
    <message>
        <source>The account was removed while this was open; nothing can be done for it now.</source>
        <translation>Das Konto wurde entfernt, während dieser Dialog geöffnet war; dafür kann jetzt nichts mehr getan werden.</translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <source>Cancelled before it finished. Nothing you entered was lost.</source>
        <translation>Vor dem Abschluss abgebrochen. Ihre Eingaben sind nicht verloren gegangen.</translation>
    </message>
</context>
<context>
    <name>hangar::gui::JobItemDelegate</name>
    <message>
        <source>Waiting to start</source>
        <translation>Wartet auf Start</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Started at %1</source>
        <translation>Gestartet um %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>Details…</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>hangar::gui::KeyValueSection</name>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>Metadaten</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Environment variables the machine&apos;s processes see. Names must be unique; keep passwords and keys in app secrets instead.</source>
        <translation>Umgebungsvariablen, die die Prozesse der Maschine sehen. Namen müssen eindeutig sein; legen Sie Passwörter und Schlüssel stattdessen in App-Secrets ab.</translation>
    </message>
    <message>
        <source>Key/value labels on the machine, such as fly_process_group. Keys must be unique.</source>
        <translation>Schlüssel-Wert-Labels an der Maschine, z. B. fly_process_group. Schlüssel müssen eindeutig sein.</translation>
    </message>
    <message>
        <source>Add &amp;variable</source>
        <translation>&amp;Variable hinzufügen</translation>
    </message>
    <message>
        <source>Add &amp;label</source>
        <translation>&amp;Label hinzufügen</translation>
    </message>
    <message>
        <source>variable</source>
        <translation>die Variable</translation>
    </message>
    <message>
        <source>label</source>
        <translation>das Label</translation>
    </message>
    <message>
        <source>Row %1 is empty: give the %2 a name or remove the row.</source>
        <translation>Zeile %1 ist leer: Geben Sie einen Namen für %2 ein oder entfernen Sie die Zeile.</translation>
    </message>
    <message>
        <source>Row %1 has a value but no name.</source>
        <translation>Zeile %1 hat einen Wert, aber keinen Namen.</translation>
    </message>
    <message>
        <source>“%1” is set twice; each name can appear once.</source>
        <translation>„%1“ ist doppelt gesetzt; jeder Name darf nur einmal vorkommen.</translation>
    </message>
    <message>
        <source>“%1” is not a usable variable name: use letters, digits and _, not starting with a digit.</source>
        <translation>„%1“ ist kein verwendbarer Variablenname: Verwenden Sie Buchstaben, Ziffern und _, nicht mit einer Ziffer am Anfang.</translation>
    </message>
</context>
<context>
    <name>hangar::gui::ListPanel</name>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
</context>
<context>
    <name>hangar::gui::MachineConfigTab</name>
    <message>
        <source>&amp;Discard changes</source>
        <translation>Änderungen ver&amp;werfen</translation>
    </message>
    <message>
        <source>&amp;Review and apply…</source>
        <translation>&amp;Prüfen und anwenden…</translation>
    </message>
    <message>
        <source>Forget the edits and show the machine&apos;s config as it is.</source>
        <translation>Änderungen verwerfen und die Konfiguration der Maschine so anzeigen, wie sie ist.</translation>
    </message>
    <message>
        <source>See every change side by side before anything is sent.</source>
        <translation>Jede Änderung im direkten Vergleich ansehen, bevor etwas gesendet wird.</translation>
    </message>
    <message>
        <source>Applying…</source>
        <translation>Wird angewendet…</translation>
    </message>
    <message>
        <source>No changes.</source>
        <translation>Keine Änderungen.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to fix before this can be applied.</source>
        <translation>
            <numerusform>%n Problem muss behoben werden, bevor dies angewendet werden kann.</numerusform>
            <numerusform>%n Probleme müssen behoben werden, bevor dies angewendet werden kann.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved changes, started from an older version of the config; the review will offer to re-apply them onto the current one.</source>
        <translation>Nicht gespeicherte Änderungen, ausgehend von einer älteren Version der Konfiguration; die Überprüfung bietet an, sie erneut auf die aktuelle anzuwenden.</translation>
    </message>
    <message>
        <source>Unsaved changes, kept until you apply or discard them.</source>
        <translation>Nicht gespeicherte Änderungen; sie bleiben erhalten, bis Sie sie anwenden oder verwerfen.</translation>
    </message>
    <message>
        <source>Apply config to %1</source>
        <translation>Konfiguration auf %1 anwenden</translation>
    </message>
    <message>
        <source>%1 runs the new config</source>
        <translation>%1 läuft mit der neuen Konfiguration</translation>
    </message>
    <message>
        <source>Applied at %1: %2 runs version %3.</source>
        <translation>Um %1 angewendet: %2 läuft mit Version %3.</translation>
    </message>
    <message>
        <source>Apply cancelled; your changes are kept.</source>
        <translation>Anwenden abgebrochen; Ihre Änderungen bleiben erhalten.</translation>
    </message>
    <message>
        <source>Could not apply: %1 Your changes are kept.</source>
        <translation>Konnte nicht angewendet werden: %1 Ihre Änderungen bleiben erhalten.</translation>
    </message>
    <message>
        <source>Someone changed %1 meanwhile; loading their version…</source>
        <translation>Jemand hat %1 zwischenzeitlich geändert; die neue Version wird geladen…</translation>
    </message>
    <message>
        <source>Someone changed %1 meanwhile, and reading the new config failed: %2 Your changes are kept.</source>
        <translation>Jemand hat %1 zwischenzeitlich geändert, und das Lesen der neuen Konfiguration ist fehlgeschlagen: %2 Ihre Änderungen bleiben erhalten.</translation>
    </message>
    <message>
        <source>Your changes were discarded; this is the config %1 runs now.</source>
        <translation>Ihre Änderungen wurden verworfen; dies ist die Konfiguration, mit der %1 jetzt läuft.</translation>
    </message>
    <message>
        <source>Not applied: the machine changed meanwhile. Your changes are kept; review again to re-apply them.</source>
        <translation>Nicht angewendet: Die Maschine hat sich zwischenzeitlich geändert. Ihre Änderungen bleiben erhalten; prüfen Sie erneut, um sie wieder anzuwenden.</translation>
    </message>
</context>
<context>
    <name>hangar::gui::MachineCreation</name>
    <message>
        <source>New &amp;app…</source>
        <translation>Neue &amp;App…</translation>
    </message>
    <message>
        <source>&amp;New machine…</source>
        <translation>Neue &amp;Maschine…</translation>
    </message>
    <message>
        <source>C&amp;lone machine…</source>
        <translation>Maschine &amp;klonen…</translation>
    </message>
    <message>
        <source>New machine</source>
        <translation>Neue Maschine</translation>
    </message>
    <message>
        <source>Create an app in this account</source>
        <translation>App in diesem Konto erstellen</translation>
    </message>
    <message>
        <source>Select an account to create an app in it</source>
        <translation>Wählen Sie ein Konto aus, um darin eine App zu erstellen</translation>
    </message>
    <message>
        <source>Create a machine in %1 (Ctrl+N)</source>
        <translation>Maschine in %1 erstellen (Strg+N)</translation>
    </message>
    <message>
        <source>Select an app to create a machine in it</source>
        <translation>Wählen Sie eine App aus, um darin eine Maschine zu erstellen</translation>
    </message>
    <message>
        <source>A new machine with this one&apos;s config, in any region</source>
        <translation>Neue Maschine mit der Konfiguration dieser Maschine, in einer beliebigen Region</translation>
    </message>
    <message>
        <source>Select a machine to clone it</source>
        <translation>Wählen Sie eine Maschine aus, um sie zu klonen</translation>
    </message>
</context>
<context>
    <name>hangar::gui::MachineFileDrop</name>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is too large for a machine&apos;s config; copy it into a volume instead.</source>
        <translation>%1 ist zu groß für die Konfiguration einer Maschine; kopieren Sie die Datei stattdessen in ein Volume.</translation>
    </message>
    <message>
        <source>Drop a single file to add it to the machine&apos;s config.</source>
        <translation>Legen Sie eine einzelne Datei ab, um sie der Konfiguration der Maschine hinzuzufügen.</translation>
    </message>
    <message>
        <source>Add as Config File</source>
        <translation>Als Konfigurationsdatei hinzufügen</translation>
    </message>
    <message>
        <source>Where should %1 appear inside %2?</source>
        <translation>Wo soll %1 innerhalb von %2 erscheinen?</translation>
    </message>
</context>
<context>
    <name>hangar::gui::MachineHistoryTab</name>
    <message>
        <source>Re&amp;load</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <source>Loading the versions…</source>
        <translation>Versionen werden geladen…</translation>
    </message>
    <message>
        <source>Could not load the history: %1</source>
        <translation>Der Verlauf konnte nicht geladen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n version(s). Select two to compare them.</source>
        <translation>
            <numerusform>%n Version. Wählen Sie zwei aus, um sie zu vergleichen.</numerusform>
            <numerusform>%n Versionen. Wählen Sie zwei aus, um sie zu vergleichen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hangar::gui::MachinePanel</name>
    <message>
        <source>None</source>
        <translation>Keines</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 unter %2</translation>
    </message>
    <message>
        <source>No health checks are configured for this machine.</source>
        <translation>Für diese Maschine sind keine Health-Checks konfiguriert.</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Checks</translation>
    </message>
    <message>
        <source>Checks (%1)</source>
        <translation>Checks (%1)</translation>
    </message>
    <message>
        <source>No metadata.</source>
        <translation>Keine Metadaten.</translation>
    </message>
</context>
<context>
    <name>hangar::gui::MainWindow</name>
    <message>
        <source>&amp;Config</source>
        <translation>&amp;Konfiguration</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>Ver&amp;lauf</translation>
    </message>
    <message>
        <source>&amp;Files</source>
        <translation>Da&amp;teien</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Refresh everything now (F5)</source>
        <translation>Alles jetzt aktualisieren (F5)</translation>
    </message>
    <message>
        <source>&amp;Filter</source>
        <translation>&amp;Filtern</translation>
    </message>
    <message>
        <source>Re&amp;gions</source>
        <translation>&amp;Regionen</translation>
    </message>
    <message>
        <source>Where your machines and volumes are (Ctrl+R)</source>
        <translation>Wo sich Ihre Maschinen und Volumes befinden (Strg+R)</translation>
    </message>
    <message>
        <source>Group by &amp;region first</source>
        <translation>Zuerst nach Region &amp;gruppieren</translation>
    </message>
    <message>
        <source>Reset sandbox…</source>
        <translation>Sandbox zurücksetzen…</translation>
    </message>
    <message>
        <source>Reset the sandbox</source>
        <translation>Sandbox zurücksetzen</translation>
    </message>
    <message>
        <source>Throw away everything you did in the sandbox and start again with the demo fleet?</source>
        <translation>Alles verwerfen, was Sie in der Sandbox getan haben, und mit der Demo-Flotte neu beginnen?</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptsymbolleiste</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Connect to Fly.io…</source>
        <translation>Mit Fly.io &amp;verbinden…</translation>
    </message>
    <message>
        <source>&amp;Accounts…</source>
        <translation>&amp;Konten…</translation>
    </message>
    <message>
        <source>Open the &amp;sandbox</source>
        <translation>&amp;Sandbox öffnen</translation>
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
        <source>V&amp;olume</source>
        <translation>&amp;Volume</translation>
    </message>
    <message>
        <source>&amp;Machine</source>
        <translation>&amp;Maschine</translation>
    </message>
    <message>
        <source>Select an app, a machine or a volume in the tree.</source>
        <translation>Wählen Sie eine App, eine Maschine oder ein Volume im Baum aus.</translation>
    </message>
    <message>
        <source>Loading your fleet…</source>
        <translation>Ihre Flotte wird geladen…</translation>
    </message>
    <message>
        <source>Hangar — Sandbox</source>
        <translation>Hangar — Sandbox</translation>
    </message>
    <message>
        <source>Hangar — %1</source>
        <translation>Hangar — %1</translation>
    </message>
    <message>
        <source>Showing region %1 only · &lt;a href=&quot;clear&quot;&gt;show all&lt;/a&gt;</source>
        <translation>Nur Region %1 wird angezeigt · &lt;a href=&quot;clear&quot;&gt;alle anzeigen&lt;/a&gt;</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>Hangar will use %1 the next time it starts.</source>
        <translation>Hangar verwendet %1 ab dem nächsten Start.</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
</context>
<context>
    <name>hangar::gui::MountLimitDialog</name>
    <message>
        <source>Add a &amp;config file…</source>
        <translation>&amp;Konfigurationsdatei hinzufügen…</translation>
    </message>
    <message>
        <source>Co&amp;py into %1…</source>
        <translation>In %1 ko&amp;pieren…</translation>
    </message>
    <message>
        <source>One volume per machine</source>
        <translation>Ein Volume pro Maschine</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 already mounts %2 at %3.&lt;/b&gt; A Fly machine mounts one volume, so it cannot mount another as well.</source>
        <translation>&lt;b&gt;%1 hängt bereits %2 unter %3 ein.&lt;/b&gt; Eine Fly-Maschine hängt nur ein Volume ein und kann daher kein weiteres einhängen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 already mounts %2 at %3.&lt;/b&gt; A Fly machine mounts one volume, so %4 cannot be mounted as well.</source>
        <translation>&lt;b&gt;%1 hängt bereits %2 unter %3 ein.&lt;/b&gt; Eine Fly-Maschine hängt nur ein Volume ein, daher kann %4 nicht zusätzlich eingehängt werden.</translation>
    </message>
    <message>
        <source>What you can do instead:&lt;ul&gt;&lt;li&gt;&lt;b&gt;Add a config file&lt;/b&gt; for small files such as nginx.conf: it is written into the machine each time it boots.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Copy the files into %1&lt;/b&gt;, under %2, for data the app reads and writes.&lt;/li&gt;&lt;li&gt;Run a second machine that mounts the other volume.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>Stattdessen können Sie:&lt;ul&gt;&lt;li&gt;&lt;b&gt;Eine Konfigurationsdatei hinzufügen&lt;/b&gt; für kleine Dateien wie nginx.conf: Sie wird bei jedem Start in die Maschine geschrieben.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Die Dateien in %1 kopieren&lt;/b&gt;, unter %2, für Daten, die die App liest und schreibt.&lt;/li&gt;&lt;li&gt;Eine zweite Maschine betreiben, die das andere Volume einhängt.&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
</context>
<context>
    <name>hangar::gui::MountSection</name>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>Mount another volume…</source>
        <translation>Anderes Volume einhängen…</translation>
    </message>
    <message>
        <source>A volume of this app in the machine&apos;s region that no other machine uses. A machine mounts at most one volume.</source>
        <translation>Ein Volume dieser App in der Region der Maschine, das keine andere Maschine verwendet. Eine Maschine hängt höchstens ein Volume ein.</translation>
    </message>
    <message>
        <source>Where the volume appears inside the machine, an absolute path such as /data.</source>
        <translation>Wo das Volume innerhalb der Maschine erscheint; ein absoluter Pfad wie /data.</translation>
    </message>
    <message>
        <source>Machines on Fly mount one volume; this explains the alternatives.</source>
        <translation>Maschinen auf Fly hängen nur ein Volume ein; hier werden die Alternativen erklärt.</translation>
    </message>
    <message>
        <source>Vol&amp;ume:</source>
        <translation>Vol&amp;ume:</translation>
    </message>
    <message>
        <source>Mount &amp;path:</source>
        <translation>&amp;Einhängepfad:</translation>
    </message>
    <message>
        <source>No volume</source>
        <translation>Kein Volume</translation>
    </message>
    <message>
        <source>%1 (%2 GB, %3)</source>
        <translation>%1 (%2 GB, %3)</translation>
    </message>
    <message>
        <source>Say where to mount the volume, for example /data.</source>
        <translation>Geben Sie an, wo das Volume eingehängt werden soll, zum Beispiel /data.</translation>
    </message>
    <message>
        <source>The mount path must be absolute (start with /).</source>
        <translation>Der Einhängepfad muss absolut sein (mit / beginnen).</translation>
    </message>
    <message>
        <source>A volume cannot be mounted over the root directory.</source>
        <translation>Ein Volume kann nicht über das Wurzelverzeichnis eingehängt werden.</translation>
    </message>
    <message>
        <source>This app has no free volume. Create one from the Volumes menu.</source>
        <translation>Diese App hat kein freies Volume. Erstellen Sie eines über das Menü „Volume“.</translation>
    </message>
    <message>
        <source>This app has no free volume in %1. Create one from the Volumes menu.</source>
        <translation>Diese App hat kein freies Volume in %1. Erstellen Sie eines über das Menü „Volume“.</translation>
    </message>
    <message numerus="yes">
        <source>%n free volume(s) can be mounted here.</source>
        <translation>
            <numerusform>%n freies Volume kann hier eingehängt werden.</numerusform>
            <numerusform>%n freie Volumes können hier eingehängt werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2 GB)</source>
        <translation>%1 (%2 GB)</translation>
    </message>
    <message>
        <source>Another volume…</source>
        <translation>Anderes Volume…</translation>
    </message>
</context>
<context>
    <name>hangar::gui::NewAppDialog</name>
    <message>
        <source>New app</source>
        <translation>Neue App</translation>
    </message>
    <message>
        <source>Lowercase letters, digits and dashes; unique across all of Fly.io, since it becomes &lt;name&gt;.fly.dev.</source>
        <translation>Kleinbuchstaben, Ziffern und Bindestriche; eindeutig auf ganz Fly.io, da daraus &lt;name&gt;.fly.dev wird.</translation>
    </message>
    <message>
        <source>&amp;Create app</source>
        <translation>App &amp;erstellen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>Name the app.</source>
        <translation>Geben Sie der App einen Namen.</translation>
    </message>
    <message>
        <source>Use lowercase letters, digits and dashes (not at the start or end).</source>
        <translation>Verwenden Sie Kleinbuchstaben, Ziffern und Bindestriche (nicht am Anfang oder Ende).</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>Wird erstellt…</translation>
    </message>
</context>
<context>
    <name>hangar::gui::OrgReachTree</name>
    <message>
        <source>all apps</source>
        <translation>alle Apps</translation>
    </message>
    <message numerus="yes">
        <source>%n app(s)</source>
        <translation>
            <numerusform>%n App</numerusform>
            <numerusform>%n Apps</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 (%2) · %3</source>
        <translation>%1 (%2) · %3</translation>
    </message>
    <message>
        <source>Every organization the token reaches. Check the token to choose.</source>
        <translation>Jede Organisation, die das Token erreicht. Prüfen Sie das Token, um eine Auswahl zu treffen.</translation>
    </message>
    <message>
        <source>Check the token to see its apps here.</source>
        <translation>Prüfen Sie das Token, um hier seine Apps zu sehen.</translation>
    </message>
</context>
<context>
    <name>hangar::gui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Copying into volumes</source>
        <translation>Kopieren in Volumes</translation>
    </message>
    <message>
        <source>&amp;Ask before copying a file larger than</source>
        <translation>&amp;Nachfragen, bevor eine Datei kopiert wird, die größer ist als</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>MiB</source>
        <translation>MiB</translation>
    </message>
    <message>
        <source>GiB</source>
        <translation>GiB</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Large files take a while over exec (about 6 MiB a second on Fly.io); the question lets a big drop be trimmed before it starts.</source>
        <translation>Große Dateien brauchen über exec eine Weile (etwa 6 MiB pro Sekunde bei Fly.io); die Nachfrage erlaubt, einen großen Drop vor dem Start zu verkleinern.</translation>
    </message>
</context>
<context>
    <name>hangar::gui::ProcessSection</name>
    <message>
        <source>Process</source>
        <translation>Prozess</translation>
    </message>
    <message>
        <source>Allocate a terminal (tty)</source>
        <translation>Terminal zuweisen (tty)</translation>
    </message>
    <message>
        <source>Destroy the machine when it exits</source>
        <translation>Maschine löschen, wenn der Prozess endet</translation>
    </message>
    <message>
        <source>the image&apos;s CMD</source>
        <translation>CMD des Images</translation>
    </message>
    <message>
        <source>Replaces the image&apos;s CMD, written as in a shell: nginx -g &apos;daemon off;&apos;</source>
        <translation>Ersetzt das CMD des Images, geschrieben wie in einer Shell: nginx -g &apos;daemon off;&apos;</translation>
    </message>
    <message>
        <source>the image&apos;s ENTRYPOINT</source>
        <translation>ENTRYPOINT des Images</translation>
    </message>
    <message>
        <source>Replaces the image&apos;s ENTRYPOINT.</source>
        <translation>Ersetzt den ENTRYPOINT des Images.</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <source>Runs this instead of entrypoint and command together.</source>
        <translation>Wird anstelle von Entrypoint und Befehl ausgeführt.</translation>
    </message>
    <message>
        <source>Some programs need a terminal to start; most servers do not.</source>
        <translation>Manche Programme brauchen zum Starten ein Terminal; die meisten Server nicht.</translation>
    </message>
    <message>
        <source>Default (SIGINT)</source>
        <translation>Standard (SIGINT)</translation>
    </message>
    <message>
        <source>The signal sent to the process when the machine stops.</source>
        <translation>Das Signal, das beim Stoppen der Maschine an den Prozess gesendet wird.</translation>
    </message>
    <message>
        <source>default (5s)</source>
        <translation>Standard (5s)</translation>
    </message>
    <message>
        <source>How long to wait after the signal before killing the process, such as 30s or 2m.</source>
        <translation>Wie lange nach dem Signal gewartet wird, bevor der Prozess hart beendet wird, z. B. 30s oder 2m.</translation>
    </message>
    <message>
        <source>Default (on failure)</source>
        <translation>Standard (bei Fehler)</translation>
    </message>
    <message>
        <source>On failure</source>
        <translation>Bei Fehler</translation>
    </message>
    <message>
        <source>Always</source>
        <translation>Immer</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>What happens when the main process exits.</source>
        <translation>Was passiert, wenn der Hauptprozess endet.</translation>
    </message>
    <message>
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>How many times to restart after failures before giving up.</source>
        <translation>Wie oft nach Fehlern neu gestartet wird, bevor aufgegeben wird.</translation>
    </message>
    <message>
        <source>For one-off jobs: the machine is destroyed once its process exits.</source>
        <translation>Für einmalige Jobs: Die Maschine wird gelöscht, sobald ihr Prozess endet.</translation>
    </message>
    <message>
        <source>No schedule</source>
        <translation>Kein Zeitplan</translation>
    </message>
    <message>
        <source>Hourly</source>
        <translation>Stündlich</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Täglich</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Wöchentlich</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Monatlich</translation>
    </message>
    <message>
        <source>Starts the machine on this schedule; it should exit when done.</source>
        <translation>Startet die Maschine nach diesem Zeitplan; sie sollte sich beenden, wenn sie fertig ist.</translation>
    </message>
    <message>
        <source>Co&amp;mmand:</source>
        <translation>&amp;Befehl:</translation>
    </message>
    <message>
        <source>E&amp;ntrypoint:</source>
        <translation>E&amp;ntrypoint:</translation>
    </message>
    <message>
        <source>E&amp;xec:</source>
        <translation>E&amp;xec:</translation>
    </message>
    <message>
        <source>Stop &amp;signal:</source>
        <translation>Stopp-&amp;Signal:</translation>
    </message>
    <message>
        <source>Stop &amp;timeout:</source>
        <translation>Stopp-&amp;Timeout:</translation>
    </message>
    <message>
        <source>&amp;Restart:</source>
        <translation>Neusta&amp;rt:</translation>
    </message>
    <message>
        <source>Max retries:</source>
        <translation>Max. Wiederholungen:</translation>
    </message>
    <message>
        <source>Sc&amp;hedule:</source>
        <translation>&amp;Zeitplan:</translation>
    </message>
    <message>
        <source>“%1” is not a duration; write it like 30s or 2m.</source>
        <translation>„%1“ ist keine Zeitangabe; schreiben Sie sie z. B. als 30s oder 2m.</translation>
    </message>
    <message>
        <source>The stop timeout cannot be negative.</source>
        <translation>Das Stopp-Timeout darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>A quote is not closed in “%1”.</source>
        <translation>In „%1“ ist ein Anführungszeichen nicht geschlossen.</translation>
    </message>
    <message>
        <source>A quote is not closed.</source>
        <translation>Ein Anführungszeichen ist nicht geschlossen.</translation>
    </message>
</context>
<context>
    <name>hangar::gui::RegionsPanel</name>
    <message>
        <source>Regions</source>
        <translation>Regionen</translation>
    </message>
    <message>
        <source>Regions table</source>
        <translation>Regionentabelle</translation>
    </message>
    <message numerus="yes">
        <source>You have machines or volumes in %n of %1 region(s). Click a region to show only it in the tree, double-click to zoom in, drag to move the map.</source>
        <translation>
            <numerusform>Sie haben Maschinen oder Volumes in %n von %1 Regionen. Klicken Sie auf eine Region, um nur diese im Baum anzuzeigen, doppelklicken Sie zum Vergrößern, und ziehen Sie, um die Karte zu verschieben.</numerusform>
            <numerusform>Sie haben Maschinen oder Volumes in %n von %1 Regionen. Klicken Sie auf eine Region, um nur diese im Baum anzuzeigen, doppelklicken Sie zum Vergrößern, und ziehen Sie, um die Karte zu verschieben.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hangar::gui::RemoteFilesModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
</context>
<context>
    <name>hangar::gui::ReviewDialog</name>
    <message>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <source>Reload and re-apply my edits</source>
        <translation>Neu laden und meine Änderungen erneut anwenden</translation>
    </message>
    <message>
        <source>Start again from the machine&apos;s config as it is now and apply your edits on top</source>
        <translation>Mit der aktuellen Konfiguration der Maschine neu beginnen und Ihre Änderungen darauf anwenden</translation>
    </message>
    <message>
        <source>Discard mine</source>
        <translation>Meine verwerfen</translation>
    </message>
    <message>
        <source>Throw your edits away and keep the machine as it is now</source>
        <translation>Ihre Änderungen verwerfen und die Maschine so lassen, wie sie jetzt ist</translation>
    </message>
    <message>
        <source>Review changes to %1</source>
        <translation>Änderungen an %1 prüfen</translation>
    </message>
    <message>
        <source>Apply these changes to %1?</source>
        <translation>Diese Änderungen auf %1 anwenden?</translation>
    </message>
    <message>
        <source>Nothing to apply to %1</source>
        <translation>Nichts auf %1 anzuwenden</translation>
    </message>
    <message>
        <source>Current config</source>
        <translation>Aktuelle Konfiguration</translation>
    </message>
    <message>
        <source>After applying</source>
        <translation>Nach dem Anwenden</translation>
    </message>
    <message>
        <source>Restore a version of %1</source>
        <translation>Eine Version von %1 wiederherstellen</translation>
    </message>
    <message>
        <source>Restore %1 to version %2?</source>
        <translation>Version %2 von %1 wiederherstellen?</translation>
    </message>
    <message>
        <source>Version %1 is the same as the current config</source>
        <translation>Version %1 entspricht der aktuellen Konfiguration</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>%1 was changed meanwhile</source>
        <translation>%1 wurde zwischenzeitlich geändert</translation>
    </message>
    <message>
        <source>Someone else changed %1 while you were editing</source>
        <translation>Jemand anderes hat %1 geändert, während Sie es bearbeitet haben</translation>
    </message>
    <message>
        <source>The machine moved to a new version with the same config.</source>
        <translation>Die Maschine wurde auf eine neue Version mit derselben Konfiguration umgestellt.</translation>
    </message>
    <message>
        <source>They changed: %1.</source>
        <translation>Deren Änderungen: %1.</translation>
    </message>
    <message>
        <source>Your edits: %1.</source>
        <translation>Ihre Änderungen: %1.</translation>
    </message>
    <message>
        <source>When you started editing</source>
        <translation>Als Sie mit der Bearbeitung begonnen haben</translation>
    </message>
    <message>
        <source>Now on the server</source>
        <translation>Jetzt auf dem Server</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
</context>
<context>
    <name>hangar::gui::SecretsWidget</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Digest</source>
        <translation>Digest</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>&amp;Set…</source>
        <translation>&amp;Setzen…</translation>
    </message>
    <message>
        <source>Add a secret, or replace the value of the selected one</source>
        <translation>Secret hinzufügen oder den Wert des ausgewählten ersetzen</translation>
    </message>
    <message>
        <source>&amp;Unset…</source>
        <translation>&amp;Entfernen…</translation>
    </message>
    <message>
        <source>Remove the selected secrets from the app (asks first)</source>
        <translation>Ausgewählte Secrets aus der App entfernen (mit Rückfrage)</translation>
    </message>
    <message>
        <source>A fingerprint of the value: it changes when the value does.</source>
        <translation>Ein Fingerabdruck des Werts: Er ändert sich, wenn sich der Wert ändert.</translation>
    </message>
    <message>
        <source>Loading secrets…</source>
        <translation>Secrets werden geladen…</translation>
    </message>
    <message>
        <source>The secrets could not be loaded: %1</source>
        <translation>Die Secrets konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>No secrets yet. “Set…” adds one.</source>
        <translation>Noch keine Secrets. „Setzen…“ fügt eines hinzu.</translation>
    </message>
    <message>
        <source>Set secret %1 in %2</source>
        <translation>Secret %1 in %2 setzen</translation>
    </message>
    <message>
        <source>The account was removed.</source>
        <translation>Das Konto wurde entfernt.</translation>
    </message>
    <message>
        <source>%1 is set; machines get it when they are next updated</source>
        <translation>%1 ist gesetzt; Maschinen erhalten es bei ihrer nächsten Aktualisierung</translation>
    </message>
    <message numerus="yes">
        <source>Unset %n Secret(s)</source>
        <translation>
            <numerusform>%n Secret entfernen</numerusform>
            <numerusform>%n Secrets entfernen</numerusform>
        </translation>
    </message>
    <message>
        <source>Unset %1 in %2? Machines keep the old value until they are next updated; then it is gone and cannot be recovered.</source>
        <translation>%1 in %2 entfernen? Maschinen behalten den alten Wert bis zu ihrer nächsten Aktualisierung; danach ist er weg und kann nicht wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>&amp;Unset</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Unset secret %1 in %2</source>
        <translation>Secret %1 in %2 entfernen</translation>
    </message>
    <message numerus="yes">
        <source>Unset %n secret(s) in %1</source>
        <translation>
            <numerusform>%n Secret in %1 entfernen</numerusform>
            <numerusform>%n Secrets in %1 entfernen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n secret(s) unset</source>
        <translation>
            <numerusform>%n Secret entfernt</numerusform>
            <numerusform>%n Secrets entfernt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hangar::gui::ServicesSection</name>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>Add ser&amp;vice</source>
        <translation>&amp;Service hinzufügen</translation>
    </message>
    <message>
        <source>Remove service</source>
        <translation>Service entfernen</translation>
    </message>
    <message>
        <source>Add &amp;port</source>
        <translation>P&amp;ort hinzufügen</translation>
    </message>
    <message>
        <source>Remove port</source>
        <translation>Port entfernen</translation>
    </message>
    <message>
        <source>Start the machine when a request arrives</source>
        <translation>Maschine starten, wenn eine Anfrage eintrifft</translation>
    </message>
    <message>
        <source>Each service exposes one internal port of the machine through the Fly Proxy on one or more public ports.</source>
        <translation>Jeder Service stellt einen internen Port der Maschine über den Fly Proxy auf einem oder mehreren öffentlichen Ports bereit.</translation>
    </message>
    <message>
        <source>TCP for web and most servers; UDP for DNS, games and the like.</source>
        <translation>TCP für Web und die meisten Server; UDP für DNS, Spiele und Ähnliches.</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <source>The port your process listens on inside the machine.</source>
        <translation>Der Port, auf dem Ihr Prozess innerhalb der Maschine lauscht.</translation>
    </message>
    <message>
        <source>Public port(s)</source>
        <translation>Öffentliche Ports</translation>
    </message>
    <message>
        <source>Handlers</source>
        <translation>Handler</translation>
    </message>
    <message>
        <source>Force HTTPS</source>
        <translation>HTTPS erzwingen</translation>
    </message>
    <message>
        <source>Public ports: one number (443) or a range (8000-8010). Handlers say what the proxy does first: tls terminates TLS, http speaks HTTP, proxy_proto adds the PROXY header; none passes raw TCP.</source>
        <translation>Öffentliche Ports: eine Zahl (443) oder ein Bereich (8000-8010). Handler legen fest, was der Proxy zuerst tut: tls terminiert TLS, http spricht HTTP, proxy_proto fügt den PROXY-Header hinzu; ohne Handler wird reines TCP durchgereicht.</translation>
    </message>
    <message>
        <source>Keep running</source>
        <translation>Weiterlaufen lassen</translation>
    </message>
    <message>
        <source>Stop when idle</source>
        <translation>Bei Leerlauf stoppen</translation>
    </message>
    <message>
        <source>Suspend when idle</source>
        <translation>Bei Leerlauf suspendieren</translation>
    </message>
    <message>
        <source>What the proxy does with the machine when it has no traffic. Suspend resumes fastest but keeps memory in a snapshot.</source>
        <translation>Was der Proxy mit der Maschine macht, wenn sie keinen Datenverkehr hat. Suspendieren setzt am schnellsten fort, hält den Arbeitsspeicher aber in einem Snapshot vor.</translation>
    </message>
    <message>
        <source>Lets the proxy start a stopped or suspended machine on demand.</source>
        <translation>Erlaubt dem Proxy, eine gestoppte oder suspendierte Maschine bei Bedarf zu starten.</translation>
    </message>
    <message>
        <source>Machines of the app the proxy keeps running in the primary region even when idle.</source>
        <translation>Maschinen der App, die der Proxy in der primären Region auch im Leerlauf laufen lässt.</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Nicht gesetzt</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>What the limits count: open connections, or HTTP requests in flight.</source>
        <translation>Was die Limits zählen: offene Verbindungen oder laufende HTTP-Anfragen.</translation>
    </message>
    <message>
        <source>Above this the proxy prefers other machines (and may start one).</source>
        <translation>Darüber bevorzugt der Proxy andere Maschinen (und startet eventuell eine).</translation>
    </message>
    <message>
        <source>At this the proxy sends no more traffic to the machine.</source>
        <translation>Ab diesem Wert sendet der Proxy keinen weiteren Datenverkehr an die Maschine.</translation>
    </message>
    <message>
        <source>soft</source>
        <translation>weich</translation>
    </message>
    <message>
        <source>hard</source>
        <translation>hart</translation>
    </message>
    <message>
        <source>P&amp;rotocol:</source>
        <translation>P&amp;rotokoll:</translation>
    </message>
    <message>
        <source>&amp;Internal port:</source>
        <translation>&amp;Interner Port:</translation>
    </message>
    <message>
        <source>Public ports:</source>
        <translation>Öffentliche Ports:</translation>
    </message>
    <message>
        <source>When idle:</source>
        <translation>Bei Leerlauf:</translation>
    </message>
    <message>
        <source>Minimum running:</source>
        <translation>Mindestens laufend:</translation>
    </message>
    <message>
        <source>Concurrency:</source>
        <translation>Parallelität:</translation>
    </message>
    <message>
        <source>Service checks:</source>
        <translation>Service-Checks:</translation>
    </message>
    <message>
        <source>Service %1</source>
        <translation>Service %1</translation>
    </message>
    <message>
        <source>%1: set the internal port your process listens on.</source>
        <translation>%1: Geben Sie den internen Port an, auf dem Ihr Prozess lauscht.</translation>
    </message>
    <message>
        <source>%1: “%2” is not a handler name (http, tls, proxy_proto, …).</source>
        <translation>%1: „%2“ ist kein Handler-Name (http, tls, proxy_proto, …).</translation>
    </message>
    <message>
        <source>%1: a public port is a number from 1 to 65535, or a range such as 8000-8010.</source>
        <translation>%1: Ein öffentlicher Port ist eine Zahl von 1 bis 65535 oder ein Bereich wie 8000-8010.</translation>
    </message>
    <message>
        <source>%1: the soft limit cannot be above the hard limit.</source>
        <translation>%1: Das weiche Limit darf nicht über dem harten Limit liegen.</translation>
    </message>
    <message>
        <source>%1 :%2 (private)</source>
        <translation>%1 :%2 (privat)</translation>
    </message>
    <message>
        <source>%1 :%2 ← %3</source>
        <translation>%1 :%2 ← %3</translation>
    </message>
    <message>
        <source>A public port is a number from 1 to 65535, or a range such as 8000-8010.</source>
        <translation>Ein öffentlicher Port ist eine Zahl von 1 bis 65535 oder ein Bereich wie 8000-8010.</translation>
    </message>
    <message>
        <source>“%1” is not a handler name (http, tls, proxy_proto, …).</source>
        <translation>„%1“ ist kein Handler-Name (http, tls, proxy_proto, …).</translation>
    </message>
    <message>
        <source>Set the port your process listens on.</source>
        <translation>Geben Sie den Port an, auf dem Ihr Prozess lauscht.</translation>
    </message>
    <message>
        <source>The soft limit cannot be above the hard limit.</source>
        <translation>Das weiche Limit darf nicht über dem harten Limit liegen.</translation>
    </message>
</context>
<context>
    <name>hangar::gui::SetSecretDialog</name>
    <message>
        <source>Set Secret in %1</source>
        <translation>Secret in %1 setzen</translation>
    </message>
    <message>
        <source>&amp;Set Secret</source>
        <translation>Secret &amp;setzen</translation>
    </message>
    <message>
        <source>Secrets reach the app&apos;s machines as environment variables. The value is stored encrypted by Fly.io and never shown again; machines get it when they are next updated or created.</source>
        <translation>Secrets erreichen die Maschinen der App als Umgebungsvariablen. Der Wert wird von Fly.io verschlüsselt gespeichert und nie wieder angezeigt; Maschinen erhalten ihn bei ihrer nächsten Aktualisierung oder Erstellung.</translation>
    </message>
    <message>
        <source>e.g. DATABASE_URL</source>
        <translation>z. B. DATABASE_URL</translation>
    </message>
    <message>
        <source>Sho&amp;w while typing</source>
        <translation>Bei der Eingabe an&amp;zeigen</translation>
    </message>
    <message>
        <source>Shows the value in this field only; it is never shown once set.</source>
        <translation>Zeigt den Wert nur in diesem Feld an; nach dem Setzen wird er nie mehr angezeigt.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Wert:</translation>
    </message>
    <message>
        <source>Enter a name, for example DATABASE_URL.</source>
        <translation>Geben Sie einen Namen ein, zum Beispiel DATABASE_URL.</translation>
    </message>
    <message>
        <source>A name cannot start with a digit.</source>
        <translation>Ein Name darf nicht mit einer Ziffer beginnen.</translation>
    </message>
    <message>
        <source>Use underscores instead of dashes, for example “%1”.</source>
        <translation>Verwenden Sie Unterstriche statt Bindestrichen, zum Beispiel „%1“.</translation>
    </message>
    <message>
        <source>A name cannot contain spaces; use underscores.</source>
        <translation>Ein Name darf keine Leerzeichen enthalten; verwenden Sie Unterstriche.</translation>
    </message>
    <message>
        <source>“%1” is not allowed: use letters, digits and underscores, as in an environment variable.</source>
        <translation>„%1“ ist nicht zulässig: Verwenden Sie Buchstaben, Ziffern und Unterstriche wie in einer Umgebungsvariable.</translation>
    </message>
    <message>
        <source>Enter the value.</source>
        <translation>Geben Sie den Wert ein.</translation>
    </message>
    <message>
        <source>%1 exists: its value will be replaced.</source>
        <translation>%1 existiert bereits: Der Wert wird ersetzt.</translation>
    </message>
    <message>
        <source>From &amp;File…</source>
        <translation>Aus &amp;Datei…</translation>
    </message>
    <message>
        <source>Uses the contents of a text file, such as a key or a certificate, as the value.</source>
        <translation>Verwendet den Inhalt einer Textdatei, etwa eines Schlüssels oder Zertifikats, als Wert.</translation>
    </message>
    <message>
        <source>Secret Value From File</source>
        <translation>Wert des Secrets aus Datei</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is too large for a secret (%2 KiB at most).</source>
        <translation>%1 ist zu groß für ein Secret (höchstens %2 KiB).</translation>
    </message>
    <message>
        <source>%1 is not a text file: a secret&apos;s value must be text.</source>
        <translation>%1 ist keine Textdatei: Der Wert eines Secrets muss Text sein.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s), kept exactly as pasted.</source>
        <translation>
            <numerusform>%n Zeile, genau wie eingefügt übernommen.</numerusform>
            <numerusform>%n Zeilen, genau wie eingefügt übernommen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) from %1, kept exactly.</source>
        <translation>
            <numerusform>%n Zeile aus %1, genau übernommen.</numerusform>
            <numerusform>%n Zeilen aus %1, genau übernommen.</numerusform>
        </translation>
    </message>
    <message>
        <source>From %1.</source>
        <translation>Aus %1.</translation>
    </message>
    <message>
        <source>The value is too long for a secret (%1 KiB at most).</source>
        <translation>Der Wert ist zu lang für ein Secret (höchstens %1 KiB).</translation>
    </message>
</context>
<context>
    <name>hangar::gui::SizeSection</name>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
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
        <translation>Benutzerdefinierte Größe</translation>
    </message>
    <message>
        <source>A named size from Fly&apos;s list, or Custom to choose the CPU kind, the number of CPUs and the memory yourself.</source>
        <translation>Eine benannte Größe aus der Liste von Fly oder „Benutzerdefinierte Größe“, um CPU-Typ, Anzahl der CPUs und Arbeitsspeicher selbst zu wählen.</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Shared</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>Performance</translation>
    </message>
    <message>
        <source>Shared CPUs are cheap and fine for most web apps; performance CPUs are dedicated cores for steady heavy work.</source>
        <translation>Shared-CPUs sind günstig und für die meisten Web-Apps ausreichend; Performance-CPUs sind dedizierte Kerne für dauerhaft hohe Last.</translation>
    </message>
    <message>
        <source>Shared: 1, 2, 4, 6 or 8. Performance: 1–16 in even steps, or 32, 64, 128.</source>
        <translation>Shared: 1, 2, 4, 6 oder 8. Performance: 1–16 in geraden Schritten oder 32, 64, 128.</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>Shared CPUs take 256–2048 MB per CPU in steps of 256 MB; performance CPUs take 2048–8192 MB per CPU in steps of 1024 MB.</source>
        <translation>Shared-CPUs erhalten 256–2048 MB pro CPU in Schritten von 256 MB; Performance-CPUs erhalten 2048–8192 MB pro CPU in Schritten von 1024 MB.</translation>
    </message>
    <message>
        <source>&amp;Preset:</source>
        <translation>&amp;Vorgabe:</translation>
    </message>
    <message>
        <source>CPU &amp;kind:</source>
        <translation>CPU-&amp;Typ:</translation>
    </message>
    <message>
        <source>&amp;CPUs:</source>
        <translation>&amp;CPUs:</translation>
    </message>
    <message>
        <source>&amp;Memory:</source>
        <translation>&amp;Arbeitsspeicher:</translation>
    </message>
    <message>
        <source>Choose a size.</source>
        <translation>Wählen Sie eine Größe.</translation>
    </message>
    <message numerus="yes">
        <source>%n CPU(s) (%1), %2 MB of memory</source>
        <translation>
            <numerusform>%n CPU (%1), %2 MB Arbeitsspeicher</numerusform>
            <numerusform>%n CPUs (%1), %2 MB Arbeitsspeicher</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hangar::gui::StateBadge</name>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Gestoppt</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Suspendiert</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Destroyed</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Wird gestoppt…</translation>
    </message>
    <message>
        <source>Restarting…</source>
        <translation>Wird neu gestartet…</translation>
    </message>
    <message>
        <source>Suspending…</source>
        <translation>Wird suspendiert…</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Wird aktualisiert…</translation>
    </message>
    <message>
        <source>Destroying…</source>
        <translation>Wird gelöscht…</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
</context>
<context>
    <name>hangar::gui::StatusIndicators</name>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>You are in the sandbox: a simulated Fly.io account on this computer. Nothing here touches real machines.</source>
        <translation>Sie befinden sich in der Sandbox: einem simulierten Fly.io-Konto auf diesem Computer. Nichts hier wirkt sich auf echte Maschinen aus.</translation>
    </message>
    <message>
        <source>● Connected</source>
        <translation>● Verbunden</translation>
    </message>
    <message>
        <source>● Problem</source>
        <translation>● Problem</translation>
    </message>
    <message>
        <source>The last refresh worked.</source>
        <translation>Die letzte Aktualisierung war erfolgreich.</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Aktualisiert um %1</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>Wird aktualisiert…</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) in flight, %1 waiting</source>
        <translation>
            <numerusform>%n Anfrage läuft, %1 in der Warteschlange</numerusform>
            <numerusform>%n Anfragen laufen, %1 in der Warteschlange</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) in flight</source>
        <translation>
            <numerusform>%n Anfrage läuft</numerusform>
            <numerusform>%n Anfragen laufen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hangar::gui::VolumeActions</name>
    <message>
        <source>Create a volume in this app</source>
        <translation>Volume in dieser App erstellen</translation>
    </message>
    <message>
        <source>Give the selected volume more space</source>
        <translation>Dem ausgewählten Volume mehr Speicherplatz geben</translation>
    </message>
    <message>
        <source>Copy the selected volume to a new one, in any region</source>
        <translation>Ausgewähltes Volume in ein neues kopieren, in einer beliebigen Region</translation>
    </message>
    <message>
        <source>Take a snapshot of the selected volume now</source>
        <translation>Jetzt einen Snapshot des ausgewählten Volumes erstellen</translation>
    </message>
    <message>
        <source>Destroy the selected volume and its data (asks first)</source>
        <translation>Ausgewähltes Volume und seine Daten löschen (mit Rückfrage)</translation>
    </message>
    <message>
        <source>Attached to machine %1: destroy that machine first</source>
        <translation>Mit Maschine %1 verbunden: Löschen Sie zuerst diese Maschine</translation>
    </message>
    <message>
        <source>Restart %1?</source>
        <translation>%1 neu starten?</translation>
    </message>
    <message>
        <source>%1 now has more space, but machine %2 sees it only after a restart. Restart the machine now?</source>
        <translation>%1 hat jetzt mehr Speicherplatz, aber die Maschine %2 sieht ihn erst nach einem Neustart. Maschine jetzt neu starten?</translation>
    </message>
    <message>
        <source>&amp;Restart Now</source>
        <translation>Jetzt &amp;neu starten</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Später</translation>
    </message>
    <message>
        <source>Volume in Use</source>
        <translation>Volume wird verwendet</translation>
    </message>
    <message>
        <source>%1 is attached to machine %2 and cannot be destroyed. Destroy that machine first: a machine&apos;s mount cannot be removed by an update.</source>
        <translation>%1 ist mit der Maschine %2 verbunden und kann nicht gelöscht werden. Löschen Sie zuerst diese Maschine: Die Einhängung einer Maschine lässt sich nicht durch eine Aktualisierung entfernen.</translation>
    </message>
    <message>
        <source>&amp;New volume…</source>
        <translation>&amp;Neues Volume…</translation>
    </message>
    <message>
        <source>E&amp;xtend volume…</source>
        <translation>Volume &amp;vergrößern…</translation>
    </message>
    <message>
        <source>&amp;Fork volume…</source>
        <translation>Volume &amp;forken…</translation>
    </message>
    <message>
        <source>Take &amp;snapshot</source>
        <translation>&amp;Snapshot erstellen</translation>
    </message>
    <message>
        <source>&amp;Destroy volume…</source>
        <translation>Volume &amp;löschen…</translation>
    </message>
</context>
<context>
    <name>hangar::gui::VolumeFilesWidget</name>
    <message>
        <source>Up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Neuer Ordner</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Download…</source>
        <translation>Herunterladen…</translation>
    </message>
    <message>
        <source>No machine mounts this volume. Files dropped here go where a machine mounting it at this path would see them:</source>
        <translation>Keine Maschine hat dieses Volume eingehängt. Hier abgelegte Dateien landen dort, wo eine Maschine sie sehen würde, die es unter diesem Pfad einhängt:</translation>
    </message>
    <message>
        <source>No volume selected.</source>
        <translation>Kein Volume ausgewählt.</translation>
    </message>
    <message>
        <source>Looking for a machine that mounts this volume…</source>
        <translation>Es wird nach einer Maschine gesucht, die dieses Volume eingehängt hat…</translation>
    </message>
    <message>
        <source>Getting a machine ready to read the volume…</source>
        <translation>Eine Maschine wird zum Lesen des Volumes vorbereitet…</translation>
    </message>
    <message>
        <source>Files dropped here are still copied; listing them needs a running machine.</source>
        <translation>Hier abgelegte Dateien werden trotzdem kopiert; um sie aufzulisten, wird eine laufende Maschine benötigt.</translation>
    </message>
    <message>
        <source>Start the Machine to Browse</source>
        <translation>Maschine zum Durchsuchen starten</translation>
    </message>
    <message>
        <source>Browse with a Temporary Helper Machine</source>
        <translation>Mit einer temporären Hilfsmaschine durchsuchen</translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Drop files or folders here to copy them into %1</source>
        <translation>Dateien oder Ordner hier ablegen, um sie nach %1 zu kopieren</translation>
    </message>
    <message>
        <source>Name of the new folder in %1:</source>
        <translation>Name des neuen Ordners in %1:</translation>
    </message>
    <message>
        <source>Delete from the Volume</source>
        <translation>Vom Volume löschen</translation>
    </message>
    <message>
        <source>Delete %1 from %2? This cannot be undone.</source>
        <translation>%1 aus %2 löschen? Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n item(s) from %1? This cannot be undone.</source>
        <translation>
            <numerusform>%n Element aus %1 löschen? Dies kann nicht rückgängig gemacht werden.</numerusform>
            <numerusform>%n Elemente aus %1 löschen? Dies kann nicht rückgängig gemacht werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Download To</source>
        <translation>Herunterladen nach</translation>
    </message>
    <message>
        <source>Release to copy into %1</source>
        <translation>Loslassen, um nach %1 zu kopieren</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) saved in %1.</source>
        <translation>
            <numerusform>%n Datei in %1 gespeichert.</numerusform>
            <numerusform>%n Dateien in %1 gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation>Ordner öffnen</translation>
    </message>
</context>
<context>
    <name>hangar::gui::VolumeJobs</name>
    <message>
        <source>Fork volume %1 as %2</source>
        <translation>Volume %1 als %2 forken</translation>
    </message>
    <message>
        <source>Restore snapshot %1 as %2</source>
        <translation>Snapshot %1 als %2 wiederherstellen</translation>
    </message>
    <message>
        <source>Create volume %1</source>
        <translation>Volume %1 erstellen</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2) created in %3, %n GB</source>
        <translation>
            <numerusform>%1 (%2) in %3 erstellt, %n GB</numerusform>
            <numerusform>%1 (%2) in %3 erstellt, %n GB</numerusform>
        </translation>
    </message>
    <message>
        <source>No host in %1 has room for another volume named %2 apart from the ones there. Choose another region, or clear “different host” to let volumes share one.</source>
        <translation>Kein Host in %1 hat neben den bereits vorhandenen Platz für ein weiteres Volume namens %2. Wählen Sie eine andere Region oder deaktivieren Sie „anderer Host“, damit sich Volumes einen Host teilen können.</translation>
    </message>
    <message numerus="yes">
        <source>Extend %1 to %n GB</source>
        <translation>
            <numerusform>%1 auf %n GB vergrößern</numerusform>
            <numerusform>%1 auf %n GB vergrößern</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is now %n GB; its machine must restart to use the new space</source>
        <translation>
            <numerusform>%1 hat jetzt %n GB; seine Maschine muss neu gestartet werden, um den neuen Platz zu nutzen</numerusform>
            <numerusform>%1 hat jetzt %n GB; seine Maschine muss neu gestartet werden, um den neuen Platz zu nutzen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is now %n GB</source>
        <translation>
            <numerusform>%1 hat jetzt %n GB</numerusform>
            <numerusform>%1 hat jetzt %n GB</numerusform>
        </translation>
    </message>
    <message>
        <source>Snapshot %1</source>
        <translation>Snapshot von %1 erstellen</translation>
    </message>
    <message>
        <source>A snapshot of %1 was requested</source>
        <translation>Ein Snapshot von %1 wurde angefordert</translation>
    </message>
    <message>
        <source>Destroy volume %1</source>
        <translation>Volume %1 löschen</translation>
    </message>
    <message>
        <source>Volume %1 was destroyed</source>
        <translation>Volume %1 wurde gelöscht</translation>
    </message>
    <message>
        <source>%1 is attached to a machine and cannot be destroyed. Destroy the machine first (a machine&apos;s mount cannot be removed), then the volume.</source>
        <translation>%1 ist mit einer Maschine verbunden und kann nicht gelöscht werden. Löschen Sie zuerst die Maschine (die Einhängung einer Maschine lässt sich nicht entfernen), dann das Volume.</translation>
    </message>
    <message>
        <source>The account of this volume was removed before the job could start.</source>
        <translation>Das Konto dieses Volumes wurde entfernt, bevor der Vorgang starten konnte.</translation>
    </message>
</context>
<context>
    <name>hangar::gui::VolumePanel</name>
    <message>
        <source>Snapshots (%1)</source>
        <translation>Snapshots (%1)</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Encrypted</source>
        <translation>Verschlüsselt</translation>
    </message>
    <message>
        <source>Not encrypted</source>
        <translation>Nicht verschlüsselt</translation>
    </message>
    <message>
        <source>Not attached — any new machine in %1 can mount it</source>
        <translation>Nicht verbunden — jede neue Maschine in %1 kann es einhängen</translation>
    </message>
</context>
<context>
    <name>hangar::gui::VolumeRules</name>
    <message>
        <source>Enter a name for the volume.</source>
        <translation>Geben Sie einen Namen für das Volume ein.</translation>
    </message>
    <message numerus="yes">
        <source>Use at most %1 characters; this name has %n.</source>
        <translation>
            <numerusform>Verwenden Sie höchstens %1 Zeichen; dieser Name hat %n.</numerusform>
            <numerusform>Verwenden Sie höchstens %1 Zeichen; dieser Name hat %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Start the name with a letter or a digit.</source>
        <translation>Beginnen Sie den Namen mit einem Buchstaben oder einer Ziffer.</translation>
    </message>
    <message>
        <source>Use lowercase letters, for example “%1”.</source>
        <translation>Verwenden Sie Kleinbuchstaben, zum Beispiel „%1“.</translation>
    </message>
    <message>
        <source>Volume names cannot contain spaces; use underscores, for example “%1”.</source>
        <translation>Volume-Namen dürfen keine Leerzeichen enthalten; verwenden Sie Unterstriche, zum Beispiel „%1“.</translation>
    </message>
    <message>
        <source>“%1” is not allowed: use lowercase letters, digits, dashes and underscores only.</source>
        <translation>„%1“ ist nicht zulässig: Verwenden Sie nur Kleinbuchstaben, Ziffern, Bindestriche und Unterstriche.</translation>
    </message>
    <message numerus="yes">
        <source>A volume needs at least %n GB.</source>
        <translation>
            <numerusform>Ein Volume benötigt mindestens %n GB.</numerusform>
            <numerusform>Ein Volume benötigt mindestens %n GB.</numerusform>
        </translation>
    </message>
    <message>
        <source>A volume can have at most %1 GB.</source>
        <translation>Ein Volume kann höchstens %1 GB groß sein.</translation>
    </message>
    <message>
        <source>The source is %1 GB, more than a volume can have (%2 GB).</source>
        <translation>Die Quelle ist %1 GB groß, mehr als ein Volume haben kann (%2 GB).</translation>
    </message>
    <message numerus="yes">
        <source>The source holds %n GB; the new volume must be at least that large.</source>
        <translation>
            <numerusform>Die Quelle umfasst %n GB; das neue Volume muss mindestens so groß sein.</numerusform>
            <numerusform>Die Quelle umfasst %n GB; das neue Volume muss mindestens so groß sein.</numerusform>
        </translation>
    </message>
    <message>
        <source>This volume already has the largest size a volume can have (%1 GB).</source>
        <translation>Dieses Volume hat bereits die maximale Größe eines Volumes (%1 GB).</translation>
    </message>
    <message numerus="yes">
        <source>Volumes can only grow: choose more than the current %n GB.</source>
        <translation>
            <numerusform>Volumes können nur wachsen: Wählen Sie mehr als die aktuellen %n GB.</numerusform>
            <numerusform>Volumes können nur wachsen: Wählen Sie mehr als die aktuellen %n GB.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hangar::gui::VolumeSnapshotsWidget</name>
    <message>
        <source>Snapshot</source>
        <translation>Snapshot</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Kept for</source>
        <translation>Aufbewahrt für</translation>
    </message>
    <message>
        <source>&amp;Create snapshot</source>
        <translation>Snapshot &amp;erstellen</translation>
    </message>
    <message>
        <source>Take a snapshot of the volume now. Fly also takes one daily while automatic backups are on.</source>
        <translation>Jetzt einen Snapshot des Volumes erstellen. Fly erstellt außerdem täglich einen, solange automatische Backups aktiviert sind.</translation>
    </message>
    <message>
        <source>Restore to &amp;new volume…</source>
        <translation>In &amp;neuem Volume wiederherstellen…</translation>
    </message>
    <message>
        <source>Create a new volume holding the selected snapshot</source>
        <translation>Neues Volume mit dem ausgewählten Snapshot erstellen</translation>
    </message>
    <message>
        <source>Loading snapshots…</source>
        <translation>Snapshots werden geladen…</translation>
    </message>
    <message>
        <source>The snapshots could not be loaded: %1</source>
        <translation>Die Snapshots konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>Taken from a %1 volume</source>
        <translation>Von einem %1 großen Volume erstellt</translation>
    </message>
    <message>
        <source>No snapshots yet. Fly takes one daily while automatic backups are on; “Create snapshot” takes one now.</source>
        <translation>Noch keine Snapshots. Fly erstellt täglich einen, solange automatische Backups aktiviert sind; „Snapshot erstellen“ erstellt sofort einen.</translation>
    </message>
    <message>
        <source>The snapshot could not be taken: %1</source>
        <translation>Der Snapshot konnte nicht erstellt werden: %1</translation>
    </message>
</context>
<context>
    <name>hangar::gui::WelcomePage</name>
    <message>
        <source>Welcome to Hangar</source>
        <translation>Willkommen bei Hangar</translation>
    </message>
    <message>
        <source>Manage your Fly.io apps, machines and volumes by pointing and clicking.
Try everything first in the sandbox: a simulated Fly.io account that runs on this computer and needs no sign-up.</source>
        <translation>Verwalten Sie Ihre Fly.io-Apps, -Maschinen und -Volumes per Mausklick.
Probieren Sie zuerst alles in der Sandbox aus: einem simulierten Fly.io-Konto, das auf diesem Computer läuft und keine Registrierung erfordert.</translation>
    </message>
    <message>
        <source>Try the &amp;sandbox</source>
        <translation>&amp;Sandbox ausprobieren</translation>
    </message>
    <message>
        <source>&amp;Connect to Fly.io with a token…</source>
        <translation>Per Token mit Fly.io ver&amp;binden…</translation>
    </message>
</context>
<context>
    <name>hangar::gui::map::MapControls</name>
    <message>
        <source>Zoom in (+, wheel, pinch)</source>
        <translation>Vergrößern (+, Mausrad, Pinch-Geste)</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Zoom out (−, wheel, pinch)</source>
        <translation>Verkleinern (−, Mausrad, Pinch-Geste)</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>Show the whole world (0)</source>
        <translation>Ganze Welt anzeigen (0)</translation>
    </message>
    <message>
        <source>Reset the map view</source>
        <translation>Kartenansicht zurücksetzen</translation>
    </message>
</context>
<context>
    <name>hangar::gui::map::MapLegend</name>
    <message>
        <source>Map legend</source>
        <translation>Kartenlegende</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Gestoppt</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Suspendiert</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Changing state</source>
        <translation>Zustandswechsel</translation>
    </message>
    <message>
        <source>Size: number of machines</source>
        <translation>Größe: Anzahl der Maschinen</translation>
    </message>
    <message>
        <source>Volumes</source>
        <translation>Volumes</translation>
    </message>
    <message>
        <source>Nothing there</source>
        <translation>Nichts vorhanden</translation>
    </message>
    <message>
        <source>Deprecated</source>
        <translation>Veraltet</translation>
    </message>
</context>
<context>
    <name>hangar::gui::map::MapWidget</name>
    <message>
        <source>World map of regions</source>
        <translation>Weltkarte der Regionen</translation>
    </message>
    <message>
        <source>Where your machines and volumes are. The region table next to the map has the same numbers.</source>
        <translation>Wo sich Ihre Maschinen und Volumes befinden. Die Regionstabelle neben der Karte enthält dieselben Zahlen.</translation>
    </message>
    <message>
        <source>No regions to show yet</source>
        <translation>Noch keine Regionen anzuzeigen</translation>
    </message>
</context>
<context>
    <name>hangar::gui::map::RegionPicker</name>
    <message>
        <source>Find a region by code or city</source>
        <translation>Region nach Code oder Stadt suchen</translation>
    </message>
    <message>
        <source>Find a region</source>
        <translation>Region suchen</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Regionen</translation>
    </message>
</context>
<context>
    <name>hangar::gui::map::RegionPickerDialog</name>
    <message>
        <source>Choose a region</source>
        <translation>Region auswählen</translation>
    </message>
    <message>
        <source>Choose</source>
        <translation>Auswählen</translation>
    </message>
</context>
<context>
    <name>hangar::gui::map::RegionTableModel</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Machines</source>
        <translation>Maschinen</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Gestoppt</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Suspendiert</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Volumes</source>
        <translation>Volumes</translation>
    </message>
    <message>
        <source>Volume size</source>
        <translation>Volume-Größe</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Kapazität</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>How many more machines the region can take, where the API says</source>
        <translation>Wie viele weitere Maschinen die Region aufnehmen kann, sofern die API das angibt</translation>
    </message>
</context>
<context>
    <name>hangar::models::FleetTreeModel</name>
    <message>
        <source>Fleet</source>
        <translation>Flotte</translation>
    </message>
</context>
<context>
    <name>hangar::models::MachineEventsModel</name>
    <message>
        <source>Exit code %1 (out of memory)</source>
        <translation>Exit-Code %1 (Speicher erschöpft)</translation>
    </message>
    <message>
        <source>Exit code %1</source>
        <translation>Exit-Code %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
</context>
<context>
    <name>hangar::models::MachineTableModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Private IP</source>
        <translation>Private IP</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>%1 (cordoned)</source>
        <translation>%1 (abgesperrt)</translation>
    </message>
</context>
<context>
    <name>hangar::models::VolumeTableModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>Attached to</source>
        <translation>Verbunden mit</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Manage your Fly.io Machines by pointing and clicking.</source>
        <translation>Verwalten Sie Ihre Fly.io-Maschinen per Mausklick.</translation>
    </message>
    <message>
        <source>Start in the built-in sandbox (a simulated Fly.io account).</source>
        <translation>In der integrierten Sandbox starten (einem simulierten Fly.io-Konto).</translation>
    </message>
    <message>
        <source>Once the fleet has loaded, save the window as a PNG file and quit.</source>
        <translation>Nach dem Laden der Flotte das Fenster als PNG-Datei speichern und beenden.</translation>
    </message>
    <message>
        <source>Select an app, or a machine or volume of it, first.</source>
        <translation>Zuerst eine App oder eine ihrer Maschinen oder Volumes auswählen.</translation>
    </message>
    <message>
        <source>Open a view: regions, activity, welcome, or a panel tab (overview, checks, metadata, events, snapshots).</source>
        <translation>Eine Ansicht öffnen: regions, activity, welcome oder einen Panel-Tab (overview, checks, metadata, events, snapshots).</translation>
    </message>
    <message>
        <source>Window size, e.g. 1280x800.</source>
        <translation>Fenstergröße, z. B. 1280x800.</translation>
    </message>
    <message>
        <source>--size wants WIDTHxHEIGHT, e.g. 1280x800</source>
        <translation>--size erwartet BREITExHÖHE, z. B. 1280x800</translation>
    </message>
    <message>
        <source>Starting the sandbox…</source>
        <translation>Sandbox wird gestartet…</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>The sandbox could not start: %1</source>
        <translation>Die Sandbox konnte nicht starten: %1</translation>
    </message>
</context>
</TS>
