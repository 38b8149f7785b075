<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>DestroyDialog</name>
    <message>
        <source>Destroy</source>
        <translation>Détruire</translation>
    </message>
    <message>
        <source>&amp;Kill running machines without a clean stop</source>
        <translation>&amp;Tuer les machines en cours d&apos;exécution sans arrêt propre</translation>
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
            <numerusform>%n CPU %1 · %2 Mo</numerusform>
            <numerusform>%n CPU %1 · %2 Mo</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 Go</translation>
    </message>
    <message numerus="yes">
        <source>%n started</source>
        <translation>
            <numerusform>%n démarrée</numerusform>
            <numerusform>%n démarrées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stopped</source>
        <translation>
            <numerusform>%n arrêtée</numerusform>
            <numerusform>%n arrêtées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n suspended</source>
        <translation>
            <numerusform>%n suspendue</numerusform>
            <numerusform>%n suspendues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n en échec</numerusform>
            <numerusform>%n en échec</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changing state</source>
        <translation>
            <numerusform>%n en changement d&apos;état</numerusform>
            <numerusform>%n en changement d&apos;état</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n machine(s)</source>
        <translation>
            <numerusform>%n machine</numerusform>
            <numerusform>%n machines</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 · %2, %3</source>
        <translation>%1 · %2, %3</translation>
    </message>
    <message numerus="yes">
        <source>%n volume(s)</source>
        <translation>
            <numerusform>%n volume</numerusform>
            <numerusform>%n volumes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2 in %3</source>
        <translation>%1 — %2 dans %3</translation>
    </message>
    <message>
        <source>Cordoned: receives no traffic</source>
        <translation>Isolée&#xa0;: ne reçoit aucun trafic</translation>
    </message>
    <message>
        <source>%1 — %2, %3 in %4</source>
        <translation>%1 — %2, %3 dans %4</translation>
    </message>
    <message>
        <source>Not attached</source>
        <translation>Non attaché</translation>
    </message>
    <message>
        <source>Attached to %1</source>
        <translation>Attaché à %1</translation>
    </message>
    <message>
        <source>%1 (copy helper)</source>
        <translation>%1 (assistant de copie)</translation>
    </message>
    <message>
        <source>Hangar started this machine to copy files into volume %1. It is destroyed when the copy ends.</source>
        <translation>Hangar a démarré cette machine pour copier des fichiers dans le volume %1. Elle est détruite à la fin de la copie.</translation>
    </message>
</context>
<context>
    <name>GuestConfig</name>
    <message>
        <source>Unknown CPU kind “%1”: choose shared or performance.</source>
        <translation>Type de CPU inconnu «&#xa0;%1&#xa0;»&#xa0;: choisissez shared ou performance.</translation>
    </message>
    <message>
        <source>A shared guest can have 1, 2, 4, 6 or 8 CPUs, not %1.</source>
        <translation>Une machine à CPU partagés peut avoir 1, 2, 4, 6 ou 8 CPU, pas %1.</translation>
    </message>
    <message>
        <source>A performance guest can have 1, 2, 4, 6, 8, 10, 12, 14, 16, 32, 64 or 128 CPUs, not %1.</source>
        <translation>Une machine à CPU performance peut avoir 1, 2, 4, 6, 8, 10, 12, 14, 16, 32, 64 ou 128 CPU, pas %1.</translation>
    </message>
    <message>
        <source>Memory must be between %1 MB and %2 MB for this guest (256 to 2048 MB per shared CPU).</source>
        <translation>La mémoire de cette machine doit être comprise entre %1 Mo et %2 Mo (de 256 à 2048 Mo par CPU partagé).</translation>
    </message>
    <message>
        <source>Memory must be between %1 MB and %2 MB for this guest (2048 to 8192 MB per performance CPU).</source>
        <translation>La mémoire de cette machine doit être comprise entre %1 Mo et %2 Mo (de 2048 à 8192 Mo par CPU performance).</translation>
    </message>
    <message>
        <source>Memory for a shared guest must be a multiple of 256 MB.</source>
        <translation>La mémoire d&apos;une machine à CPU partagés doit être un multiple de 256 Mo.</translation>
    </message>
    <message>
        <source>Memory for a performance guest must be a multiple of 1024 MB.</source>
        <translation>La mémoire d&apos;une machine à CPU performance doit être un multiple de 1024 Mo.</translation>
    </message>
</context>
<context>
    <name>MachinePanel</name>
    <message>
        <source>Cordoned: not receiving traffic</source>
        <translation>Isolée&#xa0;: ne reçoit pas de trafic</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Vue d&apos;ensemble</translation>
    </message>
    <message>
        <source>Machine ID</source>
        <translation>ID de la machine</translation>
    </message>
    <message>
        <source>App</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Digest</source>
        <translation>Empreinte</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Private IP</source>
        <translation>IP privée</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Création</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mise à jour</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Contrôles</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Contrôle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>Métadonnées</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
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
        <translation>Filtrer&#xa0;: nom, ID, image, état, région ou clé=valeur</translation>
    </message>
</context>
<context>
    <name>PanelFormat</name>
    <message>
        <source>%1 GB</source>
        <translation>%1 Go</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 Mo</translation>
    </message>
    <message>
        <source>performance</source>
        <translation>performance</translation>
    </message>
    <message>
        <source>shared</source>
        <translation>partagé</translation>
    </message>
    <message numerus="yes">
        <source>%n %1 CPU(s), %2</source>
        <translation>
            <numerusform>%n CPU %1, %2</numerusform>
            <numerusform>%n CPU %1, %2</numerusform>
        </translation>
    </message>
    <message>
        <source>just now</source>
        <translation>à l&apos;instant</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>il y a %n minute</numerusform>
            <numerusform>il y a %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>il y a %n heure</numerusform>
            <numerusform>il y a %n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>il y a %n jour</numerusform>
            <numerusform>il y a %n jours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Binary content, %1.</source>
        <translation>Contenu binaire, %1.</translation>
    </message>
    <message numerus="yes">
        <source>… %n more line(s)</source>
        <translation>
            <numerusform>… %n ligne de plus</numerusform>
            <numerusform>… %n lignes de plus</numerusform>
        </translation>
    </message>
    <message>
        <source>secret %1</source>
        <translation>secret %1</translation>
    </message>
    <message>
        <source>image config of %1</source>
        <translation>configuration d&apos;image de %1</translation>
    </message>
</context>
<context>
    <name>RegionMarkerText</name>
    <message>
        <source>Nearest to you</source>
        <translation>La plus proche de vous</translation>
    </message>
    <message>
        <source>Deprecated</source>
        <translation>Obsolète</translation>
    </message>
    <message>
        <source>Paid plan only</source>
        <translation>Offre payante uniquement</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Passerelle</translation>
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
        <translation>Aucune machine ni aucun volume ici</translation>
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
        <translation>Capacité&#xa0;: encore %1 machines</translation>
    </message>
    <message>
        <source>Not available for new machines or volumes</source>
        <translation>Indisponible pour les nouvelles machines et les nouveaux volumes</translation>
    </message>
</context>
<context>
    <name>VolumePanel</name>
    <message>
        <source>Overview</source>
        <translation>Vue d&apos;ensemble</translation>
    </message>
    <message>
        <source>Volume ID</source>
        <translation>ID du volume</translation>
    </message>
    <message>
        <source>App</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Utilisé</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Chiffrement</translation>
    </message>
    <message>
        <source>Attached to</source>
        <translation>Attaché à</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Création</translation>
    </message>
    <message>
        <source>Snapshots</source>
        <translation>Instantanés</translation>
    </message>
</context>
<context>
    <name>hangar::api::ApiError</name>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>Could not reach %1: %2. Check your internet connection and proxy settings.</source>
        <translation>Impossible de joindre %1&#xa0;: %2. Vérifiez votre connexion Internet et vos paramètres de proxy.</translation>
    </message>
    <message>
        <source>the server</source>
        <translation>le serveur</translation>
    </message>
    <message>
        <source>The machine did not reach the expected state in time. It may still get there; refresh to see where it stands.</source>
        <translation>La machine n&apos;a pas atteint l&apos;état attendu à temps. Elle peut encore y parvenir&#xa0;; actualisez pour voir où elle en est.</translation>
    </message>
    <message>
        <source>%1 did not answer in time. The action may still complete; refresh before trying again.</source>
        <translation>%1 n&apos;a pas répondu à temps. L&apos;action peut encore aboutir&#xa0;; actualisez avant de réessayer.</translation>
    </message>
    <message>
        <source>The server</source>
        <translation>Le serveur</translation>
    </message>
    <message>
        <source>The secure connection failed: %1. Hangar never connects when a certificate cannot be verified; check the API address and your network.</source>
        <translation>La connexion sécurisée a échoué&#xa0;: %1. Hangar ne se connecte jamais lorsqu&apos;un certificat ne peut pas être vérifié&#xa0;; vérifiez l&apos;adresse de l&apos;API et votre réseau.</translation>
    </message>
    <message>
        <source>The server sent an answer Hangar could not read (%1). Try again; if it keeps happening, report it with the request id.</source>
        <translation>Le serveur a envoyé une réponse que Hangar n&apos;a pas pu lire (%1). Réessayez&#xa0;; si le problème persiste, signalez-le en indiquant l&apos;identifiant de la requête.</translation>
    </message>
    <message>
        <source>The token was rejected. Check that it is complete and has not expired or been revoked.</source>
        <translation>Le jeton a été refusé. Vérifiez qu&apos;il est complet et qu&apos;il n&apos;a pas expiré ni été révoqué.</translation>
    </message>
    <message>
        <source>This token does not give access to that. Use a token for the right organization or app.</source>
        <translation>Ce jeton ne donne pas accès à cette ressource. Utilisez un jeton de la bonne organisation ou application.</translation>
    </message>
    <message>
        <source>Not found: it may have been deleted.</source>
        <translation>Introuvable&#xa0;: la ressource a peut-être été supprimée.</translation>
    </message>
    <message>
        <source>Not found: %1</source>
        <translation>Introuvable&#xa0;: %1</translation>
    </message>
    <message>
        <source>The platform did not finish in time. The action may still complete; refresh to see where it stands.</source>
        <translation>La plateforme n&apos;a pas terminé à temps. L&apos;action peut encore aboutir&#xa0;; actualisez pour voir où elle en est.</translation>
    </message>
    <message>
        <source>The machine is locked by another operation (a lease is held). Try again when it has finished.</source>
        <translation>La machine est verrouillée par une autre opération (un bail est détenu). Réessayez lorsque celle-ci sera terminée.</translation>
    </message>
    <message>
        <source>Someone else changed this machine in the meantime. Reload it and apply your changes again.</source>
        <translation>Quelqu&apos;un d&apos;autre a modifié cette machine entre-temps. Rechargez-la et appliquez de nouveau vos modifications.</translation>
    </message>
    <message>
        <source>That volume is already attached to another machine. A volume can be mounted by one machine at a time.</source>
        <translation>Ce volume est déjà attaché à une autre machine. Un volume ne peut être monté que par une seule machine à la fois.</translation>
    </message>
    <message>
        <source>That name is already taken. Choose another one.</source>
        <translation>Ce nom est déjà pris. Choisissez-en un autre.</translation>
    </message>
    <message>
        <source>There is not enough capacity for this right now. Try another region or try again later.</source>
        <translation>La capacité est insuffisante pour le moment. Essayez une autre région ou réessayez plus tard.</translation>
    </message>
    <message>
        <source>Fly.io is rate limiting these requests. Hangar retried them; wait a moment and try again.</source>
        <translation>Fly.io limite le débit de ces requêtes. Hangar les a relancées&#xa0;; patientez un instant, puis réessayez.</translation>
    </message>
    <message>
        <source>The request was too large for the server.</source>
        <translation>La requête était trop volumineuse pour le serveur.</translation>
    </message>
    <message>
        <source>Fly.io had a problem (HTTP %1). Try again in a moment.</source>
        <translation>Fly.io a rencontré un problème (HTTP %1). Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The request was not valid.</source>
        <translation>La requête n&apos;était pas valide.</translation>
    </message>
    <message>
        <source>Not accepted: %1</source>
        <translation>Refusé&#xa0;: %1</translation>
    </message>
    <message>
        <source>The request conflicts with the current state.</source>
        <translation>La requête est en conflit avec l&apos;état actuel.</translation>
    </message>
    <message>
        <source>Conflict: %1</source>
        <translation>Conflit&#xa0;: %1</translation>
    </message>
    <message>
        <source>The request cannot be carried out in the current state.</source>
        <translation>La requête ne peut pas être exécutée dans l&apos;état actuel.</translation>
    </message>
    <message>
        <source>Not possible now: %1</source>
        <translation>Impossible pour le moment&#xa0;: %1</translation>
    </message>
    <message>
        <source>The request was not accepted.</source>
        <translation>La requête n&apos;a pas été acceptée.</translation>
    </message>
    <message>
        <source>The server answered with HTTP %1.</source>
        <translation>Le serveur a répondu avec le code HTTP %1.</translation>
    </message>
    <message>
        <source>The server answered with HTTP %1: %2</source>
        <translation>Le serveur a répondu avec le code HTTP %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid API address.</source>
        <translation>&quot;%1&quot; n&apos;est pas une adresse d&apos;API valide.</translation>
    </message>
    <message>
        <source>Hangar only talks to the API over https (plain http is allowed for this computer&apos;s own simulator only), so it will not use %1.</source>
        <translation>Hangar ne communique avec l&apos;API qu&apos;en https (le http simple n&apos;est autorisé que pour le simulateur de cet ordinateur)&#xa0;: il n&apos;utilisera donc pas %1.</translation>
    </message>
</context>
<context>
    <name>hangar::api::CreateAndWait</name>
    <message>
        <source>Creating the machine</source>
        <translation>Création de la machine</translation>
    </message>
    <message>
        <source>Waiting for the machine to be created</source>
        <translation>Attente de la création de la machine</translation>
    </message>
    <message>
        <source>Waiting for the machine to start</source>
        <translation>Attente du démarrage de la machine</translation>
    </message>
</context>
<context>
    <name>hangar::api::DestroyMachine</name>
    <message>
        <source>Stopping the machine</source>
        <translation>Arrêt de la machine</translation>
    </message>
    <message>
        <source>Destroying the machine</source>
        <translation>Destruction de la machine</translation>
    </message>
</context>
<context>
    <name>hangar::api::TransitionAndWait</name>
    <message>
        <source>Waiting for the machine</source>
        <translation>Attente de la machine</translation>
    </message>
    <message>
        <source>Starting the machine</source>
        <translation>Démarrage de la machine</translation>
    </message>
    <message>
        <source>Stopping the machine</source>
        <translation>Arrêt de la machine</translation>
    </message>
    <message>
        <source>Restarting the machine</source>
        <translation>Redémarrage de la machine</translation>
    </message>
    <message>
        <source>Suspending the machine</source>
        <translation>Suspension de la machine</translation>
    </message>
</context>
<context>
    <name>hangar::api::UpdateAndWait</name>
    <message>
        <source>Taking a lease on the machine</source>
        <translation>Prise d&apos;un bail sur la machine</translation>
    </message>
    <message>
        <source>Applying the new config</source>
        <translation>Application de la nouvelle configuration</translation>
    </message>
    <message>
        <source>Waiting for the machine to settle</source>
        <translation>Attente de la stabilisation de la machine</translation>
    </message>
    <message>
        <source>Releasing the lease</source>
        <translation>Libération du bail</translation>
    </message>
</context>
<context>
    <name>hangar::core::AccountManager</name>
    <message>
        <source>The account has no id.</source>
        <translation>Le compte n&apos;a pas d&apos;identifiant.</translation>
    </message>
    <message>
        <source>Paste a token first.</source>
        <translation>Collez d&apos;abord un jeton.</translation>
    </message>
    <message>
        <source>There is already an account with this id.</source>
        <translation>Un compte avec cet identifiant existe déjà.</translation>
    </message>
    <message>
        <source>This account no longer exists.</source>
        <translation>Ce compte n&apos;existe plus.</translation>
    </message>
    <message>
        <source>The token of “%1” could not be saved in the system keychain. %2 Hangar keeps it in memory until it quits; next time, paste it again in the account&apos;s settings.</source>
        <translation>Le jeton de «&#xa0;%1&#xa0;» n&apos;a pas pu être enregistré dans le trousseau du système. %2 Hangar le garde en mémoire jusqu&apos;à sa fermeture&#xa0;; la prochaine fois, collez-le de nouveau dans les paramètres du compte.</translation>
    </message>
    <message>
        <source>The token of “%1” could not be read from the system keychain. %2 To use the account now, paste its token in the account&apos;s settings.</source>
        <translation>Le jeton de «&#xa0;%1&#xa0;» n&apos;a pas pu être lu depuis le trousseau du système. %2 Pour utiliser le compte maintenant, collez son jeton dans les paramètres du compte.</translation>
    </message>
    <message>
        <source>No token is saved for “%1”. Paste its token in the account&apos;s settings.</source>
        <translation>Aucun jeton n&apos;est enregistré pour «&#xa0;%1&#xa0;». Collez son jeton dans les paramètres du compte.</translation>
    </message>
    <message>
        <source>The token of the removed account could not be deleted from the system keychain. %1 Hangar will try again when it next starts.</source>
        <translation>Le jeton du compte retiré n&apos;a pas pu être supprimé du trousseau du système. %1 Hangar réessaiera à son prochain démarrage.</translation>
    </message>
    <message>
        <source>%1 (not saved)</source>
        <translation>%1 (non enregistré)</translation>
    </message>
</context>
<context>
    <name>hangar::core::AccountProfile</name>
    <message>
        <source>Put the token in the token field, not in the API address.</source>
        <translation>Saisissez le jeton dans le champ du jeton, et non dans l&apos;adresse de l&apos;API.</translation>
    </message>
</context>
<context>
    <name>hangar::core::BulkJob</name>
    <message numerus="yes">
        <source>%1 of %n machine(s) done</source>
        <translation>
            <numerusform>%1 sur %n machine traitée</numerusform>
            <numerusform>%1 sur %n machines traitées</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to do</source>
        <translation>Rien à faire</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: done</source>
        <translation>%1&#xa0;: terminé</translation>
    </message>
    <message>
        <source>The operation could not be started.</source>
        <translation>L&apos;opération n&apos;a pas pu être lancée.</translation>
    </message>
    <message>
        <source>%1: failed: %2</source>
        <translation>%1&#xa0;: échec&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n en échec</numerusform>
            <numerusform>%n en échec</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n annulée</numerusform>
            <numerusform>%n annulées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (and %n more)</source>
        <translation>
            <numerusform>%1 (et %n autre)</numerusform>
            <numerusform>%1 (et %n autres)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hangar::core::ChunkReader</name>
    <message>
        <source>it changed while it was being copied</source>
        <translation>il a changé pendant la copie</translation>
    </message>
