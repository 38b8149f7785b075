<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>DestroyDialog</name>
    <message>
        <source>Destroy</source>
        <translation>Destruir</translation>
    </message>
    <message>
        <source>&amp;Kill running machines without a clean stop</source>
        <translation>&amp;Forzar el cierre de las máquinas en ejecución sin detenerlas limpiamente</translation>
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
            <numerusform>%n CPU %1 · %2 MB</numerusform>
            <numerusform>%n CPU %1 · %2 MB</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message numerus="yes">
        <source>%n started</source>
        <translation>
            <numerusform>%n iniciada</numerusform>
            <numerusform>%n iniciadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stopped</source>
        <translation>
            <numerusform>%n detenida</numerusform>
            <numerusform>%n detenidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n suspended</source>
        <translation>
            <numerusform>%n suspendida</numerusform>
            <numerusform>%n suspendidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fallida</numerusform>
            <numerusform>%n fallidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changing state</source>
        <translation>
            <numerusform>%n cambiando de estado</numerusform>
            <numerusform>%n cambiando de estado</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n machine(s)</source>
        <translation>
            <numerusform>%n máquina</numerusform>
            <numerusform>%n máquinas</numerusform>
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
            <numerusform>%n volumen</numerusform>
            <numerusform>%n volúmenes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2 in %3</source>
        <translation>%1 — %2 en %3</translation>
    </message>
    <message>
        <source>Cordoned: receives no traffic</source>
        <translation>Aislada: no recibe tráfico</translation>
    </message>
    <message>
        <source>%1 — %2, %3 in %4</source>
        <translation>%1 — %2, %3 en %4</translation>
    </message>
    <message>
        <source>Not attached</source>
        <translation>Sin asociar</translation>
    </message>
    <message>
        <source>Attached to %1</source>
        <translation>Asociado a %1</translation>
    </message>
    <message>
        <source>%1 (copy helper)</source>
        <translation>%1 (asistente de copia)</translation>
    </message>
    <message>
        <source>Hangar started this machine to copy files into volume %1. It is destroyed when the copy ends.</source>
        <translation>Hangar inició esta máquina para copiar archivos en el volumen %1. Se destruye cuando termina la copia.</translation>
    </message>
</context>
<context>
    <name>GuestConfig</name>
    <message>
        <source>Unknown CPU kind “%1”: choose shared or performance.</source>
        <translation>Tipo de CPU desconocido “%1”: elija shared o performance.</translation>
    </message>
    <message>
        <source>A shared guest can have 1, 2, 4, 6 or 8 CPUs, not %1.</source>
        <translation>Un invitado compartido puede tener 1, 2, 4, 6 u 8 CPU, no %1.</translation>
    </message>
    <message>
        <source>A performance guest can have 1, 2, 4, 6, 8, 10, 12, 14, 16, 32, 64 or 128 CPUs, not %1.</source>
        <translation>Un invitado de rendimiento puede tener 1, 2, 4, 6, 8, 10, 12, 14, 16, 32, 64 o 128 CPU, no %1.</translation>
    </message>
    <message>
        <source>Memory must be between %1 MB and %2 MB for this guest (256 to 2048 MB per shared CPU).</source>
        <translation>La memoria de este invitado debe estar entre %1 MB y %2 MB (de 256 a 2048 MB por CPU compartida).</translation>
    </message>
    <message>
        <source>Memory must be between %1 MB and %2 MB for this guest (2048 to 8192 MB per performance CPU).</source>
        <translation>La memoria de este invitado debe estar entre %1 MB y %2 MB (de 2048 a 8192 MB por CPU de rendimiento).</translation>
    </message>
    <message>
        <source>Memory for a shared guest must be a multiple of 256 MB.</source>
        <translation>La memoria de un invitado compartido debe ser múltiplo de 256 MB.</translation>
    </message>
    <message>
        <source>Memory for a performance guest must be a multiple of 1024 MB.</source>
        <translation>La memoria de un invitado de rendimiento debe ser múltiplo de 1024 MB.</translation>
    </message>
</context>
<context>
    <name>MachinePanel</name>
    <message>
        <source>Cordoned: not receiving traffic</source>
        <translation>Aislada: no recibe tráfico</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Machine ID</source>
        <translation>ID de máquina</translation>
    </message>
    <message>
        <source>App</source>
        <translation>Aplicación</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <source>Digest</source>
        <translation>Digest</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>Private IP</source>
        <translation>IP privada</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volumen</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creación</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualización</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Comprobaciones</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Comprobación</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Salida</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>Metadatos</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventos</translation>
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
        <translation>Filtrar: nombre, id, imagen, estado, región o clave=valor</translation>
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
        <translation>rendimiento</translation>
    </message>
    <message>
        <source>shared</source>
        <translation>uso compartido</translation>
    </message>
    <message numerus="yes">
        <source>%n %1 CPU(s), %2</source>
        <translation>
            <numerusform>%n CPU de %1, %2</numerusform>
            <numerusform>%n CPU de %1, %2</numerusform>
        </translation>
    </message>
    <message>
        <source>just now</source>
        <translation>ahora mismo</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>hace %n minuto</numerusform>
            <numerusform>hace %n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>hace %n hora</numerusform>
            <numerusform>hace %n horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>hace %n día</numerusform>
            <numerusform>hace %n días</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Binary content, %1.</source>
        <translation>Contenido binario, %1.</translation>
    </message>
    <message numerus="yes">
        <source>… %n more line(s)</source>
        <translation>
            <numerusform>… %n línea más</numerusform>
            <numerusform>… %n líneas más</numerusform>
        </translation>
    </message>
    <message>
        <source>secret %1</source>
        <translation>secreto %1</translation>
    </message>
    <message>
        <source>image config of %1</source>
        <translation>configuración de imagen de %1</translation>
    </message>
</context>
<context>
    <name>RegionMarkerText</name>
    <message>
        <source>Nearest to you</source>
        <translation>La más cercana</translation>
    </message>
    <message>
        <source>Deprecated</source>
        <translation>Obsoleta</translation>
    </message>
    <message>
        <source>Paid plan only</source>
        <translation>Solo planes de pago</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Puerta de enlace</translation>
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
        <translation>No hay máquinas ni volúmenes aquí</translation>
    </message>
    <message numerus="yes">
        <source>%n volume(s), %1</source>
        <translation>
            <numerusform>%n volumen, %1</numerusform>
            <numerusform>%n volúmenes, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Capacity: %1 more machines</source>
        <translation>Capacidad: %1 máquinas más</translation>
    </message>
    <message>
        <source>Not available for new machines or volumes</source>
        <translation>No disponible para nuevas máquinas ni volúmenes</translation>
    </message>
</context>
<context>
    <name>VolumePanel</name>
    <message>
        <source>Overview</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Volume ID</source>
        <translation>ID de volumen</translation>
    </message>
    <message>
        <source>App</source>
        <translation>Aplicación</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>En uso</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Zona</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Cifrado</translation>
    </message>
    <message>
        <source>Attached to</source>
        <translation>Asociado a</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creación</translation>
    </message>
    <message>
        <source>Snapshots</source>
        <translation>Instantáneas</translation>
    </message>
</context>
<context>
    <name>hangar::api::ApiError</name>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>Could not reach %1: %2. Check your internet connection and proxy settings.</source>
        <translation>No se pudo conectar con %1: %2. Compruebe la conexión a Internet y la configuración del proxy.</translation>
    </message>
    <message>
        <source>the server</source>
        <translation>el servidor</translation>
    </message>
    <message>
        <source>The machine did not reach the expected state in time. It may still get there; refresh to see where it stands.</source>
        <translation>La máquina no alcanzó el estado esperado a tiempo. Puede que aún lo alcance; actualice para ver su estado.</translation>
    </message>
    <message>
        <source>%1 did not answer in time. The action may still complete; refresh before trying again.</source>
        <translation>%1 no respondió a tiempo. Es posible que la acción aún se complete; actualice antes de volver a intentarlo.</translation>
    </message>
    <message>
        <source>The server</source>
        <translation>El servidor</translation>
    </message>
    <message>
        <source>The secure connection failed: %1. Hangar never connects when a certificate cannot be verified; check the API address and your network.</source>
        <translation>Falló la conexión segura: %1. Hangar nunca se conecta si no puede verificar un certificado; compruebe la dirección de la API y su red.</translation>
    </message>
    <message>
        <source>The server sent an answer Hangar could not read (%1). Try again; if it keeps happening, report it with the request id.</source>
        <translation>El servidor envió una respuesta que Hangar no pudo leer (%1). Vuelva a intentarlo; si sigue ocurriendo, notifíquelo indicando el ID de la solicitud.</translation>
    </message>
    <message>
        <source>The token was rejected. Check that it is complete and has not expired or been revoked.</source>
        <translation>Se rechazó el token. Compruebe que esté completo y que no haya caducado ni se haya revocado.</translation>
    </message>
    <message>
        <source>This token does not give access to that. Use a token for the right organization or app.</source>
        <translation>Este token no da acceso a eso. Use un token de la organización o aplicación correcta.</translation>
    </message>
    <message>
        <source>Not found: it may have been deleted.</source>
        <translation>No se encontró: es posible que se haya eliminado.</translation>
    </message>
    <message>
        <source>Not found: %1</source>
        <translation>No se encontró: %1</translation>
    </message>
    <message>
        <source>The platform did not finish in time. The action may still complete; refresh to see where it stands.</source>
        <translation>La plataforma no terminó a tiempo. Es posible que la acción aún se complete; actualice para ver su estado.</translation>
    </message>
    <message>
        <source>The machine is locked by another operation (a lease is held). Try again when it has finished.</source>
        <translation>La máquina está bloqueada por otra operación (hay una concesión activa). Vuelva a intentarlo cuando haya terminado.</translation>
    </message>
    <message>
        <source>Someone else changed this machine in the meantime. Reload it and apply your changes again.</source>
        <translation>Otra persona modificó esta máquina mientras tanto. Recárguela y vuelva a aplicar sus cambios.</translation>
    </message>
    <message>
        <source>That volume is already attached to another machine. A volume can be mounted by one machine at a time.</source>
        <translation>Ese volumen ya está asociado a otra máquina. Un volumen solo puede estar montado en una máquina a la vez.</translation>
    </message>
    <message>
        <source>That name is already taken. Choose another one.</source>
        <translation>Ese nombre ya está en uso. Elija otro.</translation>
    </message>
    <message>
        <source>There is not enough capacity for this right now. Try another region or try again later.</source>
        <translation>Ahora mismo no hay capacidad suficiente para esto. Pruebe otra región o vuelva a intentarlo más tarde.</translation>
    </message>
    <message>
        <source>Fly.io is rate limiting these requests. Hangar retried them; wait a moment and try again.</source>
        <translation>Fly.io está limitando la frecuencia de estas solicitudes. Hangar las reintentó; espere un momento y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The request was too large for the server.</source>
        <translation>La solicitud era demasiado grande para el servidor.</translation>
    </message>
    <message>
        <source>Fly.io had a problem (HTTP %1). Try again in a moment.</source>
        <translation>Fly.io tuvo un problema (HTTP %1). Vuelva a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>The request was not valid.</source>
        <translation>La solicitud no era válida.</translation>
    </message>
    <message>
        <source>Not accepted: %1</source>
        <translation>No aceptado: %1</translation>
    </message>
    <message>
        <source>The request conflicts with the current state.</source>
        <translation>La solicitud entra en conflicto con el estado actual.</translation>
    </message>
    <message>
        <source>Conflict: %1</source>
        <translation>Conflicto: %1</translation>
    </message>
    <message>
        <source>The request cannot be carried out in the current state.</source>
        <translation>La solicitud no se puede llevar a cabo en el estado actual.</translation>
    </message>
    <message>
        <source>Not possible now: %1</source>
        <translation>No es posible ahora: %1</translation>
    </message>
    <message>
        <source>The request was not accepted.</source>
        <translation>No se aceptó la solicitud.</translation>
    </message>
    <message>
        <source>The server answered with HTTP %1.</source>
        <translation>El servidor respondió con HTTP %1.</translation>
    </message>
    <message>
        <source>The server answered with HTTP %1: %2</source>
        <translation>El servidor respondió con HTTP %1: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid API address.</source>
        <translation>&quot;%1&quot; no es una dirección de API válida.</translation>
    </message>
    <message>
        <source>Hangar only talks to the API over https (plain http is allowed for this computer&apos;s own simulator only), so it will not use %1.</source>
        <translation>Hangar solo se comunica con la API mediante https (el http sin cifrar solo se permite para el simulador de este equipo), por lo que no usará %1.</translation>
    </message>
</context>
<context>
    <name>hangar::api::CreateAndWait</name>
    <message>
        <source>Creating the machine</source>
        <translation>Creando la máquina</translation>
    </message>
    <message>
        <source>Waiting for the machine to be created</source>
        <translation>Esperando a que se cree la máquina</translation>
    </message>
    <message>
        <source>Waiting for the machine to start</source>
        <translation>Esperando a que se inicie la máquina</translation>
    </message>
</context>
<context>
    <name>hangar::api::DestroyMachine</name>
    <message>
        <source>Stopping the machine</source>
        <translation>Deteniendo la máquina</translation>
    </message>
    <message>
        <source>Destroying the machine</source>
        <translation>Destruyendo la máquina</translation>
    </message>
</context>
<context>
    <name>hangar::api::TransitionAndWait</name>
    <message>
        <source>Waiting for the machine</source>
        <translation>Esperando a la máquina</translation>
    </message>
    <message>
        <source>Starting the machine</source>
        <translation>Iniciando la máquina</translation>
    </message>
    <message>
        <source>Stopping the machine</source>
        <translation>Deteniendo la máquina</translation>
    </message>
    <message>
        <source>Restarting the machine</source>
        <translation>Reiniciando la máquina</translation>
    </message>
    <message>
        <source>Suspending the machine</source>
        <translation>Suspendiendo la máquina</translation>
    </message>
</context>
<context>
    <name>hangar::api::UpdateAndWait</name>
    <message>
        <source>Taking a lease on the machine</source>
        <translation>Obteniendo una concesión sobre la máquina</translation>
    </message>
    <message>
        <source>Applying the new config</source>
        <translation>Aplicando la nueva configuración</translation>
    </message>
    <message>
        <source>Waiting for the machine to settle</source>
        <translation>Esperando a que la máquina se estabilice</translation>
    </message>
    <message>
        <source>Releasing the lease</source>
        <translation>Liberando la concesión</translation>
    </message>
</context>
<context>
    <name>hangar::core::AccountManager</name>
    <message>
        <source>The account has no id.</source>
        <translation>La cuenta no tiene ID.</translation>
    </message>
    <message>
        <source>Paste a token first.</source>
        <translation>Pegue primero un token.</translation>
    </message>
    <message>
        <source>There is already an account with this id.</source>
        <translation>Ya existe una cuenta con este ID.</translation>
    </message>
    <message>
        <source>This account no longer exists.</source>
        <translation>Esta cuenta ya no existe.</translation>
    </message>
    <message>
        <source>The token of “%1” could not be saved in the system keychain. %2 Hangar keeps it in memory until it quits; next time, paste it again in the account&apos;s settings.</source>
        <translation>No se pudo guardar el token de “%1” en el llavero del sistema. %2 Hangar lo conserva en memoria hasta que se cierre; la próxima vez, vuelva a pegarlo en la configuración de la cuenta.</translation>
    </message>
    <message>
        <source>The token of “%1” could not be read from the system keychain. %2 To use the account now, paste its token in the account&apos;s settings.</source>
        <translation>No se pudo leer el token de “%1” del llavero del sistema. %2 Para usar la cuenta ahora, pegue su token en la configuración de la cuenta.</translation>
    </message>
    <message>
        <source>No token is saved for “%1”. Paste its token in the account&apos;s settings.</source>
        <translation>No hay ningún token guardado para “%1”. Pegue su token en la configuración de la cuenta.</translation>
    </message>
    <message>
        <source>The token of the removed account could not be deleted from the system keychain. %1 Hangar will try again when it next starts.</source>
        <translation>No se pudo eliminar del llavero del sistema el token de la cuenta quitada. %1 Hangar volverá a intentarlo la próxima vez que se inicie.</translation>
    </message>
    <message>
        <source>%1 (not saved)</source>
        <translation>%1 (sin guardar)</translation>
    </message>
</context>
<context>
    <name>hangar::core::AccountProfile</name>
    <message>
        <source>Put the token in the token field, not in the API address.</source>
        <translation>Escriba el token en el campo del token, no en la dirección de la API.</translation>
    </message>
</context>
<context>
    <name>hangar::core::BulkJob</name>
    <message numerus="yes">
        <source>%1 of %n machine(s) done</source>
        <translation>
            <numerusform>%1 de %n máquina completada</numerusform>
            <numerusform>%1 de %n máquinas completadas</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to do</source>
        <translation>No hay nada que hacer</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: done</source>
        <translation>%1: completado</translation>
    </message>
    <message>
        <source>The operation could not be started.</source>
        <translation>No se pudo iniciar la operación.</translation>
    </message>
    <message>
        <source>%1: failed: %2</source>
        <translation>%1: error: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n falló</numerusform>
            <numerusform>%n fallaron</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n se canceló</numerusform>
            <numerusform>%n se cancelaron</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (and %n more)</source>
        <translation>
            <numerusform>%1 (y %n más)</numerusform>
            <numerusform>%1 (y %n más)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hangar::core::ChunkReader</name>
    <message>
        <source>it changed while it was being copied</source>
        <translation>cambió mientras se copiaba</translation>
    </message>
