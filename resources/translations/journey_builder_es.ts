<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Journey Builder</source>
        <translation>Acerca de Journey Builder</translation>
    </message>
    <message>
        <source>Cannot open the log folder</source>
        <translation>No se puede abrir la carpeta de registros</translation>
    </message>
    <message>
        <source>Design customer journeys, check them before they go live, and sync them with the Flownally Journeys API.</source>
        <translation>Diseña recorridos de cliente, revísalos antes de ponerlos en marcha y sincronízalos con la API Journeys de Flownally.</translation>
    </message>
    <message>
        <source>Hide Licence</source>
        <translation>Ocultar licencia</translation>
    </message>
    <message>
        <source>Licence text</source>
        <translation>Texto de la licencia</translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation>Licencia:</translation>
    </message>
    <message>
        <source>Log folder:</source>
        <translation>Carpeta de registros:</translation>
    </message>
    <message>
        <source>Open Log Folder</source>
        <translation>Abrir carpeta de registros</translation>
    </message>
    <message>
        <source>Open that folder in your file manager.</source>
        <translation>Abre esa carpeta en tu gestor de archivos.</translation>
    </message>
    <message>
        <source>Running on:</source>
        <translation>Funciona con:</translation>
    </message>
    <message>
        <source>Show Licence</source>
        <translation>Mostrar licencia</translation>
    </message>
    <message>
        <source>The log is in {folder}.</source>
        <translation>El registro está en {folder}.</translation>
    </message>
    <message>
        <source>Website:</source>
        <translation>Sitio web:</translation>
    </message>
</context>
<context>
    <name>AccountManager</name>
    <message>
        <source>Checking sign-in</source>
        <translation>Comprobando el inicio de sesión</translation>
    </message>
    <message>
        <source>Checking the keyring</source>
        <translation>Comprobando el llavero</translation>
    </message>
    <message>
        <source>FLOWNALLY_TOKEN is set: unset it to stay signed out next time.</source>
        <translation>FLOWNALLY_TOKEN está definido: quítalo para seguir sin sesión la próxima vez.</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <extracomment>The keyring backend&apos;s class name in a credentials message: for the log, not for people. The profile name the in-app sandbox signs in as (never saved in the profiles file). Makes a client for one worker thread, with that task&apos;s cancel event. Signed in, signed out, or another profile. Why the last attempt to restore a sign-in did not work (shown in the account menu). Whether that was because no OS keyring can keep a token (a short note says so).</extracomment>
        <translation>Sin sesión iniciada</translation>
    </message>
    <message>
        <source>Not signed in: sign in to work with journeys on Flownally</source>
        <translation>Sin sesión: inicia sesión para trabajar con recorridos en Flownally</translation>
    </message>
    <message>
        <source>Paste your API token to sign in.</source>
        <translation>Pega tu token de API para iniciar sesión.</translation>
    </message>
    <message>
        <source>Sandbox · {host}</source>
        <translation>Sandbox · {host}</translation>
    </message>
    <message>
        <source>Signing in to {url}</source>
        <translation>Iniciando sesión en {url}</translation>
    </message>
    <message>
        <source>Signing out</source>
        <translation>Cerrando sesión</translation>
    </message>
    <message>
        <source>Starting the sandbox</source>
        <translation>Iniciando el sandbox</translation>
    </message>
    <message>
        <source>This token cannot list journeys ({scope}).</source>
        <translation>Este token no puede listar recorridos ({scope}).</translation>
    </message>
    <message>
        <source>{profile} · {host} (FLOWNALLY_TOKEN)</source>
        <translation>{profile} · {host} (FLOWNALLY_TOKEN)</translation>
    </message>
    <message>
        <source>{profile} · {host} (this session)</source>
        <translation>{profile} · {host} (solo esta sesión)</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>&amp;About Journey Builder</source>
        <translation>&amp;Acerca de Journey Builder</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Tamaño real</translation>
    </message>
    <message>
        <source>&amp;Close Tab</source>
        <translation>&amp;Cerrar pestaña</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation>&amp;Duplicar</translation>
    </message>
    <message>
        <source>&amp;Export Image…</source>
        <translation>&amp;Exportar imagen…</translation>
    </message>
    <message>
        <source>&amp;Find Steps…</source>
        <translation>&amp;Buscar pasos…</translation>
    </message>
    <message>
        <source>&amp;Fit Journey</source>
        <translation>&amp;Ajustar recorrido</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <source>&amp;Minimap</source>
        <translation>&amp;Minimapa</translation>
    </message>
    <message>
        <source>&amp;New Journey</source>
        <translation>&amp;Nuevo recorrido</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Pegar</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>&amp;Snap to Grid</source>
        <translation>A&amp;justar a la cuadrícula</translation>
    </message>
    <message>
        <source>&amp;Welcome</source>
        <translation>&amp;Bienvenida</translation>
    </message>
    <message>
        <source>Add Step &amp;After Selected…</source>
        <translation>Añadir paso &amp;después del seleccionado…</translation>
    </message>
    <message>
        <source>Add a step after the selected one, chosen by typing</source>
        <translation>Añadir un paso después del seleccionado, eligiéndolo al escribir</translation>
    </message>
    <message>
        <source>Arrange the steps top to bottom</source>
        <translation>Ordenar los pasos de arriba abajo</translation>
    </message>
    <message>
        <source>Auto-&amp;layout</source>
        <translation>Organizar &amp;automáticamente</translation>
    </message>
    <message>
        <source>Close Journey Builder</source>
        <translation>Cerrar Journey Builder</translation>
    </message>
    <message>
        <source>Close this journey</source>
        <translation>Cerrar este recorrido</translation>
    </message>
    <message>
        <source>Co&amp;nnect…</source>
        <translation>Co&amp;nectar…</translation>
    </message>
    <message>
        <source>Connect an output of a step to another step</source>
        <translation>Conectar una salida de un paso con otro paso</translation>
    </message>
    <message>
        <source>Copy the selected steps</source>
        <translation>Copiar los pasos seleccionados</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cor&amp;tar</translation>
    </message>
    <message>
        <source>Cut the selected steps</source>
        <translation>Cortar los pasos seleccionados</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <source>Delete the selected steps and connections</source>
        <translation>Eliminar los pasos y conexiones seleccionados</translation>
    </message>
    <message>
        <source>Duplicate the selected steps</source>
        <translation>Duplicar los pasos seleccionados</translation>
    </message>
    <message>
        <source>Find steps by title, summary or id</source>
        <translation>Buscar pasos por título, resumen o id</translation>
    </message>
    <message>
        <source>Go to &amp;Canvas</source>
        <translation>Ir al &amp;lienzo</translation>
    </message>
    <message>
        <source>Go to &amp;Inspector</source>
        <translation>Ir a &amp;propiedades</translation>
    </message>
    <message>
        <source>Go to &amp;Problems</source>
        <translation>Ir a pro&amp;blemas</translation>
    </message>
    <message>
        <source>Go to &amp;Steps Panel</source>
        <translation>Ir al panel de &amp;pasos</translation>
    </message>
    <message>
        <source>List the keyboard shortcuts</source>
        <translation>Mostrar los atajos de teclado</translation>
    </message>
    <message>
        <source>Open &amp;Log Folder</source>
        <translation>Abrir carpeta de &amp;registros</translation>
    </message>
    <message>
        <source>Open a journey file</source>
        <translation>Abrir un archivo de recorrido</translation>
    </message>
    <message>
        <source>Paste steps</source>
        <translation>Pegar pasos</translation>
    </message>
    <message>
        <source>Put the keyboard focus in the inspector</source>
        <translation>Poner el foco del teclado en propiedades</translation>
    </message>
    <message>
        <source>Put the keyboard focus in the problems list</source>
        <translation>Poner el foco del teclado en la lista de problemas</translation>
    </message>
    <message>
        <source>Put the keyboard focus in the steps panel</source>
        <translation>Poner el foco del teclado en el panel de pasos</translation>
    </message>
    <message>
        <source>Put the keyboard focus on the canvas</source>
        <translation>Poner el foco del teclado en el lienzo</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Guardar &amp;como…</translation>
    </message>
    <message>
        <source>Save a picture of the journey (PNG, SVG or PDF)</source>
        <translation>Guardar una imagen del recorrido (PNG, SVG o PDF)</translation>
    </message>
    <message>
        <source>Save the journey</source>
        <translation>Guardar el recorrido</translation>
    </message>
    <message>
        <source>Save the journey to another file</source>
        <translation>Guardar el recorrido en otro archivo</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Seleccionar &amp;todo</translation>
    </message>
    <message>
        <source>Select every step</source>
        <translation>Seleccionar todos los pasos</translation>
    </message>
    <message>
        <source>Show the folder with Journey Builder&apos;s log (for bug reports)</source>
        <translation>Mostrar la carpeta con el registro de Journey Builder (para informar de errores)</translation>
    </message>
    <message>
        <source>Show the minimap: the whole journey in the corner, to see and move where you are</source>
        <translation>Mostrar el minimapa: todo el recorrido en una esquina, para ver dónde estás y moverte</translation>
    </message>
    <message>
        <source>Show the selected steps</source>
        <translation>Mostrar los pasos seleccionados</translation>
    </message>
    <message>
        <source>Show the welcome page: a new journey, templates, sign-in, the sandbox</source>
        <translation>Mostrar la página de bienvenida: recorrido nuevo, plantillas, inicio de sesión, sandbox</translation>
    </message>
    <message>
        <source>Show the whole journey</source>
        <translation>Mostrar el recorrido completo</translation>
    </message>
    <message>
        <source>Snap moved steps to the grid</source>
        <translation>Ajustar a la cuadrícula los pasos movidos</translation>
    </message>
    <message>
        <source>Start a new journey in a new tab</source>
        <translation>Empezar un recorrido nuevo en una pestaña nueva</translation>
    </message>
    <message>
        <source>Version, licence and links</source>
        <translation>Versión, licencia y enlaces</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Acercar</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>A&amp;lejar</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Acercar</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Alejar</translation>
    </message>
    <message>
        <source>Zoom to &amp;Selection</source>
        <translation>Ampliar la &amp;selección</translation>
    </message>
    <message>
        <source>Zoom to 100 %</source>
        <translation>Zoom al 100 %</translation>
    </message>
</context>
<context>
    <name>AddStepDialog</name>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Add a step after “{step}”:</source>
        <translation>Añadir un paso después de «{step}»:</translation>
    </message>
    <message>
        <source>Add a step in the middle of the view:</source>
        <translation>Añadir un paso en el centro de la vista:</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>Añadir paso</translation>
    </message>
    <message>
        <source>Filter step types</source>
        <translation>Filtrar tipos de paso</translation>
    </message>
    <message>
        <source>Step types</source>
        <translation>Tipos de paso</translation>
    </message>
    <message>
        <source>Type to filter</source>
        <translation>Escribe para filtrar</translation>
    </message>
</context>
<context>
    <name>BranchesEditor</name>
    <message>
        <source>A split has at most 5 branches</source>
        <translation>Una división tiene como máximo 5 ramas</translation>
    </message>
    <message>
        <source>Branch {number} id</source>
        <translation>Id de la rama {number}</translation>
    </message>
    <message>
        <source>Branch {number} label</source>
        <translation>Etiqueta de la rama {number}</translation>
    </message>
    <message>
        <source>Branch {number} percent</source>
        <translation>Porcentaje de la rama {number}</translation>
    </message>
    <message>
        <source>Give every branch the same share</source>
        <translation>Dar a todas las ramas la misma parte</translation>
    </message>
    <message>
        <source>Remove branch</source>
        <translation>Quitar rama</translation>
    </message>
    <message>
        <source>Remove this branch</source>
        <translation>Quitar esta rama</translation>
    </message>
    <message>
        <source>Split evenly</source>
        <translation>Repartir por igual</translation>
    </message>
    <message>
        <source>Total {percent} %</source>
        <translation>Suma {percent} %</translation>
    </message>
    <message>
        <source>Total {percent} % — the shares must add up to 100 %</source>
        <translation>Suma {percent} %: las partes deben sumar 100 %</translation>
    </message>
</context>
<context>
    <name>CanvasAccessibility</name>
    <message>
        <source>1 problem</source>
        <translation>1 problema</translation>
    </message>
    <message>
        <source>Canvas</source>
        <extracomment>Selection changes larger than this are told as one &quot;selection changed&quot; on the canvas. An event told to assistive technology: its type and the child it concerns (-1: the canvas itself). Emitted whether or not a screen reader listens (tests, logs).</extracomment>
        <translation>Lienzo</translation>
    </message>
    <message>
        <source>Comes from {sources}</source>
        <translation>Viene de {sources}</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <source>From {source} ({output}) to {target}</source>
        <translation>De {source} ({output}) a {target}</translation>
    </message>
    <message>
        <source>From {source} to {target}</source>
        <translation>De {source} a {target}</translation>
    </message>
    <message>
        <source>Journey with {steps} steps and {connections} connections</source>
        <translation>Recorrido con {steps} pasos y {connections} conexiones</translation>
    </message>
    <message>
        <source>Leads nowhere yet</source>
        <translation>Todavía no lleva a ningún sitio</translation>
    </message>
    <message>
        <source>Leads to {targets}</source>
        <translation>Lleva a {targets}</translation>
    </message>
    <message>
        <source>Not connected: {outputs}</source>
        <translation>Sin conectar: {outputs}</translation>
    </message>
    <message>
        <source>Tab and Shift+Tab: next and previous step. Alt+arrow keys: the nearest step that way. Arrow keys: move the selected steps. Enter: edit the step in the inspector. Ctrl+Shift+A: add a step after it. Ctrl+L: connect. Delete: delete.</source>
        <translation>Tab y Mayús+Tab: paso siguiente y anterior. Alt+flechas: el paso más cercano en esa dirección. Flechas: mover los pasos seleccionados. Intro: editar el paso en propiedades. Ctrl+Mayús+A: añadir un paso después. Ctrl+L: conectar. Supr: eliminar.</translation>
    </message>
    <message>
        <source>Unknown step type {type}</source>
        <translation>Tipo de paso desconocido {type}</translation>
    </message>
    <message>
        <source>a missing step</source>
        <translation>un paso que falta</translation>
    </message>
    <message>
        <source>{count} problems</source>
        <translation>{count} problemas</translation>
    </message>
</context>
<context>
    <name>Catalogue</name>
    <message>
        <source>A team</source>
        <translation>Un equipo</translation>
    </message>
    <message>
        <source>A user</source>
        <translation>Un usuario</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Add or remove tags.</source>
        <translation>Añadir o quitar etiquetas.</translation>
    </message>
    <message>
        <source>Add tags: none yet</source>
        <translation>Añadir etiquetas: ninguna aún</translation>
    </message>
    <message>
        <source>Add {tags}</source>
        <translation>Añadir {tags}</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Añadida</translation>
    </message>
    <message>
        <source>All of {count} rules</source>
        <translation>Las {count} reglas</translation>
    </message>
    <message>
        <source>All rules match</source>
        <translation>Se cumplen todas las reglas</translation>
    </message>
    <message>
        <source>Answer type</source>
        <translation>Tipo de respuesta</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Respondida</translation>
    </message>
    <message>
        <source>Any of {count} rules</source>
        <translation>Alguna de {count} reglas</translation>
    </message>
    <message>
        <source>Any rule matches</source>
        <translation>Se cumple alguna regla</translation>
    </message>
    <message>
        <source>Ask a question</source>
        <translation>Hacer una pregunta</translation>
    </message>
    <message>
        <source>Ask the contact a question and wait for the answer.</source>
        <translation>Hacer una pregunta al contacto y esperar la respuesta.</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Asignar</translation>
    </message>
    <message>
        <source>Assign the conversation to a user or team.</source>
        <translation>Asignar la conversación a un usuario o equipo.</translation>
    </message>
    <message>
        <source>Assign to</source>
        <translation>Asignar a</translation>
    </message>
    <message>
        <source>At most</source>
        <translation>Como máximo</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Cuerpo</translation>
    </message>
    <message>
        <source>Branch {number}</source>
        <translation>Rama {number}</translation>
    </message>
    <message>
        <source>Branches</source>
        <translation>Ramas</translation>
    </message>
    <message>
        <source>Call a web service; take the success or the failure path.</source>
        <translation>Llamar a un servicio web; seguir el camino de éxito o el de fallo.</translation>
    </message>
    <message>
        <source>Card title</source>
        <translation>Título de la tarjeta</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>Opción</translation>
    </message>
    <message>
        <source>Choices</source>
        <translation>Opciones</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Vaciar</translation>
    </message>
    <message>
        <source>Clear {field}</source>
        <translation>Vaciar {field}</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Close conversation</source>
        <translation>Cerrar conversación</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Condición</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Condiciones</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Contact created</source>
        <translation>Contacto creado</translation>
    </message>
    <message>
        <source>Contact field updated</source>
        <translation>Campo de contacto actualizado</translation>
    </message>
    <message>
        <source>Contact tag added or removed</source>
        <translation>Etiqueta de contacto añadida o quitada</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Conversación</translation>
    </message>
    <message>
        <source>Conversation closed</source>
        <translation>Conversación cerrada</translation>
    </message>
    <message>
        <source>Conversation opened</source>
        <translation>Conversación abierta</translation>
    </message>
    <message>
        <source>Custom event</source>
        <translation>Evento personalizado</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Delay</source>
        <translation>Espera</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>Dirección de correo</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Final</translation>
    </message>
    <message>
        <source>End of journey</source>
        <translation>Fin del recorrido</translation>
    </message>
    <message>
        <source>Entry mode</source>
        <translation>Modo de entrada</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Event name</source>
        <translation>Nombre del evento</translation>
    </message>
    <message>
        <source>Every time the trigger fires</source>
        <translation>Cada vez que salta el disparador</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>Salir del recorrido</translation>
    </message>
    <message>
        <source>Failure</source>
        <translation>Fallo</translation>
    </message>
    <message>
        <source>Field</source>
        <extracomment>Trigger type -&gt; its parameters (required ones must be present for ``invalid-trigger``).</extracomment>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Field updated</source>
        <translation>Campo actualizado</translation>
    </message>
    <message>
        <source>HTTP request</source>
        <translation>Petición HTTP</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>Cabeceras</translation>
    </message>
    <message>
        <source>How long to wait before taking the timeout path.</source>
        <translation>Cuánto esperar antes de seguir el camino de tiempo agotado.</translation>
    </message>
    <message>
        <source>If {rule}</source>
        <translation>Si {rule}</translation>
    </message>
    <message>
        <source>Increment</source>
        <translation>Incrementar</translation>
    </message>
    <message>
        <source>Increment {field}</source>
        <translation>Incrementar {field}</translation>
    </message>
    <message>
        <source>Increment {field} by {value}</source>
        <translation>Incrementar {field} en {value}</translation>
    </message>
    <message>
        <source>Integration</source>
        <translation>Integración</translation>
    </message>
    <message>
        <source>Jump to</source>
        <translation>Saltar a</translation>
    </message>
    <message>
        <source>Jump to step</source>
        <translation>Saltar al paso</translation>
    </message>
    <message>
        <source>Jump to {target} · at most {count}×</source>
        <translation>Saltar a {target} · como máximo {count}×</translation>
    </message>
    <message>
        <source>Keyword</source>
        <translation>Palabra clave</translation>
    </message>
    <message>
        <source>Last channel</source>
        <translation>Último canal</translation>
    </message>
    <message>
        <source>Last channel the contact used</source>
        <translation>Último canal que usó el contacto</translation>
    </message>
    <message>
        <source>Live chat</source>
        <translation>Chat en vivo</translation>
    </message>
    <message>
        <source>Logic</source>
        <translation>Lógica</translation>
    </message>
    <message>
        <source>Manual enrolment</source>
        <translation>Inscripción manual</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Coincidencia</translation>
    </message>
    <message>
        <source>Message received</source>
        <translation>Mensaje recibido</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Texto del mensaje</translation>
    </message>
    <message>
        <source>Messaging</source>
        <translation>Mensajería</translation>
    </message>
    <message>
        <source>Messenger</source>
        <translation>Messenger</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>No branches yet</source>
        <translation>Aún no hay ramas</translation>
    </message>
    <message>
        <source>No rules yet</source>
        <translation>Aún no hay reglas</translation>
    </message>
    <message>
        <source>No trigger</source>
        <translation>Sin disparador</translation>
    </message>
    <message>
        <source>Nobody (unassign)</source>
        <translation>Nadie (quitar asignación)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Once at a time (re-enter after leaving)</source>
        <translation>Una vez a la vez (vuelve a entrar al salir)</translation>
    </message>
    <message>
        <source>Once per contact, ever</source>
        <translation>Una vez por contacto, para siempre</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Open conversation</source>
        <translation>Abrir conversación</translation>
    </message>
    <message>
        <source>Open or close the contact&apos;s conversation.</source>
        <translation>Abrir o cerrar la conversación del contacto.</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Número de teléfono</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publicado</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Random split</source>
        <translation>División aleatoria</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove tags: none yet</source>
        <translation>Quitar etiquetas: ninguna aún</translation>
    </message>
    <message>
        <source>Remove {tags}</source>
        <translation>Quitar {tags}</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Quitada</translation>
    </message>
    <message>
        <source>Round robin</source>
        <translation>Por turnos</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Reglas</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Save answer to field</source>
        <translation>Guardar la respuesta en el campo</translation>
    </message>
    <message>
        <source>Send a message on a channel, from a template or as text.</source>
        <translation>Enviar un mensaje por un canal, desde una plantilla o como texto.</translation>
    </message>
    <message>
        <source>Send contacts down 2–5 branches at random, by percentage.</source>
        <translation>Repartir los contactos al azar entre 2 y 5 ramas, por porcentaje.</translation>
    </message>
    <message>
        <source>Send message</source>
        <translation>Enviar mensaje</translation>
    </message>
    <message>
        <source>Send the contact back to another step, a limited number of times.</source>
        <translation>Devolver al contacto a otro paso, un número limitado de veces.</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Establecer</translation>
    </message>
    <message>
        <source>Set {field}</source>
        <translation>Establecer {field}</translation>
    </message>
    <message>
        <source>Set {field} to {value}</source>
        <translation>Establecer {field} en {value}</translation>
    </message>
    <message>
        <source>Set, clear or increment a contact field.</source>
        <translation>Establecer, vaciar o incrementar un campo del contacto.</translation>
    </message>
    <message>
        <source>Shown on the card; leave empty for the default.</source>
        <translation>Se muestra en la tarjeta; déjalo vacío para usar el predeterminado.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Éxito</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Tag added</source>
        <translation>Etiqueta añadida</translation>
    </message>
    <message>
        <source>Tag contact</source>
        <translation>Etiquetar contacto</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Take the yes or the no path depending on the contact.</source>
        <translation>Seguir el camino del sí o del no según el contacto.</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Plantilla</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>The contact leaves the journey.</source>
        <translation>El contacto sale del recorrido.</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>Tiempo límite</translation>
    </message>
    <message>
        <source>Timeout (seconds)</source>
        <translation>Tiempo límite (segundos)</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>Tiempos</translation>
    </message>
    <message>
        <source>To team {id}</source>
        <translation>Al equipo {id}</translation>
    </message>
    <message>
        <source>To user {id}</source>
        <translation>Al usuario {id}</translation>
    </message>
    <message>
        <source>Trigger</source>
        <extracomment>Category name -&gt; the order the palette shows them in.</extracomment>
        <translation>Disparador</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Unassign</source>
        <translation>Quitar asignación</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>Unknown type “{type}”</source>
        <translation>Tipo desconocido «{type}»</translation>
    </message>
    <message>
        <source>Update contact</source>
        <translation>Actualizar contacto</translation>
    </message>
    <message>
        <source>Update {field}</source>
        <translation>Actualizar {field}</translation>
    </message>
    <message>
        <source>Used when no template is set.</source>
        <translation>Se usa cuando no hay plantilla.</translation>
    </message>
    <message>
        <source>User or team id</source>
        <translation>Id de usuario o de equipo</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Wait</source>
        <translation>Esperar</translation>
    </message>
    <message>
        <source>Wait for a fixed time.</source>
        <translation>Esperar un tiempo fijo.</translation>
    </message>
    <message>
        <source>Wait for event</source>
        <translation>Esperar un evento</translation>
    </message>
    <message>
        <source>Wait until something happens, or give up after a timeout.</source>
        <translation>Esperar a que pase algo, o desistir tras un tiempo límite.</translation>
    </message>
    <message>
        <source>Wait {duration}</source>
        <translation>Esperar {duration}</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>Where contacts enter: the journey&apos;s trigger and entry mode.</source>
        <translation>Por aquí entran los contactos: el disparador y el modo de entrada del recorrido.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>contact field</source>
        <translation>campo del contacto</translation>
    </message>
    <message>
        <source>contains</source>
        <translation>contiene</translation>
    </message>
    <message>
        <source>days</source>
        <translation>días</translation>
    </message>
    <message>
        <source>does not contain</source>
        <translation>no contiene</translation>
    </message>
    <message>
        <source>does not equal</source>
        <translation>no es igual a</translation>
    </message>
    <message>
        <source>does not have tag</source>
        <translation>no tiene la etiqueta</translation>
    </message>
    <message>
        <source>equals</source>
        <extracomment>Rule operators (conditions of triggers and of the ``condition`` node).</extracomment>
        <translation>es igual a</translation>
    </message>
    <message>
        <source>every time</source>
        <translation>cada vez</translation>
    </message>
    <message>
        <source>has tag</source>
        <translation>tiene la etiqueta</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>horas</translation>
    </message>
    <message>
        <source>is greater than</source>
        <translation>es mayor que</translation>
    </message>
    <message>
        <source>is less than</source>
        <translation>es menor que</translation>
    </message>
    <message>
        <source>is not set</source>
        <translation>no está definido</translation>
    </message>
    <message>
        <source>is set</source>
        <translation>está definido</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minutos</translation>
    </message>
    <message>
        <source>once per contact</source>
        <extracomment>Entry modes as a card&apos;s summary names them (the inspector shows the long labels).</extracomment>
        <translation>una vez por contacto</translation>
    </message>
    <message>
        <source>one run at a time</source>
        <translation>un recorrido a la vez</translation>
    </message>
    <message>
        <source>starts with</source>
        <translation>empieza por</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>semanas</translation>
    </message>
    <message>
        <source>{channel} · no content yet</source>
        <translation>{channel} · aún sin contenido</translation>
    </message>
    <message>
        <source>{count} day</source>
        <translation>{count} día</translation>
    </message>
    <message>
        <source>{count} days</source>
        <translation>{count} días</translation>
    </message>
    <message>
        <source>{count} hour</source>
        <translation>{count} hora</translation>
    </message>
    <message>
        <source>{count} hours</source>
        <translation>{count} horas</translation>
    </message>
    <message>
        <source>{count} minute</source>
        <extracomment>Unit -&gt; (one, other): how long a wait is (&quot;1 day&quot;, &quot;3 days&quot;).</extracomment>
        <translation>{count} minuto</translation>
    </message>
    <message>
        <source>{count} minutes</source>
        <translation>{count} minutos</translation>
    </message>
    <message>
        <source>{count} week</source>
        <translation>{count} semana</translation>
    </message>
    <message>
        <source>{count} weeks</source>
        <translation>{count} semanas</translation>
    </message>
    <message>
        <source>{event} · up to {duration}</source>
        <translation>{event} · hasta {duration}</translation>
    </message>
    <message>
        <source>{method} · no URL yet</source>
        <translation>{method} · aún sin URL</translation>
    </message>
    <message>
        <source>{} for none, or {&quot;match&quot;: &quot;all&quot;, &quot;rules&quot;: [ … ]}</source>
        <translation>{} para ninguna, o {&quot;match&quot;: &quot;all&quot;, &quot;rules&quot;: [ … ]}</translation>
    </message>