</context>
<context>
    <name>hangar::core::ConfigSummary</name>
    <message>
        <source>the machine will restart</source>
        <translation>la machine va redémarrer</translation>
    </message>
    <message>
        <source>the machine stays stopped</source>
        <translation>la machine reste arrêtée</translation>
    </message>
    <message>
        <source>the machine stays stopped and its suspended state is lost</source>
        <translation>la machine reste arrêtée et son état suspendu est perdu</translation>
    </message>
    <message>
        <source>env %1 added</source>
        <translation>variable %1 ajoutée</translation>
    </message>
    <message numerus="yes">
        <source>%n env variable(s) added</source>
        <translation>
            <numerusform>%n variable d&apos;environnement ajoutée</numerusform>
            <numerusform>%n variables d&apos;environnement ajoutées</numerusform>
        </translation>
    </message>
    <message>
        <source>env %1 changed</source>
        <translation>variable %1 modifiée</translation>
    </message>
    <message numerus="yes">
        <source>%n env variable(s) changed</source>
        <translation>
            <numerusform>%n variable d&apos;environnement modifiée</numerusform>
            <numerusform>%n variables d&apos;environnement modifiées</numerusform>
        </translation>
    </message>
    <message>
        <source>env %1 removed</source>
        <translation>variable %1 supprimée</translation>
    </message>
    <message numerus="yes">
        <source>%n env variable(s) removed</source>
        <translation>
            <numerusform>%n variable d&apos;environnement supprimée</numerusform>
            <numerusform>%n variables d&apos;environnement supprimées</numerusform>
        </translation>
    </message>
    <message>
        <source>metadata %1 added</source>
        <translation>métadonnée %1 ajoutée</translation>
    </message>
    <message numerus="yes">
        <source>%n metadata key(s) added</source>
        <translation>
            <numerusform>%n clé de métadonnées ajoutée</numerusform>
            <numerusform>%n clés de métadonnées ajoutées</numerusform>
        </translation>
    </message>
    <message>
        <source>metadata %1 changed</source>
        <translation>métadonnée %1 modifiée</translation>
    </message>
    <message numerus="yes">
        <source>%n metadata key(s) changed</source>
        <translation>
            <numerusform>%n clé de métadonnées modifiée</numerusform>
            <numerusform>%n clés de métadonnées modifiées</numerusform>
        </translation>
    </message>
    <message>
        <source>metadata %1 removed</source>
        <translation>métadonnée %1 supprimée</translation>
    </message>
    <message numerus="yes">
        <source>%n metadata key(s) removed</source>
        <translation>
            <numerusform>%n clé de métadonnées supprimée</numerusform>
            <numerusform>%n clés de métadonnées supprimées</numerusform>
        </translation>
    </message>
    <message>
        <source>check %1 added</source>
        <translation>contrôle %1 ajouté</translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) added</source>
        <translation>
            <numerusform>%n contrôle ajouté</numerusform>
            <numerusform>%n contrôles ajoutés</numerusform>
        </translation>
    </message>
    <message>
        <source>check %1 changed</source>
        <translation>contrôle %1 modifié</translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) changed</source>
        <translation>
            <numerusform>%n contrôle modifié</numerusform>
            <numerusform>%n contrôles modifiés</numerusform>
        </translation>
    </message>
    <message>
        <source>check %1 removed</source>
        <translation>contrôle %1 supprimé</translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) removed</source>
        <translation>
            <numerusform>%n contrôle supprimé</numerusform>
            <numerusform>%n contrôles supprimés</numerusform>
        </translation>
    </message>
    <message>
        <source>file %1 added</source>
        <translation>fichier %1 ajouté</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) added</source>
        <translation>
            <numerusform>%n fichier ajouté</numerusform>
            <numerusform>%n fichiers ajoutés</numerusform>
        </translation>
    </message>
    <message>
        <source>file %1 changed</source>
        <translation>fichier %1 modifié</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) changed</source>
        <translation>
            <numerusform>%n fichier modifié</numerusform>
            <numerusform>%n fichiers modifiés</numerusform>
        </translation>
    </message>
    <message>
        <source>file %1 removed</source>
        <translation>fichier %1 supprimé</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) removed</source>
        <translation>
            <numerusform>%n fichier supprimé</numerusform>
            <numerusform>%n fichiers supprimés</numerusform>
        </translation>
    </message>
    <message>
        <source>auto-destroy on</source>
        <translation>destruction automatique activée</translation>
    </message>
    <message>
        <source>auto-destroy off</source>
        <translation>destruction automatique désactivée</translation>
    </message>
    <message>
        <source>No changes.</source>
        <translation>Aucune modification.</translation>
    </message>
    <message numerus="yes">
        <source>and %n other change(s)</source>
        <translation>
            <numerusform>et %n autre modification</numerusform>
            <numerusform>et %n autres modifications</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1&#xa0;; %2</translation>
    </message>
    <message numerus="yes">
        <source>%n CPU(s), %1 MB</source>
        <translation>
            <numerusform>%n CPU, %1 Mo</numerusform>
            <numerusform>%n CPU, %1 Mo</numerusform>
        </translation>
    </message>
    <message>
        <source>init</source>
        <translation>init</translation>
    </message>
    <message>
        <source>DNS settings</source>
        <translation>paramètres DNS</translation>
    </message>
    <message>
        <source>processes</source>
        <translation>processus</translation>
    </message>
    <message>
        <source>statics</source>
        <translation>fichiers statiques</translation>
    </message>
    <message>
        <source>metrics</source>
        <translation>métriques</translation>
    </message>
    <message>
        <source>containers</source>
        <translation>conteneurs</translation>
    </message>
    <message>
        <source>container volumes</source>
        <translation>volumes de conteneur</translation>
    </message>
    <message>
        <source>standbys</source>
        <translation>machines de secours</translation>
    </message>
    <message>
        <source>root file system</source>
        <translation>système de fichiers racine</translation>
    </message>
    <message>
        <source>cache drive</source>
        <translation>disque de cache</translation>
    </message>
    <message>
        <source>spot pricing</source>
        <translation>tarification spot</translation>
    </message>
    <message>
        <source>autostart</source>
        <translation>démarrage automatique</translation>
    </message>
    <message>
        <source>image %1</source>
        <translation>image %1</translation>
    </message>
    <message>
        <source>image %1 → %2</source>
        <translation>image %1 → %2</translation>
    </message>
    <message>
        <source>size %1 → %2</source>
        <translation>taille %1 → %2</translation>
    </message>
    <message>
        <source>size removed</source>
        <translation>taille supprimée</translation>
    </message>
    <message>
        <source>size %1</source>
        <translation>taille %1</translation>
    </message>
    <message>
        <source>CPU kind %1 → %2</source>
        <translation>type de CPU %1 → %2</translation>
    </message>
    <message>
        <source>CPUs %1 → %2</source>
        <translation>CPU %1 → %2</translation>
    </message>
    <message>
        <source>memory %1 → %2 MB</source>
        <translation>mémoire %1 → %2 Mo</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>GPU %1 → %2</source>
        <translation>GPU %1 → %2</translation>
    </message>
    <message>
        <source>guest settings changed</source>
        <translation>paramètres matériels modifiés</translation>
    </message>
    <message>
        <source>service %1 added</source>
        <translation>service %1 ajouté</translation>
    </message>
    <message>
        <source>service %1 removed</source>
        <translation>service %1 supprimé</translation>
    </message>
    <message>
        <source>port %1 added to %2</source>
        <translation>port %1 ajouté à %2</translation>
    </message>
    <message>
        <source>port %1 removed from %2</source>
        <translation>port %1 retiré de %2</translation>
    </message>
    <message>
        <source>port %1 of %2 changed</source>
        <translation>port %1 de %2 modifié</translation>
    </message>
    <message>
        <source>service %1 changed</source>
        <translation>service %1 modifié</translation>
    </message>
    <message>
        <source>volume %1 mounted at %2</source>
        <translation>volume %1 monté sur %2</translation>
    </message>
    <message>
        <source>volume %1 unmounted</source>
        <translation>volume %1 démonté</translation>
    </message>
    <message>
        <source>mount path %1 → %2</source>
        <translation>chemin de montage %1 → %2</translation>
    </message>
    <message>
        <source>mount of %1 changed</source>
        <translation>montage de %1 modifié</translation>
    </message>
    <message>
        <source>restart policy %1 → %2</source>
        <translation>politique de redémarrage %1 → %2</translation>
    </message>
    <message>
        <source>restart retries %1 → %2</source>
        <translation>tentatives de redémarrage %1 → %2</translation>
    </message>
    <message>
        <source>restart settings changed</source>
        <translation>paramètres de redémarrage modifiés</translation>
    </message>
    <message>
        <source>stop signal %1 → %2</source>
        <translation>signal d&apos;arrêt %1 → %2</translation>
    </message>
    <message>
        <source>stop timeout changed</source>
        <translation>délai d&apos;arrêt modifié</translation>
    </message>
    <message>
        <source>stop settings changed</source>
        <translation>paramètres d&apos;arrêt modifiés</translation>
    </message>
    <message>
        <source>schedule %1</source>
        <translation>planification %1</translation>
    </message>
    <message>
        <source>schedule removed</source>
        <translation>planification supprimée</translation>
    </message>
    <message>
        <source>schedule %1 → %2</source>
        <translation>planification %1 → %2</translation>
    </message>
    <message>
        <source>field %1 added</source>
        <translation>champ %1 ajouté</translation>
    </message>
    <message>
        <source>field %1 removed</source>
        <translation>champ %1 supprimé</translation>
    </message>
    <message>
        <source>field %1 changed</source>
        <translation>champ %1 modifié</translation>
    </message>
    <message>
        <source>%1 added</source>
        <translation>ajout&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 removed</source>
        <translation>suppression&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 changed</source>
        <translation>modification&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>hangar::core::CopyEngine</name>
    <message>
        <source>The volume is full: %1 did not fit. Nothing partial was left in its place.</source>
        <translation>Le volume est plein&#xa0;: %1 n&apos;a pas pu y être copié. Aucun fichier partiel n&apos;a été laissé à sa place.</translation>
    </message>
    <message numerus="yes">
        <source>The volume is full: %n file(s) starting with %1 did not fit. Nothing partial was left in their place.</source>
        <translation>
            <numerusform>Le volume est plein&#xa0;: %n fichier, à commencer par %1, n&apos;a pas pu y être copié. Aucun fichier partiel n&apos;a été laissé à sa place.</numerusform>
            <numerusform>Le volume est plein&#xa0;: %n fichiers, à commencer par %1, n&apos;ont pas pu y être copiés. Aucun fichier partiel n&apos;a été laissé à leur place.</numerusform>
        </translation>
    </message>
    <message>
        <source>The machine stopped answering commands: %1</source>
        <translation>La machine ne répond plus aux commandes&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The machine refuses even the smallest chunk: %1</source>
        <translation>La machine refuse même le plus petit bloc&#xa0;: %1</translation>
    </message>
    <message>
        <source>The file could not be checked.</source>
        <translation>Le fichier n&apos;a pas pu être vérifié.</translation>
    </message>
    <message>
        <source>The copy did not match the original (SHA-256 differs).</source>
        <translation>La copie ne correspond pas à l&apos;original (SHA-256 différent).</translation>
    </message>
    <message>
        <source>The machine refuses even the smallest request.</source>
        <translation>La machine refuse même la plus petite requête.</translation>
    </message>
    <message>
        <source>The file could not be written on the machine.</source>
        <translation>Le fichier n&apos;a pas pu être écrit sur la machine.</translation>
    </message>
    <message>
        <source>The file could not be put in place: %1</source>
        <translation>Le fichier n&apos;a pas pu être mis en place&#xa0;: %1</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>erreur inconnue</translation>
    </message>
    <message>
        <source>Its temporary file on the machine was removed while it was being copied.</source>
        <translation>Son fichier temporaire sur la machine a été supprimé pendant la copie.</translation>
    </message>
    <message>
        <source>The machine could not write it (exit code %1).</source>
        <translation>La machine n’a pas pu l’écrire (code de sortie %1).</translation>
    </message>
</context>
<context>
    <name>hangar::core::CopyJob</name>
    <message>
        <source>Copy into %1</source>
        <translation>Copier dans %1</translation>
    </message>
    <message>
        <source>The destination is not valid: %1</source>
        <translation>La destination n&apos;est pas valide&#xa0;: %1</translation>
    </message>
    <message>
        <source>Looking at the dropped files</source>
        <translation>Examen des fichiers déposés</translation>
    </message>
    <message numerus="yes">
        <source>The dropped folders contain %n symbolic link(s), such as %1. Copy what they point to, or leave them out?</source>
        <translation>
            <numerusform>Les dossiers déposés contiennent %n lien symbolique, par exemple %1. Copier ce vers quoi il pointe, ou l&apos;exclure&#xa0;?</numerusform>
            <numerusform>Les dossiers déposés contiennent %n liens symboliques, par exemple %1. Copier ce vers quoi ils pointent, ou les exclure&#xa0;?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out %n symbolic link(s).</source>
        <translation>
            <numerusform>%n lien symbolique exclu.</numerusform>
            <numerusform>%n liens symboliques exclus.</numerusform>
        </translation>
    </message>
    <message>
        <source>The name cannot be used on the volume.</source>
        <translation>Ce nom ne peut pas être utilisé sur le volume.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s), %1 in all</source>
        <translation>
            <numerusform>%n fichier, %1 au total</numerusform>
            <numerusform>%n fichiers, %1 au total</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is %2. Copying it takes a while and uses space on the volume. Copy it?</source>
        <translation>%1 fait %2. Sa copie prend du temps et occupe de l&apos;espace sur le volume. Le copier&#xa0;?</translation>
    </message>
    <message>
        <source>Larger than %1; not copied.</source>
        <translation>Plus grand que %1&#xa0;; non copié.</translation>
    </message>
    <message>
        <source>The volume is attached to %1, which is %2. Start it for the copy (and stop it again afterwards)?</source>
        <translation>Le volume est attaché à %1, qui est à l&apos;état %2. La démarrer pour la copie (et l&apos;arrêter de nouveau ensuite)&#xa0;?</translation>
    </message>
    <message>
        <source>Copying through %1, which sees the volume at %2</source>
        <translation>Copie via %1, qui voit le volume sous %2</translation>
    </message>
    <message>
        <source>Copying %1 (%2 of %3)</source>
        <translation>Copie de %1 (%2 sur %3)</translation>
    </message>
    <message>
        <source>Removing temporary files</source>
        <translation>Suppression des fichiers temporaires</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) copied (%1) to %2</source>
        <translation>
            <numerusform>%n fichier copié (%1) dans %2</numerusform>
            <numerusform>%n fichiers copiés (%1) dans %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n ignoré</numerusform>
            <numerusform>%n ignorés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n en échec</numerusform>
            <numerusform>%n en échec</numerusform>
        </translation>
    </message>
    <message>
        <source>Failed: %1 — %2</source>
        <translation>Échec&#xa0;: %1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be copied.</source>
        <translation>
            <numerusform>%n fichier n&apos;a pas pu être copié.</numerusform>
            <numerusform>%n fichiers n&apos;ont pas pu être copiés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking what is already on the volume</source>
        <translation>Vérification du contenu déjà présent sur le volume</translation>
    </message>
    <message>
        <source>The volume could not be checked: %1</source>
        <translation>Le volume n&apos;a pas pu être vérifié&#xa0;: %1</translation>
    </message>
    <message>
        <source>A folder with this name is in the way.</source>
        <translation>Un dossier du même nom occupe déjà cet emplacement.</translation>
    </message>
    <message>
        <source>%1 already exists on the volume. Replace it, skip this file, or keep both?</source>
        <translation>%1 existe déjà sur le volume. Le remplacer, ignorer ce fichier ou conserver les deux&#xa0;?</translation>
    </message>
    <message>
        <source>Already there; skipped.</source>
        <translation>Déjà présent&#xa0;; ignoré.</translation>
    </message>
    <message>
        <source>Keeping both: the copy is named %1</source>
        <translation>Conservation des deux&#xa0;: la copie s&apos;appelle %1</translation>
    </message>
    <message>
        <source>Some folders could not be made: %1</source>
        <translation>Certains dossiers n&apos;ont pas pu être créés&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>hangar::core::CreateMachineJob</name>
    <message>
        <source>a new machine</source>
        <translation>une nouvelle machine</translation>
    </message>
    <message>
        <source>Create %1</source>
        <translation>Créer %1</translation>
    </message>
    <message numerus="yes">
        <source>Creating volume %1 (%n GB) in %2</source>
        <translation>
            <numerusform>Création du volume %1 (%n Go) dans %2</numerusform>
            <numerusform>Création du volume %1 (%n Go) dans %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Forking %1 into %2 in %3</source>
        <translation>Duplication de %1 en %2 dans %3</translation>
    </message>
    <message>
        <source>The volume could not be created; no machine was created.</source>
        <translation>Le volume n&apos;a pas pu être créé&#xa0;; aucune machine n&apos;a été créée.</translation>
    </message>
    <message>
        <source>Volume %1 created (%2)</source>
        <translation>Volume %1 créé (%2)</translation>
    </message>
    <message>
        <source>The new volume %1 was kept; mount it on another machine or destroy it.</source>
        <translation>Le nouveau volume %1 a été conservé&#xa0;; montez-le sur une autre machine ou détruisez-le.</translation>
    </message>
    <message>
        <source>%1 created and %2 in %3</source>
        <translation>%1 créée (état %2) dans %3</translation>
    </message>
</context>
<context>
    <name>hangar::core::DownloadJob</name>
    <message>
        <source>Download from %1</source>
        <translation>Télécharger depuis %1</translation>
    </message>
    <message>
        <source>The volume&apos;s machine is not running. Open the Files tab with it first.</source>
        <translation>La machine du volume n&apos;est pas en cours d&apos;exécution. Ouvrez d&apos;abord l&apos;onglet Fichiers pour la démarrer.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) saved in %1</source>
        <translation>
            <numerusform>%n fichier enregistré dans %1</numerusform>
            <numerusform>%n fichiers enregistrés dans %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be downloaded.</source>
        <translation>
            <numerusform>%n fichier n&apos;a pas pu être téléchargé.</numerusform>
            <numerusform>%n fichiers n&apos;ont pas pu être téléchargés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Downloading %1</source>
        <translation>Téléchargement de %1</translation>
    </message>
    <message>
        <source>The file changed while it was read.</source>
        <translation>Le fichier a changé pendant sa lecture.</translation>
    </message>
    <message>
        <source>The download did not match the file on the volume.</source>
        <translation>Le fichier téléchargé ne correspond pas à celui du volume.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 enregistré</translation>
    </message>
</context>
<context>
    <name>hangar::core::Job</name>
    <message>
        <source>Finished</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Échec&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
</context>
<context>
    <name>hangar::core::KeychainCredentialStore</name>
    <message numerus="yes">
        <source>The system keychain did not answer within %n second(s). It may be locked, or waiting for a password prompt that nobody can see.</source>
        <translation>
            <numerusform>Le trousseau du système n&apos;a pas répondu dans un délai de %n seconde. Il est peut-être verrouillé, ou en attente d&apos;une demande de mot de passe que personne ne voit.</numerusform>
            <numerusform>Le trousseau du système n&apos;a pas répondu dans un délai de %n secondes. Il est peut-être verrouillé, ou en attente d&apos;une demande de mot de passe que personne ne voit.</numerusform>
        </translation>
    </message>
    <message>
        <source>Access to the system keychain was refused.</source>
        <translation>L&apos;accès au trousseau du système a été refusé.</translation>
    </message>
    <message>
        <source>The system keychain could not delete the entry: %1</source>
        <translation>Le trousseau du système n&apos;a pas pu supprimer l&apos;entrée&#xa0;: %1</translation>
    </message>
    <message>
        <source>The system keychain is not available: %1</source>
        <translation>Le trousseau du système n&apos;est pas disponible&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>hangar::core::LocalScan</name>
    <message>
        <source>%1: it no longer exists</source>
        <translation>%1&#xa0;: n&apos;existe plus</translation>
    </message>
    <message>
        <source>%1: not a regular file</source>
        <translation>%1&#xa0;: n&apos;est pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>%1: it cannot be read</source>
        <translation>%1&#xa0;: illisible</translation>
    </message>
    <message>
        <source>%1: a link loops back to a folder above it</source>
        <translation>%1&#xa0;: un lien boucle vers un dossier parent</translation>
    </message>
    <message>
        <source>%1: the folder cannot be read</source>
        <translation>%1&#xa0;: le dossier est illisible</translation>
    </message>
    <message>
        <source>%1: a broken link</source>
        <translation>%1&#xa0;: lien rompu</translation>
    </message>