</context>
<context>
    <name>hangar::core::ConfigSummary</name>
    <message>
        <source>the machine will restart</source>
        <translation>la máquina se reiniciará</translation>
    </message>
    <message>
        <source>the machine stays stopped</source>
        <translation>la máquina sigue detenida</translation>
    </message>
    <message>
        <source>the machine stays stopped and its suspended state is lost</source>
        <translation>la máquina sigue detenida y se pierde su estado suspendido</translation>
    </message>
    <message>
        <source>env %1 added</source>
        <translation>variable de entorno %1 añadida</translation>
    </message>
    <message numerus="yes">
        <source>%n env variable(s) added</source>
        <translation>
            <numerusform>%n variable de entorno añadida</numerusform>
            <numerusform>%n variables de entorno añadidas</numerusform>
        </translation>
    </message>
    <message>
        <source>env %1 changed</source>
        <translation>variable de entorno %1 modificada</translation>
    </message>
    <message numerus="yes">
        <source>%n env variable(s) changed</source>
        <translation>
            <numerusform>%n variable de entorno modificada</numerusform>
            <numerusform>%n variables de entorno modificadas</numerusform>
        </translation>
    </message>
    <message>
        <source>env %1 removed</source>
        <translation>variable de entorno %1 quitada</translation>
    </message>
    <message numerus="yes">
        <source>%n env variable(s) removed</source>
        <translation>
            <numerusform>%n variable de entorno eliminada</numerusform>
            <numerusform>%n variables de entorno eliminadas</numerusform>
        </translation>
    </message>
    <message>
        <source>metadata %1 added</source>
        <translation>metadato %1 añadido</translation>
    </message>
    <message numerus="yes">
        <source>%n metadata key(s) added</source>
        <translation>
            <numerusform>%n clave de metadatos añadida</numerusform>
            <numerusform>%n claves de metadatos añadidas</numerusform>
        </translation>
    </message>
    <message>
        <source>metadata %1 changed</source>
        <translation>metadato %1 modificado</translation>
    </message>
    <message numerus="yes">
        <source>%n metadata key(s) changed</source>
        <translation>
            <numerusform>%n clave de metadatos modificada</numerusform>
            <numerusform>%n claves de metadatos modificadas</numerusform>
        </translation>
    </message>
    <message>
        <source>metadata %1 removed</source>
        <translation>metadato %1 quitado</translation>
    </message>
    <message numerus="yes">
        <source>%n metadata key(s) removed</source>
        <translation>
            <numerusform>%n clave de metadatos eliminada</numerusform>
            <numerusform>%n claves de metadatos eliminadas</numerusform>
        </translation>
    </message>
    <message>
        <source>check %1 added</source>
        <translation>comprobación %1 añadida</translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) added</source>
        <translation>
            <numerusform>%n comprobación añadida</numerusform>
            <numerusform>%n comprobaciones añadidas</numerusform>
        </translation>
    </message>
    <message>
        <source>check %1 changed</source>
        <translation>comprobación %1 modificada</translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) changed</source>
        <translation>
            <numerusform>%n comprobación modificada</numerusform>
            <numerusform>%n comprobaciones modificadas</numerusform>
        </translation>
    </message>
    <message>
        <source>check %1 removed</source>
        <translation>comprobación %1 quitada</translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) removed</source>
        <translation>
            <numerusform>%n comprobación eliminada</numerusform>
            <numerusform>%n comprobaciones eliminadas</numerusform>
        </translation>
    </message>
    <message>
        <source>file %1 added</source>
        <translation>archivo %1 añadido</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) added</source>
        <translation>
            <numerusform>%n archivo añadido</numerusform>
            <numerusform>%n archivos añadidos</numerusform>
        </translation>
    </message>
    <message>
        <source>file %1 changed</source>
        <translation>archivo %1 modificado</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) changed</source>
        <translation>
            <numerusform>%n archivo modificado</numerusform>
            <numerusform>%n archivos modificados</numerusform>
        </translation>
    </message>
    <message>
        <source>file %1 removed</source>
        <translation>archivo %1 quitado</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) removed</source>
        <translation>
            <numerusform>%n archivo eliminado</numerusform>
            <numerusform>%n archivos eliminados</numerusform>
        </translation>
    </message>
    <message>
        <source>auto-destroy on</source>
        <translation>autodestrucción activada</translation>
    </message>
    <message>
        <source>auto-destroy off</source>
        <translation>autodestrucción desactivada</translation>
    </message>
    <message>
        <source>No changes.</source>
        <translation>Sin cambios.</translation>
    </message>
    <message numerus="yes">
        <source>and %n other change(s)</source>
        <translation>
            <numerusform>y %n cambio más</numerusform>
            <numerusform>y %n cambios más</numerusform>
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
            <numerusform>%n CPU, %1 MB</numerusform>
        </translation>
    </message>
    <message>
        <source>init</source>
        <translation>init</translation>
    </message>
    <message>
        <source>DNS settings</source>
        <translation>configuración de DNS</translation>
    </message>
    <message>
        <source>processes</source>
        <translation>procesos</translation>
    </message>
    <message>
        <source>statics</source>
        <translation>archivos estáticos</translation>
    </message>
    <message>
        <source>metrics</source>
        <translation>métricas</translation>
    </message>
    <message>
        <source>containers</source>
        <translation>contenedores</translation>
    </message>
    <message>
        <source>container volumes</source>
        <translation>volúmenes de contenedores</translation>
    </message>
    <message>
        <source>standbys</source>
        <translation>máquinas en espera</translation>
    </message>
    <message>
        <source>root file system</source>
        <translation>sistema de archivos raíz</translation>
    </message>
    <message>
        <source>cache drive</source>
        <translation>unidad de caché</translation>
    </message>
    <message>
        <source>spot pricing</source>
        <translation>precios spot</translation>
    </message>
    <message>
        <source>autostart</source>
        <translation>inicio automático</translation>
    </message>
    <message>
        <source>image %1</source>
        <translation>imagen %1</translation>
    </message>
    <message>
        <source>image %1 → %2</source>
        <translation>imagen %1 → %2</translation>
    </message>
    <message>
        <source>size %1 → %2</source>
        <translation>tamaño %1 → %2</translation>
    </message>
    <message>
        <source>size removed</source>
        <translation>tamaño quitado</translation>
    </message>
    <message>
        <source>size %1</source>
        <translation>tamaño %1</translation>
    </message>
    <message>
        <source>CPU kind %1 → %2</source>
        <translation>tipo de CPU %1 → %2</translation>
    </message>
    <message>
        <source>CPUs %1 → %2</source>
        <translation>CPU %1 → %2</translation>
    </message>
    <message>
        <source>memory %1 → %2 MB</source>
        <translation>memoria %1 → %2 MB</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>GPU %1 → %2</source>
        <translation>GPU %1 → %2</translation>
    </message>
    <message>
        <source>guest settings changed</source>
        <translation>configuración del invitado modificada</translation>
    </message>
    <message>
        <source>service %1 added</source>
        <translation>servicio %1 añadido</translation>
    </message>
    <message>
        <source>service %1 removed</source>
        <translation>servicio %1 quitado</translation>
    </message>
    <message>
        <source>port %1 added to %2</source>
        <translation>puerto %1 añadido a %2</translation>
    </message>
    <message>
        <source>port %1 removed from %2</source>
        <translation>puerto %1 quitado de %2</translation>
    </message>
    <message>
        <source>port %1 of %2 changed</source>
        <translation>puerto %1 de %2 modificado</translation>
    </message>
    <message>
        <source>service %1 changed</source>
        <translation>servicio %1 modificado</translation>
    </message>
    <message>
        <source>volume %1 mounted at %2</source>
        <translation>volumen %1 montado en %2</translation>
    </message>
    <message>
        <source>volume %1 unmounted</source>
        <translation>volumen %1 desmontado</translation>
    </message>
    <message>
        <source>mount path %1 → %2</source>
        <translation>ruta de montaje %1 → %2</translation>
    </message>
    <message>
        <source>mount of %1 changed</source>
        <translation>montaje de %1 modificado</translation>
    </message>
    <message>
        <source>restart policy %1 → %2</source>
        <translation>política de reinicio %1 → %2</translation>
    </message>
    <message>
        <source>restart retries %1 → %2</source>
        <translation>reintentos de reinicio %1 → %2</translation>
    </message>
    <message>
        <source>restart settings changed</source>
        <translation>configuración de reinicio modificada</translation>
    </message>
    <message>
        <source>stop signal %1 → %2</source>
        <translation>señal de detención %1 → %2</translation>
    </message>
    <message>
        <source>stop timeout changed</source>
        <translation>tiempo de espera de detención modificado</translation>
    </message>
    <message>
        <source>stop settings changed</source>
        <translation>configuración de detención modificada</translation>
    </message>
    <message>
        <source>schedule %1</source>
        <translation>programación %1</translation>
    </message>
    <message>
        <source>schedule removed</source>
        <translation>programación quitada</translation>
    </message>
    <message>
        <source>schedule %1 → %2</source>
        <translation>programación %1 → %2</translation>
    </message>
    <message>
        <source>field %1 added</source>
        <translation>campo %1 añadido</translation>
    </message>
    <message>
        <source>field %1 removed</source>
        <translation>campo %1 quitado</translation>
    </message>
    <message>
        <source>field %1 changed</source>
        <translation>campo %1 modificado</translation>
    </message>
    <message>
        <source>%1 added</source>
        <translation>%1: añadido</translation>
    </message>
    <message>
        <source>%1 removed</source>
        <translation>%1: quitado</translation>
    </message>
    <message>
        <source>%1 changed</source>
        <translation>%1: modificado</translation>
    </message>
</context>
<context>
    <name>hangar::core::CopyEngine</name>
    <message>
        <source>The volume is full: %1 did not fit. Nothing partial was left in its place.</source>
        <translation>El volumen está lleno: %1 no cabía. No se dejó ninguna copia parcial en su lugar.</translation>
    </message>
    <message numerus="yes">
        <source>The volume is full: %n file(s) starting with %1 did not fit. Nothing partial was left in their place.</source>
        <translation>
            <numerusform>El volumen está lleno: %n archivo, %1, no cabía. No se dejó ninguna copia parcial en su lugar.</numerusform>
            <numerusform>El volumen está lleno: %n archivos, empezando por %1, no cabían. No se dejó ninguna copia parcial en su lugar.</numerusform>
        </translation>
    </message>
    <message>
        <source>The machine stopped answering commands: %1</source>
        <translation>La máquina dejó de responder a los comandos: %1</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>No se pudo leer %1: %2</translation>
    </message>
    <message>
        <source>The machine refuses even the smallest chunk: %1</source>
        <translation>La máquina rechaza incluso el fragmento más pequeño: %1</translation>
    </message>
    <message>
        <source>The file could not be checked.</source>
        <translation>No se pudo comprobar el archivo.</translation>
    </message>
    <message>
        <source>The copy did not match the original (SHA-256 differs).</source>
        <translation>La copia no coincidía con el original (el SHA-256 es distinto).</translation>
    </message>
    <message>
        <source>The machine refuses even the smallest request.</source>
        <translation>La máquina rechaza incluso la solicitud más pequeña.</translation>
    </message>
    <message>
        <source>The file could not be written on the machine.</source>
        <translation>No se pudo escribir el archivo en la máquina.</translation>
    </message>
    <message>
        <source>The file could not be put in place: %1</source>
        <translation>No se pudo colocar el archivo en su sitio: %1</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>error desconocido</translation>
    </message>
    <message>
        <source>Its temporary file on the machine was removed while it was being copied.</source>
        <translation>Su archivo temporal en la máquina se eliminó mientras se copiaba.</translation>
    </message>
    <message>
        <source>The machine could not write it (exit code %1).</source>
        <translation>La máquina no pudo escribirlo (código de salida %1).</translation>
    </message>
</context>
<context>
    <name>hangar::core::CopyJob</name>
    <message>
        <source>Copy into %1</source>
        <translation>Copiar en %1</translation>
    </message>
    <message>
        <source>The destination is not valid: %1</source>
        <translation>El destino no es válido: %1</translation>
    </message>
    <message>
        <source>Looking at the dropped files</source>
        <translation>Examinando los archivos soltados</translation>
    </message>
    <message numerus="yes">
        <source>The dropped folders contain %n symbolic link(s), such as %1. Copy what they point to, or leave them out?</source>
        <translation>
            <numerusform>Las carpetas soltadas contienen %n enlace simbólico: %1. ¿Copiar aquello a lo que apunta u omitirlo?</numerusform>
            <numerusform>Las carpetas soltadas contienen %n enlaces simbólicos, como %1. ¿Copiar aquello a lo que apuntan u omitirlos?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out %n symbolic link(s).</source>
        <translation>
            <numerusform>Se omitió %n enlace simbólico.</numerusform>
            <numerusform>Se omitieron %n enlaces simbólicos.</numerusform>
        </translation>
    </message>
    <message>
        <source>The name cannot be used on the volume.</source>
        <translation>El nombre no se puede usar en el volumen.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s), %1 in all</source>
        <translation>
            <numerusform>%n archivo, %1 en total</numerusform>
            <numerusform>%n archivos, %1 en total</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is %2. Copying it takes a while and uses space on the volume. Copy it?</source>
        <translation>%1 ocupa %2. Copiarlo lleva un tiempo y usa espacio en el volumen. ¿Copiarlo?</translation>
    </message>
    <message>
        <source>Larger than %1; not copied.</source>
        <translation>Mayor de %1; no se copió.</translation>
    </message>
    <message>
        <source>The volume is attached to %1, which is %2. Start it for the copy (and stop it again afterwards)?</source>
        <translation>El volumen está asociado a %1, cuyo estado es %2. ¿Iniciarla para la copia (y volver a detenerla después)?</translation>
    </message>
    <message>
        <source>Copying through %1, which sees the volume at %2</source>
        <translation>Copiando a través de %1, que ve el volumen en %2</translation>
    </message>
    <message>
        <source>Copying %1 (%2 of %3)</source>
        <translation>Copiando %1 (%2 de %3)</translation>
    </message>
    <message>
        <source>Removing temporary files</source>
        <translation>Eliminando archivos temporales</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) copied (%1) to %2</source>
        <translation>
            <numerusform>%n archivo copiado (%1) en %2</numerusform>
            <numerusform>%n archivos copiados (%1) en %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n omitido</numerusform>
            <numerusform>%n omitidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n falló</numerusform>
            <numerusform>%n fallaron</numerusform>
        </translation>
    </message>
    <message>
        <source>Failed: %1 — %2</source>
        <translation>Error: %1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be copied.</source>
        <translation>
            <numerusform>No se pudo copiar %n archivo.</numerusform>
            <numerusform>No se pudieron copiar %n archivos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking what is already on the volume</source>
        <translation>Comprobando lo que ya hay en el volumen</translation>
    </message>
    <message>
        <source>The volume could not be checked: %1</source>
        <translation>No se pudo comprobar el volumen: %1</translation>
    </message>
    <message>
        <source>A folder with this name is in the way.</source>
        <translation>Ya hay una carpeta con este nombre.</translation>
    </message>
    <message>
        <source>%1 already exists on the volume. Replace it, skip this file, or keep both?</source>
        <translation>%1 ya existe en el volumen. ¿Reemplazarlo, omitir este archivo o conservar ambos?</translation>
    </message>
    <message>
        <source>Already there; skipped.</source>
        <translation>Ya existe; se omitió.</translation>
    </message>
    <message>
        <source>Keeping both: the copy is named %1</source>
        <translation>Se conservan ambos: la copia se llama %1</translation>
    </message>
    <message>
        <source>Some folders could not be made: %1</source>
        <translation>No se pudieron crear algunas carpetas: %1</translation>
    </message>
</context>
<context>
    <name>hangar::core::CreateMachineJob</name>
    <message>
        <source>a new machine</source>
        <translation>una máquina nueva</translation>
    </message>
    <message>
        <source>Create %1</source>
        <translation>Crear %1</translation>
    </message>
    <message numerus="yes">
        <source>Creating volume %1 (%n GB) in %2</source>
        <translation>
            <numerusform>Creando el volumen %1 (%n GB) en %2</numerusform>
            <numerusform>Creando el volumen %1 (%n GB) en %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Forking %1 into %2 in %3</source>
        <translation>Duplicando %1 como %2 en %3</translation>
    </message>
    <message>
        <source>The volume could not be created; no machine was created.</source>
        <translation>No se pudo crear el volumen; no se creó ninguna máquina.</translation>
    </message>
    <message>
        <source>Volume %1 created (%2)</source>
        <translation>Volumen %1 creado (%2)</translation>
    </message>
    <message>
        <source>The new volume %1 was kept; mount it on another machine or destroy it.</source>
        <translation>Se conservó el nuevo volumen %1; móntelo en otra máquina o destrúyalo.</translation>
    </message>
    <message>
        <source>%1 created and %2 in %3</source>
        <translation>%1 creada en %3 (%2)</translation>
    </message>
</context>
<context>
    <name>hangar::core::DownloadJob</name>
    <message>
        <source>Download from %1</source>
        <translation>Descargar de %1</translation>
    </message>
    <message>
        <source>The volume&apos;s machine is not running. Open the Files tab with it first.</source>
        <translation>La máquina del volumen no está en ejecución. Ábrala primero en la pestaña Archivos.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) saved in %1</source>
        <translation>
            <numerusform>%n archivo guardado en %1</numerusform>
            <numerusform>%n archivos guardados en %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be downloaded.</source>
        <translation>
            <numerusform>No se pudo descargar %n archivo.</numerusform>
            <numerusform>No se pudieron descargar %n archivos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Downloading %1</source>
        <translation>Descargando %1</translation>
    </message>
    <message>
        <source>The file changed while it was read.</source>
        <translation>El archivo cambió mientras se leía.</translation>
    </message>
    <message>
        <source>The download did not match the file on the volume.</source>
        <translation>La descarga no coincidía con el archivo del volumen.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Se guardó %1</translation>
    </message>
</context>
<context>
    <name>hangar::core::Job</name>
    <message>
        <source>Finished</source>
        <translation>Finalizado</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
</context>
<context>
    <name>hangar::core::KeychainCredentialStore</name>
    <message numerus="yes">
        <source>The system keychain did not answer within %n second(s). It may be locked, or waiting for a password prompt that nobody can see.</source>
        <translation>
            <numerusform>El llavero del sistema no respondió en %n segundo. Puede estar bloqueado o esperando una solicitud de contraseña que nadie ve.</numerusform>
            <numerusform>El llavero del sistema no respondió en %n segundos. Puede estar bloqueado o esperando una solicitud de contraseña que nadie ve.</numerusform>
        </translation>
    </message>
    <message>
        <source>Access to the system keychain was refused.</source>
        <translation>Se denegó el acceso al llavero del sistema.</translation>
    </message>
    <message>
        <source>The system keychain could not delete the entry: %1</source>
        <translation>El llavero del sistema no pudo eliminar la entrada: %1</translation>
    </message>
    <message>
        <source>The system keychain is not available: %1</source>
        <translation>El llavero del sistema no está disponible: %1</translation>
    </message>
</context>
<context>
    <name>hangar::core::LocalScan</name>
    <message>
        <source>%1: it no longer exists</source>
        <translation>%1: ya no existe</translation>
    </message>
    <message>
        <source>%1: not a regular file</source>
        <translation>%1: no es un archivo normal</translation>
    </message>
    <message>
        <source>%1: it cannot be read</source>
        <translation>%1: no se puede leer</translation>
    </message>
    <message>
        <source>%1: a link loops back to a folder above it</source>
        <translation>%1: un enlace vuelve en bucle a una carpeta superior</translation>
    </message>
    <message>
        <source>%1: the folder cannot be read</source>
        <translation>%1: no se puede leer la carpeta</translation>
    </message>
    <message>
        <source>%1: a broken link</source>
        <translation>%1: enlace roto</translation>
    </message>
</context>
<context>
    <name>hangar::core::MachineJobs</name>
    <message>
        <source>Start %1</source>
        <translation>Iniciar %1</translation>
    </message>
    <message>
        <source>Stop %1</source>
        <translation>Detener %1</translation>
    </message>
    <message>
        <source>Restart %1</source>
        <translation>Reiniciar %1</translation>
    </message>
    <message>
        <source>Suspend %1</source>
        <translation>Suspender %1</translation>
    </message>
    <message numerus="yes">
        <source>Start %n machine(s)</source>
        <translation>
            <numerusform>Iniciar %n máquina</numerusform>
            <numerusform>Iniciar %n máquinas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stop %n machine(s)</source>
        <translation>
            <numerusform>Detener %n máquina</numerusform>
            <numerusform>Detener %n máquinas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restart %n machine(s)</source>
        <translation>
            <numerusform>Reiniciar %n máquina</numerusform>
            <numerusform>Reiniciar %n máquinas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Suspend %n machine(s)</source>
        <translation>
            <numerusform>Suspender %n máquina</numerusform>
            <numerusform>Suspender %n máquinas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n machine(s) started</source>
        <translation>
            <numerusform>%1 de %n máquina iniciada</numerusform>
            <numerusform>%1 de %n máquinas iniciadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n machine(s) stopped</source>
        <translation>
            <numerusform>%1 de %n máquina detenida</numerusform>
            <numerusform>%1 de %n máquinas detenidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n machine(s) restarted</source>
        <translation>
            <numerusform>%1 de %n máquina reiniciada</numerusform>
            <numerusform>%1 de %n máquinas reiniciadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n machine(s) suspended</source>
        <translation>
            <numerusform>%1 de %n máquina suspendida</numerusform>
            <numerusform>%1 de %n máquinas suspendidas</numerusform>
        </translation>
    </message>
    <message>
        <source>Destroy %1</source>
        <translation>Destruir %1</translation>
    </message>
    <message>
        <source>%1 was destroyed</source>
        <translation>Se destruyó %1</translation>
    </message>
    <message numerus="yes">
        <source>Destroy %n machine(s)</source>
        <translation>
            <numerusform>Destruir %n máquina</numerusform>
            <numerusform>Destruir %n máquinas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n machine(s) destroyed</source>
        <translation>
            <numerusform>%1 de %n máquina destruida</numerusform>
            <numerusform>%1 de %n máquinas destruidas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hangar::core::MemoryCredentialStore</name>
    <message>
        <source>The credential store did not answer in time.</source>
        <translation>El almacén de credenciales no respondió a tiempo.</translation>
    </message>