</context>
<context>
    <name>ChoiceCombo</name>
    <message>
        <source>{value} (not a known value)</source>
        <extracomment>The value the user picked (emitted only on a user&apos;s choice).</extracomment>
        <translation>{value} (valor desconocido)</translation>
    </message>
</context>
<context>
    <name>ChoiceEditor</name>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>— not set —</source>
        <translation>— sin definir —</translation>
    </message>
</context>
<context>
    <name>CohortInputs</name>
    <message>
        <source> contacts</source>
        <translation> contactos</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n contact(s)</source>
        <translation>
            <numerusform>%1: %n contacto</numerusform>
            <numerusform>%1: %n contactos</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;From a file</source>
        <translation>Desde un &amp;archivo</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <extracomment>The most contacts the panel generates or reads. The choice or the number changed.</extracomment>
        <translation>&amp;Generar</translation>
    </message>
    <message>
        <source>Answer ra&amp;te</source>
        <translation>&amp;Tasa de respuesta</translation>
    </message>
    <message>
        <source>Answer rate</source>
        <translation>Tasa de respuesta</translation>
    </message>
    <message>
        <source>Contacts from a file</source>
        <translation>Contactos desde un archivo</translation>
    </message>
    <message>
        <source>Contacts made from the fields and tags the journey&apos;s rules mention</source>
        <translation>Contactos creados con los campos y etiquetas que mencionan las reglas del recorrido</translation>
    </message>
    <message>
        <source>Generate contacts</source>
        <translation>Generar contactos</translation>
    </message>
    <message>
        <source>How many of the generated contacts answer each question and see each event</source>
        <translation>Cuántos de los contactos generados responden a cada pregunta y ven cada evento</translation>
    </message>
    <message>
        <source>Load CSV/JSONL…</source>
        <translation>Cargar CSV/JSONL…</translation>
    </message>
    <message>
        <source>Load Contacts</source>
        <translation>Cargar contactos</translation>
    </message>
    <message>
        <source>Load contacts from a CSV or JSON lines file</source>
        <translation>Cargar contactos desde un archivo CSV o JSON Lines</translation>
    </message>
    <message>
        <source>Loaded file</source>
        <translation>Archivo cargado</translation>
    </message>
    <message>
        <source>No file loaded</source>
        <translation>Ningún archivo cargado</translation>
    </message>
    <message>
        <source>Number of contacts to generate</source>
        <translation>Número de contactos que generar</translation>
    </message>
    <message>
        <source>more than %1 contacts: use a smaller file</source>
        <translation>más de %1 contactos: usa un archivo más pequeño</translation>
    </message>
</context>
<context>
    <name>Compare</name>
    <message>
        <source>Changed</source>
        <translation>Cambiado</translation>
    </message>
    <message>
        <source>New</source>
        <extracomment>The tag on a marked card, and the word in the list of differences.</extracomment>
        <translation>Nuevo</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Eliminado</translation>
    </message>
    <message>
        <source>The journey&apos;s entry mode differs</source>
        <translation>El modo de entrada del recorrido es distinto</translation>
    </message>
    <message>
        <source>The journey&apos;s name differs</source>
        <translation>El nombre del recorrido es distinto</translation>
    </message>
    <message>
        <source>The journey&apos;s trigger differs</source>
        <translation>El disparador del recorrido es distinto</translation>
    </message>
    <message>
        <source>The journey&apos;s “{field}” differs</source>
        <translation>«{field}» del recorrido es distinto</translation>
    </message>
    <message>
        <source>connections: {counts}</source>
        <translation>conexiones: {counts}</translation>
    </message>
    <message>
        <source>no differences</source>
        <translation>sin diferencias</translation>
    </message>
    <message>
        <source>steps: {counts}</source>
        <translation>pasos: {counts}</translation>
    </message>
    <message>
        <source>{count} added</source>
        <extracomment>The whole comparison of the definitions (for :func:`summary_text`).</extracomment>
        <translation>{count} añadidos</translation>
    </message>
    <message>
        <source>{count} changed</source>
        <translation>{count} cambiados</translation>
    </message>
    <message>
        <source>{count} moved</source>
        <translation>{count} movidos</translation>
    </message>
    <message>
        <source>{count} removed</source>
        <translation>{count} eliminados</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Both copies changed</source>
        <translation>Ambas copias cambiaron</translation>
    </message>
    <message>
        <source>Close; the journey stays marked as in conflict</source>
        <translation>Cerrar; el recorrido sigue marcado como en conflicto</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Conexiones</translation>
    </message>
    <message>
        <source>Decide Later</source>
        <translation>Decidir más tarde</translation>
    </message>
    <message>
        <source>Entry mode</source>
        <translation>Modo de entrada</translation>
    </message>
    <message>
        <source>Keep Both</source>
        <translation>Conservar ambas</translation>
    </message>
    <message>
        <source>Keep Mine</source>
        <translation>Conservar la mía</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Disposición</translation>
    </message>
    <message>
        <source>Merge Both</source>
        <translation>Combinar ambas</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>No trigger</source>
        <translation>Sin disparador</translation>
    </message>
    <message>
        <source>Not possible: both copies changed the parts marked ⚠.</source>
        <translation>No es posible: ambas copias cambiaron las partes marcadas con ⚠.</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Sin definir</translation>
    </message>
    <message>
        <source>On the server</source>
        <translation>En el servidor</translation>
    </message>
    <message>
        <source>Only sync details differ: the content is the same.</source>
        <translation>Solo difieren detalles de sincronización: el contenido es el mismo.</translation>
    </message>
    <message>
        <source>Push your version over the server&apos;s copy. Their change is lost.</source>
        <translation>Subir tu versión sobre la copia del servidor. Su cambio se pierde.</translation>
    </message>
    <message>
        <source>Put the server&apos;s changes and yours together in the open journey (Edit › Undo takes it back), then push.</source>
        <translation>Juntar los cambios del servidor y los tuyos en el recorrido abierto (Edición › Deshacer lo revierte) y luego subirlo.</translation>
    </message>
    <message>
        <source>Replace your draft with the server&apos;s copy. Edit › Undo brings yours back.</source>
        <translation>Sustituir tu borrador por la copia del servidor. Edición › Deshacer recupera la tuya.</translation>
    </message>
    <message>
        <source>Since you last synced, the server&apos;s copy and yours changed different parts of this journey, so both sets of changes can be kept. Nothing has been overwritten.</source>
        <translation>Desde tu última sincronización, la copia del servidor y la tuya cambiaron partes distintas de este recorrido, así que se pueden conservar ambos cambios. No se ha sobrescrito nada.</translation>
    </message>
    <message>
        <source>Since you last synced, the server&apos;s copy and yours changed the same parts of this journey (marked ⚠). Choose which copy to keep. Nothing has been overwritten.</source>
        <translation>Desde tu última sincronización, la copia del servidor y la tuya cambiaron las mismas partes de este recorrido (marcadas con ⚠). Elige qué copia conservar. No se ha sobrescrito nada.</translation>
    </message>
    <message>
        <source>Someone saved a change to this journey on the server since you last synced (the server&apos;s copy was saved {moment}), and you have edits that are not pushed. Nothing has been overwritten.</source>
        <translation>Desde tu última sincronización, alguien guardó un cambio en este recorrido en el servidor (la copia del servidor se guardó {moment}) y tú tienes cambios sin subir. No se ha sobrescrito nada.</translation>
    </message>
    <message>
        <source>Someone saved a change to this journey on the server since you last synced, and you have edits that are not pushed. Nothing has been overwritten.</source>
        <translation>Desde tu última sincronización, alguien guardó un cambio en este recorrido en el servidor y tú tienes cambios sin subir. No se ha sobrescrito nada.</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <source>Take Theirs</source>
        <translation>Tomar la suya</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Disparador</translation>
    </message>
    <message>
        <source>What differs</source>
        <translation>Qué difiere</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>La tuya</translation>
    </message>
    <message>
        <source>Yours becomes a new journey on the server, “{name}”; theirs comes into your library.</source>
        <translation>La tuya pasa a ser un recorrido nuevo en el servidor, «{name}»; la suya llega a tu biblioteca.</translation>
    </message>
    <message>
        <source>differs</source>
        <translation>difiere</translation>
    </message>
    <message>
        <source>{count} only in yours</source>
        <translation>{count} solo en la tuya</translation>
    </message>
    <message>
        <source>{count} only on the server</source>
        <translation>{count} solo en el servidor</translation>
    </message>
    <message>
        <source>{count} set up differently</source>
        <translation>{count} configurados de otra forma</translation>
    </message>
    <message>
        <source>{count} steps</source>
        <translation>{count} pasos</translation>
    </message>
    <message>
        <source>{count} steps placed differently</source>
        <translation>{count} pasos colocados de otra forma</translation>
    </message>
    <message>
        <source>“{name}” changed on Flownally and here</source>
        <extracomment>(what, yours, the server&apos;s): the two-way summary (shown when there is no base copy).</extracomment>
        <translation>«{name}» cambió en Flownally y aquí</translation>
    </message>
</context>
<context>
    <name>ConflictResolver</name>
    <message>
        <source>Both copies changed the same parts of “{name}”, so they cannot be merged automatically: {overlaps}</source>
        <translation>Ambas copias cambiaron las mismas partes de «{name}», así que no se pueden combinar automáticamente: {overlaps}</translation>
    </message>
    <message>
        <source>Keeping both copies</source>
        <translation>Conservando ambas copias</translation>
    </message>
    <message>
        <source>Kept both: yours is “{mine}”, a new journey on the server; theirs is in your library as “{theirs}”</source>
        <translation>Conservadas ambas: la tuya es «{mine}», un recorrido nuevo en el servidor; la suya está en tu biblioteca como «{theirs}»</translation>
    </message>
    <message>
        <source>Merge the server&apos;s changes</source>
        <translation>Combinar los cambios del servidor</translation>
    </message>
    <message>
        <source>Saving the merge</source>
        <translation>Guardando la combinación</translation>
    </message>
    <message>
        <source>Take the server&apos;s copy</source>
        <extracomment>The &quot;newer on the server&quot; bar of each journey with one showing.</extracomment>
        <translation>Tomar la copia del servidor</translation>
    </message>
    <message>
        <source>Taking the server&apos;s copy</source>
        <translation>Tomando la copia del servidor</translation>
    </message>
    <message>
        <source>The server has a newer version of a journey that is not open; open it and choose Journey › Update from Flownally to take it</source>
        <translation>El servidor tiene una versión más reciente de un recorrido que no está abierto; ábrelo y elige Recorrido › Actualizar desde Flownally para tomarla</translation>
    </message>
    <message>
        <source>Took the server&apos;s copy (Edit › Undo brings yours back)</source>
        <translation>Se tomó la copia del servidor (Edición › Deshacer recupera la tuya)</translation>
    </message>
    <message>
        <source>Took the server&apos;s copy of “{name}”</source>
        <translation>Se tomó la copia del servidor de «{name}»</translation>
    </message>
    <message>
        <source>keep both</source>
        <translation>conservar ambas</translation>
    </message>
    <message>
        <source>pull</source>
        <translation>descargar</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Choose a step to connect to.</source>
        <translation>Elige un paso al que conectar.</translation>
    </message>
    <message>
        <source>Choose the step to connect from.</source>
        <translation>Elige el paso desde el que conectar.</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Conectar</translation>
    </message>
    <message>
        <source>Connect steps</source>
        <extracomment>Item data of an output that already has a connection.</extracomment>
        <translation>Conectar pasos</translation>
    </message>
    <message>
        <source>Connects “{source}” ({output}) to “{target}”.</source>
        <translation>Conecta «{source}» ({output}) con «{target}».</translation>
    </message>
    <message>
        <source>From step</source>
        <translation>Desde el paso</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Salida</translation>
    </message>
    <message>
        <source>To step</source>
        <translation>Al paso</translation>
    </message>
    <message>
        <source>{output} (connected)</source>
        <translation>{output} (conectada)</translation>
    </message>
    <message>
        <source>“{step}” has no outputs to connect.</source>
        <translation>«{step}» no tiene salidas que conectar.</translation>
    </message>
</context>
<context>
    <name>ConnectionMonitor</name>
    <message>
        <source>Checking the connection</source>
        <extracomment>Seconds between retries while offline (the last one repeats). Seconds between retries while offline (the last one repeats). The last connection failure, for the status bar&apos;s tooltip.</extracomment>
        <translation>Comprobando la conexión</translation>
    </message>
</context>
<context>
    <name>ContactEditor</name>
    <message>
        <source>&amp;Tags</source>
        <translation>&amp;Etiquetas</translation>
    </message>
    <message>
        <source>Add a field</source>
        <translation>Añadir un campo</translation>
    </message>
    <message>
        <source>Add field</source>
        <translation>Añadir campo</translation>
    </message>
    <message>
        <source>Contact</source>
        <extracomment>The contact was changed by the user.</extracomment>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Contact as JSON</source>
        <translation>Contacto en JSON</translation>
    </message>
    <message>
        <source>Contact fields</source>
        <translation>Campos del contacto</translation>
    </message>
    <message>
        <source>Contact tags</source>
        <translation>Etiquetas del contacto</translation>
    </message>
    <message>
        <source>Edit or paste the contact as JSON</source>
        <translation>Editar o pegar el contacto en JSON</translation>
    </message>
    <message>
        <source>Edit the contact as JSON</source>
        <translation>Editar el contacto en JSON</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>One row per field: its name and its value (3, true and null are typed)</source>
        <translation>Una fila por campo: su nombre y su valor (3, true y null se interpretan por tipo)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove the selected fields</source>
        <translation>Quitar los campos seleccionados</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>Etiquetas, separadas por comas</translation>
    </message>
    <message>
        <source>The contact&apos;s tags, separated by commas</source>
        <translation>Las etiquetas del contacto, separadas por comas</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>contacto</translation>
    </message>
    <message>
        <source>contact JSON</source>
        <translation>JSON del contacto</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>línea %1, columna %2</translation>
    </message>
    <message>
        <source>row %1 has a value but no field name</source>
        <translation>la fila %1 tiene un valor pero no un nombre de campo</translation>
    </message>
    <message>
        <source>the JSON is nested too deeply</source>
        <translation>el JSON está anidado demasiado</translation>
    </message>
    <message>
        <source>the field &apos;%1&apos; is there twice</source>
        <translation>el campo &apos;%1&apos; aparece dos veces</translation>
    </message>
</context>
<context>
    <name>CrashReporter</name>
    <message>
        <source>An unexpected error stopped what Journey Builder was doing.</source>
        <extracomment>The box&apos;s first line: what happened, in one sentence.</extracomment>
        <translation>Un error inesperado detuvo lo que estaba haciendo Journey Builder.</translation>
    </message>
    <message>
        <source>Open Log Folder</source>
        <translation>Abrir carpeta de registros</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <extracomment>The box on screen, if any (one at a time; the log has every error).</extracomment>
        <translation>Algo salió mal</translation>
    </message>