</context>
<context>
    <name>hangar::core::MachineJobs</name>
    <message>
        <source>Start %1</source>
        <translation>Démarrer %1</translation>
    </message>
    <message>
        <source>Stop %1</source>
        <translation>Arrêter %1</translation>
    </message>
    <message>
        <source>Restart %1</source>
        <translation>Redémarrer %1</translation>
    </message>
    <message>
        <source>Suspend %1</source>
        <translation>Suspendre %1</translation>
    </message>
    <message numerus="yes">
        <source>Start %n machine(s)</source>
        <translation>
            <numerusform>Démarrer %n machine</numerusform>
            <numerusform>Démarrer %n machines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stop %n machine(s)</source>
        <translation>
            <numerusform>Arrêter %n machine</numerusform>
            <numerusform>Arrêter %n machines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restart %n machine(s)</source>
        <translation>
            <numerusform>Redémarrer %n machine</numerusform>
            <numerusform>Redémarrer %n machines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Suspend %n machine(s)</source>
        <translation>
            <numerusform>Suspendre %n machine</numerusform>
            <numerusform>Suspendre %n machines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n machine(s) started</source>
        <translation>
            <numerusform>%1 sur %n machine démarrée</numerusform>
            <numerusform>%1 sur %n machines démarrées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n machine(s) stopped</source>
        <translation>
            <numerusform>%1 sur %n machine arrêtée</numerusform>
            <numerusform>%1 sur %n machines arrêtées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n machine(s) restarted</source>
        <translation>
            <numerusform>%1 sur %n machine redémarrée</numerusform>
            <numerusform>%1 sur %n machines redémarrées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n machine(s) suspended</source>
        <translation>
            <numerusform>%1 sur %n machine suspendue</numerusform>
            <numerusform>%1 sur %n machines suspendues</numerusform>
        </translation>
    </message>
    <message>
        <source>Destroy %1</source>
        <translation>Détruire %1</translation>
    </message>
    <message>
        <source>%1 was destroyed</source>
        <translation>%1 a été détruite</translation>
    </message>
    <message numerus="yes">
        <source>Destroy %n machine(s)</source>
        <translation>
            <numerusform>Détruire %n machine</numerusform>
            <numerusform>Détruire %n machines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n machine(s) destroyed</source>
        <translation>
            <numerusform>%1 sur %n machine détruite</numerusform>
            <numerusform>%1 sur %n machines détruites</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hangar::core::MemoryCredentialStore</name>
    <message>
        <source>The credential store did not answer in time.</source>
        <translation>Le magasin d&apos;identifiants n&apos;a pas répondu à temps.</translation>
    </message>
</context>
<context>
    <name>hangar::core::OperationJob</name>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>%1 is %2</source>
        <translation>%1 est à l&apos;état %2</translation>
    </message>
</context>
<context>
    <name>hangar::core::TokenCheck</name>
    <message>
        <source>This token has expired. Create a new one (fly tokens create, or Tokens in the Fly.io dashboard) and paste it here.</source>
        <translation>Ce jeton a expiré. Créez-en un nouveau (fly tokens create, ou Tokens dans le tableau de bord Fly.io) et collez-le ici.</translation>
    </message>
    <message>
        <source>Fly.io knows this token but it is too narrow: it may not even describe itself (HTTP 403). Use an organization token (fly tokens create org) or a deploy token for the apps to manage.</source>
        <translation>Fly.io connaît ce jeton, mais sa portée est trop restreinte&#xa0;: il n&apos;a même pas le droit de se décrire lui-même (HTTP 403). Utilisez un jeton d&apos;organisation (fly tokens create org) ou un jeton de déploiement pour les applications à gérer.</translation>
    </message>
    <message>
        <source>Fly.io accepts this token, but it reaches no organization, so there is nothing Hangar could show. Use an organization token (fly tokens create org) or a deploy token.</source>
        <translation>Fly.io accepte ce jeton, mais il ne donne accès à aucune organisation&#xa0;: Hangar n&apos;a donc rien à afficher. Utilisez un jeton d&apos;organisation (fly tokens create org) ou un jeton de déploiement.</translation>
    </message>
    <message>
        <source>The token works. It is a personal token: Hangar shows the apps of your personal organization.</source>
        <translation>Le jeton fonctionne. C&apos;est un jeton personnel&#xa0;: Hangar affiche les applications de votre organisation personnelle.</translation>
    </message>
    <message numerus="yes">
        <source>The token works. It reaches %n organization(s).</source>
        <translation>
            <numerusform>Le jeton fonctionne. Il donne accès à %n organisation.</numerusform>
            <numerusform>Le jeton fonctionne. Il donne accès à %n organisations.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hangar::core::TokenValidator</name>
    <message>
        <source>Paste a token first.</source>
        <translation>Collez d&apos;abord un jeton.</translation>
    </message>
</context>
<context>
    <name>hangar::core::VolumeAccess</name>
    <message>
        <source>%1 was not started, so the volume cannot be reached.</source>
        <translation>%1 n&apos;a pas été démarrée&#xa0;: le volume est donc inaccessible.</translation>
    </message>
    <message>
        <source>Looking up the volume</source>
        <translation>Recherche du volume</translation>
    </message>
    <message>
        <source>Waiting for %1 to settle</source>
        <translation>Attente de la stabilisation de %1</translation>
    </message>
    <message>
        <source>The volume is attached to %1, which is %2: it cannot be used now.</source>
        <translation>Le volume est attaché à %1, qui est à l&apos;état %2&#xa0;: il ne peut pas être utilisé pour le moment.</translation>
    </message>
    <message>
        <source>Starting %1</source>
        <translation>Démarrage de %1</translation>
    </message>
    <message>
        <source>%1 could not be started: %2</source>
        <translation>%1 n&apos;a pas pu être démarrée&#xa0;: %2</translation>
    </message>
    <message>
        <source>Starting helper machine %1 in %2</source>
        <translation>Démarrage de la machine auxiliaire %1 dans %2</translation>
    </message>
    <message>
        <source>The helper machine could not be started: %1</source>
        <translation>La machine auxiliaire n&apos;a pas pu être démarrée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Helper machine %1 (%2) is running</source>
        <translation>La machine auxiliaire %1 (%2) est en cours d&apos;exécution</translation>
    </message>
    <message>
        <source>Stopping %1 again</source>
        <translation>Remise à l&apos;arrêt de %1</translation>
    </message>
    <message>
        <source>%1 could not be stopped: %2</source>
        <translation>%1 n&apos;a pas pu être arrêtée&#xa0;: %2</translation>
    </message>
    <message>
        <source>Removing helper machine %1</source>
        <translation>Suppression de la machine auxiliaire %1</translation>
    </message>
    <message>
        <source>Helper machine %1 removed</source>
        <translation>Machine auxiliaire %1 supprimée</translation>
    </message>
    <message>
        <source>Helper machine %1 could not be removed (%2); it removes itself when its timer runs out, or at Hangar&apos;s next start.</source>
        <translation>La machine auxiliaire %1 n&apos;a pas pu être supprimée (%2)&#xa0;; elle se supprimera d&apos;elle-même à l&apos;expiration de son minuteur, ou au prochain démarrage de Hangar.</translation>
    </message>
</context>
<context>
    <name>hangar::core::VolumeBrowser</name>
    <message>
        <source>No machine mounts this volume.</source>
        <translation>Aucune machine ne monte ce volume.</translation>
    </message>
    <message>
        <source>The volume is attached to %1, which is %2.</source>
        <translation>Le volume est attaché à %1, qui est à l&apos;état %2.</translation>
    </message>
    <message>
        <source>The volume itself cannot be deleted here.</source>
        <translation>Le volume lui-même ne peut pas être supprimé ici.</translation>
    </message>
</context>
<context>
    <name>hangar::core::helpers</name>
    <message>
        <source>Remove helper machine %1 left behind</source>
        <translation>Supprimer la machine auxiliaire résiduelle %1</translation>
    </message>
    <message>
        <source>Helper machine %1 removed</source>
        <translation>Machine auxiliaire %1 supprimée</translation>
    </message>
</context>
<context>
    <name>hangar::core::remotepath</name>
    <message>
        <source>The path contains a NUL character.</source>
        <translation>Le chemin contient un caractère NUL.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an absolute path.</source>
        <translation>&quot;%1&quot; n&apos;est pas un chemin absolu.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; climbs above the root.</source>
        <translation>&quot;%1&quot; remonte au-dessus de la racine.</translation>
    </message>
    <message>
        <source>A name in &quot;%1&quot; is longer than 255 bytes.</source>
        <translation>Un nom dans &quot;%1&quot; dépasse 255 octets.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is outside the volume, which is at %2.</source>
        <translation>&quot;%1&quot; est en dehors du volume, qui se trouve sous %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be used as a name.</source>
        <translation>&quot;%1&quot; ne peut pas être utilisé comme nom.</translation>
    </message>
    <message>
        <source>A name cannot contain &quot;/&quot; or NUL.</source>
        <translation>Un nom ne peut contenir ni &quot;/&quot; ni NUL.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is longer than 255 bytes.</source>
        <translation>&quot;%1&quot; dépasse 255 octets.</translation>
    </message>
</context>
<context>
    <name>hangar::gui::AccountBanner</name>
    <message>
        <source>PRODUCTION</source>
        <translation>PRODUCTION</translation>
    </message>
    <message>
        <source>A production account: destructive actions need the resource&apos;s name typed.</source>
        <translation>Compte de production&#xa0;: les actions destructrices exigent de saisir le nom de la ressource.</translation>
    </message>
    <message>
        <source>%1 · nothing here touches Fly.io</source>
        <translation>%1 · rien ici ne touche Fly.io</translation>
    </message>
</context>
<context>
    <name>hangar::gui::AccountDialog</name>
    <message>
        <source>Check the token to see what it reaches.</source>
        <translation>Vérifiez le jeton pour voir à quoi il donne accès.</translation>
    </message>
    <message>
        <source>Account settings</source>
        <translation>Paramètres du compte</translation>
    </message>
    <message>
        <source>Add a Fly.io account</source>
        <translation>Ajouter un compte Fly.io</translation>
    </message>
    <message>
        <source>Change how Hangar shows this account. Paste a new token only to replace the saved one.</source>
        <translation>Modifiez la façon dont Hangar affiche ce compte. Ne collez un nouveau jeton que pour remplacer celui qui est enregistré.</translation>
    </message>
    <message>
        <source>Paste an API token from Fly.io: &lt;i&gt;fly tokens create org&lt;/i&gt;, or Tokens in the dashboard. Hangar checks it, then keeps it in the system keychain.</source>
        <translation>Collez un jeton d&apos;API de Fly.io&#xa0;: &lt;i&gt;fly tokens create org&lt;/i&gt;, ou Tokens dans le tableau de bord. Hangar le vérifie, puis le conserve dans le trousseau du système.</translation>
    </message>
    <message>
        <source>e.g. Acme production</source>
        <translation>p. ex. Acme production</translation>
    </message>
    <message>
        <source>The Machines API. Change it only for a proxy or a simulator.</source>
        <translation>L&apos;API Machines. Ne la modifiez que pour un proxy ou un simulateur.</translation>
    </message>
    <message>
        <source>Saved in the keychain; paste a new token to replace it</source>
        <translation>Enregistré dans le trousseau&#xa0;; collez un nouveau jeton pour le remplacer</translation>
    </message>
    <message>
        <source>FlyV1 fm2_… or a personal access token</source>
        <translation>FlyV1 fm2_… ou un jeton d&apos;accès personnel</translation>
    </message>
    <message>
        <source>Chec&amp;k token</source>
        <translation>&amp;Vérifier le jeton</translation>
    </message>
    <message>
        <source>Kept in the system keychain, never shown again.</source>
        <translation>Conservé dans le trousseau du système, jamais réaffiché.</translation>
    </message>
    <message>
        <source>&amp;Production account</source>
        <translation>Compte de &amp;production</translation>
    </message>
    <message>
        <source>Destroying a machine, volume or app, or stopping several machines at once, then needs its name typed.</source>
        <translation>Détruire une machine, un volume ou une application, ou arrêter plusieurs machines à la fois, exige alors d&apos;en saisir le nom.</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Jeton&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>API &amp;address:</source>
        <translation>&amp;Adresse de l&apos;API&#xa0;:</translation>
    </message>
    <message>
        <source>Organizations:</source>
        <translation>Organisations&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation>&amp;Couleur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Paste a token first.</source>
        <translation>Collez d&apos;abord un jeton.</translation>
    </message>
    <message>
        <source>Checking the token with %1…</source>
        <translation>Vérification du jeton auprès de %1…</translation>
    </message>
    <message>
        <source>No token is saved for this account. Paste it again.</source>
        <translation>Aucun jeton n&apos;est enregistré pour ce compte. Collez-le de nouveau.</translation>
    </message>
    <message>
        <source>The saved token could not be read. %1 Paste it again.</source>
        <translation>Le jeton enregistré n&apos;a pas pu être lu. %1 Collez-le de nouveau.</translation>
    </message>
    <message>
        <source>Your personal organization. A personal token reaches every organization you belong to.</source>
        <translation>Votre organisation personnelle. Un jeton personnel donne accès à toutes les organisations dont vous êtes membre.</translation>
    </message>
    <message>
        <source>It belongs to %1.</source>
        <translation>Il appartient à %1.</translation>
    </message>
    <message>
        <source>Tick at least one organization to show.</source>
        <translation>Cochez au moins une organisation à afficher.</translation>
    </message>
</context>
<context>
    <name>hangar::gui::AccountNotices</name>
    <message>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
</context>
<context>
    <name>hangar::gui::AccountsDialog</name>
    <message>
        <source>token in the keychain</source>
        <translation>jeton dans le trousseau</translation>
    </message>
    <message>
        <source>token in memory until Hangar quits</source>
        <translation>jeton en mémoire jusqu&apos;à la fermeture de Hangar</translation>
    </message>
    <message>
        <source>no token saved</source>
        <translation>aucun jeton enregistré</translation>
    </message>
    <message>
        <source>keychain not available</source>
        <translation>trousseau indisponible</translation>
    </message>
    <message>
        <source>token not read yet</source>
        <translation>jeton pas encore lu</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Retirer…</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <source>Fly.io accounts Hangar shows side by side. Tokens stay in the system keychain.</source>
        <translation>Les comptes Fly.io que Hangar affiche côte à côte. Les jetons restent dans le trousseau du système.</translation>
    </message>
    <message>
        <source>all organizations</source>
        <translation>toutes les organisations</translation>
    </message>
    <message>
        <source>%1 — production</source>
        <translation>%1 — production</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation>Retirer le compte</translation>
    </message>
    <message>
        <source>Remove “%1” from Hangar?</source>
        <translation>Retirer «&#xa0;%1&#xa0;» de Hangar&#xa0;?</translation>
    </message>
    <message>
        <source>Its token is deleted from the system keychain. Nothing changes on Fly.io: its apps, machines and volumes stay as they are.</source>
        <translation>Son jeton est supprimé du trousseau du système. Rien ne change sur Fly.io&#xa0;: ses applications, machines et volumes restent tels quels.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
</context>
<context>
    <name>hangar::gui::ActivityDock</name>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Nothing running. Starts, stops, updates and copies show their progress here.</source>
        <translation>Aucune tâche en cours. Les démarrages, arrêts, mises à jour et copies affichent leur progression ici.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel the selected job</source>
        <translation>Annuler la tâche sélectionnée</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>Détails…</translation>
    </message>
    <message>
        <source>Show the steps and error details of the selected job</source>
        <translation>Afficher les étapes et le détail des erreurs de la tâche sélectionnée</translation>
    </message>
    <message>
        <source>Clear finished</source>
        <translation>Effacer les tâches terminées</translation>
    </message>
    <message>
        <source>Remove the jobs that have finished from the list</source>
        <translation>Retirer de la liste les tâches terminées</translation>
    </message>
</context>
<context>
    <name>hangar::gui::AppPanel</name>
    <message>
        <source>Machine</source>
        <translation>Machine</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>&amp;Machines</source>
        <translation>&amp;Machines</translation>
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
        <translation>Organisation %1 · statut %2</translation>
    </message>
    <message>
        <source>No machines yet. Machines you create in this app appear here.</source>
        <translation>Aucune machine pour l&apos;instant. Les machines que vous créez dans cette application apparaissent ici.</translation>
    </message>
    <message numerus="yes">
        <source>%n machine(s): %1</source>
        <translation>
            <numerusform>%n machine&#xa0;: %1</numerusform>
            <numerusform>%n machines&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n volume(s), %1 GB in all</source>
        <translation>
            <numerusform>%n volume, %1 Go au total</numerusform>
            <numerusform>%n volumes, %1 Go au total</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hangar::gui::ChecksEditor</name>
    <message>
        <source>Add chec&amp;k</source>
        <translation>Ajouter un &amp;contrôle</translation>
    </message>
    <message>
        <source>Remove check</source>
        <translation>Supprimer le contrôle</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Interval</source>
        <translation>Intervalle</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>Délai d&apos;expiration</translation>
    </message>
    <message>
        <source>Grace period</source>
        <translation>Délai de grâce</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Chemin</translation>
    </message>
    <message>
        <source>Health checks: type tcp (the port accepts connections) or http (GET of the path answers 2xx). Durations are like 15s, 1m or 500ms.</source>
        <translation>Contrôles de santé&#xa0;: type tcp (le port accepte les connexions) ou http (une requête GET sur le chemin renvoie 2xx). Les durées s&apos;écrivent sous la forme 15s, 1m ou 500ms.</translation>
    </message>
    <message>
        <source>Check %1 needs a name.</source>
        <translation>Le contrôle %1 doit avoir un nom.</translation>
    </message>
    <message>
        <source>Two checks are named “%1”.</source>
        <translation>Deux contrôles sont nommés «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Check %1: the type is tcp or http.</source>
        <translation>Contrôle %1&#xa0;: le type doit être tcp ou http.</translation>
    </message>
    <message>
        <source>Check %1: the port is a number from 1 to 65535.</source>
        <translation>Contrôle %1&#xa0;: le port doit être un nombre de 1 à 65535.</translation>
    </message>
    <message>
        <source>Check %1: “%2” is not a duration; write it like 15s, 1m30s or 500ms.</source>
        <translation>Contrôle %1&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas une durée&#xa0;; écrivez-la sous la forme 15s, 1m30s ou 500ms.</translation>
    </message>
    <message>
        <source>Check %1: an HTTP path starts with /.</source>
        <translation>Contrôle %1&#xa0;: un chemin HTTP commence par /.</translation>
    </message>
</context>
<context>
    <name>hangar::gui::ChecksSection</name>
    <message>
        <source>Health checks</source>
        <translation>Contrôles de santé</translation>
    </message>
</context>
<context>
    <name>hangar::gui::ColourChoice</name>
    <message>
        <source>Blue</source>
        <translation>Bleu</translation>
    </message>
    <message>
        <source>Teal</source>
        <translation>Bleu canard</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Vert</translation>
    </message>
    <message>
        <source>Purple</source>
        <translation>Violet</translation>
    </message>
    <message>
        <source>Pink</source>
        <translation>Rose</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>Orange</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Rouge</translation>
    </message>
    <message>
        <source>Grey</source>
        <translation>Gris</translation>
    </message>
</context>
<context>
    <name>hangar::gui::ConfigDiffView</name>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>Show only changes</source>
        <translation>Afficher uniquement les modifications</translation>
    </message>
    <message>
        <source>Old config</source>
        <translation>Ancienne configuration</translation>
    </message>
    <message>
        <source>New config</source>
        <translation>Nouvelle configuration</translation>
    </message>
    <message>
        <source>Hide unchanged lines, keeping the sections around each change</source>
        <translation>Masquer les lignes inchangées, en conservant les sections autour de chaque modification</translation>
    </message>
    <message>
        <source>Previous change (Alt+Up, Shift+F8)</source>
        <translation>Modification précédente (Alt+Haut, Maj+F8)</translation>
    </message>
    <message>
        <source>Previous change</source>
        <translation>Modification précédente</translation>
    </message>
    <message>
        <source>Next change (Alt+Down, F8)</source>
        <translation>Modification suivante (Alt+Bas, F8)</translation>
    </message>
    <message>
        <source>Next change</source>
        <translation>Modification suivante</translation>
    </message>
    <message>
        <source>No changes</source>
        <translation>Aucune modification</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n modification</numerusform>
            <numerusform>%n modifications</numerusform>
        </translation>
    </message>
    <message>
        <source>Change %1 of %2</source>
        <translation>Modification %1 sur %2</translation>
    </message>