</context>
<context>
    <name>hangar::core::OperationJob</name>
    <message>
        <source>Done</source>
        <translation>Completado</translation>
    </message>
    <message>
        <source>%1 is %2</source>
        <translation>Estado de %1: %2</translation>
    </message>
</context>
<context>
    <name>hangar::core::TokenCheck</name>
    <message>
        <source>This token has expired. Create a new one (fly tokens create, or Tokens in the Fly.io dashboard) and paste it here.</source>
        <translation>Este token ha caducado. Cree uno nuevo (fly tokens create, o Tokens en el panel de Fly.io) y péguelo aquí.</translation>
    </message>
    <message>
        <source>Fly.io knows this token but it is too narrow: it may not even describe itself (HTTP 403). Use an organization token (fly tokens create org) or a deploy token for the apps to manage.</source>
        <translation>Fly.io reconoce este token, pero su alcance es demasiado limitado: ni siquiera puede describirse a sí mismo (HTTP 403). Use un token de organización (fly tokens create org) o un token de despliegue para las aplicaciones que quiera administrar.</translation>
    </message>
    <message>
        <source>Fly.io accepts this token, but it reaches no organization, so there is nothing Hangar could show. Use an organization token (fly tokens create org) or a deploy token.</source>
        <translation>Fly.io acepta este token, pero no da acceso a ninguna organización, así que Hangar no tiene nada que mostrar. Use un token de organización (fly tokens create org) o un token de despliegue.</translation>
    </message>
    <message>
        <source>The token works. It is a personal token: Hangar shows the apps of your personal organization.</source>
        <translation>El token funciona. Es un token personal: Hangar muestra las aplicaciones de su organización personal.</translation>
    </message>
    <message numerus="yes">
        <source>The token works. It reaches %n organization(s).</source>
        <translation>
            <numerusform>El token funciona. Da acceso a %n organización.</numerusform>
            <numerusform>El token funciona. Da acceso a %n organizaciones.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hangar::core::TokenValidator</name>
    <message>
        <source>Paste a token first.</source>
        <translation>Pegue primero un token.</translation>
    </message>
</context>
<context>
    <name>hangar::core::VolumeAccess</name>
    <message>
        <source>%1 was not started, so the volume cannot be reached.</source>
        <translation>%1 no se inició, por lo que no se puede acceder al volumen.</translation>
    </message>
    <message>
        <source>Looking up the volume</source>
        <translation>Buscando el volumen</translation>
    </message>
    <message>
        <source>Waiting for %1 to settle</source>
        <translation>Esperando a que %1 se estabilice</translation>
    </message>
    <message>
        <source>The volume is attached to %1, which is %2: it cannot be used now.</source>
        <translation>El volumen está asociado a %1, cuyo estado es %2: no se puede usar ahora.</translation>
    </message>
    <message>
        <source>Starting %1</source>
        <translation>Iniciando %1</translation>
    </message>
    <message>
        <source>%1 could not be started: %2</source>
        <translation>No se pudo iniciar %1: %2</translation>
    </message>
    <message>
        <source>Starting helper machine %1 in %2</source>
        <translation>Iniciando la máquina auxiliar %1 en %2</translation>
    </message>
    <message>
        <source>The helper machine could not be started: %1</source>
        <translation>No se pudo iniciar la máquina auxiliar: %1</translation>
    </message>
    <message>
        <source>Helper machine %1 (%2) is running</source>
        <translation>La máquina auxiliar %1 (%2) está en ejecución</translation>
    </message>
    <message>
        <source>Stopping %1 again</source>
        <translation>Volviendo a detener %1</translation>
    </message>
    <message>
        <source>%1 could not be stopped: %2</source>
        <translation>No se pudo detener %1: %2</translation>
    </message>
    <message>
        <source>Removing helper machine %1</source>
        <translation>Quitando la máquina auxiliar %1</translation>
    </message>
    <message>
        <source>Helper machine %1 removed</source>
        <translation>Máquina auxiliar %1 quitada</translation>
    </message>
    <message>
        <source>Helper machine %1 could not be removed (%2); it removes itself when its timer runs out, or at Hangar&apos;s next start.</source>
        <translation>No se pudo quitar la máquina auxiliar %1 (%2); se quitará sola cuando se agote su temporizador o la próxima vez que se inicie Hangar.</translation>
    </message>
</context>
<context>
    <name>hangar::core::VolumeBrowser</name>
    <message>
        <source>No machine mounts this volume.</source>
        <translation>Ninguna máquina monta este volumen.</translation>
    </message>
    <message>
        <source>The volume is attached to %1, which is %2.</source>
        <translation>El volumen está asociado a %1, cuyo estado es %2.</translation>
    </message>
    <message>
        <source>The volume itself cannot be deleted here.</source>
        <translation>El volumen en sí no se puede eliminar desde aquí.</translation>
    </message>
</context>
<context>
    <name>hangar::core::helpers</name>
    <message>
        <source>Remove helper machine %1 left behind</source>
        <translation>Quitar la máquina auxiliar %1 que quedó pendiente</translation>
    </message>
    <message>
        <source>Helper machine %1 removed</source>
        <translation>Máquina auxiliar %1 quitada</translation>
    </message>
</context>
<context>
    <name>hangar::core::remotepath</name>
    <message>
        <source>The path contains a NUL character.</source>
        <translation>La ruta contiene un carácter NUL.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an absolute path.</source>
        <translation>&quot;%1&quot; no es una ruta absoluta.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; climbs above the root.</source>
        <translation>&quot;%1&quot; sube por encima de la raíz.</translation>
    </message>
    <message>
        <source>A name in &quot;%1&quot; is longer than 255 bytes.</source>
        <translation>Un nombre de &quot;%1&quot; ocupa más de 255 bytes.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is outside the volume, which is at %2.</source>
        <translation>&quot;%1&quot; está fuera del volumen, que está en %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be used as a name.</source>
        <translation>&quot;%1&quot; no se puede usar como nombre.</translation>
    </message>
    <message>
        <source>A name cannot contain &quot;/&quot; or NUL.</source>
        <translation>Un nombre no puede contener &quot;/&quot; ni NUL.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is longer than 255 bytes.</source>
        <translation>&quot;%1&quot; ocupa más de 255 bytes.</translation>
    </message>
</context>
<context>
    <name>hangar::gui::AccountBanner</name>
    <message>
        <source>PRODUCTION</source>
        <translation>PRODUCCIÓN</translation>
    </message>
    <message>
        <source>A production account: destructive actions need the resource&apos;s name typed.</source>
        <translation>Cuenta de producción: las acciones destructivas exigen escribir el nombre del recurso.</translation>
    </message>
    <message>
        <source>%1 · nothing here touches Fly.io</source>
        <translation>%1 · nada de lo que haga aquí afecta a Fly.io</translation>
    </message>
</context>
<context>
    <name>hangar::gui::AccountDialog</name>
    <message>
        <source>Check the token to see what it reaches.</source>
        <translation>Compruebe el token para ver a qué da acceso.</translation>
    </message>
    <message>
        <source>Account settings</source>
        <translation>Configuración de la cuenta</translation>
    </message>
    <message>
        <source>Add a Fly.io account</source>
        <translation>Añadir una cuenta de Fly.io</translation>
    </message>
    <message>
        <source>Change how Hangar shows this account. Paste a new token only to replace the saved one.</source>
        <translation>Cambie cómo muestra Hangar esta cuenta. Pegue un token nuevo solo para reemplazar el guardado.</translation>
    </message>
    <message>
        <source>Paste an API token from Fly.io: &lt;i&gt;fly tokens create org&lt;/i&gt;, or Tokens in the dashboard. Hangar checks it, then keeps it in the system keychain.</source>
        <translation>Pegue un token de API de Fly.io: &lt;i&gt;fly tokens create org&lt;/i&gt;, o Tokens en el panel. Hangar lo comprueba y después lo guarda en el llavero del sistema.</translation>
    </message>
    <message>
        <source>e.g. Acme production</source>
        <translation>p. ej., Acme producción</translation>
    </message>
    <message>
        <source>The Machines API. Change it only for a proxy or a simulator.</source>
        <translation>La API de Machines. Cámbiela solo para un proxy o un simulador.</translation>
    </message>
    <message>
        <source>Saved in the keychain; paste a new token to replace it</source>
        <translation>Guardado en el llavero; pegue un token nuevo para reemplazarlo</translation>
    </message>
    <message>
        <source>FlyV1 fm2_… or a personal access token</source>
        <translation>FlyV1 fm2_… o un token de acceso personal</translation>
    </message>
    <message>
        <source>Chec&amp;k token</source>
        <translation>Co&amp;mprobar token</translation>
    </message>
    <message>
        <source>Kept in the system keychain, never shown again.</source>
        <translation>Se guarda en el llavero del sistema y no se vuelve a mostrar.</translation>
    </message>
    <message>
        <source>&amp;Production account</source>
        <translation>Cuenta de &amp;producción</translation>
    </message>
    <message>
        <source>Destroying a machine, volume or app, or stopping several machines at once, then needs its name typed.</source>
        <translation>Así, para destruir una máquina, un volumen o una aplicación, o para detener varias máquinas a la vez, hay que escribir su nombre.</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>API &amp;address:</source>
        <translation>&amp;Dirección de la API:</translation>
    </message>
    <message>
        <source>Organizations:</source>
        <translation>Organizaciones:</translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation>&amp;Color:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Paste a token first.</source>
        <translation>Pegue primero un token.</translation>
    </message>
    <message>
        <source>Checking the token with %1…</source>
        <translation>Comprobando el token con %1…</translation>
    </message>
    <message>
        <source>No token is saved for this account. Paste it again.</source>
        <translation>No hay ningún token guardado para esta cuenta. Vuelva a pegarlo.</translation>
    </message>
    <message>
        <source>The saved token could not be read. %1 Paste it again.</source>
        <translation>No se pudo leer el token guardado. %1 Vuelva a pegarlo.</translation>
    </message>
    <message>
        <source>Your personal organization. A personal token reaches every organization you belong to.</source>
        <translation>Su organización personal. Un token personal da acceso a todas las organizaciones a las que pertenece.</translation>
    </message>
    <message>
        <source>It belongs to %1.</source>
        <translation>Pertenece a %1.</translation>
    </message>
    <message>
        <source>Tick at least one organization to show.</source>
        <translation>Marque al menos una organización para mostrar.</translation>
    </message>
</context>
<context>
    <name>hangar::gui::AccountNotices</name>
    <message>
        <source>Accounts</source>
        <translation>Cuentas</translation>
    </message>
</context>
<context>
    <name>hangar::gui::AccountsDialog</name>
    <message>
        <source>token in the keychain</source>
        <translation>token en el llavero</translation>
    </message>
    <message>
        <source>token in memory until Hangar quits</source>
        <translation>token en memoria hasta que se cierre Hangar</translation>
    </message>
    <message>
        <source>no token saved</source>
        <translation>ningún token guardado</translation>
    </message>
    <message>
        <source>keychain not available</source>
        <translation>llavero no disponible</translation>
    </message>
    <message>
        <source>token not read yet</source>
        <translation>token aún no leído</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Añadir…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Quitar…</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Cuentas</translation>
    </message>
    <message>
        <source>Fly.io accounts Hangar shows side by side. Tokens stay in the system keychain.</source>
        <translation>Cuentas de Fly.io que Hangar muestra en paralelo. Los tokens se guardan en el llavero del sistema.</translation>
    </message>
    <message>
        <source>all organizations</source>
        <translation>todas las organizaciones</translation>
    </message>
    <message>
        <source>%1 — production</source>
        <translation>%1 — producción</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation>Quitar cuenta</translation>
    </message>
    <message>
        <source>Remove “%1” from Hangar?</source>
        <translation>¿Quitar “%1” de Hangar?</translation>
    </message>
    <message>
        <source>Its token is deleted from the system keychain. Nothing changes on Fly.io: its apps, machines and volumes stay as they are.</source>
        <translation>Su token se eliminará del llavero del sistema. En Fly.io no cambia nada: sus aplicaciones, máquinas y volúmenes se quedan como están.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
</context>
<context>
    <name>hangar::gui::ActivityDock</name>
    <message>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <source>Nothing running. Starts, stops, updates and copies show their progress here.</source>
        <translation>No hay nada en curso. Aquí se muestra el progreso de inicios, detenciones, actualizaciones y copias.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel the selected job</source>
        <translation>Cancelar la tarea seleccionada</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>Detalles…</translation>
    </message>
    <message>
        <source>Show the steps and error details of the selected job</source>
        <translation>Mostrar los pasos y los detalles de error de la tarea seleccionada</translation>
    </message>
    <message>
        <source>Clear finished</source>
        <translation>Borrar finalizadas</translation>
    </message>
    <message>
        <source>Remove the jobs that have finished from the list</source>
        <translation>Quitar de la lista las tareas finalizadas</translation>
    </message>
</context>
<context>
    <name>hangar::gui::AppPanel</name>
    <message>
        <source>Machine</source>
        <translation>Máquina</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>&amp;Machines</source>
        <translation>Má&amp;quinas</translation>
    </message>
    <message>
        <source>&amp;Secrets</source>
        <translation>&amp;Secretos</translation>
    </message>
    <message>
        <source>&amp;Secrets (%1)</source>
        <translation>&amp;Secretos (%1)</translation>
    </message>
    <message>
        <source>Organization %1 · status %2</source>
        <translation>Organización %1 · estado %2</translation>
    </message>
    <message>
        <source>No machines yet. Machines you create in this app appear here.</source>
        <translation>Todavía no hay máquinas. Las máquinas que cree en esta aplicación aparecerán aquí.</translation>
    </message>
    <message numerus="yes">
        <source>%n machine(s): %1</source>
        <translation>
            <numerusform>%n máquina: %1</numerusform>
            <numerusform>%n máquinas: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n volume(s), %1 GB in all</source>
        <translation>
            <numerusform>%n volumen, %1 GB en total</numerusform>
            <numerusform>%n volúmenes, %1 GB en total</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hangar::gui::ChecksEditor</name>
    <message>
        <source>Add chec&amp;k</source>
        <translation>Añadir co&amp;mprobación</translation>
    </message>
    <message>
        <source>Remove check</source>
        <translation>Quitar comprobación</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <source>Interval</source>
        <translation>Intervalo</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>Tiempo de espera</translation>
    </message>
    <message>
        <source>Grace period</source>
        <translation>Período de gracia</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Ruta</translation>
    </message>
    <message>
        <source>Health checks: type tcp (the port accepts connections) or http (GET of the path answers 2xx). Durations are like 15s, 1m or 500ms.</source>
        <translation>Comprobaciones de estado: de tipo tcp (el puerto acepta conexiones) o http (un GET de la ruta responde 2xx). Las duraciones se escriben así: 15s, 1m o 500ms.</translation>
    </message>
    <message>
        <source>Check %1 needs a name.</source>
        <translation>La comprobación %1 necesita un nombre.</translation>
    </message>
    <message>
        <source>Two checks are named “%1”.</source>
        <translation>Hay dos comprobaciones llamadas “%1”.</translation>
    </message>
    <message>
        <source>Check %1: the type is tcp or http.</source>
        <translation>Comprobación %1: el tipo debe ser tcp o http.</translation>
    </message>
    <message>
        <source>Check %1: the port is a number from 1 to 65535.</source>
        <translation>Comprobación %1: el puerto debe ser un número del 1 al 65535.</translation>
    </message>
    <message>
        <source>Check %1: “%2” is not a duration; write it like 15s, 1m30s or 500ms.</source>
        <translation>Comprobación %1: “%2” no es una duración; escríbala así: 15s, 1m30s o 500ms.</translation>
    </message>
    <message>
        <source>Check %1: an HTTP path starts with /.</source>
        <translation>Comprobación %1: una ruta HTTP empieza por /.</translation>
    </message>
</context>
<context>
    <name>hangar::gui::ChecksSection</name>
    <message>
        <source>Health checks</source>
        <translation>Comprobaciones de estado</translation>
    </message>
</context>
<context>
    <name>hangar::gui::ColourChoice</name>
    <message>
        <source>Blue</source>
        <translation>Azul</translation>
    </message>
    <message>
        <source>Teal</source>
        <translation>Verde azulado</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Verde</translation>
    </message>
    <message>
        <source>Purple</source>
        <translation>Morado</translation>
    </message>
    <message>
        <source>Pink</source>
        <translation>Rosa</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>Naranja</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Rojo</translation>
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
        <translation>Antes</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <source>Show only changes</source>
        <translation>Mostrar solo los cambios</translation>
    </message>
    <message>
        <source>Old config</source>
        <translation>Configuración anterior</translation>
    </message>
    <message>
        <source>New config</source>
        <translation>Configuración nueva</translation>
    </message>
    <message>
        <source>Hide unchanged lines, keeping the sections around each change</source>
        <translation>Ocultar las líneas sin cambios, manteniendo las secciones que rodean cada cambio</translation>
    </message>
    <message>
        <source>Previous change (Alt+Up, Shift+F8)</source>
        <translation>Cambio anterior (Alt+Arriba, Mayús+F8)</translation>
    </message>
    <message>
        <source>Previous change</source>
        <translation>Cambio anterior</translation>
    </message>
    <message>
        <source>Next change (Alt+Down, F8)</source>
        <translation>Cambio siguiente (Alt+Abajo, F8)</translation>
    </message>
    <message>
        <source>Next change</source>
        <translation>Cambio siguiente</translation>
    </message>
    <message>
        <source>No changes</source>
        <translation>Sin cambios</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n cambio</numerusform>
            <numerusform>%n cambios</numerusform>
        </translation>
    </message>
    <message>
        <source>Change %1 of %2</source>
        <translation>Cambio %1 de %2</translation>
    </message>
</context>
<context>
    <name>hangar::gui::ConfigEditor</name>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>Línea %1, columna %2: %3</translation>
    </message>
    <message>
        <source>The whole config as the Machines API sees it, including fields the form does not show. Edits here update the form.</source>
        <translation>La configuración completa tal como la ve la API de Machines, incluidos los campos que el formulario no muestra. Lo que edite aquí actualiza el formulario.</translation>
    </message>
    <message>
        <source>&amp;Form</source>
        <translation>&amp;Formulario</translation>
    </message>
    <message>
        <source>&amp;JSON</source>
        <translation>&amp;JSON</translation>
    </message>
    <message>
        <source>The config must be a JSON object: { … }.</source>
        <translation>La configuración debe ser un objeto JSON: { … }.</translation>
    </message>
    <message>
        <source>Fly machines mount at most one volume; this config has %1. Keep one mount and add the other files as config files, or copy them into the mounted volume.</source>
        <translation>Las máquinas de Fly montan como máximo un volumen; esta configuración tiene %1. Conserve un montaje y añada los demás archivos como archivos de configuración, o cópielos en el volumen montado.</translation>
    </message>
    <message>
        <source>The JSON does not parse: %1</source>
        <translation>No se puede analizar el JSON: %1</translation>
    </message>
    <message>
        <source>Valid config.</source>
        <translation>Configuración válida.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… y %n más</numerusform>
            <numerusform>… y %n más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to fix before applying:</source>
        <translation>
            <numerusform>%n problema que corregir antes de aplicar:</numerusform>
            <numerusform>%n problemas que corregir antes de aplicar:</numerusform>
        </translation>
    </message>
    <message>
        <source>The JSON is valid; see the problems above.</source>
        <translation>El JSON es válido; consulte los problemas indicados arriba.</translation>
    </message>
    <message>
        <source>Also in this config, kept as they are and editable in the JSON tab: %1.</source>
        <translation>También en esta configuración, se conservan tal cual y se pueden editar en la pestaña JSON: %1.</translation>
    </message>