</context>
<context>
    <name>DockTabNamer</name>
    <message>
        <source>Panels</source>
        <translation>Paneles</translation>
    </message>
</context>
<context>
    <name>DraftBinding</name>
    <message>
        <source>Not saved to the library: {error}</source>
        <translation>No se guardó en la biblioteca: {error}</translation>
    </message>
    <message>
        <source>Saving {name}</source>
        <extracomment>Seconds from an edit to the start of its save. Seconds before a failed save (a full disk) is tried again. A save landed: the entry as the library now has it. A save failed; the text is a sentence for the status bar. The edit stays pending.</extracomment>
        <translation>Guardando {name}</translation>
    </message>
</context>
<context>
    <name>EditableJourney</name>
    <message>
        <source>A step cannot lead to itself.</source>
        <extracomment>Vertical distance between a node and one added after it when no position is given. Horizontal distance between the outputs&apos; children of a branching node.</extracomment>
        <translation>Un paso no puede llevar a sí mismo.</translation>
    </message>
    <message>
        <source>A step id cannot be empty.</source>
        <translation>El id de un paso no puede estar vacío.</translation>
    </message>
    <message>
        <source>Add {step}</source>
        <translation>Añadir {step}</translation>
    </message>
    <message>
        <source>Add {step} after {other}</source>
        <translation>Añadir {step} después de {other}</translation>
    </message>
    <message>
        <source>Another step already has the id “{id}”.</source>
        <translation>Otro paso ya tiene el id «{id}».</translation>
    </message>
    <message>
        <source>Auto-layout</source>
        <translation>Organizar automáticamente</translation>
    </message>
    <message>
        <source>Change entry mode</source>
        <translation>Cambiar el modo de entrada</translation>
    </message>
    <message>
        <source>Change trigger</source>
        <translation>Cambiar el disparador</translation>
    </message>
    <message>
        <source>Connect {source} to {target}</source>
        <translation>Conectar {source} con {target}</translation>
    </message>
    <message>
        <source>Connect {source} {output} to {target}</source>
        <translation>Conectar {source} {output} con {target}</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n connection(s)</source>
        <translation>
            <numerusform>Eliminar %n conexión</numerusform>
            <numerusform>Eliminar %n conexiones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n step(s)</source>
        <translation>
            <numerusform>Eliminar %n paso</numerusform>
            <numerusform>Eliminar %n pasos</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete {step}</source>
        <translation>Eliminar {step}</translation>
    </message>
    <message>
        <source>Edit journey settings</source>
        <translation>Editar la configuración del recorrido</translation>
    </message>
    <message>
        <source>Edit {step}</source>
        <translation>Editar {step}</translation>
    </message>
    <message numerus="yes">
        <source>Move %n step(s)</source>
        <translation>
            <numerusform>Mover %n paso</numerusform>
            <numerusform>Mover %n pasos</numerusform>
        </translation>
    </message>
    <message>
        <source>Move {step}</source>
        <translation>Mover {step}</translation>
    </message>
    <message>
        <source>Nothing can lead into the start step: contacts enter there from the trigger.</source>
        <translation>Nada puede llevar al paso de inicio: los contactos entran por él desde el disparador.</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n step(s)</source>
        <translation>
            <numerusform>Pegar %n paso</numerusform>
            <numerusform>Pegar %n pasos</numerusform>
        </translation>
    </message>
    <message>
        <source>Rename journey</source>
        <translation>Renombrar recorrido</translation>
    </message>
    <message>
        <source>Rename step {old} to {new}</source>
        <translation>Renombrar el paso {old} como {new}</translation>
    </message>
    <message>
        <source>The output {output} is already connected and “{step}” has no output to pass contacts on; delete the connection first.</source>
        <translation>La salida {output} ya está conectada y «{step}» no tiene ninguna salida por la que pasar los contactos; elimina primero la conexión.</translation>
    </message>
    <message>
        <source>The output {output} is already connected; delete its connection first.</source>
        <translation>La salida {output} ya está conectada; elimina primero su conexión.</translation>
    </message>
    <message>
        <source>These steps are already connected this way.</source>
        <translation>Estos pasos ya están conectados así.</translation>
    </message>
    <message>
        <source>“{step}” ends the journey; it has no outputs to connect.</source>
        <translation>«{step}» termina el recorrido; no tiene salidas que conectar.</translation>
    </message>
    <message>
        <source>“{step}” has no output named “{handle}”.</source>
        <translation>«{step}» no tiene ninguna salida llamada «{handle}».</translation>
    </message>
    <message>
        <source>“{step}” has no outputs to connect.</source>
        <translation>«{step}» no tiene salidas que conectar.</translation>
    </message>
    <message>
        <source>“{step}” jumps elsewhere; it has no outputs to connect.</source>
        <translation>«{step}» salta a otro sitio; no tiene salidas que conectar.</translation>
    </message>
</context>
<context>
    <name>EditorTab</name>
    <message>
        <source>Canvas</source>
        <extracomment>Shown after the journey&apos;s name in the tab while it has unsaved changes. Journeys with more steps than this open a slice at a time (fewer take a few milliseconds).</extracomment>
        <translation>Lienzo</translation>
    </message>
    <message>
        <source>Opening the journey</source>
        <translation>Abriendo el recorrido</translation>
    </message>
    <message>
        <source>Opening {name}: {percent} % of the steps drawn</source>
        <translation>Abriendo {name}: {percent} % de los pasos dibujados</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Vista general</translation>
    </message>
</context>
<context>
    <name>EndsChart</name>
    <message>
        <source>How the paths ended</source>
        <translation>Cómo terminaron los caminos</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Could not connect to {url} ({why})</source>
        <translation>No se pudo conectar con {url} ({why})</translation>
    </message>
    <message>
        <source>No connection to the server became free in time</source>
        <translation>Ninguna conexión con el servidor quedó libre a tiempo</translation>
    </message>
    <message>
        <source>The connection broke before the whole answer arrived</source>
        <translation>La conexión se cortó antes de que llegara la respuesta completa</translation>
    </message>
    <message>
        <source>The connection broke while the request was being sent</source>
        <translation>La conexión se cortó mientras se enviaba la solicitud</translation>
    </message>
    <message>
        <source>The connection to the server failed ({kind})</source>
        <translation>La conexión con el servidor falló ({kind})</translation>
    </message>
    <message>
        <source>The server closed the connection without a complete answer</source>
        <translation>El servidor cerró la conexión sin una respuesta completa</translation>
    </message>
    <message>
        <source>The server did not accept a connection within {seconds} s</source>
        <extracomment>Nesting deeper than this is refused (the JSON parser&apos;s own limit, and the journey files&apos;). What each answer should have been, in words.</extracomment>
        <translation>El servidor no aceptó ninguna conexión en {seconds} s</translation>
    </message>
    <message>
        <source>The server did not answer within {seconds} s</source>
        <translation>El servidor no respondió en {seconds} s</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>una lista</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un número</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objeto</translation>
    </message>
    <message>
        <source>an object with no keys</source>
        <translation>un objeto sin claves</translation>
    </message>
    <message>
        <source>an object with {keys}</source>
        <translation>un objeto con {keys}</translation>
    </message>
    <message>
        <source>cannot read it ({reason})</source>
        <translation>no se puede leer ({reason})</translation>
    </message>
    <message>
        <source>could not write the file ({reason}); nothing was changed</source>
        <translation>no se pudo escribir el archivo ({reason}); no se cambió nada</translation>
    </message>
    <message>
        <source>expected a journey file (an object with &quot;name&quot; and &quot;definition&quot;), a journey or a journey version as the API returns them, or a workflow definition (an object with &quot;nodes&quot; and &quot;edges&quot;)</source>
        <extracomment>The translation context of error sentences. What an import accepts, as the refusal of anything else says it.</extracomment>
        <translation>se esperaba un archivo de recorrido (un objeto con &quot;name&quot; y &quot;definition&quot;), un recorrido o una versión de recorrido tal como los devuelve la API, o una definición de flujo (un objeto con &quot;nodes&quot; y &quot;edges&quot;)</translation>
    </message>
    <message>
        <source>line {line}, column {column}: {problem} — the file is not valid JSON</source>
        <translation>línea {line}, columna {column}: {problem} — el archivo no es JSON válido</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>el archivo no existe</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>conexión rechazada</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation>la carpeta no existe</translation>
    </message>
    <message>
        <source>this is a folder, not a journey file</source>
        <translation>es una carpeta, no un archivo de recorrido</translation>
    </message>
    <message>
        <source>this is not UTF-8 text (byte {byte} at offset {offset}); journey files are JSON in UTF-8</source>
        <translation>no es texto UTF-8 (byte {byte} en la posición {offset}); los archivos de recorrido son JSON en UTF-8</translation>
    </message>
    <message>
        <source>true/false</source>
        <translation>true/false</translation>
    </message>
    <message>
        <source>{expected}; found {found}</source>
        <translation>{expected}; se encontró {found}</translation>
    </message>
</context>
<context>
    <name>ErrorsBanner</name>
    <message>
        <source>Journey errors</source>
        <translation>Errores del recorrido</translation>
    </message>
    <message>
        <source>Run anyway</source>
        <translation>Ejecutar de todos modos</translation>
    </message>
    <message>
        <source>Run the preview anyway</source>
        <translation>Ejecutar la vista previa de todos modos</translation>
    </message>
    <message numerus="yes">
        <source>This journey has %n error(s); the preview may not match what will run.</source>
        <translation>
            <numerusform>Este recorrido tiene %n error; la vista previa puede no coincidir con lo que se ejecutará.</numerusform>
            <numerusform>Este recorrido tiene %n errores; la vista previa puede no coincidir con lo que se ejecutará.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EventTable</name>
    <message>
        <source>Add an event</source>
        <translation>Añadir un evento</translation>
    </message>
    <message>
        <source>Add event</source>
        <translation>Añadir evento</translation>
    </message>
    <message>
        <source>Any step</source>
        <translation>Cualquier paso</translation>
    </message>
    <message>
        <source>At</source>
        <translation>Momento</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Event script</source>
        <translation>Guion de eventos</translation>
    </message>
    <message>
        <source>Event type</source>
        <translation>Tipo de evento</translation>
    </message>
    <message>
        <source>Events</source>
        <extracomment>Which key of an event the Name column holds, by event type. The script was changed by the user.</extracomment>
        <translation>Eventos</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>One row per event: when it happens after entry (like 2d3h), its type, the step it is for, its name (custom event, tag or field) and its value</source>
        <translation>Una fila por evento: cuándo ocurre tras la entrada (como 2d3h), su tipo, el paso al que se refiere, su nombre (evento personalizado, etiqueta o campo) y su valor</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove the selected events</source>
        <translation>Quitar los eventos seleccionados</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>Step the event is for</source>
        <translation>Paso al que se refiere el evento</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>event row %1</source>
        <translation>fila de evento %1</translation>
    </message>
</context>
<context>
    <name>ExportImageDialog</name>
    <message>
        <source>(vector: every card in full detail)</source>
        <translation>(vectorial: cada tarjeta con todo detalle)</translation>
    </message>
    <message>
        <source>({count} pages)</source>
        <translation>({count} páginas)</translation>
    </message>
    <message>
        <source>1 page</source>
        <translation>1 página</translation>
    </message>
    <message>
        <source>1 step</source>
        <translation>1 paso</translation>
    </message>
    <message>
        <source>100 %</source>
        <translation>100 %</translation>
    </message>
    <message>
        <source>2,000 pixels wide</source>
        <translation>2000 píxeles de ancho</translation>
    </message>
    <message>
        <source>A4 pages</source>
        <translation>Páginas A4</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cannot export the image</source>
        <translation>No se puede exportar la imagen</translation>
    </message>
    <message>
        <source>Cannot export this: {reason}</source>
        <translation>No se puede exportar: {reason}</translation>
    </message>
    <message>
        <source>Colours:</source>
        <translation>Colores:</translation>
    </message>
    <message>
        <source>Current view</source>
        <translation>Vista actual</translation>
    </message>
    <message>
        <source>Custom size</source>
        <translation>Tamaño personalizado</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>Draw:</source>
        <translation>Dibujar:</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written</source>
        <translation>Exportación cancelada; no se escribió nada</translation>
    </message>
    <message>
        <source>Export image</source>
        <translation>Exportar imagen</translation>
    </message>
    <message>
        <source>Exported {width} × {height} image to {file}</source>
        <translation>Imagen de {width} × {height} exportada a {file}</translation>
    </message>
    <message>
        <source>Exporting the image…</source>
        <translation>Exportando la imagen…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Formato:</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Alto</translation>
    </message>
    <message>
        <source>Letter pages</source>
        <translation>Páginas Carta</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>One page</source>
        <translation>Una página</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>Documento PDF</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>Imagen PNG</translation>
    </message>
    <message>
        <source>Pages:</source>
        <translation>Páginas:</translation>
    </message>
    <message>
        <source>SVG drawing</source>
        <translation>Dibujo SVG</translation>
    </message>
    <message>
        <source>Selection (1 step)</source>
        <translation>Selección (1 paso)</translation>
    </message>
    <message>
        <source>Selection ({count} steps)</source>
        <translation>Selección ({count} pasos)</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Tamaño:</translation>
    </message>
    <message>
        <source>Slide (fits 1,920 × 1,080)</source>
        <extracomment>Size presets: key -&gt; (label, scale, width, height); None where the preset leaves it open.</extracomment>
        <translation>Diapositiva (cabe en 1920 × 1080)</translation>
    </message>
    <message>
        <source>What the export gives</source>
        <translation>Qué se obtiene al exportar</translation>
    </message>
    <message>
        <source>Whole journey</source>
        <translation>Recorrido completo</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Ancho</translation>
    </message>
    <message>
        <source>Width × height:</source>
        <translation>Ancho × alto:</translation>
    </message>
    <message>
        <source>any height</source>
        <translation>cualquier alto</translation>
    </message>
    <message>
        <source>any width</source>
        <translation>cualquier ancho</translation>
    </message>
    <message>
        <source>{count} pages</source>
        <translation>{count} páginas</translation>
    </message>
    <message>
        <source>{count} steps</source>
        <translation>{count} pasos</translation>
    </message>
    <message>
        <source>{width} × {height} pixels at {percent} %</source>
        <translation>{width} × {height} píxeles al {percent} %</translation>
    </message>
</context>
<context>
    <name>FieldBlock</name>
    <message>
        <source>Shown as JSON: the value has a shape this field does not expect.</source>
        <translation>Se muestra en JSON: el valor tiene una forma que este campo no espera.</translation>
    </message>