</context>
<context>
    <name>hangar::gui::ConfigEditor</name>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>Ligne %1, colonne %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>The whole config as the Machines API sees it, including fields the form does not show. Edits here update the form.</source>
        <translation>La configuration complète telle que la voit l&apos;API Machines, y compris les champs que le formulaire n&apos;affiche pas. Les modifications faites ici mettent à jour le formulaire.</translation>
    </message>
    <message>
        <source>&amp;Form</source>
        <translation>&amp;Formulaire</translation>
    </message>
    <message>
        <source>&amp;JSON</source>
        <translation>&amp;JSON</translation>
    </message>
    <message>
        <source>The config must be a JSON object: { … }.</source>
        <translation>La configuration doit être un objet JSON&#xa0;: { … }.</translation>
    </message>
    <message>
        <source>Fly machines mount at most one volume; this config has %1. Keep one mount and add the other files as config files, or copy them into the mounted volume.</source>
        <translation>Les machines Fly montent au plus un volume&#xa0;; cette configuration en contient %1. Conservez un seul montage et ajoutez les autres fichiers comme fichiers de configuration, ou copiez-les dans le volume monté.</translation>
    </message>
    <message>
        <source>The JSON does not parse: %1</source>
        <translation>Le JSON ne peut pas être analysé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Valid config.</source>
        <translation>Configuration valide.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… et %n autre</numerusform>
            <numerusform>… et %n autres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to fix before applying:</source>
        <translation>
            <numerusform>%n problème à corriger avant d&apos;appliquer&#xa0;:</numerusform>
            <numerusform>%n problèmes à corriger avant d&apos;appliquer&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>The JSON is valid; see the problems above.</source>
        <translation>Le JSON est valide&#xa0;; consultez les problèmes ci-dessus.</translation>
    </message>
    <message>
        <source>Also in this config, kept as they are and editable in the JSON tab: %1.</source>
        <translation>Également présents dans cette configuration, conservés tels quels et modifiables dans l&apos;onglet JSON&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>hangar::gui::ConfigFileDialog</name>
    <message>
        <source>A &amp;local file</source>
        <translation>Un fichier &amp;local</translation>
    </message>
    <message>
        <source>&amp;Text typed here</source>
        <translation>Un &amp;texte saisi ici</translation>
    </message>
    <message>
        <source>An app &amp;secret</source>
        <translation>Un &amp;secret de l&apos;application</translation>
    </message>
    <message>
        <source>Config file</source>
        <translation>Fichier de configuration</translation>
    </message>
    <message>
        <source>Where the file is written inside the machine, each time it boots.</source>
        <translation>L&apos;emplacement où le fichier est écrit dans la machine, à chaque démarrage.</translation>
    </message>
    <message>
        <source>Permissions in octal, such as 0644 (readable by all) or 0600 (owner only).</source>
        <translation>Permissions en octal, par exemple 0644 (lisible par tous) ou 0600 (propriétaire uniquement).</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>The file&apos;s content</source>
        <translation>Le contenu du fichier</translation>
    </message>
    <message>
        <source>The secret&apos;s value becomes the file&apos;s content; it never appears in the machine config.</source>
        <translation>La valeur du secret devient le contenu du fichier&#xa0;; elle n&apos;apparaît jamais dans la configuration de la machine.</translation>
    </message>
    <message>
        <source>This app has no secrets yet.</source>
        <translation>Cette application n&apos;a pas encore de secret.</translation>
    </message>
    <message>
        <source>&amp;Path in the machine:</source>
        <translation>&amp;Chemin dans la machine&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>&amp;Mode&#xa0;:</translation>
    </message>
    <message>
        <source>Content from:</source>
        <translation>Source du contenu&#xa0;:</translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation>Aperçu&#xa0;:</translation>
    </message>
    <message>
        <source>Edit config file</source>
        <translation>Modifier le fichier de configuration</translation>
    </message>
    <message>
        <source>Say where the file goes in the machine, such as /etc/app/config.toml.</source>
        <translation>Indiquez où placer le fichier dans la machine, par exemple /etc/app/config.toml.</translation>
    </message>
    <message>
        <source>The path in the machine must be absolute (start with /).</source>
        <translation>Le chemin dans la machine doit être absolu (commencer par /).</translation>
    </message>
    <message>
        <source>The path names a directory; add the file&apos;s name.</source>
        <translation>Le chemin désigne un répertoire&#xa0;; ajoutez le nom du fichier.</translation>
    </message>
    <message>
        <source>Another config file is already written to %1.</source>
        <translation>Un autre fichier de configuration est déjà écrit dans %1.</translation>
    </message>
    <message>
        <source>The mode is an octal number such as 0644.</source>
        <translation>Le mode est un nombre octal tel que 0644.</translation>
    </message>
    <message>
        <source>Choose the local file to add.</source>
        <translation>Choisissez le fichier local à ajouter.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 n&apos;est pas un fichier.</translation>
    </message>
    <message>
        <source>%1 is %2; config files are limited to %3. Copy large files into a volume instead.</source>
        <translation>%1 fait %2&#xa0;; les fichiers de configuration sont limités à %3. Copiez plutôt les fichiers volumineux dans un volume.</translation>
    </message>
    <message>
        <source>The text is larger than %1.</source>
        <translation>Le texte dépasse %1.</translation>
    </message>
    <message>
        <source>Choose a secret.</source>
        <translation>Choisissez un secret.</translation>
    </message>
    <message>
        <source>The value of secret %1, written at boot.</source>
        <translation>La valeur du secret %1, écrite au démarrage.</translation>
    </message>
    <message>
        <source>Choose a file to add</source>
        <translation>Choisir un fichier à ajouter</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 grew past %2 while it was being read.</source>
        <translation>%1 a dépassé %2 pendant sa lecture.</translation>
    </message>
</context>
<context>
    <name>hangar::gui::ConfigHistoryWidget</name>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Restore this version…</source>
        <translation>Restaurer cette version…</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <source>Select one version to see what it changed, or two to compare them</source>
        <translation>Sélectionnez une version pour voir ce qu&apos;elle a modifié, ou deux pour les comparer</translation>
    </message>
    <message>
        <source>%1 (current)</source>
        <translation>%1 (actuelle)</translation>
    </message>
    <message>
        <source>First version</source>
        <translation>Première version</translation>
    </message>
    <message>
        <source>No config changes</source>
        <translation>Aucune modification de configuration</translation>
    </message>
    <message>
        <source>This is the config the machine runs now</source>
        <translation>C&apos;est la configuration que la machine exécute actuellement</translation>
    </message>
    <message>
        <source>Review going back to the selected version&apos;s config</source>
        <translation>Examiner le retour à la configuration de la version sélectionnée</translation>
    </message>
    <message>
        <source>No versions</source>
        <translation>Aucune version</translation>
    </message>
    <message>
        <source>Select one version to see what it changed, or two to compare them.</source>
        <translation>Sélectionnez une version pour voir ce qu&apos;elle a modifié, ou deux pour les comparer.</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Nothing before</source>
        <translation>Rien avant</translation>
    </message>
    <message>
        <source>Comparing version %1 with the newer %2.</source>
        <translation>Comparaison de la version %1 avec la version plus récente %2.</translation>
    </message>
    <message>
        <source>What version %1 changed.</source>
        <translation>Ce que la version %1 a modifié.</translation>
    </message>
    <message>
        <source>Version %1 is the first version.</source>
        <translation>La version %1 est la première version.</translation>
    </message>
</context>
<context>
    <name>hangar::gui::CopyProgressWidget</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Retry Failed Files</source>
        <translation>Réessayer les fichiers en échec</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation>Préparation…</translation>
    </message>
</context>
<context>
    <name>hangar::gui::CopyQuestionDialog</name>
    <message>
        <source>Start the machine?</source>
        <translation>Démarrer la machine&#xa0;?</translation>
    </message>
    <message>
        <source>File already exists</source>
        <translation>Le fichier existe déjà</translation>
    </message>
    <message>
        <source>Large file</source>
        <translation>Fichier volumineux</translation>
    </message>
    <message>
        <source>Symbolic links</source>
        <translation>Liens symboliques</translation>
    </message>
    <message numerus="yes">
        <source>Do this for the other %n file(s) too</source>
        <translation>
            <numerusform>Faire de même pour %n autre fichier</numerusform>
            <numerusform>Faire de même pour les %n autres fichiers</numerusform>
        </translation>
    </message>
    <message>
        <source>Start and Copy</source>
        <translation>Démarrer et copier</translation>
    </message>
    <message>
        <source>Don&apos;t Start</source>
        <translation>Ne pas démarrer</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Remplacer</translation>
    </message>
    <message>
        <source>Keep Both</source>
        <translation>Conserver les deux</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Follow Links</source>
        <translation>Suivre les liens</translation>
    </message>
    <message>
        <source>Leave Them Out</source>
        <translation>Les exclure</translation>
    </message>
</context>
<context>
    <name>hangar::gui::CreateMachineWizard</name>
    <message>
        <source>Use lowercase letters, digits and dashes (not at the start or end), up to 63 characters.</source>
        <translation>Utilisez des lettres minuscules, des chiffres et des tirets (ni au début ni à la fin), 63 caractères au maximum.</translation>
    </message>
    <message>
        <source>This app already has a machine called %1.</source>
        <translation>Cette application a déjà une machine nommée %1.</translation>
    </message>
    <message>
        <source>Create a machine in %1</source>
        <translation>Créer une machine dans %1</translation>
    </message>
    <message>
        <source>&amp;Create machine</source>
        <translation>&amp;Créer la machine</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>What the machine runs: an image from Docker Hub or another registry.</source>
        <translation>Ce que la machine exécute&#xa0;: une image de Docker Hub ou d&apos;un autre registre.</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>CPUs and memory. You can change this later; the machine restarts to take a new size.</source>
        <translation>CPU et mémoire. Vous pourrez les modifier plus tard&#xa0;; la machine redémarre pour adopter une nouvelle taille.</translation>
    </message>
    <message>
        <source>Services and ports</source>
        <translation>Services et ports</translation>
    </message>
    <message>
        <source>Which ports the Fly Proxy routes to the machine. Leave empty for a private machine.</source>
        <translation>Les ports que le Fly Proxy achemine vers la machine. Laissez vide pour une machine privée.</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Environnement</translation>
    </message>
    <message>
        <source>Variables the machine&apos;s processes see. Put passwords in app secrets instead.</source>
        <translation>Les variables que voient les processus de la machine. Placez plutôt les mots de passe dans les secrets de l&apos;application.</translation>
    </message>
    <message>
        <source>For example: %1</source>
        <translation>Par exemple&#xa0;: %1</translation>
    </message>
    <message>
        <source>Add a &amp;web service (ports 80 and 443 → 8080)</source>
        <translation>Ajouter un service &amp;web (ports 80 et 443 → 8080)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>How the machine is shown in Hangar and on Fly. Leave it empty and Fly picks a name.</source>
        <translation>Le nom sous lequel la machine apparaît dans Hangar et sur Fly. Laissez-le vide pour que Fly choisisse un nom.</translation>
    </message>
    <message>
        <source>Lowercase letters, digits and dashes, unique within the app.</source>
        <translation>Lettres minuscules, chiffres et tirets, unique au sein de l&apos;application.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Pick a region on the map or in the list.</source>
        <translation>Choisissez une région sur la carte ou dans la liste.</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Where the machine runs. Volumes live in one region, so a machine can only mount volumes of its own region.</source>
        <translation>L&apos;endroit où la machine s&apos;exécute. Un volume réside dans une seule région&#xa0;: une machine ne peut donc monter que des volumes de sa propre région.</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>Persistent storage that survives restarts and image updates. A machine mounts at most one volume.</source>
        <translation>Un stockage persistant qui survit aux redémarrages et aux mises à jour de l&apos;image. Une machine monte au plus un volume.</translation>
    </message>
    <message>
        <source>&amp;No volume</source>
        <translation>&amp;Aucun volume</translation>
    </message>
    <message>
        <source>Mount a free volume of this app</source>
        <translation>Monter un volume libre de cette application</translation>
    </message>
    <message>
        <source>Create a &amp;new volume</source>
        <translation>Créer un &amp;nouveau volume</translation>
    </message>
    <message>
        <source>Up to 30 lowercase letters, digits, dashes and underscores.</source>
        <translation>Jusqu&apos;à 30 lettres minuscules, chiffres, tirets et tirets bas.</translation>
    </message>
    <message>
        <source> GB</source>
        <translation> Go</translation>
    </message>
    <message>
        <source>Encrypted at rest</source>
        <translation>Chiffré au repos</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>N&amp;om&#xa0;:</translation>
    </message>
    <message>
        <source>Si&amp;ze:</source>
        <translation>Tai&amp;lle&#xa0;:</translation>
    </message>
    <message>
        <source>Mount &amp;path:</source>
        <translation>Chemin de &amp;montage&#xa0;:</translation>
    </message>
    <message>
        <source>Pick the volume to mount, or choose another option.</source>
        <translation>Choisissez le volume à monter, ou une autre option.</translation>
    </message>
    <message>
        <source>Name the new volume.</source>
        <translation>Nommez le nouveau volume.</translation>
    </message>
    <message>
        <source>A volume name has up to 30 lowercase letters, digits, dashes and underscores.</source>
        <translation>Un nom de volume comporte jusqu&apos;à 30 lettres minuscules, chiffres, tirets et tirets bas.</translation>
    </message>
    <message>
        <source>The mount path must be an absolute directory such as /data.</source>
        <translation>Le chemin de montage doit être un répertoire absolu tel que /data.</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Récapitulatif</translation>
    </message>
    <message>
        <source>This is what will be sent to Fly. Nothing is created until you press Create machine.</source>
        <translation>Voici ce qui sera envoyé à Fly. Rien n&apos;est créé tant que vous n&apos;avez pas cliqué sur Créer la machine.</translation>
    </message>
    <message numerus="yes">
        <source>Creates %1 in %2 from %3, %4 CPU(s) and %5 MB.</source>
        <translation>
            <numerusform>Crée %1 dans %2 à partir de %3, avec %4 CPU et %5 Mo.</numerusform>
            <numerusform>Crée %1 dans %2 à partir de %3, avec %4 CPU et %5 Mo.</numerusform>
        </translation>
    </message>
    <message>
        <source>a machine</source>
        <translation>une machine</translation>
    </message>
    <message>
        <source>First creates volume %1 (%2 GB), mounted at %3.</source>
        <translation>Crée d&apos;abord le volume %1 (%2 Go), monté sur %3.</translation>
    </message>
    <message>
        <source>First forks the original&apos;s volume into %1, mounted at %2.</source>
        <translation>Duplique d&apos;abord le volume de l&apos;original en %1, monté sur %2.</translation>
    </message>
    <message>
        <source>Mounts volume %1 at %2.</source>
        <translation>Monte le volume %1 sur %2.</translation>
    </message>
    <message>
        <source>Clone %1</source>
        <translation>Cloner %1</translation>
    </message>
    <message>
        <source>&amp;Fork %1 (a copy of its data) into a new volume</source>
        <translation>&amp;Dupliquer %1 (une copie de ses données) dans un nouveau volume</translation>
    </message>
    <message>
        <source>Create a &amp;fresh, empty volume</source>
        <translation>Créer un volume neuf et &amp;vide</translation>
    </message>
</context>
<context>
    <name>hangar::gui::CreateVolumeDialog</name>
    <message>
        <source>Create Volume</source>
        <translation>Créer un volume</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Créer</translation>
    </message>
    <message>
        <source>The snapshots could not be loaded: %1</source>
        <translation>Les instantanés n&apos;ont pas pu être chargés&#xa0;: %1</translation>
    </message>
    <message>
        <source>A volume is persistent storage on one host in one region. Create it first, then a machine in the same region that mounts it; a machine mounts one volume at a time.</source>
        <translation>Un volume est un stockage persistant situé sur un hôte, dans une région. Créez-le d&apos;abord, puis une machine qui le monte dans la même région&#xa0;; une machine monte un seul volume à la fois.</translation>
    </message>
    <message>
        <source>e.g. nginx-data</source>
        <translation>p. ex. nginx-data</translation>
    </message>
    <message>
        <source>Up to 30 lowercase letters, digits, dashes and underscores. Machines refer to the volume by its ID; several volumes may share a name.</source>
        <translation>Jusqu&apos;à 30 lettres minuscules, chiffres, tirets et tirets bas. Les machines désignent le volume par son ID&#xa0;; plusieurs volumes peuvent porter le même nom.</translation>
    </message>
    <message>
        <source>Where the volume lives. A machine must be in the same region (and on the same host) to mount it.</source>
        <translation>L&apos;endroit où réside le volume. Une machine doit se trouver dans la même région (et sur le même hôte) pour le monter.</translation>
    </message>
    <message>
        <source> GB</source>
        <translation> Go</translation>
    </message>
    <message>
        <source>From %1 to %2 GB. A volume can be extended later, but never shrunk.</source>
        <translation>De %1 à %2 Go. Un volume peut être agrandi plus tard, mais jamais réduit.</translation>
    </message>
    <message>
        <source>%1 to %2 GB; it can grow later, never shrink</source>
        <translation>De %1 à %2 Go&#xa0;; il pourra grandir plus tard, jamais rétrécir</translation>
    </message>
    <message>
        <source>&amp;Empty volume</source>
        <translation>Volume &amp;vide</translation>
    </message>
    <message>
        <source>Restore from a &amp;snapshot:</source>
        <translation>Restaurer depuis un &amp;instantané&#xa0;:</translation>
    </message>
    <message>
        <source>Snapshots of this app&apos;s volumes, newest first. The new volume must be at least as large as the volume the snapshot was taken from.</source>
        <translation>Instantanés des volumes de cette application, du plus récent au plus ancien. Le nouveau volume doit être au moins aussi grand que le volume d&apos;origine de l&apos;instantané.</translation>
    </message>
    <message>
        <source>Encr&amp;ypt the contents</source>
        <translation>Chi&amp;ffrer le contenu</translation>
    </message>
    <message>
        <source>Recommended. Encryption cannot be turned on or off later.</source>
        <translation>Recommandé. Le chiffrement ne pourra pas être activé ni désactivé plus tard.</translation>
    </message>
    <message>
        <source>Put it on a different &amp;host than volumes with this name</source>
        <translation>Le placer sur un &amp;hôte différent des volumes portant ce nom</translation>
    </message>
    <message>
        <source>Recommended: volumes of one name on one host fail together. Creating fails when the region has no such host left; clear this to allow sharing one.</source>
        <translation>Recommandé&#xa0;: des volumes de même nom sur un même hôte tombent en panne ensemble. La création échoue si la région n&apos;a plus d&apos;hôte de ce type&#xa0;; décochez cette option pour autoriser le partage d&apos;un hôte.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Région&#xa0;:</translation>
    </message>
    <message>
        <source>Si&amp;ze:</source>
        <translation>Tai&amp;lle&#xa0;:</translation>
    </message>
    <message>
        <source>Contents:</source>
        <translation>Contenu&#xa0;:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Options&#xa0;:</translation>
    </message>
    <message>
        <source>Loading regions…</source>
        <translation>Chargement des régions…</translation>
    </message>
    <message>
        <source>The regions could not be loaded: %1</source>
        <translation>Les régions n&apos;ont pas pu être chargées&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Fork Volume %1</source>
        <translation>Dupliquer le volume %1</translation>
    </message>
    <message>
        <source>&amp;Fork</source>
        <translation>&amp;Dupliquer</translation>
    </message>
    <message>
        <source>Forking copies a volume to a new one, in this region or another. The copy can be mounted at once; its data arrives in the background.</source>
        <translation>La duplication copie un volume vers un nouveau volume, dans cette région ou une autre. La copie peut être montée immédiatement&#xa0;; ses données arrivent en arrière-plan.</translation>
    </message>
    <message numerus="yes">
        <source>A copy of %1 (%2, %n GB in %3)</source>
        <translation>
            <numerusform>Une copie de %1 (%2, %n Go dans %3)</numerusform>
            <numerusform>Une copie de %1 (%2, %n Go dans %3)</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore Snapshot</source>
        <translation>Restaurer un instantané</translation>
    </message>
    <message>
        <source>Creates a new volume holding the contents of a snapshot of %1. The volume the snapshot was taken from is not changed.</source>
        <translation>Crée un nouveau volume contenant les données d&apos;un instantané de %1. Le volume d&apos;origine de l&apos;instantané n&apos;est pas modifié.</translation>
    </message>
    <message>
        <source>Loading snapshots…</source>
        <translation>Chargement des instantanés…</translation>
    </message>
    <message numerus="yes">
        <source>%1 — from %2 (%n GB)</source>
        <translation>
            <numerusform>%1 — de %2 (%n Go)</numerusform>
            <numerusform>%1 — de %2 (%n Go)</numerusform>
        </translation>
    </message>
    <message>
        <source>Snapshot %1 of volume %2</source>
        <translation>Instantané %1 du volume %2</translation>
    </message>
    <message>
        <source>Choose a region.</source>
        <translation>Choisissez une région.</translation>
    </message>
    <message>
        <source>Choose a snapshot.</source>
        <translation>Choisissez un instantané.</translation>
    </message>
    <message>
        <source>No volume of this app has a snapshot yet.</source>
        <translation>Aucun volume de cette application n&apos;a encore d&apos;instantané.</translation>
    </message>
    <message>
        <source>This volume has no snapshots yet.</source>
        <translation>Ce volume n&apos;a pas encore d&apos;instantané.</translation>
    </message>
    <message>
        <source>&amp;Map…</source>
        <translation>&amp;Carte…</translation>
    </message>
    <message>
        <source>Choose the region on a world map</source>
        <translation>Choisir la région sur une carte du monde</translation>
    </message>