</context>
<context>
    <name>hangar::gui::ConfigFileDialog</name>
    <message>
        <source>A &amp;local file</source>
        <translation>Un archivo &amp;local</translation>
    </message>
    <message>
        <source>&amp;Text typed here</source>
        <translation>&amp;Texto escrito aquí</translation>
    </message>
    <message>
        <source>An app &amp;secret</source>
        <translation>Un &amp;secreto de la aplicación</translation>
    </message>
    <message>
        <source>Config file</source>
        <translation>Archivo de configuración</translation>
    </message>
    <message>
        <source>Where the file is written inside the machine, each time it boots.</source>
        <translation>Dónde se escribe el archivo dentro de la máquina cada vez que arranca.</translation>
    </message>
    <message>
        <source>Permissions in octal, such as 0644 (readable by all) or 0600 (owner only).</source>
        <translation>Permisos en octal, como 0644 (legible por todos) o 0600 (solo el propietario).</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>The file&apos;s content</source>
        <translation>El contenido del archivo</translation>
    </message>
    <message>
        <source>The secret&apos;s value becomes the file&apos;s content; it never appears in the machine config.</source>
        <translation>El valor del secreto se convierte en el contenido del archivo; nunca aparece en la configuración de la máquina.</translation>
    </message>
    <message>
        <source>This app has no secrets yet.</source>
        <translation>Esta aplicación aún no tiene secretos.</translation>
    </message>
    <message>
        <source>&amp;Path in the machine:</source>
        <translation>&amp;Ruta en la máquina:</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>&amp;Modo:</translation>
    </message>
    <message>
        <source>Content from:</source>
        <translation>Contenido de:</translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation>Vista previa:</translation>
    </message>
    <message>
        <source>Edit config file</source>
        <translation>Editar archivo de configuración</translation>
    </message>
    <message>
        <source>Say where the file goes in the machine, such as /etc/app/config.toml.</source>
        <translation>Indique dónde va el archivo en la máquina, por ejemplo /etc/app/config.toml.</translation>
    </message>
    <message>
        <source>The path in the machine must be absolute (start with /).</source>
        <translation>La ruta en la máquina debe ser absoluta (empezar por /).</translation>
    </message>
    <message>
        <source>The path names a directory; add the file&apos;s name.</source>
        <translation>La ruta designa un directorio; añada el nombre del archivo.</translation>
    </message>
    <message>
        <source>Another config file is already written to %1.</source>
        <translation>Ya se escribe otro archivo de configuración en %1.</translation>
    </message>
    <message>
        <source>The mode is an octal number such as 0644.</source>
        <translation>El modo es un número octal, como 0644.</translation>
    </message>
    <message>
        <source>Choose the local file to add.</source>
        <translation>Elija el archivo local que quiere añadir.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 no existe.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 no es un archivo.</translation>
    </message>
    <message>
        <source>%1 is %2; config files are limited to %3. Copy large files into a volume instead.</source>
        <translation>%1 ocupa %2; los archivos de configuración están limitados a %3. Copie los archivos grandes en un volumen.</translation>
    </message>
    <message>
        <source>The text is larger than %1.</source>
        <translation>El texto ocupa más de %1.</translation>
    </message>
    <message>
        <source>Choose a secret.</source>
        <translation>Elija un secreto.</translation>
    </message>
    <message>
        <source>The value of secret %1, written at boot.</source>
        <translation>El valor del secreto %1, que se escribe al arrancar.</translation>
    </message>
    <message>
        <source>Choose a file to add</source>
        <translation>Elegir un archivo para añadir</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>No se pudo leer %1: %2</translation>
    </message>
    <message>
        <source>%1 grew past %2 while it was being read.</source>
        <translation>%1 superó %2 mientras se leía.</translation>
    </message>
</context>
<context>
    <name>hangar::gui::ConfigHistoryWidget</name>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>Restore this version…</source>
        <translation>Restaurar esta versión…</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Cambios</translation>
    </message>
    <message>
        <source>Select one version to see what it changed, or two to compare them</source>
        <translation>Seleccione una versión para ver qué cambió, o dos para compararlas</translation>
    </message>
    <message>
        <source>%1 (current)</source>
        <translation>%1 (actual)</translation>
    </message>
    <message>
        <source>First version</source>
        <translation>Primera versión</translation>
    </message>
    <message>
        <source>No config changes</source>
        <translation>Sin cambios de configuración</translation>
    </message>
    <message>
        <source>This is the config the machine runs now</source>
        <translation>Esta es la configuración que ejecuta ahora la máquina</translation>
    </message>
    <message>
        <source>Review going back to the selected version&apos;s config</source>
        <translation>Revisar la vuelta a la configuración de la versión seleccionada</translation>
    </message>
    <message>
        <source>No versions</source>
        <translation>No hay versiones</translation>
    </message>
    <message>
        <source>Select one version to see what it changed, or two to compare them.</source>
        <translation>Seleccione una versión para ver qué cambió, o dos para compararlas.</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Versión %1</translation>
    </message>
    <message>
        <source>Nothing before</source>
        <translation>No hay nada anterior</translation>
    </message>
    <message>
        <source>Comparing version %1 with the newer %2.</source>
        <translation>Comparando la versión %1 con la más reciente %2.</translation>
    </message>
    <message>
        <source>What version %1 changed.</source>
        <translation>Lo que cambió la versión %1.</translation>
    </message>
    <message>
        <source>Version %1 is the first version.</source>
        <translation>La versión %1 es la primera versión.</translation>
    </message>
</context>
<context>
    <name>hangar::gui::CopyProgressWidget</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Retry Failed Files</source>
        <translation>Reintentar archivos fallidos</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation>Preparando…</translation>
    </message>
</context>
<context>
    <name>hangar::gui::CopyQuestionDialog</name>
    <message>
        <source>Start the machine?</source>
        <translation>¿Iniciar la máquina?</translation>
    </message>
    <message>
        <source>File already exists</source>
        <translation>El archivo ya existe</translation>
    </message>
    <message>
        <source>Large file</source>
        <translation>Archivo grande</translation>
    </message>
    <message>
        <source>Symbolic links</source>
        <translation>Enlaces simbólicos</translation>
    </message>
    <message numerus="yes">
        <source>Do this for the other %n file(s) too</source>
        <translation>
            <numerusform>Hacer lo mismo también con %n archivo más</numerusform>
            <numerusform>Hacer lo mismo también con %n archivos más</numerusform>
        </translation>
    </message>
    <message>
        <source>Start and Copy</source>
        <translation>Iniciar y copiar</translation>
    </message>
    <message>
        <source>Don&apos;t Start</source>
        <translation>No iniciar</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Reemplazar</translation>
    </message>
    <message>
        <source>Keep Both</source>
        <translation>Conservar ambos</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Omitir</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Follow Links</source>
        <translation>Seguir enlaces</translation>
    </message>
    <message>
        <source>Leave Them Out</source>
        <translation>Omitirlos</translation>
    </message>
</context>
<context>
    <name>hangar::gui::CreateMachineWizard</name>
    <message>
        <source>Use lowercase letters, digits and dashes (not at the start or end), up to 63 characters.</source>
        <translation>Use letras minúsculas, dígitos y guiones (no al principio ni al final), hasta 63 caracteres.</translation>
    </message>
    <message>
        <source>This app already has a machine called %1.</source>
        <translation>Esta aplicación ya tiene una máquina llamada %1.</translation>
    </message>
    <message>
        <source>Create a machine in %1</source>
        <translation>Crear una máquina en %1</translation>
    </message>
    <message>
        <source>&amp;Create machine</source>
        <translation>&amp;Crear máquina</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <source>What the machine runs: an image from Docker Hub or another registry.</source>
        <translation>Lo que ejecuta la máquina: una imagen de Docker Hub o de otro registro.</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>CPUs and memory. You can change this later; the machine restarts to take a new size.</source>
        <translation>CPU y memoria. Puede cambiarlo más adelante; la máquina se reinicia para adoptar el nuevo tamaño.</translation>
    </message>
    <message>
        <source>Services and ports</source>
        <translation>Servicios y puertos</translation>
    </message>
    <message>
        <source>Which ports the Fly Proxy routes to the machine. Leave empty for a private machine.</source>
        <translation>Qué puertos enruta el Fly Proxy a la máquina. Déjelo vacío para una máquina privada.</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Entorno</translation>
    </message>
    <message>
        <source>Variables the machine&apos;s processes see. Put passwords in app secrets instead.</source>
        <translation>Variables que ven los procesos de la máquina. Las contraseñas, mejor en los secretos de la aplicación.</translation>
    </message>
    <message>
        <source>For example: %1</source>
        <translation>Por ejemplo: %1</translation>
    </message>
    <message>
        <source>Add a &amp;web service (ports 80 and 443 → 8080)</source>
        <translation>Añadir un servicio &amp;web (puertos 80 y 443 → 8080)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>How the machine is shown in Hangar and on Fly. Leave it empty and Fly picks a name.</source>
        <translation>Cómo se muestra la máquina en Hangar y en Fly. Si lo deja vacío, Fly elige un nombre.</translation>
    </message>
    <message>
        <source>Lowercase letters, digits and dashes, unique within the app.</source>
        <translation>Letras minúsculas, dígitos y guiones; único dentro de la aplicación.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Pick a region on the map or in the list.</source>
        <translation>Elija una región en el mapa o en la lista.</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>Where the machine runs. Volumes live in one region, so a machine can only mount volumes of its own region.</source>
        <translation>Dónde se ejecuta la máquina. Los volúmenes están en una sola región, así que una máquina solo puede montar volúmenes de su propia región.</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volumen</translation>
    </message>
    <message>
        <source>Persistent storage that survives restarts and image updates. A machine mounts at most one volume.</source>
        <translation>Almacenamiento persistente que se mantiene tras reinicios y actualizaciones de imagen. Una máquina monta como máximo un volumen.</translation>
    </message>
    <message>
        <source>&amp;No volume</source>
        <translation>&amp;Sin volumen</translation>
    </message>
    <message>
        <source>Mount a free volume of this app</source>
        <translation>Montar un volumen libre de esta aplicación</translation>
    </message>
    <message>
        <source>Create a &amp;new volume</source>
        <translation>Crear un volumen &amp;nuevo</translation>
    </message>
    <message>
        <source>Up to 30 lowercase letters, digits, dashes and underscores.</source>
        <translation>Hasta 30 letras minúsculas, dígitos, guiones y guiones bajos.</translation>
    </message>
    <message>
        <source> GB</source>
        <translation> GB</translation>
    </message>
    <message>
        <source>Encrypted at rest</source>
        <translation>Cifrado en reposo</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>No&amp;mbre:</translation>
    </message>
    <message>
        <source>Si&amp;ze:</source>
        <translation>&amp;Tamaño:</translation>
    </message>
    <message>
        <source>Mount &amp;path:</source>
        <translation>&amp;Ruta de montaje:</translation>
    </message>
    <message>
        <source>Pick the volume to mount, or choose another option.</source>
        <translation>Elija el volumen que quiere montar u otra opción.</translation>
    </message>
    <message>
        <source>Name the new volume.</source>
        <translation>Asigne un nombre al volumen nuevo.</translation>
    </message>
    <message>
        <source>A volume name has up to 30 lowercase letters, digits, dashes and underscores.</source>
        <translation>El nombre de un volumen tiene hasta 30 letras minúsculas, dígitos, guiones y guiones bajos.</translation>
    </message>
    <message>
        <source>The mount path must be an absolute directory such as /data.</source>
        <translation>La ruta de montaje debe ser un directorio absoluto, como /data.</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <source>This is what will be sent to Fly. Nothing is created until you press Create machine.</source>
        <translation>Esto es lo que se enviará a Fly. No se crea nada hasta que pulse Crear máquina.</translation>
    </message>
    <message numerus="yes">
        <source>Creates %1 in %2 from %3, %4 CPU(s) and %5 MB.</source>
        <translation>
            <numerusform>Crea %1 en %2 a partir de %3, con %4 CPU y %5 MB.</numerusform>
            <numerusform>Crea %1 en %2 a partir de %3, con %4 CPU y %5 MB.</numerusform>
        </translation>
    </message>
    <message>
        <source>a machine</source>
        <translation>una máquina</translation>
    </message>
    <message>
        <source>First creates volume %1 (%2 GB), mounted at %3.</source>
        <translation>Primero crea el volumen %1 (%2 GB), montado en %3.</translation>
    </message>
    <message>
        <source>First forks the original&apos;s volume into %1, mounted at %2.</source>
        <translation>Primero duplica el volumen de la original como %1, montado en %2.</translation>
    </message>
    <message>
        <source>Mounts volume %1 at %2.</source>
        <translation>Monta el volumen %1 en %2.</translation>
    </message>
    <message>
        <source>Clone %1</source>
        <translation>Clonar %1</translation>
    </message>
    <message>
        <source>&amp;Fork %1 (a copy of its data) into a new volume</source>
        <translation>&amp;Duplicar %1 (una copia de sus datos) en un volumen nuevo</translation>
    </message>
    <message>
        <source>Create a &amp;fresh, empty volume</source>
        <translation>Crear un volumen nuevo &amp;vacío</translation>
    </message>
</context>
<context>
    <name>hangar::gui::CreateVolumeDialog</name>
    <message>
        <source>Create Volume</source>
        <translation>Crear volumen</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Crear</translation>
    </message>
    <message>
        <source>The snapshots could not be loaded: %1</source>
        <translation>No se pudieron cargar las instantáneas: %1</translation>
    </message>
    <message>
        <source>A volume is persistent storage on one host in one region. Create it first, then a machine in the same region that mounts it; a machine mounts one volume at a time.</source>
        <translation>Un volumen es almacenamiento persistente en un host de una región. Créelo primero y después una máquina en la misma región que lo monte; una máquina monta un solo volumen a la vez.</translation>
    </message>
    <message>
        <source>e.g. nginx-data</source>
        <translation>p. ej., nginx-data</translation>
    </message>
    <message>
        <source>Up to 30 lowercase letters, digits, dashes and underscores. Machines refer to the volume by its ID; several volumes may share a name.</source>
        <translation>Hasta 30 letras minúsculas, dígitos, guiones y guiones bajos. Las máquinas hacen referencia al volumen por su ID; varios volúmenes pueden compartir nombre.</translation>
    </message>
    <message>
        <source>Where the volume lives. A machine must be in the same region (and on the same host) to mount it.</source>
        <translation>Dónde se encuentra el volumen. Una máquina debe estar en la misma región (y en el mismo host) para montarlo.</translation>
    </message>
    <message>
        <source> GB</source>
        <translation> GB</translation>
    </message>
    <message>
        <source>From %1 to %2 GB. A volume can be extended later, but never shrunk.</source>
        <translation>De %1 a %2 GB. Un volumen se puede ampliar más adelante, pero nunca reducir.</translation>
    </message>
    <message>
        <source>%1 to %2 GB; it can grow later, never shrink</source>
        <translation>De %1 a %2 GB; puede crecer más adelante, pero nunca reducirse</translation>
    </message>
    <message>
        <source>&amp;Empty volume</source>
        <translation>Volumen &amp;vacío</translation>
    </message>
    <message>
        <source>Restore from a &amp;snapshot:</source>
        <translation>Restaurar desde una &amp;instantánea:</translation>
    </message>
    <message>
        <source>Snapshots of this app&apos;s volumes, newest first. The new volume must be at least as large as the volume the snapshot was taken from.</source>
        <translation>Instantáneas de los volúmenes de esta aplicación, de la más reciente a la más antigua. El volumen nuevo debe ser al menos tan grande como el volumen del que se tomó la instantánea.</translation>
    </message>
    <message>
        <source>Encr&amp;ypt the contents</source>
        <translation>Ci&amp;frar el contenido</translation>
    </message>
    <message>
        <source>Recommended. Encryption cannot be turned on or off later.</source>
        <translation>Recomendado. El cifrado no se puede activar ni desactivar más adelante.</translation>
    </message>
    <message>
        <source>Put it on a different &amp;host than volumes with this name</source>
        <translation>Ponerlo en un &amp;host distinto al de los volúmenes con este nombre</translation>
    </message>
    <message>
        <source>Recommended: volumes of one name on one host fail together. Creating fails when the region has no such host left; clear this to allow sharing one.</source>
        <translation>Recomendado: los volúmenes con el mismo nombre en un mismo host fallan a la vez. La creación falla si la región no tiene ningún host así disponible; desmarque esta opción para permitir compartir uno.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Región:</translation>
    </message>
    <message>
        <source>Si&amp;ze:</source>
        <translation>&amp;Tamaño:</translation>
    </message>
    <message>
        <source>Contents:</source>
        <translation>Contenido:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Opciones:</translation>
    </message>
    <message>
        <source>Loading regions…</source>
        <translation>Cargando regiones…</translation>
    </message>
    <message>
        <source>The regions could not be loaded: %1</source>
        <translation>No se pudieron cargar las regiones: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Fork Volume %1</source>
        <translation>Duplicar volumen %1</translation>
    </message>
    <message>
        <source>&amp;Fork</source>
        <translation>&amp;Duplicar</translation>
    </message>
    <message>
        <source>Forking copies a volume to a new one, in this region or another. The copy can be mounted at once; its data arrives in the background.</source>
        <translation>Duplicar copia un volumen en uno nuevo, en esta región o en otra. La copia se puede montar de inmediato; sus datos llegan en segundo plano.</translation>
    </message>
    <message numerus="yes">
        <source>A copy of %1 (%2, %n GB in %3)</source>
        <translation>
            <numerusform>Una copia de %1 (%2, %n GB en %3)</numerusform>
            <numerusform>Una copia de %1 (%2, %n GB en %3)</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore Snapshot</source>
        <translation>Restaurar instantánea</translation>
    </message>
    <message>
        <source>Creates a new volume holding the contents of a snapshot of %1. The volume the snapshot was taken from is not changed.</source>
        <translation>Crea un volumen nuevo con el contenido de una instantánea de %1. El volumen del que se tomó la instantánea no se modifica.</translation>
    </message>
    <message>
        <source>Loading snapshots…</source>
        <translation>Cargando instantáneas…</translation>
    </message>
    <message numerus="yes">
        <source>%1 — from %2 (%n GB)</source>
        <translation>
            <numerusform>%1 — de %2 (%n GB)</numerusform>
            <numerusform>%1 — de %2 (%n GB)</numerusform>
        </translation>
    </message>
    <message>
        <source>Snapshot %1 of volume %2</source>
        <translation>Instantánea %1 del volumen %2</translation>
    </message>
    <message>
        <source>Choose a region.</source>
        <translation>Elija una región.</translation>
    </message>
    <message>
        <source>Choose a snapshot.</source>
        <translation>Elija una instantánea.</translation>
    </message>
    <message>
        <source>No volume of this app has a snapshot yet.</source>
        <translation>Ningún volumen de esta aplicación tiene aún instantáneas.</translation>
    </message>
    <message>
        <source>This volume has no snapshots yet.</source>
        <translation>Este volumen aún no tiene instantáneas.</translation>
    </message>
    <message>
        <source>&amp;Map…</source>
        <translation>&amp;Mapa…</translation>
    </message>
    <message>
        <source>Choose the region on a world map</source>
        <translation>Elegir la región en un mapa del mundo</translation>
    </message>