</context>
<context>
    <name>FilesWindow</name>
    <message>
        <source>Cannot open the journey</source>
        <translation>No se puede abrir el recorrido</translation>
    </message>
    <message>
        <source>Cannot save the journey</source>
        <translation>No se puede guardar el recorrido</translation>
    </message>
    <message>
        <source>Clear Recent Files</source>
        <translation>Borrar archivos recientes</translation>
    </message>
    <message>
        <source>Journey files (*.journey.json *.json);;All files (*)</source>
        <extracomment>How long a hint stays in the status bar.</extracomment>
        <translation>Archivos de recorrido (*.journey.json *.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>No hay archivos recientes</translation>
    </message>
    <message>
        <source>Open journey</source>
        <translation>Abrir recorrido</translation>
    </message>
    <message>
        <source>Save journey as</source>
        <translation>Guardar recorrido como</translation>
    </message>
    <message>
        <source>Saved {file}</source>
        <translation>{file} guardado</translation>
    </message>
    <message>
        <source>Untitled journey</source>
        <translation>Recorrido sin título</translation>
    </message>
    <message>
        <source>Your changes are still here, not saved.</source>
        <translation>Tus cambios siguen aquí, sin guardar.</translation>
    </message>
</context>
<context>
    <name>FinalContactView</name>
    <message>
        <source>(none)</source>
        <translation>(ninguna)</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(sin definir)</translation>
    </message>
    <message>
        <source>At entry</source>
        <translation>Al entrar</translation>
    </message>
    <message>
        <source>At the end</source>
        <translation>Al final</translation>
    </message>
    <message>
        <source>Contact at the end</source>
        <translation>Contacto al final</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>The contact&apos;s fields and tags when its path ended; changes are marked</source>
        <translation>Los campos y etiquetas del contacto al terminar su camino; los cambios están marcados</translation>
    </message>
    <message>
        <source>added: %1</source>
        <translation>añadidas: %1</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>cambiado</translation>
    </message>
    <message>
        <source>cleared</source>
        <translation>vaciado</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nuevo</translation>
    </message>
    <message>
        <source>removed: %1</source>
        <translation>quitadas: %1</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Close (Escape)</source>
        <translation>Cerrar (Esc)</translation>
    </message>
    <message>
        <source>Find steps</source>
        <translation>Buscar pasos</translation>
    </message>
    <message>
        <source>Find steps by title, summary or id</source>
        <translation>Buscar pasos por título, resumen o id</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>Siguiente coincidencia (Intro)</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Sin coincidencias</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>Coincidencia anterior (Mayús+Intro)</translation>
    </message>
    <message>
        <source>{number} of {count}</source>
        <translation>{number} de {count}</translation>
    </message>
</context>
<context>
    <name>Inspector</name>
    <message>
        <source>Inspector</source>
        <translation>Propiedades</translation>
    </message>
    <message>
        <source>Open or create a journey to edit it.</source>
        <translation>Abre o crea un recorrido para editarlo.</translation>
    </message>
</context>
<context>
    <name>IntegerEditor</name>
    <message>
        <source>Not set</source>
        <translation>Sin definir</translation>
    </message>
</context>
<context>
    <name>JourneyForm</name>
    <message>
        <source>Choose how often a contact may enter.</source>
        <translation>Elige cuántas veces puede entrar un contacto.</translation>
    </message>
    <message>
        <source>Entry mode</source>
        <translation>Modo de entrada</translation>
    </message>
    <message>
        <source>Give the journey a name.</source>
        <translation>Pon un nombre al recorrido.</translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>Recorrido</translation>
    </message>
    <message>
        <source>Journey name</source>
        <translation>Nombre del recorrido</translation>
    </message>
    <message>
        <source>Last seen on the server {when}</source>
        <translation>Visto por última vez en el servidor: {when}</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Remote journey {id}</source>
        <translation>Recorrido remoto {id}</translation>
    </message>
    <message>
        <source>Remote journey {id}, last seen on the server {when}</source>
        <translation>Recorrido remoto {id}, visto por última vez en el servidor: {when}</translation>
    </message>
    <message>
        <source>Select a step on the canvas to edit it. These settings belong to the whole journey.</source>
        <translation>Selecciona un paso en el lienzo para editarlo. Esta configuración es de todo el recorrido.</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Disparador</translation>
    </message>
    <message>
        <source>Untitled journey</source>
        <translation>Recorrido sin título</translation>
    </message>
    <message>
        <source>What starts the journey for a contact.</source>
        <translation>Lo que inicia el recorrido para un contacto.</translation>
    </message>
    <message>
        <source>“{mode}” is not an entry mode this app knows.</source>
        <translation>«{mode}» no es un modo de entrada que esta aplicación conozca.</translation>
    </message>
</context>
<context>
    <name>JourneyList</name>
    <message>
        <source>Changed here and on Flownally: choose which to keep (Push)</source>
        <translation>Cambiado aquí y en Flownally: elige qué conservar (Subir)</translation>
    </message>
    <message>
        <source>Changed on Flownally since you last synced: update it</source>
        <translation>Cambiado en Flownally desde tu última sincronización: actualízalo</translation>
    </message>
    <message>
        <source>Changed remotely</source>
        <translation>Cambiado en remoto</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflicto</translation>
    </message>
    <message>
        <source>Edited here since the last push</source>
        <translation>Editado aquí desde la última subida</translation>
    </message>
    <message>
        <source>Local only</source>
        <extracomment>Item data roles the delegate reads: a :class:`Badge` and the second line. Sync state -&gt; (text, kind, tip); the texts are translated when a badge is made.</extracomment>
        <translation>Solo local</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Modificado</translation>
    </message>
    <message>
        <source>Only in this library: not on Flownally yet</source>
        <translation>Solo en esta biblioteca: aún no está en Flownally</translation>
    </message>
    <message>
        <source>Status on Flownally: {status}</source>
        <translation>Estado en Flownally: {status}</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>Sincronizado</translation>
    </message>
    <message>
        <source>The same as on Flownally</source>
        <translation>Igual que en Flownally</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>d MMM</source>
        <translation>d MMM</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <translation>d MMM yyyy</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>ahora mismo</translation>
    </message>
    <message>
        <source>yesterday {time}</source>
        <translation>ayer {time}</translation>
    </message>
</context>
<context>
    <name>JourneyRowDelegate</name>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>hace %n h</numerusform>
            <numerusform>hace %n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>hace %n min</numerusform>
            <numerusform>hace %n min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JourneyView</name>
    <message numerus="yes">
        <source>Cut %n step(s)</source>
        <extracomment>Drag-and-drop format of the palette: the node type as UTF-8 text. Something the user tried was refused (a connection), and why; for the status bar. Node keys now selected, in document order. The zoom factor (1.0 is 100 %), after every change. The visible part of the scene moved or was resized (for the minimap). The view now shows another document (``set_document``). (done, total) while a large journey&apos;s items are made a slice at a time (``build``). Every item of the journey exists. Enter on the card with the keyboard focus (the window opens it in the inspector). What screen readers see: a list of the cards and connections.</extracomment>
        <translation>
            <numerusform>Cortar %n paso</numerusform>
            <numerusform>Cortar %n pasos</numerusform>
        </translation>
    </message>
    <message>
        <source>The clipboard holds no journey steps to paste.</source>
        <translation>El portapapeles no contiene pasos de recorrido que pegar.</translation>
    </message>
</context>
<context>
    <name>JsonEditor</name>
    <message>
        <source>JSON, e.g. &quot;text&quot;, 42, true, {&quot;key&quot;: &quot;value&quot;}</source>
        <extracomment>Applied values must be of this type (e.g. ``dict`` for conditions); None = any.</extracomment>
        <translation>JSON, p. ej. &quot;texto&quot;, 42, true, {&quot;clave&quot;: &quot;valor&quot;}</translation>
    </message>
    <message>
        <source>Must be a JSON list ([ … ])</source>
        <translation>Debe ser una lista JSON ([ … ])</translation>
    </message>
    <message>
        <source>Must be a JSON object ({ … })</source>
        <translation>Debe ser un objeto JSON ({ … })</translation>
    </message>
    <message>
        <source>Must be a JSON {type}</source>
        <translation>Debe ser un {type} JSON</translation>
    </message>
    <message>
        <source>Not valid JSON yet: {error} at line {line}, column {column}</source>
        <translation>Aún no es JSON válido: {error} en la línea {line}, columna {column}</translation>
    </message>
    <message>
        <source>Not valid JSON yet: {error} at line {line}, column {column} (text needs quotes: &quot;like this&quot;)</source>
        <translation>Aún no es JSON válido: {error} en la línea {line}, columna {column} (el texto va entre comillas: &quot;así&quot;)</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <extracomment>The settings key of the chosen language: a code of LANGUAGES, or &quot;&quot; to follow the system.</extracomment>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>Change language</source>
        <translation>Cambiar de idioma</translation>
    </message>
    <message>
        <source>Follow &amp;System</source>
        <translation>Seguir al &amp;sistema</translation>
    </message>
    <message>
        <source>Journey Builder will be in {language} from the next start. Restart now? Your journeys are kept.</source>
        <translation>Journey Builder estará en {language} a partir del próximo inicio. ¿Reiniciar ahora? Tus recorridos se conservan.</translation>
    </message>
    <message>
        <source>Takes effect after a restart</source>
        <translation>Se aplica tras reiniciar</translation>
    </message>
</context>
<context>
    <name>LibraryController</name>
    <message>
        <source>A journey needs a name; the name was not changed.</source>
        <translation>Un recorrido necesita un nombre; el nombre no se cambió.</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n journey(s) for good</source>
        <translation>
            <numerusform>%n recorrido eliminado definitivamente</numerusform>
            <numerusform>%n recorridos eliminados definitivamente</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleting for good</source>
        <translation>Eliminando definitivamente</translation>
    </message>
    <message>
        <source>Duplicating</source>
        <translation>Duplicando</translation>
    </message>
    <message>
        <source>Emptying the trash</source>
        <translation>Vaciando la papelera</translation>
    </message>
    <message>
        <source>Exported to {file}</source>
        <translation>Exportado a {file}</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Exportando</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n journey(s)</source>
        <translation>
            <numerusform>%n recorrido importado</numerusform>
            <numerusform>%n recorridos importados</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported {file} into the library</source>
        <translation>{file} importado a la biblioteca</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Importando</translation>
    </message>
    <message>
        <source>Linking {file}</source>
        <translation>Vinculando {file}</translation>
    </message>
    <message>
        <source>Moved “{name}” to the trash</source>
        <translation>«{name}» movido a la papelera</translation>
    </message>
    <message>
        <source>Moving to the trash</source>
        <translation>Moviendo a la papelera</translation>
    </message>
    <message>
        <source>Reading the journey</source>
        <translation>Leyendo el recorrido</translation>
    </message>
    <message>
        <source>Remembering the open tabs</source>
        <translation>Recordando las pestañas abiertas</translation>
    </message>
    <message>
        <source>Renaming</source>
        <translation>Renombrando</translation>
    </message>
    <message>
        <source>Restored “{name}” from the trash</source>
        <translation>«{name}» restaurado desde la papelera</translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation>Restaurando</translation>
    </message>
    <message>
        <source>Show the library&apos;s later edits</source>
        <translation>Mostrar los cambios posteriores de la biblioteca</translation>
    </message>
    <message>
        <source>Showing your later edits of “{name}” from the library (not saved to the file yet; Undo shows the file)</source>
        <translation>Se muestran tus cambios posteriores de «{name}» desde la biblioteca (aún no guardados en el archivo; Deshacer muestra el archivo)</translation>
    </message>
    <message>
        <source>The template cannot be used: {error}</source>
        <extracomment>Library setting holding the links from files to entries. The list of entries changed (a save, a rename, the trash...): panels re-read it. A sentence for the status bar (saved, failed, imported...). A tab&apos;s binding saved (its entry now): the status bar&apos;s sync state follows.</extracomment>
        <translation>No se puede usar la plantilla: {error}</translation>
    </message>
    <message>
        <source>{file} changed outside Journey Builder; your later edits stay in the library as “{name}”</source>
        <translation>{file} cambió fuera de Journey Builder; tus cambios posteriores quedan en la biblioteca como «{name}»</translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message>
        <source>Add journey files to the library</source>
        <translation>Añadir archivos de recorrido a la biblioteca</translation>
    </message>
    <message>
        <source>Back to Journeys</source>
        <translation>Volver a los recorridos</translation>
    </message>
    <message>
        <source>Blank Journey</source>
        <translation>Recorrido en blanco</translation>
    </message>
    <message>
        <source>Delete for Good</source>
        <translation>Eliminar definitivamente</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicar</translation>
    </message>
    <message>
        <source>Edited {when}</source>
        <translation>Editado {when}</translation>
    </message>
    <message>
        <source>Empty Trash</source>
        <translation>Vaciar la papelera</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>From a template</source>
        <translation>Desde una plantilla</translation>
    </message>
    <message>
        <source>Import journeys into the library</source>
        <translation>Importar recorridos a la biblioteca</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <source>Journey files (*.journey.json *.json);;All files (*)</source>
        <translation>Archivos de recorrido (*.journey.json *.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Journeys in the library</source>
        <translation>Recorridos de la biblioteca</translation>
    </message>
    <message>
        <source>Last edited</source>
        <translation>Última edición</translation>
    </message>
    <message>
        <source>Move to Trash</source>
        <translation>Mover a la papelera</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuevo</translation>
    </message>
    <message>
        <source>New journey (blank, or from a template)</source>
        <translation>Recorrido nuevo (en blanco o desde una plantilla)</translation>
    </message>
    <message>
        <source>Newest</source>
        <translation>Más recientes</translation>
    </message>
    <message>
        <source>No journey matches “{text}”.</source>
        <translation>Ningún recorrido coincide con «{text}».</translation>
    </message>
    <message>
        <source>No journeys yet.
Create one with New, or import a file.</source>
        <translation>Aún no hay recorridos.
Crea uno con Nuevo o importa un archivo.</translation>
    </message>
    <message>
        <source>No templates installed</source>
        <translation>No hay plantillas instaladas</translation>
    </message>
    <message>
        <source>On Flownally: {id}</source>
        <translation>En Flownally: {id}</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renombrar</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Search journeys</source>
        <extracomment>Export the entry (library id) to a file the user picks.</extracomment>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation>Buscar en la biblioteca</translation>
    </message>
    <message>
        <source>Show the journeys in the trash (restore them from there)</source>
        <translation>Mostrar los recorridos de la papelera (restáuralos desde allí)</translation>
    </message>
    <message>
        <source>Sort by</source>
        <translation>Ordenar por</translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation>La papelera está vacía.</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Papelera</translation>
    </message>
    <message>
        <source>Trash ({count})</source>
        <translation>Papelera ({count})</translation>
    </message>
    <message>
        <source>Trashed {when}</source>
        <translation>En la papelera desde {when}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Oscuro</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;High Contrast</source>
        <translation>&amp;Alto contraste</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Claro</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>&amp;Paneles</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>Añadir paso</translation>
    </message>
    <message>
        <source>Cannot use the template</source>
        <translation>No se puede usar la plantilla</translation>
    </message>
    <message>
        <source>Close tab</source>
        <translation>Cerrar pestaña</translation>
    </message>
    <message>
        <source>Close this journey</source>
        <translation>Cerrar este recorrido</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Conectar</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajustar</translation>
    </message>
    <message>
        <source>Follow &amp;System</source>
        <translation>Seguir al &amp;sistema</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Propiedades</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barra de herramientas principal</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuevo</translation>
    </message>
    <message>
        <source>New journey, not saved yet</source>
        <translation>Recorrido nuevo, aún sin guardar</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Aún sin guardar</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>Open journeys</source>
        <extracomment>The local library this window works on (the library panel reads it). The library, sync and versions panels (None when the window has no library).</extracomment>
        <translation>Recorridos abiertos</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <source>Saved · {file}</source>
        <translation>Guardado · {file}</translation>
    </message>
    <message>
        <source>Show the problems panel</source>
        <translation>Mostrar el panel de problemas</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <source>Unsaved changes · {file}</source>
        <translation>Cambios sin guardar · {file}</translation>
    </message>
    <message>
        <source>Zoom (mouse wheel, or Ctrl++ and Ctrl+−)</source>
        <translation>Zoom (rueda del ratón, o Ctrl++ y Ctrl+−)</translation>
    </message>
    <message>
        <source>Zoom +</source>
        <translation>Acercar</translation>
    </message>
    <message>
        <source>Zoom −</source>
        <translation>Alejar</translation>
    </message>
    <message>
        <source>{percent} %</source>
        <translation>{percent} %</translation>
    </message>
</context>
<context>
    <name>MappingEditor</name>
    <message>
        <source>Remove entry</source>
        <translation>Quitar entrada</translation>
    </message>
    <message>
        <source>Remove this entry</source>
        <translation>Quitar esta entrada</translation>
    </message>
</context>
<context>
    <name>Merge</name>
    <message>
        <source>a connection to step “{step}” was added while the server&apos;s copy removed that step</source>
        <translation>se añadió una conexión al paso «{step}» mientras la copia del servidor quitaba ese paso</translation>
    </message>
    <message>
        <source>a connection to step “{step}” was added while your copy removed that step</source>
        <translation>se añadió una conexión al paso «{step}» mientras tu copia quitaba ese paso</translation>
    </message>
    <message>
        <source>both copies added a step “{id}”, differently</source>
        <translation>ambas copias añadieron un paso «{id}», de forma distinta</translation>
    </message>
    <message>
        <source>step “{id}” was changed in both copies, differently</source>
        <translation>el paso «{id}» se cambió en ambas copias, de forma distinta</translation>
    </message>
    <message>
        <source>step “{id}” was moved in both copies, differently</source>
        <translation>el paso «{id}» se movió en ambas copias, de forma distinta</translation>
    </message>
    <message>
        <source>step “{id}” was removed in the server&apos;s copy and changed in the other</source>
        <translation>el paso «{id}» se quitó en la copia del servidor y se cambió en la otra</translation>
    </message>
    <message>
        <source>step “{id}” was removed in your copy and changed in the other</source>
        <extracomment>The translation context of the overlaps&apos; sentences. ``message`` as a translatable phrase (``str(phrase) == message``).</extracomment>
        <translation>el paso «{id}» se quitó en tu copia y se cambió en la otra</translation>
    </message>
    <message>
        <source>the entry mode was changed in both copies</source>
        <translation>el modo de entrada se cambió en ambas copias</translation>
    </message>
    <message>
        <source>the field “{field}” was changed in both copies</source>
        <translation>el campo «{field}» se cambió en ambas copias</translation>
    </message>
    <message>
        <source>the name was changed in both copies</source>
        <translation>el nombre se cambió en ambas copias</translation>
    </message>
    <message>
        <source>the trigger was changed in both copies</source>
        <translation>el disparador se cambió en ambas copias</translation>
    </message>
    <message>
        <source>where step “{step}” leads was changed in both copies</source>
        <translation>adónde lleva el paso «{step}» se cambió en ambas copias</translation>
    </message>
    <message>
        <source>where the output “{output}” of step “{step}” leads was changed in both copies</source>
        <translation>adónde lleva la salida «{output}» del paso «{step}» se cambió en ambas copias</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>If you don&apos;t save, your changes will be lost.</source>
        <translation>Si no guardas, perderás los cambios.</translation>
    </message>
    <message>
        <source>Save the changes to “{name}” before closing?</source>
        <translation>¿Guardar los cambios de «{name}» antes de cerrar?</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
</context>
<context>
    <name>MiniMap</name>
    <message>
        <source>Overview: click or drag to move the canvas</source>
        <extracomment>Space between the minimap and the edges of the canvas. Where the minimap sits, in the order tried when it must move: its home corner first. A drag this close to the minimap already counts as under it (pixels).</extracomment>
        <translation>Vista general: haz clic o arrastra para mover el lienzo</translation>
    </message>
</context>
<context>
    <name>NodeForm</name>
    <message>
        <source>Other settings</source>
        <translation>Otros ajustes</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>Obligatorio.</translation>
    </message>
    <message>
        <source>Settings this app does not know. They are kept; edit them as JSON.</source>
        <translation>Ajustes que esta aplicación no conoce. Se conservan; edítalos en JSON.</translation>
    </message>
    <message>
        <source>Step id</source>
        <translation>Id del paso</translation>
    </message>
    <message>
        <source>The step&apos;s id in the file; connections and jumps follow a rename.</source>
        <translation>El id del paso en el archivo; las conexiones y los saltos siguen al renombrarlo.</translation>
    </message>
    <message>
        <source>This app does not know this type: its settings are kept as they are and are not checked. Edit them as JSON.</source>
        <translation>Esta aplicación no conoce este tipo: sus ajustes se conservan tal cual y no se comprueban. Edítalos en JSON.</translation>
    </message>
    <message>
        <source>Unknown step type “{type}”</source>
        <translation>Tipo de paso desconocido «{type}»</translation>
    </message>
</context>
<context>
    <name>NodePalette</name>
    <message>
        <source>Filter step types</source>
        <translation>Filtrar tipos de paso</translation>
    </message>
    <message>
        <source>Filter steps</source>
        <extracomment>A step type to add after the selected step (double-click or Enter).</extracomment>
        <translation>Filtrar pasos</translation>
    </message>
</context>
<context>
    <name>NodeRefEditor</name>
    <message>
        <source>{id} (no such step)</source>
        <translation>{id} (no existe ese paso)</translation>
    </message>
    <message>
        <source>— choose a step —</source>
        <translation>— elige un paso —</translation>
    </message>
</context>
<context>
    <name>OfflineQueue</name>
    <message>
        <source>Discarded a waiting change</source>
        <translation>Se descartó un cambio pendiente</translation>
    </message>
    <message>
        <source>Offline: “{name}” will be activated when the connection returns</source>
        <translation>Sin conexión: «{name}» se activará cuando vuelva la conexión</translation>
    </message>
    <message>
        <source>Offline: “{name}” will be deleted from Flownally when the connection returns; your copy is in the trash</source>
        <translation>Sin conexión: «{name}» se eliminará de Flownally cuando vuelva la conexión; tu copia está en la papelera</translation>
    </message>
    <message>
        <source>Offline: “{name}” will be paused when the connection returns</source>
        <translation>Sin conexión: «{name}» se pausará cuando vuelva la conexión</translation>
    </message>
    <message>
        <source>Offline: “{name}” will be published when the connection returns</source>
        <translation>Sin conexión: «{name}» se publicará cuando vuelva la conexión</translation>
    </message>
    <message>
        <source>Offline: “{name}” will be pushed when the connection returns</source>
        <translation>Sin conexión: «{name}» se subirá cuando vuelva la conexión</translation>
    </message>
    <message>
        <source>Sending waiting changes</source>
        <translation>Enviando cambios pendientes</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n waiting change(s)</source>
        <translation>
            <numerusform>%n cambio pendiente enviado</numerusform>
            <numerusform>%n cambios pendientes enviados</numerusform>
        </translation>
    </message>
    <message>
        <source>send the waiting changes</source>
        <translation>enviar los cambios pendientes</translation>
    </message>
    <message>
        <source>“{name}” was not published: it has errors</source>
        <extracomment>The queue as the status bar lists it (after every change): ``list[QueuedRow]``. The refusals of one sending (``list[QueuedRow]``), to be shown once.</extracomment>
        <translation>«{name}» no se publicó: tiene errores</translation>
    </message>
</context>
<context>
    <name>Preview</name>
    <message>
        <source>&amp;Journey</source>
        <extracomment>Journey › Preview Contact…; no standard key and no other action of the window uses it. The panel&apos;s width when it first opens (the timeline and the final contact need room).</extracomment>
        <translation>&amp;Recorrido</translation>
    </message>
    <message>
        <source>&amp;Preview Contact…</source>
        <translation>&amp;Vista previa de un contacto…</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Conversation closed</source>
        <translation>Conversación cerrada</translation>
    </message>
    <message>
        <source>Custom event</source>
        <translation>Evento personalizado</translation>
    </message>
    <message>
        <source>Dead end</source>
        <translation>Callejón sin salida</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>Salir del recorrido</translation>
    </message>
    <message>
        <source>Field updated</source>
        <translation>Campo actualizado</translation>
    </message>
    <message>
        <source>HTTP request fails</source>
        <translation>Falla la petición HTTP</translation>
    </message>
    <message>
        <source>Jump limit</source>
        <translation>Límite de saltos</translation>
    </message>
    <message>
        <source>Message received</source>
        <translation>Mensaje recibido</translation>
    </message>
    <message>
        <source>Not entered</source>
        <translation>No entró</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>Step limit</source>
        <translation>Límite de pasos</translation>
    </message>
    <message>
        <source>Still waiting</source>
        <translation>Sigue esperando</translation>
    </message>
    <message>
        <source>Tag added</source>
        <translation>Etiqueta añadida</translation>
    </message>
    <message>
        <source>Unknown step</source>
        <translation>Paso desconocido</translation>
    </message>
    <message>
        <source>Walk a sample contact or a cohort through the journey and see its path</source>
        <translation>Pasar un contacto de ejemplo o una cohorte por el recorrido y ver su camino</translation>
    </message>
</context>
<context>
    <name>PreviewPanel</name>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Ejecutar</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Cohorte</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <source>Events (%1)</source>
        <translation>Eventos (%1)</translation>
    </message>
    <message>
        <source>Fix the contact to run the preview.</source>
        <translation>Corrige el contacto para ejecutar la vista previa.</translation>
    </message>
    <message>
        <source>Fix the events to run the preview.</source>
        <translation>Corrige los eventos para ejecutar la vista previa.</translation>
    </message>
    <message>
        <source>No journey open.</source>
        <translation>No hay ningún recorrido abierto.</translation>
    </message>
    <message>
        <source>Not run: the journey has errors (see above).</source>
        <translation>No se ejecutó: el recorrido tiene errores (ver arriba).</translation>
    </message>
    <message>
        <source>One contact</source>
        <extracomment>Gives the store of a journey&apos;s samples (the window sets it to the library&apos;s).</extracomment>
        <translation>Un contacto</translation>
    </message>
    <message>
        <source>Preview inputs</source>
        <translation>Datos de la vista previa</translation>
    </message>
    <message>
        <source>Preview status</source>
        <translation>Estado de la vista previa</translation>
    </message>
    <message>
        <source>Run the preview</source>
        <translation>Ejecutar la vista previa</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Ejecutando…</translation>
    </message>
    <message>
        <source>S&amp;eed</source>
        <translation>&amp;Semilla</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>Ejemplo</translation>
    </message>
    <message>
        <source>Sample contact</source>
        <extracomment>Re-run this long after the last change of the journey or the inputs.</extracomment>
        <translation>Contacto de ejemplo</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Semilla</translation>
    </message>
    <message>
        <source>The seed of the random splits: the same seed takes the same branches</source>
        <translation>La semilla de las divisiones aleatorias: la misma semilla toma las mismas ramas</translation>
    </message>
    <message>
        <source>Walk the sample through the journey (Enter)</source>
        <translation>Pasar el ejemplo por el recorrido (Intro)</translation>
    </message>
    <message>
        <source>{count} of {total} contacts reached this step</source>
        <translation>{count} de {total} contactos llegaron a este paso</translation>
    </message>
    <message>
        <source>{count} of {total} contacts took this connection</source>
        <translation>{count} de {total} contactos tomaron esta conexión</translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n aviso</numerusform>
            <numerusform>%n avisos</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <source>Error: {code}</source>
        <translation>Error: {code}</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>No journey open.</source>
        <translation>No hay ningún recorrido abierto.</translation>
    </message>
    <message>
        <source>No problems</source>
        <extracomment>Journeys with this many steps or more are checked on a worker thread (below it a check takes a few ms, less than handing it over). GUI-thread time per turn of the event loop for copying the steps of a newly shown journey.
----------
(node keys, edge keys) a problem names: select them and centre the view on them. The problems after each check (for badges and the status bar).</extracomment>
        <translation>Sin problemas</translation>
    </message>
    <message>
        <source>No problems: every check passes.</source>
        <translation>Sin problemas: se superan todas las comprobaciones.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <source>Warning: {code}</source>
        <translation>Aviso: {code}</translation>
    </message>
</context>
<context>
    <name>PublishActions</name>
    <message>
        <source>Activate</source>
        <translation>Activar</translation>
    </message>
    <message>
        <source>Activate journey</source>
        <translation>Activar recorrido</translation>
    </message>
    <message>
        <source>Activate “{name}”?</source>
        <translation>¿Activar «{name}»?</translation>
    </message>
    <message>
        <source>Activating…</source>
        <translation>Activando…</translation>
    </message>
    <message>
        <source>An active journey cannot be deleted. Pause it (contacts already in it carry on) and then delete it from Flownally? Your copy moves to the library&apos;s trash.</source>
        <translation>Un recorrido activo no se puede eliminar. ¿Pausarlo (los contactos que ya están dentro continúan) y luego eliminarlo de Flownally? Tu copia pasa a la papelera de la biblioteca.</translation>
    </message>
    <message>
        <source>Contacts still in it will no longer be followed. Your copy moves to the library&apos;s trash, where you can restore it.</source>
        <translation>Los contactos que siguen dentro dejarán de avanzar. Tu copia pasa a la papelera de la biblioteca, donde puedes restaurarla.</translation>
    </message>
    <message>
        <source>Contacts who match its trigger will start entering the published version, and receive its messages.</source>
        <translation>Los contactos que cumplan su disparador empezarán a entrar en la versión publicada y recibirán sus mensajes.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete active journey</source>
        <translation>Eliminar recorrido activo</translation>
    </message>
    <message>
        <source>Delete journey</source>
        <translation>Eliminar recorrido</translation>
    </message>
    <message>
        <source>Delete “{name}” from Flownally?</source>
        <translation>¿Eliminar «{name}» de Flownally?</translation>
    </message>
    <message>
        <source>Deleted “{name}” from Flownally; your copy is in the trash</source>
        <translation>«{name}» eliminado de Flownally; tu copia está en la papelera</translation>
    </message>
    <message>
        <source>Deleting “{name}”</source>
        <translation>Eliminando «{name}»</translation>
    </message>
    <message>
        <source>New contacts stop entering it. Contacts already in it carry on to the end.</source>
        <translation>Los contactos nuevos dejan de entrar. Los que ya están dentro continúan hasta el final.</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>Pause and Delete</source>
        <translation>Pausar y eliminar</translation>
    </message>
    <message>
        <source>Pause journey</source>
        <translation>Pausar recorrido</translation>
    </message>
    <message>
        <source>Pause “{name}”?</source>
        <translation>¿Pausar «{name}»?</translation>
    </message>
    <message>
        <source>Pausing…</source>
        <translation>Pausando…</translation>
    </message>
    <message>
        <source>Published “{name}” (version {version})</source>
        <translation>«{name}» publicado (versión {version})</translation>
    </message>
    <message>
        <source>Publishing “{name}”</source>
        <translation>Publicando «{name}»</translation>
    </message>
    <message>
        <source>Pushed your edits and published “{name}” (version {version})</source>
        <translation>Cambios subidos y «{name}» publicado (versión {version})</translation>
    </message>
    <message>
        <source>Your copy moves to the library&apos;s trash, where you can restore it.</source>
        <translation>Tu copia pasa a la papelera de la biblioteca, donde puedes restaurarla.</translation>
    </message>
    <message>
        <source>activate it</source>
        <translation>activarlo</translation>
    </message>
    <message>
        <source>delete the journey</source>
        <translation>eliminar el recorrido</translation>
    </message>
    <message>
        <source>pause it</source>
        <translation>pausarlo</translation>
    </message>
    <message>
        <source>publish the journey</source>
        <translation>publicar el recorrido</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>“{name}” is active: contacts are going through it.</source>
        <translation>«{name}» está activo: hay contactos recorriéndolo.</translation>
    </message>
    <message>
        <source>“{name}” is live (now {status})</source>
        <translation>«{name}» está en marcha (ahora {status})</translation>
    </message>
    <message>
        <source>“{name}” is not on Flownally yet: push or publish it to activate it</source>
        <translation>«{name}» aún no está en Flownally: súbelo o publícalo para activarlo</translation>
    </message>
    <message>
        <source>“{name}” is not on Flownally yet: push or publish it to pause it</source>
        <translation>«{name}» aún no está en Flownally: súbelo o publícalo para pausarlo</translation>
    </message>
    <message>
        <source>“{name}” is not on Flownally yet: there is nothing to delete there</source>
        <translation>«{name}» aún no está en Flownally: allí no hay nada que eliminar</translation>
    </message>
    <message>
        <source>“{name}” is paused (now {status})</source>
        <translation>«{name}» está en pausa (ahora {status})</translation>
    </message>
    <message>
        <source>“{name}” was not published: it has errors</source>
        <extracomment>A sentence for the status bar. Something on the server changed because of us (the remote list may refresh). Only the server&apos;s copy changed: (library id, the server&apos;s copy) to offer to take. A journey was published: its library id (the versions panel refreshes).</extracomment>
        <translation>«{name}» no se publicó: tiene errores</translation>
    </message>
    <message>
        <source>“{name}” was not published: the server has a newer version</source>
        <translation>«{name}» no se publicó: el servidor tiene una versión más reciente</translation>
    </message>
</context>
<context>
    <name>PublishBlockedDialog</name>
    <message>
        <source>Cannot publish</source>
        <translation>No se puede publicar</translation>
    </message>
    <message>
        <source>Fix them and publish again. Nothing was sent to the server.</source>
        <translation>Corrígelos y vuelve a publicar. No se envió nada al servidor.</translation>
    </message>
    <message>
        <source>It gave these reasons:</source>
        <translation>Dio estos motivos:</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Motivos</translation>
    </message>
    <message>
        <source>Show Problems</source>
        <translation>Mostrar problemas</translation>
    </message>
    <message>
        <source>The server refused to publish “{name}”.</source>
        <translation>El servidor se negó a publicar «{name}».</translation>
    </message>
    <message numerus="yes">
        <source>“{name}” has %n error(s), so it was not published.</source>
        <translation>
            <numerusform>«{name}» tiene %n error, así que no se publicó.</numerusform>
            <numerusform>«{name}» tiene %n errores, así que no se publicó.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QueueButton</name>
    <message numerus="yes">
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n cambio pendiente</numerusform>
            <numerusform>%n cambios pendientes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused</source>
        <translation>
            <numerusform>%n rechazado</numerusform>
            <numerusform>%n rechazados</numerusform>
        </translation>
    </message>
    <message>
        <source>Activate “{name}”</source>
        <translation>Activar «{name}»</translation>
    </message>
    <message>
        <source>Changes waiting to be sent</source>
        <translation>Cambios pendientes de enviar</translation>
    </message>
    <message>
        <source>Click to send them now, retry or discard one.</source>
        <translation>Haz clic para enviarlos ahora, reintentar o descartar uno.</translation>
    </message>
    <message>
        <source>Delete “{name}” from Flownally</source>
        <translation>Eliminar «{name}» de Flownally</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Do not send this change</source>
        <translation>No enviar este cambio</translation>
    </message>
    <message>
        <source>Pause “{name}”</source>
        <translation>Pausar «{name}»</translation>
    </message>
    <message>
        <source>Publish “{name}”</source>
        <translation>Publicar «{name}»</translation>
    </message>
    <message>
        <source>Push “{name}”</source>
        <translation>Subir «{name}»</translation>
    </message>
    <message>
        <source>Refused: {reason}</source>
        <translation>Rechazado: {reason}</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Send Now</source>
        <translation>Enviar ahora</translation>
    </message>
    <message>
        <source>They are sent in this order when the connection returns.</source>
        <translation>Se envían en este orden cuando vuelva la conexión.</translation>
    </message>
    <message>
        <source>{change} — refused: {reason}</source>
        <translation>{change}: rechazado: {reason}</translation>
    </message>
</context>
<context>
    <name>RawJsonEditor</name>
    <message>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <source>Apply the JSON (Ctrl+Enter)</source>
        <translation>Aplicar el JSON (Ctrl+Intro)</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Not applied: the settings must be a JSON object ({ … }). Nothing was changed.</source>
        <translation>No se aplicó: los ajustes deben ser un objeto JSON ({ … }). No se cambió nada.</translation>
    </message>
    <message>
        <source>Not applied: the text is not valid JSON ({error} at line {line}, column {column}). Nothing was changed.</source>
        <translation>No se aplicó: el texto no es JSON válido ({error} en la línea {line}, columna {column}). No se cambió nada.</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Revertir</translation>
    </message>
    <message>
        <source>Show the data as it is now</source>
        <translation>Mostrar los datos como están ahora</translation>
    </message>
</context>
<context>
    <name>ReadOnlyBanner</name>
    <message>
        <source>Make this version the draft again (Undo takes it back)</source>
        <translation>Convertir de nuevo esta versión en el borrador (Deshacer lo revierte)</translation>
    </message>
    <message>
        <source>Restore as Draft</source>
        <extracomment>The text of the refused edit (&quot;Move 2 steps&quot;).</extracomment>
        <translation>Restaurar como borrador</translation>
    </message>
</context>
<context>
    <name>RefusalNotice</name>
    <message>
        <source>Changes the server refused</source>
        <translation>Cambios que rechazó el servidor</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Refused changes</source>
        <translation>Cambios rechazados</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message numerus="yes">
        <source>The server refused %n change(s) made while offline.</source>
        <translation>
            <numerusform>El servidor rechazó %n cambio hecho sin conexión.</numerusform>
            <numerusform>El servidor rechazó %n cambios hechos sin conexión.</numerusform>
        </translation>
    </message>
    <message>
        <source>They stay in the queue (status bar) until you retry or discard them.</source>
        <translation>Se quedan en la cola (barra de estado) hasta que los reintentes o los descartes.</translation>
    </message>
    <message>
        <source>{change}: {reason}</source>
        <translation>{change}: {reason}</translation>
    </message>
</context>
<context>
    <name>RemoteNewerBar</name>
    <message>
        <source>Close this notice</source>
        <translation>Cerrar este aviso</translation>
    </message>
    <message>
        <source>Decide later</source>
        <translation>Decidir más tarde</translation>
    </message>
    <message>
        <source>Keep Mine</source>
        <translation>Conservar la mía</translation>
    </message>
    <message>
        <source>Push your copy over the server&apos;s; their change is lost.</source>
        <translation>Subir tu copia sobre la del servidor; su cambio se pierde.</translation>
    </message>
    <message>
        <source>Show the server&apos;s copy here; Edit › Undo brings yours back.</source>
        <translation>Mostrar aquí la copia del servidor; Edición › Deshacer recupera la tuya.</translation>
    </message>
    <message>
        <source>Take Theirs</source>
        <translation>Tomar la suya</translation>
    </message>
    <message>
        <source>The server has a newer version</source>
        <translation>El servidor tiene una versión más reciente</translation>
    </message>
    <message>
        <source>The server has a newer version of this journey.</source>
        <translation>El servidor tiene una versión más reciente de este recorrido.</translation>
    </message>
</context>
<context>
    <name>RemotePanel</name>
    <message>
        <source>A practice server on this computer, with example journeys</source>
        <translation>Un servidor de práctica en este ordenador, con recorridos de ejemplo</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Changed {when}</source>
        <translation>Cambiado {when}</translation>
    </message>
    <message>
        <source>Journeys on Flownally</source>
        <translation>Recorridos en Flownally</translation>
    </message>
    <message>
        <source>List the journeys on Flownally again</source>
        <translation>Volver a listar los recorridos de Flownally</translation>
    </message>
    <message>
        <source>Listing progress</source>
        <translation>Progreso del listado</translation>
    </message>
    <message>
        <source>Loaded {count}</source>
        <translation>{count} cargados</translation>
    </message>
    <message>
        <source>Loaded {count} of {total}</source>
        <translation>{count} de {total} cargados</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>No journeys on Flownally yet.</source>
        <translation>Aún no hay recorridos en Flownally.</translation>
    </message>
    <message>
        <source>No password store found: you stay signed in until you quit.</source>
        <translation>No se encontró un almacén de contraseñas: seguirás con la sesión iniciada hasta que salgas.</translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation>Sin sesión iniciada.</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>Offline (showing the last list)</source>
        <translation>Sin conexión (se muestra la última lista)</translation>
    </message>
    <message>
        <source>On Flownally</source>
        <translation>En Flownally</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Sign In…</source>
        <translation>Iniciar sesión…</translation>
    </message>
    <message>
        <source>Sign in to see your Flownally journeys</source>
        <translation>Inicia sesión para ver tus recorridos de Flownally</translation>
    </message>
    <message>
        <source>Sign in to see your team&apos;s journeys on Flownally, push yours and publish them.</source>
        <translation>Inicia sesión para ver los recorridos de tu equipo en Flownally, subir los tuyos y publicarlos.</translation>
    </message>
    <message>
        <source>Stop listing (what has arrived stays)</source>
        <translation>Dejar de listar (lo que ya llegó se queda)</translation>
    </message>
    <message numerus="yes">
        <source>Stopped: %n journey(s) listed</source>
        <translation>
            <numerusform>Detenido: %n recorrido listado</numerusform>
            <numerusform>Detenido: %n recorridos listados</numerusform>
        </translation>
    </message>
    <message>
        <source>The list could not be loaded</source>
        <translation>No se pudo cargar la lista</translation>
    </message>
    <message>
        <source>Try the Sandbox</source>
        <translation>Probar el sandbox</translation>
    </message>
    <message>
        <source>{detail} · in your library</source>
        <translation>{detail} · en tu biblioteca</translation>
    </message>
</context>
<context>
    <name>RemoteWatch</name>
    <message>
        <source>Checking Flownally for changes</source>
        <extracomment>(first, longest) seconds between polls. (remote id, updatedAt) of every journey listed: unchanged lists mean a longer wait. (remote id, updatedAt) looked at in full this time (not read again while unchanged). One journey changed on the server: a :class:`RemoteChange`. The list on the server differs from the last poll&apos;s (the remote panel may refresh). A poll ended (for the curious: tests, the busy indicator). Seconds until the next poll.</extracomment>
        <translation>Buscando cambios en Flownally</translation>
    </message>
    <message>
        <source>check for changes</source>
        <translation>buscar cambios</translation>
    </message>
    <message>
        <source>{names} and {more} more changed on Flownally</source>
        <translation>{names} y {more} más cambiaron en Flownally</translation>
    </message>
    <message>
        <source>{names} changed on Flownally</source>
        <translation>{names} cambiaron en Flownally</translation>
    </message>
    <message>
        <source>“{name}” changed on Flownally</source>
        <translation>«{name}» cambió en Flownally</translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <source>%1 of %2 steps reached</source>
        <translation>%1 de %2 pasos alcanzados</translation>
    </message>
    <message>
        <source>%1 · ended at %2: %3</source>
        <translation>%1 · terminó en %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contacto</numerusform>
            <numerusform>%n contactos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n paso</numerusform>
            <numerusform>%n pasos</numerusform>
        </translation>
    </message>
    <message>
        <source>Contact at the end</source>
        <extracomment>A node key to select and centre (a timeline or exits row was activated).</extracomment>
        <translation>Contacto al final</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>Each exit step, how many contacts left there and after how long (median)</source>
        <translation>Cada paso de salida, cuántos contactos salieron por él y al cabo de cuánto (mediana)</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Final</translation>
    </message>
    <message>
        <source>Ends here · %1</source>
        <translation>Termina aquí · %1</translation>
    </message>
    <message>
        <source>Exit step</source>
        <translation>Paso de salida</translation>
    </message>
    <message>
        <source>Exits</source>
        <translation>Salidas</translation>
    </message>
    <message>
        <source>How the paths ended</source>
        <translation>Cómo terminaron los caminos</translation>
    </message>
    <message>
        <source>Median time</source>
        <translation>Tiempo mediano</translation>
    </message>
</context>
<context>
    <name>RulesEditor</name>
    <message>
        <source>No value needed</source>
        <translation>No hace falta valor</translation>
    </message>
    <message>
        <source>Remove rule</source>
        <translation>Quitar regla</translation>
    </message>
    <message>
        <source>Remove this rule</source>
        <translation>Quitar esta regla</translation>
    </message>
    <message>
        <source>Rule {number} field</source>
        <translation>Campo de la regla {number}</translation>
    </message>
    <message>
        <source>Rule {number} operator</source>
        <translation>Operador de la regla {number}</translation>
    </message>
    <message>
        <source>Rule {number} value</source>
        <translation>Valor de la regla {number}</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
</context>
<context>
    <name>SamplePicker</name>
    <message>
        <source>&amp;Sample</source>
        <extracomment>The user chose the sample at this index. &quot;new&quot;, &quot;duplicate&quot; or &quot;delete&quot;. The user renamed the current sample to this name.</extracomment>
        <translation>&amp;Ejemplo</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicar</translation>
    </message>
    <message>
        <source>Manage samples</source>
        <translation>Gestionar ejemplos</translation>
    </message>
    <message>
        <source>Name of the sample:</source>
        <translation>Nombre del ejemplo:</translation>
    </message>
    <message>
        <source>New Sample</source>
        <translation>Ejemplo nuevo</translation>
    </message>
    <message>
        <source>Rename Sample</source>
        <translation>Renombrar ejemplo</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Renombrar…</translation>
    </message>
    <message>
        <source>Sample contact</source>
        <translation>Contacto de ejemplo</translation>
    </message>
    <message>
        <source>Samples ▾</source>
        <translation>Ejemplos ▾</translation>
    </message>
    <message>
        <source>The named sample to preview</source>
        <translation>El ejemplo con nombre que se previsualiza</translation>
    </message>
    <message>
        <source>This journey is not in the library: its samples are kept for this session only.</source>
        <translation>Este recorrido no está en la biblioteca: sus ejemplos solo se conservan en esta sesión.</translation>
    </message>
</context>
<context>
    <name>SamplesMixin</name>
    <message>
        <source>Answers</source>
        <translation>Responde</translation>
    </message>
    <message>
        <source>Never answers</source>
        <translation>Nunca responde</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>Ejemplo</translation>
    </message>
    <message>
        <source>Sample contact</source>
        <extracomment>Step types an event can be scripted for.</extracomment>
        <translation>Contacto de ejemplo</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Add the step after the selected one</source>
        <translation>Añadir el paso después del seleccionado</translation>
    </message>
    <message>
        <source>Alt+1, Alt+3, Alt+4</source>
        <translation>Alt+1, Alt+3, Alt+4</translation>
    </message>
    <message>
        <source>Alt+arrow keys</source>
        <translation>Alt+flechas</translation>
    </message>
    <message>
        <source>Arrow keys (Shift: 4 grid steps)</source>
        <translation>Flechas (Mayús: 4 pasos de cuadrícula)</translation>
    </message>
    <message>
        <source>Cancel a connection, clear the selection</source>
        <translation>Cancelar una conexión, quitar la selección</translation>
    </message>
    <message>
        <source>Canvas</source>
        <translation>Lienzo</translation>
    </message>
    <message>
        <source>Edit the focused step in the inspector</source>
        <translation>Editar el paso con el foco en propiedades</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Intro</translation>
    </message>
    <message>
        <source>Enter, Shift+Enter</source>
        <translation>Intro, Mayús+Intro</translation>
    </message>
    <message>
        <source>Enter, double-click</source>
        <translation>Intro, doble clic</translation>
    </message>
    <message>
        <source>Escape</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Find bar</source>
        <translation>Barra de búsqueda</translation>
    </message>
    <message>
        <source>Go to a step type / to the filter box</source>
        <translation>Ir a un tipo de paso / al cuadro de filtro</translation>
    </message>
    <message>
        <source>Go to the nearest step that way</source>
        <translation>Ir al paso más cercano en esa dirección</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>Leave the canvas (Tab stays on it)</source>
        <translation>Salir del lienzo (Tab se queda en él)</translation>
    </message>
    <message>
        <source>Mouse wheel</source>
        <translation>Rueda del ratón</translation>
    </message>
    <message>
        <source>Move the selected steps</source>
        <translation>Mover los pasos seleccionados</translation>
    </message>
    <message>
        <source>Next / previous match</source>
        <translation>Coincidencia siguiente / anterior</translation>
    </message>
    <message>
        <source>Pan</source>
        <translation>Desplazar</translation>
    </message>
    <message>
        <source>Problems panel</source>
        <translation>Panel de problemas</translation>
    </message>
    <message>
        <source>Select the step and show it on the canvas</source>
        <translation>Seleccionar el paso y mostrarlo en el lienzo</translation>
    </message>
    <message>
        <source>Space+drag, middle-drag</source>
        <translation>Espacio+arrastrar, arrastrar con el botón central</translation>
    </message>
    <message>
        <source>Steps panel</source>
        <translation>Panel de pasos</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Mayús+Tab</translation>
    </message>
    <message>
        <source>Type its name / Shift+Tab</source>
        <translation>Escribe su nombre / Mayús+Tab</translation>
    </message>
    <message>
        <source>Walk the steps (the focused one is selected)</source>
        <translation>Recorrer los pasos (el que tiene el foco queda seleccionado)</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>Zoom around the cursor</source>
        <translation>Zoom en torno al cursor</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Perfil:</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <source>A name for this sign-in, e.g. “work” or “staging”</source>
        <translation>Un nombre para este inicio de sesión, p. ej. «trabajo» o «pruebas»</translation>
    </message>
    <message>
        <source>A practice server on this computer with example journeys; nothing leaves it</source>
        <translation>Un servidor de práctica en este ordenador con recorridos de ejemplo; nada sale de él</translation>
    </message>
    <message>
        <source>API &amp;token:</source>
        <translation>&amp;Token de API:</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>Token de API</translation>
    </message>
    <message>
        <source>Checking the token with the server…</source>
        <translation>Comprobando el token con el servidor…</translation>
    </message>
    <message>
        <source>Could not reach {url}. Check the address and your connection.</source>
        <translation>No se pudo acceder a {url}. Comprueba la dirección y tu conexión.</translation>
    </message>
    <message>
        <source>Keep for this session only</source>
        <translation>Conservar solo en esta sesión</translation>
    </message>
    <message>
        <source>Keep the token in memory until Journey Builder quits, not in the keyring</source>
        <translation>Guardar el token en memoria hasta cerrar Journey Builder, no en el llavero</translation>
    </message>
    <message>
        <source>Not signed in yet: choose “Keep for this session only” and sign in again.</source>
        <translation>Aún sin sesión: elige «Conservar solo en esta sesión» e inicia sesión de nuevo.</translation>
    </message>
    <message>
        <source>Paste your API token</source>
        <translation>Pega tu token de API</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Nombre del perfil</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Dirección del servidor</translation>
    </message>
    <message>
        <source>Sign In</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>Sign in to Flownally</source>
        <translation>Iniciar sesión en Flownally</translation>
    </message>
    <message>
        <source>Sign in with an API token of your Flownally account to push, publish and run your journeys. Your journeys stay in the library whether or not you sign in.</source>
        <translation>Inicia sesión con un token de API de tu cuenta de Flownally para subir, publicar y poner en marcha tus recorridos. Tus recorridos se quedan en la biblioteca tanto si inicias sesión como si no.</translation>
    </message>
    <message>
        <source>Signing in failed ({error}).</source>
        <translation>No se pudo iniciar sesión ({error}).</translation>
    </message>
    <message>
        <source>The server did not accept this token. Check that you copied all of it.</source>
        <translation>El servidor no aceptó este token. Comprueba que lo copiaste entero.</translation>
    </message>
    <message>
        <source>The token works but lacks a permission: {permission}.</source>
        <translation>El token funciona, pero le falta un permiso: {permission}.</translation>
    </message>
    <message>
        <source>This computer has no usable keyring, so your token cannot be stored safely. Journey Builder never keeps tokens in plain text. You can keep it for this session only (you will be asked again next time), or set {token} and {server} in the environment.</source>
        <translation>Este ordenador no tiene un llavero utilizable, así que tu token no se puede guardar de forma segura. Journey Builder nunca guarda tokens en texto plano. Puedes conservarlo solo en esta sesión (se te volverá a pedir la próxima vez) o definir {token} y {server} en el entorno.</translation>
    </message>
    <message>
        <source>Try the Sandbox</source>
        <translation>Probar el sandbox</translation>
    </message>
</context>
<context>
    <name>Simulation</name>
    <message>
        <source>&apos;{event}&apos; event (not an event type a script can hold)</source>
        <translation>evento &apos;{event}&apos; (no es un tipo de evento que pueda tener un guion)</translation>
    </message>
    <message>
        <source>&apos;{operator}&apos; is not an operator</source>
        <translation>&apos;{operator}&apos; no es un operador</translation>
    </message>
    <message>
        <source>&apos;{step}&apos; has no branch to draw (each needs an id and a percent above 0).</source>
        <translation>&apos;{step}&apos; no tiene ninguna rama que sortear (cada una necesita un id y un porcentaje mayor que 0).</translation>
    </message>
    <message>
        <source>&apos;{step}&apos; jumps to &apos;{target}&apos;, which is not a step of this journey.</source>
        <translation>&apos;{step}&apos; salta a &apos;{target}&apos;, que no es un paso de este recorrido.</translation>
    </message>
    <message>
        <source>&apos;{step}&apos; names no step to jump to.</source>
        <translation>&apos;{step}&apos; no indica ningún paso al que saltar.</translation>
    </message>
    <message>
        <source>&apos;{type}&apos; is a step type the simulator does not know: the contact stops here.</source>
        <translation>&apos;{type}&apos; es un tipo de paso que el simulador no conoce: el contacto se detiene aquí.</translation>
    </message>
    <message>
        <source>Added tag {tags}</source>
        <translation>Etiqueta {tags} añadida</translation>
    </message>
    <message>
        <source>Added tags {tags}</source>
        <translation>Etiquetas {tags} añadidas</translation>
    </message>
    <message>
        <source>Already had {tags}.</source>
        <translation>Ya tenía {tags}.</translation>
    </message>
    <message>
        <source>Already jumped {count} time to &apos;{step}&apos;: the contact exits.</source>
        <translation>Ya saltó {count} vez a &apos;{step}&apos;: el contacto sale.</translation>
    </message>
    <message>
        <source>Already jumped {count} times to &apos;{step}&apos;: the contact exits.</source>
        <translation>Ya saltó {count} veces a &apos;{step}&apos;: el contacto sale.</translation>
    </message>
    <message>
        <source>Answered at {at}.</source>
        <translation>Respondió en {at}.</translation>
    </message>
    <message>
        <source>Answered {value} at {at}.</source>
        <translation>Respondió {value} en {at}.</translation>
    </message>
    <message>
        <source>Answered {value} at {at}; saved to field &apos;{field}&apos;.</source>
        <translation>Respondió {value} en {at}; guardado en el campo &apos;{field}&apos;.</translation>
    </message>
    <message>
        <source>Assigned: {summary}.</source>
        <translation>Asignado: {summary}.</translation>
    </message>
    <message>
        <source>Changed nothing: {problem}.</source>
        <translation>No cambió nada: {problem}.</translation>
    </message>
    <message>
        <source>Cleared {field} (was {value}).</source>
        <translation>{field} vaciado (antes: {value}).</translation>
    </message>
    <message>
        <source>Did not enter: the trigger&apos;s conditions do not match ({why}).</source>
        <translation>No entró: las condiciones del disparador no se cumplen ({why}).</translation>
    </message>
    <message>
        <source>Did not have {tags}.</source>
        <translation>No tenía {tags}.</translation>
    </message>
    <message>
        <source>Entered: the trigger has no conditions.</source>
        <translation>Entró: el disparador no tiene condiciones.</translation>
    </message>
    <message>
        <source>Entered: the trigger&apos;s conditions match ({why}).</source>
        <translation>Entró: las condiciones del disparador se cumplen ({why}).</translation>
    </message>
    <message>
        <source>Event: {event} at {at}.</source>
        <translation>Evento: {event} en {at}.</translation>
    </message>
    <message>
        <source>Event: {event} at {at}; its conditions hold ({why}).</source>
        <translation>Evento: {event} en {at}; sus condiciones se cumplen ({why}).</translation>
    </message>
    <message>
        <source>Exit: the end of the journey.</source>
        <translation>Salida: el final del recorrido.</translation>
    </message>
    <message>
        <source>Exit: {reason}.</source>
        <translation>Salida: {reason}.</translation>
    </message>
    <message>
        <source>Failure: the script fails this request (event {number} of the script).</source>
        <translation>Fallo: el guion hace fallar esta solicitud (evento {number} del guion).</translation>
    </message>
    <message>
        <source>Increased {field} by {amount}: {before} → {after}.</source>
        <translation>{field} incrementado en {amount}: {before} → {after}.</translation>
    </message>
    <message>
        <source>Jump {count} of {most} to &apos;{step}&apos; ({id}) (maxJumps is not a whole number ≥ 1: counted as 1).</source>
        <translation>Salto {count} de {most} a &apos;{step}&apos; ({id}) (maxJumps no es un número entero ≥ 1: se cuenta como 1).</translation>
    </message>
    <message>
        <source>Jump {count} of {most} to &apos;{step}&apos; ({id}).</source>
        <translation>Salto {count} de {most} a &apos;{step}&apos; ({id}).</translation>
    </message>
    <message>
        <source>No time passed: the delay has no valid amount and unit.</source>
        <translation>No pasó el tiempo: la espera no tiene una cantidad y unidad válidas.</translation>
    </message>
    <message>
        <source>No: {why}.</source>
        <translation>No: {why}.</translation>
    </message>
    <message>
        <source>Nothing is connected to output &apos;{output}&apos; of &apos;{step}&apos;: the journey silently ends here.</source>
        <translation>No hay nada conectado a la salida &apos;{output}&apos; de &apos;{step}&apos;: el recorrido termina aquí sin avisar.</translation>
    </message>
    <message>
        <source>Nothing is connected to the output of &apos;{step}&apos;: the journey silently ends here.</source>
        <translation>No hay nada conectado a la salida de &apos;{step}&apos;: el recorrido termina aquí sin avisar.</translation>
    </message>
    <message>
        <source>Removed tag {tags}</source>
        <translation>Etiqueta {tags} quitada</translation>
    </message>
    <message>
        <source>Removed tags {tags}</source>
        <translation>Etiquetas {tags} quitadas</translation>
    </message>
    <message>
        <source>Sent: {summary}.</source>
        <translation>Enviado: {summary}.</translation>
    </message>
    <message>
        <source>Set {field} to {value}.</source>
        <translation>{field} establecido en {value}.</translation>
    </message>
    <message>
        <source>Still waiting at &apos;{step}&apos; when the simulation ends at {at} (its horizon).</source>
        <translation>Sigue esperando en &apos;{step}&apos; cuando la simulación termina en {at} (su horizonte).</translation>
    </message>
    <message>
        <source>Stopped after {count} steps: the path seems to loop without end.</source>
        <translation>Detenido tras {count} pasos: el camino parece dar vueltas sin fin.</translation>
    </message>
    <message>
        <source>Stopped: &apos;{type}&apos; is a step type the simulator does not know.</source>
        <translation>Detenido: &apos;{type}&apos; es un tipo de paso que el simulador no conoce.</translation>
    </message>
    <message>
        <source>Success: the script does not fail this request.</source>
        <translation>Éxito: el guion no hace fallar esta solicitud.</translation>
    </message>
    <message>
        <source>The connection from output &apos;{output}&apos; of &apos;{step}&apos; leads to &apos;{target}&apos;, which is not a step of this journey.</source>
        <translation>La conexión desde la salida &apos;{output}&apos; de &apos;{step}&apos; lleva a &apos;{target}&apos;, que no es un paso de este recorrido.</translation>
    </message>
    <message>
        <source>The connection from output &apos;{output}&apos; of &apos;{step}&apos; leads to nowhere.</source>
        <translation>La conexión desde la salida &apos;{output}&apos; de &apos;{step}&apos; no lleva a ninguna parte.</translation>
    </message>
    <message>
        <source>The connection from the output of &apos;{step}&apos; leads to &apos;{target}&apos;, which is not a step of this journey.</source>
        <translation>La conexión desde la salida de &apos;{step}&apos; lleva a &apos;{target}&apos;, que no es un paso de este recorrido.</translation>
    </message>
    <message>
        <source>The connection from the output of &apos;{step}&apos; leads to nowhere.</source>
        <translation>La conexión desde la salida de &apos;{step}&apos; no lleva a ninguna parte.</translation>
    </message>
    <message>
        <source>The contact left the journey.</source>
        <translation>El contacto salió del recorrido.</translation>
    </message>
    <message>
        <source>The contact left the journey: {reason}.</source>
        <translation>El contacto salió del recorrido: {reason}.</translation>
    </message>
    <message>
        <source>The draw with seed {seed} chose &apos;{branch}&apos; ({percent}%).</source>
        <translation>El sorteo con semilla {seed} eligió &apos;{branch}&apos; ({percent} %).</translation>
    </message>
    <message>
        <source>The journey has no start step, so no contact can enter it.</source>
        <translation>El recorrido no tiene paso de inicio, así que ningún contacto puede entrar.</translation>
    </message>
    <message>
        <source>Timeout: no answer within {wait}, so it timed out at {at}</source>
        <translation>Tiempo agotado: en {wait} no hubo respuesta, así que se agotó en {at}</translation>
    </message>
    <message>
        <source>Timeout: no {event} within {wait}, so it timed out at {at}</source>
        <translation>Tiempo agotado: en {wait} no ocurrió «{event}», así que se agotó en {at}</translation>
    </message>
    <message>
        <source>Waited {duration}, until {at}.</source>
        <translation>Esperó {duration}, hasta {at}.</translation>
    </message>
    <message>
        <source>Waiting, with no valid timeout to end the wait.</source>
        <translation>Esperando, sin un tiempo límite válido que termine la espera.</translation>
    </message>
    <message>
        <source>Waiting: the delay ends at {at}.</source>
        <translation>Esperando: la espera termina en {at}.</translation>
    </message>
    <message>
        <source>Waiting: the timeout ends at {at}.</source>
        <translation>Esperando: el tiempo límite termina en {at}.</translation>
    </message>
    <message>
        <source>Yes: {why}.</source>
        <translation>Sí: {why}.</translation>
    </message>
    <message>
        <source>all {count} rules hold</source>
        <translation>se cumplen las {count} reglas</translation>
    </message>
    <message>
        <source>already had {tags}</source>
        <translation>ya tenía {tags}</translation>
    </message>
    <message>
        <source>conversation closed</source>
        <translation>conversación cerrada</translation>
    </message>
    <message>
        <source>custom event &apos;{name}&apos;</source>
        <translation>evento personalizado &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>did not have {tags}</source>
        <translation>no tenía {tags}</translation>
    </message>
    <message>
        <source>field updated</source>
        <translation>campo actualizado</translation>
    </message>
    <message>
        <source>it is not a rule object</source>
        <translation>no es un objeto de regla</translation>
    </message>
    <message>
        <source>it names no field</source>
        <translation>no indica ningún campo</translation>
    </message>
    <message>
        <source>it names no tag</source>
        <translation>no indica ninguna etiqueta</translation>
    </message>
    <message>
        <source>message received</source>
        <translation>mensaje recibido</translation>
    </message>
    <message>
        <source>no time</source>
        <translation>ningún tiempo</translation>
    </message>
    <message>
        <source>none of the {count} rules holds</source>
        <translation>no se cumple ninguna de las {count} reglas</translation>
    </message>
    <message>
        <source>not set</source>
        <extracomment>The translation context of the simulator&apos;s reasons.</extracomment>
        <translation>sin valor</translation>
    </message>
    <message>
        <source>rule {number}, {text}</source>
        <translation>regla {number}, {text}</translation>
    </message>
    <message>
        <source>tag added</source>
        <translation>etiqueta añadida</translation>
    </message>
    <message>
        <source>the action is not add or remove</source>
        <translation>la acción no es añadir ni quitar</translation>
    </message>
    <message>
        <source>the action is not set, clear or increment</source>
        <translation>la acción no es establecer, vaciar ni incrementar</translation>
    </message>
    <message>
        <source>the amount to increase by is not a number</source>
        <translation>la cantidad que sumar no es un número</translation>
    </message>
    <message>
        <source>the step has no value to set</source>
        <translation>el paso no tiene ningún valor que establecer</translation>
    </message>
    <message>
        <source>the step names no field</source>
        <extracomment>How far a simulation looks ahead, in seconds, unless told otherwise: a year. The guard against endless loops: a path longer than this ends ``step_limit``. What a walk records per step: (step index, handle, time, edge index, reason recipe).</extracomment>
        <translation>el paso no indica ningún campo</translation>
    </message>
    <message>
        <source>the step names no tags</source>
        <translation>el paso no indica ninguna etiqueta</translation>
    </message>
    <message>
        <source>there are no rules</source>
        <translation>no hay reglas</translation>
    </message>
    <message>
        <source>{count} day</source>
        <extracomment>(seconds, one, other) of the units a duration is told in.</extracomment>
        <translation>{count} día</translation>
    </message>
    <message>
        <source>{count} days</source>
        <translation>{count} días</translation>
    </message>
    <message>
        <source>{count} hour</source>
        <translation>{count} hora</translation>
    </message>
    <message>
        <source>{count} hours</source>
        <translation>{count} horas</translation>
    </message>
    <message>
        <source>{count} minute</source>
        <translation>{count} minuto</translation>
    </message>
    <message>
        <source>{count} minutes</source>
        <translation>{count} minutos</translation>
    </message>
    <message>
        <source>{count} second</source>
        <translation>{count} segundo</translation>
    </message>
    <message>
        <source>{count} seconds</source>
        <translation>{count} segundos</translation>
    </message>
    <message>
        <source>{count} such event did not meet the conditions: {why}</source>
        <translation>{count} evento así no cumplió las condiciones: {why}</translation>
    </message>
    <message>
        <source>{count} such events did not meet the conditions: {why}</source>
        <translation>{count} eventos así no cumplieron las condiciones: {why}</translation>
    </message>
    <message>
        <source>{field} holds {value}, not a number to increase</source>
        <extracomment>What a walk may ask when no scripted event answers a step: ``(step, now, deadline)`` gives an event to add to the script (``at`` after ``now``; an http_failure at ``now``) or None. Position of each sorted event in the script as written (for &quot;event 3 of the script&quot;). Whether any event changes the contact (tag_added, field_updated).</extracomment>
        <translation>{field} contiene {value}, no un número que incrementar</translation>
    </message>
    <message>
        <source>{field} is {value}</source>
        <translation>{field}: {value}</translation>
    </message>
    <message>
        <source>{rule}, does not hold</source>
        <translation>{rule}, no se cumple</translation>
    </message>
    <message>
        <source>{rule}, holds</source>
        <translation>{rule}, se cumple</translation>
    </message>
    <message>
        <source>{rule}, is broken: {why}</source>
        <translation>{rule}, está rota: {why}</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>Already up to date: “{name}”</source>
        <translation>Ya está al día: «{name}»</translation>
    </message>
    <message>
        <source>Ask an admin for a token with that scope, then sign in with it (Account › Sign In).</source>
        <translation>Pide a un administrador un token con ese alcance e inicia sesión con él (Cuenta › Iniciar sesión).</translation>
    </message>
    <message>
        <source>Could not {action}</source>
        <translation>No se pudo {action}</translation>
    </message>
    <message>
        <source>Journey not on the server</source>
        <translation>El recorrido no está en el servidor</translation>
    </message>
    <message>
        <source>Listing journeys on Flownally</source>
        <translation>Listando recorridos en Flownally</translation>
    </message>
    <message>
        <source>Merged both copies and pushed “{name}”</source>
        <translation>Se combinaron ambas copias y se subió «{name}»</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>No permitido</translation>
    </message>
    <message>
        <source>Nothing newer on the server for “{name}”; your edits are not pushed yet</source>
        <translation>No hay nada más reciente en el servidor para «{name}»; tus cambios aún no se han subido</translation>
    </message>
    <message>
        <source>Offline: could not {action} — your work is saved in the library. ({problem})</source>
        <translation>Sin conexión: no se pudo {action}; tu trabajo está guardado en la biblioteca. ({problem})</translation>
    </message>
    <message>
        <source>Opened “{name}” from Flownally</source>
        <translation>«{name}» abierto desde Flownally</translation>
    </message>
    <message>
        <source>Opening “{name}”</source>
        <translation>Abriendo «{name}»</translation>
    </message>
    <message>
        <source>Push as New</source>
        <translation>Subir como nuevo</translation>
    </message>
    <message>
        <source>Push your copy as a new journey?</source>
        <translation>¿Subir tu copia como un recorrido nuevo?</translation>
    </message>
    <message>
        <source>Pushed “{name}”</source>
        <translation>«{name}» subido</translation>
    </message>
    <message>
        <source>Pushed “{name}” as a new journey</source>
        <translation>«{name}» subido como recorrido nuevo</translation>
    </message>
    <message>
        <source>Pushing “{name}”</source>
        <translation>Subiendo «{name}»</translation>
    </message>
    <message>
        <source>Pushing “{name}” as new</source>
        <translation>Subiendo «{name}» como nuevo</translation>
    </message>
    <message>
        <source>Sign In…</source>
        <translation>Iniciar sesión…</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>Volver a iniciar sesión</translation>
    </message>
    <message>
        <source>Sign in again to keep working with journeys on Flownally. Your work is saved in the library.</source>
        <translation>Vuelve a iniciar sesión para seguir trabajando con recorridos en Flownally. Tu trabajo está guardado en la biblioteca.</translation>
    </message>
    <message>
        <source>Stopped: {action}</source>
        <translation>Detenido: {action}</translation>
    </message>
    <message>
        <source>The connection broke while the request was sent; it may have happened. Check the journey on Flownally before trying again. ({problem})</source>
        <translation>La conexión se cortó mientras se enviaba la petición; puede que se haya realizado. Revisa el recorrido en Flownally antes de volver a intentarlo. ({problem})</translation>
    </message>
    <message>
        <source>The latest edits could not be saved to the library ({problem})</source>
        <translation>Los últimos cambios no se pudieron guardar en la biblioteca ({problem})</translation>
    </message>
    <message>
        <source>The server has a newer version of “{name}”; nothing was sent</source>
        <translation>El servidor tiene una versión más reciente de «{name}»; no se envió nada</translation>
    </message>
    <message>
        <source>The server is busy: could not {action}</source>
        <translation>El servidor está ocupado: no se pudo {action}</translation>
    </message>
    <message>
        <source>The server refused to {action}</source>
        <translation>El servidor se negó a {action}</translation>
    </message>
    <message>
        <source>Update from the server</source>
        <translation>Actualizar desde el servidor</translation>
    </message>
    <message>
        <source>Updated “{name}” from the server</source>
        <translation>«{name}» actualizado desde el servidor</translation>
    </message>
    <message>
        <source>Updating “{name}”</source>
        <translation>Actualizando «{name}»</translation>
    </message>
    <message>
        <source>Your sign-in for “{profile}” is no longer valid ({reason}).</source>
        <translation>Tu sesión de «{profile}» ya no es válida ({reason}).</translation>
    </message>
    <message>
        <source>Your sign-in is no longer valid: sign in again to sync</source>
        <translation>Tu sesión ya no es válida: vuelve a iniciar sesión para sincronizar</translation>
    </message>
    <message>
        <source>Your token cannot {action}: it lacks the permission {scope}.</source>
        <translation>Tu token no puede {action}: le falta el permiso {scope}.</translation>
    </message>
    <message>
        <source>a scope it does not have</source>
        <translation>un alcance que no tiene</translation>
    </message>
    <message>
        <source>list the journeys</source>
        <translation>listar los recorridos</translation>
    </message>
    <message>
        <source>open the journey</source>
        <translation>abrir el recorrido</translation>
    </message>
    <message>
        <source>push</source>
        <translation>subir</translation>
    </message>
    <message>
        <source>push the journey</source>
        <translation>subir el recorrido</translation>
    </message>
    <message>
        <source>the token was refused</source>
        <translation>se rechazó el token</translation>
    </message>
    <message>
        <source>update the journey</source>
        <translation>actualizar el recorrido</translation>
    </message>
    <message>
        <source>{message} (HTTP {status})</source>
        <translation>{message} (HTTP {status})</translation>
    </message>
    <message>
        <source>{task}…</source>
        <extracomment>What a remote task&apos;s function gets: a client for its thread, and its context. The user must sign in (again): the profile to prefill, and why. Both copies changed: a :class:`sync_work.Conflict` to show and resolve. The open conflict dialog of each journey (kept by :mod:`.conflicts`). The offline queue, when attached: actions wait there while offline.</extracomment>
        <translation>{task}…</translation>
    </message>
    <message>
        <source>“{name}” changed on the server too</source>
        <translation>«{name}» también cambió en el servidor</translation>
    </message>
    <message>
        <source>“{name}” is no longer on Flownally: it was deleted there.</source>
        <translation>«{name}» ya no está en Flownally: se eliminó allí.</translation>
    </message>
    <message>
        <source>“{name}” was not pushed</source>
        <translation>«{name}» no se subió</translation>
    </message>
</context>
<context>
    <name>SyncWork</name>
    <message>
        <source>“{name}” has never been pushed, so there is nothing to pull.</source>
        <extracomment>The remote journey no longer exists (deleted on the server). Only the server&apos;s content changed: nothing was sent; ``document`` is the server&apos;s copy. How mine and theirs stood (see :class:`SyncCase`); the push sent a merge. The server&apos;s copy is newer and yours unchanged: nothing was published.</extracomment>
        <translation>«{name}» nunca se ha subido, así que no hay nada que descargar.</translation>
    </message>
    <message>
        <source>“{name}” has never been pushed; there is nothing to keep both of.</source>
        <translation>«{name}» nunca se ha subido; no hay dos copias que conservar.</translation>
    </message>
    <message>
        <source>“{name}” is no longer on the server; push it as a new journey first</source>
        <translation>«{name}» ya no está en el servidor; súbelo primero como recorrido nuevo</translation>
    </message>
    <message>
        <source>“{name}” is not on the server yet; push or publish it first.</source>
        <translation>«{name}» aún no está en el servidor; súbelo o publícalo primero.</translation>
    </message>
    <message>
        <source>“{name}” is not on the server; there is nothing to delete.</source>
        <translation>«{name}» no está en el servidor; no hay nada que eliminar.</translation>
    </message>
</context>
<context>
    <name>TagsEditor</name>
    <message>
        <source>Add a name and press Enter</source>
        <translation>Escribe un nombre y pulsa Intro</translation>
    </message>
</context>
<context>
    <name>TemplateCard</name>
    <message>
        <source>Template: {title}</source>
        <extracomment>Three cards wide: the buttons above line up with the gallery&apos;s edges. The picture&apos;s own background: the well around it takes that colour, so the picture sits on a seamless tile (a light &quot;page&quot; in the dark theme too).</extracomment>
        <translation>Plantilla: {title}</translation>
    </message>
</context>
<context>
    <name>Templates</name>
    <message>
        <source>Abandoned cart</source>
        <translation>Carrito abandonado</translation>
    </message>
    <message>
        <source>An hour after a conversation closes, ask for a 1 to 5 rating. Happy contacts are invited to leave a review; low scores go back to the customer care team with the conversation reopened.</source>
        <translation>Una hora después de cerrarse una conversación, pide una valoración del 1 al 5. A los contactos contentos se les invita a dejar una reseña; las puntuaciones bajas vuelven al equipo de atención al cliente con la conversación reabierta.</translation>
    </message>
    <message>
        <source>Conversation follow-up</source>
        <translation>Seguimiento de conversación</translation>
    </message>
    <message>
        <source>Greet new contacts with a welcome discount, tell your story two days later and remind them before the offer ends. Contacts who order along the way are tagged as customers and leave early.</source>
        <translation>Da la bienvenida a los contactos nuevos con un descuento, cuenta tu historia dos días después y recuérdales la oferta antes de que termine. Los contactos que compran por el camino se etiquetan como clientes y salen antes.</translation>
    </message>
    <message>
        <source>Post-purchase follow-up</source>
        <translation>Seguimiento poscompra</translation>
    </message>
    <message>
        <source>Re-engagement</source>
        <translation>Reactivación</translation>
    </message>
    <message>
        <source>Thank customers when their order arrives and ask how happy they are: low ratings go straight to customer care. A week later, first-time buyers are asked for a review (an A/B test of email against SMS) and repeat customers get early access to the next launch.</source>
        <translation>Da las gracias a los clientes cuando llega su pedido y pregúntales lo contentos que están: las valoraciones bajas van directas a atención al cliente. Una semana después, a quienes compran por primera vez se les pide una reseña (una prueba A/B de email frente a SMS) y los clientes habituales obtienen acceso anticipado al próximo lanzamiento.</translation>
    </message>
    <message>
        <source>Welcome series</source>
        <extracomment>The translation context of the templates&apos; titles and descriptions. Every title and description of ``templates/index.json``, in the index&apos;s order.</extracomment>
        <translation>Serie de bienvenida</translation>
    </message>
    <message>
        <source>When a cart is abandoned, wait an hour for the order, then send an email reminder. Still no order after a day? SMS subscribers get a nudge, everyone else a 10% discount email.</source>
        <translation>Cuando se abandona un carrito, espera una hora al pedido y luego envía un recordatorio por email. ¿Sigue sin pedido al cabo de un día? Los suscriptores de SMS reciben un empujoncito y los demás, un email con un 10 % de descuento.</translation>
    </message>
    <message>
        <source>Win back contacts tagged as inactive for 90 days with a 20% offer and a last call. Those who order are untagged; those who do not are marked dormant and moved to a sunset list.</source>
        <translation>Recupera a los contactos etiquetados como inactivos durante 90 días con una oferta del 20 % y un último aviso. A quienes compran se les quita la etiqueta; a quienes no, se les marca como dormidos y pasan a una lista de baja.</translation>
    </message>
</context>
<context>
    <name>ThreeWayView</name>
    <message>
        <source>Both copies changed this: {reason}</source>
        <translation>Ambas copias cambiaron esto: {reason}</translation>
    </message>
    <message>
        <source>Changes in your copy and on the server</source>
        <translation>Cambios en tu copia y en el servidor</translation>
    </message>
    <message>
        <source>Connections: {changed} changed</source>
        <translation>Conexiones: {changed} cambiadas</translation>
    </message>
    <message>
        <source>Entry mode</source>
        <translation>Modo de entrada</translation>
    </message>
    <message>
        <source>Journey settings</source>
        <translation>Configuración del recorrido</translation>
    </message>
    <message>
        <source>Last synced</source>
        <translation>Última sincronización</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>On the server</source>
        <translation>En el servidor</translation>
    </message>
    <message>
        <source>Steps: {changed} of {total} changed</source>
        <translation>Pasos: {changed} de {total} cambiados</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Disparador</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>La tuya</translation>
    </message>
    <message>
        <source>added</source>
        <translation>añadido</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>cambiado</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>conectado</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>movido</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>eliminado</translation>
    </message>
    <message>
        <source>the step was changed in both copies</source>
        <translation>el paso se cambió en ambas copias</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>sin cambios</translation>
    </message>
    <message>
        <source>where this output leads was changed in both copies</source>
        <translation>adónde lleva esta salida se cambió en ambas copias</translation>
    </message>
    <message>
        <source>{source} ({output}) → {target}</source>
        <translation>{source} ({output}) → {target}</translation>
    </message>
    <message>
        <source>{source} → {target}</source>
        <translation>{source} → {target}</translation>
    </message>
    <message>
        <source>{title} ({id})</source>
        <translation>{title} ({id})</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>TimelineList</name>
    <message>
        <source>The steps the contact took, in order; Enter shows the step on the canvas</source>
        <translation>Los pasos que dio el contacto, en orden; Intro muestra el paso en el lienzo</translation>
    </message>
    <message>
        <source>Timeline</source>
        <extracomment>The node key of the row clicked or entered.</extracomment>
        <translation>Cronología</translation>
    </message>
</context>
<context>
    <name>TimeoutEditor</name>
    <message>
        <source>{field} unit</source>
        <translation>Unidad de {field}</translation>
    </message>
</context>
<context>
    <name>TriggerEditor</name>
    <message>
        <source>A trigger type this app does not know: its settings are kept as they are.</source>
        <translation>Un tipo de disparador que esta aplicación no conoce: sus ajustes se conservan tal cual.</translation>
    </message>
    <message>
        <source>Choose what starts the journey…</source>
        <translation>Elige qué inicia el recorrido…</translation>
    </message>
    <message>
        <source>Conditions (JSON)</source>
        <translation>Condiciones (JSON)</translation>
    </message>
    <message>
        <source>Trigger conditions</source>
        <translation>Condiciones del disparador</translation>
    </message>
    <message>
        <source>Trigger type</source>
        <translation>Tipo de disparador</translation>
    </message>
    <message>
        <source>Trigger: {parameter}</source>
        <translation>Disparador: {parameter}</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>&apos;{value}&apos; is not one of: {allowed}</source>
        <translation>&apos;{value}&apos; no es ninguno de: {allowed}</translation>
    </message>
    <message>
        <source>A connection has neither a start nor an end: delete it or connect it again.</source>
        <translation>Una conexión no tiene ni principio ni fin: elimínala o vuelve a conectarla.</translation>
    </message>
    <message>
        <source>A connection joins steps that do not exist ({source} to {target}): delete it or connect it again.</source>
        <translation>Una conexión une pasos que no existen ({source} a {target}): elimínala o vuelve a conectarla.</translation>
    </message>
    <message>
        <source>Branch {branch} of {step} gets {percent}%: every branch needs more than 0%.</source>
        <translation>La rama {branch} de {step} recibe un {percent} %: cada rama necesita más del 0 %.</translation>
    </message>
    <message>
        <source>Branch {branch} of {step} has no percentage: give it a share above 0%.</source>
        <translation>La rama {branch} de {step} no tiene porcentaje: dale una parte mayor que 0 %.</translation>
    </message>
    <message>
        <source>Every output of {step} leads to {target}, so the branch makes no difference: connect the outputs to different steps.</source>
        <translation>Todas las salidas de {step} llevan a {target}, así que la bifurcación no cambia nada: conecta las salidas a pasos distintos.</translation>
    </message>
    <message>
        <source>Nothing follows {step}: contacts leave the journey after it. Connect it to the next step or to an Exit.</source>
        <translation>Después de {step} no hay nada: los contactos salen del recorrido tras él. Conéctalo al paso siguiente o a una salida.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>The branches of {step} add up to {percent}%, not 100%: change the percentages.</source>
        <translation>Las ramas de {step} suman {percent} %, no 100 %: cambia los porcentajes.</translation>
    </message>
    <message>
        <source>The connection from {step} leads to {missing}: delete it or connect it again.</source>
        <translation>La conexión desde {step} lleva a {missing}: elimínala o vuelve a conectarla.</translation>
    </message>
    <message>
        <source>The connection into {step} comes from {missing}: delete it or connect it again.</source>
        <translation>La conexión hacia {step} viene de {missing}: elimínala o vuelve a conectarla.</translation>
    </message>
    <message>
        <source>The connection {ends} does not say which output of {step} it leaves from ({outputs}): connect it again from the right output.</source>
        <translation>La conexión {ends} no indica de qué salida de {step} parte ({outputs}): vuelve a conectarla desde la salida correcta.</translation>
    </message>
    <message>
        <source>The connection {ends} leads into the start: contacts enter only through the trigger, so remove it.</source>
        <translation>La conexión {ends} lleva al inicio: los contactos solo entran por el disparador, así que quítala.</translation>
    </message>
    <message>
        <source>The connection {ends} leaves from an output {step} does not have ({handle}; a {type} step has one output): connect it again from the right output.</source>
        <translation>La conexión {ends} parte de una salida que {step} no tiene ({handle}; un paso {type} tiene una sola salida): vuelve a conectarla desde la salida correcta.</translation>
    </message>
    <message>
        <source>The connection {ends} leaves from an output {step} does not have ({handle}; {outputs}): connect it again from the right output.</source>
        <translation>La conexión {ends} parte de una salida que {step} no tiene ({handle}; {outputs}): vuelve a conectarla desde la salida correcta.</translation>
    </message>
    <message>
        <source>The entry mode of {step} ({own}) differs from the journey&apos;s ({journey}): make them the same.</source>
        <translation>El modo de entrada de {step} ({own}) es distinto del del recorrido ({journey}): hazlos iguales.</translation>
    </message>
    <message>
        <source>The entry mode {mode} is not one this app knows ({known}): it is kept as it is; check that the server accepts it.</source>
        <translation>Esta aplicación no conoce el modo de entrada {mode} ({known}): se conserva tal cual; comprueba que el servidor lo acepte.</translation>
    </message>
    <message>
        <source>The journey does nothing yet: add a step such as Send message or Tag contact.</source>
        <translation>El recorrido aún no hace nada: añade un paso como «Enviar mensaje» o «Etiquetar contacto».</translation>
    </message>
    <message>
        <source>The journey has no Start step: add one to say how contacts enter.</source>
        <translation>El recorrido no tiene paso de inicio: añade uno para indicar cómo entran los contactos.</translation>
    </message>
    <message>
        <source>The journey has no trigger: choose what starts it.</source>
        <translation>El recorrido no tiene disparador: elige qué lo inicia.</translation>
    </message>
    <message>
        <source>The journey has {count} Start steps ({steps}): keep only one.</source>
        <translation>El recorrido tiene {count} pasos de inicio ({steps}): deja solo uno.</translation>
    </message>
    <message>
        <source>The output of {step}</source>
        <translation>La salida de {step}</translation>
    </message>
    <message>
        <source>The trigger has no type: choose what starts the journey.</source>
        <translation>El disparador no tiene tipo: elige qué inicia el recorrido.</translation>
    </message>
    <message>
        <source>The trigger needs a field (&apos;field&apos;).</source>
        <extracomment>What a missing required parameter is called (&quot;The trigger needs a field (&apos;field&apos;).&quot;).</extracomment>
        <translation>El disparador necesita un campo (&apos;field&apos;).</translation>
    </message>
    <message>
        <source>The trigger needs a tag (&apos;tag&apos;).</source>
        <translation>El disparador necesita una etiqueta (&apos;tag&apos;).</translation>
    </message>
    <message>
        <source>The trigger needs a value for &apos;{name}&apos;.</source>
        <translation>El disparador necesita un valor para &apos;{name}&apos;.</translation>
    </message>
    <message>
        <source>The trigger needs an event name (&apos;eventName&apos;).</source>
        <translation>El disparador necesita un nombre de evento (&apos;eventName&apos;).</translation>
    </message>
    <message>
        <source>The trigger of {step} ({own}) differs from the journey&apos;s ({journey}): make them the same.</source>
        <translation>El disparador de {step} ({own}) es distinto del del recorrido ({journey}): hazlos iguales.</translation>
    </message>
    <message>
        <source>The trigger settings of {step} differ from the journey&apos;s: make them the same.</source>
        <translation>La configuración del disparador de {step} es distinta de la del recorrido: hazlas iguales.</translation>
    </message>
    <message>
        <source>The trigger&apos;s &apos;{name}&apos; must be one of: {allowed}.</source>
        <translation>&apos;{name}&apos; del disparador debe ser uno de: {allowed}.</translation>
    </message>
    <message>
        <source>The trigger&apos;s change must be one of: {allowed}.</source>
        <extracomment>What a parameter with a value outside its choices is told.</extracomment>
        <translation>El cambio del disparador debe ser uno de: {allowed}.</translation>
    </message>
    <message>
        <source>The trigger&apos;s channel must be one of: {allowed}.</source>
        <translation>El canal del disparador debe ser uno de: {allowed}.</translation>
    </message>
    <message>
        <source>The trigger&apos;s conditions must be an object.</source>
        <translation>Las condiciones del disparador deben ser un objeto.</translation>
    </message>
    <message>
        <source>The {output} output of {step}</source>
        <translation>La salida {output} de {step}</translation>
    </message>
    <message>
        <source>a missing step ({id})</source>
        <translation>un paso que falta ({id})</translation>
    </message>
    <message>
        <source>a step that does not exist ({id})</source>
        <translation>un paso que no existe ({id})</translation>
    </message>
    <message>
        <source>amount must be a number above 0</source>
        <translation>la cantidad debe ser un número mayor que 0</translation>
    </message>
    <message>
        <source>branch {number} needs an id</source>
        <translation>la rama {number} necesita un id</translation>
    </message>
    <message>
        <source>from {source} to {target}</source>
        <extracomment>One unnamed output (``sourceHandle`` absent or null). An exit or a jump: no output at all. A branching type whose handles depend on the data (a split&apos;s branch ids). Per known type: _ONE, _NONE, _BY_DATA, or the tuple of its output handles. Per known type, a small number: a list of them is counted and searched by identity, at C speed (a list of type names is compared text by text). Steps that make a contact wait: a loop through one of them cannot spin. Type number -&gt; its entry of _OUTPUTS_BY_TYPE. Steps for the settings rules to put into words (unknown types included), in order. Per position, the number of its type (None for a type outside the catalogue). id -&gt; position of the node standing for it (the first one with that id). Per position: how the step&apos;s connections are checked (see _OUTPUTS_BY_TYPE; None for a type outside the catalogue). How many outputs the known, non-terminal steps have between them. Steps whose outputs must be looked at closely (a split naming two branches alike). Steps with a one-output: is it connected. Branching steps: handle -&gt; target of the first connection from each of their outputs. Branching steps whose connections lead to more than one step. Steps with a connection from an earlier step (see reached_in_order). Connections between steps that do not wait going back up the document&apos;s order: every cycle has a connection going back, so without one there is no loop. Steps whose connections need the exact check: a repeated or unknown output, a terminal step&apos;s connection. Steps whose outputs need the exact check (dead ends, all branches to one step). jump_to step id -&gt; its target, for targets that exist and are not the step itself. Every step but the starts is entered from an earlier step: then every step can be reached from a start (by induction on the position), without a search.</extracomment>
        <translation>de {source} a {target}</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>es obligatorio</translation>
    </message>
    <message>
        <source>it has no outputs yet</source>
        <translation>aún no tiene salidas</translation>
    </message>
    <message>
        <source>its outputs are {outputs}</source>
        <translation>sus salidas son {outputs}</translation>
    </message>
    <message>
        <source>must be a full https:// address</source>
        <translation>debe ser una dirección https:// completa</translation>
    </message>
    <message>
        <source>must be a list of branches</source>
        <translation>debe ser una lista de ramas</translation>
    </message>
    <message>
        <source>must be a list of non-empty names</source>
        <translation>debe ser una lista de nombres no vacíos</translation>
    </message>
    <message>
        <source>must be a list of rules</source>
        <translation>debe ser una lista de reglas</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>debe ser un número</translation>
    </message>
    <message>
        <source>must be a number to increment by</source>
        <translation>debe ser un número por el que incrementar</translation>
    </message>
    <message>
        <source>must be a trigger object</source>
        <translation>debe ser un objeto de disparador</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>debe ser un número entero</translation>
    </message>
    <message>
        <source>must be an object of settings</source>
        <translation>debe ser un objeto de ajustes</translation>
    </message>
    <message>
        <source>must be at least {minimum}</source>
        <translation>debe ser al menos {minimum}</translation>
    </message>
    <message>
        <source>must be at most {maximum}</source>
        <translation>debe ser como máximo {maximum}</translation>
    </message>
    <message>
        <source>must be between {minimum} and {maximum}</source>
        <translation>debe estar entre {minimum} y {maximum}</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>debe ser texto</translation>
    </message>
    <message>
        <source>must map names to text values</source>
        <translation>debe asignar nombres a valores de texto</translation>
    </message>
    <message>
        <source>must say how long to wait (amount and unit)</source>
        <translation>debe indicar cuánto esperar (cantidad y unidad)</translation>
    </message>
    <message>
        <source>needs a template or a message text</source>
        <translation>necesita una plantilla o un texto de mensaje</translation>
    </message>
    <message>
        <source>needs a trigger type</source>
        <translation>necesita un tipo de disparador</translation>
    </message>
    <message>
        <source>needs at least one choice for a choice question</source>
        <translation>necesita al menos una opción para una pregunta de opciones</translation>
    </message>
    <message>
        <source>needs the name of the custom event</source>
        <translation>necesita el nombre del evento personalizado</translation>
    </message>
    <message>
        <source>needs the team to assign to</source>
        <translation>necesita el equipo al que asignar</translation>
    </message>
    <message>
        <source>needs the user to assign to</source>
        <translation>necesita el usuario al que asignar</translation>
    </message>
    <message>
        <source>no trigger type</source>
        <translation>ningún tipo de disparador</translation>
    </message>
    <message>
        <source>nowhere</source>
        <translation>ningún sitio</translation>
    </message>
    <message>
        <source>rule {number} has an unknown operator &apos;{operator}&apos;</source>
        <translation>la regla {number} tiene un operador desconocido &apos;{operator}&apos;</translation>
    </message>
    <message>
        <source>rule {number} is not a rule</source>
        <translation>la regla {number} no es una regla</translation>
    </message>
    <message>
        <source>rule {number} needs a field</source>
        <translation>la regla {number} necesita un campo</translation>
    </message>
    <message>
        <source>rule {number} needs a value</source>
        <translation>la regla {number} necesita un valor</translation>
    </message>
    <message>
        <source>the output of {step}</source>
        <translation>la salida de {step}</translation>
    </message>
    <message>
        <source>the {output} output of {step}</source>
        <translation>la salida {output} de {step}</translation>
    </message>
    <message>
        <source>two branches share the id &apos;{id}&apos;</source>
        <translation>dos ramas comparten el id &apos;{id}&apos;</translation>
    </message>
    <message>
        <source>unit must be one of: {allowed}</source>
        <translation>la unidad debe ser una de: {allowed}</translation>
    </message>
    <message>
        <source>{count} connections join {output} to {step}: remove the extra ones.</source>
        <translation>{count} conexiones unen {output} con {step}: quita las que sobran.</translation>
    </message>
    <message>
        <source>{count} connections share the id {id} ({connections}): give each connection its own id.</source>
        <translation>{count} conexiones comparten el id {id} ({connections}): da a cada conexión su propio id.</translation>
    </message>
    <message>
        <source>{count} steps share the id {id} ({steps}): give each step its own id.</source>
        <translation>{count} pasos comparten el id {id} ({steps}): da a cada paso su propio id.</translation>
    </message>
    <message>
        <source>{names} and {count} more</source>
        <translation>{names} y {count} más</translation>
    </message>
    <message>
        <source>{names} and {last}</source>
        <translation>{names} y {last}</translation>
    </message>
    <message>
        <source>{output} is not connected: contacts who take it leave the journey there. Connect it to a step or to an Exit.</source>
        <translation>{output} no está conectada: los contactos que la toman salen ahí del recorrido. Conéctala a un paso o a una salida.</translation>
    </message>
    <message>
        <source>{output} leads to {count} steps ({steps}): an output can lead to one step only; use a Random split or a Condition to branch.</source>
        <translation>{output} lleva a {count} pasos ({steps}): una salida solo puede llevar a un paso; usa una división aleatoria o una condición para bifurcar.</translation>
    </message>
    <message>
        <source>{steps} form a loop with no wait in it, so contacts would go round it without pause: add a Delay, Wait for event or Ask a question step to the loop.</source>
        <translation>{steps} forman un bucle sin espera, así que los contactos darían vueltas sin pausa: añade al bucle un paso de espera, «Esperar un evento» o «Hacer una pregunta».</translation>
    </message>
    <message>
        <source>{step} can never be reached: connect it to the journey.</source>
        <translation>{step} nunca se alcanza: conéctalo al recorrido.</translation>
    </message>
    <message>
        <source>{step} ends the journey, so nothing may follow it: remove its connection to {steps}.</source>
        <translation>{step} termina el recorrido, así que nada puede seguirle: quita su conexión con {steps}.</translation>
    </message>
    <message>
        <source>{step} ends the journey, so nothing may follow it: remove its connections to {steps}.</source>
        <translation>{step} termina el recorrido, así que nada puede seguirle: quita sus conexiones con {steps}.</translation>
    </message>
    <message>
        <source>{step} has 1 branch: a random split needs 2 to 5.</source>
        <translation>{step} tiene 1 rama: una división aleatoria necesita de 2 a 5.</translation>
    </message>
    <message>
        <source>{step} has {count} branches: a random split needs 2 to 5.</source>
        <translation>{step} tiene {count} ramas: una división aleatoria necesita de 2 a 5.</translation>
    </message>
    <message>
        <source>{step} is a step of a type this app does not know ({type}): it is kept as it is, but not checked.</source>
        <extracomment>Steps that are not an action: a journey of only these does nothing (``no-action``).</extracomment>
        <translation>{step} es un paso de un tipo que esta aplicación no conoce ({type}): se conserva tal cual, pero no se comprueba.</translation>
    </message>
    <message>
        <source>{step} is connected to itself: remove that connection.</source>
        <translation>{step} está conectado consigo mismo: quita esa conexión.</translation>
    </message>
    <message>
        <source>{step} jumps to a step that does not exist ({id}): choose the step to jump to.</source>
        <translation>{step} salta a un paso que no existe ({id}): elige el paso al que saltar.</translation>
    </message>
    <message>
        <source>{step} jumps to another step, so nothing may follow it: remove its connection to {steps}.</source>
        <extracomment>(a jump?, several connections?) -&gt; what ``terminal-has-outgoing`` says.</extracomment>
        <translation>{step} salta a otro paso, así que nada puede seguirle: quita su conexión con {steps}.</translation>
    </message>
    <message>
        <source>{step} jumps to another step, so nothing may follow it: remove its connections to {steps}.</source>
        <translation>{step} salta a otro paso, así que nada puede seguirle: quita sus conexiones con {steps}.</translation>
    </message>
    <message>
        <source>{step} jumps to itself: choose another step to jump to.</source>
        <translation>{step} salta a sí mismo: elige otro paso al que saltar.</translation>
    </message>
    <message>
        <source>{step} {issue}.</source>
        <translation>{step} {issue}.</translation>
    </message>
    <message>
        <source>{step}: {field} {issue}.</source>
        <translation>{step}: el campo {field} {issue}.</translation>
    </message>
    <message>
        <source>{step}: {field}: {issue}.</source>
        <translation>{step}: {field}: {issue}.</translation>
    </message>
</context>
<context>
    <name>VersionsPanel</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Clear Marks</source>
        <translation>Quitar marcas</translation>
    </message>
    <message>
        <source>Compare with Draft</source>
        <translation>Comparar con el borrador</translation>
    </message>
    <message>
        <source>Comparing</source>
        <translation>Comparando</translation>
    </message>
    <message>
        <source>Differences from the version</source>
        <translation>Diferencias con la versión</translation>
    </message>
    <message>
        <source>Draft compared with version {number}: {summary}</source>
        <translation>Borrador comparado con la versión {number}: {summary}</translation>
    </message>
    <message>
        <source>Fetching the version</source>
        <translation>Obteniendo la versión</translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>Recorrido</translation>
    </message>
    <message>
        <source>Listing versions</source>
        <translation>Listando versiones</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Make this version the draft (Edit › Undo takes it back)</source>
        <translation>Convertir esta versión en el borrador (Edición › Deshacer lo revierte)</translation>
    </message>
    <message>
        <source>Mark what the draft changed since this version</source>
        <translation>Marcar lo que el borrador cambió desde esta versión</translation>
    </message>
    <message>
        <source>No published versions yet: Journey › Publish makes one.</source>
        <translation>Aún no hay versiones publicadas: Recorrido › Publicar crea una.</translation>
    </message>
    <message>
        <source>Not on Flownally yet: publish it to make a first version.</source>
        <translation>Aún no está en Flownally: publícalo para crear una primera versión.</translation>
    </message>
    <message>
        <source>Offline: the versions cannot be listed now.</source>
        <translation>Sin conexión: ahora no se pueden listar las versiones.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Open a journey from the library to see its versions.</source>
        <translation>Abre un recorrido de la biblioteca para ver sus versiones.</translation>
    </message>
    <message>
        <source>Opening the version</source>
        <translation>Abriendo la versión</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publicado</translation>
    </message>
    <message>
        <source>Published versions</source>
        <translation>Versiones publicadas</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Restore as Draft</source>
        <translation>Restaurar como borrador</translation>
    </message>
    <message>
        <source>Restore version {number}</source>
        <translation>Restaurar la versión {number}</translation>
    </message>
    <message>
        <source>Restored version {number} as the draft (Edit › Undo takes it back)</source>
        <translation>Versión {number} restaurada como borrador (Edición › Deshacer lo revierte)</translation>
    </message>
    <message>
        <source>Restoring the version</source>
        <translation>Restaurando la versión</translation>
    </message>
    <message>
        <source>Show this version on the canvas, read-only</source>
        <translation>Mostrar esta versión en el lienzo, solo lectura</translation>
    </message>
    <message>
        <source>Sign in to see the published versions.</source>
        <translation>Inicia sesión para ver las versiones publicadas.</translation>
    </message>
    <message numerus="yes">
        <source>Stopped: %n version(s) listed.</source>
        <translation>
            <numerusform>Detenido: %n versión listada.</numerusform>
            <numerusform>Detenido: %n versiones listadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>The draft is the same as version {number}</source>
        <translation>El borrador es igual que la versión {number}</translation>
    </message>
    <message>
        <source>The versions could not be listed.</source>
        <translation>No se pudieron listar las versiones.</translation>
    </message>
    <message>
        <source>This version is read-only: Restore as Draft to edit it</source>
        <translation>Esta versión es de solo lectura: restáurala como borrador para editarla</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Version {number}</source>
        <translation>Versión {number}</translation>
    </message>
    <message>
        <source>Version {number} of “{name}”, published {when} · read-only</source>
        <translation>Versión {number} de «{name}», publicada {when} · solo lectura</translation>
    </message>
    <message>
        <source>Versions</source>
        <extracomment>The last comparison (version id, result), for the list and tests.</extracomment>
        <translation>Versiones</translation>
    </message>
    <message>
        <source>Versions of “{name}”</source>
        <translation>Versiones de «{name}»</translation>
    </message>
    <message>
        <source>fetch the version</source>
        <translation>obtener la versión</translation>
    </message>
    <message>
        <source>list the versions</source>
        <translation>listar las versiones</translation>
    </message>
    <message>
        <source>{name} · version {number}</source>
        <translation>{name} · versión {number}</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>A blank journey with a start step</source>
        <translation>Un recorrido en blanco con un paso de inicio</translation>
    </message>
    <message>
        <source>A ready-made journey to adapt: it is copied into your library.</source>
        <translation>Un recorrido listo para adaptar: se copia en tu biblioteca.</translation>
    </message>
    <message>
        <source>Add journey files to the library</source>
        <translation>Añadir archivos de recorrido a la biblioteca</translation>
    </message>
    <message>
        <source>Back to journeys</source>
        <translation>Volver a los recorridos</translation>
    </message>
    <message>
        <source>Design customer journeys, check them before they go live, and sync them with Flownally. Your journeys are kept in the library on this computer.</source>
        <translation>Diseña recorridos de cliente, revísalos antes de ponerlos en marcha y sincronízalos con Flownally. Tus recorridos se guardan en la biblioteca de este ordenador.</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <source>New journey</source>
        <translation>Recorrido nuevo</translation>
    </message>
    <message>
        <source>No account needed: a practice Flownally server on this computer, with example journeys</source>
        <translation>No hace falta cuenta: un servidor de práctica de Flownally en este ordenador, con recorridos de ejemplo</translation>
    </message>
    <message>
        <source>Open a file…</source>
        <translation>Abrir un archivo…</translation>
    </message>
    <message>
        <source>Open a journey file</source>
        <translation>Abrir un archivo de recorrido</translation>
    </message>
    <message>
        <source>Return to the open journeys (Esc)</source>
        <translation>Volver a los recorridos abiertos (Esc)</translation>
    </message>
    <message>
        <source>Sign in to Flownally with an API token</source>
        <translation>Iniciar sesión en Flownally con un token de API</translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation>Iniciar sesión…</translation>
    </message>
    <message>
        <source>Start from a template</source>
        <translation>Empezar desde una plantilla</translation>
    </message>
    <message>
        <source>The templates cannot be shown: {error}</source>
        <translation>No se pueden mostrar las plantillas: {error}</translation>
    </message>
    <message>
        <source>Try the sandbox</source>
        <translation>Probar el sandbox</translation>
    </message>
    <message>
        <source>Use Flownally?</source>
        <translation>¿Usar Flownally?</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Bienvenida</translation>
    </message>
    <message>
        <source>Welcome to Journey Builder</source>
        <translation>Te damos la bienvenida a Journey Builder</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Cuenta</translation>
    </message>
    <message>
        <source>&amp;Activate…</source>
        <translation>A&amp;ctivar…</translation>
    </message>
    <message>
        <source>&amp;Delete from Flownally…</source>
        <translation>&amp;Eliminar de Flownally…</translation>
    </message>
    <message>
        <source>&amp;Import into Library…</source>
        <translation>&amp;Importar a la biblioteca…</translation>
    </message>
    <message>
        <source>&amp;Journey</source>
        <translation>&amp;Recorrido</translation>
    </message>
    <message>
        <source>&amp;Push to Flownally</source>
        <extracomment>Action name -&gt; (menu text, tip, shortcut or None).</extracomment>
        <translation>&amp;Subir a Flownally</translation>
    </message>
    <message>
        <source>&amp;Retry Connection</source>
        <translation>&amp;Reintentar conexión</translation>
    </message>
    <message>
        <source>&amp;Sign In…</source>
        <translation>&amp;Iniciar sesión…</translation>
    </message>
    <message>
        <source>&amp;Update from Flownally</source>
        <translation>&amp;Actualizar desde Flownally</translation>
    </message>
    <message>
        <source>A practice server on this computer with example journeys</source>
        <translation>Un servidor de práctica en este ordenador con recorridos de ejemplo</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Add journey files to the library</source>
        <translation>Añadir archivos de recorrido a la biblioteca</translation>
    </message>
    <message>
        <source>Cannot open the library</source>
        <translation>No se puede abrir la biblioteca</translation>
    </message>
    <message>
        <source>Check now whether Flownally answers</source>
        <translation>Comprobar ahora si Flownally responde</translation>
    </message>
    <message>
        <source>Check the journey, push it and publish a new version</source>
        <translation>Comprobar el recorrido, subirlo y publicar una versión nueva</translation>
    </message>
    <message>
        <source>Connection to Flownally</source>
        <translation>Conexión con Flownally</translation>
    </message>
    <message>
        <source>Delete the journey on the server (your copy goes to the trash)</source>
        <translation>Eliminar el recorrido del servidor (tu copia va a la papelera)</translation>
    </message>
    <message>
        <source>Export from &amp;Library…</source>
        <translation>Exportar de la &amp;biblioteca…</translation>
    </message>
    <message>
        <source>Export journey</source>
        <translation>Exportar recorrido</translation>
    </message>
    <message>
        <source>Flownally answers</source>
        <translation>Flownally responde</translation>
    </message>
    <message>
        <source>Flownally cannot be reached; retrying. Click to retry now.</source>
        <translation>No se puede acceder a Flownally; reintentando. Haz clic para reintentar ahora.</translation>
    </message>
    <message>
        <source>Forget the token of this profile</source>
        <translation>Olvidar el token de este perfil</translation>
    </message>
    <message>
        <source>In the library</source>
        <translation>En la biblioteca</translation>
    </message>
    <message>
        <source>Journey Builder works on files only until the library can be opened.</source>
        <translation>Journey Builder solo trabaja con archivos hasta que se pueda abrir la biblioteca.</translation>
    </message>
    <message>
        <source>Journey files (*.journey.json *.json);;All files (*)</source>
        <translation>Archivos de recorrido (*.journey.json *.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <source>Modified · not pushed</source>
        <translation>Modificado · sin subir</translation>
    </message>
    <message>
        <source>P&amp;ublish…</source>
        <translation>&amp;Publicar…</translation>
    </message>
    <message>
        <source>Pa&amp;use…</source>
        <translation>Pa&amp;usar…</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Publicar</translation>
    </message>
    <message>
        <source>Push</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>S&amp;witch Profile</source>
        <translation>Cambiar de &amp;perfil</translation>
    </message>
    <message>
        <source>Saving the journey to the library first; try again in a moment</source>
        <translation>Primero se guarda el recorrido en la biblioteca; vuelve a intentarlo en un momento</translation>
    </message>
    <message>
        <source>Send your edits to Flownally</source>
        <translation>Enviar tus cambios a Flownally</translation>
    </message>
    <message>
        <source>Show &amp;Library</source>
        <translation>Mostrar &amp;biblioteca</translation>
    </message>
    <message>
        <source>Show &amp;Versions</source>
        <translation>Mostrar &amp;versiones</translation>
    </message>
    <message>
        <source>Show the library panel</source>
        <translation>Mostrar el panel de la biblioteca</translation>
    </message>
    <message>
        <source>Show the versions of this journey</source>
        <translation>Mostrar las versiones de este recorrido</translation>
    </message>
    <message>
        <source>Sign &amp;Out</source>
        <translation>&amp;Cerrar sesión</translation>
    </message>
    <message>
        <source>Sign in to Flownally</source>
        <translation>Iniciar sesión en Flownally</translation>
    </message>
    <message>
        <source>Sign in to Flownally with an API token</source>
        <translation>Iniciar sesión en Flownally con un token de API</translation>
    </message>
    <message>
        <source>Sign in to the profile “{name}”.</source>
        <translation>Inicia sesión en el perfil «{name}».</translation>
    </message>
    <message>
        <source>Signed in to the sandbox at {url} (this session only)</source>
        <translation>Sesión iniciada en el sandbox de {url} (solo esta sesión)</translation>
    </message>
    <message>
        <source>Signed out of “{name}”; your journeys stay in the library</source>
        <translation>Sesión cerrada en «{name}»; tus recorridos se quedan en la biblioteca</translation>
    </message>
    <message>
        <source>Start the published journey for contacts</source>
        <translation>Poner en marcha el recorrido publicado para los contactos</translation>
    </message>
    <message>
        <source>Stop new contacts entering the journey</source>
        <translation>Impedir que entren contactos nuevos en el recorrido</translation>
    </message>
    <message>
        <source>Take the server&apos;s copy of this journey</source>
        <translation>Tomar la copia del servidor de este recorrido</translation>
    </message>
    <message>
        <source>This tab is not a journey of the library</source>
        <translation>Esta pestaña no es un recorrido de la biblioteca</translation>
    </message>
    <message>
        <source>Try the &amp;Sandbox</source>
        <translation>Probar el &amp;sandbox</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versiones</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Trabajando</translation>
    </message>
    <message>
        <source>Write this journey to a file</source>
        <translation>Escribir este recorrido en un archivo</translation>
    </message>
    <message>
        <source>start the sandbox</source>
        <translation>iniciar el sandbox</translation>
    </message>
    <message>
        <source>● Offline</source>
        <translation>● Sin conexión</translation>
    </message>
    <message>
        <source>● Online</source>
        <translation>● En línea</translation>
    </message>
</context>
<context>
    <name>_BranchRow</name>
    <message>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>The output&apos;s id (its sourceHandle); edges from this branch use it.</source>
        <translation>El id de la salida (su sourceHandle); lo usan las conexiones que salen de esta rama.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
</context>
<context>
    <name>_Chip</name>
    <message>
        <source>Remove tag {tag}</source>
        <translation>Quitar la etiqueta {tag}</translation>
    </message>
    <message>
        <source>Remove {tag}</source>
        <translation>Quitar {tag}</translation>
    </message>
</context>
<context>
    <name>_PairRow</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
</context>
<context>
    <name>_PaletteTree</name>
    <message>
        <source>Step types</source>
        <extracomment>What a palette drag carries (the canvas accepts it): the node type, UTF-8.</extracomment>
        <translation>Tipos de paso</translation>
    </message>
</context>
<context>
    <name>_RowListEditor</name>
    <message>
        <source>Add</source>
        <extracomment>The add button&apos;s text, marked in this class&apos;s context (``self.tr`` finds it).</extracomment>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Add branch</source>
        <translation>Añadir rama</translation>
    </message>
    <message>
        <source>Add rule</source>
        <translation>Añadir regla</translation>
    </message>
</context>
<context>
    <name>_RuleRow</name>
    <message>
        <source>Contact field, e.g. plan</source>
        <translation>Campo del contacto, p. ej. plan</translation>
    </message>
    <message>
        <source>Rule {number}</source>
        <translation>Regla {number}</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
</context>
<context>
    <name>_Several</name>
    <message numerus="yes">
        <source>%n steps selected</source>
        <translation>
            <numerusform>%n paso seleccionado</numerusform>
            <numerusform>%n pasos seleccionados</numerusform>
        </translation>
    </message>
    <message>
        <source>Move, copy, duplicate or delete them together. Select one step to edit it.</source>
        <translation>Muévelos, cópialos, duplícalos o elimínalos juntos. Selecciona un solo paso para editarlo.</translation>
    </message>
</context>
</TS>