</context>
<context>
    <name>hangar::gui::DestroyDialog</name>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Destroy</source>
        <translation>Détruire</translation>
    </message>
    <message>
        <source>Destroy app %1</source>
        <translation>Détruire l&apos;application %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; and everything in it will be destroyed: its machines, its volumes and the files on them, its secrets and its addresses. This cannot be undone.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; et tout son contenu seront détruits&#xa0;: ses machines, ses volumes et les fichiers qu&apos;ils contiennent, ses secrets et ses adresses. Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Destroy machine %1</source>
        <translation>Détruire la machine %1</translation>
    </message>
    <message>
        <source>Destroy volume %1</source>
        <translation>Détruire le volume %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; will be destroyed: the machine and its root file system are deleted. Its volume, if it has one, is kept. This cannot be undone.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; sera détruite&#xa0;: la machine et son système de fichiers racine seront supprimés. Son volume, si elle en a un, sera conservé. Cette action est irréversible.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; and every file on it will be destroyed. Snapshots are kept for their retention period. This cannot be undone.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; et tous les fichiers qu&apos;il contient seront détruits. Les instantanés sont conservés pendant leur durée de rétention. Cette action est irréversible.</translation>
    </message>
    <message numerus="yes">
        <source>Destroy %n app(s)</source>
        <translation>
            <numerusform>Détruire %n application</numerusform>
            <numerusform>Détruire %n applications</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Destroy %n machine(s)</source>
        <translation>
            <numerusform>Détruire %n machine</numerusform>
            <numerusform>Détruire %n machines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Destroy %n volume(s)</source>
        <translation>
            <numerusform>Détruire %n volume</numerusform>
            <numerusform>Détruire %n volumes</numerusform>
        </translation>
    </message>
    <message>
        <source>These will be destroyed, which cannot be undone:&lt;br&gt;&lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Les éléments suivants seront détruits, ce qui est irréversible&#xa0;:&lt;br&gt;&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Without this, a running machine is stopped cleanly first.</source>
        <translation>Sans cette option, une machine en cours d&apos;exécution est d&apos;abord arrêtée proprement.</translation>
    </message>
    <message numerus="yes">
        <source>Stop %n machine(s)</source>
        <translation>
            <numerusform>Arrêter %n machine</numerusform>
            <numerusform>Arrêter %n machines</numerusform>
        </translation>
    </message>
    <message>
        <source>These machines will stop, and whatever they serve stops with them:&lt;br&gt;&lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Ces machines vont s&apos;arrêter, et tout ce qu&apos;elles servent s&apos;arrêtera avec elles&#xa0;:&lt;br&gt;&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Type &lt;b&gt;%1&lt;/b&gt; to confirm:</source>
        <translation>Saisissez &lt;b&gt;%1&lt;/b&gt; pour confirmer&#xa0;:</translation>
    </message>
    <message>
        <source>Type the number of items, &lt;b&gt;%1&lt;/b&gt;, to confirm:</source>
        <translation>Saisissez le nombre d&apos;éléments, &lt;b&gt;%1&lt;/b&gt;, pour confirmer&#xa0;:</translation>
    </message>
    <message>
        <source>Type the app&apos;s name, &lt;b&gt;%1&lt;/b&gt;, to confirm:</source>
        <translation>Saisissez le nom de l&apos;application, &lt;b&gt;%1&lt;/b&gt;, pour confirmer&#xa0;:</translation>
    </message>
    <message>
        <source>Type the account&apos;s name, &lt;b&gt;%1&lt;/b&gt;, to confirm:</source>
        <translation>Saisissez le nom du compte, &lt;b&gt;%1&lt;/b&gt;, pour confirmer&#xa0;:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Production:&lt;/b&gt; %1 is a production account.</source>
        <translation>&lt;b&gt;Production&#xa0;:&lt;/b&gt; %1 est un compte de production.</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Redémarrer</translation>
    </message>
    <message>
        <source>Suspend</source>
        <translation>Suspendre</translation>
    </message>
    <message numerus="yes">
        <source>Restart %n machine(s)</source>
        <translation>
            <numerusform>Redémarrer %n machine</numerusform>
            <numerusform>Redémarrer %n machines</numerusform>
        </translation>
    </message>
    <message>
        <source>These machines will restart, and whatever they serve is interrupted until they are back:&lt;br&gt;&lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Ces machines vont redémarrer, et ce qu’elles servent est interrompu jusqu’à leur retour :&lt;br&gt;&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <source>Suspend %n machine(s)</source>
        <translation>
            <numerusform>Suspendre %n machine</numerusform>
            <numerusform>Suspendre %n machines</numerusform>
        </translation>
    </message>
    <message>
        <source>These machines will be suspended, and whatever they serve pauses with them:&lt;br&gt;&lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Ces machines vont être suspendues, et ce qu’elles servent se met en pause avec elles :&lt;br&gt;&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>hangar::gui::DiffPane</name>
    <message numerus="yes">
        <source>⋯ %n unchanged line(s)</source>
        <translation>
            <numerusform>⋯ %n ligne inchangée</numerusform>
            <numerusform>⋯ %n lignes inchangées</numerusform>
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
        <translation>Ne pas enregistrer dans le DNS privé de l&apos;application</translation>
    </message>
    <message>
        <source>the machine ID</source>
        <translation>l&apos;ID de la machine</translation>
    </message>
    <message>
        <source>The machine&apos;s hostname as its processes see it.</source>
        <translation>Le nom d&apos;hôte de la machine tel que le voient ses processus.</translation>
    </message>
    <message>
        <source>Fly&apos;s resolver</source>
        <translation>Le résolveur de Fly</translation>
    </message>
    <message>
        <source>IP addresses of resolvers, separated by commas.</source>
        <translation>Adresses IP des résolveurs, séparées par des virgules.</translation>
    </message>
    <message>
        <source>Search domains, separated by commas.</source>
        <translation>Domaines de recherche, séparés par des virgules.</translation>
    </message>
    <message>
        <source>Other machines of the app then cannot find this one by &lt;app&gt;.internal names.</source>
        <translation>Les autres machines de l&apos;application ne peuvent alors plus trouver celle-ci par les noms &lt;app&gt;.internal.</translation>
    </message>
    <message>
        <source>Host&amp;name:</source>
        <translation>Nom d&apos;&amp;hôte&#xa0;:</translation>
    </message>
    <message>
        <source>Name&amp;servers:</source>
        <translation>&amp;Serveurs de noms&#xa0;:</translation>
    </message>
    <message>
        <source>Search &amp;domains:</source>
        <translation>&amp;Domaines de recherche&#xa0;:</translation>
    </message>
    <message>
        <source>“%1” is not an IP address.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse IP.</translation>
    </message>
    <message>
        <source>“%1” is not a valid hostname: use letters, digits and hyphens, in dot-separated parts.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nom d&apos;hôte valide&#xa0;: utilisez des lettres, des chiffres et des traits d&apos;union, en parties séparées par des points.</translation>
    </message>
    <message>
        <source>“%1” is not a valid search domain.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un domaine de recherche valide.</translation>
    </message>
</context>
<context>
    <name>hangar::gui::ExtendVolumeDialog</name>
    <message>
        <source>Extend Volume %1</source>
        <translation>Agrandir le volume %1</translation>
    </message>
    <message>
        <source>E&amp;xtend</source>
        <translation>&amp;Agrandir</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; (%2) in %3 has %n GB.</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; (%2) dans %3 fait %n Go.</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; (%2) dans %3 fait %n Go.</numerusform>
        </translation>
    </message>
    <message>
        <source>It is mounted by machine %1. The volume grows while in use; if the machine is running it may have to restart to see the new space, and Hangar will say so.</source>
        <translation>Il est monté par la machine %1. Le volume s&apos;agrandit en cours d&apos;utilisation&#xa0;; si la machine est en cours d&apos;exécution, elle devra peut-être redémarrer pour voir le nouvel espace, et Hangar vous le signalera.</translation>
    </message>
    <message>
        <source>It is not attached to a machine: the next machine that mounts it sees the new size.</source>
        <translation>Il n&apos;est attaché à aucune machine&#xa0;: la prochaine machine qui le montera verra la nouvelle taille.</translation>
    </message>
    <message>
        <source> GB</source>
        <translation> Go</translation>
    </message>
    <message>
        <source>The new total size, larger than now and at most %1 GB. Volumes cannot shrink.</source>
        <translation>La nouvelle taille totale, supérieure à l&apos;actuelle et de %1 Go au maximum. Un volume ne peut pas rétrécir.</translation>
    </message>
    <message>
        <source>&amp;New size:</source>
        <translation>&amp;Nouvelle taille&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>%n GB more</source>
        <translation>
            <numerusform>%n Go de plus</numerusform>
            <numerusform>%n Go de plus</numerusform>
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
        <translation>estimation du temps restant</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s) left</source>
        <translation>
            <numerusform>%n seconde restante</numerusform>
            <numerusform>%n secondes restantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) left</source>
        <translation>
            <numerusform>%n minute restante</numerusform>
            <numerusform>%n minutes restantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) left</source>
        <translation>
            <numerusform>%n heure restante</numerusform>
            <numerusform>%n heures restantes</numerusform>
        </translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>%1 file</source>
        <translation>Fichier %1</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
</context>
<context>
    <name>hangar::gui::FilesSection</name>
    <message>
        <source>Config files</source>
        <translation>Fichiers de configuration</translation>
    </message>
    <message>
        <source>&amp;Add file…</source>
        <translation>&amp;Ajouter un fichier…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Remove file</source>
        <translation>Supprimer le fichier</translation>
    </message>
    <message>
        <source>Path in the machine</source>
        <translation>Chemin dans la machine</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Files written into the machine each time it boots, from text, a local file or an app secret. Good for small configuration such as nginx.conf.</source>
        <translation>Fichiers écrits dans la machine à chaque démarrage, à partir d&apos;un texte, d&apos;un fichier local ou d&apos;un secret de l&apos;application. Idéal pour une petite configuration comme nginx.conf.</translation>
    </message>
    <message>
        <source>Config file “%1”: the path must be absolute.</source>
        <translation>Fichier de configuration «&#xa0;%1&#xa0;»&#xa0;: le chemin doit être absolu.</translation>
    </message>
    <message>
        <source>Two config files are written to %1.</source>
        <translation>Deux fichiers de configuration sont écrits dans %1.</translation>
    </message>
    <message>
        <source>Add config file</source>
        <translation>Ajouter un fichier de configuration</translation>
    </message>
    <message>
        <source>No config files. Add one to write a file such as nginx.conf into the machine when it boots.</source>
        <translation>Aucun fichier de configuration. Ajoutez-en un pour écrire un fichier tel que nginx.conf dans la machine à son démarrage.</translation>
    </message>
    <message>
        <source>Written from the value of secret %1 (not shown).</source>
        <translation>Écrit à partir de la valeur du secret %1 (non affichée).</translation>
    </message>
    <message>
        <source>Written from the config of image %1.</source>
        <translation>Écrit à partir de la configuration de l&apos;image %1.</translation>
    </message>
</context>
<context>
    <name>hangar::gui::FleetActions</name>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Démarrer</translation>
    </message>
    <message>
        <source>Start the selected machines</source>
        <translation>Démarrer les machines sélectionnées</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <source>Stop the selected machines cleanly</source>
        <translation>Arrêter proprement les machines sélectionnées</translation>
    </message>
    <message>
        <source>&amp;Restart</source>
        <translation>&amp;Redémarrer</translation>
    </message>
    <message>
        <source>Restart the selected machines</source>
        <translation>Redémarrer les machines sélectionnées</translation>
    </message>
    <message>
        <source>Sus&amp;pend</source>
        <translation>&amp;Suspendre</translation>
    </message>
    <message>
        <source>Suspend the selected machines: they resume quickly with their memory</source>
        <translation>Suspendre les machines sélectionnées&#xa0;: elles reprennent rapidement avec leur mémoire</translation>
    </message>
    <message>
        <source>&amp;Cordon</source>
        <translation>&amp;Isoler</translation>
    </message>
    <message>
        <source>Stop routing traffic to the selected machines</source>
        <translation>Ne plus acheminer de trafic vers les machines sélectionnées</translation>
    </message>
    <message>
        <source>&amp;Uncordon</source>
        <translation>&amp;Lever l&apos;isolement</translation>
    </message>
    <message>
        <source>Route traffic to the selected machines again</source>
        <translation>Acheminer de nouveau le trafic vers les machines sélectionnées</translation>
    </message>
    <message>
        <source>&amp;Destroy…</source>
        <translation>D&amp;étruire…</translation>
    </message>
    <message>
        <source>Destroy the selected machines (asks first)</source>
        <translation>Détruire les machines sélectionnées (avec confirmation)</translation>
    </message>
    <message>
        <source>Cordon %1</source>
        <translation>Isoler %1</translation>
    </message>
    <message>
        <source>Uncordon %1</source>
        <translation>Lever l&apos;isolement de %1</translation>
    </message>
    <message numerus="yes">
        <source>Cordon %n machine(s)</source>
        <translation>
            <numerusform>Isoler %n machine</numerusform>
            <numerusform>Isoler %n machines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Uncordon %n machine(s)</source>
        <translation>
            <numerusform>Lever l&apos;isolement de %n machine</numerusform>
            <numerusform>Lever l&apos;isolement de %n machines</numerusform>
        </translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
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
        <translation>L&apos;image de conteneur à exécuter&#xa0;: un nom Docker Hub tel que nginx:1.27, ou une référence complète telle que registry.fly.io/my-app:deployment-01H…</translation>
    </message>
    <message>
        <source>&amp;Image:</source>
        <translation>&amp;Image&#xa0;:</translation>
    </message>
    <message>
        <source>Running now: %1</source>
        <translation>En cours d&apos;exécution&#xa0;: %1</translation>
    </message>
    <message>
        <source>An image is required, for example nginx:latest.</source>
        <translation>Une image est requise, par exemple nginx:latest.</translation>
    </message>
    <message>
        <source>An image reference has no spaces.</source>
        <translation>Une référence d&apos;image ne contient pas d&apos;espaces.</translation>
    </message>
</context>
<context>
    <name>hangar::gui::JobDetailsDialog</name>
    <message>
        <source>Waiting to start</source>
        <translation>En attente de démarrage</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Activity details</source>
        <translation>Détails de l&apos;activité</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy the details, including the request id, to the clipboard</source>
        <translation>Copier les détails, y compris l&apos;identifiant de la requête, dans le presse-papiers</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <translation>%1 — %2&#xa0;: %3</translation>
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
        <translation>Le compte a été retiré pendant que cette fenêtre était ouverte&#xa0;; plus rien ne peut être fait pour lui.</translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <source>Cancelled before it finished. Nothing you entered was lost.</source>
        <translation>Annulé avant la fin. Rien de ce que vous avez saisi n&apos;a été perdu.</translation>
    </message>
</context>
<context>
    <name>hangar::gui::JobItemDelegate</name>
    <message>
        <source>Waiting to start</source>
        <translation>En attente de démarrage</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Échec&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Started at %1</source>
        <translation>Démarré à %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>Détails…</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1&#xa0;%</translation>
    </message>
</context>
<context>
    <name>hangar::gui::KeyValueSection</name>
    <message>
        <source>Environment</source>
        <translation>Environnement</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>Métadonnées</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Environment variables the machine&apos;s processes see. Names must be unique; keep passwords and keys in app secrets instead.</source>
        <translation>Les variables d&apos;environnement que voient les processus de la machine. Les noms doivent être uniques&#xa0;; conservez plutôt les mots de passe et les clés dans les secrets de l&apos;application.</translation>
    </message>
    <message>
        <source>Key/value labels on the machine, such as fly_process_group. Keys must be unique.</source>
        <translation>Étiquettes clé/valeur de la machine, comme fly_process_group. Les clés doivent être uniques.</translation>
    </message>
    <message>
        <source>Add &amp;variable</source>
        <translation>Ajouter une &amp;variable</translation>
    </message>
    <message>
        <source>Add &amp;label</source>
        <translation>Ajouter une &amp;étiquette</translation>
    </message>
    <message>
        <source>variable</source>
        <translation>variable</translation>
    </message>
    <message>
        <source>label</source>
        <translation>étiquette</translation>
    </message>
    <message>
        <source>Row %1 is empty: give the %2 a name or remove the row.</source>
        <translation>La ligne %1 est vide&#xa0;: donnez un nom à la %2 ou supprimez la ligne.</translation>
    </message>
    <message>
        <source>Row %1 has a value but no name.</source>
        <translation>La ligne %1 a une valeur mais pas de nom.</translation>
    </message>
    <message>
        <source>“%1” is set twice; each name can appear once.</source>
        <translation>«&#xa0;%1&#xa0;» est défini deux fois&#xa0;; chaque nom ne peut apparaître qu&apos;une fois.</translation>
    </message>
    <message>
        <source>“%1” is not a usable variable name: use letters, digits and _, not starting with a digit.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nom de variable utilisable&#xa0;: utilisez des lettres, des chiffres et _, sans commencer par un chiffre.</translation>
    </message>
</context>
<context>
    <name>hangar::gui::ListPanel</name>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