</context>
<context>
    <name>hangar::gui::DestroyDialog</name>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Destroy</source>
        <translation>Destruir</translation>
    </message>
    <message>
        <source>Destroy app %1</source>
        <translation>Destruir la aplicación %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; and everything in it will be destroyed: its machines, its volumes and the files on them, its secrets and its addresses. This cannot be undone.</source>
        <translation>Se destruirá &lt;b&gt;%1&lt;/b&gt; y todo su contenido: sus máquinas, sus volúmenes y los archivos que contienen, sus secretos y sus direcciones. Esta acción no se puede deshacer.</translation>
    </message>
    <message>
        <source>Destroy machine %1</source>
        <translation>Destruir la máquina %1</translation>
    </message>
    <message>
        <source>Destroy volume %1</source>
        <translation>Destruir el volumen %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; will be destroyed: the machine and its root file system are deleted. Its volume, if it has one, is kept. This cannot be undone.</source>
        <translation>Se destruirá &lt;b&gt;%1&lt;/b&gt;: se eliminan la máquina y su sistema de archivos raíz. Su volumen, si lo tiene, se conserva. Esta acción no se puede deshacer.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; and every file on it will be destroyed. Snapshots are kept for their retention period. This cannot be undone.</source>
        <translation>Se destruirá &lt;b&gt;%1&lt;/b&gt; y todos los archivos que contiene. Las instantáneas se conservan durante su período de retención. Esta acción no se puede deshacer.</translation>
    </message>
    <message numerus="yes">
        <source>Destroy %n app(s)</source>
        <translation>
            <numerusform>Destruir %n aplicación</numerusform>
            <numerusform>Destruir %n aplicaciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Destroy %n machine(s)</source>
        <translation>
            <numerusform>Destruir %n máquina</numerusform>
            <numerusform>Destruir %n máquinas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Destroy %n volume(s)</source>
        <translation>
            <numerusform>Destruir %n volumen</numerusform>
            <numerusform>Destruir %n volúmenes</numerusform>
        </translation>
    </message>
    <message>
        <source>These will be destroyed, which cannot be undone:&lt;br&gt;&lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Se destruirá lo siguiente, y no se podrá deshacer:&lt;br&gt;&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Without this, a running machine is stopped cleanly first.</source>
        <translation>Si no se marca, las máquinas en ejecución primero se detienen limpiamente.</translation>
    </message>
    <message numerus="yes">
        <source>Stop %n machine(s)</source>
        <translation>
            <numerusform>Detener %n máquina</numerusform>
            <numerusform>Detener %n máquinas</numerusform>
        </translation>
    </message>
    <message>
        <source>These machines will stop, and whatever they serve stops with them:&lt;br&gt;&lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Estas máquinas se detendrán, y todo lo que sirven se detendrá con ellas:&lt;br&gt;&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Type &lt;b&gt;%1&lt;/b&gt; to confirm:</source>
        <translation>Escriba &lt;b&gt;%1&lt;/b&gt; para confirmar:</translation>
    </message>
    <message>
        <source>Type the number of items, &lt;b&gt;%1&lt;/b&gt;, to confirm:</source>
        <translation>Escriba el número de elementos, &lt;b&gt;%1&lt;/b&gt;, para confirmar:</translation>
    </message>
    <message>
        <source>Type the app&apos;s name, &lt;b&gt;%1&lt;/b&gt;, to confirm:</source>
        <translation>Escriba el nombre de la aplicación, &lt;b&gt;%1&lt;/b&gt;, para confirmar:</translation>
    </message>
    <message>
        <source>Type the account&apos;s name, &lt;b&gt;%1&lt;/b&gt;, to confirm:</source>
        <translation>Escriba el nombre de la cuenta, &lt;b&gt;%1&lt;/b&gt;, para confirmar:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Production:&lt;/b&gt; %1 is a production account.</source>
        <translation>&lt;b&gt;Producción:&lt;/b&gt; %1 es una cuenta de producción.</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Reiniciar</translation>
    </message>
    <message>
        <source>Suspend</source>
        <translation>Suspender</translation>
    </message>
    <message numerus="yes">
        <source>Restart %n machine(s)</source>
        <translation>
            <numerusform>Reiniciar %n máquina</numerusform>
            <numerusform>Reiniciar %n máquinas</numerusform>
        </translation>
    </message>
    <message>
        <source>These machines will restart, and whatever they serve is interrupted until they are back:&lt;br&gt;&lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Estas máquinas se reiniciarán, y lo que sirven queda interrumpido hasta que vuelvan:&lt;br&gt;&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <source>Suspend %n machine(s)</source>
        <translation>
            <numerusform>Suspender %n máquina</numerusform>
            <numerusform>Suspender %n máquinas</numerusform>
        </translation>
    </message>
    <message>
        <source>These machines will be suspended, and whatever they serve pauses with them:&lt;br&gt;&lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Estas máquinas se suspenderán, y lo que sirven se detiene con ellas:&lt;br&gt;&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>hangar::gui::DiffPane</name>
    <message numerus="yes">
        <source>⋯ %n unchanged line(s)</source>
        <translation>
            <numerusform>⋯ %n línea sin cambios</numerusform>
            <numerusform>⋯ %n líneas sin cambios</numerusform>
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
        <translation>No registrar en el DNS privado de la aplicación</translation>
    </message>
    <message>
        <source>the machine ID</source>
        <translation>el ID de la máquina</translation>
    </message>
    <message>
        <source>The machine&apos;s hostname as its processes see it.</source>
        <translation>El nombre de host de la máquina tal como lo ven sus procesos.</translation>
    </message>
    <message>
        <source>Fly&apos;s resolver</source>
        <translation>El resolvedor de Fly</translation>
    </message>
    <message>
        <source>IP addresses of resolvers, separated by commas.</source>
        <translation>Direcciones IP de los resolvedores, separadas por comas.</translation>
    </message>
    <message>
        <source>Search domains, separated by commas.</source>
        <translation>Dominios de búsqueda, separados por comas.</translation>
    </message>
    <message>
        <source>Other machines of the app then cannot find this one by &lt;app&gt;.internal names.</source>
        <translation>Así, las demás máquinas de la aplicación no podrán encontrar esta por nombres &lt;app&gt;.internal.</translation>
    </message>
    <message>
        <source>Host&amp;name:</source>
        <translation>Nombre de &amp;host:</translation>
    </message>
    <message>
        <source>Name&amp;servers:</source>
        <translation>&amp;Servidores de nombres:</translation>
    </message>
    <message>
        <source>Search &amp;domains:</source>
        <translation>&amp;Dominios de búsqueda:</translation>
    </message>
    <message>
        <source>“%1” is not an IP address.</source>
        <translation>“%1” no es una dirección IP.</translation>
    </message>
    <message>
        <source>“%1” is not a valid hostname: use letters, digits and hyphens, in dot-separated parts.</source>
        <translation>“%1” no es un nombre de host válido: use letras, dígitos y guiones, en partes separadas por puntos.</translation>
    </message>
    <message>
        <source>“%1” is not a valid search domain.</source>
        <translation>“%1” no es un dominio de búsqueda válido.</translation>
    </message>
</context>
<context>
    <name>hangar::gui::ExtendVolumeDialog</name>
    <message>
        <source>Extend Volume %1</source>
        <translation>Ampliar volumen %1</translation>
    </message>
    <message>
        <source>E&amp;xtend</source>
        <translation>&amp;Ampliar</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; (%2) in %3 has %n GB.</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; (%2) en %3 tiene %n GB.</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; (%2) en %3 tiene %n GB.</numerusform>
        </translation>
    </message>
    <message>
        <source>It is mounted by machine %1. The volume grows while in use; if the machine is running it may have to restart to see the new space, and Hangar will say so.</source>
        <translation>Lo monta la máquina %1. El volumen crece mientras está en uso; si la máquina está en ejecución, puede que tenga que reiniciarse para ver el espacio nuevo, y Hangar se lo indicará.</translation>
    </message>
    <message>
        <source>It is not attached to a machine: the next machine that mounts it sees the new size.</source>
        <translation>No está asociado a ninguna máquina: la próxima máquina que lo monte verá el tamaño nuevo.</translation>
    </message>
    <message>
        <source> GB</source>
        <translation> GB</translation>
    </message>
    <message>
        <source>The new total size, larger than now and at most %1 GB. Volumes cannot shrink.</source>
        <translation>El nuevo tamaño total, mayor que el actual y como máximo %1 GB. Los volúmenes no se pueden reducir.</translation>
    </message>
    <message>
        <source>&amp;New size:</source>
        <translation>&amp;Nuevo tamaño:</translation>
    </message>
    <message numerus="yes">
        <source>%n GB more</source>
        <translation>
            <numerusform>%n GB más</numerusform>
            <numerusform>%n GB más</numerusform>
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
        <translation>calculando el tiempo restante</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s) left</source>
        <translation>
            <numerusform>queda %n segundo</numerusform>
            <numerusform>quedan %n segundos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) left</source>
        <translation>
            <numerusform>queda %n minuto</numerusform>
            <numerusform>quedan %n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) left</source>
        <translation>
            <numerusform>queda %n hora</numerusform>
            <numerusform>quedan %n horas</numerusform>
        </translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Carpeta</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Enlace</translation>
    </message>
    <message>
        <source>%1 file</source>
        <translation>Archivo %1</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
</context>
<context>
    <name>hangar::gui::FilesSection</name>
    <message>
        <source>Config files</source>
        <translation>Archivos de configuración</translation>
    </message>
    <message>
        <source>&amp;Add file…</source>
        <translation>&amp;Añadir archivo…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>Remove file</source>
        <translation>Quitar archivo</translation>
    </message>
    <message>
        <source>Path in the machine</source>
        <translation>Ruta en la máquina</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Contenido</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modo</translation>
    </message>
    <message>
        <source>Files written into the machine each time it boots, from text, a local file or an app secret. Good for small configuration such as nginx.conf.</source>
        <translation>Archivos que se escriben en la máquina cada vez que arranca, a partir de texto, un archivo local o un secreto de la aplicación. Útiles para configuraciones pequeñas como nginx.conf.</translation>
    </message>
    <message>
        <source>Config file “%1”: the path must be absolute.</source>
        <translation>Archivo de configuración “%1”: la ruta debe ser absoluta.</translation>
    </message>
    <message>
        <source>Two config files are written to %1.</source>
        <translation>Se escriben dos archivos de configuración en %1.</translation>
    </message>
    <message>
        <source>Add config file</source>
        <translation>Añadir archivo de configuración</translation>
    </message>
    <message>
        <source>No config files. Add one to write a file such as nginx.conf into the machine when it boots.</source>
        <translation>No hay archivos de configuración. Añada uno para escribir un archivo como nginx.conf en la máquina al arrancar.</translation>
    </message>
    <message>
        <source>Written from the value of secret %1 (not shown).</source>
        <translation>Se escribe a partir del valor del secreto %1 (no se muestra).</translation>
    </message>
    <message>
        <source>Written from the config of image %1.</source>
        <translation>Se escribe a partir de la configuración de la imagen %1.</translation>
    </message>
</context>
<context>
    <name>hangar::gui::FleetActions</name>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Iniciar</translation>
    </message>
    <message>
        <source>Start the selected machines</source>
        <translation>Iniciar las máquinas seleccionadas</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Detener</translation>
    </message>
    <message>
        <source>Stop the selected machines cleanly</source>
        <translation>Detener limpiamente las máquinas seleccionadas</translation>
    </message>
    <message>
        <source>&amp;Restart</source>
        <translation>&amp;Reiniciar</translation>
    </message>
    <message>
        <source>Restart the selected machines</source>
        <translation>Reiniciar las máquinas seleccionadas</translation>
    </message>
    <message>
        <source>Sus&amp;pend</source>
        <translation>&amp;Suspender</translation>
    </message>
    <message>
        <source>Suspend the selected machines: they resume quickly with their memory</source>
        <translation>Suspender las máquinas seleccionadas: se reanudan rápidamente con su memoria</translation>
    </message>
    <message>
        <source>&amp;Cordon</source>
        <translation>&amp;Aislar</translation>
    </message>
    <message>
        <source>Stop routing traffic to the selected machines</source>
        <translation>Dejar de enrutar tráfico a las máquinas seleccionadas</translation>
    </message>
    <message>
        <source>&amp;Uncordon</source>
        <translation>Reincor&amp;porar</translation>
    </message>
    <message>
        <source>Route traffic to the selected machines again</source>
        <translation>Volver a enrutar tráfico a las máquinas seleccionadas</translation>
    </message>
    <message>
        <source>&amp;Destroy…</source>
        <translation>Destr&amp;uir…</translation>
    </message>
    <message>
        <source>Destroy the selected machines (asks first)</source>
        <translation>Destruir las máquinas seleccionadas (pide confirmación)</translation>
    </message>
    <message>
        <source>Cordon %1</source>
        <translation>Aislar %1</translation>
    </message>
    <message>
        <source>Uncordon %1</source>
        <translation>Reincorporar %1</translation>
    </message>
    <message numerus="yes">
        <source>Cordon %n machine(s)</source>
        <translation>
            <numerusform>Aislar %n máquina</numerusform>
            <numerusform>Aislar %n máquinas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Uncordon %n machine(s)</source>
        <translation>
            <numerusform>Reincorporar %n máquina</numerusform>
            <numerusform>Reincorporar %n máquinas</numerusform>
        </translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Completado</translation>
    </message>
</context>
<context>
    <name>hangar::gui::ImageSection</name>
    <message>
        <source>Image</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <source>The container image to run: a Docker Hub name such as nginx:1.27, or a full reference such as registry.fly.io/my-app:deployment-01H…</source>
        <translation>La imagen de contenedor que se ejecutará: un nombre de Docker Hub, como nginx:1.27, o una referencia completa, como registry.fly.io/my-app:deployment-01H…</translation>
    </message>
    <message>
        <source>&amp;Image:</source>
        <translation>&amp;Imagen:</translation>
    </message>
    <message>
        <source>Running now: %1</source>
        <translation>En ejecución ahora: %1</translation>
    </message>
    <message>
        <source>An image is required, for example nginx:latest.</source>
        <translation>Se necesita una imagen, por ejemplo nginx:latest.</translation>
    </message>
    <message>
        <source>An image reference has no spaces.</source>
        <translation>Una referencia de imagen no contiene espacios.</translation>
    </message>
</context>
<context>
    <name>hangar::gui::JobDetailsDialog</name>
    <message>
        <source>Waiting to start</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Finalizado</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Activity details</source>
        <translation>Detalles de la actividad</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy the details, including the request id, to the clipboard</source>
        <translation>Copiar los detalles, incluido el ID de la solicitud, al portapapeles</translation>
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
        <translation>&amp;Aceptar</translation>
    </message>
    <message>
        <source>The account was removed while this was open; nothing can be done for it now.</source>
        <translation>La cuenta se quitó mientras esto estaba abierto; ya no se puede hacer nada con ella.</translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <source>Cancelled before it finished. Nothing you entered was lost.</source>
        <translation>Se canceló antes de terminar. No se perdió nada de lo que escribió.</translation>
    </message>
</context>
<context>
    <name>hangar::gui::JobItemDelegate</name>
    <message>
        <source>Waiting to start</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Completado</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Started at %1</source>
        <translation>Iniciado a las %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>Detalles…</translation>
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
        <translation>Entorno</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>Metadatos</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Environment variables the machine&apos;s processes see. Names must be unique; keep passwords and keys in app secrets instead.</source>
        <translation>Variables de entorno que ven los procesos de la máquina. Los nombres deben ser únicos; guarde las contraseñas y claves en los secretos de la aplicación.</translation>
    </message>
    <message>
        <source>Key/value labels on the machine, such as fly_process_group. Keys must be unique.</source>
        <translation>Etiquetas clave/valor de la máquina, como fly_process_group. Las claves deben ser únicas.</translation>
    </message>
    <message>
        <source>Add &amp;variable</source>
        <translation>Añadir &amp;variable</translation>
    </message>
    <message>
        <source>Add &amp;label</source>
        <translation>Añadir &amp;etiqueta</translation>
    </message>
    <message>
        <source>variable</source>
        <translation>variable</translation>
    </message>
    <message>
        <source>label</source>
        <translation>etiqueta</translation>
    </message>
    <message>
        <source>Row %1 is empty: give the %2 a name or remove the row.</source>
        <translation>La fila %1 está vacía: asigne un nombre a la %2 o quite la fila.</translation>
    </message>
    <message>
        <source>Row %1 has a value but no name.</source>
        <translation>La fila %1 tiene un valor pero no un nombre.</translation>
    </message>
    <message>
        <source>“%1” is set twice; each name can appear once.</source>
        <translation>“%1” está definida dos veces; cada nombre solo puede aparecer una vez.</translation>
    </message>
    <message>
        <source>“%1” is not a usable variable name: use letters, digits and _, not starting with a digit.</source>
        <translation>“%1” no es un nombre de variable válido: use letras, dígitos y _, sin empezar por un dígito.</translation>
    </message>
</context>
<context>
    <name>hangar::gui::ListPanel</name>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Actuali&amp;zar</translation>
    </message>
</context>
<context>
    <name>hangar::gui::MachineConfigTab</name>
    <message>
        <source>&amp;Discard changes</source>
        <translation>&amp;Descartar cambios</translation>
    </message>
    <message>
        <source>&amp;Review and apply…</source>
        <translation>&amp;Revisar y aplicar…</translation>
    </message>
    <message>
        <source>Forget the edits and show the machine&apos;s config as it is.</source>
        <translation>Olvidar las modificaciones y mostrar la configuración actual de la máquina.</translation>
    </message>
    <message>
        <source>See every change side by side before anything is sent.</source>
        <translation>Ver todos los cambios lado a lado antes de enviar nada.</translation>
    </message>
    <message>
        <source>Applying…</source>
        <translation>Aplicando…</translation>
    </message>
    <message>
        <source>No changes.</source>
        <translation>Sin cambios.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to fix before this can be applied.</source>
        <translation>
            <numerusform>%n problema que corregir antes de poder aplicar esto.</numerusform>
            <numerusform>%n problemas que corregir antes de poder aplicar esto.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved changes, started from an older version of the config; the review will offer to re-apply them onto the current one.</source>
        <translation>Cambios sin guardar, hechos a partir de una versión anterior de la configuración; la revisión ofrecerá volver a aplicarlos sobre la actual.</translation>
    </message>
    <message>
        <source>Unsaved changes, kept until you apply or discard them.</source>
        <translation>Cambios sin guardar; se conservan hasta que los aplique o los descarte.</translation>
    </message>
    <message>
        <source>Apply config to %1</source>
        <translation>Aplicar configuración a %1</translation>
    </message>
    <message>
        <source>%1 runs the new config</source>
        <translation>%1 ejecuta la nueva configuración</translation>
    </message>
    <message>
        <source>Applied at %1: %2 runs version %3.</source>
        <translation>Aplicado a las %1: %2 ejecuta la versión %3.</translation>
    </message>
    <message>
        <source>Apply cancelled; your changes are kept.</source>
        <translation>Aplicación cancelada; se conservan sus cambios.</translation>
    </message>
    <message>
        <source>Could not apply: %1 Your changes are kept.</source>
        <translation>No se pudo aplicar: %1 Se conservan sus cambios.</translation>
    </message>
    <message>
        <source>Someone changed %1 meanwhile; loading their version…</source>
        <translation>Otra persona modificó %1 mientras tanto; cargando su versión…</translation>
    </message>
    <message>
        <source>Someone changed %1 meanwhile, and reading the new config failed: %2 Your changes are kept.</source>
        <translation>Otra persona modificó %1 mientras tanto y no se pudo leer la nueva configuración: %2 Se conservan sus cambios.</translation>
    </message>
    <message>
        <source>Your changes were discarded; this is the config %1 runs now.</source>
        <translation>Se descartaron sus cambios; esta es la configuración que ejecuta ahora %1.</translation>
    </message>
    <message>
        <source>Not applied: the machine changed meanwhile. Your changes are kept; review again to re-apply them.</source>
        <translation>No se aplicó: la máquina cambió mientras tanto. Se conservan sus cambios; revíselos de nuevo para volver a aplicarlos.</translation>
    </message>