</context>
<context>
    <name>hangar::gui::MachineConfigTab</name>
    <message>
        <source>&amp;Discard changes</source>
        <translation>A&amp;bandonner les modifications</translation>
    </message>
    <message>
        <source>&amp;Review and apply…</source>
        <translation>&amp;Vérifier et appliquer…</translation>
    </message>
    <message>
        <source>Forget the edits and show the machine&apos;s config as it is.</source>
        <translation>Oublier les modifications et afficher la configuration actuelle de la machine.</translation>
    </message>
    <message>
        <source>See every change side by side before anything is sent.</source>
        <translation>Voir chaque modification côte à côte avant tout envoi.</translation>
    </message>
    <message>
        <source>Applying…</source>
        <translation>Application…</translation>
    </message>
    <message>
        <source>No changes.</source>
        <translation>Aucune modification.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to fix before this can be applied.</source>
        <translation>
            <numerusform>%n problème à corriger avant de pouvoir appliquer.</numerusform>
            <numerusform>%n problèmes à corriger avant de pouvoir appliquer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved changes, started from an older version of the config; the review will offer to re-apply them onto the current one.</source>
        <translation>Modifications non appliquées, commencées à partir d&apos;une ancienne version de la configuration&#xa0;; la vérification proposera de les réappliquer sur la version actuelle.</translation>
    </message>
    <message>
        <source>Unsaved changes, kept until you apply or discard them.</source>
        <translation>Modifications non appliquées, conservées jusqu&apos;à ce que vous les appliquiez ou les abandonniez.</translation>
    </message>
    <message>
        <source>Apply config to %1</source>
        <translation>Appliquer la configuration à %1</translation>
    </message>
    <message>
        <source>%1 runs the new config</source>
        <translation>%1 exécute la nouvelle configuration</translation>
    </message>
    <message>
        <source>Applied at %1: %2 runs version %3.</source>
        <translation>Appliquée à %1&#xa0;: %2 exécute la version %3.</translation>
    </message>
    <message>
        <source>Apply cancelled; your changes are kept.</source>
        <translation>Application annulée&#xa0;; vos modifications sont conservées.</translation>
    </message>
    <message>
        <source>Could not apply: %1 Your changes are kept.</source>
        <translation>Impossible d&apos;appliquer&#xa0;: %1 Vos modifications sont conservées.</translation>
    </message>
    <message>
        <source>Someone changed %1 meanwhile; loading their version…</source>
        <translation>Quelqu&apos;un a modifié %1 entre-temps&#xa0;; chargement de sa version…</translation>
    </message>
    <message>
        <source>Someone changed %1 meanwhile, and reading the new config failed: %2 Your changes are kept.</source>
        <translation>Quelqu&apos;un a modifié %1 entre-temps, et la lecture de la nouvelle configuration a échoué&#xa0;: %2 Vos modifications sont conservées.</translation>
    </message>
    <message>
        <source>Your changes were discarded; this is the config %1 runs now.</source>
        <translation>Vos modifications ont été abandonnées&#xa0;; voici la configuration que %1 exécute actuellement.</translation>
    </message>
    <message>
        <source>Not applied: the machine changed meanwhile. Your changes are kept; review again to re-apply them.</source>
        <translation>Non appliquée&#xa0;: la machine a changé entre-temps. Vos modifications sont conservées&#xa0;; vérifiez-les de nouveau pour les réappliquer.</translation>
    </message>
</context>
<context>
    <name>hangar::gui::MachineCreation</name>
    <message>
        <source>New &amp;app…</source>
        <translation>Nouvelle &amp;application…</translation>
    </message>
    <message>
        <source>&amp;New machine…</source>
        <translation>&amp;Nouvelle machine…</translation>
    </message>
    <message>
        <source>C&amp;lone machine…</source>
        <translation>C&amp;loner la machine…</translation>
    </message>
    <message>
        <source>New machine</source>
        <translation>Nouvelle machine</translation>
    </message>
    <message>
        <source>Create an app in this account</source>
        <translation>Créer une application dans ce compte</translation>
    </message>
    <message>
        <source>Select an account to create an app in it</source>
        <translation>Sélectionnez un compte pour y créer une application</translation>
    </message>
    <message>
        <source>Create a machine in %1 (Ctrl+N)</source>
        <translation>Créer une machine dans %1 (Ctrl+N)</translation>
    </message>
    <message>
        <source>Select an app to create a machine in it</source>
        <translation>Sélectionnez une application pour y créer une machine</translation>
    </message>
    <message>
        <source>A new machine with this one&apos;s config, in any region</source>
        <translation>Une nouvelle machine avec la configuration de celle-ci, dans n&apos;importe quelle région</translation>
    </message>
    <message>
        <source>Select a machine to clone it</source>
        <translation>Sélectionnez une machine pour la cloner</translation>
    </message>
</context>
<context>
    <name>hangar::gui::MachineFileDrop</name>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is too large for a machine&apos;s config; copy it into a volume instead.</source>
        <translation>%1 est trop volumineux pour la configuration d&apos;une machine&#xa0;; copiez-le plutôt dans un volume.</translation>
    </message>
    <message>
        <source>Drop a single file to add it to the machine&apos;s config.</source>
        <translation>Déposez un seul fichier pour l&apos;ajouter à la configuration de la machine.</translation>
    </message>
    <message>
        <source>Add as Config File</source>
        <translation>Ajouter comme fichier de configuration</translation>
    </message>
    <message>
        <source>Where should %1 appear inside %2?</source>
        <translation>Où %1 doit-il apparaître dans %2&#xa0;?</translation>
    </message>
</context>
<context>
    <name>hangar::gui::MachineHistoryTab</name>
    <message>
        <source>Re&amp;load</source>
        <translation>Re&amp;charger</translation>
    </message>
    <message>
        <source>Loading the versions…</source>
        <translation>Chargement des versions…</translation>
    </message>
    <message>
        <source>Could not load the history: %1</source>
        <translation>Impossible de charger l&apos;historique&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n version(s). Select two to compare them.</source>
        <translation>
            <numerusform>%n version. Sélectionnez-en deux pour les comparer.</numerusform>
            <numerusform>%n versions. Sélectionnez-en deux pour les comparer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hangar::gui::MachinePanel</name>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>No health checks are configured for this machine.</source>
        <translation>Aucun contrôle de santé n&apos;est configuré pour cette machine.</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Contrôles</translation>
    </message>
    <message>
        <source>Checks (%1)</source>
        <translation>Contrôles (%1)</translation>
    </message>
    <message>
        <source>No metadata.</source>
        <translation>Aucune métadonnée.</translation>
    </message>
</context>
<context>
    <name>hangar::gui::MainWindow</name>
    <message>
        <source>&amp;Config</source>
        <translation>&amp;Configuration</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <source>&amp;Files</source>
        <translation>F&amp;ichiers</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Refresh everything now (F5)</source>
        <translation>Tout actualiser maintenant (F5)</translation>
    </message>
    <message>
        <source>&amp;Filter</source>
        <translation>&amp;Filtrer</translation>
    </message>
    <message>
        <source>Re&amp;gions</source>
        <translation>Ré&amp;gions</translation>
    </message>
    <message>
        <source>Where your machines and volumes are (Ctrl+R)</source>
        <translation>Où se trouvent vos machines et vos volumes (Ctrl+R)</translation>
    </message>
    <message>
        <source>Group by &amp;region first</source>
        <translation>Grouper d&apos;abord par &amp;région</translation>
    </message>
    <message>
        <source>Reset sandbox…</source>
        <translation>Réinitialiser le bac à sable…</translation>
    </message>
    <message>
        <source>Reset the sandbox</source>
        <translation>Réinitialiser le bac à sable</translation>
    </message>
    <message>
        <source>Throw away everything you did in the sandbox and start again with the demo fleet?</source>
        <translation>Effacer tout ce que vous avez fait dans le bac à sable et recommencer avec la flotte de démonstration&#xa0;?</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Réinitialiser</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Connect to Fly.io…</source>
        <translation>&amp;Se connecter à Fly.io…</translation>
    </message>
    <message>
        <source>&amp;Accounts…</source>
        <translation>&amp;Comptes…</translation>
    </message>
    <message>
        <source>Open the &amp;sandbox</source>
        <translation>Ouvrir le &amp;bac à sable</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>V&amp;olume</source>
        <translation>&amp;Volume</translation>
    </message>
    <message>
        <source>&amp;Machine</source>
        <translation>&amp;Machine</translation>
    </message>
    <message>
        <source>Select an app, a machine or a volume in the tree.</source>
        <translation>Sélectionnez une application, une machine ou un volume dans l&apos;arborescence.</translation>
    </message>
    <message>
        <source>Loading your fleet…</source>
        <translation>Chargement de votre flotte…</translation>
    </message>
    <message>
        <source>Hangar — Sandbox</source>
        <translation>Hangar — Bac à sable</translation>
    </message>
    <message>
        <source>Hangar — %1</source>
        <translation>Hangar — %1</translation>
    </message>
    <message>
        <source>Showing region %1 only · &lt;a href=&quot;clear&quot;&gt;show all&lt;/a&gt;</source>
        <translation>Affichage de la région %1 uniquement · &lt;a href=&quot;clear&quot;&gt;tout afficher&lt;/a&gt;</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Hangar will use %1 the next time it starts.</source>
        <translation>Hangar utilisera %1 au prochain démarrage.</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
</context>
<context>
    <name>hangar::gui::MountLimitDialog</name>
    <message>
        <source>Add a &amp;config file…</source>
        <translation>Ajouter un fichier de &amp;configuration…</translation>
    </message>
    <message>
        <source>Co&amp;py into %1…</source>
        <translation>Co&amp;pier dans %1…</translation>
    </message>
    <message>
        <source>One volume per machine</source>
        <translation>Un volume par machine</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 already mounts %2 at %3.&lt;/b&gt; A Fly machine mounts one volume, so it cannot mount another as well.</source>
        <translation>&lt;b&gt;%1 monte déjà %2 sur %3.&lt;/b&gt; Une machine Fly monte un seul volume&#xa0;: elle ne peut donc pas en monter un autre.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 already mounts %2 at %3.&lt;/b&gt; A Fly machine mounts one volume, so %4 cannot be mounted as well.</source>
        <translation>&lt;b&gt;%1 monte déjà %2 sur %3.&lt;/b&gt; Une machine Fly monte un seul volume&#xa0;: %4 ne peut donc pas être monté en plus.</translation>
    </message>
    <message>
        <source>What you can do instead:&lt;ul&gt;&lt;li&gt;&lt;b&gt;Add a config file&lt;/b&gt; for small files such as nginx.conf: it is written into the machine each time it boots.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Copy the files into %1&lt;/b&gt;, under %2, for data the app reads and writes.&lt;/li&gt;&lt;li&gt;Run a second machine that mounts the other volume.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>Voici ce que vous pouvez faire à la place&#xa0;:&lt;ul&gt;&lt;li&gt;&lt;b&gt;Ajouter un fichier de configuration&lt;/b&gt; pour les petits fichiers comme nginx.conf&#xa0;: il est écrit dans la machine à chaque démarrage.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Copier les fichiers dans %1&lt;/b&gt;, sous %2, pour les données que l&apos;application lit et écrit.&lt;/li&gt;&lt;li&gt;Exécuter une seconde machine qui monte l&apos;autre volume.&lt;/li&gt;&lt;/ul&gt;</translation>
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
        <translation>Monter un autre volume…</translation>
    </message>
    <message>
        <source>A volume of this app in the machine&apos;s region that no other machine uses. A machine mounts at most one volume.</source>
        <translation>Un volume de cette application, situé dans la région de la machine, qu&apos;aucune autre machine n&apos;utilise. Une machine monte au plus un volume.</translation>
    </message>
    <message>
        <source>Where the volume appears inside the machine, an absolute path such as /data.</source>
        <translation>L&apos;emplacement où le volume apparaît dans la machine&#xa0;: un chemin absolu tel que /data.</translation>
    </message>
    <message>
        <source>Machines on Fly mount one volume; this explains the alternatives.</source>
        <translation>Sur Fly, une machine monte un seul volume&#xa0;; cette fenêtre présente les autres solutions.</translation>
    </message>
    <message>
        <source>Vol&amp;ume:</source>
        <translation>&amp;Volume&#xa0;:</translation>
    </message>
    <message>
        <source>Mount &amp;path:</source>
        <translation>Chemin de &amp;montage&#xa0;:</translation>
    </message>
    <message>
        <source>No volume</source>
        <translation>Aucun volume</translation>
    </message>
    <message>
        <source>%1 (%2 GB, %3)</source>
        <translation>%1 (%2 Go, %3)</translation>
    </message>
    <message>
        <source>Say where to mount the volume, for example /data.</source>
        <translation>Indiquez où monter le volume, par exemple /data.</translation>
    </message>
    <message>
        <source>The mount path must be absolute (start with /).</source>
        <translation>Le chemin de montage doit être absolu (commencer par /).</translation>
    </message>
    <message>
        <source>A volume cannot be mounted over the root directory.</source>
        <translation>Un volume ne peut pas être monté sur le répertoire racine.</translation>
    </message>
    <message>
        <source>This app has no free volume. Create one from the Volumes menu.</source>
        <translation>Cette application n&apos;a aucun volume libre. Créez-en un depuis le menu Volume.</translation>
    </message>
    <message>
        <source>This app has no free volume in %1. Create one from the Volumes menu.</source>
        <translation>Cette application n&apos;a aucun volume libre dans %1. Créez-en un depuis le menu Volume.</translation>
    </message>
    <message numerus="yes">
        <source>%n free volume(s) can be mounted here.</source>
        <translation>
            <numerusform>%n volume libre peut être monté ici.</numerusform>
            <numerusform>%n volumes libres peuvent être montés ici.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2 GB)</source>
        <translation>%1 (%2 Go)</translation>
    </message>
    <message>
        <source>Another volume…</source>
        <translation>Autre volume…</translation>
    </message>
</context>
<context>
    <name>hangar::gui::NewAppDialog</name>
    <message>
        <source>New app</source>
        <translation>Nouvelle application</translation>
    </message>
    <message>
        <source>Lowercase letters, digits and dashes; unique across all of Fly.io, since it becomes &lt;name&gt;.fly.dev.</source>
        <translation>Lettres minuscules, chiffres et tirets&#xa0;; le nom doit être unique sur l&apos;ensemble de Fly.io, car il devient &lt;name&gt;.fly.dev.</translation>
    </message>
    <message>
        <source>&amp;Create app</source>
        <translation>&amp;Créer l&apos;application</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation>&amp;Organisation&#xa0;:</translation>
    </message>
    <message>
        <source>Name the app.</source>
        <translation>Nommez l&apos;application.</translation>
    </message>
    <message>
        <source>Use lowercase letters, digits and dashes (not at the start or end).</source>
        <translation>Utilisez des lettres minuscules, des chiffres et des tirets (ni au début ni à la fin).</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>Création…</translation>
    </message>
</context>
<context>
    <name>hangar::gui::OrgReachTree</name>
    <message>
        <source>all apps</source>
        <translation>toutes les applications</translation>
    </message>
    <message numerus="yes">
        <source>%n app(s)</source>
        <translation>
            <numerusform>%n application</numerusform>
            <numerusform>%n applications</numerusform>
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
        <translation>Toutes les organisations auxquelles le jeton donne accès. Vérifiez le jeton pour choisir.</translation>
    </message>
    <message>
        <source>Check the token to see its apps here.</source>
        <translation>Vérifiez le jeton pour voir ses applications ici.</translation>
    </message>
</context>
<context>
    <name>hangar::gui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Copying into volumes</source>
        <translation>Copie dans les volumes</translation>
    </message>
    <message>
        <source>&amp;Ask before copying a file larger than</source>
        <translation>&amp;Demander avant de copier un fichier de plus de</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>MiB</source>
        <translation>Mio</translation>
    </message>
    <message>
        <source>GiB</source>
        <translation>Gio</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Large files take a while over exec (about 6 MiB a second on Fly.io); the question lets a big drop be trimmed before it starts.</source>
        <translation>Les gros fichiers prennent du temps via exec (environ 6 Mio par seconde sur Fly.io) ; la question permet d’alléger un gros dépôt avant qu’il commence.</translation>
    </message>
</context>
<context>
    <name>hangar::gui::ProcessSection</name>
    <message>
        <source>Process</source>
        <translation>Processus</translation>
    </message>
    <message>
        <source>Allocate a terminal (tty)</source>
        <translation>Allouer un terminal (tty)</translation>
    </message>
    <message>
        <source>Destroy the machine when it exits</source>
        <translation>Détruire la machine à la fin de son processus</translation>
    </message>
    <message>
        <source>the image&apos;s CMD</source>
        <translation>le CMD de l&apos;image</translation>
    </message>
    <message>
        <source>Replaces the image&apos;s CMD, written as in a shell: nginx -g &apos;daemon off;&apos;</source>
        <translation>Remplace le CMD de l&apos;image, écrit comme dans un shell&#xa0;: nginx -g &apos;daemon off;&apos;</translation>
    </message>
    <message>
        <source>the image&apos;s ENTRYPOINT</source>
        <translation>l&apos;ENTRYPOINT de l&apos;image</translation>
    </message>
    <message>
        <source>Replaces the image&apos;s ENTRYPOINT.</source>
        <translation>Remplace l&apos;ENTRYPOINT de l&apos;image.</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>non défini</translation>
    </message>
    <message>
        <source>Runs this instead of entrypoint and command together.</source>
        <translation>Exécute ceci à la place de l&apos;entrypoint et de la commande réunis.</translation>
    </message>
    <message>
        <source>Some programs need a terminal to start; most servers do not.</source>
        <translation>Certains programmes ont besoin d&apos;un terminal pour démarrer&#xa0;; la plupart des serveurs, non.</translation>
    </message>
    <message>
        <source>Default (SIGINT)</source>
        <translation>Par défaut (SIGINT)</translation>
    </message>
    <message>
        <source>The signal sent to the process when the machine stops.</source>
        <translation>Le signal envoyé au processus lorsque la machine s&apos;arrête.</translation>
    </message>
    <message>
        <source>default (5s)</source>
        <translation>par défaut (5s)</translation>
    </message>
    <message>
        <source>How long to wait after the signal before killing the process, such as 30s or 2m.</source>
        <translation>Le temps d&apos;attente après le signal avant de tuer le processus, par exemple 30s ou 2m.</translation>
    </message>
    <message>
        <source>Default (on failure)</source>
        <translation>Par défaut (en cas d&apos;échec)</translation>
    </message>
    <message>
        <source>On failure</source>
        <translation>En cas d&apos;échec</translation>
    </message>
    <message>
        <source>Always</source>
        <translation>Toujours</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>What happens when the main process exits.</source>
        <translation>Ce qui se passe lorsque le processus principal se termine.</translation>
    </message>
    <message>
        <source>default</source>
        <translation>par défaut</translation>
    </message>
    <message>
        <source>How many times to restart after failures before giving up.</source>
        <translation>Le nombre de redémarrages après des échecs avant d&apos;abandonner.</translation>
    </message>
    <message>
        <source>For one-off jobs: the machine is destroyed once its process exits.</source>
        <translation>Pour les tâches ponctuelles&#xa0;: la machine est détruite dès que son processus se termine.</translation>
    </message>
    <message>
        <source>No schedule</source>
        <translation>Aucune planification</translation>
    </message>
    <message>
        <source>Hourly</source>
        <translation>Toutes les heures</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Tous les jours</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Toutes les semaines</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Tous les mois</translation>
    </message>
    <message>
        <source>Starts the machine on this schedule; it should exit when done.</source>
        <translation>Démarre la machine selon cette planification&#xa0;; elle doit se terminer une fois son travail fini.</translation>
    </message>
    <message>
        <source>Co&amp;mmand:</source>
        <translation>Co&amp;mmande&#xa0;:</translation>
    </message>
    <message>
        <source>E&amp;ntrypoint:</source>
        <translation>E&amp;ntrypoint&#xa0;:</translation>
    </message>
    <message>
        <source>E&amp;xec:</source>
        <translation>E&amp;xec&#xa0;:</translation>
    </message>
    <message>
        <source>Stop &amp;signal:</source>
        <translation>&amp;Signal d&apos;arrêt&#xa0;:</translation>
    </message>
    <message>
        <source>Stop &amp;timeout:</source>
        <translation>&amp;Délai d&apos;arrêt&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Restart:</source>
        <translation>&amp;Redémarrage&#xa0;:</translation>
    </message>
    <message>
        <source>Max retries:</source>
        <translation>Tentatives max.&#xa0;:</translation>
    </message>
    <message>
        <source>Sc&amp;hedule:</source>
        <translation>&amp;Planification&#xa0;:</translation>
    </message>
    <message>
        <source>“%1” is not a duration; write it like 30s or 2m.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une durée&#xa0;; écrivez-la sous la forme 30s ou 2m.</translation>
    </message>
    <message>
        <source>The stop timeout cannot be negative.</source>
        <translation>Le délai d&apos;arrêt ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>A quote is not closed in “%1”.</source>
        <translation>Un guillemet n&apos;est pas fermé dans «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>A quote is not closed.</source>
        <translation>Un guillemet n&apos;est pas fermé.</translation>
    </message>
</context>
<context>
    <name>hangar::gui::RegionsPanel</name>
    <message>
        <source>Regions</source>
        <translation>Régions</translation>
    </message>
    <message>
        <source>Regions table</source>
        <translation>Tableau des régions</translation>
    </message>
    <message numerus="yes">
        <source>You have machines or volumes in %n of %1 region(s). Click a region to show only it in the tree, double-click to zoom in, drag to move the map.</source>
        <translation>
            <numerusform>Vous avez des machines ou des volumes dans %n région sur %1. Cliquez sur une région pour n&apos;afficher qu&apos;elle dans l&apos;arborescence, double-cliquez pour zoomer, faites glisser pour déplacer la carte.</numerusform>
            <numerusform>Vous avez des machines ou des volumes dans %n régions sur %1. Cliquez sur une région pour n&apos;afficher qu&apos;elle dans l&apos;arborescence, double-cliquez pour zoomer, faites glisser pour déplacer la carte.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hangar::gui::RemoteFilesModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
</context>
<context>
    <name>hangar::gui::ReviewDialog</name>
    <message>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <source>Reload and re-apply my edits</source>
        <translation>Recharger et réappliquer mes modifications</translation>
    </message>
    <message>
        <source>Start again from the machine&apos;s config as it is now and apply your edits on top</source>
        <translation>Repartir de la configuration actuelle de la machine et y appliquer vos modifications</translation>
    </message>
    <message>
        <source>Discard mine</source>
        <translation>Abandonner les miennes</translation>
    </message>
    <message>
        <source>Throw your edits away and keep the machine as it is now</source>
        <translation>Abandonner vos modifications et laisser la machine telle qu&apos;elle est</translation>
    </message>
    <message>
        <source>Review changes to %1</source>
        <translation>Vérifier les modifications de %1</translation>
    </message>
    <message>
        <source>Apply these changes to %1?</source>
        <translation>Appliquer ces modifications à %1&#xa0;?</translation>
    </message>
    <message>
        <source>Nothing to apply to %1</source>
        <translation>Rien à appliquer à %1</translation>
    </message>
    <message>
        <source>Current config</source>
        <translation>Configuration actuelle</translation>
    </message>
    <message>
        <source>After applying</source>
        <translation>Après application</translation>
    </message>
    <message>
        <source>Restore a version of %1</source>
        <translation>Restaurer une version de %1</translation>
    </message>
    <message>
        <source>Restore %1 to version %2?</source>
        <translation>Restaurer %1 à la version %2&#xa0;?</translation>
    </message>
    <message>
        <source>Version %1 is the same as the current config</source>
        <translation>La version %1 est identique à la configuration actuelle</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>%1 was changed meanwhile</source>
        <translation>%1 a été modifiée entre-temps</translation>
    </message>
    <message>
        <source>Someone else changed %1 while you were editing</source>
        <translation>Quelqu&apos;un d&apos;autre a modifié %1 pendant que vous la modifiiez</translation>
    </message>
    <message>
        <source>The machine moved to a new version with the same config.</source>
        <translation>La machine est passée à une nouvelle version avec la même configuration.</translation>
    </message>
    <message>
        <source>They changed: %1.</source>
        <translation>Leurs modifications&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Your edits: %1.</source>
        <translation>Vos modifications&#xa0;: %1.</translation>
    </message>
    <message>
        <source>When you started editing</source>
        <translation>Au début de vos modifications</translation>
    </message>
    <message>
        <source>Now on the server</source>
        <translation>Actuellement sur le serveur</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
</context>
<context>
    <name>hangar::gui::SecretsWidget</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Digest</source>
        <translation>Empreinte</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Création</translation>
    </message>
    <message>
        <source>&amp;Set…</source>
        <translation>&amp;Définir…</translation>
    </message>
    <message>
        <source>Add a secret, or replace the value of the selected one</source>
        <translation>Ajouter un secret, ou remplacer la valeur du secret sélectionné</translation>
    </message>
    <message>
        <source>&amp;Unset…</source>
        <translation>&amp;Retirer…</translation>
    </message>
    <message>
        <source>Remove the selected secrets from the app (asks first)</source>
        <translation>Retirer de l&apos;application les secrets sélectionnés (avec confirmation)</translation>
    </message>
    <message>
        <source>A fingerprint of the value: it changes when the value does.</source>
        <translation>Une empreinte de la valeur&#xa0;: elle change lorsque la valeur change.</translation>
    </message>
    <message>
        <source>Loading secrets…</source>
        <translation>Chargement des secrets…</translation>
    </message>
    <message>
        <source>The secrets could not be loaded: %1</source>
        <translation>Les secrets n&apos;ont pas pu être chargés&#xa0;: %1</translation>
    </message>
    <message>
        <source>No secrets yet. “Set…” adds one.</source>
        <translation>Aucun secret pour l&apos;instant. «&#xa0;Définir…&#xa0;» permet d&apos;en ajouter un.</translation>
    </message>
    <message>
        <source>Set secret %1 in %2</source>
        <translation>Définir le secret %1 dans %2</translation>
    </message>
    <message>
        <source>The account was removed.</source>
        <translation>Le compte a été retiré.</translation>
    </message>
    <message>
        <source>%1 is set; machines get it when they are next updated</source>
        <translation>%1 est défini&#xa0;; les machines le recevront lors de leur prochaine mise à jour</translation>
    </message>
    <message numerus="yes">
        <source>Unset %n Secret(s)</source>
        <translation>
            <numerusform>Retirer %n secret</numerusform>
            <numerusform>Retirer %n secrets</numerusform>
        </translation>
    </message>
    <message>
        <source>Unset %1 in %2? Machines keep the old value until they are next updated; then it is gone and cannot be recovered.</source>
        <translation>Retirer %1 de %2&#xa0;? Les machines conservent l&apos;ancienne valeur jusqu&apos;à leur prochaine mise à jour&#xa0;; elle disparaît ensuite et ne peut pas être récupérée.</translation>
    </message>
    <message>
        <source>&amp;Unset</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Unset secret %1 in %2</source>
        <translation>Retirer le secret %1 de %2</translation>
    </message>
    <message numerus="yes">
        <source>Unset %n secret(s) in %1</source>
        <translation>
            <numerusform>Retirer %n secret de %1</numerusform>
            <numerusform>Retirer %n secrets de %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n secret(s) unset</source>
        <translation>
            <numerusform>%n secret retiré</numerusform>
            <numerusform>%n secrets retirés</numerusform>
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
        <translation>Ajouter un ser&amp;vice</translation>
    </message>
    <message>
        <source>Remove service</source>
        <translation>Supprimer le service</translation>
    </message>
    <message>
        <source>Add &amp;port</source>
        <translation>Ajouter un &amp;port</translation>
    </message>
    <message>
        <source>Remove port</source>
        <translation>Supprimer le port</translation>
    </message>
    <message>
        <source>Start the machine when a request arrives</source>
        <translation>Démarrer la machine à l&apos;arrivée d&apos;une requête</translation>
    </message>
    <message>
        <source>Each service exposes one internal port of the machine through the Fly Proxy on one or more public ports.</source>
        <translation>Chaque service expose un port interne de la machine, via le Fly Proxy, sur un ou plusieurs ports publics.</translation>
    </message>
    <message>
        <source>TCP for web and most servers; UDP for DNS, games and the like.</source>
        <translation>TCP pour le web et la plupart des serveurs&#xa0;; UDP pour le DNS, les jeux et autres usages similaires.</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>non défini</translation>
    </message>
    <message>
        <source>The port your process listens on inside the machine.</source>
        <translation>Le port sur lequel votre processus écoute dans la machine.</translation>
    </message>
    <message>
        <source>Public port(s)</source>
        <translation>Port(s) public(s)</translation>
    </message>
    <message>
        <source>Handlers</source>
        <translation>Gestionnaires</translation>
    </message>
    <message>
        <source>Force HTTPS</source>
        <translation>Forcer HTTPS</translation>
    </message>
    <message>
        <source>Public ports: one number (443) or a range (8000-8010). Handlers say what the proxy does first: tls terminates TLS, http speaks HTTP, proxy_proto adds the PROXY header; none passes raw TCP.</source>
        <translation>Ports publics&#xa0;: un nombre (443) ou une plage (8000-8010). Les gestionnaires indiquent ce que le proxy fait en premier&#xa0;: tls termine le TLS, http parle HTTP, proxy_proto ajoute l&apos;en-tête PROXY&#xa0;; sans gestionnaire, le TCP brut est transmis tel quel.</translation>
    </message>
    <message>
        <source>Keep running</source>
        <translation>Laisser en marche</translation>
    </message>
    <message>
        <source>Stop when idle</source>
        <translation>Arrêter en cas d&apos;inactivité</translation>
    </message>
    <message>
        <source>Suspend when idle</source>
        <translation>Suspendre en cas d&apos;inactivité</translation>
    </message>
    <message>
        <source>What the proxy does with the machine when it has no traffic. Suspend resumes fastest but keeps memory in a snapshot.</source>
        <translation>Ce que fait le proxy de la machine lorsqu&apos;elle ne reçoit aucun trafic. La suspension permet la reprise la plus rapide, mais conserve la mémoire dans un instantané.</translation>
    </message>
    <message>
        <source>Lets the proxy start a stopped or suspended machine on demand.</source>
        <translation>Permet au proxy de démarrer à la demande une machine arrêtée ou suspendue.</translation>
    </message>
    <message>
        <source>Machines of the app the proxy keeps running in the primary region even when idle.</source>
        <translation>Machines de l&apos;application que le proxy laisse en marche dans la région principale, même en cas d&apos;inactivité.</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Non défini</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Connexions</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Requêtes</translation>
    </message>
    <message>
        <source>What the limits count: open connections, or HTTP requests in flight.</source>
        <translation>Ce que comptent les limites&#xa0;: les connexions ouvertes, ou les requêtes HTTP en cours.</translation>
    </message>
    <message>
        <source>Above this the proxy prefers other machines (and may start one).</source>
        <translation>Au-delà, le proxy privilégie d&apos;autres machines (et peut en démarrer une).</translation>
    </message>
    <message>
        <source>At this the proxy sends no more traffic to the machine.</source>
        <translation>À partir de ce seuil, le proxy n&apos;envoie plus de trafic à la machine.</translation>
    </message>
    <message>
        <source>soft</source>
        <translation>souple</translation>
    </message>
    <message>
        <source>hard</source>
        <translation>stricte</translation>
    </message>
    <message>
        <source>P&amp;rotocol:</source>
        <translation>P&amp;rotocole&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Internal port:</source>
        <translation>Port &amp;interne&#xa0;:</translation>
    </message>
    <message>
        <source>Public ports:</source>
        <translation>Ports publics&#xa0;:</translation>
    </message>
    <message>
        <source>When idle:</source>
        <translation>En cas d&apos;inactivité&#xa0;:</translation>
    </message>
    <message>
        <source>Minimum running:</source>
        <translation>Minimum en marche&#xa0;:</translation>
    </message>
    <message>
        <source>Concurrency:</source>
        <translation>Concurrence&#xa0;:</translation>
    </message>
    <message>
        <source>Service checks:</source>
        <translation>Contrôles du service&#xa0;:</translation>
    </message>
    <message>
        <source>Service %1</source>
        <translation>Service %1</translation>
    </message>
    <message>
        <source>%1: set the internal port your process listens on.</source>
        <translation>%1&#xa0;: indiquez le port interne sur lequel votre processus écoute.</translation>
    </message>
    <message>
        <source>%1: “%2” is not a handler name (http, tls, proxy_proto, …).</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas un nom de gestionnaire (http, tls, proxy_proto, …).</translation>
    </message>
    <message>
        <source>%1: a public port is a number from 1 to 65535, or a range such as 8000-8010.</source>
        <translation>%1&#xa0;: un port public est un nombre de 1 à 65535, ou une plage telle que 8000-8010.</translation>
    </message>
    <message>
        <source>%1: the soft limit cannot be above the hard limit.</source>
        <translation>%1&#xa0;: la limite souple ne peut pas dépasser la limite stricte.</translation>
    </message>
    <message>
        <source>%1 :%2 (private)</source>
        <translation>%1 :%2 (privé)</translation>
    </message>
    <message>
        <source>%1 :%2 ← %3</source>
        <translation>%1 :%2 ← %3</translation>
    </message>
    <message>
        <source>A public port is a number from 1 to 65535, or a range such as 8000-8010.</source>
        <translation>Un port public est un nombre de 1 à 65535, ou une plage telle que 8000-8010.</translation>
    </message>
    <message>
        <source>“%1” is not a handler name (http, tls, proxy_proto, …).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nom de gestionnaire (http, tls, proxy_proto, …).</translation>
    </message>
    <message>
        <source>Set the port your process listens on.</source>
        <translation>Indiquez le port sur lequel votre processus écoute.</translation>
    </message>
    <message>
        <source>The soft limit cannot be above the hard limit.</source>
        <translation>La limite souple ne peut pas dépasser la limite stricte.</translation>
    </message>
</context>
<context>
    <name>hangar::gui::SetSecretDialog</name>
    <message>
        <source>Set Secret in %1</source>
        <translation>Définir un secret dans %1</translation>
    </message>
    <message>
        <source>&amp;Set Secret</source>
        <translation>&amp;Définir le secret</translation>
    </message>
    <message>
        <source>Secrets reach the app&apos;s machines as environment variables. The value is stored encrypted by Fly.io and never shown again; machines get it when they are next updated or created.</source>
        <translation>Les secrets parviennent aux machines de l&apos;application sous forme de variables d&apos;environnement. Fly.io stocke la valeur chiffrée et ne l&apos;affiche plus jamais&#xa0;; les machines la reçoivent lors de leur prochaine mise à jour ou de leur création.</translation>
    </message>
    <message>
        <source>e.g. DATABASE_URL</source>
        <translation>p. ex. DATABASE_URL</translation>
    </message>
    <message>
        <source>Sho&amp;w while typing</source>
        <translation>&amp;Afficher pendant la saisie</translation>
    </message>
    <message>
        <source>Shows the value in this field only; it is never shown once set.</source>
        <translation>Affiche la valeur dans ce champ uniquement&#xa0;; elle n&apos;est plus jamais affichée une fois définie.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Valeur&#xa0;:</translation>
    </message>
    <message>
        <source>Enter a name, for example DATABASE_URL.</source>
        <translation>Saisissez un nom, par exemple DATABASE_URL.</translation>
    </message>
    <message>
        <source>A name cannot start with a digit.</source>
        <translation>Un nom ne peut pas commencer par un chiffre.</translation>
    </message>
    <message>
        <source>Use underscores instead of dashes, for example “%1”.</source>
        <translation>Utilisez des tirets bas au lieu de tirets, par exemple «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>A name cannot contain spaces; use underscores.</source>
        <translation>Un nom ne peut pas contenir d&apos;espaces&#xa0;; utilisez des tirets bas.</translation>
    </message>
    <message>
        <source>“%1” is not allowed: use letters, digits and underscores, as in an environment variable.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas autorisé&#xa0;: utilisez des lettres, des chiffres et des tirets bas, comme dans une variable d&apos;environnement.</translation>
    </message>
    <message>
        <source>Enter the value.</source>
        <translation>Saisissez la valeur.</translation>
    </message>
    <message>
        <source>%1 exists: its value will be replaced.</source>
        <translation>%1 existe&#xa0;: sa valeur sera remplacée.</translation>
    </message>
    <message>
        <source>From &amp;File…</source>
        <translation>Depuis un &amp;fichier…</translation>
    </message>
    <message>
        <source>Uses the contents of a text file, such as a key or a certificate, as the value.</source>
        <translation>Utilise le contenu d’un fichier texte, comme une clé ou un certificat, comme valeur.</translation>
    </message>
    <message>
        <source>Secret Value From File</source>
        <translation>Valeur du secret depuis un fichier</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 n’a pas pu être lu : %2</translation>
    </message>
    <message>
        <source>%1 is too large for a secret (%2 KiB at most).</source>
        <translation>%1 est trop grand pour un secret (%2 Kio au plus).</translation>
    </message>
    <message>
        <source>%1 is not a text file: a secret&apos;s value must be text.</source>
        <translation>%1 n’est pas un fichier texte : la valeur d’un secret doit être du texte.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s), kept exactly as pasted.</source>
        <translation>
            <numerusform>%n ligne, conservée telle que collée.</numerusform>
            <numerusform>%n lignes, conservées telles que collées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) from %1, kept exactly.</source>
        <translation>
            <numerusform>%n ligne de %1, conservée telle quelle.</numerusform>
            <numerusform>%n lignes de %1, conservées telles quelles.</numerusform>
        </translation>
    </message>
    <message>
        <source>From %1.</source>
        <translation>Depuis %1.</translation>
    </message>
    <message>
        <source>The value is too long for a secret (%1 KiB at most).</source>
        <translation>La valeur est trop longue pour un secret (%1 Kio au plus).</translation>
    </message>
</context>
<context>
    <name>hangar::gui::SizeSection</name>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n CPU(s), %2 MB</source>
        <translation>
            <numerusform>%1 — %n CPU, %2 Mo</numerusform>
            <numerusform>%1 — %n CPU, %2 Mo</numerusform>
        </translation>
    </message>
    <message>
        <source>Custom size</source>
        <translation>Taille personnalisée</translation>
    </message>
    <message>
        <source>A named size from Fly&apos;s list, or Custom to choose the CPU kind, the number of CPUs and the memory yourself.</source>
        <translation>Une taille prédéfinie de la liste de Fly, ou Taille personnalisée pour choisir vous-même le type de CPU, le nombre de CPU et la mémoire.</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Partagé</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>Performance</translation>
    </message>
    <message>
        <source>Shared CPUs are cheap and fine for most web apps; performance CPUs are dedicated cores for steady heavy work.</source>
        <translation>Les CPU partagés sont bon marché et conviennent à la plupart des applications web&#xa0;; les CPU performance sont des cœurs dédiés aux charges lourdes et soutenues.</translation>
    </message>
    <message>
        <source>Shared: 1, 2, 4, 6 or 8. Performance: 1–16 in even steps, or 32, 64, 128.</source>
        <translation>Partagé&#xa0;: 1, 2, 4, 6 ou 8. Performance&#xa0;: 1, puis les nombres pairs jusqu&apos;à 16, ou 32, 64, 128.</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> Mo</translation>
    </message>
    <message>
        <source>Shared CPUs take 256–2048 MB per CPU in steps of 256 MB; performance CPUs take 2048–8192 MB per CPU in steps of 1024 MB.</source>
        <translation>Les CPU partagés prennent de 256 à 2048 Mo par CPU, par pas de 256 Mo&#xa0;; les CPU performance prennent de 2048 à 8192 Mo par CPU, par pas de 1024 Mo.</translation>
    </message>
    <message>
        <source>&amp;Preset:</source>
        <translation>&amp;Préréglage&#xa0;:</translation>
    </message>
    <message>
        <source>CPU &amp;kind:</source>
        <translation>&amp;Type de CPU&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;CPUs:</source>
        <translation>&amp;CPU&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Memory:</source>
        <translation>&amp;Mémoire&#xa0;:</translation>
    </message>
    <message>
        <source>Choose a size.</source>
        <translation>Choisissez une taille.</translation>
    </message>
    <message numerus="yes">
        <source>%n CPU(s) (%1), %2 MB of memory</source>
        <translation>
            <numerusform>%n CPU (%1), %2 Mo de mémoire</numerusform>
            <numerusform>%n CPU (%1), %2 Mo de mémoire</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hangar::gui::StateBadge</name>
    <message>
        <source>Started</source>
        <translation>Démarrée</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Arrêtée</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Suspendue</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créée</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>En échec</translation>
    </message>
    <message>
        <source>Destroyed</source>
        <translation>Détruite</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Arrêt…</translation>
    </message>
    <message>
        <source>Restarting…</source>
        <translation>Redémarrage…</translation>
    </message>
    <message>
        <source>Suspending…</source>
        <translation>Suspension…</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Mise à jour…</translation>
    </message>
    <message>
        <source>Destroying…</source>
        <translation>Destruction…</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