</context>
<context>
    <name>hangar::gui::MachineCreation</name>
    <message>
        <source>New &amp;app…</source>
        <translation>Nueva &amp;aplicación…</translation>
    </message>
    <message>
        <source>&amp;New machine…</source>
        <translation>&amp;Nueva máquina…</translation>
    </message>
    <message>
        <source>C&amp;lone machine…</source>
        <translation>&amp;Clonar máquina…</translation>
    </message>
    <message>
        <source>New machine</source>
        <translation>Nueva máquina</translation>
    </message>
    <message>
        <source>Create an app in this account</source>
        <translation>Crear una aplicación en esta cuenta</translation>
    </message>
    <message>
        <source>Select an account to create an app in it</source>
        <translation>Seleccione una cuenta para crear una aplicación en ella</translation>
    </message>
    <message>
        <source>Create a machine in %1 (Ctrl+N)</source>
        <translation>Crear una máquina en %1 (Ctrl+N)</translation>
    </message>
    <message>
        <source>Select an app to create a machine in it</source>
        <translation>Seleccione una aplicación para crear una máquina en ella</translation>
    </message>
    <message>
        <source>A new machine with this one&apos;s config, in any region</source>
        <translation>Una máquina nueva con la configuración de esta, en cualquier región</translation>
    </message>
    <message>
        <source>Select a machine to clone it</source>
        <translation>Seleccione una máquina para clonarla</translation>
    </message>
</context>
<context>
    <name>hangar::gui::MachineFileDrop</name>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>No se pudo leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is too large for a machine&apos;s config; copy it into a volume instead.</source>
        <translation>%1 es demasiado grande para la configuración de una máquina; cópielo en un volumen.</translation>
    </message>
    <message>
        <source>Drop a single file to add it to the machine&apos;s config.</source>
        <translation>Suelte un único archivo para añadirlo a la configuración de la máquina.</translation>
    </message>
    <message>
        <source>Add as Config File</source>
        <translation>Añadir como archivo de configuración</translation>
    </message>
    <message>
        <source>Where should %1 appear inside %2?</source>
        <translation>¿Dónde debe aparecer %1 dentro de %2?</translation>
    </message>
</context>
<context>
    <name>hangar::gui::MachineHistoryTab</name>
    <message>
        <source>Re&amp;load</source>
        <translation>&amp;Recargar</translation>
    </message>
    <message>
        <source>Loading the versions…</source>
        <translation>Cargando las versiones…</translation>
    </message>
    <message>
        <source>Could not load the history: %1</source>
        <translation>No se pudo cargar el historial: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n version(s). Select two to compare them.</source>
        <translation>
            <numerusform>%n versión. Seleccione dos para compararlas.</numerusform>
            <numerusform>%n versiones. Seleccione dos para compararlas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hangar::gui::MachinePanel</name>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>No health checks are configured for this machine.</source>
        <translation>Esta máquina no tiene comprobaciones de estado configuradas.</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Comprobaciones</translation>
    </message>
    <message>
        <source>Checks (%1)</source>
        <translation>Comprobaciones (%1)</translation>
    </message>
    <message>
        <source>No metadata.</source>
        <translation>Sin metadatos.</translation>
    </message>
</context>
<context>
    <name>hangar::gui::MainWindow</name>
    <message>
        <source>&amp;Config</source>
        <translation>&amp;Configuración</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historial</translation>
    </message>
    <message>
        <source>&amp;Files</source>
        <translation>A&amp;rchivos</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Ac&amp;tualizar</translation>
    </message>
    <message>
        <source>Refresh everything now (F5)</source>
        <translation>Actualizar todo ahora (F5)</translation>
    </message>
    <message>
        <source>&amp;Filter</source>
        <translation>&amp;Filtrar</translation>
    </message>
    <message>
        <source>Re&amp;gions</source>
        <translation>Re&amp;giones</translation>
    </message>
    <message>
        <source>Where your machines and volumes are (Ctrl+R)</source>
        <translation>Dónde están sus máquinas y volúmenes (Ctrl+R)</translation>
    </message>
    <message>
        <source>Group by &amp;region first</source>
        <translation>Agrupar primero por &amp;región</translation>
    </message>
    <message>
        <source>Reset sandbox…</source>
        <translation>Restablecer entorno de pruebas…</translation>
    </message>
    <message>
        <source>Reset the sandbox</source>
        <translation>Restablecer el entorno de pruebas</translation>
    </message>
    <message>
        <source>Throw away everything you did in the sandbox and start again with the demo fleet?</source>
        <translation>¿Descartar todo lo que hizo en el entorno de pruebas y empezar de nuevo con la flota de demostración?</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Restablecer</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Connect to Fly.io…</source>
        <translation>&amp;Conectar con Fly.io…</translation>
    </message>
    <message>
        <source>&amp;Accounts…</source>
        <translation>C&amp;uentas…</translation>
    </message>
    <message>
        <source>Open the &amp;sandbox</source>
        <translation>Abrir el &amp;entorno de pruebas</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>V&amp;olume</source>
        <translation>V&amp;olumen</translation>
    </message>
    <message>
        <source>&amp;Machine</source>
        <translation>&amp;Máquina</translation>
    </message>
    <message>
        <source>Select an app, a machine or a volume in the tree.</source>
        <translation>Seleccione una aplicación, una máquina o un volumen en el árbol.</translation>
    </message>
    <message>
        <source>Loading your fleet…</source>
        <translation>Cargando su flota…</translation>
    </message>
    <message>
        <source>Hangar — Sandbox</source>
        <translation>Hangar — Entorno de pruebas</translation>
    </message>
    <message>
        <source>Hangar — %1</source>
        <translation>Hangar — %1</translation>
    </message>
    <message>
        <source>Showing region %1 only · &lt;a href=&quot;clear&quot;&gt;show all&lt;/a&gt;</source>
        <translation>Solo se muestra la región %1 · &lt;a href=&quot;clear&quot;&gt;mostrar todo&lt;/a&gt;</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>Hangar will use %1 the next time it starts.</source>
        <translation>Hangar usará %1 la próxima vez que se inicie.</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
</context>
<context>
    <name>hangar::gui::MountLimitDialog</name>
    <message>
        <source>Add a &amp;config file…</source>
        <translation>Añadir un archivo de &amp;configuración…</translation>
    </message>
    <message>
        <source>Co&amp;py into %1…</source>
        <translation>Co&amp;piar en %1…</translation>
    </message>
    <message>
        <source>One volume per machine</source>
        <translation>Un volumen por máquina</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 already mounts %2 at %3.&lt;/b&gt; A Fly machine mounts one volume, so it cannot mount another as well.</source>
        <translation>&lt;b&gt;%1 ya monta %2 en %3.&lt;/b&gt; Una máquina de Fly monta un solo volumen, así que no puede montar otro además.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 already mounts %2 at %3.&lt;/b&gt; A Fly machine mounts one volume, so %4 cannot be mounted as well.</source>
        <translation>&lt;b&gt;%1 ya monta %2 en %3.&lt;/b&gt; Una máquina de Fly monta un solo volumen, así que no se puede montar también %4.</translation>
    </message>
    <message>
        <source>What you can do instead:&lt;ul&gt;&lt;li&gt;&lt;b&gt;Add a config file&lt;/b&gt; for small files such as nginx.conf: it is written into the machine each time it boots.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Copy the files into %1&lt;/b&gt;, under %2, for data the app reads and writes.&lt;/li&gt;&lt;li&gt;Run a second machine that mounts the other volume.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>Lo que puede hacer en su lugar:&lt;ul&gt;&lt;li&gt;&lt;b&gt;Añadir un archivo de configuración&lt;/b&gt; para archivos pequeños como nginx.conf: se escribe en la máquina cada vez que arranca.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Copiar los archivos en %1&lt;/b&gt;, bajo %2, para los datos que la aplicación lee y escribe.&lt;/li&gt;&lt;li&gt;Ejecutar una segunda máquina que monte el otro volumen.&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
</context>
<context>
    <name>hangar::gui::MountSection</name>
    <message>
        <source>Volume</source>
        <translation>Volumen</translation>
    </message>
    <message>
        <source>Mount another volume…</source>
        <translation>Montar otro volumen…</translation>
    </message>
    <message>
        <source>A volume of this app in the machine&apos;s region that no other machine uses. A machine mounts at most one volume.</source>
        <translation>Un volumen de esta aplicación, en la región de la máquina, que no use ninguna otra máquina. Una máquina monta como máximo un volumen.</translation>
    </message>
    <message>
        <source>Where the volume appears inside the machine, an absolute path such as /data.</source>
        <translation>Dónde aparece el volumen dentro de la máquina: una ruta absoluta, como /data.</translation>
    </message>
    <message>
        <source>Machines on Fly mount one volume; this explains the alternatives.</source>
        <translation>Las máquinas de Fly montan un solo volumen; aquí se explican las alternativas.</translation>
    </message>
    <message>
        <source>Vol&amp;ume:</source>
        <translation>Vol&amp;umen:</translation>
    </message>
    <message>
        <source>Mount &amp;path:</source>
        <translation>&amp;Ruta de montaje:</translation>
    </message>
    <message>
        <source>No volume</source>
        <translation>Sin volumen</translation>
    </message>
    <message>
        <source>%1 (%2 GB, %3)</source>
        <translation>%1 (%2 GB, %3)</translation>
    </message>
    <message>
        <source>Say where to mount the volume, for example /data.</source>
        <translation>Indique dónde montar el volumen, por ejemplo /data.</translation>
    </message>
    <message>
        <source>The mount path must be absolute (start with /).</source>
        <translation>La ruta de montaje debe ser absoluta (empezar por /).</translation>
    </message>
    <message>
        <source>A volume cannot be mounted over the root directory.</source>
        <translation>Un volumen no se puede montar sobre el directorio raíz.</translation>
    </message>
    <message>
        <source>This app has no free volume. Create one from the Volumes menu.</source>
        <translation>Esta aplicación no tiene ningún volumen libre. Cree uno desde el menú Volumen.</translation>
    </message>
    <message>
        <source>This app has no free volume in %1. Create one from the Volumes menu.</source>
        <translation>Esta aplicación no tiene ningún volumen libre en %1. Cree uno desde el menú Volumen.</translation>
    </message>
    <message numerus="yes">
        <source>%n free volume(s) can be mounted here.</source>
        <translation>
            <numerusform>Se puede montar aquí %n volumen libre.</numerusform>
            <numerusform>Se pueden montar aquí %n volúmenes libres.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2 GB)</source>
        <translation>%1 (%2 GB)</translation>
    </message>
    <message>
        <source>Another volume…</source>
        <translation>Otro volumen…</translation>
    </message>
</context>
<context>
    <name>hangar::gui::NewAppDialog</name>
    <message>
        <source>New app</source>
        <translation>Nueva aplicación</translation>
    </message>
    <message>
        <source>Lowercase letters, digits and dashes; unique across all of Fly.io, since it becomes &lt;name&gt;.fly.dev.</source>
        <translation>Letras minúsculas, dígitos y guiones; debe ser único en todo Fly.io, ya que se convierte en &lt;name&gt;.fly.dev.</translation>
    </message>
    <message>
        <source>&amp;Create app</source>
        <translation>&amp;Crear aplicación</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation>&amp;Organización:</translation>
    </message>
    <message>
        <source>Name the app.</source>
        <translation>Asigne un nombre a la aplicación.</translation>
    </message>
    <message>
        <source>Use lowercase letters, digits and dashes (not at the start or end).</source>
        <translation>Use letras minúsculas, dígitos y guiones (no al principio ni al final).</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>Creando…</translation>
    </message>
</context>
<context>
    <name>hangar::gui::OrgReachTree</name>
    <message>
        <source>all apps</source>
        <translation>todas las aplicaciones</translation>
    </message>
    <message numerus="yes">
        <source>%n app(s)</source>
        <translation>
            <numerusform>%n aplicación</numerusform>
            <numerusform>%n aplicaciones</numerusform>
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
        <translation>Todas las organizaciones a las que da acceso el token. Compruebe el token para elegir.</translation>
    </message>
    <message>
        <source>Check the token to see its apps here.</source>
        <translation>Compruebe el token para ver aquí sus aplicaciones.</translation>
    </message>
</context>
<context>
    <name>hangar::gui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>Copying into volumes</source>
        <translation>Copia en volúmenes</translation>
    </message>
    <message>
        <source>&amp;Ask before copying a file larger than</source>
        <translation>&amp;Preguntar antes de copiar un archivo de más de</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
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
        <translation>Unidad</translation>
    </message>
    <message>
        <source>Large files take a while over exec (about 6 MiB a second on Fly.io); the question lets a big drop be trimmed before it starts.</source>
        <translation>Los archivos grandes tardan por exec (unos 6 MiB por segundo en Fly.io); la pregunta permite recortar un envío grande antes de que empiece.</translation>
    </message>
</context>
<context>
    <name>hangar::gui::ProcessSection</name>
    <message>
        <source>Process</source>
        <translation>Proceso</translation>
    </message>
    <message>
        <source>Allocate a terminal (tty)</source>
        <translation>Asignar un terminal (tty)</translation>
    </message>
    <message>
        <source>Destroy the machine when it exits</source>
        <translation>Destruir la máquina cuando termine</translation>
    </message>
    <message>
        <source>the image&apos;s CMD</source>
        <translation>el CMD de la imagen</translation>
    </message>
    <message>
        <source>Replaces the image&apos;s CMD, written as in a shell: nginx -g &apos;daemon off;&apos;</source>
        <translation>Reemplaza el CMD de la imagen; se escribe como en un shell: nginx -g &apos;daemon off;&apos;</translation>
    </message>
    <message>
        <source>the image&apos;s ENTRYPOINT</source>
        <translation>el ENTRYPOINT de la imagen</translation>
    </message>
    <message>
        <source>Replaces the image&apos;s ENTRYPOINT.</source>
        <translation>Reemplaza el ENTRYPOINT de la imagen.</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>sin definir</translation>
    </message>
    <message>
        <source>Runs this instead of entrypoint and command together.</source>
        <translation>Ejecuta esto en lugar del punto de entrada y el comando juntos.</translation>
    </message>
    <message>
        <source>Some programs need a terminal to start; most servers do not.</source>
        <translation>Algunos programas necesitan un terminal para iniciarse; la mayoría de los servidores no.</translation>
    </message>
    <message>
        <source>Default (SIGINT)</source>
        <translation>Predeterminada (SIGINT)</translation>
    </message>
    <message>
        <source>The signal sent to the process when the machine stops.</source>
        <translation>La señal que se envía al proceso cuando se detiene la máquina.</translation>
    </message>
    <message>
        <source>default (5s)</source>
        <translation>predeterminado (5s)</translation>
    </message>
    <message>
        <source>How long to wait after the signal before killing the process, such as 30s or 2m.</source>
        <translation>Cuánto esperar tras la señal antes de forzar el cierre del proceso, por ejemplo 30s o 2m.</translation>
    </message>
    <message>
        <source>Default (on failure)</source>
        <translation>Predeterminada (si falla)</translation>
    </message>
    <message>
        <source>On failure</source>
        <translation>Si falla</translation>
    </message>
    <message>
        <source>Always</source>
        <translation>Siempre</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>What happens when the main process exits.</source>
        <translation>Qué ocurre cuando termina el proceso principal.</translation>
    </message>
    <message>
        <source>default</source>
        <translation>predeterminado</translation>
    </message>
    <message>
        <source>How many times to restart after failures before giving up.</source>
        <translation>Cuántas veces reiniciar tras un fallo antes de desistir.</translation>
    </message>
    <message>
        <source>For one-off jobs: the machine is destroyed once its process exits.</source>
        <translation>Para trabajos puntuales: la máquina se destruye cuando termina su proceso.</translation>
    </message>
    <message>
        <source>No schedule</source>
        <translation>Sin programación</translation>
    </message>
    <message>
        <source>Hourly</source>
        <translation>Cada hora</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Diaria</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Semanal</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Mensual</translation>
    </message>
    <message>
        <source>Starts the machine on this schedule; it should exit when done.</source>
        <translation>Inicia la máquina según esta programación; debe terminar cuando acabe.</translation>
    </message>
    <message>
        <source>Co&amp;mmand:</source>
        <translation>Co&amp;mando:</translation>
    </message>
    <message>
        <source>E&amp;ntrypoint:</source>
        <translation>&amp;Punto de entrada:</translation>
    </message>
    <message>
        <source>E&amp;xec:</source>
        <translation>E&amp;xec:</translation>
    </message>
    <message>
        <source>Stop &amp;signal:</source>
        <translation>&amp;Señal de detención:</translation>
    </message>
    <message>
        <source>Stop &amp;timeout:</source>
        <translation>&amp;Tiempo de espera de detención:</translation>
    </message>
    <message>
        <source>&amp;Restart:</source>
        <translation>&amp;Reinicio:</translation>
    </message>
    <message>
        <source>Max retries:</source>
        <translation>Máx. de reintentos:</translation>
    </message>
    <message>
        <source>Sc&amp;hedule:</source>
        <translation>Pro&amp;gramación:</translation>
    </message>
    <message>
        <source>“%1” is not a duration; write it like 30s or 2m.</source>
        <translation>“%1” no es una duración; escríbala así: 30s o 2m.</translation>
    </message>
    <message>
        <source>The stop timeout cannot be negative.</source>
        <translation>El tiempo de espera de detención no puede ser negativo.</translation>
    </message>
    <message>
        <source>A quote is not closed in “%1”.</source>
        <translation>Hay unas comillas sin cerrar en “%1”.</translation>
    </message>
    <message>
        <source>A quote is not closed.</source>
        <translation>Hay unas comillas sin cerrar.</translation>
    </message>
</context>
<context>
    <name>hangar::gui::RegionsPanel</name>
    <message>
        <source>Regions</source>
        <translation>Regiones</translation>
    </message>
    <message>
        <source>Regions table</source>
        <translation>Tabla de regiones</translation>
    </message>
    <message numerus="yes">
        <source>You have machines or volumes in %n of %1 region(s). Click a region to show only it in the tree, double-click to zoom in, drag to move the map.</source>
        <translation>
            <numerusform>Tiene máquinas o volúmenes en %n de %1 regiones. Haga clic en una región para mostrar solo esa en el árbol, doble clic para acercar y arrastre para mover el mapa.</numerusform>
            <numerusform>Tiene máquinas o volúmenes en %n de %1 regiones. Haga clic en una región para mostrar solo esa en el árbol, doble clic para acercar y arrastre para mover el mapa.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hangar::gui::RemoteFilesModel</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Modificado</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