</context>
<context>
    <name>hangar::gui::StatusIndicators</name>
    <message>
        <source>Sandbox</source>
        <translation>Bac à sable</translation>
    </message>
    <message>
        <source>You are in the sandbox: a simulated Fly.io account on this computer. Nothing here touches real machines.</source>
        <translation>Vous êtes dans le bac à sable&#xa0;: un compte Fly.io simulé sur cet ordinateur. Rien ici ne touche de vraies machines.</translation>
    </message>
    <message>
        <source>● Connected</source>
        <translation>● Connecté</translation>
    </message>
    <message>
        <source>● Problem</source>
        <translation>● Problème</translation>
    </message>
    <message>
        <source>The last refresh worked.</source>
        <translation>La dernière actualisation a réussi.</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Mis à jour à %1</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>Actualisation…</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) in flight, %1 waiting</source>
        <translation>
            <numerusform>%n requête en cours, %1 en attente</numerusform>
            <numerusform>%n requêtes en cours, %1 en attente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) in flight</source>
        <translation>
            <numerusform>%n requête en cours</numerusform>
            <numerusform>%n requêtes en cours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hangar::gui::VolumeActions</name>
    <message>
        <source>Create a volume in this app</source>
        <translation>Créer un volume dans cette application</translation>
    </message>
    <message>
        <source>Give the selected volume more space</source>
        <translation>Donner plus d&apos;espace au volume sélectionné</translation>
    </message>
    <message>
        <source>Copy the selected volume to a new one, in any region</source>
        <translation>Copier le volume sélectionné vers un nouveau volume, dans n&apos;importe quelle région</translation>
    </message>
    <message>
        <source>Take a snapshot of the selected volume now</source>
        <translation>Prendre maintenant un instantané du volume sélectionné</translation>
    </message>
    <message>
        <source>Destroy the selected volume and its data (asks first)</source>
        <translation>Détruire le volume sélectionné et ses données (avec confirmation)</translation>
    </message>
    <message>
        <source>Attached to machine %1: destroy that machine first</source>
        <translation>Attaché à la machine %1&#xa0;: détruisez d&apos;abord cette machine</translation>
    </message>
    <message>
        <source>Restart %1?</source>
        <translation>Redémarrer %1&#xa0;?</translation>
    </message>
    <message>
        <source>%1 now has more space, but machine %2 sees it only after a restart. Restart the machine now?</source>
        <translation>%1 dispose maintenant de plus d&apos;espace, mais la machine %2 ne le verra qu&apos;après un redémarrage. Redémarrer la machine maintenant&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Restart Now</source>
        <translation>&amp;Redémarrer maintenant</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Plus tard</translation>
    </message>
    <message>
        <source>Volume in Use</source>
        <translation>Volume en cours d&apos;utilisation</translation>
    </message>
    <message>
        <source>%1 is attached to machine %2 and cannot be destroyed. Destroy that machine first: a machine&apos;s mount cannot be removed by an update.</source>
        <translation>%1 est attaché à la machine %2 et ne peut pas être détruit. Détruisez d&apos;abord cette machine&#xa0;: le montage d&apos;une machine ne peut pas être retiré par une mise à jour.</translation>
    </message>
    <message>
        <source>&amp;New volume…</source>
        <translation>&amp;Nouveau volume…</translation>
    </message>
    <message>
        <source>E&amp;xtend volume…</source>
        <translation>&amp;Agrandir le volume…</translation>
    </message>
    <message>
        <source>&amp;Fork volume…</source>
        <translation>&amp;Dupliquer le volume…</translation>
    </message>
    <message>
        <source>Take &amp;snapshot</source>
        <translation>Prendre un &amp;instantané</translation>
    </message>
    <message>
        <source>&amp;Destroy volume…</source>
        <translation>Dé&amp;truire le volume…</translation>
    </message>
</context>
<context>
    <name>hangar::gui::VolumeFilesWidget</name>
    <message>
        <source>Up</source>
        <translation>Dossier parent</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Nouveau dossier</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Download…</source>
        <translation>Télécharger…</translation>
    </message>
    <message>
        <source>No machine mounts this volume. Files dropped here go where a machine mounting it at this path would see them:</source>
        <translation>Aucune machine ne monte ce volume. Les fichiers déposés ici iront là où les verrait une machine qui le monterait sur ce chemin&#xa0;:</translation>
    </message>
    <message>
        <source>No volume selected.</source>
        <translation>Aucun volume sélectionné.</translation>
    </message>
    <message>
        <source>Looking for a machine that mounts this volume…</source>
        <translation>Recherche d&apos;une machine qui monte ce volume…</translation>
    </message>
    <message>
        <source>Getting a machine ready to read the volume…</source>
        <translation>Préparation d&apos;une machine pour lire le volume…</translation>
    </message>
    <message>
        <source>Files dropped here are still copied; listing them needs a running machine.</source>
        <translation>Les fichiers déposés ici sont quand même copiés&#xa0;; pour les lister, il faut une machine en cours d&apos;exécution.</translation>
    </message>
    <message>
        <source>Start the Machine to Browse</source>
        <translation>Démarrer la machine pour parcourir le volume</translation>
    </message>
    <message>
        <source>Browse with a Temporary Helper Machine</source>
        <translation>Parcourir avec une machine auxiliaire temporaire</translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Drop files or folders here to copy them into %1</source>
        <translation>Déposez des fichiers ou des dossiers ici pour les copier dans %1</translation>
    </message>
    <message>
        <source>Name of the new folder in %1:</source>
        <translation>Nom du nouveau dossier dans %1&#xa0;:</translation>
    </message>
    <message>
        <source>Delete from the Volume</source>
        <translation>Supprimer du volume</translation>
    </message>
    <message>
        <source>Delete %1 from %2? This cannot be undone.</source>
        <translation>Supprimer %1 de %2&#xa0;? Cette action est irréversible.</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n item(s) from %1? This cannot be undone.</source>
        <translation>
            <numerusform>Supprimer %n élément de %1&#xa0;? Cette action est irréversible.</numerusform>
            <numerusform>Supprimer %n éléments de %1&#xa0;? Cette action est irréversible.</numerusform>
        </translation>
    </message>
    <message>
        <source>Download To</source>
        <translation>Télécharger vers</translation>
    </message>
    <message>
        <source>Release to copy into %1</source>
        <translation>Relâchez pour copier dans %1</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) saved in %1.</source>
        <translation>
            <numerusform>%n fichier enregistré dans %1.</numerusform>
            <numerusform>%n fichiers enregistrés dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
</context>
<context>
    <name>hangar::gui::VolumeJobs</name>
    <message>
        <source>Fork volume %1 as %2</source>
        <translation>Dupliquer le volume %1 en %2</translation>
    </message>
    <message>
        <source>Restore snapshot %1 as %2</source>
        <translation>Restaurer l&apos;instantané %1 en %2</translation>
    </message>
    <message>
        <source>Create volume %1</source>
        <translation>Créer le volume %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2) created in %3, %n GB</source>
        <translation>
            <numerusform>%1 (%2) créé dans %3, %n Go</numerusform>
            <numerusform>%1 (%2) créé dans %3, %n Go</numerusform>
        </translation>
    </message>
    <message>
        <source>No host in %1 has room for another volume named %2 apart from the ones there. Choose another region, or clear “different host” to let volumes share one.</source>
        <translation>Aucun hôte de %1 n&apos;a de place pour un autre volume nommé %2, à l&apos;écart de ceux qui s&apos;y trouvent déjà. Choisissez une autre région, ou décochez «&#xa0;hôte différent&#xa0;» pour permettre aux volumes de partager un hôte.</translation>
    </message>
    <message numerus="yes">
        <source>Extend %1 to %n GB</source>
        <translation>
            <numerusform>Agrandir %1 à %n Go</numerusform>
            <numerusform>Agrandir %1 à %n Go</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is now %n GB; its machine must restart to use the new space</source>
        <translation>
            <numerusform>%1 fait désormais %n Go&#xa0;; sa machine doit redémarrer pour utiliser le nouvel espace</numerusform>
            <numerusform>%1 fait désormais %n Go&#xa0;; sa machine doit redémarrer pour utiliser le nouvel espace</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is now %n GB</source>
        <translation>
            <numerusform>%1 fait désormais %n Go</numerusform>
            <numerusform>%1 fait désormais %n Go</numerusform>
        </translation>
    </message>
    <message>
        <source>Snapshot %1</source>
        <translation>Instantané de %1</translation>
    </message>
    <message>
        <source>A snapshot of %1 was requested</source>
        <translation>Un instantané de %1 a été demandé</translation>
    </message>
    <message>
        <source>Destroy volume %1</source>
        <translation>Détruire le volume %1</translation>
    </message>
    <message>
        <source>Volume %1 was destroyed</source>
        <translation>Le volume %1 a été détruit</translation>
    </message>
    <message>
        <source>%1 is attached to a machine and cannot be destroyed. Destroy the machine first (a machine&apos;s mount cannot be removed), then the volume.</source>
        <translation>%1 est attaché à une machine et ne peut pas être détruit. Détruisez d&apos;abord la machine (le montage d&apos;une machine ne peut pas être retiré), puis le volume.</translation>
    </message>
    <message>
        <source>The account of this volume was removed before the job could start.</source>
        <translation>Le compte de ce volume a été retiré avant que la tâche puisse démarrer.</translation>
    </message>
</context>
<context>
    <name>hangar::gui::VolumePanel</name>
    <message>
        <source>Snapshots (%1)</source>
        <translation>Instantanés (%1)</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 Go</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Encrypted</source>
        <translation>Chiffré</translation>
    </message>
    <message>
        <source>Not encrypted</source>
        <translation>Non chiffré</translation>
    </message>
    <message>
        <source>Not attached — any new machine in %1 can mount it</source>
        <translation>Non attaché — toute nouvelle machine dans %1 peut le monter</translation>
    </message>
</context>
<context>
    <name>hangar::gui::VolumeRules</name>
    <message>
        <source>Enter a name for the volume.</source>
        <translation>Saisissez un nom pour le volume.</translation>
    </message>
    <message numerus="yes">
        <source>Use at most %1 characters; this name has %n.</source>
        <translation>
            <numerusform>Utilisez au plus %1 caractères&#xa0;; ce nom en compte %n.</numerusform>
            <numerusform>Utilisez au plus %1 caractères&#xa0;; ce nom en compte %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Start the name with a letter or a digit.</source>
        <translation>Commencez le nom par une lettre ou un chiffre.</translation>
    </message>
    <message>
        <source>Use lowercase letters, for example “%1”.</source>
        <translation>Utilisez des lettres minuscules, par exemple «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Volume names cannot contain spaces; use underscores, for example “%1”.</source>
        <translation>Un nom de volume ne peut pas contenir d&apos;espaces&#xa0;; utilisez des tirets bas, par exemple «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>“%1” is not allowed: use lowercase letters, digits, dashes and underscores only.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas autorisé&#xa0;: utilisez uniquement des lettres minuscules, des chiffres, des tirets et des tirets bas.</translation>
    </message>
    <message numerus="yes">
        <source>A volume needs at least %n GB.</source>
        <translation>
            <numerusform>Un volume doit faire au moins %n Go.</numerusform>
            <numerusform>Un volume doit faire au moins %n Go.</numerusform>
        </translation>
    </message>
    <message>
        <source>A volume can have at most %1 GB.</source>
        <translation>Un volume peut faire au plus %1 Go.</translation>
    </message>
    <message>
        <source>The source is %1 GB, more than a volume can have (%2 GB).</source>
        <translation>La source fait %1 Go, soit plus que la taille maximale d&apos;un volume (%2 Go).</translation>
    </message>
    <message numerus="yes">
        <source>The source holds %n GB; the new volume must be at least that large.</source>
        <translation>
            <numerusform>La source contient %n Go&#xa0;; le nouveau volume doit être au moins aussi grand.</numerusform>
            <numerusform>La source contient %n Go&#xa0;; le nouveau volume doit être au moins aussi grand.</numerusform>
        </translation>
    </message>
    <message>
        <source>This volume already has the largest size a volume can have (%1 GB).</source>
        <translation>Ce volume a déjà la taille maximale possible pour un volume (%1 Go).</translation>
    </message>
    <message numerus="yes">
        <source>Volumes can only grow: choose more than the current %n GB.</source>
        <translation>
            <numerusform>Un volume ne peut que grandir&#xa0;: choisissez plus que la taille actuelle de %n Go.</numerusform>
            <numerusform>Un volume ne peut que grandir&#xa0;: choisissez plus que la taille actuelle de %n Go.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hangar::gui::VolumeSnapshotsWidget</name>
    <message>
        <source>Snapshot</source>
        <translation>Instantané</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Création</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Kept for</source>
        <translation>Conservation</translation>
    </message>
    <message>
        <source>&amp;Create snapshot</source>
        <translation>&amp;Créer un instantané</translation>
    </message>
    <message>
        <source>Take a snapshot of the volume now. Fly also takes one daily while automatic backups are on.</source>
        <translation>Prendre maintenant un instantané du volume. Fly en prend aussi un chaque jour tant que les sauvegardes automatiques sont activées.</translation>
    </message>
    <message>
        <source>Restore to &amp;new volume…</source>
        <translation>Restaurer dans un &amp;nouveau volume…</translation>
    </message>
    <message>
        <source>Create a new volume holding the selected snapshot</source>
        <translation>Créer un nouveau volume contenant l&apos;instantané sélectionné</translation>
    </message>
    <message>
        <source>Loading snapshots…</source>
        <translation>Chargement des instantanés…</translation>
    </message>
    <message>
        <source>The snapshots could not be loaded: %1</source>
        <translation>Les instantanés n&apos;ont pas pu être chargés&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Taken from a %1 volume</source>
        <translation>Pris sur un volume de %1</translation>
    </message>
    <message>
        <source>No snapshots yet. Fly takes one daily while automatic backups are on; “Create snapshot” takes one now.</source>
        <translation>Aucun instantané pour l&apos;instant. Fly en prend un chaque jour tant que les sauvegardes automatiques sont activées&#xa0;; «&#xa0;Créer un instantané&#xa0;» en prend un immédiatement.</translation>
    </message>
    <message>
        <source>The snapshot could not be taken: %1</source>
        <translation>L&apos;instantané n&apos;a pas pu être pris&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>hangar::gui::WelcomePage</name>
    <message>
        <source>Welcome to Hangar</source>
        <translation>Bienvenue dans Hangar</translation>
    </message>
    <message>
        <source>Manage your Fly.io apps, machines and volumes by pointing and clicking.
Try everything first in the sandbox: a simulated Fly.io account that runs on this computer and needs no sign-up.</source>
        <translation>Gérez vos applications, machines et volumes Fly.io en quelques clics.
Essayez d&apos;abord tout dans le bac à sable&#xa0;: un compte Fly.io simulé qui s&apos;exécute sur cet ordinateur et ne nécessite aucune inscription.</translation>
    </message>
    <message>
        <source>Try the &amp;sandbox</source>
        <translation>Essayer le &amp;bac à sable</translation>
    </message>
    <message>
        <source>&amp;Connect to Fly.io with a token…</source>
        <translation>&amp;Se connecter à Fly.io avec un jeton…</translation>
    </message>
</context>
<context>
    <name>hangar::gui::map::MapControls</name>
    <message>
        <source>Zoom in (+, wheel, pinch)</source>
        <translation>Zoom avant (+, molette, pincement)</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <source>Zoom out (−, wheel, pinch)</source>
        <translation>Zoom arrière (−, molette, pincement)</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <source>Show the whole world (0)</source>
        <translation>Afficher le monde entier (0)</translation>
    </message>
    <message>
        <source>Reset the map view</source>
        <translation>Réinitialiser la vue de la carte</translation>
    </message>
</context>
<context>
    <name>hangar::gui::map::MapLegend</name>
    <message>
        <source>Map legend</source>
        <translation>Légende de la carte</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Démarrées</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Arrêtées</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Suspendues</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>En échec</translation>
    </message>
    <message>
        <source>Changing state</source>
        <translation>Changement d&apos;état</translation>
    </message>
    <message>
        <source>Size: number of machines</source>
        <translation>Taille&#xa0;: nombre de machines</translation>
    </message>
    <message>
        <source>Volumes</source>
        <translation>Volumes</translation>
    </message>
    <message>
        <source>Nothing there</source>
        <translation>Rien ici</translation>
    </message>
    <message>
        <source>Deprecated</source>
        <translation>Obsolète</translation>
    </message>
</context>
<context>
    <name>hangar::gui::map::MapWidget</name>
    <message>
        <source>World map of regions</source>
        <translation>Carte du monde des régions</translation>
    </message>
    <message>
        <source>Where your machines and volumes are. The region table next to the map has the same numbers.</source>
        <translation>Où se trouvent vos machines et vos volumes. Le tableau des régions, à côté de la carte, donne les mêmes chiffres.</translation>
    </message>
    <message>
        <source>No regions to show yet</source>
        <translation>Aucune région à afficher pour l&apos;instant</translation>
    </message>
</context>
<context>
    <name>hangar::gui::map::RegionPicker</name>
    <message>
        <source>Find a region by code or city</source>
        <translation>Rechercher une région par code ou par ville</translation>
    </message>
    <message>
        <source>Find a region</source>
        <translation>Rechercher une région</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Régions</translation>
    </message>
</context>
<context>
    <name>hangar::gui::map::RegionPickerDialog</name>
    <message>
        <source>Choose a region</source>
        <translation>Choisir une région</translation>
    </message>
    <message>
        <source>Choose</source>
        <translation>Choisir</translation>
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
        <translation>Région</translation>
    </message>
    <message>
        <source>Machines</source>
        <translation>Machines</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Démarrées</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Arrêtées</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Suspendues</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>En échec</translation>
    </message>
    <message>
        <source>Volumes</source>
        <translation>Volumes</translation>
    </message>
    <message>
        <source>Volume size</source>
        <translation>Taille des volumes</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacité</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <source>How many more machines the region can take, where the API says</source>
        <translation>Nombre de machines supplémentaires que la région peut accueillir, lorsque l&apos;API l&apos;indique</translation>
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
        <translation>Code de sortie %1 (mémoire insuffisante)</translation>
    </message>
    <message>
        <source>Exit code %1</source>
        <translation>Code de sortie %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
</context>
<context>
    <name>hangar::models::MachineTableModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Private IP</source>
        <translation>IP privée</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mise à jour</translation>
    </message>
    <message>
        <source>%1 (cordoned)</source>
        <translation>%1 (isolée)</translation>
    </message>
</context>
<context>
    <name>hangar::models::VolumeTableModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>Attached to</source>
        <translation>Attaché à</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Création</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Manage your Fly.io Machines by pointing and clicking.</source>
        <translation>Gérez vos machines Fly.io en quelques clics.</translation>
    </message>
    <message>
        <source>Start in the built-in sandbox (a simulated Fly.io account).</source>
        <translation>Démarrer dans le bac à sable intégré (un compte Fly.io simulé).</translation>
    </message>
    <message>
        <source>Once the fleet has loaded, save the window as a PNG file and quit.</source>
        <translation>Une fois la flotte chargée, enregistrer la fenêtre dans un fichier PNG et quitter.</translation>
    </message>
    <message>
        <source>Select an app, or a machine or volume of it, first.</source>
        <translation>Sélectionner d&apos;abord une application, ou l&apos;une de ses machines ou l&apos;un de ses volumes.</translation>
    </message>
    <message>
        <source>Open a view: regions, activity, welcome, or a panel tab (overview, checks, metadata, events, snapshots).</source>
        <translation>Ouvrir une vue&#xa0;: regions, activity, welcome, ou un onglet de panneau (overview, checks, metadata, events, snapshots).</translation>
    </message>
    <message>
        <source>Window size, e.g. 1280x800.</source>
        <translation>Taille de la fenêtre, p. ex. 1280x800.</translation>
    </message>
    <message>
        <source>--size wants WIDTHxHEIGHT, e.g. 1280x800</source>
        <translation>--size attend LARGEURxHAUTEUR, p. ex. 1280x800</translation>
    </message>
    <message>
        <source>Starting the sandbox…</source>
        <translation>Démarrage du bac à sable…</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Bac à sable</translation>
    </message>
    <message>
        <source>The sandbox could not start: %1</source>
        <translation>Le bac à sable n&apos;a pas pu démarrer&#xa0;: %1</translation>
    </message>
</context>
</TS>