</context>
<context>
    <name>hangar::gui::ReviewDialog</name>
    <message>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <source>Reload and re-apply my edits</source>
        <translation>Recargar y volver a aplicar mis cambios</translation>
    </message>
    <message>
        <source>Start again from the machine&apos;s config as it is now and apply your edits on top</source>
        <translation>Volver a empezar desde la configuración actual de la máquina y aplicar sus cambios encima</translation>
    </message>
    <message>
        <source>Discard mine</source>
        <translation>Descartar los míos</translation>
    </message>
    <message>
        <source>Throw your edits away and keep the machine as it is now</source>
        <translation>Descartar sus cambios y dejar la máquina como está ahora</translation>
    </message>
    <message>
        <source>Review changes to %1</source>
        <translation>Revisar los cambios en %1</translation>
    </message>
    <message>
        <source>Apply these changes to %1?</source>
        <translation>¿Aplicar estos cambios a %1?</translation>
    </message>
    <message>
        <source>Nothing to apply to %1</source>
        <translation>No hay nada que aplicar a %1</translation>
    </message>
    <message>
        <source>Current config</source>
        <translation>Configuración actual</translation>
    </message>
    <message>
        <source>After applying</source>
        <translation>Después de aplicar</translation>
    </message>
    <message>
        <source>Restore a version of %1</source>
        <translation>Restaurar una versión de %1</translation>
    </message>
    <message>
        <source>Restore %1 to version %2?</source>
        <translation>¿Restaurar %1 a la versión %2?</translation>
    </message>
    <message>
        <source>Version %1 is the same as the current config</source>
        <translation>La versión %1 es igual a la configuración actual</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Versión %1</translation>
    </message>
    <message>
        <source>%1 was changed meanwhile</source>
        <translation>%1 se modificó mientras tanto</translation>
    </message>
    <message>
        <source>Someone else changed %1 while you were editing</source>
        <translation>Otra persona modificó %1 mientras usted lo editaba</translation>
    </message>
    <message>
        <source>The machine moved to a new version with the same config.</source>
        <translation>La máquina pasó a una versión nueva con la misma configuración.</translation>
    </message>
    <message>
        <source>They changed: %1.</source>
        <translation>Sus cambios: %1.</translation>
    </message>
    <message>
        <source>Your edits: %1.</source>
        <translation>Sus modificaciones: %1.</translation>
    </message>
    <message>
        <source>When you started editing</source>
        <translation>Cuando empezó a editar</translation>
    </message>
    <message>
        <source>Now on the server</source>
        <translation>Ahora en el servidor</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
</context>
<context>
    <name>hangar::gui::SecretsWidget</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Digest</source>
        <translation>Digest</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creación</translation>
    </message>
    <message>
        <source>&amp;Set…</source>
        <translation>&amp;Establecer…</translation>
    </message>
    <message>
        <source>Add a secret, or replace the value of the selected one</source>
        <translation>Añadir un secreto o reemplazar el valor del seleccionado</translation>
    </message>
    <message>
        <source>&amp;Unset…</source>
        <translation>&amp;Quitar…</translation>
    </message>
    <message>
        <source>Remove the selected secrets from the app (asks first)</source>
        <translation>Quitar los secretos seleccionados de la aplicación (pide confirmación)</translation>
    </message>
    <message>
        <source>A fingerprint of the value: it changes when the value does.</source>
        <translation>Una huella del valor: cambia cuando cambia el valor.</translation>
    </message>
    <message>
        <source>Loading secrets…</source>
        <translation>Cargando secretos…</translation>
    </message>
    <message>
        <source>The secrets could not be loaded: %1</source>
        <translation>No se pudieron cargar los secretos: %1</translation>
    </message>
    <message>
        <source>No secrets yet. “Set…” adds one.</source>
        <translation>Todavía no hay secretos. “Establecer…” añade uno.</translation>
    </message>
    <message>
        <source>Set secret %1 in %2</source>
        <translation>Establecer el secreto %1 en %2</translation>
    </message>
    <message>
        <source>The account was removed.</source>
        <translation>Se quitó la cuenta.</translation>
    </message>
    <message>
        <source>%1 is set; machines get it when they are next updated</source>
        <translation>%1 está establecido; las máquinas lo recibirán en su próxima actualización</translation>
    </message>
    <message numerus="yes">
        <source>Unset %n Secret(s)</source>
        <translation>
            <numerusform>Quitar %n secreto</numerusform>
            <numerusform>Quitar %n secretos</numerusform>
        </translation>
    </message>
    <message>
        <source>Unset %1 in %2? Machines keep the old value until they are next updated; then it is gone and cannot be recovered.</source>
        <translation>¿Quitar %1 en %2? Las máquinas conservan el valor anterior hasta su próxima actualización; después desaparece y no se puede recuperar.</translation>
    </message>
    <message>
        <source>&amp;Unset</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Unset secret %1 in %2</source>
        <translation>Quitar el secreto %1 en %2</translation>
    </message>
    <message numerus="yes">
        <source>Unset %n secret(s) in %1</source>
        <translation>
            <numerusform>Quitar %n secreto en %1</numerusform>
            <numerusform>Quitar %n secretos en %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n secret(s) unset</source>
        <translation>
            <numerusform>%n secreto quitado</numerusform>
            <numerusform>%n secretos quitados</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hangar::gui::ServicesSection</name>
    <message>
        <source>Services</source>
        <translation>Servicios</translation>
    </message>
    <message>
        <source>Add ser&amp;vice</source>
        <translation>Añadir ser&amp;vicio</translation>
    </message>
    <message>
        <source>Remove service</source>
        <translation>Quitar servicio</translation>
    </message>
    <message>
        <source>Add &amp;port</source>
        <translation>Añadir &amp;puerto</translation>
    </message>
    <message>
        <source>Remove port</source>
        <translation>Quitar puerto</translation>
    </message>
    <message>
        <source>Start the machine when a request arrives</source>
        <translation>Iniciar la máquina cuando llegue una solicitud</translation>
    </message>
    <message>
        <source>Each service exposes one internal port of the machine through the Fly Proxy on one or more public ports.</source>
        <translation>Cada servicio expone un puerto interno de la máquina a través del Fly Proxy en uno o varios puertos públicos.</translation>
    </message>
    <message>
        <source>TCP for web and most servers; UDP for DNS, games and the like.</source>
        <translation>TCP para web y la mayoría de los servidores; UDP para DNS, juegos y similares.</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>sin definir</translation>
    </message>
    <message>
        <source>The port your process listens on inside the machine.</source>
        <translation>El puerto en el que escucha su proceso dentro de la máquina.</translation>
    </message>
    <message>
        <source>Public port(s)</source>
        <translation>Puertos públicos</translation>
    </message>
    <message>
        <source>Handlers</source>
        <translation>Controladores</translation>
    </message>
    <message>
        <source>Force HTTPS</source>
        <translation>Forzar HTTPS</translation>
    </message>
    <message>
        <source>Public ports: one number (443) or a range (8000-8010). Handlers say what the proxy does first: tls terminates TLS, http speaks HTTP, proxy_proto adds the PROXY header; none passes raw TCP.</source>
        <translation>Puertos públicos: un número (443) o un rango (8000-8010). Los controladores indican qué hace primero el proxy: tls termina TLS, http habla HTTP, proxy_proto añade el encabezado PROXY; sin controladores, pasa TCP sin procesar.</translation>
    </message>
    <message>
        <source>Keep running</source>
        <translation>Mantener en ejecución</translation>
    </message>
    <message>
        <source>Stop when idle</source>
        <translation>Detener si está inactiva</translation>
    </message>
    <message>
        <source>Suspend when idle</source>
        <translation>Suspender si está inactiva</translation>
    </message>
    <message>
        <source>What the proxy does with the machine when it has no traffic. Suspend resumes fastest but keeps memory in a snapshot.</source>
        <translation>Qué hace el proxy con la máquina cuando no tiene tráfico. Suspender es lo que más rápido se reanuda, pero guarda la memoria en una instantánea.</translation>
    </message>
    <message>
        <source>Lets the proxy start a stopped or suspended machine on demand.</source>
        <translation>Permite que el proxy inicie bajo demanda una máquina detenida o suspendida.</translation>
    </message>
    <message>
        <source>Machines of the app the proxy keeps running in the primary region even when idle.</source>
        <translation>Máquinas de la aplicación que el proxy mantiene en ejecución en la región principal aunque estén inactivas.</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Sin definir</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Conexiones</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Solicitudes</translation>
    </message>
    <message>
        <source>What the limits count: open connections, or HTTP requests in flight.</source>
        <translation>Qué cuentan los límites: conexiones abiertas o solicitudes HTTP en curso.</translation>
    </message>
    <message>
        <source>Above this the proxy prefers other machines (and may start one).</source>
        <translation>Por encima de esto, el proxy prefiere otras máquinas (y puede iniciar una).</translation>
    </message>
    <message>
        <source>At this the proxy sends no more traffic to the machine.</source>
        <translation>Al llegar a esto, el proxy deja de enviar tráfico a la máquina.</translation>
    </message>
    <message>
        <source>soft</source>
        <translation>flexible</translation>
    </message>
    <message>
        <source>hard</source>
        <translation>estricto</translation>
    </message>
    <message>
        <source>P&amp;rotocol:</source>
        <translation>P&amp;rotocolo:</translation>
    </message>
    <message>
        <source>&amp;Internal port:</source>
        <translation>Puerto &amp;interno:</translation>
    </message>
    <message>
        <source>Public ports:</source>
        <translation>Puertos públicos:</translation>
    </message>
    <message>
        <source>When idle:</source>
        <translation>Si está inactiva:</translation>
    </message>
    <message>
        <source>Minimum running:</source>
        <translation>Mínimo en ejecución:</translation>
    </message>
    <message>
        <source>Concurrency:</source>
        <translation>Simultaneidad:</translation>
    </message>
    <message>
        <source>Service checks:</source>
        <translation>Comprobaciones del servicio:</translation>
    </message>
    <message>
        <source>Service %1</source>
        <translation>Servicio %1</translation>
    </message>
    <message>
        <source>%1: set the internal port your process listens on.</source>
        <translation>%1: indique el puerto interno en el que escucha su proceso.</translation>
    </message>
    <message>
        <source>%1: “%2” is not a handler name (http, tls, proxy_proto, …).</source>
        <translation>%1: “%2” no es un nombre de controlador (http, tls, proxy_proto, …).</translation>
    </message>
    <message>
        <source>%1: a public port is a number from 1 to 65535, or a range such as 8000-8010.</source>
        <translation>%1: un puerto público es un número del 1 al 65535 o un rango como 8000-8010.</translation>
    </message>
    <message>
        <source>%1: the soft limit cannot be above the hard limit.</source>
        <translation>%1: el límite flexible no puede superar el límite estricto.</translation>
    </message>
    <message>
        <source>%1 :%2 (private)</source>
        <translation>%1 :%2 (privado)</translation>
    </message>
    <message>
        <source>%1 :%2 ← %3</source>
        <translation>%1 :%2 ← %3</translation>
    </message>
    <message>
        <source>A public port is a number from 1 to 65535, or a range such as 8000-8010.</source>
        <translation>Un puerto público es un número del 1 al 65535 o un rango como 8000-8010.</translation>
    </message>
    <message>
        <source>“%1” is not a handler name (http, tls, proxy_proto, …).</source>
        <translation>“%1” no es un nombre de controlador (http, tls, proxy_proto, …).</translation>
    </message>
    <message>
        <source>Set the port your process listens on.</source>
        <translation>Indique el puerto en el que escucha su proceso.</translation>
    </message>
    <message>
        <source>The soft limit cannot be above the hard limit.</source>
        <translation>El límite flexible no puede superar el límite estricto.</translation>
    </message>
</context>
<context>
    <name>hangar::gui::SetSecretDialog</name>
    <message>
        <source>Set Secret in %1</source>
        <translation>Establecer secreto en %1</translation>
    </message>
    <message>
        <source>&amp;Set Secret</source>
        <translation>&amp;Establecer secreto</translation>
    </message>
    <message>
        <source>Secrets reach the app&apos;s machines as environment variables. The value is stored encrypted by Fly.io and never shown again; machines get it when they are next updated or created.</source>
        <translation>Los secretos llegan a las máquinas de la aplicación como variables de entorno. Fly.io guarda el valor cifrado y no lo vuelve a mostrar; las máquinas lo reciben en su próxima actualización o al crearse.</translation>
    </message>
    <message>
        <source>e.g. DATABASE_URL</source>
        <translation>p. ej., DATABASE_URL</translation>
    </message>
    <message>
        <source>Sho&amp;w while typing</source>
        <translation>&amp;Mostrar al escribir</translation>
    </message>
    <message>
        <source>Shows the value in this field only; it is never shown once set.</source>
        <translation>Muestra el valor solo en este campo; una vez establecido, no se vuelve a mostrar.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Valor:</translation>
    </message>
    <message>
        <source>Enter a name, for example DATABASE_URL.</source>
        <translation>Escriba un nombre, por ejemplo DATABASE_URL.</translation>
    </message>
    <message>
        <source>A name cannot start with a digit.</source>
        <translation>Un nombre no puede empezar por un dígito.</translation>
    </message>
    <message>
        <source>Use underscores instead of dashes, for example “%1”.</source>
        <translation>Use guiones bajos en lugar de guiones, por ejemplo “%1”.</translation>
    </message>
    <message>
        <source>A name cannot contain spaces; use underscores.</source>
        <translation>Un nombre no puede contener espacios; use guiones bajos.</translation>
    </message>
    <message>
        <source>“%1” is not allowed: use letters, digits and underscores, as in an environment variable.</source>
        <translation>“%1” no está permitido: use letras, dígitos y guiones bajos, como en una variable de entorno.</translation>
    </message>
    <message>
        <source>Enter the value.</source>
        <translation>Escriba el valor.</translation>
    </message>
    <message>
        <source>%1 exists: its value will be replaced.</source>
        <translation>%1 ya existe: se reemplazará su valor.</translation>
    </message>
    <message>
        <source>From &amp;File…</source>
        <translation>Desde &amp;archivo…</translation>
    </message>
    <message>
        <source>Uses the contents of a text file, such as a key or a certificate, as the value.</source>
        <translation>Usa el contenido de un archivo de texto, como una clave o un certificado, como valor.</translation>
    </message>
    <message>
        <source>Secret Value From File</source>
        <translation>Valor del secreto desde un archivo</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>No se pudo leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is too large for a secret (%2 KiB at most).</source>
        <translation>%1 es demasiado grande para un secreto (%2 KiB como máximo).</translation>
    </message>
    <message>
        <source>%1 is not a text file: a secret&apos;s value must be text.</source>
        <translation>%1 no es un archivo de texto: el valor de un secreto debe ser texto.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s), kept exactly as pasted.</source>
        <translation>
            <numerusform>%n línea, conservada tal como se pegó.</numerusform>
            <numerusform>%n líneas, conservadas tal como se pegaron.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) from %1, kept exactly.</source>
        <translation>
            <numerusform>%n línea de %1, conservada tal cual.</numerusform>
            <numerusform>%n líneas de %1, conservadas tal cual.</numerusform>
        </translation>
    </message>
    <message>
        <source>From %1.</source>
        <translation>Desde %1.</translation>
    </message>
    <message>
        <source>The value is too long for a secret (%1 KiB at most).</source>
        <translation>El valor es demasiado largo para un secreto (%1 KiB como máximo).</translation>
    </message>
</context>
<context>
    <name>hangar::gui::SizeSection</name>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n CPU(s), %2 MB</source>
        <translation>
            <numerusform>%1 — %n CPU, %2 MB</numerusform>
            <numerusform>%1 — %n CPU, %2 MB</numerusform>
        </translation>
    </message>
    <message>
        <source>Custom size</source>
        <translation>Tamaño personalizado</translation>
    </message>
    <message>
        <source>A named size from Fly&apos;s list, or Custom to choose the CPU kind, the number of CPUs and the memory yourself.</source>
        <translation>Un tamaño con nombre de la lista de Fly, o Personalizado para elegir usted mismo el tipo de CPU, el número de CPU y la memoria.</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Compartida</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>De rendimiento</translation>
    </message>
    <message>
        <source>Shared CPUs are cheap and fine for most web apps; performance CPUs are dedicated cores for steady heavy work.</source>
        <translation>Las CPU compartidas son económicas y sirven para la mayoría de las aplicaciones web; las CPU de rendimiento son núcleos dedicados para cargas intensas y constantes.</translation>
    </message>
    <message>
        <source>Shared: 1, 2, 4, 6 or 8. Performance: 1–16 in even steps, or 32, 64, 128.</source>
        <translation>Compartida: 1, 2, 4, 6 u 8. De rendimiento: de 1 a 16 en pasos pares, o 32, 64, 128.</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>Shared CPUs take 256–2048 MB per CPU in steps of 256 MB; performance CPUs take 2048–8192 MB per CPU in steps of 1024 MB.</source>
        <translation>Las CPU compartidas admiten de 256 a 2048 MB por CPU en pasos de 256 MB; las CPU de rendimiento, de 2048 a 8192 MB por CPU en pasos de 1024 MB.</translation>
    </message>
    <message>
        <source>&amp;Preset:</source>
        <translation>&amp;Predefinido:</translation>
    </message>
    <message>
        <source>CPU &amp;kind:</source>
        <translation>&amp;Tipo de CPU:</translation>
    </message>
    <message>
        <source>&amp;CPUs:</source>
        <translation>&amp;CPU:</translation>
    </message>
    <message>
        <source>&amp;Memory:</source>
        <translation>&amp;Memoria:</translation>
    </message>
    <message>
        <source>Choose a size.</source>
        <translation>Elija un tamaño.</translation>
    </message>
    <message numerus="yes">
        <source>%n CPU(s) (%1), %2 MB of memory</source>
        <translation>
            <numerusform>%n CPU (%1), %2 MB de memoria</numerusform>
            <numerusform>%n CPU (%1), %2 MB de memoria</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hangar::gui::StateBadge</name>
    <message>
        <source>Started</source>
        <translation>Iniciada</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Detenida</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Suspendida</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creada</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallida</translation>
    </message>
    <message>
        <source>Destroyed</source>
        <translation>Destruida</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Deteniendo…</translation>
    </message>
    <message>
        <source>Restarting…</source>
        <translation>Reiniciando…</translation>
    </message>
    <message>
        <source>Suspending…</source>
        <translation>Suspendiendo…</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Actualizando…</translation>
    </message>
    <message>
        <source>Destroying…</source>
        <translation>Destruyendo…</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
</context>
<context>
    <name>hangar::gui::StatusIndicators</name>
    <message>
        <source>Sandbox</source>
        <translation>Entorno de pruebas</translation>
    </message>
    <message>
        <source>You are in the sandbox: a simulated Fly.io account on this computer. Nothing here touches real machines.</source>
        <translation>Está en el entorno de pruebas: una cuenta de Fly.io simulada en este equipo. Nada de lo que haga aquí afecta a máquinas reales.</translation>
    </message>
    <message>
        <source>● Connected</source>
        <translation>● Conectado</translation>
    </message>
    <message>
        <source>● Problem</source>
        <translation>● Problema</translation>
    </message>
    <message>
        <source>The last refresh worked.</source>
        <translation>La última actualización funcionó.</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Actualizado a las %1</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>Actualizando…</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) in flight, %1 waiting</source>
        <translation>
            <numerusform>%n solicitud en curso, %1 en espera</numerusform>
            <numerusform>%n solicitudes en curso, %1 en espera</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) in flight</source>
        <translation>
            <numerusform>%n solicitud en curso</numerusform>
            <numerusform>%n solicitudes en curso</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hangar::gui::VolumeActions</name>
    <message>
        <source>Create a volume in this app</source>
        <translation>Crear un volumen en esta aplicación</translation>
    </message>
    <message>
        <source>Give the selected volume more space</source>
        <translation>Dar más espacio al volumen seleccionado</translation>
    </message>
    <message>
        <source>Copy the selected volume to a new one, in any region</source>
        <translation>Copiar el volumen seleccionado en uno nuevo, en cualquier región</translation>
    </message>
    <message>
        <source>Take a snapshot of the selected volume now</source>
        <translation>Crear ahora una instantánea del volumen seleccionado</translation>
    </message>
    <message>
        <source>Destroy the selected volume and its data (asks first)</source>
        <translation>Destruir el volumen seleccionado y sus datos (pide confirmación)</translation>
    </message>
    <message>
        <source>Attached to machine %1: destroy that machine first</source>
        <translation>Asociado a la máquina %1: destruya primero esa máquina</translation>
    </message>
    <message>
        <source>Restart %1?</source>
        <translation>¿Reiniciar %1?</translation>
    </message>
    <message>
        <source>%1 now has more space, but machine %2 sees it only after a restart. Restart the machine now?</source>
        <translation>%1 ya tiene más espacio, pero la máquina %2 no lo verá hasta que se reinicie. ¿Reiniciar la máquina ahora?</translation>
    </message>
    <message>
        <source>&amp;Restart Now</source>
        <translation>&amp;Reiniciar ahora</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Más tarde</translation>
    </message>
    <message>
        <source>Volume in Use</source>
        <translation>Volumen en uso</translation>
    </message>
    <message>
        <source>%1 is attached to machine %2 and cannot be destroyed. Destroy that machine first: a machine&apos;s mount cannot be removed by an update.</source>
        <translation>%1 está asociado a la máquina %2 y no se puede destruir. Destruya primero esa máquina: el montaje de una máquina no se puede quitar con una actualización.</translation>
    </message>
    <message>
        <source>&amp;New volume…</source>
        <translation>&amp;Nuevo volumen…</translation>
    </message>
    <message>
        <source>E&amp;xtend volume…</source>
        <translation>&amp;Ampliar volumen…</translation>
    </message>
    <message>
        <source>&amp;Fork volume…</source>
        <translation>&amp;Duplicar volumen…</translation>
    </message>
    <message>
        <source>Take &amp;snapshot</source>
        <translation>Tomar una &amp;instantánea</translation>
    </message>
    <message>
        <source>&amp;Destroy volume…</source>
        <translation>&amp;Destruir volumen…</translation>
    </message>
</context>
<context>
    <name>hangar::gui::VolumeFilesWidget</name>
    <message>
        <source>Up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Nueva carpeta</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Download…</source>
        <translation>Descargar…</translation>
    </message>
    <message>
        <source>No machine mounts this volume. Files dropped here go where a machine mounting it at this path would see them:</source>
        <translation>Ninguna máquina monta este volumen. Los archivos que suelte aquí irán donde los vería una máquina que lo montara en esta ruta:</translation>
    </message>
    <message>
        <source>No volume selected.</source>
        <translation>No hay ningún volumen seleccionado.</translation>
    </message>
    <message>
        <source>Looking for a machine that mounts this volume…</source>
        <translation>Buscando una máquina que monte este volumen…</translation>
    </message>
    <message>
        <source>Getting a machine ready to read the volume…</source>
        <translation>Preparando una máquina para leer el volumen…</translation>
    </message>
    <message>
        <source>Files dropped here are still copied; listing them needs a running machine.</source>
        <translation>Los archivos que suelte aquí se copian igualmente; para listarlos hace falta una máquina en ejecución.</translation>
    </message>
    <message>
        <source>Start the Machine to Browse</source>
        <translation>Iniciar la máquina para explorar</translation>
    </message>
    <message>
        <source>Browse with a Temporary Helper Machine</source>
        <translation>Explorar con una máquina auxiliar temporal</translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Drop files or folders here to copy them into %1</source>
        <translation>Suelte archivos o carpetas aquí para copiarlos en %1</translation>
    </message>
    <message>
        <source>Name of the new folder in %1:</source>
        <translation>Nombre de la nueva carpeta en %1:</translation>
    </message>
    <message>
        <source>Delete from the Volume</source>
        <translation>Eliminar del volumen</translation>
    </message>
    <message>
        <source>Delete %1 from %2? This cannot be undone.</source>
        <translation>¿Eliminar %1 de %2? Esta acción no se puede deshacer.</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n item(s) from %1? This cannot be undone.</source>
        <translation>
            <numerusform>¿Eliminar %n elemento de %1? Esta acción no se puede deshacer.</numerusform>
            <numerusform>¿Eliminar %n elementos de %1? Esta acción no se puede deshacer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Download To</source>
        <translation>Descargar en</translation>
    </message>
    <message>
        <source>Release to copy into %1</source>
        <translation>Suelte para copiar en %1</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) saved in %1.</source>
        <translation>
            <numerusform>%n archivo guardado en %1.</numerusform>
            <numerusform>%n archivos guardados en %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation>Abrir carpeta</translation>
    </message>
</context>
<context>
    <name>hangar::gui::VolumeJobs</name>
    <message>
        <source>Fork volume %1 as %2</source>
        <translation>Duplicar el volumen %1 como %2</translation>
    </message>
    <message>
        <source>Restore snapshot %1 as %2</source>
        <translation>Restaurar la instantánea %1 como %2</translation>
    </message>
    <message>
        <source>Create volume %1</source>
        <translation>Crear el volumen %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2) created in %3, %n GB</source>
        <translation>
            <numerusform>%1 (%2) creado en %3, %n GB</numerusform>
            <numerusform>%1 (%2) creado en %3, %n GB</numerusform>
        </translation>
    </message>
    <message>
        <source>No host in %1 has room for another volume named %2 apart from the ones there. Choose another region, or clear “different host” to let volumes share one.</source>
        <translation>Ningún host de %1 tiene espacio para otro volumen llamado %2 separado de los que ya hay. Elija otra región o desmarque “host distinto” para que los volúmenes puedan compartir uno.</translation>
    </message>
    <message numerus="yes">
        <source>Extend %1 to %n GB</source>
        <translation>
            <numerusform>Ampliar %1 a %n GB</numerusform>
            <numerusform>Ampliar %1 a %n GB</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is now %n GB; its machine must restart to use the new space</source>
        <translation>
            <numerusform>%1 tiene ahora %n GB; su máquina debe reiniciarse para usar el espacio nuevo</numerusform>
            <numerusform>%1 tiene ahora %n GB; su máquina debe reiniciarse para usar el espacio nuevo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is now %n GB</source>
        <translation>
            <numerusform>%1 tiene ahora %n GB</numerusform>
            <numerusform>%1 tiene ahora %n GB</numerusform>
        </translation>
    </message>
    <message>
        <source>Snapshot %1</source>
        <translation>Instantánea de %1</translation>
    </message>
    <message>
        <source>A snapshot of %1 was requested</source>
        <translation>Se solicitó una instantánea de %1</translation>
    </message>
    <message>
        <source>Destroy volume %1</source>
        <translation>Destruir el volumen %1</translation>
    </message>
    <message>
        <source>Volume %1 was destroyed</source>
        <translation>Se destruyó el volumen %1</translation>
    </message>
    <message>
        <source>%1 is attached to a machine and cannot be destroyed. Destroy the machine first (a machine&apos;s mount cannot be removed), then the volume.</source>
        <translation>%1 está asociado a una máquina y no se puede destruir. Destruya primero la máquina (el montaje de una máquina no se puede quitar) y después el volumen.</translation>
    </message>
    <message>
        <source>The account of this volume was removed before the job could start.</source>
        <translation>La cuenta de este volumen se quitó antes de que pudiera empezar la tarea.</translation>
    </message>
</context>
<context>
    <name>hangar::gui::VolumePanel</name>
    <message>
        <source>Snapshots (%1)</source>
        <translation>Instantáneas (%1)</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Encrypted</source>
        <translation>Cifrado</translation>
    </message>
    <message>
        <source>Not encrypted</source>
        <translation>Sin cifrar</translation>
    </message>
    <message>
        <source>Not attached — any new machine in %1 can mount it</source>
        <translation>Sin asociar: cualquier máquina nueva en %1 puede montarlo</translation>
    </message>
</context>
<context>
    <name>hangar::gui::VolumeRules</name>
    <message>
        <source>Enter a name for the volume.</source>
        <translation>Escriba un nombre para el volumen.</translation>
    </message>
    <message numerus="yes">
        <source>Use at most %1 characters; this name has %n.</source>
        <translation>
            <numerusform>Use como máximo %1 caracteres; este nombre tiene %n.</numerusform>
            <numerusform>Use como máximo %1 caracteres; este nombre tiene %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Start the name with a letter or a digit.</source>
        <translation>Empiece el nombre por una letra o un dígito.</translation>
    </message>
    <message>
        <source>Use lowercase letters, for example “%1”.</source>
        <translation>Use letras minúsculas, por ejemplo “%1”.</translation>
    </message>
    <message>
        <source>Volume names cannot contain spaces; use underscores, for example “%1”.</source>
        <translation>Los nombres de volumen no pueden contener espacios; use guiones bajos, por ejemplo “%1”.</translation>
    </message>
    <message>
        <source>“%1” is not allowed: use lowercase letters, digits, dashes and underscores only.</source>
        <translation>“%1” no está permitido: use solo letras minúsculas, dígitos, guiones y guiones bajos.</translation>
    </message>
    <message numerus="yes">
        <source>A volume needs at least %n GB.</source>
        <translation>
            <numerusform>Un volumen necesita al menos %n GB.</numerusform>
            <numerusform>Un volumen necesita al menos %n GB.</numerusform>
        </translation>
    </message>
    <message>
        <source>A volume can have at most %1 GB.</source>
        <translation>Un volumen puede tener como máximo %1 GB.</translation>
    </message>
    <message>
        <source>The source is %1 GB, more than a volume can have (%2 GB).</source>
        <translation>El origen tiene %1 GB, más de lo que puede tener un volumen (%2 GB).</translation>
    </message>
    <message numerus="yes">
        <source>The source holds %n GB; the new volume must be at least that large.</source>
        <translation>
            <numerusform>El origen tiene %n GB; el volumen nuevo debe ser al menos así de grande.</numerusform>
            <numerusform>El origen tiene %n GB; el volumen nuevo debe ser al menos así de grande.</numerusform>
        </translation>
    </message>
    <message>
        <source>This volume already has the largest size a volume can have (%1 GB).</source>
        <translation>Este volumen ya tiene el tamaño máximo que puede tener un volumen (%1 GB).</translation>
    </message>
    <message numerus="yes">
        <source>Volumes can only grow: choose more than the current %n GB.</source>
        <translation>
            <numerusform>Los volúmenes solo pueden crecer: elija más que los %n GB actuales.</numerusform>
            <numerusform>Los volúmenes solo pueden crecer: elija más que los %n GB actuales.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hangar::gui::VolumeSnapshotsWidget</name>
    <message>
        <source>Snapshot</source>
        <translation>Instantánea</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creación</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Kept for</source>
        <translation>Retención</translation>
    </message>
    <message>
        <source>&amp;Create snapshot</source>
        <translation>&amp;Crear instantánea</translation>
    </message>
    <message>
        <source>Take a snapshot of the volume now. Fly also takes one daily while automatic backups are on.</source>
        <translation>Crear ahora una instantánea del volumen. Fly también crea una al día mientras las copias de seguridad automáticas estén activadas.</translation>
    </message>
    <message>
        <source>Restore to &amp;new volume…</source>
        <translation>Restaurar en un volumen &amp;nuevo…</translation>
    </message>
    <message>
        <source>Create a new volume holding the selected snapshot</source>
        <translation>Crear un volumen nuevo con el contenido de la instantánea seleccionada</translation>
    </message>
    <message>
        <source>Loading snapshots…</source>
        <translation>Cargando instantáneas…</translation>
    </message>
    <message>
        <source>The snapshots could not be loaded: %1</source>
        <translation>No se pudieron cargar las instantáneas: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message>
        <source>Taken from a %1 volume</source>
        <translation>Tomada de un volumen de %1</translation>
    </message>
    <message>
        <source>No snapshots yet. Fly takes one daily while automatic backups are on; “Create snapshot” takes one now.</source>
        <translation>Todavía no hay instantáneas. Fly crea una al día mientras las copias de seguridad automáticas estén activadas; “Crear instantánea” crea una ahora.</translation>
    </message>
    <message>
        <source>The snapshot could not be taken: %1</source>
        <translation>No se pudo crear la instantánea: %1</translation>
    </message>
</context>
<context>
    <name>hangar::gui::WelcomePage</name>
    <message>
        <source>Welcome to Hangar</source>
        <translation>Bienvenido a Hangar</translation>
    </message>
    <message>
        <source>Manage your Fly.io apps, machines and volumes by pointing and clicking.
Try everything first in the sandbox: a simulated Fly.io account that runs on this computer and needs no sign-up.</source>
        <translation>Administre sus aplicaciones, máquinas y volúmenes de Fly.io con solo apuntar y hacer clic.
Pruébelo todo primero en el entorno de pruebas: una cuenta de Fly.io simulada que se ejecuta en este equipo y no requiere registro.</translation>
    </message>
    <message>
        <source>Try the &amp;sandbox</source>
        <translation>Probar el &amp;entorno de pruebas</translation>
    </message>
    <message>
        <source>&amp;Connect to Fly.io with a token…</source>
        <translation>&amp;Conectar con Fly.io mediante un token…</translation>
    </message>
</context>
<context>
    <name>hangar::gui::map::MapControls</name>
    <message>
        <source>Zoom in (+, wheel, pinch)</source>
        <translation>Acercar (+, rueda, pellizco)</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Acercar</translation>
    </message>
    <message>
        <source>Zoom out (−, wheel, pinch)</source>
        <translation>Alejar (−, rueda, pellizco)</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Alejar</translation>
    </message>
    <message>
        <source>Show the whole world (0)</source>
        <translation>Mostrar el mundo entero (0)</translation>
    </message>
    <message>
        <source>Reset the map view</source>
        <translation>Restablecer la vista del mapa</translation>
    </message>
</context>
<context>
    <name>hangar::gui::map::MapLegend</name>
    <message>
        <source>Map legend</source>
        <translation>Leyenda del mapa</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Iniciadas</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Detenidas</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Suspendidas</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallidas</translation>
    </message>
    <message>
        <source>Changing state</source>
        <translation>Cambiando de estado</translation>
    </message>
    <message>
        <source>Size: number of machines</source>
        <translation>Tamaño: número de máquinas</translation>
    </message>
    <message>
        <source>Volumes</source>
        <translation>Volúmenes</translation>
    </message>
    <message>
        <source>Nothing there</source>
        <translation>Vacía</translation>
    </message>
    <message>
        <source>Deprecated</source>
        <translation>Obsoleta</translation>
    </message>
</context>
<context>
    <name>hangar::gui::map::MapWidget</name>
    <message>
        <source>World map of regions</source>
        <translation>Mapa mundial de regiones</translation>
    </message>
    <message>
        <source>Where your machines and volumes are. The region table next to the map has the same numbers.</source>
        <translation>Dónde están sus máquinas y volúmenes. La tabla de regiones junto al mapa muestra las mismas cifras.</translation>
    </message>
    <message>
        <source>No regions to show yet</source>
        <translation>Todavía no hay regiones que mostrar</translation>
    </message>
</context>
<context>
    <name>hangar::gui::map::RegionPicker</name>
    <message>
        <source>Find a region by code or city</source>
        <translation>Buscar una región por código o ciudad</translation>
    </message>
    <message>
        <source>Find a region</source>
        <translation>Buscar una región</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Regiones</translation>
    </message>
</context>
<context>
    <name>hangar::gui::map::RegionPickerDialog</name>
    <message>
        <source>Choose a region</source>
        <translation>Elegir una región</translation>
    </message>
    <message>
        <source>Choose</source>
        <translation>Elegir</translation>
    </message>
</context>
<context>
    <name>hangar::gui::map::RegionTableModel</name>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>Machines</source>
        <translation>Máquinas</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Iniciadas</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Detenidas</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Suspendidas</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallidas</translation>
    </message>
    <message>
        <source>Volumes</source>
        <translation>Volúmenes</translation>
    </message>
    <message>
        <source>Volume size</source>
        <translation>Tamaño de volúmenes</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacidad</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>How many more machines the region can take, where the API says</source>
        <translation>Cuántas máquinas más admite la región, cuando la API lo indica</translation>
    </message>
</context>
<context>
    <name>hangar::models::FleetTreeModel</name>
    <message>
        <source>Fleet</source>
        <translation>Flota</translation>
    </message>
</context>
<context>
    <name>hangar::models::MachineEventsModel</name>
    <message>
        <source>Exit code %1 (out of memory)</source>
        <translation>Código de salida %1 (sin memoria)</translation>
    </message>
    <message>
        <source>Exit code %1</source>
        <translation>Código de salida %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
</context>
<context>
    <name>hangar::models::MachineTableModel</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Private IP</source>
        <translation>IP privada</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualización</translation>
    </message>
    <message>
        <source>%1 (cordoned)</source>
        <translation>%1 (aislada)</translation>
    </message>
</context>
<context>
    <name>hangar::models::VolumeTableModel</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Zona</translation>
    </message>
    <message>
        <source>Attached to</source>
        <translation>Asociado a</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creación</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Manage your Fly.io Machines by pointing and clicking.</source>
        <translation>Administre sus máquinas de Fly.io con solo apuntar y hacer clic.</translation>
    </message>
    <message>
        <source>Start in the built-in sandbox (a simulated Fly.io account).</source>
        <translation>Iniciar en el entorno de pruebas integrado (una cuenta de Fly.io simulada).</translation>
    </message>
    <message>
        <source>Once the fleet has loaded, save the window as a PNG file and quit.</source>
        <translation>Cuando se haya cargado la flota, guardar la ventana como archivo PNG y salir.</translation>
    </message>
    <message>
        <source>Select an app, or a machine or volume of it, first.</source>
        <translation>Seleccionar primero una aplicación, o una máquina o un volumen de ella.</translation>
    </message>
    <message>
        <source>Open a view: regions, activity, welcome, or a panel tab (overview, checks, metadata, events, snapshots).</source>
        <translation>Abrir una vista: regions, activity, welcome o una pestaña de panel (overview, checks, metadata, events, snapshots).</translation>
    </message>
    <message>
        <source>Window size, e.g. 1280x800.</source>
        <translation>Tamaño de la ventana, p. ej., 1280x800.</translation>
    </message>
    <message>
        <source>--size wants WIDTHxHEIGHT, e.g. 1280x800</source>
        <translation>--size requiere ANCHOxALTO, p. ej., 1280x800</translation>
    </message>
    <message>
        <source>Starting the sandbox…</source>
        <translation>Iniciando el entorno de pruebas…</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Entorno de pruebas</translation>
    </message>
    <message>
        <source>The sandbox could not start: %1</source>
        <translation>No se pudo iniciar el entorno de pruebas: %1</translation>
    </message>
</context>
</TS>
